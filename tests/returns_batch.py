"""A batch of real returns as a coordinator receives them: signed returns of several units
(two disagree on a shared measure; one sent its .pdf beside the .xlsx), an unsigned copy
that conflicts with its signed original, and a file that is no return at all. Used by
the coordinator tests and by docs/coordinator_screenshots.py."""

from __future__ import annotations

import openpyxl

from kotodesk.datafolder.workspace import Workspace
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from kotodesk.reporting.validation import unit_measures
from tests.support import make_identity, write_return_xlsx

HENKILOSTO = "kanslia-henkilosto"  # answers alone for 2/3.1–2/3.4
SHARED = "1/1.1"  # kasko and kuva both answer for it
STATUSES = ("green", "yellow", "green", "red")


def fill(ws: Workspace, unit: str, ref: str, **edits: str) -> None:
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(ws.store, catalogue, round_, unit, ref, edits, "Testi")


def fill_unit(ws: Workspace, unit: str, count: int | None = None, shift: int = 0) -> None:
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    for i, measure in enumerate(unit_measures(catalogue, unit)[:count]):
        status = STATUSES[(i + shift) % len(STATUSES)]
        fill(ws, unit, measure.ref, status=status,
             narrative=f"{measure.ref}: työ jatkuu suunnitellusti ({unit}).",
             reasons="Resurssit eivät riittäneet." if status == "red" else "")


def make_batch(folder, unit_home) -> dict:
    """Write the batch into `folder`; the returns are made in the data folder
    `unit_home` (a unit's own kotodesk). Returns the paths and the signers."""
    folder.mkdir(parents=True, exist_ok=True)
    people = {"kasko": make_identity("Kaisa Kasko", unit="Kasvatuksen ja koulutuksen toimiala"),
              "kuva": make_identity("Ville Kuva", unit="Kulttuurin ja vapaa-ajan toimiala"),
              HENKILOSTO: make_identity("Heli Henkilöstö", unit="Kaupunginkanslia")}
    ws = Workspace.open(unit_home)
    try:
        fill_unit(ws, "kasko")
        fill(ws, "kasko", SHARED, status="red", narrative="Kasko: ei aloitettu.",
             reasons="Rahoitus puuttuu.")
        fill_unit(ws, "kuva", 6, shift=1)
        fill(ws, "kuva", SHARED, status="green", narrative="Kuva: käynnissä.", reasons="")
        fill_unit(ws, HENKILOSTO)
        paths = {}
        for unit in ("kuva", HENKILOSTO):  # the .xlsx only, named as the export names it
            made = folder / "return.xlsx"
            payload = write_return_xlsx(ws, unit, people[unit], made)
            paths[unit] = made.rename(folder / f"{returns.file_stem(payload)}.xlsx")
        # Kasko sends what the window exports: the .xlsx and the signed .pdf beside it.
        both = returns.export(ws, ws.round(), ws.unit("kasko"), people["kasko"], folder)
        paths["kasko"], paths["kasko_pdf"] = both.xlsx, both.pdf
    finally:
        ws.close()
    # The same return, edited by hand and saved without the signature.
    wb = openpyxl.load_workbook(paths[HENKILOSTO])
    del wb["kotodesk_allekirjoitus"]
    sheet = wb.worksheets[1]
    cell = next(c for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("2/3.1: "))
    cell.value = "Käsin muutettu: malli valmis."
    paths["unsigned"] = folder / "henkilosto_palautus_korjattu.xlsx"
    wb.save(paths["unsigned"])
    paths["junk"] = folder / "lounaslista.xlsx"
    paths["junk"].write_bytes(b"GIF89a this is a picture renamed")
    return {"paths": paths, "people": people}
