"""Examining a batch in child processes (documents.examiners): the same examinations as
in this process, recorded into the same database state, and a file that kills its
examiner refused while the batch goes on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk.coordinator import intake
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.documents.examiners import children_for, examined
from kotodesk.domain.messages import message
from kotodesk.ops.coordinator import record_files
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox, trust
from tests.returns_batch import HENKILOSTO, make_batch


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    base = tmp_path_factory.mktemp("examiners")
    made = make_batch(base / "mail", base / "unit")
    paths = made["paths"]
    # Each kind of file, a broken copy of a signed one, and a file twice: the answers
    # must come back in the order asked whichever child examined them.
    broken = base / "mail" / "katkennut.xlsx"
    broken.write_bytes(paths["kuva"].read_bytes()[:4000])
    made["batch"] = [paths["kasko"], paths["kasko_pdf"], paths["kuva"], paths[HENKILOSTO],
                     paths["unsigned"], paths["junk"], broken, paths["kuva"]]
    return made


def _seen(result: verify.Verification) -> tuple:
    certificate = result.certificate
    return (result.to_dict(), result.sha256, result.data, result.payload, result.file_time,
            certificate.fingerprint(certificate.signature_hash_algorithm)
            if certificate is not None else None)


def test_children_examine_each_file_as_this_process_does(made):
    batch = made["batch"]
    roots = {made["people"]["kasko"].info.fingerprint}
    here = [verify.examine(p, roots=frozenset(roots), keep_bytes=True) for p in batch]
    for children in (1, 3):
        there = list(examined(batch, roots, children=children))
        assert [_seen(r) for r in there] == [_seen(r) for r in here], children
    statuses = [r.status for r in here]
    assert statuses[:4] == [verify.UNKNOWN_SIGNER, verify.VALID, verify.UNKNOWN_SIGNER,
                            verify.UNKNOWN_SIGNER]  # (pyHanko calls the PDF valid early)
    assert statuses[4:7] == [verify.UNSIGNED, verify.UNREADABLE, verify.UNREADABLE]


def _state(home: Path) -> tuple:
    ws = Workspace.open(home)
    try:
        round_ = ws.round()
        files = [(f.file_name, f.unit_id, f.status, f.signer, f.file_sha256,
                  f.content_sha256, f.file_time, f.copy_of)
                 for f in inbox.files(ws.store, round_.id)]
        entries = sorted((e.unit_id, e.measure_ref, e.status, e.narrative, e.source_file_id)
                         for e in entry_store.entries_of_round(ws.store, round_.id))
        return files, entries
    finally:
        ws.close()


def test_a_batch_recorded_with_examiners_is_recorded_as_without(made, home, tmp_path):
    ws = Workspace.open(home)
    for unit in ("kasko", "kuva"):
        trust.add(ws.store, made["people"][unit].certificate)
    ws.close()
    homes = {n: tmp_path / f"home-{n}" for n in (0, 2)}
    outcomes = {}
    for examiners, copy in homes.items():
        shutil.copytree(home, copy)
        ws = Workspace.open(copy)
        try:
            from kotodesk.ops.trust import trusted_signers

            outcomes[examiners] = [
                (t.accepted, t.status, t.reason, t.held, t.already) for t, _changes in
                record_files(ws, made["batch"], trusted_signers(ws), examiners=examiners)]
        finally:
            ws.close()
    assert outcomes[2] == outcomes[0]
    assert [accepted for accepted, *_ in outcomes[0]] == [True, True, True, True, True,
                                                          False, False, True]
    assert outcomes[0][-1][-1]  # the same file again: already taken in
    assert _state(homes[2]) == _state(homes[0])
    assert _stored(homes[2]) == _stored(homes[0])


def _stored(home: Path) -> list[tuple[str, str]]:
    """Each received file's payload as the database holds it: a sealed .xlsx's as the
    JSON that was signed (canonical: stored as verified, not written out again), every
    other as JSON that reads as the same payload."""
    from kotodesk.signing.sealing import canonical

    ws = Workspace.open(home)
    try:
        stored = []
        for f in inbox.files(ws.store, ws.round().id):
            text = ws.store.query_one("SELECT payload FROM received_file WHERE id = ?",
                                      (f.id,))[0]
            payload = inbox.payload(ws.store, f.id)
            assert json.loads(text) == payload
            if f.file_name.endswith(".xlsx") and f.fingerprint:
                assert text == canonical(payload).decode("utf-8"), f.file_name
            stored.append((f.file_name, text))
        assert any(name.endswith(".xlsx") for name, _ in stored)
        return stored
    finally:
        ws.close()


KILLER = """
import os, sys
from kotodesk.documents import examiners, verify

