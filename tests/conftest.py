"""Fixtures shared by every test area."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.indexer.settings import IndexerSettings
from tests.support import SHARED_DIR
from tests.support.stack import isolated_stack, new_namespace
from tests.support.web import Site, serve_site


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the checkout; the test is skipped where it is absent (users' machines)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent")
    return SHARED_DIR


@pytest.fixture
def namespace() -> str:
    """A namespace of its own for topics and indices, so tests never see each other's messages."""
    return new_namespace()


@pytest.fixture
def site() -> Iterator[Site]:
    """A local web site on 127.0.0.1 (a random port) serving the pages the test adds to it."""
    with serve_site() as running:
        yield running


@pytest.fixture
def stack(namespace: str) -> Iterator[IndexerSettings]:
    """Indexer settings for the test's own topics, indices and templates on the real broker and node
    (removed afterwards); the test fails when either is down."""
    with isolated_stack(namespace) as settings:
        yield settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder, so that `-m "not integration and not e2e"` selects the fast offline ones."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "integration" in parts:
            item.add_marker(pytest.mark.integration)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)
