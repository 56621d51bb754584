"""E-mail drafts from the window: Remind in the completeness matrix (one draft per unit
that has not returned), the round package to each unit, and a unit's Send to coordinator
addressed from the round package it took in. Each draft goes to the desktop through
QDesktopServices.openUrl; the test holds the "file" handler, so no mail program starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kotodesk.signing import keys
from kotodesk.storage import trust
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.drafts_support import attachments, opened, parse  # noqa: F401
from tests.returns_batch import HENKILOSTO
from tests.ui.test_coordinator import PASSPHRASE, take_in


def test_remind_writes_and_opens_one_draft_per_unit_that_has_not_returned(
        qtbot, coordinator, batch, tmp_path, opened):  # noqa: F811
    take_in(qtbot, coordinator, [batch["folder"]])
    tab = coordinator.completeness
    coordinator.tabs.setCurrentWidget(tab)
    assert tab.remind_button.isEnabled()
    missing = tab.state.missing_units
    tab.remind(tmp_path / "muistutukset")
    written = sorted((tmp_path / "muistutukset").glob("*.eml"))
    assert len(written) == len(missing) >= 2
    assert sorted(opened.paths) == written  # each opened in the mail program
    assert f"Wrote {len(missing)} e-mail drafts" in tab.reminder_note.text()
    sotepe = next(p for p in written if "Sotepe" in p.name or "Sote" in p.name)
    message = parse(sotepe)
    assert message["X-Unsent"] == "1"
    assert message["Subject"].startswith("Reminder: Helsingin kaupungin kotoutumisen")
    body = message.get_body(("plain",)).get_content()
    assert "Sosiaali-, terveys- ja pelastustoimiala" in body and "Measures still missing" in body
    assert "Kirsi Koordinaattori" in body  # the coordinator's name from the settings


def test_the_package_goes_to_each_unit_and_the_return_comes_back_addressed(
        qtbot, batch, tmp_path, monkeypatch, window, opened):  # noqa: F811
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.ui import package_import
    from kotodesk.ui.export_dialog import ExportDialog

    coord_ws = Workspace.open(tmp_path / "coordinator")
    try:
        identity = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi.k@hel.fi",
                                     unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
        keys.save_identity(coord_ws.home, identity, PASSPHRASE)
        trust.add(coord_ws.store, identity.certificate, how="own")
        office = CoordinatorWindow(coord_ws, None)
        qtbot.addWidget(office)
        outputs = office.outputs
        assert not outputs.package_mail_button.isEnabled()  # no package written yet
        outputs.folder.setText(str(tmp_path / "out"))
        outputs.passphrase.setText(PASSPHRASE)
        qtbot.mouseClick(outputs.package_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outputs.worker is None, timeout=20000)
        [package] = list((tmp_path / "out").glob("kierrospaketti_*.xlsx"))
        assert outputs.package_mail_button.isEnabled()
        outputs.mail_package(tmp_path / "paketit")
        drafts = sorted((tmp_path / "paketit").glob("*.eml"))
        assert len(drafts) >= 10 and sorted(opened.paths) == drafts
        for path in drafts:
            message = parse(path)
            assert attachments(message) == {package.name: package.read_bytes()}
            assert message["Subject"].startswith("Round 6–12/2023: Helsingin kaupungin")
        office.close()
    finally:
        coord_ws.close()

    # The unit takes the package in: its coordinator, with the certificate's address.
    monkeypatch.setattr(package_import, "confirm_trust", lambda _parent, _result: True)
    window.take_in_package(package)
    session = window.session
    session.edit("2/3.1", "status", "yellow")
    session.edit("2/3.1", "narrative", "Rekrytointimallia kokeillaan Kontulassa ja Malmilla.")
    export = ExportDialog(session)
    qtbot.addWidget(export)
    export.folder.setText(str(tmp_path / "palautus"))
    export.passphrase.setText("yksikön-salasana")
    export.repeat.setText("yksikön-salasana")
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result is not None, timeout=30000)
    opened.paths.clear()
    qtbot.mouseClick(export.send_button, Qt.MouseButton.LeftButton)
    assert opened.paths == [export.draft]
    message = parse(export.draft)
    assert message["To"] == "Kirsi Koordinaattori <kirsi.k@hel.fi>"
    assert message["Subject"] == (
        "Return: Kaupunginkanslian henkilöstöosasto, Helsingin kaupungin kotoutumisen "
        "edistämisen painopisteet 2022–2025, round 6–12/2023")
    assert attachments(message) == {p.name: p.read_bytes()
                                    for p in (export.result.xlsx, export.result.pdf)}
    assert "Anna Testaaja" in message.get_body(("plain",)).get_content()
    assert session.unit_id == HENKILOSTO


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_an_unusable_address_is_named_in_the_window_language(
        qtbot, workspace, language, tmp_path, opened):  # noqa: F811
    """Remind by e-mail… counted a unit whose contact person's certificate says
    'eeva@hel' among those the register 'knows no address for'."""
    from kotodesk.coordinator.merged import completeness
    from kotodesk.coordinator.trusting import trust_signer
    from kotodesk.ui.coordinator import mail_actions
    from tests.ui.test_messages_language import english_in

    eeva = keys.new_identity(name="Eeva Esimerkki", email="eeva@hel",
                             unit="Kasvatuksen ja koulutuksen toimiala",
                             organisation="Helsingin kaupunki")
    trust_signer(workspace, eeva.certificate, role=trust.UNIT_CONTACT, units=["kasko"],
                 confirm=True)
    said = mail_actions.write_reminders(workspace, completeness(workspace, workspace.round()),
                                        tmp_path / "muistutukset")
    assert "'eeva@hel'" in said and "Eeva Esimerkki" in said
    assert {"fi": "ei ole sähköpostiosoite", "sv": "är inte en e-postadress"}[language] in said
    assert not english_in([said], [str(tmp_path), "Eeva Esimerkki", "'eeva@hel'"])
