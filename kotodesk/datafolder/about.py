"""What is in this kotodesk: version, build, data folder, and the licences of what it ships.

Nothing here is typed by hand: the components are kotodesk's runtime dependencies as the
installed package metadata declares them (the same closure packaging/kotodesk.spec copies
into the bundle), each with the licence its metadata names and the licence files it
carries. Python, SQLite and the fonts under resources/fonts are added from the running
interpreter and the resources folder. The About window and `kotodesk about` show this.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import platform
import re
import sqlite3
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kotodesk import __version__
from kotodesk.system import resources

BUILD_INFO = "build-info.json"  # written into the bundle by packaging/build.py
# sqlite-utils declares pip for its `install` command, which kotodesk does not use and the
# bundle leaves out.
# pyHanko's HTTP client and what only it requires: kotodesk never loads them (its online
# modules are stand-ins, kotodesk/signing/offline.py), so the bundle leaves them out
# (packaging/bundle_config.py) and their licences are not listed as shipped.
ONLINE_ONLY = ("aiohttp", "aiohappyeyeballs", "aiosignal", "frozenlist", "multidict",
               "propcache", "yarl")
NOT_SHIPPED = frozenset({"pip", *ONLINE_ONLY})
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_LICENCE_CLASSIFIER = "License :: "
_SPDX_SUFFIX = re.compile(r"-(only|or-later)$")


@dataclass
class LicenceFile:
    name: str
    text: str


@dataclass
class Component:
    name: str
    version: str
    licence: str
    kind: str = "Python package"  # or "runtime", "font"
    files: list[LicenceFile] = field(default_factory=list)
    homepage: str = ""


@dataclass
class About:
    version: str
    build: str  # "development", or the build date of a bundle
    data_folder: str
    platform: str
    python: str
    components: list[Component]

    def to_dict(self, texts: bool = True) -> dict:
        data = asdict(self)
        if not texts:
            for c in data["components"]:
                c["files"] = [f["name"] for f in c["files"]]
        return data

    def lines(self, texts: bool = False) -> list[str]:
        out = [f"kotodesk {self.version}", f"Build: {self.build}",
               f"Data folder: {self.data_folder}", f"Platform: {self.platform}",
               f"Python: {self.python}", "", "Licences of the components shipped:"]
        width = max(len(c.name) for c in self.components)
        for c in self.components:
            files = f" [{', '.join(f.name for f in c.files)}]" if c.files else ""
            out.append(f"  {c.name:<{width}}  {c.version:<12} {c.licence}{files}")
        if texts:
            for c in self.components:
                for f in c.files:
                    out += ["", f"==== {c.name} {c.version}: {f.name} ====", f.text.rstrip()]
        return out


def build_info() -> dict:
    """The bundle's build record, or {} when running from a checkout or a wheel."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not bundle:
        return {}
    try:
        return json.loads((Path(bundle) / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def build_label() -> str:
    info = build_info()
    if not info:
        return "development"
    commit = f" ({info['commit']})" if info.get("commit") else ""
    return f"{info.get('built_at', 'unknown date')}{commit}"


def gather(data_folder: Path | str) -> About:
    return About(
        version=__version__, build=build_label(), data_folder=str(data_folder),
        platform=platform.platform(), python=platform.python_version(),
        components=[*package_components(), *runtime_components(), *font_components()],
    )


def shipped_distributions(root: str = "kotodesk") -> list[md.Distribution]:
    """`root` and every distribution its install requirements pull in, recursively,
    with environment markers evaluated and extras left out; those NOT_SHIPPED aside."""
    seen: dict[str, md.Distribution] = {}
    done: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        key = _normal(name)
        if key in seen or key in done:
            continue
        done.add(key)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        if key not in NOT_SHIPPED:
            seen[key] = dist
        todo.extend(_requirements(dist))  # what a left-out one requires may be shipped
    return sorted(seen.values(), key=lambda d: (_normal(d.metadata["Name"]) != root,
                                                d.metadata["Name"].casefold()))


def _requirements(dist: md.Distribution) -> list[str]:
    from packaging.requirements import InvalidRequirement, Requirement

    names = []
    for text in dist.requires or []:
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            names.append(req.name)
    return names


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def package_components() -> list[Component]:
    return [Component(name=d.metadata["Name"], version=d.version, licence=licence_of(d),
                      files=licence_files(d), homepage=_homepage(d))
            for d in shipped_distributions()]


def licence_of(dist: md.Distribution) -> str:
    """The SPDX expression when declared; else a short License field; else classifiers."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    field_text = (meta.get("License") or "").strip()
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith(_LICENCE_CLASSIFIER)]
    if field_text and "\n" not in field_text and len(field_text) <= 80:
        return field_text
    if classifiers:
        return " / ".join(classifiers)
    return field_text.splitlines()[0][:80] if field_text else "unknown"


def licence_files(dist: md.Distribution) -> list[LicenceFile]:
    """The files the metadata lists as License-File, found in the dist-info (PEP 639
    puts them under licenses/, older tools beside METADATA); when a package carries none,
    the texts of resources/licenses for the SPDX identifiers its licence names."""
    found: list[LicenceFile] = []
    for name in dict.fromkeys(dist.metadata.get_all("License-File") or []):
        for candidate in (f"licenses/{name}", f"license_files/{name}", name):
            text = dist.read_text(candidate)
            if text:
                found.append(LicenceFile(name, text))
                break
    return found or spdx_texts(licence_of(dist))


def spdx_texts(expression: str) -> list[LicenceFile]:
    found = []
    for identifier in dict.fromkeys(re.findall(r"[A-Za-z0-9.+-]+", expression)):
        if identifier.upper() in {"OR", "AND", "WITH"}:
            continue
        path = resources.path("licenses", f"{_SPDX_SUFFIX.sub('', identifier)}.txt")
        if path.is_file():
            found.append(LicenceFile(path.name, path.read_text(encoding="utf-8")))
    return found


def _homepage(dist: md.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for url in meta.get_all("Project-URL") or []:
        label, _, link = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"}:
            return link.strip()
    return ""


def runtime_components() -> list[Component]:
    python = Component("Python", platform.python_version(), "PSF-2.0", kind="runtime",
                       homepage="https://www.python.org/")
    for folder in _python_licence_folders():
        path = folder / "LICENSE.txt"
        if path.is_file():
            python.files.append(LicenceFile(path.name, path.read_text(encoding="utf-8")))
            break
    qt = []
    try:  # the PySide6 wheels carry the Qt libraries of their own version
        pyside = md.distribution("PySide6-Essentials")
    except md.PackageNotFoundError:
        pass
    else:
        qt.append(Component("Qt", pyside.version, "LGPL-3.0-only", kind="runtime",
                            files=spdx_texts("LGPL-3.0-only GPL-3.0-only"),
                            homepage="https://www.qt.io/licensing/open-source-lgpl-obligations"))
    sqlite = Component("SQLite", sqlite3.sqlite_version, "blessing (public domain)",
                       kind="runtime", homepage="https://sqlite.org/copyright.html")
    return [python, *qt, sqlite]


def _python_licence_folders() -> list[Path]:
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "licenses" / "Python")
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    folders += [base / "lib" / version, base, base / "Lib"]
    return folders


def font_components() -> list[Component]:
    """Fonts under resources/fonts, grouped by folder; the folder's licence files
    (OFL.txt, LICENSE…) go with them."""
    try:
        fonts_root = resources.path("fonts")
    except FileNotFoundError:
        return []
    if not fonts_root.is_dir():
        return []
    components = []
    for folder in sorted({p.parent for p in fonts_root.rglob("*")
                          if p.suffix.lower() in FONT_SUFFIXES}):
        texts = [LicenceFile(p.name, p.read_text(encoding="utf-8", errors="replace"))
                 for p in sorted(folder.iterdir())
                 if p.is_file() and re.match(r"(licen[cs]e|ofl|copying)", p.name, re.I)]
        names = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
        components.append(Component(
            name=folder.name if folder != fonts_root else ", ".join(names), version="",
            licence=_font_licence(texts), kind="font", files=texts))
    return components


def _font_licence(texts: list[LicenceFile]) -> str:
    joined = " ".join(t.text[:2000] for t in texts)
    if "SIL OPEN FONT LICENSE" in joined.upper():
        return "OFL-1.1"
    if "Bitstream Vera" in joined or "DejaVu" in joined:
        return "Bitstream-Vera"
    return texts[0].name if texts else "unknown"
