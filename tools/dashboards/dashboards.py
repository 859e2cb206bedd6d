"""The four dashboards: pipeline, sources, denials and gateway. Metrics: ``newsmon.core.metrics``."""

from __future__ import annotations

from grafana_foundation_sdk.builders import timeseries
from grafana_foundation_sdk.builders.dashboard import Dashboard, Row

from tools.dashboards.panels import Query, graph, note, quantile, single

LATENCY = "newsmon_pipeline_latency_seconds"
NEWSMON_JOBS = 'job=~"fetcher|processor|indexer|gateway"'


def _leg(title: str, description: str, leg: str, width: int = 12) -> timeseries.Panel:
    """The median and 95th percentile of one leg of ``newsmon_pipeline_latency_seconds`` over an hour."""
    selector = f'{{leg="{leg}"}}'
    return graph(
        title,
        f"{description} (median and 95th percentile)",
        "s",
        Query(quantile(0.5, LATENCY, "leg", selector, "1h"), "median"),
        Query(quantile(0.95, LATENCY, "leg", selector, "1h"), "p95"),
        width=width,
    )


def _dashboard(uid: str, title: str, description: str) -> Dashboard:
    return (
        Dashboard(title)
        .uid(uid)
        .description(description)
        .tags(["newsmon"])
        .timezone("utc")
        .time("now-1h", "now")
        .refresh("30s")
        .readonly()
    )


def pipeline() -> Dashboard:
    """Is the pipeline keeping up: throughput, consumer lag, end-to-end latency, errors."""
    return (
        _dashboard("newsmon-pipeline", "newsmon / pipeline", "Throughput, consumer lag, latency and errors")
        .with_row(Row("Throughput"))
        .with_panel(
            graph(
                "Messages handled per second",
                "Every message (or fetched item) a service handled, by outcome",
                "ops",
                Query("sum by (service, outcome) (rate(newsmon_messages_total[5m]))", "{{service}} {{outcome}}"),
            )
        )
        .with_panel(
            single(
                "Articles enriched (1h)",
                "Raw articles the processor turned into enriched ones",
                "short",
                Query('sum(increase(newsmon_messages_total{service="processor", outcome="ok"}[1h]))'),
            )
        )
        .with_panel(
            single(
                "Documents indexed (1h)",
                "Articles and denials written to Elasticsearch",
                "short",
                Query('sum(increase(newsmon_messages_total{service="indexer", outcome="ok"}[1h]))'),
            )
        )
        .with_row(Row("Lag"))
        .with_panel(
            graph(
                "Consumer lag",
                "Messages not yet committed by each consumer group, per topic (end offset - committed offset)",
                "short",
                Query("sum by (group, topic) (newsmon_consumer_lag_messages)", "{{group}} {{topic}}"),
            )
        )
        .with_panel(
            graph(
                "Lag trend",
                "How fast each backlog grows (positive) or shrinks (negative), in messages per minute",
                "short",
                Query(
                    "sum by (group, topic) (deriv(newsmon_consumer_lag_messages[10m])) * 60",
                    "{{group}} {{topic}}",
                ),
            )
        )
        .with_row(Row("Latency"))
        .with_panel(
            graph(
                "End-to-end latency, median",
                "From the timestamps the messages carry: published -> fetched -> enriched -> searchable, "
                "and enriched -> alert delivered",
                "s",
                Query(quantile(0.5, LATENCY, "leg", window="15m"), "{{leg}}"),
            )
        )
        .with_panel(
            graph(
                "End-to-end latency, 95th percentile",
                "As the median panel, for the slowest 5% of articles",
                "s",
                Query(quantile(0.95, LATENCY, "leg", window="15m"), "{{leg}}"),
            )
        )
        .with_panel(
            graph(
                "Stage time, 95th percentile",
                "Time spent in each stage inside a service (fetch, extract, analyze, bulk, search...)",
                "s",
                Query(quantile(0.95, "newsmon_stage_seconds", "service, stage"), "{{service}} {{stage}}"),
                width=24,
            )
        )
        .with_row(Row("Errors and health"))
        .with_panel(
            graph(
                "Failures per second",
                "Retries, poison messages and dead letters, by service",
                "ops",
                Query(
                    "sum by (service, outcome)"
                    ' (rate(newsmon_messages_total{outcome=~"retry|poison|dead_letter|error"}[5m]))',
                    "{{service}} {{outcome}}",
                ),
            )
        )
        .with_panel(
            single(
                "Dead-lettered (1h)",
                "Messages sent to the dead-letter topic, by service; the reason is in each dead letter",
                "short",
                Query(
                    'sum by (service) (increase(newsmon_messages_total{outcome=~"poison|dead_letter"}[1h]))',
                    "{{service}}",
                ),
            )
        )
        .with_panel(
            single(
                "Alerts firing",
                "Prometheus alert rules firing now (deploy/prometheus/alerts.yml)",
                "short",
                Query('count(ALERTS{alertstate="firing"}) or vector(0)'),
            )
        )
        .with_panel(
            single(
                "Dependencies reachable",
                "1 when the service reached Kafka or Elasticsearch at its last check",
                "bool_yes_no",
                Query("min by (service, dependency) (newsmon_dependency_up)", "{{service}} -> {{dependency}}"),
                width=12,
            )
        )
        .with_panel(
            single(
                "Services scraped",
                "1 when Prometheus could scrape the service (one per process: processor workers each count)",
                "bool_yes_no",
                Query(f"up{{{NEWSMON_JOBS}}}", "{{job}} {{instance}}"),
                width=12,
            )
        )
    )


