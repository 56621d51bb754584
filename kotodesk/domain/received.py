"""A file a round has received, as the coordinator's records keep it: plain data that the
merge rules, the inbox and storage share (storage/inbox.py reads and writes it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReceivedFile:
    id: int
    round_id: int
    unit_id: str
    file_name: str
    file_sha256: str
    content_sha256: str
    status: str  # a verify status: valid, unknown-signer, unsigned or not-authorised
    signer: str
    email: str
    fingerprint: str
    signed_at: str
    file_time: str
    received_at: str
    copy_of: int | None
    accepted_by: str = ""  # the coordinator took this held file in explicitly
    accepted_at: str = ""
    # Its look changed after signing while its values are as signed, and the coordinator
    # took in its sealed values knowingly (merge --accept-sealed): merged, and marked so.
    appearance_changed: bool = False

    @property
    def order_time(self) -> str:
        """When the return was made: its signing time, else the workbook's own time; in
        UTC, so that times signed in summer and in winter (+03:00, +02:00) compare."""
        from datetime import UTC, datetime

        text = self.signed_at or self.file_time
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.tzinfo is None:
            return text
        return moment.astimezone(UTC).isoformat(timespec="milliseconds")
