"""A coordinator's catalogue files as they really come back: through Excel's and
LibreOffice's hands, hidden sheets, numbers Excel made dates of, invisible characters, and
things that are not catalogue files at all. Each is read as meant or refused with the
file, the place and the problem; a refusal leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import openpyxl
import pytest

from kotodesk.catalogue.importer import read_catalogue_file
from kotodesk.datafolder.workspace import Workspace
from tests.support import SEED_001, dump, soffice


@pytest.fixture
def exported(cli, tmp_path):
    """The data folder's catalogue (seed 001) as the coordinator exports it."""
    path = tmp_path / "kotoutuminen.xlsx"
    assert cli("catalogue", "export", path).code == 0
    return path


def database(home) -> list[str]:
    ws = Workspace.open(home)
    try:
        return dump(ws.store)
    finally:
        ws.close()


def row_of(ws, number: str):
    return next(r for r in ws.iter_rows(min_row=3) if r[1].value == number)


def refused(cli, home, path, *places: str) -> str:
    before = database(home)
    result = cli("catalogue", "import", path)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert str(path) in result.err
    for place in places:
        assert place in result.err, result.err
    assert database(home) == before
    return result.err


def test_a_pipe_or_an_endless_device_named_like_a_catalogue_is_refused_at_once(
        cli, home, tmp_path, no_hang):
    """Both used to be read with read_bytes: the pipe waited for a writer forever, and
    /dev/zero filled the memory."""
    cli("catalogue", "show")
    pipe = tmp_path / "luettelo.txt"
    os.mkfifo(pipe)
    zeros = tmp_path / "luettelo.xlsx"
    zeros.symlink_to("/dev/zero")
    for path in (pipe, zeros):
        assert "not a regular file" in refused(cli, home, path)


@pytest.mark.parametrize("content", [
    '{"format": "kotodesk-catalogue/1", "programme": "Ohjelma", "themes": "abc"}',
    '{"format": "kotodesk-catalogue/1", "programme": {"name": "x"}, "themes": [1]}',
    '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}",
])
def test_a_json_catalogue_of_the_wrong_shape_is_refused_not_a_crash(cli, home, tmp_path,
                                                                    content):
    """A programme given as a text, a theme as a number (exit 3, 'internal error'), and
    nesting deeper than the parser goes (RecursionError)."""
    cli("catalogue", "show")
    path = tmp_path / "luettelo.json"
    path.write_text(content, encoding="utf-8")
    err = refused(cli, home, path)
    assert "malformed catalogue" in err or "not valid JSON" in err, err


@pytest.mark.parametrize("value, shown", [
    (dt.datetime(2023, 2, 1), "'2023-02-01'"),  # "1.2" typed in a Finnish Excel
    (True, "'TRUE'"),
    ("1,2", "'1,2'"),
    ("Tehdään", "'Tehdään'"),
])
def test_a_measure_number_excel_turned_into_something_else_is_refused_with_its_cell(
        cli, home, exported, value, shown):
    """It used to become a measure '2023-02-01' (and 1.2 was reported removed, its
    entries orphaned)."""
    wb = openpyxl.load_workbook(exported)
    row_of(wb.worksheets[1], "1.2")[1].value = value
    wb.save(exported)
    err = refused(cli, home, exported, "sheet 'Läpileikkaavat teemat'", "row 4", "column B",
                  shown, "not a measure number")
    assert "format the column as text" in err.casefold()


def test_invisible_characters_in_a_measure_number_are_not_part_of_it(cli, exported):
    """A soft hyphen or a zero-width space pasted into "1.2" made another measure that
    looked the same: 1/1.2 was reported removed and 1/1.\u00ad2 added."""
    wb = openpyxl.load_workbook(exported)
    sheet = wb.worksheets[1]
    row_of(sheet, "1.2")[1].value = "1.\u00ad2"
    row_of(sheet, "1.3")[1].value = "\u200b1.3\u2060"
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert result.json()["unchanged"] is True, result.json()


