"""Settings › Signing key › Use a card or token: the PKCS#11 module (OpenSC's by default
on each platform), the token in the reader, and the certificate whose key signs.

Choosing needs no PIN: certificates are public on a token. The PIN is asked each time
something is signed, and never stored (`kotodesk.signing.pki.tokens`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import trust
from kotodesk.signing import keys
from kotodesk.signing.pki.installed import token_choice, use_token, uses_token
from kotodesk.signing.pki.modules import (
    TokenCertificate,
    TokenError,
    TokenInfo,
    default_module,
    list_tokens,
)
from kotodesk.signing.pki.tokens import TokenChoice
from kotodesk.ui.operations import operations
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.token_messages import token_message
from kotodesk.ui.words import error_text, local_date


@dataclass(frozen=True)
class CardKey:
    """One certificate on one token: a row of the table."""

    token: TokenInfo
    certificate: TokenCertificate


class CardKeyModel(RowsModel):
    TOKEN, NAME, UNIT, VALID, USE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Card or token"), self.tr("Name"), self.tr("Unit"),
                self.tr("Valid until"), self.tr("Can sign")]

    def cell(self, row: CardKey, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.USE:
            return row.certificate.problem or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        info = keys.describe(row.certificate.certificate)
        if column == self.TOKEN:
            locked = self.tr(" (PIN locked)") if row.token.pin_locked else ""
            return f"{row.token.label}{locked}"
        if column == self.USE:
            return self.tr("No: not for signatures") if row.certificate.problem \
                else self.tr("Yes")
        return [None, info.name, info.unit, local_date(info.not_after.date())][column]


class TokenDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.home = workspace.home
        self.chosen: TokenChoice | None = None
        self.setWindowTitle(self.tr("Sign with a card or token"))
        self.resize(820, 420)
        intro = QLabel(self.tr(
            "Your signing key can stay on your organisation's smart card or a USB token. "
            "kotodesk reaches it through the card software's PKCS#11 module. The PIN is "
            "asked each time you sign, and never stored."))
        intro.setWordWrap(True)
        current = token_choice(self.home) if uses_token(self.home) else None
        self.module = QLineEdit(current.module if current else (default_module() or ""))
        self.module.setAccessibleName(self.tr("PKCS#11 module"))
        self.module.setPlaceholderText(self.tr("OpenSC is not installed: choose the card "
                                               "software's module"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.look_button = QPushButton(self.tr("&Look for cards"))
        self.look_button.clicked.connect(self.look)
        module_row = QHBoxLayout()
        module_label = QLabel(self.tr("&Module:"))
        module_label.setBuddy(self.module)
        module_row.addWidget(module_label)
        module_row.addWidget(self.module, 1)
        module_row.addWidget(browse)
        module_row.addWidget(self.look_button)

        self.keys_model = CardKeyModel([], self)
        self.view = QTableView()
        self.view.setModel(self.keys_model)
        self.view.setAccessibleName(self.tr("Certificates on the cards"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.use_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = self.buttons.addButton(self.tr("&Sign with this key"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(module_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.view.selectionModel().currentRowChanged.connect(self._selected_changed)
        if current:
            self.message.setText(self.tr("This data folder signs with {0}.").format(
                current.describe()))
        if self.module.text():
            self.look()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("PKCS#11 module"), str(Path(self.module.text()).parent),
            self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"))
        if name:
            self.module.setText(name)
            self.look()

    def look(self) -> None:
        """List every certificate on every token the module sees."""
        try:
            path, tokens = list_tokens(self.module.text().strip() or None)
        except KotodeskError as exc:
            self.keys_model.set_rows([])
            self.message.setText(token_message(exc, "") if isinstance(exc, TokenError)
                                 else error_text(exc))
            return self._selected_changed()
        self.module.setText(path)
        rows = [CardKey(t, c) for t in tokens for c in t.certificates]
        self.keys_model.set_rows(rows)
        if not tokens:
            self.message.setText(self.tr("No card or token found: is the card in the reader?"))
        elif not rows:
            self.message.setText(self.tr("The card holds no certificate: a key without its "
                                         "certificate cannot sign."))
        else:
            self.message.setText(self.tr("Choose the certificate to sign with: on an "
                                         "organisation card, the one for signatures."))
            usable = [i for i, r in enumerate(rows) if not r.certificate.problem]
            self.view.selectRow(usable[0] if usable else 0)
        self._selected_changed()

    def _selected(self) -> CardKey | None:
        index = self.view.currentIndex()
        return self.keys_model.row(index.row()) if index.isValid() else None

    def _selected_changed(self, *_args) -> None:
        row = self._selected()
        self.use_button.setEnabled(row is not None and not row.certificate.problem
                                   and not row.token.pin_locked)
        if row is not None and row.certificate.problem:
            self.message.setText(self.tr("This certificate may not sign documents: {0}")
                                 .format(row.certificate.problem))
        elif row is not None and row.token.pin_locked:
            self.message.setText(self.tr("The PIN of this card is locked: unlock it with the "
                                         "PUK code first."))

    def use_selected(self) -> None:
        row = self._selected()
        if row is None or not self.use_button.isEnabled():
            return
        if keys.has_identity(self.home) and not uses_token(self.home) and QMessageBox.question(
                self, self.tr("Sign with the card?"),
                self.tr("From now on this data folder signs with the key on the card "
                        "instead of your key file. The key file stays on this computer, and "
                        "files you signed with it stay verifiable. Continue?")
        ) != QMessageBox.StandardButton.Yes:
            return
        choice = TokenChoice(self.module.text().strip(), row.token.label,
                             key_id=row.certificate.key_id,
                             key_label="" if row.certificate.key_id else row.certificate.label)
        try:
            certificate = use_token(self.home, choice)
        except KotodeskError as exc:
            self.message.setText(token_message(exc, row.token.label)
                                 if isinstance(exc, TokenError) else error_text(exc))
            return
        operations(self.workspace).announce(trust.trust_own(self.workspace, certificate), self)
        self.chosen = choice
        info = keys.describe(certificate)
        self.message.setText(self.tr("Signing with the card {0}: {1}, {2}. The PIN is asked "
                                     "when you sign.").format(row.token.label, info.name,
                                                              info.unit))
