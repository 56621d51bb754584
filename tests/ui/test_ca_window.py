"""The programme CA in the window, end to end: the coordinator creates it, a contact
person writes a request in their own kotodesk, the coordinator sees it and issues a
certificate for the unit, the person installs it, their return counts by the chain, and
revoking in the window stops it counting."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt

from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents import verify
from kotodesk.reporting import returns
from kotodesk.reporting.entries import apply_edits
from kotodesk.signing import keys
from kotodesk.signing.pki import ca
from kotodesk.signing.trust_list import trust_list

UNIT_SECRET = "yksikön oma salasana"
CA_SECRET = "ohjelman varmenteiden salasana"
KUVA = "kuva"


@pytest.fixture
def unit_ws(tmp_path):
    ws = Workspace.open(tmp_path / "unit")
    identity = keys.new_identity(name="Åsa Öhman-Virtanen", email="asa.ohman@hel.fi",
                                 unit="Kulttuurin ja vapaa-ajan toimiala",
                                 organisation="Helsingin kaupunki")
    keys.save_identity(ws.home, identity, UNIT_SECRET)
    yield ws
    ws.close()


def test_create_request_issue_install_sign_and_revoke_in_the_window(qtbot, workspace, unit_ws,
                                                                   tmp_path):
    from kotodesk.ui.ca_dialog import CaDialog
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.request_dialog import RequestDialog
    from kotodesk.ui.verification_model import VerificationModel
    from kotodesk.ui.verify_dialog import VerifyDialog

    # The coordinator creates the programme CA.
    dialog = CaDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.create_form.isHidden() and not dialog.issue_button.isEnabled()
    dialog.name.setText("Kotoutumisohjelman varmenteet")
    dialog.new_secret.setText(CA_SECRET)
    dialog.repeat.setText(CA_SECRET + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and not ca.has_ca(workspace.home)
    dialog.repeat.setText(CA_SECRET)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert ca.has_ca(workspace.home) and dialog.create_form.isHidden()
    root = ca.root_certificate(workspace.home)
    assert keys.describe(root).fingerprint in dialog.ca_text.text()
    saved = dialog.save_root(tmp_path / "juuri.pem")
    assert x509.load_pem_x509_certificate(saved.read_bytes()) == root

    # The contact person writes a request from Settings › Signing key.
    request = RequestDialog(unit_ws)
    qtbot.addWidget(request)
    request.unit.setCurrentIndex(request.unit.findData(KUVA))
    request.out.setText(str(tmp_path / "pyynnöt" / "asa.csr"))
    request.secret.setText("väärä salasana")
    qtbot.mouseClick(request.write_button, Qt.MouseButton.LeftButton)
    assert "Wrong passphrase" in request.message.text()
    assert not (tmp_path / "pyynnöt" / "asa.csr").exists()
    request.secret.setText(UNIT_SECRET)
    qtbot.mouseClick(request.write_button, Qt.MouseButton.LeftButton)
    assert request.written == tmp_path / "pyynnöt" / "asa.csr"

    # The coordinator sees it: who, the unit asked for, the fingerprint to compare.
    broken = tmp_path / "rikki.csr"
    broken.write_bytes(b"-----BEGIN CERTIFICATE REQUEST-----\nrikki\n")
    dialog.open_requests([request.written, broken])
    assert "rikki.csr" in dialog.message.text()  # named, and the good one still listed
    assert dialog.requests.rowCount() == 1
    row = dialog.requests.row(0)
    assert row.info.name == "Åsa Öhman-Virtanen"
    assert row.info.key_fingerprint in request.message.text()
    assert dialog.unit.currentData() == KUVA  # proposed from the request
    dialog.secret.setText("väärä")
    assert dialog.issue_selected(tmp_path / "asa.pem") is None
    assert "Wrong passphrase" in dialog.message.text() and not (tmp_path / "asa.pem").exists()
    dialog.secret.setText(CA_SECRET)
    issued_file = dialog.issue_selected(tmp_path / "asa.pem")
    assert issued_file is not None and dialog.issued.rowCount() == 1
    assert "Issued, serial" in dialog.requests.data(dialog.requests.index(0, dialog.requests.STATE))
    assert dialog.secret.text() == ""  # the CA's passphrase is not kept

    # The person installs it; their return counts at the coordinator by the chain alone.
    keys_dialog = KeysDialog(unit_ws)
    qtbot.addWidget(keys_dialog)
    keys_dialog.install_certificate(issued_file)
    assert "Installed the certificate of Åsa Öhman-Virtanen" in keys_dialog.key_message.text()
    assert "Issued by" in keys_dialog.own.text()
    round_ = unit_ws.round()
    catalogue = unit_ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(unit_ws.store, catalogue, round_, KUVA, "1/1.1",
                {"status": "green", "narrative": "Kirjastojen kielikahvilat jatkuvat."}, "Åsa")
    result = returns.export(unit_ws, round_, unit_ws.register.units[KUVA],
                            keys.load_identity(unit_ws.home, UNIT_SECRET), tmp_path / "out")
    judged = verify.verify_file(result.pdf, trust_list(workspace))
    assert judged.status == verify.VALID, judged.message

    # An auditor's kotodesk trusts the saved root once, from Settings › Signing key.
    auditor = Workspace.open(tmp_path / "auditor")
    try:
        assert verify.verify_file(result.pdf, trust_list(auditor)).status == \
            verify.UNKNOWN_SIGNER
        trusting = KeysDialog(auditor)
        qtbot.addWidget(trusting)
        trusting.trust_anchor(saved)
        assert "Trusted certificate authority: Kotoutumisohjelman varmenteet" in \
            trusting.trust_message.text()
        assert verify.verify_file(result.pdf, trust_list(auditor)).status == verify.VALID
        trusting.trust_anchor(issued_file)  # a person's certificate is no authority
        assert "not a certificate authority" in trusting.trust_message.text()
    finally:
        auditor.close()

    # Revoking in the window: the file stops counting.
    dialog.issued_view.selectRow(0)
    dialog.reason.setCurrentIndex(dialog.reason.findData("affiliation_changed"))
    dialog.secret.setText(CA_SECRET)
    assert dialog.revoke_selected(confirm=False)
    state = dialog.issued.data(dialog.issued.index(0, dialog.issued.STATE))
    # The reason in words, not its code ("key_compromise"); the day in the locale's form.
    assert state.startswith("Revoked ") and state.endswith(" (Left the unit or the programme)")
    assert not re.search(r"\d{4}-\d\d-\d\d", state)
    judged = verify.verify_file(result.pdf, trust_list(workspace))
    assert judged.status == verify.NOT_AUTHORISED and judged.problem == "revoked"
    # So in the Verify files… window, where the files are examined on a worker thread and
    # judged on this one, which owns the database the revocation is read from.
    threads: set[int] = set()
    workspace.store.conn.set_trace_callback(lambda _sql: threads.add(threading.get_ident()))
    try:
        checking = VerifyDialog(workspace, [result.xlsx, result.pdf])
        qtbot.addWidget(checking)
        qtbot.waitUntil(lambda: checking.model.rowCount() == 2, timeout=10000)
    finally:
        workspace.store.conn.set_trace_callback(None)
    assert [checking.model.index(row, VerificationModel.STATUS).data()
            for row in range(2)] == ["Signer not authorised"] * 2
    checking.view.selectRow(0)
    assert "revoked" in checking.details.text()
    assert threads == {threading.get_ident()}  # no query from the worker
    dialog.issued_view.selectRow(0)
    assert not dialog.revoke_selected(confirm=False)  # once is enough
    assert "revoked already" in dialog.message.text()
    assert Path(ca.folder(workspace.home) / ca.CRL_NAME).exists()


def test_the_window_says_what_else_a_key_holds_when_issuing_and_revoking(
        qtbot, workspace, unit_ws, tmp_path):
    """A second certificate for a key leaves the first valid, and revoking one as
    compromised revokes both: the coordinator is told each time, not only of the row
    chosen (a renewal that left the old certificate speaking for the old unit, or a
    revocation list naming a certificate the coordinator did not pick, went unsaid)."""
    from cryptography.hazmat.primitives import serialization

    from kotodesk.signing.pki.requests import make_request
    from kotodesk.ui.ca_dialog import CaDialog

    ca.init_ca(workspace, "Kotoutumisohjelman varmenteet", passphrase=CA_SECRET)
    csr = tmp_path / "asa.csr"
    csr.write_bytes(make_request(keys.load_identity(unit_ws.home, UNIT_SECRET)).public_bytes(
        serialization.Encoding.PEM))
    dialog = CaDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.open_requests([csr])
    dialog.requests_view.selectRow(0)
    dialog.secret.setText(CA_SECRET)
    assert dialog.issue_selected(tmp_path / "first.pem") is not None
    assert "stays valid" not in dialog.message.text()
    dialog.requests_view.selectRow(0)  # the same request again, for another unit
    dialog.unit.setCurrentIndex(dialog.unit.findData("kasko"))
    dialog.secret.setText(CA_SECRET)
    assert dialog.issue_selected(tmp_path / "second.pem") is not None, dialog.message.text()
    first, second = sorted(dialog.issued.rows(), key=lambda i: i.issued_at)
    said = dialog.message.text()
    assert f"certificate {first.serial}" in said and "stays valid" in said

    dialog.issued_view.selectRow(dialog.issued.rows().index(first))
    dialog.reason.setCurrentIndex(dialog.reason.findData("key_compromise"))
    dialog.secret.setText(CA_SECRET)
    assert dialog.revoke_selected(confirm=False)
    said = dialog.message.text()
    assert f"serial {first.serial}" in said and f"serial {second.serial})." in said
    assert all(i.revoked_at for i in dialog.issued.rows())


def test_issuing_goes_on_to_the_next_waiting_request_with_the_keyboard_in_the_list(
        qtbot, workspace, tmp_path):
    """A coordinator issuing many certificates in a row: after each, the next request
    still waiting is selected (its unit proposed) and the list has the keyboard, so that
    Alt+P, the passphrase and Alt+I issue the next one without the mouse."""
    from cryptography.hazmat.primitives import serialization

    from kotodesk.signing.pki.requests import make_request
    from kotodesk.ui.ca_dialog import CaDialog

    ca.init_ca(workspace, "Kotoutumisohjelman varmenteet", passphrase=CA_SECRET)
    units = {"Aino Ahonen": "Kulttuurin ja vapaa-ajan toimiala",
             "Bo Berg": "Kasvatuksen ja koulutuksen toimiala",
             "Cecilia Carlsson": "Kaupunkiympäristön toimiala"}
    paths = []
    for name, unit in units.items():
        identity = keys.new_identity(name=name, email="x@hel.fi", unit=unit,
                                     organisation="Helsingin kaupunki")
        path = tmp_path / f"{name.split()[0].lower()}.csr"
        path.write_bytes(make_request(identity).public_bytes(serialization.Encoding.PEM))
        paths.append(path)
    dialog = CaDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.open_requests(paths)
    view = dialog.requests_view
    view.selectRow(1)  # Bo's first
    dialog.secret.setFocus()
    dialog.secret.setText(CA_SECRET)
    assert dialog.issue_selected(tmp_path / "bo.pem") is not None
    assert view.currentIndex().row() == 2  # the next one, Cecilia's
    assert view.selectionModel().isRowSelected(2)
    assert dialog.requests.row(2).info.name == "Cecilia Carlsson"
    assert dialog.unit.currentText() == dialog.workspace.register.find(
        units["Cecilia Carlsson"]).label
    assert view.hasFocus()

    dialog.secret.setText(CA_SECRET)
    assert dialog.issue_selected(tmp_path / "cecilia.pem") is not None
    assert view.currentIndex().row() == 0  # none after it: the first still waiting
    assert view.hasFocus()
    dialog.secret.setText(CA_SECRET)
    assert dialog.issue_selected(tmp_path / "aino.pem") is not None
    assert view.currentIndex().row() == 0  # none waiting: the one just issued stays
    assert all("Issued, serial" in dialog.requests.index(r, dialog.requests.STATE).data()
               for r in range(3))
    assert dialog.issued.rowCount() == 3
