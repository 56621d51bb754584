"""Signing key and trust: your own key (fingerprint, certificate to send, an organisation's
.p12/.pfx to use) and the signers whose files you trust (import a certificate, remove)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kotodesk import keys
from kotodesk.errors import KotodeskError
from kotodesk.storage import trust
from kotodesk.storage.received_trust import trust_signer
from kotodesk.ui.rows_model import RowsModel
from kotodesk.workspace import Workspace


class SignerModel(RowsModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Unit"), self.tr("How"),
                self.tr("Fingerprint")]

    def cell(self, row: trust.TrustedSigner, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return row.fingerprint
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        how = {"own": self.tr("your own key"), "imported": self.tr("certificate imported"),
               "accepted": self.tr("accepted after comparing")}.get(row.how, row.how)
        return [row.name, row.email, row.unit, how, row.fingerprint[:23] + "…"][column]


def _passphrase(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


class KeysDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Signing key and trust"))
        self.resize(760, 420)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Signing key and trust"))
        self.tabs.addTab(self._own_tab(), self.tr("&Your key"))
        self.tabs.addTab(self._trust_tab(), self.tr("&Trusted signers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.refresh()

    # -- your key --------------------------------------------------------------------------

    def _own_tab(self) -> QWidget:
        page = QWidget()
        self.own = QLabel()
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Save certificate…"))
        self.export_button.clicked.connect(self.export_certificate)
        self.import_button = QPushButton(self.tr("Use an &organisation's key (.p12/.pfx)…"))
        self.import_button.clicked.connect(self.import_p12)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.own)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _trust_tab(self) -> QWidget:
        page = QWidget()
        self.signers = SignerModel([], self)
        self.view = QTableView()
        self.view.setModel(self.signers)
        self.view.setAccessibleName(self.tr("Trusted signers"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Import certificate…"))
        add.clicked.connect(self.import_certificate)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_signer)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        note = QLabel(self.tr("Files signed by these people are shown as valid. Others' "
                              "signatures are checked too, but shown as from an unknown "
                              "signer until you trust them."))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        home = self.workspace.home
        if keys.has_identity(home):
            info = keys.describe(keys.own_certificate(home))
            form = [(self.tr("Name"), info.name), (self.tr("E-mail"), info.email),
                    (self.tr("Unit"), info.unit), (self.tr("Organisation"), info.organisation),
                    (self.tr("Valid until"), info.not_after.date().isoformat()),
                    (self.tr("Fingerprint (SHA-256)"), info.fingerprint)]
            self.own.setText("<table>" + "".join(
                f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{_escape(value)}</td></tr>"
                for label, value in form) + "</table><p>" + self.tr(
                "Read the fingerprint to the coordinator when they ask, and send them the "
                "certificate (it holds no secret).") + "</p>")
            self.export_button.setEnabled(True)
        else:
            self.own.setText(self.tr("You have no signing key yet. It is made when you first "
                                     "export a signed return, or you can use your "
                                     "organisation's key file."))
            self.export_button.setEnabled(False)
        self.signers.set_rows(trust.all_signers(self.workspace.store))

    def export_certificate(self) -> None:
        certificate = keys.own_certificate(self.workspace.home)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"),
            f"{keys.describe(certificate).name}.pem", self.tr("Certificate (*.pem)"))
        if name:
            from kotodesk.atomic import write_bytes

            write_bytes(Path(name), keys.certificate_pem(certificate))

    def import_p12(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation's key file"), "",
                                              self.tr("Key files (*.p12 *.pfx)"))
        if not name:
            return
        if keys.has_identity(self.workspace.home) and QMessageBox.question(
                self, self.tr("Replace your key?"),
                self.tr("This replaces the key kotodesk made for you. Files you signed "
                        "with it stay verifiable. Continue?")) != QMessageBox.StandardButton.Yes:
            return
        source = _passphrase(self, self.tr("Organisation's key file"),
                             self.tr("Passphrase of {0}:").format(Path(name).name))
        if source is None:
            return
        mine = _passphrase(self, self.tr("Your passphrase"), self.tr(
            "A passphrase of at least 8 characters for kotodesk to lock the key with "
            "(empty: the same as the file's):"))
        if mine is None:
            return
        try:
            identity = keys.import_p12(self.workspace.home, Path(name), source, mine or None)
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Organisation's key file"), str(exc))
            return
        trust.add(self.workspace.store, identity.certificate, how="own")
        self.refresh()

    def import_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if not name:
            return
        try:
            certificate = keys.load_certificate(Path(name))
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Import certificate"), str(exc))
            return
        info = keys.describe(certificate)
        if QMessageBox.question(
                self, self.tr("Trust this signer?"),
                self.tr("Trust {0} <{1}> ({2})?\n\nFingerprint:\n{3}").format(
                    info.name, info.email, info.unit, info.fingerprint)
        ) != QMessageBox.StandardButton.Yes:
            return
        trust_signer(self.workspace.store, certificate, how="imported")
        self.refresh()

    def remove_signer(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        signer = self.signers.row(index.row())
        trust.remove(self.workspace.store, signer.fingerprint)
        self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
