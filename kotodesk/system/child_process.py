"""How kotodesk starts itself as a helper process (the window's export, intake's examiners).

A plain subprocess, not multiprocessing: a spawned multiprocessing child runs the parent's
main script again, which a frozen bundle or a script without a main guard turns into a
second window. Pickled messages go through the child's stdin/stdout.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path


def own_command(flag: str, module: str) -> list[str]:
    """This program started as the child that `module` runs (`python -m module`); in the
    bundle, where there is no `-m`, packaging/launcher.py answers `flag` instead."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        if sys.platform == "win32":  # the console twin: a window program has no stdin/out
            program = program.with_name("kotodesk-cli.exe")
        return [str(program), flag]
    return [sys.executable, "-m", module]


def start_child(command: list[str], own: bool, extra_env: dict[str, str] | None = None,
                below_normal: bool = False) -> subprocess.Popen:
    """Start a child with pipes for stdin and stdout (stderr stays the parent's). `own`:
    the command is kotodesk's own (own_command), which must find the same kotodesk as the
    parent's (a checkout or an installed wheel) on its path. `below_normal`: on Windows,
    the child starts at a priority below this process's (a POSIX child lowers its own
    with os.nice, as intake's examiners do)."""
    env = dict(os.environ, **(extra_env or {}))
    if own and not getattr(sys, "frozen", False):
        env["PYTHONPATH"] = os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]),
             *filter(None, [os.environ.get("PYTHONPATH")])])
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    if below_normal:
        flags |= getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    with _interrupts_held():
        return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env=env, creationflags=flags)


@contextlib.contextmanager
def _interrupts_held():
    """The child starts with Ctrl-C's SIGINT blocked, so that a terminal's Ctrl-C, which
    reaches the whole process group, cannot stop it while its modules load, before its
    ignore_interrupts (a KeyboardInterrupt traceback beside the parent's one-line
    "interrupted", under load a third of a second after the child started). A child
    inherits the blocked set of the thread that starts it; here it is only held for the
    start, and a Ctrl-C meanwhile reaches this process once it is let go."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process-group Ctrl-C here
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def end_child(process: subprocess.Popen, kill: bool = False,
              reader: threading.Thread | None = None) -> int:
    """Let a child go (it exits when its stdin closes), or kill it; one that has not gone
    within 5 s is killed. Its stdout is closed last, once `reader` (a thread reading it)
    has met the pipe's end. The exit code."""
    with contextlib.suppress(OSError):
        process.stdin.close()
    if kill:
        process.kill()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if reader is not None:
        reader.join(5)
    with contextlib.suppress(OSError):
        process.stdout.close()
    return process.returncode


def ignore_interrupts() -> None:
    """Called first by a child: a terminal's Ctrl-C goes to its whole process group, the
    child too, which would print a traceback beside the parent's one-line "interrupted"
    (start_child holds it blocked until here). The parent decides when a child ends (its
    stdin closes; the parent's death closes it too)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
