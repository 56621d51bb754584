"""The coordinator's round, between the tabs and the core.

Which round is shown, and every write the coordinator makes to it (files taken in,
conflict choices, merged statuses, reviews, a new round). Each write is one core call,
announced once by `changed` with the operation's `Changes` (kotodesk/ops), so each tab
refreshes only what it shows; the round's judged files are kept in one `RoundCache`
shared by the tabs. The database is used on this (the UI) thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator.inbox import InboxState
from kotodesk.coordinator.intake import Intake
from kotodesk.coordinator.merge import Conflict
from kotodesk.coordinator.merged import Completeness
from kotodesk.coordinator.new_round import OpenRound, open_rounds
from kotodesk.coordinator.statuses import MeasureStatus
from kotodesk.coordinator.trusting import TrustChange
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.verify import UNSIGNED, Verification
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.messages import of_error
from kotodesk.domain.model import Catalogue, Round
from kotodesk.ops import Changes, coordinator, people
from kotodesk.ops import rounds as round_ops
from kotodesk.ops import trust as trust_ops
from kotodesk.ops.coordinator import ReceivedFile
from kotodesk.ops.round_cache import RoundCache
from kotodesk.signing.trust_list import TrustList
from kotodesk.ui.operations import operations

ENTRY_CHANGES = ("entries", "files", "choices", "rounds")  # these change the round's entries


class CoordinatorSession(QObject):
    round_chosen = Signal()  # another round (or programme) is shown: refresh everything
    changed = Signal(object)  # Changes: what one write changed; views refresh only that

    def __init__(self, workspace: Workspace, programme_id: str | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.programme_id = programme_id or workspace.default_programme_id()
        self.round: Round | None = None
        self.cache: RoundCache | None = None
        self._taken: list[tuple[int, Intake]] = []  # this window's intakes, by round id
        self._recorded = Changes()  # what the files of the running batch changed, so far
        self._run: coordinator.IntakeRun | None = None  # the running batch's lookups
        self.operations = operations(workspace)
        self.operations.executed.connect(self._executed)
        self.choose_round(None)

    # -- which round ---------------------------------------------------------------------

    def rounds(self) -> list[Round]:
        return round_ops.rounds_of(self.workspace, self.programme_id)

    def choose_round(self, round_id: int | None) -> None:
        """Show a round; None: the programme's open round, else its newest."""
        found = round_ops.get_round(self.workspace, round_id) if round_id is not None \
            else None
        if found is None or found.programme_id != self.programme_id:
            found = round_ops.open_round_of(self.workspace, self.programme_id) or next(
                iter(reversed(self.rounds())), None)
        self.round = found
        self.cache = RoundCache(self.workspace, found) if found is not None else None
        self.round_chosen.emit()

    def round_id(self) -> int | None:
        """The round shown, by id (None: no round)."""
        return self.round.id if self.round is not None else None

    def look_again(self) -> bool:
        """Show again what another process wrote to the data folder since the last look
        (the command line took in files, reviewed a unit, closed a round); whether it
        had."""
        if not self.workspace.written_elsewhere():
            return False
        self.choose_round(self.round.id if self.round is not None else None)
        return True

    def follow_programme(self, programme_id: str) -> None:
        if programme_id != self.programme_id:
            self.programme_id = programme_id
            self.choose_round(None)

    @property
    def catalogue(self) -> Catalogue:
        if self.cache is not None:
            return self.cache.catalogue
        return self.workspace.catalogue(self.programme_id, None)

    def who(self) -> str:
        return people.coordinator_name(self.workspace)

    def watch(self, refresh: Callable[[], None]) -> None:
        """Call `refresh` when another round is shown or anything in the round changed
        (for views that show everything; the others look at the Changes)."""
        self.round_chosen.connect(refresh)
        self.changed.connect(lambda _changes: refresh())

    def did(self, changes: Changes) -> Changes:
        """This window wrote: its views, and the application's other windows, hear what
        changed, once."""
        if changes:
            self._show(changes)
            self.operations.announce(changes, self)
        return changes

    @Slot(object, object)
    def _executed(self, changes: Changes, initiator: object) -> None:
        """Another window wrote (the unit's window saved an entry, a signer was trusted
        in the key dialog)."""
        if initiator is not self and (
                self.round is None or changes.in_round(self.round.id)
                or changes.any_of("rounds", "trust", "catalogue")):
            self._show(changes)

    def _show(self, changes: Changes) -> None:
        """The round's cache forgets what `changes` changed, then the views hear of it."""
        if changes.rounds and self.round is not None:
            self.round = round_ops.get_round(self.workspace, self.round.id) or self.round
            self.cache = RoundCache(self.workspace, self.round)
        elif self.cache is not None:
            self.cache.apply(changes)
        self.changed.emit(changes)

    # -- reading -------------------------------------------------------------------------

    def trusted(self) -> TrustList:
        return trust_ops.trusted_signers(self.workspace)

    def inbox_state(self) -> InboxState:
        if self.round is None:
            return InboxState([], [])
        taken = [t for round_id, t in self._taken if round_id == self.round.id]
        return self.cache.inbox_state(taken)

    def conflicts(self) -> list[Conflict]:
        return self.cache.conflicts() if self.cache is not None else []

    def completeness(self) -> Completeness | None:
        return self.cache.completeness() if self.cache is not None else None

    def measure_statuses(self, refs=None) -> list[MeasureStatus]:
        return self.cache.measure_statuses(refs) if self.cache is not None else []

    # -- writing -------------------------------------------------------------------------

    def record(self, result: Verification, trusted: TrustList, round_: Round) -> Intake:
        """Take in one verified file for `round_`, the round it was dropped on (refused
        with the reason, never raised). The views hear of it when the batch ends
        (`files_recorded`)."""
        taken = round_inbox.refused(result)
        if taken is None:
            if self._run is None:
                self._run = coordinator.IntakeRun(self.workspace)
            sealed = result.payload  # intake lets it go once recorded
            try:
                taken, changes = coordinator.record_file(
                    self.workspace, result.file, trusted, expected_round=round_,
                    verification=result, run=self._run)
            except KotodeskError as exc:  # e.g. the database is busy: refuse, keep going
                taken, changes = Intake(result.file, result.status, False, of_error(exc),
                                        verification=result), Changes()
            self._recorded = self._recorded | changes
            if taken.accepted and sealed is not None and result.status != UNSIGNED \
                    and self.cache is not None and self.cache.round.id == round_.id:
                self.cache.remember(result.sha256, sealed)  # an unsigned one: its cells
        if taken.verification is None:
            taken.verification = result
        result.data = None  # the bytes were recorded (or refused): not kept in memory
        self._taken.append((round_.id, taken))
        return taken

    def accept_sealed(self, path, trusted: set[str]) -> Intake:
        """Take in knowingly the sealed values of a file whose appearance changed after
        signing (its values as signed); it replaces the file's refusal in this run."""
        taken, changes = coordinator.record_file(self.workspace, path, trusted,
                                                 expected_round=self.round,
                                                 accept_sealed=True)
        self._taken = [(r, t) for r, t in self._taken if t.file != path]
        self._taken.append((self.round.id, taken))
        self.did(changes | Changes(files=True, round_id=self.round.id,
                                   units=changes.units or frozenset()))
        return taken

    def files_recorded(self, round_: Round) -> None:
        """A batch has been taken in for `round_`: the views hear what its files changed,
        once."""
        recorded, self._recorded = self._recorded, Changes()
        self._run = None  # a catalogue imported before the next batch is read anew
        # Refused files are rows of the inbox too, though nothing was recorded for them.
        self.did(recorded | Changes(files=True, round_id=round_.id,
                                    units=recorded.units or frozenset()))

    @Slot(object)
    def reverified(self, results: list[Verification]) -> None:
        """Fresh verification results for files this window took in (after a trust)."""
        by_path = {r.file: r for r in results}
        for _round_id, taken in self._taken:
            fresh = by_path.get(taken.file)
            if fresh is not None:
                taken.status, taken.verification = fresh.status, fresh
        # The rows of the files concerned carry the verification: work them out again.
        self.did(Changes(files=True, round_id=self.round.id if self.round else None))

    def trust(self, certificate, role: str, units: list[str]) -> TrustChange:
        """Trust a signer with the role and units the coordinator confirmed; their files
        are judged again and their units merged again."""
        change, changes = trust_ops.trust_signer(self.workspace, certificate, how="accepted",
                                                 role=role, units=units, confirm=True)
        self.did(changes)
        return change

    def accept(self, file_id: int) -> ReceivedFile:
        """Count one held file: the coordinator knows why it was held."""
        done, changes = coordinator.accept_file(self.workspace, self.round, file_id,
                                                self.who())
        self.did(changes)
        return done

    def choose(self, conflict: Conflict, file: ReceivedFile) -> None:
        """This file speaks for the unit on the conflict's measure."""
        self.did(coordinator.choose_file(self.workspace, self.round, conflict.ref,
                                         conflict.unit_id, file.id, self.who()))

    def settled(self) -> dict[tuple[str, str], int]:
        """The conflicts the coordinator settled: (measure, unit) -> the chosen file."""
        return self.cache.choices() if self.cache is not None else {}

    def reopen_conflict(self, ref: str, unit_id: str) -> None:
        """Undo a choice: the conflict is open again, to be settled anew."""
        self.did(coordinator.reopen_conflict(self.workspace, self.round, ref, unit_id))

    def prefer_newest(self) -> int:
        """Settle every open conflict for the newest return, as `merge --prefer newest`
        does; how many were settled."""
        open_ = self.conflicts()
        self.did(coordinator.prefer_newest(self.workspace, self.round,
                                           {c.unit_id for c in open_}, self.who(),
                                           catalogue=self.cache.catalogue,
                                           payload_of=self.cache.payload))
        return len(open_)

    def set_status(self, ref: str, status: str | None, note: str) -> None:
        self.did(coordinator.set_status(self.workspace, self.round, ref, status, note,
                                        self.who()))

    def review(self, unit_id: str, state: str, comment: str) -> None:
        """Accept or send back a unit's return (coordinator.CommentNeeded: sent back
        without a comment)."""
        self.did(coordinator.review(self.workspace, self.round, unit_id, state, comment,
                                    self.who()))

    def open_round(self, period: str, deadline, next_period: str, keep_open: bool) -> Round:
        made, changes = round_ops.open_round(self.workspace, self.programme_id, period,
                                             deadline, next_period=next_period,
                                             keep_open=keep_open)
        self.did(changes)
        self.choose_round(made.id)
        return made

    def change_deadline(self, deadline) -> Round:
        """Another deadline for the shown (open) round; the round as it is now."""
        changed, changes = round_ops.change_deadline(self.workspace, self.round.id, deadline)
        self.did(changes)
        return changed

    def open_rounds(self) -> list[OpenRound]:
        """The rounds open now, with their entries: what opening another would close."""
        return open_rounds(self.workspace, self.programme_id)

    def reopen_round(self, keep_others_open: bool) -> list[Round]:
        """Open the shown (closed) round again; the rounds that were closed for it."""
        closed, changes = round_ops.reopen_round(self.workspace, self.round.id,
                                                 keep_others_open=keep_others_open)
        self.did(changes)
        self.choose_round(self.round.id)
        return closed
