"""The received files of a round as the coordinator reads them in the returns inbox.

One row per file: its verification, unit, signer, and what happened to it. It speaks for
its unit, it is superseded by a newer return (out of order when it arrived after that
one), it is the same return as another file (the .pdf beside the .xlsx), it is in conflict
on some measures, it is held apart (unknown signer, unsigned) until the coordinator
decides, or it was refused with the reason. Rows of recorded files are built from the
database and the merge rules (`received.round_files`), so they say the same after a
restart; refused files are not recorded, so their rows live only as long as the intake
results that carry them.
"""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from kotodesk.coordinator.intake import Intake
from kotodesk.coordinator.merge import Conflict
from kotodesk.coordinator.received import UnitFiles, round_files
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.verify import Verification
from kotodesk.domain.deadlines import after_deadline, judged_deadline
from kotodesk.domain.messages import listed, message
from kotodesk.domain.model import Round
from kotodesk.domain.received import ReceivedFile
from kotodesk.signing.checks import signing_time
from kotodesk.storage import inbox

ACCEPTED = "accepted"  # speaks for its unit
SUPERSEDED = "superseded"  # a newer return of the unit speaks instead
SAME = "same"  # the same return as a file received before
CONFLICT = "conflict"  # differs from another return of the unit with no clear order
HELD = "held"  # recorded, not counted (unknown signer, unsigned) until the coordinator decides
REFUSED = "refused"  # not recorded; `detail` says why
RETURN_SUFFIXES = (".xlsx", ".pdf")


# A file whose look changed after signing, its sealed values taken in knowingly.
APPEARANCE_NOTE = message("appearance-note")


@dataclass
class InboxRow:
    file_name: str
    status: str  # the verification status (kotodesk.documents.verify)
    outcome: str
    unit: str = ""
    unit_id: str = ""  # a recorded file's unit (the window names it in its language)
    signer: str = ""
    email: str = ""
    signed_at: str = ""
    fingerprint: str = ""
    detail: str = ""  # refused, held: the reason; superseded, same: the other file;
    # conflict: the measures
    other_signed_at: str = ""  # superseded, same: when the other file was signed, where
    # its name alone does not tell it apart (a correction sent under the same name)
    file_id: int | None = None
    notes: list[str] = field(default_factory=list)  # out of order, measures not merged, …
    accepted_by: str = ""  # a held file the coordinator took in explicitly
    path: Path | None = None  # where the file was taken from, when this run took it in
    verification: Verification | None = field(default=None, repr=False)


@dataclass
class InboxState:
    rows: list[InboxRow]
    conflicts: list[Conflict]


