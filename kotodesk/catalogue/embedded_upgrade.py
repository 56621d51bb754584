"""Correcting the embedded programmes of a data folder made before migration 0005.

Before 0005, first start loaded the embedded reports with statuses a curator judged where
the report states none, filed every report text under a measure's first responsible unit,
lost indicator figures on load, and gave the 2017–2021 programme's programme-wide
indicators to every measure of a table. A data folder keeps what first start wrote, so the
migration corrects what is still exactly that:

- an embedded catalogue whose stored version is the one kotodesk shipped (its content hash
  is one of PREVIOUS_HASHES) is brought to today's embedded file in place: indicator
  types, programme-level indicators, the measures' monitoring texts and notes, and the
  themes' notes; its content hash is then the fresh folder's. Rounds
  and entries keep their measure refs, so nothing else moves;
- an embedded completed round still untouched (closed, every entry and every change by
  the report itself, nothing received, reviewed or set by a coordinator) is emptied and
  read again from today's file.

Anything a person changed is left as it is: a catalogue someone imported again, a round
someone reopened and edited. The database was copied to backups/ before the upgrade.
"""

from __future__ import annotations

import json

from kotodesk.catalogue.round_files import fill_round, report_name
from kotodesk.catalogue.rules import content_hash
from kotodesk.datafolder.bootstrap import (
    embedded_catalogue,
    embedded_programmes,
    is_empty,
    programme_folder,
    programme_meta,
)
from kotodesk.domain.model import Catalogue
from kotodesk.domain.register import Register
from kotodesk.domain.text import clean
from kotodesk.storage import catalogues, rounds, units
from kotodesk.storage.db import Store

# Content hashes of the embedded catalogues as kotodesk shipped them before 0005.
PREVIOUS_HASHES = {
    "kotoutuminen-2022-2025":
        "11709e0308497e6098a3e694ef68aa9f387b85bbf6bbe84ff5a29ed1168874a1",
    "kotouttamisohjelma-2017-2021":
        "82d8bb882fbd9381b58da8d8c936a438bee5ed83d21402d9b7b85440b82e7e52",
}
# Tables in which anything at all for a round means a coordinator has worked on it.
_COORDINATOR_TABLES = ("received_file", "merged_status", "review", "conflict_choice")


def correct_embedded(store: Store) -> list[str]:
    """Correct what is still as first start wrote it; returns what was corrected."""
    if is_empty(store):
        return []  # a new data folder: first start loads today's files
    register = units.load_register(store)
    done: list[str] = []
    for programme_id in embedded_programmes():
        if catalogues.load_programme(store, programme_id) is None:
            continue
        if _correct_catalogue(store, programme_id, register):
            done.append(f"{programme_id}: catalogue")
        done += _correct_rounds(store, programme_id, register)
    return done


def _measure_id(store: Store, version_id: int, ref: str) -> int:
    return store.query_one("SELECT id FROM measure WHERE version_id = ? AND ref = ?",
                           (version_id, ref))["id"]


def _correct_catalogue(store: Store, programme_id: str, register: Register) -> bool:
    row = catalogues.version_row(store, programme_id, 1)
    if row is None or row["hash"] != PREVIOUS_HASHES.get(programme_id):
        return False
    fresh, _ = embedded_catalogue(programme_id)
    stored = catalogues.load_catalogue(store, programme_id, 1)
    if [m.ref for m in stored.measures()] != [m.ref for m in fresh.measures()] or \
            len(stored.themes) != len(fresh.themes):
        return False
    version_id = row["id"]
    with store.write():
        for old, new in zip(stored.themes, fresh.themes, strict=True):
            if old.note != new.note:
                store.conn.execute("UPDATE theme SET note = ? WHERE version_id = ? AND "
                                   "position = ?", (new.note, version_id, old.position))
        for old, new in zip(stored.measures(), fresh.measures(), strict=True):
            measure_id = _measure_id(store, version_id, old.ref)
            if (old.monitoring, old.note) != (new.monitoring, new.note):
                store.conn.execute("UPDATE measure SET monitoring = ?, note = ? WHERE id = ?",
                                   (new.monitoring, new.note, measure_id))
            if old.indicators != new.indicators:
                store.conn.execute("DELETE FROM indicator WHERE measure_id = ?", (measure_id,))
                store.conn.executemany(
                    "INSERT INTO indicator (measure_id, position, name, type, wording) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(measure_id, i, ind.name, ind.type.value, ind.wording)
                     for i, ind in enumerate(new.indicators)])
        _replace_programme_indicators(store, version_id, fresh, register)
        corrected = catalogues.load_catalogue(store, programme_id, 1)
        store.conn.execute("UPDATE catalogue_version SET hash = ? WHERE id = ?",
                           (content_hash(corrected), version_id))
    return True


def _replace_programme_indicators(store: Store, version_id: int, fresh: Catalogue,
                                  register: Register) -> None:
    store.conn.execute("DELETE FROM programme_indicator WHERE version_id = ?", (version_id,))
    rows = []
    for position, indicator in enumerate(fresh.programme_indicators):
        found, _ = register.normalise(indicator.responsible)
        rows.append((version_id, position, indicator.name, indicator.responsible,
                     found[0].unit_id if found else None, indicator.source, indicator.section))
    store.conn.executemany(
        "INSERT INTO programme_indicator (version_id, position, name, responsible, unit_id, "
        "source, section) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _untouched(store: Store, round_id: int, authors: set[str]) -> bool:
    """Closed, filled by the report alone, and nothing a coordinator did to it."""
    state = store.query_one("SELECT state FROM round WHERE id = ?", (round_id,))["state"]
    written = {r["author"] for r in store.query(
        "SELECT DISTINCT author FROM entry WHERE round_id = ?", (round_id,))}
    changed = {r["author"] for r in store.query(
        "SELECT DISTINCT h.author FROM entry_history h JOIN entry e ON e.id = h.entry_id "
        "WHERE e.round_id = ?", (round_id,))}
    if state != "closed" or not written or not (written | changed) <= authors:
        return False
    return not any(store.query_one(f"SELECT 1 FROM {table} WHERE round_id = ? LIMIT 1",
                                   (round_id,)) for table in _COORDINATOR_TABLES)


def _correct_rounds(store: Store, programme_id: str, register: Register) -> list[str]:
    done = []
    for spec in programme_meta(programme_id).get("rounds", []):
        if "file" not in spec:
            continue
        path = programme_folder(programme_id) / spec["file"]
        data = json.loads(path.read_text(encoding="utf-8"))
        period = clean(data["period"])
        found = next((r for r in rounds.list_rounds(store, programme_id)
                      if r.period == period), None)
        # Before 0005 a report without a title was authored by its file name.
        authors = {report_name(data, path), clean(data.get("title", "")) or path.name}
        # A round with a source was read by today's loader (0004 on): nothing to correct.
        if found is None or found.source or not _untouched(store, found.id, authors):
            continue
        catalogue = catalogues.load_catalogue(store, programme_id, found.catalogue_version)
        with store.write():
            for sql in ("DELETE FROM entry_value WHERE entry_id IN "
                        "(SELECT id FROM entry WHERE round_id = ?)",
                        "DELETE FROM entry_history WHERE entry_id IN "
                        "(SELECT id FROM entry WHERE round_id = ?)",
                        "DELETE FROM entry WHERE round_id = ?",
                        "DELETE FROM measure_text WHERE round_id = ?"):
                store.conn.execute(sql, (found.id,))
            fill_round(store, catalogue, found.id, data, register, path)
            rounds.set_source(store, found.id, report_name(data, path))
        done.append(f"{programme_id}: round {period}")
    return done
