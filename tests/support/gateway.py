"""The gateway as tests run it: in-process over ASGI (no streaming), or served by uvicorn in a thread on a
free port (for Server-Sent Events and WebSockets), and a reader of Server-Sent Events."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass

import httpx
import orjson
import uvicorn

from newsmon.gateway.app import create_app
from newsmon.gateway.settings import GatewaySettings
from tests.support.ports import free_port


@asynccontextmanager
async def gateway_client(settings: GatewaySettings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of ``create_app(settings)``, its lifespan (Elasticsearch client, rules view, feed store) running."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
        yield client


@contextmanager
def served_gateway(settings: GatewaySettings) -> Iterator[str]:
    """Serve ``create_app(settings)`` with uvicorn on a free port of 127.0.0.1 until the block ends; yield
    its base URL once it accepts requests."""
    port = free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", ws="websockets-sansio"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@dataclass(frozen=True)
class Event:
    """One Server-Sent Event: its id, type and data (JSON, decoded)."""

    id: str
    event: str
    data: object


def read_events(
    base_url: str, count: int, *, params: dict[str, object] | None = None, last_event_id: str | None = None
) -> Iterator[Event]:
    """Connect to ``/alerts/stream`` and yield its events (comments skipped) until ``count`` were read;
    ends the connection after that. Raises httpx.ReadTimeout when 30 s pass without an event."""
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    with (
        httpx.Client(base_url=base_url, timeout=httpx.Timeout(10, read=30)) as client,
        client.stream("GET", "/alerts/stream", params=params, headers=headers) as response,
    ):
        response.raise_for_status()
        fields: dict[str, str] = {}
        read = 0
        for line in response.iter_lines():
            if line:
                name, _, value = line.partition(":")
                if name:
                    fields[name] = value.removeprefix(" ")
                continue
            if "data" in fields:
                yield Event(fields.get("id", ""), fields.get("event", "message"), orjson.loads(fields["data"]))
                read += 1
                if read >= count:
                    return
            fields = {}
