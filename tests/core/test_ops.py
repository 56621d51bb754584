"""The operations layer (kotodesk/ops): each write one transaction that says what it
changed, and intake recording exactly the bytes it verified."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.ops import Changes, coordinator
from kotodesk.ops.trust import trusted_signers
from kotodesk.storage import entries as entry_store
from kotodesk.storage import inbox
from tests.support import coordinator_ready, make_identity, signed_return

UNIT = "kanslia-henkilosto"
FIRST = ("Henkilöstökoulutuksessa käsiteltiin syrjimättömyyttä; mukana oli 240 esihenkilöä "
         "ja palautteen keskiarvo oli 4,3/5. Työ jatkuu syksyllä Malmin ja Kontulan "
         "toimipisteissä.")
SECOND = ("Koulutus siirtyi kevääseen: kouluttajan sairastuminen viivästytti aloitusta. "
          "Ryhmät täyttyivät silti, ja jonoon jäi 35 hakijaa.")


@pytest.fixture
def heli():
    return make_identity("Heli Henkilöstö", unit="Kaupunginkanslia")


def _return(tmp_path, name, heli, narrative, status="green"):
    return signed_return(tmp_path / name, heli, {"2/3.1": {"status": status,
                                                           "narrative": narrative}})


def test_a_file_that_changes_after_verification_is_recorded_as_verified(
        tmp_path, monkeypatch, heli):
    home = tmp_path / "coordinator"
    coordinator_ready(home, monkeypatch, heli)
    first = _return(tmp_path, "first", heli, FIRST)
    second = _return(tmp_path, "second", heli, SECOND, status="yellow")
    received = tmp_path / "inbox" / "palautus.xlsx"
    received.parent.mkdir()
    shutil.copy(first, received)
    verified_bytes = received.read_bytes()
    ws = Workspace.open(home)
    try:
        trusted = trusted_signers(ws)
        checked = verify.verify_file(received, trusted, keep_bytes=True)
        assert checked.status == verify.VALID
        assert checked.sha256 == hashlib.sha256(verified_bytes).hexdigest()
        # The unit mails a corrected return under the same name before it is recorded.
        shutil.copy(second, received)

        taken, changes = coordinator.record_file(ws, received, trusted,
                                                 verification=checked)
        assert taken.accepted and not taken.already, taken.reason
        recorded = inbox.get_file(ws.store, taken.file_id)
        assert recorded.file_sha256 == checked.sha256  # what was verified, not re-read
        assert checked.data is None  # the bytes are not kept once recorded
        entry = entry_store.load_entry(ws.store, recorded.round_id, "2/3.1", UNIT)
        assert (entry.status, entry.narrative) == ("green", FIRST)
        assert changes.files and changes.units == frozenset({UNIT})

        # The corrected file is a later return in its own right, not "already received".
        again, _changes = coordinator.record_file(
            ws, received, trusted, verification=verify.verify_file(received, trusted,
                                                                   keep_bytes=True))
        assert again.accepted and not again.already, again.reason
        entry = entry_store.load_entry(ws.store, recorded.round_id, "2/3.1", UNIT)
        assert (entry.status, entry.narrative) == ("yellow", SECOND)
    finally:
        ws.close()


def test_a_stale_verification_without_its_bytes_is_not_trusted(tmp_path, monkeypatch, heli):
    """A verification of other bytes (no bytes kept) is made again from the file read."""
    home = tmp_path / "coordinator"
    coordinator_ready(home, monkeypatch, heli)
    first = _return(tmp_path, "first", heli, FIRST)
    second = _return(tmp_path, "second", heli, SECOND, status="yellow")
    received = tmp_path / "palautus.xlsx"
    shutil.copy(first, received)
    ws = Workspace.open(home)
    try:
        trusted = trusted_signers(ws)
        checked = verify.verify_file(received, trusted)
        shutil.copy(second, received)
        taken, _changes = coordinator.record_file(ws, received, trusted, verification=checked)
        recorded = inbox.get_file(ws.store, taken.file_id)
        assert recorded.file_sha256 == hashlib.sha256(second.read_bytes()).hexdigest()
        entry = entry_store.load_entry(ws.store, recorded.round_id, "2/3.1", UNIT)
        assert entry.narrative == SECOND
    finally:
        ws.close()


def test_review_sent_back_needs_a_comment(workspace):
    round_ = workspace.round()
    with pytest.raises(coordinator.CommentNeeded):
        coordinator.review(workspace, round_, UNIT, "returned", "  \n ", "Koordinaattori")
    assert inbox.reviews(workspace.store, round_.id) == {}
    changes = coordinator.review(workspace, round_, UNIT, "returned",
                                 " Lisää luvut kohtaan 2/3.1. ", "Koordinaattori")
    assert inbox.reviews(workspace.store, round_.id)[UNIT].comment == \
        "Lisää luvut kohtaan 2/3.1."
    assert changes == Changes(reviews=True, round_id=round_.id, units=frozenset({UNIT}),
                              measures=frozenset())


def test_a_merged_status_says_which_measure_changed(workspace):
    round_ = workspace.round()
    changes = coordinator.set_status(workspace, round_, "2/3.1", "yellow",
                                     "Yksiköt eivät ole yhtä mieltä.", "Koordinaattori")
    assert changes.statuses and not changes.entries and not changes.files
    assert changes.measures == frozenset({"2/3.1"})
    assert changes.touches_measure("2/3.1") and not changes.touches_measure("2/3.2")


def test_changes_combine():
    files = Changes(files=True, round_id=3, units=frozenset({"kasko"}))
    status = Changes(statuses=True, round_id=3, measures=frozenset({"1/1.1"}),
                     units=frozenset())
    both = files | status
    assert both.kinds() == ["files", "statuses"]
    assert both.round_id == 3
    assert both.measures is None  # the files' measures were not known
    assert both.units == frozenset({"kasko"})
    assert Changes() | files == files and not Changes()
    assert (files | Changes(files=True, round_id=4)).round_id is None


def test_the_passphrase_rule_is_one_rule():
    from kotodesk.domain.errors import InputError
    from kotodesk.ops.keys import PassphrasesDiffer, PassphraseTooShort, check_new_passphrase
    from kotodesk.signing.keys import MIN_PASSPHRASE

    assert MIN_PASSPHRASE == 8
    with pytest.raises(PassphraseTooShort):
        check_new_passphrase("lyhyt7!", "lyhyt7!")
    with pytest.raises(PassphrasesDiffer):
        check_new_passphrase("Kotoutuminen-2025", "Kotoutuminen-2026")
    assert issubclass(PassphrasesDiffer, InputError)
    assert check_new_passphrase("Äänestys ja yhdenvertaisuus") == "Äänestys ja yhdenvertaisuus"


def test_the_author_of_an_edit_is_the_same_from_window_and_command_line(workspace,
                                                                         monkeypatch):
    from kotodesk.ops import entries, people, settings

    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    monkeypatch.setattr(people, "_login", lambda: "kkoordin")
    _change, changes = entries.edit_entry(workspace, catalogue, round_, UNIT, "2/3.1",
                                          {"narrative": FIRST})
    assert changes == Changes(entries=True, round_id=round_.id,
                              measures=frozenset({"2/3.1"}), units=frozenset({UNIT}))
    assert entries.history(workspace, round_.id, "2/3.1", UNIT)[-1].author == "kkoordin"
    settings.put(workspace, user_name="Heli Henkilöstö")
    entries.edit_entry(workspace, catalogue, round_, UNIT, "2/3.1", {"narrative": SECOND})
    assert entries.history(workspace, round_.id, "2/3.1", UNIT)[-1].author == \
        "Heli Henkilöstö"
    entries.edit_entry(workspace, catalogue, round_, UNIT, "2/3.1", {"status": "yellow"},
                       author="Sijainen Saara")
    assert entries.history(workspace, round_.id, "2/3.1", UNIT)[-1].author == "Sijainen Saara"
    unchanged, nothing = entries.edit_entry(workspace, catalogue, round_, UNIT, "2/3.1",
                                            {"status": "yellow"})
    assert not unchanged.fields and not nothing


def _conflicting(tmp_path, monkeypatch, heli):
    """A coordinator's folder where the unit's signed return and an unsigned copy the
    coordinator accepted differ on 2/3.1: an open conflict."""
    from tests.returns_batch import make_batch

    home = tmp_path / "coordinator"
    coordinator_ready(home, monkeypatch, heli)
    made = make_batch(tmp_path / "mail", tmp_path / "unit")
    ws = Workspace.open(home)
    from kotodesk.storage import trust as trust_store

    trust_store.add(ws.store, made["people"][UNIT].certificate, role="unit", units=[UNIT],
                    confirmed=True)
    trusted = trusted_signers(ws)
    for key in (UNIT, "unsigned", "kasko"):  # Kasko's signer is unknown here: held
        taken, _changes = coordinator.record_file(ws, made["paths"][key], trusted)
        assert taken.accepted, taken.reason
    round_ = ws.round()
    unsigned = next(f for f in coordinator.received_files(ws, round_, UNIT)
                    if f.status == verify.UNSIGNED)
    coordinator.accept_file(ws, round_, unsigned.id, "Koordinaattori")
    return ws, round_, unsigned


def test_choosing_a_conflicts_file_is_one_transaction(tmp_path, monkeypatch, heli):
    from kotodesk.coordinator import intake
    from kotodesk.ops.round_cache import RoundCache

    ws, round_, unsigned = _conflicting(tmp_path, monkeypatch, heli)
    try:
        [conflict] = RoundCache(ws, round_).conflicts()
        assert (conflict.ref, conflict.unit_id) == ("2/3.1", UNIT)
        before = entry_store.load_entry(ws.store, round_.id, "2/3.1", UNIT).narrative

        def broken(*_args, **_kwargs):
            raise OSError("levy täynnä")

        with monkeypatch.context() as patch:
            patch.setattr(intake, "merge_unit", broken)
            with pytest.raises(OSError):
                coordinator.choose_file(ws, round_, "2/3.1", UNIT, unsigned.id, "Kirsi")
        assert inbox.choices(ws.store, round_.id) == {}  # no choice without its merge

        changes = coordinator.choose_file(ws, round_, "2/3.1", UNIT, unsigned.id, "Kirsi")
        assert inbox.choices(ws.store, round_.id) == {("2/3.1", UNIT): unsigned.id}
        after = entry_store.load_entry(ws.store, round_.id, "2/3.1", UNIT).narrative
        assert after != before
        assert changes.choices and changes.entries
        assert changes.measures == frozenset({"2/3.1"})  # only the entry that changed
        assert changes.units == frozenset({UNIT})
        assert RoundCache(ws, round_).conflicts() == []
    finally:
        ws.close()


def test_the_round_cache_forgets_only_what_a_write_changed(tmp_path, monkeypatch, heli):
    from kotodesk.ops.round_cache import RoundCache

    ws, round_, unsigned = _conflicting(tmp_path, monkeypatch, heli)
    try:
        cache = RoundCache(ws, round_)
        assert len(cache.conflicts()) == 1
        parsed = dict(cache._payloads)
        judged = cache.judged()
        assert set(judged) == {UNIT, "kasko"}
        changes = coordinator.choose_file(ws, round_, "2/3.1", UNIT, unsigned.id, "Kirsi")
        cache.apply(changes)
        assert cache.conflicts() == []
        assert cache._payloads == parsed  # no stored return parsed again
        assert cache.judged()["kasko"] is judged["kasko"]  # an untouched unit is kept
        status = coordinator.set_status(ws, round_, "2/3.1", "red", "Ei aloitettu.", "Kirsi")
        kept = cache.judged()
        cache.apply(status)
        assert cache.judged()[UNIT] is kept[UNIT]  # a merged status re-judges no file
    finally:
        ws.close()


def test_a_batch_of_many_units_leaves_the_cache_as_a_fresh_read(tmp_path, monkeypatch, heli):
    """A write that changed many units (a batch taken in) is read back for the whole
    round in one query instead of one per unit: what the views get is what a cache made
    afresh reads, for the changed units and the others alike."""
    from kotodesk.ops.round_cache import RoundCache

    ws, round_, _unsigned = _conflicting(tmp_path, monkeypatch, heli)
    try:
        cache = RoundCache(ws, round_)
        kept = cache.judged()
        # Nine units said changed (more than a per-unit read is worth), seven of them
        # without files or entries, as a batch of refused files leaves them.
        many = frozenset({UNIT, *(f"unit-{n}" for n in range(7)), "kasko"})
        cache.apply(Changes(files=True, entries=True, round_id=round_.id, units=many))
        fresh = RoundCache(ws, round_)
        assert cache.files() == fresh.files()
        assert cache.entries() == fresh.entries() and cache.said() == fresh.said()
        assert set(cache.judged()) == set(fresh.judged()) == set(kept)
        assert cache.conflicts() == fresh.conflicts()
        assert [s.measure.ref for s in cache.measure_statuses()] == \
            [s.measure.ref for s in fresh.measure_statuses()]
    finally:
        ws.close()


def test_a_sealed_payload_is_what_the_database_gives_back(tmp_path, monkeypatch, heli):
    """The window keeps a return's verified payload for its views instead of parsing the
    stored copy again (RoundCache.remember): the two must be equal."""
    import copy

    home = tmp_path / "coordinator"
    coordinator_ready(home, monkeypatch, heli)
    path = _return(tmp_path, "palautus.xlsx", heli, FIRST)
    ws = Workspace.open(home)
    try:
        examined = verify.examine(path, path.read_bytes(), roots=trusted_signers(ws))
        sealed = copy.deepcopy(examined.payload)
        taken, _changes = coordinator.record_file(ws, path, trusted_signers(ws),
                                                  verification=examined)
        assert taken.accepted, taken.reason
        assert inbox.payload(ws.store, taken.file_id) == sealed
    finally:
        ws.close()
