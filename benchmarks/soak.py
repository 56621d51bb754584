"""The mutation soak: tens of thousands of mutants of a real signed return, each verified in
a child process, so that what the suite cannot survive is counted instead: a crash (the
child killed by a signal: an abort, a segfault), a hang (no answer within --timeout
seconds; the child is killed and replaced), an exception out of verification (exit 3),
and a mutant "valid" that shows something else than the original. Prints the figures.

    python3 dev.py soak files [--mutants 10000] [--workers 2] [--timeout 30] [--seed-offset 0]

The mutants are tests/mutants.py's (the suite's fuzz test runs a few hundred of them);
mutant N of a kind is the same on every run, so a failure is reproduced by its number:
`python3 benchmarks/soak.py --one xlsx N`. Exit code 1 when any crash, hang, exception or
false "genuine" was found.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _worker(folder: Path) -> None:
    """Read "kind number" lines; answer each with one JSON line."""
    from tests.mutants import judge, mutant

    originals = {kind: (folder / f"original.{kind}").read_bytes() for kind in ("xlsx", "pdf")}
    trusted = set(json.loads((folder / "trusted.json").read_text()))
    target = Path(tempfile.mkdtemp(prefix="soak-worker-"))
    for line in sys.stdin:
        kind, number = line.split()
        item = mutant(originals[kind], kind, int(number))
        verdict, problem = judge(originals[kind], kind, item, trusted,
                                 target / f"mutant.{kind}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(json.dumps({"verdict": verdict, "problem": problem, "how": item.how,
                          "peak_kib": peak}), flush=True)


def soak(count: int, workers: int, timeout: float, offset: int) -> int:
    from benchmarks.soak_pool import Tally, run_pool
    from tests.mutants import make_return

    folder = Path(tempfile.mkdtemp(prefix="kotodesk-soak-"))
    xlsx, pdf, person = make_return(folder)
    (folder / "original.xlsx").write_bytes(xlsx.read_bytes())
    (folder / "original.pdf").write_bytes(pdf.read_bytes())
    (folder / "trusted.json").write_text(json.dumps([person.info.fingerprint]))
    jobs = [(("xlsx", "pdf")[i % 2], offset + i // 2) for i in range(count)]
    tally = Tally()
    start = time.monotonic()
    done = run_pool(Path(__file__), folder, jobs, workers, timeout, tally.answered,
                    tally.lost)
    elapsed = time.monotonic() - start
    verdicts, failures = tally.total(), tally.failures
    crashes, hangs = verdicts["crash"], verdicts["hang"]
    exceptions = verdicts["exception"]
    false_genuine = sum("genuine, but" in f for f in failures)
    print(f"mutants: {done:,} ({count // 2 + count % 2:,} .xlsx, {count // 2:,} .pdf; "
          f"numbers {offset:,}–{offset + (count + 1) // 2 - 1:,}) in {elapsed:,.0f} s "
          f"with {workers} worker(s)")
    print("verdicts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(verdicts.items())))
    print(f"crashes: {crashes}, hangs: {hangs}, exceptions (exit 3): {exceptions}, "
          f"genuine with other content: {false_genuine}")
    print(f"peak memory of a worker: {tally.peak_kib / 1024:,.0f} MiB")
    for failure in failures[:30]:
        print("  " + failure)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    from benchmarks.soak_pool import soak_options

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=10_000)
    soak_options(parser, timeout=30.0,
                 offset_help="first mutant number (the suite's fuzz test uses 0–299)",
                 one_help="verify mutant N of KIND (xlsx or pdf) here, and print it")
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0
    if args.one:
        from tests.mutants import judge, make_return, mutant

        folder = Path(tempfile.mkdtemp(prefix="kotodesk-soak-"))
        xlsx, pdf, person = make_return(folder)
        original = (xlsx if args.one[0] == "xlsx" else pdf).read_bytes()
        item = mutant(original, args.one[0], int(args.one[1]))
        print(item.how)
        print(judge(original, args.one[0], item, {person.info.fingerprint},
                    folder / f"mutant.{args.one[0]}"))
        return 0
    return soak(args.mutants, args.workers, args.timeout, args.seed_offset)


if __name__ == "__main__":
    sys.exit(main())
