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
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk.documents.report import COLUMNS
from kotodesk.domain.errors import InputError
from kotodesk.domain.text import normalise_newlines
from kotodesk.signing.sealing import SealError, open_sealed

VALID = "valid"
UNKNOWN_SIGNER = "unknown-signer"
MODIFIED = "modified"
UNSIGNED = "unsigned"
NOT_KOTODESK = "not-kotodesk"
UNREADABLE = "unreadable"
# The signature holds, but the file cannot count: the signer may not speak for its unit
# (or is no coordinator), the certificate may not sign, or the signing time is impossible.
NOT_AUTHORISED = "not-authorised"
STATUSES = (VALID, UNKNOWN_SIGNER, NOT_AUTHORISED, MODIFIED, UNSIGNED, NOT_KOTODESK,
            UNREADABLE)
GENUINE = (VALID, UNKNOWN_SIGNER)  # signature intact; the signer may still be unknown
# Why a genuine file is not valid (Verification.problem):
UNKNOWN = "unknown"  # the signer is not on the trust list
UNIT = "unit"  # the signer may not speak for the return's unit
ROLE = "role"  # the file needs a coordinator's signature
CERTIFICATE = "certificate"  # the certificate may not sign (CA, key usage, not valid then)
TIME = "time"  # the signing time does not parse, or lies in the future


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
    problem: str = ""  # why a genuine file is not valid: UNKNOWN, UNIT, ROLE, ...
    warnings: list[str] = field(default_factory=list)  # e.g. a name the payload claims

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "status": self.status, "message": self.message,
                "signer": self.signer, "email": self.email, "unit": self.unit,
                "round": self.round, "programme": self.programme,
                "fingerprint": self.fingerprint, "signed_at": self.signed_at,
                "kind": self.kind, "values_intact": self.values_intact,
                "problem": self.problem, "warnings": self.warnings}


def described(result: Verification, payload: dict[str, Any]) -> Verification:
    """What the signed content says about itself. The signer's name and e-mail are only
    claims here: `judge` replaces them with the certificate's."""
    signer = payload.get("signer") or {}
    result.signer = signer.get("name", "") if isinstance(signer, dict) else ""
    result.email = signer.get("email", "") if isinstance(signer, dict) else ""
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
    from kotodesk.xlsx.safe import MAX_FILE_BYTES, read_regular

    return read_regular(path, MAX_FILE_BYTES)


def verify_file(path: Path, trusted: Collection[str], data: bytes | None = None
                ) -> Verification:
    """Verify one file (read once, or given as `data`). `trusted` is the trust list
    (`kotodesk.signing.trust_list.trust_list`), or bare fingerprints allowed everything (for
    checking one's own files)."""
    path = Path(path)
    if data is None:
        try:
            data = read_received(path)
        except InputError as exc:
            return Verification(path, UNREADABLE, exc.problem)
    if data.startswith(b"%PDF"):
        from kotodesk.signing.pades import verify_pdf_file

        return judge(verify_pdf_file(path, trusted, data), trusted)
    return verify_xlsx(path, trusted, data)


def verify_xlsx(path: Path, trusted: Collection[str], data: bytes | None = None
                ) -> Verification:
    from kotodesk.xlsx import seal as xlsx_seal
    from kotodesk.xlsx import workbook_seal
    from kotodesk.xlsx.cells import read_grid
    from kotodesk.xlsx.safe import checked

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
    result.status = UNKNOWN_SIGNER  # intact; whether it counts is judged next
    return judge(result, trusted)


def _formula_cell(path: Path, data: bytes) -> str:
    """Where the (first) formula is: rare, so openpyxl may take its time here."""
    from kotodesk.xlsx.safe import load_workbook

    for ws in load_workbook(path, data).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    return f"sheet {ws.title!r}, cell {cell.coordinate}"
    return "a sheet"


