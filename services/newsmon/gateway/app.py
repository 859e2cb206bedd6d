"""The FastAPI application: ``create_app(settings)`` builds it (one per test, one per process)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from elasticsearch import AsyncElasticsearch
from fastapi import FastAPI
from prometheus_client import make_asgi_app

from newsmon.gateway.api import errors
from newsmon.gateway.api.routes import articles, denials, feeds, health, search
from newsmon.gateway.feeds.store import KafkaFeedStore
from newsmon.gateway.search.backend import ElasticsearchBackend
from newsmon.gateway.search.pages import Paginator
from newsmon.gateway.settings import GatewaySettings

DESCRIPTION = """Search the articles newsmon has read, in any language, and the denials found in them.

Queries match every inflection of a word in the article's language ("bantah" finds "membantah",
"denied" finds "denies"). Snippets are HTML-escaped with matches in `<mark>`."""


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    """The gateway application for ``settings`` (default: from the environment).

    Its lifespan opens the Elasticsearch client and closes it on shutdown."""
    settings = settings or GatewaySettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = AsyncElasticsearch(settings.elasticsearch_url, request_timeout=settings.gateway_timeout_seconds)
        app.state.backend = ElasticsearchBackend(client, settings.namespace)
        app.state.feeds = KafkaFeedStore(
            settings.kafka_bootstrap_servers, settings.namespace, settings.gateway_timeout_seconds
        )
        app.state.feeds.start()
        try:
            yield
        finally:
            app.state.feeds.close()
            await client.close()

    app = FastAPI(title="newsmon", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    secret = settings.gateway_cursor_secret
    key = secret.get_secret_value().encode() if secret else secrets.token_bytes(32)
    app.state.paginator = Paginator(key, settings.gateway_cursor_keep_alive_seconds)
    for module in (search, denials, articles, feeds, health):
        app.include_router(module.router)
    errors.install(app)
    # Prometheus follows the redirect from /metrics to /metrics/ that a mount implies.
    app.mount("/metrics", make_asgi_app())
    return app
