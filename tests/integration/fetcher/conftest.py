"""Fixtures of the fetcher's integration tests: a local web site on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from fetcher_site import Site, SiteHandler


@pytest.fixture
def site() -> Iterator[Site]:
    """A web site on 127.0.0.1 (a random port) serving whatever the test puts in its ``pages``."""
    server = Site(("127.0.0.1", 0), SiteHandler)
    server.pages = {}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
