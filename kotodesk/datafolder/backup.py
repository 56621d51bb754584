"""Backups of the data folder's database, the rolling ones kept beside it, and restore.

- A backup is a consistent copy made with SQLite's backup API from the open connection,
  so it can be taken while kotodesk (or another process) is writing; it is written to a
  temporary file, checked, switched out of WAL into a single self-contained file and
  renamed into place (a half-written backup never exists under the final name).
- The data folder keeps rolling backups in `backups/`: one a day on start (the last
  DAILY_KEEP days), one before every schema migration (all kept: they are the way back
  from an upgrade), one before every restore (the last RESTORE_KEEP). A damaged database
  that a restore sets aside (it cannot be copied) stays in the data folder beside the
  new one; the last DAMAGED_KEEP are kept.
- A restore first checks that the file is a kotodesk database this version can read and
  shows what it holds; then it saves the current database to `backups/` and copies the
  backup into the live database with the backup API, in one transaction. An older
  schema is upgraded when the data folder is next opened (which backs it up again first).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from kotodesk.datafolder.damage import DAMAGE_MARK, check_pages
from kotodesk.datafolder.staging import RESTORE_STAGING
from kotodesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    InputError,
    WriteError,
    is_damage,
)
from kotodesk.domain.messages import message
from kotodesk.storage.db import DATABASE_NAME, Store
from kotodesk.system.atomic import atomic_path

FOLDER = "backups"
DAILY_KEEP = 7
RESTORE_KEEP = 5
DAMAGED_KEEP = 3  # damaged databases set aside in the data folder by a restore
CLOCK_SLACK = timedelta(minutes=5)  # clocks of one machine disagree by less
WRITTEN_APART = timedelta(days=1)
SQLITE_MAGIC = b"SQLite format 3\x00"
KINDS = ("daily", "before-migration", "before-restore")
_NAME = re.compile(r"^kotodesk-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>"
                   + "|".join(KINDS) + r")(?:-(?P<detail>[\w.-]+))?\.sqlite3$")


# -- making backups --------------------------------------------------------------------------


def backup_database(store: Store, target: Path, *, private: bool = False) -> Path:
    """Copy the open database to `target` (replacing it), consistent and atomic. A backup
    the person asked for gets the permissions of their umask (it may go to a shared
    drive); the rolling ones in the data folder stay `private` like the database."""
    target = Path(target)
    with atomic_path(target, private=private) as temp:
        copy = sqlite3.connect(temp)
        try:
            store.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.OperationalError as exc:  # the disk is full or went read-only
            raise WriteError(target, _write_problem(exc)) from None
        except sqlite3.DatabaseError as exc:  # a page of the database cannot be read
            if is_damage(exc):
                raise DamagedDatabaseError(store.path, str(exc)) from None
            raise
        finally:
            copy.close()
        if result != "ok":  # the copy is as good as what it copied
            raise DamagedDatabaseError(store.path, result)
    return target


def _write_problem(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "full" in text:
        return WriteError.REASONS["ENOSPC"]
    if "readonly" in text or "read-only" in text:
        return WriteError.REASONS["EROFS"]
    return str(exc)


def database_file(home: Path) -> Path:
    """The data folder's database (SQLite's -wal, -shm and -journal beside it)."""
    return home / DATABASE_NAME


def folder(home: Path) -> Path:
    return home / FOLDER


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    created: datetime
    detail: str
    size: int
    written: datetime | None = None  # the file's modification time

    def to_dict(self) -> dict:
        return {"file": str(self.path), "kind": self.kind,
                "created": self.created.isoformat(sep=" "), "detail": self.detail,
                "size": self.size, "odd": str(oddity(self))}


def list_backups(home: Path) -> list[BackupFile]:
    """The rolling backups in the data folder, newest first; one whose name dates it after
    now last (as prune counts it): its time is not to be believed."""
    found = []
    if folder(home).is_dir():
        for path in folder(home).iterdir():
            match = _NAME.match(path.name)
            if match and path.is_file():
                created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                stat = path.stat()
                found.append(BackupFile(path, match["kind"], created, match["detail"] or "",
                                        stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    now = datetime.now() + CLOCK_SLACK
    return sorted(found, key=lambda b: (b.created <= now, b.created, b.path.name),
                  reverse=True)


def oddity(found: BackupFile, summary: BackupSummary | None = None,
           now: datetime | None = None) -> str:
    """What is odd about a rolling backup's times, "" when nothing: made after now by its
    name, a change in it dated after now, or a file written a day or more apart from the
    time its name gives (a backup is written the moment it is named)."""
    now = now or datetime.now()
    made = found.created.isoformat(sep=" ")
    if found.created > now + CLOCK_SLACK:
        return message("backup-made-in-future", made=made)
    if summary is not None and summary.last_change:
        with contextlib.suppress(ValueError):
            changed = datetime.fromisoformat(summary.last_change)
            local = changed.astimezone().replace(tzinfo=None) if changed.tzinfo else changed
            if local > now + CLOCK_SLACK:
                return message("backup-changed-in-future", changed=summary.last_change)
    if found.written is not None and abs(found.written - found.created) > WRITTEN_APART:
        return message("backup-written-apart", made=made,
                       written=found.written.isoformat(sep=" ", timespec="seconds"))
    return ""


def newest_readable(home: Path) -> tuple[BackupFile, BackupSummary] | None:
    """The newest rolling backup that passes inspect (a kotodesk database, undamaged, a
    schema this version reads), with what it holds: what a damaged data folder is offered
    back. One whose times are odd (oddity) only when no other can be read: a backup dated
    ahead of now is not the newest, and the clock or a hand that dated it is not trusted
    to say so. None when there is none."""
    odd = None
    for found in list_backups(home):
        try:
            summary = inspect(found.path)
        except (InputError, OSError):
            continue
        if not oddity(found, summary):
            return found, summary
        odd = odd or (found, summary)
    return odd


def rolling_backup(store: Store, home: Path, kind: str, detail: str = "") -> Path:
    """A backup into the data folder's backups/, then the old ones pruned."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = "-" + re.sub(r"[^\w.-]+", "_", detail) if detail else ""
    target = folder(home) / f"kotodesk-{stamp}-{kind}{suffix}.sqlite3"
    n = 1
    while target.exists():  # two backups in one second (tests, a quick restore)
        n += 1
        target = folder(home) / f"kotodesk-{stamp}-{n}-{kind}{suffix}.sqlite3"
    _remove_killed(home)
    backup_database(store, target, private=True)
    prune(home)
    return target


