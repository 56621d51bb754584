"""A signed return whose visible cells were edited in the zip (the seals, every other part
and the payload untouched) is modified, and the first changed or added cell is named: a
faster intake still compares every visible cell with the layout planned from the payload,
and a file with a forged cell changes nothing in the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from kotodesk.coordinator import intake
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from tests.core.test_xlsx_appearance import patched, sub
from tests.support import coordinator_ready, make_identity, signed_return

SHEET = "xl/worksheets/sheet2.xml"  # the one theme's sheet


@pytest.fixture(scope="module")
def person():
    return make_identity("Fiia Väärentäjä")


@pytest.fixture(scope="module")
def good(tmp_path_factory, person) -> Path:
    return signed_return(tmp_path_factory.mktemp("unit"), person, {"2/3.1": {
        "status": "red", "narrative": "Ei ole käynnistetty: rahoitus puuttuu.",
        "reasons": "Rahoitus puuttuu."}})


FORGERIES = {
    "narrative": (sub(rb"Ei ole k&#228;ynnistetty", rb"On k&#228;ynnistetty"),
                  "cell G4: shows \"On käynnistetty"),
    "line end": (sub(rb"puuttuu.\n\nPerustelut", rb"puuttuu.\n\nPerustelut!"),
                 "cell G4: shows"),
    "added": (sub(rb'<c r="F4" s="14" t="n"></c>',
                  rb'<c r="F4" s="14" t="inlineStr"><is><t>100 %</t></is></c>'),
              "cell F4: \"100 %\" was added after signing"),
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_forged_visible_cell_is_named_and_taken_in_nowhere(good, person, tmp_path, monkeypatch,
                                                             name):
    change, said = FORGERIES[name]
    forged = patched(good, tmp_path / f"{name}.xlsx", {SHEET: change})
    trusted = {person.info.fingerprint}
    assert verify.verify_file(good, trusted).status == verify.VALID
    result = verify.verify_file(forged, trusted)
    assert result.status == verify.MODIFIED, result.message
    assert not result.values_intact
    assert said in result.message, result.message
    home = tmp_path / "home"
    coordinator_ready(home, monkeypatch, person)
    ws = Workspace.open(home)
    try:
        taken = intake.take_in(ws, forged, trusted)
        assert not taken.accepted and said in taken.reason
        assert ws.store.query_one("SELECT COUNT(*) FROM received_file")[0] == 0
    finally:
        ws.close()


MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@pytest.mark.parametrize("tag", [b"f", b"x:f", "é:f".encode(), b"a.b:f"])
def test_a_formula_added_behind_the_signed_text_is_found_whatever_its_prefix(good, person,
                                                                              tmp_path, tag):
    """An empty cell given a formula without a cached value still shows nothing, so every
    visible cell is as signed: only the formula check tells it from a restyled file
    (which the coordinator may take in knowingly, `values_intact`)."""
    prefix = tag.partition(b":")[0]
    declared = b' xmlns:%s="%s"' % (prefix, MAIN) if b":" in tag else b""
    forged = patched(good, tmp_path / "formula.xlsx", {SHEET: sub(
        rb'<c r="F4" s="14" t="n"></c>',
        rb'<c r="F4" s="14"><%s%s>WEBSERVICE("https://example.invalid/")</%s></c>'
        % (tag, declared, tag))})
    result = verify.verify_file(forged, {person.info.fingerprint})
    assert result.status == verify.MODIFIED, result.message
    assert not result.values_intact
    assert "formula" in result.message, result.message
