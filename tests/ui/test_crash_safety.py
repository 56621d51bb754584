"""Killing kotodesk mid-typing loses at most the last second and corrupts nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import entries, settings

TYPIST = Path(__file__).with_name("typist.py")
UNIT = "kanslia-henkilosto"
TEXT = "Kaupunkiyhteinen kielikoulutusmalli rakennetaan vuosina 2023 ja 2024 " * 3


def type_and_kill(home: Path, ref: str, keys: int) -> tuple[float, list[tuple[float, int]]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(TYPIST.parents[2]))
    proc = subprocess.Popen([sys.executable, str(TYPIST), str(home), ref, TEXT],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "ready"
    typed: list[tuple[float, int]] = []
    for line in proc.stdout:
        stamp, count = line.split()
        typed.append((float(stamp), int(count)))
        if int(count) >= keys:
            break
    killed_at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    return killed_at, typed


@pytest.mark.slow
def test_kill_during_typing_loses_at_most_the_last_second(tmp_path):
    home = tmp_path / "home"
    ws = Workspace.open(home)
    settings.put(ws.store, unit=UNIT, user_name="Testi", language="en")
    ws.close()
    rng = random.Random(2026)
    expected = ""
    for kill in range(4):
        ref = "2/3.2"
        keys = len(expected) + rng.randint(30, 60)  # 1.2–2.4 s of typing each time
        killed_at, typed = type_and_kill(home, ref, keys)
        ws = Workspace.open(home)
        assert ws.store.query_one("PRAGMA integrity_check")[0] == "ok"
        round_ = ws.round()
        entry = entries.load_entry(ws.store, round_.id, ref, UNIT)
        saved = entry.narrative if entry else ""
        safe = max((count for stamp, count in typed if stamp <= killed_at - 1.0), default=0)
        assert TEXT.startswith(saved), f"kill {kill}: saved text is not what was typed"
        assert len(saved) >= safe, (
            f"kill {kill}: {safe} characters were typed more than a second before the kill, "
            f"but only {len(saved)} were saved")
        assert settings.get(ws.store, f"last_measure:{round_.id}:{UNIT}") == ref
        ws.close()
        expected = saved