def _remove_killed(home: Path) -> None:
    """The temporary copies of rolling backups whose process was killed while it wrote
    them, each as large as the database: atomic_path removes those of the file it writes,
    but a rolling backup is never written under the same name again."""
    from kotodesk.system.atomic import TEMP_ENDINGS, remove_orphans

    with contextlib.suppress(OSError):
        for path in folder(home).iterdir():
            name = path.name
            if name.startswith(".kotodesk-") and name.endswith(TEMP_ENDINGS) and \
                    ".sqlite3." in name:
                remove_orphans(path.with_name(name[1:name.index(".sqlite3.") + 8]))


def prune(home: Path) -> list[Path]:
    """Remove daily backups beyond the newest DAILY_KEEP and before-restore ones beyond
    RESTORE_KEEP; backups before migrations are kept. A backup dated after now was named
    by a clock that ran ahead: it counts as the oldest, else a week of them would push out
    every backup made once the clock is right, the moment it was made."""
    removed = []
    for kind, keep in (("daily", DAILY_KEEP), ("before-restore", RESTORE_KEEP)):
        found = [b for b in list_backups(home) if b.kind == kind]  # in list_backups' order
        for old in found[keep:]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def has_data(store: Store) -> bool:
    return store.table_exists("programme") and \
        store.query_one("SELECT 1 FROM programme LIMIT 1") is not None


def daily_backup(store: Store, home: Path, today: date | None = None) -> Path | None:
    """The day's backup, unless one was made today or the database holds nothing yet."""
    today = today or date.today()
    if not has_data(store):
        return None
    if any(b.kind == "daily" and b.created.date() == today for b in list_backups(home)):
        return None
    return rolling_backup(store, home, "daily")


def before_migration(store: Store, home: Path, pending: list[str]) -> Path:
    """Called by open_store when an existing database is about to be upgraded."""
    return rolling_backup(store, home, "before-migration", pending[0] if pending else "")


# -- what a backup holds ---------------------------------------------------------------------


@dataclass
class RoundSummary:
    programme: str
    period: str
    state: str
    entries: int
    units: int


