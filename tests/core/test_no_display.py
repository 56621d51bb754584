"""The window started where there is no display (ssh without -X, a service, a container):
kotodesk says so in the person's language and exits with 2, where Qt's platform plugin
would abort the process (exit code 134) with its own words about plugins. The command
line still works there."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="X11 and Wayland displays are a Linux matter")

HEADLESS = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in HEADLESS}
    env["KOTODESK_HOME"] = str(tmp_path / "home")
    return subprocess.run([sys.executable, "-m", "kotodesk", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("lang, words", [
    ("fi", "ikkunalle ei ole näyttöä"),
    ("sv", "det finns ingen skärm"),
    ("en", "there is no display to open the window on"),
])
def test_the_window_without_a_display_says_so_in_the_persons_language(tmp_path, lang,
                                                                       words):
    done = _run(tmp_path, "--lang", lang)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "home").exists()  # said before anything was made


def test_the_command_line_needs_no_display(tmp_path):
    done = _run(tmp_path, "completeness")
    assert done.returncode == 1, done.stderr  # the round is incomplete: a negative result
    assert "NOT RETURNED" in done.stdout
