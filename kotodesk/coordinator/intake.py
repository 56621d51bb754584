"""Taking in the returns a coordinator receives: verify, check, record, merge.

A file is refused, with the reason, when it is not genuine (modified, unreadable, not a
kotodesk return), when its signature cannot count (its signer may not speak for its unit,
its certificate may not sign, its signing time is impossible or before the round opened),
or when it belongs to another programme or round. A refused file changes nothing in the
database, and neither does the very same file taken in again. Any other file is recorded:
a trusted signer's return counts, and its unit's contributions are worked out again (see
merge.py and received.py) and written into the round's entries, so the window, `entry
show`, the merged report and the next round package all read the same merged state; a
return from an unknown signer, or an unsigned one, is held apart until the coordinator
trusts the signer or accepts that file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk.catalogue.rules import meant_otherwise
from kotodesk.coordinator.batch_lookups import IntakeRun
from kotodesk.coordinator.merge import Conflict, Resolution
from kotodesk.coordinator.received import (
    UnitFiles,
    entries_of,
    held_reason,
    round_files,
    unit_files,
)
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.documents.payload import PayloadError, check_return, check_shown
from kotodesk.domain.entries import CONTENT, FIELDS, VALUE_PREFIX
from kotodesk.domain.errors import InputError, KotodeskError, UsageError
from kotodesk.domain.formats import MERGED_FORMAT, PACKAGE_FORMAT, RETURN_FORMAT
from kotodesk.domain.messages import joined, listed, message, of_error
from kotodesk.domain.model import Catalogue, Round, Unit
from kotodesk.domain.periods import period_key
from kotodesk.domain.text import one_line, shortened
from kotodesk.signing.sealing import canonical
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, rounds
from kotodesk.storage.entry_batch import EntryWrite, save_unit_entries

__all__ = ["Intake", "IntakeRun", "accept_file", "entries_of", "merge_unit", "resolutions",
           "take_in"]


# The coordinator's own outputs, as a merge meets them among the returns: the message
# that sets each aside.
OWN_OUTPUTS = {MERGED_FORMAT: "set-aside-merged", PACKAGE_FORMAT: "set-aside-package"}


@dataclass
class Intake:
    """What happened to one file."""

    file: Path
    status: str  # the verification status
    accepted: bool  # recorded (or recorded before: `already`)
    reason: str = ""  # why it was refused, or a note on an accepted file
    unit: str = ""
    round: str = ""
    signer: str = ""
    file_id: int | None = None
    verification: verify.Verification | None = field(default=None, repr=False)
    held: str = ""  # recorded but held apart: why
    # Not a return but kotodesk's own output (a merged report, a meeting summary, a round
    # package), met among the returns (written into their folder): set aside, not
    # refused; `reason` says what it is. Nothing of it is taken in.
    set_aside: bool = False
    already: bool = False  # the very same file was taken in before: nothing changed
    not_merged: list[str] = field(default_factory=list)  # measures not the unit's
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "status": self.status, "accepted": self.accepted,
                "reason": self.reason, "unit": self.unit, "round": self.round,
                "signer": self.signer, "held": self.held, "already": self.already,
                "not_merged": self.not_merged, "warnings": self.warnings,
                "set_aside": self.set_aside}


def _content_hash(payload: dict[str, Any]) -> str:
    body = {"unit": payload["unit"].get("id"), "round": payload["round"].get("period"),
            "entries": {ref: {k: e.get(k) for k in CONTENT}
                        for ref, e in entries_of(payload).items()}}
    return hashlib.sha256(canonical(body)).hexdigest()


def _start(text: str) -> str:
    """A measure's text as far as a person needs to tell it from another."""
    return shortened(one_line(text), 60)


def _refused(result: Intake, reason: str) -> Intake:
    result.accepted, result.reason = False, reason
    return result


def _round(workspace: Workspace, programme_id: str, period: str) -> Round | None:
    key = period_key(period)
    return next((r for r in rounds.list_rounds(workspace.store, programme_id)
                 if period_key(r.period) == key), None)