def test_a_soft_hyphen_in_a_measure_number_of_a_text_table_keeps_the_measure(tmp_path):
    """The text reader did not see "1.\u00ad2 Kehitetään …" as a measure and joined its
    text to 1.1's."""
    path = tmp_path / "luettelo.txt"
    path.write_bytes(SEED_001.read_bytes().replace(
        "\t1.2 Kehitetään".encode(), "\t1.\u00ad2 Kehitetään".encode(), 1))
    assert path.read_bytes() != SEED_001.read_bytes()
    catalogue = read_catalogue_file(path)
    seed = read_catalogue_file(SEED_001)
    assert [(m.ref, m.text) for m in catalogue.measures()] == \
        [(m.ref, m.text) for m in seed.measures()]


def test_a_number_column_of_a_text_table_holding_a_word_names_the_line(tmp_path):
    path = tmp_path / "luettelo.txt"
    path.write_text("Ohjelma 2026–2028\n\nTeema\t\t\t\t\n"
                    "Tavoitteet\tNro\tToimenpiteet\tSeuranta\tVastuutahot\n"
                    "1. Tavoite\t1.1\tTehdään\t\tKasko\n"
                    "\tuusi\tTehdään lisää\t\tKasko\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        read_catalogue_file(path)
    assert "row 6" in str(caught.value) and "'uusi' is not a measure number" in str(
        caught.value)


def test_a_hidden_theme_sheet_is_read_and_said_not_dropped(cli, exported):
    """Hiding the second theme's sheet dropped the theme: the third became the second,
    and 36 measures were reported changed, added or removed under references that now
    meant other measures."""
    wb = openpyxl.load_workbook(exported)
    wb.worksheets[2].sheet_state = "hidden"
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["unchanged"] is True, report
    assert any("'Työllisyys ja työvoima' is hidden" in w for w in report["warnings"])
    assert "is hidden" in cli("catalogue", "import", exported).out


def test_a_measure_left_without_a_responsible_unit_is_said(cli, exported):
    wb = openpyxl.load_workbook(exported)
    row_of(wb.worksheets[1], "1.2")[5].value = None
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert result.json()["changed"] == ["1/1.2"]
    assert any("no responsible unit" in w and w.endswith(": 1/1.2")
               for w in result.json()["warnings"]), result.json()["warnings"]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice is not installed")
def test_the_exported_catalogue_saved_again_by_libreoffice_is_the_same_catalogue(
        cli, exported, tmp_path):
    """The coordinator's usual way: export, edit in LibreOffice, save, import. Saved
    unchanged, it is the same version; a measure edited there becomes a new one."""
    out = tmp_path / "lo"
    soffice("--convert-to", "xlsx", "--outdir", str(out), str(exported), cwd=tmp_path)
    result = cli("catalogue", "import", out / exported.name, "--json")
    assert result.code == 0 and result.json()["unchanged"] is True, result.out + result.err
    wb = openpyxl.load_workbook(out / exported.name)
    row_of(wb.worksheets[2], "3.2")[2].value = "Anonyymi rekrytointi koko kaupunkiin."
    wb.save(out / "muokattu.xlsx")
    soffice("--convert-to", "xlsx", "--outdir", str(tmp_path / "lo2"),
            str(out / "muokattu.xlsx"), cwd=tmp_path)
    result = cli("catalogue", "import", tmp_path / "lo2" / "muokattu.xlsx", "--json")
    assert result.code == 0, result.err
    assert (result.json()["version"], result.json()["changed"]) == (2, ["2/3.2"])
    assert json.loads(cli("catalogue", "show", "--json").out)["themes"][1]["goals"][2][
        "measures"][1]["text"] == "Anonyymi rekrytointi koko kaupunkiin."


@pytest.mark.parametrize("name, content", [
    ("excel.csv", '"Ohjelma 2026"\n\n"Teema"\n"Tavoitteet";"Toimenpiteet";"Seuranta";'
                  '"Vastuutahot"\n"1. Tavoite";"1.1 Tehdään";"";"Kasko"\n'),
    ("kasin.txt", "Ohjelma 2026\n\nTeema\nTavoitteet    Toimenpiteet    Seuranta    "
                  "Vastuutahot\n1. Tavoite    1.1 Tehdään        Kasko\n"),
])
def test_a_table_not_separated_by_tabs_is_told_by_its_header_line(cli, home, tmp_path, name,
                                                                  content):
    """A Finnish Excel's "CSV" (semicolons) and a table typed with spaces were refused
    with "no theme found", which did not say what was wrong with the file."""
    cli("catalogue", "show")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    refused(cli, home, path, "row 4", "not separated by tabs")


def test_a_measure_whose_text_a_merged_cell_took_is_said_with_its_cell(cli, exported):
    """Merging 1.2's measure cell into 1.1's above it empties 1.2's text without a word."""
    wb = openpyxl.load_workbook(exported)
    wb.worksheets[1].merge_cells("C3:C4")
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert "sheet 'Läpileikkaavat teemat', row 4: measure 1.2 has no text" in " ".join(
        result.json()["warnings"]), result.json()["warnings"]


def test_a_measure_twice_over_two_sheets_of_one_theme_names_both_places(cli, home,
                                                                       exported):
    """Two sheets named the same theme in A1 (a theme continued on a second sheet) with a
    number on both: the refusal named no sheet and no row."""
    wb = openpyxl.load_workbook(exported)
    wb.worksheets[1]["A1"] = wb.worksheets[2]["A1"].value
    wb.save(exported)
    refused(cli, home, exported, "sheet 'Työllisyys ja työvoima', row 3",
            "measure 1.1 appears twice in theme 'Työllisyys ja työvoima' (first on sheet "
            "'Läpileikkaavat teemat', row 3)")


def test_a_measure_text_longer_than_an_excel_cell_is_refused_at_import(cli, home, tmp_path):
    """A text table can hold a measure of 45 000 characters: it was imported, and the
    exported catalogue (and every round package) cut it at 32 767 without a word; the
    catalogue read back from the export was another version."""
    cli("catalogue", "show")
    path = tmp_path / "pitka.txt"
    path.write_text("Pitkä ohjelma 2026–2028\n\nTeema\t\t\t\n"
                    "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
                    "1. Tavoite\t1.1 " + "sana " * 9000 + "\tTehty (kyllä/ei)\tKasko\n",
                    encoding="utf-8")
    before = database(home)
    result = cli("catalogue", "import", path, "--new-programme")
    assert result.code == 2, result.out
    assert "measure 1.1 of theme 'Teema': its Toimenpiteet text is 44\u202f999 characters " \
           "long, more than an Excel cell holds (32\u202f767)" in result.err, result.err
    assert database(home) == before
    # At the limit it is a catalogue like any other, and comes back from its export whole.
    path.write_text(path.read_text(encoding="utf-8").replace(
        "sana " * 9000, "x" * 32_763), encoding="utf-8")
    assert cli("catalogue", "import", path, "--new-programme").code == 0
    exported = tmp_path / "pitka.xlsx"
    assert cli("catalogue", "export", exported, "--programme",
               "pitka-ohjelma-2026-2028").code == 0
    again = cli("catalogue", "import", exported, "--json")
    assert again.code == 0 and again.json()["unchanged"] is True, again.out + again.err


@pytest.mark.parametrize("row, column, value, problem", [
    (10, "C", "vihreä", "status 'green': 'vihreä' is not a colour like #2e7d32"),
    (13, "A", "harmaa", "status 'harmaa' has no label (Selite)"),
])
def test_a_status_scale_that_no_file_could_show_is_refused_with_its_row(
        cli, home, exported, row, column, value, problem):
    """A colour typed as a word was imported, and every export after it ended in
    "internal error (ValueError: Colors must be aRGB hex values)"; a status without a
    label would be shown by colour alone."""
    wb = openpyxl.load_workbook(exported)
    wb["Ohjelma"][f"{column}{row}"] = value
    wb.save(exported)
    refused(cli, home, exported, f"sheet 'Ohjelma', row {row}", problem)


def test_a_colour_excel_wrote_without_its_hash_is_taken(cli, exported, tmp_path):
    wb = openpyxl.load_workbook(exported)
    wb["Ohjelma"]["C10"] = "1B5E20"
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    scale = cli("catalogue", "show", "--json").json()["programme"]["scale"]
    assert scale[0]["colour"] == "#1B5E20"
    assert cli("catalogue", "export", tmp_path / "uudelleen.xlsx").code == 0


def test_a_unit_name_typed_with_a_space_inside_is_the_register_unit_not_a_new_one(
        cli, tmp_path):
    """Seed 001 with its Vastuutahot retyped as people do: 'Kas ko' and 'Kaupunginkanslian
    henkilöstö osasto' each added a junk unit to the register (and 2/3.1 answered by the
    whole Kanslia besides the junk one); 'Kaikki  toimialat' with two spaces, a no-break
    space or a trailing period are the same text. Each retyped name is said with its
    measure, so the coordinator can correct the file."""
    text = SEED_001.read_text(encoding="utf-8")
    for before, after in [
            ("tietoperusteisesti.\tKaikki toimialat", "tietoperusteisesti.\tKaikki  toimialat"),
            ("verkostot.\tKaikki toimialat", "verkostot.\tKaikki\u00a0toimialat."),
            ("laadullinen palaute\tKasvatuksen ja koulutuksen toimiala",
             "laadullinen palaute\tKas ko"),
            ("Kaupunginkanslian henkilöstöosasto\n", "Kaupunginkanslian henkilöstö osasto\n")]:
        assert before in text
        text = text.replace(before, after, 1)
    path = tmp_path / "luettelo.txt"
    path.write_text(text, encoding="utf-8")
    before = cli("catalogue", "show", "--json").json()
    result = cli("catalogue", "import", path, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["new_units"] == [] and report["new_unit_sources"] == [], report
    assert sorted(report["changed"]) == ["1/3.1", "2/3.1", "3/1.1"], report
    after = cli("catalogue", "show", "--json").json()

    def units(shown):
        return {m["ref"]: m["units"] for t in shown["themes"] for g in t["goals"]
                for m in g["measures"]}
    assert units(after) == units(before)
    said = [w for w in report["warnings"] if "read as" in w]
    assert len(said) == 2, report["warnings"]
    assert "2/3.1" in said[0] and "'Kaupunginkanslian henkilöstö osasto'" in said[0]
    assert "3/1.1" in said[1] and "'Kas ko'" in said[1] and \
        "Kasvatuksen ja koulutuksen toimiala" in said[1]


def test_a_unit_the_register_lacks_is_added_naming_its_measure_and_text(cli, tmp_path):
    path = tmp_path / "luettelo.txt"
    path.write_text(SEED_001.read_text(encoding="utf-8").replace(
        "laadullinen palaute\tKasvatuksen ja koulutuksen toimiala",
        "laadullinen palaute\tKasko yhdessä Helsingin Diakonissalaitoksen kanssa", 1),
        encoding="utf-8")
    result = cli("catalogue", "import", path, "--json")
    assert result.code == 0, result.err
    assert result.json()["new_unit_sources"] == [{
        "unit": "Helsingin Diakonissalaitoksen", "measures": ["3/1.1"],
        "texts": ["Kasko yhdessä Helsingin Diakonissalaitoksen kanssa"]}]
    cli("catalogue", "show")  # the folder as it was for the text import below
    again = tmp_path / "luettelo2.txt"
    again.write_text(path.read_text(encoding="utf-8").replace(
        "Helsingin Diakonissalaitoksen", "Helsingin Seurakuntayhtymän", 1), encoding="utf-8")
    out = cli("catalogue", "import", again).out
    assert "Helsingin Seurakuntayhtymän (read from the Vastuutahot of 3/1.1: 'Kasko " \
        "yhdessä Helsingin Seurakuntayhtymän kanssa')" in out, out


def _numbers_typed_in_a_general_column(exported, *, drop_first: bool = False):
    """Theme 1's goal 1 (1.1–1.4) given 1.5–1.10, every number typed into a General
    column as an English Excel keeps it: numbers, "1.10" the number 1.1."""
    wb = openpyxl.load_workbook(exported)
    sheet = wb.worksheets[1]
    after = row_of(sheet, "1.4")[0].row
    for offset, n in enumerate(range(5, 11), start=1):
        sheet.insert_rows(after + offset)
        for col, value in ((2, f"1.{n}"), (3, f"Uusi toimenpide {n}"),
                           (6, "Kaupunginkanslia")):
            sheet.cell(after + offset, col, value)
    for row in sheet.iter_rows(min_row=3):
        if isinstance(row[1].value, str) and row[1].value.startswith("1."):
            row[1].value = float(row[1].value)
    if drop_first:  # no real 1.1 for the 1.10 to collide with
        sheet.delete_rows(3)
    wb.save(exported)


@pytest.mark.parametrize("drop_first, problem", [
    (False, "measure 1.1 appears twice in theme 'Läpileikkaavat teemat' (first on row 3)"),
    (True, "measure 1.1 comes after 1.9 and is a number in Excel, not text"),
])
def test_a_measure_number_1_10_that_excel_kept_as_the_number_1_1_is_explained(
        cli, home, exported, drop_first, problem):
    """It was refused as a duplicate of 1.1 without a word of the number format, or,
    without a 1.1 to collide with, imported as 1.1 after 1.9."""
    _numbers_typed_in_a_general_column(exported, drop_first=drop_first)
    err = refused(cli, home, exported, "sheet 'Läpileikkaavat teemat'",
                  "row 11" if drop_first else "row 12", problem)
    assert "Excel may have stored 1.10 as the number 1.1" in err
    assert "format column B as text" in err


def test_measure_numbers_excel_kept_as_numbers_in_order_are_taken(cli, exported):
    wb = openpyxl.load_workbook(exported)
    for row in wb.worksheets[1].iter_rows(min_row=3):
        if isinstance(row[1].value, str):
            row[1].value = float(row[1].value)
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert result.json()["unchanged"] is True


@pytest.mark.parametrize("header", ["Toteutuksen\nvastuutahot", "Vastuu\u00adtahot",
                                    "Toteutuksen\u00a0vastuutahot", "Toteutuksen  vastuutahot"])
def test_a_header_wrapped_by_alt_enter_still_names_its_column(cli, exported, header):
    """'Toteutuksen\\nvastuutahot' (the report's header, wrapped to fit the column) was
    not the responsible units' column: the import made a new version whose 47 measures no
    unit answered for."""
    wb = openpyxl.load_workbook(exported)
    for sheet in wb.worksheets[1:-1]:
        sheet.cell(2, 6).value = header
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert result.json()["unchanged"] is True, result.json()


def test_a_measure_text_pasted_with_its_number_beside_the_number_column(cli, exported):
    """Pasted from the Word table, the Toimenpiteet cell begins with the number the Nro
    column holds: every measure was reported changed, its text '1.1 Kehitetään …'."""
    wb = openpyxl.load_workbook(exported)
    for sheet in wb.worksheets[1:-1]:
        for row in sheet.iter_rows(min_row=3):
            if row[1].value and row[2].value:
                row[2].value = f"{row[1].value} {row[2].value}"
    wb.save(exported)
    result = cli("catalogue", "import", exported, "--json")
    assert result.code == 0, result.err
    assert result.json()["unchanged"] is True, result.json()
