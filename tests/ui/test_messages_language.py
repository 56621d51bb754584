"""No English in a Finnish or Swedish window: refusals and verification, as a coordinator
meets them in the returns inbox and the Verify dialog, with real keys, real signed files
and files that are broken in the ways mail brings them."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kotodesk.documents import verify
from kotodesk.storage import settings, trust
from kotodesk.ui.coordinator.inbox_model import InboxModel
from kotodesk.ui.coordinator.window import CoordinatorWindow
from kotodesk.ui.i18n import Translations
from kotodesk.ui.verification_model import VerificationModel, status_text, status_width
from kotodesk.ui.verify_dialog import VerifyDialog
from tests.trust_support import KASKO, person, write_signed
from tests.trust_support import return_payload as payload_of

ROOT = Path(__file__).resolve().parents[2]

# Words of the English messages that neither Finnish nor Swedish uses.
ENGLISH = re.compile(
    r"\b(the|not|is|was|but|and|by|of|only|signer|signature|signed|signing|file|valid|"
    r"trusted|unknown|sheet|after|already|received|refused|held|merged|changed|trust|list|"
    r"cannot|count|unit|round|values|appearance|taken|same|return|nothing|before|future|"
    r"clock|certificate|content|layout|archive|workbook|read)\b", re.I)


def english_in(texts: list[str], names: list[str]) -> list[str]:
    """The texts that still hold an English word once file names, e-mail addresses and
    people's and units' names (which are what they are) are taken out."""
    found = []
    for text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
        for name in names:
            plain = plain.replace(name, " ")
        plain = re.sub(r"[\w.@-]+\.(xlsx|pdf|fi)\b", " ", plain)
        if ENGLISH.search(plain):
            found.append(f"{ENGLISH.search(plain).group(0)!r} in {text!r}")
    return found


@pytest.fixture(scope="module")
def staff():
    return {"kaisa": person("Kaisa Kasko", KASKO), "olli": person("Olli Ulkopuolinen", KASKO)}


def fill(ws, unit, ref, **fields):
    from kotodesk.reporting.entries import apply_edits

    round_ = ws.round()
    catalogue = ws.catalogue(round_.programme_id, round_.catalogue_version)
    apply_edits(ws.store, catalogue, round_, unit, ref, fields, "Testi")


def mailbox(unit_home, staff, folder: Path) -> list[Path]:
    """The files of a coordinator's mailbox on a bad day."""
    folder.mkdir()
    kaisa, olli = staff["kaisa"], staff["olli"]
    fill(unit_home, "kuva", "1/1.1", status="green", narrative="Kuva: käynnissä, ääkköset.")
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Kasko: alussa.")
    write_signed(payload_of(unit_home, "kasko", kaisa), kaisa, folder / "kasko.xlsx",
                 folder / "kasko.pdf")
    write_signed(payload_of(unit_home, "kuva", kaisa), kaisa, folder / "kuva_kaisalta.xlsx")
    write_signed(payload_of(unit_home, "kasko", olli), olli, folder / "olli.xlsx")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat(timespec="seconds")
    write_signed(payload_of(unit_home, "kasko", kaisa, signed_at=later), kaisa,
                 folder / "huomenna.xlsx")
    write_signed(payload_of(unit_home, "kasko", kaisa,
                            extra={"2/1.1": {"status": "red", "narrative": "Ei meidän."}}),
                 kaisa, folder / "vieras.xlsx")
    edited = openpyxl.load_workbook(folder / "kasko.xlsx")
    cell = next(c for sheet in edited.worksheets for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and "Kasko: alussa." in c.value)
    cell.value = "Kasko: valmis."
    edited.save(folder / "muokattu.xlsx")
    (folder / "rikki.xlsx").write_bytes(b"Hei, t\xc3\xa4m\xc3\xa4 ei ole taulukko")
    plain = openpyxl.Workbook()
    plain.active["A1"] = "Kokouksen muistio"
    plain.save(folder / "muistio.xlsx")
    return sorted(folder.iterdir())


