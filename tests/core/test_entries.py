"""Entries: typed edits, history, validation, and the embedded previous round."""

from __future__ import annotations

from collections import Counter

import pytest

from kotodesk.domain.entries import value_field
from kotodesk.domain.errors import UsageError
from kotodesk.reporting.entries import apply_edits
from kotodesk.reporting.validation import problems
from kotodesk.storage import entries as store_entries
from kotodesk.storage import measure_texts, rounds


@pytest.fixture
def open_round(workspace):
    return workspace.round()


@pytest.fixture
def catalogue(workspace, open_round):
    return workspace.catalogue(open_round.programme_id, open_round.catalogue_version)


def test_embedded_default_has_previous_round_from_seed_002_and_an_open_round(workspace):
    found = rounds.list_rounds(workspace.store, "kotoutuminen-2022-2025")
    assert [(r.period, r.state) for r in found] == [("5/2022–5/2023", "closed"),
                                                   ("6–12/2023", "open")]
    assert found[1].previous_round_id == found[0].id
    previous = store_entries.entries_of_round(workspace.store, found[0].id) + \
        measure_texts.texts_of_round(workspace.store, found[0].id)
    assert len({e.measure_ref for e in previous}) == 47
    # Seed 002 has no status column: the one status its words state is 2/2.3's.
    assert Counter(e.status for e in previous) == {None: 47, "red": 1}
    assert found[0].from_report and not found[1].from_report
    red = next(e for e in previous if e.status == "red")
    assert red.measure_ref == "2/2.3" and red.whole_measure
    assert red.narrative == "Ei ole käynnistetty, tehtävää ei ole delegoitu."
    anonymous = next(e for e in previous if e.measure_ref == "2/3.2")
    assert anonymous.values == {
        "Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista "
        "rekrytointiprosesseista": "2"}


def test_percent_written_the_finnish_way_is_stored_as_a_number(workspace, open_round, catalogue):
    name = catalogue.measure("2/3.2").indicators[0].name
    apply_edits(workspace.store, catalogue, open_round, "kanslia-henkilosto", "2/3.2",
                {value_field(name): "12,5"}, "Testi")
    entry = store_entries.load_entry(workspace.store, open_round.id, "2/3.2",
                                     "kanslia-henkilosto")
    assert entry.values[name] == "12.5"


@pytest.mark.parametrize("edits, message", [
    ({"status": "purple"}, "not on the programme's scale"),
    ({"value:Ei tällaista": "1"}, "has no indicator"),
    ({"value:Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista "
      "rekrytointiprosesseista": "paljon"}, "is not a number"),
])
def test_edits_that_do_not_fit_are_refused(workspace, open_round, catalogue, edits, message):
    with pytest.raises(UsageError, match=message):
        apply_edits(workspace.store, catalogue, open_round, "kanslia-henkilosto", "2/3.2",
                    edits, "Testi")


def test_a_unit_cannot_report_on_measures_of_others_nor_in_a_closed_round(
        workspace, open_round, catalogue):
    with pytest.raises(UsageError, match="not responsible"):
        apply_edits(workspace.store, catalogue, open_round, "kasko", "2/3.2",
                    {"status": "green"}, "Testi")
    closed = rounds.get_round(workspace.store, open_round.previous_round_id)
    with pytest.raises(UsageError, match="closed"):
        apply_edits(workspace.store, catalogue, closed, "kanslia-henkilosto", "2/3.2",
                    {"status": "green"}, "Testi")


