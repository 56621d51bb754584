"""What every command shares: options, the opened data folder, output in text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk.datafolder.workspace import Workspace
from kotodesk.system.home import resolve_home

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


PASSPHRASE_ENV = "KOTODESK_PASSPHRASE"


PIN_ENV = "KOTODESK_PIN"  # kotodesk.signing.pki: a key on a token


def passphrase_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=f"read the passphrase from FILE (else ${PASSPHRASE_ENV}, "
                             "else it is asked for)")
    parser.add_argument("--pin-file", type=Path, metavar="FILE",
                        help=f"when the key is on a token: read its PIN from FILE (else "
                             f"${PIN_ENV}, else it is asked for); never stored")


def signing_secret(ctx: Context) -> str:
    """What unlocks this data folder's key: the token's PIN, or the key file's passphrase."""
    from kotodesk.signing.pki.installed import uses_token

    if uses_token(ctx.workspace.home):
        return passphrase(ctx, env=PIN_ENV, file_option="pin_file", prompt="PIN: ",
                          what="the token's PIN")
    return passphrase(ctx)


def passphrase(ctx: Context, *, confirm: bool = False, env: str = PASSPHRASE_ENV,
               file_option: str = "passphrase_file", prompt: str = "Passphrase: ",
               what: str = "a passphrase") -> str:
    """The passphrase from a file, the environment, or the terminal, in that order."""
    import getpass
    import os

    from kotodesk.domain.errors import InputError, UsageError

    path = getattr(ctx.args, file_option, None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise InputError(f"cannot read the passphrase file ({exc.strerror})",
                             path=path) from None
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        option = "--" + file_option.replace("_", "-")
        raise UsageError(f"{what} is needed: set ${env} or give {option}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise UsageError("the two passphrases differ")
    return first
