"""Verification results as a table: one row per file, status by icon and word, never by
colour alone. Used by the Verify dialog and the coordinator's returns inbox."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kotodesk.documents import verify
from kotodesk.documents.verify import Verification
from kotodesk.ui.rows_model import RowsModel

_ICONS = {
    verify.VALID: QStyle.StandardPixmap.SP_DialogApplyButton,
    verify.UNKNOWN_SIGNER: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    verify.NOT_AUTHORISED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    verify.MODIFIED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    verify.UNSIGNED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    verify.NOT_KOTODESK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    verify.UNREADABLE: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def verification_icon(status: str) -> QIcon:
    """The icon of a verification status (shown beside its word, never alone)."""
    return QApplication.style().standardIcon(
        _ICONS.get(status, QStyle.StandardPixmap.SP_MessageBoxWarning))


def status_text(status: str) -> str:
    return {
        verify.VALID: QApplication.translate("Verification", "Valid, trusted signer"),
        verify.UNKNOWN_SIGNER: QApplication.translate("Verification", "Valid, unknown signer"),
        verify.NOT_AUTHORISED: QApplication.translate("Verification", "Signer not authorised"),
        verify.MODIFIED: QApplication.translate("Verification", "Modified after signing"),
        verify.UNSIGNED: QApplication.translate("Verification", "Unsigned"),
        verify.NOT_KOTODESK: QApplication.translate("Verification", "Not a kotodesk file"),
        verify.UNREADABLE: QApplication.translate("Verification", "Unreadable"),
    }.get(status, status)


def signed_time(iso: str) -> str:
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class VerificationModel(RowsModel):
    FILE, STATUS, UNIT, ROUND, SIGNER, SIGNED, FINGERPRINT = range(7)
    ResultRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)

    def replace(self, row: int, result: Verification) -> None:
        self._rows[row] = result
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Result"), self.tr("Unit"), self.tr("Round"),
                self.tr("Signer"), self.tr("Signed"), self.tr("Fingerprint")]

    def cell(self, r: Verification, column: int, role: int):
        if role == self.ResultRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.message or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return verification_icon(r.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.FILE: r.file.name,
                self.STATUS: status_text(r.status),
                self.UNIT: r.unit,
                self.ROUND: r.round,
                self.SIGNER: f"{r.signer} <{r.email}>" if r.email else r.signer,
                self.SIGNED: signed_time(r.signed_at),
                self.FINGERPRINT: r.fingerprint[:23] + ("…" if r.fingerprint else ""),
            }[column]
        return None
