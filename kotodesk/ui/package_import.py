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

from kotodesk.coordinator.package_crl import INSTALLED
from kotodesk.datafolder.workspace import Workspace
from kotodesk.documents.verify import Verification
from kotodesk.domain.errors import KotodeskError
from kotodesk.ops.package import PackageImport, UnknownSignerError
from kotodesk.ops.package import take_in_package as take_in
from kotodesk.ops.trust import trusted_signers
from kotodesk.ui.operations import operations
from kotodesk.ui.words import error_text, said


def grouped(fingerprint: str) -> str:
    """The fingerprint in lines of eight pairs, to be read aloud and compared."""
    pairs = fingerprint.split(":") if ":" in fingerprint else \
        [fingerprint[i:i + 2] for i in range(0, len(fingerprint), 2)]
    return "\n".join(":".join(pairs[i:i + 8]) for i in range(0, len(pairs), 8))


def confirm_trust(parent: QWidget, result: Verification) -> bool:
    """Ask the person to compare the fingerprint (e.g. by phone) before trusting the
    signer of a round package as their coordinator. Plain text, one thing a line: the
    name, the e-mail (when the certificate has one), the fingerprint."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QApplication.translate("PackageImport", "Trust this signer?"))
    box.setText(QApplication.translate(
        "PackageImport", "Trust {0} as your coordinator?").format(
        result.signer or QApplication.translate("PackageImport", "the signer")))
    lines = []
    if result.email:
        lines.append(QApplication.translate("PackageImport", "E-mail: {0}").format(result.email))
    lines += [QApplication.translate(
        "PackageImport", "Compare this fingerprint with the one the coordinator reads to "
        "you from their kotodesk (Settings › Signing key and trust):"), "",
        grouped(result.fingerprint)]
    box.setInformativeText("\n".join(lines))
    trust_button = box.addButton(QApplication.translate("PackageImport", "&Trust"),
                                 QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QApplication.translate("PackageImport", "&Do not trust"),
                       QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is trust_button


def choose_package(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QApplication.translate("PackageImport", "Take in round package"), "",
        QApplication.translate("PackageImport", "Round packages (*.xlsx);;All files (*)"))
    return Path(name) if name else None


def take_in_package(parent: QWidget, workspace: Workspace, path: Path
                    ) -> PackageImport | None:
    """Verify and take in a round package; None when refused or not accepted. The file is
    examined in a child process (ui.examining), as the coordinator's inbox examines a
    return: whatever arrives as a package, a reader's abort on it does not end the unit's
    window."""
    trusted = trusted_signers(workspace)
    examined = _examined(path, trusted, workspace.home)
    try:
        try:
            done, changes = take_in(workspace, path, trusted, examined=examined)
        except UnknownSignerError as exc:
            if not confirm_trust(parent, exc.result):
                return None
            done, changes = take_in(workspace, path, trusted, accept=exc.result.fingerprint,
                                    examined=examined)
    except KotodeskError as exc:
        QMessageBox.warning(parent, QApplication.translate(
            "PackageImport", "Take in round package"), error_text(exc))
        return None
    operations(workspace).announce(changes, parent)
    return done


def _examined(path: Path, trusted, home: Path) -> Verification:
    """The package file's examination, from a child process; the wait (the child's start,
    a second or less) under a busy cursor."""
    from contextlib import closing

    from kotodesk.ui.examining import examinations

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with closing(examinations([Path(path)], frozenset(trusted), home)) as found:
            return next(found)
    finally:
        QApplication.restoreOverrideCursor()


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
    for note in done.measures_followed:
        text += "\n\n" + said(note)
    if any(note.startswith(INSTALLED) for note in done.revocations):
        text += " " + QApplication.translate(
            "PackageImport", "The certificate the programme issued for your key came with "
            "it and is installed: your signatures carry it from now on.")
    return text
