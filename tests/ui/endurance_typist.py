"""A person typing a round into the real main window, for the endurance test (not a test).

    python tests/ui/endurance_typist.py HOME UNIT [SCALE]

Types the seed 002 narratives (the city's own words, Finnish letters, line breaks) through
Qt's key events: SCALE × 10,000 characters into one measure's narrative, and a few thousand
more across other measures' narratives and indicators, switching measures on the way and
undoing a typed aside each time. Prints one JSON line: what every field must hold now.
Runs in its own process: if Qt or Python aborted (as PySide6 6.12 did on Python 3.11 after
about a thousand keys), the test sees a dead process, not a dead test run.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import IndicatorType
from kotodesk.reporting.validation import unit_measures
from kotodesk.storage import settings
from kotodesk.system import resources
from kotodesk.ui.app import Controller, create_application

CHUNK = 400  # keys typed before the event loop runs (timers, autosave) again


def seed_words() -> list[str]:
    """The words of the 5/2022–5/2023 report's narratives."""
    data = json.loads(resources.path("programmes", "kotoutuminen-2022-2025",
                                     "round-2022-05_2023-05.json").read_text("utf-8"))
    text = " ".join(e.get("narrative", "") for e in data["entries"])
    return [w for w in text.split() if w.isprintable()]


def text_of(words: list[str], rng: random.Random, length: int) -> str:
    """About `length` characters of real words, with a line break now and then."""
    out: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(words)
        joint = "\n" if out and rng.random() < 0.06 else " " if out else ""
        out.append(joint + word)
        size += len(joint) + len(word)
    return "".join(out)[:length].rstrip()


def key(widget, char: str) -> None:
    """One key press and release carrying `char`, as the keyboard sends it (QTest's own
    keyClicks knows only ASCII)."""
    code = Qt.Key.Key_Return if char == "\n" else \
        Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    text = "\r" if char == "\n" else char
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                 text))


def type_into(app: QApplication, widget, text: str) -> None:
    """Key by key, as a person would; the event loop runs between chunks."""
    for start in range(0, len(text), CHUNK):
        for char in text[start:start + CHUNK]:
            key(widget, char)
        app.processEvents()


def main() -> None:
    home, unit = Path(sys.argv[1]), sys.argv[2]
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    app = create_application()
    workspace = Workspace.open(home)
    settings.put(workspace.store, unit=unit, user_name="Kestävyys Testaaja", language="en")
    controller = Controller(workspace)
    controller.start("en")
    window = controller.window
    window.show()
    window.activateWindow()  # shortcuts (Ctrl+Z, Ctrl+1) act in the active window only
    while not window.isActiveWindow():
        app.processEvents()
    rng = random.Random(2026)
    words = seed_words()
    catalogue = controller.session.catalogue
    refs = [m.ref for m in unit_measures(catalogue, unit)]
    main_ref, others = refs[0], refs[1:]
    expected: dict[str, str] = {}
    typed = 0

    def narrative(ref: str, length: int, *, aside: bool) -> None:
        nonlocal typed
        window.measures.select(ref)
        box = window.editor.narrative
        box.setFocus()
        box.moveCursor(box.textCursor().MoveOperation.End)
        text = text_of(words, rng, length)
        if expected.get(f"{ref} narrative"):
            text = "\n" + text
        type_into(app, box, text)
        expected[f"{ref} narrative"] = expected.get(f"{ref} narrative", "") + text
        typed += len(text)
        if aside:  # other fields, then a typed aside in the narrative, then Ctrl+Z on it
            indicator(ref)
            # Ctrl+1 green, Ctrl+2 yellow (pressing the status it has would clear it)
            yellow = controller.session.status(ref) == "green"
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_2 if yellow else Qt.Key.Key_1,
                           Qt.KeyboardModifier.ControlModifier)
            expected[f"{ref} status"] = "yellow" if yellow else "green"
            box.setFocus()
            box.moveCursor(box.textCursor().MoveOperation.End)
            junk = " ylimääräinen lisäys, joka perutaan"
            type_into(app, box, junk)
            typed += len(junk)
            # Undo takes a word (or what was typed before a pause) at a time: press
            # Ctrl+Z until the aside is gone, and no more (the checks below see any extra).
            for _ in range(3 * len(junk.split()) + 3):
                if box.toPlainText() == expected[f"{ref} narrative"]:
                    break
                QTest.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
                app.processEvents()

    def indicator(ref: str) -> None:
        nonlocal typed
        measure = catalogue.measure(ref)
        for item in measure.indicators:
            field = window.editor.indicators.widget(item.name)
            if not isinstance(field, QLineEdit):
                continue
            value = {IndicatorType.TEXT: text_of(words, rng, 300).replace("\n", " "),
                     IndicatorType.COUNT: str(rng.randint(1, 5000)),
                     IndicatorType.PERCENT: "12,5", IndicatorType.NUMBER: "17,25"}[item.type]
            field.setFocus()
            field.selectAll()
            type_into(app, field, value)
            typed += len(value)
            stored = {IndicatorType.PERCENT: "12.5", IndicatorType.NUMBER: "17.25"}
            expected[f"{ref} value:{item.name}"] = stored.get(item.type, value)

    main_length = int(10_000 * scale)
    for step in range(4):  # the long narrative, in four sittings, the others in between
        narrative(main_ref, main_length // 4, aside=step % 2 == 1)
        for ref in others[step * 4:(step + 1) * 4]:
            narrative(ref, int(500 * scale), aside=True)
    controller.session.flush()
    print(json.dumps({"typed": typed, "measures": len({k.split()[0] for k in expected}),
                      "expected": expected}, ensure_ascii=False), flush=True)
    window.close()
    controller.workspace.close()
    os._exit(0)


if __name__ == "__main__":
    main()
