"""``make run WORKERS=N``: the local services script starts N processor workers (checked without starting any)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.support import REPO_ROOT

SCRIPT = REPO_ROOT / "deploy" / "local" / "services.sh"


def _status(workers: str, state: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKERS": workers, "NEWSMON_STATE": str(state)}
    return subprocess.run([str(SCRIPT), "status"], env=env, capture_output=True, text=True, check=False)


def test_make_run_hands_the_worker_count_to_the_script() -> None:
    dry = subprocess.run(["make", "-n", "run", "WORKERS=3"], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert "WORKERS=3 deploy/local/services.sh up" in dry.stdout


def test_every_worker_is_a_service_of_its_own(tmp_path: Path) -> None:
    done = _status("3", tmp_path)
    assert done.returncode == 3  # none of them runs
    names = [line.split(":")[0] for line in done.stdout.splitlines()]
    assert names == ["processor", "processor-2", "processor-3", "indexer", "gateway", "fetcher"]


def test_a_worker_count_must_be_a_positive_number(tmp_path: Path) -> None:
    done = _status("0", tmp_path)
    assert done.returncode == 1
    assert "WORKERS must be a positive number" in done.stderr
