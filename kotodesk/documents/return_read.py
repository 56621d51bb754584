"""Reading a return that carries no signature from its cells (the template's layout).

A unit without kotodesk, or one whose file lost its signature, can still send the city's
table; the coordinator merges it marked unsigned. The cells are read back into a return
payload against the coordinator's own catalogue, so measure identity comes from there.
"""

from __future__ import annotations

import re
from typing import Any

from kotodesk.documents.payload import entry_part
from kotodesk.documents.report import COLUMNS, REASONS_LABEL
from kotodesk.documents.report_xlsx import CONTINUED, SUMMARY_SHEET
from kotodesk.domain.errors import InputError
from kotodesk.domain.formats import RETURN_FORMAT
from kotodesk.domain.indicators import IndicatorValueError, parse_value
from kotodesk.domain.messages import message
from kotodesk.domain.model import Catalogue, Unit
from kotodesk.domain.text import normalise_newlines
from kotodesk.xlsx.safe import cell_of

_PERIOD = re.compile(r"Seurannan aikaväli\s+([^,]+)")
_THEME = re.compile(r"^\s*(\d+)[.\s]")
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?(?:\s|$)")


def _text(cell) -> str:
    return normalise_newlines(cell_of(cell).text).strip()


def summary_facts(workbook) -> dict[str, str]:
    """Programme name, period and unit as the summary sheet states them."""
    facts = {"programme": "", "period": "", "unit": ""}
    if SUMMARY_SHEET not in workbook.sheetnames:
        return facts
    ws = workbook[SUMMARY_SHEET]
    facts["programme"] = _text(ws.cell(1, 1))
    match = _PERIOD.search(_text(ws.cell(2, 1)))
    facts["period"] = match.group(1).strip() if match else ""
    for row in ws.iter_rows(max_row=12, max_col=2):
        if _text(row[0]) == "Yksikkö":
            facts["unit"] = _text(row[1])
    return facts


def _header_row(ws) -> int | None:
    wanted = [c.casefold() for c in COLUMNS[:5]]
    for row in ws.iter_rows(max_row=12, max_col=len(COLUMNS)):
        if [_text(c).casefold() for c in row][:5] == wanted:
            return row[0].row
    return None


def _entry(catalogue: Catalogue, ref: str, cells: list[str]) -> dict[str, Any]:
    measure = catalogue.measure(ref)
    levels = {lvl.label.casefold(): lvl.code for lvl in catalogue.programme.scale}
    status = levels.get(cells[4].split("\n")[0].strip().casefold(), "")
    values: dict[str, str] = {}
    report_lines = []
    names = {i.name: i for i in measure.indicators}
    for line in cells[5].split("\n"):
        name, sep, value = line.partition(": ")
        indicator = names.get(name.strip()) if sep else None
        if indicator is not None:
            try:
                values[indicator.name] = parse_value(indicator.type, value)
                continue
            except IndicatorValueError:
                pass
        report_lines.append(line)
    narrative, _, reasons = cells[6].partition(f"\n\n{REASONS_LABEL}: ")
    if narrative.startswith(f"{REASONS_LABEL}: ") and not reasons:
        narrative, reasons = "", narrative[len(REASONS_LABEL) + 2:]
    return {**entry_part(None), "status": status, "values": values,
            "narrative": narrative.strip(), "reasons": reasons.strip(),
            "indicator_report": "\n".join(report_lines).strip()}


def read_unsigned(workbook, path, catalogue: Catalogue, unit: Unit, period: str
                  ) -> dict[str, Any]:
    """A return payload (without signer) read from the template's cells."""
    themes = []
    refs = {m.ref for m in catalogue.measures()}
    for ws in workbook.worksheets:
        header = _header_row(ws)
        if header is None:
            continue
        match = _THEME.match(_text(ws.cell(1, 1))) or _THEME.match(ws.title)
        if match is None:
            raise InputError(message("sheet-theme-unknown"), path=path, sheet=ws.title)
        position = int(match.group(1))
        rows: dict[str, list[str]] = {}  # ref -> its cells as written, continuations joined
        first_row: dict[str, int] = {}  # ref -> the row it is on
        last = None
        for row in ws.iter_rows(min_row=header + 1, max_col=len(COLUMNS)):
            raw = [normalise_newlines(cell_of(c).text) for c in row]
            raw += [""] * (len(COLUMNS) - len(raw))
            first, _newline, rest = raw[1].partition("\n")
            if last is not None and first.strip() == f"{last.split('/')[1]} {CONTINUED}":
                raw[1] = rest  # "1.1 jatkuu": the measure's text goes on in this row
                rows[last] = [a + b for a, b in zip(rows[last], raw, strict=True)]
                continue
            number = _NUMBER.match(raw[1].strip())
            if not number:
                continue
            ref = f"{position}/{number.group(1)}"
            if ref not in refs:
                raise InputError(message("measure-not-in-catalogue", ref=ref,
                                         programme=catalogue.programme.name),
                                 path=path, sheet=ws.title, row=row[0].row)
            if ref in first_row:  # a person reads both rows: which one is the unit's?
                raise InputError(message("measure-twice", number=number.group(1),
                                         theme=repr(ws.title), row=first_row[ref]),
                                 path=path, sheet=ws.title, row=row[0].row)
            rows[ref], last, first_row[ref] = raw, ref, row[0].row
        measures = [{"ref": ref, "number": ref.split("/", 1)[1],  # as the row shows it
                     "text": _NUMBER.sub("", cells[1], count=1).strip(),
                     "entry": _entry(catalogue, ref, [c.strip() for c in cells])}
                    for ref, cells in rows.items()]
        if measures:
            themes.append({"position": str(position), "measures": measures})
    if not themes:
        raise InputError(message("return-without-measures"), path=path)
    return {"format": RETURN_FORMAT,
            "programme": {"id": catalogue.programme.id, "name": catalogue.programme.name},
            "round": {"period": period},
            "unit": {"id": unit.id, "name": unit.name},
            "signer": {}, "signed_at": "", "themes": themes}
