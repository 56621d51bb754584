"""Taking in the returns a coordinator receives: verify, check, record, merge.

A file is refused, with the reason, when it is not genuine (modified, unreadable, not a
kotodesk return), when it belongs to another programme or round, or when it is the very
same file again. A refused file changes nothing in the database. An accepted file is
recorded, and its unit's contributions are worked out again (see merge.py) and written
into the round's entries, so the window, `entry show`, the merged report and the next
round package all read the same merged state.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodesk import verify
from kotodesk.errors import InputError, KotodeskError
from kotodesk.merge import Candidate, Conflict, Resolution, resolve_unit
from kotodesk.model import Round, Unit
from kotodesk.payload import RETURN_FORMAT, PayloadError, canonical, check_return
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, rounds
from kotodesk.storage.entries import VALUE_PREFIX
from kotodesk.workspace import Workspace

MARK_UNSIGNED = "allekirjoittamaton"
MARK_UNKNOWN_SIGNER = "tuntematon allekirjoittaja"


@dataclass
class Intake:
    """What happened to one file."""

    file: Path
    status: str  # the verification status
    accepted: bool
    reason: str = ""  # why it was refused, or a note on an accepted file
    unit: str = ""
    round: str = ""
    signer: str = ""
    file_id: int | None = None
    verification: verify.Verification | None = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "status": self.status, "accepted": self.accepted,
                "reason": self.reason, "unit": self.unit, "round": self.round,
                "signer": self.signer}


def entries_of(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["ref"]: m["entry"] for t in payload["themes"] for m in t["measures"]}


def _content_hash(payload: dict[str, Any]) -> str:
    body = {"unit": payload["unit"].get("id"), "round": payload["round"].get("period"),
            "entries": {ref: {k: e.get(k) for k in ("status", "values", "narrative",
                                                   "reasons", "indicator_report")}
                        for ref, e in entries_of(payload).items()}}
    return hashlib.sha256(canonical(body)).hexdigest()


def _refused(result: Intake, reason: str) -> Intake:
    result.accepted, result.reason = False, reason
    return result


def _unit(workspace: Workspace, part: dict[str, Any]) -> Unit | None:
    units = workspace.register.units
    return units.get(part.get("id", "")) or workspace.register.find(part.get("name", ""))


def _round(workspace: Workspace, programme_id: str, period: str) -> Round | None:
    key = "".join(period.split()).replace("—", "–").replace("-", "–")
    for r in rounds.list_rounds(workspace.store, programme_id):
        if "".join(r.period.split()).replace("-", "–") == key:
            return r
    return None


def take_in(workspace: Workspace, path: Path, trusted: set[str], *,
            prefer_newest: bool = False, expected_round: Round | None = None,
            verification: verify.Verification | None = None,
            accept_sealed: bool = False) -> Intake:
    """Verify and record one received file; never raises for a bad file.

    The result keeps the verification but not the payload (it is in the database now):
    a batch of a thousand results must not hold a thousand payloads. A window that has
    verified the file on a worker thread passes that `verification` (of the same bytes).
    With `accept_sealed`, the coordinator takes in knowingly a file whose appearance
    changed after signing while its values are as signed (`values_intact`): it is
    recorded as modified, and its contributions are marked so."""
    intake = _take_in(workspace, path, trusted, prefer_newest, expected_round, verification,
                      accept_sealed)
    if intake.verification is not None:
        intake.verification.payload = None
    return intake


def _take_in(workspace: Workspace, path: Path, trusted: set[str], prefer_newest: bool,
             expected_round: Round | None, verification: verify.Verification | None,
             accept_sealed: bool = False) -> Intake:
    path = Path(path)
    try:
        data = verify.read_received(path)
    except InputError as exc:
        return Intake(path, verify.UNREADABLE, False, exc.problem)
    result = verification if verification is not None and verification.payload is not None \
        else verify.verify_file(path, trusted, data)
    intake = Intake(path, result.status, False, unit=result.unit, round=result.round,
                    signer=result.signer, verification=result)
    knowingly = accept_sealed and result.status == verify.MODIFIED and result.values_intact
    if result.status in (verify.MODIFIED, verify.UNREADABLE, verify.NOT_KOTODESK) \
            and not knowingly:
        extra = (" (only a file whose values are as signed can be taken in knowingly)"
                 if accept_sealed else "")
        return _refused(intake, (result.message or result.status) + extra)
    try:
        if result.status == verify.UNSIGNED:
            payload = _read_unsigned(workspace, path, data, intake)
        else:
            payload = result.payload or {}
        if payload.get("format") != RETURN_FORMAT:
            return _refused(intake, f"not a unit's return but a {payload.get('format')!r} "
                                    "file")
        check_return(payload)
        programme_id = payload["programme"]["id"]
        if programme_id not in {p.id for p in _programmes(workspace)}:
            return _refused(intake, f"a return for another programme "
                                    f"({payload['programme'].get('name', programme_id)})")
        round_ = _round(workspace, programme_id, payload["round"]["period"])
        if round_ is None or (expected_round and round_.id != expected_round.id):
            wanted = expected_round.period if expected_round else "any round of the programme"
            return _refused(intake, f"a return for another round ({payload['round']['period']};"
                                    f" expected {wanted})")
        if round_.state != "open":
            return _refused(intake, f"round {round_.period} is closed")
        unit = _unit(workspace, payload["unit"])
        if unit is None:
            return _refused(intake, f"unit {payload['unit'].get('name')!r} is not in the "
                                    "register")
        intake.unit, intake.round = unit.name, round_.period
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
        known = {m.ref for m in catalogue.measures()}
        unknown = [ref for ref in entries_of(payload) if ref not in known]
        if unknown:
            return _refused(intake, "measures not in this round's catalogue: "
                                    + ", ".join(unknown))
        sha = hashlib.sha256(data).hexdigest()
        same = inbox.by_sha256(workspace.store, sha)
        if same is not None:
            return _refused(intake, f"the same file was already received as {same.file_name}"
                                    f" on {same.received_at[:10]}")
        content = _content_hash(payload)
        copy = inbox.by_content(workspace.store, round_.id, unit.id, content)
        signer = payload.get("signer") or {}
        with workspace.store.write():
            intake.file_id = inbox.add_file(
                workspace.store, round_id=round_.id, unit_id=unit.id, file_name=path.name,
                file_sha256=sha, content_sha256=content, status=result.status,
                signer=signer.get("name", ""), email=signer.get("email", ""),
                fingerprint=result.fingerprint, signed_at=payload.get("signed_at", ""),
                file_time=_file_time(path, data), payload=payload,
                copy_of=copy.id if copy else None)
            if copy is None:
                merge_unit(workspace, round_, unit.id, prefer_newest=prefer_newest)
    except (KotodeskError, PayloadError) as exc:
        return _refused(intake, str(exc))
    intake.accepted = True
    if copy is not None:
        intake.reason = f"the same return as {copy.file_name}"
    elif result.status == verify.UNSIGNED:
        intake.reason = "merged, marked unsigned"
    elif result.status == verify.UNKNOWN_SIGNER:
        intake.reason = "merged, signer not on the trust list"
    elif knowingly:
        intake.reason = ("taken in knowingly: its sealed values, though its appearance "
                         "changed after signing" + ("" if result.fingerprint in trusted
                                                    else "; signer not on the trust list"))
    return intake


def _programmes(workspace: Workspace):
    from kotodesk.storage import catalogues

    return catalogues.list_programmes(workspace.store)


def _read_unsigned(workspace: Workspace, path: Path, data: bytes, intake: Intake
                   ) -> dict[str, Any]:
    """An unsigned template: which programme, round and unit it names, then its cells."""
    from kotodesk.return_read import read_unsigned, summary_facts
    from kotodesk.safe_xlsx import load_workbook

    workbook = load_workbook(path, data)
    facts = summary_facts(workbook)
    programme = next((p for p in _programmes(workspace)
                      if facts["programme"] in (p.name, p.short_name, p.id)), None)
    if programme is None:
        raise InputError(f"names no known programme ({facts['programme']!r})", path=path)
    round_ = _round(workspace, programme.id, facts["period"])
    if round_ is None:
        raise InputError(f"names no round of {programme.name} ({facts['period']!r})",
                         path=path)
    unit = workspace.register.find(facts["unit"]) if facts["unit"] else None
    if unit is None:
        raise InputError(f"names no unit of the register ({facts['unit']!r})", path=path)
    catalogue = workspace.catalogue(programme.id, round_.catalogue_version)
    return read_unsigned(workbook, path, catalogue, unit, round_.period)


def _file_time(path: Path, data: bytes) -> str:
    """For ordering unsigned returns: the workbook's own 'modified' time, if any."""
    import re
    import zipfile
    from io import BytesIO

    if not data.startswith(b"PK"):
        return ""
    try:
        core = zipfile.ZipFile(BytesIO(data)).read("docProps/core.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return ""
    match = re.search(rb"<dcterms:modified[^>]*>([^<]+)</dcterms:modified>", core)
    return match.group(1).decode("ascii", "replace") if match else ""


def candidates(workspace: Workspace, round_id: int, unit_id: str) -> list[Candidate]:
    return [Candidate(f, entries_of(inbox.payload(workspace.store, f.id)))
            for f in inbox.files(workspace.store, round_id, unit_id)]


def merge_unit(workspace: Workspace, round_: Round, unit_id: str, *,
               prefer_newest: bool = False, by: str = "") -> list[Conflict]:
    """Work out the unit's contributions again and write them into the round's entries.

    With `prefer_newest`, each open conflict is settled for the newest return and the
    choice is recorded, so a later merge does not bring the conflict back."""
    store = workspace.store
    found = candidates(workspace, round_.id, unit_id)
    resolution = resolve_unit(found, inbox.choices(store, round_.id))
    if prefer_newest and resolution.conflicts:
        for conflict in resolution.conflicts:
            newest = max(conflict.options, key=lambda o: (o[0].order_time, o[0].id))[0]
            inbox.choose(store, round_.id, conflict.ref, unit_id, newest.id,
                         by or "--prefer newest")
        resolution = resolve_unit(found, inbox.choices(store, round_.id))
    with store.write():
        for (ref, unit), (file, entry) in resolution.winners.items():
            fields = {"status": entry.get("status", ""), "narrative": entry.get("narrative", ""),
                      "reasons": entry.get("reasons", ""),
                      "indicator_report": entry.get("indicator_report", "")}
            current = entry_store.load_entry(store, round_.id, ref, unit)
            old_values = current.values if current else {}
            values = entry.get("values", {})
            for name in set(old_values) | set(values):
                fields[VALUE_PREFIX + name] = values.get(name, "")
            author = file.signer or file.file_name
            entry_store.save_fields(store, round_.id, ref, unit, fields, author,
                                    at=entry.get("updated_at") or None)
            store.conn.execute("UPDATE entry SET source_file_id = ? WHERE round_id = ? AND "
                               "measure_ref = ? AND unit_id = ?", (file.id, round_.id, ref, unit))
    return resolution.conflicts


def resolutions(workspace: Workspace, round_: Round) -> dict[str, Resolution]:
    """Each unit's resolution (for listing superseded files and open conflicts)."""
    store = workspace.store
    choices = inbox.choices(store, round_.id)
    units = dict.fromkeys(f.unit_id for f in inbox.files(store, round_.id))
    return {unit: resolve_unit(candidates(workspace, round_.id, unit), choices)
            for unit in units}
