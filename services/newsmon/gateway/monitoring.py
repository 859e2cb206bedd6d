"""The gateway's own metrics: request latency by route template and status (an ASGI middleware), and
Elasticsearch reachability (``newsmon.core.monitor``, while the app runs)."""

from __future__ import annotations

import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsmon.core.metrics import observe_request

# Requests that matched no route are counted together, so that probing random paths adds no series.
UNMATCHED = "unmatched"


class RequestMetrics:
    """Times every HTTP request until its response starts (a stream counts until its headers are sent,
    not for as long as it stays open) and records it by route template, method and status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; record it when its response starts."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                observe_request(
                    route_template(scope), scope["method"], message["status"], time.perf_counter() - started
                )
            await send(message)

        await self.app(scope, receive, timed_send)


def route_template(scope: Scope) -> str:
    """The path template of the route the router matched (e.g. ``/articles/{article_id}``), else
    :data:`UNMATCHED`."""
    route: Any = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED
