"""The returns inbox: drop or choose files and folders; each is verified and merged, held
apart (unknown signer, unsigned) or refused with the reason; trust an unknown signer after
comparing the fingerprint, or accept one held file knowingly."""

from __future__ import annotations

import html
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator.inbox import InboxRow
from kotodesk.documents import verify
from kotodesk.ui import signer_dialog
from kotodesk.ui.coordinator.inbox_model import InboxModel
from kotodesk.ui.coordinator.intake_run import IntakeRun
from kotodesk.ui.coordinator.parts import focus_kept, row_table
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.examining import examinations
from kotodesk.ui.verification_model import status_text, status_width
from kotodesk.ui.words import error_text, said
from kotodesk.ui.worker import Worker


def row_key(row: InboxRow) -> tuple:
    """A row's identity: its recorded file, or (refused) the file it was taken from."""
    return ("file", row.file_id) if row.file_id is not None else (
        "refused", str(row.path or row.file_name))


def local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class InboxTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.run: IntakeRun | None = None
        self.queued: list[Path] = []
        self.reverifier: Worker | None = None
        self._reverify_trust = None  # the trust list that judges the files verified again
        self.closing = False
        self.setAcceptDrops(True)

        self.intro = QLabel(self.tr(
            "Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is "
            "verified, then merged into the round, held apart (unknown signer, unsigned) "
            "or refused with the reason."))
        self.intro.setWordWrap(True)
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.setAccessibleName(self.tr("Add files"))
        add_files.clicked.connect(self.choose_files)
        add_folder = QPushButton(self.tr("Add fol&der…"))
        add_folder.setAccessibleName(self.tr("Add folder"))
        add_folder.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(add_files)
        top.addWidget(add_folder)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Intake progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.cancel_button = QPushButton(self.tr("Cance&l"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the intake"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._show_progress(False)

        self.model = InboxModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(InboxModel.SortRole)
        self.view = row_table(self.proxy, self.tr("Received files"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((InboxModel.FILE, 310), (InboxModel.RESULT,
                                                        status_width(self.view)),
                              (InboxModel.UNIT, 230), (InboxModel.SIGNER, 130),
                              (InboxModel.SIGNED, 120)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Inbox summary"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Selected file"))
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.trust_button = QPushButton(self.tr("&Trust signer…"))
        self.trust_button.setAccessibleName(self.tr("Trust the signer of the selected file"))
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.trust_selected)
        self.sealed_button = QPushButton(self.tr("Ta&ke in sealed values…"))
        self.sealed_button.setAccessibleName(self.tr(
            "Take in the sealed values of the selected file, whose appearance changed"))
        self.sealed_button.setEnabled(False)
        self.sealed_button.clicked.connect(self.accept_sealed_selected)
        self.accept_button = QPushButton(self.tr("Acc&ept this file"))
        self.accept_button.setAccessibleName(self.tr("Count the selected held file"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.sealed_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details, 1)
        bottom.addLayout(buttons, 0)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        session.round_chosen.connect(self.refresh)
        session.changed.connect(self._changed)
        self.refresh()

    # -- what is shown -------------------------------------------------------------------

    def _changed(self, changes) -> None:
        # While a batch runs, rows come one by one; entries, merged statuses and reviews
        # are not shown here.
        if self.run is None and changes.any_of("files", "choices", "trust", "rounds"):
            self.refresh(update=True)

    def refresh(self, update: bool = False) -> None:
        """Show the round's files; with `update`, change only the rows that differ."""
        round_ = self.session.round
        rows = self.session.inbox_state().rows
        self.model.units = self.session.workspace.register.units
        if update:
            self.model.update_rows(rows, key=row_key)
        else:
            self.model.set_rows(rows)
        self._update_summary()
        if round_ is not None and round_.state != "open":
            self.intro.setText(self.tr(
                "Round {0} is closed: returns for it are refused. Choose the open round "
                "above, or open a new round under Outputs.").format(round_.period))
        else:
            self.intro.setText(self.tr(
                "Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is "
                "verified, then merged into the round, held apart (unknown signer, "
                "unsigned) or refused with the reason."))
        self._show_details()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        counts = {o: sum(1 for r in rows if r.outcome == o) for o in (
            round_inbox.ACCEPTED, round_inbox.SUPERSEDED, round_inbox.SAME,
            round_inbox.CONFLICT, round_inbox.HELD, round_inbox.REFUSED)}
        if not rows:
            self.summary.setText(self.tr("No returns received for this round yet."))
            return
        text = self.tr(
            "{0} files: {1} accepted, {2} superseded, {3} same return again, {4} in conflict, "
            "{5} held apart, {6} refused").format(len(rows), *counts.values())
        set_aside = sum(1 for r in rows if r.outcome == round_inbox.SET_ASIDE)
        if set_aside:
            text += self.tr(", {0} set aside (not returns)").format(set_aside)
        self.summary.setText(text)

    def _selected(self) -> InboxRow | None:
        index = self.view.currentIndex()
        return index.data(InboxModel.RowRole) if index.isValid() else None

    def _show_details(self) -> None:
        row = self._selected()
        if row is None:
            self.details.setText(self.tr("Select a file to see its verification in full."))
            self.trust_button.setEnabled(False)
            self.sealed_button.setEnabled(False)
            self.accept_button.setEnabled(False)
            return
        esc = html.escape
        lines = [f"<b>{esc(row.file_name)}</b>: {esc(status_text(row.status))} · "
                 f"{esc(self.model.outcome_text(row))}"]
        message = row.verification.message if row.verification is not None else ""
        if message and message != row.detail and (not row.fingerprint or
                                                   row.fingerprint not in message):
            lines.append(esc(said(message)))
        if row.signer:
            signer = f"{row.signer} <{row.email}>" if row.email else row.signer
            lines.append(esc(self.tr("Signer: {0}").format(signer)))
        if row.fingerprint:
            lines.append(esc(self.tr("Fingerprint (SHA-256): {0}").format(row.fingerprint)))
        if row.outcome == round_inbox.HELD:
            lines.append(esc(self.tr("Held apart: it is not merged and replaces nothing until "
                                     "you trust its signer or accept this file.")))
        lines += [esc(said(note)) for note in row.notes]
        self.details.setText("<br>".join(lines))
        # A recorded file whose signer is unknown, or no longer may speak for its unit:
        # trusting (or changing the units) makes it count. A refused file is not recorded.
        self.trust_button.setEnabled(
            bool(row.fingerprint) and self.run is None and (
                row.status == verify.UNKNOWN_SIGNER or (
                    row.status == verify.NOT_AUTHORISED and row.file_id is not None)))
        self.accept_button.setEnabled(row.outcome == round_inbox.HELD and self.run is None
                                      and row.file_id is not None)
        self.sealed_button.setEnabled(self._sealed_values_only(row) and self.run is None)

    # -- taking in the sealed values of a file whose look changed ---------------------------

    @staticmethod
    def _sealed_values_only(row: InboxRow) -> bool:
        return (row.file_id is None and row.path is not None and row.verification is not None
                and row.verification.status == verify.MODIFIED
                and row.verification.values_intact)

    def accept_sealed_selected(self) -> None:
        row = self._selected()
        if row is None or not self._sealed_values_only(row):
            return
        answer = QMessageBox.question(self, self.tr("Take in the sealed values"), self.tr(
            "{0} was changed after signing, but only in how it looks: every value it shows "
            "is what {1} signed. Take in its signed values? Its signer must still be trusted for "
            "its unit; the inbox and the merged report mark it as changed in appearance, and "
            "the signed PDF shows what the signer saw."
        ).format(row.file_name, row.signer or self.tr("the signer")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        assert row.path is not None
        taken = self.session.accept_sealed(row.path, self.session.trusted())
        self.progress_label.setText(said(taken.reason) if taken.accepted else self.tr(
            "{0} was not taken in: {1}").format(row.file_name, said(taken.reason)))

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)

    # -- taking files in -----------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add returns"), "",
            self.tr("Returns (*.xlsx *.pdf);;All files (*)"))
        if names:
            self.take_in_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of returns"))
        if folder:
            self.take_in_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.take_in_paths(paths)

    def take_in_paths(self, paths: list[Path]) -> None:
        """Take in files and folders (a drop and the Add buttons both end here)."""
        if self.session.round is None:
            self.progress_label.setText(self.tr("This programme has no round to take "
                                                "returns into. Open a round under Outputs."))
            return
        if self.run is not None:
            self.queued += paths
            return
        self.run = IntakeRun(self.session, paths, self)
        self.run.file_taken.connect(self._file_taken)
        self.run.progressed.connect(self._progressed)
        self.run.finished.connect(self._finished)
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.progress_label.setText(self.tr("Looking for returns…"))
        self._show_progress(True)
        self.trust_button.setEnabled(False)
        self.accept_button.setEnabled(False)
        self.run.start()

    def cancel(self) -> None:
        if self.run is not None:
            self.queued.clear()
            self.run.cancel()

    def _file_taken(self, taken) -> None:
        shown = self.session.round
        if self.run is not None and (shown is None or shown.id != self.run.round.id):
            return  # another round is shown now: the rows come when it is shown again
        # A file refused by an earlier drop keeps its row: what happened to it now.
        row = round_inbox.row_of(taken)
        if self.model.replace_rows({("refused", str(taken.file)): row}, key=row_key):
            self.model.add(row)
        self._update_summary()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.progress_label.setText(self.tr("Taking in {0}…").format(name))

    def _finished(self, done: int, total: int, cancelled: bool) -> None:
        run, self.run = self.run, None
        with focus_kept(self.view):  # Cancel, had it the keyboard, is hidden
            self._show_progress(False)
        if run.error:
            text = self.tr("Stopped after {0} of {1} files: {2}").format(done, total, run.error)
        elif cancelled and (run.refused or run.set_aside):
            text = self.tr("Cancelled after {0} of {1} files: {2} taken in, {3} refused; the "
                           "rest were not touched.").format(
                done, total, done - run.refused - run.set_aside, run.refused + run.set_aside)
        elif cancelled:
            text = self.tr("Cancelled: {0} of {1} files were taken in; the rest were not "
                           "touched.").format(done, total)
        elif run.set_aside:  # kotodesk's own reports among the returns: no refusal
            text = self.tr("Files taken in: {0}; refused: {1}; set aside as kotodesk's own "
                           "reports, not returns: {2} (the column What happened says "
                           "why).").format(done - run.refused - run.set_aside, run.refused,
                                           run.set_aside)
        elif run.refused:  # a refused file was looked at, not taken in
            text = self.tr("Files taken in: {0}; refused: {1} (the column What happened "
                           "says why).").format(done - run.refused, run.refused)
        else:
            text = self.tr("Files taken in: {0}.").format(done)
        self.progress_label.setText(text)
        run.deleteLater()
        self.refresh()
        if self.queued:
            queued, self.queued = self.queued, []
            self.take_in_paths(queued)

    def shutdown(self) -> None:
        """Stop work before the window goes (files recorded so far stay recorded); what
        the threads already sent is ignored, as the database may be closed next."""
        self.closing = True
        self.queued.clear()
        run, self.run = self.run, None
        if run is not None:
            run.stop()
            run.deleteLater()
            self._show_progress(False)
            self.progress_label.setText(self.tr(
                "Stopped when the window closed: {0} of {1} files were taken in.").format(
                run.done, run.total))
        if self.reverifier is not None:
            self.reverifier.wait()

    def resume(self) -> None:
        """The window is shown again."""
        self.closing = False
        self.refresh()

    # -- trusting a signer ---------------------------------------------------------------

    def trust_selected(self) -> None:
        """Trust the selected file's signer with the role and units the coordinator
        confirms (proposed from the certificate); everything of theirs is judged again."""
        from kotodesk.domain.errors import KotodeskError

        row = self._selected()
        if row is None or not row.fingerprint:
            return
        workspace = self.session.workspace
        certificate = round_inbox.certificate_of(workspace, row)
        if certificate is None:
            return
        chosen = signer_dialog.ask_about(self, workspace, certificate)
        if chosen is None:
            return
        try:
            change = self.session.trust(certificate, *chosen)
        except KotodeskError as exc:
            self.progress_label.setText(error_text(exc))
            return
        self.progress_label.setText(self.tr(
            "{0} is trusted now. Received files that count now: {1}; held apart now: "
            "{2}.").format(row.signer, len(change.counted), len(change.held)))
        self.reverify(row.fingerprint)

    def accept_selected(self) -> None:
        """Count the selected held file, after saying what that means."""
        from PySide6.QtWidgets import QMessageBox

        from kotodesk.domain.errors import KotodeskError

        row = self._selected()
        if row is None or row.outcome != round_inbox.HELD or row.file_id is None:
            return
        if QMessageBox.question(self, self.tr("Accept this file?"), self.tr(
                "{0} is held apart: {1}.\n\nAccept it anyway? Its entries then count for "
                "{2} like a trusted return's, marked as such in the merged report.").format(
                row.file_name, self.model.held_text(row.status), row.unit)
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            with focus_kept(self.view):
                self.session.accept(row.file_id)
        except KotodeskError as exc:
            self.progress_label.setText(error_text(exc))
            return
        self.progress_label.setText(self.tr("{0} counts now.").format(row.file_name))

    def reverify(self, fingerprint: str) -> None:
        """Verify again the files this window took in from that signer."""
        paths = [r.path for r in self.model.rows()
                 if r.path is not None and r.fingerprint == fingerprint]
        if not paths:
            return
        self._reverify_trust = trusted = self.session.trusted()
        roots, home = frozenset(trusted), self.session.workspace.home

        def work(_progress, _cancelled):
            with closing(examinations(paths, roots, home)) as found:
                return list(found)

        self.reverifier = Worker(work, self)
        self.reverifier.succeeded.connect(self._reverified)
        self.reverifier.start()

    def _reverified(self, results) -> None:
        """The files' bytes were examined on the worker; they are judged here, on the
        thread that owns the database (revocations, trust anchors)."""
        if not self.closing:
            self.session.reverified([verify.judge(r, self._reverify_trust) for r in results])
