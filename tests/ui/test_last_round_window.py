"""The unit's window beside a measure, a round later: last round is what the coordinator's
package carried as merged; the unit's own draft that was never sent is shown apart."""

from __future__ import annotations

from datetime import date

from kotodesk.coordinator import intake
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.coordinator.package import import_package
from kotodesk.coordinator.signed_outputs import write_package
from kotodesk.datafolder.workspace import Workspace
from kotodesk.signing import keys
from kotodesk.storage import settings
from tests.returns_batch import fill
from tests.support import make_identity, write_return_xlsx
from tests.ui.conftest import UNIT


def test_a_draft_never_sent_is_shown_apart_and_not_copied(qtbot, workspace, tmp_path):
    from kotodesk.ui.app import Controller

    me = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                           unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    person = make_identity("Heli Henkilöstö", unit="Kaupunginkanslian henkilöstöosasto")
    coordinator = Workspace.open(tmp_path / "coordinator")
    try:
        write_package(coordinator, coordinator.round(), me, tmp_path / "p1.xlsx")
        import_package(workspace, tmp_path / "p1.xlsx", set(), accept=me.info.fingerprint)
        fill(workspace, UNIT, "2/3.2", status="green", narrative="Lähetetty teksti.")
        write_return_xlsx(workspace, UNIT, person, tmp_path / "r.xlsx")
        assert intake.take_in(coordinator, tmp_path / "r.xlsx",
                              {person.info.fingerprint}).accepted
        fill(workspace, UNIT, "2/3.1", status="green", narrative="Luonnos, jota ei lähetetty.")
        open_new_round(coordinator, coordinator.round().programme_id, "1–6/2024",
                       date(2024, 8, 31))
        write_package(coordinator, coordinator.round(), me, tmp_path / "p2.xlsx")
    finally:
        coordinator.close()
    import_package(workspace, tmp_path / "p2.xlsx", {me.info.fingerprint})

    settings.put(workspace.store, unit=UNIT, user_name="Heli", language="en")
    ctl = Controller(workspace)
    assert ctl.start("en")
    qtbot.addWidget(ctl.window)
    qtbot.waitExposed(ctl.window)
    editor = ctl.window.editor
    ctl.window.measures.select("2/3.1")
    assert "6–12/2023" in editor.previous_box.title()
    shown = editor.previous_text.text()
    assert shown.startswith("<b>Your unit&#x27;s text, not in the merged round</b>")
    assert "Luonnos, jota ei lähetetty." in shown and "not last round&#x27;s report" in shown
    assert "Your unit&#x27;s entry" not in shown
    assert not editor.copy_button.isEnabled()
    ctl.window.measures.select("2/3.2")
    shown = editor.previous_text.text()
    assert shown.startswith("<b>Your unit&#x27;s entry</b>") and "Lähetetty teksti." in shown
    assert editor.copy_button.isEnabled()
    ctl.session.flush()


def test_a_late_return_is_said_late_in_the_window_language(qtbot):
    from kotodesk.domain.messages import message
    from kotodesk.ui.i18n import Translations
    from kotodesk.ui.words import said

    note = message("after-deadline", signed="2025-03-31 00:00:01", deadline="2025-03-30")
    translations = Translations()
    try:
        assert translations.install("fi")
        assert said(note) == ("myöhässä: allekirjoitettu 2025-03-31 00:00:01 Helsingin aikaa, "
                              "määräajan 2025-03-30 jälkeen (keskiyö Helsingissä)")
        assert translations.install("sv")
        assert said(note) == ("försenad: undertecknad 2025-03-31 00:00:01 Helsingforstid, "
                              "efter sista dagen 2025-03-30 (midnatt i Helsingfors)")
    finally:
        translations.install("en")


def test_a_round_that_exists_and_a_closed_round_are_said_in_the_window_language(
        qtbot, workspace):
    import pytest

    from kotodesk.domain.errors import UsageError
    from kotodesk.domain.messages import message
    from kotodesk.ui.i18n import Translations
    from kotodesk.ui.words import error_text, said

    with pytest.raises(UsageError) as exists:
        open_new_round(workspace, workspace.round().programme_id, "6 - 12/2023",
                       date(2024, 8, 31))
    closed = message("round-closed-late", period="6–12/2023")
    translations = Translations()
    try:
        assert translations.install("fi")
        assert error_text(exists.value) == (
            "ohjelmalla kotoutuminen-2022-2025 on jo seurantakierros 6–12/2023 (avoin): anna "
            "toinen aikaväli tai avaa se kierros uudelleen (Avaa kierros uudelleen)")
        assert said(closed).startswith("seurantakierros 6–12/2023 on suljettu, eikä")
        assert translations.install("sv")
        assert error_text(exists.value).startswith(
            "programmet kotoutuminen-2022-2025 har redan uppföljningsomgången 6–12/2023 "
            "(öppen)")
        assert said(closed).endswith("(Öppna omgången igen) för att ta emot den")
    finally:
        translations.install("en")
