"""The bundle's entry point: the same `kotodesk` command as the installed package."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--export-child"]:  # the window's export process (export_child)
        from kotodesk.reporting.export_child import main as export_child
        sys.exit(export_child())
    if sys.argv[1:2] == ["--examine-child"]:  # intake's examiners (documents/examiners)
        from kotodesk.documents.examiners import main as examiner
        sys.exit(examiner())
    from kotodesk.cli import main

    sys.exit(main())
