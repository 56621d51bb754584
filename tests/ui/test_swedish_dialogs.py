"""A Swedish window's dialogs name units as Helsingfors stad does in Swedish and write
dates as a Finland-Swedish reader does (7.12.2026). Seen under the real window: the
export dialog said "Rapporten från Kaupunginkanslian henkilöstöosasto", the editor
"Rapporteras tillsammans med Kasvatuksen ja koulutuksen toimiala …", the trust dialog
listed every unit in Finnish and gave the certificate's validity as 2026-12-07."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from kotodesk.documents.verify import Verification
from kotodesk.storage import trust
from kotodesk.ui.ca_dialog import CaDialog
from kotodesk.ui.export_dialog import ExportDialog
from kotodesk.ui.i18n import Translations
from kotodesk.ui.keys_dialog import KeysDialog
from kotodesk.ui.settings_dialog import SettingsDialog
from kotodesk.ui.signer_dialog import SignerDialog
from kotodesk.ui.verification_model import VerificationModel
from kotodesk.ui.words import local_date
from tests.trust_support import KASKO, person

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def swedish():
    translations = Translations()
    assert translations.install("sv")
    yield
    translations.install("en")


def test_the_contact_persons_dialogs_name_the_unit_in_swedish(qtbot, controller, swedish):
    window = controller.window
    export = ExportDialog(controller.session, window)
    qtbot.addWidget(export)
    said = " ".join(label.text() for label in export.findChildren(QLabel))
    assert "Stadskansliets personalavdelning" in said
    assert "Kaupunginkanslian henkilöstöosasto" not in said

    window.measures.select("2/3.2")
    window.measures.select("2/3.3")  # shared with the four divisions
    partners = window.editor.partners.text()
    assert partners.startswith("Rapporteras tillsammans med ")
    assert "Fostrans- och utbildningssektorn" in partners
    assert KASKO not in partners

    settings = SettingsDialog(controller.workspace.register, language="sv", unit_id="kasko",
                              name="Anna", email="anna@hel.fi")
    qtbot.addWidget(settings)
    assert settings.unit.text() == "Fostrans- och utbildningssektorn (Kasko)"
    assert settings.values()["unit"] == "kasko"


def test_the_trust_dialogs_name_units_and_days_as_a_swedish_reader_does(
        qtbot, workspace, swedish):
    kaisa = person("Kaisa Kasko", KASKO)
    register = workspace.register
    dialog = SignerDialog(register, kaisa.certificate)
    qtbot.addWidget(dialog)
    listed = [dialog.units.item(r).text() for r in range(dialog.units.rowCount())]
    assert "Fostrans- och utbildningssektorn (Kasko)" in listed
    assert "Kasvatuksen ja koulutuksen toimiala (Kasko)" not in listed
    assert dialog.chosen_label.text() == "Får svara för: Fostrans- och utbildningssektorn"
    about = dialog.about.text()
    assert not ISO_DAY.search(about), about
    assert local_date(kaisa.info.not_after.date()) in about
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", local_date(kaisa.info.not_after.date()))

    trust.add(workspace.store, kaisa.certificate)
    keys = KeysDialog(workspace)
    qtbot.addWidget(keys)
    cells = [keys.signers.index(0, c).data() for c in range(keys.signers.columnCount())]
    assert cells[3].startswith("Fostrans- och utbildningssektorn ("), cells

    model = VerificationModel(register=register)
    model.set_rows([Verification(file=workspace.home / "x.xlsx", status="valid", unit=KASKO)])
    assert model.index(0, model.UNIT).data() == "Fostrans- och utbildningssektorn"

    ca = CaDialog(workspace)
    qtbot.addWidget(ca)
    offered = [ca.unit.itemText(i) for i in range(ca.unit.count())]
    assert "Fostrans- och utbildningssektorn (Kasko)" in offered
    assert offered == sorted(offered)


def test_a_day_is_written_in_the_windows_locale(swedish):
    from datetime import date

    assert local_date(date(2026, 12, 7)) == "7.12.2026"
    assert local_date("2031-12-06T10:00:00+00:00") == "6.12.2031"
    assert local_date("") == ""
    assert local_date("no date") == "no date"


def test_the_completeness_tab_shows_the_units_swedish_names_whole(qtbot, coordinator, batch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle

    from kotodesk.ui.coordinator.completeness_models import UnitReturnsModel

    tab = coordinator.completeness
    coordinator.tabs.setCurrentWidget(tab)
    translations = Translations()
    translations.install("sv")
    try:
        tab.refresh()
        view, column = tab.units_view, UnitReturnsModel.UNIT
        # the text's room in a cell, as Qt's item delegate leaves it
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = view.columnWidth(column) - 2 * margin
        names = [tab.units.index(r, column).data() for r in range(tab.units.rowCount())]
        assert "Social-, hälsovårds- och räddningssektorn" in names
        metrics = view.fontMetrics()
        elided = [n for n in names
                  if metrics.elidedText(n, Qt.TextElideMode.ElideMiddle, width) != n]
        assert elided == []
    finally:
        translations.install("en")


def test_the_shortcuts_list_names_keys_as_the_menus_do_in_each_language(window):
    from kotodesk.ui.help_dialogs import shortcut_rows

    translations = Translations()
    try:
        for language, tab, shift in (("fi", "Vaihto+Sarkain", "Vaihto"),
                                     ("sv", "Skift+Tab", "Skift")):
            translations.install(language)
            rows = shortcut_rows(window)
            keys = [k for k, _ in rows]
            assert any(tab in k for k in keys), keys
            assert not any("Shift" in k for k in keys), keys
            assert any(shift in k for k in keys)
            assert all(keys), rows  # no action listed without its keys
    finally:
        translations.install("en")


def test_the_cores_messages_say_days_and_revocation_reasons_in_the_windows_words(
        qtbot, swedish):
    # "utfärdaren återkallade certifikatet (serienummer 1F) den 2026-12-07, orsak:
    # key_compromise": the core's day and code, as the command line writes them.
    from kotodesk.domain.messages import joined, message
    from kotodesk.ui.words import said

    revoked = message("certificate-revoked-because", serial="1F",
                      date="2026-12-07", reason="key_compromise")
    again = message("already-received", file="palautus.xlsx", date="2026-12-06")
    text = said(joined([revoked, again]))
    assert "den 7.12.2026, orsak: " in text and "key_compromise" not in text
    assert "6.12.2026" in text and "2026-12-0" not in text
    assert str(revoked).endswith("on 2026-12-07, reason: key_compromise")  # the CLI's


def test_a_core_message_names_the_units_in_swedish_in_a_swedish_window(swedish):
    """The core names units as it keeps them, in Finnish; a Swedish window said
    "inte sammanförd, Kasvatuksen ja koulutuksen toimiala svarar inte för …" (probe-words
    left it). A unit without a Swedish name keeps its own, whole."""
    from kotodesk.domain.messages import listed, message
    from kotodesk.ui.words import said

    text = said(message("unit-does-not-answer", unit="Kasvatuksen ja koulutuksen toimiala",
                        measures="1/1.1"))
    assert "Fostrans- och utbildningssektorn" in text and "Kasvatuksen" not in text, text
    youth = "Kulttuurin ja vapaa-ajan toimialan nuorisopalvelut"
    text = said(message("may-speak-for", signer="Eeva", unit="Kulttuurin ja vapaa-ajan toimiala",
                        units=listed([youth, "Kasvatuksen ja koulutuksen toimiala"])))
    assert f"{youth}, Fostrans- och utbildningssektorn" in text, text
    assert "Kultur- och fritidssektorn" in text, text
    # A name is replaced whole, never inside another word (a unit not in the register).
    assert said(message("unit-not-registered", unit="'Kulttuurin ja vapaa-ajan toimialan "
                        "uusi yksikkö'")).count("Kulttuurin ja vapaa-ajan toimialan") == 1
    Translations().install("fi")
    assert "Kasvatuksen ja koulutuksen toimiala" in said(message(
        "unit-does-not-answer", unit="Kasvatuksen ja koulutuksen toimiala", measures="1/1.1"))
