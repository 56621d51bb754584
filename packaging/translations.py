"""The .ts files against the sources: what lupdate finds, and what is not yet translated.

Standard library only: `dev.py` (which runs before the venv exists) and
tests/ui/test_translations.py both use it, so the command a translator runs and the test
that guards the release read the files the same way.

    .venv/bin/python packaging/translations.py     list what is left to translate

prints one line per problem (unfinished, empty, or a placeholder, %n, HTML tag or &
accelerator that differs from the source) and exits 1 when there is any.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kotodesk" / "ui"
# The core's message catalogue: English texts marked with QT_TRANSLATE_NOOP("Messages", …),
# said in the window's language by kotodesk/ui/words.py.
CORE_MESSAGES = (ROOT / "kotodesk" / "domain" / "messages.py",)
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")

_PLACEHOLDER = re.compile(r"\{\w*\}|%[nvmp]")  # {0}, {name}; %n plural; %v %m %p progress bars
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


class Message(NamedTuple):
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its numerus forms
    finished: bool
    numerus: bool


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"kotodesk_{language}.ts"


def lupdate_command(lupdate: Path | str, ts: Path, language: str) -> list[str]:
    """No line numbers in the .ts (-locations none): they would change with every edit of
    the UI and make branches conflict in files where no text changed."""
    sources = sorted(str(p) for p in [*SOURCES.rglob("*.py"), *CORE_MESSAGES])
    return [str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", "en", "-target-language", language, *sources, "-ts", str(ts)]


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            translation = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if translation is None:
                forms, kind = (), "unfinished"
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                kind = translation.get("type", "")
            else:
                forms, kind = (translation.text or "",), translation.get("type", "")
            messages[(name, source)] = Message(name, source, forms, kind == "", numerus)
    return messages


def fresh_sources(lupdate: Path | str) -> dict[tuple[str, str], Message]:
    """What lupdate finds in kotodesk/ui now, read from a temporary .ts (nothing in the
    repository is written)."""
    with tempfile.TemporaryDirectory(prefix="kotodesk-lupdate-") as folder:
        ts = Path(folder) / "sources.ts"
        subprocess.run(lupdate_command(lupdate, ts, "en"), check=True,
                       capture_output=True, text=True)
        return read_ts(ts)


def _accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def message_problems(m: Message) -> list[str]:
    """What is wrong with one translated message, compared with its source."""
    where = f"{m.context}: {m.source!r}"
    if not m.finished:
        return [f"{where}: unfinished"]
    if not m.forms or any(not f.strip() for f in m.forms):
        return [f"{where}: empty translation"]
    problems = []
    placeholders = sorted(set(_PLACEHOLDER.findall(m.source)) - {"%n"})
    for form in m.forms:
        if sorted(set(_PLACEHOLDER.findall(form)) - {"%n"}) != placeholders:
            problems.append(f"{where}: placeholders differ in {form!r}")
        if m.numerus and "%n" not in form:
            problems.append(f"{where}: numerus form without %n: {form!r}")
        if sorted(_TAG.findall(form)) != sorted(_TAG.findall(m.source)):
            problems.append(f"{where}: HTML tags differ in {form!r}")
        if _accelerators(form) != _accelerators(m.source):
            problems.append(f"{where}: the & accelerator differs in {form!r}")
    return problems


def problems(path: Path, sources: dict[tuple[str, str], Message]) -> list[str]:
    """Every source string lupdate found must be in the .ts at `path`, finished and sound."""
    if not path.exists():
        return [f"{path.name}: missing"]
    have = read_ts(path)
    out = []
    for key in sorted(sources):
        message = have.get(key)
        if message is None:
            out.append(f"{key[0]}: {key[1]!r}: not in {path.name} (run python3 dev.py "
                       "translations)")
        else:
            out.extend(f"{path.name}: {p}" for p in message_problems(message))
    return out


def default_lupdate() -> Path:
    here = Path(sys.executable).parent
    return here / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")


def main() -> int:
    sources = fresh_sources(default_lupdate())
    found = [p for language in LANGUAGES for p in problems(ts_file(language), sources)]
    for line in found:
        print(line)
    print(f"{len(sources)} source strings; {len(found)} to do", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
