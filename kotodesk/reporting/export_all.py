"""Everything in the data folder as one Excel workbook: the way out that needs no kotodesk.

A backup restores into kotodesk; this export is for people and other tools (and for the
day kotodesk is gone): every programme, catalogue measure, round and entry with its
indicator values and narratives, and the full edit history, one sheet each. Headers are
Finnish, like the catalogue workbook; cells are written as text (xlsx_write.set_text), so
nothing typed runs as a formula; the file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kotodesk.domain.indicators import display_value
from kotodesk.domain.model import WHOLE_MEASURE_LABEL, IndicatorType
from kotodesk.storage import catalogues, history_rows, measure_texts, rounds, units
from kotodesk.storage import entries as entry_store
from kotodesk.storage.db import Store
from kotodesk.xlsx import rows as xlsx_rows
from kotodesk.xlsx.write import print_a4_landscape, save, set_text

CONTINUED = "jatkuu"

SHEETS = {
    "Ohjelmat": ["Tunnus", "Nimi", "Lyhyt nimi", "Kausi", "Luettelon versio",
                 "Toimenpiteitä"],
    "Toimenpiteet": ["Ohjelma", "Versio", "Toimenpide", "Teema", "Tavoite", "Teksti",
                     "Seuranta", "Mittarit", "Vastuutahot"],
    "Kierrokset": ["Kierros", "Ohjelma", "Kausi", "Seuraava kausi", "Määräaika", "Tila",
                   "Luettelon versio", "Otsikko", "Kirjauksia"],
    "Kirjaukset": ["Kierros", "Ohjelma", "Kausi", "Toimenpide", "Yksikkö", "Yksikön nimi",
                   "Tila", "Tilan selite", "Mitä on tehty", "Syyt", "Raportointi mittarin "
                   "mukaan", "Mittarien arvot", "Muokkaaja", "Muokattu"],
    "Mittariarvot": ["Kierros", "Ohjelma", "Kausi", "Toimenpide", "Yksikkö", "Mittari",
                     "Arvo"],
    "Historia": ["Aika", "Kierros", "Kausi", "Toimenpide", "Yksikkö", "Kenttä", "Ennen",
                 "Jälkeen", "Muokkaaja"],
}
_WIDTHS = {"Teksti": 60, "Mitä on tehty": 70, "Syyt": 40, "Seuranta": 40, "Nimi": 50,
           "Mittarien arvot": 40, "Ennen": 40, "Jälkeen": 40, "Raportointi mittarin mukaan": 40}


@dataclass
class ExportReport:
    file: Path
    counts: dict[str, int]

    def to_dict(self) -> dict:
        return {"file": str(self.file), "rows": self.counts}

    def lines(self) -> list[str]:
        return [f"Wrote {self.file}: " + ", ".join(f"{n} {sheet}"
                                                    for sheet, n in self.counts.items())]


def export_all(store: Store, target: Path) -> ExportReport:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    data = _rows(store)
    wrap = Alignment(wrap_text=True, vertical="top")
    for title, header in SHEETS.items():
        sheet = book.create_sheet(title)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = wrap
        widths = [_WIDTHS.get(name, 16) for name in header]
        for row in data[title]:
            for line in _continued(row, widths):
                sheet.append([None] * len(line))
                number = sheet.max_row
                tallest = 1
                for cell, value, width in zip(sheet[number], line, widths, strict=True):
                    if isinstance(value, int):
                        cell.value = value
                    else:
                        set_text(cell, value)
                        cell.alignment = wrap
                        tallest = max(tallest, xlsx_rows.lines(value or "", width))
                if tallest > 1:
                    sheet.row_dimensions[number].height = xlsx_rows.height(tallest)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = width
        print_a4_landscape(sheet, "1:1")
    save(book, target)
    return ExportReport(Path(target), {title: len(rows) for title, rows in data.items()})


def _continued(row: list, widths: list[float]) -> list[list]:
    """A row, or several when a text is longer than one row may be tall (or than an
    Excel cell holds): the text goes on in the same column below, the first column
    saying "jatkuu"; nothing is cut."""
    split = [xlsx_rows.pieces(value, width) if isinstance(value, str) else [value]
             for value, width in zip(row, widths, strict=True)]
    lines = []
    for index in range(max(len(p) for p in split)):
        if index == 0:
            lines.append([p[0] for p in split])
        else:
            line = [p[index] if index < len(p) and len(p) > 1 else None for p in split]
            line[0] = CONTINUED
            lines.append(line)
    return lines


def local_time(iso: str | None) -> str:
    """"2026-11-25T14:32:00+00:00" in this computer's time zone as people write it:
    "25.11.2026 klo 16.32 (UTC+02:00)"; the text as it is when it is not a time."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    moment = moment.astimezone() if moment.tzinfo else moment
    zone = moment.strftime("%z")
    offset = f" (UTC{zone[:3]}:{zone[3:]})" if zone else ""
    return f"{moment.day}.{moment.month}.{moment.year} klo {moment:%H.%M}{offset}"


