"""``GET /search``: articles, best matches first, with facets and a cursor to the next page."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.gateway.api.deps import ArticleSearchParams, Backend, Pages
from newsmon.gateway.api.errors import SEARCH_PROBLEMS
from newsmon.gateway.api.models import ArticleResults, Facets
from newsmon.gateway.search.query import articles_query, deniers_query

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=ArticleResults, responses=SEARCH_PROBLEMS, summary="Search articles in any language")
async def search_articles(params: ArticleSearchParams, backend: Backend, pages: Pages) -> ArticleResults:
    """Articles matching ``q`` (every word, in any inflection: "bantah" finds "membantah"; phrases, OR,
    NOT, prefix*, groups) and the filters; without ``q``, the newest articles. ``facets`` count the results
    by source, language, entity, denier and day; ``next_cursor`` reads on."""
    if not params.facets:
        page = await pages.page(backend, ARTICLES, params, lambda after: articles_query(params, after))
        return ArticleResults.from_page(page, params, None)
    deniers = deniers_query(params)  # before any search starts: raises if q cannot be read
    page, denials = await asyncio.gather(
        pages.page(backend, ARTICLES, params, lambda after: articles_query(params, after)),
        backend.search(DENIALS, deniers),
    )
    return ArticleResults.from_page(page, params, Facets.from_responses(page.response, denials))
