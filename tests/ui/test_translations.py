"""Every user-visible string is translated into Finnish and Swedish (and present in English),
lupdate can see every string the code translates, and the real window speaks the chosen
language with unique keyboard accelerators.

The .ts files are checked against a fresh pyside6-lupdate run into a temporary file, so a
new tr() that nobody translated fails here, not in front of a Swedish-speaking user.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from kotodesk.storage import settings
from kotodesk.system import resources
from tests.ui.conftest import UNIT

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "kotodesk" / "ui"


def _checker():
    spec = importlib.util.spec_from_file_location("kotodesk_translations",
                                                  ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ts = _checker()


@pytest.fixture(scope="module")
def sources():
    return ts.fresh_sources(ts.default_lupdate())


# -- the .ts files against the sources -------------------------------------------------------

@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_source_string_has_a_finished_translation(sources, language):
    assert len(sources) > 200  # lupdate really read kotodesk/ui
    problems = ts.problems(ts.ts_file(language), sources)
    assert not problems, "\n".join(
        [*problems, "Translate these (python3 dev.py translations lists them again)."])


def test_the_check_catches_what_a_translator_can_get_wrong(tmp_path):
    bad = tmp_path / "kotodesk_xx.ts"
    bad.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx" sourcelanguage="en">
<context><name>W</name>
<message><source>Saved at {0}</source><translation type="unfinished"></translation></message>
<message><source>Wrote {0}</source><translation>Kirjoitettu</translation></message>
<message><source>&amp;File</source><translation>Tiedosto</translation></message>
<message><source>The return of &lt;b&gt;{0}&lt;/b&gt;</source>
  <translation>Palautus {0}</translation></message>
<message numerus="yes"><source>%n day(s)</source>
  <translation><numerusform>%n päivä</numerusform><numerusform>päivää</numerusform>
  </translation></message>
</context>
</TS>
""", encoding="utf-8")
    wanted = ["Saved at {0}", "Wrote {0}", "&File", "The return of <b>{0}</b>", "%n day(s)",
              "Search"]
    sources = {("W", s): ts.Message("W", s, (), True, False) for s in wanted}
    found = "\n".join(ts.problems(bad, sources))
    assert "'Saved at {0}': unfinished" in found
    assert "'Wrote {0}': placeholders differ" in found
    assert "'&File': the & accelerator differs" in found
    assert "HTML tags differ in 'Palautus {0}'" in found
    assert "numerus form without %n: 'päivää'" in found
    assert "'Search': not in kotodesk_xx.ts" in found


# The glossary (README, Translations): one word for one thing in every view. A Swedish
# coordinator read "omgångspaket" in the outputs tab and "uppföljningspaket" in the trust
# list, "sammanslagen rapport" beside "sammanställda" and "sammanförda rapporter".
TERMS = {"fi": {"round package": "kierrospaket", "merged report": "yhdistet",
                "contact person": "yhteyshenkilö", "coordinator": "koordinaattori"},
         "sv": {"round package": "omgångspaket", "merged report": "sammanslag",
                "contact person": "kontaktperson", "coordinator": "koordinator",
                "fingerprint": "fingeravtryck", "passphrase": "lösenfras"}}


# Words the glossary has another for: Swedish signs with "underteckna" (undertecknad,
# undertecknare, underskrift); "Ta emot de signerade värdena" stood beside "Ändrad efter
# undertecknandet" in the inbox. "signeringsnyckel" (signing key) stays.
OTHER_WORDS = {"fi": r"(?!)", "sv": r"\bsigner(a|ar|ad|ade|ades|at)\b"}


