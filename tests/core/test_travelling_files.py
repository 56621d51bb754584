"""Files that travel, other than a unit's return, made hostile on purpose (the fuzz test
and the soak found the kinds; these are the cases a person could meet): backups changed
by something else than kotodesk, certificates changed after they were made, damaged
revocation lists and certificate requests, and round packages signed by the coordinator
that this kotodesk cannot read or that name no round, each through the real command.
Every refusal names the file, says what is wrong and changes nothing in the database."""

from __future__ import annotations

import copy
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from kotodesk.domain.messages import TEXTS
from tests.support import dump
from tests.travelling import PASS, Judge, database_state, make_travellers, run_cli


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return make_travellers(tmp_path_factory.mktemp("travellers"))


@pytest.fixture
def judge(made, tmp_path):
    return Judge(made, tmp_path / "scratch")


def _refused(judge, *args, home=None) -> str:
    """Run a command that must refuse: exit 2, the database unchanged; its message."""
    home = home or judge.unit
    before = database_state(home)
    code, _out, err = run_cli(*args, "--home", home)
    assert code == 2, (code, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert database_state(home) == before
    return err


# -- backups -------------------------------------------------------------------------------


def _changed_backup(made, target, sql: str):
    shutil.copyfile(made.files["backup"], target)
    conn = sqlite3.connect(target)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return target


@pytest.mark.parametrize(("name", "sql", "said"), [
    # Once restored, every save of an entry would empty the table.
    ("trigger", "CREATE TRIGGER empty AFTER INSERT ON entry_history BEGIN "
                "DELETE FROM entry; END;", "trigger empty"),
    ("view", "CREATE VIEW shown AS SELECT 1;", "view shown"),
    # An index of another making can refuse kotodesk's own writes.
    ("index", "CREATE INDEX by_status ON entry (status);", "index by_status"),
    # Restored, `entry show` stopped with an internal error.
    ("column-dropped", "ALTER TABLE entry DROP COLUMN narrative;", "table entry"),
])
def test_a_backup_changed_by_something_else_than_kotodesk_is_not_restored(
        made, judge, tmp_path, name, sql, said):
    backup = _changed_backup(made, tmp_path / f"{name}.sqlite3", sql)
    err = _refused(judge, "backup", "restore", backup, "--yes")
    assert f"{backup}: a kotodesk database changed by something else than kotodesk" in err
    assert said in err, err


def test_a_foreign_database_with_kotodesks_table_names_is_refused_not_an_internal_error(
        judge, tmp_path):
    from kotodesk.storage import migrations

    foreign = tmp_path / "vieras.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.executescript(
        "CREATE TABLE _sqlite_migrations(migration_set, name); "
        f"INSERT INTO _sqlite_migrations VALUES ('{migrations.SET_NAME}', "
        f"'{migrations.names()[0]}'); "
        "CREATE TABLE programme(x); CREATE TABLE round(y); CREATE TABLE entry(z);")
    conn.commit()
    conn.close()
    err = _refused(judge, "backup", "restore", foreign, "--yes")
    assert str(foreign) in err and "not a usable kotodesk backup" in err, err


def test_a_backup_whose_text_bytes_were_changed_is_refused_as_damaged(made, judge, tmp_path):
    """A byte changed inside a text leaves SQLite's pages sound (its check passes), and
    kotodesk, restored, stopped on the first screen that showed the text."""
    backup = tmp_path / "muuttunut.sqlite3"
    data = bytearray(made.files["backup"].read_bytes())
    at = data.index(b"Helsingin kaupungin kotoutumisen")
    data[at + 3:at + 5] = b"\xff\xfe"  # no longer UTF-8
    backup.write_bytes(bytes(data))
    err = _refused(judge, "backup", "restore", backup, "--yes")
    assert f"{backup}: the database in this file is damaged" in err
    assert "UTF-8" in err, err


def test_a_backup_whose_json_or_schema_text_was_changed_is_refused_as_damaged(
        made, judge, tmp_path):
    """Found by the soak: a JSON column that no longer parses restored, and `catalogue
    show` then stopped with an internal error; a table's SQL in the schema changed to
    bytes that are not UTF-8 stopped the restore's own check with one."""
    json_broken = _changed_backup(made, tmp_path / "json.sqlite3",
                                  "UPDATE unit SET aliases = '[\"Kasko' WHERE id = 'kasko';")
    err = _refused(judge, "backup", "restore", json_broken, "--yes")
    assert f"{json_broken}: the database in this file is damaged (unit.aliases" in err, err
    schema_broken = _changed_backup(
        made, tmp_path / "schema.sqlite3",
        "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = CAST(X'"
        + b'CREATE TABLE "_sqlite_migrations" (K'.hex()
        + "ffff29' AS TEXT) WHERE name = '_sqlite_migrations';")
    err = _refused(judge, "backup", "restore", schema_broken, "--yes")
    assert f"{schema_broken}: the database in this file is damaged" in err, err


def test_genuine_backups_of_every_released_schema_still_restore(judge, tmp_path):
    for fixture in sorted(Path("tests/fixtures").glob("schema-*.sqlite3")):
        copied = shutil.copyfile(fixture, tmp_path / fixture.name)
        code, _out, err = run_cli("backup", "restore", copied, "--yes", "--home", judge.unit)
        assert code == 0, (fixture.name, err)


# -- certificates, revocation lists, requests ----------------------------------------------


def _with_subject_byte_changed(der: bytes, text: bytes, new: bytes) -> bytes:
    at = der.index(text)
    return der[:at] + new + der[at + len(new):]


def test_trusting_a_certificate_changed_after_it_was_made_is_refused(made, judge, tmp_path):
    """The coordinator's own certificate with its e-mail changed (kirsi -> kirsI): its
    issuer no longer its subject, so it read as one issued by someone else, and was
    trusted with another e-mail than the person's."""
    certificate = x509.load_pem_x509_certificate(made.original("cert"))
    changed = tmp_path / "kirsi.der"
    changed.write_bytes(_with_subject_byte_changed(
        certificate.public_bytes(Encoding.DER), b"kirsi@hel.fi", b"kirsI"))
    err = _refused(judge, "trust", "add", changed)
    assert f"{changed}: " in err
    assert "the certificate's own signature does not hold: it was changed after it was " \
           "made" in err, err
    # The genuine one is trusted as ever.
    assert run_cli("trust", "add", made.files["cert"], "--home", judge.unit)[0] == 0


def test_a_revocation_list_damaged_inside_is_refused_naming_the_file(made, judge, tmp_path):
    """The library reads a list's names only when asked: a damaged issuer name passed
    the loading and stopped `trust import-crl` with an internal error."""
    der = made.original("crl")
    crl = tmp_path / "lista.crl"
    crl.write_bytes(_with_subject_byte_changed(der, b"varmentaja", b"\xff\xfe"))  # not UTF-8
    err = _refused(judge, "trust", "import-crl", crl)
    assert f"{crl}: not a certificate revocation list" in err, err


def test_a_request_damaged_inside_or_changed_is_refused_naming_the_file(made, judge, tmp_path):
    request = x509.load_pem_x509_csr(made.original("request"))
    der = request.public_bytes(Encoding.DER)
    damaged = tmp_path / "pyynto.csr"
    damaged.write_bytes(_with_subject_byte_changed(der, b"Kasko", b"\xff\xfe"))  # not UTF-8
    err = _refused(judge, "ca", "show-request", damaged, home=judge.coordinator)
    assert f"{damaged}: not a certificate request" in err, err
    # A name changed after the request was made: refused when issued, naming the file,
    # before the CA's passphrase is asked for.
    changed = tmp_path / "muutettu.csr"
    changed.write_bytes(_with_subject_byte_changed(der, b"Kaisa", b"Raisa"))
    err = _refused(judge, "ca", "issue", changed, "--unit", "kasko", "--out",
                   tmp_path / "out.pem", home=judge.coordinator)
    assert f"{changed}: the request's signature does not hold" in err, err