@dataclass
class BackupSummary:
    file: str
    size: int
    schema: str  # the last migration applied in it
    programmes: list[dict[str, str]] = field(default_factory=list)
    rounds: list[RoundSummary] = field(default_factory=list)
    entries: int = 0
    changes: int = 0  # rows of entry history
    last_change: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    def lines(self) -> list[str]:
        out = [f"Backup {self.file} ({self.size / 1024:.0f} KiB, schema {self.schema})",
               f"Last change: {self.last_change or 'none'}",
               f"Programmes: {len(self.programmes)}, rounds: {len(self.rounds)}, "
               f"entries: {self.entries}, history steps: {self.changes}"]
        names = {p["id"]: p["name"] for p in self.programmes}
        for r in self.rounds:
            out.append(f"  {names.get(r.programme, r.programme)} · {r.period} ({r.state}): "
                       f"{r.entries} entries from {r.units} units")
        return out


def inspect(source: Path) -> BackupSummary:
    """What the backup file holds; InputError when it is not a kotodesk database that
    this version of kotodesk can read."""
    with tempfile.TemporaryDirectory(prefix="kotodesk-inspect-") as temp:
        conn = _open_copy(Path(source), Path(temp))
        try:
            return _summarise(conn, Path(source))
        finally:
            conn.close()


def _open_copy(source: Path, folder_: Path) -> sqlite3.Connection:
    """Open a copy of `source` (never the user's file itself: opening would write)."""
    if not source.is_file():
        raise InputError(message("no-such-file"), path=source)
    with open(source, "rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise InputError(message("backup-not-sqlite"), path=source)
    copy = folder_ / DATABASE_NAME
    shutil.copyfile(source, copy)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():  # a database copied while kotodesk was running
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        conn.row_factory = sqlite3.Row
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise InputError(message("backup-unusable", detail=str(exc)), path=source) from None
    except UnicodeDecodeError as exc:  # SQLite's own report quotes a damaged text
        conn.close()
        raise InputError(message("backup-damaged", detail=str(exc)), path=source) from None
    if result != "ok":
        conn.close()
        raise InputError(message("backup-damaged", detail=result), path=source)
    return conn


def _summarise(conn: sqlite3.Connection, source: Path) -> BackupSummary:
    """What the backup holds, once its schema is the one kotodesk made at its level."""
    try:
        applied = _applied(conn, source)
        problem = _schema_problem(conn, applied)
        if problem:
            raise InputError(message("backup-schema-differs", what=problem), path=source)
        problem = _unreadable_text(conn)
        if problem:
            raise InputError(message("backup-damaged", detail=problem), path=source)
        return _summary(conn, source, applied)
    except sqlite3.Error as exc:  # a table of another making: its columns are not ours
        raise InputError(message("backup-unusable", detail=str(exc)), path=source) from None


def _applied(conn: sqlite3.Connection, source: Path) -> list[str]:
    from kotodesk.storage import migrations

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    applied = []
    if "_sqlite_migrations" in tables:
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (migrations.SET_NAME,))]
    if not applied or not {"programme", "round", "entry"} <= tables:
        raise InputError(message("backup-not-kotodesk"), path=source)
    newer = [n for n in applied if n not in migrations.names()]
    if newer:
        raise InputError(message("backup-newer", schema=newer[-1]), path=source)
    return applied


def _schema(conn: sqlite3.Connection) -> dict[str, tuple]:
    """Every table with its columns, and every index, view and trigger with its SQL (the
    objects SQLite makes for itself left out)."""
    found: dict[str, tuple] = {}
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        if kind == "table":
            columns = tuple((c[1], c[2].upper(), c[3], c[4], c[5]) for c in conn.execute(
                "SELECT * FROM pragma_table_info(?)", (name,)))
            found[f"table {name}"] = columns
        else:
            found[f"{kind} {name}"] = (table, " ".join((sql or "").split()))
    return found


_REFERENCE: dict[str, dict[str, tuple]] = {}


def _reference(last: str) -> dict[str, tuple]:
    """The schema this kotodesk makes up to the migration `last` (each made once)."""
    from kotodesk.storage import migrations

    if last not in _REFERENCE:
        corrections = {n: (lambda _store: None) for n in migrations.names()}
        with tempfile.TemporaryDirectory(prefix="kotodesk-schema-") as temp, \
                Store(Path(temp) / DATABASE_NAME) as made:
            migrations.upgrade(made, until=last, corrections=corrections)
            _REFERENCE[last] = _schema(made.conn)
    return _REFERENCE[last]


