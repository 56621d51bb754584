"""What every command shares: options, the opened data folder, output in text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kotodesk.home import resolve_home
from kotodesk.workspace import Workspace

OK, NEGATIVE, BAD_INPUT, INTERNAL = 0, 1, 2, 3


def common_options() -> argparse.ArgumentParser:
    """--home and --json, accepted before or after the command's name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder (default: $KOTODESK_HOME or the user data folder)")
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print JSON instead of text")
    return parent


@dataclass
class Context:
    args: argparse.Namespace
    _workspace: Workspace | None = field(default=None, repr=False)

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(resolve_home(getattr(self.args, "home", None)))
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()

    def emit(self, data: Any, lines: Iterable[str] | Callable[[], Iterable[str]]) -> None:
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for line in lines() if callable(lines) else lines:
                print(line)


Handler = Callable[[Context], int]
