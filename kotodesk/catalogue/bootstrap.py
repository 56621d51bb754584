"""First start: fill an empty data folder with the register and the embedded programmes.

The embedded 2022–2025 catalogue is seed 001 verbatim, read by the same importer a
coordinator uses, so the first launch shows real content and exercises the real path.
The curated programmes (2017–2021 with its 2019 report, Mukana) come as
"kotodesk-catalogue/1" JSON that names its own programme; `programme.json` in each folder
says which file is the catalogue and which rounds follow (resources/programmes/FORMAT.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kotodesk.storage.db import Store
from kotodesk.system import resources

if TYPE_CHECKING:
    from kotodesk.domain.model import Catalogue


def embedded_programmes() -> list[str]:
    index = json.loads(resources.path("programmes", "index.json").read_text(encoding="utf-8"))
    return list(index["programmes"])


def programme_folder(programme_id: str) -> Path:
    return resources.path("programmes", programme_id)


def is_empty(store: Store) -> bool:
    return store.query_one("SELECT 1 FROM programme LIMIT 1") is None


def ensure_defaults(store: Store) -> bool:
    """Load the defaults into an empty database, in one transaction; True if it did."""
    if not is_empty(store):
        return False
    from kotodesk.domain.register import Register
    from kotodesk.storage import units

    with store.write():
        if not is_empty(store):  # filled by another kotodesk started at the same moment
            return False
        units.save_register(store, Register.load(resources.path("register", "helsinki.json")))
        for programme_id in embedded_programmes():
            load_embedded(store, programme_id)
    return True


def programme_meta(programme_id: str) -> dict:
    """The folder's programme.json: which catalogue, which rounds."""
    path = programme_folder(programme_id) / "programme.json"
    return json.loads(path.read_text(encoding="utf-8"))


def embedded_catalogue(programme_id: str) -> tuple[Catalogue, Path]:
    """The programme's catalogue as first start reads it (units not yet resolved)."""
    from kotodesk.catalogue.importer import read_catalogue_file
    from kotodesk.catalogue.rules import catalogue_from_dict, programme_from_dict

    meta = programme_meta(programme_id)
    path = programme_folder(programme_id) / meta["catalogue"]
    if path.suffix == ".json":
        catalogue = catalogue_from_dict(json.loads(path.read_text(encoding="utf-8")),
                                        path=path, programme_id=programme_id)
    else:
        catalogue = read_catalogue_file(path)
    if "name" in meta:  # programme.json names the programme (a .tsv catalogue cannot)
        catalogue.programme = programme_from_dict(meta, programme_id)
    catalogue.source = meta.get("catalogue_note", catalogue.source)
    return catalogue, path


def load_embedded(store: Store, programme_id: str) -> None:
    from kotodesk.catalogue.importer import import_catalogue

    catalogue, path = embedded_catalogue(programme_id)
    report = import_catalogue(store, path, new_programme=True, catalogue=catalogue)
    load_rounds(store, programme_id, report.version or 1,
                programme_meta(programme_id).get("rounds", []))


def load_rounds(store: Store, programme_id: str, version: int, specs: list[dict]) -> None:
    """The programme's rounds in order: completed ones from curated files, then the open
    one; each round's previous round is the one before it."""
    from kotodesk.catalogue.round_files import load_round_file, parse_date
    from kotodesk.storage import catalogues, rounds, units

    catalogue = catalogues.load_catalogue(store, programme_id, version)
    register = units.load_register(store)
    previous = None
    for spec in specs:
        previous_id = previous.id if previous else None
        if "file" in spec:
            previous = load_round_file(store, catalogue, version,
                                       programme_folder(programme_id) / spec["file"], register,
                                       state=spec.get("state", "closed"),
                                       previous_round_id=previous_id)
        else:
            previous = rounds.add_round(
                store, programme_id, version, spec["period"],
                next_period=spec.get("next_period", ""), deadline=parse_date(spec.get("deadline")),
                state=spec.get("state", "open"), previous_round_id=previous_id,
                title=spec.get("title", ""))
