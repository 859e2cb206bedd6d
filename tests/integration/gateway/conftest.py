"""Fixtures of these integration tests: an isolated namespace on the real broker and node."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsmon.indexer.settings import IndexerSettings
from tests.integration.indexer.pipeline import isolated_stack


@pytest.fixture
def stack(namespace: str) -> Iterator[IndexerSettings]:
    """Indexer settings for the test's own topics, indices and templates (removed afterwards)."""
    with isolated_stack(namespace) as settings:
        yield settings
