"""The /rules routes over a fake rule book: API keys, validation, webhook secrets, problems."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from newsmon.core.messages import AlertRule
from newsmon.gateway.api.deps import get_rulebook
from newsmon.gateway.app import create_app
from newsmon.gateway.auth import create_key
from newsmon.gateway.settings import GatewaySettings


class FakeRuleBook:
    """Rules in a dict, as the real book holds them after reading the topic."""

    def __init__(self) -> None:
        self.rules: dict[str, AlertRule] = {}

    def all(self) -> list[AlertRule]:
        return [self.rules[key] for key in sorted(self.rules)]

    def get(self, rule_id: str) -> AlertRule | None:
        return self.rules.get(rule_id)

    async def put(self, rule: AlertRule) -> None:
        self.rules[rule.id] = rule

    async def delete(self, rule_id: str) -> None:
        self.rules.pop(rule_id, None)


@pytest.fixture
def book() -> FakeRuleBook:
    return FakeRuleBook()


@pytest.fixture
async def client(book: FakeRuleBook, key_file: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = GatewaySettings(
        namespace="test-rules", gateway_api_keys_file=key_file, gateway_cors_origins=["https://desk.example"]
    )
    app = create_app(settings)
    app.dependency_overrides[get_rulebook] = lambda: book
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c


async def test_changes_need_an_api_key_and_reads_do_not(client: httpx.AsyncClient, key_file: Path) -> None:
    refused = await client.post("/rules", json={"name": "Kremlin", "denier": "Kremlin"})
    assert refused.status_code == 401 and refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["www-authenticate"] == "Bearer"
    key = create_key(key_file, "tester")
    wrong = await client.post("/rules", json={"name": "K"}, headers={"Authorization": "Bearer nmk_0_0"})
    assert wrong.status_code == 401
    created = await client.post(
        "/rules", json={"id": "kremlin", "name": "Kremlin", "denier": "Кремль"}, headers={"X-API-Key": key}
    )
    assert created.status_code == 201, created.text
    assert (await client.get("/rules")).json()["rules"][0]["denier"] == "Кремль"
    assert (await client.get("/rules/kremlin")).json()["name"] == "Kremlin"
    again = await client.post("/rules", json={"id": "kremlin", "name": "K"}, headers={"X-API-Key": key})
    assert again.status_code == 409
    assert (await client.delete("/rules/kremlin")).status_code == 401
    assert (await client.delete("/rules/kremlin", headers={"Authorization": f"Bearer {key}"})).status_code == 204
    assert (await client.get("/rules/kremlin")).status_code == 404


async def test_a_webhook_secret_is_made_once_and_kept(client: httpx.AsyncClient, key_file: Path) -> None:
    headers = {"X-API-Key": create_key(key_file, "tester")}
    body = {"name": "Hook", "webhook_url": "https://93.184.216.34/hook"}
    created = (await client.put("/rules/hook", json=body, headers=headers)).json()
    assert len(created["webhook_secret"]) > 30
    replaced = (await client.put("/rules/hook", json=body | {"name": "Hook 2"}, headers=headers)).json()
    assert replaced["webhook_secret"] is None and replaced["created_at"] == created["created_at"]
    shown = (await client.get("/rules/hook")).json()
    assert "webhook_secret" not in shown and shown["name"] == "Hook 2"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/hook", "http://169.254.169.254/", "ftp://example.org/x"])
async def test_a_webhook_to_an_internal_address_is_refused(client: httpx.AsyncClient, key_file: Path, url: str) -> None:
    headers = {"X-API-Key": create_key(key_file, "tester")}
    response = await client.put("/rules/hook", json={"name": "Hook", "webhook_url": url}, headers=headers)
    assert response.status_code == 422 and "webhook_url" in response.json()["detail"]


async def test_a_bad_rule_is_422_without_echoing_the_input(client: httpx.AsyncClient, key_file: Path) -> None:
    headers = {"X-API-Key": create_key(key_file, "tester")}
    huge = "x" * 100_000
    response = await client.put("/rules/r1", json={"name": huge, "min_confidence": 2}, headers=headers)
    assert response.status_code == 422
    assert len(response.text) < 2000 and huge[:300] not in response.text
    assert {tuple(error["loc"]) for error in response.json()["errors"]} == {
        ("body", "name"),
        ("body", "min_confidence"),
    }
    assert (await client.get("/rules/not%20an%20id")).status_code == 422


async def test_cors_allows_the_configured_origin(client: httpx.AsyncClient) -> None:
    preflight = await client.options(
        "/rules",
        headers={"Origin": "https://desk.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.headers["access-control-allow-origin"] == "https://desk.example"
    other = await client.get("/rules", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
