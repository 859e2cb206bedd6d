"""``GET /search``: articles, best matches first."""

from __future__ import annotations

from fastapi import APIRouter

from newsmon.core.indices import ARTICLES
from newsmon.gateway.api.deps import ArticleSearchParams, Backend
from newsmon.gateway.api.errors import SEARCH_PROBLEMS
from newsmon.gateway.api.models import ArticleResults
from newsmon.gateway.search.query import articles_query

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=ArticleResults, responses=SEARCH_PROBLEMS, summary="Search articles in any language")
async def search_articles(params: ArticleSearchParams, backend: Backend) -> ArticleResults:
    """Articles matching ``q`` (every word, in any inflection: "bantah" finds "membantah") and the
    filters; without ``q``, the newest articles."""
    return ArticleResults.from_response(await backend.search(ARTICLES, articles_query(params)), params)
