"""A web address in a narrative, clicked: asked about first, never opened unasked.

kotodesk never opens a network connection, and a click on a link a unit typed ("see
https://…") would start the web browser, which does, without a word. The narratives are
still shown with their links (a reader expects to follow one), but a click names the
address and asks: open it in the web browser, copy it, or neither (the default, and
Escape). Every label that shows a narrative's links is guarded here (editor.py: the
links of the text being typed, last round's entry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget


def guard_links(label: QLabel) -> None:
    """The label's links ask before the browser opens (ask_before_opening)."""
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(label.textInteractionFlags()
                                  | Qt.TextInteractionFlag.LinksAccessibleByMouse)
    label.linkActivated.connect(lambda url: ask_before_opening(label, url))


def ask_before_opening(parent: QWidget, url: str) -> str:
    """Ask what to do with the link `url`: "open" (the browser was asked to open it),
    "copy" (the address is on the clipboard) or "" (nothing done)."""
    # Imported on a click, not with the editor: PySide6 makes each class's type and enum
    # types on its first import, ~1.5 ms of the window's start for these (issue 16).
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "Links", "Open a link"), QCoreApplication.translate(
        "Links", "The text links to\n\n{0}\n\nOpen it in the web browser? The browser "
        "connects to the internet; kotodesk itself never does.").format(url), parent=parent)
    opening = box.addButton(QCoreApplication.translate("Links", "&Open in browser"),
                            QMessageBox.ButtonRole.AcceptRole)
    copying = box.addButton(QCoreApplication.translate("Links", "&Copy address"),
                            QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is opening:
        QDesktopServices.openUrl(QUrl(url))
        return "open"
    if box.clickedButton() is copying:
        QGuiApplication.clipboard().setText(url)
        return "copy"
    return ""
