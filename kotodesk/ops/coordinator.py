"""The coordinator's writes to a round: files taken in, held files accepted, conflicts
settled, merged statuses, reviews. Each is one transaction and says what it changed.

The window (ui/coordinator/state.py) and the command line (cli/merge_cmd.py) call these,
so a choice of a conflict's file, say, is the same single write from both.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from kotodesk.coordinator import intake as intake_rules
from kotodesk.coordinator.intake import Intake, IntakeRun
from kotodesk.coordinator.statuses import set_merged_status
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.verify import Verification
from kotodesk.domain.errors import UsageError
from kotodesk.domain.model import Catalogue, Entry, Round
from kotodesk.domain.received import ReceivedFile
from kotodesk.ops.changes import Changes
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox

__all__ = ["CommentNeeded", "IntakeRun", "ReceivedFile", "accept_file", "choose_file",
           "prefer_newest", "received_files", "record_file", "record_files", "reopen_conflict",
           "review", "set_status"]
REVIEW_STATES = ("accepted", "returned")


class CommentNeeded(UsageError):
    """A return sent back without a comment: the unit would not know why."""


def received_files(workspace: Workspace, round_: Round, unit_id: str | None = None
                   ) -> list[ReceivedFile]:
    """The files received for the round (of one unit), in the order received."""
    return inbox.files(workspace.store, round_.id, unit_id)


def _marks(entry: Entry) -> tuple:
    return (entry.status or "", tuple(sorted(entry.values.items())), entry.narrative,
            entry.reasons, entry.indicator_report, entry.source_file_id)


def _unit_entries(workspace: Workspace, round_id: int, unit_id: str) -> dict[str, tuple]:
    return {e.measure_ref: _marks(e)
            for e in entry_store.entries_of_round(workspace.store, round_id, unit_id)}


class _EntryWatch:
    """Which of a unit's entries a write changed: read before, compared after."""

    def __init__(self, workspace: Workspace, round_id: int, unit_id: str) -> None:
        self.workspace, self.round_id, self.unit_id = workspace, round_id, unit_id
        self.before = _unit_entries(workspace, round_id, unit_id)

    def changed(self) -> frozenset[str]:
        after = _unit_entries(self.workspace, self.round_id, self.unit_id)
        return frozenset(ref for ref in set(self.before) | set(after)
                         if self.before.get(ref) != after.get(ref))


def _merged(round_: Round, unit_id: str, refs: frozenset[str], **kinds: bool) -> Changes:
    return Changes(files=kinds.get("files", False), choices=kinds.get("choices", False),
                   entries=bool(refs), round_id=round_.id, units=frozenset({unit_id}),
                   measures=refs)


def record_file(workspace: Workspace, path: Path, trusted: Collection[str], *,
                expected_round: Round | None = None,
                verification: Verification | None = None, prefer_newest: bool = False,
                accept_sealed: bool = False, run: IntakeRun | None = None
                ) -> tuple[Intake, Changes]:
    """Take in one received file (intake.take_in: never raises for a bad file). With a
    `verification` made on another thread, the bytes it checked are what is recorded. The
    files of one batch share a `run` (the catalogue and programmes read once)."""
    taken = intake_rules.take_in(workspace, path, trusted, prefer_newest=prefer_newest,
                                 expected_round=expected_round, verification=verification,
                                 accept_sealed=accept_sealed, run=run)
    if not taken.accepted or taken.file_id is None:
        return taken, Changes()
    found = inbox.get_file(workspace.store, taken.file_id)
    if taken.already:  # nothing recorded; the window's row of that file shows it came again
        return taken, Changes(files=True, round_id=found.round_id,
                              units=frozenset({found.unit_id}))
    # Which entries the merge changed is not known here (it happened inside take_in):
    # the unit's entries may all have changed.
    return taken, Changes(files=True, entries=True, round_id=found.round_id,
                          units=frozenset({found.unit_id}))


def record_files(workspace: Workspace, paths: Sequence[Path], trusted: Collection[str], *,
                 expected_round: Round | None = None, prefer_newest: bool = False,
                 knowingly: Collection[Path] = (), examiners: int | None = None,
                 isolate: bool = False) -> Iterator[tuple[Intake, Changes]]:
    """Take in a batch, file by file in the given order (record_file each, one transaction
    per file). A batch large enough, or any with `isolate`, is examined in `examiners`
    child processes (documents.examiners decides how many by default; 0: all in this
    process) while this process judges and records: the outcome is the same either way.
    `knowingly`: files whose appearance changed to take in on their sealed content
    (record_file's `accept_sealed`), as their resolved paths."""
    from contextlib import closing

    from kotodesk.documents.examiners import examined

    run = IntakeRun(workspace)  # the catalogue and programmes read once for the batch
    knowingly = {Path(p).resolve() for p in knowingly}
    # The children go when it closes.
    with closing(examined(paths, trusted, examiners, isolate=isolate)) as found:
        for path, verification in zip(paths, found, strict=True):
            yield record_file(workspace, path, trusted, expected_round=expected_round,
                              verification=verification, prefer_newest=prefer_newest,
                              accept_sealed=Path(path).resolve() in knowingly, run=run)


