"""A coordinator's round holding many received returns, recorded straight into the
database (verifying a thousand signed files is the merge benchmark's business, not this
one's): for timing one action in the coordinator's window.

Every unit has the same returns, so a round of more units holds more returns that an
action on one unit does not change: seven signed versions, each superseding the one
before; an unsigned copy the coordinator accepted, which differs on measure 1/1.1 (an
open conflict); and two unsigned files held apart, to be accepted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.returns_batch import PERIOD, PROGRAMME, TEXT, catalogue
from kotodesk.catalogue.rules import content_hash
from kotodesk.coordinator import intake
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.payload import return_payload
from kotodesk.domain.model import Entry
from kotodesk.storage import catalogues, inbox, rounds, trust, units

SIGNED = 7  # signed versions per unit
PER_UNIT = SIGNED + 3  # and one accepted unsigned copy, two held unsigned files
STATUSES = ("green", "yellow", "red")


@dataclass
class Prepared:
    units: list[str]
    held: dict[str, list[int]] = field(default_factory=dict)  # unit -> its held files


def _payload(cat, round_, register, unit, signer: dict, signed_at: str, version: int,
             differ: str = "") -> dict:
    measures = list(cat.measures())
    entries = {m.ref: Entry(0, m.ref, unit.id, status=STATUSES[(version + i) % 3],
                            values={m.indicators[0].name: "yes"} if m.indicators else {},
                            narrative=f"{TEXT}Versio {version}, {unit.name}.",
                            author="Bench", updated_at=signed_at)
               for i, m in enumerate(measures)}
    if differ:
        entries[differ].narrative += " Käsin korjattu kopio: luvut tarkistettu uudelleen."
    return return_payload(catalogue=cat, round_=round_, unit=unit, register=register,
                          measures=measures, entries=entries, problems=[], signer=signer,
                          signed_at=signed_at)


def prepare_round(home: Path, unit_count: int, identity) -> Prepared:
    """A coordinator's data folder whose open round holds PER_UNIT returns of each of
    `unit_count` units, merged into the round's entries as intake would."""
    from kotodesk.signing.keys import describe

    ws = Workspace.open(home)
    try:
        register = ws.register
        made = [register.new_unit(f"Yksikkö {i:03}") for i in range(unit_count)]
        units.save_register(ws.store, register)
        ws.forget_cached()
        cat = catalogue()
        version = catalogues.save_catalogue(ws.store, cat, content_hash=content_hash(cat))
        round_ = rounds.add_round(ws.store, PROGRAMME, version, PERIOD)
        trust.add(ws.store, identity.certificate, role="unit", units=[u.id for u in made],
                  confirmed=True)
        info = describe(identity.certificate)
        signer = {"name": info.name, "email": info.email}
        prepared = Prepared([u.id for u in made])
        serial = 0
        with ws.store.write():
            for unit in made:
                for v in range(PER_UNIT):
                    serial += 1
                    signed = v < SIGNED
                    at = f"2026-03-{1 + v:02}T10:00:00+02:00" if signed else ""
                    differ = "" if signed else ("1/1.1", "1/1.2", "1/1.3")[v - SIGNED]
                    payload = _payload(cat, round_, register, unit, signer if signed else {},
                                       at, min(v, SIGNED - 1), differ)
                    file_id = inbox.add_file(
                        ws.store, round_id=round_.id, unit_id=unit.id,
                        file_name=f"palautus-{unit.id}-{v}.xlsx",
                        file_sha256=hashlib.sha256(f"file {serial}".encode()).hexdigest(),
                        content_sha256=hashlib.sha256(f"content {serial}".encode()).hexdigest(),
                        status="valid" if signed else "unsigned",
                        signer=info.name if signed else "", email=info.email if signed else "",
                        fingerprint=info.fingerprint if signed else "", signed_at=at,
                        file_time="", payload=payload)
                    if v == SIGNED:
                        inbox.accept(ws.store, file_id, "Koordinaattori")
                    elif not signed:
                        prepared.held.setdefault(unit.id, []).append(file_id)
                intake.merge_unit(ws, round_, unit.id)
        return prepared
    finally:
        ws.close()
