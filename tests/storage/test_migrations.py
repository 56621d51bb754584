"""Every released schema version upgrades to the current one without losing a row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kotodesk.storage import migrations
from kotodesk.storage.db import DATABASE_NAME, open_store

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-*.sqlite3"))


def rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != '_sqlite_migrations'")]
    data = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in tables}
    conn.close()
    return data


def test_there_is_a_fixture_for_every_released_schema_version():
    """Versions are released (and their fixture frozen) when the lead merges a branch; a
    branch's own migrations come after the newest fixture until then."""
    versions = [n.split("_")[0] for n in migrations.names()]
    frozen = [p.stem.removeprefix("schema-") for p in FIXTURES]
    assert frozen == versions[:len(frozen)]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_frozen_database_upgrades_without_loss(fixture, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(fixture, home / DATABASE_NAME)
    before = rows(home / DATABASE_NAME)
    with open_store(home) as store:
        assert migrations.pending(store) == []
        assert store.query_one("PRAGMA integrity_check")[0] == "ok"
    after = rows(home / DATABASE_NAME)
    for table, old_rows in before.items():
        assert table in after, f"table {table} disappeared"
        new_rows = after[table]
        for old in old_rows:
            assert any(all(new.get(k) == v for k, v in old.items()) for new in new_rows), \
                f"{table}: row lost or changed: {old}"
    assert before["entry"] and before["measure"]
