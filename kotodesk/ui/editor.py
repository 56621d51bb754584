"""The editor of the selected measure: status, indicator values, narrative, reasons, and
last round's entry beside them. It shows what the session holds and reports edits."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.entries import value_field
from kotodesk.domain.indicators import display_value
from kotodesk.domain.model import Measure, Role
from kotodesk.domain.text import EXCEL_CELL_LIMIT, changed_span, entered
from kotodesk.ops.entries import VALUE_PREFIX
from kotodesk.reporting.entries import EntryChanged
from kotodesk.reporting.validation import reasons_offered, reasons_required
from kotodesk.ui.indicator_inputs import IndicatorInputs
from kotodesk.ui.links import guard_links
from kotodesk.ui.markup import escape
from kotodesk.ui.measure_info import MeasureInfo
from kotodesk.ui.session import ReportingSession
from kotodesk.ui.status_buttons import StatusButtons
from kotodesk.ui.words import level_text, unit_text
from kotodesk.ui.wrapping_label import WrappingLabel

_URL = re.compile(r"https?://[^\s<>\"')]+[^\s<>\"').,;:]")


def _is_undo_key(event) -> bool:
    return (event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y"))


def _qt_position(text: str, index: int) -> int:
    """Qt's cursor position (UTF-16 code units) of the Python index `index` in `text`:
    an emoji is one character to Python, two to Qt."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def _python_index(text: str, position: int) -> int:
    """The Python index in `text` of Qt's cursor position `position`."""
    if text.isascii():
        return position
    return len(text.encode("utf-16-le")[:2 * position].decode("utf-16-le", "ignore"))