def judge(result: Verification, trusted: Collection[str]) -> Verification:
    """Whether an intact file counts, for either file kind: the signer named from the
    certificate, the signing time, the certificate, the trust list, the signer's role and
    units, in that order; the first that fails is the reason. A file that is not intact
    is returned as it is."""
    from kotodesk.signing.checks import certificate_problem, signing_time, time_problem
    from kotodesk.signing.trust_list import as_trust_list

    if result.status not in GENUINE or result.certificate is None:
        return result
    trust = as_trust_list(trusted)
    _named_by_certificate(result, trust)
    problem = time_problem(result.signed_at)
    if problem:
        return _not_authorised(result, TIME, problem)
    problem = certificate_problem(result.certificate, signing_time(result.signed_at))
    if problem:
        return _not_authorised(result, CERTIFICATE, problem)
    if trust.chains is not None:  # pki: revoked, or trusted through a certificate authority
        code, problem = trust.chains.judge(trust, result.certificate,
                                           signing_time(result.signed_at))
        if problem:
            return _not_authorised(result, code, problem)
    if result.fingerprint not in trust:
        result.status, result.problem = UNKNOWN_SIGNER, UNKNOWN
        result.message = (f"signature valid, but the signer ({result.signer}) is not on the "
                          f"trust list (fingerprint {result.fingerprint})")
        return result
    unit_id = ((result.payload or {}).get("unit") or {}).get("id", "")
    code, problem = trust.authority_problem(result.fingerprint, result.kind, unit_id)
    if problem:
        return _not_authorised(result, code, problem)
    result.status, result.problem = VALID, ""
    result.message = f"signature valid, trusted signer ({result.signer})"
    signer = trust.get(result.fingerprint)
    if signer is not None and signer.via:
        result.message += f"; certified by {signer.via}"
    if signer is not None and not signer.confirmed:
        result.message += "; role and units proposed from the certificate, not confirmed yet"
    return result


def as_sealed(result: Verification, trusted: Collection[str]) -> Verification:
    """A file changed only in appearance (`values_intact`), judged on its sealed content as
    if it were intact: for a coordinator who takes in its sealed values knowingly. Its
    signer must still be trusted for its unit like any other's."""
    if result.status != MODIFIED or not result.values_intact:
        return result
    from dataclasses import replace

    return judge(replace(result, status=UNKNOWN_SIGNER, warnings=list(result.warnings)),
                 trusted)


def _not_authorised(result: Verification, problem: str, message: str) -> Verification:
    result.status, result.problem = NOT_AUTHORISED, problem
    result.message = f"signature intact, but the file cannot count: {message}"
    return result


def _named_by_certificate(result: Verification, trust) -> None:
    """Show the certificate's name, e-mail and the register's unit name; what the signed
    content claims otherwise is kept as a warning."""
    from kotodesk.signing.keys import describe

    info = describe(result.certificate)
    payload = result.payload or {}
    claimed = payload.get("signer") if isinstance(payload.get("signer"), dict) else {}
    if claimed.get("name") and claimed["name"] != info.name:
        result.warnings.append(f"the file names its signer {claimed['name']!r}, but it "
                               f"was signed with the certificate of {info.name!r}")
    if claimed.get("fingerprint") and claimed["fingerprint"] != info.fingerprint:
        result.warnings.append("the file names another certificate than the one it carries")
    result.signer, result.email = info.name, info.email
    unit = payload.get("unit") if isinstance(payload.get("unit"), dict) else {}
    registered = trust.unit_names.get(unit.get("id", ""))
    if registered and unit.get("name") and unit["name"] != registered:
        result.warnings.append(f"the file names its unit {unit['name']!r}, but its unit "
                               f"id is {registered!r}'s")
    if registered:
        result.unit = registered


def compare_cells(grid, payload: dict[str, Any]) -> str | None:
    """The first visible cell that differs from what the payload says, described; None
    when every cell matches."""
    from openpyxl.utils import get_column_letter

    from kotodesk.documents.report import from_payload
    from kotodesk.documents.report_xlsx import plan

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
