"""Importing a catalogue file: read, check, resolve units, store a version, report.

Everything is read and checked before the database is touched, and stored in one
transaction, so a bad file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from kotodesk.catalogue.rules import (
    catalogue_from_dict,
    content_hash,
    new_unit_sources,
    resolve_units,
)
from kotodesk.catalogue.text_format import MAX_BYTES, read_table_text
from kotodesk.domain.errors import InputError, UsageError, read_reason
from kotodesk.domain.messages import joined, message
from kotodesk.domain.model import DEFAULT_SCALE, Catalogue, Measure, Programme
from kotodesk.storage import catalogues, units
from kotodesk.storage.db import Store


@dataclass
class ImportReport:
    file: str
    programme_id: str
    programme: str
    version: int | None
    new_programme: bool
    unchanged: bool
    themes: int
    measures: int
    new_units: list[str] = field(default_factory=list)
    # Per unit added: {unit, measures, texts}: where in the file its name was read.
    new_unit_sources: list[dict] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def lines(self) -> list[str]:
        """What the import did, one paragraph each: the core's messages, which the window
        says in its language and the command line prints in English."""
        if self.unchanged:
            return [message("import-unchanged", file=self.file, programme=self.programme,
                            version=self.version),
                    *(message("import-warning", warning=w) for w in self.warnings)]
        out = [message("import-new-programme" if self.new_programme else "import-new-version",
                       file=self.file, programme=self.programme, version=self.version,
                       themes=self.themes, measures=self.measures)]
        if self.new_unit_sources:
            out.append(message("import-new-units", items=joined(
                [message("new-unit-from", unit=s["unit"], measures=", ".join(s["measures"]),
                         texts=" | ".join(repr(t) for t in s["texts"]))
                 for s in self.new_unit_sources], "; ")))
        elif self.new_units:
            out.append(message("import-new-units", items="; ".join(self.new_units)))
        for code, items, separator in (("import-added", self.added, ", "),
                                       ("import-changed", self.changed, ", "),
                                       ("import-removed", self.removed, ", ")):
            if items:
                out.append(message(code, items=separator.join(items)))
        out.extend(message("import-warning", warning=w) for w in self.warnings)
        return out


def read_catalogue_file(path: Path, warnings: list[str] | None = None) -> Catalogue:
    """Read a catalogue in any supported format, chosen by content, not by name. Only a
    regular file is read (read_regular): a pipe would block and /dev/zero never end."""
    from kotodesk.xlsx.safe import read_regular

    try:
        is_folder = path.is_dir()
        path.stat()
    except OSError as exc:
        raise InputError(message("cannot-read", reason=read_reason(exc)), path=path) from None
    if is_folder:
        raise InputError(message("catalogue-is-folder"), path=path)
    data = read_regular(path, MAX_BYTES)
    if data.startswith(b"PK"):
        # Loaded for a workbook only: the catalogues of a first start are text.
        from kotodesk.catalogue.xlsx_format import read_catalogue_xlsx

        return read_catalogue_xlsx(path, data, warnings)
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xls"}:
        raise InputError(message("not-xlsx"), path=path)
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{"):
        try:
            parsed = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(message("not-json", detail=str(exc)), path=path) from None
        except RecursionError:  # nested deeper than the parser goes
            raise InputError(message("not-json", detail="nested too deeply"),
                             path=path) from None
        return catalogue_from_dict(parsed, path=path)
    return read_table_text(path, data, warnings)


def _differs(a: Measure, b: Measure) -> bool:
    keys = ("text", "monitoring", "indicators", "responsible", "goal", "tags", "kind")
    return any(getattr(a, k) != getattr(b, k) for k in keys)


def matching_programme(store: Store, catalogue: Catalogue) -> str | None:
    """The stored programme a catalogue file is a new version of, when the file says so
    itself: the same programme id or name, or the same title as its latest version."""
    for p in catalogues.list_programmes(store):
        if p.id == catalogue.programme.id or p.name == catalogue.programme.name \
                or (catalogue.title and _latest_title(store, p.id) == catalogue.title):
            return p.id
    return None


def choice_needed(store: Store, path: Path, catalogue: Catalogue) -> UsageError:
    """Why an import that matches no stored programme needs the user's decision."""
    known = "; ".join(f"{p.id} ({p.short_name or p.name})"
                      for p in catalogues.list_programmes(store)) or "none"
    return UsageError(
        f"{path}: the file's programme {catalogue.programme.name!r} is not in this data "
        f"folder. Import it with --new-programme to add it as a new programme, or with "
        f"--programme ID to make it a new version of one of: {known}")


