"""`kotodesk --self-test` and `kotodesk about`: what an installed kotodesk says of itself."""

from __future__ import annotations

from kotodesk import __version__
from kotodesk.datafolder import about
from kotodesk.datafolder.selftest import CHECKS, run_self_test
from kotodesk.system.folder_lock import held, hold, lock_path


def test_self_test_passes_and_touches_no_data_folder(cli, home):
    result = cli("--self-test", "--json")
    assert result.code == 0, result.out + result.err
    data = result.json()
    assert data["ok"] is True
    assert [c["name"] for c in data["checks"]] == ["open", *(name for name, _ in CHECKS)]
    assert not home.exists()


def test_a_failing_check_is_reported_and_the_others_still_run():
    def broken(ws, scratch):
        raise RuntimeError("no signing key")

    report = run_self_test([("signed export", broken), *CHECKS[:1]])
    assert not report.ok
    failed, after = report.results[1], report.results[2]
    assert (failed.name, failed.ok) == ("signed export", False)
    assert "RuntimeError: no signing key" in failed.detail
    assert "test_selftest_about.py" in failed.detail
    assert after.ok
    assert report.lines()[-1] == "self-test FAILED"


def test_about_lists_what_is_shipped_with_licence_texts(cli, home):
    data = cli("about", "--json").json()
    assert data["version"] == __version__
    assert data["build"] == "development"
    assert data["data_folder"] == str(home)
    components = {c["name"]: c for c in data["components"]}
    assert components["kotodesk"]["licence"] == "GPL-3.0-or-later"
    assert components["kotodesk"]["files"] == ["GPL-3.0.txt"]
    assert "LGPL-3.0.txt" in components["PySide6_Essentials"]["files"]
    assert components["Qt"]["version"] == components["PySide6_Essentials"]["version"]
    assert components["openpyxl"]["licence"] == "MIT"
    assert components["Python"]["files"] == ["LICENSE.txt"]
    # what kotodesk's requirements pull in, and nothing that only the tests use
    assert {"sqlite-utils", "et_xmlfile", "click"} <= set(components)
    assert not {"pytest", "ruff", "hypothesis", "pip"} & {n.lower() for n in components}
    assert all(c["licence"] != "unknown" for c in data["components"])


def test_about_text_and_full_licences(cli):
    short = cli("about").out
    assert short.startswith(f"kotodesk {__version__}\nBuild: development\n")
    full = cli("about", "--licences").out
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in full
    assert "==== openpyxl 3.1.5: LICENCE.rst ====" in full


def test_fonts_are_listed_with_their_licence_files(tmp_path, monkeypatch):
    fonts = tmp_path / "fonts" / "DejaVu"
    fonts.mkdir(parents=True)
    (fonts / "DejaVuSans.ttf").write_bytes(b"\0\1\0\0")
    (fonts / "LICENSE").write_text("Fonts are (c) Bitstream ... DejaVu changes are in "
                                   "public domain", encoding="utf-8")
    monkeypatch.setattr(about.resources, "path", lambda *parts: tmp_path.joinpath(*parts))
    [font] = about.font_components()
    assert (font.name, font.kind, font.licence) == ("DejaVu", "font", "Bitstream-Vera")
    assert [f.name for f in font.files] == ["LICENSE"]


def test_the_folder_lock_keeps_a_second_holder_out(tmp_path):
    import pytest

    from kotodesk.domain.errors import UsageError

    home = tmp_path / "home"
    assert not held(home)
    with hold(home, "restore a backup"):
        assert held(home)
        lines = lock_path(home).read_text().splitlines()
        assert lines[1] == "kotodesk" and int(lines[0]) > 0
        with pytest.raises(UsageError, match="close it before you restore a backup"), \
                hold(home, "restore a backup"):
            pass
    assert not held(home) and not lock_path(home).exists()
    lock_path(home).write_text("12345\nkotodesk\nelsewhere\n")  # left by a crash
    with hold(home, "restore a backup"):
        assert held(home)
