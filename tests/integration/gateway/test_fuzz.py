"""The API fuzzed from its own OpenAPI schema with schemathesis: every operation, served by uvicorn over the
real broker and node, must answer each generated request without a 5xx and with a response its schema
declares (status code, content type, body). Requests carry a valid API key, so the handlers behind the key
(rule writes) run too; the writes are fuzzed once more without a key (a declared 401 or 4xx problem).

Bounded and reproducible: a fixed number of examples per operation, derandomized (a fixed seed).
The streams are left out: ``/alerts/stream`` never ends (the fuzzer would wait for its whole body) and
``/alerts/ws`` is a WebSocket, absent from the schema; both have their own bounded tests in test_alerts.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.gateway.app import create_app
from newsmon.gateway.auth import create_key
from newsmon.gateway.settings import GatewaySettings
from tests.support.gateway import served_gateway
from tests.support.samples import denial_record, enriched_article, indonesian_article
from tests.support.stack import isolated_stack, new_namespace, produce
from tests.support.workers import index_all

EXAMPLES_PER_OPERATION = 25
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """The gateway served over a namespace of its own holding two articles and their denials, and a valid
    API key made by the project's key mechanism: (base URL, key)."""
    keys = tmp_path_factory.mktemp("fuzz") / "keys.jsonl"
    key = create_key(keys, "fuzz")
    with isolated_stack(new_namespace()) as stack:
        articles = [indonesian_article(), enriched_article()]
        produce(stack, ARTICLES_ENRICHED, articles)
        produce(stack, DENIALS, [denial_record(article) for article in articles])
        assert index_all(stack).indexed == 4
        gateway = GatewaySettings.model_validate({"namespace": stack.namespace, "gateway_api_keys_file": keys})
        with served_gateway(gateway) as base_url:
            yield base_url, key


# The schema the app declares, read at collection (no server needed to build it), without the stream that
# never ends. (schemathesis.pytest.from_fixture, the lazy loader, breaks on pytest 9.)
schema = schemathesis.openapi.from_dict(create_app(GatewaySettings()).openapi()).exclude(path="/alerts/stream")


@schema.parametrize()
@FUZZ_SETTINGS
def test_every_operation_answers_within_its_schema(case: Case, served: tuple[str, str]) -> None:
    base_url, key = served
    case.call_and_validate(base_url=base_url, headers={"X-API-Key": key}, checks=CHECKS, timeout=30)


@schema.include(method=["POST", "PUT", "DELETE"]).parametrize()
@FUZZ_SETTINGS
def test_every_change_without_a_key_is_a_declared_problem(case: Case, served: tuple[str, str]) -> None:
    base_url, _ = served
    case.call_and_validate(base_url=base_url, checks=CHECKS, timeout=30)


def test_the_fuzz_reaches_every_operation_but_the_stream() -> None:
    fuzzed = {operation.ok().label for operation in schema.get_all_operations()}
    assert {"GET /search", "POST /rules", "DELETE /rules/{rule_id}", "GET /alerts"} <= fuzzed
    assert not any("/alerts/stream" in label for label in fuzzed)