def return_files(paths: Iterable[Path]) -> list[Path]:
    """The files to take in: each file given, and the returns found in each folder (an
    .xlsx before the .pdf of the same name, so the .pdf is the copy: "same return as")."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            # Not only regular files: a pipe or a link to a device named like a return is
            # refused by name when it is read, not skipped in silence.
            found += sorted((p for p in path.rglob("*")
                             if p.suffix.lower() in RETURN_SUFFIXES and not p.is_dir()),
                            key=lambda p: (p.with_suffix(""), p.suffix.lower() != ".xlsx"))
        else:
            found.append(path)
    return found


def refused(result: Verification) -> Intake | None:
    """The intake of a file whose verification already refuses it (nothing to record);
    None when the file must go on to `intake.take_in`."""
    from kotodesk.documents import verify

    if result.status not in (verify.MODIFIED, verify.UNREADABLE, verify.NOT_KOTODESK):
        return None
    return Intake(result.file, result.status, False, result.message or result.status,
                  unit=result.unit, round=result.round, signer=result.signer,
                  verification=result)


def refused_rows(taken: Iterable[Intake]) -> list[InboxRow]:
    """The rows of the refused files among `taken`, one per file: a file dropped again
    shows only what happened to it last (refused again, or taken in this time)."""
    last = {t.file: t for t in taken}
    return [row_of(t) for t in last.values() if not t.accepted]


def row_of(taken: Intake) -> InboxRow:
    """A file just taken in, before the states of the whole round are worked out again."""
    v = taken.verification
    outcome = REFUSED if not taken.accepted else HELD if taken.held else ACCEPTED
    return InboxRow(taken.file.name, taken.status, outcome, unit=taken.unit,
                    signer=taken.signer, email=v.email if v else "",
                    signed_at=v.signed_at if v else "", fingerprint=v.fingerprint if v else "",
                    detail=taken.held or taken.reason, file_id=taken.file_id,
                    path=taken.file, verification=v)


def inbox_state(workspace: Workspace, round_: Round, taken: Iterable[Intake] = (), *,
                judged: dict[str, UnitFiles] | None = None,
                files: list[ReceivedFile] | None = None) -> InboxState:
    """Every file received for the round, then the refused ones among `taken`. A caller
    that keeps the round judged between writes (ops/round_cache.py) gives `judged` and
    the round's `files`."""
    taken = list(taken)
    if judged is None:
        judged = round_files(workspace, round_)
    resolutions = {unit: j.resolution for unit, j in judged.items()}
    superseded = {fid: by for r in resolutions.values() for fid, by in r.superseded.items()}
    out_of_order = {fid for r in resolutions.values() for fid in r.out_of_order}
    conflicts = [c for r in resolutions.values() for c in r.conflicts]
    in_conflict: dict[int, list[str]] = {}
    for c in conflicts:
        for f, _entry in c.options:
            in_conflict.setdefault(f.id, []).append(c.ref)
    if files is None:
        files = inbox.files(workspace.store, round_.id)
    names = {f.id: f.file_name for f in files}
    named_alike = {name for name, count in Counter(names.values()).items() if count > 1}
    signed = {f.id: f.signed_at for f in files}
    units = workspace.register.units
    by_id = {t.file_id: t for t in taken if t.file_id is not None}
    rows = []
    for f in files:
        unit_files = judged[f.unit_id]
        speaker = unit_files.speaker.get(f.id, f.id)
        notes = list(unit_files.warnings.get(f.id, []))
        if f.appearance_changed:
            notes.append(APPEARANCE_NOTE)
        other = speaker if speaker != f.id else superseded.get(f.id)
        if speaker != f.id:
            outcome, detail = SAME, names.get(speaker, "")
        elif unit_files.reason(f.id):
            outcome, detail = HELD, unit_files.reason(f.id)
        elif f.id in in_conflict:
            outcome, detail = CONFLICT, ", ".join(in_conflict[f.id])
        elif f.id in superseded:
            outcome, detail = SUPERSEDED, names.get(superseded[f.id], "")
            if f.id in out_of_order:
                notes.append(message("out-of-order", file=detail))
        else:
            outcome, detail = ACCEPTED, ""
        late = after_deadline(signing_time(f.signed_at), judged_deadline(round_))
        if late is not None:
            notes.append(message("after-deadline", signed=late.strftime("%Y-%m-%d %H:%M:%S"),
                                 deadline=round_.deadline.isoformat()))
        if f.id in unit_files.not_merged:
            notes.append(message("not-units-measures",
                                 measures=listed(unit_files.not_merged[f.id])))
        source = by_id.get(f.id)
        if source is not None and source.already:  # taken in again: nothing changed
            notes.append(source.reason)
        unit = units.get(f.unit_id)
        rows.append(InboxRow(f.file_name, f.status, outcome, unit=unit.name if unit else
                             f.unit_id, unit_id=f.unit_id,
                             signer=f.signer, email=f.email, signed_at=f.signed_at,
                             fingerprint=f.fingerprint, detail=detail, file_id=f.id,
                             other_signed_at=signed.get(other, "")
                             if outcome in (SAME, SUPERSEDED) and detail in named_alike
                             else "",
                             notes=notes, accepted_by=f.accepted_by,
                             path=source.file if source else None,
                             verification=source.verification if source else None))
    rows += refused_rows(taken)
    return InboxState(rows, conflicts)


def certificate_of(workspace: Workspace, row: InboxRow) -> x509.Certificate | None:
    """The signer's certificate: from this run's verification, else from the signed
    payload recorded when the file arrived."""
    if row.verification is not None and row.verification.certificate is not None:
        return row.verification.certificate
    if row.file_id is None:
        return None
    signer = inbox.payload(workspace.store, row.file_id).get("signer") or {}
    try:
        return x509.load_der_x509_certificate(
            base64.b64decode(signer["certificate"], validate=True))
    except (KeyError, TypeError, ValueError, binascii.Error):
        return None
