"""The returns inbox as a table: one row per file, its verification (icon and word), unit,
signer, signing time and what happened to it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from kotodesk.coordinator import inbox as round_inbox
from kotodesk.coordinator.inbox import InboxRow
from kotodesk.domain.model import Unit
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.verification_model import signed_time, status_text, verification_icon
from kotodesk.ui.words import said, sentence, unit_text

_OUTCOME_ICONS = {
    round_inbox.ACCEPTED: QStyle.StandardPixmap.SP_DialogApplyButton,
    round_inbox.REFUSED: QStyle.StandardPixmap.SP_DialogCancelButton,
    round_inbox.SUPERSEDED: QStyle.StandardPixmap.SP_FileDialogBack,
    round_inbox.SAME: QStyle.StandardPixmap.SP_FileLinkIcon,
    round_inbox.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxWarning,
    round_inbox.HELD: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    round_inbox.SET_ASIDE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class InboxModel(RowsModel):
    FILE, RESULT, UNIT, SIGNER, SIGNED, OUTCOME = range(6)
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2  # what the view sorts by: times in time order

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.units: dict[str, Unit] = {}  # the register, to name units in the window's language

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Verification"), self.tr("Unit"), self.tr("Signer"),
                self.tr("Signed"), self.tr("What happened")]

    def outcome_text(self, row: InboxRow) -> str:
        if row.outcome == round_inbox.ACCEPTED and row.accepted_by:
            return self.tr("Accepted by {0}").format(row.accepted_by)
        if row.outcome == round_inbox.ACCEPTED:
            return self.tr("Accepted")
        if row.outcome == round_inbox.HELD:
            return self.tr("Held, not merged: {0}").format(self.held_text(row.status))
        if row.outcome == round_inbox.SUPERSEDED:
            return self.tr("Superseded by {0}").format(self._other(row))
        if row.outcome == round_inbox.SAME:
            return self.tr("Same return as {0}").format(self._other(row))
        if row.outcome == round_inbox.CONFLICT:
            return self.tr("In conflict on {0}").format(row.detail)
        if row.outcome == round_inbox.SET_ASIDE:  # the reason begins "set aside: …"
            return sentence(row.detail)
        return self.tr("Refused: {0}").format(said(row.detail))

    def _other(self, row: InboxRow) -> str:
        """The file a row was superseded by or is the same as: its name, and when it was
        signed where the name alone does not tell it apart (a correction sent under the
        same name as the return it corrects)."""
        if not row.other_signed_at:
            return said(row.detail)
        return self.tr("{0} signed {1}").format(row.detail, signed_time(row.other_signed_at))

    def held_text(self, status: str) -> str:
        """Why a file is held, in the user's language (by its verification status)."""
        from kotodesk.documents import verify

        return {verify.UNKNOWN_SIGNER: self.tr("the signer is not on the trust list"),
                verify.UNSIGNED: self.tr("the return is unsigned"),
                verify.NOT_AUTHORISED: self.tr("the signer may not speak for this unit")
                }.get(status, status)

    def cell(self, row: InboxRow, column: int, role: int):
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            if column == self.SIGNED:  # the shown date ("1.12.2025") sorts wrong as text
                moment = QDateTime.fromString(row.signed_at, Qt.DateFormat.ISODate)
                return moment.toMSecsSinceEpoch() if moment.isValid() else -1
            role = Qt.ItemDataRole.DisplayRole
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.RESULT:
                return verification_icon(row.status)
            if column == self.OUTCOME:
                return QApplication.style().standardIcon(_OUTCOME_ICONS[row.outcome])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.OUTCOME:
                return "\n".join([self.outcome_text(row), *map(said, row.notes)])
            if column == self.RESULT and row.verification is not None:
                return said(row.verification.message) or None
            # Names a narrow column elides, in full (a file's folder where this run knows it)
            if column == self.FILE:
                return str(row.path) if row.path is not None else row.file_name
            if column == self.SIGNER and row.signer:
                return f"{row.signer} <{row.email}>" if row.email else row.signer
            if column == self.UNIT:
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole) or None
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.FILE: row.file_name,
                self.RESULT: status_text(row.status),
                self.UNIT: unit_text(self.units[row.unit_id]) if row.unit_id in self.units
                else row.unit,
                self.SIGNER: row.signer,
                self.SIGNED: signed_time(row.signed_at),
                self.OUTCOME: self.outcome_text(row),
            }[column]
        return None
