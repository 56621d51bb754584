"""Import catalogue in the window with the files a coordinator really gets wrong: a
measure number Excel turned into a date, a pipe named like a catalogue, a workbook with a
hidden theme sheet. Refusals and warnings are in the window's language, name the file and
the place, and change nothing."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest

from kotodesk.storage import catalogues
from tests.support import dump
from tests.ui.test_messages_language import boxes_read, english_in

WORDS = {
    "fi": {"date": ["taulukko 'Läpileikkaavat teemat', rivi 4: sarake B: '2023-02-01' ei ole "
                    "toimenpiteen numero", "Muotoile sarake tekstiksi"],
           "pipe": ["ei tavallinen tiedosto"],
           "unreadable": ["ei voi lukea (levyä ei voitu lukea)"],
           "hidden": ["Varoitus: taulukko 'Työllisyys ja työvoima' on piilotettu "
                      "työkirjassa"]},
    "sv": {"date": ["blad 'Läpileikkaavat teemat', rad 4: kolumn B: '2023-02-01' är inte "
                    "ett åtgärdsnummer", "Formatera kolumnen som text"],
           "pipe": ["inte en vanlig fil"],
           "unreadable": ["kan inte läsas (disken kunde inte läsas)"],
           "hidden": ["Varning: bladet 'Työllisyys ja työvoima' är dolt i arbetsboken"]},
}


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_odd_catalogue_files_are_refused_or_warned_of_in_the_window_language(
        qtbot, controller, language, tmp_path, no_hang):
    from kotodesk.catalogue.xlsx_format import write_catalogue

    controller.translations.install(language)
    workspace = controller.session.workspace
    exported = tmp_path / "kotoutuminen.xlsx"
    write_catalogue(workspace.catalogue(), exported)
    wb = openpyxl.load_workbook(exported)
    next(r for r in wb.worksheets[1].iter_rows(min_row=3)
         if r[1].value == "1.2")[1].value = dt.datetime(2023, 2, 1)
    date = tmp_path / "paivamaara.xlsx"
    wb.save(date)
    pipe = tmp_path / "putki.txt"
    os.mkfifo(pipe)
    wb = openpyxl.load_workbook(exported)
    wb.worksheets[2].sheet_state = "hidden"
    hidden = tmp_path / "piilotettu.xlsx"
    wb.save(hidden)
    unreadable = tmp_path / "lukukelvoton.txt"  # a file that fails as it is read (EIO)
    unreadable.symlink_to("/proc/self/mem")

    def data() -> list[str]:  # but the window's own settings (the programme shown)
        return [line for line in dump(workspace.store) if '"setting"' not in line]

    before = data()
    versions = catalogues.latest_version(workspace.store, "kotoutuminen-2022-2025")
    said: list[str] = []
    with boxes_read(said):  # which programme: the one the file names, as proposed
        for path in (date, pipe, unreadable, hidden):
            controller.window.import_file(path)
    assert len(said) == 4, said
    for path, kind, text in zip((date, pipe, unreadable, hidden),
                                ("date", "pipe", "unreadable", "hidden"), said, strict=True):
        assert str(path) in text, text
        assert all(words in text for words in WORDS[language][kind]), text
    assert not english_in(said, [str(tmp_path), "Läpileikkaavat teemat",
                                 "Työllisyys ja työvoima", "Vastuutahot"]), said
    # The refusals changed nothing; the hidden sheet's workbook is the catalogue as it was.
    assert data() == before
    assert catalogues.latest_version(workspace.store, "kotoutuminen-2022-2025") == versions
