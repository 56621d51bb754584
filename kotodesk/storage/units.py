"""The organisation register in the database (seeded from resources/, grown by imports)."""

from __future__ import annotations

import json

from kotodesk.domain.model import Unit
from kotodesk.domain.register import Register
from kotodesk.storage import settings
from kotodesk.storage.db import Store
from kotodesk.system.register_names import swedish_names


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