@pytest.mark.parametrize("language", sorted(TERMS))
def test_each_glossary_term_is_said_with_the_citys_one_word(language):
    odd = [f"{context}: {said[:100]!r}"
           for (context, _source), message in ts.read_ts(ts.ts_file(language)).items()
           for said in [" ".join(message.forms).replace("&", "")]
           if re.search(OTHER_WORDS[language], said, re.IGNORECASE)]
    for (context, source), message in ts.read_ts(ts.ts_file(language)).items():
        said = " ".join(message.forms).replace("&", "").casefold()
        for term, word in TERMS[language].items():
            if re.search(rf"\b{term}", source.replace("&", "").casefold()) and word not in said:
                odd.append(f"{context}: {term!r} is not {word!r} in {said[:100]!r}")
    assert odd == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_sentence_that_names_a_button_quotes_it_as_the_button_reads(language):
    # "Lähetä koordinaattorille kirjoittaa viestin sähköpostiohjelmaasi" read as a broken
    # sentence: the button's name, unquoted, stood as its subject.
    messages = ts.read_ts(ts.ts_file(language))
    button = messages[("ExportDialog", "Send to &coordinator")].forms[0].replace("&", "")
    sentence = next(m.forms[0] for (context, source), m in messages.items()
                    if source.startswith("Send both files to the coordinator by e-mail"))
    assert f"\u201d{button}\u201d" in sentence


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_mails_name_menu_items_as_the_window_in_that_language_does(language):
    # A Swedish reminder told the unit to choose "Arkiv › Exportera underskriven rapport",
    # a menu item the Swedish window calls "Exportera undertecknad rapport…"; a Finnish
    # round package "Tiedosto › Ota kierrospaketti käyttöön" for "Tuo kierrospaketti…".
    from kotodesk.mail.texts import TEXTS

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip("…").strip()

    messages = ts.read_ts(ts.ts_file(language)).values()
    window = {plain(m.source if language == "en" else m.forms[0]) for m in messages
              if m.forms}
    paths = [path for body in TEXTS[language].values()
             for path in re.findall(r"\(([^()]*›[^()]*)\)", " ".join(body.split()))]
    assert paths
    for path in paths:
        for step in path.split("›"):
            assert step.strip() in window, f"{step.strip()!r} of {path!r}"


# -- what lupdate cannot see -------------------------------------------------------------------

_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# Contexts whose texts are marked with QT_TRANSLATE_NOOP in a core module lupdate reads
# (packaging/translations.py CORE_MESSAGES) and translated by variable in kotodesk/ui.
MARKED_IN_CORE = {"Messages"}


def test_lupdate_sees_every_core_message(sources):
    from kotodesk.domain.messages import TEXTS

    missing = [text for text in TEXTS.values() if ("Messages", text) not in sources]
    assert len(TEXTS) > 50
    assert not missing


