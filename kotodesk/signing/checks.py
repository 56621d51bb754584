"""What a signature's certificate and signing time must be before a file can count.

The signing time is what the signer's computer wrote into the signed content: kotodesk
never asks a time-stamping server (it opens no network connection), so the time is a
claim. The claim is bounded from both sides: it may not lie in the future of the
coordinator's clock (beyond a small tolerance for computers whose clocks drift), nor before
the round was opened. Inside that window the certificate must have been valid, must allow
signatures and must not be a certificate authority's. Together these keep an expired or
stolen old key from backdating a return into a round, and a return "signed in 2099" from
winning every later correction.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from cryptography import x509

from kotodesk.domain.messages import message

# How far a signing time may run ahead of the coordinator's clock, or before the round
# opened: a laptop's clock that drifts a few minutes is normal, ten minutes is generous,
# and a return from "tomorrow" is still refused.
CLOCK_TOLERANCE = timedelta(minutes=10)


# Extended key usages under which a person may sign a document (RFC 5280: when a
# certificate states them, it is for those purposes only). Organisation cards carry e-mail
# protection or client authentication; a web server's, a time-stamping or an OCSP
# responder's certificate names none of these, and its key is no person's.
PERSONAL_PURPOSES = frozenset({
    x509.ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE, x509.ExtendedKeyUsageOID.EMAIL_PROTECTION,
    x509.ExtendedKeyUsageOID.CLIENT_AUTH, x509.ExtendedKeyUsageOID.SMARTCARD_LOGON,
    x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36"),  # document signing (RFC 9336)
    x509.ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"),  # Microsoft document signing
    x509.ObjectIdentifier("1.2.840.113583.1.1.5"),  # Adobe authentic documents trust
})


def signing_time(text: str) -> datetime | None:
    """The signing time as an aware datetime; None when it does not parse or names no
    time zone (a time without one cannot be put in order with the others)."""
    if not isinstance(text, str) or not 10 <= len(text) <= 40:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(UTC)


def time_problem(text: str, now: datetime | None = None) -> str | None:
    """Why a signing time cannot be taken as it is; None when it can."""
    moment = signing_time(text)
    if moment is None:
        shown = text if isinstance(text, str) and len(text) <= 40 else "(unreadable)"
        return message("time-unreadable", time=repr(shown))
    now = now or datetime.now(UTC)
    if moment > now + CLOCK_TOLERANCE:
        return message("time-future", time=shown_time(moment), now=shown_time(now))
    return None


def before_opening(text: str, opened: datetime) -> str | None:
    """Why a signing time before the round opened is refused; None when it is not."""
    moment = signing_time(text)
    if moment is not None and moment < opened - CLOCK_TOLERANCE:
        return message("time-before-opening", time=shown_time(moment), opened=shown_time(opened))
    return None


def period_start(period: str) -> datetime | None:
    """The first day of a monitoring period ("5/2022–5/2023", "6–12/2023", "2024"), for
    a round that has no recorded opening time: a return cannot be signed before the
    period it reports on began."""
    years = re.findall(r"\d{4}", period)
    first = re.split(r"\s*[–—-]\s*", period.strip(), maxsplit=1)[0]
    match = re.fullmatch(r"(?:(\d{1,2})\s*/\s*)?(\d{4})|(\d{1,2})", first)
    if not years or match is None:
        return None
    if match.group(3):
        month, year = int(match.group(3)), int(years[-1])
    else:
        month, year = int(match.group(1) or 1), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    return datetime(year, month, 1, tzinfo=UTC)


def usable_now(certificate: x509.Certificate, now: datetime | None = None) -> str | None:
    """Why a certificate taken in now (a key imported, a certificate installed) could not
    sign today: `certificate_problem`, or not valid today; None when it could."""
    problem = certificate_problem(certificate, None)
    if problem:
        return problem
    now = now or datetime.now(UTC)
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if not start - CLOCK_TOLERANCE <= now <= end:
        return message("certificate-not-valid-today", start=shown_time(start),
                       end=shown_time(end))
    return None


def is_ca(certificate: x509.Certificate) -> bool:
    """Whether the certificate says it is a certificate authority's."""
    try:
        return bool(certificate.extensions.get_extension_for_class(
            x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def certificate_problem(certificate: x509.Certificate, signed: datetime | None) -> str | None:
    """Why a certificate may not sign a kotodesk file at `signed`; None when it may.

    A certificate authority's certificate certifies other keys and signs nothing of a
    person's; a key whose usage is only encipherment was not issued for signatures (RFC
    5280: the key usage, when present, is binding); and a signature made while the
    certificate was not valid is no signature of its holder."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
        if constraints.value.ca:
            return message("certificate-ca")
    except x509.ExtensionNotFound:
        pass
    except ValueError:
        return message("certificate-extensions")
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
        if usage.key_cert_sign:
            return message("certificate-signs-certificates")
        if not (usage.digital_signature or usage.content_commitment):
            return message("certificate-encipherment")
    except x509.ExtensionNotFound:
        pass
    except ValueError:
        return message("certificate-usage")
    try:
        purposes = set(certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value)
        if not purposes & PERSONAL_PURPOSES:
            return message("certificate-purpose",
                           purposes=", ".join(getattr(p, "_name", p.dotted_string)
                                              for p in purposes))
    except x509.ExtensionNotFound:
        pass
    except ValueError:
        return message("certificate-usage")
    if signed is not None:
        start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
        if signed < start:
            return message("certificate-not-yet", start=shown_time(start),
                           signed=shown_time(signed))
        if signed > end:
            return message("certificate-expired", end=shown_time(end), signed=shown_time(signed))
    return None


def shown_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
