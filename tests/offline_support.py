"""Running kotodesk as a person does, in child processes that may not go online.

Each command is a real `python -m kotodesk ...` child (its own children, the export process
and the examiners, inherit the same guard), never an in-process call with a patched module:

- a `sitecustomize` on PYTHONPATH, imported by every Python process before anything else,
  replaces socket.socket's connect, connect_ex, sendto and sendmsg on any socket but a
  local (AF_UNIX) one and the name lookups (getaddrinfo, gethostbyname, getfqdn...)
  with functions that write the attempt (process, call, address, where it came from) to a
  log and raise OSError, as an unplugged cable does;
- where strace can run (Linux, ptrace allowed), the same command also runs under `strace -f
  -e trace=network`, which sees what Python cannot: a library's C code (Qt, OpenSSL,
  libcurl in a PKCS#11 module) calling connect() or sendto() itself. Every such call to
  anything but a local (AF_UNIX) socket is an attempt.

Where strace cannot run, the Python guard alone is the check; the README's "Offline"
section says how to watch the window under Xvfb the same way by hand.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOG_ENV = "KOTODESK_TEST_NETWORK_LOG"

SITECUSTOMIZE = '''\
"""Written by tests/offline_support.py: this process may not go online."""
import os, socket, traceback

_LOG = os.environ.get("{log_env}")


def _refuse(call, address):
    where = "".join(traceback.format_stack(limit=12)[:-2])
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"--- pid {{os.getpid()}} {{call}} {{address!r}}\\n{{where}}\\n")
    raise OSError(101, f"no network here: {{call}} {{address!r}}")


def _local(sock):
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _guard(name):
    original = getattr(socket.socket, name)

    def guarded(self, *args, **kwargs):
        if _local(self):
            return original(self, *args, **kwargs)
        # connect's address is its argument; sendto's and sendmsg's the last one
        return _refuse(f"socket.{{name}}", args[0] if name.startswith("connect") else args[-1:])

    setattr(socket.socket, name, guarded)


for _name in ("connect", "connect_ex", "sendto", "sendmsg"):
    _guard(_name)
for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "getfqdn", "getnameinfo", "create_connection"):
    setattr(socket, _name, lambda *a, _n=_name, **k: _refuse(f"socket.{{_n}}", a[:2]))
'''

# strace's lines for a call that reaches out: connect/sendto/sendmsg with an address of
# another family than AF_UNIX (AF_INET, AF_INET6, AF_NETLINK's route queries...).
_REACHING = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\(.*sa_family=(?!AF_UNIX)")
_UNIX_PATH = re.compile(r'sun_path=(@?"[^"]*")')


def strace_works() -> bool:
    """strace is installed and may trace here (a container may forbid ptrace)."""
    if not sys.platform.startswith("linux") or not shutil.which("strace"):
        return False
    try:
        done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=network", "-o",
                               os.devnull, "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@dataclass
class Offline:
    """A folder with the guard's sitecustomize and its log; `run` starts kotodesk there."""

    root: Path
    strace: bool
    env: dict[str, str] = field(default_factory=dict)
    traces: list[Path] = field(default_factory=list)

    @classmethod
    def make(cls, root: Path, **env: str) -> Offline:
        site = root / "site"
        site.mkdir(parents=True)
        (site / "sitecustomize.py").write_text(SITECUSTOMIZE.format(log_env=LOG_ENV),
                                               encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        base.update(PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]),
                    QT_QPA_PLATFORM="offscreen", **{LOG_ENV: str(root / "attempts.log")},
                    **env)
        return cls(root, strace_works(), base)

    def python(self, *args: str, env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess:
        command = [sys.executable, *map(str, args)]
        if self.strace:
            trace = self.root / f"strace-{len(self.traces):02d}.txt"
            self.traces.append(trace)
            command = ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace),
                       *command]
        return subprocess.run(command, cwd=ROOT, env={**self.env, **(env or {})},
                              capture_output=True, text=True, timeout=300)

    def kotodesk(self, home: Path, *args: str, env: dict[str, str] | None = None
                 ) -> subprocess.CompletedProcess:
        return self.python("-m", "kotodesk", "--home", str(home), *args, env=env)

    def attempts(self) -> list[str]:
        """Every attempt to reach the network: the guard's log, then strace's lines."""
        log = self.root / "attempts.log"
        found = [log.read_text(encoding="utf-8")] if log.exists() else []
        for trace in self.traces:
            found += [f"{trace.name}: {line}" for line in trace.read_text().splitlines()
                      if _REACHING.search(line)]
        return found

    def local_sockets(self) -> set[str]:
        """The local (AF_UNIX) sockets the processes connected to, as strace saw them."""
        return {m.group(1) for trace in self.traces for line in trace.read_text().splitlines()
                if "connect(" in line for m in [_UNIX_PATH.search(line)] if m}
