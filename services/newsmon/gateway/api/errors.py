"""Every error of the gateway is an RFC 9457 problem (``application/problem+json``), never a traceback.

A problem says what went wrong for the caller and nothing of the inside: no address, index or topic name,
no library message (those go to the log). A 422 lists the invalid fields without echoing their values.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsmon.core.errors import TransientError
from newsmon.gateway.api.models import Problem
from newsmon.gateway.feeds.store import FeedsUnavailable
from newsmon.gateway.search.backend import PointInTimeExpired, SearchRejected, SearchUnavailable
from newsmon.gateway.search.cursor import CursorError
from newsmon.gateway.search.syntax import QuerySyntaxError

logger = logging.getLogger(__name__)

MEDIA_TYPE = "application/problem+json"
MAX_MESSAGE = 200
MAX_ERRORS = 10


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route that may answer ``statuses`` with a :class:`Problem` (shown in ``/docs``).

    The model registers the Problem schema; the schema is named under problem+json too, the media type it is
    sent as, so that a client (or the fuzz) can validate a problem against it."""
    content = {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    return {code: {"model": Problem, "content": content} for code in statuses}


# FastAPI documents its own 422 body (application/json) unless a route names 422 itself: every API router
# names it, since every 422 is a problem (see ``invalid``).
VALIDATION_PROBLEMS = problems(status.HTTP_422_UNPROCESSABLE_CONTENT)
# A search may be unreadable or refused by the node (400), outlive its cursor (410) or find the node
# unavailable (503): see the handlers below.
SEARCH_PROBLEMS = problems(status.HTTP_400_BAD_REQUEST, status.HTTP_410_GONE, status.HTTP_503_SERVICE_UNAVAILABLE)


def problem(code: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    """The problem+json response of status ``code`` with ``detail`` (and ``extra`` members). Never raises."""
    body = Problem(title=HTTPStatus(code).phrase, status=code, detail=detail, **extra)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=code, headers=headers, media_type=MEDIA_TYPE)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    """An HTTPException raised by a route (404, 401, ...) as a problem."""
    assert isinstance(exc, HTTPException)
    return problem(exc.status_code, str(exc.detail), dict(exc.headers or {}))


async def invalid(request: Request, exc: Exception) -> JSONResponse:
    """422 naming each invalid field and why, without the value that was sent (it may be huge)."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", ""))[:MAX_MESSAGE]}
        for error in list(exc.errors())[:MAX_ERRORS]
    ]
    return problem(status.HTTP_422_UNPROCESSABLE_CONTENT, "the request is invalid", errors=errors)


# What a 503 names as unavailable, by the exception that said so (any other TransientError: the alerts).
_UNAVAILABLE: dict[type[Exception], str] = {SearchUnavailable: "search", FeedsUnavailable: "the feed list"}


async def unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 with a hint to retry soon; the cause goes to the log only."""
    logger.warning("%s %s: %s", request.method, request.url.path, exc)
    what = _UNAVAILABLE.get(type(exc), "the alert service")
    return problem(
        status.HTTP_503_SERVICE_UNAVAILABLE, f"{what} is unavailable, try again shortly", {"Retry-After": "5"}
    )


async def rejected(request: Request, exc: Exception) -> JSONResponse:
    """400: the request was valid here but the search engine refused it (too complex, most often)."""
    logger.info("%s %s: %s", request.method, request.url.path, exc)
    return problem(status.HTTP_400_BAD_REQUEST, "the search was refused: simplify the query and try again")


async def internal(request: Request, exc: Exception) -> JSONResponse:
    """500 for anything unexpected, logged with its traceback."""
    logger.exception("%s %s failed", request.method, request.url.path)
    return problem(status.HTTP_500_INTERNAL_SERVER_ERROR, "an unexpected error occurred")


async def unreadable(request: Request, exc: Exception) -> JSONResponse:
    """400 saying what in the query (q, or its cursor) cannot be read."""
    what = "cursor" if isinstance(exc, CursorError) else "query"
    return problem(status.HTTP_400_BAD_REQUEST, f"bad {what}: {exc}")


async def expired(request: Request, exc: Exception) -> JSONResponse:
    """410: the cursor's point in time is gone; the search has to start again from its first page."""
    logger.info("%s %s: %s", request.method, request.url.path, exc)
    return problem(
        status.HTTP_410_GONE,
        "the cursor expired (it lives a few minutes after its page): search again without cursor",
    )


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(SearchUnavailable, unavailable)
    app.add_exception_handler(TransientError, unavailable)
    app.add_exception_handler(SearchRejected, rejected)
    app.add_exception_handler(QuerySyntaxError, unreadable)
    app.add_exception_handler(CursorError, unreadable)
    app.add_exception_handler(PointInTimeExpired, expired)
    app.add_exception_handler(Exception, internal)
