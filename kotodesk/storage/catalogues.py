"""Programmes and their catalogue versions.

A new import of a programme's catalogue is a new version; old versions stay, and
entries stay keyed by measure identity (`ref`), so they follow the measure into the new
version. Nothing here deletes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kotodesk.domain.model import (
    Catalogue,
    Goal,
    Indicator,
    IndicatorType,
    Measure,
    MeasureKind,
    Programme,
    ProgrammeIndicator,
    Responsibility,
    Role,
    StatusLevel,
    Theme,
)
from kotodesk.domain.scale_words import translations_of
from kotodesk.storage.db import Store
from kotodesk.system.clock import now


@dataclass(frozen=True)
class ProgrammeSummary:
    """A programme as the list of programmes shows it: its newest catalogue's version and size."""

    id: str
    name: str
    short_name: str
    period: str
    version: int
    measures: int


def _scale_json(programme: Programme) -> str:
    return json.dumps([{"code": s.code, "label": s.label, "colour": s.colour,
                        **({"translations": dict(s.translations)} if s.translations else {})}
                       for s in programme.scale], ensure_ascii=False)


def save_programme(store: Store, programme: Programme) -> None:
    with store.write():
        existing = store.query_one("SELECT created_at FROM programme WHERE id = ?",
                                   (programme.id,))
        store.upsert("programme", [{
            "id": programme.id, "name": programme.name, "short_name": programme.short_name,
            "period": programme.period, "organisation": programme.organisation,
            "scale": _scale_json(programme),
            "created_at": existing["created_at"] if existing else now(),
        }], pk="id")


def save_catalogue(store: Store, catalogue: Catalogue, *, content_hash: str,
                   source_file: str = "") -> int:
    """Store `catalogue` as the next version of its programme; returns the version.
    `content_hash` is the catalogue rules' fingerprint of it (catalogue/rules.py)."""
    programme = catalogue.programme
    with store.write():
        save_programme(store, programme)
        row = store.query_one("SELECT COALESCE(MAX(version), 0) AS v FROM catalogue_version "
                              "WHERE programme_id = ?", (programme.id,))
        version = row["v"] + 1
        version_id = _insert(store, "catalogue_version", {
            "programme_id": programme.id, "version": version,
            "hash": content_hash, "title": catalogue.title,
            "source": catalogue.source, "source_file": source_file, "imported_at": now(),
        })
        measure_rows, indicator_rows, unit_rows = [], [], []
        for theme in catalogue.themes:
            theme_id = _insert(store, "theme", {
                "version_id": version_id, "position": theme.position, "name": theme.name,
                "note": theme.note,
            })
            _insert_all(store, "goal", [
                {"theme_id": theme_id, "position": i, "number": g.number, "text": g.text}
                for i, g in enumerate(theme.goals)
            ])
            for position, m in enumerate(theme.measures):
                measure_rows.append((m, {
                    "version_id": version_id, "theme_id": theme_id, "position": position,
                    "ref": m.ref, "number": m.number, "goal_number": m.goal, "text": m.text,
                    "monitoring": m.monitoring, "responsible": m.responsible,
                    "tags": json.dumps(list(m.tags), ensure_ascii=False),
                    "kind": m.kind.value, "note": m.note,
                }))
        for m, values in measure_rows:
            measure_id = _insert(store, "measure", values)
            indicator_rows.extend(
                {"measure_id": measure_id, "position": i, "name": ind.name,
                 "type": ind.type.value, "wording": ind.wording}
                for i, ind in enumerate(m.indicators)
            )
            unit_rows.extend(
                {"measure_id": measure_id, "unit_id": r.unit_id, "role": r.role.value,
                 "position": i}
                for i, r in enumerate(m.units)
            )
        _insert_all(store, "indicator", indicator_rows)
        _insert_all(store, "measure_unit", unit_rows)
        _insert_all(store, "programme_indicator", [
            {"version_id": version_id, "position": i, "name": p.name,
             "responsible": p.responsible, "unit_id": p.unit_id, "source": p.source,
             "section": p.section}
            for i, p in enumerate(catalogue.programme_indicators)
        ])
    return version


def _insert(store: Store, table: str, row: dict) -> int:
    """One row by plain SQL: a catalogue is hundreds of rows, and sqlite-utils' per-call
    table introspection was most of the first start's database time (and loading it, with
    click, pluggy and dateutil, the most of the rest)."""
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return store.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                              tuple(row.values())).lastrowid


def _insert_all(store: Store, table: str, rows: list[dict]) -> None:
    if rows:
        columns = ", ".join(rows[0])
        marks = ", ".join("?" * len(rows[0]))
        store.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                               [tuple(r.values()) for r in rows])


