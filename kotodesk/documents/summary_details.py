"""The detail pages of the meeting summary: each theme from a new page, every measure
with its number, text, responsible units and status (colour, icon and label), the
disagreement between units when there is one, and each unit's narrative under the
unit's name, with the marks of its return (unsigned, unresolved conflict)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kotodesk.documents import report
from kotodesk.documents.pdf.outline import anchor
from kotodesk.documents.pdf.pages import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADER_FILL,
    RULE,
    FlowingTable,
    measure_rows,
    paragraphs,
)
from kotodesk.documents.pdf.status import status_label, tint
from kotodesk.documents.pdf.text import escape, has_rtl, paragraph
from kotodesk.documents.summary_overview import NEUTRAL_FILL

DETAIL_SHARES = (0.045, 0.3, 0.14, 0.515)  # number, measure, status, what has been done
MARK_COLOUR = "#b3261e"
PADDING = 4  # left and right in each cell
MISSING_TEXT = "Ei ole vastannut: yksikön osuus puuttuu."


class _GoalHeading(Flowable):
    """A goal's row in a theme's table (wraps the goal's paragraph), so that the table
    can tell it apart when it breaks."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


class _ThemeTable(FlowingTable):
    """A theme's table that never leaves a goal's heading alone at the foot of a page:
    the page breaks before the heading instead, and it goes over with its measure."""

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        used, last = 0.0, -1  # the height of the rows that fit, the last of them
        for index, height in enumerate(self._rowHeights):
            if used + height > availHeight:
                break
            used, last = used + height, index
        if self.repeatRows <= last < len(self._rowHeights) - 1 and \
                _is_goal(self._cellvalues[last]):
            if last == self.repeatRows and availHeight < FRAME_HEIGHT * 0.7:
                return []  # only the headings would stand here: all of it to the next page
            if last > self.repeatRows:
                availHeight = used - self._rowHeights[last]
        return super().split(availWidth, availHeight)


def _is_goal(row) -> bool:
    first = row[0]
    if isinstance(first, (list, tuple)):  # reportlab keeps a laid-out cell as a tuple
        first = first[0] if first else None
    return isinstance(first, _GoalHeading)


def _contribution(c: report.Contribution, row: report.Row, document, s) -> list:
    """The unit's name (and the marks of its return), its own status when not every
    unit's is the measure's, its narrative and reasons, its indicator values."""
    marks = f"({', '.join(c.marks)})" if c.marks else ""
    if has_rtl(c.unit):
        flowables: list = [paragraph(f"{c.unit} {marks}".strip(), s["unit"], links=False)]
    else:
        shown = f' <font color="{MARK_COLOUR}">{escape(marks)}</font>' if marks else ""
        flowables = [Paragraph(f"{escape(c.unit)}{shown}", s["unit"])]
    flowables[0].keepWithNext = 1
    if any(other.status != row.status for other in row.contributions) or row.lacking:
        label = status_label(c.status, document.scale, s["small"],
                             text=f"Yksikön tila: {c.status.label}")
        label.keepWithNext = 1
        flowables.append(label)
    if c.description:
        flowables += paragraphs(c.description, s["narrative"])
    elif not c.reporting:
        flowables.append(Paragraph("(ei kuvausta)", s["small"]))
    if c.reporting:
        flowables += paragraphs(c.reporting, s["small"])
    return flowables


def _missing(unit: str, s) -> list:
    """A responsible unit that has not answered, as plainly as one that has: its name,
    then a marked line saying that its part is missing."""
    name = paragraph(unit, s["unit"], links=False)
    name.keepWithNext = 1
    return [name, Paragraph(f"<b>{escape(MISSING_TEXT)}</b>", s["missing"])]


def _detail_rows(row: report.Row, document, s, widths: list[float]) -> list[list]:
    """The rows of one measure: its number, text, status and what each unit has done
    (and which units have not answered), continuing on as many rows as it needs."""
    number = Paragraph(f'<a name="{anchor(row.ref)}"/><b>{escape(row.number)}</b>',
                       s["measure"])
    responsible = ", ".join(filter(None, row.responsible.split("\n")))
    measure: list = paragraphs(row.text, s["measure"])
    if responsible:
        measure.append(paragraph(f"Vastuutahot: {responsible}", s["small"], links=False))
    if row.tags:
        measure.append(paragraph(f"Tunnisteet: {', '.join(row.tags)}", s["small"],
                                 links=False))
    done: list = [paragraph(row.note, s["note"])] if row.note else []
    for c in row.contributions:
        done += _contribution(c, row, document, s)
    for unit in row.lacking:
        done += _missing(unit, s)
    if not row.contributions and not row.lacking:
        done.append(Paragraph("Ei raportoitu.", s["small"]))
    status = [status_label(row.status, document.scale, s["bold"])]
    return measure_rows([[number], measure, status, done], widths, row.number, s["measure"])


def detail_table(document: report.Document, section: report.Section, s) -> Table:
    """One theme's measures: the theme's name and the column headers repeat on each page;
    the goal is named above its first measure."""
    title = [paragraph(f"{section.position}. {section.name}", s["h1"], links=False)]
    header = [Paragraph(escape(t), s["head"]) for t in
              ("Nro", "Toimenpide", "Tila", "Mitä on tehty? (yksiköittäin)")]
    rows = [title + [""] * 3, header]
    commands = [("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (0, 0), 0), ("BOTTOMPADDING", (0, 0), (0, 0), 4),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
                ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.4, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                ("LEFTPADDING", (0, 1), (-1, -1), 4), ("RIGHTPADDING", (0, 1), (-1, -1), 4)]
    widths = [FRAME_WIDTH * share for share in DETAIL_SHARES]
    inner = [width - 2 * PADDING for width in widths]
    goal = None
    for row in section.rows:
        if row.goal and row.goal != goal:
            rows.append([_GoalHeading(paragraph(f"Tavoite {row.goal}", s["bold"])), "", "", ""])
            at = len(rows) - 1
            commands += [("SPAN", (0, at), (-1, at)),
                         ("BACKGROUND", (0, at), (-1, at), NEUTRAL_FILL)]
        goal = row.goal
        first = len(rows)
        rows += _detail_rows(row, document, s, inner)
        last = len(rows) - 1
        commands += [("BACKGROUND", (2, first), (2, last), tint(row.status.colour)),
                     ("LINEBELOW", (0, last), (-1, last), 0.4, RULE)]
        if first < last:  # the rows of one measure read as one: no padding between them
            commands += [("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                         ("TOPPADDING", (0, first + 1), (-1, last), 0)]
    table = _ThemeTable(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
