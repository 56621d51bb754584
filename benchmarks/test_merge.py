"""Taking in 1, 10, 100 and 1,000 returns of 50 measures, then writing the merged report.

Baselines from the same run: python-calamine reading every sheet of the same files (the
fastest correct reader: what the intake's per-file work is measured against), openpyxl's
bare read of them, and openpyxl's write_only mode writing the merged report's cells with
styles (the floor of the report). Time per return stays flat, peak memory stays flat.

Each step runs in a fresh process on a fresh copy of the coordinator's database: taking
in every file (verification, checks, records, contributions), then, in another process,
the signed merged report of what was taken in. Files are taken in as `kotodesk merge`
takes them (a large batch examined in child processes beside the one that records), and
the largest batch once more all in one process. KOTODESK_BENCH_RETURNS sets the largest
size (1,000 by default).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import pytest

from benchmarks.conftest import PYTHON, bench_returns
from benchmarks.returns_batch import prepare_coordinator, write_returns
from tests.support import make_identity

LARGEST = bench_returns()
SIZES = tuple(sorted({1, 10, 100, LARGEST} - {n for n in (10, 100) if n > LARGEST}))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    base = tmp_path_factory.mktemp("merge")
    signer = make_identity("Bench Signer")
    files = base / "files"
    files.mkdir()
    paths = write_returns(files, LARGEST, signer)
    prepare_coordinator(base / "template", LARGEST, signer.certificate)
    return base, files, paths


def _read_all(read, paths) -> float:
    started = time.perf_counter()
    for path in paths:
        read(path)
    return time.perf_counter() - started


def _openpyxl(path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for _ in row:
                pass
    wb.close()


def _calamine(path) -> None:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    for index in range(len(wb.sheet_names)):
        wb.get_sheet_by_index(index).to_python(skip_empty_area=False)


def _run(*args) -> dict:
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    out = subprocess.run([PYTHON, "-m", "benchmarks.returns_batch", *map(str, args)],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def _home(base, count: int):
    home = base / f"home-{count}"
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(base / "template", home)
    return home


def test_take_in_scales_linearly_against_calamine(batch, ratio):
    base, files, paths = batch
    results = {n: _run("take-in", _home(base, n), files, n) for n in SIZES}
    for n in SIZES[1:]:
        calamine = _read_all(_calamine, paths[:n])
        ratio(f"take in {n} returns", results[n]["take_in"], f"python-calamine read of {n}",
              calamine)
    # The same batch with every file examined in this process (merge --jobs 0): what the
    # examiners in child processes (documents.examiners) add on this machine's cores.
    alone = _run("take-in", _home(base, LARGEST), files, LARGEST, 0)
    ratio(f"take in {LARGEST} returns, one process", alone["take_in"],
          f"python-calamine read of {LARGEST}", _read_all(_calamine, paths))
    ratio(f"take in {LARGEST} returns", results[LARGEST]["take_in"],
          f"take in {LARGEST} returns, one process", alone["take_in"])
    ratio(f"take in {LARGEST} returns", results[LARGEST]["take_in"],
          f"openpyxl bare read of {LARGEST}", _read_all(_openpyxl, paths))
    per = {n: results[n]["take_in"] / n for n in SIZES}
    ratio(f"take in, per return, at {LARGEST}", per[LARGEST], "per return, at 10", per[10])
    ratio(f"peak memory, taking in {LARGEST}", results[LARGEST]["take_in_peak_kib"] / 1024,
          "peak memory, taking in 1", results[1]["take_in_peak_kib"] / 1024, unit="MiB")
    if results[LARGEST]["examiner_peak_kib"]:
        ratio(f"peak memory of an examiner, taking in {LARGEST}",
              results[LARGEST]["examiner_peak_kib"] / 1024, "peak memory, taking in 1",
              results[1]["take_in_peak_kib"] / 1024, unit="MiB")


def test_merged_report_against_openpyxl_write_only(batch, ratio):
    base, files, _paths = batch
    home = _home(base, LARGEST)
    _run("take-in", home, files, LARGEST)
    subject = _run("report", home)
    floor = _run("floor", home / "merged-payload.json", base / "floor.xlsx")
    ratio(f"merged report, {LARGEST} units", subject["report"],
          "openpyxl write_only, same cells + styles", floor["floor"])
    ratio(f"peak memory, merged report of {LARGEST}", subject["report_peak_kib"] / 1024,
          "openpyxl write_only, same cells + styles", floor["floor_peak_kib"] / 1024,
          unit="MiB")
