"""Output names a careless hand gives: `merge` writing over a return it was given, both
outputs on one name, an .xlsx named .pdf; an export given a folder. Refused before
anything is taken in or written, naming the option, the file and the problem."""

from __future__ import annotations

import pytest

from tests.support import coordinator_ready, dump, make_identity, signed_return


@pytest.fixture
def received(tmp_path, home, monkeypatch):
    """A coordinator's folder trusting one unit, and that unit's signed return."""
    person = make_identity("Heli", unit="Kaupunginkanslian henkilöstöosasto")
    path = signed_return(tmp_path / "unit", person,
                         {"2/3.1": {"status": "green", "narrative": "Tehty."}})
    coordinator_ready(home, monkeypatch, person)
    return path


@pytest.mark.parametrize("outputs, problem", [
    (lambda ret, tmp: ["--xlsx", ret, "--pdf", tmp / "koottu.pdf"],
     "is one of the returns to merge, and would be written over"),
    (lambda ret, tmp: ["--xlsx", tmp / "koottu", "--pdf", tmp / "koottu"],
     "are the same file"),
    (lambda ret, tmp: ["--xlsx", tmp / "koottu.pdf", "--pdf", tmp / "koottu.xlsx"],
     "the name must end in .xlsx"),
    (lambda ret, tmp: ["--xlsx", tmp / "koottu.xlsx", "--pdf", tmp / "yhteenveto.xlsx"],
     "the name must end in .pdf"),
])
def test_merge_refuses_outputs_that_lose_a_file(received, cli, home, tmp_path, outputs,
                                                problem):
    signed = received.read_bytes()
    before = dump_store(home)
    result = cli("merge", received.parent, *outputs(received, tmp_path))
    assert result.code == 2, result.err
    assert problem in result.err and "nothing was taken in" in result.err
    assert received.read_bytes() == signed
    assert not any(tmp_path.glob("koottu*")) and not any(tmp_path.glob("yhteenveto*"))
    assert dump_store(home) == before


def test_merge_with_names_of_their_own_still_writes_both(received, cli, tmp_path):
    result = cli("merge", received, "--xlsx", tmp_path / "koottu.xlsx",
                 "--pdf", tmp_path / "koottu.pdf", "--json")
    assert result.json()["merged"] == 1, result.err
    assert (tmp_path / "koottu.xlsx").stat().st_size and (tmp_path / "koottu.pdf").stat().st_size


@pytest.mark.parametrize("command", [["catalogue", "export"], ["backup", "export-all"],
                                     ["round", "package", "--out"]])
def test_a_folder_for_an_xlsx_is_refused_not_written_beside(cli, home, tmp_path, monkeypatch,
                                                           command):
    coordinator_ready(home, monkeypatch)  # a key to sign the round package with
    folder = tmp_path / "kansio"
    folder.mkdir()
    result = cli(*command, folder)
    assert result.code == 2, result.err
    assert f"{folder}: is a folder" in result.err
    assert not (tmp_path / "kansio.xlsx").exists()
    assert not any(folder.iterdir())


def dump_store(home):
    from kotodesk.datafolder.workspace import Workspace

    ws = Workspace.open(home)
    try:
        return dump(ws.store)
    finally:
        ws.close()


@pytest.mark.parametrize("name", ["kotodesk.sqlite3", "kotodesk.sqlite3-wal"])
def test_a_backup_onto_the_open_database_is_refused(cli, home, name):
    assert cli("entry", "set", "--unit", "Kasko", "--measure", "3/1.1", "--narrative",
               "Tehty.").code == 0
    before = dump_store(home)
    result = cli("backup", "create", home / name)
    assert result.code == 2, result.out
    assert f"{home / name}: is this data folder's own database" in result.err
    assert dump_store(home) == before


def test_a_restore_from_the_open_database_is_refused(cli, home):
    cli("round", "list")
    result = cli("backup", "restore", home / "kotodesk.sqlite3", "--yes")
    assert result.code == 2, result.out
    assert "is this data folder's own database" in result.err
    assert not (home / "backups").exists() or not any((home / "backups").iterdir())


def test_backup_with_an_empty_home_never_reaches_the_users_folder(cli, home, tmp_path,
                                                                 monkeypatch, capsys):
    from kotodesk.cli import main

    cli("backup", "create", tmp_path / "varmuus.sqlite3")
    monkeypatch.delenv("KOTODESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    for args in (["backup", "restore", str(tmp_path / "varmuus.sqlite3"), "--yes"],
                 ["backup", "list"], ["about"]):
        assert main([*args, "--home", ""]) == 2, args
        assert "--home is empty" in capsys.readouterr().err
    assert not (tmp_path / "xdg").exists()
