"""census.py on the real Elasticsearch and Kafka: ids counted in the indices, alerts on their topic."""

from __future__ import annotations

from elasticsearch import Elasticsearch

from newsmon.core.ids import digest
from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.topics import ALERTS
from tests.support import samples
from tests.support.samples import denial_record
from tests.support.stack import isolated_stack, new_namespace, produce
from tools.drills.census import Tally, take_census
from tools.drills.corpus import Expectation


def test_a_census_finds_what_was_lost_and_doubled_and_counts_redelivered_alerts_apart() -> None:
    namespace = new_namespace()
    first, second = digest("alert", "1"), digest("alert", "2")
    d1, d2 = digest("denial", "1"), digest("denial", "2")
    expected = Expectation(frozenset({"a1", "a2", "a3"}), frozenset({d1, d2}))
    # The first alert is redelivered; the second reports d1 again; d2 is in none.
    alerts = [(first, d1), (first, d1), (second, d1)]
    with isolated_stack(namespace) as settings, Elasticsearch(settings.elasticsearch_url) as es:
        for index, key in ((ARTICLES, "a1"), (ARTICLES, "a2"), (ARTICLES, "stray"), (DENIALS, d1), (DENIALS, d2)):
            es.index(index=index.qualified(namespace), id=key, document={})
        denial = denial_record()
        messages = [samples.alert(denial.model_copy(update={"id": reported}), id=key) for key, reported in alerts]
        produce(settings, ALERTS, messages)
        census = take_census(es, settings.kafka_bootstrap_servers, namespace, expected)
    assert census.articles == Tally(expected=3, found=3, lost=1, duplicated=1)
    assert census.denials == Tally(expected=2, found=2, lost=0, duplicated=0)
    assert census.alerts == Tally(expected=2, found=2, lost=1, duplicated=1)
    assert (census.alert_count, census.alert_redeliveries) == (2, 1)
    assert census.alerts_counted_in == f"topic {namespace}.alerts"
    assert not census.complete()
