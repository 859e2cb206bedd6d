"""history.py: GET /alerts parameters -> the Elasticsearch request, and cursors."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsmon.gateway.alerts.history import AlertSearch, BadCursor, alerts_query, encode_cursor, next_cursor


def test_filters_newest_first_and_the_cursor_continues_after_the_last_hit() -> None:
    params = AlertSearch(rule=["a", "b"], denier="Kremlin", lang="ru", since=datetime(2026, 1, 1), size=2)
    body = alerts_query(params)
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"rule_id": ["a", "b"]}},
        {"term": {"denier": "Kremlin"}},
        {"term": {"language": "ru"}},
        {"range": {"updated_at": {"gte": "2026-01-01T00:00:00+00:00"}}},
    ]
    assert body["sort"] == [{"updated_at": "desc"}, {"id": "desc"}] and "search_after" not in body
    response = {"hits": {"hits": [{"sort": [2, "b"]}, {"sort": [1, "a"]}]}}
    cursor = next_cursor(response, 2)
    assert cursor is not None
    assert alerts_query(AlertSearch(cursor=cursor))["search_after"] == [1, "a"]
    assert next_cursor(response, 3) is None


@pytest.mark.parametrize("cursor", ["nope", encode_cursor(["a", 1]), encode_cursor([1])])
def test_a_foreign_cursor_is_refused(cursor: str) -> None:
    with pytest.raises(BadCursor):
        alerts_query(AlertSearch(cursor=cursor))
