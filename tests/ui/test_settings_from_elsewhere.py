"""Settings a data folder carries from elsewhere: a language that a newer kotodesk saved
(or a damaged value) is not one this kotodesk speaks, and the window then speaks the
system's language throughout, not English menus over Finnish e-mail drafts."""

from __future__ import annotations

import pytest

from kotodesk.storage import settings
from kotodesk.ui.i18n import LANGUAGES, current_language, system_language
from tests.ui.conftest import UNIT


@pytest.mark.parametrize("saved", ["de", "fi\x00x", "FI", ""])
def test_a_language_this_kotodesk_does_not_speak_is_the_systems(qtbot, workspace, saved):
    from kotodesk.mail.texts import language as mail_language
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja", role="unit",
                 language=saved)
    controller = Controller(workspace)
    try:
        assert controller.start()
        qtbot.addWidget(controller.window)
        spoken = current_language()
        assert spoken in LANGUAGES and spoken == system_language()
        assert mail_language(spoken) == spoken  # the drafts speak the window's language
    finally:
        controller.session.flush()
        controller.translations.install("en")
