"""A private Kafka broker and Elasticsearch node for the drills, on ports and a state folder of their own.

The drills stop and start these on purpose, so they must never be the shared stack other test runs use.
They are run by ``deploy/local/stack.sh`` itself (its settings are environment variables), which keeps
one way to start, stop and wait for them; the download cache is shared, the data is not.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from kafka import KafkaConsumer
from kafka.errors import KafkaError

from newsmon.core.topic_admin import ensure_topics

REPO_ROOT = Path(__file__).resolve().parents[2]
STACK_SCRIPT = REPO_ROOT / "deploy" / "local" / "stack.sh"
HOST = "127.0.0.1"
# A drill's broker and node hold a few thousand small documents: a small heap starts sooner.
HEAP = "512m"


def free_ports(count: int) -> list[int]:
    """Return ``count`` distinct TCP ports on 127.0.0.1 that nothing listened on a moment ago."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind((HOST, 0))
        return [int(probe.getsockname()[1]) for probe in probes]
    finally:
        for probe in probes:
            probe.close()


@dataclass
class PrivateStack:
    """Kafka and Elasticsearch under ``state`` on free loopback ports (chosen once, kept across restarts)."""

    state: Path
    ports: list[int] = field(default_factory=lambda: free_ports(4))

    @property
    def kafka(self) -> str:
        """The broker's bootstrap address."""
        return f"{HOST}:{self.ports[0]}"

    @property
    def elasticsearch(self) -> str:
        """The node's URL."""
        return f"http://{HOST}:{self.ports[2]}"

    def environment(self) -> dict[str, str]:
        """The environment of ``stack.sh`` for this stack."""
        kafka, controller, http, transport = self.ports
        return {
            **os.environ,
            "NEWSMON_STATE": str(self.state),
            "NEWSMON_KAFKA_PORT": str(kafka),
            "NEWSMON_KAFKA_CONTROLLER_PORT": str(controller),
            "NEWSMON_ES_PORT": str(http),
            "NEWSMON_ES_TRANSPORT_PORT": str(transport),
            "NEWSMON_KAFKA_HEAP": HEAP,
            "NEWSMON_ES_HEAP": HEAP,
        }

    def up(self, *services: str) -> float:
        """Start ``services`` (default: kafka and elasticsearch) and wait until they are ready; returns the
        seconds it took. Raises RuntimeError (with stack.sh's reason) when one does not become ready."""
        return self._run("up", *(services or ("kafka", "elasticsearch")))

    def down(self, *services: str) -> float:
        """Stop ``services`` (default: both; SIGTERM, then SIGKILL after 30 s); returns the seconds it took."""
        return self._run("down", *(services or ("kafka", "elasticsearch")))

    def _run(self, command: str, *services: str) -> float:
        self.state.mkdir(parents=True, exist_ok=True)
        # As root, Elasticsearch runs as an unprivileged user that must be able to enter the state folder.
        self.state.chmod(0o755)
        started = time.monotonic()
        done = subprocess.run(
            [str(STACK_SCRIPT), command, *services],
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:
            # stack.sh says why on stderr, with the end of the service's log.
            raise RuntimeError(f"stack.sh {command} {' '.join(services)} failed:\n{done.stderr}")
        return time.monotonic() - started


def warm_up(bootstrap_servers: str, timeout: float = 60.0) -> None:
    """Join a consumer group once, so that a fresh broker creates its offsets topic now: otherwise the first
    drill's services would all wait (and log) while it does. Raises KafkaError when nothing is assigned."""
    ensure_topics(bootstrap_servers, "drills-warm-up", 1)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, group_id="drills-warm-up")
    try:
        consumer.subscribe(["drills-warm-up.articles.raw"])
        deadline = time.monotonic() + timeout
        while not consumer.assignment():
            if time.monotonic() > deadline:
                raise KafkaError(f"no partition assigned within {timeout:.0f}s")
            consumer.poll(timeout_ms=500)
    finally:
        consumer.close()
