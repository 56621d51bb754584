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
