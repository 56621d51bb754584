"""Four reporting rounds in a row with every responsible unit of the seed catalogue, as a
programme lives for years: real data folders (the coordinator's and the units'), real
signed round packages and returns, the seed's own narratives.

Round A (6–12/2023) every unit; the coordinator sets one status by hand. Round B
(1–6/2024): Työväenopisto drafts but does not send. Then a new catalogue version adds a
unit (Stadin AO on 2/1.3) and Kuva renews its key. Round C (7–12/2024): everyone, the
skipper back. Round D (1–6/2025) opened with C kept open for a late return; C closed, a
second late return refused. At each round the units' "last round" must be what the
coordinator merged, and D's summary must count what changed since C.

Bounded: about 30 s on two shared cores (a hundred signed files).
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from kotodesk.catalogue.rules import content_hash
from kotodesk.coordinator import intake
from kotodesk.coordinator.merged import merged_payload
from kotodesk.coordinator.new_round import open_new_round
from kotodesk.coordinator.package import import_package
from kotodesk.coordinator.signed_outputs import write_outputs, write_package
from kotodesk.coordinator.statuses import set_merged_status
from kotodesk.coordinator.trusting import trust_signer
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.report import from_payload
from kotodesk.documents.summary_facts import round_change
from kotodesk.ops.catalogue import import_catalogue
from kotodesk.ops.rounds import close_round
from kotodesk.ops.trust import trusted_signers
from kotodesk.reporting.entries import apply_edits, last_round
from kotodesk.signing import keys
from kotodesk.storage import entries as entry_store
from kotodesk.storage import measure_texts
from tests.support import write_return_xlsx

STATUSES = ("green", "yellow", "red")
SKIPPER = "kasko-tyovaenopisto"
NEWCOMER = "kasko-stadin-ao"
RENEWED = "kuva"
HAND_SET = "1/1.1"  # the coordinator's status, unlike any unit's: green over their red
CATALOGUE = Path(__file__).parents[2] / "resources/programmes/kotoutuminen-2022-2025/" \
    "catalogue.tsv"


def _person(workspace: Workspace, unit_id: str, name: str):
    unit = workspace.register.units[unit_id]
    return keys.new_identity(name=name, email=f"{unit_id}@hel.fi", unit=unit.name,
                             organisation="Helsingin kaupunki")


class Programme:
    """The coordinator's folder, one folder the units share (each signs with its own
    key), and every unit's person."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.coordinator = Workspace.open(tmp / "coordinator")
        self.units = Workspace.open(tmp / "units")
        self.me = keys.new_identity(name="Kirsi Koordinaattori", email="kirsi@hel.fi",
                                    unit="Kaupunginkanslia",
                                    organisation="Helsingin kaupunki")
        self.people: dict[str, keys.Identity] = {}
        self.seed = self._seed_texts()

    def close(self) -> None:
        self.coordinator.close()
        self.units.close()

    def _seed_texts(self) -> dict[str, str]:
        """Seed 002's text for each measure, as the embedded report holds it."""
        report = self.coordinator.round("5/2022–5/2023")
        texts = {e.measure_ref: e.narrative for e in
                 entry_store.entries_of_round(self.coordinator.store, report.id)}
        texts.update({t.measure_ref: t.narrative for t in
                      measure_texts.texts_of_round(self.coordinator.store, report.id)})
        return texts

    def responsible(self) -> dict[str, list[str]]:
        round_ = self.coordinator.round()
        catalogue = self.coordinator.catalogue(round_.programme_id, round_.catalogue_version)
        found: dict[str, list[str]] = {}
        for measure in catalogue.measures():
            for unit_id in measure.unit_ids():
                found.setdefault(unit_id, []).append(measure.ref)
        return found

    def trust(self, unit_id: str, name: str) -> None:
        self.people[unit_id] = person = _person(self.coordinator, unit_id, name)
        trust_signer(self.coordinator, person.certificate, role="unit", units=[unit_id],
                     confirm=True)

    def send_package(self, name: str) -> None:
        path = self.tmp / name
        write_package(self.coordinator, self.coordinator.round(), self.me, path)
        import_package(self.units, path, {self.me.info.fingerprint},
                       accept=self.me.info.fingerprint)

    def fill(self, round_no: int, unit_id: str, refs: list[str], shift: int = 0) -> None:
        round_ = self.units.round()
        catalogue = self.units.catalogue(round_.programme_id, round_.catalogue_version)
        for i, ref in enumerate(refs):
            status = STATUSES[(i + shift + round_no) % 3]
            seed = self.seed.get(ref, "")[:400]
            edits = {"status": status,
                     "narrative": f"Kierros {round_no}, {unit_id}: {seed}",
                     "reasons": f"Resurssit puuttuivat ({round_no})." if status == "red"
                     else ""}
            apply_edits(self.units.store, catalogue, round_, unit_id, ref, edits, unit_id)

    def send(self, unit_id: str, name: str, *, round_query: str | None = None) -> intake.Intake:
        path = self.tmp / name
        write_return_xlsx(self.units, unit_id, self.people[unit_id], path, round_query)
        return intake.take_in(self.coordinator, path, trusted_signers(self.coordinator))

    def merged(self, period: str) -> dict[tuple[str, str], tuple]:
        round_ = self.coordinator.round(period)
        return {(e.measure_ref, e.unit_id): (e.status or "", e.narrative, e.reasons)
                for e in entry_store.entries_of_round(self.coordinator.store, round_.id)}

    def seen_last_round(self, responsible: dict[str, list[str]]) -> dict[tuple[str, str], tuple]:
        """What each unit's window shows as its own entry of last round."""
        now = self.units.round()
        seen = {}
        for unit_id, refs in responsible.items():
            for ref in refs:
                own = last_round(self.units.store, now, ref, unit_id).own
                if own is not None:
                    seen[(ref, unit_id)] = (own.status or "", own.narrative, own.reasons)
        return seen

    def round_(self, round_no: int, period: str, deadline: date, responsible, *,
               skip: tuple[str, ...] = (), keep_open: bool = False) -> None:
        programme = self.coordinator.round().programme_id
        open_new_round(self.coordinator, programme, period, deadline, keep_open=keep_open)
        self.send_package(f"paketti-{round_no}.xlsx")
        assert self.units.round().period == period
        self.everyone(round_no, responsible, skip=skip)

    def everyone(self, round_no: int, responsible, *, skip: tuple[str, ...] = ()) -> None:
        for shift, (unit_id, refs) in enumerate(responsible.items()):
            self.fill(round_no, unit_id, refs, shift)
            if unit_id in skip:
                continue
            taken = self.send(unit_id, f"palautus-{round_no}-{unit_id}.xlsx")
            assert taken.accepted and not taken.held, (unit_id, taken.reason)


