"""Live alerts the whole way: a rule made through the API, two outlets' copies of one story published to
articles.raw, one alert that grows on the SSE stream, and its last version in the /alerts history."""

from __future__ import annotations

import time
from pathlib import Path
from uuid import uuid4

from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_RAW
from newsmon.gateway.auth import create_key
from tests.support.gateway import read_events
from tests.support.samples import raw_article
from tests.support.stack import produce
from tests.support.workers import API_KEYS_FILE, Pipeline

from .conftest import MEASUREMENTS


def test_copies_of_a_story_reach_an_sse_client_as_one_growing_alert(pipeline: Pipeline, tmp_path: Path) -> None:
    key = create_key(tmp_path / API_KEYS_FILE, "e2e")
    rule = {"name": "Harbour denials", "denier": "harbour authority", "types": ["denial"]}
    created = pipeline.gateway.put("/rules/harbour", json=rule, headers={"Authorization": f"Bearer {key}"})
    assert created.status_code == 200, created.text
    time.sleep(3)  # the processor reads the rule from the rules topic within seconds

    base_url = str(pipeline.gateway.base_url).rstrip("/")
    events = read_events(base_url, 3, params={"rule": "harbour"})
    assert next(events).event == "ready"
    copies = [raw_article(url=f"https://{name}.example.org/{uuid4().hex}", source=name) for name in ("wire", "daily")]
    started = time.monotonic()
    produce(CommonSettings(namespace=pipeline.namespace), ARTICLES_RAW, copies)
    first, grown = next(events), next(events)
    MEASUREMENTS.append(f"two copies of a story: articles.raw -> grown alert on SSE {time.monotonic() - started:.2f}s")
    events.close()
    assert first.data["id"] == grown.data["id"]  # type: ignore[index]
    assert (first.data["version"], grown.data["version"]) == (1, 2)  # type: ignore[index]
    assert sorted(report["source"] for report in grown.data["reports"]) == ["daily", "wire"]  # type: ignore[index]

    def history() -> list[dict[str, object]]:
        alerts: list[dict[str, object]] = pipeline.gateway.get("/alerts", params={"rule": "harbour"}).json()["alerts"]
        return [alert for alert in alerts if alert["version"] == 2]

    (indexed,) = pipeline.wait_for("the grown alert in the history", history)  # type: ignore[misc]
    assert indexed["id"] == grown.data["id"]  # type: ignore[index]
