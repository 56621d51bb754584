"""The window shows the embedded catalogue; choosing a measure shows its details."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kotodesk.ui.catalogue_model import CatalogueTreeModel


def test_model_holds_the_catalogue_as_theme_goal_measure(workspace, qtmodeltester):
    model = CatalogueTreeModel()
    model.set_catalogue(workspace.catalogue())
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    theme = model.index(1, 0)
    assert theme.data().startswith("2. Työllisyys ja työvoima")
    goal = model.index(1, 0, theme)
    measure = model.index(1, 0, goal)
    assert measure.data(CatalogueTreeModel.RefRole) == "2/2.3"
    assert measure.data(CatalogueTreeModel.KindRole) == "measure"
    assert len(model.refs()) == 47


def test_clicking_a_measure_shows_its_text_and_monitoring(qtbot, main_window):
    tree = main_window.measures.tree
    main_window.measures.select("1/1.1")
    index = main_window.measures.proxy.mapFromSource(
        main_window.measures.model.index_for_ref("2/2.3"))
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(index).center())
    info = main_window.editor.info
    assert "Toimialat ohjaavat asiakasta tarpeen mukaan" in info.title.text()
    assert "palveluprosessin käynnistämistä" in info.monitoring.text()
    assert "Työllisyys ja työvoima" in info.location.text()


def test_keyboard_moves_through_measures(qtbot, main_window):
    main_window.measures.select("1/1.1")
    qtbot.keyClick(main_window.measures.tree, Qt.Key.Key_Down)
    assert "1.2" in main_window.editor.info.title.text()
    qtbot.keyClick(main_window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert main_window.measures.current_ref() == "1/1.3"
