"""Have an export's libraries ready before the person presses Export.

The first export in a process paid for importing pyHanko, openpyxl and reportlab and for
parsing the embedded fonts (about 600 ms, 2.5× the export itself). The export dialog
calls `warm_export` on a thread when it opens: by the time the passphrase is typed the
export costs what a second one does. It writes nothing and touches no database.
"""

from __future__ import annotations

import io
import threading

_started = threading.Lock()
_done = threading.Event()


def warm_export() -> None:
    """Import and prepare what writing a signed return needs; once per process."""
    if not _started.acquire(blocking=False):
        return
    try:
        _warm()
    finally:
        _done.set()


def warmed() -> bool:
    return _done.is_set()


# The modules an export imports at first use (returns.write_files, sign_pdf, write_sealed,
# xlsx_seal), in the order it needs them.
MODULES = ("kotodesk.documents.report_xlsx", "kotodesk.xlsx.seal", "kotodesk.documents.return_pdf",
           "kotodesk.coordinator.signed_outputs", "pyhanko.pdf_utils.embed",
           "pyhanko.pdf_utils.incremental_writer", "pyhanko.sign.fields",
           "pyhanko.sign.signers", "pyhanko.stamp", "pyhanko_certvalidator.registry")


def _warm() -> None:
    from importlib import import_module

    for name in MODULES:
        import_module(name)
    from openpyxl import Workbook

    from kotodesk.documents.pdf.text import register_fonts

    register_fonts()
    Workbook().save(io.BytesIO())  # openpyxl imports its writer on the first save
