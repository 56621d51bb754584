"""What an operation changed: a small frozen value the window broadcasts once."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which kinds of record an operation changed, and where when it is known.

    `measures` and `units` narrow a change down (None: not known, so any may have
    changed); `round_id` names the round the change happened in (None: not one round).
    """

    rounds: bool = False  # a round was opened, closed or reopened
    entries: bool = False  # entries of a round changed (merged from returns, or typed)
    files: bool = False  # received files were recorded, judged again or accepted
    choices: bool = False  # a conflict was settled
    statuses: bool = False  # a merged status was set or cleared
    reviews: bool = False  # a unit's return was accepted or sent back
    trust: bool = False  # the trust list changed
    catalogue: bool = False  # a catalogue or programme changed
    keys: bool = False  # this data folder's own signing key (or certificate) changed
    round_id: int | None = None
    measures: frozenset[str] | None = None
    units: frozenset[str] | None = None

    KINDS = ("rounds", "entries", "files", "choices", "statuses", "reviews", "trust",
             "catalogue", "keys")

    def __bool__(self) -> bool:
        return any(getattr(self, kind) for kind in self.KINDS)

    def __or__(self, other: Changes) -> Changes:
        """Both changes: every kind either made, over the places of both."""
        def places(a: frozenset[str] | None, b: frozenset[str] | None, a_any: bool,
                   b_any: bool) -> frozenset[str] | None:
            if not a_any:
                return b
            if not b_any:
                return a
            return None if a is None or b is None else a | b

        kinds = {kind: getattr(self, kind) or getattr(other, kind) for kind in self.KINDS}
        round_id = self.round_id if self.round_id == other.round_id or not other \
            else other.round_id if not self else None
        return Changes(**kinds, round_id=round_id,
                       measures=places(self.measures, other.measures, bool(self), bool(other)),
                       units=places(self.units, other.units, bool(self), bool(other)))

    def kinds(self) -> list[str]:
        return [kind for kind in self.KINDS if getattr(self, kind)]

    def any_of(self, *kinds: str) -> bool:
        return any(getattr(self, kind) for kind in kinds)

    def touches_measure(self, ref: str) -> bool:
        return self.measures is None or ref in self.measures

    def touches_unit(self, unit_id: str) -> bool:
        return self.units is None or unit_id in self.units

    def in_round(self, round_id: int | None) -> bool:
        """Whether the change may concern the round shown (a change of no one round may)."""
        return self.round_id is None or round_id is None or self.round_id == round_id


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)
                        if f.name in Changes.KINDS})
