"""Mutants of the files that travel other than a unit's return, run through the real
commands: the suite's bounded fuzz test (tests/core/test_travelling_fuzz.py) and the soak
(benchmarks/soak_travel.py, `python3 dev.py soak travel`).

The genuine files (`make_travellers`) come from a coordinator's data folder that runs the
programme CA: the round package, the merged report (.xlsx) and meeting summary (.pdf), a
backup of the database, the export of everything (.xlsx), the coordinator's certificate,
the CA's revocation list and a contact person's certificate request. A unit's data folder
trusts the coordinator and the CA, and has taken the genuine package in.

Each mutant is made from (the original's bytes, its kind, a number) alone, as
tests/mutants.py's are (whose byte- and zip-member-level mutants it reuses), and goes
through the command a person would run on that file (`judge`):

    package   kotodesk package import FILE        (the unit's folder)
    merged    kotodesk verify FILE                (.xlsx; the unit's folder)
    summary   kotodesk verify FILE                (.pdf)
    export    kotodesk verify FILE                (the export of everything: not signed)
    backup    kotodesk backup restore FILE --yes  (a scratch copy of the unit's folder)
    cert      kotodesk trust add FILE
    crl       kotodesk trust import-crl FILE
    request   kotodesk ca show-request FILE and ca issue (the coordinator's folder)

The oracle: the command does not fail inside (exit 3, a traceback); a refusal (exit 1 or
2) names the file and leaves the database as it was; a file taken as genuine is the
original in what it shows (for the package: the same parts; a revocation list, a
certificate and a request: the same signed content); a backup restored leaves a folder
that kotodesk opens and works on.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tests.mutants import Mutant, _byte_mutant, same_content
from tests.mutants import mutant as file_mutant

PASS = "koordinaattori-2026"
KINDS = ("package", "merged", "summary", "export", "backup", "cert", "crl", "request")
SUFFIX = {"package": ".xlsx", "merged": ".xlsx", "summary": ".pdf", "export": ".xlsx",
          "backup": ".sqlite3", "cert": ".pem", "crl": ".crl", "request": ".csr"}


@dataclass
class Travellers:
    folder: Path
    files: dict[str, Path]  # kind -> the genuine file
    coordinator: Path  # the coordinator's data folder (runs the CA)
    unit: Path  # the unit's data folder as it is before any mutant (kept as the template)
    coordinator_fingerprint: str

    def original(self, kind: str) -> bytes:
        return self.files[kind].read_bytes()


def make_travellers(folder: Path) -> Travellers:
    """The genuine files and the two data folders (about 10 s)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from kotodesk.coordinator.anchors import add_anchors
    from kotodesk.coordinator.signed_outputs import write_outputs, write_package
    from kotodesk.coordinator.trusting import trust_signer
    from kotodesk.datafolder.backup import backup_database
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.reporting.export_all import export_all
    from kotodesk.signing import keys
    from kotodesk.signing.pki.ca import current_crl, init_ca
    from kotodesk.signing.pki.requests import make_request
    from tests.returns_batch import fill

    folder.mkdir(parents=True, exist_ok=True)
    files = {kind: folder / f"genuine-{kind}{SUFFIX[kind]}" for kind in KINDS}
    kirsi = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                              unit="Kaupunginkanslia", organisation="Helsingin kaupunki")
    coordinator = Workspace.open(folder / "coordinator")
    try:
        keys.save_identity(coordinator.home, kirsi, PASS)
        init_ca(coordinator, "Kotoutumisohjelman varmentaja", passphrase=PASS)
        fill(coordinator, "kasko", "1/1.1", status="green", narrative="Kerhot käynnissä.")
        round_ = coordinator.round()
        write_package(coordinator, round_, kirsi, files["package"])
        write_outputs(coordinator, round_, kirsi, xlsx=files["merged"], pdf=files["summary"])
        backup_database(coordinator.store, files["backup"])
        export_all(coordinator.store, files["export"])
        files["crl"].write_bytes(current_crl(coordinator.home))
    finally:
        coordinator.close()
    files["cert"].write_bytes(keys.certificate_pem(kirsi.certificate))
    kaisa = keys.new_identity(name="Kaisa Kasko", email="kaisa@hel.fi",
                              unit="Kasvatuksen ja koulutuksen toimiala",
                              organisation="Helsingin kaupunki")
    files["request"].write_bytes(make_request(kaisa).public_bytes(Encoding.PEM))
    root = folder / "coordinator" / "ca" / "root.pem"
    unit = Workspace.open(folder / "unit")
    try:
        trust_signer(unit, kirsi.certificate, role="coordinator", confirm=True)
        add_anchors(unit, root)
    finally:
        unit.close()
    made = Travellers(folder, files, folder / "coordinator", folder / "unit",
                      kirsi.info.fingerprint)
    code, _out, err = run_cli("package", "import", files["package"], "--home", made.unit)
    assert code == 0, err
    return made


