"""Verify files: is each genuine, who signed it, for which unit and round; trust a signer
after comparing the fingerprint."""

from __future__ import annotations

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

from kotodesk import verify
from kotodesk.storage import trust
from kotodesk.ui.verification_model import VerificationModel, status_text
from kotodesk.ui.worker import Worker
from kotodesk.workspace import Workspace


def trusted_fingerprints(workspace: Workspace) -> set[str]:
    return {s.fingerprint for s in trust.all_signers(workspace.store)}


def confirm_trust(parent: QWidget, result: verify.Verification) -> bool:
    """Ask the coordinator to compare the fingerprint (e.g. by phone) before trusting."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("VerifyDialog", "Trust this signer?"),
        QCoreApplication.translate(
            "VerifyDialog",
            "Trust {0} <{1}> ({2})?\n\nCompare this fingerprint with the one the signer reads "
            "to you from their kotodesk (Settings › Signing key and trust):\n\n{3}")
        .format(result.signer, result.email, result.unit, result.fingerprint))
    return answer == QMessageBox.StandardButton.Yes


class VerifyDialog(QDialog):
    def __init__(self, workspace: Workspace, files: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.files = files
        self.setWindowTitle(self.tr("Verify files"))
        self.resize(980, 420)
        self.model = VerificationModel(self)
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
        trusted = trusted_fingerprints(self.workspace)
        files = list(self.files)
        self.model.set_rows([])

        def work(progress, cancelled):
            results = []
            for i, path in enumerate(files):
                if cancelled():
                    break
                results.append(verify.verify_file(path, trusted))
                progress((i + 1) / len(files), path.name)
            return results

        self.progress.setVisible(True)
        self.worker = Worker(work, self)
        self.worker.progressed.connect(lambda f, _t: self.progress.setValue(int(f * 100)))
        self.worker.succeeded.connect(self._finished)
        self.worker.start()

    def _finished(self, results: list[verify.Verification]) -> None:
        self.worker.wait()
        self.model.set_rows(results)
        self.progress.setVisible(False)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 300))
        if results:
            self.view.selectRow(0)

    def _selected(self) -> verify.Verification | None:
        index = self.view.currentIndex()
        return index.data(VerificationModel.ResultRole) if index.isValid() else None

    def _show_details(self) -> None:
        result = self._selected()
        if result is None:
            return
        lines = [f"<b>{result.file.name}</b>: {status_text(result.status)}"]
        if result.message:
            lines.append(result.message)
        if result.fingerprint:
            lines.append(self.tr("Fingerprint (SHA-256): {0}").format(result.fingerprint))
        self.details.setText("<br>".join(lines))
        self.trust_button.setEnabled(result.status == verify.UNKNOWN_SIGNER
                                     and result.certificate is not None)

    def trust_selected(self) -> None:
        result = self._selected()
        if result is None or result.certificate is None or not confirm_trust(self, result):
            return
        trust.add(self.workspace.store, result.certificate, how="accepted")
        self.run()

    def done(self, code: int) -> None:
        self.worker.cancel()
        self.worker.wait()
        super().done(code)
