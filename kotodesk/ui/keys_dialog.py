"""Signing key and trust: your own key (fingerprint, certificate to send, an organisation's
.p12/.pfx to use) and the signers whose files you trust, each with a role and the units
they may speak for (import a certificate, edit, confirm a proposal, remove)."""

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

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import trust
from kotodesk.signing import keys
from kotodesk.signing.pki.installed import install_certificate, read_chain, token_choice, uses_token
from kotodesk.signing.trust_list import COORDINATOR, proposal
from kotodesk.ui import signer_dialog
from kotodesk.ui.operations import operations
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.words import error_text, local_date, unit_text


class SignerModel(RowsModel):
    """The trusted signers: name, role, the units they may speak for (proposed from the
    certificate until the coordinator chose them), whether confirmed, fingerprint."""

    NAME, EMAIL, ROLE, UNITS, CONFIRMED, FINGERPRINT = range(6)

    def __init__(self, rows, unit_names: dict[str, str], parent=None) -> None:
        super().__init__(rows, parent)
        self.unit_names = unit_names
        self.proposed: dict[str, tuple[str, ...]] = {}  # fingerprint -> proposed units

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Role"),
                self.tr("May speak for"), self.tr("Confirmed"), self.tr("Fingerprint")]

    def units_text(self, row: trust.TrustedSigner) -> str:
        units = row.units if row.units is not None else self.proposed.get(row.fingerprint, ())
        names = ", ".join(self.unit_names.get(u, u) for u in units) or self.tr("no unit")
        return names if row.units is not None else self.tr("{0} (proposed from the "
                                                           "certificate)").format(names)

    def cell(self, row: trust.TrustedSigner, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            how = {"own": self.tr("your own key"), "imported": self.tr("certificate imported"),
                   "accepted": self.tr("accepted after comparing")}.get(row.how, row.how)
            return {self.FINGERPRINT: row.fingerprint, self.UNITS: self.units_text(row)}.get(
                column, how)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return [row.name, row.email,
                self.tr("Coordinator") if row.role == COORDINATOR
                else self.tr("Unit contact person"),
                self.units_text(row),
                self.tr("Yes") if row.confirmed else self.tr("No: check and confirm"),
                row.fingerprint[:23] + "…"][column]


def _passphrase(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


class KeysDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Signing key and trust"))
        self.resize(980, 440)
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
        self.make_button = QPushButton(self.tr("&Make a signing key…"))
        self.make_button.clicked.connect(self.make_key)
        self.token_button = QPushButton(self.tr("Use a &card or token…"))
        self.token_button.clicked.connect(self.choose_token)
        self.request_button = QPushButton(self.tr("Re&quest a certificate…"))
        self.request_button.setToolTip(self.tr("Ask the programme's certificate authority "
                                               "for a certificate stating your unit"))
        self.request_button.clicked.connect(self.request_certificate)
        self.install_button = QPushButton(self.tr("I&nstall issued certificate…"))
        self.install_button.clicked.connect(self.install_certificate)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addWidget(self.token_button)
        row.addStretch(1)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.request_button)
        ca_row.addWidget(self.install_button)
        ca_row.addStretch(1)
        self.key_message = QLabel()
        self.key_message.setWordWrap(True)
        self.key_message.setAccessibleName(self.tr("What the last change did"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.own)
        layout.addLayout(row)
        layout.addLayout(ca_row)
        layout.addWidget(self.key_message)
        layout.addStretch(1)
        return page

    def _trust_tab(self) -> QWidget:
        page = QWidget()
        register = self.workspace.register
        self.signers = SignerModel([], {u.id: unit_text(u) for u in register.units.values()}, self)
        self.view = QTableView()
        self.view.setModel(self.signers)
        self.view.setAccessibleName(self.tr("Trusted signers"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SignerModel.UNITS, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.edit_signer())
        add = QPushButton(self.tr("&Import certificate…"))
        add.clicked.connect(self.import_certificate)
        self.edit_button = QPushButton(self.tr("&Edit role and units…"))
        self.edit_button.clicked.connect(self.edit_signer)
        self.confirm_button = QPushButton(self.tr("Con&firm as shown"))
        self.confirm_button.clicked.connect(self.confirm_signer)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_signer)
        anchor = QPushButton(self.tr("Trust a certificate &authority…"))
        anchor.setToolTip(self.tr("Trust the programme's root certificate, or your "
                                  "organisation's CA chain, once: every return certified by "
                                  "it counts for the units its certificate states"))
        anchor.clicked.connect(lambda: self.trust_anchor())
        row = QHBoxLayout()
        for button in (add, self.edit_button, self.confirm_button, self.remove_button, anchor):
            row.addWidget(button)
        row.addStretch(1)
        self.trust_message = QLabel()
        self.trust_message.setWordWrap(True)
        self.trust_message.setAccessibleName(self.tr("What the last change did"))
        note = QLabel(self.tr("Files signed by these people are shown as valid, and a return "
                              "counts only for the units its signer may speak for; round "
                              "packages and merged reports only from a coordinator. Others' "
                              "signatures are checked too, but their files are held apart "
                              "until you trust them."))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.trust_message)
        self.view.selectionModel().currentRowChanged.connect(self._enable)
        return page

    def _selected(self) -> trust.TrustedSigner | None:
        index = self.view.currentIndex()
        return self.signers.row(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        signer = self._selected()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(signer is not None)
        self.confirm_button.setEnabled(signer is not None and not signer.confirmed)

    def refresh(self) -> None:
        home = self.workspace.home
        if keys.has_identity(home):
            info = keys.describe(keys.own_certificate(home))
            form = [(self.tr("Name"), info.name), (self.tr("E-mail"), info.email),
                    (self.tr("Unit"), info.unit), (self.tr("Organisation"), info.organisation),
                    (self.tr("Valid until"), local_date(info.not_after.date())),
                    (self.tr("Fingerprint (SHA-256)"), info.fingerprint)]
            if uses_token(home):
                form.insert(0, (self.tr("Key"), self.tr("on the card or token {0} (the PIN "
                                                        "is asked when you sign)").format(
                    token_choice(home).token)))
            chain = read_chain(home)
            if chain:
                form.append((self.tr("Issued by"), ", ".join(
                    keys.describe(c).name or c.subject.rfc4514_string() for c in chain)))
            self.own.setText("<table>" + "".join(
                f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{_escape(value)}</td></tr>"
                for label, value in form) + "</table><p>" + self.tr(
                "Read the fingerprint to the coordinator when they ask, and send them the "
                "certificate (it holds no secret).") + "</p>")
            self.export_button.setEnabled(True)
            self.make_button.setVisible(False)
            self.request_button.setEnabled(True)
            self.install_button.setEnabled(True)
        else:
            self.own.setText(self.tr("You have no signing key yet. Make one here (a "
                                     "coordinator needs one to sign round packages and "
                                     "merged reports), or use your organisation's key "
                                     "file; a contact person's is also made on the first "
                                     "export of a signed return."))
            self.export_button.setEnabled(False)
            self.make_button.setVisible(True)
            self.request_button.setEnabled(False)
            self.install_button.setEnabled(False)
        signers = trust.signers(self.workspace)
        register = self.workspace.register
        self.signers.proposed = {s.fingerprint: proposal(s.certificate, register).units
                                 for s in signers if s.units is None}
        self.signers.set_rows(signers)
        self._enable()

    def make_key(self) -> None:
        from kotodesk.ui.new_key_dialog import NewKeyDialog

        if NewKeyDialog(self.workspace, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def export_certificate(self) -> None:
        certificate = keys.own_certificate(self.workspace.home)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"),
            f"{keys.describe(certificate).name}.pem", self.tr("Certificate (*.pem)"))
        if name:
            from kotodesk.system.atomic import write_bytes

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
            QMessageBox.warning(self, self.tr("Organisation's key file"), error_text(exc))
            return
        self._announce(trust.trust_signer(self.workspace, identity.certificate, how="own"))
        self.refresh()

    def choose_token(self) -> None:
        from kotodesk.ui.token_dialog import TokenDialog

        TokenDialog(self.workspace, self).exec()
        self.refresh()

    def request_certificate(self) -> None:
        from kotodesk.ui.request_dialog import RequestDialog

        RequestDialog(self.workspace, self).exec()

    def install_certificate(self, path: Path | None = None) -> None:
        """Use the certificate the programme's CA issued for this key (the .pem file the
        coordinator sent); no passphrase: only the public key has to match."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Install issued certificate"), "",
                self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
            if not name:
                return
            path = Path(name)
        try:
            issued, chain = install_certificate(self.workspace.home, path,
                                                self.workspace.store)
        except KotodeskError as exc:
            self.key_message.setText(_escape(error_text(exc)))
            return
        operations(self.workspace).announce(trust.trust_own(self.workspace, issued), self)
        info = keys.describe(issued)
        self.key_message.setText(_escape(self.tr(
            "Installed the certificate of {0}, {1}, issued by {2}; your signatures carry it "
            "from now on.").format(info.name, info.unit, ", ".join(
                keys.describe(c).name for c in chain))))
        self.refresh()

    def trust_anchor(self, path: Path | None = None) -> None:
        """Trust a certificate authority (`kotodesk trust add-anchor`)."""
        from kotodesk.coordinator.anchors import add_anchors

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Trust a certificate authority"), "",
                self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
            if not name:
                return
            path = Path(name)
        try:
            added, done = add_anchors(self.workspace, path)
        except KotodeskError as exc:
            self.trust_message.setText(_escape(error_text(exc)))
            return
        parts = [self.tr("Trusted certificate authority: {0}.").format(
            ", ".join(a.name for a in added))]
        if done.counted:
            parts.append(self.tr("Count now: {0}.").format(
                ", ".join(f.file_name for f in done.counted)))
        self.trust_message.setText(_escape(" ".join(parts)))
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
            QMessageBox.warning(self, self.tr("Import certificate"), error_text(exc))
            return
        chosen = signer_dialog.ask_about(self, self.workspace, certificate)
        if chosen is None:
            return
        self._apply(lambda: trust.trust_signer(
            self.workspace, certificate, how="imported", role=chosen[0], units=chosen[1],
            confirm=True))

    def edit_signer(self) -> None:
        signer = self._selected()
        if signer is None:
            return
        chosen = signer_dialog.ask_signer(
            self, self.workspace.register, signer.certificate, role=signer.role,
            units=list(signer.units) if signer.units is not None else None, compare=False)
        if chosen is not None:
            self._apply(lambda: trust.set_signer(self.workspace, signer.fingerprint,
                                                 role=chosen[0], units=chosen[1],
                                                 confirm=True))

    def confirm_signer(self) -> None:
        signer = self._selected()
        if signer is None:
            return
        units = signer.units if signer.units is not None else \
            self.signers.proposed.get(signer.fingerprint, ())
        self._apply(lambda: trust.set_signer(self.workspace, signer.fingerprint,
                                             units=list(units), confirm=True))

    def remove_signer(self) -> None:
        signer = self._selected()
        if signer is None or QMessageBox.question(
                self, self.tr("Remove trust?"),
                self.tr("Stop trusting {0}? Their received returns are held apart from now "
                        "on, and the round is merged again without them.").format(signer.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self._apply(lambda: trust.untrust(self.workspace, signer.fingerprint))

    def _announce(self, done):
        """Tell the application's views what a trust operation changed; its TrustChange."""
        change, changes = done
        operations(self.workspace).announce(changes, self)
        return change

    def _apply(self, change) -> None:
        """Make one change of the trust list and say what it did to received files."""
        try:
            done = self._announce(change())
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Trusted signers"), error_text(exc))
            return
        parts = []
        if done.counted:
            parts.append(self.tr("Count now: {0}.").format(
                ", ".join(f.file_name for f in done.counted)))
        if done.held:
            parts.append(self.tr("Held apart now: {0}.").format(
                ", ".join(f.file_name for f in done.held)))
        self.trust_message.setText(" ".join(parts))
        self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
