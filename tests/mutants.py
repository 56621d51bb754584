"""Mutants of a real signed return, for the fuzz test in the suite and the soak.

Each mutant is made from (the original's bytes, its kind, a number) alone, so a soak worker
rebuilds the same mutant the parent names, and a failure is reproduced by its number.
Byte-level mutants flip, overwrite, insert, delete, duplicate or truncate bytes, or write
extreme values into 2- and 4-byte fields (sizes, counts, offsets). Zip-member-level mutants
of an .xlsx keep a valid zip (CRCs right) and change one part: bytes of its text, a number
in it (a cell reference, a count, a size), an element duplicated or dropped, a part
removed, added, duplicated or renamed to another case. Token-level mutants of a PDF change
a number, a name or a delimiter.

The oracle (`judge`): no exception escapes verification or intake (which would be exit
3), and a mutant said to be genuine (valid or unknown signer) shows exactly what the
original shows: the same parts, byte for byte, for an .xlsx, the same bytes for a PDF.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass

EXTREMES = (0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF)
_NUMBER = re.compile(rb"\d+")
_ELEMENT = re.compile(rb"<([A-Za-z:]+)[^<>]*?(?:/>|>[^<>]*</\1>)")
_TOKEN = re.compile(rb"\d+|/[A-Za-z]+|<<|>>|\[|\]|\(|\)")


@dataclass(frozen=True)
class Mutant:
    number: int
    how: str
    data: bytes


def mutant(original: bytes, kind: str, number: int) -> Mutant:
    """Mutant `number` of `original` (kind "xlsx" or "pdf")."""
    rng = random.Random(f"{kind}:{number}")
    if kind == "xlsx" and number % 2:
        how, data = _member_mutant(original, rng)
    elif kind == "pdf" and number % 3 == 1:
        how, data = _token_mutant(original, rng)
    else:
        how, data = _byte_mutant(original, rng)
    return Mutant(number, how, data)


def _byte_mutant(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    out = bytearray(data)
    at = rng.randrange(len(out))
    choice = rng.randrange(8)
    if choice == 0:
        bit = rng.randrange(8)
        out[at] ^= 1 << bit
        return f"flip bit {bit} at {at}", bytes(out)
    if choice == 1:
        n = rng.randint(1, 16)
        out[at:at + n] = bytes(rng.randrange(256) for _ in range(n))
        return f"overwrite {n} bytes at {at}", bytes(out)
    if choice == 2:
        n = rng.randint(1, 64)
        out[at:at] = bytes(rng.randrange(256) for _ in range(n))
        return f"insert {n} bytes at {at}", bytes(out)
    if choice == 3:
        n = rng.randint(1, 256)
        del out[at:at + n]
        return f"delete {n} bytes at {at}", bytes(out)
    if choice == 4:
        return f"truncate at {at}", bytes(out[:at])
    if choice == 5:
        n = rng.randint(1, 512)
        out[at:at] = out[max(0, at - n):at]
        return f"duplicate {n} bytes before {at}", bytes(out)
    width = rng.choice((2, 4))
    value = rng.choice(EXTREMES) & (0xFFFF if width == 2 else 0xFFFFFFFF)
    out[at:at + width] = value.to_bytes(width, "little")
    if choice == 6:
        return f"field of {width} bytes at {at} set to {value:#x}", bytes(out)
    # Aim at a zip header: sizes, counts and offsets live at fixed places after it.
    headers = [m.start() for m in re.finditer(rb"PK\x01\x02|PK\x03\x04|PK\x05\x06", data)]
    if headers:
        out = bytearray(data)
        at = rng.choice(headers) + rng.randrange(4, 30)
        out[at:at + width] = value.to_bytes(width, "little")
    return f"header field of {width} bytes at {at} set to {value:#x}", bytes(out)


def _member_mutant(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(info, z.read(info)) for info in z.infolist()]
    index = rng.randrange(len(parts))
    info, body = parts[index]
    name = info.filename
    choice = rng.randrange(8)
    extra: list[tuple[str, bytes]] = []
    if choice == 0 and body:
        at = rng.randrange(len(body))
        body = body[:at] + bytes([rng.randrange(256)]) + body[at + 1:]
        how = f"{name}: byte {at} replaced"
    elif choice == 1 and (numbers := list(_NUMBER.finditer(body))):
        match = rng.choice(numbers)
        value = rng.choice((b"0", b"-1", b"99999999", b"1048576", b"16384",
                            b"4294967296", b"999999999999999999999"))
        body = body[:match.start()] + value + body[match.end():]
        how = f"{name}: number at {match.start()} set to {value.decode()}"
    elif choice == 2 and (refs := list(re.finditer(rb'r="[A-Z]+\d+"', body))):
        match = rng.choice(refs)
        value = rng.choice((b'r="XFD1048576"', b'r="A1048576"', b'r="XFD1"', b'r="ZZZZ1"',
                            b'r="A0"', b'r=""'))
        body = body[:match.start()] + value + body[match.end():]
        how = f"{name}: cell reference set to {value.decode()}"
    elif choice == 3 and (elements := list(_ELEMENT.finditer(body))):
        match = rng.choice(elements)
        times = rng.choice((0, 2, 50))
        body = body[:match.start()] + match.group(0) * times + body[match.end():]
        how = f"{name}: an element written {times} times"
    elif choice == 4:
        del parts[index]
        return f"{name} removed", _zip(parts, [])
    elif choice == 5:
        extra = [(name, body)]
        how = f"{name} twice"
    elif choice == 6:
        extra = [(name.upper() if name != name.upper() else name.lower(), body)]
        how = f"{name} also under another case"
    else:
        extra = [(f"xl/media/extra{rng.randrange(9)}.xml", body[:rng.randrange(1, 4096)])]
        how = f"a part added (copy of {name})"
    parts[index] = (info, body)
    return how, _zip(parts, extra)


def _zip(parts, extra) -> bytes:
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": the point of some mutants
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info, body in parts:
                z.writestr(info, body)
            for name, body in extra:
                z.writestr(name, body)
    return out.getvalue()


def _token_mutant(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    # Most of a PDF is compressed streams: aim at the structure (tokens) instead.
    for _ in range(20):
        at = rng.randrange(len(data))
        match = _TOKEN.search(data, at, at + 4096)
        if match:
            break
    else:
        return _byte_mutant(data, rng)
    value = rng.choice((b"0", b"-1", b"99999999999", b"/Kids", b"/Type", b"<<", b">>", b"[",
                        b"", b"1 0 R", b"(x)"))
    return (f"token {match.group(0)[:12]!r} at {match.start()} set to {value!r}",
            data[:match.start()] + value + data[match.end():])


def parts_of(data: bytes) -> dict[str, bytes] | None:
    """Every part of a zip as the zip module reads it, or None when it cannot."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {info.filename: z.read(info) for info in z.infolist()}
    except Exception:  # any failure means: not the same parts
        return None


