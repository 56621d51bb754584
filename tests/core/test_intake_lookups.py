"""A batch finds a return's unit through an index of the register's names: it must find
what Register.find finds, the same unit for every name, and follow the register when it
changes during the batch."""

from __future__ import annotations

import dataclasses

import pytest

from kotodesk.coordinator.batch_lookups import IntakeRun
from kotodesk.datafolder.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.open(tmp_path / "home")
    yield workspace
    workspace.close()


def test_every_name_of_every_unit_finds_the_unit_register_find_finds(ws):
    run = IntakeRun(ws)
    register = ws.register
    queries = [name for unit in register.units.values() for name in (unit.id, *unit.names)]
    queries += [q.upper() for q in queries] + [f"  {q}  " for q in queries]
    queries += ["", "   ", "ei tällaista yksikköä", "Kaupunginkanslia  ja"]
    assert len(queries) > 100
    for query in queries:
        assert run.unit({"id": "", "name": query}) == register.find(query), query
    assert run.unit({"id": "kanslia", "name": "ei mikään"}).id == "kanslia"  # by its id first


def test_the_index_follows_the_register_during_a_batch(ws):
    run = IntakeRun(ws)
    units = ws.register.units
    assert run.unit({"name": "Stadskansliet"}).id == "kanslia"
    units["kanslia"] = dataclasses.replace(units["kanslia"], name_sv="Stadskansliet 2")
    assert run.unit({"name": "Stadskansliet"}) is None  # renamed: no longer found
    assert run.unit({"name": "stadskansliet 2"}).id == "kanslia"
    units["uusi"] = dataclasses.replace(units["kanslia"], id="uusi", name="Uusi yksikkö",
                                        abbreviation="", aliases=(), name_sv="")
    assert run.unit({"name": "UUSI YKSIKKÖ"}).id == "uusi"
    del units["uusi"]
    assert run.unit({"name": "Uusi yksikkö"}) is None
    ws.forget_cached()  # the register read again from the database
    assert run.unit({"name": "Stadskansliet"}) == ws.register.find("Stadskansliet")
