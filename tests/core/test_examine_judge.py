"""Verification in two halves: examining a file's bytes (any thread) and judging whether it
counts (where the database is). Together they say what verify_file says, for every kind of
file; a verification judged already is not judged again."""

from __future__ import annotations

import pytest

from kotodesk.documents import verify
from kotodesk.signing.trust_list import UNIT_CONTACT, Signer, TrustList
from tests.returns_batch import HENKILOSTO, make_batch


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    base = tmp_path_factory.mktemp("halves")
    return make_batch(base / "mail", base / "unit")


def _trust(made) -> TrustList:
    """Kasko's and Henkilöstö's signers trusted; the register names Kasko otherwise than
    its return does (a warning judging adds)."""
    people = made["people"]
    signers = [Signer(people[u].info.fingerprint, people[u].info.name, UNIT_CONTACT, (u,),
                      frozenset({u}), True) for u in ("kasko", HENKILOSTO)]
    return TrustList(signers, {"kasko": "Kasko (rekisterin nimi)"})


def test_examined_then_judged_is_what_verify_file_says(made):
    trusted = _trust(made)
    for name, path in made["paths"].items():
        whole = verify.verify_file(path, trusted)
        examined = verify.examine(path, roots=frozenset(trusted))
        assert not examined.judged, name
        if path.suffix == ".xlsx":  # (pyHanko may call a PDF valid before judging)
            assert examined.status != verify.VALID, name
        halves = verify.judge(examined, trusted)
        assert (halves.status, halves.message, halves.problem, halves.signer, halves.unit,
                halves.warnings, halves.sha256) == \
            (whole.status, whole.message, whole.problem, whole.signer, whole.unit,
             whole.warnings, whole.sha256), name


def test_a_judged_verification_is_not_judged_again(made):
    trusted = _trust(made)
    judged = verify.verify_file(made["paths"]["kasko"], trusted)
    assert judged.status == verify.VALID and judged.judged
    assert len(judged.warnings) == 1 and "Kasko (rekisterin nimi)" in judged.warnings[0]
    again = verify.judge(judged, TrustList())  # another list: the first judgement stands
    assert again.status == verify.VALID and len(again.warnings) == 1
