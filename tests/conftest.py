"""Fixtures shared by every test area."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from tests.support import SHARED_DIR


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the checkout; the test is skipped where it is absent (users' machines)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent")
    return SHARED_DIR


@pytest.fixture
def namespace() -> Iterator[str]:
    """A namespace of its own for topics and indices, so tests never see each other's messages."""
    yield f"test-{uuid4().hex[:10]}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests by folder, so that `-m "not integration and not e2e"` selects the fast offline ones."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "integration" in parts:
            item.add_marker(pytest.mark.integration)
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)
