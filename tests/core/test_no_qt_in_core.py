"""The core runs without Qt: the command line and the tests drive it directly."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kotodesk


def test_no_core_module_imports_qt():
    modules = [m.name for m in pkgutil.walk_packages(kotodesk.__path__, "kotodesk.")
               if not m.name.startswith("kotodesk.ui") and m.name != "kotodesk.__main__"]
    assert "kotodesk.storage.db" in modules and "kotodesk.catalogue.rules" in modules
    code = (f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\n"
            "print(sorted(n for n in sys.modules if n.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_command_line_does_not_import_qt(tmp_path):
    code = ("import sys\nfrom kotodesk.cli import main\n"
            f"main(['catalogue', 'show', '--home', {str(tmp_path)!r}])\n"
            "print('PySide6' in sys.modules, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr.strip() == "False"
