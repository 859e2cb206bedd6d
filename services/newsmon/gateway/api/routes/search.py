"""``GET /search``: articles, best matches first."""

from __future__ import annotations

from fastapi import APIRouter

from newsmon.core.indices import ARTICLES
from newsmon.gateway.api.deps import ArticleSearchParams, Backend
from newsmon.gateway.api.models import ArticleResults, Problem
from newsmon.gateway.search.query import articles_query

router = APIRouter(prefix="/search", tags=["search"])


@router.get(
    "",
    response_model=ArticleResults,
    responses={400: {"model": Problem}, 503: {"model": Problem}},
    summary="Search articles in any language",
)
async def search_articles(params: ArticleSearchParams, backend: Backend) -> ArticleResults:
    """Articles matching ``q`` (every word, in any inflection: "bantah" finds "membantah") and the
    filters; without ``q``, the newest articles."""
    response = await backend.search(ARTICLES, articles_query(params))
    return ArticleResults.from_response(response, params)
