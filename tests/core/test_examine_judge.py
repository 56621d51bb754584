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


def test_a_file_taken_in_again_shows_its_examination_judged(made, workspace):
    """The window hands take_in what its worker examined; a file received before keeps
    that examination for its row, which must say what verify_file says."""
    from kotodesk.coordinator import intake

    path = made["paths"]["kasko"]
    trusted = {made["people"]["kasko"].info.fingerprint}
    first = intake.take_in(workspace, path, trusted,
                           verification=verify.examine(path, keep_bytes=True))
    again = intake.take_in(workspace, path, trusted,
                           verification=verify.examine(path, keep_bytes=True))
    assert first.accepted and again.already
    whole = verify.verify_file(path, trusted)
    assert whole.message
    for taken in (first, again):
        assert (taken.verification.status, taken.verification.message) == \
            (whole.status, whole.message)
