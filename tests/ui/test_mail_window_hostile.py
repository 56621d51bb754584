"""Remind by e-mail in the window, in Finnish and Swedish, when the names come from a
certificate someone else made and the folder refuses a draft: the note says what happened
in the window's language, naming the file, and no draft half the batch is left; once the
folder takes them, every draft is there, opened, with the one address it may have."""

from __future__ import annotations

import email
import email.policy

import pytest

from kotodesk.coordinator.trusting import trust_signer
from kotodesk.storage import trust
from kotodesk.ui.coordinator.window import CoordinatorWindow
from tests.core.test_mail_hostile import INJECTION
from tests.drafts_support import opened  # noqa: F401
from tests.trust_support import named_certificate as certificate


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_reminders_from_hostile_names_to_a_refusing_folder_are_said_in_the_window_language(
        qtbot, language, workspace, tmp_path, opened):  # noqa: F811
    trust_signer(workspace, certificate("Eeva" + INJECTION, "eeva@hel.fi>, evil@x <a@b"),
                 role=trust.UNIT_CONTACT, units=["kuva"], confirm=True)
    trust_signer(workspace, certificate("Kalle" + INJECTION, "kalle@hel.fi"),
                 role=trust.UNIT_CONTACT, units=["kasko"], confirm=True)
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    tab = window.completeness
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    missing = len(tab.state.missing_units)
    folder = tmp_path / "muistutukset"
    blocked = folder / "muistutus_Kymp_6–12-2023.eml"
    blocked.mkdir(parents=True)  # a folder where a draft should go

    tab.remind(folder)
    note = tab.reminder_note.text()
    assert str(blocked) in note
    assert {"fi": "tiedostoa ei voitu kirjoittaa", "sv": "filen kunde inte skrivas"}[
        language] in note, note
    assert [p.name for p in folder.iterdir()] == [blocked.name] and opened.paths == []

    blocked.rmdir()
    tab.remind(folder)
    note = tab.reminder_note.text()
    assert {"fi": f"{missing} sähköpostiluonnosta tallennettu",
            "sv": f"{missing} e-postutkast har sparats"}[language] in note, note
    written = sorted(folder.glob("*.eml"))
    assert len(written) == missing and sorted(opened.paths) == written
    sent = {}
    for path in written:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.strict)
        assert message["Bcc"] is None
        sent[path.name] = [a.addr_spec for a in message["To"].addresses] \
            if message["To"] else []
    assert sent["muistutus_Kasko_6–12-2023.eml"] == ["kalle@hel.fi"]
    assert sent["muistutus_Kuva_6–12-2023.eml"] == []  # two addresses in one: none used
