"""kotodesk never opens a network connection (PRODUCT.md), in the workflows people run:
a start of the window, a unit's signed return and its e-mail draft, a coordinator's
verification of it and of a PDF someone else signed, trust in an organisation's CA whose
certificates name OCSP, CRL and issuer URLs, the merge, the round package and its intake,
the self-test and About. Each is a real child process that cannot go online
(tests/offline_support.py): a connection or a name lookup would be logged and fail."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

from tests.offline_support import Offline

NOW = dt.datetime.now(dt.UTC)
# Where a validator would go: a documentation address (RFC 5737), the discard port here,
# and a name that a lookup would have to resolve.
URLS = ("http://192.0.2.7/", "http://127.0.0.1:9/", "http://ocsp.kotodesk-test.invalid/")
KASKO = "Kasvatuksen ja koulutuksen toimiala"
P12_SECRET, SECRET = "p12-salasana", "Tunnuslause 2023!"


def _name(cn: str, unit: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if unit:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    return x509.Name(attrs)


def _with_urls(builder: x509.CertificateBuilder) -> x509.CertificateBuilder:
    """Everything a validator could fetch: OCSP, the issuer's certificate, a CRL."""
    access = [x509.AccessDescription(method, x509.UniformResourceIdentifier(url + path))
              for url in URLS for method, path in
              ((AuthorityInformationAccessOID.OCSP, "ocsp"),
               (AuthorityInformationAccessOID.CA_ISSUERS, "ca.crt"))]
    crl = x509.DistributionPoint([x509.UniformResourceIdentifier(u + "ca.crl") for u in URLS],
                                 None, None, None)
    return (builder.add_extension(x509.AuthorityInformationAccess(access), critical=False)
            .add_extension(x509.CRLDistributionPoints([crl]), critical=False))


