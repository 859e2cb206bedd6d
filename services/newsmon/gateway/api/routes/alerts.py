"""``/alerts``: the history (``GET /alerts``) and the live stream, as Server-Sent Events or a WebSocket.

Both streams send the same events: first ``ready`` (nothing yet: it tells where the stream starts), then
one ``alert`` per alert raised or grown (an alert that grows comes again with the same id and a higher
version: upsert it). Every event's id is its position in the alerts topic; a client that reconnects with
the last id it saw (the ``Last-Event-ID`` header that browsers send, or ``last_event_id``) gets every
alert after it, none twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import orjson
from fastapi import APIRouter, Header, HTTPException, Query, WebSocket, status
from sse_starlette import EventSourceResponse, ServerSentEvent

from newsmon.core.indices import ALERTS
from newsmon.core.messages import Alert
from newsmon.core.metrics import Channel, observe_alert_delivered, open_client
from newsmon.gateway.alerts.feed import AlertEvent
from newsmon.gateway.alerts.history import AlertSearch, BadCursor, alerts_query, next_cursor
from newsmon.gateway.alerts.positions import BadPosition, Positions, decode_position
from newsmon.gateway.api.deps import Backend, Feed
from newsmon.gateway.api.errors import SEARCH_PROBLEMS, problems
from newsmon.gateway.api.rule_models import AlertPage

router = APIRouter(prefix="/alerts", tags=["alerts"])

RuleFilter = Annotated[list[str] | None, Query(description="Only alerts of these rules (any of them); all when absent")]
ResumeAt = Annotated[str | None, Query(max_length=2000, description="Resume after this event id (as Last-Event-ID)")]
STREAM_RESPONSES = problems(status.HTTP_400_BAD_REQUEST, status.HTTP_503_SERVICE_UNAVAILABLE) | {
    200: {"content": {"text/event-stream": {}}, "description": "Events `ready`, then `alert` (data: an Alert)"}
}
PING_SECONDS = 15


@router.get("", response_model=AlertPage, responses=SEARCH_PROBLEMS, summary="Alerts, newest first")
async def list_alerts(params: Annotated[AlertSearch, Query()], backend: Backend) -> AlertPage:
    """Alerts raised so far (each at its latest version), filtered, newest first; page with ``cursor``."""
    try:
        body = alerts_query(params)
    except BadCursor as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    response = await backend.search(ALERTS, body)
    hits = response["hits"]["hits"]
    return AlertPage(
        total=int(response["hits"]["total"]["value"]),
        total_relation=response["hits"]["total"]["relation"],
        alerts=[Alert.model_validate(hit["_source"]["alert"]) for hit in hits],
        next_cursor=next_cursor(response, params.size),
    )


@router.get("/stream", response_class=EventSourceResponse, responses=STREAM_RESPONSES, summary="Live alerts (SSE)")
async def stream_alerts(
    feed: Feed,
    rule: RuleFilter = None,
    last_event_id: ResumeAt = None,
    resume_header: Annotated[str | None, Header(alias="Last-Event-ID", include_in_schema=False)] = None,
) -> EventSourceResponse:
    """Server-Sent Events: ``ready``, then each ``alert`` as JSON; resumable with ``Last-Event-ID``."""
    events = feed.follow(_start(resume_header or last_event_id), set(rule or ()))
    first = await anext(events)

    async def send() -> AsyncIterator[ServerSentEvent]:
        try:
            with open_client("sse"):
                yield _sse(first)
                async for event in events:
                    yield _sse(event)
                    _delivered(event, "sse")
        finally:
            await events.aclose()

    return EventSourceResponse(send(), ping=PING_SECONDS)


@router.websocket("/ws")
async def alerts_websocket(
    websocket: WebSocket,
    feed: Feed,
    rule: RuleFilter = None,
    last_event_id: ResumeAt = None,
) -> None:
    """The events of ``/alerts/stream`` as JSON text frames ``{"id", "event", "alert"}``."""
    try:
        start = _start(last_event_id)
    except HTTPException as exc:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=str(exc.detail))
        return
    await websocket.accept()
    events = feed.follow(start, set(rule or ()))

    async def pump() -> None:
        with open_client("websocket"):
            async for event in events:
                await websocket.send_text(_frame(event))
                _delivered(event, "websocket")

    async def until_closed() -> None:
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass

    tasks = [asyncio.create_task(pump()), asyncio.create_task(until_closed())]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await events.aclose()


def _delivered(event: AlertEvent, channel: Channel) -> None:
    if event.alert is not None:
        observe_alert_delivered(event.alert, channel)


def _start(event_id: str | None) -> Positions | None:
    if event_id is None:
        return None
    try:
        return decode_position(event_id)
    except BadPosition as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"Last-Event-ID: {exc}") from exc


def _sse(event: AlertEvent) -> ServerSentEvent:
    if event.alert is None:
        return ServerSentEvent(data="{}", event="ready", id=event.event_id)
    return ServerSentEvent(data=event.alert.model_dump_json(), event="alert", id=event.event_id)


def _frame(event: AlertEvent) -> str:
    alert = None if event.alert is None else event.alert.model_dump(mode="json")
    kind = "ready" if event.alert is None else "alert"
    return orjson.dumps({"id": event.event_id, "event": kind, "alert": alert}).decode()
