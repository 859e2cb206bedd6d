"""The processor on the real Kafka broker: articles, poison messages and alert rules, end to end."""

from __future__ import annotations

import urllib.request
from uuid import uuid4

from kafka import KafkaProducer

from newsmon.core.ids import digest
from newsmon.core.messages import Alert, DeadLetter, DenialRecord, EnrichedArticle, encode
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DEAD_LETTER, DENIALS, RULES
from tests.support.samples import BODY, alert_rule, raw_article
from tests.support.workers import Worker, consume, produce


def test_an_article_gives_an_enriched_article_and_denial_records(worker: Worker, producer: KafkaProducer) -> None:
    article = raw_article(url=f"https://news.example.org/{uuid4().hex}")
    produce(producer, worker, ARTICLES_RAW, article.id, encode(article, ARTICLES_RAW))

    enriched = consume(worker, ARTICLES_ENRICHED, EnrichedArticle, lambda got: any(a.id == article.id for a in got))
    [mine] = [a for a in enriched if a.id == article.id]
    assert (mine.body, mine.language.code) == (BODY, "en")
    assert mine.denial_count >= 1, "the extraction core found no denial in a plain one"
    records = consume(
        worker,
        DENIALS,
        DenialRecord,
        lambda got: len([d for d in got if d.article_id == article.id]) >= mine.denial_count,
    )
    for record in records:
        assert BODY[record.evidence.start : record.evidence.end] == record.evidence.text
        assert record.id == digest(article.id, str(record.trigger.start), str(record.evidence.start))

    with urllib.request.urlopen(f"http://127.0.0.1:{worker.metrics_port}/metrics", timeout=10) as response:
        metrics = response.read().decode()
    assert 'newsmon_messages_total{outcome="ok",service="processor"}' in metrics
    assert 'newsmon_stage_seconds_count{service="processor",stage="analyze"}' in metrics


def test_a_message_that_is_not_an_article_is_dead_lettered(worker: Worker, producer: KafkaProducer) -> None:
    key = f"garbage-{uuid4().hex}"
    produce(producer, worker, ARTICLES_RAW, key, b"<html>not an article</html>")

    letters = consume(worker, DEAD_LETTER, DeadLetter, lambda got: any(letter.key == key for letter in got))
    [letter] = [letter for letter in letters if letter.key == key]
    assert (letter.service, letter.topic) == ("processor", worker.name(ARTICLES_RAW))
    assert letter.payload == "<html>not an article</html>"
    assert "not JSON" in letter.reason


def test_a_rule_on_the_rules_topic_raises_an_alert(worker: Worker, producer: KafkaProducer) -> None:
    rule = alert_rule(id=f"rule-{uuid4().hex[:8]}", name="English denials", languages=["en"], types=["denial"])
    produce(producer, worker, RULES, rule.id, encode(rule, RULES))
    article = raw_article(url=f"https://news.example.org/{uuid4().hex}")
    produce(producer, worker, ARTICLES_RAW, article.id, encode(article, ARTICLES_RAW))

    alerts = consume(worker, ALERTS, Alert, lambda got: any(a.denial.article_id == article.id for a in got))
    alert = next(a for a in alerts if a.denial.article_id == article.id)
    assert (alert.rule_id, alert.rule_name) == (rule.id, "English denials")
    assert alert.id == digest(rule.id, alert.story_id) and alert.version == 1


def test_copies_of_a_story_from_other_outlets_grow_one_alert(worker: Worker, producer: KafkaProducer) -> None:
    rule = alert_rule(id=f"rule-{uuid4().hex[:8]}", name="Harbour", denier="Harbour Authority", types=["denial"])
    produce(producer, worker, RULES, rule.id, encode(rule, RULES))
    copies = [
        raw_article(url=f"https://{outlet}.example.org/{uuid4().hex}", source=outlet, title=title)
        for outlet, title in (("wire", "Harbour authority denies port closure"), ("daily", "Port will not close"))
    ]
    for copy in copies:
        produce(producer, worker, ARTICLES_RAW, copy.id, encode(copy, ARTICLES_RAW))

    def mine(alerts: list[Alert]) -> list[Alert]:
        return [alert for alert in alerts if alert.rule_id == rule.id]

    alerts = mine(consume(worker, ALERTS, Alert, lambda got: any(a.version == 2 for a in mine(got))))
    assert len({alert.id for alert in alerts}) == 1
    assert [alert.version for alert in alerts] == [1, 2]
    # The copies are read from two partitions of articles.raw: in either order.
    assert sorted(report.source for report in alerts[-1].reports) == ["daily", "wire"]
