"""``GET /denials``: denial records, newest first."""

from __future__ import annotations

from fastapi import APIRouter

from newsmon.core.indices import DENIALS
from newsmon.gateway.api.deps import Backend, DenialSearchParams
from newsmon.gateway.api.models import DenialResults, Problem
from newsmon.gateway.search.query import denials_query

router = APIRouter(prefix="/denials", tags=["denials"])


@router.get(
    "",
    response_model=DenialResults,
    responses={400: {"model": Problem}, 503: {"model": Problem}},
    summary="Denial records, newest first",
)
async def list_denials(params: DenialSearchParams, backend: Backend) -> DenialResults:
    """Who denied what: the denial records matching ``q`` and the filters, newest first."""
    response = await backend.search(DENIALS, denials_query(params))
    return DenialResults.from_response(response, params)
