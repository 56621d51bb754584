"""A unit takes in a round package: the catalogue, the round and last round's entries."""

from __future__ import annotations

from pathlib import Path

from kotodesk.coordinator.package import PackageImport, UnknownSignerError, import_package
from kotodesk.datafolder.workspace import Workspace
from kotodesk.ops.changes import Changes

__all__ = ["PackageImport", "UnknownSignerError", "take_in_package"]


def take_in_package(workspace: Workspace, path: Path, trusted, accept: str | None = None,
                    examined=None) -> tuple[PackageImport, Changes]:
    """Verify and take in a round package (one transaction; UnknownSignerError when its
    signer must be accepted first, by fingerprint, as `accept`). `examined`: the file's
    examination made in a child process (the window's), judged here."""
    done = import_package(workspace, path, trusted, accept, examined)
    return done, Changes(catalogue=True, rounds=True, entries=True, trust=accept is not None)