def same_content(original: bytes, mutated: bytes, kind: str) -> bool:
    """Whether the mutant shows exactly what the original shows: for a PDF, every signed
    byte is the original's. The signature's gap (the CMS) is not signed by nature, and
    in it the certificate bag is not covered by the CMS signature either: a changed copy
    of a certificate there changes nothing a reader shows or kotodesk takes in."""
    if kind == "pdf":
        match = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", original)
        if match is None or len(mutated) != len(original):
            return mutated == original
        start, end = int(match.group(1)), int(match.group(2))
        return mutated[:start] == original[:start] and mutated[end:] == original[end:]
    return parts_of(mutated) == parts_of(original)


# -- one real return and the check of one mutant ------------------------------------------


def make_return(folder):
    """A real signed return (.xlsx and .pdf) of a unit with Finnish, Arabic and emoji in
    its narratives, and its signer."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.reporting import returns
    from kotodesk.reporting.validation import unit_measures
    from tests.pdf_support import ARABIC, CYRILLIC, FINNISH
    from tests.returns_batch import fill
    from tests.support import make_identity

    person = make_identity("Kaisa Kasko", unit="Kasvatuksen ja koulutuksen toimiala")
    ws = Workspace.open(folder / "unit")
    try:
        round_ = ws.round()
        measures = unit_measures(ws.catalogue(round_.programme_id, round_.catalogue_version),
                                 "kasko")
        for measure, status, text in zip(measures, ("green", "yellow", "red"),
                                         (FINNISH, CYRILLIC, ARABIC + " 👍🏽"), strict=False):
            fill(ws, "kasko", measure.ref, status=status, narrative=text,
                 reasons="Rahoitus puuttuu." if status == "red" else "")
        made = returns.export(ws, ws.round(), ws.unit("kasko"), person, folder)
    finally:
        ws.close()
    return made.xlsx, made.pdf, person


def judge(original: bytes, kind: str, item: Mutant, trusted: set[str], path) -> tuple[str, str]:
    """(verdict, problem): verify the mutant written at `path`; the problem is "" when the
    oracle holds. An exception escaping verification is the problem (exit 3)."""
    from kotodesk.documents import verify

    path.write_bytes(item.data)
    try:
        result = verify.verify_file(path, trusted)
    except Exception as exc:  # exactly what must never happen
        return "exception", f"{type(exc).__name__}: {exc}"
    if result.status not in verify.STATUSES or not result.message:
        return result.status, f"no verdict or no message ({result.status!r})"
    if result.status in verify.GENUINE and not same_content(original, item.data, kind):
        return result.status, "genuine, but shows something else than the original"
    return result.status, ""
