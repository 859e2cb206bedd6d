"""The gateway serves the web page and its assets, with the headers that keep injected text inert."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from newsmon.gateway.app import create_app
from newsmon.gateway.settings import GatewaySettings
from newsmon.gateway.web.page import MEDIA_TYPES, asset


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(GatewaySettings(namespace="test-page"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c


async def test_the_page_is_served_at_the_root_with_a_strict_content_security_policy(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self'" in policy
    assert "connect-src 'self'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert '<script type="module" src="/web/app.js">' in response.text


@pytest.mark.parametrize(
    ("name", "media_type"),
    [("app.js", "text/javascript"), ("live.js", "text/javascript"), ("style.css", "text/css")],
)
async def test_assets_are_served_with_their_media_type(client: httpx.AsyncClient, name: str, media_type: str) -> None:
    response = await client.get(f"/web/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{media_type}; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    assert response.content == asset(name)


@pytest.mark.parametrize("path", ["/web/secret.js", "/web/page.py", "/web/..%2Fpage.py", "/web/index.html.js"])
async def test_nothing_else_is_served(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code in (404, 422)


async def test_the_page_is_not_part_of_the_api_description(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert "/" not in paths
    assert not [path for path in paths if path.startswith("/web")]


def test_every_asset_the_page_loads_is_served() -> None:
    html = asset("index.html").decode()
    scripts = {name: asset(name).decode() for name in MEDIA_TYPES if name.endswith(".js")}
    wanted = set(re.findall(r'(?:src|href)="/web/([^"]+)"', html))
    for text in scripts.values():
        wanted |= set(re.findall(r'from "\./([^"]+)"', text))
    assert wanted == set(MEDIA_TYPES) - {"index.html"}


def test_no_script_writes_markup_from_strings() -> None:
    # Every text reaches the page as text nodes (highlight.js builds them): a string parsed as markup
    # would let an article or alert inject some.
    for name in MEDIA_TYPES:
        if name.endswith(".js"):
            text = asset(name).decode()
            assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", text), name
