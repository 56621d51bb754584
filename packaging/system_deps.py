"""The system packages that `dev.py run`, `test` and `bundle` need, found and installed.

PySide6's wheels bring Qt but not the libraries Qt loads from the system (OpenGL, fontconfig,
xkbcommon, the xcb and Wayland client libraries), and the tests read our files with other
people's programs (poppler, LibreOffice). Without them a new user gets Qt's "could not load
the Qt platform plugin" abort instead of a window. This module is the one list of them: the
dev.py commands check it before they start, and .ci/run installs through the same code
(`python3 dev.py setup test bundle`).

A library counts as present when the dynamic loader really loads it (dlopen, as Qt's
plugin loader does), not when a package database says so, so a renamed Ubuntu package or a
library from elsewhere on the loader path is judged right. The sonames are those that
PySide6's platform plugins and QtWidgets link against; tests/core/test_system_deps.py reads
them out of the installed PySide6 and fails when a Qt upgrade needs one that is not here.

Standard library only: dev.py imports this before .venv exists.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Package managers by the distribution families of /etc/os-release (ID and ID_LIKE).
APT, DNF, PACMAN, ZYPPER = "apt", "dnf", "pacman", "zypper"
FAMILIES = {
    "debian": APT, "ubuntu": APT,
    "fedora": DNF, "rhel": DNF, "centos": DNF,
    "arch": PACMAN,
    "suse": ZYPPER, "opensuse": ZYPPER,
}
MISSING_SETUP = 2  # dev.py's exit code when the machine lacks what a command needs


@dataclass(frozen=True)
class Need:
    """One thing a command needs from the system, how to see it, and which package has it.

    `probe` is "lib:SONAME" (the dynamic loader must load it), "exe:NAME" (on PATH),
    "font:FILE" (under a system font folder) or "module:NAME" (importable here).
    `packages` maps a package manager to the package that provides it there.
    """

    probe: str
    why: str
    packages: Mapping[str, str]

    @property
    def name(self) -> str:
        return self.probe.split(":", 1)[1]


def _lib(soname: str, why: str, apt: str, dnf: str, pacman: str, zypper: str) -> Need:
    return Need(f"lib:{soname}", why, {APT: apt, DNF: dnf, PACMAN: pacman, ZYPPER: zypper})


def _exe(name: str, why: str, apt: str, dnf: str, pacman: str, zypper: str) -> Need:
    return Need(f"exe:{name}", why, {APT: apt, DNF: dnf, PACMAN: pacman, ZYPPER: zypper})


_QT = "Qt loads it; PySide6 does not bring it"
_X11 = "Qt's window on an X11 desktop"
_WAYLAND = "Qt's window on a Wayland desktop"

# Loaded by every Qt program here: QtGui, QtWidgets and the offscreen plugin the tests use.
QT = (
    _lib("libEGL.so.1", _QT, "libegl1", "libglvnd-egl", "libglvnd", "libEGL1"),
    _lib("libGL.so.1", _QT, "libgl1", "libglvnd-glx", "libglvnd", "libGL1"),
    _lib("libX11.so.6", _QT, "libx11-6", "libX11", "libx11", "libX11-6"),
    _lib("libxkbcommon.so.0", _QT, "libxkbcommon0", "libxkbcommon", "libxkbcommon",
         "libxkbcommon0"),
    _lib("libfontconfig.so.1", _QT, "libfontconfig1", "fontconfig", "fontconfig",
         "libfontconfig1"),
    _lib("libfreetype.so.6", _QT, "libfreetype6", "freetype", "freetype2", "libfreetype6"),
    _lib("libdbus-1.so.3", _QT, "libdbus-1-3", "dbus-libs", "dbus", "libdbus-1-3"),
    _lib("libglib-2.0.so.0", _QT, "libglib2.0-0", "glib2", "glib2", "libglib-2_0-0"),
    _lib("libgthread-2.0.so.0", _QT, "libglib2.0-0", "glib2", "glib2", "libgthread-2_0-0"),
    _lib("libz.so.1", _QT, "zlib1g", "zlib", "zlib", "libz1"),
    _lib("libzstd.so.1", _QT, "libzstd1", "libzstd", "zstd", "libzstd1"),
)

# Qt's xcb plugin: the window on an X11 desktop (and under XWayland).
QT_X11 = (
    _lib("libX11-xcb.so.1", _X11, "libx11-xcb1", "libX11-xcb", "libx11", "libX11-xcb1"),
    _lib("libxcb.so.1", _X11, "libxcb1", "libxcb", "libxcb", "libxcb1"),
    _lib("libxkbcommon-x11.so.0", _X11, "libxkbcommon-x11-0", "libxkbcommon-x11",
         "libxkbcommon-x11", "libxkbcommon-x11-0"),
    _lib("libxcb-cursor.so.0", _X11, "libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor",
         "libxcb-cursor0"),
    _lib("libxcb-icccm.so.4", _X11, "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm",
         "libxcb-icccm4"),
    _lib("libxcb-image.so.0", _X11, "libxcb-image0", "xcb-util-image", "xcb-util-image",
         "libxcb-image0"),
    _lib("libxcb-keysyms.so.1", _X11, "libxcb-keysyms1", "xcb-util-keysyms",
         "xcb-util-keysyms", "libxcb-keysyms1"),
    _lib("libxcb-render-util.so.0", _X11, "libxcb-render-util0", "xcb-util-renderutil",
         "xcb-util-renderutil", "libxcb-render-util0"),
    _lib("libxcb-util.so.1", _X11, "libxcb-util1", "xcb-util", "xcb-util", "libxcb-util1"),
    _lib("libxcb-randr.so.0", _X11, "libxcb-randr0", "libxcb", "libxcb", "libxcb-randr0"),
    _lib("libxcb-render.so.0", _X11, "libxcb-render0", "libxcb", "libxcb", "libxcb-render0"),
    _lib("libxcb-shape.so.0", _X11, "libxcb-shape0", "libxcb", "libxcb", "libxcb-shape0"),
    _lib("libxcb-shm.so.0", _X11, "libxcb-shm0", "libxcb", "libxcb", "libxcb-shm0"),
    _lib("libxcb-sync.so.1", _X11, "libxcb-sync1", "libxcb", "libxcb", "libxcb-sync1"),
    _lib("libxcb-xfixes.so.0", _X11, "libxcb-xfixes0", "libxcb", "libxcb", "libxcb-xfixes0"),
    _lib("libxcb-xkb.so.1", _X11, "libxcb-xkb1", "libxcb", "libxcb", "libxcb-xkb1"),
    _lib("libxcb-glx.so.0", _X11, "libxcb-glx0", "libxcb", "libxcb", "libxcb-glx0"),
)

# Qt's wayland plugin and its client-side decorations, on a Wayland desktop.
QT_WAYLAND = (
    _lib("libwayland-client.so.0", _WAYLAND, "libwayland-client0", "libwayland-client",
         "wayland", "libwayland-client0"),
    _lib("libwayland-cursor.so.0", _WAYLAND, "libwayland-cursor0", "libwayland-cursor",
         "wayland", "libwayland-cursor0"),
    _lib("libwayland-egl.so.1", _WAYLAND, "libwayland-egl1", "libwayland-egl", "wayland",
         "libwayland-egl1"),
)

_PDF = "the tests check our PDFs with it"
_CARD = "the smart-card signing tests"
TEST_TOOLS = (
    Need("font:DejaVuSans.ttf", "a font for the window and LibreOffice in the tests",
         {APT: "fonts-dejavu-core", DNF: "dejavu-sans-fonts", PACMAN: "ttf-dejavu",
          ZYPPER: "dejavu-fonts"}),
    *(_exe(tool, _PDF, "poppler-utils", "poppler-utils", "poppler", "poppler-tools")
      for tool in ("pdftotext", "pdfsig", "pdffonts", "pdftoppm")),
    _exe("soffice", "the tests open our .xlsx with it", "libreoffice-calc-nogui",
         "libreoffice-calc", "libreoffice-fresh", "libreoffice-calc"),
    _exe("qpdf", _PDF, "qpdf", "qpdf", "qpdf", "qpdf"),
    _exe("softhsm2-util", f"{_CARD}: a software token", "softhsm2",
         "softhsm", "softhsm", "softhsm"),
    _exe("pkcs11-tool", f"{_CARD}: token set-up", "opensc", "opensc",
         "opensc", "opensc"),
    _exe("certutil", f"{_CARD}: NSS certificate store", "libnss3-tools",
         "nss-tools", "nss", "mozilla-nss-tools"),
    _exe("xvfb-run", "the e-mail draft test: Qt hands a file to xdg-open only on a display",
         "xvfb", "xorg-x11-server-Xvfb", "xorg-server-xvfb", "xvfb-run"),
    _exe("strace", "the offline test: it sees a connect() that a library's C code makes",
         "strace", "strace", "strace", "strace"),
)

# Debian's python3 leaves venv's pip bootstrap to a package of its own; dev.py needs it
# once, to create .venv.
_PY = f"python3.{sys.version_info.minor}"
VENV = (
    Need("module:ensurepip", "to create .venv: venv's pip bootstrap",
         {APT: f"{_PY}-venv", DNF: "python3", PACMAN: "python", ZYPPER: "python3"}),
)

# PyInstaller puts Python's shared library in the bundle; Debian's python3 runs without it
# and keeps it in a package of its own.
_LIBPYTHON = sysconfig.get_config_var("INSTSONAME") or f"libpython3.{sys.version_info.minor}.so"
BUNDLE_TOOLS = (
    _exe("objdump", "PyInstaller reads the libraries' dependencies with it", "binutils",
         "binutils", "binutils", "binutils"),
    Need(f"pylib:{_LIBPYTHON}", "PyInstaller puts it in the bundle",
         {APT: f"lib{_PY}", DNF: "python3-libs", PACMAN: "python",
          ZYPPER: f"libpython3_{sys.version_info.minor}-1_0"}),
)


def _display_module():
    """kotodesk/system/display.py, loaded by its path (the venv may not exist yet): the
    window asks it too, before Qt would abort for want of a display."""
    name = "kotodesk_display"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                               "kotodesk", "system", "display.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


qt_platform = _display_module().qt_platform
no_display = _display_module().no_display


def _for_platform(platform: str) -> tuple[Need, ...]:
    if platform == "xcb":
        return QT + QT_X11
    if platform == "wayland":  # Qt falls back to xcb (XWayland) when wayland will not load
        return QT + QT_WAYLAND + QT_X11
    return QT


def needs_for(command: str, environ: Mapping[str, str] | None = None) -> tuple[Need, ...]:
    """What `python3 dev.py COMMAND` needs on this kind of Linux session.

    run: Qt and the plugin of the session's display (the window; the command line alone
    needs none of it, but `run` is for the window). test: Qt for the offscreen plugin the
    tests use (or the one QT_QPA_PLATFORM names) and the independent readers. bundle: every
    window plugin the bundle carries, and PyInstaller's tools.
    """
    environ = os.environ if environ is None else environ
    if command == "run":
        return _for_platform(qt_platform(environ, "xcb"))
    if command == "test":  # conftest.py sets offscreen unless QT_QPA_PLATFORM says else
        asked = {"QT_QPA_PLATFORM": environ.get("QT_QPA_PLATFORM", "")}
        return _for_platform(qt_platform(asked, "offscreen")) + TEST_TOOLS
    if command == "bundle":
        return QT + QT_X11 + QT_WAYLAND + BUNDLE_TOOLS
    if command == "screenshots":
        return QT + tuple(n for n in TEST_TOOLS if n.name in {"pdftoppm", "DejaVuSans.ttf"})
    if command in {"bench", "translations"}:  # offscreen windows; Qt's lupdate and lrelease
        return QT
    return ()


FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")


def _loads(soname: str) -> bool:
    """Whether the dynamic loader loads `soname` and everything it links, as it will for Qt."""
    try:
        import ctypes
    except ImportError:  # a Python built without libffi: ask the loader's cache instead
        found = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True)
        return f"\t{soname} (" in found.stdout
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def present(need: Need) -> bool:
    """Whether `need` is on this machine, judged the way its user will meet it."""
    kind, name = need.probe.split(":", 1)
    if kind == "lib":
        return _loads(name)
    if kind == "exe":
        return shutil.which(name) is not None
    if kind == "font":
        return any(glob.glob(f"{folder}/**/{name}", recursive=True) for folder in FONT_DIRS)
    if kind == "module":
        return importlib.util.find_spec(name) is not None
    if kind == "pylib":  # where PyInstaller looks for this Python's own library
        folders = (sysconfig.get_config_var("LIBDIR") or "", Path(sys.base_prefix) / "lib")
        return any(Path(folder, name).is_file() for folder in folders) or _loads(name)
    raise ValueError(f"unknown probe {need.probe!r}")


def missing(needs: Iterable[Need], is_present: Callable[[Need], bool] = present) -> list[Need]:
    """The needs not met, each once (libraries from one package are listed apart)."""
    seen: set[str] = set()
    out = []
    for need in needs:
        if need.probe not in seen and not is_present(need):
            out.append(need)
        seen.add(need.probe)
    return out


def package_manager(os_release: str | None = None) -> str | None:
    """apt, dnf, pacman or zypper from /etc/os-release; None for a distribution not known."""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text(encoding="utf-8")
        except OSError:
            return None
    fields = {}
    for line in os_release.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip("\"'")
    for family in [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]:
        if family in FAMILIES:
            return FAMILIES[family]
        if family.startswith("opensuse"):
            return ZYPPER
    return None


def packages(needs: Iterable[Need], manager: str) -> list[str]:
    """The package names to install for `needs`, each once, in the order given."""
    return list(dict.fromkeys(need.packages[manager] for need in needs))


def install_command(manager: str, names: Sequence[str], *, root: bool = True,
                    sudo: bool = True) -> list[str]:
    """The command that installs `names`: as it is for root, else through sudo, or su
    where there is no sudo (a Debian installed with a root password has none)."""
    base = {
        APT: ["apt-get", "install", "--no-install-recommends"],
        DNF: ["dnf", "install"],
        PACMAN: ["pacman", "-S", "--needed"],
        ZYPPER: ["zypper", "install"],
    }[manager] + list(names)
    if root:
        return base
    return ["sudo", *base] if sudo else ["su", "-c", shlex.join(base)]


def describe(needs: Sequence[Need]) -> str:
    width = max(len(need.name) for need in needs)
    return "\n".join(f"  {need.name:<{width}}  ({need.why})" for need in needs)


def report(command: str, absent: Sequence[Need], manager: str | None, *, root: bool) -> str:
    """What to tell a user whose machine lacks `absent`, with the command that fixes it."""
    lines = [f"dev.py: `python3 dev.py {command}` needs what this machine does not have:",
             describe(absent)]
    if manager is None:
        lines += ["Install the packages of your system that provide these libraries and "
                  "programs (Debian calls them: " + " ".join(packages(absent, APT)) + "), "
                  "then run the command again."]
    else:
        lines += ["Install them with:",
                  "  " + shlex.join(install_command(
                      manager, packages(absent, manager), root=root,
                      sudo=shutil.which("sudo") is not None)),
                  "then run the command again."]
    return "\n".join(lines)


def _apt_names(names: Sequence[str], run: Callable[..., subprocess.CompletedProcess]) -> list:
    """Debian 13 and Ubuntu 24.04 renamed some libraries with a `t64` suffix (64-bit time_t);
    take the new name where only it exists."""
    out = []
    for name in names:
        known = run(["apt-cache", "show", "--no-all-versions", name], capture_output=True)
        if known.returncode != 0 or not known.stdout.strip():
            renamed = run(["apt-cache", "show", "--no-all-versions", name + "t64"],
                          capture_output=True)
            if renamed.returncode == 0 and renamed.stdout.strip():
                name += "t64"
        out.append(name)
    return out


def ensure(command: str, needs: Sequence[Need], *, out=sys.stderr,
           platform: str = sys.platform, os_release: str | None = None,
           is_present: Callable[[Need], bool] = present, root: bool | None = None,
           interactive: bool | None = None,
           run: Callable[..., subprocess.CompletedProcess] = subprocess.run) -> int:
    """Check `needs`; on an apt system install what is missing; 0 when all is there.

    Prints nothing when nothing is missing. As root it installs directly (CI, containers);
    otherwise through sudo, after saying what and why (sudo asks for the password; without
    a terminal it must not ask, so `sudo -n`). Elsewhere, or when the install fails, it
    prints the exact command for this system and returns MISSING_SETUP. On Windows and
    macOS the wheels carry everything, so nothing is checked.
    """
    if not platform.startswith("linux"):
        return 0
    absent = missing(needs, is_present)
    if not absent:
        return 0
    manager = package_manager(os_release)
    if root is None:
        root = hasattr(os, "geteuid") and os.geteuid() == 0
    can_install = manager == APT and shutil.which("apt-get") is not None and (
        root or shutil.which("sudo") is not None)
    if interactive is None:  # apt's question needs both: it aborts when output is piped
        interactive = all(stream is not None and stream.isatty()
                          for stream in (sys.stdin, sys.stdout))
    sudo = [] if root else ["sudo"] if interactive else ["sudo", "-n"]
    if can_install and sudo == ["sudo", "-n"]:  # no one to type a password: may we anyway?
        can_install = run(["sudo", "-n", "true"], capture_output=True).returncode == 0
    if not can_install:
        print(report(command, absent, manager, root=root), file=out, flush=True)
        return MISSING_SETUP
    print(f"dev.py: `python3 dev.py {command}` needs these, which this machine does not have:"
          f"\n{describe(absent)}\n"
          f"dev.py: installing them with apt-get{' through sudo' if sudo else ''} "
          f"(Debian packages: {' '.join(packages(absent, APT))}) …", file=out, flush=True)
    env = [*sudo, "env", "DEBIAN_FRONTEND=noninteractive"]
    quiet = [] if interactive else ["-y", "-q"]
    done = run([*env, "apt-get", "update", "-q"])
    if done.returncode == 0:
        names = _apt_names(packages(absent, APT), run)
        done = run([*env, "apt-get", "install", *quiet, "--no-install-recommends", *names])
    still = missing(absent, is_present)
    if done.returncode == 0 and not still:
        print("dev.py: installed.", file=out, flush=True)
        return 0
    print(report(command, still or absent, manager, root=root), file=out, flush=True)
    return MISSING_SETUP
