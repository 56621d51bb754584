"""Reading the source's "Vastuutahot" prose into register units with roles."""

from __future__ import annotations

import pytest

from kotodesk.domain.model import Role
from kotodesk.domain.register import Register
from kotodesk.system import resources

L, P = Role.LEAD, Role.PARTNER
DIVISIONS = [("kasko", L), ("kuva", L), ("kymp", L), ("sotepe", L)]


@pytest.fixture
def register():
    return Register.load(resources.path("register", "helsinki.json"))


def read(register, text):
    units, unmatched = register.normalise(text)
    return [(u.unit_id, u.role) for u in units], unmatched


@pytest.mark.parametrize("text, expected", [
    ("Kaupunginkanslian elinkeino-osasto yhdessä sosiaali- ja terveystoimialan sekä "
     "kasvatuksen ja koulutuksen toimialan kanssa",
     [("kanslia-elinkeino", L), ("sotepe", P), ("kasko", P)]),
    ("Kaikki toimialat", DIVISIONS),
    ("Kaupunginkanslia Kaikki toimialat", [("kanslia", L), *DIVISIONS]),
    ("Kasvatuksen ja koulutuksen toimiala, Työväenopisto Kaupunginkanslian elinkeino-osasto",
     [("kasko-tyovaenopisto", L), ("kanslia-elinkeino", L)]),
    ("Kaupunginkanslia, viestintäosasto, asukasosallisuus Kaikki toimialat",
     [("kanslia-asukasosallisuus", L), *DIVISIONS]),
    ("Kasvatuksen ja koulutuksen toimiala yhteistyössä kaupunginkansliian kanssa",
     [("kasko", L), ("kanslia", P)]),
    ("Kulttuurin ja vapaaajan toimialan nuorisopalvelut", [("kuva-nuorisopalvelut", L)]),
    ("Kulttuurin ja vapaa-ajan toimiala, kasvatuksen ja koulutuksen toimiala",
     [("kuva", L), ("kasko", L)]),
])
def test_responsibility_texts_of_seed_001(register, text, expected):
    assert read(register, text) == (expected, [])


def test_names_that_match_nothing_are_reported_with_their_role(register):
    units, unmatched = read(register, "Stadin AO yhdessä Helsingin Diakonissalaitoksen kanssa")
    assert units == [("kasko-stadin-ao", L)]
    assert unmatched == [("Helsingin Diakonissalaitoksen", P)]


def test_abbreviations_and_names_find_units_ignoring_case(register):
    assert register.find("kasko").id == "kasko"
    assert register.find("KUVA").id == "kuva"
    assert register.find("sote").id == "sotepe"
    assert register.find("Sosiaali-, terveys- ja pelastustoimiala").id == "sotepe"
    assert register.find("ei tällaista") is None
    assert "kasko-tyovaenopisto" in [u.id for u in register.search("opisto")]


def test_an_empty_register_matches_nothing_and_reports_every_name():
    units, unmatched = Register().normalise("Kasko yhdessä Kuvan kanssa")
    assert units == ()
    assert unmatched == [("Kasko", L), ("Kuvan", P)]
