"""A text longer than an Excel cell holds, as a contact person meets it in a Finnish
window: the editor says so while it is pasted and typed, and the export refuses it in
Finnish, naming the measure and the field, before any file is written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kotodesk.domain.text import EXCEL_CELL_LIMIT
from tests.summary_layouts import narratives, seed_payload, text_of


def test_a_narrative_over_the_cell_limit_is_said_in_finnish_as_typed_and_at_export(
        qtbot, controller, tmp_path):
    from kotodesk.ui.export_dialog import ExportDialog

    assert controller.translations.install("fi")
    window = controller.window
    window.measures.select("2/3.1")
    box = window.editor.narrative
    box.setFocus()
    real = text_of(narratives(seed_payload(tmp_path / "seed")), 3, EXCEL_CELL_LIMIT)
    box.insertPlainText(real + " " * (EXCEL_CELL_LIMIT - len(real) - 1) + ".")  # pasted notes
    assert len(box.toPlainText()) == EXCEL_CELL_LIMIT
    editor = window.editor
    assert editor.count.text() == f"{EXCEL_CELL_LIMIT} merkkiä"  # all of it fits
    assert editor.too_long.isHidden()
    qtbot.keyClicks(box, "x")  # one character more
    assert editor.count.text() == "32768 merkkiä" and not editor.too_long.isHidden()
    assert "Se on enemmän kuin Excel-soluun mahtuu (32767): lyhennä tekstiä tai linkitä " \
        "pidempään tekstiin ennen kuin viet palautuksen." in editor.too_long.text()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert editor.count.text() == f"{EXCEL_CELL_LIMIT} merkkiä" and editor.too_long.isHidden()
    qtbot.keyClicks(box, "y")
    assert not editor.too_long.isHidden()
    window.measures.select("2/3.2")  # another measure's text: nothing to say
    assert editor.too_long.isHidden()
    window.measures.select("2/3.1")
    assert not editor.too_long.isHidden()
    controller.session.edit("2/3.1", "status", "green")

    dialog = ExportDialog(controller.session)
    qtbot.addWidget(dialog)
    out = tmp_path / "palautus"
    dialog.folder.setText(str(out))
    dialog.passphrase.setText("kotoutuminen")
    dialog.repeat.setText("kotoutuminen")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    said = dialog.message.text()
    assert ("toimenpide 2/3.1, ”Mitä on tehty”: 32768 merkkiä, mutta Excel-soluun mahtuu "
            "enintään 32767. Lyhennä tekstiä tai linkitä pidempään tekstiin.") in said
    assert dialog.result is None and not (out.exists() and any(out.iterdir()))
