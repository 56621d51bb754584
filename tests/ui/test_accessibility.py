"""Every control a keyboard or screen-reader user meets has a name, in the main window and
in the contact person's dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

NAMED = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls with neither an accessible name nor (buttons) a visible text."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == 0:
            continue
        if isinstance(widget, QAbstractButton):
            if not (widget.accessibleName() or widget.text().replace("&", "").strip()):
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, NAMED) and not widget.accessibleName():
            parent = widget.parentWidget()
            if isinstance(parent, (QComboBox, QAbstractSpinBox)):  # a combo's own editor
                continue
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(parent).__name__}")
    return missing


def test_main_window_controls_have_names(window):
    window.measures.select("2/3.2")
    assert unnamed(window) == []


def test_export_settings_and_key_dialogs_have_names(qtbot, controller):
    from kotodesk.ui.export_dialog import ExportDialog
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.settings_dialog import SettingsDialog

    workspace = controller.workspace
    dialogs = [ExportDialog(controller.session),
               SettingsDialog(workspace.register, language="en", unit_id=None, name="",
                              email="", first_run=True),
               KeysDialog(workspace)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__


def test_a_measure_row_is_read_as_a_sentence_without_the_shared_mark(window):
    """A screen reader read a shared measure as "3.3 ⇄ … avulla.. Not reported. …":
    the mark by its Unicode name and two full stops; "Reported together with other
    units" already says what the mark means."""
    from PySide6.QtCore import Qt

    model = window.measures.model
    spoken = [model.index_for_ref(ref).data(Qt.ItemDataRole.AccessibleTextRole)
              for ref in ("2/3.3", "2/3.1")]
    assert spoken[0] == ("3.3 Suomen/ruotsin kielen oppimista tuetaan työpaikalla "
                         "kaupunkiyhteisen toimintamallin avulla. Not reported. "
                         "Reported together with other units.")
    assert ".." not in spoken[1] and "⇄" not in spoken[1]


def test_the_coordinators_tabs_and_trust_dialogs_have_names(qtbot, coordinator, workspace,
                                                            batch):
    """Each tab of the coordinator's window shown in turn (a hidden tab's controls are
    not reached), and the dialogs a coordinator opens from Settings and Coordinator."""
    from kotodesk.datafolder.about import gather
    from kotodesk.ui.about_dialog import AboutDialog
    from kotodesk.ui.ca_dialog import CaDialog
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.verify_dialog import VerifyDialog

    coordinator.inbox.take_in_paths([batch["folder"]])
    qtbot.waitUntil(lambda: coordinator.inbox.run is None, timeout=60_000)
    for index in range(coordinator.tabs.count()):
        coordinator.tabs.setCurrentIndex(index)
        assert unnamed(coordinator) == [], coordinator.tabs.tabText(index)
    keys = KeysDialog(workspace)
    dialogs = [keys, CaDialog(workspace), AboutDialog(gather(workspace.home)),
               VerifyDialog(workspace, [])]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
    for index in range(keys.tabs.count()):
        keys.tabs.setCurrentIndex(index)
        assert unnamed(keys) == [], keys.tabs.tabText(index)
