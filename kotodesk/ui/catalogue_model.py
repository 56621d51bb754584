"""The catalogue as a tree: theme → goal → measure (measures without a goal sit under
their theme). Holds no data of its own beyond what it was given by `set_catalogue`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from kotodesk.domain.model import NOT_REPORTED_COLOUR, Catalogue, Measure, MeasureKind, Theme
from kotodesk.ui.status_icons import status_icon
from kotodesk.ui.words import level_text


def _search_text(m: Measure, narrative: str) -> str:
    return " ".join((m.number, m.text, m.monitoring, m.responsible, *m.tags,
                     narrative)).casefold()


def _theme_tooltip(theme: Theme) -> str:
    """The name, and the goals no measure is filed under (the 2017–2021 education tables
    list goals apart from measures), which the tree cannot show as rows."""
    linked = {m.goal for m in theme.measures}
    loose = [f"{g.number}. {g.text}" for g in theme.goals if g.number not in linked]
    if not loose:
        return theme.name
    goals = QCoreApplication.translate("CatalogueTreeModel", "Goals:")
    return "\n\n".join([theme.name, goals, *loose])


def _tooltip(m: Measure, shared: bool = False) -> str:
    """The whole text (the row shows its first line), the tags (e.g. city areas), the
    code the missing panel and the coordinator's matrix use, and what ⇄ means."""
    parts = [m.text]
    theme, _, number = m.ref.partition("/")
    parts.append(QCoreApplication.translate(
        "CatalogueTreeModel", "Code {0}: theme {1}, measure {2}").format(m.ref, theme, number))
    if shared:
        parts.append(QCoreApplication.translate(
            "CatalogueTreeModel", "⇄ your unit reports on this measure together with other "
                                  "units"))
    if m.kind is MeasureKind.HIGHLIGHT:
        parts.append(QCoreApplication.translate(
            "CatalogueTreeModel", "Highlighted project (Nosto), without an indicator"))
    if m.tags:
        parts.append(" · ".join(m.tags))
    return "\n\n".join(parts)


@dataclass(eq=False)
class _Node:
    """One row of the tree (a theme, a goal or a measure) and what its roles answer."""

    kind: str  # "theme", "goal" or "measure"
    label: str
    parent: _Node | None
    row: int
    ref: str | None = None
    tooltip: str = ""
    spoken: str = ""  # what a screen reader says of a measure: no ⇄, no closing full stop
    search: str = ""
    status: str | None = None
    shared: bool = False
    own: bool = True
    children: list[_Node] = field(default_factory=list)


