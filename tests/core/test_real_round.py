"""The 5/2022–5/2023 round of seed 002 played as it happened.

Every responsible unit sends a signed return with the cleaned narratives of seed 002 (its
own text where the report names it, else the report's text for the whole measure) and the
statuses the report states; the coordinator takes them all in and merges them. The merged
report must hold every measure's narrative from seed 002.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from kotodesk.coordinator import intake
from kotodesk.coordinator.merged import completeness
from kotodesk.coordinator.signed_outputs import write_outputs
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.domain.entries import VALUE_PREFIX
from kotodesk.domain.text import one_line
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import measure_texts, rounds, trust
from kotodesk.storage.entries import save_fields
from kotodesk.system.resources import path as resource
from tests.pdf_support import DETAIL_HEAD
from tests.support import cell_texts, make_identity, write_return_xlsx

PERIOD = "5/2022–5/2023"

SEED_ROUND = resource("programmes", "kotoutuminen-2022-2025", "round-2022-05_2023-05.json")


def reopen(ws: Workspace):
    found = ws.round(PERIOD)
    rounds.set_state(ws.store, found.id, "open")
    return ws.round(PERIOD)


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    """(coordinator workspace, round, the returns, merged xlsx path)."""
    base = tmp_path_factory.mktemp("real")
    units_home = Workspace.open(base / "units")
    round_ = reopen(units_home)
    catalogue = units_home.catalogue(round_.programme_id, round_.catalogue_version)
    own = {(e.measure_ref, e.unit_id) for e in entry_store.entries_of_round(units_home.store,
                                                                           round_.id)}
    wholes = {t.measure_ref: t for t in measure_texts.texts_of_round(units_home.store,
                                                                     round_.id)}
    # A unit without its own text in seed 002 returns the report's text for the measure.
    responsible: dict[str, list[str]] = {}
    for measure in catalogue.measures():
        for unit_id in measure.unit_ids():
            responsible.setdefault(unit_id, []).append(measure.ref)
            if (measure.ref, unit_id) in own:
                continue
            source = wholes[measure.ref]
            fields = {"status": source.status or "", "narrative": source.narrative,
                      "reasons": source.reasons, "indicator_report": source.indicator_report}
            fields.update({VALUE_PREFIX + k: v for k, v in source.values.items()})
            save_fields(units_home.store, round_.id, measure.ref, unit_id, fields, "Yksikkö")
    returns = []
    people = []
    for unit_id in responsible:
        unit = units_home.register.units[unit_id]
        person = make_identity(name=f"Yhteyshenkilö {unit.abbreviation or unit.name}",
                               unit=unit.name)
        people.append(person)
        target = base / "returns" / f"{unit_id}.xlsx"
        target.parent.mkdir(exist_ok=True)
        write_return_xlsx(units_home, unit_id, person, target, round_query=PERIOD)
        returns.append(target)
    units_home.close()

    coordinator = Workspace.open(base / "coordinator")
    for person in people:
        trust.add(coordinator.store, person.certificate)
    coordinator_round = reopen(coordinator)
    taken = [intake.take_in(coordinator, path, {p.info.fingerprint for p in people})
             for path in returns]
    me = keys.new_identity(name="Koordinaattori", email="k@hel.fi", unit="Maahanmuutto",
                           organisation="Helsingin kaupunki")
    merged = base / "koottu.xlsx"
    write_outputs(coordinator, coordinator_round, me, xlsx=merged,
                  pdf=merged.with_name("yhteenveto.pdf"))
    yield coordinator, coordinator_round, taken, merged, responsible
    coordinator.close()


def seed_narratives() -> list[tuple[str, str]]:
    data = json.loads(SEED_ROUND.read_text(encoding="utf-8"))
    return [(e["measure"], e["narrative"]) for e in data["entries"]]


def test_every_return_is_taken_in_as_valid(played):
    _, _, taken, _, responsible = played
    assert len(taken) == len(responsible) >= 10
    assert all(t.accepted and t.status == verify.VALID for t in taken), [
        (t.file.name, t.reason) for t in taken if not t.accepted]


def test_every_unit_has_returned_and_every_measure_is_covered(played):
    coordinator, round_, _, _, _ = played
    state = completeness(coordinator, round_)
    assert not state.missing_units
    assert not state.missing
    assert all(done == total for _, done, total in state.themes)


def test_merged_report_holds_every_measure_narrative_of_seed_002(played):
    _, _, _, merged, _ = played
    wb = openpyxl.load_workbook(merged)
    text = "\n".join(one_line(c) for ws in wb.worksheets[1:] for c in cell_texts(ws))
    narratives = seed_narratives()
    assert len({ref for ref, _ in narratives}) == 47
    missing = [ref for ref, narrative in narratives
               if narrative and one_line(narrative) not in text]
    assert not missing, missing
    assert verify.verify_file(merged, set()).status == verify.UNKNOWN_SIGNER


def test_the_summary_pdf_holds_every_measure_and_narrative_of_seed_002(played, tmp_path):
    from tests.pdf_support import flowing_text, pdftotext

    coordinator, round_, _, merged, responsible = played
    summary = merged.with_name("yhteenveto.pdf")
    assert verify.verify_file(summary, set()).status == verify.UNKNOWN_SIGNER
    catalogue = coordinator.catalogue(round_.programme_id, round_.catalogue_version)
    heads = {f"{t.position}. {t.name}" for t in catalogue.themes} | {DETAIL_HEAD}
    text = "".join(flowing_text(summary.read_bytes(), tmp_path, heads=heads).split())
    missing = [m.ref for m in catalogue.measures() if "".join(m.text.split()) not in text]
    assert not missing, missing
    narratives = seed_narratives()
    missing = [ref for ref, narrative in narratives
               if "".join(narrative.split()) not in text]
    assert not missing, missing
    units = len(responsible)
    flat = " ".join(pdftotext(summary.read_bytes(), tmp_path, raw=True).split())
    assert f"Palautuksia saatu {units} / {units}" in flat
    # Seed 002 states almost no status, so the returns carry almost none: every unit has
    # returned its part, and the summary does not say they have reported on everything.
    assert "Kaikki vastuuyksiköt ovat raportoineet kaikista toimenpiteistään." not in flat
    assert "Kaikki vastuuyksiköt ovat palauttaneet osuutensa kaikista toimenpiteistään, " \
        "mutta osasta puuttuu tila." in flat
    assert "Toimenpiteet, joista yksikkö ei ilmoittanut tilaa" in flat
    assert "Kaupunginkanslian kaupunkitieto 2: 1/2.1, 1/2.2" in flat
