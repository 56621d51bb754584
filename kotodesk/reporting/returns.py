"""A unit's return: gathered from the database, checked, sealed, written as .xlsx and .pdf.

The command line's `return export` calls `export`; the window's export dialog calls its
two steps, `prepare` (reads the database) and `write_files` (on a worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.payload import return_payload
from kotodesk.domain.errors import InputError, WriteError
from kotodesk.domain.messages import message
from kotodesk.domain.model import Round, Unit
from kotodesk.domain.text import EXCEL_CELL_LIMIT
from kotodesk.reporting.validation import in_finnish, problems, unit_measures
from kotodesk.signing.keys import Identity
from kotodesk.signing.sealing import now_iso, sealed_file, signer_part
from kotodesk.storage import entries as entry_store


@dataclass
class ExportResult:
    xlsx: Path
    pdf: Path
    incomplete: list[str]
    warnings: list[str] = field(default_factory=list)


def gather(workspace: Workspace, round_: Round, unit: Unit, signer: dict[str, str],
           signed_at: str | None = None) -> dict[str, Any]:
    """The payload of `unit`'s return for `round_`: its measures and its entries."""
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    found = {e.measure_ref: e
             for e in entry_store.entries_of_round(workspace.store, round_.id, unit.id)}
    measures = unit_measures(catalogue, unit.id)
    own = {m.ref for m in measures}
    # A measure open to every unit (no responsible unit) is included once started.
    measures += [m for m in catalogue.measures() if m.ref in found and m.ref not in own]
    measures.sort(key=lambda m: (m.theme, list(catalogue.measures()).index(m)))
    missing = in_finnish(problems(catalogue, unit.id, found))
    return return_payload(catalogue=catalogue, round_=round_, unit=unit,
                          register=workspace.register, measures=measures, entries=found,
                          problems=missing, signer=signer, signed_at=signed_at or now_iso())


def check_payload(payload: dict[str, Any]) -> list[str]:
    """Refuse text Excel would cut, naming the measure and the field (a message the window
    says in its language). (Characters no file can hold were removed when the text was
    entered: kotodesk/domain/text.py.)"""
    warnings: list[str] = []
    for theme in payload["themes"]:
        for m in theme["measures"]:
            entry = m["entry"]
            for code, params, text in [
                    ("field-narrative", {}, entry["narrative"]),
                    ("field-reasons", {}, entry["reasons"]),
                    ("field-indicator-report", {}, entry["indicator_report"]),
                    *[("field-indicator", {"name": k}, v) for k, v in entry["values"].items()]]:
                if len(text) > EXCEL_CELL_LIMIT:  # the message made only for a refusal
                    raise InputError(message("text-too-long", ref=m["ref"],
                                             field=message(code, **params),
                                             length=len(text), limit=EXCEL_CELL_LIMIT))
    return warnings


def file_stem(payload: dict[str, Any]) -> str:
    """A file name people recognise in a mail attachment: unit, programme, period."""
    from kotodesk.domain.text import file_stem as stem

    return stem("palautus", payload["unit"].get("abbreviation") or payload["unit"]["name"],
                payload["programme"].get("short_name") or payload["programme"]["id"],
                payload["round"]["period"])


@dataclass
class Prepared:
    """A return read from the database, ready to be sealed and written without it."""

    payload: dict[str, Any]
    warnings: list[str]


def prepare(workspace: Workspace, round_: Round, unit: Unit,
            signer: Identity | x509.Certificate) -> Prepared:
    """Read what the return holds; the signer's certificate is enough (no passphrase)."""
    payload = gather(workspace, round_, unit, signer_part(signer))
    return Prepared(payload, check_payload(payload))


def write_files(prepared: Prepared, identity: Identity, out_dir: Path, *,
                progress=None) -> ExportResult:
    """Seal and write both files (no database access: safe off the UI thread)."""
    from kotodesk.documents.report_xlsx import write_sealed
    from kotodesk.documents.return_pdf import write_return_pdf
    from kotodesk.signing.sealing import check_signer
    from kotodesk.system.atomic import together

    check_signer(prepared.payload, identity)
    step = progress or (lambda _fraction: None)
    payload = prepared.payload
    # The payload serialised once: the seal and the workbook's fingerprint (its SHA-256)
    # are of the same canonical bytes.
    with sealed_file(payload, identity) as (sealed_text, payload_sha256):
        sealed = str(sealed_text)
    stem = file_stem(payload)
    xlsx, pdf = out_dir / f"{stem}.xlsx", out_dir / f"{stem}.pdf"
    step(0.1)
    # Both files or neither: a disk that fills while the PDF is written, or a signature
    # that fails, leaves the pair that was there (a new .xlsx beside an older .pdf would
    # be two different returns under one name). A folder that cannot be made (a file of
    # its name, a name too long) is said as the folder's.
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with together([xlsx, pdf]) as (xlsx_temp, pdf_temp):
            write_sealed(payload, sealed, xlsx_temp, identity, payload_sha256=payload_sha256)
            step(0.4)
            write_return_pdf(payload, sealed, identity, pdf_temp)
    except OSError as exc:
        raise WriteError.from_os_error(exc.filename or xlsx, exc) from None
    step(1.0)
    return ExportResult(xlsx, pdf, list(payload["incomplete"]), prepared.warnings)


def export(workspace: Workspace, round_: Round, unit: Unit, identity: Identity,
           out_dir: Path) -> ExportResult:
    """Write the signed .xlsx and .pdf of a unit's return into `out_dir`."""
    return write_files(prepare(workspace, round_, unit, identity), identity, out_dir)
