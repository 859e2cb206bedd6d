"""newsmon's services as the integration and e2e tests run them: as the real commands in child processes
(the processor alone, or processor, indexer and gateway together), or the indexer in-process until idle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from elasticsearch import Elasticsearch
from kafka import KafkaProducer

from newsmon.core.indices import ALL_INDICES
from newsmon.core.messages import M, decode
from newsmon.core.settings import CommonSettings
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import Topic
from newsmon.indexer.consumer import IndexerStats
from newsmon.indexer.main import run_until_idle
from newsmon.indexer.settings import IndexerSettings
from newsmon.processor.app import app_id
from newsmon.processor.settings import ProcessorSettings
from tests.support.ports import free_port
from tests.support.stack import (
    new_namespace,
    read_topic,
    remove_indices,
    remove_topics,
    require_elasticsearch,
    require_kafka,
)

# The first article also loads the extraction core's models, and the scaling test's backlog of 500 articles
# takes minutes on a loaded machine: a deadline only ends a run that has failed.
DEADLINE_SECONDS = 300.0


def tail(log: Path, lines: int = 40) -> str:
    """Return the last ``lines`` lines of the log file ``log``, for failure messages."""
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def running_service(
    command: Sequence[str], env: Mapping[str, str], log: Path, stop_seconds: float = 60.0
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``python -m <command>`` (a module and its arguments) with ``env`` added to this environment and
    its output in ``log`` until the block ends; then SIGTERM it and wait up to ``stop_seconds`` before
    killing it. Yield the process; its exit code is in ``returncode`` afterwards."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", *command], env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            yield process
        finally:
            stop_process(process, stop_seconds)


def stop_process(process: subprocess.Popen[bytes], seconds: float) -> None:
    """SIGTERM ``process`` and wait up to ``seconds`` for it to exit; kill it if it does not."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
        return tail(self.log, lines)


@contextmanager
def running_worker(
    folder: Path, *, create_topics: bool, namespace: str | None = None, partitions: int = 2
) -> Iterator[Worker]:
    """Run the processor (``python -m newsmon.processor``) until the block ends, then stop it. Fails when
    the broker is not up or when the processor does not stop cleanly.

    Without ``namespace``, the worker has a namespace of its own, whose topics and group are deleted at the
    end; with ``create_topics``, they exist before the processor starts, as in a deployment, otherwise the
    processor creates them. With ``namespace``, the worker joins the group of the workers already in it,
    and the namespace is left to whoever made it; ``partitions`` must then be its topics' partition count
    (Faust refuses a table whose changelog is partitioned unlike its source)."""
    servers = ProcessorSettings().kafka_bootstrap_servers
    require_kafka(servers)
    worker = Worker(namespace or new_namespace(), servers, free_port(), folder / "processor.log")
    if create_topics:
        # Two partitions by default where the processor allows it, so that partitioning is exercised.
        ensure_topics(servers, worker.namespace, partitions=partitions)
    env = {
        "NEWSMON_NAMESPACE": worker.namespace,
        "NEWSMON_METRICS_PORT": str(worker.metrics_port),
        "NEWSMON_FAUST_WEB_PORT": "0",
        "NEWSMON_FAUST_DATADIR": str(folder / "faust"),
        "NEWSMON_PROCESSOR_BACKOFF_SECONDS": "0.1",
        # As many partitions as the topics created above: the story table is partitioned like denials.
        "NEWSMON_TOPIC_PARTITIONS": str(partitions),
    }
    try:
        with running_service(["newsmon.processor"], env, worker.log) as process:
            yield worker
    finally:
        if namespace is None:
            remove_topics(servers, worker.namespace, groups=[app_id(worker.namespace)])
    assert process.returncode == 0, (
        f"the processor did not stop cleanly (exit {process.returncode}):\n{tail(worker.log)}"
    )


def produce(producer: KafkaProducer, worker: Worker, topic: Topic, key: str, value: bytes | None) -> None:
    """Publish one message (``value`` as it is) to the worker's ``topic`` and wait for the broker's ack."""
    producer.send(worker.name(topic), key=key.encode(), value=value).get(timeout=30)


