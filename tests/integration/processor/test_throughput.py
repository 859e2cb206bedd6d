"""How many articles a second the processor turns into enriched articles on the real broker.

Run with ``-s`` to see the rate: ``pytest -s tests/integration/processor/test_throughput.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kafka import KafkaProducer

from newsmon.core.messages import EnrichedArticle, encode
from newsmon.core.topics import ARTICLES_ENRICHED, ARTICLES_RAW
from tests.support.samples import NOW
from tests.support.workers import Worker, consume, produce
from tools.benchmark.corpus import raw_articles
from tools.datasets import default_shared_dir


def test_throughput_of_synthetic_5kb_articles(
    fresh_worker: Worker, producer: KafkaProducer, record_property: Callable[[str, object], None]
) -> None:
    warm_up, *articles = raw_articles(61, "throughput", default_shared_dir(), NOW)
    # The first article pays for joining the group and loading the models: it is not timed.
    produce(producer, fresh_worker, ARTICLES_RAW, warm_up.id, encode(warm_up, ARTICLES_RAW))
    consume(fresh_worker, ARTICLES_ENRICHED, EnrichedArticle, lambda got: len(got) >= 1)

    start = time.perf_counter()
    for article in articles:
        producer.send(fresh_worker.name(ARTICLES_RAW), key=article.id.encode(), value=encode(article, ARTICLES_RAW))
    producer.flush(timeout=30)
    consume(fresh_worker, ARTICLES_ENRICHED, EnrichedArticle, lambda got: len(got) >= len(articles) + 1)
    seconds = time.perf_counter() - start

    rate = len(articles) / seconds
    record_property("articles_per_second", round(rate, 1))
    print(f"\nprocessor: {len(articles)} articles of ~5 KB in {seconds:.2f} s = {rate:.1f} articles/s")
