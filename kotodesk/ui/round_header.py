"""The line above the work: programme, monitoring period, deadline and days left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from kotodesk.domain.model import Programme, Round, Unit
from kotodesk.ui.markup import escape as esc
from kotodesk.ui.words import unit_text


class RoundHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setContentsMargins(8, 4, 8, 4)
        self.setAccessibleName(self.tr("Round"))

    def show_round(self, programme: Programme, round_: Round | None, unit: Unit | None,
                   today: date | None = None, review: tuple[str, str] | None = None) -> None:
        """`review`: the coordinator's (state, comment) on the unit's last return."""
        parts = [f"<b>{esc(programme.name)}</b>"]
        if round_ is None:
            parts.append(esc(self.tr("no reporting round")))
        else:
            parts.append(esc(self.tr("Monitoring period {0}").format(round_.period)))
            if round_.state != "open":
                parts.append(esc(self.tr("closed")))
            elif round_.deadline:
                parts.append(esc(self.deadline_text(round_.deadline, today or date.today())))
        if unit is not None:
            parts.append(esc(self.tr("Unit: {0}").format(unit_text(unit))))
        text = " · ".join(parts)
        note = self.review_text(*review) if review else ""
        if note:
            text += (f"<br><span style='background-color:#fff4ce; color:#3b2f00'>"
                     f"&nbsp;{esc(note)}&nbsp;</span>")
        self.setText(text)

    def review_text(self, state: str, comment: str) -> str:
        """What the coordinator said about the unit's last return, as a sentence."""
        if state == "returned":
            return self.tr("The coordinator sent your last return back: {0}").format(comment)
        if comment:
            return self.tr("The coordinator's comment on your last return: {0}").format(comment)
        return ""

    def deadline_text(self, deadline: date, today: date) -> str:
        shown = QLocale().toString(QDate(deadline.year, deadline.month, deadline.day),
                                   QLocale.FormatType.ShortFormat)
        days = (deadline - today).days
        if days > 0:
            return self.tr("deadline {0}, %n day(s) left", "", days).format(shown)
        if days == 0:
            return self.tr("deadline {0}, today").format(shown)
        return self.tr("deadline {0}, passed %n day(s) ago", "", -days).format(shown)
