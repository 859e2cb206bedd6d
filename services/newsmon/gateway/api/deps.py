"""Dependencies of the routes, as ``Annotated`` aliases (tests override :func:`get_backend`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request, status
from starlette.requests import HTTPConnection

from newsmon.gateway.alerts.feed import AlertFeed
from newsmon.gateway.alerts.rulebook import RuleBook
from newsmon.gateway.auth import ApiKeys
from newsmon.gateway.feeds.store import FeedStore
from newsmon.gateway.search.backend import SearchBackend
from newsmon.gateway.search.pages import Paginator
from newsmon.gateway.search.params import ArticleSearch, DenialSearch
from newsmon.gateway.settings import GatewaySettings


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


def get_settings(connection: HTTPConnection) -> GatewaySettings:
    """The gateway's settings."""
    settings: GatewaySettings = connection.app.state.settings
    return settings


def get_feed(connection: HTTPConnection) -> AlertFeed:
    """The alerts topic, for streams (HTTP or WebSocket)."""
    settings = get_settings(connection)
    return AlertFeed(settings.kafka_bootstrap_servers, settings.namespace)


async def get_rulebook(request: Request) -> RuleBook:
    """The rules view the lifespan started, once it has read the rules topic; 503 while it cannot."""
    rulebook: RuleBook = request.app.state.rulebook
    if not await rulebook.ready(get_settings(request).gateway_rules_ready_seconds):
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "the alert rules are not loaded yet", {"Retry-After": "5"}
        )
    return rulebook


def require_api_key(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <API key>")] = None,
    x_api_key: Annotated[str | None, Header(description="The API key (instead of Authorization)")] = None,
) -> str:
    """The name of the API key the request carries (``Authorization: Bearer`` or ``X-API-Key``); 401
    without a valid one."""
    key = x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        key = authorization[len("bearer ") :].strip()
    keys: ApiKeys = request.app.state.api_keys
    name = keys.check(key) if key else None
    if name is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid API key is required", {"WWW-Authenticate": "Bearer"})
    return name


Backend = Annotated[SearchBackend, Depends(get_backend)]
Rules = Annotated[RuleBook, Depends(get_rulebook)]
Feed = Annotated[AlertFeed, Depends(get_feed)]
Settings = Annotated[GatewaySettings, Depends(get_settings)]
ApiKey = Annotated[str, Depends(require_api_key)]
ArticleSearchParams = Annotated[ArticleSearch, Query()]
DenialSearchParams = Annotated[DenialSearch, Query()]
Pages = Annotated[Paginator, Depends(get_paginator)]
Feeds = Annotated[FeedStore, Depends(get_feeds)]