def _certificate(subject, issuer_name, public_key, signer, *, ca: bool, days: int):
    usage = (False, False, False, False, False, True, True, False, False) if ca else \
        (True, True, False, False, False, False, False, False, False)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name)
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(NOW - dt.timedelta(days=30))
               .not_valid_after(NOW + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(*usage), critical=True))
    if not ca:
        builder = builder.add_extension(x509.ExtendedKeyUsage(
            [ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return _with_urls(builder).sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def organisation(tmp_path_factory) -> dict[str, Path]:
    """An organisation's CA chain whose every certificate names OCSP, CRL and issuer URLs;
    a person's key and certificate from it (a .p12, as the organisation hands it out); and
    a PDF that person signed with pyHanko, not kotodesk."""
    folder = tmp_path_factory.mktemp("organisation")
    root_key, issuing_key, person_key = (ec.generate_private_key(ec.SECP256R1())
                                         for _ in range(3))
    root = _certificate(_name("Kaupungin juuri-CA"), _name("Kaupungin juuri-CA"),
                        root_key.public_key(), root_key, ca=True, days=3000)
    issuing = _certificate(_name("Kaupungin välivarmentaja"), root.subject,
                           issuing_key.public_key(), root_key, ca=True, days=2000)
    person = _certificate(_name("Eeva Esimerkki", KASKO), issuing.subject,
                          person_key.public_key(), issuing_key, ca=False, days=300)
    pem = serialization.Encoding.PEM
    (folder / "chain.pem").write_bytes(root.public_bytes(pem) + issuing.public_bytes(pem))
    (folder / "eeva.p12").write_bytes(pkcs12.serialize_key_and_certificates(
        b"eeva", person_key, person, [issuing, root],
        serialization.BestAvailableEncryption(P12_SECRET.encode())))
    (folder / "someone-else.pdf").write_bytes(_signed_elsewhere(person_key, [person, issuing,
                                                                              root]))
    return {name: folder / name for name in ("chain.pem", "eeva.p12", "someone-else.pdf")}


def _signed_elsewhere(key, chain: list[x509.Certificate]) -> bytes:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from reportlab.pdfgen.canvas import Canvas

    page = io.BytesIO()
    canvas = Canvas(page)
    canvas.drawString(72, 720, "Toisen ohjelman allekirjoittama asiakirja")
    canvas.save()
    certs = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
             for c in chain]
    signer = signers.SimpleSigner(
        signing_cert=certs[0], cert_registry=SimpleCertificateStore.from_certs(certs),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())))
    meta = signers.PdfSignatureMetadata(field_name="Allekirjoitus",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    return signers.sign_pdf(IncrementalPdfFileWriter(page), meta, signer=signer).getvalue()


@pytest.fixture
def offline(tmp_path) -> Offline:
    return Offline.make(tmp_path / "offline", KOTODESK_PASSPHRASE=SECRET,
                        KOTODESK_P12_PASSPHRASE=P12_SECRET, USER="eeva")


def ok(done, *codes: int) -> None:
    assert done.returncode in (codes or (0,)), done.stderr + done.stdout


def test_the_guard_sees_a_connection_a_lookup_and_c_code_reaching_out(offline):
    """The check itself: a child that connects or looks a name up is caught, and its
    grandchildren too (kotodesk's export and examiner processes are grandchildren)."""
    reach = ("import socket, subprocess, sys\n"
             "for call in (lambda: socket.create_connection(('192.0.2.7', 80), timeout=1),\n"
             "             lambda: socket.getaddrinfo('kotodesk-test.invalid', 443),\n"
             "             lambda: socket.socket().connect(('127.0.0.1', 9))):\n"
             "    try: call()\n"
             "    except OSError: pass\n"
             "subprocess.run([sys.executable, '-c', 'import urllib.request as u\\n"
             "try: u.urlopen(\"http://192.0.2.7/\", timeout=1)\\nexcept OSError: pass'])\n")
    offline.python("-c", reach)
    log = "\n".join(offline.attempts())
    assert "socket.create_connection" in log and "socket.getaddrinfo" in log
    assert "socket.connect ('127.0.0.1', 9)" in log
    assert log.count("--- pid") == 4  # the grandchild's urlopen too


def test_strace_sees_what_python_does_not(offline):
    if not offline.strace:
        pytest.skip("strace cannot trace here (not installed, or ptrace not allowed)")
    # ctypes calls libc's connect() directly, past the Python guard, as C code in a
    # library would.
    offline.python("-c", "import ctypes, socket, struct\n"
                         "s = socket.socket()\n"
                         "a = struct.pack('=H', socket.AF_INET) + struct.pack('!H', 9)"
                         " + bytes([127, 0, 0, 1]) + bytes(8)\n"
                         "ctypes.CDLL(None).connect(s.fileno(), a, len(a))\n")
    assert any("strace" in line and "AF_INET" in line for line in offline.attempts())


def test_a_round_of_work_opens_no_connection(offline, organisation, tmp_path):
    unit, coordinator, out = tmp_path / "yksikkö Kasko", tmp_path / "koordinaattori", \
        tmp_path / "lähtevät"
    ok(offline.python("-m", "kotodesk", "--version"))
    ok(offline.python("-m", "kotodesk", "--self-test"))
    ok(offline.kotodesk(unit, "about"))
    # A unit: the organisation's key, whose certificates name OCSP, CRL and issuer URLs;
    # a status, the signed return (xlsx and PAdES pdf) and its e-mail draft.
    ok(offline.kotodesk(unit, "key", "import-p12", organisation["eeva.p12"]))
    ok(offline.kotodesk(unit, "entry", "set", "--unit", "Kasko", "--measure", "1/1.1",
                        "--status", "green", "--narrative", "Tehty; ks. https://www.hel.fi"))
    done = offline.kotodesk(unit, "--json", "return", "export", "--unit", "Kasko",
                            "--out", out)
    ok(done)
    written = json.loads(done.stdout)
    files = [written["xlsx"], written["pdf"]]
    ok(offline.kotodesk(unit, "mail", "return", "--unit", "Kasko", "--out", out, *files))
    # The coordinator: the files and someone else's PDF from an unknown signer, then
    # from a trusted CA (path validation over those URLs), the merge (examined in child
    # processes), the next round package, and the unit taking it in.
    ok(offline.kotodesk(coordinator, "key", "new", "--name", "Kaisa Koordinaattori",
                        "--unit", "Kanslia"))
    ok(offline.kotodesk(coordinator, "verify", *files), 1)
    ok(offline.kotodesk(coordinator, "trust", "add-anchor", organisation["chain.pem"]))
    done = offline.kotodesk(coordinator, "--json", "verify", *files,
                            organisation["someone-else.pdf"])
    ok(done, 1)
    verdicts = [f["status"] for f in json.loads(done.stdout)]
    assert verdicts[:2] == ["valid", "valid"] and verdicts[2] != "valid", verdicts
    ok(offline.kotodesk(coordinator, "merge", *files, "--xlsx", out / "yhdistetty.xlsx",
                        "--pdf", out / "kokous.pdf"), 0, 1)
    ok(offline.kotodesk(coordinator, "round", "package", "--out", out / "paketti.xlsx"))
    fingerprint = json.loads(offline.kotodesk(coordinator, "--json", "key", "show").stdout)
    ok(offline.kotodesk(unit, "package", "import", "--accept-signer",
                        fingerprint["fingerprint"], out / "paketti.xlsx"))
    # The window: started, painted and closed (offscreen).
    ok(offline.kotodesk(tmp_path / "ikkuna", "--smoke"))
    assert offline.attempts() == []
