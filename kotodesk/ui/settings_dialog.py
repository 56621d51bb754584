"""First run and settings: language, the role of this data folder, the user's unit, name
and e-mail."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt
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
from kotodesk.ui.words import unit_label_text, unit_text

LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]


def swedish_label(unit: Unit) -> str:
    return unit_label_text(unit, "sv")


class SettingsDialog(QDialog):
    def __init__(self, register: Register, *, language: str, unit_id: str | None,
                 name: str, email: str, role: str = UNIT, first_run: bool = False,
                 switch_language: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        """`switch_language`: on a first run, the window's language follows the choice at
        once (the new user reads the rest of this dialog in it); in Settings the choice
        applies when accepted."""
        super().__init__(parent)
        self.register = register
        self.first_run = first_run
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        if switch_language is not None:
            def switch(_index: int) -> None:
                switch_language(self.language.currentData())
                self._retranslate()  # now, not when Qt's LanguageChange event comes

            self.language.currentIndexChanged.connect(switch)

        # Whose data folder this is: a unit's window offers no coordinator actions.
        self.role = QComboBox()
        self.role.addItem("", UNIT)
        self.role.addItem("", COORDINATOR)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.role.currentIndexChanged.connect(self._check)

        self._labels = {u.label: u for u in register.units.values()}
        # Swedish names too (Fostrans- och utbildningssektorn), found as the Finnish ones.
        swedish = {swedish_label(u): u for u in register.units.values() if u.name_sv}
        self._labels.update(swedish)
        self._swedish = set(swedish)
        self.unit = QLineEdit()
        self.unit_names = QStringListModel(self._ordered_labels(), self)  # kept: Qt does not
        completer = QCompleter(self.unit_names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.unit.setCompleter(completer)
        self.language.currentIndexChanged.connect(
            lambda _index: self.unit_names.setStringList(self._ordered_labels()))
        if unit_id in register.units:
            self.unit.setText(unit_label_text(register.units[unit_id], language))
        self.unit.textChanged.connect(self._check)
        self.unit_hint = QLabel()
        self.unit_hint.setWordWrap(True)

        self.name = QLineEdit(name)
        self.email = QLineEdit(email)

        form = QFormLayout()
        self._labels_of: dict[QWidget, QLabel] = {}
        for widget in (self.language, self.role, self.unit, self.unit_hint, self.name,
                       self.email):
            label = QLabel()
            label.setBuddy(widget)
            self._labels_of[widget] = label
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(first_run)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt's: a translator was installed
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _ordered_labels(self) -> list[str]:
        """The units' names for the search, those in the chosen language first: sorted
        alone, a Finnish dialog offered 'Fostrans- och utbildningssektorn (Kasko)' first
        for "Kasko", and the first offer is the one a person takes."""
        swedish = self.language.currentData() == "sv"
        return sorted(self._labels, key=lambda label: ((label in self._swedish) != swedish,
                                                        label.casefold()))

    def _retranslate(self) -> None:
        """Every text of the dialog, in the language installed now."""
        self.setWindowTitle(self.tr("Welcome to kotodesk") if self.first_run
                            else self.tr("Settings"))
        if self.first_run:
            self.intro.setText(self.tr(
                "kotodesk keeps your unit's status reports on this computer and works "
                "without a network. Choose your role and your unit: you will see the "
                "measures your unit is responsible for. A coordinator also opens rounds "
                "and merges the units' returns. You can change these later in Settings."))
        self.language.setAccessibleName(self.tr("Language"))
        self.role.setItemText(0, self.tr("Contact person of a unit: I fill in my unit's return"))
        self.role.setItemText(1, self.tr("Coordinator: I open rounds and merge the returns"))
        self.role.setAccessibleName(self.tr("Role"))
        self.unit.setPlaceholderText(self.tr("Type to search, e.g. Kasko, Kuva, Sotepe"))
        self.unit.setAccessibleName(self.tr("Your unit"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email.setAccessibleName(self.tr("Your e-mail"))
        for widget, text in ((self.language, self.tr("&Language:")),
                             (self.role, self.tr("&Role:")),
                             (self.unit, self.tr("Your &unit:")), (self.unit_hint, ""),
                             (self.name, self.tr("Your &name:")),
                             (self.email, self.tr("Your &e-mail:"))):
            self._labels_of[widget].setText(text)
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
            self.unit_hint.setText(self.tr("Reporting as: {0}").format(unit_text(unit)))
        elif self.unit.text().strip():
            self.unit_hint.setText(self.tr("Choose a unit from the list."))
        else:
            self.unit_hint.setText("")

    def values(self) -> dict[str, str]:
        unit = self.chosen_unit()
        return {"language": self.language.currentData(), "role": self.role.currentData(),
                "unit": unit.id if unit else "",
                "user_name": self.name.text().strip(), "user_email": self.email.text().strip()}
