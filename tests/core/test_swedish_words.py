"""Swedish: the units' official Swedish names, and the status scale's wordings."""

from __future__ import annotations

import dataclasses

import pytest

from kotodesk.catalogue.rules import programme_from_dict, programme_to_dict
from kotodesk.domain.model import DEFAULT_SCALE, Programme, StatusLevel
from kotodesk.domain.scale_words import level_label
from kotodesk.storage import catalogues

OFFICIAL = {
    "kasko": "Fostrans- och utbildningssektorn",
    "kuva": "Kultur- och fritidssektorn",
    "sotepe": "Social-, hälsovårds- och räddningssektorn",
    "kymp": "Stadsmiljösektorn",
    "kanslia": "Stadskansliet",
}


@pytest.mark.parametrize(("unit", "swedish"), OFFICIAL.items())
def test_the_register_knows_the_official_swedish_names(workspace, unit, swedish):
    register = workspace.register
    assert register.units[unit].name_sv == swedish
    assert register.find(swedish.upper()).id == unit  # as people type it
    assert workspace.unit(swedish).id == unit  # --unit on the command line


def test_typing_part_of_a_swedish_name_finds_the_sectors(workspace):
    found = {u.id for u in workspace.register.search("sektorn")}
    assert {"kasko", "kuva", "sotepe", "kymp"} <= found
    assert "kanslia" not in found
    assert [u.id for u in workspace.register.search("räddnings")] == ["sotepe"]


def test_a_unit_without_an_official_swedish_name_has_none(workspace):
    assert workspace.register.units["kasko-tyovaenopisto"].name_sv == ""


def test_the_default_scale_speaks_finnish_swedish_and_english():
    green, yellow, red = DEFAULT_SCALE
    assert level_label(green, "fi") == "Käynnistynyt ja etenee aikataulussa"
    assert level_label(green, "sv") == "Har inletts och framskrider enligt tidsplanen"
    assert level_label(yellow, "en") == "Started but behind schedule"
    assert level_label(red, "sv") == "Har inte inletts / inleds inte"


def test_a_programmes_own_scale_keeps_its_words_and_carries_its_translations(workspace):
    own = (StatusLevel("done", "Valmis", "#2e7d32", (("sv", "Klar"),)),
           StatusLevel("green", "Etenee omalla tavallaan", "#2e7d32"))
    programme = Programme("oma", "Oma ohjelma", scale=own)
    assert [level_label(lvl, "sv") for lvl in own] == ["Klar", "Etenee omalla tavallaan"]
    assert level_label(own[0], "en") == "Valmis"  # no English given: its own words
    again = programme_from_dict(programme_to_dict(programme))
    assert again.scale == own
    catalogues.save_programme(workspace.store, programme)
    assert catalogues.load_programme(workspace.store, "oma").scale == own
    # the default scale's dictionary form is as before (catalogue hashes do not move)
    plain = programme_to_dict(dataclasses.replace(programme, scale=DEFAULT_SCALE))
    assert all(set(level) == {"code", "label", "colour"} for level in plain["scale"])