NAMES = ["Kaisa Kasko", "Olli Ulkopuolinen", KASKO, "Kulttuurin ja vapaa-ajan toimiala",
         "kotodesk"]


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_the_inbox_and_verify_speak_only_the_window_language(
        qtbot, language, workspace, unit_home, staff, tmp_path):
    trust.add(workspace.store, staff["kaisa"].certificate, units=["kasko"], confirmed=True)
    files = mailbox(unit_home, staff, tmp_path / "posti")
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    tab = window.inbox
    tab.take_in_paths([tmp_path / "posti"])
    qtbot.waitUntil(lambda: tab.run is None, timeout=30000)
    tab.take_in_paths([tmp_path / "posti" / "kasko.xlsx"])  # the same file again
    qtbot.waitUntil(lambda: tab.run is None, timeout=30000)
    rows = tab.model.rows()
    statuses = {r.file_name: r.status for r in rows}
    assert statuses == {
        "kasko.xlsx": verify.VALID, "kasko.pdf": verify.VALID,
        "kuva_kaisalta.xlsx": verify.NOT_AUTHORISED, "olli.xlsx": verify.UNKNOWN_SIGNER,
        "huomenna.xlsx": verify.NOT_AUTHORISED, "vieras.xlsx": verify.VALID,
        "muokattu.xlsx": verify.MODIFIED, "rikki.xlsx": verify.UNREADABLE,
        "muistio.xlsx": verify.NOT_KOTODESK}
    # a recorded file's unit as the city names it in the window's language (a Swedish
    # window named every unit in Finnish)
    unit_column = {tab.proxy.index(r, InboxModel.FILE).data():
                   tab.proxy.index(r, InboxModel.UNIT).data()
                   for r in range(tab.proxy.rowCount())}
    assert unit_column["kasko.xlsx"] == {"fi": "Kasvatuksen ja koulutuksen toimiala",
                                         "sv": "Fostrans- och utbildningssektorn"}[language]
    texts = [tab.summary.text(), tab.progress_label.text()]
    for row in range(tab.proxy.rowCount()):
        for column in (InboxModel.RESULT, InboxModel.SIGNED, InboxModel.OUTCOME):
            index = tab.proxy.index(row, column)
            texts += [index.data(), index.data(Qt.ItemDataRole.ToolTipRole)]
        tab.view.selectRow(row)
        texts.append(tab.details.text())
    details = "\n".join(t for t in texts if t)
    # each case reached the window, in the window's language
    expected = {"fi": ["luotettu", "ei luettavissa", "tulevaisuudessa", "vain yksiköiden",
                       "vastaanotettu jo", "ei ole luottamuslistalla", "eivät yksikön",
                       "ei Excelin", "ei kotodesk-tiedosto", "näyttää"],
                "sv": ["betrodd", "oläsbar", "i framtiden", "får svara endast för",
                       "redan mottagen", "finns inte på förtroendelistan",
                       "inte enhetens åtgärder", "inte en Excel", "inte en kotodesk-fil",
                       "visar"]}[language]
    missing = [word for word in expected if word.casefold() not in details.casefold()]
    assert not missing, details
    assert not english_in(texts, NAMES)
    # the verification column shows every status word whole
    width = tab.view.columnWidth(InboxModel.RESULT)
    metrics = tab.view.fontMetrics()
    assert all(metrics.horizontalAdvance(status_text(s)) + 16 < width
               for s in verify.STATUSES)

    dialog = VerifyDialog(workspace, files)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(files), timeout=30000)
    texts = []
    for row in range(len(files)):
        index = dialog.model.index(row, VerificationModel.STATUS)
        texts += [index.data(), index.data(Qt.ItemDataRole.ToolTipRole)]
        dialog.view.selectRow(row)
        texts.append(dialog.details.text())
    assert not english_in(texts, NAMES)
    assert dialog.view.columnWidth(VerificationModel.STATUS) >= status_width(dialog.view)
    said = "\n".join(t for t in texts if t).casefold()
    assert {"fi": "allekirjoitus kelvollinen, luotettu allekirjoittaja (kaisa kasko)",
            "sv": "underskriften giltig, betrodd undertecknare (kaisa kasko)"}[language] in said


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_return_dropped_on_a_busy_database_is_refused_in_the_window_language(
        qtbot, language, workspace, unit_home, staff, tmp_path):
    """Another program (a second kotodesk, a backup or sync tool) holds the database
    while the coordinator drops a return: its row says so in the window's language."""
    import sqlite3

    trust.add(workspace.store, staff["kaisa"].certificate, units=["kasko"], confirmed=True)
    fill(unit_home, "kasko", "1/1.1", status="yellow", narrative="Kasko: alussa.")
    posti = tmp_path / "posti"
    posti.mkdir()
    write_signed(payload_of(unit_home, "kasko", staff["kaisa"]), staff["kaisa"],
                 posti / "kasko.xlsx")
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    tab = window.inbox
    workspace.store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(workspace.store.path, isolation_level=None, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")
    try:
        tab.take_in_paths([posti / "kasko.xlsx"])
        qtbot.waitUntil(lambda: tab.run is None, timeout=30000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    (row,) = tab.model.rows()
    assert row.status == verify.VALID  # judged before the write was refused
    texts = [tab.proxy.index(0, InboxModel.OUTCOME).data(),
             tab.proxy.index(0, InboxModel.OUTCOME).data(Qt.ItemDataRole.ToolTipRole)]
    tab.view.selectRow(0)
    texts.append(tab.details.text())
    said = "\n".join(t for t in texts if t)
    assert {"fi": "toinen kotodesk kirjoittaa tähän tietokantaan",
            "sv": "en annan kotodesk skriver till den här databasen"}[language] in said, said
    # The database's path is what it is (the label may break it where it likes).
    assert not english_in([re.sub(r"/\S+", " ", t) for t in texts if t], NAMES)


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_qt_own_buttons_speak_the_window_language(qtbot, language):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == {"fi": "Peru", "sv": "Avbryt"}[language]  # qtbase_fi.qm says "Peru"


def test_the_already_open_message_speaks_the_folder_language(workspace, home):
    """Before any window: another kotodesk holds the folder; the message is in the
    language chosen for the folder (else the system's)."""
    from PySide6.QtCore import QLockFile

    from kotodesk.system.folder_lock import lock_path

    settings.put(workspace.store, language="sv")
    held = QLockFile(str(lock_path(home)))
    assert held.tryLock(0)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kotodesk", "--home", str(home), "--smoke"],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                 "LANG": "en_GB.UTF-8", "LC_ALL": ""})
    finally:
        held.unlock()
    assert done.returncode == 2, done.stderr
    assert "redan öppen" in done.stderr or "är redan" in done.stderr, done.stderr
    assert not english_in([done.stderr], [str(home), "kotodesk"])


def test_no_translator_is_left_behind():
    """The tests above leave English behind for the rest of the suite."""
    assert QCoreApplication.translate("Messages", "the file is empty") == "the file is empty"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_switch_of_language_removes_every_earlier_translator(qapp):
    """The window's start makes a Translations for the "already open" message, the window
    another: switching the window to English must not leave the first one's Qt Finnish."""
    early, window = Translations(), Translations()
    assert early.install("fi")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    assert window.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_name_a_certificate_cannot_hold_is_refused_in_the_window_language(
        qtbot, controller, language, tmp_path):
    """The first export makes the person's key: a name with an emoji, or Arabic letters
    mixed with Latin ones, is refused before anything is made, in the window's language
    (it was English whatever the language)."""
    from kotodesk.ui.export_dialog import ExportDialog

    controller.translations.install(language)
    dialog = ExportDialog(controller.session)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText("kotoutuminen")
    dialog.repeat.setText("kotoutuminen")
    said = []
    for name in ("Anna Testaaja 😀", "Ahmad أحمد"):
        dialog.name.setText(name)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
    field = {"fi": "”nimi”", "sv": "”namn”"}[language]
    assert field in said[0] and "😀 (U+1F600)" in said[0]
    assert field in said[1] and "(" in said[1]
    assert not english_in(said, ["Anna Testaaja", "Ahmad", "PEM", "DER", "U+1F600"])
    assert dialog.result is None and not (tmp_path / "out").exists()


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_backups_and_certificates_are_refused_in_the_window_language(
        qtbot, workspace, language, tmp_path):
    """A file that is not a backup, and one that is not a certificate: a person meets
    these in Restore from backup and in Settings › Signing key, in the window's language."""
    from kotodesk.datafolder import backup
    from kotodesk.domain.errors import InputError
    from kotodesk.signing import keys
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.words import error_text

    said = []
    notes = tmp_path / "muistiinpanot.sqlite3"
    notes.write_text("Kokouksen muistiinpanot, ei tietokanta.\n", encoding="utf-8")
    for source in (notes, tmp_path / "puuttuu.sqlite3"):
        with pytest.raises(InputError) as refused:
            backup.inspect(source)
        said.append(error_text(refused.value))
    keys.save_identity(workspace.home, keys.new_identity(
        name="Anna Testaaja", email="", unit="Kasko", organisation="Helsingin kaupunki"),
        "kotoutuminen")
    dialog = KeysDialog(workspace)
    qtbot.addWidget(dialog)
    junk = tmp_path / "varmenne.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nrikki\n-----END CERTIFICATE-----\n")
    dialog.install_certificate(junk)
    said.append(dialog.key_message.text())
    assert all(str(tmp_path) in text for text in said)  # each names its file
    assert {"fi": "SQLite-tietokanta", "sv": "SQLite-databas"}[language] in said[0]
    assert {"fi": "X.509-varmennetiedosto", "sv": "X.509-certifikatfil"}[language] in said[2]
    assert not english_in(said, [str(tmp_path), "kotodesk", "SQLite", "PEM", "DER"])


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_an_attachment_that_aborted_the_reader_is_refused_in_the_window_language(
        qtbot, language, workspace, tmp_path):
    """A 1 KB workbook declaring four billion shared texts, dropped alone, made calamine
    abort the window (a small batch was examined in its own process then); now it is
    refused unread, its row says why in the window's language, and the window goes on."""
    from tests.core.test_shared_texts import sst, with_shared_texts

    attachment = tmp_path / "liite.xlsx"
    attachment.write_bytes(with_shared_texts(sst('uniqueCount="4000000000"')))
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    tab = window.inbox
    tab.take_in_paths([attachment])
    qtbot.waitUntil(lambda: tab.run is None, timeout=30000)
    (row,) = tab.model.rows()
    assert row.status == verify.UNREADABLE
    said = tab.proxy.index(0, InboxModel.OUTCOME).data(Qt.ItemDataRole.ToolTipRole) or \
        tab.proxy.index(0, InboxModel.OUTCOME).data()
    assert {"fi": "ilmoittaa 4\u202f000\u202f000\u202f000 tekstiä",
            "sv": "anger 4\u202f000\u202f000\u202f000 texter"}[language] in said, said
    assert not english_in([said], [*NAMES, "xl/sharedStrings.xml"])


def hostile_attachments(folder: Path) -> dict[str, Path]:
    """Workbooks the guarded opening refuses before any reader sees them, made with zipfile:
    a part compressed far beyond what a spreadsheet is, a part twice under names differing
    in case, a cell beyond the columns kotodesk reads, more zip entries than a workbook
    has."""
    import zipfile

    from kotodesk.xlsx import safe
    from tests.support import _MAIN, one_sheet_workbook

    folder.mkdir()
    honest = one_sheet_workbook(f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1">'
                                '<c r="A1" t="inlineStr"><is><t>Tavoitteet</t></is></c>'
                                "</row></sheetData></worksheet>".encode())

    def written(name: str, data: bytes, members: dict[str, bytes]) -> Path:
        path = folder / name
        path.write_bytes(data)
        with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
            for member, content in members.items():
                z.writestr(member, content)
        return path

    far = (f'<worksheet xmlns="{_MAIN}"><sheetData><row r="3"><c r="ALM3"/></row>'
           "</sheetData></worksheet>").encode()
    return {
        "pommi.xlsx": written("pommi.xlsx", honest, {"xl/media/image1.png": b"\0" * 2**23}),
        "kahdesti.xlsx": written("kahdesti.xlsx", honest, {"XL/Workbook.xml": b"<workbook/>"}),
        "kaukana.xlsx": written("kaukana.xlsx", one_sheet_workbook(far), {}),
        "paljon.xlsx": written("paljon.xlsx", honest, {
            f"xl/media/{n}.txt": b"" for n in range(safe.MAX_ENTRIES)}),
    }


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_hostile_attachments_are_refused_in_the_window_language(
        qtbot, language, workspace, tmp_path):
    """The guarded opening's refusals (a zip bomb, a part twice, a sheet reaching too far,
    too many entries) reach a Finnish or Swedish coordinator who drops the attachments in
    their language, numbers grouped by narrow no-break spaces ("1,001" reads as a decimal
    there)."""
    import zipfile

    files = hostile_attachments(tmp_path / "posti")
    with zipfile.ZipFile(files["pommi.xlsx"]) as z:
        bomb = z.getinfo("xl/media/image1.png")
    ratio = f"{bomb.file_size // bomb.compress_size:,}".replace(",", "\u202f")
    assert "\u202f" in ratio  # above a thousand: grouping is seen
    with zipfile.ZipFile(files["paljon.xlsx"]) as z:
        entries = f"{len(z.infolist()):,}".replace(",", "\u202f")
    window = CoordinatorWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    tab = window.inbox
    tab.take_in_paths(list(files.values()))
    qtbot.waitUntil(lambda: tab.run is None, timeout=60000)
    assert {r.file_name: r.status for r in tab.model.rows()} == dict.fromkeys(
        files, verify.UNREADABLE)
    said = {}
    for row in range(tab.proxy.rowCount()):
        outcome = tab.proxy.index(row, InboxModel.OUTCOME)
        said[tab.proxy.index(row, InboxModel.FILE).data()] = \
            outcome.data(Qt.ItemDataRole.ToolTipRole) or outcome.data()
    expected = {
        "fi": {"pommi.xlsx": f"osa xl/media/image1.png on pakattu suhteessa {ratio}:1: "
                             "hylätty mahdollisena zip-pommina",
               "kahdesti.xlsx": "sisältää osan XL/Workbook.xml kahdesti",
               "kaukana.xlsx": "osa xl/worksheets/sheet1.xml ulottuu riville 3, sarakkeeseen "
                               "1\u202f001: pidemmälle kuin kotodesk lukee (200\u202f000 riviä, "
                               "1\u202f000 saraketta); hylätty lukematta",
               "paljon.xlsx": f"sisältää {entries} zip-kohdetta (enemmän kuin 2\u202f000)"},
        "sv": {"pommi.xlsx": f"delen xl/media/image1.png är komprimerad {ratio}:1: avvisad "
                             "som möjlig zip-bomb",
               "kahdesti.xlsx": "innehåller delen XL/Workbook.xml två gånger",
               "kaukana.xlsx": "delen xl/worksheets/sheet1.xml når rad 3, kolumn 1\u202f001: "
                               "längre än kotodesk läser (200\u202f000 rader, 1\u202f000 "
                               "kolumner); avvisad oläst",
               "paljon.xlsx": f"innehåller {entries} zip-poster (fler än 2\u202f000)"},
    }[language]
    for name, words in expected.items():
        assert words in said[name], (name, said[name])
    parts = ["xl/media/image1.png", "XL/Workbook.xml", "xl/worksheets/sheet1.xml"]
    assert not english_in(list(said.values()), [*NAMES, *parts, str(tmp_path)])


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_damaged_seal_or_embedded_file_is_said_in_the_window_language(language):
    """kotodesk's own reasons inside a verification (a PDF whose embedded files loop, a
    signature block of an unknown format, a signed content without a return's shape)
    were English words inside a translated frame; now the whole reason is translated."""
    import base64
    import json

    from kotodesk.documents.payload import PayloadError, check_return
    from kotodesk.documents.pdf_verify import verify_pdf
    from kotodesk.signing.sealing import SealError, open_sealed
    from kotodesk.ui.words import error_text, said
    from tests.core.test_pdf_verify_hostile import PAGES, minimal_pdf

    catalogue = b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>"
    looping = verify_pdf(minimal_pdf([catalogue, *PAGES[1:], b"<< /Kids [4 0 R 4 0 R] >>"]), [])
    envelope = {"format": "muu/9", "payload": "", "signature": ""}
    with pytest.raises(SealError) as sealed:
        open_sealed(base64.b64encode(json.dumps(envelope).encode()).decode())
    with pytest.raises(PayloadError) as shaped:
        check_return({"programme": {}, "round": {}, "unit": {}, "themes": "x"})
    texts = [said(looping.message), error_text(sealed.value), error_text(shaped.value)]
    expected = {
        "fi": ["vioittunut PDF, ei luettavissa (PDF:n upotettujen tiedostojen luettelossa on "
               "liian monta sisäkkäistä tasoa)",
               "upotettu allekirjoituslohko on vioittunut (tuntematon allekirjoitusmuoto "
               "'muu/9')",
               "palautuksen sisältö on virheellinen"],
        "sv": ["skadad PDF-fil, kan inte läsas (PDF-filens lista över inbäddade filer är för "
               "djupt nästlad)",
               "det inbäddade underskriftsblocket är skadat (okänt underskriftsformat 'muu/9')",
               "rapportens innehåll är felaktigt"],
    }[language]
    assert texts == expected  # the shape's own (English) words are left to the log


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_what_changed_besides_the_values_is_said_in_the_window_language(language, tmp_path):
    """A signed return saved again by another program: the window said "values unchanged,
    appearance changed" in Finnish or Swedish, and then which parts changed in English."""
    from kotodesk.ui.words import said
    from tests.core.test_xlsx_appearance import patched, sub
    from tests.support import make_identity, signed_return

    person = make_identity("Heli Henkilöstö")
    good = signed_return(tmp_path / "yksikkö", person, {})
    respaced = {name: sub(closing, b" " + closing) for name, closing in [
        ("xl/styles.xml", b"</styleSheet>"), ("xl/workbook.xml", b"</workbook>"),
        ("xl/worksheets/sheet1.xml", b"</worksheet>"),
        ("xl/worksheets/sheet2.xml", b"</worksheet>")]}
    resaved = patched(good, tmp_path / "tallennettu.xlsx", respaced | {
        "docProps/app.xml": sub(rb"<Application>[^<]*</Application>",
                                b"<Application>LibreOffice/24.2</Application>")})
    result = verify.verify_file(resaved, {person.info.fingerprint})
    assert result.status == verify.MODIFIED and result.values_intact, result.message
    text = said(result.message)
    start, end = {
        "fi": ("arvot ennallaan, ulkoasu muuttunut (tallennettu uudelleen ohjelmalla "
               "LibreOffice: muutettu xl/styles.xml (tyylit ja lukumuodot); muutettu "
               "xl/workbook.xml (taulukkoluettelo, taulukoiden nimet, piilotetut taulukot tai "
               "määritetyt nimet); muutettu xl/worksheets/sheet1.xml (solut, ",
               "; muutettu xl/worksheets/sheet2.xml (solut, rivien korkeudet ja sarakkeiden "
               "leveydet, piilotetut rivit tai sarakkeet, yhdistetyt solut tai ehdolliset "
               "muotoilut) ja 1 muuta): allekirjoitettu PDF on ratkaiseva"),
        "sv": ("värdena oförändrade, utseendet ändrat (sparad på nytt med LibreOffice: ändrad "
               "xl/styles.xml (format och talformat); ändrad xl/workbook.xml (listan över "
               "blad, bladnamn, dolda blad eller definierade namn); ändrad "
               "xl/worksheets/sheet1.xml (celler, ",
               " eller villkorsstyrd formatering) och 1 till): "),
    }[language]
    assert text.startswith(start) and end in text, text
    parts = [*respaced, "LibreOffice", "PDF", "XML"]
    assert not english_in([text], parts)


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_coordinators_wrong_files_are_refused_in_the_window_language(
        workspace, language, tmp_path):
    """A revocation list that is none, an attachment that cannot be read, a mail too large
    for servers: refusals a coordinator meets in the window, in its language."""
    from kotodesk.coordinator import anchors
    from kotodesk.domain.errors import InputError
    from kotodesk.mail import drafts
    from kotodesk.ui.words import error_text

    listed = tmp_path / "sulkulista.crl"
    listed.write_bytes(b"-----BEGIN X509 CRL-----\nrikki\n-----END X509 CRL-----\n")
    big = tmp_path / "liite.pdf"
    with open(big, "wb") as handle:  # sparse: larger than mail servers take
        handle.truncate(drafts.MAX_ATTACHMENTS_BYTES + 1)
    said = []
    for attempt in (lambda: anchors.import_crl_file(workspace, listed),
                    lambda: drafts.build(drafts.Draft("Palautus", "Liitteenä.",
                                                      attachments=(tmp_path / "ei.pdf",))),
                    lambda: drafts.build(drafts.Draft("Palautus", "Liitteenä.",
                                                      attachments=(big,)))):
        with pytest.raises(InputError) as refused:
            attempt()
        said.append(error_text(refused.value))
    assert all(str(tmp_path) in text for text in said)
    assert {"fi": "sulkulista", "sv": "spärrlista"}[language] in said[0]
    assert "60 M" in said[2]
    # the revocation list's refusal ends with cryptography's own words, shown as they are
    ours = [said[0].split("): ", 1)[0], *said[1:]]
    assert not english_in(ours, [str(tmp_path), "CRL", "DER", "PEM", "kotodesk"])


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_full_disk_is_said_in_the_window_language(language, tmp_path):
    """An export or a backup that cannot be written says why in the window's language:
    the reasons a person can act on (a full disk, no permission) were English."""
    import errno

    from kotodesk.domain.errors import WriteError
    from kotodesk.ui.words import error_text

    target = tmp_path / "palautus.pdf"
    said = [error_text(WriteError.from_os_error(target, OSError(code, "system words")))
            for code in (errno.ENOSPC, errno.EACCES, errno.EROFS)]
    full = {"fi": "tiedostoa ei voitu kirjoittaa (levy on täynnä)",
            "sv": "filen kunde inte skrivas (disken är full)"}[language]
    assert said[0].startswith(f"{target}: {full}")
    assert not english_in(said, [str(tmp_path)]) and "system words" not in "".join(said)


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_an_export_folder_that_cannot_be_made_is_said_in_the_window_language(
        qtbot, workspace, language, tmp_path):
    """The return's folder is a file already, or lies under one: the export dialog said
    "[Errno 17] File exists: …" in English (and the command line, an internal error)."""
    from kotodesk.ui.app import Controller
    from kotodesk.ui.export_dialog import ExportDialog

    settings.put(workspace.store, unit="kanslia-henkilosto", user_name="Anna Testaaja",
                 language=language)
    controller = Controller(workspace)
    assert controller.start(language)
    qtbot.addWidget(controller.window)
    in_the_way = tmp_path / "palautukset"
    in_the_way.write_text("ei kansio", encoding="utf-8")
    said = []
    for folder in (in_the_way, in_the_way / "syksy"):
        dialog = ExportDialog(controller.session)
        qtbot.addWidget(dialog)
        dialog.folder.setText(str(folder))
        dialog.passphrase.setText("kotoutuminen")
        if not dialog.has_key:
            dialog.repeat.setText("kotoutuminen")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: d.export_button.isEnabled(), timeout=60_000)
        said.append(dialog.message.text())
        assert dialog.result is None and str(folder) in said[-1], said[-1]
        dialog.done(0)
    reasons = {"fi": ("se on tiedosto, ei kansio", "osa polusta ei ole kansio"),
               "sv": ("det är en fil, inte en mapp", "en del av sökvägen är inte en mapp")}
    for text, reason in zip(said, reasons[language], strict=True):
        assert reason in text, text
    assert not english_in(said, [str(tmp_path)]) and "Errno" not in "".join(said)
    assert in_the_way.read_text(encoding="utf-8") == "ei kansio"


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_an_autosave_that_waits_for_another_writer_is_said_in_the_window_language(
        qtbot, workspace, language):
    """Another program holds the database's write lock while the person types: the
    status bar said why the text was not saved yet in English."""
    import sqlite3

    from kotodesk.storage.db import DATABASE_NAME

    controller = _unit_window_on(qtbot, workspace, language, "3/1.5")
    window = controller.window
    workspace.store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(workspace.home / DATABASE_NAME, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClicks(window.editor.narrative, "Kirjoitan kun kanta on lukittu")
        assert not controller.session.flush()
        said = window.statusBar().currentMessage()
    finally:
        other.rollback()
        other.close()
    busy = {"fi": "toinen kotodesk kirjoittaa tähän tietokantaan",
            "sv": "en annan kotodesk skriver till den här databasen"}[language]
    assert busy in said, said
    assert not english_in([said], [str(workspace.home)]), said
    assert controller.session.flush()  # the text is kept, and saved once the lock is gone


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_daily_backup_that_fails_is_said_in_the_window_language(qtbot, workspace, language):
    """The daily backup cannot be written (a file named like the backups folder): the
    status bar began in the window's language and went on in English."""
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit="kasko", user_name="Anna Testaaja", language=language)
    controller = Controller(workspace)
    assert controller.start(language)
    qtbot.addWidget(controller.window)
    controller.session.edit("3/1.5", "narrative", "Päivän työ.")
    assert controller.session.flush()
    backups = workspace.home / "backups"
    if backups.is_dir():
        for old in backups.iterdir():
            old.unlink()
        backups.rmdir()
    backups.write_text("ei kansio", encoding="utf-8")
    controller.daily_backup()  # as the window does after its first paint
    said = controller.window.statusBar().currentMessage()
    reason = {"fi": "(se on tiedosto, ei kansio)", "sv": "(det är en fil, inte en mapp)"}
    assert reason[language] in said, said
    assert not english_in([said], [str(workspace.home)]), said