def load_programme(store: Store, programme_id: str) -> Programme | None:
    row = store.query_one("SELECT * FROM programme WHERE id = ?", (programme_id,))
    if row is None:
        return None
    scale = tuple(StatusLevel(s["code"], s["label"], s["colour"], translations_of(s))
                  for s in json.loads(row["scale"]))
    return Programme(id=row["id"], name=row["name"], short_name=row["short_name"],
                     period=row["period"], organisation=row["organisation"], scale=scale)


def latest_version(store: Store, programme_id: str) -> int | None:
    row = store.query_one("SELECT MAX(version) AS v FROM catalogue_version "
                          "WHERE programme_id = ?", (programme_id,))
    return row["v"] if row else None


def version_row(store: Store, programme_id: str, version: int | None = None):
    if version is None:
        version = latest_version(store, programme_id)
    return store.query_one("SELECT * FROM catalogue_version WHERE programme_id = ? "
                           "AND version = ?", (programme_id, version))


def measure_texts(store: Store, programme_id: str, version: int) -> dict[str, str]:
    """Each measure's text in one catalogue version, by reference."""
    return {row["ref"]: row["text"] for row in store.query(
        "SELECT m.ref, m.text FROM measure m JOIN catalogue_version v ON v.id = m.version_id "
        "WHERE v.programme_id = ? AND v.version = ?", (programme_id, version))}


def load_catalogue(store: Store, programme_id: str, version: int | None = None
                   ) -> Catalogue | None:
    """A programme's catalogue (latest version unless `version` is given), or None."""
    programme = load_programme(store, programme_id)
    info = version_row(store, programme_id, version)
    if programme is None or info is None:
        return None
    version_id = info["id"]
    themes: dict[int, Theme] = {}
    for row in store.query("SELECT * FROM theme WHERE version_id = ? ORDER BY position",
                           (version_id,)):
        themes[row["id"]] = Theme(position=row["position"], name=row["name"], note=row["note"])
    for row in store.query("SELECT g.* FROM goal g JOIN theme t ON t.id = g.theme_id "
                           "WHERE t.version_id = ? ORDER BY g.theme_id, g.position",
                           (version_id,)):
        themes[row["theme_id"]].goals.append(Goal(row["number"], row["text"]))
    indicators: dict[int, list[Indicator]] = {}
    for row in store.query("SELECT i.* FROM indicator i JOIN measure m ON m.id = i.measure_id "
                           "WHERE m.version_id = ? ORDER BY i.measure_id, i.position",
                           (version_id,)):
        indicators.setdefault(row["measure_id"], []).append(
            Indicator(row["name"], IndicatorType(row["type"]), row["wording"]))
    units: dict[int, list[Responsibility]] = {}
    for row in store.query("SELECT u.* FROM measure_unit u JOIN measure m ON m.id = u.measure_id"
                           " WHERE m.version_id = ? ORDER BY u.measure_id, u.position",
                           (version_id,)):
        units.setdefault(row["measure_id"], []).append(
            Responsibility(row["unit_id"], Role(row["role"])))
    for row in store.query("SELECT * FROM measure WHERE version_id = ? "
                           "ORDER BY theme_id, position", (version_id,)):
        theme = themes[row["theme_id"]]
        theme.measures.append(Measure(
            theme=theme.position, number=row["number"], text=row["text"],
            goal=row["goal_number"], monitoring=row["monitoring"],
            indicators=tuple(indicators.get(row["id"], ())),
            responsible=row["responsible"], units=tuple(units.get(row["id"], ())),
            tags=tuple(json.loads(row["tags"])), kind=MeasureKind(row["kind"]),
            note=row["note"],
        ))
    programme_indicators = [
        ProgrammeIndicator(r["name"], r["responsible"], r["source"], r["unit_id"], r["section"])
        for r in store.query("SELECT * FROM programme_indicator WHERE version_id = ? "
                             "ORDER BY position", (version_id,))
    ]
    return Catalogue(programme, list(themes.values()), programme_indicators,
                     title=info["title"], source=info["source"])


def list_programmes(store: Store) -> list[ProgrammeSummary]:
    rows = store.query(
        "SELECT p.id, p.name, p.short_name, p.period, v.version, "
        "(SELECT COUNT(*) FROM measure m WHERE m.version_id = v.id) AS measures "
        "FROM programme p JOIN catalogue_version v ON v.programme_id = p.id "
        "WHERE v.version = (SELECT MAX(version) FROM catalogue_version w "
        "                   WHERE w.programme_id = p.id) "
        "ORDER BY p.created_at, p.rowid")  # programmes made in one millisecond: load order
    return [ProgrammeSummary(r["id"], r["name"], r["short_name"], r["period"], r["version"],
                             r["measures"]) for r in rows]
