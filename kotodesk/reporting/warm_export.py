"""Have an export's libraries ready before the person presses Export.

The first export in a process paid for importing pyHanko, openpyxl and reportlab and for
parsing the embedded fonts (about 600 ms, 2.5× the export itself). The export dialog
calls `warm_export` on a thread when it opens: by the time the passphrase is typed the
export costs what a second one does. It writes nothing and touches no database.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

_started = threading.Lock()
_done = threading.Event()


def warm_export(signer_home: Path | str | None = None) -> None:
    """Import and prepare what writing a signed return needs; once per process. With the
    data folder of the signer (`signer_home`), the space its signature takes in the PDF
    is sized too (signing.pades.prepare_signature_space: ~25 ms less after Export)."""
    if not _started.acquire(blocking=False):
        return
    try:
        _warm()
        if signer_home:
            _size_signature(Path(signer_home))
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


def _size_signature(home: Path) -> None:
    """The folder's own key's signature space, when the key is a file (a token's key is
    of whatever kind the card has). Only ever a head start: whatever goes wrong here, the
    export sizes the space itself."""
    from kotodesk.signing import keys
    from kotodesk.signing.pades import prepare_signature_space
    from kotodesk.signing.pki import installed

    try:
        if keys.has_identity(home) and not installed.uses_token(home):
            prepare_signature_space(keys.own_certificate(home))
    except Exception:  # a head start only: the export sizes it itself
        pass


def _warm() -> None:
    from importlib import import_module

    for name in MODULES:
        import_module(name)
    from openpyxl import Workbook

    from kotodesk.documents.pdf.text import register_fonts

    register_fonts()
    Workbook().save(io.BytesIO())  # openpyxl imports its writer on the first save
