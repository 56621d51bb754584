"""Data folders made before migration 0005 get the embedded reports as they read, unless a
person has worked on them.

The frozen fixtures (tests/fixtures) hold the 2022–2025 programme as first start wrote it
then; the 2017–2021 programme is aged here by hand into the shape the old first start gave
it (its statuses judged, its report texts under a measure's first unit, its catalogue's
programme-wide indicators on the measures), then corrected.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kotodesk.catalogue.embedded_upgrade import PREVIOUS_HASHES, correct_embedded
from kotodesk.catalogue.rules import content_hash
from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import catalogues, measure_texts, rounds
from kotodesk.storage import entries as entry_store
from kotodesk.storage.db import DATABASE_NAME, open_store

FIXTURES = Path(__file__).parent.parent / "fixtures"
OLD = "kotouttamisohjelma-2017-2021"
NEW = "kotoutuminen-2022-2025"


def said(store, round_id: int) -> list[tuple]:
    """Everything a round holds, whoever said it, in a comparable form."""
    texts = entry_store.entries_of_round(store, round_id) + \
        measure_texts.texts_of_round(store, round_id)
    return sorted((e.measure_ref, e.unit_id, e.status, sorted(e.values.items()), e.narrative,
                   e.reasons, e.indicator_report) for e in texts)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A data folder made today: what every corrected folder must hold."""
    ws = Workspace.open(tmp_path_factory.mktemp("fresh"))
    found = {(r.programme_id, r.period): said(ws.store, r.id)
             for r in rounds.list_rounds(ws.store)}
    hashes = {p.id: catalogues.version_row(ws.store, p.id, 1)["hash"]
              for p in catalogues.list_programmes(ws.store)}
    ws.close()
    return found, hashes


@pytest.mark.parametrize("fixture", ["schema-0002", "schema-0003"])
def test_a_folder_from_before_gets_the_2022_2025_report_as_it_reads(fixture, fresh, tmp_path):
    shutil.copy(FIXTURES / f"{fixture}.sqlite3", tmp_path / DATABASE_NAME)
    before = open_store(tmp_path, migrate=False)
    judged = before.query_one("SELECT COUNT(*) FROM entry WHERE round_id = 1 AND status "
                              "IS NOT NULL")[0]
    before.close()
    assert judged == 47  # every status of seed 002 judged, as first start wrote them then
    with open_store(tmp_path) as store:
        report = rounds.get_round(store, 1)
        assert report.from_report
        assert said(store, 1) == fresh[0][(NEW, "5/2022–5/2023")]
        assert catalogues.version_row(store, NEW, 1)["hash"] == fresh[1][NEW]
        # The unit's own typing in the open round is as it was.
        typed = entry_store.load_entry(store, 2, "2/3.2", "kanslia-henkilosto")
        assert (typed.status, typed.narrative, typed.author) == (
            "yellow", "Anonyymi rekrytointi: 2 % hauista.", "Testi Henkilö")


def _age_2017_2021(store) -> int:
    """Turn today's 2017–2021 programme into what first start wrote before 0005."""
    round_ = rounds.list_rounds(store, OLD)[0]
    version_id = catalogues.version_row(store, OLD, 1)["id"]
    c = store.conn
    with store.write():
        c.execute("UPDATE catalogue_version SET hash = ? WHERE id = ?",
                  (PREVIOUS_HASHES[OLD], version_id))
        measure = c.execute("SELECT id FROM measure WHERE version_id = ? AND ref = '2/4.1'",
                            (version_id,)).fetchone()[0]
        c.execute("INSERT INTO indicator VALUES (?, 0, 'Koulukiusaamista kokeneiden osuus', "
                  "'percent', 'Koulukiusaamista kokeneiden osuus')", (measure,))
        c.execute("UPDATE measure SET monitoring = 'koko taulukon mittarit' WHERE id = ?",
                  (measure,))
        c.execute("DELETE FROM programme_indicator WHERE version_id = ? AND position >= 7",
                  (version_id,))
        c.execute("UPDATE entry SET status = 'green', author = 'round-2019.json' WHERE "
                  "round_id = ?", (round_.id,))
        c.execute("UPDATE entry_history SET author = 'round-2019.json'")
        c.execute("UPDATE entry SET status = 'yellow' WHERE round_id = ? AND measure_ref IN "
                  "('2/4.5', '2/4.8')", (round_.id,))
        c.execute("DELETE FROM measure_text WHERE round_id = ?", (round_.id,))
        c.execute("INSERT INTO entry (round_id, measure_ref, unit_id, status, narrative, "
                  "author, created_at, updated_at) VALUES (?, '3/7.3', 'kuva-annantalo', "
                  "'green', 'HAM on järjesti…', 'round-2019.json', '2024', '2024')",
                  (round_.id,))
        c.execute("UPDATE round SET source = '' WHERE id = ?", (round_.id,))
    return round_.id


def test_the_2017_2021_programme_from_before_is_corrected_in_place(workspace, fresh):
    store = workspace.store
    round_id = _age_2017_2021(store)
    assert said(store, round_id) != fresh[0][(OLD, "2019")]
    assert correct_embedded(store) == [f"{OLD}: catalogue", f"{OLD}: round 2019"]
    assert said(store, round_id) == fresh[0][(OLD, "2019")]
    assert rounds.get_round(store, round_id).source == "Raportti 2019"
    corrected = catalogues.load_catalogue(store, OLD, 1)
    assert content_hash(corrected) == fresh[1][OLD]
    assert catalogues.version_row(store, OLD, 1)["hash"] == fresh[1][OLD]
    assert len(corrected.programme_indicators) == 14
    assert not corrected.measure("2/4.1").indicators
    assert correct_embedded(store) == []  # corrected once; the second run finds nothing


def test_a_round_someone_worked_on_is_left_as_it_is(workspace, fresh):
    store = workspace.store
    round_id = _age_2017_2021(store)
    with store.write():  # reopened and edited by a person
        store.conn.execute(
            "INSERT INTO entry_history (entry_id, field, old, new, author, at) SELECT id, "
            "'narrative', '', 'korjattu', 'Anna', '2025' FROM entry WHERE round_id = ? "
            "LIMIT 1", (round_id,))
    kept = said(store, round_id)
    assert correct_embedded(store) == [f"{OLD}: catalogue"]
    assert said(store, round_id) == kept


def test_a_catalogue_imported_again_is_not_touched(workspace):
    store = workspace.store
    with store.write():  # not the catalogue kotodesk shipped
        store.conn.execute("UPDATE catalogue_version SET hash = 'someone else' WHERE "
                           "programme_id = ?", (OLD,))
    assert correct_embedded(store) == []
    assert catalogues.version_row(store, OLD, 1)["hash"] == "someone else"
