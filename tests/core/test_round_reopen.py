"""`round new` says which round it closed, with its entries; `round reopen` brings a closed
round back (closing the one opened by mistake), so nothing typed is lost for good."""

from __future__ import annotations

from kotodesk.reporting.entries import apply_edits


def test_a_round_opened_by_mistake_is_undone_with_round_reopen(cli, workspace):
    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(workspace.store, catalogue, round_, "kasko", "1/1.1",
                {"narrative": "Kesken"}, "Anna")

    made = cli("round", "new", "--period", "1-6/2024", "--deadline", "2024-06-30")
    assert made.code == 0, made.err
    assert "Closed round 6–12/2023 (1 entries from 1 units; `kotodesk round reopen " \
           f"{round_.id}` opens it again)." in made.out
    assert workspace.round().period == "1–6/2024"

    back = cli("round", "reopen", "6-12/2023", "--json")
    assert back.code == 0, back.err
    assert back.json() == {"round": "6–12/2023", "state": "open", "closed": ["1–6/2024"]}
    assert workspace.round().id == round_.id
    states = {r["period"]: r["state"] for r in cli("round", "list", "--json").json()}
    assert states["6–12/2023"] == "open" and states["1–6/2024"] == "closed"

    both = cli("round", "reopen", "1–6/2024", "--keep-open")
    assert both.code == 0 and "is now closed" not in both.out
    states = {r["period"]: r["state"] for r in cli("round", "list", "--json").json()}
    assert states["6–12/2023"] == states["1–6/2024"] == "open"

    assert cli("round", "reopen", "1/2099").code == 2  # no such round: bad input
