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
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from kotodesk.documents.report import COLUMNS
from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import joined, message, of_error
from kotodesk.domain.text import normalise_newlines
from kotodesk.signing.sealing import SealError, open_sealed
from kotodesk.signing.verdict import CERTIFICATE as CERTIFICATE
from kotodesk.signing.verdict import GENUINE as GENUINE
from kotodesk.signing.verdict import MODIFIED as MODIFIED
from kotodesk.signing.verdict import NOT_AUTHORISED as NOT_AUTHORISED
from kotodesk.signing.verdict import NOT_KOTODESK as NOT_KOTODESK
from kotodesk.signing.verdict import ROLE as ROLE
from kotodesk.signing.verdict import STATUSES as STATUSES
from kotodesk.signing.verdict import TIME as TIME
from kotodesk.signing.verdict import UNIT as UNIT
from kotodesk.signing.verdict import UNKNOWN as UNKNOWN
from kotodesk.signing.verdict import UNKNOWN_SIGNER as UNKNOWN_SIGNER
from kotodesk.signing.verdict import UNREADABLE as UNREADABLE
from kotodesk.signing.verdict import UNSIGNED as UNSIGNED

# The verdicts `kotodesk verify` prints (PRODUCT.md), as callers know them here:
from kotodesk.signing.verdict import VALID as VALID
from kotodesk.signing.verdict import Verification as Verification
from kotodesk.signing.verdict import described as described


def read_received(path: Path) -> bytes:
    """A received file's bytes, refused before reading when it is larger than any return
    or not a regular file (InputError names the file and the problem)."""
    from kotodesk.xlsx.safe import MAX_FILE_BYTES, read_regular

    return read_regular(path, MAX_FILE_BYTES)


def verify_file(path: Path, trusted: Collection[str], data: bytes | None = None, *,
                keep_bytes: bool = False) -> Verification:
    """Verify one file (read once, or given as `data`). `trusted` is the trust list
    (`kotodesk.signing.trust_list.trust_list`), or bare fingerprints allowed everything (for
    checking one's own files). The result carries the hash of the bytes it judged, and
    with `keep_bytes` the bytes themselves (for intake.take_in)."""
    return judge(examine(path, data, roots=trusted, keep_bytes=keep_bytes), trusted)


def examine(path: Path, data: bytes | None = None, *, roots: Collection[str] = (),
            keep_bytes: bool = False) -> Verification:
    """The first half of verify_file: the file's own bytes checked (zip, seals, signature,
    visible cells, appearance; a PDF's signature and pages), nothing judged yet. An intact
    file comes back `UNKNOWN_SIGNER` with its certificate, for `judge` to decide whether it
    counts.

    It depends on the bytes and on `roots` alone (the fingerprints a PDF's signature may
    chain to, as pyHanko takes them; `judge` decides again whatever they make of it): it
    reads no database and changes nothing shared, so the window examines a batch's files
    on a worker thread while the thread that owns the database judges and records them
    (judging reads revocations and may admit a signer a trust anchor vouches for)."""
    import hashlib

    path = Path(path)
    if data is None:
        try:
            data = read_received(path)
        except InputError as exc:
            return Verification(path, UNREADABLE, exc.problem)
    if data.startswith(b"%PDF"):
        from kotodesk.documents.pdf_verify import verify_pdf_file

        result = verify_pdf_file(path, frozenset(roots), data)
    else:
        result = verify_xlsx(path, data)
    result.sha256 = hashlib.sha256(data).hexdigest()
    if keep_bytes:
        result.data = data
    return result


def verify_xlsx(path: Path, data: bytes | None = None) -> Verification:
    """An .xlsx's bytes checked (examine), not judged."""
    from kotodesk.xlsx.safe import checked

    try:
        found = checked(path, data)
    except InputError as exc:
        return Verification(path, UNREADABLE, exc.problem)
    result = _verify_checked(path, found)
    result.file_time = modified_time(found.xml.get("docProps/core.xml", b""))
    return result


_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>([^<]+)</dcterms:modified>")


def modified_time(core: bytes) -> str:
    """The workbook's own 'modified' time as docProps/core.xml states it, or ""."""
    match = _MODIFIED.search(core)
    return match.group(1).decode("ascii", "replace") if match else ""


