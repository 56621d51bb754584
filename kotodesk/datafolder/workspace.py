"""A data folder opened for work: the store plus the lookups every command needs.

The command line and the UI resolve what a user typed ("Kasko", "2/1.1", a programme id)
through these functions, so both accept the same spellings and give the same errors.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kotodesk.catalogue.bootstrap import ensure_defaults
from kotodesk.datafolder.database import open_store
from kotodesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseError,
    UsageError,
    WriteError,
    is_damage,
)
from kotodesk.domain.messages import message
from kotodesk.domain.model import Catalogue, Measure, Round, Unit
from kotodesk.domain.periods import period_key
from kotodesk.domain.register import Register
from kotodesk.storage import catalogues, rounds, settings, units
from kotodesk.storage.db import DATABASE_NAME, DataFolderError, Store

# Why a folder cannot be written that reading does not mind.
READ_ONLY_PROBLEMS = (WriteError.REASONS["EROFS"], WriteError.REASONS["EACCES"],
                      message("write-read-only-file"))


@dataclass
class Workspace:
    """An open data folder: its database, and its register read once when first asked."""

    home: Path
    store: Store
    _register: Register | None = field(default=None, repr=False)
    _data_version: int | None = field(default=None, repr=False)

    @classmethod
    def open(cls, home: Path, *, prepared: Path | bool = True) -> Workspace:
        """`prepared`: where a new folder's database may be copied from (open_store). A
        database file found damaged while it opens is DamagedDatabaseError, which the
        window answers with its backups and the command line names, never a traceback."""
        store = None
        try:
            try:
                store = open_store(home, prepared=prepared, fill=ensure_defaults)
            except DataFolderError as exc:
                store = open_read_only(home, exc)
            return cls._opened(home, store)
        except BaseException as exc:
            if store is not None:
                store.close()
            if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
                raise DamagedDatabaseError(Path(home) / DATABASE_NAME, str(exc)) from None
            raise

    @classmethod
    def _opened(cls, home: Path, store: Store) -> Workspace:
        workspace = cls(home, store)
        if store.read_only:
            return workspace
        ensure_defaults(store)
        if settings.get(store, "received_judged_by") != "roles-and-units":
            if store.query_one("SELECT 1 FROM received_file LIMIT 1") is None:
                # Nothing received to judge again (a new folder): not worth loading the
                # trust code and cryptography's x509 for, about 50 ms of a first start.
                settings.put(store, received_judged_by="roles-and-units")
            else:
                from kotodesk.coordinator.trusting import judge_after_upgrade

                judge_after_upgrade(workspace)  # once, for files received before roles
        return workspace

    def close(self) -> None:
        self.store.close()

    @property
    def read_only(self) -> bool:
        """Opened for reading only (open_read_only): every write says why not."""
        return bool(self.store.read_only)

    @property
    def register(self) -> Register:
        if self._register is None:
            self._register = units.load_register(self.store)
        return self._register

    def forget_cached(self) -> None:
        self._register = None

    def written_elsewhere(self) -> bool:
        """Whether another process (the command line, a second kotodesk) wrote to the
        database since the last call; what this workspace cached is then forgotten. The
        first call only takes note."""
        version = self.store.data_version()
        seen, self._data_version = self._data_version, version
        if seen is None or seen == version:
            return False
        self.forget_cached()
        return True

    def default_programme_id(self) -> str:
        """The programme of the open round: what a command works on when no --programme is
        given. Several programmes with an open round: the one last chosen in the window if
        it is among them, else the first in load order. No open round at all: the one last
        chosen in the window, else the first."""
        programmes = catalogues.list_programmes(self.store)
        if not programmes:
            raise UsageError("no programme in this data folder; import a catalogue first")
        chosen = settings.get(self.store, "programme")
        with_open = [p.id for p in programmes if rounds.open_round(self.store, p.id)]
        if with_open:
            return chosen if chosen in with_open else with_open[0]
        return chosen if chosen in {p.id for p in programmes} else programmes[0].id

    def programme_id(self, query: str | None) -> str:
        """A programme by id, name or short name (case-insensitive); default when None."""
        if not query:
            return self.default_programme_id()
        key = query.strip().casefold()
        programmes = catalogues.list_programmes(self.store)
        for p in programmes:
            if key in (p.id.casefold(), p.name.casefold(), p.short_name.casefold()):
                return p.id
        known = ", ".join(p.id for p in programmes) or "none"
        raise UsageError(f"no programme {query!r}; known: {known}")

    def catalogue(self, programme_id: str | None = None, version: int | None = None
                  ) -> Catalogue:
        pid = self.programme_id(programme_id)
        catalogue = catalogues.load_catalogue(self.store, pid, version)
        if catalogue is None:
            raise UsageError(f"programme {pid!r} has no catalogue version {version}")
        return catalogue

    def round(self, query: str | None = None, programme: str | None = None, *,
              or_latest: bool = False) -> Round:
        """A round by id or period label ("6–12/2023", any dash); default: the programme's
        open round. `or_latest` (for reading: `entry show`, the window) falls back to the
        programme's latest round, so a closed report can be read."""
        programme_id = self.programme_id(programme) if programme or not query else None
        if not query:
            found = rounds.open_round(self.store, programme_id)
            latest = next(iter(reversed(rounds.list_rounds(self.store, programme_id))), None)
            if found is None and or_latest:
                found = latest
            if found is None:
                hint = (f"; its latest round, {latest.period}, is {latest.state} (give "
                        f"--round to name it)") if latest else "; the coordinator opens one"
                raise UsageError(f"programme {programme_id!r} has no open round{hint}")
            return found
        candidates = rounds.list_rounds(self.store, programme_id)
        key = period_key(query)
        for r in candidates:
            if query.strip() == str(r.id) or period_key(r.period) == key:
                return r
        known = ", ".join(f"{r.id} ({r.period})" for r in candidates) or "none"
        raise UsageError(f"no round {query!r}; rounds: {known}")

    def unit(self, query: str) -> Unit:
        unit = self.register.find(query)
        if unit is None:
            hits = self.register.search(query)
            hint = f"; did you mean: {', '.join(u.label for u in hits[:5])}" if hits else ""
            raise UsageError(f"no unit {query!r} in the register{hint}")
        return unit