def sources() -> Dashboard:
    """Are the sources alive: freshness, failures and silence, per feed of the feed list."""
    return (
        _dashboard("newsmon-sources", "newsmon / sources", "Freshness, failures and silence of each feed")
        .with_panel(
            single(
                "Last successful poll",
                "When each feed was last fetched and parsed (1970 = never since the fetcher started)",
                "dateTimeFromNow",
                Query("newsmon_feed_last_success_timestamp_seconds * 1000", "{{feed}}"),
                width=12,
            )
        )
        .with_panel(
            single(
                "Failures in a row",
                "Failed polls of each feed since its last success (the fetcher backs off after each)",
                "short",
                Query("newsmon_feed_consecutive_failures", "{{feed}}"),
                width=12,
            )
        )
        .with_panel(
            graph(
                "Silence, in typical intervals",
                "Time since the feed's newest item divided by its usual gap between items (at least 1h); "
                "NewsmonSourceSilent fires above 4. Feeds that listed nothing yet are not shown",
                "short",
                Query(
                    "(time() - newsmon_feed_last_item_timestamp_seconds)"
                    " / clamp_min(newsmon_feed_item_interval_seconds, 3600)"
                    " and newsmon_feed_last_item_timestamp_seconds > 0",
                    "{{feed}}",
                ),
                Query('count(ALERTS{alertname="NewsmonSourceSilent", alertstate="firing"}) or vector(0)', "silent"),
            )
        )
        .with_panel(
            graph(
                "Typical interval between new items",
                "Median gap between the publication times of the items a feed lists",
                "s",
                Query("newsmon_feed_item_interval_seconds", "{{feed}}"),
            )
        )
        .with_panel(
            graph(
                "Articles published per feed (1h)",
                "New articles of each feed sent to articles.raw",
                "short",
                Query("sum by (feed) (increase(newsmon_feed_articles_total[1h]))", "{{feed}}"),
            )
        )
        .with_panel(
            _leg(
                "Published -> fetched",
                "How long after publication the fetcher got an article; the top bucket is 7 days, so an older "
                "article (a replayed archive, like make run's demo) reads as 7 days",
                "published_to_fetched",
            )
        )
    )


