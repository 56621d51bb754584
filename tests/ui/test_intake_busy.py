"""A file the coordinator drops while another program holds the database: not taken in,
and its row says both what the file is and why it was not taken in."""

from __future__ import annotations

import sqlite3

from kotodesk.documents import verify
from kotodesk.signing.trust_list import trust_list
from kotodesk.storage import inbox


def test_a_trusted_return_refused_on_a_busy_database_shows_its_judged_verdict(
        qtbot, coordinator, batch, workspace):
    session = coordinator.inbox.session
    path = batch["paths"]["kasko"]
    examined = verify.examine(path, keep_bytes=True)  # as the window's worker does
    assert examined.status == verify.UNKNOWN_SIGNER and not examined.judged
    trusted = trust_list(workspace)
    workspace.store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(workspace.store.path, isolation_level=None, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")  # another kotodesk, a backup tool, a sync client
    try:
        taken = session.record(examined, trusted, session.round)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not taken.accepted
    assert "another kotodesk is writing to this database" in taken.reason, taken.reason
    # The signer is on the trust list: the row must not call it an unknown signer.
    assert taken.status == verify.VALID, (taken.status, taken.reason)
    assert taken.verification.judged
    assert inbox.by_sha256(workspace.store, examined.sha256) is None  # nothing half-written
    # Dropped again once the other program is done, it is taken in.
    again = session.record(verify.examine(path, keep_bytes=True), trusted,
                           session.round)
    assert again.accepted and again.status == verify.VALID, again.reason
