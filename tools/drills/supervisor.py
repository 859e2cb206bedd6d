"""A small restart supervisor for the newsmon services, like compose's ``restart: unless-stopped``.

Each service runs as ``newsmon <service>``; one thread watches them and starts again any that exited (the
fetcher replaying an archive is done when it exits 0), after a delay that doubles from :data:`RESTART_DELAY`
up to :data:`MAX_RESTART_DELAY` while it keeps failing within :data:`STEADY_SECONDS` of its start, as
Docker's restart policy does: a service that cannot start does not flood its log with the same failure.
Every line a service writes is kept in its log file and counted per second, for the log-flood check, and
the CPU time of every run of a service is added up (read from ``/proc`` as it runs: Linux only).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

NEWSMON = Path(sys.executable).with_name("newsmon")
RESTART_DELAY = 1.0
MAX_RESTART_DELAY = 30.0
STEADY_SECONDS = 10.0
_WATCH_EVERY = 0.2
_STOP_GRACE = 15.0


@dataclass(frozen=True, slots=True)
class Service:
    """A service to supervise: its command's arguments, and whether exiting 0 means it is done."""

    name: str
    args: tuple[str, ...] = ()
    finishes: bool = False


@dataclass
class _Running:
    service: Service
    process: subprocess.Popen[bytes]
    reader: threading.Thread
    started: float
    # Exits in a row, each within STEADY_SECONDS of its start (a failing start, not a crash in service).
    failures: int = 0
    exited_at: float | None = None
    # CPU seconds used so far, as last read while the process ran.
    cpu_seconds: float = 0.0

    def restart_delay(self) -> float:
        """How long to wait before starting the service again after this exit."""
        return min(MAX_RESTART_DELAY, RESTART_DELAY * 2.0**self.failures)


@dataclass
class Supervisor:
    """Starts services (``program <name> <args>``) with ``environment``, logs to ``log_dir``, restarts what exits
    (see the module)."""

    environment: dict[str, str]
    log_dir: Path
    program: tuple[str, ...] = (str(NEWSMON),)
    running: dict[str, _Running] = field(default_factory=dict)
    restarts: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[int]] = field(default_factory=dict)
    # CPU seconds of the runs that ended (a running one is added when it ends).
    cpu_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _watcher: threading.Thread | None = None

    def start(self, service: Service) -> None:
        """Start ``service`` and watch it from now on."""
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self.running[service.name] = self._launch(service)
        if self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, name="supervisor", daemon=True)
            self._watcher.start()

    def kill(self, name: str) -> None:
        """SIGKILL the service ``name`` (the supervisor starts it again)."""
        with self._lock:
            self.running[name].process.send_signal(signal.SIGKILL)

    def alive(self, name: str) -> bool:
        """Whether ``name`` is running now (a finished replay counts as alive: it did its job)."""
        with self._lock:
            entry = self.running[name]
            code = entry.process.poll()
            return code is None or (entry.service.finishes and code == 0)

    def finished(self, name: str) -> bool:
        """Whether ``name``, a service that finishes, has exited 0."""
        with self._lock:
            entry = self.running[name]
            return entry.service.finishes and entry.process.poll() == 0

    def log_text(self, name: str) -> str:
        """Everything ``name`` has logged so far (every run of it)."""
        return (self.log_dir / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop watching, SIGTERM every service, and SIGKILL what is still there after a grace period."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join()
        with self._lock:
            entries = list(self.running.values())
        for entry in entries:
            if entry.process.poll() is None:
                entry.process.terminate()
        deadline = time.monotonic() + _STOP_GRACE
        for entry in entries:
            try:
                entry.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                entry.process.kill()
                entry.process.wait()
            entry.reader.join(timeout=5)
            self.cpu_seconds[entry.service.name] += entry.cpu_seconds

    def _launch(self, service: Service, failures: int = 0) -> _Running:
        process = subprocess.Popen(
            [*self.program, service.name, *service.args],
            env=self.environment,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=self.log_dir,
        )
        assert process.stdout is not None
        counts = self.lines.setdefault(service.name, Counter())
        reader = threading.Thread(
            target=_copy_lines,
            args=(process.stdout, self.log_dir / f"{service.name}.log", counts),
            name=f"log-{service.name}",
            daemon=True,
        )
        reader.start()
        return _Running(service, process, reader, time.monotonic(), failures)

    def _watch(self) -> None:
        while not self._stop.wait(_WATCH_EVERY):
            with self._lock:
                for name, entry in list(self.running.items()):
                    code = entry.process.poll()
                    if code is None:
                        entry.cpu_seconds = _cpu_seconds(entry.process.pid) or entry.cpu_seconds
                    if code is None or (entry.service.finishes and code == 0):
                        continue
                    now = time.monotonic()
                    if entry.exited_at is None:
                        entry.exited_at = now
                    elif now - entry.exited_at >= entry.restart_delay():
                        steady = entry.exited_at - entry.started >= STEADY_SECONDS
                        self.cpu_seconds[name] += entry.cpu_seconds
                        self.running[name] = self._launch(entry.service, 0 if steady else entry.failures + 1)
                        # Counted once the new process is in place, so that a reader never sees the count ahead.
                        self.restarts[name] += 1


def _copy_lines(stream: IO[bytes], path: Path, counts: Counter[int]) -> None:
    """Append every line of ``stream`` to ``path``, counting lines per second of the wall clock."""
    # Unbuffered: the drills read the log while the service runs (e.g. for the worker's "Ready").
    with stream, path.open("ab", buffering=0) as log:
        for line in stream:
            log.write(line)
            counts[int(time.time())] += 1


def _cpu_seconds(pid: int) -> float | None:
    """The user and system CPU seconds of process ``pid`` so far, or None when it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (in parentheses) may hold spaces: the fields are counted after it.
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_lines_per_second(counts: Counter[int], window: int = 5) -> float:
    """The highest mean number of lines per second over any ``window`` consecutive seconds."""
    if not counts:
        return 0.0
    first, last = min(counts), max(counts)
    best = 0
    for start in range(first, last + 1):
        best = max(best, sum(counts.get(second, 0) for second in range(start, start + window)))
    return best / window


def environment(**settings: str) -> dict[str, str]:
    """This process's environment with ``settings`` as ``NEWSMON_<NAME>`` variables."""
    return {**os.environ, **{f"NEWSMON_{name.upper()}": value for name, value in settings.items()}}
