"""A click on a web address in a narrative never starts the browser unasked: kotodesk
never opens a network connection, and the browser would, without a word. The click names
the address and asks; Copy puts it on the clipboard, Open hands it to the desktop. The
"http" and "https" handlers are taken, so the desktop's own opener is the one asked,
and no browser starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kotodesk.storage import settings

ADDRESS = "https://www.hel.fi/fi/kasvatus-ja-koulutus"


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened(qtbot):
    handler = Opened()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "take")
    yield handler
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def link_point(qtbot, label: QLabel) -> QPoint:
    """Where the pointer over the label turns into a hand: a link, as a person finds it."""
    for y in range(2, label.height(), 4):
        for x in range(2, label.width(), 6):
            point = QPoint(x, y)
            QApplication.sendEvent(label, QMouseEvent(
                QEvent.Type.MouseMove, QPointF(point), label.mapToGlobal(QPointF(point)),
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier))
            if label.cursor().shape() == Qt.CursorShape.PointingHandCursor:
                return point
    raise AssertionError(f"no link shown in {label.text()!r} ({label.size()})")


def when_asked(qtbot, label: QLabel, act) -> tuple[str, str, list[str]]:
    """Click the label's link; `act` on the question that comes: its title, text, buttons."""
    asked = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        asked.append((box.windowTitle(), box.text(),
                      [b.text().replace("&", "") for b in box.buttons()]))
        act(box)

    point = link_point(qtbot, label)
    QTimer.singleShot(0, look)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    return asked[0]


def click_and_answer(qtbot, label: QLabel, answer: str) -> str:
    """Click the link; press `answer` in the question that comes (its text returned)."""
    def press(box: QMessageBox) -> None:
        for button in box.buttons():
            if button.text().replace("&", "") == answer:
                button.click()
                return
        box.reject()

    return when_asked(qtbot, label, press)[1]


def test_a_typed_link_asks_before_the_browser_and_can_be_copied(window, qtbot, opened):
    editor = window.editor
    window.measures.select("2/3.1")
    editor.narrative.setPlainText(f"Ohje on julkaistu: {ADDRESS}")
    qtbot.waitUntil(lambda: ADDRESS in editor.links.text())
    QGuiApplication.clipboard().setText("")

    asked = click_and_answer(qtbot, editor.links, "Cancel")
    assert ADDRESS in asked and "kotodesk itself never does" in asked
    assert opened.urls == []

    click_and_answer(qtbot, editor.links, "Copy address")
    assert QGuiApplication.clipboard().text() == ADDRESS
    assert opened.urls == []

    click_and_answer(qtbot, editor.links, "Open in browser")
    assert opened.urls == [ADDRESS]


def test_a_link_in_last_rounds_text_asks_too(qtbot, workspace, opened):
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit="Nuorisopalvelut", user_name="Anna", language="en")
    ctl = Controller(workspace)
    assert ctl.start("en")
    qtbot.addWidget(ctl.window)
    qtbot.waitExposed(ctl.window)
    ctl.window.measures.select("3/3.2")  # the 2022–2023 report links to rauhankasvatus.fi
    label = ctl.window.editor.previous_text
    assert "https://rauhankasvatus.fi/" in label.text()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))

    asked = click_and_answer(qtbot, label, "Cancel")
    assert "https://rauhankasvatus.fi/antirasismi-nuorisotyossa/" in asked
    assert opened.urls == []
    ctl.session.flush()


@pytest.mark.parametrize(("language", "words"), [
    ("fi", ("Avaa linkki", "Avataanko se verkkoselaimessa?", "Kopioi osoite")),
    ("sv", ("Öppna en länk", "Öppna den i webbläsaren?", "Kopiera adressen"))],
    indirect=["language"])
def test_the_question_is_asked_in_the_windows_language(qtbot, language, words, opened):
    from kotodesk.ui.links import guard_links
    from kotodesk.ui.wrapping_label import WrappingLabel

    label = WrappingLabel(f"<a href='{ADDRESS}'>{ADDRESS}</a>")
    guard_links(label)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    title, text, buttons = when_asked(qtbot, label, QMessageBox.reject)
    assert title == words[0] and words[1] in text and ADDRESS in text
    assert words[2] in buttons and opened.urls == []
