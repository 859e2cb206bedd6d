"""``GET /denials``: denial records, newest first."""

from __future__ import annotations

from fastapi import APIRouter

from newsmon.core.indices import DENIALS
from newsmon.gateway.api.deps import Backend, DenialSearchParams
from newsmon.gateway.api.errors import SEARCH_PROBLEMS
from newsmon.gateway.api.models import DenialResults
from newsmon.gateway.search.query import denials_query

router = APIRouter(prefix="/denials", tags=["denials"])


@router.get("", response_model=DenialResults, responses=SEARCH_PROBLEMS, summary="Denial records, newest first")
async def list_denials(params: DenialSearchParams, backend: Backend) -> DenialResults:
    """Who denied what: the denial records matching ``q`` and the filters, newest first."""
    return DenialResults.from_response(await backend.search(DENIALS, denials_query(params)), params)