examine = verify.examine
def dying(path, *args, **kwargs):
    if path.name.startswith("tappaja"):
        os.abort()  # as a reader's abort on a hostile file would
    return examine(path, *args, **kwargs)
verify.examine = dying
sys.exit(examiners.main())
"""


@pytest.mark.parametrize("children", [1, 2])
def test_a_file_that_kills_its_examiner_is_refused_and_the_batch_goes_on(made, workspace,
                                                                         tmp_path, children):
    """The child is a real process that really dies (SIGABRT) on one file; the parent
    tries that file once more in a fresh child, then refuses it unread, and every other
    file (those queued behind it too) is examined; take_in lets the refusal stand rather
    than examine the file in the coordinator's own process."""
    killer = tmp_path / "tappaja.xlsx"
    shutil.copy(made["paths"]["kuva"], killer)
    batch = [made["paths"]["kasko"], killer, made["paths"]["kuva"], made["paths"][HENKILOSTO],
             made["paths"]["unsigned"]]
    command = [sys.executable, "-c", KILLER]
    results = list(examined(batch, set(), children=children, command=command))
    assert [r.status for r in results] == [verify.UNKNOWN_SIGNER, verify.UNREADABLE,
                                           verify.UNKNOWN_SIGNER, verify.UNKNOWN_SIGNER,
                                           verify.UNSIGNED]
    refused = results[1]
    assert refused.message.code == "examiner-stopped"
    assert refused.message == message("examiner-stopped", status=-6)
    assert refused.data == killer.read_bytes() and refused.sha256
    taken = intake.take_in(workspace, killer, set(), verification=refused)
    assert not taken.accepted and taken.reason == refused.message
    assert inbox.by_sha256(workspace.store, refused.sha256) is None


@pytest.mark.parametrize("children", [1, 2])
def test_a_hostile_first_file_is_refused_not_examined_here(made, tmp_path, children):
    """A file that kills its examiner before any other file was answered is still that
    file's doing (the children said they were ready): refused unread, never handed to
    the coordinator's own process as if the installation were broken."""
    killer = tmp_path / "tappaja.xlsx"
    shutil.copy(made["paths"]["kuva"], killer)
    batch = [killer, made["paths"]["kasko"], made["paths"]["kuva"]]
    results = list(examined(batch, set(), children=children,
                            command=[sys.executable, "-c", KILLER]))
    assert None not in results  # None: "examine it yourself", which would end the window
    assert [r.status for r in results] == [verify.UNREADABLE, verify.UNKNOWN_SIGNER,
                                           verify.UNKNOWN_SIGNER]
    assert results[0].message == message("examiner-stopped", status=-6)


HANGER = KILLER.replace("os.abort()  # as a reader's abort on a hostile file would",
                        "threading.Event().wait()  # as a reader caught in a loop would"
                        ).replace("import os, sys", "import os, sys, threading")


def test_a_file_that_holds_its_examiner_too_long_is_refused_and_the_batch_goes_on(
        made, tmp_path):
    """A real child stuck on one file (it waits forever) is stopped after the time one
    file may take, the file tried once more, then refused; the files around it are
    examined, those queued behind it in the stuck child too."""
    stuck = tmp_path / "tappaja-jumittaa.xlsx"
    shutil.copy(made["paths"]["kuva"], stuck)
    batch = [made["paths"]["kasko"], stuck, made["paths"]["kuva"], made["paths"][HENKILOSTO],
             made["paths"]["unsigned"], made["paths"]["kasko_pdf"]]
    # 3 s: time enough for a child's start and a real file's check on a loaded machine.
    results = list(examined(batch, set(), children=2, seconds=3,
                            command=[sys.executable, "-c", HANGER]))
    assert [r.status for r in results] == [verify.UNKNOWN_SIGNER, verify.UNREADABLE,
                                           verify.UNKNOWN_SIGNER, verify.UNKNOWN_SIGNER,
                                           verify.UNSIGNED, verify.UNKNOWN_SIGNER]
    assert results[1].message == message("examiner-timeout", seconds="3")
    assert results[1].data == stuck.read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="starts the child through a sh script")
