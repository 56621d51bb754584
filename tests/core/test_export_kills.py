"""Killed at any moment, an export leaves each file either as it was or complete, and
both files there.

A forked child writes the signed .xlsx and .pdf over and over; the test kills it with
SIGKILL at a random moment, a hundred times, and after each kill verifies whatever files
are there. The child's disk is made slow (each flush to disk waits 60 ms, as on a network
drive), so that many kills land while a file is on its way to disk. The next export
removes the temporary files the killed writers left.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from kotodesk.documents import verify
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from tests.support import make_identity

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() (POSIX)")

KILLS = 100


@pytest.mark.slow
def test_a_hundred_kills_during_export_leave_no_partial_file(workspace, tmp_path):
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    for ref in ("2/3.1", "2/3.2", "2/3.3", "2/3.4"):
        apply_edits(workspace.store, catalogue, round_, "kanslia-henkilosto", ref,
                    {"status": "yellow", "narrative": "Kesken. " * 20}, "Testi")
    identity = make_identity()
    prepared = returns.prepare(workspace, round_, workspace.unit("kanslia-henkilosto"),
                               identity)
    out = tmp_path / "out"
    trusted = {identity.info.fingerprint}
    returns.write_files(prepared, identity, out)  # warm: imports done before forking
    rng = random.Random(20261125)
    mid_write = 0
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # the child: export until killed, touching no database
            from kotodesk.system import atomic

            fsync = atomic._fsync_file
            atomic._fsync_file = lambda path, fsync=fsync: (time.sleep(0.06), fsync(path))
            try:
                while True:
                    returns.write_files(prepared, identity, out)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.0, 0.45))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        leftovers = list(out.glob(".*.part"))
        mid_write += bool(leftovers)
        targets = [p for p in out.iterdir() if not p.name.startswith(".")]
        # both files there after every kill (an earlier pair is kept aside by a second
        # name, not moved away, while the new pair replaces it)
        assert sorted(p.suffix for p in targets) == [".pdf", ".xlsx"], targets
        for target in targets:
            result = verify.verify_file(target, trusted)
            assert result.status == verify.VALID, f"{target.name}: {result.message}"
    print(f"{mid_write} of {KILLS} kills landed while a file was on its way to disk")
    assert mid_write >= 5, f"only {mid_write} kills landed while a file was being written"
    returns.write_files(prepared, identity, out)
    assert not list(out.glob(".*.part")), "temporary files of killed writers were left"
    assert sorted(p.suffix for p in out.iterdir()) == [".pdf", ".xlsx"]
