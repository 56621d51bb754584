"""The soak of every file that travels other than a unit's return: mutants of a genuine
round package, merged report, meeting summary, export of everything, backup, certificate,
revocation list and certificate request, each run through the command a person would
run on it (tests/travelling.py: `package import`, `verify`, `backup restore`, `trust
add`, `trust import-crl`, `ca show-request` and `ca issue`) in child processes. Counts
what the suite cannot: a crash (the child killed by a signal), a hang (no answer within
--timeout seconds; the child is killed and replaced), a failure inside the command (exit
3, a traceback), a refusal that does not name the file or that changed the database, a
mutant taken as genuine that shows something else, and a restored backup that kotodesk
then cannot work on. Prints the figures per kind and the peak memory of a worker.

    python3 dev.py soak travel [--mutants 1000] [--kinds package,backup] [--workers 2]
                               [--timeout 60] [--seed-offset 0]

--mutants is per kind. Mutant N of a kind is the same on every run; a failure is
reproduced by its number: `python3 benchmarks/soak_travel.py --one package N`. Exit code
1 when anything was found.
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


def _made(folder: Path):
    from tests.travelling import KINDS, SUFFIX, Travellers

    files = {kind: folder / f"genuine-{kind}{SUFFIX[kind]}" for kind in KINDS}
    info = json.loads((folder / "made.json").read_text())
    return Travellers(folder, files, folder / "coordinator", folder / "unit",
                      info["fingerprint"])


def _worker(folder: Path) -> None:
    """Read "kind number" lines; answer each with one JSON line."""
    from tests.travelling import DONOR, Judge, mutant

    made = _made(folder)
    judge = Judge(made, Path(tempfile.mkdtemp(prefix="soak-travel-worker-")))
    for line in sys.stdin:
        kind, number = line.split()
        donor = judge.originals[DONOR[kind]] if kind in DONOR else None
        item = mutant(judge.originals[kind], kind, int(number), donor)
        verdict, problem = judge(kind, item)
        # KiB on Linux; the commands examine files in children of their own
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        print(json.dumps({"verdict": verdict, "problem": problem, "how": item.how,
                          "peak_kib": peak}), flush=True)


def prepare() -> Path:
    from tests.travelling import make_travellers

    folder = Path(tempfile.mkdtemp(prefix="kotodesk-soak-travel-"))
    made = make_travellers(folder)
    (folder / "made.json").write_text(json.dumps({"fingerprint": made.coordinator_fingerprint}))
    return folder


def soak(kinds: list[str], count: int, workers: int, timeout: float, offset: int) -> int:
    from benchmarks.soak_pool import Tally, run_pool

    folder = prepare()
    jobs = [(kind, offset + i) for i in range(count) for kind in kinds]
    tally = Tally()
    start = time.monotonic()
    done = run_pool(Path(__file__), folder, jobs, workers, timeout, tally.answered,
                    tally.lost, progress_every=500)
    verdicts, failures = tally.verdicts, tally.failures
    print(f"mutants: {done:,} ({count:,} of each of {len(kinds)} kinds; numbers "
          f"{offset:,}–{offset + count - 1:,}) in {time.monotonic() - start:,.0f} s with "
          f"{workers} worker(s)")
    for kind in kinds:
        print(f"  {kind:<8} " + ", ".join(f"{k} {v:,}" for k, v in sorted(verdicts[kind].items())))
    crashes = sum(v["crash"] for v in verdicts.values())
    hangs = sum(v["hang"] for v in verdicts.values())
    print(f"crashes: {crashes}, hangs: {hangs}, other problems: "
          f"{len(failures) - crashes - hangs}")
    print(f"peak memory of a worker or a process it started: "
          f"{tally.peak_kib / 1024:,.0f} MiB")
    for failure in failures[:40]:
        print("  " + failure[:600])
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    from benchmarks.soak_pool import soak_options
    from tests.travelling import KINDS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=1000, help="per kind (1000)")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help=f"comma-separated, of {', '.join(KINDS)} (all)")
    soak_options(parser, timeout=60.0,
                 offset_help="first mutant number (the suite's fuzz test uses the first few)",
                 one_help="run mutant N of KIND here, and print what happened")
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker)
        return 0
    if args.one:
        from tests.travelling import DONOR, Judge, mutant

        folder = prepare()
        judge = Judge(_made(folder), folder / "scratch")
        kind = args.one[0]
        donor = judge.originals[DONOR[kind]] if kind in DONOR else None
        item = mutant(judge.originals[kind], kind, int(args.one[1]), donor)
        print(item.how)
        print(judge(kind, item))
        return 0
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kind(s): {', '.join(unknown)}")
    return soak(kinds, args.mutants, args.workers, args.timeout, args.seed_offset)


if __name__ == "__main__":
    sys.exit(main())