def bad_catalogues(folder: Path) -> list[Path]:
    """Catalogue files as they come wrong to a coordinator: a workbook without its
    measures column, a Word table saved as text whose first goal lost its number, a JSON
    file of another format, and a file that is not there (any more)."""
    folder.mkdir()
    workbook = openpyxl.Workbook()
    workbook.active.title = "Työllisyys"
    workbook.active.append(["Tavoitteet", "Nro", "Seuranta", "Vastuutahot"])
    workbook.active.append(["1. Työllisyys paranee", "1.1", "Aste (%)", "Kasko"])
    workbook.save(folder / "toimenpiteet.xlsx")
    (folder / "ohjelma.txt").write_text(
        "Kotoutumisohjelma 2026–2028\n\nTyöllisyys\t\t\t\n"
        "Tavoitteet\tToimenpiteet\tSeuranta\tVastuutahot\n"
        "Työllisyys paranee\t1.1 Ohjataan työhön\tAste (%)\tKasko\n", encoding="utf-8")
    (folder / "luettelo.json").write_text('{"format": "kotodesk-catalogue/0"}',
                                          encoding="utf-8")
    return [folder / name for name in ("toimenpiteet.xlsx", "ohjelma.txt", "luettelo.json",
                                       "poistettu.xlsx")]