def accept_file(workspace: Workspace, round_: Round, file_id: int, by: str
                ) -> tuple[ReceivedFile, Changes]:
    """Count one held file: the coordinator knows why it was held."""
    found = inbox.get_file(workspace.store, file_id)
    if found is None or found.round_id != round_.id:
        raise UsageError(f"no received file {file_id} in round {round_.period}")
    watch = _EntryWatch(workspace, round_.id, found.unit_id)
    with workspace.store.write():
        done = intake_rules.accept_file(workspace, round_, file_id, by)
    return done, _merged(round_, found.unit_id, watch.changed(), files=True)


def choose_file(workspace: Workspace, round_: Round, ref: str, unit_id: str, file_id: int,
                by: str) -> Changes:
    """This received file speaks for the unit on the measure: the choice and the merge
    it leads to are one transaction (a crash between them cannot leave the choice
    recorded and the entries as they were)."""
    found = inbox.get_file(workspace.store, file_id)
    if found is None or found.round_id != round_.id or found.unit_id != unit_id:
        raise UsageError(f"no received file {file_id} of unit {unit_id} in round "
                         f"{round_.period}")
    watch = _EntryWatch(workspace, round_.id, unit_id)
    with workspace.store.write():
        inbox.choose(workspace.store, round_.id, ref, unit_id, file_id, by)
        intake_rules.merge_unit(workspace, round_, unit_id)
    return _merged(round_, unit_id, watch.changed(), choices=True)


def reopen_conflict(workspace: Workspace, round_: Round, ref: str, unit_id: str) -> Changes:
    """Forget a choice: the conflict is open again (when the unit's returns still differ
    on the measure), to be settled anew. One transaction with the merge it leads to."""
    watch = _EntryWatch(workspace, round_.id, unit_id)
    with workspace.store.write():
        inbox.unchoose(workspace.store, round_.id, ref, unit_id)
        intake_rules.merge_unit(workspace, round_, unit_id)
    return _merged(round_, unit_id, watch.changed(), choices=True)


def prefer_newest(workspace: Workspace, round_: Round, unit_ids: Collection[str], by: str,
                  *, catalogue: Catalogue | None = None,
                  payload_of: Callable[[ReceivedFile], dict[str, Any]] | None = None
                  ) -> Changes:
    """Settle the units' open conflicts for the return signed or saved last, as
    `kotodesk merge --prefer newest` does: one transaction for them all (sixty conflicts
    are one write, settled together or not at all), with the round's `catalogue` read
    once and each stored return parsed once (`payload_of`, the window's cached parse,
    else a parse kept for this call): judged anew for each unit, they took a second."""
    if catalogue is None:
        catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    if payload_of is None:
        parsed: dict[int, dict[str, Any]] = {}

        def payload_of(f: ReceivedFile) -> dict[str, Any]:
            if f.id not in parsed:
                parsed[f.id] = inbox.payload(workspace.store, f.id)
            return parsed[f.id]
    changes = Changes()
    with workspace.store.write():
        for unit_id in sorted(set(unit_ids)):
            watch = _EntryWatch(workspace, round_.id, unit_id)
            intake_rules.merge_unit(workspace, round_, unit_id, prefer_newest=True, by=by,
                                    catalogue=catalogue, payload_of=payload_of)
            changes = changes | _merged(round_, unit_id, watch.changed(), choices=True)
    return changes


def set_status(workspace: Workspace, round_: Round, ref: str, status: str | None, note: str,
               by: str) -> Changes:
    """The coordinator's merged status of a measure; None returns it to the default."""
    set_merged_status(workspace, round_, ref, status, note, by)
    return Changes(statuses=True, round_id=round_.id, measures=frozenset({ref}),
                   units=frozenset())


def review(workspace: Workspace, round_: Round, unit_id: str, state: str, comment: str,
           by: str) -> Changes:
    """Accept a unit's return, or send it back: then a comment is needed, since the unit
    reads it in its next round package."""
    if state not in REVIEW_STATES:
        raise UsageError(f"unknown review {state!r}: use {' or '.join(REVIEW_STATES)}")
    comment = comment.strip()
    if state == "returned" and not comment:
        raise CommentNeeded("say why with a comment: the unit sees it in its next package")
    inbox.set_review(workspace.store, round_.id, unit_id, state, comment, by)
    return Changes(reviews=True, round_id=round_.id, units=frozenset({unit_id}),
                   measures=frozenset())
