"""`kotodesk ca …` (the programme's certificate authority) and `kotodesk trust add-anchor |
anchors | remove-anchor | import-crl` (trusting a CA once; kotodesk.signing.pki)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context, passphrase, person

CA_PASSPHRASE_ENV = "KOTODESK_CA_PASSPHRASE"


def _ca_secret_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ca-passphrase-file", type=Path, metavar="FILE",
                        help=f"the CA key's passphrase (else ${CA_PASSPHRASE_ENV}, else asked)")
    parser.add_argument("--pin-file", type=Path, metavar="FILE",
                        help="when the CA key is on a token: its PIN (else $KOTODESK_PIN)")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ca", help="the programme's certificate authority (the coordinator's)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    init = actions.add_parser("init", parents=[common],
                              help="create the certificate authority and its root certificate")
    init.add_argument("--name", required=True, help="e.g. the programme's name")
    init.add_argument("--years", type=int, default=10, help="the root's validity (10)")
    init.add_argument("--module", metavar="M", help="keep the CA key on a token: its module")
    init.add_argument("--token", metavar="LABEL", help="…the token's label")
    init.add_argument("--key", metavar="LABEL|ID", help="…the key's certificate label or id")
    _ca_secret_options(init)
    init.set_defaults(handler=do_init)

    show = actions.add_parser("show-request", parents=[common],
                              help="what a certificate request says, to check it")
    show.add_argument("file", type=Path, metavar="REQ.csr")
    show.set_defaults(handler=do_show_request)

    issue = actions.add_parser("issue", parents=[common],
                               help="issue a certificate for a request, stating the unit")
    issue.add_argument("file", type=Path, metavar="REQ.csr")
    issue.add_argument("--unit", required=True, action="append", dest="units", metavar="U",
                       help="the unit it may speak for (repeat for several)")
    issue.add_argument("--days", type=int, default=730, help="validity in days (730)")
    issue.add_argument("--out", required=True, type=Path, metavar="CERT.pem")
    _ca_secret_options(issue)
    issue.set_defaults(handler=do_issue)

    lst = actions.add_parser("list", parents=[common], help="the certificates issued")
    lst.set_defaults(handler=do_list)

    revoke = actions.add_parser("revoke", parents=[common],
                                help="revoke a certificate; writes a new revocation list")
    revoke.add_argument("target", metavar="CERT|SERIAL")
    revoke.add_argument("--reason", default="unspecified",
                        help="key_compromise, affiliation_changed, superseded, "
                             "cessation_of_operation, …")
    revoke.add_argument("--crl-out", type=Path, metavar="FILE",
                        help="also write the revocation list to FILE")
    _ca_secret_options(revoke)
    revoke.set_defaults(handler=do_revoke)

    crl = actions.add_parser("crl", parents=[common], help="write the current revocation list")
    crl.add_argument("--out", required=True, type=Path, metavar="FILE")
    crl.set_defaults(handler=do_crl)


def register_trust(actions: argparse._SubParsersAction,
                   common: argparse.ArgumentParser) -> None:
    """Actions added to `kotodesk trust`."""
    add = actions.add_parser("add-anchor", parents=[common],
                             help="trust a certificate authority: the programme's root, or an "
                                  "organisation's CA chain")
    add.add_argument("file", type=Path, metavar="ROOT.pem")
    add.set_defaults(handler=do_add_anchor)
    lst = actions.add_parser("anchors", parents=[common],
                             help="the trusted certificate authorities and revocation lists")
    lst.set_defaults(handler=do_anchors)
    rm = actions.add_parser("remove-anchor", parents=[common],
                            help="stop trusting a certificate authority")
    rm.add_argument("fingerprint")
    rm.set_defaults(handler=do_remove_anchor)
    imp = actions.add_parser("import-crl", parents=[common],
                             help="take in a revocation list signed by a trusted CA")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=do_import_crl)


def _ca_secret(ctx: Context) -> str:
    from kotodesk.signing.pki.ca import on_token

    if on_token(ctx.workspace.home):
        return passphrase(ctx, env="KOTODESK_PIN", file_option="pin_file", prompt="PIN: ",
                          what="the token's PIN")
    return passphrase(ctx, env=CA_PASSPHRASE_ENV, file_option="ca_passphrase_file",
                      prompt="The certificate authority's passphrase: ",
                      what="the certificate authority's passphrase")


def _root_lines(root) -> list[str]:
    from kotodesk.signing.keys import describe

    info = describe(root)
    return [f"Certificate authority: {root.subject.rfc4514_string()}",
            f"Root fingerprint (SHA-256): {info.fingerprint}",
            f"Valid until {info.not_after:%Y-%m-%d}"]


def do_init(ctx: Context) -> int:
    from kotodesk.domain.errors import UsageError
    from kotodesk.signing.keys import describe
    from kotodesk.signing.pki.ca import ROOT_NAME, folder, init_ca
    from kotodesk.signing.pki.modules import module_path
    from kotodesk.signing.pki.tokens import TokenChoice

    a, ws = ctx.args, ctx.workspace
    if a.token:
        choice = TokenChoice(module_path(a.module), a.token, key_label=a.key or "")
        pin = passphrase(ctx, env="KOTODESK_PIN", file_option="pin_file", prompt="PIN: ",
                         what="the token's PIN")
        root = init_ca(ws, a.name, token=choice, pin=pin, years=a.years)
    else:
        if a.module or a.key:
            raise UsageError("--module and --key go with --token")
        secret = passphrase(ctx, confirm=True, env=CA_PASSPHRASE_ENV,
                            file_option="ca_passphrase_file",
                            prompt="A passphrase for the certificate authority's key: ",
                            what="the certificate authority's passphrase")
        root = init_ca(ws, a.name, passphrase=secret, years=a.years)
    path = folder(ws.home) / ROOT_NAME
    ctx.emit({"root": str(path), "fingerprint": describe(root).fingerprint,
              "subject": root.subject.rfc4514_string()},
             [*_root_lines(root), f"Root certificate: {path}",
              "Units' returns certified by it now count here; give the root to anyone who "
              "verifies returns (`kotodesk trust add-anchor`, or a PDF reader's trusted "
              "certificates)."])
    return OK


def do_show_request(ctx: Context) -> int:
    from kotodesk.signing.pki.requests import escaped, read_request

    _request, info = read_request(ctx.args.file)
    unit = ctx.workspace.register.find(info.unit) if info.unit else None
    data = {**info.to_dict(), "register_unit": unit.name if unit else ""}
    name, email, asked, organisation = (escaped(t) for t in (
        info.name, info.email, info.unit, info.organisation))
    ctx.emit(data, [
        f"{ctx.args.file}: {person(name, email)}",
        f"  Unit requested: {asked or '(none)'}"
        + (f" = {unit.name} in the register" if unit else " (not in the register)"),
        f"  Organisation: {organisation or '(none)'}",
        f"  Key: {info.key}, fingerprint (SHA-256) {info.key_fingerprint}",
        "  Request signature: " + ("holds" if info.signature_valid else
                                   "DOES NOT HOLD (changed after it was made)"),
        "Compare the fingerprint with the person before issuing."])
    return OK


def do_issue(ctx: Context) -> int:
    from kotodesk.coordinator.trusting import unit_ids
    from kotodesk.domain.errors import InputError
    from kotodesk.domain.messages import message
    from kotodesk.signing.keys import certificate_pem, describe
    from kotodesk.signing.pki.ca import issue, load_ca, root_certificate, still_valid_beside
    from kotodesk.signing.pki.requests import read_request
    from kotodesk.system.atomic import write_bytes

    a, ws = ctx.args, ctx.workspace
    root_certificate(ws.home)  # no CA: say so before asking for a passphrase
    request, info = read_request(a.file)
    if not info.signature_valid:  # said of the file, before the passphrase is asked
        raise InputError(message("request-changed"), path=a.file)
    units = unit_ids(ws, a.units) or []
    ca = load_ca(ws.home, _ca_secret(ctx))
    try:
        certificate = issue(ws, ca, request, units, days=a.days)
    except InputError as exc:  # what the request says: the file is named
        if exc.path is not None:
            raise
        raise InputError(exc.problem, path=a.file) from None
    write_bytes(a.out, certificate_pem(certificate) + certificate_pem(ca.certificate))
    info = describe(certificate)
    names = [ws.register.units[u].name for u in units]
    beside = still_valid_beside(ws.store, certificate)
    ctx.emit({"file": str(a.out), "serial": f"{certificate.serial_number:X}",
              "fingerprint": info.fingerprint, "units": units,
              "not_after": info.not_after.isoformat(),
              "also_valid": [i.serial for i in beside]},
             [f"Wrote {a.out}: {info.name} may sign for {', '.join(names)} until "
              f"{info.not_after:%Y-%m-%d}",
              f"Serial {certificate.serial_number:X}; send the file to the person "
              "(`kotodesk key install-cert`).",
              *(f"Note: the same key's certificate {i.serial} ({_unit_names(ws, i)}, until "
                f"{i.not_after[:10]}) stays valid; revoke it (--reason superseded) if this "
                "one replaces it." for i in beside)])
    return OK


def _unit_names(ws, issued) -> str:
    units = ws.register.units
    return ", ".join(units[u].name if u in units else u for u in issued.unit_ids)


def do_list(ctx: Context) -> int:
    from kotodesk.signing.pki import store as pki_store
    from kotodesk.signing.pki.ca import root_certificate

    root = root_certificate(ctx.workspace.home)
    issued = pki_store.all_issued(ctx.workspace.store)

    def text():
        yield from _root_lines(root)
        for i in issued:
            state = f"REVOKED {i.revoked_at[:10]} ({i.reason})" if i.revoked_at else \
                f"valid until {i.not_after[:10]}"
            units = _unit_names(ctx.workspace, i)
            yield f"  {i.serial}  {person(i.name, i.email)}, {units}: {state}"
        if not issued:
            yield "  No certificates issued yet."

    ctx.emit([i.to_dict() for i in issued], text)
    return OK


def _serial(ctx: Context, target: str) -> str:
    path = Path(target)
    if path.is_file():
        from kotodesk.signing.pki.installed import read_bundle

        return f"{read_bundle(path)[0].serial_number:X}"
    return target


def do_revoke(ctx: Context) -> int:
    from cryptography.hazmat.primitives import serialization

    from kotodesk.coordinator.rejudge import rejudge_all
    from kotodesk.signing.pki.ca import load_ca, revoke, revoked_with, root_certificate
    from kotodesk.system.atomic import write_bytes

    a, ws = ctx.args, ctx.workspace
    root_certificate(ws.home)
    serial = _serial(ctx, a.target)
    ca = load_ca(ws.home, _ca_secret(ctx))
    crl = revoke(ws, ca, serial, a.reason)
    rejudged = rejudge_all(ws)
    also = revoked_with(ws.store, serial.upper())
    if a.crl_out:
        write_bytes(a.crl_out, crl.public_bytes(serialization.Encoding.DER))
    ctx.emit({"serial": serial.upper(), "crl_out": str(a.crl_out or ""),
              "also_revoked": [i.serial for i in also], **rejudged.to_dict()},
             [f"Revoked {serial.upper()}; the revocation list now names "
              f"{len(list(crl))} certificates and travels in the next round package.",
              *(f"  Revoked with it (the same key): {i.serial} {i.name}, "
                f"{_unit_names(ws, i)}" for i in also),
              *([f"Wrote {a.crl_out}"] if a.crl_out else []),
              *(f"  No longer counts: {f.file_name}" for f in rejudged.held)])
    return OK


def do_crl(ctx: Context) -> int:
    from kotodesk.signing.pki.ca import current_crl, root_certificate
    from kotodesk.system.atomic import write_bytes

    root_certificate(ctx.workspace.home)
    data = current_crl(ctx.workspace.home) or b""
    write_bytes(ctx.args.out, data)
    ctx.emit({"file": str(ctx.args.out)}, [f"Wrote {ctx.args.out}"])
    return OK


def do_add_anchor(ctx: Context) -> int:
    from kotodesk.coordinator.anchors import add_anchors

    added, rejudged = add_anchors(ctx.workspace, ctx.args.file)
    ctx.emit({"anchors": [{"name": a.name, "fingerprint": a.fingerprint} for a in added],
              **rejudged.to_dict()},
             [*(f"Trusted certificate authority: {a.name}\n    {a.fingerprint}"
                for a in added),
              *(f"  Counts now: {f.file_name}" for f in rejudged.counted),
              *(f"  Held now: {f.file_name}" for f in rejudged.held)])
    return OK


def do_anchors(ctx: Context) -> int:
    from kotodesk.signing.pki import store as pki_store

    store = ctx.workspace.store
    anchors, lists = pki_store.anchors(store), pki_store.revocation_lists(store)
    # A certificate authority without a list taken in: what it revoked is not known here,
    # so a certificate it revoked still counts (kotodesk never fetches a list itself).
    listed = {a.fingerprint: pki_store.revocation_list(
        store, pki_store.issuer_key(a.certificate.subject)) is not None for a in anchors}
    data = {"anchors": [{"name": a.name, "fingerprint": a.fingerprint, "how": a.how,
                         "added_at": a.added_at, "revocation_list": listed[a.fingerprint]}
                        for a in anchors],
            "revocation_lists": [{"issuer": r.issuer_name, "number": r.number,
                                  "this_update": r.this_update, "next_update": r.next_update,
                                  "stale": r.stale()} for r in lists]}
    unlisted = ("\n    no revocation list taken in: a certificate it has revoked still "
                "counts here (`kotodesk trust import-crl FILE`)")
    ctx.emit(data, [*(f"{a.name} ({a.how})\n    {a.fingerprint}"
                      + ("" if listed[a.fingerprint] else unlisted) for a in anchors),
                    *(f"Revocation list {r.number} of {r.issuer_name}, {r.this_update[:10]}"
                      + (f", STALE since {r.next_update[:10]}" if r.stale() else "")
                      for r in lists)] or ["No trusted certificate authorities."])
    return OK


def do_remove_anchor(ctx: Context) -> int:
    from kotodesk.coordinator.anchors import remove_anchor

    anchor, rejudged = remove_anchor(ctx.workspace, ctx.args.fingerprint)
    ctx.emit({"removed": anchor.fingerprint, **rejudged.to_dict()},
             [f"No longer trusted: {anchor.name}",
              *(f"  Held now: {f.file_name}" for f in rejudged.held)])
    return OK


def do_import_crl(ctx: Context) -> int:
    from kotodesk.coordinator.anchors import import_crl_file

    done = import_crl_file(ctx.workspace, ctx.args.file)
    ctx.emit(done.to_dict(),
             [f"Revocation list {done.number} of {done.issuer}: {done.revoked} revoked"
              + ("" if done.taken else "; not newer than the one kept, nothing changed"),
              *([f"Stale: {done.stale}"] if done.stale else []),
              *(f"  No longer counts: {f.file_name}" for f in done.rejudged.held)])
    return OK
