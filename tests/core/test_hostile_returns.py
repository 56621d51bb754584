"""A batch of returns with hostile and broken files in it: each bad file is refused with
its own message, the good ones still merge, and a refused file changes nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import openpyxl
import pytest

from kotodesk.catalogue.importer import import_catalogue
from kotodesk.coordinator import intake
from kotodesk.datafolder.workspace import Workspace
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import keys
from kotodesk.storage import rounds, settings, trust
from tests.support import (
    SEED_001,
    dump,
    make_identity,
    with_entity_bomb,
    with_macro,
    write_return_xlsx,
    zip_bomb,
)

UNIT = "kanslia-henkilosto"
PASSPHRASE = "koordinaattori-2026"


@pytest.fixture
def batch(tmp_path, workspace):
    """(coordinator workspace, {name: path}) with one good return and many bad files."""
    unit_ws = Workspace.open(tmp_path / "unit")
    person = make_identity("Heli", unit="Kaupunginkanslian henkilöstöosasto")
    round_ = unit_ws.round()
    catalogue = unit_ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(unit_ws.store, catalogue, round_, UNIT, "2/3.1",
                {"status": "green", "narrative": "Hyvä palautus."}, "Heli")
    out = tmp_path / "in"
    out.mkdir()
    good = out / "good.xlsx"
    write_return_xlsx(unit_ws, UNIT, person, good)
    files = {"good.xlsx": good}

    renamed = out / "kuva.xlsx"
    renamed.write_bytes(b"\x89PNG\r\n\x1a\n not a workbook at all")
    files["kuva.xlsx"] = renamed
    truncated = out / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    files["truncated.xlsx"] = truncated
    files["bomb.xlsx"] = zip_bomb(out / "bomb.xlsx", megabytes=150)
    files["laughs.xlsx"] = with_entity_bomb(good, out / "laughs.xlsx")
    files["macros.xlsm"] = with_macro(good, out / "macros.xlsm")

    # Payload and cell both edited to agree, but not signed again.
    wb = openpyxl.load_workbook(good)
    sheet = wb["kotodesk_allekirjoitus"]
    sealed = "".join(str(sheet.cell(r, 1).value) for r in range(2, sheet.max_row + 1))
    envelope = json.loads(base64.b64decode(sealed))
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["themes"][0]["measures"][0]["entry"]["narrative"] = "Väärennetty."
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    forged = base64.b64encode(json.dumps(envelope).encode()).decode()
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row, 1).value = None
    sheet.cell(2, 1).value = forged
    cell = next(c for ws in wb.worksheets for r in ws.iter_rows() for c in r
                if c.value == "Hyvä palautus.")
    cell.value = "Väärennetty."
    wb.save(out / "forged.xlsx")
    files["forged.xlsx"] = out / "forged.xlsx"

    # A formula typed into an unsigned template's narrative cell.
    wb = openpyxl.load_workbook(good)
    del wb["kotodesk_allekirjoitus"]
    cell = next(c for ws in wb.worksheets for r in ws.iter_rows() for c in r
                if c.value == "Hyvä palautus.")
    cell.value = '=HYPERLINK("http://evil.example","klikkaa")'
    wb.save(out / "formula.xlsx")
    files["formula.xlsx"] = out / "formula.xlsx"

    # A return for a programme the coordinator does not keep.
    report = import_catalogue(unit_ws.store, SEED_001, new_programme=True)
    other_round = rounds.add_round(unit_ws.store, report.programme_id, report.version, "2030")
    other = unit_ws.catalogue(report.programme_id)
    apply_edits(unit_ws.store, other, other_round, UNIT, "2/3.1", {"status": "red"}, "Heli")
    settings.put(unit_ws.store, programme=report.programme_id)
    write_return_xlsx(unit_ws, UNIT, person, out / "other-programme.xlsx", round_query="2030")
    files["other-programme.xlsx"] = out / "other-programme.xlsx"
    unit_ws.close()

    trust.add(workspace.store, person.certificate)
    return workspace, files


def test_each_bad_file_gets_its_own_message_and_changes_nothing(batch):
    workspace, files = batch
    trusted = {s.fingerprint for s in trust.all_signers(workspace.store)}
    results = {}
    for name, path in files.items():
        if name in {"good.xlsx", "formula.xlsx"}:
            continue
        before = dump(workspace.store)
        results[name] = intake.take_in(workspace, path, trusted)
        assert dump(workspace.store) == before, f"{name} changed the database"
    expect = {
        "kuva.xlsx": "not an Excel .xlsx file",
        "truncated.xlsx": "damaged or truncated",
        "bomb.xlsx": "zip bomb",
        "laughs.xlsx": "entity or DTD",
        "macros.xlsm": "contains macros",
        "forged.xlsx": "changed after signing",
        "other-programme.xlsx": "another programme",
    }
    for name, words in expect.items():
        assert not results[name].accepted
        assert words in results[name].reason, (name, results[name].reason)


def test_the_batch_merges_the_good_files_and_lists_the_rest(batch, cli, home, tmp_path,
                                                           monkeypatch):
    _, files = batch
    me = keys.new_identity(name="Koordinaattori", email="", unit="", organisation="")
    keys.save_identity(home, me, PASSPHRASE)
    monkeypatch.setenv("KOTODESK_PASSPHRASE", PASSPHRASE)
    merged = tmp_path / "koottu.xlsx"
    result = cli("merge", *files.values(), "--xlsx", merged, "--json")
    assert result.code == 1  # refused files: an incomplete merge
    data = result.json()
    accepted = {r["file"].rsplit("/", 1)[-1] for r in data["accepted"]}
    assert accepted == {"good.xlsx", "formula.xlsx"}
    refused = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in data["rejected"]}
    assert set(refused) == set(files) - accepted
    assert all(refused.values())
    assert [h["file"] for h in data["held"]] == ["formula.xlsx"]  # unsigned: held apart
    assert cli("held", "accept", "--file", "formula.xlsx").code == 0
    result = cli("merge", files["good.xlsx"], "--xlsx", merged, "--json")
    data = result.json()
    assert [Path(u["file"]).name for u in data["unchanged"]] == ["good.xlsx"]
    # The formula came in as its text (unsigned, accepted, in conflict with the signed
    # return), and the merged report writes whatever text it shows as text, never as a
    # formula.
    wb = openpyxl.load_workbook(merged)
    cells = [c for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value]
    assert not any(c.data_type == "f" for c in cells)
    assert data["conflicts"] == [{"measure": "2/3.1", "unit": "Kaupunginkanslian "
                                  "henkilöstöosasto", "files": ["good.xlsx", "formula.xlsx"]}]


def test_an_oversized_file_is_refused_before_it_is_read(workspace, tmp_path):
    import tracemalloc

    big = tmp_path / "huge.xlsx"
    with big.open("wb") as handle:  # sparse: 3 GB declared, nothing written
        handle.truncate(3 * 2**30)
    tracemalloc.start()
    result = intake.take_in(workspace, big, set())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert not result.accepted and "larger than" in result.reason
    assert peak < 64 * 2**20
