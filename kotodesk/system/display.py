"""Has the window a display to open on? Asked before Qt is: without one, Qt's platform
plugin ends the process with an abort (exit code 134) and its own words about plugins.

The standard library only: dev.py and packaging/system_deps.py load this file by its
path, before the venv exists, and the window asks it before creating the application.
"""

from __future__ import annotations

from collections.abc import Mapping


def qt_platform(environ: Mapping[str, str], default: str) -> str:
    """The Qt platform plugin a program started with `environ` will load: QT_QPA_PLATFORM
    when set; else "wayland" in a Wayland session, "xcb" with a display, `default` else."""
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked
    if environ.get("XDG_SESSION_TYPE") == "wayland" or environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return default


def no_display(environ: Mapping[str, str]) -> bool:
    """Whether a window has nowhere to go (Qt would abort with its plugin error): neither
    an X11 nor a Wayland display, and no QT_QPA_PLATFORM that needs none."""
    platform = qt_platform(environ, "")
    if platform in ("", "xcb"):
        return not environ.get("DISPLAY")
    if platform == "wayland":
        return not environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY")
    return False
