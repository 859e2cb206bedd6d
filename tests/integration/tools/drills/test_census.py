"""census.py on the real Elasticsearch and Kafka: ids counted in the indices, the alerts expected from the
denials on their topic, compared with the alerts index, and redelivered alerts counted apart."""

from __future__ import annotations

from elasticsearch import Elasticsearch

from newsmon.core.ids import digest
from newsmon.core.indices import ALERTS as ALERTS_INDEX
from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.topics import ALERTS
from newsmon.core.topics import DENIALS as DENIALS_TOPIC
from newsmon.indexer.documents import alert_document
from tests.support.samples import alert_rule, denial_record
from tests.support.stack import isolated_stack, new_namespace, produce
from tools.drills.census import Tally, denial_messages, expect_alerts, take_census
from tools.drills.corpus import Expectation


def test_a_census_finds_what_was_lost_and_doubled_and_counts_redelivered_alerts_apart() -> None:
    namespace = new_namespace()
    story = [denial_record(id=digest("denial", str(n))) for n in range(3)]
    expected = Expectation(frozenset({"a1", "a2", "a3"}), frozenset(d.id for d in story))
    with isolated_stack(namespace) as settings, Elasticsearch(settings.elasticsearch_url) as es:
        # The second report is delivered twice (an article processed again): it changes nothing.
        produce(settings, DENIALS_TOPIC, [story[0], story[1], story[1], story[2]])
        messages = denial_messages(settings.kafka_bootstrap_servers, namespace)
        alerts = expect_alerts(messages, [alert_rule()])
        (alert,) = alerts.alerts.values()
        # The index holds the alert's second version only: its last report is lost.
        second = alert.model_copy(update={"reports": alert.reports[:2], "version": 2})
        document = alert_document(second)
        es.index(index=ALERTS_INDEX.qualified(namespace), id=document.id, document=document.source)
        first = alert.model_copy(update={"reports": alert.reports[:1], "version": 1})
        produce(settings, ALERTS, [first, first, second])
        for index, key in ((ARTICLES, "a1"), (ARTICLES, "a2"), (ARTICLES, "stray"), *((DENIALS, d.id) for d in story)):
            es.index(index=index.qualified(namespace), id=key, document={})
        census = take_census(es, settings.kafka_bootstrap_servers, namespace, expected, alerts)
    assert [message.offset for message in messages] == [0, 1, 2, 3]
    assert census.articles == Tally(expected=3, found=3, lost=1, duplicated=1)
    assert census.denials == Tally(expected=3, found=3, lost=0, duplicated=0)
    assert census.alerts == Tally(expected=1, found=1, lost=0, duplicated=0)
    assert census.reports == Tally(expected=3, found=2, lost=1, duplicated=0)
    assert (census.stale, census.unreported, census.alert_redeliveries) == (1, 0, 1)
    assert (census.lost(), census.duplicated()) == (3, 1)
