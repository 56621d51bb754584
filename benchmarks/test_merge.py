"""Merging 10, 100 and 1,000 returns of 50 measures: time per return stays flat, peak memory
stays bounded; the baseline is openpyxl's bare read (read-only, every cell) of the same
files, measured in the same run.

Each merge runs in a fresh process on a fresh copy of the coordinator's database, taking
in every file (verification, checks, records, contributions) and writing the signed
merged report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import pytest

from benchmarks.conftest import PYTHON
from benchmarks.returns_batch import prepare_coordinator, write_returns
from tests.support import make_identity

SIZES = (10, 100, 1000)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    base = tmp_path_factory.mktemp("merge")
    signer = make_identity("Bench Signer")
    files = base / "files"
    files.mkdir()
    paths = write_returns(files, max(SIZES), signer)
    prepare_coordinator(base / "template", max(SIZES), signer.certificate)
    return base, files, paths


def _bare_read(paths) -> float:
    import openpyxl

    started = time.perf_counter()
    for path in paths:
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for _ in row:
                    pass
        wb.close()
    return time.perf_counter() - started


def _merge(base, files, count: int) -> dict:
    home = base / f"home-{count}"
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(base / "template", home)
    env = dict(os.environ, PYTHONPATH=str(os.getcwd()))
    out = subprocess.run([PYTHON, "-m", "benchmarks.returns_batch", str(home), str(files),
                          str(count)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def test_merge_scales_linearly_against_openpyxl_bare_read(batch, ratio):
    base, files, paths = batch
    results = {n: _merge(base, files, n) for n in SIZES}
    for n in SIZES:
        bare = _bare_read(paths[:n])
        ratio(f"take in {n} returns", results[n]["take_in"], f"openpyxl bare read of {n}", bare)
        ratio(f"take in {n} + write merged report", results[n]["total"],
              f"openpyxl bare read of {n}", bare)
    per = {n: results[n]["take_in"] / n for n in SIZES}
    ratio("take in, per return, at 1,000", per[1000], "per return, at 10", per[10])
    ratio("peak memory, taking in 1,000", results[1000]["take_in_peak_kib"] / 1024,
          "peak memory, taking in 10", results[10]["take_in_peak_kib"] / 1024, unit="MiB")
    # The merged report itself grows with what it holds (1,000 units x 50 measures).
    ratio("peak memory, + merged report of 1,000", results[1000]["peak_kib"] / 1024,
          "peak memory, + merged report of 10", results[10]["peak_kib"] / 1024, unit="MiB")
