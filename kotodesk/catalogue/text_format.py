"""Reading a catalogue from the seed's table text (.txt/.tsv, a Word table saved as text).

The shape, as in seed 001: a title line; per theme a heading line (a single cell, often
ending in tabs) followed by the header row "Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot";
rows whose goal cell starts with "1." and measure cell with "1.1" (or "3.3."). A cell that
ran over a page break continues on a later row whose leading cells are empty: such a row
is joined to the cells it continues, never read as a new measure.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from kotodesk.catalogue.rules import (
    check,
    is_measure_number,
    normalise_number,
    period_of,
    programme_id_for,
    visible_first_word,
)
from kotodesk.domain.errors import InputError
from kotodesk.domain.indicators import propose_indicators
from kotodesk.domain.messages import message
from kotodesk.domain.model import Catalogue, Goal, Measure, Programme, Theme
from kotodesk.domain.text import clean, one_line

_GOAL = re.compile(r"^(\d+)\.\s*(.*)$", re.S)
_MEASURE = re.compile(r"^(\d+(?:\.\d+)+)\.?(?:\s+|$)(.*)$", re.S)
_HEADERS = {
    "goal": ("tavoitteet", "tavoite", "kokonaisuuden tavoitteet"),
    "number": ("nro", "numero"),
    "measure": ("toimenpiteet", "toimenpide", "toimenpiteet tiivistettynä"),
    "monitoring": ("seuranta", "mittarit", "mittari"),
    "units": ("vastuutahot", "vastuutaho", "toteutuksen vastuutahot"),
}
MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, path: Path) -> str:
    """The file's text, or a clear refusal for what is not a text table."""
    if not data.strip():
        raise InputError(message("empty-file"), path=path)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192]:
            raise InputError(message("not-text"), path=path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(message("not-utf8", offset=exc.start), path=path) from None
    return text


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    names = [c.strip().casefold() for c in cells]
    columns: dict[str, int] = {}
    for role, accepted in _HEADERS.items():
        for i, name in enumerate(names):
            if name in accepted:
                columns.setdefault(role, i)
    if "goal" in columns and "measure" in columns:
        return columns
    return None


@dataclass
class _State:
    path: Path
    title: str = ""
    themes: list[Theme] = field(default_factory=list)
    columns: dict[str, int] | None = None
    goal: Goal | None = None
    measure: Measure | None = None
    measure_rows: dict[tuple[int, str], int] = field(default_factory=dict)

    def fail(self, problem: str, row: int) -> None:
        raise InputError(problem, path=self.path, row=row)


def _join(before: str, more: str) -> str:
    return f"{before} {more}".strip() if before else more


def read_table_text(path: Path, data: bytes | None = None,
                    warnings: list[str] | None = None) -> Catalogue:
    """Read a catalogue in the seed 001 table format; what is odd but readable (a measure
    without text) is added to `warnings`.

    The programme is named from the title line; importing decides whether it is a new
    programme or a new version of an existing one.
    """
    warnings = warnings if warnings is not None else []
    if data is None:
        data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise InputError(message("file-larger-than", megabytes=MAX_BYTES // 2**20), path=path)
    text = decode(data, path)
    rows = [(n, [clean(c) for c in cells]) for n, cells in _rows(text)]
    state = _State(path)
    for index, (line, cells) in enumerate(rows):
        filled = [i for i, c in enumerate(cells) if c]
        if not filled:
            continue
        columns = _header_columns(cells)
        if columns:
            state.columns = columns
            continue
        if filled == [0] and _next_is_header(rows, index):
            state.themes.append(Theme(position=len(state.themes) + 1, name=one_line(cells[0])))
            state.goal, state.measure, state.columns = None, None, None
            continue
        if state.columns is None:
            if filled == [0] and not state.themes and not state.title:
                state.title = one_line(cells[0])
                continue
            if filled == [0]:
                continue  # prose between tables (introductions, notes)
            state.fail(message("row-before-header"), line)
        _table_row(state, line, cells)
    if not state.themes:
        header = next((line for line, cells in rows if len(cells) == 1
                       and {"tavoitteet", "toimenpiteet"} <= set(re.findall(
                           r"\w+", cells[0].casefold()))), None)
        if header is not None:  # separated by ";", "," or spaces: saved as CSV, or typed
            raise InputError(message("header-not-tabs"), path=path, row=header)
        raise InputError(message("no-theme-found"), path=path)
    for theme in state.themes:
        warnings.extend(message("measure-without-text", number=m.number, where=message(
            "in-row", row=state.measure_rows[(theme.position, m.number)]))
            for m in theme.measures if not m.text)
    for theme in state.themes:
        for measure in theme.measures:
            measure.indicators = propose_indicators(measure.monitoring)
    programme_name = state.title or path.stem
    programme = Programme(id=programme_id_for(programme_name), name=programme_name,
                          period=period_of(programme_name))
    catalogue = Catalogue(programme=programme, themes=state.themes, title=state.title,
                          source=f"imported from {path.name}")
    check(catalogue, path)
    return catalogue


def _rows(text: str):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", strict=False)
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as exc:
        raise InputError(message("table-text-unreadable", detail=str(exc)),
                         row=reader.line_num) from None


def _next_is_header(rows: list[tuple[int, list[str]]], index: int) -> bool:
    for _, cells in rows[index + 1 :]:
        if any(cells):
            return _header_columns(cells) is not None
    return False


def _cell(cells: list[str], columns: dict[str, int], role: str) -> str:
    i = columns.get(role)
    return cells[i] if i is not None and i < len(cells) else ""


def _table_row(state: _State, line: int, cells: list[str]) -> None:
    columns = state.columns or {}
    if not state.themes:
        state.fail(message("measure-before-theme"), line)
    theme = state.themes[-1]
    goal_cell = visible_first_word(_cell(cells, columns, "goal"))
    number_cell = _cell(cells, columns, "number")
    measure_cell = visible_first_word(_cell(cells, columns, "measure"))
    monitoring = _cell(cells, columns, "monitoring")
    units = _cell(cells, columns, "units")

    if goal_cell:
        match = _GOAL.match(goal_cell)
        if match and not _MEASURE.match(goal_cell):
            state.goal = Goal(match.group(1), one_line(match.group(2)))
            theme.goals.append(state.goal)
        elif state.goal is not None:  # the goal's cell continued across a page break
            continued = Goal(state.goal.number, _join(state.goal.text, one_line(goal_cell)))
            theme.goals[theme.goals.index(state.goal)] = continued
            state.goal = continued
        else:
            state.fail(message("goal-without-number", text=repr(goal_cell[:60])), line)

    number, text = "", ""
    if number_cell:
        number, text = normalise_number(number_cell), measure_cell
        if number and not is_measure_number(number):
            state.fail(message("measure-number-odd", column=repr(_HEADERS["number"][0].title()),
                               number=repr(number)), line)
    elif measure_cell and (match := _MEASURE.match(measure_cell)):
        number, text = normalise_number(match.group(1)), match.group(2)
    if number:
        key = (theme.position, number)
        if key in state.measure_rows:
            state.fail(message("measure-twice", number=number, theme=repr(theme.name),
                               row=state.measure_rows[key]), line)
        state.measure_rows[key] = line
        state.measure = Measure(
            theme=theme.position, number=number, text=one_line(text),
            goal=state.goal.number if state.goal else None,
            monitoring=one_line(monitoring), responsible=one_line(units),
        )
        theme.measures.append(state.measure)
        return
    if not (measure_cell or monitoring or units):
        return
    if state.measure is None:
        state.fail(message("continuation-before-measure"), line)
    m = state.measure
    m.text = _join(m.text, one_line(measure_cell))
    m.monitoring = _join(m.monitoring, one_line(monitoring))
    m.responsible = _join(m.responsible, one_line(units))
