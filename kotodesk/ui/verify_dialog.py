"""Verify files: is each genuine, who signed it (as the certificate says), for which unit
and round, and whether it counts; trust a signer after comparing the fingerprint."""

from __future__ import annotations

import html
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator import trusting
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import trust as trust_ops
from kotodesk.ui import signer_dialog
from kotodesk.ui.examining import examinations
from kotodesk.ui.operations import operations
from kotodesk.ui.verification_model import VerificationModel, status_text, status_width
from kotodesk.ui.words import error_text, said
from kotodesk.ui.worker import Worker


def trust_received_signer(parent: QWidget, workspace: Workspace, certificate
                          ) -> trusting.TrustChange | None:
    """Trust the signer of a received file with the role and units the coordinator
    confirms in the signer dialog; None when they did not, or it was refused."""
    chosen = signer_dialog.ask_about(parent, workspace, certificate)
    if chosen is None:
        return None
    try:
        change, changes = trust_ops.trust_signer(workspace, certificate, how="accepted",
                                                 role=chosen[0], units=chosen[1],
                                                 confirm=True)
        operations(workspace).announce(changes, parent)
        return change
    except KotodeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "VerifyDialog", "Trust this signer?"), error_text(exc))
        return None


def can_trust(result: verify.Verification) -> bool:
    """Whether trusting the signer (or changing their units or role) could make the file
    count: not when the certificate or the signing time is what is wrong."""
    return result.certificate is not None and result.problem in (
        verify.UNKNOWN, verify.UNIT, verify.ROLE)


class VerifyDialog(QDialog):
    def __init__(self, workspace: Workspace, files: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.files = files
        self.setWindowTitle(self.tr("Verify files"))
        self.resize(980, 420)
        self.model = VerificationModel(self, workspace.register)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Verification results"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep ".xlsx"/".pdf" seen
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.trust_button = self.buttons.addButton(self.tr("&Trust signer…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.trust_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.run()

    def run(self) -> None:
        """The files' bytes are examined on a worker thread (verify.examine), and judged
        in `_finished`, on this thread, which owns the database: judging reads revocations
        and trust anchors from it and may admit a signer to the trust list."""
        self._trusted = trust_ops.trusted_signers(self.workspace)
        roots = frozenset(self._trusted)
        files, home = list(self.files), self.workspace.home
        self.model.set_rows([])

        def work(progress, cancelled):
            results = []
            # The files, even one, are examined in child processes (ui.examining): a
            # file that stops one is refused, not the window ended.
            with closing(examinations(files, roots, home)) as found:
                for i, (path, result) in enumerate(zip(files, found, strict=True)):
                    if cancelled():
                        break
                    results.append(result)
                    progress((i + 1) / len(files), path.name)
            return results

        self.progress.setVisible(True)
        self.worker = Worker(work, self)
        self.worker.progressed.connect(lambda f, _t: self.progress.setValue(int(f * 100)))
        self.worker.succeeded.connect(self._finished)
        self.worker.start()

    def _finished(self, results: list[verify.Verification]) -> None:
        self.worker.wait()
        self.model.set_rows([verify.judge(result, self._trusted) for result in results])
        self.progress.setVisible(False)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 300))
        self.view.setColumnWidth(VerificationModel.STATUS, status_width(self.view))
        if results:
            self.view.selectRow(0)

    def _selected(self) -> verify.Verification | None:
        index = self.view.currentIndex()
        return index.data(VerificationModel.ResultRole) if index.isValid() else None

    def _show_details(self) -> None:
        result = self._selected()
        if result is None:
            return
        esc = html.escape
        lines = [f"<b>{esc(result.file.name)}</b>: {esc(status_text(result.status))}"]
        if result.message:
            lines.append(esc(said(result.message)))
        lines += [esc(self.tr("Warning: {0}").format(said(w))) for w in result.warnings]
        if result.fingerprint:
            lines.append(esc(self.tr("Fingerprint (SHA-256): {0}").format(result.fingerprint)))
        self.details.setText("<br>".join(lines))
        self.trust_button.setEnabled(can_trust(result))

    def trust_selected(self) -> None:
        result = self._selected()
        if result is None or result.certificate is None:
            return
        if trust_received_signer(self, self.workspace, result.certificate) is not None:
            self.run()

    def done(self, code: int) -> None:
        self.worker.cancel()
        self.worker.wait()
        super().done(code)
