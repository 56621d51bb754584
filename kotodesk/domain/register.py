"""The organisation register, and reading the source's free-text "Vastuutahot" against it.

The source writes responsibility as prose: "Kaupunginkanslian elinkeino-osasto yhdessä
sosiaali- ja terveystoimialan sekä kasvatuksen ja koulutuksen toimialan kanssa",
"Kaupunginkanslia Kaikki toimialat", "Kasvatuksen ja koulutuksen toimiala, Työväenopisto".
Reports are keyed by unit, so that prose is read into register units with a role: the
part before "yhdessä/yhteistyössä … kanssa" leads, the part inside takes part.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kotodesk.domain.model import Responsibility, Role, Unit

_TOGETHER = re.compile(r"\b(?:yhdessä|yhteistyössä)\b(?P<partners>.*?)\bkanssa\b", re.I | re.S)
_SEPARATORS = re.compile(r"[,;/\n]|\bja\b|\bsekä\b|\bsamt\b|\boch\b", re.I)
_FILLER = re.compile(r"^[\s\-–.:()]*$")
# Inside a name typed again by hand, a space or a hyphen may come and go ("Kas ko",
# "Kaupungin kanslia", "henkilöstö osasto", "elinkeino osasto"): the loose reading
# ignores them, and is tried only where the strict one leaves a name unread.
_LOOSE_GAP = r"[\s\-\u2010\u2011]*"


def _compact(name: str) -> str:
    return re.sub(_LOOSE_GAP, "", name).casefold()


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unit"


@dataclass
class Register:
    """The organisation register: its units, the phrases that name a group of units, and
    the phrases that name none (read past in a Vastuutahot text)."""

    organisation: str = "Helsingin kaupunki"
    units: dict[str, Unit] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ignore: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> Register:
        units = {}
        for item in data.get("units", []):
            unit = Unit(
                id=item["id"],
                name=item["name"],
                abbreviation=item.get("abbreviation", ""),
                parent=item.get("parent"),
                kind=item.get("kind", "unit"),
                aliases=tuple(item.get("aliases", ())),
                email=item.get("email", ""),
                name_sv=item.get("name_sv", ""),
            )
            units[unit.id] = unit
        return cls(
            organisation=data.get("organisation", "Helsingin kaupunki"),
            units=units,
            groups={k: tuple(v) for k, v in data.get("groups", {}).items()},
            ignore=tuple(data.get("ignore", ())),
        )

    @classmethod
    def load(cls, path: Path) -> Register:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def to_dict(self) -> dict:
        return {
            "format": "kotodesk-register/1",
            "organisation": self.organisation,
            "groups": {k: list(v) for k, v in self.groups.items()},
            "ignore": list(self.ignore),
            "units": [
                {"id": u.id, "name": u.name, "abbreviation": u.abbreviation, "parent": u.parent,
                 "kind": u.kind, "aliases": list(u.aliases), "email": u.email,
                 **({"name_sv": u.name_sv} if u.name_sv else {})}
                for u in self.units.values()
            ],
        }

    # -- lookup ---------------------------------------------------------------------------

    def find(self, query: str) -> Unit | None:
        """A unit by id, name, abbreviation or alias, ignoring case."""
        key = " ".join(query.split()).casefold()
        if not key:
            return None
        for unit in self.units.values():
            if any(key == n.casefold() for n in (unit.id, *unit.names)):
                return unit
        return None

    def search(self, text: str) -> list[Unit]:
        """Units whose name, abbreviation or alias contains `text` (type-to-search)."""
        key = text.strip().casefold()
        hits = []
        for unit in self.units.values():
            if not key or any(key in n.casefold() for n in unit.names):
                hits.append(unit)
        return hits

    def is_descendant(self, unit_id: str, ancestor_id: str) -> bool:
        parent = self.units[unit_id].parent if unit_id in self.units else None
        while parent is not None:
            if parent == ancestor_id:
                return True
            parent = self.units[parent].parent if parent in self.units else None
        return False

    def new_unit(self, name: str) -> Unit:
        """A unit for a name the register lacks; its id is unique in this register."""
        base = slug(name)
        unit_id, n = base, 2
        while unit_id in self.units:
            unit_id, n = f"{base}-{n}", n + 1
        unit = Unit(id=unit_id, name=name)
        self.units[unit_id] = unit
        self.__dict__.pop("_pattern", None)
        self.__dict__.pop("_loose_pattern", None)
        return unit

    # -- reading "Vastuutahot" -------------------------------------------------------------

    @cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
        targets = self._targets()
        alternatives = sorted(targets, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in alternatives) or "(?!)"  # empty: match nothing
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), targets

    @cached_property
    def _loose_pattern(self) -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
        """The names with any spaces and hyphens inside them optional, keyed compact."""
        targets: dict[str, tuple[str, tuple[str, ...]]] = {}
        for name, target in self._targets().items():
            targets.setdefault(_compact(name), target)
        alternatives = sorted((k for k in targets if k), key=len, reverse=True)
        body = "|".join(_LOOSE_GAP.join(re.escape(c) for c in a) for a in alternatives)
        return re.compile(rf"(?<!\w)(?:{body or '(?!)'})(?!\w)", re.IGNORECASE), targets

    def _targets(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        targets: dict[str, tuple[str, tuple[str, ...]]] = {}
        for unit in self.units.values():
            for name in (unit.name, unit.abbreviation, *unit.aliases):
                if name:
                    targets.setdefault(name.casefold(), ("unit", (unit.id,)))
        for phrase, unit_ids in self.groups.items():
            targets[phrase.casefold()] = ("group", unit_ids)
        for phrase in self.ignore:
            targets[phrase.casefold()] = ("ignore", ())
        return targets

    def normalise(
        self, text: str
    ) -> tuple[tuple[Responsibility, ...], list[tuple[str, Role]]]:
        """Read a Vastuutahot text into units with roles.

        Returns the responsibilities (leads first, in order of mention) and the names that
        matched nothing, with the role they were found in; the caller decides whether to
        add those as new units. Where the text leaves names unread, it is read again
        with the spaces and hyphens inside the register's names optional ("Kas ko" is
        Kasko), and that reading is kept when it leaves fewer names unread.
        """
        strict = self._normalise(text, loose=False)
        if not strict[1]:
            return strict
        loose = self._normalise(text, loose=True)
        return loose if len(loose[1]) < len(strict[1]) else strict

    def loosely_read(self, text: str) -> bool:
        """Whether `normalise` read `text` only with spaces or hyphens inside a name
        ignored (for saying so to whoever imports it)."""
        strict = self._normalise(text, loose=False)
        return bool(strict[1]) and self.normalise(text) != strict

    def _normalise(
        self, text: str, *, loose: bool
    ) -> tuple[tuple[Responsibility, ...], list[tuple[str, Role]]]:
        text = " ".join(text.split())
        lead_text, partner_text = text, ""
        together = _TOGETHER.search(text)
        if together:
            lead_text = (text[: together.start()] + " " + text[together.end() :]).strip()
            partner_text = together.group("partners")
        leads, lead_names = self._scan(lead_text, loose)
        partners, partner_names = self._scan(partner_text, loose)
        unmatched = [(n, Role.LEAD) for n in lead_names]
        unmatched += [(n, Role.PARTNER) for n in partner_names]
        result: list[Responsibility] = []
        seen: set[str] = set()
        for unit_ids, role in ((leads, Role.LEAD), (partners, Role.PARTNER)):
            for unit_id in unit_ids:
                if unit_id not in seen:
                    seen.add(unit_id)
                    result.append(Responsibility(unit_id, role))
        return tuple(result), unmatched

    def _scan(self, text: str, loose: bool = False) -> tuple[list[str], list[str]]:
        if not text.strip():
            return [], []
        pattern, targets = self._loose_pattern if loose else self._pattern
        key = _compact if loose else str.casefold
        found: list[tuple[str, ...]] = []  # unit ids per match, in order
        leftovers: list[str] = []
        last_end, last_single = 0, None
        for match in pattern.finditer(text):
            gap = text[last_end : match.start()]
            kind, unit_ids = targets[key(match.group(0))]
            leftovers.append(gap)
            if kind == "ignore":
                last_end, last_single = match.end(), None
                continue
            # "Division, Subunit" names one unit: the subunit of that division.
            if (
                last_single is not None
                and len(unit_ids) == 1
                and gap.strip(" ,") == ""
                and self.is_descendant(unit_ids[0], last_single)
            ):
                found[-1] = unit_ids
            else:
                found.append(unit_ids)
            last_single = unit_ids[0] if len(unit_ids) == 1 else None
            last_end = match.end()
        leftovers.append(text[last_end:])
        unit_ids = [u for ids in found for u in ids]
        unmatched = []
        for gap in leftovers:
            for piece in _SEPARATORS.split(gap):
                name = piece.strip(" .,;:-–()")
                if name and not _FILLER.match(name) and sum(c.isalpha() for c in name) >= 3:
                    unmatched.append(name[:1].upper() + name[1:])
        return unit_ids, unmatched
