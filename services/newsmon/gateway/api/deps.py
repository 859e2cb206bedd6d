"""Dependencies of the routes, as ``Annotated`` aliases (tests override :func:`get_backend`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from newsmon.gateway.feeds.store import FeedStore
from newsmon.gateway.search.backend import SearchBackend
from newsmon.gateway.search.pages import Paginator
from newsmon.gateway.search.params import ArticleSearch, DenialSearch


def get_backend(request: Request) -> SearchBackend:
    """The search backend the application's lifespan created."""
    backend: SearchBackend = request.app.state.backend
    return backend


def get_paginator(request: Request) -> Paginator:
    """The paginator (cursor key and keep-alive) the application was created with."""
    paginator: Paginator = request.app.state.paginator
    return paginator


def get_feeds(request: Request) -> FeedStore:
    """The feed store the application's lifespan started."""
    store: FeedStore = request.app.state.feeds
    return store


Backend = Annotated[SearchBackend, Depends(get_backend)]
ArticleSearchParams = Annotated[ArticleSearch, Query()]
DenialSearchParams = Annotated[DenialSearch, Query()]
Pages = Annotated[Paginator, Depends(get_paginator)]
Feeds = Annotated[FeedStore, Depends(get_feeds)]
