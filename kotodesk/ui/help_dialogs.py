"""Help › User guide and Help › Keyboard shortcuts. The guide is a local file under
resources/guide/ in the window's language; nothing is fetched from a network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kotodesk.system import resources


def guide_path(language: str):
    """The guide in `language` (fi, sv, en), English when there is none."""
    folder = resources.path("guide")
    chosen = folder / f"guide.{language}.md"
    return chosen if chosen.is_file() else folder / "guide.en.md"


def window_language() -> str:
    """The language the window speaks (set with the translations)."""
    name = QLocale().name()[:2]
    return name if name in ("fi", "sv", "en") else "en"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kotodesk user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide has no links out: offline by design
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_path(language or window_language())
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()
        fit(self, 820, 640)


def _extra_keys() -> list[tuple[str, str]]:
    """Keys that belong to no menu entry."""
    return [
        (_native("Tab", "Shift+Tab"), QCoreApplication.translate(
            "ShortcutsDialog", "Next / previous field, in screen order")),
        ("1, 2, 3", QCoreApplication.translate(
            "ShortcutsDialog", "Choose a status (in the measure list or on the status)")),
        ("↑ ↓", QCoreApplication.translate(
            "ShortcutsDialog", "Move between statuses; between measures in the list")),
        (QCoreApplication.translate("ShortcutsDialog", "Space"),
         QCoreApplication.translate("ShortcutsDialog", "Choose the focused status")),
        (QCoreApplication.translate("ShortcutsDialog", "Enter or ↓ in Search"),
         QCoreApplication.translate("ShortcutsDialog", "Go to the first measure found")),
        (QCoreApplication.translate("ShortcutsDialog", "Enter in Still missing"),
         QCoreApplication.translate("ShortcutsDialog", "Go to the missing item")),
        (QCoreApplication.translate("ShortcutsDialog", "Alt+underlined letter"),
         QCoreApplication.translate("ShortcutsDialog",
                                    "Menus and buttons, e.g. Alt+H for History")),
    ]


def _native(*keys: QKeySequence | str) -> str:
    """Keys as Qt names them in the window's language, as the menus show them: the
    Finnish list said "Shift+Tab" beside "Ctrl+Vaihto+Z"."""
    return ", ".join(filter(None, (QKeySequence(k).toString(
        QKeySequence.SequenceFormat.NativeText) for k in keys)))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu entry with a shortcut, then the other keys."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or not menu_action.isVisible():
            continue
        for action in menu.actions():
            keys = action.shortcuts()
            if not keys or not action.isVisible():
                continue
            shown = _native(*keys)
            if not shown:  # a standard key this platform leaves unbound (Quit)
                continue
            what = action.text().replace("&", "").rstrip("…")
            rows.append((shown, f"{menu_action.text().replace('&', '')} › {what}"))
    return rows + _extra_keys()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        for keys, what in rows:
            self.model.appendRow([QStandardItem(keys), QStandardItem(what)])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()
        fit(self, 760, 560)


def fit(dialog: QDialog, width: int, height: int) -> None:
    """The wanted size, never larger than the screen (1280×720 at 200 % is 640×360)."""
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 20), min(height, area.height() - 40)
    dialog.resize(width, height)
    dialog.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
