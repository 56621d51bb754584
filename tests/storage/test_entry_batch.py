"""A unit's entries written in a few statements write what field-by-field writes write."""

from __future__ import annotations

from kotodesk.datafolder.workspace import Workspace
from kotodesk.storage import entries, inbox
from kotodesk.storage.entry_batch import EntryWrite, save_unit_entries

UNIT = "kasko"
LONG = ("Kasvatuksen ja koulutuksen toimiala järjesti syksyllä kuusi täydennyskoulutusta, "
        "joihin osallistui 180 työntekijää; palaute oli hyvää ja jatko on sovittu. ") * 8

# Rounds of writes, each [(ref, fields, author, at, source)]: new entries, changed and
# unchanged fields, values set and cleared, a status emptied, the same author again
# within a minute (joins the last history step, or removes it when changed back) and later,
# and after the clock was set back (a step of its own).
ROUNDS = [
    [("2/2.3", {"status": "green", "narrative": LONG, "reasons": "", "indicator_report": "",
                "value:Osallistujat": "180"}, "Kaisa Kärkkäinen", "2026-05-01T10:00:00", 1),
     ("2/2.4", {"status": "red", "narrative": "Ei aloitettu.", "reasons": "Rahoitus",
                "indicator_report": "", "value:Osallistujat": ""}, "Kaisa Kärkkäinen",
      "2026-05-01T10:00:00", 1)],
    [("2/2.3", {"status": "yellow", "narrative": LONG + "Lisäys.", "reasons": "",
                "indicator_report": "", "value:Osallistujat": ""}, "Kaisa Kärkkäinen",
      "2026-05-01T10:00:30", 2),
     ("2/2.4", {"status": "red", "narrative": "Ei aloitettu.", "reasons": "Rahoitus",
                "indicator_report": "2 %", "value:Osallistujat": "3"}, "Östen Ålander",
      "2026-05-01T10:00:40", 2)],
    [("2/2.3", {"status": "green", "narrative": LONG, "reasons": "", "indicator_report": "",
                "value:Osallistujat": "180"}, "Kaisa Kärkkäinen", "2026-05-01T10:00:50", 3),
     ("2/2.4", {"status": "", "narrative": "", "reasons": "", "indicator_report": "",
                "value:Osallistujat": ""}, "kotodesk: no trusted return speaks for it now",
      "2026-06-01T09:00:00", None)],
    [("2/2.3", {"status": "yellow", "narrative": LONG + "Kello siirtyi taaksepäin.",  # a
                "reasons": "", "indicator_report": "", "value:Osallistujat": "180"},  # clock
      "Kaisa Kärkkäinen", "2026-05-01T09:30:00", 3)],  # set back: a step of its own
]


def _rows(ws: Workspace) -> list:
    """The written entries, their values and history (the seed's entries were imported at
    another moment in each folder: left out)."""
    mine = "SELECT id FROM entry WHERE unit_id = 'kasko' AND measure_ref IN ('2/2.3', '2/2.4')"
    return [tuple(r) for sql in (
        f"SELECT * FROM entry WHERE id IN ({mine}) ORDER BY id",
        f"SELECT * FROM entry_value WHERE entry_id IN ({mine}) ORDER BY 1, 2",
        f"SELECT * FROM entry_history WHERE entry_id IN ({mine}) ORDER BY id")
        for r in ws.store.query(sql)]


def test_the_batch_writes_what_field_by_field_writes_write(tmp_path):
    one, many = Workspace.open(tmp_path / "one"), Workspace.open(tmp_path / "many")
    try:
        round_id = one.round().id
        assert many.round().id == round_id
        for ws in (one, many):  # the received files entries come from: ids 1, 2, 3
            for n in (1, 2, 3):
                inbox.add_file(ws.store, round_id=round_id, unit_id=UNIT,
                               file_name=f"palautus-{n}.xlsx", file_sha256=str(n),
                               content_sha256=str(n), status="valid", signer="Kaisa",
                               email="", fingerprint="", signed_at="", file_time="",
                               payload={})
        for writes in ROUNDS:
            for ref, fields, author, at, source in writes:
                with one.store.write():
                    entries.save_fields(one.store, round_id, ref, UNIT, fields, author, at=at)
                    one.store.conn.execute(
                        "UPDATE entry SET source_file_id = ? WHERE round_id = ? AND "
                        "measure_ref = ? AND unit_id = ?", (source, round_id, ref, UNIT))
            save_unit_entries(many.store, round_id, UNIT, [
                EntryWrite(ref, fields, author, at, source_file_id=source)
                for ref, fields, author, at, source in writes])
            assert _rows(many) == _rows(one)
        history = entries.history(many.store, round_id, "2/2.3", UNIT)
        assert [h.field for h in history] == ["status", "narrative", "value:Osallistujat",
                                              "status", "narrative"]
        assert entries.load_entry(many.store, round_id, "2/2.4", UNIT).status is None
    finally:
        one.close()
        many.close()
