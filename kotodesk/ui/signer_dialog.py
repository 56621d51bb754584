"""Trusting a signer: who the certificate says they are, their fingerprint to compare, and
the role and units the coordinator confirms (proposed from the certificate)."""

from __future__ import annotations

import html

from cryptography import x509
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.register import Register
from kotodesk.signing.keys import describe
from kotodesk.signing.trust_list import COORDINATOR, UNIT_CONTACT, proposal
from kotodesk.ui.words import local_date, unit_label_text, unit_text


class UnitChoiceModel(QStandardItemModel):
    """The register's units, each with a check box; the checked ones are chosen."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, register: Register, chosen: set[str], parent=None) -> None:
        super().__init__(parent)
        for unit in register.units.values():
            item = QStandardItem(unit_label_text(unit))
            item.setData(unit.id, self.IdRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if unit.id in chosen
                               else Qt.CheckState.Unchecked)
            self.appendRow(item)

    def chosen(self) -> list[str]:
        return [self.item(r).data(self.IdRole) for r in range(self.rowCount())
                if self.item(r).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, unit_ids: set[str]) -> None:
        for r in range(self.rowCount()):
            item = self.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(self.IdRole) in unit_ids
                               else Qt.CheckState.Unchecked)


class SignerDialog(QDialog):
    def __init__(self, register: Register, certificate: x509.Certificate, *,
                 role: str | None = None, units: list[str] | None = None,
                 compare: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust this signer?"))
        info = describe(certificate)
        proposed = proposal(certificate, register)
        esc = html.escape
        lines = [f"<b>{esc(info.name)}</b> &lt;{esc(info.email)}&gt;",
                 esc(self.tr("Certificate: unit {0}, organisation {1}, valid {2} – {3}").format(
                     info.unit or "–", info.organisation or "–",
                     local_date(info.not_before.date()), local_date(info.not_after.date())))]
        if compare:
            lines.append(esc(self.tr(
                "Compare this fingerprint with the one the signer reads to you from their "
                "kotodesk (Settings › Signing key and trust):")))
        lines.append(f"<tt>{esc(info.fingerprint)}</tt>")
        if units is None:
            lines.append(esc(self.tr("The role and units below are proposed from the "
                                     "certificate: check them.")))
            if proposed.note:
                lines.append(f"<i>{esc(proposed.note)}</i>")
        self.about = QLabel("<br>".join(lines))
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.role = QComboBox()
        self.role.addItem(self.tr("Unit contact person: returns for the units below"),
                          UNIT_CONTACT)
        self.role.addItem(self.tr("Coordinator: round packages and merged reports, and "
                                  "returns for the units below"), COORDINATOR)
        self.role.setCurrentIndex(max(0, self.role.findData(role or proposed.role)))
        self.role.setAccessibleName(self.tr("Role"))

        self.units = UnitChoiceModel(register, set(units if units is not None
                                                   else proposed.units), self)
        self.units.itemChanged.connect(self._count)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.units)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Type to find a unit, e.g. Kasko"))
        self.find.setAccessibleName(self.tr("Find a unit"))
        self.find.textChanged.connect(self.filtered.setFilterFixedString)
        self.unit_list = QListView()
        self.unit_list.setModel(self.filtered)
        self.unit_list.setAccessibleName(self.tr("Units the signer may speak for"))
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        hint = QLabel(self.tr("A division includes its units. The signer's returns count "
                              "only for these units, and only for the measures they answer "
                              "for."))
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Units:"), self.find)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Trust"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.unit_list, 1)
        layout.addWidget(self.chosen_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self._names = {u.id: unit_text(u) for u in register.units.values()}
        self._count()

    def _count(self) -> None:
        chosen = self.units.chosen()
        self.chosen_label.setText(
            self.tr("May speak for: {0}").format(", ".join(self._names[u] for u in chosen))
            if chosen else self.tr("May speak for no unit."))

    def choice(self) -> tuple[str, list[str]]:
        return self.role.currentData(), self.units.chosen()


def ask_signer(parent: QWidget | None, register: Register, certificate: x509.Certificate, *,
               role: str | None = None, units: list[str] | None = None,
               compare: bool = True) -> tuple[str, list[str]] | None:
    """The role and units the coordinator confirms for this certificate; None when they
    do not trust it after all."""
    dialog = SignerDialog(register, certificate, role=role, units=units, compare=compare,
                          parent=parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_about(parent: QWidget | None, workspace, certificate: x509.Certificate
              ) -> tuple[str, list[str]] | None:
    """ask_signer for a certificate that may be on the trust list already: the dialog
    starts from its current role and units, else from the certificate's proposal."""
    from kotodesk.ops.trust import signer

    current = signer(workspace, describe(certificate).fingerprint)
    return ask_signer(parent, workspace.register, certificate,
                      role=current.role if current else None,
                      units=list(current.units) if current and current.units is not None
                      else None)
