"""The official Swedish names of the units in the city's register as kotodesk ships it
(resources/register/helsinki.json). They are the city's reference data, read from
resources/ rather than copied into every database, so a data folder made before they
were known has them too; the window reads them here as the database reads them."""

from __future__ import annotations

import json
from functools import cache


@cache
def swedish_names() -> dict[str, str]:
    """The shipped register's units' Swedish names, by id."""
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
