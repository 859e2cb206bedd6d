import re
from datetime import timedelta

from prometheus_client import REGISTRY, generate_latest

from newsmon.core import metrics
from newsmon.core.messages import utcnow
from tests.support import REPO_ROOT, samples
from tests.support.samples import denial_record


def value(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def test_a_service_starts_with_its_series_at_zero() -> None:
    metrics.init_service("processor")
    assert value("newsmon_messages_total", service="processor", outcome="dead_letter") is not None
    assert value("newsmon_denials_total", language="other", type="non_denial") is not None
    assert value("newsmon_alert_rule_evaluations_total", outcome="matched") is not None
    assert value("newsmon_pipeline_latency_seconds_count", leg="fetched_to_enriched") is not None


def test_a_denial_in_a_language_without_resources_counts_as_other() -> None:
    before = value("newsmon_denials_total", language="other", type="denial") or 0
    metrics.observe_denial("xx", "denial")
    assert value("newsmon_denials_total", language="other", type="denial") == before + 1


def test_a_delivered_alert_is_counted_and_timed_from_its_detection() -> None:
    detected = utcnow() - timedelta(seconds=2)
    alert = samples.alert(denial_record(detected_at=detected))
    leg = {"leg": "enriched_to_alert_delivered"}
    count = value("newsmon_pipeline_latency_seconds_count", **leg) or 0
    total = value("newsmon_pipeline_latency_seconds_sum", **leg) or 0
    metrics.observe_alert_delivered(alert, "sse")
    metrics.observe_alert_delivered(alert, "webhook", ok=False)
    assert value("newsmon_pipeline_latency_seconds_count", **leg) == count + 1
    assert (value("newsmon_pipeline_latency_seconds_sum", **leg) or 0) - total >= 2
    assert (value("newsmon_alerts_delivered_total", channel="webhook", outcome="failed") or 0) >= 1


def test_an_open_client_is_counted_while_its_block_runs() -> None:
    before = value("newsmon_gateway_open_clients", kind="sse") or 0
    with metrics.open_client("sse"):
        assert value("newsmon_gateway_open_clients", kind="sse") == before + 1
    assert value("newsmon_gateway_open_clients", kind="sse") == before


def test_a_feed_poll_records_failures_success_interval_and_newest_item() -> None:
    metrics.init_feeds(["Unit Feed"])
    metrics.feed_polled("Unit Feed", failures=3)
    assert value("newsmon_feed_consecutive_failures", feed="Unit Feed") == 3
    assert value("newsmon_feed_last_success_timestamp_seconds", feed="Unit Feed") == 0
    newest = utcnow()
    metrics.feed_polled("Unit Feed", failures=0, interval=600, newest=newest)
    assert value("newsmon_feed_consecutive_failures", feed="Unit Feed") == 0
    assert (value("newsmon_feed_last_success_timestamp_seconds", feed="Unit Feed") or 0) > 0
    assert value("newsmon_feed_item_interval_seconds", feed="Unit Feed") == 600
    assert value("newsmon_feed_last_item_timestamp_seconds", feed="Unit Feed") == newest.timestamp()


def test_every_stage_a_service_times_starts_at_zero() -> None:
    # Created, hence 0 in a fresh process (other tests in this one may have timed some already).
    for service, stages in metrics.STAGES.items():
        metrics.init_service(service)
        for stage in stages:
            assert value("newsmon_stage_seconds_count", service=service, stage=stage) is not None, (service, stage)
    # The literal stages timed in the code are the ones created up front (the gateway's are by index kind).
    timed = re.compile(r'STAGE_SECONDS\.labels\((?:service=)?SERVICE, (?:stage=)?"(\w+)"\)')
    for path in (REPO_ROOT / "services" / "newsmon").rglob("*.py"):
        service = path.relative_to(REPO_ROOT / "services" / "newsmon").parts[0]
        for stage in timed.findall(path.read_text(encoding="utf-8")):
            assert stage in metrics.STAGES[service], f"{path}: stage {stage} is not in metrics.STAGES"


def test_the_first_scrape_is_noticed() -> None:
    generate_latest(REGISTRY)  # what /metrics answers with
    assert metrics.wait_for_first_scrape(0)


def test_a_series_looked_up_once_is_the_registered_one() -> None:
    before = value("newsmon_messages_total", service="indexer", outcome="retry") or 0
    metrics.count("indexer", "retry")
    metrics.count("indexer", "retry", 2)
    assert value("newsmon_messages_total", service="indexer", outcome="retry") == before + 3
    assert metrics.series(metrics.MESSAGES, "indexer", "retry") is metrics.MESSAGES.labels("indexer", "retry")
