"""`kotodesk key …` (the person's signing key) and `kotodesk trust …` (whom the
coordinator trusts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import (
    OK,
    Context,
    passphrase,
    passphrase_options,
    person,
    refuse_overwrite,
    show_identity,
)
from kotodesk.domain.errors import InputError, KotodeskError, UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("key", help="your signing key and certificate")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    new = actions.add_parser("new", parents=[common], help="make a key and a certificate")
    new.add_argument("--name", required=True)
    new.add_argument("--email", default="")
    new.add_argument("--unit", required=True, help="register name or abbreviation")
    new.add_argument("--replace", action="store_true",
                     help="replace the existing key (files signed with it stay verifiable)")
    passphrase_options(new)
    new.set_defaults(handler=do_new)

    show = actions.add_parser("show", parents=[common], help="your certificate and fingerprint")
    show.set_defaults(handler=do_show)

    export = actions.add_parser("export-cert", parents=[common],
                                help="write your certificate (.pem) to send to the coordinator")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=do_export_cert)

    imp = actions.add_parser("import-p12", parents=[common],
                             help="use your organisation's .p12/.pfx key file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--p12-passphrase-file", type=Path, metavar="FILE",
                     help="the .p12 file's passphrase (else $KOTODESK_P12_PASSPHRASE, "
                          "else asked)")
    imp.add_argument("--replace", action="store_true")
    passphrase_options(imp)
    imp.set_defaults(handler=do_import_p12)
    from kotodesk.cli import token_cmd  # pki: token-list, use-token, request, install-cert

    token_cmd.register_key(actions, common)

    t = sub.add_parser("trust", help="the signers whose files you trust, their roles and "
                                     "units")
    trust_actions = t.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = trust_actions.add_parser(
        "add", parents=[common], help="trust a certificate file; without --role and --unit "
                                      "they are proposed from the certificate, unconfirmed")
    add.add_argument("file", type=Path, metavar="CERT")
    _role_options(add)
    add.set_defaults(handler=do_trust_add)
    lst = trust_actions.add_parser("list", parents=[common], help="the trusted signers")
    lst.set_defaults(handler=do_trust_list)
    st = trust_actions.add_parser("set", parents=[common],
                                  help="change a trusted signer's role or units, or confirm "
                                       "them")
    st.add_argument("fingerprint")
    _role_options(st)
    st.add_argument("--confirm", action="store_true",
                    help="confirm the role and units as they are (proposed ones included)")
    st.set_defaults(handler=do_trust_set)
    rm = trust_actions.add_parser("remove", parents=[common], help="stop trusting a signer")
    rm.add_argument("fingerprint")
    rm.set_defaults(handler=do_trust_remove)
    from kotodesk.cli import ca_cmd  # pki: add-anchor, anchors, remove-anchor, import-crl

    ca_cmd.register_trust(trust_actions, common)


def _role_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--role", choices=["unit", "coordinator"],
                        help="unit: a unit's contact person (returns for their units); "
                             "coordinator: round packages and merged reports too")
    parser.add_argument("--unit", action="append", metavar="U", dest="units",
                        help="a unit they may speak for (register name or abbreviation; "
                             "repeat for several; a division includes its units)")
    parser.add_argument("--no-units", action="store_true",
                        help="they may speak for no unit (e.g. a coordinator only)")


def _trust_own(ctx: Context, identity) -> None:
    from kotodesk.ops.trust import trust_own

    trust_own(ctx.workspace, identity.certificate)


def do_new(ctx: Context) -> int:
    from kotodesk.signing import keys

    a, ws = ctx.args, ctx.workspace
    refuse_overwrite(ctx)
    unit = ws.unit(a.unit)
    secret = passphrase(ctx, confirm=True)
    identity = keys.new_identity(name=a.name, email=a.email, unit=unit.name,
                                 organisation=ws.register.organisation)
    keys.save_identity(ws.home, identity, secret)
    _trust_own(ctx, identity)
    show_identity(ctx, identity.info, "Key made for")
    return OK


def do_show(ctx: Context) -> int:
    from kotodesk.signing.keys import describe, own_certificate

    show_identity(ctx, describe(own_certificate(ctx.workspace.home)), "Key of")
    return OK


def do_export_cert(ctx: Context) -> int:
    from kotodesk.signing.keys import certificate_pem, describe, own_certificate
    from kotodesk.system.atomic import write_bytes

    certificate = own_certificate(ctx.workspace.home)
    write_bytes(ctx.args.file, certificate_pem(certificate))
    info = describe(certificate)
    ctx.emit({"file": str(ctx.args.file), "fingerprint": info.fingerprint},
             [f"Wrote {ctx.args.file}", f"Fingerprint (SHA-256): {info.fingerprint}"])
    return OK


def do_import_p12(ctx: Context) -> int:
    from kotodesk.signing import keys

    refuse_overwrite(ctx)
    source_secret = passphrase(ctx, env="KOTODESK_P12_PASSPHRASE",
                               file_option="p12_passphrase_file",
                               prompt=f"Passphrase of {ctx.args.file.name}: ")
    secret = source_secret
    if ctx.args.passphrase_file is not None or _env("KOTODESK_PASSPHRASE"):
        secret = passphrase(ctx)
    identity = keys.import_p12(ctx.workspace.home, ctx.args.file, source_secret, secret)
    _trust_own(ctx, identity)
    show_identity(ctx, identity.info, "Imported key of")
    return OK


def _env(name: str) -> str:
    import os

    return os.environ.get(name, "")


def _units_option(ctx: Context) -> list[str] | None:
    from kotodesk.coordinator.trusting import unit_ids

    if ctx.args.no_units:
        if ctx.args.units:
            raise UsageError("give --unit or --no-units, not both")
        return []
    return unit_ids(ctx.workspace, ctx.args.units)


def _signer_data(ctx: Context, signer) -> dict:
    from kotodesk.signing.keys import describe
    from kotodesk.signing.trust_list import proposal

    register = ctx.workspace.register
    proposed = signer.units is None
    units = signer.units if not proposed else proposal(signer.certificate, register).units
    info = describe(signer.certificate)
    return {"fingerprint": signer.fingerprint, "name": signer.name, "email": signer.email,
            "certificate_unit": signer.unit, "organisation": signer.organisation,
            "role": signer.role,
            "units": [{"id": u, "name": register.units[u].name if u in register.units else u}
                      for u in units],
            "units_proposed": proposed, "confirmed": signer.confirmed, "how": signer.how,
            "added_at": signer.added_at, "valid_from": info.not_before.isoformat(),
            "valid_until": info.not_after.isoformat()}


ROLE_WORDS = {"unit": "unit contact person", "coordinator": "coordinator"}


def _signer_lines(data: dict) -> list[str]:
    units = ", ".join(u["name"] for u in data["units"]) or "no unit"
    state = "confirmed" if data["confirmed"] else "NEEDS CONFIRMATION"
    proposed = " (proposed from the certificate)" if data["units_proposed"] else ""
    return [f"{person(data['name'], data['email'])}: {ROLE_WORDS[data['role']]} for {units}"
            f"{proposed}; {state}",
            f"    {data['fingerprint']}  (certificate valid until {data['valid_until'][:10]})"]


def _change_lines(change) -> list[str]:
    lines = []
    if change.counted:
        lines.append("  Count now: " + ", ".join(f.file_name for f in change.counted))
    if change.held:
        lines.append("  Held now: " + ", ".join(f.file_name for f in change.held))
    return lines


def do_trust_add(ctx: Context) -> int:
    from kotodesk.coordinator.trusting import trust_signer
    from kotodesk.signing.keys import load_certificate

    a = ctx.args
    certificate = load_certificate(a.file)
    units = _units_option(ctx)
    chosen = a.role is not None or units is not None
    try:
        change = trust_signer(ctx.workspace, certificate, how="imported", role=a.role,
                              units=units, confirm=chosen)
    except KotodeskError as exc:
        raise InputError(str(exc), path=a.file) from None
    data = _signer_data(ctx, change.signer)
    lines = ["Trusted: " + _signer_lines(data)[0], *_signer_lines(data)[1:]]
    if not data["confirmed"]:
        lines.append(f"  Check the role and units, then confirm: kotodesk trust set "
                     f"{data['fingerprint']} --confirm (or give --role and --unit)")
    ctx.emit({**data, **change.to_dict()}, lines + _change_lines(change))
    return OK


def do_trust_list(ctx: Context) -> int:
    from kotodesk.ops.trust import signers

    data = [_signer_data(ctx, s) for s in signers(ctx.workspace)]
    ctx.emit(data, [line for d in data for line in _signer_lines(d)] or
             ["No trusted signers."])
    return OK


def do_trust_set(ctx: Context) -> int:
    from kotodesk.coordinator.trusting import set_signer

    a = ctx.args
    units = _units_option(ctx)
    if a.role is None and units is None and not a.confirm:
        raise UsageError("give --role, --unit, --no-units or --confirm")
    change = set_signer(ctx.workspace, a.fingerprint, role=a.role, units=units, confirm=True)
    data = _signer_data(ctx, change.signer)
    ctx.emit({**data, **change.to_dict()},
             ["Now: " + _signer_lines(data)[0], *_signer_lines(data)[1:],
              *_change_lines(change)])
    return OK


def do_trust_remove(ctx: Context) -> int:
    from kotodesk.coordinator.trusting import untrust

    change = untrust(ctx.workspace, ctx.args.fingerprint.strip())
    ctx.emit({"removed": True, "fingerprint": change.signer.fingerprint, **change.to_dict()},
             [f"Removed: {person(change.signer.name, change.signer.email)}",
              *_change_lines(change)])
    return OK
