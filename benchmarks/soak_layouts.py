"""Soak: many layouts of the meeting summary and the return PDF from seed 002's real
narratives, each built and read back with pdftotext, every line checked against its
cell's edges (the suite runs ten of them: tests/core/test_layout_property.py).

    python3 dev.py soak layouts [--layouts 500] [--seed 1] [--minutes M]

Prints one line per failing layout (its description, to replay it) and a summary; exits
1 when any layout failed to build, lost text or drew a line out of its cell.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.summary_layouts import LENGTHS, Layout, check, describe, seed_payload


def random_layout(rng: random.Random) -> Layout:
    def units() -> tuple[tuple[int, int], ...]:
        count = rng.choice([1, 2, 2, 3, 3, 5, 10])
        return tuple((rng.randrange(200), rng.choice(LENGTHS[:4] if count > 3 else LENGTHS))
                     for _ in range(count))

    return Layout(rng.randrange(4), tuple((rng.randrange(20), units())
                                          for _ in range(rng.randint(1, 4))))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layouts", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--minutes", type=float, default=None,
                        help="stop after this long, whatever --layouts says")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failed = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kotodesk-soak-") as folder:
        base = seed_payload(Path(folder) / "home")
        done = 0
        while done < args.layouts:
            done += 1
            layout = random_layout(rng)
            try:
                lost = check(base, layout, Path(folder))
            except Exception as exc:  # a soak reports every failure, whatever it is
                lost = [f"{type(exc).__name__}: {exc}"]
            if lost:
                failed += 1
                print(f"FAILED {describe(layout)}: {lost[:3]}", flush=True)
            if args.minutes and time.monotonic() - started > args.minutes * 60:
                break
    took = time.monotonic() - started
    print(f"{done} layouts, {failed} failed, {took:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
