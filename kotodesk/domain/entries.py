"""The entry field vocabulary, once: which fields an entry has, how an indicator's value is
named among them, and which units may report on a measure.

An entry (round × measure × unit) holds a status, three texts and a value per indicator.
Storage, the editor, intake, the round package and the payload all name fields by these.
"""

from __future__ import annotations

from kotodesk.domain.model import Measure

TEXT_FIELDS = ("narrative", "reasons", "indicator_report")
FIELDS = ("status", *TEXT_FIELDS)  # every field but the indicators' values
VALUE_PREFIX = "value:"  # "value:<indicator name>" is the field of an indicator's value
# What an entry says in a signed payload: its fields, the indicators' values as one mapping.
CONTENT = ("status", "values", *TEXT_FIELDS)


def value_field(indicator_name: str) -> str:
    return VALUE_PREFIX + indicator_name


def can_report(measure: Measure, unit_id: str) -> bool:
    """A unit reports on the measures it answers for; a measure the catalogue gives no
    responsible unit (as in the Mukana slides) is open to any unit."""
    return not measure.units or unit_id in measure.unit_ids()