def take_in(workspace: Workspace, path: Path, trusted: Collection[str], *,
            prefer_newest: bool = False, expected_round: Round | None = None,
            verification: verify.Verification | None = None,
            accept_sealed: bool = False, run: IntakeRun | None = None) -> Intake:
    """Verify and record one received file; never raises for a bad file. `trusted` is
    the trust list (`kotodesk.signing.trust_list.trust_list`); a batch passes one `run`
    for all its files, so the catalogue and the programmes are read once.

    The result keeps the verification but not the payload (it is in the database now):
    a batch of a thousand results must not hold a thousand payloads. A window that has
    examined the file on a worker thread (verify.examine) passes that `verification` (of
    the same bytes), which is judged here.
    With `accept_sealed`, the coordinator takes in knowingly a file whose appearance
    changed after signing while its values are as signed (`values_intact`): it is
    judged on its sealed content (its signer must count like any other's), recorded with
    `appearance_changed`, and its contributions are marked so."""
    intake = _take_in(workspace, path, trusted, prefer_newest, expected_round, verification,
                      accept_sealed, run or IntakeRun(workspace))
    if intake.verification is not None:
        intake.verification.payload = intake.verification.data = None
        intake.verification.payload_json = None
    if verification is not None:
        verification.data = verification.payload_json = None
    return intake


