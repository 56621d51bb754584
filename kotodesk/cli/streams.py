"""The command line's own output: whatever the terminal, pipe or file it is given.

A command's output goes to a stream kotodesk does not choose: a pipe that `head` closes
early, a closed descriptor (`>&-`), a full disk, or a console whose encoding has no
letter for ä or for Arabic text (an ASCII locale, a Windows code page). None of these may
end in a traceback or an "internal error": the text is written with what the encoding
cannot hold escaped, JSON in pure ASCII where the stream is not Unicode (still the same
document to any JSON reader), and a stream that cannot be written is named as such.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys

from kotodesk.domain.errors import KotodeskError

# The exit status of a command stopped with Ctrl-C, as a shell gives it (128 + SIGINT).
INTERRUPTED = 130


class OutputError(KotodeskError):
    """Standard output cannot be written (closed, a full disk, a failing device)."""


def unicode_stream(stream) -> bool:
    """Whether `stream` takes every character (UTF-8 or another Unicode encoding)."""
    try:
        name = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name
    except LookupError:
        return False
    return name.startswith("utf")


class GuardedOutput:
    """sys.stdout for a command: says when it has been written to (so that an error is
    given as JSON only where no document was begun), and turns a write that fails into
    OutputError. A pipe closed by its reader stays BrokenPipeError (run_command ends
    quietly on it, as `head` expects)."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.written = False

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(_cannot_write(exc)) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(_cannot_write(exc)) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _cannot_write(exc: OSError) -> str:
    return f"cannot write to standard output ({exc.strerror or exc})"


def prepare() -> GuardedOutput | None:
    """Escape what the streams' encodings cannot hold (instead of UnicodeEncodeError), and
    put a GuardedOutput in place of sys.stdout; None when there is no standard output."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")
    if sys.stdout is None:
        return None
    guarded = GuardedOutput(sys.stdout)
    sys.stdout = guarded
    return guarded


def restore(guarded: GuardedOutput | None) -> None:
    """Put the real stdout back; one whose buffer could not be written is pointed at the
    null device, so that the interpreter's last flush has nothing to fail on."""
    if guarded is None:
        return
    sys.stdout = guarded._stream
    try:
        sys.stdout.flush()
    except OSError:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)


def say(text: str) -> None:
    """A line on standard error, when there is one."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(text, file=sys.stderr)
