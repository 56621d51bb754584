"""File › Take in round package…: the unit side of a new round.

The package is verified; only the coordinator's package is taken in. When its signer is
not trusted as the coordinator yet (unknown, or trusted only as a unit's contact person),
the fingerprint is shown and the person decides, having compared it with the
coordinator's (e.g. on the phone).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kotodesk.coordinator.package import PackageImport, UnknownSignerError, import_package
from kotodesk.coordinator.package_crl import INSTALLED
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.errors import KotodeskError
from kotodesk.signing.trust_list import trust_list
from kotodesk.ui.verify_dialog import confirm_trust


def choose_package(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QApplication.translate("PackageImport", "Take in round package"), "",
        QApplication.translate("PackageImport", "Round packages (*.xlsx);;All files (*)"))
    return Path(name) if name else None


def take_in_package(parent: QWidget, workspace: Workspace, path: Path
                    ) -> PackageImport | None:
    """Verify and take in a round package; None when refused or not accepted."""
    trusted = trust_list(workspace)
    try:
        try:
            return import_package(workspace, path, trusted)
        except UnknownSignerError as exc:
            if not confirm_trust(parent, exc.result):
                return None
            return import_package(workspace, path, trusted, accept=exc.result.fingerprint)
    except KotodeskError as exc:
        QMessageBox.warning(parent, QApplication.translate("PackageImport",
                                                           "Take in round package"), str(exc))
        return None


def summary(done: PackageImport) -> str:
    """One line for the status bar: the round that is open now."""
    deadline = QDate.fromString(done.deadline, Qt.DateFormat.ISODate)
    shown = QLocale().toString(deadline, QLocale.FormatType.ShortFormat) \
        if deadline.isValid() else "–"
    text = QApplication.translate(
        "PackageImport", "Round {0} of {1} taken in (deadline {2}).").format(
        done.round, done.programme, shown)
    if done.previous_round:
        text += " " + QApplication.translate(
            "PackageImport", "Last round ({0}): {1} entries, shown beside each measure.").format(
            done.previous_round, done.previous_entries)
    if any(note.startswith(INSTALLED) for note in done.revocations):
        text += " " + QApplication.translate(
            "PackageImport", "The certificate the programme issued for your key came with "
            "it and is installed: your signatures carry it from now on.")
    return text
