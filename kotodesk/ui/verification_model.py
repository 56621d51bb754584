"""Verification results as a table: one row per file, status by icon and word, never by
colour alone. Used by the Verify dialog and the coordinator's returns inbox."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle

from kotodesk.documents import verify
from kotodesk.documents.verify import Verification
from kotodesk.domain.register import Register
from kotodesk.ui.rows_model import RowsModel
from kotodesk.ui.words import said, unit_text

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


def status_width(view: QAbstractItemView) -> int:
    """A width at which every status word fits whole beside its icon in `view`: the word
    that matters ("tuntematon", "luotettu") is never elided."""
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(status_text(s)) for s in verify.STATUSES)
    icon = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    return widest + icon + 6 * margin + 8


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

    def __init__(self, parent: QObject | None = None, register: Register | None = None
                 ) -> None:
        """`register` names a file's unit in the window's language (the file carries
        its Finnish name)."""
        super().__init__([], parent)
        self.register = register

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
            return said(r.message) or None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return verification_icon(r.status)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.FILE: r.file.name,
                self.STATUS: status_text(r.status),
                self.UNIT: self._unit(r.unit),
                self.ROUND: r.round,
                self.SIGNER: f"{r.signer} <{r.email}>" if r.email else r.signer,
                self.SIGNED: signed_time(r.signed_at),
                self.FINGERPRINT: r.fingerprint[:23] + ("…" if r.fingerprint else ""),
            }[column]
        return None

    def _unit(self, name: str) -> str:
        unit = self.register.find(name) if self.register is not None and name else None
        return unit_text(unit) if unit is not None else name