class CatalogueTreeModel(QAbstractItemModel):
    RefRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    SearchRole = Qt.ItemDataRole.UserRole + 3
    StatusRole = Qt.ItemDataRole.UserRole + 4
    SharedRole = Qt.ItemDataRole.UserRole + 5
    OwnRole = Qt.ItemDataRole.UserRole + 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        self._by_ref: dict[str, _Node] = {}
        self._catalogue: Catalogue | None = None

    # -- filling ---------------------------------------------------------------------------

    def set_catalogue(
        self,
        catalogue: Catalogue | None,
        *,
        visible: Callable[[Measure], bool] | None = None,
        statuses: Mapping[str, str | None] | None = None,
        searchable: Mapping[str, str] | None = None,
        shared: set[str] | None = None,
        own: set[str] | None = None,
    ) -> None:
        """Show `catalogue`, limited to the measures `visible` accepts (all by default).

        `own` are the refs the user's unit answers for (progress counts only those);
        None means every measure counts."""
        self.beginResetModel()
        self._catalogue = catalogue
        self._roots, self._by_ref = [], {}
        statuses = statuses or {}
        searchable = searchable or {}
        shared = shared or set()
        for theme in catalogue.themes if catalogue else []:
            measures = [m for m in theme.measures if visible is None or visible(m)]
            if not measures:
                continue
            theme_node = _Node("theme", f"{theme.position}. {theme.name}", None,
                               len(self._roots), tooltip=_theme_tooltip(theme))
            self._roots.append(theme_node)
            goal_nodes: dict[str | None, _Node] = {}
            for m in measures:
                parent = theme_node
                if m.goal is not None:
                    parent = goal_nodes.get(m.goal)
                    if parent is None:
                        goal = theme.goal(m.goal)
                        text = goal.text if goal else ""
                        parent = _Node("goal", self.tr("Goal {0}. {1}").format(m.goal, text),
                                       theme_node, len(theme_node.children), tooltip=text)
                        theme_node.children.append(parent)
                        goal_nodes[m.goal] = parent
                is_shared = m.ref in shared
                node = _Node(
                    "measure", f"{m.number} {'⇄ ' if is_shared else ''}{m.title}", parent,
                    len(parent.children), ref=m.ref, tooltip=_tooltip(m, is_shared),
                    spoken=f"{m.number} {m.title}".rstrip("."),
                    status=statuses.get(m.ref), shared=is_shared,
                    own=own is None or m.ref in own,
                    search=_search_text(m, searchable.get(m.ref, "")),
                )
                parent.children.append(node)
                self._by_ref[m.ref] = node
        self.endResetModel()

    def set_status(self, ref: str, status: str | None) -> None:
        """One measure's status changed: refresh that row and its theme's count only."""
        node = self._by_ref.get(ref)
        if node is None or node.status == status:
            return
        node.status = status
        index = self._index_of(node)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, self.StatusRole])
        theme = self._theme_of(node)
        theme_index = self._index_of(theme)
        self.dataChanged.emit(theme_index, theme_index, [Qt.ItemDataRole.DisplayRole])

    def set_searchable(self, ref: str, text: str) -> None:
        node = self._by_ref.get(ref)
        if node is not None and self._catalogue is not None:
            node.search = _search_text(self._catalogue.measure(ref), text)

    # -- lookups ---------------------------------------------------------------------------

    def refs(self) -> list[str]:
        return list(self._by_ref)

    def node(self, row: int, parent: QModelIndex) -> _Node | None:
        """The node of `row` under `parent`, for the measure filter: what its roles say,
        read without a round trip through Qt for each (the filter asks about every row
        while the tree fills, a millisecond or two of the start)."""
        siblings = parent.internalPointer().children if parent.isValid() else self._roots
        return siblings[row] if 0 <= row < len(siblings) else None

    def index_for_ref(self, ref: str) -> QModelIndex:
        node = self._by_ref.get(ref)
        return self._index_of(node) if node else QModelIndex()

    def _index_of(self, node: _Node) -> QModelIndex:
        return self.createIndex(node.row, 0, node)

    def _theme_of(self, node: _Node) -> _Node:
        while node.parent is not None:
            node = node.parent
        return node

    def _measures_under(self, node: _Node):
        for child in node.children:
            if child.kind == "measure":
                yield child
            else:
                yield from self._measures_under(child)

    def theme_progress(self, row: int) -> tuple[int, int]:
        measures = [m for m in self._measures_under(self._roots[row]) if m.own]
        return sum(1 for m in measures if m.status is not None), len(measures)

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        siblings = parent.internalPointer().children if parent.isValid() else self._roots
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        return self._index_of(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._roots)
        return len(parent.internalPointer().children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("Measures")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == "theme":
                done, total = self.theme_progress(node.row)
                return f"{node.label}  ({done}/{total})"
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if node.kind == "measure":
                shared = self.tr("Reported together with other units.") if node.shared else ""
                return f"{node.spoken}. {self._status_label(node.status)}. {shared}".strip()
            if node.kind == "theme":
                done, total = self.theme_progress(node.row)
                return self.tr("{0}, {1} of {2} reported").format(node.label, done, total)
            return node.label
        if role == Qt.ItemDataRole.DecorationRole and node.kind == "measure":
            return status_icon(node.status, self._status_colour(node.status))
        if role == self.RefRole:
            return node.ref
        if role == self.KindRole:
            return node.kind
        if role == self.SearchRole:
            return node.search
        if role == self.StatusRole:
            return node.status
        if role == self.SharedRole:
            return node.shared
        if role == self.OwnRole:
            return node.own
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "measure" and not node.own:
            return QColor("#777777")
        return None

    def _status_colour(self, code: str | None) -> str:
        level = self._catalogue.programme.level(code) if self._catalogue else None
        return level.colour if level else NOT_REPORTED_COLOUR

    def _status_label(self, code: str | None) -> str:
        level = self._catalogue.programme.level(code) if self._catalogue else None
        return level_text(level) if level else self.tr("Not reported")