def denials() -> Dashboard:
    """What newsmon finds: denials by language and type, rule matches and alert deliveries."""
    return (
        _dashboard("newsmon-denials", "newsmon / denials", "Denials found, alert rules matched, alerts delivered")
        .with_panel(
            single(
                "Denials found (24h)", "All denials found", "short", Query("sum(increase(newsmon_denials_total[24h]))")
            )
        )
        .with_panel(
            graph(
                "Denials per hour by language",
                "Languages without denial resources count as 'other'",
                "short",
                Query("sum by (language) (increase(newsmon_denials_total[1h]))", "{{language}}"),
                width=9,
            )
        )
        .with_panel(
            graph(
                "Denials per hour by type",
                "denial (the claim is rejected) or non_denial (declines to comment)",
                "short",
                Query("sum by (type) (increase(newsmon_denials_total[1h]))", "{{type}}"),
                width=9,
            )
        )
        .with_panel(
            note(
                "Top deniers",
                "Who denies is not a Prometheus label: denier names are unbounded, and one series per name "
                "would grow without limit. The denials themselves are in Elasticsearch: see the gateway's "
                "`/denials` (filter by `denier`, `lang`, `type`) or aggregate `denier.canonical` in the denials "
                "index.",
                width=6,
            )
        )
        .with_panel(
            graph(
                "Alert rules checked per hour, by outcome",
                "Every enabled rule is checked against every denial; matched = an alert raised",
                "short",
                Query("sum by (outcome) (increase(newsmon_alert_rule_evaluations_total[1h]))", "{{outcome}}"),
                width=9,
            )
        )
        .with_panel(
            graph(
                "Alerts delivered per hour",
                "Alerts handed to subscribers, by channel (SSE, WebSocket, webhook) and outcome",
                "short",
                Query(
                    "sum by (channel, outcome) (increase(newsmon_alerts_delivered_total[1h]))",
                    "{{channel}} {{outcome}}",
                ),
                width=9,
            )
        )
        .with_panel(
            _leg(
                "Enriched -> alert delivered",
                "From the denial's detection to its alert reaching a subscriber",
                "enriched_to_alert_delivered",
                width=6,
            )
        )
    )


def gateway() -> Dashboard:
    """How the API serves: requests, latency, errors, streaming clients, Elasticsearch."""
    requests = "newsmon_http_request_duration_seconds"
    return (
        _dashboard("newsmon-gateway", "newsmon / gateway", "Requests, latency, errors and streaming clients")
        .with_panel(
            graph(
                "Requests per second",
                "By route template and status code",
                "reqps",
                Query(f"sum by (route, status) (rate({requests}_count[5m]))", "{{route}} {{status}}"),
            )
        )
        .with_panel(
            graph(
                "Request latency, 95th percentile",
                "Until the response starts (a stream: until its headers are sent)",
                "s",
                Query(quantile(0.95, requests, "route"), "{{route}}"),
            )
        )
        .with_panel(
            graph(
                "Server errors per second",
                "Responses with a 5xx status, by route (503: Elasticsearch unavailable)",
                "reqps",
                Query(f'sum by (route) (rate({requests}_count{{status=~"5.."}}[5m])) or vector(0)', "{{route}}"),
            )
        )
        .with_panel(
            graph(
                "Open streaming clients",
                "Clients connected to the live alert streams",
                "short",
                Query("sum by (kind) (newsmon_gateway_open_clients)", "{{kind}}"),
            )
        )
        .with_panel(
            graph(
                "Elasticsearch time, 95th percentile",
                "Searches and gets the gateway sent to Elasticsearch, by kind",
                "s",
                Query(quantile(0.95, "newsmon_stage_seconds", "stage", '{service="gateway"}'), "{{stage}}"),
            )
        )
        .with_panel(
            single(
                "Elasticsearch reachable",
                "1 when the gateway reached Elasticsearch at its last check",
                "bool_yes_no",
                Query('newsmon_dependency_up{service="gateway"}', "{{dependency}}"),
                width=12,
            )
        )
    )


DASHBOARDS = {"pipeline": pipeline, "sources": sources, "denials": denials, "gateway": gateway}