def _translated_strings(path: Path) -> tuple[list[tuple[str, str, int]], list[str]]:
    """(context, source, line) of each string the module translates as Python sees it,
    and the calls whose strings or context lupdate cannot know."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    noop_contexts = {_literal(n.args[0]) for n in ast.walk(tree) if isinstance(n, ast.Call)
                     and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP" and n.args}
    found: list[tuple[str, str, int]] = []
    bad: list[str] = []

    def call(node: ast.Call, cls: str | None) -> None:
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        func, args = node.func, node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value.id if isinstance(func.value, ast.Name) else ast.unparse(func.value)
            if owner != "self" or cls is None:
                bad.append(f"{where}: {owner}.tr() is looked up under the object's class at "
                           f"run time but filed by lupdate under {owner!r}; use self.tr() in "
                           "the class or QCoreApplication.translate('Context', …)")
            elif _literal(args[0] if args else None) is not None:
                found.append((cls, _literal(args[0]), node.lineno))
            elif cls not in noop_contexts:
                bad.append(f"{where}: self.tr() of a variable: mark its strings with "
                           f"QT_TRANSLATE_NOOP({cls!r}, …)")
        elif isinstance(func, ast.Attribute) and func.attr == "translate" \
                and getattr(func.value, "id", "") in _APPLICATIONS:
            context, text = (_literal(a) for a in [*args, None, None][:2])
            if context in MARKED_IN_CORE and text is None:
                pass  # the core's message texts, checked by the test below
            elif text is None and context is not None and context in noop_contexts:
                pass  # a table of texts marked QT_TRANSLATE_NOOP(context, …) in the module
            elif context is None or text is None:
                bad.append(f"{where}: translate() needs a literal context and text for lupdate")
            else:
                found.append((context, text, node.lineno))
        elif getattr(func, "id", "") == "QT_TRANSLATE_NOOP":
            found.append((_literal(args[0]), _literal(args[1]), node.lineno))
        elif getattr(func, "id", "") in {"tr", "translate", "_tr"}:
            bad.append(f"{where}: {func.id}() is an alias lupdate does not know")

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                call(child, cls)
            visit(child, cls)

    visit(tree, None)
    return found, bad


def test_lupdate_sees_every_string_the_ui_translates(sources):
    """Catches tr() inside f-strings, aliases and helpers, and X.tr() whose run-time context
    is not the one lupdate files it under: the .ts would lack them and no check of the .ts
    alone could tell."""
    missing, bad, count = [], [], 0
    for path in sorted(UI.rglob("*.py")):
        found, wrong = _translated_strings(path)
        bad += wrong
        count += len(found)
        missing += [f"{path.relative_to(ROOT)}:{line}: ({context!r}, {text!r}) is not in "
                    "lupdate's output" for context, text, line in found
                    if (context, text) not in sources]
    assert count > 200
    assert not bad + missing, "\n".join(bad + missing)


# -- the real window ---------------------------------------------------------------------------

EXPECTED = {
    "fi": {"menus": ["&Tiedosto", "&Muokkaa", "&Siirry", "&Koordinaattori", "&Asetukset",
                     "&Ohje"],
           "dock": "Vielä puuttuu", "show_all": "&Näytä ohjelman kaikki toimenpiteet",
           "narrative": "Mitä on tehty?", "header": "Seurannan aikaväli 6–12/2023",
           "monitoring": "Seuranta", "status": "Tila", "locale": "fi_FI"},
    "sv": {"menus": ["&Arkiv", "&Redigera", "&Gå", "K&oordinator", "&Inställningar",
                     "&Hjälp"],
           "dock": "Saknas ännu", "show_all": "&Visa alla åtgärder i programmet",
           "narrative": "Vad har gjorts?", "header": "Uppföljningsperiod 6–12/2023",
           "monitoring": "Uppföljning", "status": "Status", "locale": "sv_FI"},
}


@pytest.fixture
def compiled():
    """The windows load .qm files, which `python3 dev.py test` compiles from the .ts."""
    folder = resources.path("translations")
    for language in ts.LANGUAGES:
        qm = folder / f"kotodesk_{language}.qm"
        assert qm.exists() and qm.stat().st_mtime >= ts.ts_file(language).stat().st_mtime, \
            f"{qm.name} is missing or older than its .ts: run python3 dev.py translations"


class _Misses(QTranslator):
    """Hears every lookup (installed last, it is asked first) and keeps those that
    kotodesk's .qm for the language cannot answer; then lets the real translators answer."""

    def __init__(self) -> None:
        super().__init__()
        self.language = ""
        self._qm = QTranslator()
        self.seen: set[tuple[str, str]] = set()

    def listen(self, language: str) -> None:
        self.language = language
        assert self._qm.load(f"kotodesk_{language}", str(resources.path("translations")))

    def translate(self, context, source, disambiguation=None, n=-1):
        if self.language and not self._qm.translate(context, source, disambiguation, n):
            self.seen.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def speaking(qtbot, workspace, compiled):
    """start(language) -> the Controller with its window in that language; what no
    translator answered meanwhile is in .misses. English is restored afterwards."""
    from kotodesk.ui.app import Controller

    app = QCoreApplication.instance()
    misses = _Misses()
    app.installTranslator(misses)
    controllers = []

    def start(language: str):
        misses.listen(language)
        settings.put(workspace.store, unit=UNIT, user_name="Anna Testaaja", language=language)
        ctl = Controller(workspace)
        assert ctl.start(language)
        qtbot.addWidget(ctl.window)
        qtbot.waitExposed(ctl.window)
        controllers.append(ctl)
        return ctl

    start.misses = misses
    yield start
    app.removeTranslator(misses)
    for ctl in controllers:
        ctl.session.flush()
        ctl.translations.install("en")  # Qt's own Swedish would otherwise stay installed


def _ours(sources) -> set[str]:
    return {context for context, _ in sources}


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_window_speaks_the_chosen_language(qtbot, speaking, sources, language):
    want = EXPECTED[language]
    ctl = speaking(language)
    window = ctl.window
    assert QLocale().name() == want["locale"]  # dates and numbers follow the language
    assert _menu_titles(window) == want["menus"]
    assert window.validation_dock.windowTitle() == want["dock"]
    assert window.measures.show_all.text() == want["show_all"]
    assert want["header"] in window.header.text()
    editor = window.editor
    assert want["narrative"] in editor.narrative_label.text()
    assert want["status"] in editor.status_title.text()
    assert f"<b>{want['monitoring']}</b>" in editor.info.monitoring.text()
    # Work the editor so the strings made on the way are looked up too.
    window.measures.select("2/3.2")
    editor.status.press(2)  # red: reasons become required
    qtbot.keyClicks(editor.narrative, "Rekrytointi")
    editor.session.flush()
    ours = _ours(sources)
    misses = sorted((c, s) for c, s in speaking.misses.seen if c in ours)
    assert not misses, misses