# -- mutants ------------------------------------------------------------------------------

_PEM = {"cert": "CERTIFICATE", "crl": "X509 CRL", "request": "CERTIFICATE REQUEST"}


DONOR = {"package": "merged", "merged": "package"}  # the other genuine signed workbook


def mutant(original: bytes, kind: str, number: int, donor: bytes | None = None) -> Mutant:
    """Mutant `number` of a genuine file of `kind`: the workbooks and the PDF as a return's
    are mutated (tests/mutants.py), and every seventh workbook takes parts of the same
    name from `donor` (another genuine signed workbook: DONOR); a certificate, a
    revocation list and a request at the DER level under their PEM armour every other
    time, else in their bytes; a backup in its bytes, or aimed at its pages' headers."""
    if kind in ("package", "merged") and donor is not None and number % 7 == 3:
        return Mutant(number, *_swapped(original, donor, random.Random(f"{kind}:{number}")))
    if kind in ("package", "merged", "export"):
        return file_mutant(original, "xlsx", number)
    if kind == "summary":
        return file_mutant(original, "pdf", number)
    rng = random.Random(f"{kind}:{number}")
    if kind in _PEM and number % 2 and original.startswith(b"-----BEGIN"):
        how, data = _byte_mutant(_der_of(original), rng)
        return Mutant(number, f"DER: {how}", _armoured(data, _PEM[kind]))
    if kind == "backup" and number % 2:
        return Mutant(number, *_page_mutant(original, rng))
    how, data = _byte_mutant(original, rng)
    return Mutant(number, how, data)


