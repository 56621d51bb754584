"""The coordinator's signed files in two steps, so that a window stays responsive.

`merged_payload` and `package_payload` read the database and need only the signer's
certificate (no passphrase); sealing and writing need the unlocked key and take the time
(the passphrase's key derivation, the PDF) but no database, so they can run on a worker
thread. `merged.write_outputs` and `package.write_package` do both steps in one call for
the command line.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography import x509

from kotodesk.errors import UsageError
from kotodesk.keys import Identity
from kotodesk.model import Round
from kotodesk.signing import now_iso, seal, signer_part
from kotodesk.workspace import Workspace


def pdf_available() -> bool:
    """Whether this kotodesk can write the meeting summary (.pdf)."""
    return importlib.util.find_spec("kotodesk.summary_pdf") is not None


def file_stem(programme: dict[str, Any], round_: dict[str, Any], kind: str) -> str:
    """"yhdistetty_kotoutuminen_6–12-2023": what, programme, period; safe on every disk."""
    from kotodesk.text import file_stem as stem

    return stem(kind, programme.get("short_name") or programme["id"], round_["period"])


def merged(workspace: Workspace, round_: Round, certificate: x509.Certificate, *,
           conflicts: set[tuple[str, str]] | None = None) -> dict[str, Any]:
    from kotodesk.merged import merged_payload

    return merged_payload(workspace, round_, signer_part(certificate), now_iso(),
                          conflicts=conflicts)


def package(workspace: Workspace, round_: Round, certificate: x509.Certificate
            ) -> dict[str, Any]:
    from kotodesk.package import package_payload

    return package_payload(workspace, round_, signer_part(certificate), now_iso())


def check_signer(payload: dict[str, Any], identity: Identity) -> None:
    if payload["signer"]["fingerprint"] != identity.info.fingerprint:
        raise UsageError("the key that was unlocked is not the one the file names")


def write_merged(payload: dict[str, Any], identity: Identity, *, xlsx: Path | None = None,
                 pdf: Path | None = None,
                 progress: Callable[[float], None] | None = None) -> list[Path]:
    """Seal the merged payload and write the report and/or the summary (no database)."""
    from kotodesk.report_xlsx import write_sealed

    check_signer(payload, identity)
    step = progress or (lambda _fraction: None)
    sealed = seal(payload, identity)
    written = []
    step(0.2)
    if xlsx is not None:
        write_sealed(payload, sealed, xlsx, identity)
        written.append(xlsx)
    step(0.5)
    if pdf is not None:
        from kotodesk.summary_pdf import write_summary_pdf

        write_summary_pdf(payload, sealed, identity, pdf)
        written.append(pdf)
    step(1.0)
    return written


def write_package_file(payload: dict[str, Any], identity: Identity, target: Path) -> Path:
    """Seal the round package and write it (no database)."""
    from kotodesk.report_xlsx import write_sealed

    check_signer(payload, identity)
    write_sealed(payload, seal(payload, identity), target, identity)
    return target