def test_changes_are_returned_and_kept_in_history(workspace, open_round, catalogue):
    store = workspace.store
    args = (store, catalogue, open_round, "kanslia-henkilosto", "2/3.2")
    first = apply_edits(*args, {"status": "yellow", "narrative": "Aloitettu."}, "Anna")
    assert first.fields == {"status": ("", "yellow"), "narrative": ("", "Aloitettu.")}
    assert apply_edits(*args, {"status": "yellow"}, "Anna").fields == {}
    apply_edits(*args, {"narrative": "Aloitettu. Jatkuu."}, "Anna")  # same burst: one step
    apply_edits(*args, {"status": "green"}, "Ville")
    steps = [(h.field, h.old, h.new, h.author) for h in
             store_entries.history(store, open_round.id, "2/3.2", "kanslia-henkilosto")]
    assert steps == [("status", "", "yellow", "Anna"),
                     ("narrative", "", "Aloitettu. Jatkuu.", "Anna"),
                     ("status", "yellow", "green", "Ville")]


def test_validation_lists_what_is_missing(workspace, open_round, catalogue):
    store = workspace.store
    unit = "kanslia-henkilosto"  # answers for 2/3.1–2/3.4
    entries = {}
    missing = problems(catalogue, unit, entries)
    assert {p.ref for p in missing} == {"2/3.1", "2/3.2", "2/3.3", "2/3.4"}
    apply_edits(store, catalogue, open_round, unit, "2/3.2",
                {"status": "red", "narrative": "Ei resursseja."}, "Anna")
    entries = {e.measure_ref: e for e in
               store_entries.entries_of_round(store, open_round.id, unit)}
    fields = {p.field for p in problems(catalogue, unit, entries) if p.ref == "2/3.2"}
    assert fields == {"reasons", value_field(catalogue.measure("2/3.2").indicators[0].name)}


def test_a_themes_entries_are_the_rounds_entries_of_its_measures(workspace):
    """merged_payload reads a round's entries a theme at a time (entries_of_measures);
    they are the round's entries of those measures, values too, and refs past the
    query's 500 at a time are read as well."""
    previous = rounds.list_rounds(workspace.store, "kotoutuminen-2022-2025")[0]
    everything = store_entries.entries_of_round(workspace.store, previous.id)
    refs = sorted({e.measure_ref for e in everything})
    wanted = refs[::2]
    some = store_entries.entries_of_measures(workspace.store, previous.id, wanted)
    assert some and some == [e for e in everything if e.measure_ref in wanted]
    padded = [f"ei/{n}" for n in range(600)] + refs  # the real refs past the first 500
    assert sorted(store_entries.entries_of_measures(workspace.store, previous.id, padded),
                  key=lambda e: (e.measure_ref, e.unit_id)) == \
        sorted(everything, key=lambda e: (e.measure_ref, e.unit_id))
    assert store_entries.entries_of_measures(workspace.store, previous.id, []) == []


def test_a_clock_set_back_does_not_merge_later_work_into_an_earlier_step(workspace,
                                                                       open_round):
    """Edits within a minute are one history step. A laptop whose clock was set back (an
    hour, after it had run ahead offline) made every later edit look earlier than the last
    step, and 'less than a minute after it': an hour's work, typed the next morning, was
    folded into yesterday's step, and the text saved in between was gone from the
    history. A step that seems to come before the last one is a step of its own."""
    store = workspace.store
    at = "2026-03-02T{}+00:00".format
    where = (store, open_round.id, "2/3.2", "kanslia-henkilosto")
    store_entries.save_fields(*where, {"narrative": "Eilen kirjoitettu."}, "Anna",
                              at=at("15:00:00.000"))
    store_entries.save_fields(*where, {"narrative": "Tänään jatkettu."}, "Anna",
                              at=at("14:05:00.000"))  # the clock went back an hour
    store_entries.save_fields(*where, {"narrative": "Tänään jatkettu. Valmis."}, "Anna",
                              at=at("14:05:30.000"))  # the same burst: one step
    steps = [(h.old, h.new, h.at) for h in store_entries.history(*where)]
    assert steps == [("", "Eilen kirjoitettu.", at("15:00:00.000")),
                     ("Eilen kirjoitettu.", "Tänään jatkettu. Valmis.", at("14:05:30.000"))]
