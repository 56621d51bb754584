"""The main window: the programme's measures on the left, the selected measure on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kotodesk.errors import KotodeskError
from kotodesk.model import Catalogue
from kotodesk.storage import catalogues
from kotodesk.ui.catalogue_model import CatalogueTreeModel
from kotodesk.ui.measure_info import MeasureInfo
from kotodesk.workspace import Workspace


class MainWindow(QMainWindow):
    programme_changed = Signal(str)  # the programme shown, by id
    measure_selected = Signal(str)  # the measure shown, by ref

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.catalogue: Catalogue | None = None
        self.model = CatalogueTreeModel(self)

        self.programmes = QComboBox()
        self.programmes.setAccessibleName(self.tr("Programme"))
        self.programmes.setMinimumContentsLength(30)
        self.programmes.currentIndexChanged.connect(self._programme_picked)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Measures"))
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.info = MeasureInfo()
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.info)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 760])
        self.tree.setMinimumWidth(280)
        scroll.setMinimumWidth(360)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        toolbar = QToolBar(self.tr("Programme"))
        toolbar.setObjectName("programmeBar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Programme:") + " "))
        toolbar.addWidget(self.programmes)
        self.addToolBar(toolbar)
        self._build_menus()
        self.resize(1280, 720)
        self.reload_programmes()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        imp = QAction(self.tr("&Import catalogue…"), self)
        imp.triggered.connect(self.import_catalogue)
        exp = QAction(self.tr("&Export catalogue…"), self)
        exp.triggered.connect(self.export_catalogue)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (imp, exp):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    # -- programme and catalogue -------------------------------------------------------------

    def reload_programmes(self, select: str | None = None) -> None:
        current = select or self.programmes.currentData() or \
            self.workspace.default_programme_id()
        self.programmes.blockSignals(True)
        self.programmes.clear()
        for p in catalogues.list_programmes(self.workspace.store):
            self.programmes.addItem(p.short_name or p.name, p.id)
        self.programmes.blockSignals(False)
        index = max(0, self.programmes.findData(current))
        self.programmes.setCurrentIndex(index)
        self._programme_picked(index)

    def _programme_picked(self, index: int) -> None:
        programme_id = self.programmes.itemData(index)
        if programme_id is None:
            return
        self.catalogue = self.workspace.catalogue(programme_id)
        self.model.set_catalogue(self.catalogue)
        self.tree.expandAll()
        self.setWindowTitle(f"{self.catalogue.programme.name} – kotodesk")
        self.info.show_measure(self.catalogue, None, self.workspace.register)
        self.programme_changed.emit(programme_id)

    def select_ref(self, ref: str) -> None:
        index = self.model.index_for_ref(ref)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        ref = indexes[0].data(CatalogueTreeModel.RefRole) if indexes else None
        if ref is None or self.catalogue is None:
            return
        self.info.show_measure(self.catalogue, self.catalogue.measure(ref),
                               self.workspace.register)
        self.measure_selected.emit(ref)

    # -- import and export -------------------------------------------------------------------

    def import_catalogue(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import catalogue"), "",
            self.tr("Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)"))
        if not name:
            return
        from kotodesk.catalogue_import import import_catalogue

        try:
            report = import_catalogue(self.workspace.store, Path(name))
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Import catalogue"), str(exc))
            return
        self.workspace.forget_cached()
        self.reload_programmes(select=report.programme_id)
        QMessageBox.information(self, self.tr("Import catalogue"), "\n\n".join(report.lines()))

    def export_catalogue(self) -> None:
        if self.catalogue is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export catalogue"), f"{self.catalogue.programme.id}.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        from kotodesk.catalogue_xlsx import write_catalogue

        try:
            write_catalogue(self.catalogue, target)
        except (KotodeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export catalogue"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Wrote {0}").format(target), 5000)
