"""`kotodesk --self-test`: prove that an installed kotodesk can do its core work here.

A bundle that starts is not yet a bundle that works: a missing resource, a library left
out by PyInstaller (cryptography's backend, openpyxl's templates) or an unwritable
temporary folder only shows when the work is done.
Each check does real work in a temporary data folder (never the user's) and raises on
failure. A new check is one function appended to CHECKS; it gets the open Workspace and
the scratch folder and returns a one-line description of what it proved.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kotodesk.datafolder.workspace import Workspace

Check = Callable[[Workspace, Path], str]


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    ms: float

    def to_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "detail": self.detail,
                "ms": round(self.ms, 1)}


@dataclass
class SelfTestReport:
    results: list[CheckResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)

    def to_dict(self) -> dict:
        return {"ok": self.ok, "checks": [r.to_dict() for r in self.results]}

    def lines(self) -> list[str]:
        lines = [f"{'ok  ' if r.ok else 'FAIL'} {r.name}: {r.detail}" for r in self.results]
        lines.append("self-test passed" if self.ok else "self-test FAILED")
        return lines


def database_integrity(ws: Workspace, scratch: Path) -> str:
    result = ws.store.query_one("PRAGMA integrity_check")[0]
    if result != "ok":
        raise AssertionError(f"integrity_check: {result}")
    mode = ws.store.pragmas()["journal_mode"]
    if mode != "wal":
        raise AssertionError(f"journal mode is {mode}, not wal")
    return f"{ws.store.path.name} created, integrity ok, {mode}"


def catalogue_loads(ws: Workspace, scratch: Path) -> str:
    catalogue = ws.catalogue()
    measures = sum(1 for _ in catalogue.measures())
    if not measures:
        raise AssertionError(f"{catalogue.programme.id} has no measures")
    return f"{catalogue.programme.id}: {len(catalogue.themes)} themes, {measures} measures"


def catalogue_export(ws: Workspace, scratch: Path) -> str:
    """Write the catalogue workbook atomically and read it back with the importer."""
    from kotodesk.catalogue.xlsx_format import read_catalogue_xlsx, write_catalogue

    catalogue = ws.catalogue()
    target = scratch / "self-test-catalogue.xlsx"
    write_catalogue(catalogue, target)
    leftovers = [p.name for p in scratch.glob(".*.part")]
    if leftovers:
        raise AssertionError(f"temporary files left behind: {leftovers}")
    back = read_catalogue_xlsx(target)
    written = [m.ref for m in catalogue.measures()]
    read = [m.ref for m in back.measures()]
    if written != read:
        raise AssertionError(f"wrote {len(written)} measures, read back {len(read)}")
    return f"{target.name}: {target.stat().st_size} bytes, {len(read)} measures read back"


def signed_return(ws: Workspace, scratch: Path) -> str:
    """Export a unit's return with a throwaway key exactly as the export does (.xlsx and
    PAdES-signed .pdf), then verify both as the coordinator would."""
    from kotodesk.documents.verify import VALID, verify_file
    from kotodesk.reporting.returns import prepare, write_files
    from kotodesk.signing.keys import new_identity

    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    unit_id = next(u for m in catalogue.measures() for u in m.unit_ids())
    unit = ws.register.units[unit_id]
    identity = new_identity(name="kotodesk self-test", email="", unit=unit.name,
                            organisation="kotodesk")
    result = write_files(prepare(ws, round_, unit, identity), identity, scratch)
    trusted = {identity.info.fingerprint}
    for target in (result.xlsx, result.pdf):
        verified = verify_file(target, trusted)
        if verified.status != VALID:
            raise AssertionError(f"{target.name}: {verified.status}: {verified.message}")
    return (f"{result.xlsx.name} ({result.xlsx.stat().st_size} bytes) and .pdf "
            f"({result.pdf.stat().st_size} bytes): signed and verified valid")


CHECKS: list[tuple[str, Check]] = [
    ("database", database_integrity),
    ("catalogue", catalogue_loads),
    ("export", catalogue_export),
    ("signed return", signed_return),
]


def run_self_test(checks: list[tuple[str, Check]] | None = None) -> SelfTestReport:
    """Run every check in a fresh temporary data folder; a failing check does not stop
    the others, so one run reports everything that is broken."""
    report = SelfTestReport()
    with tempfile.TemporaryDirectory(prefix="kotodesk-self-test-") as temp:
        scratch = Path(temp)
        started = time.perf_counter()
        try:
            ws = Workspace.open(scratch / "home")
        except Exception as exc:
            report.results.append(CheckResult("open", False, _describe(exc),
                                              (time.perf_counter() - started) * 1000))
            return report
        report.results.append(CheckResult("open", True, "data folder opened and filled",
                                          (time.perf_counter() - started) * 1000))
        try:
            for name, check in checks if checks is not None else CHECKS:
                started = time.perf_counter()
                try:
                    detail, ok = check(ws, scratch), True
                except Exception as exc:
                    detail, ok = _describe(exc), False
                report.results.append(CheckResult(name, ok, detail,
                                                  (time.perf_counter() - started) * 1000))
        finally:
            ws.close()
    return report


def _describe(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    place = f" (at {Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{place}"
