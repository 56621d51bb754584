"""Settings › Signing key and trust › Make a signing key: a coordinator (or anyone) makes
their key without exporting a return first. Every window that shows the signer hears of
the new key through the application's one signal (Changes.keys)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import settings
from kotodesk.ops.keys import PassphrasesDiffer, PassphraseTooShort, check_new_passphrase
from kotodesk.ops.trust import trust_own
from kotodesk.signing import keys
from kotodesk.ui.operations import operations
from kotodesk.ui.words import error_text


class NewKeyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Make a signing key"))
        note = QLabel(self.tr(
            "kotodesk makes your signing key and keeps it on this computer, locked with a "
            "passphrase of at least 8 characters. You need the passphrase every time you "
            "sign; nobody can recover it."))
        note.setWordWrap(True)
        self.name = QLineEdit(settings.get(workspace, "user_name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email = QLineEdit(settings.get(workspace, "user_email"))
        self.email.setAccessibleName(self.tr("Your e-mail"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &e-mail:"), self.email)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase &again:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make key"))
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.passphrase if self.name.text() else self.name).setFocus()

    def make(self) -> None:
        secret = self.passphrase.text()
        if not self.name.text().strip():
            return self._fail(self.tr("Your name is needed for the signature."))
        try:
            check_new_passphrase(secret, self.repeat.text())
        except PassphraseTooShort:
            return self._fail(self.tr("The passphrase must have at least 8 characters."))
        except PassphrasesDiffer:
            return self._fail(self.tr("The two passphrases differ."))
        ws = self.workspace
        unit = ws.register.units.get(settings.get(ws, "unit"))
        try:
            identity = keys.new_identity(name=self.name.text().strip(),
                                         email=self.email.text().strip(),
                                         unit=unit.name if unit else "",
                                         organisation=ws.register.organisation)
            keys.save_identity(ws.home, identity, secret)
            changes = trust_own(ws, identity.certificate)
        except (KotodeskError, OSError) as exc:
            return self._fail(error_text(exc))
        operations(ws).announce(changes, self)
        self.accept()

    def _fail(self, text: str) -> None:
        self.message.setText(text)
