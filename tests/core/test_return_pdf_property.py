"""Generated returns (unicode, emoji, RTL, CRLF, formula-looking text, control characters):
the PDF is written, verifies valid, and carries exactly the payload that was signed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotodesk.documents import verify
from kotodesk.documents.return_pdf import write_return_pdf
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import sealing as signing
from kotodesk.signing.pades import verify_pdf_file
from tests.core.test_return_property import REFS, UNIT, entries
from tests.core.test_return_property import setup as setup  # the same data folder fixture


@pytest.mark.slow
@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(entries, min_size=len(REFS), max_size=len(REFS)))
def test_export_pdf_verify_gives_back_the_signed_payload(setup, generated):
    ws, identity, home = setup
    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    for ref, fields in zip(REFS, generated, strict=True):  # as the .xlsx property test
        apply_edits(ws.store, catalogue, round_, UNIT, ref, fields, "Prop")
    payload = returns.gather(ws, round_, ws.unit(UNIT), signing.signer_part(identity))
    target = home / "return.pdf"
    write_return_pdf(payload, signing.seal(payload, identity), identity, target)
    result = verify_pdf_file(target, {identity.info.fingerprint})
    assert result.status == verify.VALID, result.message
    assert result.payload == payload
