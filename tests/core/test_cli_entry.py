"""`kotodesk entry set|show` and `round list` on the embedded default."""

from __future__ import annotations


def test_round_list_shows_previous_and_open_round(cli):
    data = cli("round", "list", "--json").json()
    assert [(r["period"], r["state"]) for r in data] == [("5/2022–5/2023", "closed"),
                                                        ("6–12/2023", "open")]


def test_entry_set_then_show(cli):
    result = cli("entry", "set", "--unit", "Kasko", "--measure", "3/1.1", "--status", "green",
                 "--indicator", "1=13", "--narrative", "13 koulutusta, 910 osallistujaa.",
                 "--author", "Anna", "--json")
    assert result.code == 0, result.err
    assert set(result.json()["changed"]) == {
        "status", "narrative", "value:Koulutusten määrä ja laadullinen palaute"}
    shown = cli("entry", "show", "--unit", "kasvatuksen ja koulutuksen toimiala",
                "--json").json()
    entry = next(e for e in shown["entries"] if e["measure"] == "3/1.1")
    assert entry["status"] == "green"
    assert entry["indicators"] == {"Koulutusten määrä ja laadullinen palaute": "13"}
    assert entry["author"] == "Anna"
    assert "3/1.1: no status" not in shown["missing"]
    assert "3/1.2: no status" in shown["missing"]


def test_entry_set_by_round_label_and_indicator_name_prefix(cli):
    result = cli("entry", "set", "--unit", "kanslia-henkilosto", "--measure", "2/3.2",
                 "--round", "6-12/2023", "--indicator", "anonyymisti=2,5")
    assert result.code == 0, result.err
    shown = cli("entry", "show", "--unit", "kanslia-henkilosto", "--json").json()
    assert next(e for e in shown["entries"] if e["measure"] == "2/3.2")["indicators"] == {
        "Anonyymisti toteutettujen rekrytointiprosessien osuus kaikista "
        "rekrytointiprosesseista": "2.5"}


def test_bad_entry_input_exits_2_with_a_reason(cli):
    cases = [
        (("--unit", "Kasko", "--measure", "3/9.9", "--status", "green"), "no measure 3/9.9"),
        (("--unit", "Kasko", "--measure", "31", "--status", "green"), "not THEME/NUMBER"),
        (("--unit", "Ei-ole", "--measure", "3/1.1", "--status", "green"), "no unit"),
        (("--unit", "Kasko", "--measure", "3/1.1", "--status", "blue"), "not on the"),
        (("--unit", "Kasko", "--measure", "3/1.5", "--indicator", "2=x"), "is not a number"),
        (("--unit", "Kasko", "--measure", "3/1.1", "--round", "1999"), "no round"),
        (("--unit", "Kasko", "--measure", "3/1.1"), "nothing to set"),
    ]
    for args, message in cases:
        result = cli("entry", "set", *args)
        assert result.code == 2, args
        assert message in result.err, (args, result.err)
