"""Settings › Signing key › Request a certificate: the contact person asks the programme's
certificate authority for a certificate for the key they have (in the key file or on the
card), naming themselves and their unit. The request is signed by that key, so the
passphrase or the card's PIN is asked; the file goes to the coordinator, who compares the
key's fingerprint with the person before issuing."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.text import file_stem
from kotodesk.ops import settings
from kotodesk.signing import keys
from kotodesk.signing.pki.installed import token_choice, uses_token
from kotodesk.signing.pki.modules import TokenError
from kotodesk.signing.pki.requests import key_fingerprint, make_request
from kotodesk.system.atomic import write_bytes
from kotodesk.ui.token_messages import token_message
from kotodesk.ui.words import error_text, unit_label_text


class RequestDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.home = workspace.home
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Request a certificate from the programme"))
        self.setMinimumWidth(640)
        info = keys.describe(keys.own_certificate(self.home))
        intro = QLabel(self.tr(
            "The coordinator's certificate authority issues you a certificate that states "
            "the unit you report for. Then anyone who trusts the programme's certificate, "
            "in kotodesk or in a PDF reader, sees your returns as coming from your unit. "
            "Write the request, send the file to the coordinator, and read them your key's "
            "fingerprint when they call."))
        intro.setWordWrap(True)
        self.name = QLineEdit(info.name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.email = QLineEdit(info.email or settings.get(workspace, "user_email"))
        self.email.setAccessibleName(self.tr("Your e-mail"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Your unit"))
        register = workspace.register
        for label, unit_id in sorted((unit_label_text(u), u.id)
                                     for u in register.units.values()):
            self.unit.addItem(label, unit_id)
        mine = settings.get(workspace, "unit") or \
            getattr(register.find(info.unit) if info.unit else None, "id", "")
        self.unit.setCurrentIndex(max(0, self.unit.findData(mine)))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        on_card = uses_token(self.home)
        self.secret.setAccessibleName(self.tr("PIN") if on_card else self.tr("Passphrase"))
        folder = settings.get(workspace, "export_folder") or QStandardPaths.\
            writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out = QLineEdit(str(Path(folder) / (file_stem("varmennepyynto", info.name)
                                                 + ".csr")))
        self.out.setAccessibleName(self.tr("Request file"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &e-mail:"), self.email)
        form.addRow(self.tr("Your &unit:"), self.unit)
        form.addRow(self.tr("&PIN:") if on_card else self.tr("&Passphrase:"), self.secret)
        save_label = QLabel(self.tr("Save &as:"))
        save_label.setBuddy(self.out)  # the row is a layout: Qt would give it no buddy
        form.addRow(save_label, out_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write request"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.secret.setFocus()

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the request"),
                                              self.out.text(),
                                              self.tr("Certificate requests (*.csr)"))
        if name:
            self.out.setText(name)

    def _fail(self, text: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{_escape(text)}</span>")

    def write(self) -> None:
        if not self.name.text().strip():
            return self._fail(self.tr("Your name is needed for the certificate."))
        if not self.secret.text():
            return self._fail(self.tr("Enter your PIN.") if uses_token(self.home)
                              else self.tr("Enter your passphrase."))
        target = Path(self.out.text().strip()).expanduser()
        unit = self.workspace.register.units.get(self.unit.currentData())
        try:
            identity = keys.load_identity(self.home, self.secret.text())
            request = make_request(identity, name=self.name.text().strip(),
                                   email=self.email.text().strip(),
                                   unit=unit.name if unit else "",
                                   organisation=self.workspace.register.organisation)
            write_bytes(target, request.public_bytes(serialization.Encoding.PEM))
        except keys.PassphraseError:
            self.secret.selectAll()
            return self._fail(self.tr("Wrong passphrase. Try again."))
        except TokenError as exc:
            self.secret.selectAll()
            return self._fail(token_message(exc, token_choice(self.home).token))
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        self.secret.clear()
        self.written = target
        self.message.setText(_escape(self.tr(
            "Wrote {0}. Send it to the coordinator. Your key's fingerprint, to read to them: "
            "{1}").format(target, key_fingerprint(request.public_key()))))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
