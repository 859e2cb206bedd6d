"""Fixtures of the fetcher's unit tests."""

from __future__ import annotations

import pytest

from tests.support.fakes import ListPublisher


@pytest.fixture
def publisher() -> ListPublisher:
    """A publisher that keeps what it is given."""
    return ListPublisher()