def _take_in(workspace: Workspace, path: Path, trusted: Collection[str], prefer_newest: bool,
             expected_round: Round | None, verification: verify.Verification | None,
             accept_sealed: bool, run: IntakeRun) -> Intake:
    path = Path(path)
    if verification is not None and verification.data is not None:
        data = verification.data  # the bytes that were verified: not read again
    else:
        try:
            data = verify.read_received(path)
        except InputError as exc:
            return Intake(path, verify.UNREADABLE, False, exc.problem)
    sha = hashlib.sha256(data).hexdigest()
    same = inbox.by_sha256(workspace.store, sha)
    if same is not None:  # a window's examination of it is judged like any other's
        again = _again(workspace, path, same,
                       verification and verify.judge(verification, trusted))
        if expected_round is not None and same.round_id != expected_round.id:
            # Taken in for another round (last round's file sent again): not this one's.
            again.file_id, again.already, again.held = None, False, ""
            return _refused(again, message("other-round", period=again.round,
                                           expected=expected_round.period))
        return again
    # A verification of other bytes (the file changed since) is not this file's. One
    # that found these very bytes unreadable stands (an examiner process's refusal:
    # examining the file here again might be what stopped it).
    fresh = verification is not None and verification.sha256 in ("", sha) and (
        verification.payload is not None
        or (verification.status == verify.UNREADABLE and verification.sha256 == sha))
    # Given one examined on a worker thread (verify.examine), it is judged here, where the
    # database is; one judged already stays as it was judged.
    result = verify.judge(verification if fresh else verify.examine(path, data, roots=trusted),
                          trusted)
    intake = Intake(path, result.status, False, unit=result.unit, round=result.round,
                    signer=result.signer, verification=result,
                    warnings=list(result.warnings))
    knowingly = accept_sealed and result.status == verify.MODIFIED and result.values_intact
    if knowingly:  # judged on its sealed content: its signer must count like any other's
        result = verify.as_sealed(result, trusted)
        intake.status, intake.verification = result.status, result
    if result.kind in OWN_OUTPUTS:  # whatever its verdict: nothing of it would count
        intake.set_aside = True
        return _refused(intake, message(OWN_OUTPUTS[result.kind], period=result.round))
    if result.status in (verify.MODIFIED, verify.UNREADABLE, verify.NOT_KOTODESK,
                         verify.NOT_AUTHORISED):
        reason = result.message or result.status
        if accept_sealed and not knowingly:
            reason = message("only-intact-knowingly", reason=reason)
        return _refused(intake, reason)
    try:
        if result.status == verify.UNSIGNED:
            payload = _read_unsigned(workspace, run, path, data)
        else:
            payload = result.payload or {}
        if payload.get("format") != RETURN_FORMAT:
            return _refused(intake, message("not-a-return",
                                            format=repr(payload.get("format"))))
        check_return(payload)
        programme_id = payload["programme"]["id"]
        if programme_id not in {p.id for p in run.programmes()}:
            return _refused(intake, message(
                "other-programme", programme=payload["programme"].get("name", programme_id)))
        round_ = _round(workspace, programme_id, payload["round"]["period"])
        if round_ is None or (expected_round and round_.id != expected_round.id):
            wanted = expected_round.period if expected_round else message("any-round")
            return _refused(intake, message("other-round", period=payload["round"]["period"],
                                            expected=wanted))
        if round_.state != "open":
            return _refused(intake, message("round-closed-late", period=round_.period))
        unit = run.unit(payload["unit"])
        if unit is None:
            return _refused(intake, message("unit-not-registered",
                                            unit=repr(payload["unit"].get("name"))))
        problem = _shown_as_another_unit(run, payload["unit"], unit)
        if problem:
            return _refused(intake, problem)
        intake.unit, intake.round = unit.name, round_.period
        catalogue = run.catalogue(round_.programme_id, round_.catalogue_version)
        known = {m.ref for m in catalogue.measures()}
        unknown = [ref for ref in entries_of(payload) if ref not in known]
        if unknown:
            return _refused(intake, message("measures-not-in-catalogue",
                                            measures=listed(unknown)))
        other = meant_otherwise(catalogue, {m["ref"]: m.get("text") or ""
                                            for t in payload["themes"] for m in t["measures"]})
        if other:
            return _refused(intake, message("measures-meant-otherwise", details=joined(
                [message("measure-meant-as", ref=ref, sent=repr(_start(sent)),
                         here=repr(_start(here))) for ref, sent, here in other], "; ")))
        if result.status != verify.UNSIGNED:  # an unsigned one was read from its cells
            check_shown(payload, catalogue.programme)
        problem = _may_not_count(trusted, result, round_, unit)
        if problem:
            return _refused(intake, problem)
        content = _content_hash(payload)
        copy = inbox.by_content(workspace.store, round_.id, unit.id, content)
        with workspace.store.write():
            intake.file_id = inbox.add_file(
                workspace.store, round_id=round_.id, unit_id=unit.id, file_name=path.name,
                file_sha256=sha, content_sha256=content, status=result.status,
                signer=result.signer if result.fingerprint else "",
                email=result.email if result.fingerprint else "",
                fingerprint=result.fingerprint, signed_at=payload.get("signed_at", ""),
                file_time=_file_time(result, data), payload=payload,
                # a sealed one's JSON as it was signed: the same text json.dumps would
                # give back as the same payload, not written out again
                payload_json=result.payload_json if payload is result.payload else None,
                copy_of=copy.id if copy else None, appearance_changed=knowingly)
            payload_of = _payloads(workspace, intake.file_id,  # a sealed one is JSON's own
                                   payload if result.status != verify.UNSIGNED else None)
            # The unit's files as the merge judged them last (the entries it wrote are
            # not what unit_files reads): not judged a second time.
            _conflicts, judged = _merge_unit(workspace, round_, unit.id,
                                             prefer_newest=prefer_newest,
                                             catalogue=catalogue, payload_of=payload_of)
    except (KotodeskError, PayloadError) as exc:
        return _refused(intake, of_error(exc))  # a core message stays one (translated)
    intake.accepted = True
    if result.certificate is not None and _stored_certificate(payload, result.certificate):
        # Recorded with the payload (inbox.certificate_of reads it there): a thousand
        # parsed certificates kept in a batch's results grew the process by ~80 KB a file.
        result.certificate = None
    intake.held = judged.reason(intake.file_id)
    intake.not_merged = judged.not_merged.get(intake.file_id, [])
    notes = []
    if copy is not None:
        notes.append(message("same-return-as", file=copy.file_name))
    if knowingly:
        notes.append(message("taken-knowingly"))
    if intake.held:
        notes.append(message("held-apart", why=intake.held))
    if intake.not_merged:
        notes.append(message("unit-does-not-answer", unit=unit.name,
                             measures=listed(intake.not_merged)))
    intake.reason = joined(notes + intake.warnings) if notes or intake.warnings else ""
    return intake


