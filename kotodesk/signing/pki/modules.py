"""PKCS#11 modules and the tokens they see: which module to load, and what is on a token.

A smart card or USB token is reached through its vendor's PKCS#11 module, a shared library.
OpenSC's module reads most organisation cards, so it is the default where it is installed;
any other (the card vendor's, SoftHSM2's for tests) is named with `--module`. Listing
needs no PIN: certificates are public objects on a token, and the private key is found by
the certificate's CKA_ID (or label) when signing.

python-pkcs11 is imported inside the functions: a data folder that never uses a token
never loads it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from kotodesk.domain.errors import KotodeskError

# Where OpenSC installs its module, per platform (the first that exists is the default).
DEFAULT_MODULES = {
    "linux": ["/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
              "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so", "/usr/lib64/opensc-pkcs11.so",
              "/usr/lib/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"],
    "win32": [r"C:\Windows\System32\opensc-pkcs11.dll",
              r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll"],
    "darwin": ["/Library/OpenSC/lib/opensc-pkcs11.so", "/opt/homebrew/lib/opensc-pkcs11.so",
               "/usr/local/lib/opensc-pkcs11.so"],
}
SOFTHSM_MODULES = ["/usr/lib/softhsm/libsofthsm2.so",
                   "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                   "/usr/local/lib/softhsm/libsofthsm2.so",
                   "/opt/homebrew/lib/softhsm/libsofthsm2.so"]  # for tests and trials


class TokenError(KotodeskError):
    """A token cannot be used as asked: no module, no token, wrong or locked PIN, a
    certificate that may not sign. The message says what to do; `kind` says which, for a
    window that words it in the person's language ("" when none of these)."""

    WRONG_PIN, FINAL_TRY, LOCKED, ABSENT, REMOVED, CANNOT_SIGN = (
        "wrong-pin", "wrong-pin-final-try", "pin-locked", "absent", "removed", "cannot-sign")
    # The card software itself: none installed, a path that is not there, a file that is
    # not a PKCS#11 module (or one that cannot list its readers); `path` names it.
    NO_MODULE, NO_SUCH_MODULE, NOT_A_MODULE = "no-module", "no-such-module", "not-a-module"
    PIN_FORMAT, UNREACHABLE, NO_KEY, SEVERAL = (
        "pin-format", "unreachable", "no-private-key", "several-tokens")

    def __init__(self, message: str, kind: str = "", path: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path


def platform_key() -> str:
    return "win32" if sys.platform == "win32" else "darwin" if sys.platform == "darwin" \
        else "linux"


def default_module() -> str | None:
    """OpenSC's module on this platform, when it is installed."""
    return next((p for p in DEFAULT_MODULES[platform_key()] if os.path.exists(p)), None)


def module_path(given: str | Path | None) -> str:
    """The module asked for, or the platform's default; TokenError when there is none."""
    if given:
        path = str(given)
        if not os.path.exists(path):
            raise TokenError(f"{path}: no such PKCS#11 module (give the card software's "
                             "module with --module)", TokenError.NO_SUCH_MODULE, path)
        return path
    found = default_module()
    if found is None:
        tried = ", ".join(DEFAULT_MODULES[platform_key()])
        raise TokenError(f"no PKCS#11 module found (OpenSC not installed: looked for "
                         f"{tried}); install OpenSC or give the module with --module",
                         TokenError.NO_MODULE, tried)
    return found


def load(path: str):
    """The loaded module (python-pkcs11 keeps one per path and process)."""
    import pkcs11
    from pkcs11.exceptions import PKCS11Error

    try:
        return pkcs11.lib(path)
    except PKCS11Error as exc:
        raise TokenError(f"{path}: cannot be loaded as a PKCS#11 module ({exc})",
                         TokenError.NOT_A_MODULE, path) from None


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate on a token, with what the private key is found by."""

    label: str
    key_id: str  # CKA_ID as hex: the private key carries the same
    certificate: x509.Certificate
    problem: str = ""  # why it may not sign kotodesk files ("" when it may)


@dataclass(frozen=True)
class TokenInfo:
    label: str
    serial: str
    manufacturer: str
    model: str
    pin_locked: bool
    pin_final_try: bool
    certificates: list[TokenCertificate] = field(default_factory=list)


def token_flags(token) -> tuple[bool, bool]:
    """(PIN locked, one try left), as the token reports them."""
    from pkcs11 import TokenFlag

    flags = TokenFlag(token.flags)
    return bool(flags & TokenFlag.USER_PIN_LOCKED), bool(flags & TokenFlag.USER_PIN_FINAL_TRY)


def certificates(session) -> list[TokenCertificate]:
    """The X.509 certificates on a token (public objects: no PIN needed)."""
    from pkcs11 import Attribute, CertificateType, ObjectClass

    from kotodesk.signing.checks import certificate_problem

    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509}):
        try:
            certificate = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
        except ValueError:
            continue
        label = _attribute(obj, Attribute.LABEL) or ""
        key_id = _attribute(obj, Attribute.ID) or b""
        found.append(TokenCertificate(str(label), bytes(key_id).hex(), certificate,
                                      certificate_problem(certificate, None) or ""))
    return found


def _attribute(obj, attribute):
    from pkcs11.exceptions import PKCS11Error

    try:
        return obj[attribute]
    except (PKCS11Error, KeyError):
        return None


def list_tokens(module: str | None = None) -> tuple[str, list[TokenInfo]]:
    """The module used and every token present in its slots, with their certificates."""
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import PKCS11Error

    path = module_path(module)
    lib = load(path)
    tokens = []
    try:
        slots = lib.get_slots(token_present=True)
    except PKCS11Error as exc:
        raise TokenError(f"{path}: the module could not list its readers "
                         f"({type(exc).__name__})", TokenError.NOT_A_MODULE, path) from None
    for slot in slots:
        try:
            token = slot.get_token()
            if not TokenFlag(token.flags) & TokenFlag.TOKEN_INITIALIZED:
                continue  # a blank card (SoftHSM2 always offers one): nothing to sign with
            locked, final = token_flags(token)
            info = TokenInfo(token.label.strip(), _text(token.serial), token.manufacturer_id,
                             token.model, locked, final)
            with token.open() as session:
                info.certificates.extend(certificates(session))
        except PKCS11Error:  # a card the module cannot read: not one to sign with
            continue
        tokens.append(info)
    return path, tokens


def _text(value) -> str:
    return value.decode("ascii", "replace").strip() if isinstance(value, bytes) \
        else str(value).strip()
