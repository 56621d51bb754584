"""The catalogue as the Excel workbook a coordinator keeps, and reading it back.

Layout: a sheet "Ohjelma" with the programme and its status scale; one sheet per theme
(the theme's name in A1, the header row in row 2, one row per measure); a sheet
"Ohjelman mittarit" for programme-level indicators. A coordinator's own workbook may
instead put every measure on one sheet with a "Teema" column; both are read.

Goal cells follow the Word table: "1. Goal text" on the goal's first row, empty below it
for the same goal, and "–" for a measure without a goal after a goal's rows. Tags
("Tunnisteet") are one per line, as a tag may hold a comma ("Ohjaus, neuvonta ja
siirtymät"). The last column keeps each indicator's wording in the monitoring text, one
line per indicator ("–" for none), so a curated catalogue comes back unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path

from kotodesk.catalogue.rules import (
    check,
    is_measure_number,
    normalise_number,
    period_of,
    programme_id_for,
    status_level,
    visible,
    visible_first_word,
)
from kotodesk.domain.errors import InputError
from kotodesk.domain.indicators import propose_indicators, propose_type
from kotodesk.domain.messages import joined, message
from kotodesk.domain.model import (
    DEFAULT_SCALE,
    Catalogue,
    Goal,
    Indicator,
    IndicatorType,
    Measure,
    MeasureKind,
    Programme,
    ProgrammeIndicator,
    StatusLevel,
    Theme,
)
from kotodesk.domain.text import clean, one_line
from kotodesk.xlsx import rows as xlsx_rows
from kotodesk.xlsx.safe import Cell, load_workbook, rows
from kotodesk.xlsx.write import print_a4_landscape, save, set_text, sheet_title

PROGRAMME_SHEET = "Ohjelma"
INDICATOR_SHEET = "Ohjelman mittarit"
NO_GOAL = "–"
COLUMNS = ["Tavoitteet", "Nro", "Toimenpiteet", "Seuranta", "Mittarit", "Vastuutahot",
           "Tunnisteet", "Laji", "Huomautus", "Mittarien sanamuoto"]
_WIDTHS = [30, 7, 50, 40, 40, 30, 14, 10, 20, 40]
NO_WORDING = "–"
_HEADER_NAMES = {
    "theme": ("teema", "painopiste", "kokonaisuus"),
    "goal": ("tavoitteet", "tavoite"),
    "number": ("nro", "numero"),
    "measure": ("toimenpiteet", "toimenpide"),
    "monitoring": ("seuranta", "mittarit ja seuranta"),
    "indicators": ("mittarit", "mittari", "indikaattorit"),
    "units": ("vastuutahot", "vastuutaho", "toteutuksen vastuutahot"),
    "tags": ("tunnisteet", "tunniste", "alueet"),
    "kind": ("laji",),
    "note": ("huomautus", "huomautukset"),
    "wording": ("mittarien sanamuoto", "sanamuoto"),
}
TYPE_LABELS = {
    IndicatorType.YES_NO: "kyllä/ei",
    IndicatorType.PERCENT: "%",
    IndicatorType.COUNT: "lkm",
    IndicatorType.NUMBER: "luku",
    IndicatorType.TEXT: "teksti",
}
_LABEL_TYPES = {label: kind for kind, label in TYPE_LABELS.items()}
_INDICATOR_LINE = re.compile(r"^(?P<name>.*?)\s*\[(?P<type>kyllä/ei|%|lkm|luku|teksti)\]$")
_GOAL_CELL = re.compile(r"^(\d+[a-z]?)\.(?:\s+(.*))?$", re.S)
_MEASURE_CELL = re.compile(r"^(\d+(?:\.\d+)+)\.?(?:\s+|$)(.*)$", re.S)
_KIND_LABELS = {"nosto": MeasureKind.HIGHLIGHT, "highlight": MeasureKind.HIGHLIGHT,
                "toimenpide": MeasureKind.MEASURE, "measure": MeasureKind.MEASURE, "": None}


# -- writing -------------------------------------------------------------------------------


def write_catalogue(catalogue: Catalogue, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    taken = {PROGRAMME_SHEET, INDICATOR_SHEET}
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    header_fill = PatternFill("solid", fgColor="DDE6F0")

    ws = wb.active
    ws.title = PROGRAMME_SHEET
    p = catalogue.programme
    for row, (label, value) in enumerate([
        ("Ohjelma", p.name), ("Lyhenne", p.short_name), ("Kausi", p.period),
        ("Organisaatio", p.organisation), ("Otsikko", catalogue.title),
        ("Lähde", catalogue.source),
    ], start=1):
        ws.cell(row, 1, label).font = bold
        set_text(ws.cell(row, 2), value)
    ws.cell(8, 1, "Tila-asteikko").font = bold
    for col, label in enumerate(["Koodi", "Selite", "Väri"], start=1):
        ws.cell(9, col, label).font = bold
    for row, level in enumerate(p.scale, start=10):
        set_text(ws.cell(row, 1), level.code)
        set_text(ws.cell(row, 2), level.label)
        set_text(ws.cell(row, 3), level.colour)
        ws.cell(row, 3).fill = PatternFill("solid", fgColor=level.colour.lstrip("#"))
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows(min_col=2, max_col=2):
        row[0].alignment = wrap
    _fit_rows(ws, [16, 70, 10])
    print_a4_landscape(ws)

    for theme in catalogue.themes:
        ws = wb.create_sheet(sheet_title(theme.name, taken))
        set_text(ws.cell(1, 1), theme.name)
        ws.cell(1, 1).font = Font(bold=True, size=14)
        if theme.note:
            set_text(ws.cell(1, 3), theme.note)
        for col, (label, width) in enumerate(zip(COLUMNS, _WIDTHS, strict=True), start=1):
            cell = ws.cell(2, col, label)
            cell.font, cell.fill, cell.alignment = bold, header_fill, wrap
            ws.column_dimensions[cell.column_letter].width = width
        for row, (goal_cell, m) in enumerate(_theme_rows(theme), start=3):
            values = [goal_cell] + ([""] * 9 if m is None else [
                m.number, m.text, m.monitoring,
                "\n".join(f"{i.name} [{TYPE_LABELS[i.type]}]" for i in m.indicators),
                m.responsible, "\n".join(m.tags),
                "nosto" if m.kind is MeasureKind.HIGHLIGHT else "", m.note,
                "\n".join(i.wording or NO_WORDING for i in m.indicators),
            ])
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row, col)
                set_text(cell, value)
                cell.alignment = wrap
        ws.freeze_panes = "A3"
        _fit_rows(ws, _WIDTHS)
        print_a4_landscape(ws, "2:2")

    ws = wb.create_sheet(INDICATOR_SHEET)
    for col, label in enumerate(["Mittari", "Seurannan vastuutaho", "Lähde", "Osio"],
                                start=1):
        ws.cell(1, col, label).font = bold
        ws.column_dimensions[ws.cell(1, col).column_letter].width = 50
    for row, ind in enumerate(catalogue.programme_indicators, start=2):
        for col, value in enumerate([ind.name, ind.responsible, ind.source, ind.section],
                                    start=1):
            set_text(ws.cell(row, col), value)
            ws.cell(row, col).alignment = wrap
    _fit_rows(ws, [50, 50, 50])
    print_a4_landscape(ws, "1:1")
    save(wb, target)


def _fit_rows(ws, widths: list[float]) -> None:
    """Each row as tall as its wrapped text (LibreOffice keeps the default height of a
    row openpyxl wrote, and prints only what the row shows)."""
    for row in ws.iter_rows():
        lines = max((xlsx_rows.lines(c.value, widths[c.column - 1])
                     for c in row if isinstance(c.value, str) and c.column <= len(widths)),
                    default=1)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = xlsx_rows.height(lines)


def _theme_rows(theme: Theme) -> list[tuple[str, Measure | None]]:
    """(goal cell, measure) rows in the Word table's convention; a goal without measures
    gets a row of its own, in its place among the goals."""
    rows: list[tuple[str, Measure | None]] = []
    with_measures = {m.goal for m in theme.measures}
    written: set[str] = set()
    current: str | None = None

    def goal_cell(number: str) -> str:
        goal = theme.goal(number)
        return f"{number}. {goal.text}".strip() if goal else f"{number}."

    def empty_goals_before(index: int) -> None:
        nonlocal current
        for goal in theme.goals[:index]:
            if goal.number not in with_measures and goal.number not in written:
                rows.append((goal_cell(goal.number), None))
                written.add(goal.number)
                current = goal.number

    numbers = [g.number for g in theme.goals]
    for m in theme.measures:
        if m.goal is None:
            cell = NO_GOAL if current is not None else ""
        else:
            empty_goals_before(numbers.index(m.goal) if m.goal in numbers else 0)
            cell = goal_cell(m.goal) if m.goal != current else ""
            written.add(m.goal)
        current = m.goal
        rows.append((cell, m))
    empty_goals_before(len(theme.goals))
    return rows


# -- reading -------------------------------------------------------------------------------


def _columns(cells: list[Cell]) -> dict[str, int] | None:
    # A header wrapped by Alt+Enter ("Toteutuksen\nvastuutahot"), or with a no-break
    # space, names the same column.
    names = [visible(one_line(c.text)).casefold() for c in cells]
    found: dict[str, int] = {}
    for role, accepted in _HEADER_NAMES.items():
        for i, name in enumerate(names):
            if name in accepted and i not in found.values():
                found.setdefault(role, i)
    return found if {"goal", "measure"} <= found.keys() else None


def read_catalogue_xlsx(path: Path, data: bytes | None = None,
                        warnings: list[str] | None = None) -> Catalogue:
    """Read a catalogue workbook; formulas found are read as text and listed in
    `warnings`."""
    workbook = load_workbook(path, data)
    try:
        return _read(workbook, path, warnings if warnings is not None else [])
    finally:
        workbook.close()


def _read(workbook, path: Path, warnings: list[str]) -> Catalogue:
    programme, title, source = _read_programme(workbook, path)
    themes: list[Theme] = []
    by_name: dict[str, Theme] = {}
    numbers: dict[tuple[int, str], tuple[str, int]] = {}
    for ws in workbook.worksheets:
        if ws.title in (PROGRAMME_SHEET, INDICATOR_SHEET):
            continue
        sheet_rows = list(rows(ws))
        header = next(((n, cols) for n, cells in sheet_rows[:10]
                       if (cols := _columns(cells))), None)
        if header is None:
            continue
        if ws.sheet_state != "visible":
            # Hidden is how it is shown, not whether it counts: a theme skipped would
            # renumber the themes after it, and their measures' references with them.
            warnings.append(message("hidden-sheet-read", sheet=repr(ws.title)))
        header_row, columns = header
        title_row = next((cells for n, cells in sheet_rows[:header_row - 1]
                          if cells and cells[0].text.strip()), [])
        theme_name = one_line(title_row[0].text) if title_row else ws.title
        note = clean(title_row[2].text) if len(title_row) > 2 else ""
        _read_sheet(ws.title, sheet_rows[header_row:], columns, theme_name, themes, by_name,
                    path, warnings, numbers)
        if note and themes and themes[-1].name == theme_name and not themes[-1].note:
            themes[-1].note = note
        warnings.extend(
            message("formula-read-as-text", sheet=repr(ws.title), row=n, text=c.text[:60])
            for n, cells in sheet_rows for c in cells if c.formula)
    if not themes:
        raise InputError(message("no-catalogue-sheet"), path=path)
    indicators = _read_programme_indicators(workbook)
    catalogue = Catalogue(programme, themes, indicators, title=title, source=source)
    check(catalogue, path)
    return catalogue


def _read_sheet(sheet: str, sheet_rows, columns, theme_name, themes, by_name, path,
                warnings: list[str], numbers: dict[tuple[int, str], tuple[str, int]]) -> None:
    """Read one sheet's measures into `themes`; `numbers`: where each (theme, number) was
    read first, over every sheet."""
    def get(cells: list[Cell], role: str) -> Cell:
        i = columns.get(role)
        return cells[i] if i is not None and i < len(cells) else Cell("")

    theme: Theme | None = None
    goal: Goal | None = None
    for row, cells in sheet_rows:
        if not any(c.text.strip() for c in cells):
            continue
        name = one_line(get(cells, "theme").text) if "theme" in columns else theme_name
        if theme is None or theme.name != name:
            theme = by_name.get(name)
            if theme is None:
                theme = Theme(position=len(themes) + 1, name=name)
                themes.append(theme)
                by_name[name] = theme
            goal = theme.goals[-1] if theme.goals else None
        goal_text = visible_first_word(clean(get(cells, "goal").text))
        if goal_text in (NO_GOAL, "-"):
            goal = None
        elif goal_text:
            match = _GOAL_CELL.match(goal_text)
            if not match:
                raise InputError(message("goal-cell-without-number", text=repr(goal_text[:60])),
                                 path=path, sheet=sheet, row=row)
            number, text = match.group(1), clean(match.group(2) or "")
            goal = theme.goal(number)
            if goal is None:
                goal = Goal(number, text)
                theme.goals.append(goal)
        measure_text = clean(get(cells, "measure").text)
        number = normalise_number(get(cells, "number").text)
        if number and not is_measure_number(number):
            raise InputError(message("measure-number-odd", column=_header_of(columns, "number"),
                                     number=repr(number)), path=path, sheet=sheet, row=row)
        match = _MEASURE_CELL.match(visible_first_word(measure_text))
        if match and (not number or normalise_number(match.group(1)) == number):
            # Its number in its own cell, or also at the start of the text pasted from
            # the Word table ("1.1 Kehitetään …" beside 1.1): the text is what follows.
            number, measure_text = normalise_number(match.group(1)), clean(match.group(2))
        if not number:
            if measure_text or get(cells, "monitoring").text.strip():
                raise InputError(message("measure-without-number"), path=path, sheet=sheet,
                                 row=row)
            continue
        key = (theme.position, number)
        as_number = get(cells, "number").number
        if key in numbers:  # a theme may go on over sheets of the same name in A1
            first_sheet, first_row = numbers[key]
            said = message("measure-twice", number=number, theme=repr(theme.name),
                           row=first_row) if first_sheet == sheet else message(
                "measure-twice-sheet", number=number, theme=repr(theme.name),
                sheet=repr(first_sheet), row=first_row)
            if as_number and "." in number:
                said = joined([said, _lost_zero(columns, number)], ". ")
            raise InputError(said, path=path, sheet=sheet, row=row)
        before = theme.measures[-1].number if theme.measures else ""
        if as_number and _goes_back(before, number):
            raise InputError(message("measure-number-goes-back", before=before, number=number,
                                     advice=_lost_zero(columns, number)),
                             path=path, sheet=sheet, row=row)
        numbers[key] = (sheet, row)
        if not measure_text:
            warnings.append(message("measure-without-text", number=number, where=joined(
                [message("in-sheet", sheet=repr(sheet)), message("in-row", row=row)], ", ")))
        monitoring = clean(get(cells, "monitoring").text)
        kind = _KIND_LABELS.get(clean(get(cells, "kind").text).casefold())
        if kind is None and clean(get(cells, "kind").text):
            raise InputError(message("unknown-kind", kind=repr(get(cells, "kind").text)),
                             path=path, sheet=sheet, row=row)
        theme.measures.append(Measure(
            theme=theme.position,
            number=number,
            text=measure_text,
            goal=goal.number if goal else None,
            monitoring=monitoring,
            indicators=_indicators(get(cells, "indicators").text, monitoring,
                                   "indicators" in columns, get(cells, "wording").text),
            responsible=clean(get(cells, "units").text),
            tags=tuple(t for t in (clean(x) for x in re.split(r"[;\n]", get(cells, "tags").text))
                       if t),
            kind=kind or MeasureKind.MEASURE,
            note=clean(get(cells, "note").text),
        ))


def _lost_zero(columns: dict[str, int], number: str) -> str:
    """What to do when Excel kept a measure number as a number: "1.10" typed into a
    General cell is the number 1.1, and shows as 1.1."""
    return message("measure-number-lost-zero", number=number, lost=f"{number}0",
                   column=_header_of(columns, "number"))


def _goes_back(before: str, number: str) -> bool:
    """Whether `number` comes before `before` under the same goal number: 1.1 after 1.9
    (where 1.10 was typed, and Excel kept the number 1.1)."""
    head, _, tail = number.rpartition(".")
    before_head, _, before_tail = before.rpartition(".")
    return bool(head) and head == before_head and tail.isdigit() and \
        before_tail.isdigit() and int(tail) < int(before_tail)


def _header_of(columns: dict[str, int], role: str) -> str:
    """A column as Excel names it: its letter."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(columns[role] + 1)