@pytest.fixture
def programme(tmp_path):
    made = Programme(tmp_path)
    yield made
    made.close()


def least_advanced(statuses: list[str]) -> str:
    return max(statuses, key=STATUSES.index)


@pytest.mark.slow
def test_four_rounds_with_every_unit(programme, tmp_path):
    p = programme
    responsible = p.responsible()
    assert len(responsible) == 15
    for n, unit_id in enumerate(responsible):
        p.trust(unit_id, f"Yhteyshenkilö {n}")

    # Round A: the embedded open round; everyone returns.
    p.send_package("paketti-1.xlsx")
    p.everyone(1, responsible)
    first = p.coordinator.round()
    units_said = [s for (ref, _u), (s, _n, _r) in p.merged(first.period).items()
                  if ref == HAND_SET]
    assert least_advanced(units_said) != "green"
    set_merged_status(p.coordinator, first, HAND_SET, "green", "Hanke käynnistyi.", "Kirsi")

    # Round B: Työväenopisto drafts but does not send. Its last round is A as merged.
    p.round_(2, "1–6/2024", date(2024, 8, 31), responsible, skip=(SKIPPER,))
    merged_a = p.merged("6–12/2023")
    assert p.seen_last_round(responsible) == merged_a
    payload = merged_payload(p.coordinator, p.coordinator.round(), {"name": "K", "email": ""},
                             "2024-09-01T12:00:00+03:00")
    assert payload["previous"]["set_by_coordinator"] == [HAND_SET]
    assert not any(u == SKIPPER for _r, u in p.merged("1–6/2024"))

    # Between B and C: a unit joins 2/1.3 in a new catalogue version; Kuva's new key.
    text = CATALOGUE.read_text(encoding="utf-8").replace(
        "Kasvatuksen ja koulutuksen toimiala, Työväenopisto Kaupunginkanslian",
        "Kasvatuksen ja koulutuksen toimiala, Työväenopisto, Stadin ammatti- ja "
        "aikuisopisto Kaupunginkanslian")
    (tmp_path / "catalogue-v2.tsv").write_text(text, encoding="utf-8")
    report, _ = import_catalogue(p.coordinator, tmp_path / "catalogue-v2.tsv",
                                 programme_id=first.programme_id)
    assert report.version == 2
    old_kuva = p.people[RENEWED]
    p.trust(RENEWED, "Yhteyshenkilö Kuva (uusi avain)")
    assert p.people[RENEWED].info.fingerprint != old_kuva.info.fingerprint
    p.trust(NEWCOMER, "Yhteyshenkilö Stadin AO")

    # Round C: on the new catalogue, the newcomer and the skipper answer too.
    programme_id = first.programme_id
    open_new_round(p.coordinator, programme_id, "7–12/2024", date(2024, 10, 27))
    p.send_package("paketti-3.xlsx")
    round_c = p.coordinator.round()
    assert round_c.catalogue_version == 2
    responsible_c = p.responsible()
    assert responsible_c[NEWCOMER] == ["2/1.3"]
    # The skipper's draft of B is its own text, not B's merged entry.
    last = last_round(p.units.store, p.units.round(), "2/1.3", SKIPPER)
    assert last.own is None and last.unmerged.narrative.startswith("Kierros 2,")
    assert p.seen_last_round(responsible) == p.merged("1–6/2024")
    late_unit = "kanslia-kaupunkitieto"
    p.everyone(3, {u: r for u, r in responsible_c.items() if u != late_unit})
    p.fill(3, late_unit, responsible_c[late_unit])

    # Round D opens with C kept open: the late unit's return still counts for C.
    open_new_round(p.coordinator, programme_id, "1–6/2025", date(2025, 3, 30),
                   keep_open=True)
    taken = p.send(late_unit, "myohassa-3.xlsx", round_query="7–12/2024")
    assert taken.accepted and taken.round == "7–12/2024"
    p.send_package("paketti-4.xlsx")
    assert p.seen_last_round(responsible_c) == p.merged("7–12/2024")
    p.everyone(4, responsible_c)
    # C closed: a second late return for it is refused, saying how it could count.
    close_round(p.coordinator, round_c.id)
    refused = p.send(late_unit, "myohassa-3b.xlsx", round_query="7–12/2024")
    assert not refused.accepted and "(Reopen round)" in refused.reason

    # D's summary against C: figures counted here from the merged entries.
    round_d = p.coordinator.round("1–6/2025")
    merged_c, merged_d = p.merged("7–12/2024"), p.merged("1–6/2025")

    def statuses(merged) -> dict[str, str]:
        by_ref: dict[str, list[str]] = {}
        for (ref, _u), (status, _n, _r) in merged.items():
            by_ref.setdefault(ref, []).append(status)
        return {ref: least_advanced(s) for ref, s in by_ref.items()}

    before, after = statuses(merged_c), statuses(merged_d)
    rank = STATUSES.index
    improved = sum(1 for ref in after if rank(after[ref]) < rank(before[ref]))
    worsened = sum(1 for ref in after if rank(after[ref]) > rank(before[ref]))
    payload = merged_payload(p.coordinator, round_d, {"name": "K", "email": ""},
                             "2025-04-01T12:00:00+03:00")
    change = round_change(from_payload(payload), payload["previous"])
    assert (len(change.improved), len(change.worsened), change.unchanged) == (
        improved, worsened, 47 - improved - worsened)
    assert change.no_previous == change.not_reported_now == 0

    pdf = tmp_path / "yhteenveto-4.pdf"
    write_outputs(p.coordinator, round_d, p.me, pdf=pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Muutos edelliseen kierrokseen" in text and "Tila 7–12/2024" in text
    assert f"{improved} toimenpidettä" in text and f"{worsened} toimenpidettä" in text
    # The packages told the units the catalogue the coordinator has.
    assert content_hash(p.units.catalogue(programme_id, 2)) == content_hash(
        p.coordinator.catalogue(programme_id, 2))
