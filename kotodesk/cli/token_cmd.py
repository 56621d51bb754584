"""`kotodesk key token-list | use-token | request | install-cert`: a key on a smart card or
token, and a certificate from the programme CA for the key you have (kotodesk.signing.pki)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kotodesk.cli.common import OK, Context, passphrase_options, signing_secret


def register_key(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Actions added to `kotodesk key`."""
    lst = actions.add_parser("token-list", parents=[common],
                             help="the tokens (smart cards) a PKCS#11 module sees, with "
                                  "their certificates")
    lst.add_argument("--module", metavar="M",
                     help="the card software's PKCS#11 module (default: OpenSC's)")
    lst.set_defaults(handler=do_token_list)

    use = actions.add_parser("use-token", parents=[common],
                             help="sign with a key on a token from now on (the PIN is asked "
                                  "at each signing, never stored)")
    use.add_argument("--module", metavar="M", help="PKCS#11 module (default: OpenSC's)")
    use.add_argument("--token", required=True, metavar="LABEL", help="the token's label")
    use.add_argument("--key", metavar="LABEL|ID",
                     help="the certificate's label or id (needed when the token has several)")
    use.add_argument("--replace", action="store_true",
                     help="replace the key this folder has (its key file stays on disk)")
    use.set_defaults(handler=do_use_token)

    req = actions.add_parser("request", parents=[common],
                             help="a certificate request (CSR) for your key, to the "
                                  "programme's certificate authority")
    req.add_argument("--out", required=True, type=Path, metavar="REQ.csr")
    req.add_argument("--name", default="", help="your name (default: your certificate's)")
    req.add_argument("--email", default="")
    req.add_argument("--unit", default="",
                     help="the unit you speak for (register name or abbreviation; default: "
                          "your certificate's)")
    passphrase_options(req)
    req.set_defaults(handler=do_request)

    inst = actions.add_parser("install-cert", parents=[common],
                              help="use the certificate the programme CA issued for your key")
    inst.add_argument("file", type=Path, metavar="CERT.pem")
    inst.set_defaults(handler=do_install_cert)


def _certificate_lines(certificates) -> list[str]:
    from kotodesk.signing.keys import describe

    lines = []
    for c in certificates:
        info = describe(c.certificate)
        state = f"cannot sign: {c.problem}" if c.problem else "can sign"
        lines.append(f"    {c.label or '(no label)'} (id {c.key_id or '-'}): {info.name}, "
                     f"{info.unit or 'no unit'}; valid until {info.not_after:%Y-%m-%d}; {state}")
    return lines


def do_token_list(ctx: Context) -> int:
    from kotodesk.signing.keys import describe
    from kotodesk.signing.pki.modules import list_tokens

    path, tokens = list_tokens(ctx.args.module)
    data = {"module": path, "tokens": [
        {"label": t.label, "serial": t.serial, "manufacturer": t.manufacturer,
         "model": t.model, "pin_locked": t.pin_locked, "pin_final_try": t.pin_final_try,
         "certificates": [{"label": c.label, "id": c.key_id, "problem": c.problem,
                           **describe(c.certificate).to_dict()} for c in t.certificates]}
        for t in tokens]}

    def text():
        yield f"Module {path}"
        if not tokens:
            yield "No token found: is the card in the reader?"
        for t in tokens:
            pin = " PIN LOCKED" if t.pin_locked else " (one PIN try left)" \
                if t.pin_final_try else ""
            yield f"  Token {t.label!r} ({t.manufacturer} {t.model}, serial {t.serial}){pin}"
            yield from _certificate_lines(t.certificates) or ["    no certificates"]

    ctx.emit(data, text)
    return OK


def do_use_token(ctx: Context) -> int:
    from kotodesk.cli.common import refuse_overwrite, show_identity
    from kotodesk.ops.trust import trust_own
    from kotodesk.signing.keys import describe
    from kotodesk.signing.pki.installed import use_token, uses_token
    from kotodesk.signing.pki.modules import module_path
    from kotodesk.signing.pki.tokens import TokenChoice

    a = ctx.args
    if not uses_token(ctx.workspace.home):
        refuse_overwrite(ctx)
    choice = TokenChoice(module_path(a.module), a.token, key_label=a.key or "")
    certificate = use_token(ctx.workspace.home, choice)
    trust_own(ctx.workspace, certificate)  # as `key new` does
    show_identity(ctx, describe(certificate), f"Signing with token {a.token!r}, key of")
    return OK


def do_request(ctx: Context) -> int:
    from cryptography.hazmat.primitives import serialization

    from kotodesk.signing import keys
    from kotodesk.signing.pki.requests import key_fingerprint, make_request
    from kotodesk.system.atomic import write_bytes

    a, ws = ctx.args, ctx.workspace
    keys.own_certificate(ws.home)  # no key: say so before asking for a passphrase
    unit = ws.unit(a.unit).name if a.unit else ""
    identity = keys.load_identity(ws.home, signing_secret(ctx))
    request = make_request(identity, name=a.name, email=a.email, unit=unit,
                           organisation=ws.register.organisation)
    write_bytes(a.out, request.public_bytes(serialization.Encoding.PEM))
    fingerprint = key_fingerprint(request.public_key())
    ctx.emit({"file": str(a.out), "key_fingerprint": fingerprint},
             [f"Wrote {a.out}: send it to the coordinator.",
              f"Key fingerprint (SHA-256): {fingerprint}",
              "The coordinator compares it with you before issuing the certificate."])
    return OK


def do_install_cert(ctx: Context) -> int:
    from kotodesk.ops.trust import trust_own
    from kotodesk.signing.keys import describe
    from kotodesk.signing.pki.installed import install_certificate

    issued, chain = install_certificate(ctx.workspace.home, ctx.args.file,
                                        ctx.workspace.store)
    trust_own(ctx.workspace, issued)
    data = {**describe(issued).to_dict(),
            "issued_by": [c.subject.rfc4514_string() for c in chain]}
    ctx.emit(data, [f"Installed the certificate of {data['name']}, {data['unit']}; valid "
                    f"until {data['not_after'][:10]}",
                    *(f"Issued by {name}" for name in data["issued_by"]),
                    "Your signatures carry it from now on."])
    return OK
