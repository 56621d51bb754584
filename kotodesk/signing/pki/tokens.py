"""A signing identity whose private key stays on a PKCS#11 token.

The data folder records which token key it signs with (`keys/token.json`: the module, the
token's label, the key's CKA_ID or label; never the PIN). Each signing opens the token with
the PIN given then, checks everything that would make it fail before a byte is written
(the module, the token in the reader, a locked PIN, the certificate's key usage, the PIN
itself, the private key), and signs through pyHanko's PKCS11Signer: the PDF's PAdES
signature and the .xlsx seal are made by the same key on the token.

The hashing is done on the computer and the token gets the digest (the "raw" mechanisms
CKM_ECDSA and CKM_RSA_PKCS): every card has those, while the hash-and-sign mechanisms
vary by card (SoftHSM2 has no CKM_ECDSA_SHA256). RSA signs with PKCS#1 v1.5, not PSS: the
padding that every organisation card, Adobe Reader, pdfsig and CAdES verifiers support,
and the one kotodesk's own RSA keys have always used; verification accepts PSS too.
"""

from __future__ import annotations

import contextlib
import json
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from kotodesk.signing.keys import Identity
from kotodesk.signing.pki.modules import (
    TokenCertificate,
    TokenError,
    certificates,
    load,
    module_path,
    token_flags,
)

TOKEN_FILE = "token.json"


