"""The FastAPI application: ``create_app(settings)`` builds it (one per test, one per process)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from elasticsearch import AsyncElasticsearch
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from prometheus_client import make_asgi_app

from newsmon.core.metrics import init_service
from newsmon.core.monitor import start_monitor
from newsmon.core.retry import RetryPolicy
from newsmon.gateway.alerts.producer import LazyProducer
from newsmon.gateway.alerts.rulebook import RuleBook
from newsmon.gateway.alerts.webhooks import DeliveryLog, WebhookDispatcher, WebhookOptions
from newsmon.gateway.api import errors
from newsmon.gateway.api.routes import alerts, articles, denials, feeds, health, rules, search
from newsmon.gateway.auth import ApiKeys
from newsmon.gateway.feeds.store import KafkaFeedStore
from newsmon.gateway.monitoring import RequestMetrics
from newsmon.gateway.search.backend import ElasticsearchBackend
from newsmon.gateway.search.pages import Paginator
from newsmon.gateway.settings import GatewaySettings
from newsmon.gateway.web import page

DESCRIPTION = """Search the articles newsmon has read, in any language, and the denials found in them;
subscribe to denials with alert rules and receive the alerts live (SSE, WebSocket, webhooks).

Queries match every inflection of a word in the article's language ("bantah" finds "membantah",
"denied" finds "denies"). Snippets are HTML-escaped with matches in `<mark>`. Requests that change
something need an API key (`Authorization: Bearer <key>` or `X-API-Key`; `newsmon apikey create`).
Every error is an RFC 9457 problem (`application/problem+json`)."""


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    """The gateway application for ``settings`` (default: from the environment).

    Its lifespan opens the Elasticsearch client, follows the rules topic and delivers webhooks, and
    stops all of it on shutdown."""
    settings = settings or GatewaySettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        client = AsyncElasticsearch(settings.elasticsearch_url, request_timeout=settings.gateway_timeout_seconds)
        producer = LazyProducer(settings.kafka_bootstrap_servers, settings.namespace)
        app.state.backend = ElasticsearchBackend(client, settings.namespace)
        app.state.feeds = KafkaFeedStore(
            settings.kafka_bootstrap_servers, settings.namespace, settings.gateway_timeout_seconds
        )
        app.state.feeds.start()
        monitor = start_monitor("gateway", settings)
        app.state.rulebook = RuleBook(
            settings.kafka_bootstrap_servers, settings.namespace, producer, settings.gateway_timeout_seconds
        ).start()
        async with httpx.AsyncClient(follow_redirects=False) as http:
            deliveries = DeliveryLog(client, settings.namespace, settings.index_bucket)
            dispatcher = WebhookDispatcher(app.state.rulebook, deliveries, producer, _webhook_options(settings), http)
            delivery = asyncio.create_task(dispatcher.run(settings.kafka_bootstrap_servers, settings.namespace))
            try:
                yield
            finally:
                delivery.cancel()
                await asyncio.gather(delivery, return_exceptions=True)
                monitor.stop()
                app.state.feeds.close()
                app.state.rulebook.close()
                await asyncio.to_thread(producer.close)
                await client.close()

    app = FastAPI(title="newsmon", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.api_keys = ApiKeys(settings.gateway_api_keys_file)
    secret = settings.gateway_cursor_secret
    key = secret.get_secret_value().encode() if secret else secrets.token_bytes(32)
    app.state.paginator = Paginator(key, settings.gateway_cursor_keep_alive_seconds)
    for module in (search, denials, articles, feeds, rules, alerts, health):
        app.include_router(module.router, responses=errors.VALIDATION_PROBLEMS)
    app.include_router(page.router)
    errors.install(app)
    if settings.gateway_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.gateway_cors_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type", "Last-Event-ID"],
        )
    # Prometheus follows the redirect from /metrics to /metrics/ that a mount implies.
    app.mount("/metrics", make_asgi_app())
    init_service("gateway")
    app.add_middleware(RequestMetrics)
    return app


def _webhook_options(settings: GatewaySettings) -> WebhookOptions:
    policy = RetryPolicy(
        max_attempts=settings.gateway_webhook_attempts, initial_backoff=settings.gateway_webhook_backoff_seconds
    )
    return WebhookOptions(policy, settings.gateway_webhook_timeout_seconds, settings.gateway_webhooks_allow_private)
