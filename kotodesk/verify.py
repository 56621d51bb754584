"""Is this file genuine? One answer per file, for the command line, the inbox and merge.

An .xlsx is valid when its sealed payload's signature holds, every copy of the seal in
the file is the same, every visible cell shows exactly what the payload says (the cells
are rebuilt from the payload with the function that wrote them), and every other part of
the zip is the one the workbook seal signed (workbook_seal: styles, number formats, hidden
rows, sheets, pictures, comments, links...). When only the latter fails, the values are
intact and the appearance is not: such a file is "modified", says so, and is marked
`values_intact`, so a coordinator can take in its sealed content knowingly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk.errors import InputError
from kotodesk.report import COLUMNS
from kotodesk.signing import SealError, open_sealed
from kotodesk.text import normalise_newlines

VALID = "valid"
UNKNOWN_SIGNER = "unknown-signer"
MODIFIED = "modified"
UNSIGNED = "unsigned"
NOT_KOTODESK = "not-kotodesk"
UNREADABLE = "unreadable"
STATUSES = (VALID, UNKNOWN_SIGNER, MODIFIED, UNSIGNED, NOT_KOTODESK, UNREADABLE)
GENUINE = (VALID, UNKNOWN_SIGNER)  # signature intact; the signer may still be unknown


@dataclass
class Verification:
    file: Path
    status: str
    message: str = ""
    signer: str = ""
    email: str = ""
    unit: str = ""
    round: str = ""
    programme: str = ""
    fingerprint: str = ""
    signed_at: str = ""
    kind: str = ""  # the payload's format, e.g. "kotodesk-return/1"
    # Modified, but only in appearance: the sealed content is genuine and every visible
    # value matches it (a file saved again by a spreadsheet program, or an old format).
    values_intact: bool = False
    payload: dict[str, Any] | None = field(default=None, repr=False)
    certificate: Any = field(default=None, repr=False)

    def to_dict(self) -> dict[str, str]:
        return {"file": str(self.file), "status": self.status, "message": self.message,
                "signer": self.signer, "email": self.email, "unit": self.unit,
                "round": self.round, "programme": self.programme,
                "fingerprint": self.fingerprint, "signed_at": self.signed_at,
                "kind": self.kind, "values_intact": self.values_intact}


def described(result: Verification, payload: dict[str, Any]) -> Verification:
    signer = payload.get("signer") or {}
    result.signer = signer.get("name", "")
    result.email = signer.get("email", "")
    result.unit = (payload.get("unit") or {}).get("name", "")
    result.round = (payload.get("round") or {}).get("period", "")
    result.programme = (payload.get("programme") or {}).get("name", "")
    result.signed_at = payload.get("signed_at", "")
    result.kind = payload.get("format", "")
    result.payload = payload
    return result


def read_received(path: Path) -> bytes:
    """A received file's bytes, refused before reading when it is larger than any return
    or not a regular file (InputError names the file and the problem)."""
    from kotodesk.safe_xlsx import MAX_FILE_BYTES, read_regular

    return read_regular(path, MAX_FILE_BYTES)


def verify_file(path: Path, trusted: set[str], data: bytes | None = None) -> Verification:
    """Verify one file (read once, or given as `data`); `trusted` holds the fingerprints
    of the trusted signers."""
    path = Path(path)
    if data is None:
        try:
            data = read_received(path)
        except InputError as exc:
            return Verification(path, UNREADABLE, exc.problem)
    if data.startswith(b"%PDF"):
        from kotodesk.pdf_signing import verify_pdf_file

        return verify_pdf_file(path, trusted, data)
    return verify_xlsx(path, trusted, data)


def verify_xlsx(path: Path, trusted: set[str], data: bytes | None = None) -> Verification:
    from kotodesk import workbook_seal, xlsx_seal
    from kotodesk.safe_xlsx import checked
    from kotodesk.xlsx_cells import read_grid

    try:
        found = checked(path, data)
        items = xlsx_seal.items(found.archive)
        seals = {item.sealed for item in items}
        grid = read_grid(path, found.data, found.archive)
    except InputError as exc:
        return Verification(path, UNREADABLE, exc.problem)
    data = found.data
    sheet_seal = xlsx_seal.from_column(grid.hidden.get(xlsx_seal.SEAL_SHEET, []))
    if sheet_seal:
        seals.add(sheet_seal)
    if not seals:
        if follows_template(grid):
            return Verification(path, UNSIGNED, "follows the return layout but carries no "
                                                "kotodesk signature")
        return Verification(path, NOT_KOTODESK, "not a kotodesk file (no kotodesk signature "
                                                "and not the return layout)")
    if len(seals) > 1:
        return Verification(path, MODIFIED, "the copies of the signature in the file differ")
    try:
        opened = open_sealed(seals.pop())
    except SealError as exc:
        return Verification(path, MODIFIED, str(exc))
    result = described(Verification(path, MODIFIED, fingerprint=opened.fingerprint),
                        opened.payload)
    result.certificate = opened.certificate
    if not opened.signature_valid:
        result.message = "the signed content was changed after signing"
        return result
    if grid.has_formulas:
        result.message = _formula_cell(path, data) + ": a formula was put in after signing"
        return result
    try:
        difference = compare_cells(grid, opened.payload)
    except (KeyError, TypeError, ValueError) as exc:
        result.message = f"the signed content is not a kotodesk report ({exc})"
        return result
    if difference:
        result.message = difference
        return result
    appearance = workbook_seal.changes(found, items, opened.certificate)
    if appearance:
        result.values_intact = True
        result.message = (f"values unchanged, appearance changed ({appearance}): the signed "
                          "PDF is authoritative")
        return result
    return _trust(result, trusted)


def _formula_cell(path: Path, data: bytes) -> str:
    """Where the (first) formula is: rare, so openpyxl may take its time here."""
    from kotodesk.safe_xlsx import load_workbook

    for ws in load_workbook(path, data).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    return f"sheet {ws.title!r}, cell {cell.coordinate}"
    return "a sheet"


def _trust(result: Verification, trusted: set[str]) -> Verification:
    if result.fingerprint in trusted:
        result.status, result.message = VALID, "signature valid, trusted signer"
    else:
        result.status = UNKNOWN_SIGNER
        result.message = (f"signature valid, but the signer is not on the trust list "
                          f"(fingerprint {result.fingerprint})")
    return result


def compare_cells(grid, payload: dict[str, Any]) -> str | None:
    """The first visible cell that differs from what the payload says, described; None
    when every cell matches."""
    from openpyxl.utils import get_column_letter

    from kotodesk.report import from_payload
    from kotodesk.report_xlsx import plan

    sheets = plan(from_payload(payload))
    expected_titles = [s.title for s in sheets]
    actual_titles = [s.title for s in grid.visible]
    if expected_titles != actual_titles:
        return f"the sheets were changed: signed {expected_titles}, found {actual_titles}"
    for spec, sheet in zip(sheets, grid.visible, strict=True):
        for (row, col), cell in spec.cells.items():
            expected = normalise_newlines(str(cell.value))
            actual = sheet.cells.get((row, col), "")
            if actual != expected:
                return (f"sheet {sheet.title!r}, cell {get_column_letter(col)}{row}: shows "
                        f"{_short(actual)} but {_short(expected)} was signed")
        for (row, col), text in sheet.cells.items():
            if (row, col) not in spec.cells:
                return (f"sheet {sheet.title!r}, cell {get_column_letter(col)}{row}: "
                        f"{_short(text)} was added after signing")
    return None


def _short(text: str) -> str:
    return json.dumps(text if len(text) <= 60 else text[:57] + "…", ensure_ascii=False)


def follows_template(grid) -> bool:
    """Whether a workbook holds the return table: a header row with the seed's columns."""
    wanted = [c.casefold() for c in COLUMNS[:5]]
    for sheet in grid.visible:
        for row in range(1, 13):
            texts = [sheet.cells.get((row, col), "").strip().casefold() for col in range(1, 6)]
            if texts == wanted:
                return True
    return False
