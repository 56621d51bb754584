"""The language a new user picks on the first run: the welcome dialog turns to it at
once (the rest of the dialog is read in it), the window opens in it, and the next start
remembers it whatever the system's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from kotodesk.storage import settings
from kotodesk.ui.i18n import current_language
from tests.ui.test_keyboard_walkthrough import check, when_modal


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_the_welcome_turns_to_the_language_chosen_and_it_is_remembered(qtbot, workspace):
    from kotodesk.ui.app import Controller

    seen: dict[str, list[str]] = {}

    def choose(dialog) -> None:
        for code in ("sv", "fi"):
            dialog.language.setCurrentIndex(dialog.language.findData(code))
            QApplication.processEvents()  # Qt's own buttons turn on its LanguageChange event
            seen[code] = [*_texts(dialog), dialog.windowTitle(), dialog.role.itemText(0),
                          dialog.unit.placeholderText(), dialog.unit.accessibleName(),
                          dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()]
        dialog.unit.setText("Kasko")
        dialog.name.setText("Eeva Esimerkki")
        dialog.accept()

    errors = when_modal(choose)
    controller = Controller(workspace)
    started = controller.start("en")  # as a system in English would
    check(errors)
    assert started
    qtbot.addWidget(controller.window)
    try:
        assert "Välkommen till kotodesk" in seen["sv"]
        assert any("fungerar utan nätverk" in t for t in seen["sv"])
        assert "Din &enhet:" in seen["sv"] and "Din enhet" in seen["sv"]
        assert "Avbryt" in seen["sv"]
        assert "Tervetuloa kotodeskiin" in seen["fi"]
        assert any("toimii ilman verkkoyhteyttä" in t for t in seen["fi"])
        assert "Yksikkösi" in seen["fi"] and "Peru" in seen["fi"]  # Qt's own button too
        assert current_language() == "fi"
        assert controller.window.menuBar().actions()[0].text() == "&Tiedosto"
        assert settings.get(workspace.store, "language") == "fi"
    finally:
        controller.session.flush()
        controller.translations.install("en")
    again = Controller(workspace)
    try:
        assert again.start(None)
        qtbot.addWidget(again.window)
        assert current_language() == "fi"
    finally:
        again.translations.install("en")
