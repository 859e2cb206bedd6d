"""A private Prometheus (Debian's ``prometheus`` binary, as ``deploy/local/prometheus.sh`` installs it) for a
test: it scrapes the services the test started, every second, evaluates ``deploy/prometheus/alerts.yml`` and
answers PromQL through its HTTP API. The stack's own Prometheus (port 9090) scrapes the
services deploy/local/services.sh started, not these."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.support import REPO_ROOT
from tests.support.ports import free_port
from tests.support.workers import stop_process

ALERT_RULES = REPO_ROOT / "deploy" / "prometheus" / "alerts.yml"


@dataclass(frozen=True)
class Prometheus:
    """A running Prometheus and its HTTP API."""

    url: str

    def query(self, expr: str) -> dict[str, Any]:
        """The API's answer to the instant query ``expr`` (``status`` is "success" or "error")."""
        answer: dict[str, Any] = httpx.get(f"{self.url}/api/v1/query", params={"query": expr}, timeout=10).json()
        return answer

    def rules(self) -> list[dict[str, Any]]:
        """Every loaded rule, with its ``health`` ("ok" once evaluated without error) and ``lastError``."""
        groups = httpx.get(f"{self.url}/api/v1/rules", timeout=10).json()["data"]["groups"]
        return [rule for group in groups for rule in group["rules"]]


def config(targets: Mapping[str, str], rule_file: Path) -> dict[str, Any]:
    """A Prometheus configuration scraping each ``job: host:port`` of ``targets`` every second."""
    return {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(rule_file)],
        "scrape_configs": [
            {"job_name": job, "static_configs": [{"targets": [target]}]} for job, target in sorted(targets.items())
        ],
    }


@contextmanager
def running_prometheus(
    folder: Path, targets: Mapping[str, str], rule_file: Path = ALERT_RULES, ready_seconds: float = 30.0
) -> Iterator[Prometheus]:
    """Run Prometheus on a free port of 127.0.0.1 with its data and log in ``folder``, scraping ``targets``,
    until the block ends. Fails when Prometheus is not installed or not ready within ``ready_seconds``."""
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail("prometheus is not installed: run make stack-up (deploy/local/prometheus.sh)", pytrace=False)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "prometheus.yml"
    path.write_text(yaml.safe_dump(config(targets, rule_file)), encoding="utf-8")
    address = f"127.0.0.1:{free_port()}"
    log = folder / "prometheus.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={path}",
                f"--storage.tsdb.path={folder / 'tsdb'}",
                f"--web.listen-address={address}",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_ready(f"http://{address}", process, log, ready_seconds)
            yield Prometheus(f"http://{address}")
        finally:
            stop_process(process, 20)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/-/ready", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(f"Prometheus not ready within {seconds:.0f}s:\n{log.read_text(errors='replace')[-2000:]}")