def _verify_checked(path: Path, found) -> Verification:
    """verify_xlsx of a file whose zip passed the checks (`found`, safe.Checked)."""
    from kotodesk.documents import workbook_seal
    from kotodesk.documents.workbook_look import unlike_kotodesk
    from kotodesk.xlsx import seal as xlsx_seal
    from kotodesk.xlsx.cells import read_grid

    try:
        items = xlsx_seal.items(found.archive, found.xml)
        seals = {item.sealed for item in items}
        grid = read_grid(path, found.data, found.archive, found.sheets)
    except InputError as exc:
        return Verification(path, UNREADABLE, exc.problem)
    data = found.data
    sheet_seal = xlsx_seal.from_column(grid.hidden.get(xlsx_seal.SEAL_SHEET, []))
    if sheet_seal:
        seals.add(sheet_seal)
    if not seals:
        if follows_template(grid):
            return Verification(path, UNSIGNED, message("unsigned-template"))
        return Verification(path, NOT_KOTODESK, message("not-kotodesk"))
    if len(seals) > 1:
        return Verification(path, MODIFIED, message("seal-copies-differ"))
    try:
        opened = open_sealed(seals.pop())
    except SealError as exc:
        return Verification(path, MODIFIED, of_error(exc))
    result = described(Verification(path, MODIFIED, fingerprint=opened.fingerprint),
                        opened.payload)
    result.certificate = opened.certificate
    result.payload_json = opened.signed or None
    if not opened.signature_valid:
        result.message = message("content-changed")
        return result
    if grid.has_formulas:
        result.message = message("formula-added", place=_formula_cell(path, data))
        return result
    try:
        difference = compare_cells(grid, opened.payload)
    except (KeyError, TypeError, ValueError) as exc:
        result.message = message("not-a-report", detail=str(exc))
        return result
    if difference:
        result.message = laid_out_otherwise(opened.payload) or difference
        return result
    appearance = workbook_seal.changes(found, items, opened.certificate)
    if appearance:
        result.values_intact = True
        result.message = message("appearance-changed", what=appearance)
        return result
    look = unlike_kotodesk(found, xlsx_seal.SEAL_SHEET, grid)  # a signer's own making
    if look:
        result.values_intact = True
        result.message = message("look-not-kotodesks", what=look)
        return result
    result.status = UNKNOWN_SIGNER  # intact; whether it counts is judged next (judge)
    return result


def _formula_cell(path: Path, data: bytes) -> str:
    """Where the (first) formula is: rare, so openpyxl may take its time here."""
    from kotodesk.xlsx.safe import load_workbook

    for ws in load_workbook(path, data).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    return message("formula-place", sheet=repr(ws.title), cell=cell.coordinate)
    return message("formula-somewhere")


def judge(result: Verification, trusted: Collection[str]) -> Verification:
    """Whether an intact file counts, for either file kind: the signer named from the
    certificate, the signing time, the certificate, the trust list, the signer's role and
    units, in that order; the first that fails is the reason. A file that is not intact,
    or was judged already (verify_file's result handed on to take_in), is returned as it
    is: judging twice would repeat its warnings."""
    from kotodesk.signing.checks import certificate_problem, signing_time, time_problem
    from kotodesk.signing.trust_list import as_trust_list

    if result.judged or result.status not in GENUINE or result.certificate is None:
        return result
    result.judged = True
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
        stale = trust.chains.stale_note(result.certificate)
        if stale:  # it counts, but a revocation since the list was due is not known here
            result.warnings.append(stale)
    if result.fingerprint not in trust:
        result.status, result.problem = UNKNOWN_SIGNER, UNKNOWN
        result.message = message("signer-unknown", signer=result.signer,
                                 fingerprint=result.fingerprint)
        return result
    unit_id = ((result.payload or {}).get("unit") or {}).get("id", "")
    code, problem = trust.authority_problem(result.fingerprint, result.kind, unit_id)
    if problem:
        return _not_authorised(result, code, problem)
    result.status, result.problem = VALID, ""
    parts = [message("signer-trusted", signer=result.signer)]
    signer = trust.get(result.fingerprint)
    if signer is not None and signer.via:
        parts.append(message("certified-by", authority=signer.via))
    if signer is not None and not signer.confirmed:
        parts.append(message("not-confirmed"))
    result.message = joined(parts)
    return result


