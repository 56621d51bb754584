"""The left panel: the unit's measures as a tree, with search and a show-all switch."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.ui.catalogue_model import CatalogueTreeModel


class MeasureFilter(QSortFilterProxyModel):
    """Measures matching every word of the search, and only the unit's own unless all are
    asked for; themes and goals stay when something under them does."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.words: list[str] = []
        self.show_all = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_all(self, show_all: bool) -> None:
        self.beginFilterChange()
        self.show_all = show_all
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        node = self.sourceModel().node(row, parent)  # its KindRole, OwnRole, SearchRole
        if node is None or node.kind != "measure":
            return False  # shown only when a measure below is (recursive filtering)
        if not self.show_all and not node.own:
            return False
        return all(word in node.search for word in self.words)


class HighlightDelegate(QStyledItemDelegate):
    """Paints the search words highlighted in each row's text (the tree's delegate while
    there is a search; without one, Qt's own paints the rows with no Python call a row)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def paint(self, painter, option, index) -> None:
        if not self.words:  # no search: Qt's own paint (every visible row on a scroll)
            super().paint(painter, option, index)
            return
        from PySide6.QtGui import QTextDocument  # the types of a search's painting: not
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem  # made at start-up

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not self.words or not any(w in text.casefold() for w in self.words):
            super().paint(painter, option, index)
            return
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<span style='white-space:pre'>{self._marked(text)}</span>")
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        doc.drawContents(painter)
        painter.restore()

    def _marked(self, text: str) -> str:
        folded = text.casefold()
        marks = [False] * len(text)
        for word in self.words:
            start = folded.find(word)
            while start != -1:
                for i in range(start, min(start + len(word), len(text))):
                    marks[i] = True
                start = folded.find(word, start + 1)
        out, inside = [], False
        for char, marked in zip(text, marks, strict=True):
            if marked != inside:
                out.append("<span style='background:#ffe066;color:black'>" if marked
                           else "</span>")
                inside = marked
            out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}.get(char, char))
        return "".join(out) + ("</span>" if inside else "")


class _FilledViewport(QObject):
    """Keeps an item view's viewport filling its own background.

    The window's style sheet gives the tree a border on focus; for that, Qt's style-sheet
    style turns the viewport's own fill off and paints the same Base colour itself. A
    viewport that does not fill itself is not opaque, so Qt cannot move its pixels on a
    scroll and repaints every row (the most of a measure switch that scrolls the tree). The
    fill is turned back on after each polish: the same colour, and a scroll repaints only
    the rows that come into view."""

    _EVENTS = (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.Paint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS and not watched.autoFillBackground():
            watched.setAutoFillBackground(True)
        return False


class MeasureList(QWidget):
    measure_selected = Signal(str)  # ref of the measure the user chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CatalogueTreeModel(self)
        self.proxy = MeasureFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search measures and narratives (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)  # Enter or Down: to the first hit
        self.no_hits = QLabel()  # said when the search finds nothing, not a blank tree
        self.no_hits.setWordWrap(True)
        self.no_hits.setAccessibleName(self.tr("Search result"))
        self.no_hits.setVisible(False)
        self.show_all = QCheckBox(self.tr("Show &all measures of the programme"))
        self.show_all.setAccessibleName(self.tr("Show all measures"))
        self.show_all.toggled.connect(self._show_all)
        self.delegate = HighlightDelegate(self)
        self.plain = QStyledItemDelegate(self)  # Qt's own, as a tree starts with
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegate(self.plain)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Measures"))
        self._filled = _FilledViewport(self)
        # The viewport found as the tree's child, not by tree.viewport(): PySide6 would
        # load every QWidget subclass (46 enum types, a few ms of the start) to decide the
        # Python type of what viewport() returns.
        self.tree.findChild(QWidget, "qt_scrollarea_viewport",
                            Qt.FindChildOption.FindDirectChildrenOnly
                            ).installEventFilter(self._filled)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.no_hits)
        layout.addWidget(self.show_all)
        layout.addWidget(self.tree, 1)

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.delegate.words = self.proxy.words
        self.tree.setItemDelegate(self.delegate if self.delegate.words else self.plain)
        self.tree.expandAll()
        self.tree.viewport().update()
        self._say_hits(text)

    def _say_hits(self, text: str) -> None:
        # Without a search nothing is said, and the tree is not walked for it (a walk of
        # every row through the proxy is a millisecond of the start).
        if not text.strip() or self.first_ref() is not None:
            self.no_hits.setVisible(False)
            return
        message = self.tr("No measure matches “{0}”.").format(text.strip())
        if not self.show_all.isChecked():
            message += " " + self.tr("Only your unit's measures are searched; tick “Show "
                                     "all measures of the programme” to search them all.")
        self.no_hits.setText(message)
        self.no_hits.setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            first = self.first_ref()
            if first:
                self.select(first)
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def set_show_all(self, show_all: bool) -> None:
        """The switch as a newly shown catalogue wants it: the tree filtered and expanded
        once (the switch's own handler, on a change, would do both a second time, for a
        selection that a reset model no longer has)."""
        blocked = self.show_all.blockSignals(True)
        self.show_all.setChecked(show_all)
        self.show_all.blockSignals(blocked)
        self.proxy.set_show_all(show_all)
        self.tree.expandAll()
        self._say_hits(self.search.text())

    def _show_all(self, checked: bool) -> None:
        current = self.current_ref()
        self.proxy.set_show_all(checked)
        self.tree.expandAll()
        self._say_hits(self.search.text())
        if current:
            self.select(current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref = current.data(CatalogueTreeModel.RefRole) if current.isValid() else None
        if ref:
            self.measure_selected.emit(ref)

    def current_ref(self) -> str | None:
        return self.tree.currentIndex().data(CatalogueTreeModel.RefRole)

    def refs(self) -> list[str]:
        """The measures shown, in display order."""
        return list(self._shown_refs(QModelIndex()))

    def first_ref(self) -> str | None:
        """The first measure shown, without walking the rest of the tree."""
        return next(self._shown_refs(QModelIndex()), None)

    def _shown_refs(self, parent: QModelIndex) -> Iterator[str]:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            ref = index.data(CatalogueTreeModel.RefRole)
            if ref:
                yield ref
            yield from self._shown_refs(index)

    def select(self, ref: str) -> bool:
        source = self.model.index_for_ref(ref)
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and source.isValid() and self.search.text():
            self.search.clear()  # a missing item (F8) or undo wants a measure not found
            index = self.proxy.mapFromSource(source)
        if not index.isValid() and source.isValid() and not self.show_all.isChecked():
            self.show_all.setChecked(True)
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def step(self, delta: int) -> None:
        refs = self.refs()
        if not refs:
            return
        current = self.current_ref()
        i = refs.index(current) + delta if current in refs else 0
        self.select(refs[max(0, min(len(refs) - 1, i))])
