"""The window's export process (kotodesk.reporting.export_child), driven without a window:
a real child process unlocks the real key file, writes both files and answers; errors come
back with their class and attributes; a child that dies is said plainly, never a hang."""

from __future__ import annotations

import pickle

import pytest

from kotodesk.documents import verify
from kotodesk.domain.errors import InputError, UsageError, WriteError
from kotodesk.domain.messages import message
from kotodesk.reporting import returns
from kotodesk.reporting.export_child import (
    ExportChild,
    ExportStopped,
    Job,
    _portable,
    _rebuilt,
    key_bytes,
)
from kotodesk.signing import keys
from tests.support import make_identity

SECRET = "Tunnuslause vientiin 7"


@pytest.fixture
def ready(workspace, home):
    identity = make_identity("Äimä Öljynen", unit="Kasko")
    keys.save_identity(home, identity, SECRET)
    unit = workspace.unit("Kasko")
    prepared = returns.prepare(workspace, workspace.round(None), unit, identity.certificate)
    return identity, prepared


def test_a_child_writes_both_files_and_reports_its_progress(ready, home, tmp_path):
    identity, prepared = ready
    child = ExportChild()
    child.start()
    assert child.warmed(timeout=60)  # a bound, not a timing
    seen = []
    result = child.run(Job(prepared, home, SECRET, tmp_path / "out"), seen.append)
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, {identity.info.fingerprint}).status == verify.VALID


def test_a_key_made_in_the_dialog_is_saved_by_the_child(workspace, tmp_path):
    home = tmp_path / "new-home"
    home.mkdir()
    identity = make_identity("Äimä Öljynen", unit="Kasko")
    prepared = returns.prepare(workspace, workspace.round(None), workspace.unit("Kasko"),
                               identity.certificate)
    result = ExportChild().run(Job(prepared, home, SECRET, tmp_path / "out",
                                   key_bytes(identity)))
    assert keys.load_identity(home, SECRET).certificate == identity.certificate
    assert verify.verify_file(result.pdf, {identity.info.fingerprint}).status == verify.VALID


def test_errors_come_back_as_themselves(ready, home, tmp_path):
    _identity, prepared = ready
    with pytest.raises(keys.PassphraseError):
        ExportChild().run(Job(prepared, home, "not the passphrase", tmp_path / "a"))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WriteError) as caught:  # the folder it could not make, and why
        ExportChild().run(Job(prepared, home, SECRET, blocker / "out"))
    assert caught.value.path == blocker / "out"
    assert caught.value.reason == WriteError.REASONS["ENOTDIR"]
    again = _rebuilt(pickle.loads(pickle.dumps(_portable(  # an OSError keeps errno and file
        NotADirectoryError(20, "Not a directory", str(blocker / "out"))))))
    assert (again.errno, again.filename) == (20, str(blocker / "out"))
    with pytest.raises(UsageError, match="not the one the file names"):
        ExportChild().run(Job(prepared, home, SECRET, tmp_path / "b",
                              key_bytes(make_identity("Toinen Henkilö", unit="Kuva"))))
    assert not (tmp_path / "b").exists()


def test_kotodesk_errors_keep_their_keywords_and_messages_across_the_pipe(tmp_path):
    error = InputError(message("in-row", row=7), path=tmp_path / "x.xlsx", sheet="Raportti",
                       row=3)
    again = pickle.loads(pickle.dumps(_portable(error)))
    rebuilt = _rebuilt(again)
    assert type(rebuilt) is InputError and str(rebuilt) == str(error)
    assert (rebuilt.path, rebuilt.sheet, rebuilt.row) == (error.path, "Raportti", 3)
    assert rebuilt.problem.code == "in-row" and rebuilt.problem.params == {"row": 7}


def test_a_child_that_dies_is_said_and_the_next_one_works(ready, home, tmp_path):
    _identity, prepared = ready
    child = ExportChild()
    child.start()
    child._process.kill()
    with pytest.raises(ExportStopped) as caught:
        child.run(Job(prepared, home, SECRET, tmp_path / "out"))
    assert caught.value.args[0].code == "export-stopped"
    assert not (tmp_path / "out").exists()
    assert child.run(Job(prepared, home, SECRET, tmp_path / "out")).pdf.exists()


def test_an_idle_child_goes_when_the_dialog_closes():
    child = ExportChild()
    child.start()
    process = child._process
    child.close()
    assert process.returncode == 0


def test_the_signature_is_sized_while_the_passphrase_is_typed(ready, home, tmp_path):
    """pyHanko sizes a signature's space by a dry run of the whole signature; the export's
    process does that while the passphrase is typed, with a stand-in key on the signer's
    curve. The first PDF the real key signs then takes exactly that space (no dry run after
    Export) and is valid to an independent reader; through the dialog's child as well."""
    import subprocess

    from kotodesk.signing import pades
    from tests.pdf_support import signature_gap, tool

    identity, prepared = ready
    signer = (identity.info.fingerprint,)
    pades._RESERVED.pop(signer, None)
    pades.prepare_signature_space(keys.own_certificate(home))  # before the key is unlocked
    sized = pades._RESERVED[signer]
    result = returns.write_files(prepared, keys.load_identity(home, SECRET), tmp_path / "in")
    start, end = signature_gap(result.pdf.read_bytes())
    assert end - start - 2 == sized
    done = subprocess.run([tool("pdfsig"), str(result.pdf)], capture_output=True, text=True,
                          timeout=60)
    assert "Signature is Valid." in done.stdout, done.stdout + done.stderr

    child = ExportChild(signer_home=home)
    child.start()
    assert child.warmed(timeout=60)  # a bound, not a timing
    result = child.run(Job(prepared, home, SECRET, tmp_path / "out"))
    for path in (result.xlsx, result.pdf):
        assert verify.verify_file(path, {identity.info.fingerprint}).status == verify.VALID
