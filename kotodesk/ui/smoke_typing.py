"""`kotodesk --smoke-typing N`: the window typed into, N keys, in a temporary data folder.

The desktop bundle's smoke test runs it (tests/bundle/), so that a bundle whose Qt or
Python aborts under typing (as PySide6 6.12 did on Python 3.11 after about a thousand
keys) fails before it ships. The keys are real key events through Qt's event loop, into
one measure's narrative; afterwards the database is opened again and must hold every
character. Nothing of the user's own data folder is touched.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

WORDS = ("Kaupunkiyhteinen kielikoulutusmalli rakennetaan yhdessä toimialojen kanssa; "
         "työllisyyspalveluiden ja kasvatuksen ja koulutuksen toimialan yhteistyö jatkuu. ")
UNIT = "kasko"
REF = "1/1.1"


def text(count: int) -> str:
    """`count` characters of Finnish prose, a line break now and then."""
    out = (WORDS * (count // len(WORDS) + 1))[:count]
    return "".join("\n" if i % 97 == 96 and c == " " else c for i, c in enumerate(out))


def run_typing(count: int) -> int:
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.storage import entries, settings
    from kotodesk.ui.app import Controller, create_application

    app = create_application()
    with tempfile.TemporaryDirectory(prefix="kotodesk-smoke-typing-") as temp:
        home = Path(temp)
        workspace = Workspace.open(home)
        settings.put(workspace.store, unit=UNIT, user_name="Smoke", language="en")
        controller = Controller(workspace)
        controller.start("en", ask_first_run=False)
        window = controller.window
        window.measures.select(REF)
        box = window.editor.narrative
        typed = text(count)
        for start in range(0, len(typed), 200):
            for char in typed[start:start + 200]:
                key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
                shown = "\r" if char == "\n" else char
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(box, QKeyEvent(kind, key,
                                                          Qt.KeyboardModifier.NoModifier, shown))
            app.processEvents()
        controller.session.flush()
        window.close()
        controller.workspace.close()
        again = Workspace.open(home)
        try:
            entry = entries.load_entry(again.store, again.round().id, REF, UNIT)
            saved = entry.narrative if entry else ""
        finally:
            again.close()
    ok = saved == typed
    print(json.dumps({"typed": len(typed), "saved": len(saved), "ok": ok}))
    sys.stdout.flush()
    return 0 if ok else 1
