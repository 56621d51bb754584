"""The numbers soak: every numeric attribute of a workbook set to extremes, one at a time,
and each such file verified in a child process of its own. Counts the children stopped
(an abort, a segfault, more than --seconds): each one is a file that would have ended
`kotodesk verify` or a coordinator's window. Prints the verdicts too.

    python3 dev.py soak numbers [FILE.xlsx|FILE.pdf ...] [--per-name N] [--extremes N]
                                [--seconds 60]

Without files, a real signed return is made: its .xlsx saved again by LibreOffice, so that
it holds what spreadsheet programs write (shared texts, number formats, styles, views),
and its signed .pdf (each number after a name, in the cross-reference tables, startxref).
--per-name N sets only the first N occurrences of each attribute name in each part, and
--extremes N only the first N values of EXTREMES (the suite's test runs 1 and 3); by
default every occurrence to every value. Found this way: a declared count of
four billion shared texts, which made calamine reserve 96 GB and abort (kotodesk.xlsx.safe
refuses it). Linux and macOS (each mutant is verified in a forked child). Exit code 1
when any child was stopped.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Most telling first (--extremes N takes the first N): past 32 bits, past 64 bits, negative.
EXTREMES = [b"4000000000", b"18446744073709551615", b"-1", b"2147483648",
            b"99999999999999999999", b"0", b"1048577", b"16385"]
_NUMBER = re.compile(rb'([A-Za-z][\w:.-]*)[ \t\r\n]*=[ \t\r\n]*"(-?[0-9]+)"')


def mutants(data: bytes, per_name: int | None, extremes: list[bytes] = EXTREMES):
    """(part, attribute, value, file bytes) for each numeric attribute occurrence (the
    first `per_name` of each name in each part) set to each extreme; of a PDF, each number
    after a name (/Count 3, /Length 812, /Size 40...) and in the cross-reference tables'
    headers and startxref."""
    if data.startswith(b"%PDF"):
        yield from _pdf_mutants(data, per_name, extremes)
        return
    original = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: original.read(info) for info in original.infolist()}
    for name, xml in parts.items():
        if not name.lower().endswith((".xml", ".rels", ".vml")):
            continue
        seen: Counter[bytes] = Counter()
        for match in _NUMBER.finditer(xml):
            attribute = match.group(1)
            if per_name is not None and seen[attribute] >= per_name:
                continue
            seen[attribute] += 1
            for value in extremes:
                if value == match.group(2):
                    continue  # the same file: nothing to learn
                changed = xml[:match.start(2)] + value + xml[match.end(2):]
                out = io.BytesIO()
                with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                    for part, content in parts.items():
                        z.writestr(part, changed if part == name else content)
                yield name, attribute.decode("ascii", "replace"), value.decode(), out.getvalue()


_PDF_NUMBER = re.compile(rb"(/[A-Za-z][\w.-]*)[ \t\r\n]+(-?[0-9]+)(?=[\s/>\]])")
_PDF_TABLE = re.compile(rb"(xref)[ \t\r\n]+([0-9]+) ([0-9]+)|(startxref)[ \t\r\n]+([0-9]+)")


def _pdf_mutants(data: bytes, per_name: int | None, extremes: list[bytes]):
    seen: Counter[bytes] = Counter()
    places = []  # (name, start, end) of each number to set
    for match in _PDF_NUMBER.finditer(data):
        name = match.group(1)
        if per_name is None or seen[name] < per_name:
            seen[name] += 1
            places.append((name.decode("latin-1"), match.start(2), match.end(2)))
    for match in _PDF_TABLE.finditer(data):
        if match.group(1):
            places += [("xref first", *match.span(2)), ("xref count", *match.span(3))]
        else:
            places.append(("startxref", *match.span(5)))
    for name, start, end in places:
        for value in extremes:
            if value != data[start:end]:  # else the same file: nothing to learn
                yield "pdf", name, value.decode(), data[:start] + value + data[end:]


def _verdict_in_child(data: bytes, seconds: int) -> tuple[int, dict | None]:
    """Verify `data` in a forked child; (its wait status, its verdict or None)."""
    from kotodesk.documents.verify import examine

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: one verdict down the pipe, then gone without teardown
        os.close(read)
        signal.alarm(seconds)
        result = examine(Path("liite.pdf" if data.startswith(b"%PDF") else "liite.xlsx"),
                         data)
        os.write(write, json.dumps({"status": result.status,
                                    "message": str(result.message)}).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read()
    _, status = os.waitpid(pid, 0)
    return status, (json.loads(said) if said else None)


def _real_files() -> list[Path]:
    """A real signed return saved again by LibreOffice, and its signed PDF."""
    from tests.mutants import make_return
    from tests.support import soffice

    folder = Path(tempfile.mkdtemp(prefix="soak-numbers-"))
    xlsx, pdf, _person = make_return(folder)
    soffice("--convert-to", "xlsx", "--outdir", str(folder / "lo"), str(xlsx), cwd=folder)
    return [next((folder / "lo").glob("*.xlsx")), pdf]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--per-name", type=int, default=None)
    parser.add_argument("--extremes", type=int, default=len(EXTREMES))
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args(argv)
    from kotodesk.xlsx.safe import MAX_SHARED_TEXTS

    verdicts: Counter[str] = Counter()
    stopped, unrefused = [], []
    declared = False  # a part declared a count of shared texts (set beyond the limit)
    count, started = 0, time.monotonic()
    files = args.files or _real_files()
    from kotodesk.documents.verify import examine

    for path in files:  # the readers imported once, here, not in every forked child
        examine(path, path.read_bytes())
    for part, attribute, value, mutant in (
            found for path in files
            for found in mutants(path.read_bytes(), args.per_name, EXTREMES[:args.extremes])):
        count += 1
        status, verdict = _verdict_in_child(mutant, args.seconds)
        said = verdict["status"] if status == 0 and verdict else f"wait status {status}"
        if attribute.endswith("uniqueCount") and int(value) > MAX_SHARED_TEXTS:
            declared = True
            if said != "unreadable":
                unrefused.append(f"{part} {attribute}={value}: {said}")
        if status != 0 or verdict is None:
            stopped.append(f"{part} {attribute}={value}: {said}")
            continue
        verdicts[said] += 1
    print(f"{', '.join(p.name for p in files)}: mutants: {count:,} in "
          f"{time.monotonic() - started:.0f} s")
    print("verdicts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(verdicts.items())))
    print(f"children stopped: {len(stopped)}")
    for line in stopped[:50]:
        print("  " + line)
    if unrefused:
        print("a large uniqueCount read instead of refused: " + "; ".join(unrefused[:5]))
    elif declared:
        print("refused uniqueCount beyond the limit in every part that declares one")
    return 1 if stopped or unrefused else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
