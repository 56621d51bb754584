"""Generated returns for the merge benchmark, and a merge run that reports its own memory.

A generated programme of 50 measures in 5 themes, open to every unit (as Mukana's are), and
one return of 50 filled measures per generated unit, signed by one key.

    python -m benchmarks.returns_batch take-in HOME FILES_DIR N [EXAMINERS]  # the first N
    python -m benchmarks.returns_batch report HOME                # the merged report of them
    python -m benchmarks.returns_batch floor PAYLOAD_JSON TARGET  # write_only floor of it

Each prints its time and its process's peak memory as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from kotodesk.catalogue.rules import content_hash
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.payload import return_payload
from kotodesk.domain.model import Catalogue, Entry, Goal, Measure, Programme, Round, Theme
from kotodesk.storage import catalogues, rounds, trust, units

PROGRAMME = "bench-programme"
PERIOD = "1–6/2026"
TEXT = ("Toimenpide on käynnistynyt ja etenee: koulutuksia järjestettiin kuusi, "
        "osallistujia oli 180, palaute oli hyvää. Lisätietoa https://www.hel.fi/esimerkki. ")


def catalogue() -> Catalogue:
    themes = []
    for t in range(1, 6):
        theme = Theme(t, f"Teema {t}", goals=[Goal("1", f"Tavoite {t}.1")])
        theme.measures = [Measure(theme=t, number=f"1.{m}", goal="1",
                                  text=f"Toimenpide {t}.{m}: kehitetään palveluja.",
                                  monitoring="Toteutettu (kyllä/ei)") for m in range(1, 11)]
        themes.append(theme)
    return Catalogue(Programme(PROGRAMME, "Vertailuohjelma 2026", short_name="Vertailu"),
                     themes)


def prepare_coordinator(home: Path, unit_count: int, certificate) -> None:
    ws = Workspace.open(home)
    register = ws.register
    for i in range(unit_count):
        register.units[f"bench-{i}"] = register.new_unit(f"Yksikkö {i}")
    units.save_register(ws.store, register)
    programme = catalogue()
    version = catalogues.save_catalogue(ws.store, programme,
                                        content_hash=content_hash(programme))
    rounds.add_round(ws.store, PROGRAMME, version, PERIOD)
    trust.add(ws.store, certificate)
    ws.close()


def write_returns(folder: Path, unit_count: int, identity) -> list[Path]:
    from kotodesk.documents.report_xlsx import write_sealed
    from kotodesk.signing.sealing import now_iso, seal, signer_part

    cat = catalogue()
    from kotodesk.domain.register import Register

    names = Register()
    round_ = Round(0, PROGRAMME, 1, PERIOD)
    measures = list(cat.measures())
    paths = []
    for i in range(unit_count):
        unit = names.new_unit(f"Yksikkö {i}")
        unit = type(unit)(id=f"bench-{i}", name=unit.name)
        entries = {m.ref: Entry(0, m.ref, unit.id, status=("green", "yellow", "red")[i % 3],
                                values={m.indicators[0].name: "yes"} if m.indicators else {},
                                narrative=TEXT * 2, author="Bench", updated_at=now_iso())
                   for m in measures}
        payload = return_payload(catalogue=cat, round_=round_, unit=unit, register=names,
                                 measures=measures, entries=entries, problems=[],
                                 signer=signer_part(identity), signed_at=now_iso())
        path = folder / f"return-{i:04}.xlsx"
        write_sealed(payload, seal(payload, identity), path, identity)
        paths.append(path)
    return paths


def take_in(home: Path, files: list[Path], examiners: int | None = None) -> dict:
    """Take in every file (verification, checks, records, contributions) as `kotodesk
    merge` does (ops.coordinator.record_files), with `examiners` child processes (None:
    as many as kotodesk chooses for the batch, 0: all in this process)."""
    import resource

    from kotodesk.ops.coordinator import record_files
    from kotodesk.storage import trust as trust_store

    ws = Workspace.open(home)
    started = time.perf_counter()
    # Bare fingerprints (allowed everything): the bench's signer speaks for every unit.
    trusted = {s.fingerprint for s in trust_store.all_signers(ws.store)}
    taken = [t for t, _changes in record_files(ws, files, trusted, examiners=examiners)]
    took_in = time.perf_counter() - started
    ws.close()
    assert all(t.accepted for t in taken), [t.reason for t in taken if not t.accepted][:3]
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest one's
    return {"take_in": took_in, "take_in_peak_kib": peak_kib(),
            "examiner_peak_kib": children}


def report(home: Path, merged: Path, payload_json: Path) -> dict:
    """Write the signed merged report of what was taken in; its payload goes to
    `payload_json` afterwards (for the floor below, outside the figures)."""
    from kotodesk.coordinator.signed_outputs import write_outputs
    from tests.support import make_identity

    identity = make_identity()
    ws = Workspace.open(home)
    started = time.perf_counter()
    payload = write_outputs(ws, ws.round(PERIOD, PROGRAMME), identity, xlsx=merged)
    took = time.perf_counter() - started
    peak = peak_kib()
    ws.close()
    payload_json.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return {"report": took, "report_peak_kib": peak}


def floor(payload_json: Path, target: Path) -> dict:
    """The floor of the merged report: openpyxl's write_only mode writing the same cells
    with the same kinds of styles (fonts, fills, wrapping, borders), nothing else."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from kotodesk.documents.report import from_payload
    from kotodesk.documents.report_xlsx import plan

    sheets = [(spec.title, sorted(spec.cells.items()), spec.widths)
              for spec in plan(from_payload(json.loads(payload_json.read_text("utf-8"))))]
    started = time.perf_counter()
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="B0B7C3")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFDDE6F0")
    workbook = Workbook(write_only=True)
    for title, cells, widths in sheets:
        ws = workbook.create_sheet(title)
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + col)].width = width
        row_cells: dict[int, list] = {}
        for (row, col), spec in cells:
            row_cells.setdefault(row, []).append((col, spec))
        last = 0
        for row in sorted(row_cells):
            for _ in range(last + 1, row):
                ws.append([])
            line = []
            for col, spec in row_cells[row]:
                while len(line) < col - 1:
                    line.append(None)
                cell = WriteOnlyCell(ws, value=spec.value)
                cell.alignment, cell.border = wrap, border
                if spec.style != "text":
                    cell.font, cell.fill = bold, fill
                line.append(cell)
            ws.append(line)
            last = row
    workbook.save(target)
    return {"floor": time.perf_counter() - started, "floor_peak_kib": peak_kib()}


def peak_kib() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    mode, rest = sys.argv[1], sys.argv[2:]
    if mode == "take-in":  # take-in HOME FILES_DIR N [EXAMINERS]
        files = sorted(Path(rest[1]).glob("return-*.xlsx"))[:int(rest[2])]
        result = take_in(Path(rest[0]), files, int(rest[3]) if rest[3:] else None)
    elif mode == "report":  # report HOME (after take-in): merged.xlsx, merged-payload.json
        home = Path(rest[0])
        result = report(home, home / "merged.xlsx", home / "merged-payload.json")
    else:  # floor PAYLOAD_JSON TARGET
        result = floor(Path(rest[0]), Path(rest[1]))
    print(json.dumps(result))