CATALOGUE_WORDS = ["Tavoitteet", "Toimenpiteet", "Seuranta", "Vastuutahot",
                   "Työllisyys paranee", "kotodesk"]


@contextlib.contextmanager
def boxes_read(said: list[str]):
    """While inside: each message box the window opens is read into `said` and closed;
    another modal dialog (the import's choice of programme) is accepted as proposed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        elif isinstance(box, QDialog):
            box.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        yield
    finally:
        timer.stop()


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_bad_catalogue_is_refused_in_the_window_language(
        qtbot, controller, language, tmp_path):
    """Import catalogue in a Finnish or Swedish window: each wrong file is refused in the
    window's language, naming the file and, in a table, the row (they were English)."""
    controller.translations.install(language)
    said: list[str] = []
    files = bad_catalogues(tmp_path / "luettelot")
    with boxes_read(said):
        for path in files:
            controller.window.import_file(path)  # the window's own Import catalogue
    assert len(said) == len(files)
    assert all(str(path) in text for path, text in zip(files, said, strict=True))
    expected = {
        "fi": ["ensimmäisillä riveillä ei ole toimenpideluettelon sarakkeita",
               "rivi 5: tavoitteen teksti ilman tavoitteen numeroa: 'Työllisyys paranee'",
               "ei ole kotodeskin toimenpideluettelo (muoto ei ole 'kotodesk-catalogue/1')",
               "ei voi lukea (tiedostoa ei ole)"],
        "sv": ["inget blad har åtgärdslistans kolumner",
               "rad 5: måltext utan målnummer: 'Työllisyys paranee'",
               "inte en åtgärdslista från kotodesk (formatet är inte 'kotodesk-catalogue/1')",
               "kan inte läsas (filen finns inte)"]}[language]
    assert all(words in text for words, text in zip(expected, said, strict=True)), said
    assert not english_in(said, [str(tmp_path), "kotodesk-catalogue/1", *CATALOGUE_WORDS])
    assert controller.window.programmes.count() == 3  # nothing was imported


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_what_an_import_did_is_said_in_the_window_language(
        qtbot, controller, language, tmp_path):
    """A catalogue workbook with a formula in it, imported as a new programme: the report
    that follows (what was imported, the formula read as its text) is in the window's
    language (it was English)."""
    controller.translations.install(language)
    workbook = openpyxl.Workbook()
    workbook.active.title = "Työllisyys"
    workbook.active.append(["Tavoitteet", "Toimenpiteet", "Seuranta", "Vastuutahot"])
    workbook.active.append(["1. Työllisyys paranee", "1.1 Ohjataan työhön", "=1+1",
                            "Kasvatuksen ja koulutuksen toimiala"])
    path = tmp_path / "uusi-ohjelma.xlsx"
    workbook.save(path)
    said: list[str] = []
    with boxes_read(said):  # which programme: the new one it proposes
        controller.window.import_file(path)
    assert len(said) == 1
    expected = {
        "fi": [f"{path}: tuotu uutena ohjelmana uusi-ohjelma (versio 1): teemoja 1, "
               "toimenpiteitä 1.",
               "Varoitus: taulukko 'Työllisyys', rivi 2: kaava luettiin tekstinä eikä sitä "
               "laskettu (=1+1)"],
        "sv": [f"{path}: importerad som nytt program uusi-ohjelma (version 1): antal teman "
               "1, antal åtgärder 1.",
               "Varning: blad 'Työllisyys', rad 2: en formel lästes som text och beräknades "
               "inte (=1+1)"]}[language]
    assert said[0].split("\n\n") == expected, said
    assert controller.window.programmes.count() == 4  # imported


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_bad_round_file_is_refused_in_the_window_language(workspace, language, tmp_path):
    """A completed round read from a curated file (a first start reads the programme's
    earlier rounds so): an unknown measure and a status off the scale, in the window's
    language."""
    import json

    from kotodesk.catalogue.round_files import load_round_file
    from kotodesk.domain.errors import InputError
    from kotodesk.storage import rounds
    from kotodesk.ui.words import error_text

    round_ = workspace.round()
    catalogue = workspace.catalogue(round_.programme_id, round_.catalogue_version)
    measure = next(m for m in catalogue.measures() if len(m.units) == 1)
    said = []
    for name, entry in (("tuntematon.json", {"measure": "9/9.9"}),
                        ("violetti.json", {"measure": measure.ref, "status": "violetti",
                                           "status_basis": "Raportin mukaan violetti."})):
        path = tmp_path / name
        path.write_text(json.dumps({"format": "kotodesk-round/1", "period": "5/2026–5/2027",
                                    "entries": [entry]}), encoding="utf-8")
        with pytest.raises(InputError) as refused:
            load_round_file(workspace.store, catalogue, round_.catalogue_version, path,
                            workspace.register)
        said.append(error_text(refused.value))
    assert said[0].startswith(str(tmp_path / "tuntematon.json"))
    assert {"fi": "merkintä tuntemattomalle toimenpiteelle 9/9.9",
            "sv": "uppgift för en okänd åtgärd 9/9.9"}[language] in said[0]
    assert {"fi": f"{measure.ref}: tila 'violetti' ei kuulu ohjelman tila-asteikkoon",
            "sv": f"{measure.ref}: statusen 'violetti' finns inte på programmets statusskala"
            }[language] in said[1]
    assert not english_in(said, [str(tmp_path)])
    periods = [r.period for r in rounds.list_rounds(workspace.store, round_.programme_id)]
    assert "5/2026–5/2027" not in periods  # a refused file leaves no round behind


