"""The bundle's entry point: the same `kotodesk` command as the installed package."""

import sys

from kotodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
