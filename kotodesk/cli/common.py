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
from kotodesk.domain.errors import UsageError
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
    def home(self) -> Path:
        """The data folder asked for; an empty --home (`--home "$UNSET"` in a script) is
        refused, not read as no --home, which is the user's own folder."""
        home = getattr(self.args, "home", None)
        if home is not None and not home.strip():
            raise UsageError("--home is empty: give the data folder, or leave --home out "
                             "for $KOTODESK_HOME or the user data folder")
        return resolve_home(home)

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(self.home)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()

    def emit(self, data: Any, lines: Iterable[str] | Callable[[], Iterable[str]]) -> None:
        if self.as_json:
            from kotodesk.cli.streams import unicode_stream

            # \u escapes where the stream has no letter for a character: the same JSON.
            json.dump(data, sys.stdout, ensure_ascii=not unicode_stream(sys.stdout), indent=2)
            sys.stdout.write("\n")
        else:
            for line in lines() if callable(lines) else lines:
                print(line)


def error_answer(guarded, code: int, problem: str, exc: BaseException | None) -> None:
    """Under --json, a command that fails still prints one JSON document (unless it had
    begun its own): {"error": {"exit", "message", "file", "sheet", "row"}}, the place
    given where the error knows it, else null."""
    if guarded is None or guarded.written:
        return
    path = getattr(exc, "path", None)
    answer = {"error": {"exit": code, "message": problem,
                        "file": str(path) if path is not None else None,
                        "sheet": getattr(exc, "sheet", None), "row": getattr(exc, "row", None)}}
    from kotodesk.cli.streams import OutputError

    try:
        Context(argparse.Namespace(json=True)).emit(answer, [])
        sys.stdout.flush()
    except (OSError, OutputError):
        pass


# Options that name a file or folder: kept as the system decoded them, so that they open.
_PATH_OPTIONS = frozenset({"home", "module", "target"})


def decoded_texts(args: argparse.Namespace) -> None:
    """Texts given in a locale that cannot decode them (an ASCII locale, no UTF-8 mode)
    reach Python as lone surrogates, which the database cannot hold and which would be
    dropped from a narrative without a word: read as UTF-8, as the terminal typed them.
    File names keep the system's decoding (Path options, and _PATH_OPTIONS)."""
    import os

    def decoded(dest: str, value):
        if isinstance(value, list):
            return [decoded(dest, item) for item in value]
        if not isinstance(value, str) or dest in _PATH_OPTIONS \
                or not any("\udc80" <= c <= "\udcff" for c in value):
            return value
        try:
            return os.fsencode(value).decode("utf-8")
        except (UnicodeError, ValueError):  # not UTF-8 either: as it came, for the
            return value  # checks that name the characters (key new's, for one)

    for dest, value in vars(args).items():
        setattr(args, dest, decoded(dest, value))


def refuse_blanks(args: argparse.Namespace) -> None:
    """A round or a programme given as an empty text (`--round "$ROUND"` with ROUND
    unset in a script) is refused, not read as none given: that is the open round, and
    `round close ""` closed it. ROUND of `round close|reopen` names no default at all."""
    for dest, option, what in (("round", "--round", "a round's id or period label"),
                               ("programme", "--programme", "a programme's id or name")):
        value = getattr(args, dest, None)
        if not isinstance(value, str) or value.strip():
            continue
        if dest == "round" and getattr(args, "action", None) in ("close", "reopen") \
                and args.command == "round":
            raise UsageError("ROUND is empty: give the round's id or period label (see "
                             "`kotodesk round list`); nothing was changed")
        raise UsageError(f"{option} is empty: give {what}, or leave {option} out for the "
                         "default; nothing was done")


def xlsx_target(path: Path) -> Path:
    """Where an .xlsx given as `path` is written: its name ending in .xlsx (`out` writes
    out.xlsx). A folder is refused: its name with .xlsx was a new file beside it."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give the name of the .xlsx file to write")
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def one_line(name: object) -> str:
    """A file name as one line of text output: a received file's name is chosen by its
    sender, and a line break or a terminal escape in it would print lines of its own
    ("x.xlsx: valid, …"). Such characters are shown escaped (\\n, \\x1b)."""
    import unicodedata

    text = str(name)
    if all(unicodedata.category(c) not in ("Cc", "Zl", "Zp") for c in text):
        return text
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def interactive() -> bool:
    """Whether a person can be asked on this terminal (stdin may be closed: None)."""
    return sys.stdin is not None and sys.stdin.isatty()


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

    from kotodesk.domain.errors import InputError

    path = getattr(ctx.args, file_option, None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise InputError(f"cannot read the passphrase file ({exc.strerror})",
                             path=path) from None
    if os.environ.get(env):
        return os.environ[env]
    if not interactive():
        option = "--" + file_option.replace("_", "-")
        raise UsageError(f"{what} is needed: set ${env} or give {option}")
    first = getpass.getpass(prompt)
    if confirm:
        from kotodesk.ops.keys import PassphrasesDiffer, check_new_passphrase

        try:  # a new key's: long enough (InputError), and the same typed twice
            check_new_passphrase(first, getpass.getpass("Again: "))
        except PassphrasesDiffer as exc:
            raise UsageError(str(exc)) from None
    return first


def refuse_overwrite(ctx: Context) -> None:
    """A new key or token over an existing one only with --replace."""
    from kotodesk.signing.keys import has_identity

    if has_identity(ctx.workspace.home) and not ctx.args.replace:
        raise UsageError(f"{ctx.workspace.home} already has a signing key; give --replace "
                         "to make a new one")


def person(name: str, email: str) -> str:
    """'Name <address>', or the name alone when there is no address (a key made without
    --email, an organisation card's certificate): never an empty '<>'."""
    return f"{name} <{email}>" if email else name


def show_identity(ctx: Context, identity_info, verb: str) -> None:
    """Whose key this is, as `key new`, `key show` and `use-token` print it."""
    data = identity_info.to_dict()
    who = ", ".join(t for t in (person(data["name"], data["email"]), data["unit"],
                                data["organisation"]) if t)
    ctx.emit(data, [f"{verb}: {who}",
                    f"Fingerprint (SHA-256): {data['fingerprint']}",
                    f"Valid until {data['not_after'][:10]}"])


MAIL_LANGUAGES = ("fi", "sv", "en")  # mail.texts.LANGUAGES, without importing it to parse


def mail_language(ctx: Context) -> str:
    """The language of a text to the units (a draft, a reminder): --language, else the
    data folder's, as in the window's Mail tab."""
    from kotodesk.mail.texts import language
    from kotodesk.ops import settings

    return ctx.args.language or language(settings.get(ctx.workspace, "language"))


def files_given(given: list[Path], doing: str) -> list[Path]:
    """Each file given, and the .xlsx and .pdf files of each folder given, subfolders
    searched (a folder is not a file to call unreadable). A folder without any is refused
    by name: a mistyped or wrong folder, not an empty batch (`doing`: "verified",
    "merged", what did not happen)."""
    from kotodesk.coordinator.inbox import RETURN_SUFFIXES, return_files
    from kotodesk.domain.errors import InputError

    files = []
    for path in given:
        found = return_files([path])
        if path.is_dir() and not found:
            raise InputError(f"is a folder with no {' or '.join(RETURN_SUFFIXES)} file in "
                             f"it; nothing was {doing}", path=path)
        files += found
    return files
