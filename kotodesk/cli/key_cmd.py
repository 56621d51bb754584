"""`kotodesk key …` (the person's signing key) and `kotodesk trust …` (whom the
coordinator trusts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import NEGATIVE, OK, Context, passphrase, passphrase_options
from kotodesk.errors import UsageError


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

    t = sub.add_parser("trust", help="the signers whose files you trust")
    trust_actions = t.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = trust_actions.add_parser("add", parents=[common], help="trust a certificate file")
    add.add_argument("file", type=Path, metavar="CERT")
    add.set_defaults(handler=do_trust_add)
    lst = trust_actions.add_parser("list", parents=[common], help="the trusted signers")
    lst.set_defaults(handler=do_trust_list)
    rm = trust_actions.add_parser("remove", parents=[common], help="stop trusting a signer")
    rm.add_argument("fingerprint")
    rm.set_defaults(handler=do_trust_remove)


def _refuse_overwrite(ctx: Context) -> None:
    from kotodesk.keys import has_identity

    if has_identity(ctx.workspace.home) and not ctx.args.replace:
        raise UsageError(f"{ctx.workspace.home} already has a signing key; give --replace "
                         "to make a new one")


def _trust_own(ctx: Context, identity) -> None:
    from kotodesk.storage import trust

    trust.add(ctx.workspace.store, identity.certificate, how="own")


def _show(ctx: Context, identity_info, verb: str) -> None:
    data = identity_info.to_dict()
    ctx.emit(data, [f"{verb}: {data['name']} <{data['email']}>, {data['unit']}, "
                    f"{data['organisation']}",
                    f"Fingerprint (SHA-256): {data['fingerprint']}",
                    f"Valid until {data['not_after'][:10]}"])


def do_new(ctx: Context) -> int:
    from kotodesk import keys

    a, ws = ctx.args, ctx.workspace
    _refuse_overwrite(ctx)
    unit = ws.unit(a.unit)
    secret = passphrase(ctx, confirm=True)
    identity = keys.new_identity(name=a.name, email=a.email, unit=unit.name,
                                 organisation=ws.register.organisation)
    keys.save_identity(ws.home, identity, secret)
    _trust_own(ctx, identity)
    _show(ctx, identity.info, "Key made for")
    return OK


def do_show(ctx: Context) -> int:
    from kotodesk.keys import describe, own_certificate

    _show(ctx, describe(own_certificate(ctx.workspace.home)), "Key of")
    return OK


def do_export_cert(ctx: Context) -> int:
    from kotodesk.atomic import write_bytes
    from kotodesk.keys import certificate_pem, describe, own_certificate

    certificate = own_certificate(ctx.workspace.home)
    write_bytes(ctx.args.file, certificate_pem(certificate))
    info = describe(certificate)
    ctx.emit({"file": str(ctx.args.file), "fingerprint": info.fingerprint},
             [f"Wrote {ctx.args.file}", f"Fingerprint (SHA-256): {info.fingerprint}"])
    return OK


def do_import_p12(ctx: Context) -> int:
    from kotodesk import keys

    _refuse_overwrite(ctx)
    source_secret = passphrase(ctx, env="KOTODESK_P12_PASSPHRASE",
                               file_option="p12_passphrase_file",
                               prompt=f"Passphrase of {ctx.args.file.name}: ")
    secret = source_secret
    if ctx.args.passphrase_file is not None or _env("KOTODESK_PASSPHRASE"):
        secret = passphrase(ctx)
    identity = keys.import_p12(ctx.workspace.home, ctx.args.file, source_secret, secret)
    _trust_own(ctx, identity)
    _show(ctx, identity.info, "Imported key of")
    return OK


def _env(name: str) -> str:
    import os

    return os.environ.get(name, "")


def do_trust_add(ctx: Context) -> int:
    from kotodesk.keys import describe, load_certificate
    from kotodesk.storage import trust
    from kotodesk.storage.received_trust import trust_signer

    certificate = load_certificate(ctx.args.file)
    trust_signer(ctx.workspace.store, certificate, how="imported")
    signer = trust.get(ctx.workspace.store, describe(certificate).fingerprint)
    ctx.emit({"fingerprint": signer.fingerprint, "name": signer.name, "email": signer.email,
              "unit": signer.unit},
             [f"Trusted: {signer.name} <{signer.email}>, {signer.unit}",
              f"Fingerprint (SHA-256): {signer.fingerprint}"])
    return OK


def do_trust_list(ctx: Context) -> int:
    from kotodesk.storage import trust

    signers = trust.all_signers(ctx.workspace.store)
    data = [{"fingerprint": s.fingerprint, "name": s.name, "email": s.email, "unit": s.unit,
             "organisation": s.organisation, "how": s.how, "added_at": s.added_at}
            for s in signers]
    ctx.emit(data, [f"{s['name']} <{s['email']}>, {s['unit']} ({s['how']} {s['added_at'][:10]})"
                    f"\n    {s['fingerprint']}" for s in data] or ["No trusted signers."])
    return OK


def do_trust_remove(ctx: Context) -> int:
    from kotodesk.storage import trust

    removed = trust.remove(ctx.workspace.store, ctx.args.fingerprint.strip().upper())
    ctx.emit({"removed": removed}, ["Removed." if removed else "No such trusted signer."])
    return OK if removed else NEGATIVE