def _rows(store: Store) -> dict[str, list[list]]:
    register = units.load_register(store)
    out: dict[str, list[list]] = {title: [] for title in SHEETS}
    labels: dict[str, dict[str, str]] = {}
    types: dict[tuple[str, int], dict[tuple[str, str], IndicatorType]] = {}
    for p in catalogues.list_programmes(store):
        out["Ohjelmat"].append([p.id, p.name, p.short_name, p.period, p.version, p.measures])
        for version in range(1, p.version + 1):
            catalogue = catalogues.load_catalogue(store, p.id, version)
            if catalogue is None:
                continue
            labels[p.id] = {level.code: level.label for level in catalogue.programme.scale}
            types[(p.id, version)] = {(m.ref, i.name): i.type for m in catalogue.measures()
                                      for i in m.indicators}
            for m in catalogue.measures():
                theme = catalogue.theme_of(m)
                out["Toimenpiteet"].append([
                    p.id, version, m.ref, theme.name, m.goal or "", m.text, m.monitoring,
                    "\n".join(i.name for i in m.indicators), m.responsible])
    for r in rounds.list_rounds(store):
        # A report's texts for whole measures first: their unit is empty, their unit name
        # says whose they are.
        entries = measure_texts.texts_of_round(store, r.id) + \
            entry_store.entries_of_round(store, r.id)
        out["Kierrokset"].append([
            r.id, r.programme_id, r.period, r.next_period,
            f"{r.deadline.day}.{r.deadline.month}.{r.deadline.year}" if r.deadline else "",
            r.state, r.catalogue_version,
            r.title, len(entries)])
        where = [r.id, r.programme_id, r.period]
        kinds = types.get((r.programme_id, r.catalogue_version), {})

        def shown(ref: str, name: str, value: str, kinds=kinds) -> str:
            """A value as the report says it ("kyllä", "12,5 %"), else as typed."""
            kind = kinds.get((ref, name))
            return display_value(kind, value) if kind else value

        for e in entries:
            unit = register.units.get(e.unit_id)
            name = WHOLE_MEASURE_LABEL if e.whole_measure else unit.name if unit else ""
            out["Kirjaukset"].append([
                *where, e.measure_ref, e.unit_id, name, e.status or "",
                labels.get(r.programme_id, {}).get(e.status or "", ""), e.narrative,
                e.reasons, e.indicator_report,
                "\n".join(f"{name}: {shown(e.measure_ref, name, value)}"
                          for name, value in e.values.items()),
                e.author, local_time(e.updated_at)])
            for name, value in e.values.items():
                out["Mittariarvot"].append([*where, e.measure_ref, e.unit_id, name,
                                            shown(e.measure_ref, name, value)])
    periods = {r.id: r.period for r in rounds.list_rounds(store)}
    for h in history_rows.all_history(store):
        out["Historia"].append([local_time(h["at"]), h["round_id"], periods.get(h["round_id"], ""),
                                h["measure_ref"], h["unit_id"], h["field"], h["old"],
                                h["new"], h["author"]])
    return out
