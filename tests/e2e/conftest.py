"""The whole pipeline over the real parts: the processor, indexer and gateway run as the real commands,
in a namespace of their own, against the Kafka broker and Elasticsearch node of `make stack-up`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from elasticsearch import Elasticsearch
from kafka.admin import KafkaAdminClient

from newsmon.core.indices import ALL_INDICES
from newsmon.core.settings import CommonSettings

MEASUREMENTS: list[str] = []
SERVICES = ("processor", "indexer", "gateway")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Pipeline:
    """The running services of one namespace, and how to reach them."""

    namespace: str
    gateway: httpx.Client
    elasticsearch: Elasticsearch
    logs: dict[str, Path] = field(default_factory=dict)

    def wait_for(self, what: str, probe: Callable[[], object], timeout: float = 120.0) -> object:
        """Poll ``probe`` until it returns something truthy; fail with the services' logs after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = probe()
            if result:
                return result
            time.sleep(0.25)
        tails = "\n".join(f"--- {name} ---\n{path.read_text()[-3000:]}" for name, path in self.logs.items())
        pytest.fail(f"{what}: not within {timeout:.0f}s\n{tails}")


@pytest.fixture
def pipeline(namespace: str, tmp_path: Path) -> Iterator[Pipeline]:
    common = CommonSettings()
    gateway_port = free_port()
    env = {
        **os.environ,
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_METRICS_PORT": "0",
        "NEWSMON_FAUST_WEB_PORT": str(free_port()),
        "NEWSMON_FAUST_DATADIR": str(tmp_path / "faust"),
        "NEWSMON_GATEWAY_PORT": str(gateway_port),
        "NEWSMON_INDEXER_BATCH_MAX_SECONDS": "0.2",
    }
    processes: list[subprocess.Popen[bytes]] = []
    logs = {name: tmp_path / f"{name}.log" for name in SERVICES}
    for name in SERVICES:
        with logs[name].open("wb") as log:
            command = [sys.executable, "-m", "newsmon", name]
            processes.append(subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT))
    es = Elasticsearch(common.elasticsearch_url)
    with httpx.Client(base_url=f"http://127.0.0.1:{gateway_port}", timeout=10) as client:
        running = Pipeline(namespace, client, es, logs)
        try:
            running.wait_for("gateway alive", lambda: _alive(client), timeout=60)
            yield running
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            es.indices.delete(index=[index.qualified(namespace) for index in ALL_INDICES], ignore_unavailable=True)
            es.close()
            _delete_topics(common.kafka_bootstrap_servers, namespace)


def _delete_topics(bootstrap_servers: str, namespace: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers)
    try:
        admin.delete_topics([name for name in admin.list_topics() if name.startswith(namespace + ".")])
    finally:
        admin.close()


def _alive(client: httpx.Client) -> bool:
    try:
        return client.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False


@dataclass
class Site:
    """A local web site serving pages written for the test."""

    base_url: str
    pages: dict[str, tuple[str, bytes]]

    def add(self, path: str, content_type: str, body: str) -> str:
        self.pages[path] = (content_type, body.encode("utf-8"))
        return self.base_url + path


@pytest.fixture
def site() -> Iterator[Site]:
    pages: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            content_type, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(f"http://127.0.0.1:{server.server_address[1]}", pages)
    server.shutdown()
    server.server_close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the end-to-end tests measured, for the closing notes and for anyone running them."""
    if MEASUREMENTS:
        terminalreporter.section("end-to-end measurements")
        for line in MEASUREMENTS:
            terminalreporter.write_line(line)
