"""The coordinator's round, between the tabs and the core.

Which round is shown, and every write the coordinator makes to it (files taken in,
conflict choices, merged statuses, reviews, a new round). Each write is one core call,
announced once by `changed` with what changed, so each tab refreshes only what it shows.
The database is used on this (the UI) thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator import intake, trusting
from kotodesk.coordinator.inbox import InboxState
from kotodesk.coordinator.intake import Intake
from kotodesk.coordinator.merge import Conflict
from kotodesk.coordinator.merged import Completeness, completeness
from kotodesk.coordinator.new_round import OpenRound, open_new_round, open_rounds, reopen_round
from kotodesk.coordinator.statuses import MeasureStatus, measure_statuses, set_merged_status
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.verify import Verification
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.model import Catalogue, Round
from kotodesk.signing.trust_list import TrustList, trust_list
from kotodesk.storage import inbox, rounds, settings
from kotodesk.storage.inbox import ReceivedFile

FILES = "files"  # files were taken in, a signer trusted, or a held file accepted
CHOICES = "choices"  # a conflict was settled
STATUSES = "statuses"  # a merged status was set or cleared
REVIEWS = "reviews"  # a unit's return was accepted or sent back
ROUNDS = "rounds"  # a round was opened, closed or reopened
ENTRY_CHANGES = (FILES, CHOICES)  # these change the round's entries


class CoordinatorSession(QObject):
    round_chosen = Signal()  # another round (or programme) is shown: refresh everything
    changed = Signal(str)  # one of FILES, CHOICES, STATUSES, REVIEWS, ROUNDS

    def __init__(self, workspace: Workspace, programme_id: str | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.programme_id = programme_id or workspace.default_programme_id()
        self.round: Round | None = None
        self._taken: list[tuple[int, Intake]] = []  # this window's intakes, by round id
        self.choose_round(None)

    # -- which round ---------------------------------------------------------------------

    def rounds(self) -> list[Round]:
        return rounds.list_rounds(self.workspace.store, self.programme_id)

    def choose_round(self, round_id: int | None) -> None:
        """Show a round; None: the programme's open round, else its newest."""
        store = self.workspace.store
        found = rounds.get_round(store, round_id) if round_id is not None else None
        if found is None or found.programme_id != self.programme_id:
            found = rounds.open_round(store, self.programme_id) or next(
                iter(reversed(self.rounds())), None)
        self.round = found
        self.round_chosen.emit()

    def follow_programme(self, programme_id: str) -> None:
        if programme_id != self.programme_id:
            self.programme_id = programme_id
            self.choose_round(None)

    @property
    def catalogue(self) -> Catalogue:
        version = self.round.catalogue_version if self.round else None
        return self.workspace.catalogue(self.programme_id, version)

    def who(self) -> str:
        return settings.get(self.workspace.store, "user_name") or "koordinaattori"

    def watch(self, refresh: Callable[[], None]) -> None:
        """Call `refresh` when another round is shown or anything in the round changed."""
        self.round_chosen.connect(refresh)
        self.changed.connect(lambda _what: refresh())

    # -- reading -------------------------------------------------------------------------

    def trusted(self) -> TrustList:
        return trust_list(self.workspace)

    def inbox_state(self) -> InboxState:
        if self.round is None:
            return InboxState([], [])
        taken = [t for round_id, t in self._taken if round_id == self.round.id]
        return round_inbox.inbox_state(self.workspace, self.round, taken)

    def conflicts(self) -> list[Conflict]:
        if self.round is None:
            return []
        return [c for r in intake.resolutions(self.workspace, self.round).values()
                for c in r.conflicts]

    def completeness(self) -> Completeness | None:
        return completeness(self.workspace, self.round) if self.round else None

    def measure_statuses(self) -> list[MeasureStatus]:
        return measure_statuses(self.workspace, self.round) if self.round else []

    # -- writing -------------------------------------------------------------------------

    def record(self, result: Verification, trusted: TrustList) -> Intake:
        """Take in one verified file (refused with the reason, never raised)."""
        taken = round_inbox.refused(result)
        if taken is None:
            try:
                taken = intake.take_in(self.workspace, result.file, trusted,
                                       expected_round=self.round, verification=result)
            except KotodeskError as exc:  # e.g. the database is busy: refuse, keep going
                taken = Intake(result.file, result.status, False, str(exc),
                               verification=result)
        if taken.verification is None:
            taken.verification = result
        self._taken.append((self.round.id, taken))
        return taken

    def accept_sealed(self, path, trusted: set[str]) -> Intake:
        """Take in knowingly the sealed values of a file whose appearance changed after
        signing (its values as signed); it replaces the file's refusal in this run."""
        taken = intake.take_in(self.workspace, path, trusted, expected_round=self.round,
                               accept_sealed=True)
        self._taken = [(r, t) for r, t in self._taken if t.file != path]
        self._taken.append((self.round.id, taken))
        self.changed.emit(FILES)
        return taken

    def files_recorded(self) -> None:
        """A batch has been taken in: every view works out the round again."""
        self.changed.emit(FILES)

    @Slot(object)
    def reverified(self, results: list[Verification]) -> None:
        """Fresh verification results for files this window took in (after a trust)."""
        by_path = {r.file: r for r in results}
        for _round_id, taken in self._taken:
            fresh = by_path.get(taken.file)
            if fresh is not None:
                taken.status, taken.verification = fresh.status, fresh
        self.changed.emit(FILES)

    def trust(self, certificate, role: str, units: list[str]) -> trusting.TrustChange:
        """Trust a signer with the role and units the coordinator confirmed; their files
        are judged again and their units merged again."""
        change = trusting.trust_signer(self.workspace, certificate, how="accepted", role=role,
                                       units=units, confirm=True)
        self.changed.emit(FILES)
        return change

    def accept(self, file_id: int) -> ReceivedFile:
        """Count one held file: the coordinator knows why it was held."""
        done = intake.accept_file(self.workspace, self.round, file_id, self.who())
        self.changed.emit(FILES)
        return done

    def choose(self, conflict: Conflict, file: ReceivedFile) -> None:
        """This file speaks for the unit on the conflict's measure."""
        inbox.choose(self.workspace.store, self.round.id, conflict.ref, conflict.unit_id,
                     file.id, self.who())
        intake.merge_unit(self.workspace, self.round, conflict.unit_id)
        self.changed.emit(CHOICES)

    def settled(self) -> dict[tuple[str, str], int]:
        """The conflicts the coordinator settled: (measure, unit) -> the chosen file."""
        return inbox.choices(self.workspace.store, self.round.id) if self.round else {}

    def reopen_conflict(self, ref: str, unit_id: str) -> None:
        """Undo a choice: the conflict is open again, to be settled anew."""
        inbox.unchoose(self.workspace.store, self.round.id, ref, unit_id)
        intake.merge_unit(self.workspace, self.round, unit_id)
        self.changed.emit(CHOICES)

    def prefer_newest(self) -> int:
        """Settle every open conflict for the newest return, as `merge --prefer newest`
        does; how many were settled."""
        open_ = self.conflicts()
        for unit_id in sorted({c.unit_id for c in open_}):
            intake.merge_unit(self.workspace, self.round, unit_id, prefer_newest=True,
                              by=self.who())
        self.changed.emit(CHOICES)
        return len(open_)

    def set_status(self, ref: str, status: str | None, note: str) -> None:
        set_merged_status(self.workspace, self.round, ref, status, note, self.who())
        self.changed.emit(STATUSES)

    def review(self, unit_id: str, state: str, comment: str) -> None:
        inbox.set_review(self.workspace.store, self.round.id, unit_id, state, comment.strip(),
                         self.who())
        self.changed.emit(REVIEWS)

    def open_round(self, period: str, deadline, next_period: str, keep_open: bool) -> Round:
        made = open_new_round(self.workspace, self.programme_id, period, deadline,
                              next_period=next_period, keep_open=keep_open)
        self.changed.emit(ROUNDS)
        self.choose_round(made.id)
        return made

    def open_rounds(self) -> list[OpenRound]:
        """The rounds open now, with their entries: what opening another would close."""
        return open_rounds(self.workspace, self.programme_id)

    def reopen_round(self, keep_others_open: bool) -> list[Round]:
        """Open the shown (closed) round again; the rounds that were closed for it."""
        closed = reopen_round(self.workspace, self.round.id, keep_others_open=keep_others_open)
        self.changed.emit(ROUNDS)
        self.choose_round(self.round.id)
        return closed
