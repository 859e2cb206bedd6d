"""``GET /articles/{id}``: one article, whole."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from newsmon.core.indices import ARTICLES
from newsmon.gateway.api.deps import Backend
from newsmon.gateway.api.errors import problems
from newsmon.gateway.api.models import Article

router = APIRouter(prefix="/articles", tags=["articles"])

ArticleId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$", description="The article id (32 hex digits)")]


@router.get(
    "/{article_id}",
    response_model=Article,
    responses=problems(status.HTTP_404_NOT_FOUND, status.HTTP_503_SERVICE_UNAVAILABLE),
    summary="One article",
)
async def get_article(article_id: ArticleId, backend: Backend) -> Article:
    """The article with this id; 404 if there is none."""
    document = await backend.get(ARTICLES, article_id)
    if document is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id}")
    return Article.model_validate(document)
