"""supervisor.py: services started again after they die, a finished replay left alone, lines counted."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tools.drills.supervisor import Service, Supervisor, environment, peak_lines_per_second

# Stands in for ``newsmon``: prints its service name, then sleeps ("server"), exits 0 ("replay") or 1 ("crash").
PROGRAM = (
    sys.executable,
    "-c",
    "import sys, time; name = sys.argv[1]; print(name, flush=True); name == 'server' and time.sleep(60); "
    "sys.exit(name == 'crash')",
)


def eventually(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_killed_service_is_started_again_and_a_finished_one_is_not(tmp_path: Path) -> None:
    supervisor = Supervisor(environment(), tmp_path, program=PROGRAM)
    try:
        supervisor.start(Service("server"))
        supervisor.start(Service("replay", finishes=True))
        assert eventually(lambda: supervisor.finished("replay"))
        assert eventually(lambda: supervisor.log_text("server") == "server\n")
        supervisor.kill("server")
        assert eventually(lambda: supervisor.restarts["server"] == 1)
        assert eventually(lambda: supervisor.log_text("server") == "server\nserver\n")
        assert supervisor.alive("server") and supervisor.alive("replay")
        assert supervisor.restarts["replay"] == 0
    finally:
        supervisor.stop()
    assert not supervisor.alive("server")
    assert sum(supervisor.lines["server"].values()) == 2


def test_a_service_failing_at_start_is_started_again_ever_more_slowly(tmp_path: Path) -> None:
    supervisor = Supervisor(environment(), tmp_path, program=PROGRAM)
    try:
        supervisor.start(Service("crash"))
        assert eventually(lambda: supervisor.restarts["crash"] == 2)
        assert supervisor.running["crash"].restart_delay() == 4.0
    finally:
        supervisor.stop()


def test_the_cpu_time_of_every_run_of_a_service_is_added_up(tmp_path: Path) -> None:
    # "busy" spends 0.6 s of CPU, then sleeps. The kernel's tick-based count (/proc/<pid>/stat) can read a
    # little under the process's own clock, so each run is checked for 0.5 s only.
    spin = "import time; end = time.process_time() + 0.6\nwhile time.process_time() < end: pass\ntime.sleep(60)"
    supervisor = Supervisor(environment(), tmp_path, program=(sys.executable, "-c", spin))
    try:
        supervisor.start(Service("busy"))
        assert eventually(lambda: supervisor.running["busy"].cpu_seconds >= 0.5)
        supervisor.kill("busy")
        assert eventually(lambda: supervisor.restarts["busy"] == 1)
        assert eventually(lambda: supervisor.running["busy"].cpu_seconds >= 0.5)
    finally:
        supervisor.stop()
    assert supervisor.cpu_seconds["busy"] >= 1.0


def test_the_peak_is_the_busiest_window_on_average() -> None:
    assert peak_lines_per_second(Counter()) == 0.0
    assert peak_lines_per_second(Counter({100: 50, 101: 50, 300: 10})) == 20.0
    assert peak_lines_per_second(Counter({100: 10, 103: 10}), window=2) == 5.0


def test_settings_become_newsmon_variables() -> None:
    assert environment(namespace="drills-x")["NEWSMON_NAMESPACE"] == "drills-x"
