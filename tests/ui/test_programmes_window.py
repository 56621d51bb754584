"""Several programmes in the real window: the picker, the closed 2019 report read-only,
Mukana's goal-less measures, and the import dialog's question."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kotodesk.catalogue.text_format import read_table_text
from kotodesk.storage import entries, rounds, settings
from kotodesk.ui.catalogue_model import CatalogueTreeModel
from kotodesk.ui.import_dialog import ImportChoiceDialog
from tests.support import SEED_001
from tests.ui.conftest import UNIT

OLD = "kotouttamisohjelma-2017-2021"
MUKANA = "mukana"


def pick(window, programme_id: str) -> None:
    """Choose a programme in the toolbar's combo box, as a user does."""
    index = window.programmes.findData(programme_id)
    assert index >= 0
    window.programmes.setCurrentIndex(index)
    window.programmes.activated.emit(index)


def test_the_window_opens_on_the_open_round_and_lists_every_programme(window):
    combo = window.programmes
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "kotoutuminen-2022-2025", OLD, MUKANA]
    assert combo.currentData() == "kotoutuminen-2022-2025"
    assert window.session.round.period == "6–12/2023"
    assert "6–12/2023" in window.windowTitle()


def test_the_2019_report_is_shown_whole_and_read_only(qtbot, controller, workspace):
    window = controller.window
    pick(window, OLD)
    assert window.session.round.period == "2019"
    assert "closed" in window.header.text()
    assert len(window.measures.refs()) == 68  # a closed round is read whole
    assert "closed" in window.validation.summary.text()
    # Theme 2's goals are not filed under single measures: its row lists them.
    education = window.measures.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "13. Kasvatuksen ja koulutuksen toimialalla työskentelevien" in education

    window.measures.select("1/1.1")
    editor = window.editor
    assert editor.notice.isVisibleTo(window)
    assert "This round is closed" in editor.notice.text()
    assert "Stadin osaamiskeskus" in editor.notice.text()  # whose entry is shown
    assert editor.narrative.isReadOnly()
    assert editor.narrative.toPlainText().startswith("Vuonna 2019 asiakasohjaus")
    assert all(not b.isEnabled() for b in editor.status._group.buttons())
    # The report has no status word for 1.1: none is shown, and the notice says so.
    assert not any(b.isChecked() for b in editor.status._group.buttons())
    assert "The report states no status for this measure." in editor.notice.text()
    assert "793" in editor.indicator_report.text()
    assert "15 % (2016–2019) [kirjattu tekstinä" in editor.indicator_report.text()
    assert not editor.indicators.widget("Uudet asiakkaat osaamiskartoituksessa vuosittain"
                                        ).isEnabled()

    window.measures.tree.setFocus()
    qtbot.keyClick(window.measures.tree, "1")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    editor.narrative.setFocus()
    qtbot.keyClicks(editor.narrative, "more text")
    assert not window.session.dirty
    assert window.session.status("1/1.1") is None
    stored = entries.load_entry(workspace.store, window.session.round.id, "1/1.1",
                                "kasko-stadin-osaamiskeskus")
    assert stored.status is None and stored.narrative.startswith("Vuonna 2019")

    window.measures.select("2/4.5")  # "Käynnistymässä.": not started, red by the legend
    assert editor.status._group.buttons()[2].isChecked()
    window.measures.select("3/7.3")  # three responsible units, none named by the text
    assert "what the report said for the measure as a whole" in editor.notice.text()
    assert editor.narrative.toPlainText().startswith("HAM on järjesti")


def test_the_window_reopens_on_the_programme_last_picked(qtbot, controller, workspace):
    from kotodesk.ui.app import Controller

    pick(controller.window, OLD)
    assert settings.get(workspace.store, "programme") == OLD
    again = Controller(workspace)
    assert again.start("en")
    qtbot.addWidget(again.window)
    assert again.session.catalogue.programme.id == OLD
    assert again.window.programmes.currentData() == OLD
    pick(again.window, "kotoutuminen-2022-2025")
    assert again.session.round.state == "open"
    assert again.window.measures.refs() == ["2/3.1", "2/3.2", "2/3.3", "2/3.4"]


