"""Schema migrations, in order, each applied in its own write transaction (a new database:
all of them in one, `_create`).

A released migration is never edited: a schema change is a new function at the end.
`tests/fixtures/` keeps a database frozen at every released schema version, and a test
upgrades each one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from kotodesk.domain.errors import DatabaseError
from kotodesk.storage.db import Store

SET_NAME = "kotodesk"
# sqlite-utils' record of what is applied, as its Migrations.ensure_migrations_table makes
# it (the same text, so that an upgrade through sqlite-utils later finds it as its own).
TABLE = "_sqlite_migrations"
_TABLE_SQL = ('CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n'
              '   "migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)')
_INDEX_SQL = ('CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
              '    ON "_sqlite_migrations" ("migration_set", "name")')
_STEPS: list[tuple[str, str | Callable[[Store], None]]] = []


def step(name: str, sql: str | Callable[[Store], None] | None) -> None:
    """A migration: SQL, or a function of the store for one that corrects data, or None
    for a correction made with feature code, which the caller of `upgrade` hands in
    (kotodesk/datafolder/database.py): storage imports no feature module."""
    _STEPS.append((name, sql))


def _not_given(store: Store) -> None:
    raise DatabaseError(f"{store.path}: a correction of the upgrade was not given")


def names() -> list[str]:
    return [name for name, _ in _STEPS]


def applied(store: Store) -> list[str]:
    if not store.table_exists(TABLE):
        return []
    rows = store.query(f"SELECT name FROM {TABLE} WHERE migration_set = ? "
                       "ORDER BY id", (SET_NAME,))
    return [r["name"] for r in rows]


def pending(store: Store) -> list[str]:
    done = applied(store)
    unknown = [n for n in done if n not in names()]
    if unknown:
        from kotodesk.domain.messages import message

        raise DatabaseError(message("database-newer", path=str(store.path),
                                    schema=unknown[-1]))
    return [n for n in names() if n not in done]


def upgrade(store: Store, *, until: str | None = None,
            corrections: Mapping[str, Callable[[Store], None]] | None = None) -> list[str]:
    """Apply pending migrations (up to and including `until`); returns their names.
    `corrections` holds the functions of the steps declared without one (by name).

    Reading what is applied needs only sqlite3, so an up-to-date database opens without
    loading sqlite-utils.
    """
    todo = pending(store)
    if until is not None:
        todo = todo[: todo.index(until) + 1] if until in todo else []
    if not todo:
        return []
    corrections = corrections or {}
    missing = [n for n, sql in _STEPS if sql is None and n in todo and n not in corrections]
    if missing:
        raise DatabaseError(f"{store.path}: the upgrade needs the correction {missing[0]}")
    if not store.table_exists(TABLE):
        if _create(store, todo, corrections):
            return todo
        return upgrade(store, until=until, corrections=corrections)  # made meanwhile
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SET_NAME)
    for name, sql in _STEPS:
        if sql is None:  # a correction already applied, or not to be applied now
            sql = corrections.get(name, _not_given)
        if callable(sql):
            migrations(name=name)(lambda db, fn=sql: fn(store))
        else:
            migrations(name=name)(lambda db, sql=sql: db.executescript(sql))
    everything = names()
    for name in todo:
        later = everything[everything.index(name) + 1 :]
        with store.write():
            if name in applied(store):  # by another kotodesk opening the folder at once
                continue
            migrations.apply(store.db, stop_before=later or None)
    return todo


def _create(store: Store, todo: list[str],
            corrections: Mapping[str, Callable[[Store], None]]) -> bool:
    """A new database: every step in one transaction, recorded as sqlite-utils records
    them, with sqlite3 alone. Loading sqlite-utils (click, pluggy, dateutil: about 50 ms)
    and committing each step on its own made most of a first start's wait (issue 16);
    a database being made has nothing that a step's own transaction would protect.

    False, with nothing done, when another kotodesk started on the same new folder at the
    same moment and made it while this one waited for the write lock."""
    from datetime import UTC, datetime

    steps = dict(_STEPS)
    with store.write() as conn:
        if store.table_exists(TABLE):
            return False
        conn.execute(_TABLE_SQL)
        conn.execute(_INDEX_SQL)
        for name in todo:
            sql = steps[name]
            if sql is None:
                corrections[name](store)
            elif callable(sql):
                sql(store)
            else:
                for statement in _statements(sql):
                    conn.execute(statement)
            conn.execute(f"INSERT INTO {TABLE} (migration_set, name, applied_at) "
                         "VALUES (?, ?, ?)", (SET_NAME, name, str(datetime.now(UTC))))
    return True


def _statements(script: str) -> Iterator[str]:
    """The statements of a script, each whole (a trigger's body keeps its semicolons):
    sqlite3's executescript would commit the transaction they run in."""
    import sqlite3

    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \n\t;"):
        raise DatabaseError(f"an incomplete statement in a migration: {pending.strip()[:60]}")


step("0001_catalogue_rounds_entries", """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE unit (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    abbreviation TEXT NOT NULL DEFAULT '',
    parent TEXT REFERENCES unit(id),
    kind TEXT NOT NULL DEFAULT 'unit',
    email TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL
);
CREATE TABLE register_phrase (
    phrase TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('group', 'ignore')),
    units TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE programme (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    scale TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE catalogue_version (
    id INTEGER PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    version INTEGER NOT NULL,
    hash TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    UNIQUE (programme_id, version)
);
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES catalogue_version(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, position)
);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    theme_id INTEGER NOT NULL REFERENCES theme(id),
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (theme_id, number)
);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES catalogue_version(id),
    theme_id INTEGER NOT NULL REFERENCES theme(id),
    position INTEGER NOT NULL,
    ref TEXT NOT NULL,
    number TEXT NOT NULL,
    goal_number TEXT,
    text TEXT NOT NULL,
    monitoring TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    kind TEXT NOT NULL DEFAULT 'measure',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, ref)
);
CREATE TABLE indicator (
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    wording TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (measure_id, position)
);
CREATE TABLE measure_unit (
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    unit_id TEXT NOT NULL REFERENCES unit(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
    position INTEGER NOT NULL,
    PRIMARY KEY (measure_id, unit_id)
);
CREATE INDEX measure_unit_by_unit ON measure_unit (unit_id);
CREATE TABLE programme_indicator (
    version_id INTEGER NOT NULL REFERENCES catalogue_version(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    unit_id TEXT REFERENCES unit(id),
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, position)
);
CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programme(id),
    version_id INTEGER NOT NULL REFERENCES catalogue_version(id),
    period TEXT NOT NULL,
    next_period TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    previous_round_id INTEGER REFERENCES round(id),
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (programme_id, period)
);
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    measure_ref TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES unit(id),
    status TEXT,
    narrative TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    indicator_report TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (round_id, measure_ref, unit_id)
);
CREATE TABLE entry_value (
    entry_id INTEGER NOT NULL REFERENCES entry(id),
    indicator TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (entry_id, indicator)
);
CREATE TABLE entry_history (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entry(id),
    field TEXT NOT NULL,
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX entry_history_by_entry ON entry_history (entry_id);
""")

step("0002_trusted_signers", """
CREATE TABLE trusted_signer (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    certificate TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('imported', 'accepted', 'own')),
    added_at TEXT NOT NULL
);
""")

step("0003_returns_inbox", """
CREATE TABLE received_file (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    unit_id TEXT NOT NULL REFERENCES unit(id),
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE,
    content_sha256 TEXT NOT NULL,
    status TEXT NOT NULL,
    signer TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL DEFAULT '',
    file_time TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    copy_of INTEGER REFERENCES received_file(id),
    payload TEXT NOT NULL
);
CREATE INDEX received_file_by_round ON received_file (round_id, unit_id);
CREATE TABLE conflict_choice (
    round_id INTEGER NOT NULL REFERENCES round(id),
    measure_ref TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES unit(id),
    file_id INTEGER NOT NULL REFERENCES received_file(id),
    chosen_by TEXT NOT NULL,
    chosen_at TEXT NOT NULL,
    PRIMARY KEY (round_id, measure_ref, unit_id)
);
CREATE TABLE merged_status (
    round_id INTEGER NOT NULL REFERENCES round(id),
    measure_ref TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (round_id, measure_ref)
);
CREATE TABLE review (
    round_id INTEGER NOT NULL REFERENCES round(id),
    unit_id TEXT NOT NULL REFERENCES unit(id),
    state TEXT NOT NULL CHECK (state IN ('accepted', 'returned')),
    comment TEXT NOT NULL DEFAULT '',
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (round_id, unit_id)
);
ALTER TABLE entry ADD COLUMN source_file_id INTEGER REFERENCES received_file(id);
""")

step("0004_report_texts", """
ALTER TABLE round ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE programme_indicator ADD COLUMN section TEXT NOT NULL DEFAULT '';
CREATE TABLE measure_text (
    round_id INTEGER NOT NULL REFERENCES round(id),
    measure_ref TEXT NOT NULL,
    status TEXT,
    narrative TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    indicator_report TEXT NOT NULL DEFAULT '',
    indicator_values TEXT NOT NULL DEFAULT '{}',
    author TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, measure_ref)
);
""")


step("0005_signer_roles_units", """
ALTER TABLE trusted_signer ADD COLUMN role TEXT NOT NULL DEFAULT 'unit'
    CHECK (role IN ('unit', 'coordinator'));
ALTER TABLE trusted_signer ADD COLUMN units TEXT;
ALTER TABLE trusted_signer ADD COLUMN confirmed_at TEXT;
UPDATE trusted_signer SET role = 'coordinator', confirmed_at = added_at WHERE how = 'own';
""")
# `units` is a JSON list of register unit ids the signer may speak for; NULL means "as
# the certificate's organisational unit says" (a proposal). A signer trusted before roles
# existed keeps trusting and gets role 'unit' with units proposed from the certificate,
# unconfirmed (`confirmed_at` NULL) until the coordinator confirms; a data folder's own
# key becomes a confirmed coordinator, so its own packages and reports stay valid.

step("0006_round_opened_held_files", """
ALTER TABLE round ADD COLUMN opened_at TEXT;
ALTER TABLE received_file ADD COLUMN accepted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE received_file ADD COLUMN accepted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE received_file ADD COLUMN appearance_changed INTEGER NOT NULL DEFAULT 0;
""")
# `opened_at`: when the coordinator opened the round (NULL for rounds made before it was
# recorded, and for the embedded ones: their monitoring period's first day bounds the
# signing time instead). `accepted_*`: a held file (unknown signer, unsigned) that the
# coordinator took in explicitly. `appearance_changed`: a file whose look changed after
# signing, its sealed values taken in knowingly; its status says whether its signer counts.


# Data folders made before 0004 hold the embedded reports as first curated: statuses the
# reports do not state, every report text filed under a measure's first unit. Those still
# untouched are read again from today's files (kotodesk/catalogue/embedded_upgrade.py,
# handed in by kotodesk/datafolder/database.py). It comes after every schema change of its
# release because it reads and writes with today's storage code.
EMBEDDED_REPORTS = "0007_embedded_reports_as_they_read"
step(EMBEDDED_REPORTS, None)


step("0008_pki_anchors_revocation_ca", """
CREATE TABLE trust_anchor (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    certificate TEXT NOT NULL,
    how TEXT NOT NULL DEFAULT 'imported',
    added_at TEXT NOT NULL
);
CREATE TABLE revocation_list (
    issuer TEXT PRIMARY KEY,
    issuer_name TEXT NOT NULL,
    number INTEGER NOT NULL,
    this_update TEXT NOT NULL,
    next_update TEXT NOT NULL DEFAULT '',
    der BLOB NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE revoked_certificate (
    issuer TEXT NOT NULL,
    serial TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (issuer, serial)
);
CREATE TABLE ca_issued (
    serial TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    unit_ids TEXT NOT NULL DEFAULT '[]',
    certificate TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    not_after TEXT NOT NULL,
    revoked_at TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
""")
# kotodesk.signing.pki: `trust_anchor` holds the certificate authorities trusted once (the
# programme CA, an organisation's chain); a certificate that chains to one counts for the
# units it states. `revocation_list` keeps the newest CRL of each issuer (keyed by the
# issuer name's DER in hex) and `revoked_certificate` what it revokes. `ca_issued` is the
# programme CA's register of the certificates it issued, for `ca list` and `ca revoke`.

step("0009_entry_by_unit", """
CREATE INDEX entry_by_unit ON entry (round_id, unit_id, measure_ref);
""")
# Issue 16: taking in a return reads its unit's entries (merge_unit, entries_of_round);
# the unique index (round_id, measure_ref, unit_id) serves only round_id there, so each
# read went through the whole round's entries and the thousandth file took longer than
# the first. measure_ref is in the index so that SQLite's planner, which has no
# statistics, prefers it to the unique one (both then cover the lookup of ids).


def _no_assumed_deadline(store: Store) -> None:
    store.conn.execute(
        "UPDATE round SET deadline = NULL WHERE programme_id = 'kotoutuminen-2022-2025' "
        "AND period = '6–12/2023' AND deadline = '2024-01-31' AND opened_at IS NULL")


step("0010_no_assumed_deadline", _no_assumed_deadline)
# The embedded 2022–2025 programme's open round (6–12/2023) was shipped with the deadline
# 31.1.2024, which is not in the city's documents (kotodesk's assumption, a month after
# the period), and the window's header, every return, the reminders and the summary showed
# it as the round's. It is removed where it is still as first start wrote it: that round,
# that date, and no coordinator having opened it (opened_at).