def _indicators(cell: str, monitoring: str, has_column: bool,
                wording_cell: str = "") -> tuple[Indicator, ...]:
    """Indicators from the Mittarit column (else proposed from the monitoring text). Their
    wording comes from the wording column when it has a line for each, else from the
    proposal of the same name."""
    proposed = propose_indicators(monitoring)
    if not has_column:
        return proposed
    wording = {i.name: i.wording for i in proposed}
    found = []
    for line in clean(cell).split("\n"):
        line = one_line(line)
        if not line:
            continue
        match = _INDICATOR_LINE.match(line)
        if match:
            found.append((match.group("name"), _LABEL_TYPES[match.group("type")]))
        else:
            found.append((line, propose_type(line)))
    given = [w.strip() for w in clean(wording_cell).split("\n")] if wording_cell.strip() else []
    if len(given) != len(found):
        given = [wording.get(name, "") for name, _ in found]
    return tuple(Indicator(name, kind, "" if text == NO_WORDING else text)
                 for (name, kind), text in zip(found, given, strict=True))


def _read_programme(workbook, path: Path) -> tuple[Programme, str, str]:
    values: dict[str, str] = {}
    scale: list[StatusLevel] = []
    if PROGRAMME_SHEET in workbook.sheetnames:
        in_scale = False
        for row, cells in rows(workbook[PROGRAMME_SHEET]):
            texts = [clean(c.text) for c in cells[:3]] + ["", "", ""]
            if texts[0] == "Tila-asteikko":
                in_scale = True
            elif in_scale and texts[0] and texts[0] != "Koodi":
                try:
                    scale.append(status_level(texts[0], texts[1], texts[2]))
                except InputError as exc:
                    raise InputError(exc.problem, path=path, sheet=PROGRAMME_SHEET,
                                     row=row) from None
            elif not in_scale and texts[0]:
                values[texts[0]] = texts[1]
    name = values.get("Ohjelma") or values.get("Otsikko") or path.stem
    programme = Programme(
        id=programme_id_for(name), name=name, short_name=values.get("Lyhenne", ""),
        period=values.get("Kausi", "") or period_of(name),
        organisation=values.get("Organisaatio", "") or "Helsingin kaupunki",
        scale=tuple(scale) or DEFAULT_SCALE,
    )
    return programme, values.get("Otsikko", ""), values.get("Lähde", "")


def _read_programme_indicators(workbook) -> list[ProgrammeIndicator]:
    if INDICATOR_SHEET not in workbook.sheetnames:
        return []
    result = []
    for row, cells in rows(workbook[INDICATOR_SHEET]):
        texts = [clean(c.text) for c in cells[:4]] + ["", "", "", ""]
        if row == 1 or not texts[0]:
            continue
        result.append(ProgrammeIndicator(texts[0], texts[1], texts[2], section=texts[3]))
    return result
