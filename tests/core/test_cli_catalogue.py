"""`kotodesk catalogue …` as a coordinator uses it, exit codes included."""

from __future__ import annotations

import openpyxl
import pytest

from kotodesk.datafolder.workspace import Workspace
from tests.support import SEED_001, dump, with_macro


def test_show_json_has_the_documented_shape_and_seed_counts(cli):
    result = cli("catalogue", "show", "--json")
    assert result.code == 0
    data = result.json()
    assert [t["name"] for t in data["themes"]] == [
        "Läpileikkaavat teemat", "Työllisyys ja työvoima", "Lapset, nuoret ja perheet",
        "Asuinalueet ja yhteisöllisyys"]
    counts = [sum(len(g["measures"]) for g in t["goals"]) for t in data["themes"]]
    assert counts == [12, 11, 11, 13]
    measure = data["themes"][1]["goals"][0]["measures"][0]
    assert set(measure) >= {"ref", "number", "text", "monitoring", "indicators", "units"}
    assert measure["ref"] == "2/1.1"
    assert measure["indicators"][0] == {"name": "Vieraskielisten työllisyysaste",
                                        "type": "percent"}
    assert measure["units"] == ["Kaupunginkanslian elinkeino-osasto"]


def test_show_text_is_readable(cli):
    result = cli("catalogue", "show")
    assert result.code == 0
    assert "2/2.3" in result.out and "Työllisyys ja työvoima" in result.out


def test_export_then_import_is_unchanged(cli, tmp_path):
    target = tmp_path / "kotoutuminen.xlsx"
    assert cli("catalogue", "export", target).code == 0
    result = cli("catalogue", "import", target, "--json")
    assert result.code == 0
    assert result.json()["unchanged"] is True


def test_changed_catalogue_becomes_a_new_version_listing_what_changed(cli, tmp_path, home):
    target = tmp_path / "v2.xlsx"
    cli("catalogue", "export", target)
    wb = openpyxl.load_workbook(target)
    ws = wb["Työllisyys ja työvoima"]
    for row in ws.iter_rows(min_row=3):
        if row[1].value == "3.2":
            row[2].value = "Anonyymiä rekrytointia laajennetaan koko kaupunkiin."
        if row[1].value == "3.4":
            ws.delete_rows(row[0].row)
            break
    ws.append(["", "3.5", "Uusi toimenpide", "Tehty (kyllä/ei)", "", "Kaupunginkanslia"])
    wb.save(target)
    result = cli("catalogue", "import", target, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert (report["version"], report["new_programme"]) == (2, False)
    assert report["changed"] == ["2/3.2"]
    assert report["removed"] == ["2/3.4"]
    assert report["added"] == ["2/3.5"]
    shown = cli("catalogue", "show", "--json").json()
    refs = [m["ref"] for t in shown["themes"] for g in t["goals"] for m in g["measures"]]
    assert "2/3.5" in refs and "2/3.4" not in refs
    old = cli("catalogue", "show", "--json", "--version", "1").json()
    assert "2/3.4" in [m["ref"] for t in old["themes"] for g in t["goals"]
                       for m in g["measures"]]


def test_a_new_programme_from_text_with_unknown_units(cli, tmp_path):
    path = tmp_path / "uusi.txt"
    path.write_text("Uusi ohjelma 2026–2028\n\nTeema A\t\t\t\n"
                    "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
                    "1. Tavoite\t1.1 Tehdään\tTehty (kyllä/ei)\tKasko yhdessä Helsingin "
                    "Diakonissalaitoksen kanssa\n", encoding="utf-8")
    result = cli("catalogue", "import", path, "--new-programme", "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["new_programme"] is True
    assert report["programme"] == "Uusi ohjelma 2026–2028"
    assert report["new_units"] == ["Helsingin Diakonissalaitoksen"]
    shown = cli("catalogue", "show", "--programme", report["programme_id"], "--json").json()
    assert shown["themes"][0]["goals"][0]["measures"][0]["units"] == [
        "Kasvatuksen ja koulutuksen toimiala", "Helsingin Diakonissalaitoksen"]


def bad_inputs(tmp_path, valid_xlsx):
    header = "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
    files = {
        "binary.txt": (b"\x00\x01\x02\x03binary", None, "binary"),
        "empty.txt": (b"", None, "empty"),
        "before-theme.txt": ((header + "1. T\t1.1 M\t\tKasko\n").encode(), 2, "before any"),
        "duplicate.txt": (("Teema\t\t\t\n" + header + "1. T\t1.1 M\t\tKasko\n\t1.1 N\t\tKuva\n"
                           ).encode(), 4, "appears twice"),
        "renamed.xlsx": (b"Tavoitteet;Toimenpiteet\n1;2\n", None, "not a zip archive"),
    }
    for name, (content, _, _) in files.items():
        (tmp_path / name).write_bytes(content)
    wb = openpyxl.Workbook()
    wb.active.append(["Nimi", "Osoite"])
    wb.save(tmp_path / "no-columns.xlsx")
    files["no-columns.xlsx"] = (None, None, "catalogue columns")
    with_macro(valid_xlsx, tmp_path / "macro.xlsx")
    files["macro.xlsx"] = (None, None, "macros")
    return files


def test_bad_inputs_exit_2_with_a_message_and_change_nothing(cli, tmp_path, home):
    valid = tmp_path / "valid.xlsx"
    cli("catalogue", "export", valid)
    ws = Workspace.open(home)
    before = dump(ws.store)
    ws.close()
    for name, (_, row, problem) in bad_inputs(tmp_path, valid).items():
        result = cli("catalogue", "import", tmp_path / name)
        assert result.code == 2, name
        assert str(tmp_path / name) in result.err, name
        assert problem in result.err, (name, result.err)
        if row is not None:
            assert f"row {row}" in result.err, name
        assert "Traceback" not in result.err
    ws = Workspace.open(home)
    assert dump(ws.store) == before
    ws.close()


@pytest.mark.parametrize("args, message", [
    (("catalogue", "show", "--programme", "ei-ole"), "no programme 'ei-ole'"),
    (("catalogue", "import", "/nonexistent/file.txt"), "cannot be read"),
    (("catalogue", "import", SEED_001, "--programme", "x", "--new-programme"), ""),
])
def test_bad_usage_exits_2(cli, args, message):
    result = cli(*args)
    assert result.code == 2
    assert message in result.err