def test_the_command_line_keeps_the_catalogue_refusals_in_english(cli, tmp_path):
    """The same files through `kotodesk catalogue import`: English, word for word as
    before, for scripts and support requests."""
    files = bad_catalogues(tmp_path / "luettelot")
    english = [
        f"{files[0]}: no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, "
        "Seuranta, Vastuutahot) in its first rows",
        f"{files[1]}, row 5: goal text without a goal number: 'Työllisyys paranee'",
        f"{files[2]}: not a kotodesk catalogue (format is not 'kotodesk-catalogue/1')",
        f"{files[3]}: cannot be read (there is no such file)"]
    for path, text in zip(files, english, strict=True):
        result = cli("catalogue", "import", path)
        assert (result.code, result.err) == (2, f"kotodesk: {text}\n")


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_merged_output_that_cannot_be_written_is_said_in_the_window_language(
        workspace, language, tmp_path):
    """The coordinator's merged report aimed where it cannot be written (here a folder
    has the summary's name) says so in the window's language: it was English."""
    from kotodesk.coordinator import signed_outputs
    from kotodesk.ui.words import error_text
    from tests.support import make_identity

    me = make_identity("Kaisa Koordinaattori")
    payload = signed_outputs.merged(workspace, workspace.round(), me.certificate)
    (tmp_path / "yhteenveto.pdf").mkdir()
    with pytest.raises(signed_outputs.OutputError) as caught:
        signed_outputs.write_merged(payload, me, xlsx=tmp_path / "raportti.xlsx",
                                    pdf=tmp_path / "yhteenveto.pdf")
    said = error_text(caught.value)
    assert said.startswith(f"{tmp_path / 'yhteenveto.pdf'}: "), said
    assert {"fi": "se on kansio", "sv": "det är en mapp"}[language] in said, said
    assert not english_in([said], [str(tmp_path)])
    assert not (tmp_path / "raportti.xlsx").exists()


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_card_software_that_cannot_be_used_is_said_in_the_window_language(
        qtbot, workspace, language, tmp_path, monkeypatch):
    """Sign with a card, on a computer without OpenSC, or with a module path that is gone
    or is no PKCS#11 module: the dialog said the command line's English ("give the module
    with --module"); it says it in the window's language and points at Browse…."""
    from kotodesk.signing.pki import modules
    from kotodesk.ui.token_dialog import TokenDialog

    looked_for = str(tmp_path / "opensc-pkcs11.so")
    monkeypatch.setattr(modules, "DEFAULT_MODULES",
                        {key: [looked_for] for key in modules.DEFAULT_MODULES})
    not_a_module = tmp_path / "kortti.so"
    not_a_module.write_bytes(b"\x7fELF, but no library")
    dialog = TokenDialog(workspace, None)
    qtbot.addWidget(dialog)
    said = []
    for module in ("", str(tmp_path / "poistettu.so"), str(not_a_module)):
        dialog.module.setText(module)
        dialog.look()
        said.append(dialog.message.text())
    browse = {"fi": "Selaa…", "sv": "Bläddra…"}[language]
    assert all(browse in text and "--module" not in text for text in said), said
    assert looked_for in said[0] and said[1].startswith(str(tmp_path / "poistettu.so"))
    assert str(not_a_module) in said[2]
    assert not english_in(said, [str(tmp_path), "PKCS#11", "OpenSC"]), said


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_data_folder_from_a_newer_kotodesk_is_refused_in_the_window_language(
        language, tmp_path):
    """A data folder opened by an older kotodesk after a newer one upgraded it (a laptop
    reinstalled from an older bundle) is refused before anything is written; the window
    said so in English."""
    from kotodesk.datafolder.workspace import Workspace
    from kotodesk.domain.errors import DatabaseError
    from kotodesk.storage.db import DATABASE_NAME
    from kotodesk.ui.words import error_text

    home = tmp_path / "kotodesk"
    Workspace.open(home).close()
    with contextlib.closing(sqlite3.connect(home / DATABASE_NAME)) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('kotodesk', '0099_from_a_newer_kotodesk', 'x')")
        conn.commit()
        before = list(conn.iterdump())
    with pytest.raises(DatabaseError) as refused:
        Workspace.open(home)
    said = error_text(refused.value)
    newer = {"fi": "uudemmalla kotodeskillä", "sv": "en nyare kotodesk"}[language]
    assert said.startswith(f"{home / DATABASE_NAME}: ") and newer in said, said
    assert "0099_from_a_newer_kotodesk" in said
    assert not english_in([said], [str(tmp_path), "kotodesk", "0099_from_a_newer_kotodesk"])
    with contextlib.closing(sqlite3.connect(home / DATABASE_NAME)) as conn:
        assert list(conn.iterdump()) == before
    assert not (home / "backups").exists()


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_data_folder_moved_away_under_the_window_keeps_the_typing_and_says_so(
        qtbot, workspace, language, tmp_path):
    """The data folder is moved (a file manager, a sync client) while the person types:
    the autosave went on into the moved file, and the status bar said nothing. The text
    stays unsaved in the window, the status bar says why in the window's language, and
    once the folder is back the next save writes it."""
    from kotodesk.storage import entries

    controller = _unit_window_on(qtbot, workspace, language, "3/1.5")
    window = controller.window
    home, moved = workspace.home, tmp_path / "siirretty"
    home.rename(moved)
    qtbot.keyClicks(window.editor.narrative, "Kirjoitan kun kansio on poissa")
    assert not controller.session.flush()
    said = window.statusBar().currentMessage()
    gone = {"fi": "toinen ohjelma siirsi, poisti tai korvasi tietokantatiedoston",
            "sv": "ett annat program flyttade, tog bort eller ersatte databasfilen"}[language]
    assert gone in said, said
    assert not english_in([said], [str(tmp_path), "kotodesk", "KOTODESK_HOME"]), said
    moved.rename(home)
    assert controller.session.flush()
    saved = entries.load_entry(workspace.store, controller.session.round.id, "3/1.5", "kasko")
    assert saved.narrative.endswith("Kirjoitan kun kansio on poissa")


