"""The system check that `dev.py run`, `test`, `bundle` and .ci/run share
(packaging/system_deps.py): one list, complete for the Qt that is installed, silent when
all is there, and naming what is missing with the command that installs it."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CI_RUN = ROOT / ".ci" / "run"


def _load():
    spec = importlib.util.spec_from_file_location("kotodesk_system_deps",
                                                  ROOT / "packaging" / "system_deps.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


deps = _load()
ABSENT = deps.Need("lib:libkotodesk-absent.so.7", "a library no machine has",
                   {deps.APT: "libkotodesk-absent7", deps.DNF: "kotodesk-absent",
                    deps.PACMAN: "kotodesk-absent", deps.ZYPPER: "libkotodesk-absent7"})
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
FEDORA = 'NAME="Fedora Linux"\nID=fedora\n'
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _no_install(*args, **kwargs):
    raise AssertionError(f"nothing is missing, yet it ran {args}")


# --- .ci/run uses the one list --------------------------------------------------------------

def _ci_commands() -> list[list[str]]:
    lines = [line.strip() for line in CI_RUN.read_text(encoding="utf-8").splitlines()]
    return [shlex.split(line) for line in lines if line and not line.startswith("#")]


def test_ci_installs_through_dev_py_setup_and_has_no_package_list_of_its_own():
    commands = _ci_commands()
    words = {word for command in commands for word in command}
    assert not words & {"apt-get", "apt", "dpkg", "dnf", "yum", "pacman", "zypper"}
    dev = [command[2:] for command in commands if command[:2] == ["python3", "dev.py"]]
    setup = [c for c in dev if c[0] == "setup"]
    assert len(setup) == 1 and dev[0] == setup[0], "CI installs once, before anything runs"
    installed_for = set(setup[0][1:])
    for command in dev[1:]:
        assert deps.needs_for(command[0]), f"dev.py {command[0]} has no list"
        assert command[0] in installed_for, f".ci/run runs `dev.py {command[0]}` without " \
                                            "installing what it needs"


# --- the list is complete for the PySide6 that is installed ---------------------------------

# glibc, the C++ runtime and its unwinder: on every Linux that runs Python at all.
BASE = re.compile(r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s)\.so")


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED sonames of an ELF file: what the loader must find to load it."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF", path
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, entry = order + "IIIIIIIIII", order + "iI"
    headers = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for header in headers:
        if header[1] != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = headers[header[6]][4]
        for at in range(header[4], header[4] + header[5], struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                names.append(data[strtab_offset + value:end].decode())
    return names


def _pyside() -> Path:
    """PySide6's folder, found without importing Qt (tests/core imports no Qt)."""
    return Path(importlib.util.find_spec("PySide6").origin).parent


def _system_libraries(*patterns: str) -> set[str]:
    """The sonames from outside the PySide6 wheels that the files loaded through `patterns`
    (under PySide6/) need, following the Qt libraries the wheels carry."""
    pyside = _pyside()
    shipped = {path.name: path for folder in (pyside / "Qt" / "lib", pyside,
                                               pyside.parent / "shiboken6")
               for path in folder.glob("*.so*")}
    todo = [path for pattern in patterns for path in pyside.glob(pattern)]
    assert todo, patterns
    seen, outside = set(), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for soname in _needed(path):
            if soname in shipped:
                todo.append(shipped[soname])
            elif not BASE.match(soname):
                outside.add(soname)
    return outside


def _sonames(needs) -> set[str]:
    return {need.name for need in needs if need.probe.startswith("lib:")}


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="only Linux's Qt loads libraries from the system")


@linux_only
def test_qt_list_is_what_qtwidgets_and_the_offscreen_plugin_link():
    needed = _system_libraries("QtWidgets*.so", "QtTest*.so",
                               "Qt/plugins/platforms/libqoffscreen.so")
    assert _sonames(deps.QT) == needed


@linux_only
def test_x11_list_is_what_the_xcb_plugin_and_its_gl_integrations_link():
    needed = _system_libraries("Qt/plugins/platforms/libqxcb.so",
                               "Qt/plugins/xcbglintegrations/*.so")
    assert _sonames(deps.QT_X11) == needed - _sonames(deps.QT)


@linux_only
def test_wayland_list_is_what_the_wayland_plugin_and_its_client_plugins_link():
    needed = _system_libraries("Qt/plugins/platforms/libqwayland.so",
                               "Qt/plugins/wayland-shell-integration/*.so",
                               "Qt/plugins/wayland-decoration-client/*.so",
                               "Qt/plugins/wayland-graphics-integration-client/*.so")
    assert _sonames(deps.QT_WAYLAND) == needed - _sonames(deps.QT)


