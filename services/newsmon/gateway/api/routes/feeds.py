"""``/feeds``: list the feeds with their health, add or replace one, remove one (an API key changes them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

from newsmon.gateway.api.deps import ApiKey, Feeds
from newsmon.gateway.api.errors import problems
from newsmon.gateway.api.feed_models import FEED_ID, FeedIn, FeedList, FeedView, feed_id, feed_views

router = APIRouter(prefix="/feeds", tags=["feeds"])

FeedId = Annotated[str, Path(pattern=FEED_ID, description="The feed's id (16 hex digits)")]
UNAVAILABLE = status.HTTP_503_SERVICE_UNAVAILABLE


@router.get("", response_model=FeedList, responses=problems(UNAVAILABLE), summary="Every feed, with its health")
def list_feeds(store: Feeds) -> FeedList:
    """The feeds added here, then those of the fetcher's feed list (once it has polled them), each with its
    last success, last error and articles seen."""
    return FeedList(feeds=feed_views(store.feeds(), store.statuses()))


@router.get(
    "/{id}", response_model=FeedView, responses=problems(status.HTTP_404_NOT_FOUND, UNAVAILABLE), summary="One feed"
)
def get_feed(id: FeedId, store: Feeds) -> FeedView:
    """The feed with this id and its health; 404 if there is none."""
    return _find(id, feed_views(store.feeds(), store.statuses()))


@router.post(
    "",
    response_model=FeedView,
    status_code=status.HTTP_201_CREATED,
    # 400: a body FastAPI cannot read (not UTF-8), refused before validation.
    responses=problems(status.HTTP_400_BAD_REQUEST, status.HTTP_401_UNAUTHORIZED, UNAVAILABLE),
    summary="Add a feed (or replace the feed of its url)",
)
def add_feed(feed: FeedIn, store: Feeds, _: ApiKey, response: Response) -> FeedView:
    """Store the feed in the ``feeds`` topic: the running fetcher polls it within seconds, no restart. A feed
    of the fetcher's list can be replaced too (e.g. ``enabled: false`` stops its polls)."""
    store.put(feed.to_feed())
    response.headers["Location"] = f"{router.prefix}/{feed_id(feed.url)}"
    return _find(feed_id(feed.url), feed_views(store.feeds(), store.statuses()))


@router.delete(
    "/{id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(status.HTTP_401_UNAUTHORIZED, status.HTTP_404_NOT_FOUND, status.HTTP_409_CONFLICT, UNAVAILABLE),
    summary="Remove a feed added through the API",
)
def remove_feed(id: FeedId, store: Feeds, _: ApiKey) -> Response:
    """Remove the feed: the fetcher stops polling it within seconds. A feed of the fetcher's own list is 409
    (replace it with ``enabled: false`` instead)."""
    view = _find(id, feed_views(store.feeds(), store.statuses()))
    if view.origin == "file":
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"feed {id} is in the fetcher's feed list: POST it with enabled=false to stop polling it",
        )
    store.remove(view.url)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _find(id: str, views: list[FeedView]) -> FeedView:
    found = next((view for view in views if view.id == id), None)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no feed {id}")
    return found