def test_switching_language_in_settings_rebuilds_the_window_in_swedish(speaking):
    ctl = speaking("en")
    assert _menu_titles(ctl.window) == ["&File", "&Edit", "&Go", "&Coordinator", "&Settings",
                                        "&Help"]
    old = ctl.window
    ctl.apply_settings({"language": "sv", "unit": UNIT, "user_name": "Anna Testaaja",
                        "user_email": ""})
    assert ctl.window is not old
    assert _menu_titles(ctl.window) == EXPECTED["sv"]["menus"]
    assert ctl.window.editor.history_button.text() == "Hi&storik…"
    assert ctl.window.measures.search.placeholderText().startswith("Sök i åtgärder")
    assert settings.get(ctl.workspace.store, "language") == "sv"


# -- keyboard accelerators ---------------------------------------------------------------------

def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _clashes(texts: list[str]) -> list[str]:
    letters = Counter(a for a in map(_accelerator, texts) if a)
    return [t for t in texts if letters.get(_accelerator(t) or "", 0) > 1]


def _alt_keys(top: QWidget) -> list[str]:
    """The texts whose &-letter is an Alt+letter in this window: its buttons, group boxes,
    labels with a buddy, tab titles, and (in a main window) the menu titles."""
    menus = top.menuBar().actions() if isinstance(top, QMainWindow) else []
    texts = [a.text() for a in menus]
    for w in top.findChildren(QWidget):
        if w.window() is not top or not w.isVisibleTo(top):
            continue  # another window (the coordinator's is a child of the main window)
        if isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
    return texts


def _dialogs(ctl, home):
    from kotodesk.datafolder.about import gather
    from kotodesk.datafolder.backup import backup_database, inspect
    from kotodesk.storage.catalogues import list_programmes
    from kotodesk.ui.about_dialog import AboutDialog
    from kotodesk.ui.backup_dialogs import RestoreDialog
    from kotodesk.ui.crash_dialog import CrashDialog
    from kotodesk.ui.export_dialog import ExportDialog
    from kotodesk.ui.history_dialog import HistoryDialog
    from kotodesk.ui.import_dialog import ImportChoiceDialog
    from kotodesk.ui.keys_dialog import KeysDialog
    from kotodesk.ui.settings_dialog import SettingsDialog
    from kotodesk.ui.verify_dialog import VerifyDialog

    window, ws = ctl.window, ctl.workspace
    backup = backup_database(ws.store, home.parent / "backup.sqlite3")
    return [
        ImportChoiceDialog("catalogue.xlsx", ctl.session.catalogue,
                           list_programmes(ws.store), None, window),
        SettingsDialog(ws.register, language=ctl.translations.language, unit_id=UNIT,
                       name="", email="", first_run=True, parent=window),
        ExportDialog(ctl.session, window),  # no key yet: name, e-mail and passphrase twice
        RestoreDialog(inspect(backup), home, window),
        CrashDialog("Traceback …", saved=True, parent=window),
        VerifyDialog(ws, [], window),
        HistoryDialog("2/3.1", [], window),
        AboutDialog(gather(home), window),
        KeysDialog(ws, window),
    ]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_accelerators_are_unique_in_each_menu_and_window(qtbot, speaking, sources, home,
                                                          language):
    ctl = speaking(language)
    window = ctl.window
    clashes, letters = {}, 0
    for menu_action in window.menuBar().actions():
        texts = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        clashes[menu_action.text()] = _clashes(texts)
    for top in [window, *_dialogs(ctl, home), ctl.open_coordinator()]:
        qtbot.addWidget(top)
        top.show()  # table headers and the like are looked up when first painted
        qtbot.waitExposed(top)
        tabs = top.findChild(QTabWidget)
        for tab in range(tabs.count() if tabs else 1):  # each tab's buttons with the tabs
            if tabs:
                tabs.setCurrentIndex(tab)
            texts = _alt_keys(top)
            letters += sum(1 for t in texts if _accelerator(t))
            clashes[f"{type(top).__name__} {tab}"] = _clashes(texts)
    assert letters > 60  # the check looked at the buttons, labels and menu titles
    assert not {k: v for k, v in clashes.items() if v}
    if language != "en":
        ours = _ours(sources)
        assert not sorted((c, s) for c, s in speaking.misses.seen if c in ours)
