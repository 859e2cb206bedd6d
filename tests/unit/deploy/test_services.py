"""``make run WORKERS=N``: the local services script starts N processor workers (checked without starting any)."""

from __future__ import annotations

import os
import subprocess
from fnmatch import fnmatch
from pathlib import Path

import yaml

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


def test_the_local_prometheus_scrapes_each_process_under_its_service_job() -> None:
    # services.sh writes deploy/prometheus/targets/<name>.json for each process it starts.
    config = yaml.safe_load((REPO_ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text(encoding="utf-8"))
    files = {job["job_name"]: job["file_sd_configs"][0]["files"] for job in config["scrape_configs"]}
    for name in ("fetcher", "processor", "processor-2", "processor-12", "indexer", "gateway"):
        jobs = [job for job, patterns in files.items() if any(fnmatch(f"targets/{name}.json", p) for p in patterns)]
        assert jobs == [name.split("-")[0]], name
    # The folder is watched from Prometheus's start, so it must exist before any service writes to it.
    assert (REPO_ROOT / "deploy" / "prometheus" / "targets").is_dir()
