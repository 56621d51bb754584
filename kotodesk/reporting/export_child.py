"""The window's export runs in a child process that is started when the dialog opens.

Why a child: signing and writing a return needs pyHanko, openpyxl, reportlab and the
embedded fonts, about 70 MiB that a window process would keep for the rest of the day
once imported (issue 16: memory after an export ≤ 2× an empty Qt window). Started when
the export dialog opens, the child imports all of it while the passphrase is typed, so
the first export costs what a warm one does; after the export it exits and the memory
goes with it. The child reads no database: the window prepares the return (reporting.
returns.prepare) and sends it with the passphrase through a pipe; the child unlocks the
key (a file or a token), seals, writes both files and sends the result back.

The command line keeps exporting in its own process (it exits after one export anyway).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.messages import message
from kotodesk.system.child_process import end_child, ignore_interrupts, own_command, start_child

SIGNER_HOME = "KOTODESK_EXPORT_SIGNER_HOME"  # the data folder whose key will sign


class ExportStopped(KotodeskError):
    """The export's process ended without an answer (killed, or out of memory)."""


@dataclass
class Job:
    prepared: Any  # reporting.returns.Prepared
    home: Path
    secret: str
    out_dir: Path
    # A key made in the dialog: (PKCS #8 DER, certificate DER), saved by the child under
    # the passphrase (the key derivation takes a moment: not on the window's thread).
    new_key: tuple[bytes, bytes] | None = None


def key_bytes(identity) -> tuple[bytes, bytes]:
    """A new identity as bytes for the pipe to the child (never written unencrypted)."""
    from cryptography.hazmat.primitives import serialization

    return (identity.key.private_bytes(serialization.Encoding.DER,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()),
            identity.certificate.public_bytes(serialization.Encoding.DER))


class ExportChild:
    """One export in a child process: `start()` when the dialog opens, `run(job)` once on
    a worker thread, `close()` when the dialog closes (an idle child just exits). Started
    as system/child_process.py starts kotodesk's children (not multiprocessing)."""

    def __init__(self, command: list[str] | None = None,
                 signer_home: Path | None = None) -> None:
        self._command = command  # another program answering --export-child (tests)
        self._signer_home = signer_home  # whose key signs: its signature is sized early
        self._process: subprocess.Popen | None = None
        self._warm = False

    def start(self) -> None:
        if self._process is not None:
            return
        extra = {SIGNER_HOME: str(self._signer_home)} if self._signer_home is not None else {}
        self._process = start_child(self._command or child_command(),
                                    own=self._command is None, extra_env=extra)
        self._warm = False

    def warmed(self, timeout: float = 0) -> bool:
        """Whether the idle child has its libraries loaded (waiting at most `timeout`)."""
        import select

        process = self._process
        if self._warm or process is None:
            return self._warm
        if select.select([process.stdout], [], [], timeout)[0]:
            kind, _value = pickle.load(process.stdout)
            self._warm = kind == "warm"
        return self._warm

    def run(self, job: Job, progress=None) -> Any:
        """Send `job`, pass on its progress, return its ExportResult or raise its error.
        The child serves one job: a second export starts a new child."""
        self.start()
        process, self._process = self._process, None
        self._warm = False
        step = progress or (lambda _fraction: None)
        try:
            pickle.dump(job, process.stdin)
            process.stdin.close()
            while True:
                kind, value = pickle.load(process.stdout)
                if kind == "progress":
                    step(value)
                elif kind == "warm":
                    continue
                elif kind == "done":
                    return value
                else:
                    raise _rebuilt(value)
        except (EOFError, BrokenPipeError, pickle.UnpicklingError):
            process.kill()
            raise ExportStopped(message("export-stopped", status=process.wait())) from None
        finally:
            process.stdout.close()
            process.wait()

    def close(self) -> None:
        """Let an idle child go (it exits when its stdin closes)."""
        process, self._process = self._process, None
        if process is not None:
            end_child(process)


def child_command() -> list[str]:
    """How this program starts itself as an export child."""
    return own_command("--export-child", "kotodesk.reporting.export_child")


def main() -> int:
    """The child: warm up, wait for one job, do it, answer, exit. Its stdout carries only
    the answers: anything a library prints goes to stderr."""
    ignore_interrupts()
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr
    from kotodesk.reporting.warm_export import warm_export

    def send(message) -> None:
        pickle.dump(message, answers)
        answers.flush()

    warm_export(os.environ.get(SIGNER_HOME))
    try:
        send(("warm", None))
        job = pickle.load(sys.stdin.buffer)
    except (EOFError, BrokenPipeError):
        return 0  # the dialog closed without exporting

    try:
        send(("done", _export(job, lambda f: send(("progress", f)))))
    except Exception as exc:
        send(("error", _portable(exc)))
    return 0


def _export(job: Job, progress):
    from kotodesk.reporting import returns
    from kotodesk.signing import keys

    if job.new_key is not None:
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        key_der, cert_der = job.new_key
        identity = keys.Identity(serialization.load_der_private_key(key_der, None),
                                 x509.load_der_x509_certificate(cert_der))
        keys.save_identity(job.home, identity, job.secret)
    else:
        identity = keys.load_identity(job.home, job.secret)
    progress(0.2)
    return returns.write_files(job.prepared, identity, job.out_dir,
                               progress=lambda f: progress(0.2 + 0.8 * f))


def _portable(exc: Exception) -> tuple:
    """An error that survives the pipe. kotodesk's errors go as (class, args, attributes):
    they keep keyword arguments and attributes (a path, a token error's kind) that plain
    pickling would lose. Others (OSError keeps its errno and file name) go as they are."""
    portable = (("state", (type(exc), exc.args, dict(exc.__dict__)))
                if isinstance(exc, KotodeskError) else ("as-is", exc))
    try:
        pickle.loads(pickle.dumps(portable))
        return portable
    except Exception:  # an error that cannot cross: its text does, as a bug report
        return ("as-is", RuntimeError("".join(traceback.format_exception(exc))))


def _rebuilt(portable: tuple) -> Exception:
    how, value = portable
    if how == "as-is":
        return value
    cls, args, attributes = value
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(attributes)
    return exc


if __name__ == "__main__":
    raise SystemExit(main())
