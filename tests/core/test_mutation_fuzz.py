"""The mutation fuzz test (issue 11): a few hundred byte-level and zip-member-level mutants
of a real signed return, .xlsx and .pdf. None may raise out of verification (exit 3),
abort the process, or be genuine while showing something else than the original. The
soak runs the same mutants by the ten thousand in child processes (benchmarks/soak.py,
`python3 dev.py soak`), counting crashes, hangs and peak memory too."""

from __future__ import annotations

from collections import Counter

import pytest

from kotodesk.documents import verify
from tests.mutants import Mutant, judge, make_return, mutant

COUNTS = {"xlsx": 300, "pdf": 150}


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    xlsx, pdf, person = make_return(folder)
    return {"xlsx": xlsx.read_bytes(), "pdf": pdf.read_bytes()}, {person.info.fingerprint}


@pytest.mark.slow
@pytest.mark.parametrize("kind", COUNTS)
def test_no_mutant_crashes_or_passes_as_genuine_with_other_content(signed, kind, tmp_path):
    originals, trusted = signed
    original = originals[kind]
    path = tmp_path / f"mutant.{kind}"
    assert judge(original, kind, Mutant(-1, "the original", original), trusted,
                 path)[0] == verify.VALID
    verdicts, problems = Counter(), []
    for number in range(COUNTS[kind]):
        item = mutant(original, kind, number)
        verdict, problem = judge(original, kind, item, trusted, path)
        verdicts[verdict] += 1
        if problem:
            problems.append(f"mutant {kind} {number} ({item.how}): {verdict}: {problem}")
    assert not problems, "\n".join(problems[:20])
    # The mutants reach past the first check: most are refused, in more than one way.
    assert verdicts[verify.UNREADABLE] + verdicts[verify.MODIFIED] > COUNTS[kind] // 2
    assert len(verdicts) >= 2, verdicts
