"""The coordinator's e-mail drafts: a reminder to each unit that has not returned, and
the round package to each unit. Both ask for a folder, write one .eml per unit there
(`kotodesk.mail.round_mail`) and open each in the mail program (`ui.mail_drafts`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kotodesk.coordinator.merged import Completeness
from kotodesk.datafolder.workspace import Workspace
from kotodesk.domain.model import Round
from kotodesk.mail import round_mail
from kotodesk.ops import settings
from kotodesk.ui import mail_drafts
from kotodesk.ui.words import said

FOLDER_SETTING = "mail_drafts_folder"


def ask_folder(parent: QWidget, workspace: Workspace) -> Path | None:
    """Where the drafts go: asked, starting from where the last ones went."""
    start = settings.get(workspace, FOLDER_SETTING) or settings.get(
        workspace, "coordinator_folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("MailDrafts", "Save the e-mail drafts in"), start)
    return Path(chosen) if chosen else None


def _done(workspace: Workspace, folder: Path, written: list[Path], unopened: int,
          drafts: list) -> str:
    settings.put(workspace, **{FOLDER_SETTING: str(folder)})
    lines = [QCoreApplication.translate(
        "MailDrafts", "Wrote {0} e-mail drafts in {1}; your mail program opens each: check "
        "it and press Send.").format(len(written), folder)]
    unaddressed = sum(1 for d in drafts if not d.to and not d.unusable)
    if unaddressed:
        lines.append(QCoreApplication.translate(
            "MailDrafts", "{0} drafts have no address (the register and the trusted signers "
            "know none for the unit): type it in the draft.").format(unaddressed))
    unusable = list(dict.fromkeys(u for d in drafts for u in d.unusable))
    if unusable:
        lines.append(QCoreApplication.translate(
            "MailDrafts", "Addresses left out: {0}. Correct them, or type the right one in "
            "the draft.").format("; ".join(said(u) for u in unusable)))
    note = mail_drafts.not_opened_note(unopened)
    return " ".join([*lines, note] if note else lines)


def write_reminders(workspace: Workspace, state: Completeness, folder: Path) -> str:
    """One reminder per unit that has not returned; what was done, for the person."""
    made = round_mail.reminder_drafts(workspace, state, lang=mail_drafts.mail_language(),
                                      sender=round_mail.sender_name(workspace))
    drafts = [d for _, d in made]
    written, unopened = mail_drafts.write_and_open(drafts, folder)
    return _done(workspace, folder, written, unopened, drafts)


def write_package_drafts(workspace: Workspace, round_: Round, package: Path,
                         folder: Path) -> str:
    """One draft per unit of the round with the round package attached."""
    made = round_mail.package_drafts(workspace, round_, package,
                                     lang=mail_drafts.mail_language(),
                                     sender=round_mail.sender_name(workspace))
    drafts = [d for _, d in made]
    written, unopened = mail_drafts.write_and_open(drafts, folder)
    return _done(workspace, folder, written, unopened, drafts)