def _schema_problem(conn: sqlite3.Connection, applied: list[str]) -> str:
    """"" when the backup's tables, indexes, views and triggers are the ones kotodesk
    made at the backup's migration (tables of its own beside them aside), else what
    differs. A trigger or view of another making would act on every later edit once
    restored (a trigger that empties a table on each save), an index of another making
    could refuse kotodesk's own writes, and a table short of a column fails on its first
    use."""
    from kotodesk.storage import migrations

    if applied != migrations.names()[:len(applied)]:
        return "the migrations applied: " + ", ".join(applied)
    found, made = _schema(conn), _reference(applied[-1])
    # A table of its own added beside kotodesk's is never read, and changes nothing.
    extra = {k for k in found.keys() - made.keys() if k.startswith("table ")}
    differ = sorted(k for k in (found.keys() - extra) | made.keys()
                    if found.get(k) != made.get(k))
    return ", ".join(differ[:5]) + (" …" if len(differ) > 5 else "")


# The columns kotodesk keeps as JSON (storage/), each read with json.loads.
JSON_COLUMNS = (("unit", "aliases"), ("register_phrase", "units"), ("programme", "scale"),
                ("measure", "tags"), ("received_file", "payload"),
                ("measure_text", "indicator_values"), ("trusted_signer", "units"),
                ("ca_issued", "unit_ids"))


