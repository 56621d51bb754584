"""A Swedish window: the unit picker finds Helsingfors stad's Swedish names, and the
status buttons speak Swedish while a programme's own words stay its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from kotodesk.domain.model import Programme, StatusLevel
from kotodesk.ui.i18n import Translations
from kotodesk.ui.settings_dialog import SettingsDialog
from kotodesk.ui.status_buttons import StatusButtons


def test_the_unit_picker_finds_a_unit_by_its_swedish_name(qtbot, workspace):
    dialog = SettingsDialog(workspace.register, language="sv", unit_id=None, name="Stina",
                            email="stina@hel.fi", first_run=True)
    qtbot.addWidget(dialog)
    completer = dialog.unit.completer()
    completer.setCompletionPrefix("utbildningssektorn")
    offered = [completer.completionModel().index(i, 0).data()
               for i in range(completer.completionCount())]
    assert offered == ["Fostrans- och utbildningssektorn (Kasko)"]
    qtbot.keyClicks(dialog.unit, offered[0])
    assert dialog.chosen_unit().id == "kasko"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.unit.setText("stadsmiljösektorn")  # typed whole, in lower case
    assert dialog.chosen_unit().id == "kymp"


def test_status_buttons_speak_swedish_and_keep_a_programmes_own_words(qtbot, workspace):
    translations = Translations()
    translations.install("sv")
    try:
        buttons = StatusButtons()
        qtbot.addWidget(buttons)
        buttons.set_programme(workspace.catalogue(workspace.round().programme_id).programme)
        texts = [b.text() for b in buttons._group.buttons()]
        assert texts == ["1  Har inletts och framskrider enligt tidsplanen",
                         "2  Har inletts men ligger efter tidsplanen",
                         "3  Har inte inletts / inleds inte"]
        own = Programme("oma", "Oma", scale=(
            StatusLevel("done", "Valmis", "#2e7d32", (("sv", "Klar"),)),
            StatusLevel("late", "Myöhässä", "#f9a825")))
        buttons.set_programme(own)
        assert [b.text() for b in buttons._group.buttons()] == ["1  Klar", "2  Myöhässä"]
    finally:
        translations.install("en")


def test_a_swedish_window_names_the_unit_as_the_city_does_in_swedish(qtbot, workspace):
    from kotodesk.ui.round_header import RoundHeader

    round_ = workspace.round()
    programme = workspace.catalogue(round_.programme_id).programme
    header = RoundHeader()
    qtbot.addWidget(header)
    translations = Translations()
    try:
        for language, unit, shown in (
                ("sv", "kanslia-henkilosto", "Enhet: Stadskansliets personalavdelning"),
                ("sv", "kasko-tyovaenopisto", "Enhet: Työväenopisto"),  # no Swedish name
                ("fi", "kanslia-henkilosto", "Yksikkö: Kaupunginkanslian henkilöstöosasto")):
            translations.install(language)
            header.show_round(programme, round_, workspace.register.units[unit])
            assert shown in header.text()
    finally:
        translations.install("en")


def test_the_coordinators_lists_name_units_as_the_city_does_in_swedish(qtbot, workspace):
    # A full round's completeness matrix, statuses and conflicts in a Swedish window
    # named every unit in Finnish ("Kasvatuksen ja koulutuksen toimiala").
    from PySide6.QtCore import Qt

    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel, short_name

    units = workspace.register.units
    model = UnitReturnsModel()
    model.units = units
    translations = Translations()
    try:
        translations.install("sv")
        assert short_name(units["kasko"], units) == "Fostrans- och utbildningssektorn"
        assert short_name(units["kanslia-henkilosto"], units) == \
            "Stadskansliets personalavdelning"
        assert short_name(units["kuva-nuorisopalvelut"], units) == "Kuva: nuorisopalvelut"
        row = type("Row", (), {"unit": units["kymp"]})()
        assert model.cell(row, model.UNIT, Qt.ItemDataRole.DisplayRole) == "Stadsmiljösektorn"
        assert model.cell(row, model.UNIT, Qt.ItemDataRole.AccessibleTextRole) == \
            "Stadsmiljösektorn"
        translations.install("fi")
        assert short_name(units["kasko"], units) == "Kasvatuksen ja koulutuksen toimiala"
        assert model.cell(row, model.UNIT, Qt.ItemDataRole.AccessibleTextRole) == \
            "Kaupunkiympäristön toimiala"
    finally:
        translations.install("en")
