"""``GET /healthz`` (the process answers) and ``GET /readyz`` (it can serve searches)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from newsmon.gateway.api.deps import Backend
from newsmon.gateway.api.models import Health, Problem, Ready

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="Liveness")
async def healthz() -> Health:
    """Always 200 while the process serves requests."""
    return Health()


@router.get("/readyz", response_model=Ready, responses={503: {"model": Problem}}, summary="Readiness")
async def readyz(backend: Backend) -> Ready:
    """200 when Elasticsearch answers and the indices exist; 503 with the reasons otherwise."""
    problems = await backend.readiness()
    if problems:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "; ".join(problems))
    return Ready()
