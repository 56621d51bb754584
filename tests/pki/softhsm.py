"""Real software tokens for the tests: SoftHSM2 in a temporary folder.

Each token is made as a card is: initialised with softhsm2-util, a key pair generated on
it with OpenSC's pkcs11-tool (the private key never leaves it), a certificate issued for
its public key by an organisation's CA and written onto it. All of it runs in child
processes before the test process loads the module, because SoftHSM2 reads its
configuration (SOFTHSM2_CONF) once per process.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kotodesk.signing.pki.modules import SOFTHSM_MODULES

MODULE = next((m for m in SOFTHSM_MODULES if Path(m).exists()), "")
PIN, SO_PIN = "4321", "87654321"
CKF_USER_PIN_LOCKED = 0x00040000
# SoftHSM2's token file keeps the token's flags as attribute CKA_VENDOR_DEFINED + 0x5348 + 3
# (8-byte big-endian type), then the kind of value (2: an unsigned long), then the value.
_FLAGS_ATTRIBUTE = (0x80000000 + 0x5348 + 3).to_bytes(8, "big") + (2).to_bytes(8, "big")


def available() -> str:
    """Why the token tests cannot run here ("" when they can)."""
    missing = [tool for tool in ("softhsm2-util", "pkcs11-tool") if not shutil.which(tool)]
    if not MODULE:
        missing.append("libsofthsm2.so")
    return ("not installed: " + ", ".join(missing) +
            " (python3 dev.py setup test installs softhsm2 and opensc)") if missing else ""


@dataclass(frozen=True)
class OrgCa:
    """An organisation's own CA (the city's, say), whose cards the tests make."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def make(cls, name: str = "Helsingin kaupunki Testi-CA") -> OrgCa:
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Helsingin kaupunki")])
        now = dt.datetime.now(dt.UTC)
        certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
        return cls(key, certificate)

    def issue(self, public_key, *, name: str, unit: str, signing: bool = True
              ) -> x509.Certificate:
        now = dt.datetime.now(dt.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                             x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Helsingin kaupunki")])
        # A card's second certificate is often for encipherment only: key agreement for
        # an EC key, key encipherment for RSA, and never a signature.
        usage = (True, True, False, False, False) if signing else (False, False, True, False,
                                                                   True)
        return (
            x509.CertificateBuilder().subject_name(subject)
            .issuer_name(self.certificate.subject).public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=700))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(*usage, False, False, False, False), critical=True)
            .sign(self.key, hashes.SHA256()))


class SoftHsm:
    """A token folder with its SOFTHSM2_CONF file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tokens = root / "tokens"
        self.tokens.mkdir(parents=True)
        self.conf = root / "softhsm2.conf"
        self.conf.write_text(f"directories.tokendir = {self.tokens}\nobjectstore.backend = "
                             "file\nlog.level = ERROR\nslots.removable = false\n")

    def _run(self, *args: str) -> str:
        done = subprocess.run(args, env={"SOFTHSM2_CONF": str(self.conf), "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}")
        return done.stdout

    def _tool(self, label: str, *args: str) -> str:
        return self._run("pkcs11-tool", "--module", MODULE, "--token-label", label,
                         "--login", "--pin", PIN, *args)

    def card(self, label: str, key_type: str, ca: OrgCa, *, name: str, unit: str,
             signing: bool = True, key_label: str = "allekirjoitus",
             mismatched: bool = False) -> x509.Certificate:
        """A token with a key pair made on it and the CA's certificate for that key (for
        another key, `mismatched`: a card written wrong at the card service)."""
        self._run("softhsm2-util", "--init-token", "--free", "--label", label,
                  "--so-pin", SO_PIN, "--pin", PIN)
        self._tool(label, "--keypairgen", "--key-type", key_type, "--id", "01",
                   "--label", key_label)
        public_der = self.root / f"{label}.pub.der"
        self._tool(label, "--read-object", "--type", "pubkey", "--id", "01",
                   "-o", str(public_der))
        public = serialization.load_der_public_key(public_der.read_bytes())
        if mismatched:
            public = ec.generate_private_key(ec.SECP256R1()).public_key()
        certificate = ca.issue(public, name=name, unit=unit, signing=signing)
        cert_der = self.root / f"{label}.cert.der"
        cert_der.write_bytes(certificate.public_bytes(serialization.Encoding.DER))
        self._tool(label, "--write-object", str(cert_der), "--type", "cert", "--id", "01",
                   "--label", key_label)
        return certificate

    def lock_pin(self, label: str) -> None:
        """Mark the user PIN locked, as a card does after too many wrong tries. SoftHSM2
        counts no tries itself, but reports the flag its token file holds."""
        for path in self.tokens.glob("*/token.object"):
            data = bytearray(path.read_bytes())
            if label.encode() not in data:
                continue
            at = data.index(_FLAGS_ATTRIBUTE) + len(_FLAGS_ATTRIBUTE)
            flags = int.from_bytes(data[at:at + 8], "big") | CKF_USER_PIN_LOCKED
            data[at:at + 8] = flags.to_bytes(8, "big")
            path.write_bytes(bytes(data))
            return
        raise LookupError(label)
