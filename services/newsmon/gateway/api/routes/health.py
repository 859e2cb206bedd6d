"""``GET /healthz`` (the process answers) and ``GET /readyz`` (it can serve searches)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from newsmon.gateway.api.deps import Backend
from newsmon.gateway.api.errors import problems
from newsmon.gateway.api.models import Health, Ready

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="Liveness")
async def healthz() -> Health:
    """Always 200 while the process serves requests."""
    return Health()


@router.get(
    "/readyz", response_model=Ready, responses=problems(status.HTTP_503_SERVICE_UNAVAILABLE), summary="Readiness"
)
async def readyz(backend: Backend) -> Ready:
    """200 when Elasticsearch answers and the indices exist; 503 with the reasons otherwise."""
    reasons = await backend.readiness()
    if reasons:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "; ".join(reasons))
    return Ready()
