"""Fixtures of the fetcher's unit tests."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest

from newsmon.fetcher.guard import AddressPolicy
from newsmon.fetcher.http import HttpClient
from tests.support.fakes import ListPublisher


@pytest.fixture
def publisher() -> ListPublisher:
    """A publisher that keeps what it is given."""
    return ListPublisher()


@pytest.fixture
def local_client() -> Iterator[HttpClient]:
    """A guarded client that lets 127.0.0.1 (the local test site) through: a 1 s deadline, 5 redirects."""
    client = HttpClient(
        user_agent="newsmon-test/1",
        connect_timeout=1.0,
        read_timeout=1.0,
        deadline=1.0,
        max_redirects=5,
        policy=AddressPolicy([ipaddress.ip_network("127.0.0.1/32")]),
    )
    yield client
    client.close()