def test_mukana_without_a_round_can_be_read(controller):
    window = controller.window
    pick(window, MUKANA)
    assert window.session.round is None
    assert "no reporting round" in window.header.text()
    window.measures.select("1/1")
    assert "No reporting round is open" in window.editor.notice.text()
    assert window.editor.narrative.isReadOnly()


def test_mukana_measures_without_goals_sit_under_their_theme_and_can_be_reported(
        qtbot, controller, workspace):
    rounds.add_round(workspace.store, MUKANA, 1, "2024", state="open")
    window = controller.window
    pick(window, MUKANA)
    model = window.measures.model
    first_theme = model.index(0, 0)
    assert model.rowCount(first_theme) == 4
    children = [model.index(r, 0, first_theme) for r in range(4)]
    assert {c.data(CatalogueTreeModel.KindRole) for c in children} == {"measure"}
    assert children[0].data() == "1 Kontulan 3.-luokkalaisille harrastus"  # the title line
    assert "Kontula" in children[0].data(Qt.ItemDataRole.ToolTipRole)
    assert len(window.measures.refs()) == 11  # no responsible unit: every measure is open

    qtbot.keyClicks(window.measures.search, "mellunm")
    assert window.measures.refs() == ["1/3"]
    window.measures.search.clear()

    window.measures.select("1/3")
    editor = window.editor
    assert "Tags: Mellunmäki; Malmi; Kannelmäki" in editor.info.location.text()
    assert "any unit may report" in editor.partners.text()
    assert not editor.notice.isVisibleTo(window)
    qtbot.mouseClick(editor.status._group.buttons()[0], Qt.MouseButton.LeftButton)
    editor.narrative.setFocus()
    qtbot.keyClicks(editor.narrative, "Kokeilut alkoivat kolmessa koulussa.")
    assert window.session.flush()
    saved = entries.load_entry(workspace.store, window.session.round.id, "1/3", UNIT)
    assert (saved.status, saved.narrative) == ("green", "Kokeilut alkoivat kolmessa koulussa.")
    assert window.validation.model.rowCount() == 0


def _answer_modals(qtbot, steps):
    """Answer the modal dialogs that open, in order: each step gets the active one."""
    remaining = list(steps)

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not remaining:
            return
        remaining.pop(0)(dialog)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    return timer, remaining


def test_gui_import_asks_new_programme_or_new_version(qtbot, controller, tmp_path):
    window = controller.window
    path = tmp_path / "uusi.txt"
    path.write_text("Uusi ohjelma 2026–2028\n\nTeema A\t\t\t\n"
                    "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
                    "1. Tavoite\t1.1 Tehdään\tTehty (kyllä/ei)\tKasko\n", encoding="utf-8")
    seen = {}

    def choose_new(dialog):
        assert isinstance(dialog, ImportChoiceDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_before"] = ok.isEnabled()  # nothing matched: nothing is chosen for the user
        dialog.as_new.click()
        seen["ok_after"] = ok.isEnabled()
        ok.click()

    def close_report(box):
        assert isinstance(box, QMessageBox)
        seen["report"] = box.text()
        box.accept()

    timer, remaining = _answer_modals(qtbot, [choose_new, close_report])
    window.import_file(path)
    qtbot.waitUntil(lambda: not remaining)
    timer.stop()
    assert seen["ok_before"] is False and seen["ok_after"] is True
    assert "new programme Uusi ohjelma 2026–2028" in seen["report"]
    window = controller.window
    assert window.session.catalogue.programme.id == "uusi-ohjelma-2026-2028"
    assert window.programmes.count() == 4
    assert window.programmes.currentData() == "uusi-ohjelma-2026-2028"


def test_import_dialog_offers_the_programme_the_file_names(qtbot, workspace):
    from kotodesk.storage import catalogues

    dialog = ImportChoiceDialog("catalogue.tsv", read_table_text(SEED_001),
                                catalogues.list_programmes(workspace.store),
                                "kotoutuminen-2022-2025")
    qtbot.addWidget(dialog)
    assert dialog.as_version.isChecked()
    assert dialog.choice() == ("kotoutuminen-2022-2025", False)
    dialog.programme.setCurrentIndex(dialog.programme.findData(MUKANA))
    dialog.programme.activated.emit(dialog.programme.currentIndex())
    assert dialog.choice() == (MUKANA, False)
    dialog.as_new.click()
    assert dialog.choice() == (None, True)
