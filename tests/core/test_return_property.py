"""Whatever people type, a return exports, verifies valid, and carries what was saved.

Generated narratives mix Finnish, Swedish, Cyrillic, Arabic and Hebrew (right to left),
emoji, CR LF line ends, text that looks like a spreadsheet formula, and control
characters pasted from other programs.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.documents.verify import verify_file
from kotodesk.domain.text import replace_illegal
from kotodesk.reporting.entries import apply_edits
from kotodesk.storage import entries as entry_store
from tests.support import make_identity, write_return_xlsx

UNIT = "kanslia-henkilosto"
REFS = ("2/3.1", "2/3.2", "2/3.3", "2/3.4")
PIECES = ["Käynnistynyt", "Åbo stad", "Привет, мир", "مرحبا بالعالم", "שלום", "😀👍🏽",
          "\r\n", "\n\n", "=SUM(A1:A9)", "+358 9 310 1691", "-5 %", "@tiimi",
          "=HYPERLINK(\"http://x\",\"y\")", "\x00", "\x07", "\x1b[31m", "\x0b", "\ufffe",
          "\ud800", "https://www.hel.fi/fi/kasvatus-ja-koulutus", "  ", "\t", "&<>\"'"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=8).map(
    "".join)
entries = st.fixed_dictionaries({
    "status": st.sampled_from(["", "green", "yellow", "red"]),
    "narrative": texts,
    "reasons": texts,
})


@pytest.fixture(scope="module")
def setup():
    home = Path(tempfile.mkdtemp(prefix="kotodesk-prop-"))
    ws = Workspace.open(home)
    yield ws, make_identity(), home
    ws.close()


@pytest.mark.slow
@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(entries, min_size=len(REFS), max_size=len(REFS)))
def test_export_verify_payload_equals_database(setup, generated):
    ws, identity, home = setup
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    for ref, fields in zip(REFS, generated, strict=True):
        apply_edits(ws.store, catalogue, round_, UNIT, ref, fields, "Prop")
    target = home / "return.xlsx"
    write_return_xlsx(ws, UNIT, identity, target)
    result = verify_file(target, {identity.info.fingerprint})
    assert result.status == verify.VALID, result.message
    saved = {e.measure_ref: e for e in entry_store.entries_of_round(ws.store, round_.id,
                                                                    ws.unit(UNIT).id)}
    signed = {m["ref"]: m["entry"] for t in result.payload["themes"] for m in t["measures"]}
    for ref in REFS:
        assert signed[ref]["status"] == (saved[ref].status or "")
        assert signed[ref]["narrative"] == replace_illegal(saved[ref].narrative)
        assert signed[ref]["reasons"] == replace_illegal(saved[ref].reasons)
