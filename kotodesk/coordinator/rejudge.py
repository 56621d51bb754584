"""Every received file judged again after the anchors or revocation lists changed.

Like a change of the trust list (`trusting`), and with its rules (`trusting.status_of`):
a file whose certificate was revoked, or whose CA is no longer trusted, stops counting;
one whose CA is now trusted counts. The units concerned are merged again in every open
round; a closed round keeps what it merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kotodesk.domain.received import ReceivedFile
from kotodesk.signing.verdict import NOT_AUTHORISED
from kotodesk.storage import inbox, received_trust, rounds


@dataclass
class Rejudged:
    counted: list[ReceivedFile] = field(default_factory=list)  # files that count now
    held: list[ReceivedFile] = field(default_factory=list)  # files that no longer count

    def to_dict(self) -> dict:
        return {"now_counted": [f.file_name for f in self.counted],
                "now_held": [f.file_name for f in self.held]}


def rejudge_all(workspace) -> Rejudged:
    from kotodesk.coordinator.intake import merge_unit
    from kotodesk.coordinator.received import held_reason
    from kotodesk.coordinator.trusting import status_of
    from kotodesk.signing.trust_list import trust_list

    store = workspace.store
    trusted = trust_list(workspace)
    result = Rejudged()
    fingerprints = [r["fingerprint"] for r in store.query(
        "SELECT DISTINCT fingerprint FROM received_file WHERE fingerprint != ''")]
    with store.write():
        touched = set()
        for fingerprint in fingerprints:
            for f, _status in received_trust.recheck(store, fingerprint,
                                                     lambda f: status_of(trusted, f),
                                                     withdraw=NOT_AUTHORISED):
                now = inbox.get_file(store, f.id)
                (result.held if held_reason(now) else result.counted).append(now)
                touched.add((f.round_id, f.unit_id))
        for round_id, unit_id in sorted(touched):
            round_ = rounds.get_round(store, round_id)
            if round_ is not None and round_.state == "open":
                merge_unit(workspace, round_, unit_id)
    return result
