"""The main window: round header, the unit's measures, the editor, what is missing."""

from __future__ import annotations

from pathlib import Path

# The dialogs' classes are imported where they are used: PySide6 makes a class's type
# and its enum types when it is first imported, and the first paint needs none of them.
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.errors import KotodeskError
from kotodesk.ops.catalogue import programmes
from kotodesk.reporting.validation import Problem, unit_measures
from kotodesk.ui.editor import MeasureEditor
from kotodesk.ui.focus_ring import FocusRing
from kotodesk.ui.keyboard import WindowKeys, next_problem, set_tab_order
from kotodesk.ui.measure_list import MeasureList
from kotodesk.ui.round_header import RoundHeader
from kotodesk.ui.session import ReportingSession
from kotodesk.ui.validation_panel import ValidationPanel
from kotodesk.ui.window_geometry import remember, size_to_screen
from kotodesk.ui.words import error_text, level_text, said


class MainWindow(QMainWindow):
    settings_requested = Signal()  # the user asked for Settings
    programme_requested = Signal(str)  # the user picked another programme, by id
    backup_requested = Signal()  # File › Back up…
    restore_requested = Signal()  # File › Restore from backup…
    export_all_requested = Signal()  # File › Export all data…
    about_requested = Signal()  # Help › About kotodesk
    coordinator_requested = Signal()  # Coordinator › Returns, merging and outputs…

    def __init__(self, session: ReportingSession) -> None:
        super().__init__()
        self.session = session
        self.header = RoundHeader()
        self.measures = MeasureList()
        self.editor = MeasureEditor(session)
        self.editor.history_requested.connect(self.show_history)
        self.measures.measure_selected.connect(self.editor.show_measure)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop between fields
        scroll.setWidget(self.editor)
        self.editor_scroll = scroll
        # Under the scrolled editor, always in sight: the save state and History.
        footer = QHBoxLayout()
        footer.setContentsMargins(6, 2, 6, 2)
        footer.addWidget(self.editor.saved, 1)
        footer.addWidget(self.editor.history_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.editor.too_long)
        right_layout.addLayout(footer)
        # A field focused from elsewhere (a missing item, Next measure) scrolls into view:
        # a person never types into a box they cannot see.
        QApplication.instance().focusChanged.connect(self._show_focused)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.measures)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 800])
        self.measures.setMinimumWidth(260)
        scroll.setMinimumWidth(380)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.validation = ValidationPanel()
        self.validation.problem_activated.connect(self.go_to_problem)
        self.validation_dock = QDockWidget(self.tr("Still missing"), self)
        self.validation_dock.setObjectName("validationDock")
        self.validation_dock.setWidget(self.validation)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.validation_dock)
        self.resizeDocks([self.validation_dock], [130], Qt.Orientation.Vertical)
        # A list of missing items, not a second work area: at 1280×720 and 200 % the
        # editor keeps most of the height.
        self.validation.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 40)

        self.programmes = QComboBox()
        self.programmes.setAccessibleName(self.tr("Programme"))
        self.programmes.setMinimumContentsLength(28)
        self.programmes.activated.connect(
            lambda i: self.programme_requested.emit(self.programmes.itemData(i)))
        toolbar = QToolBar(self.tr("Programme"))
        toolbar.setObjectName("programmeBar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Programme:") + " "))
        toolbar.addWidget(self.programmes)
        self.addToolBar(toolbar)
        self._build_menus()
        self.keys = WindowKeys(self)
        self.keys.refresh()
        self.editor.controls_rebuilt.connect(self._editor_rebuilt)
        self.measures.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # work starts here
        self.focus_ring = FocusRing(self)  # where the keyboard is, plainly

        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.setInterval(300)
        self._validation_timer.timeout.connect(self.refresh_validation)
        session.context_changed.connect(self.reload)
        session.entry_changed.connect(self._entry_changed)
        session.measure_requested.connect(self.measures.select)
        session.save_failed.connect(self._save_failed)
        size_to_screen(self)
        if session.catalogue is not None:
            self.reload()
        if self.editor.ref is None:  # no measure selected: the editor says so
            self.editor.show_measure(None)
        self._editor_rebuilt()

    def _build_menus(self) -> None:
        def action(text: str, slot, shortcut=None, menu=None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
            if menu is not None:
                menu.addAction(act)
            return act

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        action(self.tr("&Save now"), self.session.flush, QKeySequence.StandardKey.Save, file_menu)
        self.export_action = action(self.tr("&Export signed return…"), self.export_return,
                                    QKeySequence("Ctrl+E"), file_menu)
        action(self.tr("&Verify files…"), self.verify_files, None, file_menu)
        action(self.tr("&Take in round package…"), self.take_in_package, None, file_menu)
        file_menu.addSeparator()
        self.import_action = action(self.tr("&Import catalogue…"), self.import_catalogue,
                                    None, file_menu)
        action(self.tr("E&xport catalogue…"), self.export_catalogue, None, file_menu)
        file_menu.addSeparator()
        action(self.tr("&Back up…"), self.backup_requested.emit, None, file_menu)
        action(self.tr("&Restore from backup…"), self.restore_requested.emit, None, file_menu)
        action(self.tr("Export &all data…"), self.export_all_requested.emit, None, file_menu)
        file_menu.addSeparator()
        action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        action(self.tr("&Find…"), self.find, QKeySequence.StandardKey.Find, edit)
        for i in range(3):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.editor.status.press(i))
            tree_key = QShortcut(QKeySequence(str(i + 1)), self.measures.tree)
            tree_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            tree_key.activated.connect(lambda i=i: self.editor.status.press(i))

        go = bar.addMenu(self.tr("&Go"))
        action(self.tr("&Next measure"), lambda: self.measures.step(1),
               QKeySequence("Alt+Down"), go)
        action(self.tr("&Previous measure"), lambda: self.measures.step(-1),
               QKeySequence("Alt+Up"), go)
        action(self.tr("Next &missing item"), self.next_problem, QKeySequence("F8"), go)

        self.coordinator_menu = bar.addMenu(self.tr("&Coordinator"))
        self.coordinator_action = action(self.tr("&Returns, merging and outputs…"),
                                         self.coordinator_requested.emit,
                                         QKeySequence("Ctrl+Shift+C"), self.coordinator_menu)
        action(self.tr("Programme certificate &authority…"), self.show_ca, None,
               self.coordinator_menu)

        settings = bar.addMenu(self.tr("&Settings"))
        action(self.tr("&Preferences…"), self.settings_requested.emit,
               QKeySequence.StandardKey.Preferences, settings)
        action(self.tr("Signing &key and trust…"), self.show_keys, None, settings)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        action(self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
               self.help_menu)
        action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
               QKeySequence("Ctrl+F1"), self.help_menu)
        self.help_menu.addSeparator()
        action(self.tr("&About kotodesk"), self.about_requested.emit, None, self.help_menu)

    def _editor_rebuilt(self) -> None:
        """Another measure is shown: tab order along the screen, top to bottom and left
        to right, with the new indicator inputs in their place; the editor scrolled to
        the measure's number and title."""
        chain = [self.programmes, self.measures.search, self.measures.show_all,
                 self.measures.tree, *self.editor.tab_chain(), self.editor.history_button,
                 self.validation.view]
        set_tab_order(chain)
        self.keys.watch(chain)
        self.editor_scroll.verticalScrollBar().setValue(0)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.editor.isAncestorOf(new):
            return
        # The field's top and its first lines (or the whole field when it fits), not
        # only its cursor at the very bottom edge.
        viewport = self.editor_scroll.viewport().height()
        shown = max(20, min(new.height(), viewport * 2 // 3))
        top = new.mapTo(self.editor, QPoint(0, 0)).y()
        self.editor_scroll.ensureVisible(0, top + shown // 2, 0, shown // 2 + 8)

    def set_role(self, role: str) -> None:
        """A unit's window offers no coordinator's actions (no rounds to open or close, no
        catalogue to replace); a coordinator's offers both. Settings › Preferences says
        which this data folder is."""
        from kotodesk.datafolder.roles import COORDINATOR

        coordinator = role == COORDINATOR
        for act in (self.coordinator_action, self.import_action):
            act.setEnabled(coordinator)  # a disabled action's shortcut does nothing
            act.setVisible(coordinator)
        self.coordinator_menu.menuAction().setVisible(coordinator)
        self.keys.refresh()

    # -- showing the session -------------------------------------------------------------

    def reload(self) -> None:
        session = self.session
        catalogue = session.catalogue
        if catalogue is None:
            return
        self.programmes.clear()
        for p in programmes(session.workspace):
            self.programmes.addItem(p.short_name or p.name, p.id)
        self.programmes.setCurrentIndex(max(0, self.programmes.findData(catalogue.programme.id)))
        unit_id = session.unit_id
        # A closed round is read whole; so is a programme whose measures name no unit.
        own = {m.ref for m in unit_measures(catalogue, unit_id)} \
            if unit_id and not session.closed else None
        own = own or None
        statuses = {m.ref: session.status(m.ref) for m in catalogue.measures()}
        searchable = {m.ref: session.value(m.ref, "narrative") for m in catalogue.measures()}
        shared = {m.ref for m in catalogue.measures() if len(m.units) > 1}
        self.measures.model.set_catalogue(catalogue, statuses=statuses, searchable=searchable,
                                          shared=shared, own=own)
        self.measures.set_show_all(not own)
        unit = session.workspace.register.units.get(unit_id) if unit_id else None
        self.header.show_round(catalogue.programme, session.round, unit,
                               review=session.coordinator_review())
        period = f" · {session.round.period}" if session.round else ""
        self.setWindowTitle(f"{catalogue.programme.short_name or catalogue.programme.name}"
                            f"{period} – kotodesk")
        self.refresh_validation()
        start = session.last_measure()
        if not (start and self.measures.select(start)):
            first = self.measures.first_ref()
            if first:
                self.measures.select(first)

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _entry_changed(self, ref: str, field: str) -> None:
        if field == "status":
            self.measures.model.set_status(ref, self.session.status(ref))
        elif field == "narrative":
            self.measures.model.set_searchable(ref, self.session.value(ref, "narrative"))
        self._validation_timer.start()

    def refresh_validation(self) -> None:
        session = self.session
        if session.round is None:
            self.validation.show_notice(self.tr("No reporting round is open for this "
                                                "programme: there is nothing to fill in."))
            return
        if session.closed:
            self.validation.show_notice(self.tr("This round is closed: there is nothing to "
                                                "fill in."))
            return
        catalogue, unit_id = session.catalogue, session.unit_id
        count = len(unit_measures(catalogue, unit_id)) if catalogue and unit_id else 0
        if unit_id and count == 0 and not session.problems():
            self.validation.show_notice(self.tr(
                "Your unit answers for no measure of this programme in this round: there "
                "is nothing to fill in. Check your unit in Settings › Preferences."))
            return
        self.validation.set_problems(session.problems(), count)

    def go_to_problem(self, problem: Problem) -> None:
        self.measures.select(problem.ref)
        self.editor.focus_field(problem.field)

    def next_problem(self) -> None:
        """F8: the next missing item after the field being edited, the rest of this
        measure's before the next measure's; round again from the top at the end."""
        problems = self.session.problems()
        catalogue = self.session.catalogue
        if not problems or catalogue is None:
            if not problems:
                self.statusBar().showMessage(self.tr("Nothing is missing."), 5000)
            return
        field = self.editor.field_of(QApplication.focusWidget())
        names = {m.ref: [i.name for i in m.indicators] for m in catalogue.measures()}
        shown = self.measures.refs()  # the tree's order, then any measure not shown
        refs = shown + [m.ref for m in catalogue.measures() if m.ref not in set(shown)]
        after = next_problem(problems, refs, names, (self.editor.ref, field))
        if after is not None:
            self.go_to_problem(after)

    def find(self) -> None:
        self.measures.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.measures.search.selectAll()

    def show_guide(self) -> None:
        from kotodesk.ui.help_dialogs import GuideDialog

        GuideDialog(self).exec()

    def show_shortcuts(self) -> None:
        from kotodesk.ui.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_history(self, ref: str | None) -> None:
        if ref:
            from kotodesk.ui.history_dialog import HistoryDialog  # built on first use

            scale = self.session.catalogue.programme.scale if self.session.catalogue else ()
            HistoryDialog(ref, self.session.history(ref), self,
                          status_labels={level.code: level_text(level) for level in scale}).exec()

    # -- the signed return ---------------------------------------------------------------

    def export_return(self) -> None:
        if self.session.unit_id is None or self.session.round is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, self.tr("Export signed return"),
                                    self.tr("Choose your unit in Settings first."))
            return
        from kotodesk.ui.export_dialog import ExportDialog

        ExportDialog(self.session, self).exec()

    def show_keys(self) -> None:
        from kotodesk.ui.keys_dialog import KeysDialog

        KeysDialog(self.session.workspace, self).exec()

    def show_ca(self) -> None:
        from kotodesk.ui.ca_dialog import CaDialog

        CaDialog(self.session.workspace, self).exec()

    def verify_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from kotodesk.ui.verify_dialog import VerifyDialog

        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Verify files"), "",
            self.tr("kotodesk files (*.xlsx *.pdf);;All files (*)"))
        if names:
            VerifyDialog(self.session.workspace, [Path(n) for n in names], self).exec()

    def take_in_package(self, path: Path | None = None) -> None:
        """A round package from the coordinator: the window then shows the new round."""
        from kotodesk.ui.package_import import choose_package, summary, take_in_package

        path = path or choose_package(self)
        if path is None:
            return
        self.session.flush()
        done = take_in_package(self, self.session.workspace, path)
        if done is not None:
            self.session.open(None, self.session.unit_id)
            # Stays until the person closes it (and in the status bar after that).
            self.statusBar().showMessage(summary(done))
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Take in round package"),
                              summary(done), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)  # read it while working on
            box.show()
            self.package_result = box

    # -- catalogue import and export -----------------------------------------------------

    def import_catalogue(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import catalogue"), "",
            self.tr("Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the file, ask whether it is a new version or a new programme, import."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from kotodesk.catalogue.importer import matching_programme, read_catalogue_file
        from kotodesk.ops.catalogue import import_catalogue
        from kotodesk.ui.import_dialog import ImportChoiceDialog
        from kotodesk.ui.operations import operations

        store = self.session.workspace.store
        warnings: list[str] = []
        try:
            catalogue = read_catalogue_file(path, warnings)
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Import catalogue"), error_text(exc))
            return
        dialog = ImportChoiceDialog(path.name, catalogue, programmes(self.session.workspace),
                                    matching_programme(store, catalogue), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        programme_id, new_programme = dialog.choice()
        try:
            report, changes = import_catalogue(
                self.session.workspace, path, programme_id=programme_id,
                new_programme=new_programme, catalogue=catalogue, warnings=warnings)
        except KotodeskError as exc:
            QMessageBox.warning(self, self.tr("Import catalogue"), error_text(exc))
            return
        operations(self.session.workspace).announce(changes, self)
        self.programme_requested.emit(report.programme_id)
        QMessageBox.information(self, self.tr("Import catalogue"), "\n\n".join(
            said(line) for line in report.lines()))

    def export_catalogue(self) -> None:
        catalogue = self.session.catalogue
        if catalogue is None:
            return
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export catalogue"), f"{catalogue.programme.id}.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        from kotodesk.catalogue.xlsx_format import write_catalogue

        try:
            write_catalogue(catalogue, target)
        except (KotodeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export catalogue"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Wrote {0}").format(target), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember(self, self.session.workspace)
        if self.session.flush():
            event.accept()
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self, "kotodesk", self.tr("Some changes could not be saved. Quit anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            event.accept()
        else:
            event.ignore()
