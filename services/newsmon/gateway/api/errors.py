"""How the backend's errors become HTTP answers: a clear ``detail``, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from newsmon.gateway.api.models import Problem
from newsmon.gateway.feeds.store import FeedsUnavailable
from newsmon.gateway.search.backend import PointInTimeExpired, SearchRejected, SearchUnavailable
from newsmon.gateway.search.cursor import CursorError
from newsmon.gateway.search.syntax import QuerySyntaxError

logger = logging.getLogger(__name__)


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route that may answer ``statuses`` with a :class:`Problem` (shown in ``/docs``)."""
    return {code: {"model": Problem} for code in statuses}


# A search may be unreadable or refused by the node (400), outlive its cursor (410) or find the node
# unavailable (503): see the handlers below.
SEARCH_PROBLEMS = problems(status.HTTP_400_BAD_REQUEST, status.HTTP_410_GONE, status.HTTP_503_SERVICE_UNAVAILABLE)


async def unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 with the reason (search or feeds unavailable), and a hint to retry soon."""
    logger.warning("%s %s: %s", request.method, request.url.path, exc)
    what = "feeds are" if isinstance(exc, FeedsUnavailable) else "search is"
    return JSONResponse(
        {"detail": f"{what} unavailable: {exc}"},
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        headers={"Retry-After": "5"},
    )


async def rejected(request: Request, exc: Exception) -> JSONResponse:
    """400 with Elasticsearch's reason (the request was valid here but too much for the node)."""
    logger.info("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)


async def unreadable(request: Request, exc: Exception) -> JSONResponse:
    """400 saying what in the query (q, or its cursor) cannot be read."""
    what = "cursor" if isinstance(exc, CursorError) else "query"
    return JSONResponse({"detail": f"bad {what}: {exc}"}, status_code=status.HTTP_400_BAD_REQUEST)


async def expired(request: Request, exc: Exception) -> JSONResponse:
    """410: the cursor's point in time is gone; the search has to start again from its first page."""
    logger.info("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse(
        {"detail": "the cursor expired (it lives a few minutes after its page): search again without cursor"},
        status_code=status.HTTP_410_GONE,
    )


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(SearchUnavailable, unavailable)
    app.add_exception_handler(FeedsUnavailable, unavailable)
    app.add_exception_handler(SearchRejected, rejected)
    app.add_exception_handler(QuerySyntaxError, unreadable)
    app.add_exception_handler(CursorError, unreadable)
    app.add_exception_handler(PointInTimeExpired, expired)