def open_read_only(home: Path, refused: DataFolderError) -> Store:
    """A data folder kotodesk may not write (a read-only disk or share, a file without
    write permission), opened for reading: showing, verifying and exporting elsewhere
    work, and every write says why it cannot (Store.write), as `refused` did. Only a
    database that is there, at the current schema, with the defaults in it (it can be
    neither made nor upgraded); else `refused` stands."""
    from kotodesk.storage import migrations

    path = Path(home) / DATABASE_NAME
    if refused.problem not in READ_ONLY_PROBLEMS or not path.is_file():
        raise refused
    try:
        store = Store(path, read_only=refused.problem)
    except (DatabaseError, sqlite3.Error):
        raise refused from None
    try:
        usable = not migrations.pending(store) and store.table_exists("programme") and \
            store.query_one("SELECT 1 FROM programme LIMIT 1") is not None
    except (sqlite3.Error, DatabaseError):
        usable = False
    if not usable:
        store.close()
        raise refused
    return store


def find_measure(catalogue: Catalogue, ref: str) -> Measure:
    """A measure by THEME/NUMBER, the theme being its 1-based position ("2/1.1")."""
    theme, sep, number = ref.strip().partition("/")
    if not sep or not theme.strip().isdigit() or not number.strip():
        raise UsageError(f"measure {ref!r} is not THEME/NUMBER, e.g. 2/1.1")
    key = f"{int(theme)}/{number.strip().rstrip('.')}"
    try:
        return catalogue.measure(key)
    except KeyError:
        raise UsageError(f"no measure {ref} in {catalogue.programme.name}") from None
