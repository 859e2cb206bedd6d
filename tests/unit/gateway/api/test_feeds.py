"""``/feeds`` and the API key that guards changes, over an in-memory feed store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from newsmon.core.messages import Feed, FeedStatus
from newsmon.gateway.api.deps import get_feeds
from newsmon.gateway.api.feed_models import feed_id
from newsmon.gateway.app import create_app
from newsmon.gateway.auth import create_key
from newsmon.gateway.feeds.store import FeedsUnavailable
from newsmon.gateway.settings import GatewaySettings

ADDED = Feed(url="https://gazette.example/rss", name="Harbour Gazette")
LISTED = "https://listed.example/rss"
T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


class MemoryFeedStore:
    """A FeedStore in dictionaries; ``down`` makes every call fail like Kafka away."""

    def __init__(self) -> None:
        self.added: dict[str, Feed] = {ADDED.url: ADDED}
        self.known: dict[str, FeedStatus] = {
            ADDED.url: FeedStatus(url=ADDED.url, name=ADDED.name, origin="topic", last_success=T0, articles_seen=7),
            LISTED: FeedStatus(url=LISTED, name="Listed", origin="file", last_error="HTTP 503", last_error_at=T0),
            "https://gone.example/rss": FeedStatus(url="https://gone.example/rss", name="Gone", origin="topic"),
        }
        self.down = False

    def _check(self) -> None:
        if self.down:
            raise FeedsUnavailable("Kafka at 127.0.0.1:9 did not answer within 5s")

    def feeds(self) -> dict[str, Feed]:
        self._check()
        return dict(self.added)

    def statuses(self) -> dict[str, FeedStatus]:
        self._check()
        return dict(self.known)

    def put(self, feed: Feed) -> None:
        self._check()
        self.added[feed.url] = feed

    def remove(self, url: str) -> None:
        self._check()
        del self.added[url]


@pytest.fixture
def store() -> MemoryFeedStore:
    return MemoryFeedStore()


@pytest.fixture
def key(key_file: Path) -> str:
    return create_key(key_file, "tester")


@pytest.fixture
async def client(store: MemoryFeedStore, key_file: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(GatewaySettings(namespace="test-feeds", gateway_api_keys_file=key_file))
    app.dependency_overrides[get_feeds] = lambda: store
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c


async def test_the_list_shows_api_feeds_then_the_fetchers_own_with_their_health(client: httpx.AsyncClient) -> None:
    feeds = (await client.get("/feeds")).json()["feeds"]
    assert [(f["url"], f["origin"]) for f in feeds] == [(ADDED.url, "api"), (LISTED, "file")]
    added, listed = feeds
    assert added["id"] == feed_id(ADDED.url) and added["interval_seconds"] == 300
    assert (added["health"]["articles_seen"], added["health"]["last_success"]) == (7, "2026-11-28T12:00:00Z")
    assert (listed["health"]["last_error"], listed["interval_seconds"]) == ("HTTP 503", None)
    one = await client.get(f"/feeds/{feed_id(LISTED)}")
    assert (one.status_code, one.json()["name"]) == (200, "Listed")
    assert (await client.get(f"/feeds/{'0' * 16}")).status_code == 404


async def test_adding_and_removing_need_a_valid_key(
    client: httpx.AsyncClient, store: MemoryFeedStore, key: str
) -> None:
    body = {"url": "https://new.example/atom", "name": "New"}
    missing = await client.post("/feeds", json=body)
    wrong = await client.post("/feeds", json=body, headers={"X-API-Key": "guess"})
    removal = await client.delete(f"/feeds/{feed_id(ADDED.url)}", headers={"Authorization": "Bearer guess"})
    assert (missing.status_code, missing.headers["content-type"]) == (401, "application/problem+json")
    assert (wrong.status_code, wrong.json()["detail"]) == (401, "a valid API key is required")
    assert removal.status_code == 401 and ADDED.url in store.added
    assert "guess" not in wrong.text


async def test_a_feed_is_added_then_removed(client: httpx.AsyncClient, store: MemoryFeedStore, key: str) -> None:
    headers = {"X-API-Key": key}
    body = {"url": " https://new.example/atom ", "name": "New", "language": "id", "interval_seconds": 60}
    added = await client.post("/feeds", json=body, headers=headers)
    assert added.status_code == 201, added.text
    new_id = feed_id("https://new.example/atom")
    assert (added.headers["location"], added.json()["health"]) == (f"/feeds/{new_id}", None)
    assert store.added["https://new.example/atom"].interval_seconds == 60
    removed = await client.delete(f"/feeds/{new_id}", headers=headers)
    assert removed.status_code == 204 and "https://new.example/atom" not in store.added
    assert (await client.delete(f"/feeds/{new_id}", headers=headers)).status_code == 404
    listed = await client.delete(f"/feeds/{feed_id(LISTED)}", headers=headers)
    assert listed.status_code == 409 and "enabled=false" in listed.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://x.example/rss", "name": "X"},
        {"url": "/rss", "name": "X"},
        {"url": "https://x.example/rss", "name": ""},
        {"url": "https://x.example/rss", "name": "X", "interval_seconds": 5},
        {"url": "https://x.example/rss", "name": "X", "owner": "me"},
    ],
)
async def test_a_bad_feed_is_422(client: httpx.AsyncClient, key: str, body: dict[str, object]) -> None:
    assert (await client.post("/feeds", json=body, headers={"X-API-Key": key})).status_code == 422


async def test_kafka_away_is_503(client: httpx.AsyncClient, store: MemoryFeedStore) -> None:
    store.down = True
    response = await client.get("/feeds")
    assert (response.status_code, response.headers["retry-after"]) == (503, "5")
    # The cause (an address) goes to the log, not to the caller.
    assert response.json()["detail"] == "the feed list is unavailable, try again shortly"