def as_sealed(result: Verification, trusted: Collection[str]) -> Verification:
    """A file changed only in appearance (`values_intact`), judged on its sealed content as
    if it were intact: for a coordinator who takes in its sealed values knowingly. Its
    signer must still be trusted for its unit like any other's."""
    if result.status != MODIFIED or not result.values_intact:
        return result
    from dataclasses import replace

    return judge(replace(result, status=UNKNOWN_SIGNER, warnings=list(result.warnings),
                         judged=False), trusted)


def _not_authorised(result: Verification, problem: str, why: str) -> Verification:
    result.status, result.problem = NOT_AUTHORISED, problem
    result.message = message("cannot-count", why=why)
    return result


def _named_by_certificate(result: Verification, trust) -> None:
    """Show the certificate's name, e-mail and the register's unit name; what the signed
    content claims otherwise is kept as a warning."""
    from kotodesk.signing.keys import describe

    info = describe(result.certificate)
    payload = result.payload or {}
    claimed = payload.get("signer") if isinstance(payload.get("signer"), dict) else {}
    if claimed.get("name") and claimed["name"] != info.name:
        result.warnings.append(message("claims-signer", claimed=repr(claimed["name"]),
                                       name=repr(info.name)))
    if claimed.get("fingerprint") and claimed["fingerprint"] != info.fingerprint:
        result.warnings.append(message("claims-certificate"))
    result.signer, result.email = info.name, info.email
    unit = payload.get("unit") if isinstance(payload.get("unit"), dict) else {}
    registered = trust.unit_names.get(unit.get("id", ""))
    if registered and unit.get("name") and unit["name"] != registered:
        result.warnings.append(message("claims-unit", claimed=repr(unit["name"]),
                                       registered=repr(registered)))
    if registered:
        result.unit = registered


def compare_cells(grid, payload: dict[str, Any]) -> str | None:
    """The first visible cell that differs from what the payload says, described; None
    when every cell matches."""
    from kotodesk.documents.report import from_payload
    from kotodesk.documents.report_xlsx import plan

    sheets = plan(from_payload(payload))
    expected_titles = [s.title for s in sheets]
    actual_titles = [s.title for s in grid.visible]
    if expected_titles != actual_titles:
        return message("sheets-changed", signed=str(expected_titles),
                       found=str(actual_titles))
    # The usual file matches: one comparison of whole sheets, and the cell-by-cell walk
    # below only to name the first difference.
    if all({place: _shown(value) for place, (value, _style) in spec.cells.items()}
           == sheet.cells for spec, sheet in zip(sheets, grid.visible, strict=True)):
        return None
    from openpyxl.utils import get_column_letter  # only here: openpyxl takes ~120 ms to import

    for spec, sheet in zip(sheets, grid.visible, strict=True):
        for (row, col), cell in spec.cells.items():
            expected = _shown(cell.value)
            actual = sheet.cells.get((row, col), "")
            if actual != expected:
                return message("cell-changed", sheet=repr(sheet.title),
                               cell=f"{get_column_letter(col)}{row}", shown=_short(actual),
                               signed=_short(expected))
        for (row, col), text in sheet.cells.items():
            if (row, col) not in spec.cells:
                return message("cell-added", sheet=repr(sheet.title),
                               cell=f"{get_column_letter(col)}{row}", text=_short(text))
    return None


def laid_out_otherwise(payload: dict[str, Any]) -> str | None:
    """Why a workbook's cells that differ from its payload's plan may not have been
    changed (one sentence): the payload records a layout newer than any this kotodesk
    can lay out (report.LAYOUT; it lays out every earlier one as it was), so a newer
    kotodesk wrote it. None otherwise."""
    from kotodesk.documents.report import LAYOUT, made_by, recorded_number

    layout = recorded_number(payload, "layout", 1)
    if layout <= LAYOUT:
        return None
    return message("layout-newer", maker=made_by(payload) or message("another-kotodesk"),
                   layout=str(layout), ours=str(LAYOUT))


def _shown(value) -> str:
    """A planned cell's value as the read cells hold it (text, with "\n" line ends)."""
    if type(value) is str and "\r" not in value:  # nearly every cell: as it is
        return value
    return normalise_newlines(str(value))


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