def _unreadable_text(conn: sqlite3.Connection) -> str:
    """"" when every row reads, else the table whose text does not: a page's bytes
    changed inside a text (the pages' structure intact, so SQLite's check passes) would
    stop kotodesk on the first screen that shows it, and so would a JSON column that no
    longer parses."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        try:
            for _row in conn.execute(f'SELECT * FROM "{table}"'):
                pass
        except sqlite3.OperationalError as exc:
            return f"{table}: {exc}"[:200]
    for table, column in JSON_COLUMNS:
        if table in tables and any(c[1] == column for c in conn.execute(
                "SELECT * FROM pragma_table_info(?)", (table,))):
            bad = conn.execute(f'SELECT rowid FROM "{table}" WHERE "{column}" IS NOT NULL '
                               f'AND NOT json_valid("{column}") LIMIT 1').fetchone()
            if bad is not None:
                return f"{table}.{column}, row {bad[0]}: not JSON"
    return ""


def _summary(conn: sqlite3.Connection, source: Path, applied: list[str]) -> BackupSummary:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    summary = BackupSummary(file=str(source), size=source.stat().st_size, schema=applied[-1])
    summary.programmes = [{"id": r["id"], "name": r["name"]} for r in conn.execute(
        "SELECT id, name FROM programme ORDER BY created_at, id")]
    # A report's texts for whole measures (schema 0004 on) count as the round's entries.
    texts = "measure_text" in tables
    per_round = "(SELECT COUNT(*) FROM measure_text t WHERE t.round_id = r.id)" if texts \
        else "0"
    summary.rounds = [RoundSummary(r["programme_id"], r["period"], r["state"], r["entries"],
                                   r["units"]) for r in conn.execute(
        f"SELECT r.programme_id, r.period, r.state, COUNT(e.id) + {per_round} AS entries, "
        "COUNT(DISTINCT e.unit_id) AS units FROM round r LEFT JOIN entry e "
        "ON e.round_id = r.id GROUP BY r.id ORDER BY r.programme_id, r.id")]
    summary.entries = conn.execute("SELECT COUNT(*) FROM entry").fetchone()[0] + (
        conn.execute("SELECT COUNT(*) FROM measure_text").fetchone()[0] if texts else 0)
    summary.changes = conn.execute("SELECT COUNT(*) FROM entry_history").fetchone()[0]
    summary.last_change = conn.execute(
        "SELECT MAX(at) FROM (SELECT MAX(updated_at) AS at FROM entry "
        "UNION ALL SELECT MAX(at) FROM entry_history "
        "UNION ALL SELECT MAX(imported_at) FROM catalogue_version "
        "UNION ALL SELECT MAX(created_at) FROM round)").fetchone()[0] or ""
    return summary


# -- restoring -------------------------------------------------------------------------------

@dataclass
class RestoreResult:
    summary: BackupSummary
    safety_backup: Path | None  # the database as it was before, in backups/
    set_aside: Path | None = None  # a damaged database, moved aside whole (not copied)

    def to_dict(self) -> dict:
        return {"backup": self.summary.to_dict(),
                "safety_backup": str(self.safety_backup) if self.safety_backup else None,
                "damaged_set_aside": str(self.set_aside) if self.set_aside else None}


def restore(home: Path, source: Path) -> RestoreResult:
    """Replace the data folder's database with the backup `source`.

    The caller holds the data folder (the window's lock, or folder_lock.hold) and has
    closed its own connections; reopen the Workspace afterwards. The copy into the live
    database is one SQLite transaction: a crash leaves the old or the restored database.
    A damaged database is set aside instead of copied (_replace_damaged), and the mark
    of damage found while working (damage.DAMAGE_MARK) goes once the restore is done.
    """
    done = _restore(home, source)
    with contextlib.suppress(OSError):
        (home / DAMAGE_MARK).unlink()
    return done


def _restore(home: Path, source: Path) -> RestoreResult:
    source = Path(source).resolve()
    home.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"{RESTORE_STAGING}{os.getpid()}-", dir=home) as temp:
        staged = _open_copy(source, Path(temp))
        try:
            summary = _summarise(staged, source)
            if damaged(home / DATABASE_NAME):
                return RestoreResult(summary, None, _replace_damaged(home, staged, Path(temp)))
            with Store(home / DATABASE_NAME) as live:
                safety = None
                if live.table_exists("_sqlite_migrations"):
                    safety = rolling_backup(live, home, "before-restore")
                try:
                    staged.backup(live.conn)
                except sqlite3.Error as exc:
                    raise DatabaseError(message("restore-failed", path=str(live.path),
                                                detail=str(exc))) from None
                result = live.query_one("PRAGMA integrity_check")[0]
                if result != "ok":
                    raise DatabaseError(message("restore-check-failed", path=str(live.path),
                                                detail=result, safety=str(safety)))
        finally:
            staged.close()
    return RestoreResult(summary, safety)


def damaged(live: Path) -> bool:
    """Whether the database file is damaged: it cannot be opened as a database, or
    SQLite's quick check finds fault. Such a file cannot be backed up before a restore
    (reading it fails) nor written into: restore sets it aside instead."""
    if not live.exists():
        return False
    try:
        with Store(live) as store:
            return bool(check_pages(store))
    except DamagedDatabaseError:
        return True


def _replace_damaged(home: Path, staged: sqlite3.Connection, temp: Path) -> Path:
    """The backup copied into a new database beside the damaged one and checked; the
    damaged file's -wal and -shm renamed aside, the file itself linked (or copied) to its
    name aside, and the new database renamed over it. A crash on the way leaves the
    damaged database or the restored one under the live name, never no database (the
    folder would start as a new one). Where the damaged file went."""
    live = home / DATABASE_NAME
    fresh = temp / "restored.sqlite3"
    with Store(fresh) as new:
        try:
            staged.backup(new.conn)
        except sqlite3.Error as exc:
            raise DatabaseError(message("restore-failed", path=str(live), detail=str(exc))
                                ) from None
        result = new.query_one("PRAGMA integrity_check")[0]
        if result != "ok":
            raise DatabaseError(message("restore-failed", path=str(live), detail=result))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside, n = home / f"kotodesk-damaged-{stamp}.sqlite3", 1
    while aside.exists():
        n += 1
        aside = home / f"kotodesk-damaged-{stamp}-{n}.sqlite3"
    for suffix in ("-wal", "-shm"):  # its log first: never left beside a new database
        part = live.with_name(live.name + suffix)
        if part.exists():
            os.replace(part, aside.with_name(aside.name + suffix))
    try:
        os.link(live, aside)
    except OSError:  # a file system without hard links (FAT, some network drives)
        shutil.copyfile(live, aside)
    os.replace(fresh, live)
    prune_damaged(home)
    return aside


_DAMAGED = re.compile(r"^kotodesk-damaged-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")


def prune_damaged(home: Path) -> list[Path]:
    """Remove damaged databases set aside beyond the newest DAMAGED_KEEP, with their -wal
    and -shm: each is as large as the database, and only the latest is worth a try to
    read what was typed last (a file dated after now counts as the oldest)."""
    now = datetime.now().strftime("%Y%m%d-%H%M%S")
    found = []
    with contextlib.suppress(OSError):
        for path in home.iterdir():
            match = _DAMAGED.match(path.name)
            if match and path.is_file():
                found.append((match["stamp"] <= now, match["stamp"], int(match["n"] or 1),
                              path))
    removed = []
    for *_, old in sorted(found, reverse=True)[DAMAGED_KEEP:]:
        for part in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            with contextlib.suppress(OSError):
                part.unlink()
        removed.append(old)
    return removed
