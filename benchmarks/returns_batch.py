"""Generated returns for the merge benchmark, and a merge run that reports its own memory.

A generated programme of 50 measures in 5 themes, open to every unit (as Mukana's are), and
one return of 50 filled measures per generated unit, signed by one key.

    python -m benchmarks.returns_batch HOME FILES_DIR N   # merge the first N, print stats
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

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
    version = catalogues.save_catalogue(ws.store, catalogue())
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


def merge(home: Path, files: list[Path], merged: Path) -> dict:
    from kotodesk.coordinator import intake
    from kotodesk.coordinator.merged import write_outputs
    from kotodesk.storage import trust as trust_store

    ws = Workspace.open(home)
    started = time.perf_counter()
    trusted = {s.fingerprint for s in trust_store.all_signers(ws.store)}
    taken = [intake.take_in(ws, path, trusted) for path in files]
    took_in = time.perf_counter() - started
    peak_after_take_in = peak_kib()
    from tests.support import make_identity

    write_outputs(ws, ws.round(PERIOD, PROGRAMME), make_identity(), xlsx=merged)
    total = time.perf_counter() - started
    ws.close()
    assert all(t.accepted for t in taken), [t.reason for t in taken if not t.accepted][:3]
    return {"take_in": took_in, "total": total, "take_in_peak_kib": peak_after_take_in}


def peak_kib() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    home, folder, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    files = sorted(folder.glob("return-*.xlsx"))[:count]
    result = merge(home, files, home / "merged.xlsx")
    result["peak_kib"] = peak_kib()
    print(json.dumps(result))
