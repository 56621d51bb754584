"""The fuzz test of every file that travels other than a unit's return: a few hundred
mutants of a genuine round package, merged report, meeting summary, export of
everything, backup, certificate, revocation list and certificate request, each through
the real command (tests/travelling.py). None may fail inside the command, be refused
without naming the file, change the database while refused, be taken as genuine while
showing something else, or restore a backup kotodesk then cannot work on. The soak runs
the same mutants by the thousand in child processes (benchmarks/soak_travel.py,
`python3 dev.py soak travel`), counting crashes, hangs and peak memory too."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.mutants import Mutant
from tests.travelling import DONOR, Judge, make_travellers, mutant

# Few of the slow kinds (each a command that examines the file in a child process, or a
# PDF's signature), more of the quick ones: about 30 s on two idle cores.
COUNTS = {"package": 6, "merged": 6, "summary": 3, "export": 3, "backup": 30,
          "cert": 100, "crl": 100, "request": 30}


@pytest.fixture(scope="module")
def judge(tmp_path_factory):
    made = make_travellers(tmp_path_factory.mktemp("travellers"))
    return Judge(made, tmp_path_factory.mktemp("scratch"))


@pytest.mark.slow
@pytest.mark.parametrize("kind", COUNTS)
def test_no_mutant_of_a_travelling_file_fails_inside_or_passes_as_genuine(judge, kind):
    original = judge.originals[kind]
    verdict, problem = judge(kind, Mutant(-1, "the original", original))
    assert not problem and verdict in ("accepted", "valid", "negative"), (verdict, problem)
    donor = judge.originals[DONOR[kind]] if kind in DONOR else None
    verdicts, problems = Counter(), []
    for number in range(COUNTS[kind]):
        item = mutant(original, kind, number, donor)
        verdict, problem = judge(kind, item)
        verdicts[verdict] += 1
        if problem:
            problems.append(f"mutant {kind} {number} ({item.how}): {verdict}: {problem}")
    assert not problems, "\n".join(problems[:20])
    # The mutants reach the command's checks: most are refused.
    assert sum(v for k, v in verdicts.items() if k not in ("accepted", "valid")) \
        > COUNTS[kind] // 2, verdicts
