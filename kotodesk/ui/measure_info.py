"""The catalogue side of a measure: where it sits, what it says, who answers for it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kotodesk.domain.model import Catalogue, IndicatorType, Measure, MeasureKind, Role
from kotodesk.domain.register import Register
from kotodesk.ui.markup import escape as esc
from kotodesk.ui.words import unit_text
from kotodesk.ui.wrapping_label import WrappingLabel

_TYPE_NAMES = {
    IndicatorType.YES_NO: QT_TRANSLATE_NOOP("MeasureInfo", "yes/no"),
    IndicatorType.PERCENT: QT_TRANSLATE_NOOP("MeasureInfo", "percent"),
    IndicatorType.COUNT: QT_TRANSLATE_NOOP("MeasureInfo", "count"),
    IndicatorType.NUMBER: QT_TRANSLATE_NOOP("MeasureInfo", "number"),
    IndicatorType.TEXT: QT_TRANSLATE_NOOP("MeasureInfo", "text"),
}


class MeasureInfo(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = WrappingLabel()
        self.title = QLabel()  # a plain QLabel: the tab chain says what kind of stop it is
        self.monitoring = WrappingLabel()
        self.units = WrappingLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, name in ((self.location, self.tr("Theme and goal")),
                            (self.title, self.tr("Measure")),
                            (self.monitoring, self.tr("Monitoring")),
                            (self.units, self.tr("Responsible units"))):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setAccessibleName(name)
            layout.addWidget(label)
        self.title.setObjectName("measureTitle")

    def show_measure(self, catalogue: Catalogue, measure: Measure | None,
                     register: Register, unit_id: str | None = None) -> None:
        if measure is None:
            for label in (self.location, self.title, self.monitoring, self.units):
                label.clear()
            self.title.setText(self.tr("Choose a measure on the left."))
            return
        theme = catalogue.theme_of(measure)
        goal = theme.goal(measure.goal)
        where = f"<b>{esc(f'{theme.position}. {theme.name}')}</b>"
        if goal:
            where += "<br>" + esc(self.tr("Goal {0}. {1}").format(goal.number, goal.text))
        if measure.tags:
            where += "<br>" + esc(self.tr("Tags: {0}").format("; ".join(measure.tags)))
        if measure.kind is MeasureKind.HIGHLIGHT:
            where += "<br><i>" + esc(self.tr("Highlighted project (Nosto): reported as a "
                                              "description, without an indicator.")) + "</i>"
        self.location.setText(where)
        self.title.setText(f"<span style='font-size:large'><b>{esc(measure.number)}</b> "
                           f"{esc(measure.text).replace(chr(10), '<br>')}</span>")
        monitoring = esc(measure.monitoring).replace("\n", "<br>")
        parts = ["<b>" + esc(self.tr("Monitoring")) + "</b>: "
                 + (monitoring or esc(self.tr("(none)")))]
        if measure.indicators:
            items = "".join(
                f"<li>{esc(i.name)} <i>({esc(self.tr(_TYPE_NAMES[i.type]))})</i></li>"
                for i in measure.indicators)
            parts.append(f"<ul style='margin-top:2px'>{items}</ul>")
        self.monitoring.setText("".join(parts))
        names = []
        for r in measure.units:
            unit = register.units.get(r.unit_id)
            name = esc(unit_text(unit) if unit else r.unit_id)
            if r.unit_id == unit_id:
                name = f"<b>{name}</b>"
            if r.role is Role.PARTNER:
                name += " " + esc(self.tr("(taking part)"))
            names.append(name)
        text = "<b>" + esc(self.tr("Responsible units")) + "</b>: " + ("; ".join(names) or "–")
        if measure.responsible:
            text += f"<br><span style='color:gray'>{esc(measure.responsible)}</span>"
        self.units.setText(text)