def consume(worker: Worker, topic: Topic, model: type[M], done: Callable[[list[M]], bool]) -> list[M]:
    """Read the worker's ``topic`` from the start, decoding with ``model``, until ``done(messages)``;
    fails with the worker's log after :data:`DEADLINE_SECONDS`."""
    messages = read_topic(
        worker.servers,
        worker.name(topic),
        lambda record: decode(record.value, topic, model),
        done,
        timeout=DEADLINE_SECONDS,
    )
    if not done(messages):
        pytest.fail(f"not all expected on {worker.name(topic)} in time; worker log:\n{worker.tail()}")
    return messages


def index_all(settings: IndexerSettings) -> IndexerStats:
    """Run the real indexer in-process until it has been idle for a moment, then refresh the indices."""
    # Idle counts from the assignment, and a loaded machine can take seconds from there to the first fetch.
    stats = run_until_idle(settings, idle_seconds=5.0, timeout_seconds=60.0)
    with Elasticsearch(settings.elasticsearch_url) as es:
        es.indices.refresh(index=[index.qualified(settings.namespace) for index in ALL_INDICES])
    return stats


@dataclass
class Pipeline:
    """The running services of one namespace, and how to reach them."""

    namespace: str
    gateway: httpx.Client
    elasticsearch: Elasticsearch
    logs: dict[str, Path] = field(default_factory=dict)
    # The environment the services run with, and where each serves /metrics (host:port), for Prometheus.
    env: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)

    def wait_for(self, what: str, probe: Callable[[], object], timeout: float = 120.0) -> object:
        """Poll ``probe`` until it returns something truthy and return that; fail with the services' logs
        after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = probe()
            if result:
                return result
            time.sleep(0.25)
        pytest.fail(f"{what}: not within {timeout:.0f}s\n{self.tails()}")

    def tails(self) -> str:
        """The last lines of every service's log, each under its name."""
        return "\n".join(f"--- {name} ---\n{tail(path)}" for name, path in self.logs.items())


PIPELINE_SERVICES = ("processor", "indexer", "gateway")
API_KEYS_FILE = "api-keys.jsonl"
"""The gateway's keys file in a pipeline's folder (``newsmon.gateway.auth.create_key`` adds one)."""


@contextmanager
def running_pipeline(
    namespace: str,
    folder: Path,
    services: Sequence[str] = PIPELINE_SERVICES,
    settings: Mapping[str, str] | None = None,
) -> Iterator[Pipeline]:
    """Run ``newsmon <service>`` for each of ``services`` in ``namespace`` (logs and Faust data in ``folder``,
    the environment variables ``settings`` added) until the block ends, once the gateway answers; then stop
    them and remove the namespace's topics, indices and templates. Fails when Kafka or Elasticsearch is not
    up, or the gateway does not start in 60 s."""
    common = CommonSettings()
    require_kafka(common.kafka_bootstrap_servers)
    require_elasticsearch(common.elasticsearch_url)
    gateway_port = free_port()
    # The gateway serves /metrics on its HTTP port; the others on a port of their own.
    ports = {name: gateway_port if name == "gateway" else free_port() for name in services}
    env = {
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_MONITOR_INTERVAL_SECONDS": "1",
        "NEWSMON_FAUST_WEB_PORT": str(free_port()),
        "NEWSMON_FAUST_DATADIR": str(folder / "faust"),
        "NEWSMON_GATEWAY_PORT": str(gateway_port),
        "NEWSMON_INDEXER_BATCH_MAX_SECONDS": "0.2",
        "NEWSMON_GATEWAY_API_KEYS_FILE": str(folder / API_KEYS_FILE),
        **(settings or {}),
    }
    logs = {name: folder / f"{name}.log" for name in services}
    with ExitStack() as running:
        running.callback(remove_indices, common.elasticsearch_url, namespace)
        running.callback(remove_topics, common.kafka_bootstrap_servers, namespace)
        for name in services:
            service_env = {**env, "NEWSMON_METRICS_PORT": str(ports[name])}
            running.enter_context(running_service(["newsmon", name], service_env, logs[name], stop_seconds=20.0))
        es = running.enter_context(Elasticsearch(common.elasticsearch_url))
        client = running.enter_context(httpx.Client(base_url=f"http://127.0.0.1:{gateway_port}", timeout=10))
        targets = {name: f"127.0.0.1:{port}" for name, port in ports.items()}
        pipeline = Pipeline(namespace, client, es, logs, env, targets)
        pipeline.wait_for("gateway alive", lambda: _alive(client), timeout=60)
        yield pipeline


def _alive(client: httpx.Client) -> bool:
    try:
        return client.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False
