"""kotodesk.ui answers PySide6's "does this module use PySide?" from the file's bytes
(kotodesk/ui/pyside_feature.py): the answers must be PySide's own, for every module."""

from __future__ import annotations

import subprocess
import sys

import kotodesk.ui  # puts the byte check in place
import kotodesk.ui.main_window  # noqa: F401  (the window's modules: Qt ones and core ones)


def _check():
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_the_byte_check_is_in_place():
    assert getattr(_check(), "pysides", None) is not None


def test_it_answers_as_pyside_does_for_every_loaded_module():
    check = _check()
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: check.pysides(m) for m in modules}
    assert answers["kotodesk.ui.main_window"] is True
    assert answers["kotodesk.domain.model"] is False  # the core imports no Qt
    assert answers["sys"] is False  # built in: no file at all


def test_no_module_of_the_window_is_read_the_slow_way():
    """In a new process: PySide's own check (here counted) is left only the modules
    without a source file and the one that puts the byte check in place."""
    code = (
        "import sys, kotodesk, PySide6.QtCore\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "asked, own = [], feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda m: asked.append(m.__name__) or own(m)\n"
        "import kotodesk.ui.app\n"
        "from kotodesk.ui.main_window import MainWindow\n"
        "answers = feature.pyside_feature_dict\n"
        "assert answers['kotodesk.ui.main_window'] == 0, answers\n"
        "assert answers['kotodesk.datafolder.workspace'] == -1, answers\n"
        "slow = {n for n in asked if n.startswith('kotodesk')}\n"
        "assert slow == {'kotodesk.ui.pyside_feature'}, asked\n")
    subprocess.run([sys.executable, "-c", code], check=True)