def test_every_need_names_its_package_for_every_package_manager():
    everything = (deps.QT + deps.QT_X11 + deps.QT_WAYLAND + deps.TEST_TOOLS
                  + deps.BUNDLE_TOOLS + deps.VENV)
    for need in everything:
        assert set(need.packages) == {deps.APT, deps.DNF, deps.PACMAN, deps.ZYPPER}, need
        assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+_-]*", name, re.I)
                   for name in need.packages.values()), need
    # the test tools the brief names, including the smart-card ones tests will use
    assert {"poppler-utils", "libreoffice-calc-nogui", "fonts-dejavu-core", "qpdf", "softhsm2",
            "opensc", "libnss3-tools"} <= set(deps.packages(deps.needs_for("test", {}), "apt"))


def test_the_platform_qt_will_load_decides_the_window_libraries():
    def names(command, environ):
        return _sonames(deps.needs_for(command, environ))

    assert names("test", {}) == _sonames(deps.QT)  # conftest.py: offscreen
    assert names("test", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}) == _sonames(deps.QT)
    assert names("run", {"QT_QPA_PLATFORM": "offscreen"}) == _sonames(deps.QT)
    assert names("run", {"DISPLAY": ":0"}) == _sonames(deps.QT + deps.QT_X11)
    # Qt tries wayland first in a Wayland session and falls back to xcb (XWayland)
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert names("run", wayland) == _sonames(deps.QT + deps.QT_WAYLAND + deps.QT_X11)
    assert names("run", {**wayland, "QT_QPA_PLATFORM": "xcb"}) == names("run", {"DISPLAY": ":1"})
    assert names("test", {"QT_QPA_PLATFORM": "xcb"}) == names("run", {"DISPLAY": ":1"})
    assert names("bundle", {}) == _sonames(deps.QT + deps.QT_X11 + deps.QT_WAYLAND)
    assert deps.no_display({}) and deps.no_display({"QT_QPA_PLATFORM": "xcb"})
    assert not deps.no_display({"DISPLAY": ":0"})
    assert not deps.no_display({"QT_QPA_PLATFORM": "offscreen"})


# --- present: silent; missing: named, with the command --------------------------------------

