"""Whose data folder this is: a unit's contact person's or the coordinator's.

A contact person who opens the coordinator's tools by accident can close their own round
with a few keys; so the window offers the coordinator's actions only in a coordinator's
data folder. The role is chosen at first run and changed in Settings. A data folder made
before roles existed is a coordinator's when it has received returns, else a unit's.
"""

from __future__ import annotations

from kotodesk.storage import settings
from kotodesk.storage.db import Store

UNIT = "unit"
COORDINATOR = "coordinator"
ROLES = (UNIT, COORDINATOR)
SETTING = "role"


def current_role(store: Store) -> str:
    chosen = settings.get(store, SETTING)
    if chosen in ROLES:
        return chosen
    received = store.table_exists("received_file") and \
        store.query_one("SELECT 1 FROM received_file LIMIT 1") is not None
    return COORDINATOR if received else UNIT


def role_chosen(store: Store) -> bool:
    return settings.get(store, SETTING) in ROLES


def set_role(store: Store, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    settings.put(store, **{SETTING: role})
