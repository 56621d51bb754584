"""The files a round has received, as the merge rules see them: which count, which are
held apart, which are copies of another, and what each says that it may not.

A file counts when its signer is trusted for its unit (status "valid") or when the
coordinator accepted it explicitly. A file from an unknown signer, an unsigned one, or one
whose signer may no longer speak for its unit is held: it is listed, never merged, and
never replaces a trusted contribution. Copies of one return (the .pdf beside the .xlsx, the
same content sent twice) stand or fall together: the set counts when any of them counts,
and then the one signed last of those that count speaks for it (of copies signed at the
same moment, the first taken in), so a unit that signs its earlier content again, after a
newer return, is heard.

A return counts only for the measures its unit answers for (can_report, as on the
unit's side); entries for other measures are left out and listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kotodesk.coordinator.merge import Candidate, Resolution, is_empty, moment, resolve_unit
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.entries import can_report
from kotodesk.domain.messages import message
from kotodesk.domain.model import Catalogue, Round
from kotodesk.domain.received import ReceivedFile
from kotodesk.storage import inbox

HELD_REASONS = {
    verify.UNKNOWN_SIGNER: message("held-unknown-signer"),
    verify.UNSIGNED: message("held-unsigned"),
    verify.NOT_AUTHORISED: message("held-not-authorised"),
}


def held_reason(file: ReceivedFile) -> str:
    """Why a recorded file does not count; "" when it counts."""
    if file.accepted_at or file.status == verify.VALID:
        return ""
    return HELD_REASONS.get(file.status, file.status)


def entries_of(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["ref"]: m["entry"] for t in payload["themes"] for m in t["measures"]}


@dataclass
class UnitFiles:
    """One unit's received files in a round, judged."""

    unit_id: str
    files: list[ReceivedFile]
    speaker: dict[int, int]  # file id -> the file that speaks for its set of copies
    held: dict[int, str]  # speaking file id -> why it is held (its copies are held too)
    not_merged: dict[int, list[str]]  # file id -> measures it has entries for, not its unit's
    warnings: dict[int, list[str]]  # file id -> what it claims against its certificate
    resolution: Resolution = field(default_factory=Resolution)

    def reason(self, file_id: int) -> str:
        """Why the file's set is held; "" when it counts."""
        return self.held.get(self.speaker.get(file_id, file_id), "")


def unit_files(workspace: Workspace, round_: Round, unit_id: str,
               choices: dict[tuple[str, str], int] | None = None, *,
               files: list[ReceivedFile] | None = None,
               payload_of: Callable[[ReceivedFile], dict[str, Any]] | None = None,
               catalogue: Catalogue | None = None) -> UnitFiles:
    """Judge one unit's files. A caller that keeps the round between writes
    (ops/round_cache.py) gives the unit's `files`, its parsed payloads (`payload_of`) and
    the round's `catalogue`, so nothing is read or parsed again."""
    store = workspace.store
    if files is None:
        files = inbox.files(store, round_.id, unit_id)
    if catalogue is None:
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    if payload_of is None:
        def payload_of(f: ReceivedFile) -> dict[str, Any]:
            return inbox.payload(store, f.id)
    answers = {m.ref for m in catalogue.measures() if can_report(m, unit_id)}
    sets: dict[int, list[ReceivedFile]] = {}
    for f in files:
        sets.setdefault(f.copy_of if f.copy_of is not None else f.id, []).append(f)
    state = UnitFiles(unit_id, files, {}, {}, {}, {})
    candidates = []
    for members in sets.values():
        counting = [f for f in members if not held_reason(f)]
        speaker = _speaker(counting) if counting else members[0]
        for f in members:
            state.speaker[f.id] = speaker.id
        if not counting:
            state.held[speaker.id] = held_reason(speaker)
        for f in members:
            payload = payload_of(f)
            entries = entries_of(payload)
            outside = [ref for ref, e in entries.items() if ref not in answers and not
                       is_empty(e)]
            if outside:
                state.not_merged[f.id] = outside
            claims = _claims(f, payload)
            if claims:
                state.warnings[f.id] = claims
            if f is speaker and counting:
                candidates.append(Candidate(f, {ref: e for ref, e in entries.items()
                                                if ref in answers}))
    state.resolution = resolve_unit(candidates, choices if choices is not None else
                                    inbox.choices(store, round_.id))
    return state


def _speaker(counting: list[ReceivedFile]) -> ReceivedFile:
    """The copy that speaks for a set that counts: the one signed last (the first of
    those signed at that moment), else the first. A unit that signs its earlier content
    again, after a newer return, means it now: ordered by the first copy's signing time,
    the set stayed superseded by the return in between."""
    signed = [f for f in counting if f.signed_at]
    if not signed:
        return counting[0]
    return max(signed, key=moment)


def _claims(file: ReceivedFile, payload: dict[str, Any]) -> list[str]:
    """A signer name in the signed content that is not the certificate's (the recorded
    `signer` is the certificate's name)."""
    signer = payload.get("signer")
    claimed = signer.get("name", "") if isinstance(signer, dict) else ""
    if file.fingerprint and claimed and file.signer and claimed != file.signer:
        return [message("claims-signer", claimed=repr(claimed), name=repr(file.signer))]
    return []


def round_files(workspace: Workspace, round_: Round) -> dict[str, UnitFiles]:
    """Every unit's received files in the round, judged (in the order received)."""
    store = workspace.store
    choices = inbox.choices(store, round_.id)
    units = dict.fromkeys(f.unit_id for f in inbox.files(store, round_.id))
    return {unit: unit_files(workspace, round_, unit, choices) for unit in units}
