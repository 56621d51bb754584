"""The command line as scripts and careless hands run it: an ASCII locale, stdout closed or
full, stdin closed at a passphrase prompt, `--json` on a failing command, `--home ""`,
Ctrl-C while the modules load. A clear line and an exit status, never a traceback, an
"internal error" or a narrative with letters silently dropped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kotodesk.cli as cli_module
from kotodesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
ERROR_KEYS = {"exit", "message", "file", "sheet", "row"}


def kotodesk(*args: str, env: dict | None = None, **options) -> subprocess.CompletedProcess:
    """`kotodesk ARGS` in a process of its own (its streams and locale are what is tested)."""
    base = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    base["PYTHONPATH"] = str(ROOT)
    options.setdefault("text", True)
    return subprocess.run([sys.executable, "-m", "kotodesk", *args], cwd=ROOT,
                          env={**base, **(env or {})}, capture_output="stdout" not in options,
                          **options, timeout=120)


# Python in a plain C locale with neither locale coercion nor UTF-8 mode: the streams are
# ASCII, as a Windows console's code page is for Arabic, and arguments arrive undecoded.
ASCII = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}


def narrative(home: Path, ref: str) -> str:
    shown = json.loads(kotodesk("entry", "show", "--unit", "Kasko", "--json", "--home",
                                str(home)).stdout)
    return next(e["narrative"] for e in shown["entries"] if e["measure"] == ref)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX locale")
def test_an_ascii_terminal_gets_the_catalogue_and_the_same_json(tmp_path):
    home = str(tmp_path / "home")
    text = kotodesk("catalogue", "show", "--home", home, env=ASCII)
    assert text.returncode == 0, text.stderr
    assert "Lis\\xe4t\\xe4\\xe4n" in text.stdout  # escaped, not a UnicodeEncodeError
    shown = kotodesk("catalogue", "show", "--json", "--home", home, env=ASCII)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.isascii()
    utf8 = kotodesk("catalogue", "show", "--json", "--home", home)
    assert json.loads(shown.stdout) == json.loads(utf8.stdout)
    refused = kotodesk("entry", "show", "--unit", "Kaskö", "--home", home, env=ASCII)
    assert refused.returncode == 2, refused.stderr
    assert "no unit 'Kask" in refused.stderr and "internal error" not in refused.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX locale")
def test_an_ascii_terminal_keeps_every_letter_of_a_narrative(tmp_path):
    home = tmp_path / "home"
    said = kotodesk("entry", "set", "--unit", "Kasko", "--measure", "3/1.1", "--narrative",
                    "Tehty ä ا", "--home", str(home), env=ASCII)
    assert said.returncode == 0, said.stderr
    assert narrative(home, "3/1.1") == "Tehty ä ا"


def test_a_failing_command_under_json_prints_one_json_error(cli, home):
    cases = [  # (arguments, what the message says, the file it names)
        (("entry", "set", "--unit", "Ei-ole", "--measure", "3/1.1", "--status", "green"),
         "no unit", None),
        (("catalogue", "import", str(home.parent / "none.txt")), "cannot be read",
         str(home.parent / "none.txt")),
        (("entry", "set", "--unit", "Kasko", "--measure"), "expected one argument", None),
        (("bogus",), "invalid choice", None),
    ]
    for args, problem, file in cases:
        result = cli("--json", *args)
        assert result.code == 2, args
        answer = json.loads(result.out)  # the only thing on stdout
        assert set(answer["error"]) == ERROR_KEYS, args
        assert answer["error"]["exit"] == 2
        assert problem in answer["error"]["message"], (args, answer)
        assert answer["error"]["file"] == file, args
        assert problem in result.err  # and said to a person as before


def test_a_negative_result_under_json_stays_the_commands_own_document(cli, home):
    result = cli("--json", "verify", str(home.parent / "none.xlsx"))
    assert result.code == 1
    assert json.loads(result.out)[0]["status"] == "unreadable"


def test_an_empty_home_is_refused_not_the_users_own_folder(tmp_path):
    xdg = tmp_path / "xdg"
    env = {"XDG_DATA_HOME": str(xdg), "HOME": str(tmp_path), "KOTODESK_HOME": ""}
    said = kotodesk("--json", "entry", "set", "--unit", "Kasko", "--measure", "3/1.1",
                    "--status", "green", "--home", "", env=env)
    assert said.returncode == 2, said.stderr
    assert "--home is empty" in json.loads(said.stdout)["error"]["message"]
    assert not xdg.exists() and not (tmp_path / ".local").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="closing a descriptor before exec")
def test_a_closed_stdout_is_refused_before_anything_is_done(tmp_path):
    home = tmp_path / "home"
    for extra in ([], ["--json"]):
        said = kotodesk("entry", "set", "--unit", "Kasko", "--measure", "3/1.1",
                        "--narrative", "ei tallennu", "--home", str(home), *extra,
                        stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
        assert said.returncode == 2, said.stderr
        assert "standard output is closed" in said.stderr
        assert "internal error" not in said.stderr
    assert narrative(home, "3/1.1") == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="Linux's full device")
def test_a_full_stdout_is_named_without_a_traceback(tmp_path):
    for extra in ([], ["--json"]):
        with open("/dev/full", "w") as full:
            said = kotodesk("catalogue", "show", "--home", str(tmp_path / "home"), *extra,
                            stdout=full, stderr=subprocess.PIPE)
        assert said.returncode == 2, said.stderr
        assert said.stderr.strip() == ("kotodesk: cannot write to standard output "
                                       "(No space left on device)"), said.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="closing a descriptor before exec")
def test_a_closed_stdin_at_a_passphrase_says_what_is_needed(tmp_path):
    home = tmp_path / "home"
    made = kotodesk("key", "new", "--name", "Anna", "--email", "a@hel.fi", "--unit", "Kasko",
                    "--home", str(home), env={"KOTODESK_PASSPHRASE": "oikein hyvä"})
    assert made.returncode == 0, made.stderr
    said = kotodesk("return", "export", "--unit", "Kasko", "--out", str(tmp_path / "out"),
                    "--home", str(home), env={"KOTODESK_PASSPHRASE": ""},
                    preexec_fn=lambda: os.close(0))
    assert said.returncode == 2, said.stderr
    assert "a passphrase is needed: set $KOTODESK_PASSPHRASE" in said.stderr
    assert not (tmp_path / "out").exists()


def test_ctrl_c_while_the_commands_load_is_one_line(home, capsys, monkeypatch):
    """Ctrl-C before a command's own handling began (the parser and modules loading)
    ended in a KeyboardInterrupt traceback."""
    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "build_parser", interrupted)
    assert main(["round", "list", "--home", str(home)]) == 130
    assert capsys.readouterr().err == "kotodesk: interrupted\n"


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal's Ctrl-C to the group")
def test_a_child_cannot_be_stopped_by_ctrl_c_before_it_ignores_it():
    """merge's and verify's examiners ignore Ctrl-C once their modules have loaded; one
    that met it while loading (under load, a third of a second after its start) printed a
    KeyboardInterrupt traceback beside the command's one line. A child starts with it
    held now: it goes on, and ends when its stdin closes, as its parent decides."""
    import signal

    from kotodesk.system.child_process import end_child, start_child

    child = start_child([sys.executable, "-c", "import sys; print('ready', flush=True); "
                         "sys.stdin.read()"], own=False)
    assert child.stdout.readline() == b"ready\n"
    child.send_signal(signal.SIGINT)  # as while its modules load
    assert end_child(child) == 0
