"""How the search backend names a failure of Elasticsearch: try later (503) or refused (400)."""

from __future__ import annotations

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import ApiError

from newsmon.gateway.search.backend import SearchRejected, SearchUnavailable, _wrap


def _error(status: int, cause: str) -> ApiError:
    meta = ApiResponseMeta(status, "1.1", HttpHeaders(), 0.01, NodeConfig("http", "127.0.0.1", 9200))
    body = {"error": {"root_cause": [{"type": cause, "reason": "why"}]}, "status": status}
    return ApiError("search failed", meta, body)


@pytest.mark.parametrize("cause", ["too_complex_to_determinize_exception", "too_many_clauses"])
def test_a_query_the_node_cannot_compile_is_refused_even_as_a_500(cause: str) -> None:
    error = _wrap(_error(500, cause), "search")
    assert isinstance(error, SearchRejected)
    assert cause in str(error)


def test_a_failing_or_busy_node_is_unavailable_and_a_bad_request_refused() -> None:
    assert isinstance(_wrap(_error(500, "node_failure"), "search"), SearchUnavailable)
    assert isinstance(_wrap(_error(429, "es_rejected_execution_exception"), "search"), SearchUnavailable)
    assert isinstance(_wrap(_error(400, "parsing_exception"), "search"), SearchRejected)
