"""``GET /denials``: denial records, newest first, with facets and a cursor to the next page."""

from __future__ import annotations

from fastapi import APIRouter

from newsmon.core.indices import DENIALS
from newsmon.gateway.api.deps import Backend, DenialSearchParams, Pages
from newsmon.gateway.api.errors import SEARCH_PROBLEMS
from newsmon.gateway.api.models import DenialResults, Facets
from newsmon.gateway.search.query import denials_query

router = APIRouter(prefix="/denials", tags=["denials"])


@router.get("", response_model=DenialResults, responses=SEARCH_PROBLEMS, summary="Denial records, newest first")
async def list_denials(params: DenialSearchParams, backend: Backend, pages: Pages) -> DenialResults:
    """Who denied what: the denial records matching ``q`` (the syntax of /search) and the filters, newest
    first (or best first with ``sort=relevance``); ``facets`` count them by source, language, denier, type
    and day; ``next_cursor`` reads on."""
    page = await pages.page(backend, DENIALS, params, lambda after: denials_query(params, after))
    return DenialResults.from_page(page, params, Facets.from_responses(page.response) if params.facets else None)
