"""Fixtures of the processor's integration tests: a processor subprocess on the real broker."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka import KafkaProducer

from newsmon.processor.settings import ProcessorSettings
from tests.support.workers import Worker, running_worker


def _worker(create_topics: bool) -> Iterator[Worker]:
    # Not pytest's tmp_path: other sessions on the machine prune pytest's old temporary folders.
    with (
        tempfile.TemporaryDirectory(prefix="newsmon-processor-") as folder,
        running_worker(Path(folder), create_topics=create_topics) as running,
    ):
        yield running


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    """A processor for the test module in a namespace of its own, whose topics exist before it starts."""
    yield from _worker(create_topics=True)


@pytest.fixture(scope="module")
def fresh_worker() -> Iterator[Worker]:
    """A processor for the test module in a namespace of its own, which creates its topics itself."""
    yield from _worker(create_topics=False)


@pytest.fixture(scope="module")
def producer() -> Iterator[KafkaProducer]:
    """A producer to the broker of the tests."""
    client = KafkaProducer(bootstrap_servers=ProcessorSettings().kafka_bootstrap_servers, acks="all")
    yield client
    client.close()
