"""The coordinator's records of a round: files received, conflict choices, merged
statuses set by hand, and reviews of each unit's return."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kotodesk.domain.received import ReceivedFile
from kotodesk.storage.db import Store
from kotodesk.system.clock import now

_FIELDS = ("id", "round_id", "unit_id", "file_name", "file_sha256", "content_sha256", "status",
           "signer", "email", "fingerprint", "signed_at", "file_time", "received_at", "copy_of",
           "accepted_by", "accepted_at")
# A file's row without its payload (the whole return as JSON, read by payload() alone):
# listing a round's files read every return's JSON too, a tenth of a second a batch.
_FILE_ROW = "SELECT " + ", ".join(_FIELDS) + ", appearance_changed FROM received_file"


def _file(row) -> ReceivedFile:
    return ReceivedFile(*(row[k] for k in _FIELDS),
                        appearance_changed=bool(row["appearance_changed"]))


def add_file(store: Store, *, round_id: int, unit_id: str, file_name: str, file_sha256: str,
             content_sha256: str, status: str, signer: str, email: str, fingerprint: str,
             signed_at: str, file_time: str, payload: dict[str, Any],
             copy_of: int | None = None, appearance_changed: bool = False,
             payload_json: bytes | None = None) -> int:
    """Record a received file. `payload_json`: the payload as JSON already (a sealed
    one's signed canonical text, which json.loads reads as `payload`), stored as it is
    (writing a return's payload out again was a twentieth of recording it)."""
    text = payload_json.decode("utf-8") if payload_json is not None else \
        json.dumps(payload, ensure_ascii=False)
    with store.write():
        return store.conn.execute(
            "INSERT INTO received_file (round_id, unit_id, file_name, file_sha256, "
            "content_sha256, status, signer, email, fingerprint, signed_at, file_time, "
            "received_at, copy_of, payload, appearance_changed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (round_id, unit_id, file_name, file_sha256, content_sha256, status, signer, email,
             fingerprint, signed_at, file_time, now(), copy_of,
             text, int(appearance_changed))).lastrowid


def by_sha256(store: Store, sha256: str) -> ReceivedFile | None:
    row = store.query_one(_FILE_ROW + " WHERE file_sha256 = ?", (sha256,))
    return _file(row) if row else None


def by_content(store: Store, round_id: int, unit_id: str, content: str) -> ReceivedFile | None:
    row = store.query_one(_FILE_ROW + " WHERE round_id = ? AND unit_id = ? AND "
                          "content_sha256 = ? AND copy_of IS NULL ORDER BY id LIMIT 1",
                          (round_id, unit_id, content))
    return _file(row) if row else None


def files(store: Store, round_id: int, unit_id: str | None = None) -> list[ReceivedFile]:
    if unit_id is None:
        rows = store.query(_FILE_ROW + " WHERE round_id = ? ORDER BY id",
                           (round_id,))
    else:
        rows = store.query(_FILE_ROW + " WHERE round_id = ? AND unit_id = ? "
                           "ORDER BY id", (round_id, unit_id))
    return [_file(r) for r in rows]


def get_file(store: Store, file_id: int) -> ReceivedFile | None:
    row = store.query_one(_FILE_ROW + " WHERE id = ?", (file_id,))
    return _file(row) if row else None


def signed_by(store: Store, fingerprint: str) -> list[ReceivedFile]:
    """Every received file signed with the certificate of this fingerprint."""
    return [_file(r) for r in store.query(
        _FILE_ROW + " WHERE fingerprint = ? ORDER BY id", (fingerprint,))]


def set_status(store: Store, file_id: int, status: str) -> None:
    with store.write():
        store.conn.execute("UPDATE received_file SET status = ? WHERE id = ?",
                           (status, file_id))


def accept(store: Store, file_id: int, by: str) -> None:
    """The coordinator takes a held file in, knowing what it is."""
    with store.write():
        store.conn.execute("UPDATE received_file SET accepted_by = ?, accepted_at = ? "
                           "WHERE id = ?", (by, now(), file_id))


def unaccept(store: Store, file_id: int) -> None:
    """The coordinator's acceptance no longer holds (received_trust.recheck)."""
    with store.write():
        store.conn.execute("UPDATE received_file SET accepted_by = '', accepted_at = '' "
                           "WHERE id = ?", (file_id,))


def payload(store: Store, file_id: int) -> dict[str, Any]:
    row = store.query_one("SELECT payload FROM received_file WHERE id = ?", (file_id,))
    return json.loads(row["payload"])


def choices(store: Store, round_id: int) -> dict[tuple[str, str], int]:
    rows = store.query("SELECT * FROM conflict_choice WHERE round_id = ?", (round_id,))
    return {(r["measure_ref"], r["unit_id"]): r["file_id"] for r in rows}


def choose(store: Store, round_id: int, ref: str, unit_id: str, file_id: int,
           by: str) -> None:
    with store.write():
        store.db["conflict_choice"].upsert(
            {"round_id": round_id, "measure_ref": ref, "unit_id": unit_id, "file_id": file_id,
             "chosen_by": by, "chosen_at": now()}, pk=("round_id", "measure_ref", "unit_id"))


def unchoose(store: Store, round_id: int, ref: str, unit_id: str) -> None:
    """Forget the coordinator's choice: the conflict is open again when the unit's
    returns still differ on the measure, to be settled anew."""
    with store.write():
        store.conn.execute("DELETE FROM conflict_choice WHERE round_id = ? AND "
                           "measure_ref = ? AND unit_id = ?", (round_id, ref, unit_id))


@dataclass(frozen=True)
class StatusOverride:
    status: str
    note: str
    set_by: str
    set_at: str


def overrides(store: Store, round_id: int) -> dict[str, StatusOverride]:
    rows = store.query("SELECT * FROM merged_status WHERE round_id = ?", (round_id,))
    return {r["measure_ref"]: StatusOverride(r["status"], r["note"], r["set_by"], r["set_at"])
            for r in rows}


def set_override(store: Store, round_id: int, ref: str, status: str | None, note: str,
                 by: str) -> None:
    """The coordinator's merged status for a measure; None returns it to the default."""
    with store.write():
        if status is None:
            store.conn.execute("DELETE FROM merged_status WHERE round_id = ? AND "
                               "measure_ref = ?", (round_id, ref))
            return
        store.db["merged_status"].upsert(
            {"round_id": round_id, "measure_ref": ref, "status": status, "note": note,
             "set_by": by, "set_at": now()}, pk=("round_id", "measure_ref"))


@dataclass(frozen=True)
class Review:
    unit_id: str
    state: str  # accepted or returned
    comment: str
    reviewed_by: str
    reviewed_at: str


def reviews(store: Store, round_id: int) -> dict[str, Review]:
    rows = store.query("SELECT * FROM review WHERE round_id = ?", (round_id,))
    return {r["unit_id"]: Review(r["unit_id"], r["state"], r["comment"], r["reviewed_by"],
                                 r["reviewed_at"]) for r in rows}


def set_review(store: Store, round_id: int, unit_id: str, state: str, comment: str,
               by: str) -> None:
    with store.write():
        store.db["review"].upsert(
            {"round_id": round_id, "unit_id": unit_id, "state": state, "comment": comment,
             "reviewed_by": by, "reviewed_at": now()}, pk=("round_id", "unit_id"))
