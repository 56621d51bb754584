"""Export the signed return: what is still missing, the key, the folder, then both files.

An incomplete return can still be sent (it is marked incomplete in both files): the
dialog says what is missing and lets the person decide. On first export it makes the
person's signing key. Sealing and writing run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kotodesk.domain.errors import KotodeskError
from kotodesk.ops import settings
from kotodesk.ops.keys import PassphrasesDiffer, PassphraseTooShort, check_new_passphrase
from kotodesk.ops.trust import trust_own
from kotodesk.reporting import returns
from kotodesk.reporting.export_child import ExportChild, Job, key_bytes
from kotodesk.signing import keys
from kotodesk.signing.pki.installed import token_choice, uses_token
from kotodesk.signing.pki.modules import TokenError
from kotodesk.ui.operations import operations
from kotodesk.ui.session import ReportingSession
from kotodesk.ui.token_messages import token_message
from kotodesk.ui.validation_panel import ProblemModel
from kotodesk.ui.words import error_text, said, unit_text
from kotodesk.ui.worker import Worker


class ExportDialog(QDialog):
    def __init__(self, session: ReportingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.workspace = session.workspace
        self.home = self.workspace.home
        self.worker: Worker | None = None
        self.result: returns.ExportResult | None = None
        self.draft: Path | None = None  # the e-mail draft written by Send to coordinator
        self.setWindowTitle(self.tr("Export signed return"))
        self.setMinimumWidth(680)
        unit = self.workspace.register.units[session.unit_id]
        round_ = session.round

        intro = QLabel(self.tr("The return of <b>{0}</b> for the monitoring period {1} is "
                               "written as an Excel file and a PDF, both signed by you.")
                       .format(unit_text(unit), round_.period))
        intro.setWordWrap(True)

        problems = session.problems()
        total = len(session.own_measures())
        incomplete = len({p.ref for p in problems})
        self.problems = ProblemModel(self)
        self.problems.set_rows(problems)
        missing_box = QGroupBox(self.tr("Still missing"))
        missing_layout = QVBoxLayout(missing_box)
        if problems:
            summary = QLabel(self.tr(
                "{0} of {1} measures are still incomplete. You can export now: both files "
                "will be marked incomplete and list what is missing.").format(incomplete, total))
            view = QListView()
            view.setModel(self.problems)
            view.setAccessibleName(self.tr("Still missing"))
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setMinimumHeight(110)
            view.setMaximumHeight(150)
            summary.setWordWrap(True)
            missing_layout.addWidget(summary)
            missing_layout.addWidget(view)
        else:
            missing_layout.addWidget(QLabel(self.tr("Nothing is missing: all {0} measures are "
                                                    "complete.").format(total)))

        self.folder = QLineEdit(settings.get(self.workspace, "export_folder") or QStandardPaths.
                                writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.folder.setAccessibleName(self.tr("Folder"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)

        self.has_key = keys.has_identity(self.home)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.name = QLineEdit(settings.get(self.workspace, "user_name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.email = QLineEdit(settings.get(self.workspace, "user_email"))
        self.email.setAccessibleName(self.tr("Your e-mail"))
        self.key_box = QGroupBox(self.tr("Signature"))
        self._fill_key_box()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export and sign"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start)
        self.open_button = self.buttons.addButton(self.tr("&Open folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)
        self.send_button = self.buttons.addButton(self.tr("Send to &coordinator"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.setToolTip(self.tr("Write an e-mail draft with both files attached "
                                            "and open it in your mail program"))
        self.send_button.setVisible(False)
        self.send_button.clicked.connect(self.send_to_coordinator)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(missing_box)
        folder_label = QLabel(self.tr("Save in &folder:"))
        folder_label.setBuddy(self.folder)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.key_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Now that the button is in the dialog: Enter in any field exports, even after
        # Tab passed "Choose…" (a default set earlier would not be the dialog's own).
        self.export_button.setDefault(True)
        self.passphrase.setFocus()
        # The export runs in a child process that loads its libraries while the passphrase
        # is typed, and takes them away when it ends (reporting.export_child).
        self.child = ExportChild(signer_home=self.home)
        self.child.start()

    def _fill_key_box(self) -> None:
        """The signer and the passphrase; on first export, the new key's details too."""
        box_layout = QVBoxLayout(self.key_box)
        form = QFormLayout()
        if self.has_key:
            info = keys.describe(keys.own_certificate(self.home))
            who = QLabel(f"{info.name} <{info.email}>\n" + self.tr("Fingerprint") +
                         f": {info.fingerprint[:23]}…")
            who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Signer:"), who)
            if uses_token(self.home):  # the key is on a card: what is typed is its PIN
                choice = token_choice(self.home)
                form.addRow(self.tr("Card or token:"), QLabel(choice.token))
                self.passphrase.setAccessibleName(self.tr("PIN"))
                form.addRow(self.tr("&PIN:"), self.passphrase)
            else:
                form.addRow(self.tr("&Passphrase:"), self.passphrase)
        else:
            note = QLabel(self.tr(
                "You have no signing key yet. kotodesk makes one now and keeps it on this "
                "computer, locked with a passphrase of at least 8 characters. You need the "
                "passphrase every time you sign; nobody can recover it."))
            note.setWordWrap(True)
            box_layout.addWidget(note)  # outside the form: a form cuts wrapped labels
            form.addRow(self.tr("Your &name:"), self.name)
            form.addRow(self.tr("Your &e-mail:"), self.email)
            form.addRow(self.tr("&Passphrase:"), self.passphrase)
            form.addRow(self.tr("Passphrase &again:"), self.repeat)
        box_layout.addLayout(form)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Save in folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def _fail(self, text: str) -> None:
        self.message.setText(f"<span style='color:#b71c1c'>{text}</span>")

    def start(self) -> None:
        """Check the inputs, read the return on this thread, seal and write on another."""
        secret = self.passphrase.text()
        if not self.folder.text().strip():
            return self._fail(self.tr("Choose a folder."))
        if not self.has_key:
            if not self.name.text().strip():
                return self._fail(self.tr("Your name is needed for the signature."))
            try:
                check_new_passphrase(secret, self.repeat.text())
            except PassphraseTooShort:
                return self._fail(self.tr("The passphrase must have at least 8 characters."))
            except PassphrasesDiffer:
                return self._fail(self.tr("The two passphrases differ."))
        elif not secret:
            return self._fail(self.tr("Enter your PIN.") if uses_token(self.home)
                              else self.tr("Enter your passphrase."))
        session, ws = self.session, self.workspace
        session.flush()
        unit = ws.register.units[session.unit_id]
        try:
            if self.has_key:
                certificate = keys.own_certificate(self.home)
                new_identity = None
            else:
                new_identity = keys.new_identity(
                    name=self.name.text().strip(), email=self.email.text().strip(),
                    unit=unit.name, organisation=ws.register.organisation)
                certificate = new_identity.certificate
            prepared = returns.prepare(ws, session.round, unit, certificate)
        except KotodeskError as exc:
            return self._fail(_escape(error_text(exc)))
        out_dir = Path(self.folder.text().strip()).expanduser()
        home = self.home

        job = Job(prepared, home, secret, out_dir,
                  key_bytes(new_identity) if new_identity is not None else None)
        child = self.child

        def work(progress, _cancelled):
            return child.run(job, progress)

        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.message.setText(self.tr("Signing and writing…"))
        self.worker = Worker(work, self)
        self.worker.progressed.connect(lambda f, _t: self.progress.setValue(int(f * 100)))
        self.worker.succeeded.connect(lambda r: self._done(r, new_identity))
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _done(self, result: returns.ExportResult, new_identity) -> None:
        self.worker.wait()  # its run() is returning; never leave a QThread running
        settings.put(self.workspace, export_folder=str(result.xlsx.parent))
        if new_identity is not None:
            operations(self.workspace).announce(
                trust_own(self.workspace, new_identity.certificate), self)
            self.has_key = True
            for widget in self.key_box.findChildren(QWidget):  # show the signer from now on
                widget.setParent(None)
                widget.deleteLater()
            QWidget().setLayout(self.key_box.layout())  # drop the old layout
            self.passphrase = QLineEdit()
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            self.passphrase.setAccessibleName(self.tr("Passphrase"))
            self._fill_key_box()
        self.result = result
        self.progress.setValue(100)
        lines = [self.tr("Wrote:"), str(result.xlsx), str(result.pdf)]
        if result.incomplete:
            lines.append(self.tr("Marked incomplete: {0} measures still lack something.")
                         .format(len(result.incomplete)))
        lines += result.warnings
        lines.append(self.tr("Send both files to the coordinator by e-mail: Send to "
                             "coordinator writes the e-mail for your mail program."))
        self.message.setText("<br>".join(_escape(line) for line in lines))
        self.open_button.setVisible(True)
        self.send_button.setVisible(True)
        self.export_button.setEnabled(True)
        self.passphrase.clear()
        self.adjustSize()

    def send_to_coordinator(self) -> None:
        """Write the e-mail draft beside the files, both attached, and open it."""
        from kotodesk.mail import round_mail  # here: the mail texts need the merge's words
        from kotodesk.ui import mail_drafts

        result = self.result
        if result is None:
            return
        session, ws = self.session, self.workspace
        unit = ws.register.units[session.unit_id]
        try:
            draft = round_mail.return_draft(
                ws, session.round, unit, [result.xlsx, result.pdf],
                lang=mail_drafts.mail_language(), sender=round_mail.sender_name(ws),
                incomplete=len(result.incomplete))
            written, unopened = mail_drafts.write_and_open([draft], result.xlsx.parent)
        except (KotodeskError, OSError) as exc:
            return self._fail(_escape(error_text(exc)))
        self.draft = written[0]
        lines = [self.tr("Wrote the e-mail draft {0}.").format(written[0])]
        if not draft.to and draft.unusable:
            lines.append(self.tr("The coordinator's address cannot be used: {0}. Type the "
                                 "right one in the draft.").format(
                "; ".join(said(u) for u in draft.unusable)))
        elif not draft.to:
            lines.append(self.tr("The coordinator's address is not known yet (it comes with "
                                 "the round package): type it in the draft."))
        lines.append(mail_drafts.not_opened_note(unopened) or
                     self.tr("Your mail program opens it: check it and press Send."))
        self.message.setText("<br>".join(_escape(line) for line in lines))

    def _failed(self, exc: Exception) -> None:
        self.worker.wait()
        self.child.start()  # ready for the next try while the passphrase is typed again
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(exc, keys.PassphraseError):
            self._fail(self.tr("Wrong passphrase. Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, TokenError):
            self._fail(_escape(token_message(exc, token_choice(self.home).token)))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(exc, (KotodeskError, OSError)):
            self._fail(_escape(error_text(exc)))
        else:
            raise exc  # a bug: the application's error handler reports it

    def done(self, code: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait()  # the files are being written: finish, never leave half
        self.child.close()
        super().done(code)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
