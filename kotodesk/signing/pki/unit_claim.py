"""How an issued certificate states the units its holder may speak for.

Two ways, both written by `kotodesk ca issue`:

- the subject's organisational unit (OU) names the unit as the register does, for people
  and PDF readers (Adobe Reader and pdfsig show it);
- a non-critical kotodesk extension lists the register ids of the units, for kotodesk:
  a name may be shortened to X.509's 64 bytes or renamed in the register, an id is not.
  Its OID lies under 2.25 (ITU-T X.667: an arc made from a UUID, which needs no
  registration), so it can collide with no one's; being non-critical, readers that do not
  know it ignore it, as RFC 5280 requires.

A certificate from another CA (an organisation's own) has no extension: its OU is read
against the register, as for a certificate trusted one by one (`trust_list.proposal`).
"""

from __future__ import annotations

from cryptography import x509

from kotodesk.domain.register import Register

# 2.25.<UUID 6594f7b2-143f-42a7-95ed-1a7e672970eb as an integer>.1: kotodesk's unit ids
KOTODESK_ARC = "2.25.135025511373390864444613906096842174699"
UNITS_OID = x509.ObjectIdentifier(KOTODESK_ARC + ".1")


def units_extension(unit_ids: list[str]) -> x509.UnrecognizedExtension:
    """DER: SEQUENCE OF UTF8String, the register ids."""
    from asn1crypto import core

    class UnitIds(core.SequenceOf):
        _child_spec = core.UTF8String

    return x509.UnrecognizedExtension(UNITS_OID, UnitIds(list(unit_ids)).dump())


def stated_units(certificate: x509.Certificate) -> list[str] | None:
    """The register ids the kotodesk extension lists; None when there is none (or it
    cannot be read, which counts as stating nothing)."""
    from asn1crypto import core

    try:
        ext = certificate.extensions.get_extension_for_oid(UNITS_OID)
    except (x509.ExtensionNotFound, ValueError):
        return None
    try:
        parsed = core.SequenceOf.load(ext.value.value, spec=core.UTF8String)
        return [str(item.native) for item in parsed]
    except (ValueError, TypeError, AttributeError):
        return None


def units_of(certificate: x509.Certificate, register: Register) -> tuple[str, ...]:
    """The units a certificate trusted through its CA may speak for: the extension's
    register units, else its OU read against the register, else none."""
    stated = stated_units(certificate)
    if stated is not None:
        return tuple(u for u in stated if u in register.units)
    from kotodesk.signing.trust_list import proposal

    return proposal(certificate, register).units
