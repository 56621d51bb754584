"""First run and settings: language, the role of this data folder, the user's unit, name
and e-mail."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kotodesk.datafolder.roles import COORDINATOR, UNIT
from kotodesk.domain.model import Unit
from kotodesk.domain.register import Register

LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]


class SettingsDialog(QDialog):
    def __init__(self, register: Register, *, language: str, unit_id: str | None,
                 name: str, email: str, role: str = UNIT, first_run: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Welcome to kotodesk") if first_run else self.tr("Settings"))
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language"))

        # Whose data folder this is: a unit's window offers no coordinator actions.
        self.role = QComboBox()
        self.role.addItem(self.tr("Contact person of a unit: I fill in my unit's return"),
                          UNIT)
        self.role.addItem(self.tr("Coordinator: I open rounds and merge the returns"),
                          COORDINATOR)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.role.setAccessibleName(self.tr("Role"))
        self.role.currentIndexChanged.connect(self._check)

        self._labels = {u.label: u for u in register.units.values()}
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Type to search, e.g. Kasko, Kuva, Sotepe"))
        self.unit.setAccessibleName(self.tr("Your unit"))
        self.unit_names = QStringListModel(sorted(self._labels), self)  # kept: Qt does not
        completer = QCompleter(self.unit_names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.unit.setCompleter(completer)
        if unit_id in register.units:
            self.unit.setText(register.units[unit_id].label)
        self.unit.textChanged.connect(self._check)
        self.unit_hint = QLabel()
        self.unit_hint.setWordWrap(True)

        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.email = QLineEdit(email)
        self.email.setAccessibleName(self.tr("Your e-mail"))

        form = QFormLayout()
        for label, widget in ((self.tr("&Language:"), self.language),
                              (self.tr("&Role:"), self.role),
                              (self.tr("Your &unit:"), self.unit),
                              ("", self.unit_hint),
                              (self.tr("Your &name:"), self.name),
                              (self.tr("Your &e-mail:"), self.email)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr(
                "kotodesk keeps your unit's status reports on this computer and works "
                "without a network. Choose your role and your unit: you will see the "
                "measures your unit is responsible for. A coordinator also opens rounds "
                "and merges the units' returns. You can change these later in Settings."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._check()

    def chosen_unit(self) -> Unit | None:
        text = self.unit.text().strip()
        return self._labels.get(text) or self.register.find(text)

    def _check(self) -> None:
        unit = self.chosen_unit()
        needed = self.role.currentData() == UNIT  # a coordinator may report for no unit
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            unit is not None or (not needed and not self.unit.text().strip()))
        if unit is not None:
            self.unit_hint.setText(self.tr("Reporting as: {0}").format(unit.name))
        elif self.unit.text().strip():
            self.unit_hint.setText(self.tr("Choose a unit from the list."))
        else:
            self.unit_hint.setText("")

    def values(self) -> dict[str, str]:
        unit = self.chosen_unit()
        return {"language": self.language.currentData(), "role": self.role.currentData(),
                "unit": unit.id if unit else "",
                "user_name": self.name.text().strip(), "user_email": self.email.text().strip()}