def _swapped(original: bytes, donor: bytes, rng: random.Random) -> tuple[str, bytes]:
    """Some parts of `original` replaced by the parts of the same name in `donor` (both
    genuine and signed: a seal with another file's sheets, or the other way round)."""
    import zipfile

    from tests.mutants import _zip

    with zipfile.ZipFile(io.BytesIO(original)) as z:
        parts = [(info, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(io.BytesIO(donor)) as z:
        given = {info.filename: z.read(info) for info in z.infolist()}
    shared = sorted(info.filename for info, _ in parts if info.filename in given)
    chosen = set(rng.sample(shared, rng.randint(1, max(1, len(shared) // 2))))
    parts = [(info, given[info.filename] if info.filename in chosen else body)
             for info, body in parts]
    return f"parts from the other signed workbook: {', '.join(sorted(chosen))}", _zip(parts, [])


def _der_of(pem: bytes) -> bytes:
    import base64

    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    return base64.b64decode(body)


def _armoured(der: bytes, label: str) -> bytes:
    import base64
    import textwrap

    text = "\n".join(textwrap.wrap(base64.b64encode(der).decode("ascii"), 64))
    return f"-----BEGIN {label}-----\n{text}\n-----END {label}-----\n".encode("ascii")


def _page_mutant(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A byte of a database page's header (its kind, cell count, cell offsets, the right
    child pointer) or of the file header set to an extreme value."""
    page_size = int.from_bytes(data[16:18], "big") or 65536
    page = rng.randrange(max(1, len(data) // page_size))
    start = page * page_size + (100 if page == 0 else 0)
    at = start + rng.randrange(12) if rng.randrange(4) else rng.randrange(100)
    value = rng.choice((0, 1, 0x0D, 0x05, 0x7F, 0xFF))
    out = bytearray(data)
    if at < len(out):
        out[at] = value
    return f"page {page} header byte {at} set to {value:#x}", bytes(out)


# -- running one command -------------------------------------------------------------------


def run_cli(*args) -> tuple[int, str, str]:
    """`kotodesk ARGS` as the command line runs it (cli.main), in this process: exit code,
    stdout, stderr."""
    from kotodesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def database_state(home: Path) -> str:
    """A hash of every row of the data folder's database (read from a copy, so that
    reading changes nothing)."""
    from kotodesk.storage.db import DATABASE_NAME

    live = home / DATABASE_NAME
    conn = sqlite3.connect(f"file:{live}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    finally:
        conn.close()


def file_state(home: Path) -> str:
    """A hash of the database's files as they lie (quick: the same hash means the same
    rows; another may still hold the same rows, which database_state then says)."""
    from kotodesk.storage.db import DATABASE_NAME

    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = home / (DATABASE_NAME + suffix)
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


class Judge:
    """Runs mutants of every kind through the real commands in scratch copies of the two
    data folders, each mutant in the same state as the first."""

    def __init__(self, made: Travellers, scratch: Path) -> None:
        self.made = made
        self.scratch = scratch
        self.unit = scratch / "unit"
        self.coordinator = scratch / "coordinator"
        self._reset(self.unit, made.unit)
        self._reset(self.coordinator, made.coordinator)
        self.unit_state = database_state(self.unit)
        self.coordinator_state = database_state(self.coordinator)
        self.files = {self.unit: file_state(self.unit),
                      self.coordinator: file_state(self.coordinator)}
        self.originals = {kind: made.original(kind) for kind in KINDS}

    @staticmethod
    def _reset(target: Path, template: Path) -> None:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(template, target, ignore=shutil.ignore_patterns("*.lock", "logs"))

    def __call__(self, kind: str, item: Mutant) -> tuple[str, str]:
        """(verdict, problem): the problem is "" when the oracle holds."""
        path = self.scratch / f"mutant{SUFFIX[kind]}"
        path.write_bytes(item.data)
        home = self.coordinator if kind == "request" else self.unit
        state = self.coordinator_state if kind == "request" else self.unit_state
        code, out, err, extra = self._run(kind, path, home)
        verdict = {0: "accepted", 1: "negative", 2: "refused"}.get(code, f"exit {code}")
        problem = ""
        if code not in (0, 1, 2) or "Traceback" in err:
            problem = f"failed inside: {err.strip()[-400:]}"
        elif code == 2 and path.name not in err:
            problem = f"refusal does not name the file: {err.strip()[:300]}"
        elif code == 0 and kind in ("merged", "summary", "export"):
            verdict, problem = self._verified(kind, out, item)
        elif code == 0:
            problem = self._taken(kind, item, home, extra)
        changed = code != 0 and file_state(home) != self.files[home] and \
            database_state(home) != state
        if changed:
            problem = problem or "refused, but the database changed"
        if code == 0 or changed:  # the next mutant starts from the template again
            self._reset(home, self.made.coordinator if kind == "request" else self.made.unit)
            self.files[home] = file_state(home)
        return verdict, problem

    def _run(self, kind: str, path: Path, home: Path):
        home_args = ("--home", home)
        if kind == "package":
            return (*run_cli("package", "import", path, *home_args), None)
        if kind in ("merged", "summary", "export"):
            return (*run_cli("verify", path, "--json", *home_args), None)
        if kind == "backup":
            return (*run_cli("backup", "restore", path, "--yes", "--json", *home_args), None)
        if kind == "cert":
            return (*run_cli("trust", "add", path, "--json", *home_args), None)
        if kind == "crl":
            return (*run_cli("trust", "import-crl", path, "--json", *home_args), None)
        # A request: shown, then issued (the CA's passphrase from a file).
        code, out, err = run_cli("ca", "show-request", path, "--json", *home_args)
        if code != 0:
            return code, out, err, None
        secret = self.scratch / "ca-passphrase"
        secret.write_text(PASS)
        issued = self.scratch / "issued.pem"
        code, out2, err2 = run_cli("ca", "issue", path, "--unit", "kasko", "--out", issued,
                                   "--ca-passphrase-file", secret, "--json", *home_args)
        return code, out + out2, err2, json.loads(out)

    def _verified(self, kind: str, out: str, item: Mutant) -> tuple[str, str]:
        [result] = json.loads(out)
        status = result["status"]
        if status not in ("valid", "unknown-signer"):
            return status, ""
        if kind == "export":
            return status, "the export of everything (never signed) verified as signed"
        if not same_content(self.originals[kind], item.data,
                            "pdf" if kind == "summary" else "xlsx"):
            return status, "genuine, but shows something else than the original"
        return status, ""

    def _taken(self, kind: str, item: Mutant, home: Path, shown) -> str:
        original = self.originals[kind]
        if kind == "package":
            if not same_content(original, item.data, "xlsx"):
                return "taken in, but shows something else than the original"
            return ""
        if kind == "backup":
            for args in (("catalogue", "show", "--json"), ("entry", "show", "--unit", "kasko",
                                                          "--json")):
                code, _out, err = run_cli(*args, "--home", home)
                if code != 0:
                    return f"restored, but `{' '.join(args)}` then exits {code}: {err[-300:]}"
            return ""
        if kind in ("cert", "crl", "request") and \
                _signed_part(kind, item.data) != _signed_part(kind, original):
            return "taken, but its signed content is not the original's"
        return ""


def _signed_part(kind: str, data: bytes) -> bytes | None:
    """What the signature of a certificate, revocation list or request covers."""
    from cryptography import x509

    load = {"cert": (x509.load_pem_x509_certificate, x509.load_der_x509_certificate),
            "crl": (x509.load_pem_x509_crl, x509.load_der_x509_crl),
            "request": (x509.load_pem_x509_csr, x509.load_der_x509_csr)}[kind]
    try:
        parsed = load[0](data) if b"-----BEGIN" in data else load[1](data)
        if kind == "cert":
            return parsed.tbs_certificate_bytes
        if kind == "crl":
            return parsed.tbs_certlist_bytes
        return parsed.tbs_certrequest_bytes
    except ValueError:
        return None
