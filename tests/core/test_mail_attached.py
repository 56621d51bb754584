"""`kotodesk mail return` and `mail package` attach only what they say they send: a
person who picks the wrong file (someone else's return, a round package, a spreadsheet,
a return changed after signing, another unit's) is told which file and why, and no draft
is written."""

from __future__ import annotations

import openpyxl
import pytest

from kotodesk.cli import main
from tests.support import CliResult


@pytest.fixture(name="run")
def run_two(capsys, monkeypatch):
    """`kotodesk ARGS --home HOME` in this process, for any of several data folders."""
    monkeypatch.setenv("KOTODESK_PASSPHRASE", "yksikon-oma-salasana")

    def call(home, *args) -> CliResult:
        capsys.readouterr()
        code = main([*map(str, args), "--home", str(home)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return call


def exported(run, home, out, *, name="Eeva Esimerkki", unit="Kasko", status="green"):
    if not (home / "keys").exists():
        assert run(home, "key", "new", "--name", name, "--unit", unit).code == 0
    assert run(home, "entry", "set", "--unit", unit, "--measure", "1/1.1", "--status",
               status, "--narrative", "Tehty.").code in (0, 1)
    done = run(home, "return", "export", "--unit", unit, "--out", out, "--json")
    assert done.code == 0, done.err
    return done.json()["xlsx"], done.json()["pdf"]


def refused(run, home, tmp_path, *args) -> str:
    drafts = tmp_path / "luonnokset"
    done = run(home, "mail", *args, "--out", drafts)
    assert done.code == 2, (done.out, done.err)
    assert not drafts.exists() or not list(drafts.iterdir())
    return done.err


def test_mail_return_sends_only_this_folders_own_return(run, tmp_path):
    unit, other, coordinator = tmp_path / "kasko", tmp_path / "toinen", tmp_path / "koord"
    xlsx, pdf = exported(run, unit, tmp_path / "out")
    done = run(unit, "mail", "return", xlsx, pdf, "--unit", "Kasko", "--out",
               tmp_path / "ok", "--json")
    assert done.code == 0, done.err
    assert done.json()[0]["attachments"] == [xlsx, pdf]

    # A spreadsheet of one's own.
    sheet = tmp_path / "budjetti.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budjetti 2024"
    book.save(sheet)
    said = refused(run, unit, tmp_path, "return", sheet, "--unit", "Kasko")
    assert f"{sheet}: not sent: not a kotodesk file" in said

    # Someone else's return of the same unit, signed with their key.
    their_xlsx, _ = exported(run, other, tmp_path / "theirs", name="Olli Toinen")
    said = refused(run, unit, tmp_path, "return", their_xlsx, "--unit", "Kasko")
    assert f"{their_xlsx}: not sent: signed by Olli Toinen, not with this data folder's key" \
        in said

    # The return changed after it was signed.
    changed = tmp_path / "muutettu.xlsx"
    book = openpyxl.load_workbook(xlsx)
    for sheet_ in book.worksheets:
        for row in sheet_.iter_rows():
            for cell in row:
                if cell.value == "Tehty.":
                    cell.value = "Ei tehty."
    book.save(changed)
    said = refused(run, unit, tmp_path, "return", changed, "--unit", "Kasko")
    assert f"{changed}: not sent: " in said and "\"Tehty.\" was signed" in said

    # The return, but for another unit than the draft says.
    said = refused(run, unit, tmp_path, "return", xlsx, pdf, "--unit", "Kuva")
    assert (f"{xlsx}: not sent: the return of Kasvatuksen ja koulutuksen toimiala, not of "
            "Kulttuurin ja vapaa-ajan toimiala") in said

    # Today's .xlsx with yesterday's .pdf: two different returns.
    newer_xlsx, _ = exported(run, unit, tmp_path / "uusi", status="yellow")
    said = refused(run, unit, tmp_path, "return", newer_xlsx, pdf, "--unit", "Kasko")
    assert f"{pdf}: not sent: the .xlsx and the .pdf are not the same return" in said

    # A round package is not a return; a return is not a round package.
    assert run(coordinator, "key", "new", "--name", "Kaisa K", "--unit", "Kanslia").code == 0
    package = tmp_path / "kierrospaketti.xlsx"
    assert run(coordinator, "round", "package", "--out", package).code == 0
    said = refused(run, unit, tmp_path, "return", package, "--unit", "Kasko")
    assert f"{package}: not sent: this is a round package, not a unit's signed return" in said
    said = refused(run, coordinator, tmp_path, "package", xlsx)
    assert f"{xlsx}: not sent: this is a unit's signed return, not a round package" in said
    # ... and another coordinator's package is not this folder's to send.
    said = refused(run, other, tmp_path, "package", package)
    assert f"{package}: not sent: signed by Kaisa K, not with this data folder's key" in said
    done = run(coordinator, "mail", "package", package, "--out", tmp_path / "paketit")
    assert done.code == 0, done.err