@dataclass(frozen=True)
class TokenChoice:
    """Which key on which token a data folder (or a CA) signs with."""

    module: str
    token: str  # the token's label, as `token-list` shows it
    key_id: str = ""  # CKA_ID of the certificate and its private key, as hex
    key_label: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2)

    @classmethod
    def read(cls, path: Path) -> TokenChoice:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["module"]), str(data["token"]), str(data.get("key_id", "")),
                       str(data.get("key_label", "")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise TokenError(f"{path}: the recorded token choice cannot be read ({exc}); "
                             "choose the token again with `kotodesk key use-token`") from None

    def describe(self) -> str:
        key = self.key_label or self.key_id
        return f"token {self.token!r}" + (f", key {key!r}" if key else "")


def pick(found: list[TokenCertificate], key: str | None, token: str) -> TokenCertificate:
    """The certificate named by `key` (its label or CKA_ID in hex), or the only one on the
    token that may sign; TokenError lists the choices otherwise."""
    if key:
        wanted = key.strip().lower().replace(":", "")
        matches = [c for c in found if c.label == key or (c.key_id and c.key_id == wanted)]
    else:
        matches = [c for c in found if not c.problem] or found
    if len(matches) == 1:
        return matches[0]
    choices = ", ".join(f"{c.label or '(no label)'} (id {c.key_id or '-'})" for c in found)
    if not found:
        raise TokenError(f"token {token!r} holds no certificate: a key without its "
                         "certificate cannot sign a kotodesk file")
    what = f"no certificate {key!r}" if key and not matches else "several certificates"
    raise TokenError(f"token {token!r} has {what}; choose one with --key LABEL or "
                     f"--key ID: {choices}")


def _token(lib, path: str, label: str):
    from pkcs11.exceptions import MultipleTokensReturned, NoSuchToken, PKCS11Error

    try:
        return lib.get_token(token_label=label)
    except NoSuchToken:
        raise TokenError(f"the token {label!r} is not in the reader (module {path}): insert "
                         "the card or token and try again; nothing was written",
                         TokenError.ABSENT) from None
    except MultipleTokensReturned:
        raise TokenError(f"several tokens are labelled {label!r}: remove all but one",
                         TokenError.SEVERAL) from None
    except PKCS11Error as exc:
        raise TokenError(f"{path}: the token {label!r} cannot be reached "
                         f"({type(exc).__name__}); nothing was written",
                         TokenError.UNREACHABLE) from None


def find_certificate(choice: TokenChoice) -> tuple[str, TokenCertificate]:
    """The module path and the chosen certificate (no PIN needed)."""
    path = module_path(choice.module)
    token = _token(load(path), path, choice.token)
    with token.open() as session:
        found = certificates(session)
    return path, pick(found, choice.key_id or choice.key_label or None, choice.token)


def open_identity(choice: TokenChoice, pin: str, *, purpose: str = "sign") -> TokenIdentity:
    """Log in to the token and hold its key ready to sign; TokenError (nothing written)
    when the token is absent, its PIN locked or wrong, or its certificate may not sign
    documents (for `purpose` "ca" the key signs certificates: any certificate on the token
    just finds the key)."""
    from pkcs11 import Attribute, ObjectClass
    from pkcs11.exceptions import (
        DeviceRemoved,
        PinIncorrect,
        PinInvalid,
        PinLenRange,
        PinLocked,
        PKCS11Error,
        TokenNotPresent,
    )

    path = module_path(choice.module)
    token = _token(load(path), path, choice.token)
    name = choice.token
    locked, final_try = token_flags(token)
    if locked:
        raise TokenError(_LOCKED.format(name=name), TokenError.LOCKED)
    with token.open() as session:
        chosen = pick(certificates(session), choice.key_id or choice.key_label or None, name)
    if chosen.problem and purpose == "sign":
        raise TokenError(f"the certificate {chosen.label!r} on token {name!r} cannot sign "
                         f"kotodesk files: {chosen.problem}; nothing was written",
                         TokenError.CANNOT_SIGN)
    try:
        session = token.open(user_pin=pin)
    except PinIncorrect:
        warning = " One try is left before the PIN locks." if final_try or \
            token_flags(token)[1] else ""
        raise TokenError(f"wrong PIN for token {name!r}; nothing was written.{warning}",
                         TokenError.FINAL_TRY if warning else TokenError.WRONG_PIN) from None
    except PinLocked:
        raise TokenError(_LOCKED.format(name=name), TokenError.LOCKED) from None
    except (PinLenRange, PinInvalid):
        raise TokenError(f"the PIN for token {name!r} has the wrong length or characters; "
                         "nothing was written", TokenError.PIN_FORMAT) from None
    except (TokenNotPresent, DeviceRemoved):
        raise TokenError(f"the token {name!r} was removed: insert it and try again; nothing "
                         "was written", TokenError.REMOVED) from None
    except PKCS11Error as exc:
        raise TokenError(f"token {name!r} refused the PIN ({type(exc).__name__}); nothing "
                         "was written", TokenError.UNREACHABLE) from None
    query = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
    if chosen.key_id:
        query[Attribute.ID] = bytes.fromhex(chosen.key_id)
    else:
        query[Attribute.LABEL] = chosen.label
    if len(list(session.get_objects(query))) != 1:
        session.close()
        raise TokenError(f"token {name!r} has no private key for the certificate "
                         f"{chosen.label!r}; nothing was written", TokenError.NO_KEY)
    return TokenIdentity(None, chosen.certificate, (), opened=_Opened(session),  # type: ignore[arg-type]
                         key_id=bytes.fromhex(chosen.key_id) if chosen.key_id else b"",
                         key_label="" if chosen.key_id else chosen.label, token=name)


_LOCKED = ("the PIN of token {name!r} is locked after too many wrong tries: unlock it with "
           "the PUK (your organisation's card service can help); nothing was written")


def _close(session) -> None:
    from pkcs11.exceptions import PKCS11Error

    with contextlib.suppress(PKCS11Error):  # removed meanwhile: nothing left to close
        session.close()  # logs out too


class _Opened:
    """The logged-in session, shared by every copy of an identity (a certificate installed
    over the token's makes a copy) and closed once, when the last copy is gone."""

    def __init__(self, session) -> None:
        self.session = session
        self.close = weakref.finalize(self, _close, session)


@dataclass(frozen=True)
class TokenIdentity(Identity):
    """An Identity whose `sign` and PDF signatures run on the token (`key` is None)."""

    opened: Any = field(default=None, repr=False, compare=False)  # an _Opened
    key_id: bytes = b""
    key_label: str = ""
    token: str = ""

    def pdf_signer(self):
        """pyHanko's signer for this key, carrying the certificate and its chain."""
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.pkcs11 import PKCS11Signer

        from kotodesk.signing.keys import certificate_der

        def asn1(c: x509.Certificate):
            return asn1_x509.Certificate.load(certificate_der(c))

        return PKCS11Signer(self.opened.session, signing_cert=asn1(self.certificate),
                            ca_chain=[asn1(c) for c in self.chain],
                            key_id=self.key_id or None, key_label=self.key_label or None,
                            use_raw_mechanism=True)

    def sign(self, data: bytes) -> bytes:
        """A detached signature over `data` by the key on the token (DER ECDSA, or
        PKCS#1 v1.5 for RSA), as `Identity.sign` makes with a key file."""
        from kotodesk.signing.keys import verify_signature

        try:
            import asyncio  # here: a window that never signs with a token needs no event loop

            signature = asyncio.run(self.pdf_signer().async_sign_raw(data, "sha256"))
        except Exception as exc:
            raise self.signing_failed(exc) from exc
        # A card written wrong holds another key's certificate: what it signs would read as
        # changed after signing. The seal is signed first, so nothing is written yet.
        if not verify_signature(self.certificate, data, signature):
            raise TokenError(f"the certificate on token {self.token!r} is not for the private "
                             "key beside it (the card was written wrong; its card service can "
                             "write it again); nothing was written", TokenError.NO_KEY)
        return signature

    def sign_file(self, handle) -> bytes:
        """`sign` of the file's bytes: the token's signer takes the data whole."""
        return self.sign(handle.read())

    def signing_failed(self, exc: BaseException) -> TokenError:
        """What to tell the person when the token failed in the middle of signing."""
        return TokenError(f"the token {self.token!r} stopped signing ({type(exc).__name__}: "
                          f"{exc}); was it removed? Insert it and export again",
                          TokenError.REMOVED)

    def close(self) -> None:
        """Log out and close the session now (it closes by itself when dropped)."""
        self.opened.close()