def _unit_window_on(qtbot, workspace, language: str, ref: str):
    """A contact person's window of Kasko in `language`, on measure `ref`."""
    from kotodesk.ui.app import Controller

    settings.put(workspace.store, unit="kasko", user_name="Anna Testaaja", language=language)
    controller = Controller(workspace)
    assert controller.start(language)
    qtbot.addWidget(controller.window)
    controller.window.measures.select(ref)
    return controller


@pytest.mark.parametrize("language", ["fi", "sv"], indirect=True)
def test_a_librarys_own_words_stay_out_of_the_window_language(language, tmp_path, caplog):
    """cryptography's, pyHanko's and zipfile's own English sentences were spliced into
    Finnish and Swedish refusals ('ei ole varmenteiden sulkulista (CRL, DER tai PEM):
    Could not deserialize key data …'). The window now says the sentence without them;
    the command line (English) and the log keep them."""
    import logging

    from kotodesk.coordinator.anchors import read_crl
    from kotodesk.domain.errors import InputError
    from kotodesk.signing import keys
    from kotodesk.signing.pki.requests import read_request
    from kotodesk.ui.words import error_text

    refusals = []
    with pytest.raises(InputError) as crl:
        read_crl(b"-----BEGIN X509 CRL-----\nrikki\n-----END X509 CRL-----\n",
                 tmp_path / "sulkulista.crl")
    refusals.append(crl.value)
    with pytest.raises(InputError) as p12:
        keys.from_p12(b"0\x82\x01\x00 ei avaintiedosto", "salasana", path=tmp_path / "kortti.p12")
    refusals.append(p12.value)
    request = tmp_path / "pyynto.csr"
    request.write_bytes(b"-----BEGIN CERTIFICATE REQUEST-----\nrikki\n"
                        b"-----END CERTIFICATE REQUEST-----\n")
    with pytest.raises(InputError) as csr:
        read_request(request)
    refusals.append(csr.value)
    with caplog.at_level(logging.INFO, logger="kotodesk"):
        said = [error_text(e) for e in refusals]
    assert all(str(tmp_path) in text for text in said)
    assert not english_in(said, [str(tmp_path), "CRL", "DER", "PEM", "PKCS#12", "PKCS#10"])
    assert said[0].endswith({"fi": "ei ole varmenteiden sulkulista (CRL, DER tai PEM)",
                             "sv": "inte en spärrlista för certifikat (CRL, DER eller PEM)"}[
                                 language]), said[0]
    for refusal in refusals:  # the English text, logged, keeps what the library said
        assert str(refusal) in caplog.text
    assert "Could not deserialize PKCS12 data" in str(refusals[1])
