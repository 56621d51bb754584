"""PySide6's question about every imported module, answered from the file's bytes.

Importing PySide6.QtCore replaces Python's import with PySide's own, which after every
import statement asks, once per module name, whether that module "uses PySide" (for its
optional `from __feature__ import snake_case`, PYSIDE-2029): shibokensupport.feature's
_mod_uses_pyside reads the module's whole source through inspect.getsource (linecache,
tokenize) and looks for the word "PySide6". The window's start asks it of about 95 modules
(8–9 ms, issue 16), a first export of hundreds more. kotodesk uses no __feature__; the same
question answered from the file's bytes takes a third of the time. The answer is the same
for every source in an ASCII-compatible encoding (Python's default, and kotodesk's); a
module without a .py file is asked PySide's own way.
"""

from __future__ import annotations

import sys


def answer_from_bytes() -> None:
    """Put the byte check in PySide's place, once. A PySide6 without that function (another
    version) keeps its own: the check is only faster, never needed."""
    import PySide6.QtCore  # noqa: F401  (what installs the import hook and its module)

    feature = sys.modules.get("shibokensupport.feature")
    pysides = getattr(feature, "_mod_uses_pyside", None)
    if pysides is None or getattr(pysides, "pysides", None) is not None:
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return pysides(module)

    uses_pyside.pysides = pysides  # PySide's own, for the test that both answer alike
    feature._mod_uses_pyside = uses_pyside
