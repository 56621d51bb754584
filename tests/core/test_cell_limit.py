"""A return's text an Excel cell cannot hold is refused before anything is sealed, with a
message that names the measure and the field, in any language the window speaks."""

from __future__ import annotations

import pytest

from kotodesk.domain.errors import InputError
from kotodesk.domain.messages import TEXTS, render
from kotodesk.domain.text import EXCEL_CELL_LIMIT
from kotodesk.reporting.returns import check_payload
from tests.summary_layouts import as_return, seed_payload


@pytest.fixture(scope="module")
def payload(tmp_path_factory):
    return as_return(seed_payload(tmp_path_factory.mktemp("seed")))


def _entry(payload, ref):
    return next(m["entry"] for t in payload["themes"] for m in t["measures"] if m["ref"] == ref)


@pytest.mark.parametrize("field, said", [
    ("narrative", "“What has been done”"), ("reasons", "“Reasons”"),
    ("indicator_report", "the report against the indicator"),
    ("values", "indicator “Osallistujien määrä”")])
def test_a_text_one_character_over_the_cell_limit_is_refused_by_measure_and_field(
        payload, field, said):
    import copy

    changed = copy.deepcopy(payload)
    ref = changed["themes"][1]["measures"][2]["ref"]
    entry = _entry(changed, ref)
    fill = "Kielikahvilat jatkuivat kirjastoissa. "
    text = (fill * (EXCEL_CELL_LIMIT // len(fill) + 1))[:EXCEL_CELL_LIMIT]
    if field == "values":
        entry["values"]["Osallistujien määrä"] = text
    else:
        entry[field] = text
    assert check_payload(changed) == []  # exactly the limit fits
    if field == "values":
        entry["values"]["Osallistujien määrä"] += "!"
    else:
        entry[field] += "!"
    with pytest.raises(InputError) as refused:
        check_payload(changed)
    problem = refused.value.args[0]
    assert problem == (f"measure {ref}, {said}: 32768 characters, but an Excel cell holds at "
                       "most 32767. Shorten the text or link to a longer one.")
    assert problem.code == "text-too-long"
    # the window says it again in its language: both parts go through its translations
    asked = []
    render(problem, lambda source: asked.append(source) or source)
    assert TEXTS["text-too-long"] in asked and TEXTS[problem.params["field"].code] in asked
