"""How the backend's errors become HTTP answers: a clear ``detail``, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from newsmon.gateway.api.models import Problem
from newsmon.gateway.search.backend import SearchRejected, SearchUnavailable

logger = logging.getLogger(__name__)


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route that may answer ``statuses`` with a :class:`Problem` (shown in ``/docs``)."""
    return {code: {"model": Problem} for code in statuses}


# A search may be refused by the node (400) or find it unavailable (503): see the handlers below.
SEARCH_PROBLEMS = problems(status.HTTP_400_BAD_REQUEST, status.HTTP_503_SERVICE_UNAVAILABLE)


async def unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 with the reason, and a hint to retry soon."""
    logger.warning("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse(
        {"detail": f"search is unavailable: {exc}"},
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        headers={"Retry-After": "5"},
    )


async def rejected(request: Request, exc: Exception) -> JSONResponse:
    """400 with Elasticsearch's reason (the request was valid here but too much for the node)."""
    logger.info("%s %s: %s", request.method, request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(SearchUnavailable, unavailable)
    app.add_exception_handler(SearchRejected, rejected)