def _cleaned(box: QPlainTextEdit) -> str:
    """The box's text as kotodesk keeps it. Text pasted from Word, e-mail or a PDF viewer
    may carry control characters: they are removed (a vertical tab or form feed becomes a
    line break) in the box itself, so the person sees what will be saved and sent."""
    text = box.toPlainText()
    cleaned = entered(text)
    if cleaned != text:
        cursor = box.textCursor()
        at = len(entered(text[:_python_index(text, cursor.position())]))
        box.blockSignals(True)  # one edit reaches the session: the cleaned text
        try:
            box.setPlainText(cleaned)
        finally:
            box.blockSignals(False)
        cursor = box.textCursor()
        cursor.setPosition(_qt_position(cleaned, min(at, len(cleaned))))
        box.setTextCursor(cursor)
    return cleaned


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setUndoRedoEnabled(False)  # the window's undo stack covers text too
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class MeasureEditor(QWidget):
    history_requested = Signal(str)  # show the history of this measure's entry
    controls_rebuilt = Signal()  # another measure is shown: its inputs are new tab stops

    def __init__(self, session: ReportingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ref: str | None = None
        self._loading = False

        self.info = MeasureInfo()
        # The measure's number and title are the first stop after the tree: a screen reader
        # reads which measure the fields below belong to.
        self.info.title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.partners = WrappingLabel()
        self.partners.setWordWrap(True)
        self.notice = WrappingLabel()  # why nothing here can be changed, at the top
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Read only"))
        self.notice.setStyleSheet("QLabel { background: #fff4d6; border: 1px solid #e0b94f;"
                                  " border-radius: 3px; padding: 4px; color: black; }")
        # The save state and History sit under the scrolled editor (the window places
        # them), so "Saved at 14.32" stays in sight while a long text is typed.
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Save state"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.ref))
        self.status_title = QLabel("<b>" + self.tr("Status") + "</b>")
        self.status = StatusButtons()
        self.status.status_clicked.connect(lambda code: self._edit("status", code))
        self.indicator_title = QLabel(
            "<b>" + self.tr("Reporting against the indicators") + "</b>")
        self.indicators = IndicatorInputs()
        self.indicators.value_edited.connect(
            lambda name, value: self._edit(value_field(name), value))
        self.indicators.input_finished.connect(self.session.flush)
        # "Raportointi mittarin mukaan": the free text older reports give per measure.
        self.indicator_report = WrappingLabel()
        self.indicator_report.setWordWrap(True)
        self.indicator_report.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.indicator_report.setAccessibleName(self.tr("Reported against the indicator"))

        self.narrative_label = WrappingLabel(
            "<b>" + self.tr("What has been done?") + "</b> "
            + self.tr("A short description or a link to one. If not realised, the reasons."))
        self.narrative_label.setWordWrap(True)
        self.narrative = _text_box(self.tr("What has been done"), 6)
        self.narrative_label.setBuddy(self.narrative)
        self.narrative.textChanged.connect(
            lambda: self._edit("narrative", _cleaned(self.narrative), merge=True))
        self.count = QLabel()
        # Shown while the text is more than a cell holds; the window places it under the
        # scrolled editor, in sight while the person types at the end of a long text.
        self.too_long = WrappingLabel()
        self.too_long.setContentsMargins(6, 2, 6, 0)
        self.too_long.setVisible(False)
        self.links = WrappingLabel()
        guard_links(self.links)  # a click asks first: the browser goes online
        self.links.setWordWrap(True)
        self.reasons_label = WrappingLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons = _text_box(self.tr("Reasons"), 3)
        self.reasons_label.setBuddy(self.reasons)
        self.reasons.textChanged.connect(
            lambda: self._edit("reasons", _cleaned(self.reasons), merge=True))
        for box in (self.narrative, self.reasons):
            box.installEventFilter(self)

        self.previous_box = QGroupBox()
        self.previous_text = WrappingLabel()
        self.previous_text.setWordWrap(True)
        self.previous_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        guard_links(self.previous_text)
        self.previous_text.setAccessibleName(self.tr("Last round's entry"))
        self.copy_button = QPushButton(self.tr("&Copy to this round"))
        self.copy_button.clicked.connect(self.copy_previous)
        previous_layout = QVBoxLayout(self.previous_box)
        previous_layout.addWidget(self.previous_text)
        previous_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Top to bottom in the order of work, which is also the tab order.
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        layout.addWidget(self.partners)
        layout.addWidget(self.status_title)
        layout.addWidget(self.status)
        layout.addWidget(self.indicator_title)
        layout.addWidget(self.indicators)
        layout.addWidget(self.indicator_report)
        layout.addWidget(self.narrative_label)
        layout.addWidget(self.narrative, 3)
        counts = QHBoxLayout()
        counts.addWidget(self.links, 1)
        counts.addWidget(self.count, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(counts)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.previous_box)
        layout.addStretch(0)

        session.entry_changed.connect(self._changed)
        session.entry_saved.connect(self._saved)
        session.dirty_changed.connect(self._dirty_changed)
        session.context_changed.connect(self._context)
        self.info.units.hide()  # the partners line below says it from the unit's side
        # The scale's buttons now; which measure is shown, the window says next
        # (MainWindow: the one it selects, else none), not filled twice before the first
        # paint (~2 ms of the start, issue 16).
        if session.catalogue is not None:
            self.status.set_programme(session.catalogue.programme)

    # -- showing -------------------------------------------------------------------------

    def _context(self) -> None:
        if self.session.catalogue is not None:
            self.status.set_programme(self.session.catalogue.programme)
        self.show_measure(None)

    def measure(self) -> Measure | None:
        catalogue = self.session.catalogue
        return catalogue.measure(self.ref) if catalogue and self.ref else None

    def show_measure(self, ref: str | None) -> None:
        # Laid out once, when the event loop comes back, not at every label or row shown
        # (a widget shown lays out each of its visible parents at once, up to the window).
        layout = self.layout()
        layout.setEnabled(False)
        try:
            self._show_measure(ref)
        finally:
            layout.setEnabled(True)
            layout.invalidate()
        self.controls_rebuilt.emit()

    def _show_measure(self, ref: str | None) -> None:
        self.session.shown(ref)
        self.ref = ref
        measure = self.measure()
        catalogue = self.session.catalogue
        self.setEnabled(measure is not None)
        register = self.session.workspace.register
        if catalogue is not None:
            self.info.show_measure(catalogue, measure, register, self.session.unit_id)
        editable = measure is not None and self.session.can_edit(measure)
        self._loading = True
        try:
            notice = self._read_only_text(measure)
            self.notice.setText(notice)
            self.notice.setVisible(bool(notice))
            partners = self._partners_text(measure)
            self.partners.setText(partners)
            self.partners.setVisible(bool(partners))
            self.status.set_editable(editable)
            self.status.set_status(self.session.status(ref) if ref else None)
            values = {i.name: self.session.value(ref, value_field(i.name))
                      for i in measure.indicators} if measure else {}
            self.indicators.set_measure(measure, values, editable)
            self.indicators.setVisible(bool(measure and measure.indicators))
            report = self.session.value(ref, "indicator_report") if ref else ""
            self.indicator_report.setText(
                f"<i>{escape(self.tr('Reported against the indicator'))}:</i><br>"
                + escape(report).replace("\n", "<br>") if report else "")
            self.indicator_report.setVisible(bool(report))
            self.indicator_title.setVisible(bool(measure and (measure.indicators or report)))
            for box, field in ((self.narrative, "narrative"), (self.reasons, "reasons")):
                box.setPlainText(self.session.value(ref, field) if ref else "")
                box.setReadOnly(not editable)
        finally:
            self._loading = False
        self._update_counts()
        self._update_reasons()
        self._show_previous(measure)
        self._show_saved()
        self.history_button.setEnabled(measure is not None)

    def tab_chain(self) -> list[QWidget]:
        """The editor's controls in screen order: the measure's title, status, each
        indicator, what has been done, reasons, last round. Hidden or disabled ones are
        skipped by Tab itself."""
        return [self.info.title, *self.status.buttons(), *self.indicators.inputs(),
                self.narrative, self.reasons, self.previous_text, self.copy_button]

    def field_of(self, widget: QWidget | None) -> str | None:
        """The entry field a control edits ("status", "narrative", "value:NAME"...)."""
        if widget is None:
            return None
        if widget is self.status or self.status.isAncestorOf(widget):
            return "status"
        if widget is self.narrative:
            return "narrative"
        if widget is self.reasons:
            return "reasons"
        name = self.indicators.name_of(widget)
        return value_field(name) if name is not None else None

    def _read_only_text(self, measure: Measure | None) -> str:
        """Why this measure cannot be changed here; "" when it can."""
        session, unit = self.session, self.session.unit_id
        if measure is None:
            return ""
        if session.round is None:
            return self.tr("No reporting round is open for this programme: its measures can "
                           "be read, not reported on.")
        if session.closed:
            text = self.tr("This round is closed: its entries can be read, not changed.")
            entry = session.entries.get(measure.ref)
            if entry is not None and entry.whole_measure:
                text += " " + self.tr("Shown: what the report said for the measure as a "
                                      "whole, not one unit's own entry.")
            elif entry is not None and entry.unit_id != unit:
                who = session.workspace.register.units.get(entry.unit_id)
                text += " " + self.tr("Shown: the entry of {0}.").format(
                    escape(who.name if who else entry.unit_id))
            if entry is not None and not entry.status and session.round.from_report:
                text += " " + self.tr("The report states no status for this measure.")
            return text
        if unit is not None and not session.can_edit(measure):
            return self.tr("Your unit is not responsible for this measure; it is shown for "
                           "reading.")
        return ""

    def _partners_text(self, measure: Measure | None) -> str:
        """Who else reports on the measure the unit is editing."""
        unit = self.session.unit_id
        if measure is None or unit is None or not self.session.can_edit(measure):
            return ""
        register = self.session.workspace.register
        if not measure.units:
            return self.tr("The programme names no responsible unit for this measure: any "
                           "unit may report on it.")
        others = [r for r in measure.units if r.unit_id != unit]
        if not others:
            return ""
        ordered = sorted(others, key=lambda r: r.role is not Role.LEAD)
        names = ", ".join(unit_text(register.units[r.unit_id]) if r.unit_id in register.units
                          else r.unit_id for r in ordered)
        return self.tr("Reported together with {0}.").format(escape(names))

    def _show_previous(self, measure: Measure | None) -> None:
        """Last round beside the editor, each text under whoever said it: the unit's own
        entry (the only one Copy takes), and what the report said for the measure as a
        whole; other units' entries only when neither exists."""
        round_ = self.session.round
        self._previous = None
        self.previous_box.setVisible(measure is not None and round_ is not None
                                     and round_.previous_round_id is not None)
        if measure is None or round_ is None or self.session.catalogue is None:
            return
        last = self.session.last_round(measure.ref)
        self.previous_box.setTitle(self.tr("Last round ({0})").format(
            last.round.period if last else ""))
        if last is None or last.empty:
            self.previous_text.setText(self.tr("No entry in the last round."))
            self.copy_button.setEnabled(False)
            return
        register = self.session.workspace.register
        parts = []
        if last.own is not None:
            parts.append(self._previous_part(self.tr("Your unit's entry"), last.own, measure,
                                             last.round.from_report))
        if last.whole is not None:
            part = self._previous_part(self.tr("The report said, for the measure as a whole"),
                                       last.whole, measure, last.round.from_report)
            if self.session.unit_id is not None:
                part += "<br><i>" + escape(self.tr(
                    "This text speaks for the measure as a whole, not for your unit: Copy to "
                    "this round does not take it.")) + "</i>"
            parts.append(part)
        if last.unmerged is not None:
            parts.append(self._previous_part(
                self.tr("Your unit's text, not in the merged round"), last.unmerged, measure,
                last.round.from_report) + "<br><i>" + escape(self.tr(
                    "The coordinator's round package does not carry this text as merged (it "
                    "was not sent, or not taken in): it is not last round's report, and Copy "
                    "to this round does not take it.")) + "</i>")
        if last.own is None and last.whole is None:
            for entry in last.others:
                unit = register.units.get(entry.unit_id)
                parts.append(self._previous_part(unit_text(unit) if unit else entry.unit_id,
                                                 entry, measure, last.round.from_report))
        self.previous_text.setText("<br><br>".join(parts))
        self._previous = last.own
        self.copy_button.setEnabled(last.own is not None and self.session.can_edit(measure))

    def _previous_part(self, who: str, entry, measure: Measure, from_report: bool) -> str:
        """One last-round text: who said it, its status, its reporting and narrative."""
        level = self.session.catalogue.programme.level(entry.status)
        if level is not None:
            status = level_text(level)
        elif from_report:
            status = self.tr("Not stated in the report")
        else:
            status = self.tr("Not reported")
        reporting = [f"{escape(i.name)}: "
                     + escape(display_value(i.type, value)).replace("\n", "<br>")
                     for i in measure.indicators if (value := entry.values.get(i.name))]
        if entry.indicator_report:
            reporting.append(escape(entry.indicator_report).replace("\n", "<br>"))
        text = escape(entry.narrative).replace("\n", "<br>")
        text = _URL.sub(lambda m: f"<a href='{m.group(0)}'>{m.group(0)}</a>", text)
        shown_status = escape(self.tr("Status: {0}").format(status))
        lines = [f"<b>{escape(who)}</b> · {shown_status}"]
        if reporting:
            label = escape(self.tr("Reported against the indicator"))
            lines.append(f"<i>{label}:</i> " + "<br>".join(reporting))
        if text:
            lines.append(("<br>" if reporting else "") + text)
        return "<br>".join(lines)

    def _show_saved(self) -> None:
        if self.session.dirty:
            self.saved.setText(self.tr("Saving…"))
        elif self.session.last_saved_at:
            from PySide6.QtCore import QDateTime  # after a save, not at the first paint

            when = QDateTime.fromString(self.session.last_saved_at, Qt.DateFormat.ISODateWithMs)
            time = QLocale().toString(when.toLocalTime().time(), QLocale.FormatType.ShortFormat)
            self.saved.setText(self.tr("Saved at {0}").format(time))
        else:
            self.saved.setText(self.tr("Everything is saved"))

    def _update_counts(self) -> None:
        text = self.narrative.toPlainText()
        self.count.setText(self.tr("%n character(s)", "", len(text)))
        over = len(text) > EXCEL_CELL_LIMIT  # said now, not first when the export refuses
        if over:
            self.too_long.setText("<span style='color:#b71c1c'>" + escape(self.tr(
                "That is more than an Excel cell holds ({0}): shorten the text or link to a "
                "longer one before you export.").format(EXCEL_CELL_LIMIT)) + "</span>")
        self.too_long.setVisible(over)
        urls = list(dict.fromkeys(_URL.findall(text)))
        self.links.setText(self.tr("Links:") + " " + ", ".join(
            f"<a href='{escape(u)}'>{escape(u)}</a>" for u in urls) if urls else "")

    def _update_reasons(self) -> None:
        catalogue = self.session.catalogue
        status = self.session.status(self.ref) if self.ref else None
        required = bool(catalogue) and reasons_required(catalogue.programme, status)
        offered = bool(catalogue) and reasons_offered(catalogue.programme, status)
        visible = required or offered or bool(self.reasons.toPlainText())
        self.reasons_label.setVisible(visible)
        self.reasons.setVisible(visible)
        self.reasons_label.setText(
            "<b>" + self.tr("Reasons") + "</b> "
            + (self.tr("(required: why has the measure not started?)") if required
               else self.tr("(optional: why is the measure behind schedule?)")))

    # -- editing -------------------------------------------------------------------------

    def _edit(self, field: str, value: str, merge: bool = False) -> None:
        if self._loading or self.ref is None:
            return
        self.session.edit(self.ref, field, value, merge=merge)
        if field == "narrative":
            self._update_counts()

    def _changed(self, ref: str, field: str) -> None:
        """A value changed in the session (typing, undo, copy): show it if it differs."""
        if ref != self.ref:
            return
        value = self.session.value(ref, field)
        self._loading = True
        try:
            if field == "status":
                self.status.set_status(value)
            elif field in ("narrative", "reasons"):
                box = self.narrative if field == "narrative" else self.reasons
                shown = box.toPlainText()
                if shown != value:
                    # Only the part that changed is replaced: the cursor ends there and the
                    # view stays (an undo of a word typed in the middle of a long text leaves
                    # the person where they were, not at its end).
                    from PySide6.QtGui import QTextCursor  # not made at start-up

                    start, removed, inserted = changed_span(shown, value)
                    cursor = box.textCursor()
                    cursor.setPosition(_qt_position(shown, start))
                    cursor.setPosition(_qt_position(shown, start + removed),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(value[start:start + inserted])
                    box.setTextCursor(cursor)
            elif field.startswith(VALUE_PREFIX):
                self.indicators.update_value(field[len(VALUE_PREFIX):], value)
        finally:
            self._loading = False
        self._update_counts()
        self._update_reasons()

    def _dirty_changed(self, _dirty: bool) -> None:
        self._show_saved()

    def _saved(self, change: EntryChanged) -> None:
        self._show_saved()

    def copy_previous(self) -> None:
        """Take the unit's own last-round entry as a start (never the report's text for
        the whole measure, and never a status the unit did not state). Text already typed
        is replaced only when the person says so, and one Undo (Ctrl+Z) brings it back."""
        entry = getattr(self, "_previous", None)
        if entry is None or self.ref is None:
            return
        current = self.session.value(self.ref, "narrative")
        if current.strip() and current != entry.narrative:
            from PySide6.QtWidgets import QMessageBox  # its types are not made at start-up

            answer = QMessageBox.question(
                self, self.tr("Copy to this round"),
                self.tr("“What has been done?” already has text. Replace it with last "
                        "round's text? (Undo, Ctrl+Z, brings your text back.)"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Copy last round's entry"))
        try:
            self.session.edit(self.ref, "narrative", entry.narrative)
            if entry.status and not self.session.status(self.ref):
                self.session.edit(self.ref, "status", entry.status)
        finally:
            stack.endMacro()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.session.flush()
        elif event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            return True  # not the text box's own undo: the window's stack takes the key
        return False

    def focus_field(self, field: str) -> None:
        if field == "status":
            self.status.focus()
        elif field == "narrative":
            self.narrative.setFocus()
        elif field == "reasons":
            self.reasons.setFocus()
        elif field.startswith(VALUE_PREFIX):
            self.indicators.focus(field[len(VALUE_PREFIX):])
