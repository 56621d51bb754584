"""Catalogue import: the seed, and generated catalogues of 500 and 5,000 measures.

Time per measure should stay flat as the catalogue grows (the 5,000 ratio near 1).
"""

from __future__ import annotations

from benchmarks.conftest import median_time
from benchmarks.generate import catalogue_text
from kotodesk.catalogue.importer import import_catalogue
from kotodesk.catalogue.text_format import read_table_text
from kotodesk.domain.register import Register
from kotodesk.storage.db import open_store
from kotodesk.storage.units import save_register
from kotodesk.system import resources

REGISTER = Register.load(resources.path("register", "helsinki.json"))
SEED = resources.path("programmes", "kotoutuminen-2022-2025", "catalogue.tsv")


def _import_fresh(tmp_path_factory, path):
    def run():
        store = open_store(tmp_path_factory.mktemp("home"))
        save_register(store, REGISTER)
        import_catalogue(store, path, new_programme=True)
        store.close()
    return run


def test_import_seed_001(tmp_path_factory, benchmark, ratio):
    parse_only = median_time(lambda: read_table_text(SEED), repeat=20)
    benchmark.pedantic(_import_fresh(tmp_path_factory, SEED), rounds=10, iterations=1)
    ratio("import seed 001 (47 measures, into a new db)", benchmark.stats.stats.median,
          "parse seed 001 only", parse_only)


def test_import_time_per_measure_stays_flat(tmp_path_factory, ratio):
    per_measure = {}
    for size in (500, 5000):
        path = tmp_path_factory.mktemp(f"gen{size}") / "catalogue.txt"
        path.write_text(catalogue_text(size), encoding="utf-8")
        per_measure[size] = median_time(_import_fresh(tmp_path_factory, path), repeat=3) / size
    ratio("import, per measure, 5,000-measure catalogue", per_measure[5000],
          "per measure, 500-measure catalogue", per_measure[500])