def _stored_certificate(payload: dict[str, Any], certificate) -> bool:
    """Whether the recorded payload holds this very certificate."""
    import base64
    import binascii

    from cryptography.hazmat.primitives.serialization import Encoding

    signer = payload.get("signer")
    try:
        der = base64.b64decode(signer["certificate"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        return False
    return der == certificate.public_bytes(Encoding.DER)


def _again(workspace: Workspace, path: Path, same: inbox.ReceivedFile,
           verification: verify.Verification | None) -> Intake:
    """The very same bytes were taken in before: nothing to do, and nothing wrong."""
    round_ = rounds.get_round(workspace.store, same.round_id)
    unit = workspace.register.units.get(same.unit_id)
    return Intake(path, same.status, True,
                  message("already-received", file=same.file_name,
                          date=same.received_at[:10]), unit=unit.name if unit else same.unit_id,
                  round=round_.period if round_ else "", signer=same.signer,
                  file_id=same.id, verification=verification, held=held_reason(same),
                  already=True)


def _shown_as_another_unit(run: IntakeRun, part: dict[str, Any], unit: Unit) -> str:
    """Why a return whose sheets name another registered unit than the one it is
    recorded for (by its unit id) cannot count; "" when it names that unit, or a name no
    unit has now (one renamed in the register since: verification warns of it)."""
    name = part.get("name")
    shown = run.unit({"name": name}) if isinstance(name, str) else None
    if shown is None or shown.id == unit.id:
        return ""
    return message("unit-shown-as-other", shown=repr(name), unit=repr(unit.name))


def _may_not_count(trusted: Collection[str], result: verify.Verification, round_: Round,
                   unit: Unit) -> str:
    """Why a signed return cannot be taken in for this round and unit; "" when it can.
    Verification judged the unit the file names by its id; the register may have found
    the unit by its name instead, so the signer's units are checked again here."""
    from datetime import datetime

    from kotodesk.signing.checks import before_opening, period_start
    from kotodesk.signing.trust_list import TrustList

    if not result.fingerprint:
        return ""
    if round_.opened_at:
        problem = before_opening(result.signed_at, datetime.fromisoformat(round_.opened_at))
    else:
        start = period_start(round_.period)
        problem = start and before_opening(result.signed_at, start) and message(
            "time-before-period", time=result.signed_at, period=round_.period)
    if problem:
        return message("cannot-count", why=problem)
    if result.status == verify.VALID and isinstance(trusted, TrustList):
        _code, why = trusted.authority_problem(result.fingerprint, RETURN_FORMAT, unit.id)
        if why:
            return message("cannot-count", why=why)
    return ""


def _read_unsigned(workspace: Workspace, run: IntakeRun, path: Path, data: bytes
                   ) -> dict[str, Any]:
    """An unsigned template: which programme, round and unit it names, then its cells."""
    from kotodesk.documents.return_read import read_unsigned, summary_facts
    from kotodesk.xlsx.safe import load_workbook

    workbook = load_workbook(path, data)
    facts = summary_facts(workbook)
    programme = next((p for p in run.programmes()
                      if facts["programme"] in (p.name, p.short_name, p.id)), None)
    if programme is None:
        raise InputError(message("unknown-programme", name=repr(facts["programme"])), path=path)
    round_ = _round(workspace, programme.id, facts["period"])
    if round_ is None:
        raise InputError(message("unknown-round", programme=programme.name,
                                 period=repr(facts["period"])), path=path)
    unit = workspace.register.find(facts["unit"]) if facts["unit"] else None
    if unit is None:
        raise InputError(message("unknown-unit", name=repr(facts["unit"])), path=path)
    catalogue = run.catalogue(programme.id, round_.catalogue_version)
    return read_unsigned(workbook, path, catalogue, unit, round_.period)


def _file_time(result: verify.Verification, data: bytes) -> str:
    """For ordering unsigned returns: the workbook's own 'modified' time, if any (as
    verification read it, when it did)."""
    import zipfile
    from io import BytesIO

    if result.file_time is not None:
        return result.file_time
    if not data.startswith(b"PK"):
        return ""
    try:
        core = zipfile.ZipFile(BytesIO(data)).read("docProps/core.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return ""
    return verify.modified_time(core)


def _payloads(workspace: Workspace, file_id: int, payload: dict[str, Any] | None
              ) -> Callable[[inbox.ReceivedFile], dict[str, Any]]:
    """The stored payloads of a unit's files, each parsed once; the one just recorded is
    taken from memory when it is what the database's JSON would give back (`payload`)."""
    parsed = {file_id: payload} if payload is not None else {}

    def payload_of(f: inbox.ReceivedFile) -> dict[str, Any]:
        if f.id not in parsed:
            parsed[f.id] = inbox.payload(workspace.store, f.id)
        return parsed[f.id]
    return payload_of


def merge_unit(workspace: Workspace, round_: Round, unit_id: str, *,
               prefer_newest: bool = False, by: str = "",
               catalogue: Catalogue | None = None,
               payload_of: Callable[[inbox.ReceivedFile], dict[str, Any]] | None = None
               ) -> list[Conflict]:
    """Work out the unit's contributions again and write them into the round's entries.

    Only files that count speak (received.py); an entry that was merged from a file that
    no longer speaks for the measure (its signer's trust was removed) is emptied, with the
    change in its history. With `prefer_newest`, each open conflict is settled for the
    newest return and the choice is recorded, so a later merge does not bring it back.
    A caller that has the round's `catalogue` and the files' payloads (`payload_of`) at
    hand passes them (they are read otherwise)."""
    return _merge_unit(workspace, round_, unit_id, prefer_newest=prefer_newest, by=by,
                       catalogue=catalogue, payload_of=payload_of)[0]


def _merge_unit(workspace: Workspace, round_: Round, unit_id: str, *,
                prefer_newest: bool = False, by: str = "",
                catalogue: Catalogue | None = None,
                payload_of: Callable[[inbox.ReceivedFile], dict[str, Any]] | None = None
                ) -> tuple[list[Conflict], UnitFiles]:
    """merge_unit, and the unit's files as judged for the entries it wrote."""
    from kotodesk.coordinator.merge import order_key

    store = workspace.store
    if catalogue is None:
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    judged = unit_files(workspace, round_, unit_id, catalogue=catalogue,
                        payload_of=payload_of)
    resolution = judged.resolution
    if prefer_newest and resolution.conflicts:
        for conflict in resolution.conflicts:
            newest = max(conflict.options, key=lambda o: order_key(o[0]))[0]
            inbox.choose(store, round_.id, conflict.ref, unit_id, newest.id,
                         by or "--prefer newest")
        judged = unit_files(workspace, round_, unit_id, catalogue=catalogue,
                            payload_of=payload_of)
        resolution = judged.resolution
    current = {e.measure_ref: e for e in entry_store.entries_of_round(store, round_.id, unit_id)}
    writes = []
    for (ref, _unit), (file, entry) in resolution.winners.items():  # all of unit_id's
        fields = {k: entry.get(k, "") for k in FIELDS}
        old_values = current[ref].values if ref in current else {}
        values = entry.get("values", {})
        for name in set(old_values) | set(values):
            fields[VALUE_PREFIX + name] = values.get(name, "")
        writes.append(EntryWrite(ref, fields, file.signer or file.file_name,
                                 entry.get("updated_at") or None, source_file_id=file.id))
    # Entries merged from a received file that no longer speaks for them are emptied
    # (entries the coordinator typed, with no source file, are left alone).
    for entry in current.values():
        if entry.source_file_id is None or (entry.measure_ref, unit_id) in resolution.winners:
            continue
        fields = dict.fromkeys(FIELDS, "")
        fields.update({VALUE_PREFIX + name: "" for name in entry.values})
        writes.append(EntryWrite(entry.measure_ref, fields,
                                 "kotodesk: no trusted return speaks for it now",
                                 source_file_id=None))
    with store.write():  # a few statements for the whole unit (entry_batch)
        save_unit_entries(store, round_.id, unit_id, writes)
    return resolution.conflicts, judged


def accept_file(workspace: Workspace, round_: Round, file_id: int, by: str
                ) -> inbox.ReceivedFile:
    """The coordinator takes one held file in, knowing why it was held: it counts from
    now on (a signed one by its signing time, an unsigned one where it does not conflict)."""
    store = workspace.store
    found = inbox.get_file(store, file_id)
    if found is None or found.round_id != round_.id:
        raise UsageError(f"no received file {file_id} in round {round_.period}")
    if not held_reason(found):
        raise UsageError(f"{found.file_name} is not held: it counts already")
    with store.write():
        inbox.accept(store, file_id, by)
        merge_unit(workspace, round_, found.unit_id)
    return inbox.get_file(store, file_id)


def resolutions(workspace: Workspace, round_: Round) -> dict[str, Resolution]:
    """Each unit's resolution (for listing superseded files and open conflicts)."""
    return {unit: judged.resolution for unit, judged in round_files(workspace, round_).items()}
