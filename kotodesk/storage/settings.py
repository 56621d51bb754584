"""Small persistent settings (the user's unit, name, language, last measure)."""

from __future__ import annotations

from kotodesk.storage.db import Store


def get(store: Store, key: str, default: str = "") -> str:
    row = store.query_one("SELECT value FROM setting WHERE key = ?", (key,))
    return row["value"] if row else default


def put(store: Store, **values: str) -> None:
    with store.write():
        store.conn.executemany(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, v) for k, v in values.items()])
