"""The organisation register in the database (seeded from resources/, grown by imports)."""

from __future__ import annotations

import json
from functools import cache

from kotodesk.domain.model import Unit
from kotodesk.domain.register import Register
from kotodesk.storage import settings
from kotodesk.storage.db import Store


def load_register(store: Store) -> Register:
    register = Register()
    swedish = swedish_names()
    for row in store.query("SELECT * FROM unit ORDER BY position"):
        register.units[row["id"]] = Unit(
            id=row["id"], name=row["name"], abbreviation=row["abbreviation"],
            parent=row["parent"], kind=row["kind"], aliases=tuple(json.loads(row["aliases"])),
            email=row["email"], name_sv=swedish.get(row["id"], ""),
        )
    for row in store.query("SELECT * FROM register_phrase"):
        if row["kind"] == "group":
            register.groups[row["phrase"]] = tuple(json.loads(row["units"]))
        else:
            register.ignore += (row["phrase"],)
    organisation = store.query_one("SELECT value FROM setting WHERE key='organisation'")
    if organisation:
        register.organisation = organisation["value"]
    return register


@cache
def swedish_names() -> dict[str, str]:
    """The official Swedish names of the shipped register's units, by id. They are the
    city's reference data, read from resources/ rather than copied into every database,
    so a data folder made before they were known has them too."""
    return {u["id"]: u["name_sv"] for u in _shipped_units() if u.get("name_sv")}


@cache
def swedish_by_finnish() -> dict[str, str]:
    """The shipped register's units' Swedish names by their Finnish names (each Finnish
    name, with itself where the city gives no Swedish one): for a message that names a
    unit by the Finnish name the core keeps, said in a Swedish window."""
    return {u["name"]: u.get("name_sv") or u["name"] for u in _shipped_units()
            if u.get("name")}


@cache
def _shipped_units() -> tuple[dict, ...]:
    from kotodesk.system import resources

    data = json.loads(resources.path("register", "helsinki.json").read_text(encoding="utf-8"))
    return tuple(data.get("units", []))


def save_register(store: Store, register: Register) -> None:
    """Insert units the database lacks and update changed ones (units are never deleted,
    because entries refer to them)."""
    with store.write():
        store.upsert(
            "unit",
            (
                {"id": u.id, "name": u.name, "abbreviation": u.abbreviation, "parent": u.parent,
                 "kind": u.kind, "email": u.email,
                 "aliases": json.dumps(list(u.aliases), ensure_ascii=False), "position": i}
                for i, u in enumerate(register.units.values())
            ),
            pk="id",
        )
        store.upsert(
            "register_phrase",
            [{"phrase": p, "kind": "group", "units": json.dumps(list(ids))}
             for p, ids in register.groups.items()]
            + [{"phrase": p, "kind": "ignore", "units": "[]"} for p in register.ignore],
            pk="phrase",
        )
        settings.put(store, organisation=register.organisation)


def set_unit_email(store: Store, unit_id: str, email: str) -> None:
    with store.write():
        store.conn.execute("UPDATE unit SET email = ? WHERE id = ?", (email, unit_id))
