"""Coordinator › Programme certificate authority: create the programme's CA, see the
contact persons' certificate requests, issue each a certificate stating the unit it may
speak for, and revoke one (a new revocation list, which the next round package carries).

Everything is done by `kotodesk.signing.pki.ca`, as `kotodesk ca …` does it; the CA's passphrase
(or its card's PIN) is asked in this dialog for each signing and not kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator.rejudge import rejudge_all
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.text import file_stem
from kotodesk.signing import keys
from kotodesk.signing.pki import ca
from kotodesk.signing.pki import store as pki_store
from kotodesk.signing.pki.modules import TokenError
from kotodesk.signing.pki.requests import RequestInfo, read_request
from kotodesk.system.atomic import write_bytes
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.token_messages import token_message
from kotodesk.ui.words import (
    REASON_WORDS,
    error_text,
    local_date,
    reason_text,
    unit_label_text,
    unit_text,
)


@dataclass
class Request:
    path: Path
    request: x509.CertificateSigningRequest
    info: RequestInfo
    issued: str = ""  # the serial of the certificate issued for it in this dialog


class RequestModel(RowsModel):
    NAME, EMAIL, UNIT, INTACT, STATE, KEY = range(6)  # the long fingerprint last

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Unit asked for"),
                self.tr("Request intact"), self.tr("State"),
                self.tr("Key fingerprint (SHA-256)")]

    def cell(self, row: Request, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path) if column != self.KEY else row.info.key_fingerprint
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        info = row.info
        return [info.name, info.email, info.unit,
                self.tr("Yes") if info.signature_valid else self.tr("NO: changed after it "
                                                                    "was made"),
                self.tr("Issued, serial {0}").format(row.issued) if row.issued
                else self.tr("Waiting"), info.key_fingerprint][column]


class IssuedModel(RowsModel):
    SERIAL, NAME, UNITS, UNTIL, STATE = range(5)

    def __init__(self, rows, unit_names: dict[str, str], parent=None) -> None:
        super().__init__(rows, parent)
        self.unit_names = unit_names

    def headers(self) -> list[str]:
        return [self.tr("Serial"), self.tr("Name"), self.tr("May speak for"),
                self.tr("Valid until"), self.tr("State")]

    def cell(self, row: pki_store.Issued, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        state = self.tr("Revoked {0} ({1})").format(local_date(row.revoked_at),
                                                reason_text(row.reason)) \
            if row.revoked_at else self.tr("Valid")
        return [row.serial, row.name,
                ", ".join(self.unit_names.get(u, u) for u in row.unit_ids),
                local_date(row.not_after), state][column]


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CaDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.home = workspace.home
        self.setWindowTitle(self.tr("Programme certificate authority"))
        self.resize(1000, 680)
        register = workspace.register

        # The CA itself: made here once, then shown.
        self.ca_box = QGroupBox(self.tr("Certificate authority"))
        self.ca_text = QLabel()
        self.ca_text.setWordWrap(True)
        self.ca_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(self._default_name())
        self.name.setAccessibleName(self.tr("Name of the certificate authority"))
        self.new_secret = QLineEdit()
        self.new_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_secret.setAccessibleName(self.tr("New passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("New passphrase again"))
        self.create_button = QPushButton(self.tr("C&reate certificate authority"))
        self.create_button.clicked.connect(self.create)
        self.save_root_button = QPushButton(self.tr("Save &root certificate…"))
        self.save_root_button.clicked.connect(lambda: self.save_root())
        self.create_form = QWidget()
        create = QFormLayout(self.create_form)
        create.setContentsMargins(0, 0, 0, 0)
        create.addRow(self.tr("&Name:"), self.name)
        create.addRow(self.tr("Passphrase for its &key:"), self.new_secret)
        create.addRow(self.tr("Passphrase &again:"), self.repeat)
        create.addRow("", self.create_button)
        ca_layout = QVBoxLayout(self.ca_box)
        ca_layout.addWidget(self.ca_text)
        ca_layout.addWidget(self.create_form)
        ca_layout.addWidget(self.save_root_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Requests and issuing.
        self.requests = RequestModel([], self)
        self.requests_view = _table(self.requests, self.tr("Certificate requests"))
        open_button = QPushButton(self.tr("&Open requests…"))
        open_button.clicked.connect(lambda: self.open_requests())
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit the certificate speaks for"))
        for label, unit_id in sorted((unit_label_text(u), u.id)
                                     for u in register.units.values()):
            self.unit.addItem(label, unit_id)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(ca.DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Validity"))
        self.issue_button = QPushButton(self.tr("&Issue certificate…"))
        self.issue_button.clicked.connect(lambda: self.issue_selected())
        issue_row = QHBoxLayout()
        issue_row.addWidget(open_button)
        unit_label = QLabel(self.tr("For &unit:"))
        unit_label.setBuddy(self.unit)
        issue_row.addWidget(unit_label)
        issue_row.addWidget(self.unit, 1)
        issue_row.addWidget(self.days)
        issue_row.addWidget(self.issue_button)
        requests_box = QGroupBox(self.tr("Certificate requests from contact persons"))
        requests_layout = QVBoxLayout(requests_box)
        check = QLabel(self.tr("Before issuing, call the person and compare the key "
                               "fingerprint they read from their kotodesk with the one "
                               "shown here."))
        check.setWordWrap(True)
        requests_layout.addWidget(check)
        requests_layout.addWidget(self.requests_view, 1)
        requests_layout.addLayout(issue_row)

        # What was issued, and revoking.
        self.issued = IssuedModel([], {u.id: unit_text(u) for u in register.units.values()}, self)
        self.issued_view = _table(self.issued, self.tr("Certificates issued"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for revoking"))
        for code in REASON_WORDS:  # the order offered
            self.reason.addItem(reason_text(code), code)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        revoke_row = QHBoxLayout()
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason)
        revoke_row.addStretch(1)
        revoke_row.addWidget(reason_label)
        revoke_row.addWidget(self.reason)
        revoke_row.addWidget(self.revoke_button)
        issued_box = QGroupBox(self.tr("Certificates issued"))
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addWidget(self.issued_view, 1)
        issued_layout.addLayout(revoke_row)

        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("The certificate authority's passphrase"))
        secret_row = QFormLayout()
        self.secret_label = QLabel(self.tr("Certificate authority's pass&phrase:"))
        self.secret_label.setBuddy(self.secret)
        secret_row.addRow(self.secret_label, self.secret)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.ca_box)
        layout.addWidget(requests_box, 1)
        layout.addWidget(issued_box, 1)
        layout.addLayout(secret_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.requests_view.selectionModel().currentRowChanged.connect(self._request_chosen)
        self.refresh()

    def _default_name(self) -> str:
        try:
            return self.workspace.catalogue().programme.name
        except KotodeskError:
            return ""

    def refresh(self) -> None:
        has = ca.has_ca(self.home)
        self.create_form.setVisible(not has)
        self.save_root_button.setVisible(has)
        for widget in (self.issue_button, self.revoke_button, self.secret):
            widget.setEnabled(has)
        if has:
            root = ca.root_certificate(self.home)
            info = keys.describe(root)
            where = self.tr("its key on a card or token") if ca.on_token(self.home) \
                else self.tr("its key in {0}, under its own passphrase").format(
                    ca.folder(self.home) / ca.CA_P12)
            self.ca_text.setText(_escape(self.tr(
                "{0}, valid until {1}; {2}. Root certificate fingerprint (SHA-256): {3}. Give "
                "the root certificate to everyone who verifies returns: kotodesk trusts it "
                "with Trust a certificate authority (Settings › Signing key and trust), a "
                "PDF reader in its trusted certificates. Keep a copy of the folder {4} with "
                "your backups.").format(
                    info.name, local_date(info.not_after.date()), where, info.fingerprint,
                    ca.folder(self.home))))
            self.secret_label.setText(self.tr("Card's &PIN:") if ca.on_token(self.home)
                                      else self.tr("Certificate authority's pass&phrase:"))
        else:
            self.ca_text.setText(self.tr(
                "This data folder runs no certificate authority yet. Create one for the "
                "programme: it issues the contact persons' certificates, each stating the "
                "unit it may speak for, so that nobody has to be trusted one by one."))
        self.issued.set_rows(pki_store.all_issued(self.workspace.store) if has else [])

    def _fail(self, text: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{_escape(text)}</span>")

    def create(self) -> None:
        secret = self.new_secret.text()
        if not self.name.text().strip():
            return self._fail(self.tr("The certificate authority needs a name."))
        if len(secret) < 8:
            return self._fail(self.tr("The passphrase must have at least 8 characters."))
        if secret != self.repeat.text():
            return self._fail(self.tr("The two passphrases differ."))
        try:
            root = ca.init_ca(self.workspace, self.name.text().strip(), passphrase=secret)
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        self.new_secret.clear()
        self.repeat.clear()
        self.refresh()
        self.message.setText(_escape(self.tr(
            "Created the certificate authority {0}. Returns certified by it now count here "
            "for the units their certificates state.").format(keys.describe(root).name)))

    def save_root(self, target: Path | None = None) -> Path | None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save root certificate"),
                file_stem("ohjelman-juurivarmenne", keys.describe(
                    ca.root_certificate(self.home)).name) + ".pem",
                self.tr("Certificate (*.pem)"))
            if not name:
                return None
            target = Path(name)
        try:
            write_bytes(target, keys.certificate_pem(ca.root_certificate(self.home)))
        except KotodeskError as exc:
            self._fail(error_text(exc))
            return None
        self.message.setText(_escape(self.tr("Wrote {0}.").format(target)))
        return target

    def open_requests(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Open certificate requests"), "",
                self.tr("Certificate requests (*.csr *.pem *.der);;All files (*)"))
            paths = [Path(n) for n in names]
        problems = []
        for path in paths:
            try:
                request, info = read_request(path)
            except KotodeskError as exc:
                problems.append(error_text(exc))
                continue
            self.requests.add(Request(path, request, info))
        if self.requests.rowCount() and not self.requests_view.currentIndex().isValid():
            self.requests_view.selectRow(0)
        if problems:
            self._fail("\n".join(problems))

    def _selected_request(self) -> Request | None:
        index = self.requests_view.currentIndex()
        return self.requests.row(index.row()) if index.isValid() else None

    def _request_chosen(self, *_args) -> None:
        chosen = self._selected_request()
        if chosen is None:
            return
        unit = self.workspace.register.find(chosen.info.unit) if chosen.info.unit else None
        if unit is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit.id)))

    def _load_ca(self):
        if not self.secret.text():
            self._fail(self.tr("Enter the certificate authority's passphrase."))
            self.secret.setFocus()
            return None
        try:
            return ca.load_ca(self.home, self.secret.text())
        except keys.PassphraseError:
            self._fail(self.tr("Wrong passphrase for the certificate authority's key."))
        except TokenError as exc:
            self._fail(token_message(exc, ""))
        except KotodeskError as exc:
            self._fail(error_text(exc))
        self.secret.selectAll()
        return None

    def issue_selected(self, target: Path | None = None) -> Path | None:
        """Issue a certificate for the selected request, for the unit chosen here, and
        write it with the root certificate, for the person to install."""
        chosen = self._selected_request()
        if chosen is None:
            self._fail(self.tr("Open a request and select it first."))
            return None
        if not chosen.info.signature_valid:
            self._fail(self.tr("The request {0} was changed after it was made: ask the "
                               "person for a new one.").format(chosen.path.name))
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the certificate"),
                str(chosen.path.with_name(file_stem("varmenne", chosen.info.name) + ".pem")),
                self.tr("Certificate (*.pem)"))
            if not name:
                return None
            target = Path(name)
        authority = self._load_ca()
        if authority is None:
            return None
        unit_id = self.unit.currentData()
        try:
            certificate = ca.issue(self.workspace, authority, chosen.request, [unit_id],
                                   days=self.days.value())
            write_bytes(target, keys.certificate_pem(certificate)
                        + keys.certificate_pem(authority.certificate))
        except KotodeskError as exc:
            self._fail(error_text(exc))
            return None
        self.secret.clear()
        chosen.issued = pki_store.serial_text(certificate.serial_number)
        self._next_request(self.requests_view.currentIndex().row())
        self.refresh()
        unit = self.workspace.register.units[unit_id]
        lines = [self.tr(
            "Issued a certificate to {0} for {1}, serial {2}; wrote {3}. Send the file to "
            "the person: they install it with Install issued certificate.").format(
                chosen.info.name, unit_text(unit), chosen.issued, target)]
        for other in ca.still_valid_beside(self.workspace.store, certificate):
            lines.append(self.tr(
                "The same key's certificate {0} ({1}, until {2}) stays valid: revoke it "
                "(Replaced by a new certificate) if this one replaces it.").format(
                    other.serial, self._unit_names(other), local_date(other.not_after)))
        self.message.setText(_escape(" ".join(lines)))
        return target

    def _next_request(self, done: int) -> None:
        """The request at row `done` was issued: its row says so, and the next one still
        waiting (after it, else before it) is selected with the keyboard in the list, so
        that a coordinator issuing many in a row goes straight on."""
        self.requests.row_changed(done)
        rows = self.requests.rows()
        waiting = [n for n in range(done + 1, len(rows)) if not rows[n].issued] + \
            [n for n in range(done) if not rows[n].issued]
        self.requests_view.selectRow(waiting[0] if waiting else done)
        self.requests_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unit_names(self, issued: pki_store.Issued) -> str:
        return ", ".join(self.issued.unit_names.get(u, u) for u in issued.unit_ids)

    def _selected_issued(self) -> pki_store.Issued | None:
        index = self.issued_view.currentIndex()
        return self.issued.row(index.row()) if index.isValid() else None

    def revoke_selected(self, confirm: bool = True) -> bool:
        chosen = self._selected_issued()
        if chosen is None:
            self._fail(self.tr("Select the certificate to revoke."))
            return False
        if chosen.revoked_at:
            self._fail(self.tr("That certificate is revoked already."))
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Revoke the certificate?"),
                self.tr("Revoke the certificate of {0} (serial {1})? Files signed with it stop "
                        "counting, also those merged already in open rounds. It cannot be "
                        "undone: the person needs a new certificate.").format(
                    chosen.name, chosen.serial)) != QMessageBox.StandardButton.Yes:
            return False
        authority = self._load_ca()
        if authority is None:
            return False
        try:
            ca.revoke(self.workspace, authority, chosen.serial, self.reason.currentData())
            rejudged = rejudge_all(self.workspace)
        except KotodeskError as exc:
            self._fail(error_text(exc))
            return False
        self.secret.clear()
        self.refresh()
        lines = [self.tr("Revoked the certificate of {0} (serial {1}). The new revocation "
                         "list travels in the next round package.").format(chosen.name,
                                                                           chosen.serial)]
        for other in ca.revoked_with(self.workspace.store, chosen.serial):
            lines.append(self.tr("Revoked with it, as the same key: {0} ({1}, serial {2})."
                                 ).format(other.name, self._unit_names(other), other.serial))
        if rejudged.held:
            lines.append(self.tr("No longer counts: {0}.").format(
                ", ".join(f.file_name for f in rejudged.held)))
        self.message.setText(_escape(" ".join(lines)))
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
