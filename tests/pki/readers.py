"""What a PDF reader that knows nothing of kotodesk says: poppler's pdfsig with an NSS
certificate database (certutil, libnss3-tools) that trusts the given roots, as a person's
PDF reader would after they trusted the programme's root certificate once."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509

from kotodesk.signing.keys import certificate_pem


def nss_database(folder: Path, roots: list[x509.Certificate]) -> Path:
    certutil = shutil.which("certutil")
    if certutil is None:
        pytest.skip("certutil (libnss3-tools) is not installed; .ci/run installs it")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([certutil, "-N", "-d", f"sql:{folder}", "--empty-password"], check=True,
                   capture_output=True, timeout=60)
    for n, root in enumerate(roots):
        pem = folder / f"root{n}.pem"
        pem.write_bytes(certificate_pem(root))
        subprocess.run([certutil, "-A", "-d", f"sql:{folder}", "-n", f"root{n}", "-t", "C,C,C",
                        "-i", str(pem)], check=True, capture_output=True, timeout=60)
    return folder


def pdfsig(pdf: Path, nss: Path) -> str:
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig (poppler-utils) is not installed; .ci/run installs it")
    done = subprocess.run([tool, "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True,
                          text=True, timeout=120)
    return done.stdout + done.stderr
