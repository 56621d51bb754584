"""The package split cannot drift: import-linter checks the layers and contracts that
pyproject.toml declares ([tool.importlinter]), on every run of the suite."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

from importlinter import cli

import kotodesk

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def test_the_import_contracts_hold(capsys):
    code = cli.lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "0 broken" in report and "BROKEN" not in report


def test_every_package_has_a_layer():
    """A new package under kotodesk/ is placed in the layers, not left outside them."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["id"] == "layers")["layers"]
    named = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    packages = {f"kotodesk.{m.name}" for m in pkgutil.iter_modules(kotodesk.__path__)
                if m.ispkg}
    assert packages - named == set()
    assert "kotodesk.storage" in packages and "kotodesk.domain" in packages