# -- round packages signed by the coordinator ----------------------------------------------


@pytest.fixture(scope="module")
def coordinator_payload(made):
    from kotodesk.coordinator.signed_outputs import package
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.signing import keys

    kirsi = keys.load_identity(made.coordinator, PASS)
    ws = Workspace.open(made.coordinator)
    try:
        return package(ws, ws.round(), kirsi.certificate), kirsi
    finally:
        ws.close()


def _package(coordinator_payload, tmp_path, name, change):
    from kotodesk.coordinator.signed_outputs import write_package_file

    payload, kirsi = coordinator_payload
    payload = copy.deepcopy(payload)
    change(payload)
    return write_package_file(payload, kirsi, tmp_path / f"{name}.xlsx")


def _no_comment(payload):
    payload["reviews"] = [{"unit": {"id": "kasko", "name": "Kasko"}, "state": "ok"}]


def _no_period(payload):
    payload["round"]["period"] = " "


def _previous_period(payload):
    payload["round"]["period"] = payload["previous"]["period"]


@pytest.mark.parametrize(("name", "change", "said"), [
    # Another version's layout: an internal error (KeyError), exit 3.
    ("layout", _no_comment, "the signed content is not a kotodesk report (KeyError: "
                            "'comment')"),
    # Taken in as a round with no name.
    ("no-period", _no_period, "the package's round has no period; it is not taken in"),
    # Taken in: last round, closed with the coordinator's merged entries, opened again.
    ("previous", _previous_period, "is its own previous round; it is not taken in"),
])
def test_a_coordinators_package_this_kotodesk_cannot_take_in_is_refused_whole(
        coordinator_payload, judge, tmp_path, name, change, said):
    from kotodesk.datafolder.workspace import Workspace

    package = _package(coordinator_payload, tmp_path, name, change)
    ws = Workspace.open(judge.unit)
    before = dump(ws.store)
    ws.close()
    err = _refused(judge, "package", "import", package)
    assert f"{package}: " in err and said in err, err
    ws = Workspace.open(judge.unit)
    try:
        assert dump(ws.store) == before
    finally:
        ws.close()


@pytest.mark.parametrize("kind", ["merged", "summary", "export", "backup", "cert"])
def test_another_travelling_file_given_as_a_round_package_is_refused(made, judge, tmp_path,
                                                                   kind):
    """A genuine file of the coordinator's (the merged report is signed by the same
    coordinator) renamed as a package."""
    given = tmp_path / "paketti.xlsx"
    given.write_bytes(made.original(kind))
    err = _refused(judge, "package", "import", given)
    assert str(given) in err, err


@pytest.mark.parametrize("hostile", ["entity-bomb", "zip-bomb", "lying-zip", "macro"])
def test_a_hostile_workbook_given_as_a_round_package_is_refused(made, judge, tmp_path,
                                                                hostile):
    """The genuine package with an XML entity bomb in its workbook part or a macro added,
    or a zip that unpacks to far more than it declares, through `package import`."""
    from tests.support import lying_zip, with_entity_bomb, with_macro, zip_bomb

    target = tmp_path / f"{hostile}.xlsx"
    {"entity-bomb": lambda: with_entity_bomb(made.files["package"], target),
     "zip-bomb": lambda: zip_bomb(target),
     "lying-zip": lambda: lying_zip(target),
     "macro": lambda: with_macro(made.files["package"], target)}[hostile]()
    err = _refused(judge, "package", "import", target)
    assert str(target) in err, err


def test_new_messages_are_said_in_finnish_and_swedish():
    for code in ("certificate-changed", "backup-schema-differs", "package-no-period",
                 "package-same-period"):
        source = TEXTS[code].replace("'", "&apos;")
        for lang in ("fi", "sv"):
            ts = Path(f"resources/translations/kotodesk_{lang}.ts").read_text(encoding="utf-8")
            block = ts[ts.index(f"<source>{source}</source>"):]
            translation = block[block.index("<translation>") + 13:block.index("</translation>")]
            assert translation and translation != source and "type=" not in translation, \
                (code, lang)