def test_a_machine_that_has_everything_the_tests_need_passes_silently():
    needs = deps.needs_for("test")
    assert deps.missing(needs) == [], "this machine lacks what the suite needs"
    out = io.StringIO()
    assert deps.ensure("test", needs, out=out, run=_no_install) == 0
    assert out.getvalue() == ""
    done = subprocess.run([sys.executable, str(ROOT / "dev.py"), "setup", "test"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_a_missing_library_is_named_with_the_command_that_installs_it_here():
    # what the suite itself needs (so present wherever it runs) and one library no one has
    needs = (*deps.needs_for("test", {}), ABSENT)
    out = io.StringIO()
    code = deps.ensure("test", needs, out=out, os_release=FEDORA, run=_no_install)
    assert code == deps.MISSING_SETUP
    text = out.getvalue()
    assert "`python3 dev.py test` needs what this machine does not have" in text
    assert "libkotodesk-absent.so.7  (a library no machine has)" in text
    typed = deps.install_command(deps.DNF, ["kotodesk-absent"], root=IS_ROOT,
                                 sudo=shutil.which("sudo") is not None)
    assert typed[-3:] == ["dnf", "install", "kotodesk-absent"]
    assert f"\n  {shlex.join(typed)}\n" in text
    assert "libEGL" not in text and "pdftotext" not in text, "only what is missing is named"
    assert deps.ensure("test", needs, out=io.StringIO(), platform="win32", run=_no_install) == 0
    assert deps.ensure("test", needs, out=io.StringIO(), platform="darwin", run=_no_install) == 0


def test_an_unknown_distribution_gets_the_names_and_no_guessed_command():
    out = io.StringIO()
    code = deps.ensure("test", [ABSENT], out=out, os_release="ID=plan9\n", run=_no_install)
    assert code == deps.MISSING_SETUP
    assert "libkotodesk-absent.so.7" in out.getvalue()
    assert "Install the packages of your system that provide" in out.getvalue()
    assert "(Debian calls them: libkotodesk-absent7)" in out.getvalue()
    assert "apt-get" not in out.getvalue()


def _apt_offline(ran, *, sudo_without_password=True):
    """apt as it answers on a machine that cannot reach the archive (update fails)."""

    def run(command, **kwargs):
        ran.append(command)
        ok = command == ["sudo", "-n", "true"] and sudo_without_password
        return subprocess.CompletedProcess(command, 0 if ok else 100, b"", b"")

    return run


@pytest.fixture
def sudo_on_path(tmp_path, monkeypatch):
    """A `sudo` for shutil.which to find (CI runs as root and has none); the tests hand
    ensure() their own runner, so it is never run."""
    sudo = tmp_path / "bin" / "sudo"
    sudo.parent.mkdir()
    sudo.write_text("#!/bin/sh\nexit 1\n")
    sudo.chmod(0o755)
    monkeypatch.setenv("PATH", f"{sudo.parent}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.parametrize("root", [True, False])
def test_on_apt_it_installs_and_when_apt_fails_it_says_what_to_type(root, sudo_on_path):
    """The apt path, with apt answering as it does offline; what actually installs on a
    fresh Debian was run in a debootstrap chroot (see the branch's report)."""
    if not shutil.which("apt-get"):
        pytest.skip("not an apt system: the apt path installs only where apt-get is")
    ran = []
    out = io.StringIO()
    code = deps.ensure("test", [ABSENT], out=out, os_release=DEBIAN, root=root,
                       interactive=False, run=_apt_offline(ran))
    assert code == deps.MISSING_SETUP
    text = out.getvalue()
    assert "installing them with apt-get" in text and "libkotodesk-absent7" in text
    update = [command for command in ran if "update" in command]
    assert update == [["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update", "-q"]
                      if root else ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive",
                                    "apt-get", "update", "-q"]]
    sudo = "" if root else "sudo "
    assert f"\n  {sudo}apt-get install --no-install-recommends libkotodesk-absent7\n" in text


def test_with_no_terminal_and_a_sudo_that_wants_a_password_it_only_says_what_to_type(
        sudo_on_path):
    if not shutil.which("apt-get"):
        pytest.skip("not an apt system: the apt path installs only where apt-get is")
    ran = []
    out = io.StringIO()
    code = deps.ensure("run", [ABSENT], out=out, os_release=DEBIAN, root=False,
                       interactive=False, run=_apt_offline(ran, sudo_without_password=False))
    assert code == deps.MISSING_SETUP
    assert ran == [["sudo", "-n", "true"]], "asked nothing, installed nothing"
    assert "installing" not in out.getvalue()
    assert "\n  sudo apt-get install --no-install-recommends libkotodesk-absent7\n" in \
        out.getvalue()


def test_without_sudo_the_command_goes_through_su():
    assert deps.install_command(deps.APT, ["libxcb-cursor0", "qpdf"], root=False,
                                sudo=False) == [
        "su", "-c", "apt-get install --no-install-recommends libxcb-cursor0 qpdf"]
    assert deps.install_command(deps.PACMAN, ["qpdf"], root=False) == [
        "sudo", "pacman", "-S", "--needed", "qpdf"]
    assert deps.install_command(deps.ZYPPER, ["qpdf"]) == ["zypper", "install", "qpdf"]


def test_t64_renamed_libraries_are_asked_for_by_their_new_name():
    known = {"libglib2.0-0t64", "libx11-6"}

    def apt_cache(command, **kwargs):
        return subprocess.CompletedProcess(command, 0, b"Package: x\n" if command[-1] in known
                                           else b"", b"")

    assert deps._apt_names(["libglib2.0-0", "libx11-6"], apt_cache) == [
        "libglib2.0-0t64", "libx11-6"]


def test_distributions_are_told_apart_by_os_release():
    assert deps.package_manager(DEBIAN) == deps.APT
    assert deps.package_manager('ID=ubuntu\nID_LIKE=debian\n') == deps.APT
    assert deps.package_manager('ID=linuxmint\nID_LIKE="ubuntu debian"\n') == deps.APT
    assert deps.package_manager(FEDORA) == deps.DNF
    assert deps.package_manager('ID="rocky"\nID_LIKE="rhel centos fedora"\n') == deps.DNF
    assert deps.package_manager("ID=arch\n") == deps.PACMAN
    assert deps.package_manager('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n') == \
        deps.ZYPPER
    assert deps.package_manager("ID=plan9\n") is None


def test_run_without_a_display_says_so_instead_of_qts_plugin_error(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"}}
    done = subprocess.run([sys.executable, str(ROOT / "dev.py"), "run"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert "no display to open kotodesk's window on" in done.stderr
    assert "plugin" not in done.stderr and done.stdout == ""


def test_only_a_run_that_opens_the_window_asks_for_a_display():
    spec = importlib.util.spec_from_file_location("kotodesk_dev", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    assert dev._opens_window([])
    assert dev._opens_window(["--home", "/tmp/x", "--lang", "fi", "--smoke"])
    assert not dev._opens_window(["--home", "/tmp/x", "verify", "return.xlsx"])
    assert not dev._opens_window(["--self-test"])
    assert not dev._opens_window(["catalogue", "show"])
