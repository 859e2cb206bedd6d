"""The processor as its integration tests run it: ``python -m newsmon.processor`` in a namespace of its own
on the real broker, with helpers to produce to and consume from its namespaced topics."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import pytest
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

from newsmon.core.messages import M, decode
from newsmon.core.topics import Topic
from newsmon.processor.app import TOPICS, app_id
from newsmon.processor.settings import ProcessorSettings

# The first article also loads the extraction core's models.
DEADLINE_SECONDS = 120.0


@dataclass(frozen=True)
class Worker:
    """A running processor: its namespace, broker, metrics port and log file."""

    namespace: str
    servers: str
    metrics_port: int
    log: Path

    def name(self, topic: Topic) -> str:
        """The broker name of ``topic`` in this worker's namespace."""
        return topic.qualified(self.namespace)

    def tail(self, lines: int = 40) -> str:
        """The end of the worker's log, for failure messages."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _reachable(servers: str) -> bool:
    host, _, port = servers.split(",")[0].strip().rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=3).close()
    except OSError:
        return False
    return True


def _create_topics(servers: str, namespace: str) -> None:
    # Two partitions where the processor allows it, so that partitioning is exercised.
    admin = KafkaAdminClient(bootstrap_servers=servers)
    try:
        admin.create_topics(
            [
                NewTopic(
                    topic.qualified(namespace),
                    1 if topic.compacted else 2,
                    1,
                    topic_configs={"cleanup.policy": "compact"} if topic.compacted else {},
                )
                for topic in TOPICS
            ]
        )
    finally:
        admin.close()


@contextmanager
def running_worker(folder: Path, *, create_topics: bool) -> Iterator[Worker]:
    """Run the processor until the block ends, then SIGTERM it and delete its topics; fails when the broker
    is not up (an integration test that skips would let a CI run without its stack look green) or when
    the processor does not stop cleanly. With ``create_topics``, the topics exist before the processor
    starts, as in a deployment; otherwise the processor creates them."""
    servers = ProcessorSettings().kafka_bootstrap_servers
    if not _reachable(servers):
        pytest.fail(f"no Kafka broker at {servers}: start the stack (make stack-up)", pytrace=False)
    worker = Worker(f"test-{uuid4().hex[:10]}", servers, _free_port(), folder / "processor.log")
    if create_topics:
        _create_topics(servers, worker.namespace)
    env = {
        **os.environ,
        "NEWSMON_NAMESPACE": worker.namespace,
        "NEWSMON_METRICS_PORT": str(worker.metrics_port),
        "NEWSMON_FAUST_WEB_PORT": "0",
        "NEWSMON_FAUST_DATADIR": str(folder / "faust"),
        "NEWSMON_PROCESSOR_BACKOFF_SECONDS": "0.1",
    }
    with worker.log.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "newsmon.processor"], env=env, stdout=log, stderr=log)
        try:
            yield worker
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                code = process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait()
            admin = KafkaAdminClient(bootstrap_servers=servers)
            try:
                admin.delete_topics([name for name in admin.list_topics() if name.startswith(f"{worker.namespace}.")])
                admin.delete_groups([app_id(worker.namespace)])
            finally:
                admin.close()
    assert code == 0, f"the processor did not stop cleanly (exit {code}):\n{worker.tail()}"


def produce(producer: KafkaProducer, worker: Worker, topic: Topic, key: str, value: bytes | None) -> None:
    """Publish one message (``value`` as it is) to the worker's ``topic`` and wait for the broker's ack."""
    producer.send(worker.name(topic), key=key.encode(), value=value).get(timeout=30)


def consume(worker: Worker, topic: Topic, model: type[M], done: Callable[[list[M]], bool]) -> list[M]:
    """Read the worker's ``topic`` from the start, decoding with ``model``, until ``done(messages)``;
    fails after :data:`DEADLINE_SECONDS`."""
    consumer = KafkaConsumer(
        worker.name(topic), bootstrap_servers=worker.servers, auto_offset_reset="earliest", group_id=None
    )
    messages: list[M] = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        while not done(messages):
            if time.monotonic() > deadline:
                pytest.fail(f"not all expected on {worker.name(topic)} in time; worker log:\n{worker.tail()}")
            for records in consumer.poll(timeout_ms=500).values():
                messages.extend(decode(record.value, topic, model) for record in records)
    finally:
        consumer.close()
    return messages
