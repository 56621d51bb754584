"""The stamp of the prepared new-folder database: a hash of everything that made it.

A new data folder gets a copy of a database prepared from the repository's own sources
(prepared.py) instead of creating the schema and importing the embedded programmes at
first start (issue 16). The copy is only as good as its inputs: the stamp hashes the
source of every kotodesk module that was loaded while the database was made (migrations,
storage, the importers, the register), the embedded programmes and the register, so
that a prepared database made from other sources than the running kotodesk's is never
used. A new import needs an edit of a module already listed, so the list cannot miss it.

The standard library only: dev.py loads this file by its path, before and without the
venv, to decide whether to prepare the database again.
"""

from __future__ import annotations

import json
from pathlib import Path

try:  # CPython's own BLAKE2: hashlib would first load OpenSSL, ~6 ms of a first start
    from _blake2 import blake2b
except ImportError:  # another Python
    from hashlib import blake2b

STAMP_NAME = "new-folder.json"
# The resources a new database is made of (resources/<these>/**).
RESOURCE_FOLDERS = ("programmes", "register")


def template_name(digest: str) -> str:
    """The prepared database's file name carries its inputs' hash: the stamp can only
    point at a database made from the inputs it names."""
    return f"new-folder-{digest[:32]}.sqlite3"


def inputs_hash(code_root: Path, code: list[str], resources_root: Path) -> str | None:
    """The hash of the listed source files (paths relative to `code_root`, the folder that
    holds the `kotodesk` package) and of every file under the resource folders; None when
    a listed source is missing (a kotodesk installed without its sources)."""
    digest = blake2b()
    for name in sorted(code):
        try:
            data = (code_root / name).read_bytes()
        except OSError:
            return None
        digest.update(f"code {name} {len(data)}\n".encode())
        digest.update(data)
    for folder in RESOURCE_FOLDERS:
        files = sorted(p for p in (resources_root / folder).rglob("*") if p.is_file())
        for path in files:
            data = path.read_bytes()
            name = path.relative_to(resources_root).as_posix()
            digest.update(f"resource {name} {len(data)}\n".encode())
            digest.update(data)
    return digest.hexdigest()


def read_stamp(folder: Path) -> dict | None:
    try:
        stamp = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def fresh_template(folder: Path, code_root: Path, resources_root: Path
                   ) -> tuple[Path, dict] | None:
    """The prepared database and its stamp when both are there and the stamp's hash is
    that of today's inputs; None otherwise (missing, stale, made from other sources)."""
    stamp = read_stamp(folder)
    if stamp is None or not isinstance(stamp.get("code"), list):
        return None
    digest = inputs_hash(code_root, stamp["code"], resources_root)
    if digest is None or digest != stamp.get("inputs"):
        return None
    template = folder / template_name(digest)
    try:
        if template.stat().st_size != stamp.get("size"):
            return None
    except OSError:
        return None
    return template, stamp
