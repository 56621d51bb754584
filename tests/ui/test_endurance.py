"""Endurance: a person types a round into the real main window (10,000 characters into one
narrative, thousands more across other measures and indicators, switching measures and
undoing on the way), in a process of its own; it lives, and every character is in the
database. `python3 dev.py soak typing` types ten times as much (see README)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import entries

TYPIST = Path(__file__).with_name("endurance_typist.py")
UNIT = "kasko"  # answers for many measures, with text, count and percent indicators


def type_round(home: Path, scale: float = 1.0, timeout: float = 900) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(TYPIST.parents[2]))
    done = subprocess.run([sys.executable, str(TYPIST), str(home), UNIT, str(scale)],
                          capture_output=True, text=True, env=env, timeout=timeout)
    assert done.returncode == 0, f"the window died ({done.returncode}): {done.stderr[-2000:]}"
    assert "Fatal Python error" not in done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def saved_fields(home: Path) -> dict[str, str]:
    ws = Workspace.open(home)
    try:
        round_ = ws.round()
        found = {}
        for entry in entries.entries_of_round(ws.store, round_.id, UNIT):
            found[f"{entry.measure_ref} narrative"] = entry.narrative
            found[f"{entry.measure_ref} status"] = entry.status or ""
            for name, value in entry.values.items():
                found[f"{entry.measure_ref} value:{name}"] = value
        return found
    finally:
        ws.close()


@pytest.mark.slow
def test_a_person_types_a_round_and_every_character_is_saved(tmp_path):
    scale = float(os.environ.get("KOTODESK_ENDURANCE_SCALE", "1"))  # dev.py soak typing
    result = type_round(tmp_path / "home", scale, timeout=900 * scale)
    assert result["typed"] >= 17_000 * scale and result["measures"] >= 13
    main = next(k for k in result["expected"] if k.endswith("narrative"))
    assert len(result["expected"][main]) >= 9_900 * scale
    assert any("\n" in v for v in result["expected"].values())
    assert any(c in "".join(result["expected"].values()) for c in "äöÄÖ")
    saved = saved_fields(tmp_path / "home")
    for field, value in result["expected"].items():
        assert saved.get(field) == value, field
    assert not any("perutaan" in v for v in saved.values())  # every aside was undone


def test_smoke_typing_checks_a_window_the_way_the_bundle_test_does(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOTODESK_HOME=str(tmp_path / "h"))
    done = subprocess.run([sys.executable, "-m", "kotodesk", "--smoke-typing", "1500"],
                          capture_output=True, text=True, env=env, timeout=300,
                          cwd=TYPIST.parents[2])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"typed": 1500, "saved": 1500, "ok": True}
    assert not (tmp_path / "h").exists()  # the user's data folder is not touched
