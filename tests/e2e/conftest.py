"""The whole pipeline over the real parts: the processor, indexer and gateway run as the real commands,
in a namespace of their own, against the Kafka broker and Elasticsearch node of `make stack-up`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.workers import Pipeline, running_pipeline

MEASUREMENTS: list[str] = []


@pytest.fixture
def pipeline(namespace: str, tmp_path: Path) -> Iterator[Pipeline]:
    """The processor, indexer and gateway running in ``namespace``, once the gateway answers."""
    with running_pipeline(namespace, tmp_path) as running:
        yield running


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the end-to-end tests measured, for the closing notes and for anyone running them."""
    if MEASUREMENTS:
        terminalreporter.section("end-to-end measurements")
        for line in MEASUREMENTS:
            terminalreporter.write_line(line)