def test_a_file_whose_examiner_cannot_be_started_again_is_refused_not_handed_back(
        made, tmp_path):
    """A child dies on a file and no child can start after it (here its launcher is gone,
    as an installation changed under the window would be): the rest of the batch is
    left to this process, but not the file that stopped a child, which this process must
    not read (its reader might abort here too). Refused on that first death."""
    killer = tmp_path / "tappaja.xlsx"
    shutil.copy(made["paths"]["kuva"], killer)
    launcher = tmp_path / "examiner.sh"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "$KILLER"\n')
    launcher.chmod(0o755)
    gone = KILLER.replace("        os.abort()",
                          f"        os.remove({str(launcher)!r})\n        os.abort()")
    batch = [made["paths"]["kasko"], killer, made["paths"]["kuva"]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KILLER", gone)
        results = list(examined(batch, set(), children=1, command=[str(launcher)]))
    assert not launcher.exists()
    assert results[0].status == verify.UNKNOWN_SIGNER
    assert results[1].status == verify.UNREADABLE
    assert results[1].message == message("examiner-stopped", status=-6)
    assert results[2] is None  # examined by the caller, as where no child can start


@pytest.mark.parametrize("command", [[sys.executable, "-c", "import sys; sys.exit(3)"],
                                     ["/nonexistent/kotodesk", "--examine-child"]],
                         ids=["dies-at-once", "cannot-start"])
def test_examiners_that_cannot_run_leave_the_batch_to_this_process(made, command):
    """A broken installation (the child dies before any answer, or cannot be started) is
    not a batch of hostile files: nothing is refused for it, each file is examined here."""
    batch = made["batch"][:4]
    assert list(examined(batch, set(), children=1, command=command)) == [None] * 4


def test_a_small_batch_is_examined_here_and_a_large_one_beside_it():
    xlsx = [Path(f"{i}.xlsx") for i in range(1000)]
    pdf = [Path(f"{i}.PDF") for i in range(40)]
    assert children_for(xlsx[:99], cores=2) == 0
    assert children_for(xlsx[:100], cores=2) == 1
    # One per core: they yield to this process (test below), which records beside them.
    assert children_for(xlsx, cores=2) == 2
    assert children_for(xlsx, cores=1) == 1  # a dying reader still spares the batch
    assert children_for(xlsx[:250], cores=16) == 2
    assert children_for(xlsx * 100, cores=64) == 8
    # A round's .xlsx and .pdf copies: checking the PDFs is nearly all the work, so
    # every core checks and recording fits between.
    assert children_for(xlsx[:3] + pdf[:3], cores=2) == 0
    assert children_for(xlsx[:30] + pdf[:30], cores=2) == 2
    assert children_for(xlsx[:300] + pdf[:3], cores=2) == 2


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX priorities")
def test_examiners_yield_the_cores_to_the_process_that_records(made):
    """An examiner runs at a lower priority than this process (the serial stage, and the
    window's): with one examiner per core, recording still gets a core when it is ready."""
    from kotodesk.documents.examiners import EXAMINER_NICENESS, _Pool

    pool = _Pool(1, (frozenset(), False), None)
    try:
        assert len(list(pool.examine([made["paths"]["kuva"]]))) == 1  # it runs
        child = os.getpriority(os.PRIO_PROCESS, pool._children[0].process.pid)
        here = os.getpriority(os.PRIO_PROCESS, 0)
        assert child == min(here + EXAMINER_NICENESS, 19)
    finally:
        pool.close()


def test_merge_takes_jobs_and_refuses_a_wrong_number(home):
    wrong = subprocess.run([sys.executable, "-m", "kotodesk", "--home", str(home), "merge",
                            "--jobs", "many", "--xlsx", "out.xlsx"],
                           capture_output=True, text=True)
    assert wrong.returncode == 2
    assert "'many' is not a number of processes (0 to 64)" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_verify_checks_a_batch_of_pdf_copies_beside_itself_and_says_what_it_says_alone(
        made, cli, home, tmp_path):
    """`kotodesk verify` of a unit's .pdf copies (worth examiners: children_for) prints
    for each file what verify_file says of it in this process."""
    from kotodesk.documents.verify import verify_file
    from kotodesk.ops.trust import trusted_signers

    files = []
    for i in range(4):
        for kind in ("kasko_pdf", "kasko", "junk"):
            source = made["paths"][kind]
            files.append(tmp_path / f"{i}-{source.name}")
            shutil.copy(source, files[-1])
    assert children_for(files) >= 1
    ws = Workspace.open(home)
    trust.add(ws.store, made["people"]["kasko"].certificate, units=["kasko"], confirmed=True)
    alone = [verify_file(path, trusted_signers(ws)).to_dict() for path in files]
    ws.close()
    done = cli("verify", *files, "--json")
    assert done.code == 1  # the junk files are not valid
    assert json.loads(done.out) == [
        {**r, "file": str(r["file"])} for r in alone]
    assert {r["status"] for r in alone} == {verify.VALID, verify.UNREADABLE}


# Loaded by every Python started with it on the path (sitecustomize): a reader's abort on
# the hostile file, wherever it is read, in the command's own process or in its examiner.
ABORTING_READER = """
import os
from kotodesk.documents import verify

examine = verify.examine
def dying(path, *args, **kwargs):
    if path.name.startswith("tappaja"):
        os.abort()
    return examine(path, *args, **kwargs)
verify.examine = dying
"""


def test_kotodesk_verify_of_one_file_that_kills_its_reader_says_so_and_goes_on(made,
                                                                               tmp_path):
    """`kotodesk verify` on a file alone examines it beside the command: the reader's
    real abort (SIGABRT) is that file's refusal, exit 1, and the file after it is
    verified; examined in the command's own process, the command would die (exit -6).
    So does a unit's `package import` (exit 2, the reason)."""
    import os

    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(ABORTING_READER)
    killer = tmp_path / "tappaja.xlsx"
    shutil.copy(made["paths"]["kuva"], killer)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, KOTODESK_HOME=str(tmp_path / "home"),
               PYTHONPATH=os.pathsep.join([str(hook), str(root)]))
    for files in ([killer], [killer, made["paths"]["kasko"]]):
        done = subprocess.run([sys.executable, "-m", "kotodesk", "verify", "--json",
                               *map(str, files)],
                              capture_output=True, text=True, env=env, cwd=root, timeout=120)
        assert done.returncode == 1, (done.returncode, done.stderr[-600:])
        said = json.loads(done.stdout)
        assert [r["status"] for r in said] == [verify.UNREADABLE,
                                               verify.UNKNOWN_SIGNER][:len(files)]
        assert "stopped the checking process twice" in said[0]["message"]
    # A unit's `package import` of whatever arrived as a package: refused with the reason.
    done = subprocess.run([sys.executable, "-m", "kotodesk", "package", "import", str(killer)],
                          capture_output=True, text=True, env=env, cwd=root, timeout=120)
    assert done.returncode == 2, (done.returncode, done.stderr[-600:])
    assert "stopped the checking process twice" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_merge_isolated_records_the_refusal_of_a_file_that_kills_its_reader(
        made, workspace, tmp_path, monkeypatch):
    """The command line's merge (record_files with `isolate`) on a small batch: the real
    child dies on the hostile file, which is refused and not recorded; the others are."""
    from kotodesk.documents import examiners

    killer = tmp_path / "tappaja.xlsx"
    shutil.copy(made["paths"]["kuva"], killer)
    monkeypatch.setattr(examiners, "own_command", lambda *_: [sys.executable, "-c", KILLER])
    taken = [t for t, _changes in record_files(
        workspace, [killer, made["paths"]["unsigned"]], set(), isolate=True)]
    assert [t.status for t in taken] == [verify.UNREADABLE, verify.UNSIGNED]
    assert taken[0].reason == message("examiner-stopped", status=-6)
    assert [t.accepted for t in taken] == [False, True]


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="a terminal's Ctrl-C as a signal to the process group; /proc")
def test_ctrl_c_on_a_command_with_examiners_says_interrupted_without_tracebacks(made,
                                                                               tmp_path):
    """A terminal's Ctrl-C reaches the whole process group: the examiners too, which
    printed a KeyboardInterrupt traceback each beside the command's 'interrupted'. Now
    they leave the ending to the command, and none is left running."""
    import os
    import signal
    import time

    files = []
    for i in range(40):  # .pdf copies: examined in children, a few seconds of work
        files.append(tmp_path / f"{i:02}-{made['paths']['kasko_pdf'].name}")
        shutil.copy(made["paths"]["kasko_pdf"], files[-1])
    root = Path(__file__).resolve().parents[2]
    command = subprocess.Popen(
        [sys.executable, "-m", "kotodesk", "verify", *map(str, files), "--home",
         str(tmp_path / "home")], cwd=root, env=dict(os.environ, PYTHONPATH=str(root)),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)

    def examiners() -> list[int]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    line = (entry / "cmdline").read_bytes()
                    parent = next(int(row.split()[1]) for row in
                                  (entry / "status").read_text().splitlines()
                                  if row.startswith("PPid:"))
                except (OSError, StopIteration):
                    continue
                if parent == command.pid and b"kotodesk.documents.examiners" in line:
                    found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 60
    while not examiners():  # until the children examine: then the Ctrl-C
        assert command.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.3)  # into the first files
    os.killpg(command.pid, signal.SIGINT)
    said = command.communicate(timeout=60)[1]
    assert command.returncode == 130, said[-800:]  # as a shell says Ctrl-C: 128 + SIGINT
    assert said.strip().endswith("kotodesk: interrupted"), said[-800:]
    assert "Traceback" not in said and "KeyboardInterrupt" not in said, said[-1500:]
    deadline = time.monotonic() + 15
    while examiners():
        assert time.monotonic() < deadline, "an examiner outlived the command"
        time.sleep(0.05)
