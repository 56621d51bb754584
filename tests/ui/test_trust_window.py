"""The trust model in the window: the trust list shows and edits roles and units, the
inbox refuses what a signer may not say, holds unknown and unsigned returns and accepts
one knowingly, and a unit takes a round package only from its coordinator. Real keys,
real signed files; only the modal dialogs' exec() is replaced (by the real dialog,
filled in and accepted)."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.documents import verify
from kotodesk.storage import entries as entry_store
from kotodesk.storage import trust
from kotodesk.ui import signer_dialog
from kotodesk.ui.coordinator.inbox_model import InboxModel
from kotodesk.ui.coordinator.window import CoordinatorWindow
from kotodesk.ui.keys_dialog import KeysDialog, SignerModel
from kotodesk.ui.signer_dialog import SignerDialog
from kotodesk.ui.verification_model import VerificationModel
from kotodesk.ui.verify_dialog import VerifyDialog
from tests.trust_support import KASKO, KUVA, odd_identity, person, write_signed
from tests.trust_support import return_payload as payload_of


@pytest.fixture(scope="module")
def staff():
    return {"kaisa": person("Kaisa Kasko", KASKO), "ville": person("Ville Kuva", KUVA),
            "olli": person("Olli Ulkopuolinen", KASKO)}


def fill(ws, unit, ref, **fields):
    from kotodesk.reporting.entries import apply_edits

    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(ws.store, catalogue, round_, unit, ref, fields, "Testi")


def filled_in(qtbot, units: tuple[str, ...] | None = None, role: str | None = None):
    """In place of ask_signer's modal exec(): the real dialog, optionally changed as a
    coordinator would (units ticked by id, another role), then accepted."""
    seen = []

    def ask(parent, register, certificate, **chosen):
        dialog = SignerDialog(register, certificate, parent=parent, **chosen)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        if units is not None:
            dialog.units.set_chosen(set(units))
        if role is not None:
            dialog.role.setCurrentIndex(dialog.role.findData(role))
        return dialog.choice()

    ask.seen = seen
    return ask


def test_the_signer_dialog_proposes_from_the_certificate(qtbot, workspace, staff):
    dialog = SignerDialog(workspace.register, staff["kaisa"].certificate)
    qtbot.addWidget(dialog)
    assert staff["kaisa"].info.fingerprint in dialog.about.text()
    assert "proposed from the certificate" in dialog.about.text()
    assert dialog.choice() == ("unit", ["kasko"])
    assert dialog.chosen_label.text() == f"May speak for: {KASKO}"
    dialog.find.setText("kulttuurin ja vapaa")
    assert 1 <= dialog.filtered.rowCount() < dialog.units.rowCount()
    first = dialog.filtered.mapToSource(dialog.filtered.index(0, 0))
    dialog.units.itemFromIndex(first).setCheckState(Qt.CheckState.Checked)
    assert dialog.choice()[1] == ["kasko", "kuva"]
    assert KUVA in dialog.chosen_label.text()
    for widget in (dialog.role, dialog.find, dialog.unit_list):
        assert widget.accessibleName()
    unknown = odd_identity("Nimetön", "Salainen osasto")
    other = SignerDialog(workspace.register, unknown.certificate)
    qtbot.addWidget(other)
    assert "'Salainen osasto' is not in the register" in html.unescape(other.about.text())
    assert other.choice() == ("unit", [])


def test_the_trust_list_edits_confirms_and_removes_and_says_what_changed(
        qtbot, workspace, unit_home, staff, tmp_path, monkeypatch):
    from kotodesk.coordinator import intake
    from kotodesk.signing.trust_list import trust_list

    # A signer trusted before roles existed: proposed from the certificate, unconfirmed.
    trust.add(workspace.store, staff["kaisa"].certificate)
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="Kasko: valmis.")
    path = write_signed(payload_of(unit_home, "kasko", staff["kaisa"]), staff["kaisa"],
                        tmp_path / "kasko.xlsx")
    assert not intake.take_in(workspace, path, trust_list(workspace)).held
    dialog = KeysDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    model = dialog.signers
    assert model.index(0, SignerModel.UNITS).data() == f"{KASKO} (proposed from the certificate)"
    assert model.index(0, SignerModel.CONFIRMED).data() == "No: check and confirm"
    assert model.index(0, SignerModel.ROLE).data() == "Unit contact person"
    dialog.view.selectRow(0)
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    signer = trust.get(workspace.store, staff["kaisa"].info.fingerprint)
    assert (signer.units, signer.confirmed) == (("kasko",), True)
    assert model.index(0, SignerModel.UNITS).data() == KASKO
    assert not dialog.confirm_button.isEnabled()

    # Edited to speak for Kuva only: her Kasko return no longer counts.
    monkeypatch.setattr(signer_dialog, "ask_signer", filled_in(qtbot, units=("kuva",)))
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert model.index(0, SignerModel.UNITS).data() == KUVA
    assert dialog.trust_message.text() == "Held apart now: kasko.xlsx."
    round_ = workspace.round()
    assert entry_store.load_entry(workspace.store, round_.id, "1/1.1", "kasko").narrative == ""
    # Back to Kasko as a coordinator: it counts again.
    monkeypatch.setattr(signer_dialog, "ask_signer",
                        filled_in(qtbot, units=("kasko",), role="coordinator"))
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert model.index(0, SignerModel.ROLE).data() == "Coordinator"
    assert dialog.trust_message.text() == "Count now: kasko.xlsx."
    assert entry_store.load_entry(workspace.store, round_.id, "1/1.1",
                                  "kasko").narrative == "Kasko: valmis."
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    assert dialog.trust_message.text() == "Held apart now: kasko.xlsx."


def test_the_inbox_refuses_a_forgery_holds_the_unknown_and_accepts_one_knowingly(
        qtbot, workspace, unit_home, staff, tmp_path, monkeypatch):
    fill(unit_home, "kuva", "1/1.1", status="green", narrative="Kuva: käynnissä.")
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Kasko: alussa.")
    mail = tmp_path / "mail"
    mail.mkdir()
    write_signed(payload_of(unit_home, "kuva", staff["kaisa"]), staff["kaisa"],
                 mail / "kuva_by_kaisa.xlsx")
    write_signed(payload_of(unit_home, "kasko", staff["kaisa"],
                            extra={"2/1.1": {"status": "red", "narrative": "Punainen."}}),
                 staff["kaisa"], mail / "kasko.xlsx")
    write_signed(payload_of(unit_home, "kasko", staff["olli"]), staff["olli"],
                 mail / "olli.xlsx")
    trust.add(workspace.store, staff["kaisa"].certificate, units=["kasko"], confirmed=True)
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    tab = window.inbox
    tab.take_in_paths([mail])
    qtbot.waitUntil(lambda: tab.run is None, timeout=20000)
    rows = {r.file_name: (i, r) for i, r in enumerate(tab.model.rows())}
    index, forged = rows["kuva_by_kaisa.xlsx"]
    assert forged.outcome == round_inbox.REFUSED and forged.status == verify.NOT_AUTHORISED
    assert tab.model.index(index, InboxModel.RESULT).data() == "Signer not authorised"
    assert f"may speak for {KASKO} only, not for {KUVA}" in forged.detail
    index, own = rows["kasko.xlsx"]
    assert own.outcome == round_inbox.ACCEPTED
    tab.view.selectRow(index)
    assert "not merged, not the unit's measures: 2/1.1" in html.unescape(tab.details.text())
    index, held = rows["olli.xlsx"]
    assert (held.outcome, tab.model.index(index, InboxModel.OUTCOME).data()) == (
        round_inbox.HELD, "Held, not merged: the signer is not on the trust list")
    assert tab.summary.text() == ("3 files: 1 accepted, 0 superseded, 0 same return again, "
                                  "0 in conflict, 1 held apart, 1 refused")
    tab.view.selectRow(index)
    assert "Held apart" in tab.details.text()
    assert tab.trust_button.isEnabled() and tab.accept_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert tab.progress_label.text() == "olli.xlsx counts now."
    rows = {r.file_name: r for r in tab.model.rows()}
    assert rows["olli.xlsx"].outcome == round_inbox.ACCEPTED
    assert rows["kasko.xlsx"].outcome == round_inbox.SUPERSEDED
    index = [r.file_name for r in tab.model.rows()].index("olli.xlsx")
    assert tab.model.index(index, InboxModel.OUTCOME).data() == (
        "Accepted by koordinaattori")
    round_ = workspace.round()
    assert entry_store.load_entry(workspace.store, round_.id, "1/1.1", "kuva") is None


def test_verify_shows_why_a_genuine_file_cannot_count(qtbot, workspace, unit_home, tmp_path):
    ca = odd_identity("Juuri CA", KASKO, ca=True)
    trust.add(workspace.store, ca.certificate, units=["kasko"], confirmed=True)
    fill(unit_home, "kasko", "1/1.1", status="green", narrative="x")
    path = write_signed(payload_of(unit_home, "kasko", ca), ca, tmp_path / "ca.xlsx",
                        tmp_path / "ca.pdf")
    dialog = VerifyDialog(workspace, [path, tmp_path / "ca.pdf"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    for row in range(2):
        assert dialog.model.index(row, VerificationModel.STATUS).data() == (
            "Signer not authorised")
    dialog.view.selectRow(0)
    assert "certificate authority" in dialog.details.text()
    assert not dialog.trust_button.isEnabled()  # trusting cannot mend a certificate


def test_a_unit_takes_a_round_package_only_from_its_coordinator(window, workspace, staff,
                                                                tmp_path, monkeypatch):
    from kotodesk.coordinator.package import write_package
    from kotodesk.ui import package_import

    colleague = tmp_path / "paketti.xlsx"
    write_package(workspace, workspace.round(), staff["ville"], colleague)
    unit_ws = window.session.workspace
    trust.add(unit_ws.store, staff["ville"].certificate, units=["kuva"], confirmed=True)
    asked, warnings = [], []
    monkeypatch.setattr(package_import, "confirm_trust",
                        lambda _parent, result: asked.append(result) or False)
    monkeypatch.setattr(package_import.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    window.take_in_package(colleague)
    [result] = asked
    assert (result.problem, result.signer) == (verify.ROLE, "Ville Kuva")
    assert trust.get(unit_ws.store, staff["ville"].info.fingerprint).role == "unit"
