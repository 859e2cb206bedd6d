"""``GET /`` (the page) and ``GET /web/{asset}`` (its scripts and style), from the package's ``assets/``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response, status

router = APIRouter(include_in_schema=False)

# Every asset the page uses, with its media type: nothing else under assets/ is served.
MEDIA_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "highlight.js": "text/javascript; charset=utf-8",
    "live.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}
# The page runs only its own scripts and styles and talks only to this gateway: an injected
# string can neither run code nor send what it reads elsewhere.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # Small files: always revalidate, so that a new release is seen at once.
    "Cache-Control": "no-cache",
}

AssetName = Annotated[str, Path(pattern=r"^[a-z]+\.(js|css)$")]


@cache
def asset(name: str) -> bytes:
    """The bytes of the asset ``name`` (read once). Raises KeyError when ``name`` is not a page asset."""
    if name not in MEDIA_TYPES:
        raise KeyError(name)
    return files("newsmon.gateway.web").joinpath("assets", name).read_bytes()


def _response(name: str) -> Response:
    return Response(asset(name), media_type=MEDIA_TYPES[name], headers=HEADERS)


@router.get("/")
async def page() -> Response:
    """The web page."""
    return _response("index.html")


@router.get("/web/{name}")
async def page_asset(name: AssetName) -> Response:
    """A script or the style sheet of the page; 404 for any other name."""
    if name not in MEDIA_TYPES:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no asset {name}")
    return _response(name)