def import_catalogue(
    store: Store,
    path: Path,
    *,
    programme_id: str | None = None,
    new_programme: bool = False,
    catalogue: Catalogue | None = None,
    warnings: list[str] | None = None,
) -> ImportReport:
    """Import `path` as a new programme or as the next version of one.

    `programme_id` names the programme the file is a new version of; `new_programme`
    insists on a new one. Without either, a file that names a stored programme (see
    `matching_programme`) is its new version, and any other file is refused with
    `choice_needed`: making a programme is the user's decision, never a guess.
    """
    warnings = warnings if warnings is not None else []
    if catalogue is None:
        catalogue = read_catalogue_file(path, warnings)
    existing = {p.id: p for p in catalogues.list_programmes(store)}
    if programme_id is not None and new_programme:
        raise UsageError("give either --programme or --new-programme, not both")
    if programme_id is None and not new_programme:
        programme_id = matching_programme(store, catalogue)
        if programme_id is None:
            raise choice_needed(store, path, catalogue)
    if programme_id is not None:
        if programme_id not in existing:
            known = ", ".join(sorted(existing)) or "none"
            raise UsageError(f"no programme {programme_id!r}; known: {known}")
        catalogue.programme = _keep_identity(existing[programme_id].id, catalogue, store)
    elif catalogue.programme.id in existing:
        raise UsageError(f"a programme with id {catalogue.programme.id!r} exists; import "
                         f"with --programme {catalogue.programme.id} to add a version")
    is_new = catalogue.programme.id not in existing

    register = units.load_register(store)
    new_units = resolve_units(catalogue, register, warnings)
    unanswered = [m.ref for m in catalogue.measures() if not m.units]
    if unanswered:  # no unit is asked for these, so no return will ever answer them
        warnings.append(message("measures-without-unit", refs=", ".join(unanswered)))
    previous = None if is_new else catalogues.load_catalogue(store, catalogue.programme.id)
    report = ImportReport(
        file=str(path), programme_id=catalogue.programme.id, programme=catalogue.programme.name,
        version=None, new_programme=is_new, unchanged=False, themes=len(catalogue.themes),
        measures=sum(1 for _ in catalogue.measures()), new_units=new_units, warnings=warnings,
        new_unit_sources=new_unit_sources(catalogue, register, new_units),
    )
    if previous is not None:
        if content_hash(previous) == content_hash(catalogue):
            report.unchanged = True
            report.version = catalogues.latest_version(store, catalogue.programme.id)
            report.new_units, report.new_unit_sources = [], []
            return report
        old = {m.ref: m for m in previous.measures()}
        new = {m.ref: m for m in catalogue.measures()}
        report.added = [r for r in new if r not in old]
        report.removed = [r for r in old if r not in new]
        report.changed = [r for r in new if r in old and _differs(old[r], new[r])]
    with store.write():
        if new_units:  # resolving only ever adds units
            units.save_register(store, register)
        report.version = catalogues.save_catalogue(
            store, catalogue, content_hash=content_hash(catalogue), source_file=path.name)
    return report


def _latest_title(store: Store, programme_id: str) -> str:
    row = catalogues.version_row(store, programme_id)
    return row["title"] if row else ""


def _keep_identity(programme_id: str, catalogue: Catalogue, store: Store) -> Programme:
    """A new version keeps its programme's identity and names; the status scale comes from
    the file when the file defines one."""
    stored = catalogues.load_programme(store, programme_id)
    assert stored is not None
    scale = catalogue.programme.scale
    return replace(stored, scale=stored.scale if scale == DEFAULT_SCALE else scale)
