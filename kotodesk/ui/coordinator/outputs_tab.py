"""Outputs: the signed merged report (.xlsx) and meeting summary (.pdf) of the round, a
new round, and the round package for the units. What is read from the database is read
here; unlocking the key, sealing and writing run on a worker thread."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.coordinator import signed_outputs
from kotodesk.coordinator.new_round import deadline_refusal
from kotodesk.domain.errors import KotodeskError
from kotodesk.domain.messages import message
from kotodesk.ops import settings
from kotodesk.signing import keys
from kotodesk.ui.coordinator.state import CoordinatorSession
from kotodesk.ui.words import error_text, local_date, sentence
from kotodesk.ui.worker import Worker

FOLDER_SETTING = "coordinator_folder"


class OutputsTab(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.home = session.workspace.home
        self.worker: Worker | None = None
        self.closing = False

        # Signature: who signs, and the passphrase that unlocks the key.
        key_box = QGroupBox(self.tr("Signature"))
        key_form = QFormLayout(key_box)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        key_form.addRow(self.tr("Signer:"), self.signer)
        key_form.addRow(self.tr("&Passphrase:"), self.passphrase)

        # The merged report and the meeting summary.
        merged_box = QGroupBox(self.tr("Merged report and meeting summary"))
        merged_layout = QVBoxLayout(merged_box)
        self.folder = QLineEdit(settings.get(session.workspace, FOLDER_SETTING) or QStandardPaths.
                                writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.folder.setAccessibleName(self.tr("Folder for the files"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.clicked.connect(self._choose_folder)
        folder_label = QLabel(self.tr("Save in &folder:"))
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.want_xlsx = QCheckBox(self.tr("Merged report (.&xlsx): every measure with each "
                                           "unit's contribution"))
        self.want_xlsx.setChecked(True)
        self.want_pdf = QCheckBox(self.tr("Meeting summary (.p&df): legend, charts per theme, "
                                          "who has not returned, each measure"))
        self.pdf_ready = signed_outputs.pdf_available()
        self.want_pdf.setChecked(self.pdf_ready)
        self.want_pdf.setEnabled(self.pdf_ready)
        if not self.pdf_ready:
            self.want_pdf.setToolTip(self.tr("This version of kotodesk cannot write the "
                                             "meeting summary yet."))
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.write_button = QPushButton(self.tr("&Write and sign"))
        self.write_button.clicked.connect(self.write_merged)
        merged_layout.addLayout(folder_row)
        merged_layout.addWidget(self.want_xlsx)
        merged_layout.addWidget(self.want_pdf)
        merged_layout.addWidget(self.conflict_note)
        merged_layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)

        # The round package.
        package_box = QGroupBox(self.tr("Round package for the units"))
        package_layout = QVBoxLayout(package_box)
        self.package_text = QLabel()
        self.package_text.setWordWrap(True)
        self.package_button = QPushButton(self.tr("Write round pac&kage"))
        self.package_button.clicked.connect(self.write_package)
        package_layout.addWidget(self.package_text)
        # A deadline typed wrong, or extended: returns and the summary are judged by it.
        self.round_deadline = QDateEdit()
        self.round_deadline.setCalendarPopup(True)
        self.round_deadline.setAccessibleName(self.tr("The round's deadline"))
        # No Alt letter: in every language each one is taken in this tab and the tabs.
        self.deadline_button = QPushButton(self.tr("Change deadline"))
        self.deadline_button.clicked.connect(self.change_deadline)
        deadline_row = QHBoxLayout()
        self.round_deadline_label = QLabel(self.tr("Round's deadline:"))
        self.round_deadline_label.setBuddy(self.round_deadline)
        deadline_row.addWidget(self.round_deadline_label)
        deadline_row.addWidget(self.round_deadline)
        deadline_row.addWidget(self.deadline_button)
        deadline_row.addStretch(1)
        package_layout.addLayout(deadline_row)
        self.package_mail_button = QPushButton(self.tr("E-m&ail it to the units…"))
        self.package_mail_button.setToolTip(self.tr(
            "Write an e-mail draft to each unit with the round package attached"))
        self.package_mail_button.clicked.connect(lambda: self.mail_package())
        self.package_written: Path | None = None  # the last package this window wrote
        package_buttons = QHBoxLayout()
        package_buttons.addWidget(self.package_button)
        package_buttons.addWidget(self.package_mail_button)
        package_buttons.addStretch(1)
        package_layout.addLayout(package_buttons)

        # A new round.
        round_box = QGroupBox(self.tr("Open a new round"))
        round_form = QFormLayout(round_box)
        self.period = QLineEdit()
        self.period.setAccessibleName(self.tr("Monitoring period"))
        self.period.setPlaceholderText(self.tr("e.g. 1–12/2024"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setAccessibleName(self.tr("Deadline"))
        later = date.today() + timedelta(days=30)
        self.deadline.setDate(QDate(later.year, later.month, later.day))
        self.next_period = QLineEdit()
        self.next_period.setAccessibleName(self.tr("Next period"))
        self.close_open = QCheckBox(self.tr("Close the ro&und that is open now"))
        self.close_open.setChecked(True)
        self.open_button = QPushButton(self.tr("Ope&n round"))
        self.open_button.clicked.connect(self.open_round)
        round_form.addRow(self.tr("Monitoring p&eriod:"), self.period)
        round_form.addRow(self.tr("Dead&line:"), self.deadline)
        round_form.addRow(self.tr("Nex&t period:"), self.next_period)
        round_form.addRow(self.close_open)
        round_form.addRow(self.open_button)
        round_form.setAlignment(self.open_button, Qt.AlignmentFlag.AlignLeft)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Writing progress"))
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # it holds focus while busy

        grid = QGridLayout(self)
        grid.addWidget(key_box, 0, 0, 1, 2)
        grid.addWidget(merged_box, 1, 0)
        grid.addWidget(package_box, 2, 0)
        grid.addWidget(round_box, 1, 1, 2, 1)
        grid.addWidget(self.progress, 3, 0, 1, 2)
        grid.addWidget(self.message, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        session.round_chosen.connect(self.refresh)
        session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes) -> None:
        if changes.rounds or changes.keys:  # a key made in Settings: sign at once
            self.refresh()
        elif changes.any_of("files", "choices", "trust"):
            self._show_conflicts()

    def refresh(self) -> None:
        round_ = self.session.round
        has_key = keys.has_identity(self.home)
        if has_key:
            info = keys.describe(keys.own_certificate(self.home))
            self.signer.setText(f"{info.name} &lt;{html.escape(info.email)}&gt; · "
                                + html.escape(self.tr("fingerprint {0}…").format(
                                    info.fingerprint[:23])))
        else:
            self.signer.setText(self.tr(
                "You have no signing key yet. Make one in Settings › Signing key and "
                "trust… › Make a signing key, or with `kotodesk key new`."))
        busy = self.worker is not None
        self.passphrase.setEnabled(has_key)
        self.write_button.setEnabled(has_key and round_ is not None and not busy)
        self.package_button.setEnabled(has_key and round_ is not None and not busy
                                       and round_.state == "open")
        self.package_mail_button.setEnabled(self.package_written is not None and not busy)
        self.open_button.setEnabled(not busy)
        self._show_conflicts()
        can_change = round_ is not None and not deadline_refusal(round_)
        for widget in (self.round_deadline_label, self.round_deadline, self.deadline_button):
            widget.setEnabled(can_change and not busy)
        if round_ is not None and round_.deadline:
            day = round_.deadline
            self.round_deadline.setDate(QDate(day.year, day.month, day.day))
        if round_ is None:
            self.package_text.setText(self.tr("This programme has no round yet."))
            return
        if round_.state != "open":  # its returns would be refused (the core refuses too)
            self.package_text.setText(sentence(message("package-round-closed",
                                                       period=round_.period)))
            return
        # A round opened without a deadline (the embedded one) has none to carry.
        self.package_text.setText((self.tr(
            "The package for round {0} carries the catalogue, the round and its deadline, the "
            "previous round's merged entries and your review comments. Send it to every "
            "unit.") if round_.deadline else self.tr(
            "The package for round {0} carries the catalogue, the round (it has no "
            "deadline), the previous round's merged entries and your review comments. Send "
            "it to every unit.")).format(round_.period))
        if not self.period.text():
            self.period.setText(round_.next_period)

    def _show_conflicts(self) -> None:
        conflicts = len(self.session.conflicts())
        self.conflict_note.setText(self.tr(
            "Conflicts still open: {0}. The contributions concerned are marked unresolved "
            "in the files.").format(conflicts) if conflicts else "")
        self.conflict_note.setVisible(bool(conflicts))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save in folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _fail(self, text: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{html.escape(text)}</span>")

    def _ready(self) -> tuple[str, Path] | None:
        secret = self.passphrase.text()
        if not secret:
            self._fail(self.tr("Enter your passphrase."))
            self.passphrase.setFocus()
            return None
        if not self.folder.text().strip():
            self._fail(self.tr("Choose a folder."))
            return None
        folder = Path(self.folder.text().strip()).expanduser()
        settings.put(self.session.workspace, **{FOLDER_SETTING: str(folder)})
        return secret, folder

    def write_merged(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        if not (self.want_xlsx.isChecked() or self.want_pdf.isChecked()):
            return self._fail(self.tr("Choose the report, the summary or both."))
        secret, folder = ready
        session = self.session
        conflicts = {(c.ref, c.unit_id) for c in session.conflicts()}
        try:
            payload = signed_outputs.merged(session.workspace, session.round,
                                            keys.own_certificate(self.home),
                                            conflicts=conflicts)
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        programme, round_part = payload["programme"], payload["round"]
        xlsx = folder / (signed_outputs.file_stem(programme, round_part, "yhdistetty")
                         + ".xlsx") if self.want_xlsx.isChecked() else None
        pdf = folder / (signed_outputs.file_stem(programme, round_part, "kokousyhteenveto")
                        + ".pdf") if self.want_pdf.isChecked() else None
        home = self.home

        def work(progress, _cancelled):
            identity = keys.load_identity(home, secret)
            progress(0.3)
            return signed_outputs.write_merged(payload, identity, xlsx=xlsx, pdf=pdf,
                                               progress=lambda f: progress(0.3 + 0.7 * f))

        self._start(work, self.tr("Signing and writing the merged files…"))

    def write_package(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        secret, folder = ready
        session = self.session
        try:
            payload = signed_outputs.package(session.workspace, session.round,
                                             keys.own_certificate(self.home))
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        target = folder / (signed_outputs.file_stem(payload["programme"], payload["round"],
                                                    "kierrospaketti") + ".xlsx")
        home = self.home

        def work(_progress, _cancelled):
            identity = keys.load_identity(home, secret)
            return [signed_outputs.write_package_file(payload, identity, target)]

        self.package_target = target

        self._start(work, self.tr("Signing and writing the round package…"))

    def _start(self, work, text: str) -> None:
        self.worker = Worker(work, self)
        self.worker.progressed.connect(lambda f, _t: self.progress.setValue(int(f * 100)))
        self.worker.succeeded.connect(self._written)
        self.worker.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.message.setText(html.escape(text))
        self._return_focus = self.focusWidget() if self.focusWidget() in (
            self.write_button, self.package_button) else self.write_button
        # The buttons are disabled while the files are written; Qt would pass the focus
        # on to the next control (the new round's form), where a few keys open a round.
        self.message.setFocus()
        self.refresh()
        self.worker.start()

    def _written(self, paths: list[Path]) -> None:
        if self.closing:
            return
        self._stopped()
        self.passphrase.clear()
        if getattr(self, "package_target", None) in paths:
            self.package_written = self.package_target
            self.refresh()
        self.message.setText("<br>".join([html.escape(self.tr("Wrote:"))]
                                         + [html.escape(str(p)) for p in paths]))
        self._focus_back()

    def _failed(self, exc: Exception) -> None:
        if self.closing:
            return
        self._stopped()
        if isinstance(exc, keys.PassphraseError):
            self._fail(self.tr("Wrong passphrase. Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, (KotodeskError, OSError)):
            self._fail(error_text(exc))
            self._focus_back()
        else:
            raise exc  # a bug: the application's error handler reports it

    def _focus_back(self) -> None:
        """After "Write and sign": the button that was pressed, or the result."""
        button = getattr(self, "_return_focus", None)
        (button if button is not None and button.isEnabled() else self.message).setFocus()

    def _stopped(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.progress.setVisible(False)
        self.refresh()

    def mail_package(self, folder: Path | None = None) -> None:
        """One e-mail draft per unit of the round, each with the package just written."""
        from kotodesk.ui.coordinator import mail_actions

        package, round_ = self.package_written, self.session.round
        if package is None or round_ is None:
            return
        workspace = self.session.workspace
        folder = folder or mail_actions.ask_folder(self, workspace)
        if folder is None:
            return
        try:
            self.message.setText(html.escape(mail_actions.write_package_drafts(
                workspace, round_, package, folder)))
        except (KotodeskError, OSError) as exc:
            self._fail(error_text(exc))

    def open_round(self) -> None:
        if not self._confirm_closing():
            return
        picked = self.deadline.date()
        try:
            made = self.session.open_round(
                self.period.text(), date(picked.year(), picked.month(), picked.day()),
                self.next_period.text(), keep_open=not self.close_open.isChecked())
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        self.period.clear()
        self.next_period.clear()
        self.message.setText(html.escape(self.tr(
            "Round {0} is open. Write its round package and send it to the units.")
            .format(made.period)))

    def change_deadline(self) -> None:
        picked = self.round_deadline.date()
        was = self.session.round.deadline
        try:
            changed = self.session.change_deadline(
                date(picked.year(), picked.month(), picked.day()))
        except KotodeskError as exc:
            return self._fail(error_text(exc))
        before = local_date(was) if was else "–"
        self.message.setText(html.escape(self.tr(
            "Round {0}: the deadline is now {1} (it was {2}). Returns and the summary are "
            "judged by it from now on. Write the round package again and send it, so that "
            "the units see it.").format(changed.period, local_date(changed.deadline), before)))

    def _confirm_closing(self) -> bool:
        """Opening a round closes the open one: say what that does to its entries, and go
        on only when the person agrees (Cancel is the default button)."""
        from PySide6.QtWidgets import QMessageBox

        closing = self.session.open_rounds() if self.close_open.isChecked() else []
        if not closing:
            return True
        period = " ".join(self.period.text().split()) or "?"
        lines = [self.tr("Opening round {0} closes round {1}: its {2} entries from {3} units "
                         "can then be read but no longer changed, and they become the new "
                         "round's \"last round\".").format(period, c.round.period, c.entries,
                                                           c.units) for c in closing]
        lines.append(self.tr("A closed round can be opened again with \"Reopen round\" in "
                             "this window's toolbar."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open a new round"),
                          "\n\n".join(lines), QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Open {0} and close {1}").format(
            period, ", ".join(c.round.period for c in closing)),
            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def shutdown(self) -> None:
        """The files are being written: finish, never leave half; then ignore the
        result, as the database may be closed next."""
        self.closing = True
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
            self.progress.setVisible(False)

    def resume(self) -> None:
        """The window is shown again."""
        self.closing = False
        self.refresh()
