"""The editor's Last round box after the catalogue changed between rounds: the measure
renumbered 1.3 -> 1.2 shows what its unit wrote of it, never the text of the removed 1.2;
a new measure under a freed number shows no last round."""

from __future__ import annotations

import pytest

from kotodesk.storage import settings
from tests.core.test_catalogue_between_rounds import changed  # noqa: F401 (the fixture)


@pytest.fixture
def elinkeino(qtbot, changed):  # noqa: F811 (the fixture)
    from kotodesk.ui.app import Controller

    settings.put(changed.store, unit="kanslia-elinkeino", user_name="Eila Elinkeino",
                 language="en")
    controller = Controller(changed)
    assert controller.start("en")
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    yield controller.window
    controller.session.flush()


def test_the_last_round_box_follows_the_measure_not_its_old_number(elinkeino):
    editor = elinkeino.editor
    elinkeino.measures.select("1/1.2")
    assert "6–12/2023" in editor.previous_box.title()
    shown = editor.previous_text.text()
    assert "Ajankohtaiskirjeet kuudella kielellä." in shown, shown
    assert "InfoFinland" not in shown
    assert editor.copy_button.isEnabled()
    editor.copy_previous()
    assert editor.narrative.toPlainText() == "Ajankohtaiskirjeet kuudella kielellä."
