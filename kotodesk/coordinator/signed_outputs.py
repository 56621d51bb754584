"""The coordinator's signed files in two steps, so that a window stays responsive.

`merged_payload` and `package_payload` read the database and need only the signer's
certificate (no passphrase); sealing and writing need the unlocked key and take the time
(the passphrase's key derivation, the PDF) but no database, so they can run on a worker
thread. `write_outputs` and `write_package` at the end do both steps in one call for the
command line.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography import x509

from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError, WriteError
from kotodesk.domain.model import Round
from kotodesk.signing.keys import Identity
from kotodesk.signing.sealing import (
    check_signer,
    now_iso,
    seal,
    sealed_file,
    signer_part,
)
from kotodesk.system.atomic import together


def pdf_available() -> bool:
    """Whether this kotodesk can write the meeting summary (.pdf)."""
    return importlib.util.find_spec("kotodesk.documents.summary_pdf") is not None


def file_stem(programme: dict[str, Any], round_: dict[str, Any], kind: str) -> str:
    """"yhdistetty_kotoutuminen_6–12-2023": what, programme, period; safe on every disk."""
    from kotodesk.domain.text import file_stem as stem

    return stem(kind, programme.get("short_name") or programme["id"], round_["period"])


def merged(workspace: Workspace, round_: Round, certificate: x509.Certificate, *,
           conflicts: set[tuple[str, str]] | None = None) -> dict[str, Any]:
    from kotodesk.coordinator.merged import merged_payload

    return merged_payload(workspace, round_, signer_part(certificate), now_iso(),
                          conflicts=conflicts)


def package(workspace: Workspace, round_: Round, certificate: x509.Certificate
            ) -> dict[str, Any]:
    from kotodesk.coordinator.package import package_payload

    return package_payload(workspace, round_, signer_part(certificate), now_iso())


class OutputError(KotodeskError):
    """An output could not be written where it was asked for (a full disk, a read-only
    or missing folder); names the file and the problem."""


class OutputFailed(RuntimeError):
    """An output could not be made (a fault in kotodesk); names which one."""


KINDS = {"xlsx": "the merged report", "pdf": "the meeting summary"}


def write_merged(payload: dict[str, Any], identity: Identity, *, xlsx: Path | None = None,
                 pdf: Path | None = None,
                 progress: Callable[[float], None] | None = None) -> list[Path]:
    """Seal the merged payload and write the report and/or the summary (no database):
    both or neither, and an error names the output that failed."""
    from kotodesk.documents.report_xlsx import write_sealed

    check_signer(payload, identity)
    step = progress or (lambda _fraction: None)
    wanted = [(kind, Path(target)) for kind, target in (("xlsx", xlsx), ("pdf", pdf))
              if target is not None]
    with sealed_file(payload, identity) as (sealed, digest):  # its files go at the end
        step(0.2)
        current: tuple[str, Path] | None = None  # the output being made, while it is
        try:
            with together([target for _kind, target in wanted]) as temps:
                for (kind, target), temp in zip(wanted, temps, strict=True):
                    current = (kind, target)
                    if kind == "xlsx":
                        write_sealed(payload, sealed, temp, identity, payload_sha256=digest)
                        step(0.5)
                    else:
                        from kotodesk.documents.summary_pdf import write_summary_pdf

                        write_summary_pdf(payload, str(sealed), identity, temp)
                current = None
        except KotodeskError:
            raise
        except OSError as exc:
            where = current[1] if current else exc.filename
            # The reason as a message the window says in its language, not the system's.
            raise OutputError(WriteError.from_os_error(where, exc).args[0]) from exc
        except Exception as exc:
            what = f"{KINDS[current[0]]} ({current[1]})" if current else "the merged outputs"
            raise OutputFailed(f"{what} could not be made ({type(exc).__name__}: {exc}); "
                               "no merged output was written") from exc
    step(1.0)
    return [target for _kind, target in wanted]


def write_package_file(payload: dict[str, Any], identity: Identity, target: Path) -> Path:
    """Seal the round package and write it (no database)."""
    from kotodesk.documents.report_xlsx import write_sealed

    check_signer(payload, identity)
    write_sealed(payload, seal(payload, identity), target, identity)
    return target


def write_outputs(workspace: Workspace, round_: Round, identity: Identity, *,
                  xlsx: Path | None = None, pdf: Path | None = None,
                  conflicts: set[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The signed merged report (.xlsx) and meeting summary (.pdf) of a round, in one
    call (the command line; the window splits it)."""
    payload = merged(workspace, round_, identity.certificate, conflicts=conflicts)
    write_merged(payload, identity, xlsx=xlsx, pdf=pdf)
    return payload


def write_package(workspace: Workspace, round_: Round, identity: Identity,
                  target: Path) -> dict[str, Any]:
    """The signed round package, in one call (the command line)."""
    payload = package(workspace, round_, identity.certificate)
    write_package_file(payload, identity, target)
    return payload
