"""The coordinator's window: one round of the programme shown in the main window, in six
tabs (Alt+letter or Ctrl+Tab moves between them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget

from kotodesk.datafolder.workspace import Workspace
from kotodesk.ui.coordinator.completeness_tab import CompletenessTab
from kotodesk.ui.coordinator.conflicts_tab import ConflictsTab
from kotodesk.ui.coordinator.inbox_tab import InboxTab
from kotodesk.ui.coordinator.outputs_tab import OutputsTab
from kotodesk.ui.coordinator.review_tab import ReviewTab
from kotodesk.ui.coordinator.state import ENTRY_CHANGES, CoordinatorSession
from kotodesk.ui.coordinator.statuses_tab import StatusesTab


class CoordinatorWindow(QMainWindow):
    entries_changed = Signal(object)  # Changes: a write changed the round's entries

    def __init__(self, workspace: Workspace, programme_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, even with a parent
        self.session = CoordinatorSession(workspace, programme_id, self)
        self.setObjectName("coordinatorWindow")

        self.rounds = QComboBox()
        self.rounds.setAccessibleName(self.tr("Round"))
        self.rounds.setMinimumContentsLength(22)
        self.rounds.activated.connect(
            lambda i: self.session.choose_round(self.rounds.itemData(i)))
        self.programme = QLabel()
        round_label = QLabel(self.tr("&Round:") + " ")
        round_label.setBuddy(self.rounds)
        toolbar = QToolBar(self.tr("Round"))
        toolbar.setObjectName("roundBar")
        toolbar.setMovable(False)
        toolbar.addWidget(round_label)
        toolbar.addWidget(self.rounds)
        # No Alt+letter is left free across the tabs: a shortcut reaches it instead.
        self.reopen_action = QAction(self.tr("Reopen round…"), self)
        self.reopen_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reopen_action.setToolTip(self.tr("Open this closed round again, so that its "
                                              "entries can be changed"))
        self.reopen_action.triggered.connect(self.reopen_round)
        toolbar.addAction(self.reopen_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.programme)
        self.addToolBar(toolbar)

        self.inbox = InboxTab(self.session)
        self.conflicts = ConflictsTab(self.session)
        self.completeness = CompletenessTab(self.session)
        self.review = ReviewTab(self.session)
        self.statuses = StatusesTab(self.session)
        self.outputs = OutputsTab(self.session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Coordinator's work"))
        for tab in (self.inbox, self.conflicts, self.completeness, self.review, self.statuses,
                    self.outputs):
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)

        add = QAction(self.tr("Add returns…"), self)
        add.setShortcut(QKeySequence.StandardKey.Open)
        add.triggered.connect(self._add_returns)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addActions([add, close])

        self.session.round_chosen.connect(self.refresh)
        self.session.changed.connect(self._changed)
        # The command line may write the same data folder while the window is open.
        self.session.workspace.written_elsewhere()
        self.looker = QTimer(self)
        self.looker.setInterval(2000)
        self.looker.timeout.connect(self.look_again)  # started when shown
        self.resize(1280, 720)
        self.refresh()

    def _changed(self, changes) -> None:
        if changes.any_of("rounds", "catalogue"):
            self.refresh()
        elif changes.any_of("files", "choices", "trust"):
            self._title_tabs()
        if changes.any_of(*ENTRY_CHANGES):
            self.entries_changed.emit(changes)

    def refresh(self) -> None:
        session = self.session
        catalogue = session.catalogue
        name = catalogue.programme.short_name or catalogue.programme.name
        self.programme.setText(catalogue.programme.name)
        self.rounds.clear()
        for r in reversed(session.rounds()):
            state = self.tr("open") if r.state == "open" else self.tr("closed")
            self.rounds.addItem(f"{r.period} ({state})", r.id)
        if session.round is not None:
            self.rounds.setCurrentIndex(max(0, self.rounds.findData(session.round.id)))
        self.reopen_action.setEnabled(session.round is not None
                                      and session.round.state == "closed"
                                      and not session.round.from_report)  # a report's
        period = f" · {session.round.period}" if session.round else ""
        self.setWindowTitle(self.tr("Coordinator: {0}").format(name) + f"{period} – kotodesk")
        self._title_tabs()

    def _title_tabs(self) -> None:
        session = self.session
        conflicts = len(session.conflicts())
        titles = [self.tr("Returns &inbox"),
                  self.tr("&Conflicts ({0})").format(conflicts) if conflicts
                  else self.tr("&Conflicts"),
                  self.tr("Co&mpleteness"), self.tr("Re&view"), self.tr("Merged &statuses"),
                  self.tr("&Outputs")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def reopen_round(self) -> None:
        """Open the shown closed round again, after saying what becomes of the open one."""
        from PySide6.QtWidgets import QMessageBox

        round_ = self.session.round
        if round_ is None or round_.state != "closed":
            return
        others = [o for o in self.session.open_rounds() if o.round.id != round_.id]
        text = self.tr("Reopen round {0}? Its entries can then be changed again.").format(
            round_.period)
        for other in others:
            text += "\n\n" + self.tr(
                "Round {0} is open now ({1} entries from {2} units). It will be closed: its "
                "entries are kept and can be read, and it can be reopened the same way."
            ).format(other.round.period, other.entries, other.units)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reopen round"), text,
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Reopen {0}").format(round_.period),
                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        box.exec()
        if box.clickedButton() is not go:
            return
        closed = self.session.reopen_round(keep_others_open=False)
        self.statusBar().showMessage(self.tr("Round {0} is open again.").format(round_.period)
                                     + "".join(" " + self.tr("Round {0} is closed.").format(
                                         r.period) for r in closed), 15000)

    def look_again(self) -> None:
        """Show what another process wrote meanwhile; not while a batch is taken in or
        outputs are written (they end with a refresh of their own), nor under a dialog."""
        from PySide6.QtWidgets import QApplication

        if self.isVisible() and self.inbox.run is None and self.outputs.worker is None \
                and QApplication.activeModalWidget() is None:
            self.session.look_again()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.look_again()

    def follow_programme(self, programme_id: str) -> None:
        self.session.follow_programme(programme_id)

    def _add_returns(self) -> None:
        self.tabs.setCurrentWidget(self.inbox)
        self.inbox.choose_files()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.looker.stop()
        self.inbox.shutdown()
        self.outputs.shutdown()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.looker.start()
        self.inbox.resume()
        self.outputs.resume()
