"""Qt tests run offscreen, and Qt's own standard paths point at test folders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths

from kotodesk.storage import settings

QStandardPaths.setTestModeEnabled(True)

UNIT = "kanslia-henkilosto"  # answers for 2/3.1–2/3.4: yes/no, percent and text indicators


@pytest.fixture
def controller(qtbot, workspace):
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja", language="en")
    ctl = Controller(workspace)
    assert ctl.start("en")
    qtbot.addWidget(ctl.window)
    qtbot.waitExposed(ctl.window)
    yield ctl
    ctl.session.flush()
    ctl.translations.install("en")  # a test that switched language leaves English behind


@pytest.fixture
def window(controller):
    return controller.window


@pytest.fixture
def main_window(qtbot, workspace):
    """The window before any unit is chosen (the catalogue for reading)."""
    from kotodesk.ui.app import Controller

    ctl = Controller(workspace)
    assert ctl.start("en", ask_first_run=False)
    qtbot.addWidget(ctl.window)
    qtbot.waitExposed(ctl.window)
    yield ctl.window
    del ctl


# The coordinator's window over a batch of real signed returns (tests/returns_batch.py),
# for tests/ui/test_coordinator*.py.
@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    from tests.returns_batch import make_batch

    folder = tmp_path_factory.mktemp("batch")
    made = make_batch(folder / "mail", folder / "unit")
    made["folder"] = folder / "mail"
    return made


@pytest.fixture
def coordinator(qtbot, workspace, batch):
    from kotodesk.storage import trust
    from kotodesk.ui.coordinator.window import CoordinatorWindow

    for unit in ("kasko", "kuva"):
        trust.add(workspace.store, batch["people"][unit].certificate)
    settings.put(workspace.store, user_name="Kirsi Koordinaattori")
    from kotodesk.ui.i18n import Translations

    # English as the window would load it (its plurals come from kotodesk_en.qm), not
    # whatever an earlier test left installed.
    Translations().install("en")
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def language(request, qtbot):
    """The window in the language a test is parametrised with (indirect), English after."""
    from kotodesk.ui.i18n import Translations

    translations = Translations()
    assert translations.install(request.param)
    yield request.param
    translations.install("en")
