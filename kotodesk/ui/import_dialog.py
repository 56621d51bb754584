"""Asking what an imported catalogue is: a new version of a programme, or a new programme.

The file may say which programme it belongs to (the same name or id); that answer is
offered, never taken silently, and a file that names no stored programme leaves the choice
open until the user makes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.model import Catalogue
from kotodesk.storage.catalogues import ProgrammeSummary


class ImportChoiceDialog(QDialog):
    def __init__(self, file_name: str, catalogue: Catalogue,
                 programmes: list[ProgrammeSummary], match: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import catalogue"))
        name = catalogue.programme.name
        measures = sum(1 for _ in catalogue.measures())
        intro = QLabel(" ".join((
            self.tr("{0} holds the programme “{1}”:").format(file_name, name),
            self.tr("Measures: {0}.").format(measures), self.tr("Import it as:"))))
        intro.setWordWrap(True)
        self.as_version = QRadioButton(self.tr("A new &version of"))
        self.programme = QComboBox()
        self.programme.setAccessibleName(self.tr("Programme the file is a new version of"))
        for p in programmes:
            self.programme.addItem(f"{p.short_name or p.name} (v{p.version})", p.id)
        self.as_new = QRadioButton(self.tr("A &new programme “{0}”").format(name))
        self.group = QButtonGroup(self)
        self.group.addButton(self.as_version)
        self.group.addButton(self.as_new)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.as_version)
        layout.addWidget(self.programme)
        layout.addWidget(self.as_new)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if match is not None:
            self.programme.setCurrentIndex(max(0, self.programme.findData(match)))
            self.as_version.setChecked(True)
            self.hint.setText(self.tr("The file names this programme, so it is offered as "
                                      "a new version."))
        else:
            self.hint.setText(self.tr("The file names no programme kept here: choose."))
        if not programmes:
            self.as_version.setEnabled(False)
        self.group.buttonToggled.connect(self._update)
        self.programme.activated.connect(lambda _i: self.as_version.setChecked(True))
        self._update()

    def _update(self, *_args) -> None:
        self.programme.setEnabled(self.as_version.isEnabled())
        chosen = self.as_version.isChecked() or self.as_new.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def choice(self) -> tuple[str | None, bool]:
        """(programme id, False) for a new version; (None, True) for a new programme."""
        if self.as_version.isChecked():
            return self.programme.currentData(), False
        return None, True
