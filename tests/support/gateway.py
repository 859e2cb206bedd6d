"""The gateway application in-process, as the integration tests drive it (its lifespan run)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from newsmon.gateway.app import create_app
from newsmon.gateway.settings import GatewaySettings


@asynccontextmanager
async def gateway_client(settings: GatewaySettings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``create_app(settings)`` while its lifespan (the Elasticsearch client) runs."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        yield client
