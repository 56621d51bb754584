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
import os
import resource
import selectors
import subprocess
import sys
import tempfile
import time
from collections import Counter
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


class Child:
    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(folder)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.job: tuple[str, int] | None = None
        self.started = 0.0

    def send(self, job: tuple[str, int]) -> None:
        self.job, self.started = job, time.monotonic()
        assert self.process.stdin is not None
        self.process.stdin.write(f"{job[0]} {job[1]}\n")
        self.process.stdin.flush()

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.kill()
        return self.process.wait()


def soak(count: int, workers: int, timeout: float, offset: int) -> int:
    from tests.mutants import make_return

    folder = Path(tempfile.mkdtemp(prefix="kotodesk-soak-"))
    xlsx, pdf, person = make_return(folder)
    (folder / "original.xlsx").write_bytes(xlsx.read_bytes())
    (folder / "original.pdf").write_bytes(pdf.read_bytes())
    (folder / "trusted.json").write_text(json.dumps([person.info.fingerprint]))
    jobs = [(("xlsx", "pdf")[i % 2], offset + i // 2) for i in range(count)]
    jobs.reverse()
    verdicts: Counter[str] = Counter()
    failures: list[str] = []
    crashes = hangs = done = 0
    peak_kib = 0
    selector = selectors.DefaultSelector()
    children = [Child(folder) for _ in range(workers)]
    start = time.monotonic()

    def feed(child: Child) -> None:
        if jobs:
            child.send(jobs.pop())
            selector.register(child.process.stdout, selectors.EVENT_READ, child)
        else:
            child.job = None

    for child in children:
        feed(child)
    while any(c.job for c in children):
        for key, _ in selector.select(timeout=1.0):
            child = key.data
            selector.unregister(key.fileobj)
            line = child.process.stdout.readline()
            kind, number = child.job
            if not line:  # the child died: an abort, a segfault, the OOM killer
                code = child.stop()
                crashes += 1
                verdicts["crash"] += 1
                failures.append(f"crash (exit {code}) on mutant {kind} {number}")
                children[children.index(child)] = child = Child(folder)
            else:
                answer = json.loads(line)
                verdicts[answer["verdict"]] += 1
                peak_kib = max(peak_kib, answer["peak_kib"])
                if answer["problem"]:
                    failures.append(f"mutant {kind} {number} ({answer['how']}): "
                                    f"{answer['verdict']}: {answer['problem']}")
            done += 1
            feed(child)
        for i, child in enumerate(children):
            if child.job and time.monotonic() - child.started > timeout:
                selector.unregister(child.process.stdout)
                kind, number = child.job
                child.stop()
                hangs += 1
                verdicts["hang"] += 1
                failures.append(f"hang (> {timeout:g} s) on mutant {kind} {number}")
                done += 1
                children[i] = Child(folder)
                feed(children[i])
        if done and done % 1000 == 0:
            print(f"  {done:,} mutants, {time.monotonic() - start:,.0f} s", flush=True)
    for child in children:
        if child.process.stdin:
            child.process.stdin.close()
        child.stop()
    elapsed = time.monotonic() - start
    exceptions = verdicts["exception"]
    false_genuine = sum("genuine, but" in f for f in failures)
    print(f"mutants: {done:,} ({count // 2 + count % 2:,} .xlsx, {count // 2:,} .pdf; "
          f"numbers {offset:,}–{offset + (count + 1) // 2 - 1:,}) in {elapsed:,.0f} s "
          f"with {workers} worker(s)")
    print("verdicts: " + ", ".join(f"{k} {v:,}" for k, v in sorted(verdicts.items())))
    print(f"crashes: {crashes}, hangs: {hangs}, exceptions (exit 3): {exceptions}, "
          f"genuine with other content: {false_genuine}")
    print(f"peak memory of a worker: {peak_kib / 1024:,.0f} MiB")
    for failure in failures[:30]:
        print("  " + failure)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--seed-offset", type=int, default=0,
                        help="first mutant number (the suite's fuzz test uses 0–299)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=2, metavar=("KIND", "N"),
                        help="verify mutant N of KIND (xlsx or pdf) here, and print it")
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
