"""publisher.py: articles to articles.raw keyed by id, dead letters to the dead-letter topic (the producer's
own behaviour is tested in tests/unit/core/test_producer.py)."""

from __future__ import annotations

from newsmon.core.deadletters import dead_letter
from newsmon.core.messages import DeadLetter, RawArticle, decode
from newsmon.core.producer import TopicProducer
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER
from newsmon.fetcher.publisher import KafkaPublisher
from tests.support.fakes import FakeProducer
from tests.support.samples import raw_article

ARTICLE = raw_article()


def _publisher(fake: FakeProducer) -> KafkaPublisher:
    return KafkaPublisher(TopicProducer("unused:9092", "ns1", "newsmon-fetcher", producer=fake))


def test_article_goes_to_the_namespaced_topic_keyed_by_id_and_decodes() -> None:
    fake = FakeProducer()

    _publisher(fake).publish(ARTICLE)

    ((topic, key, value),) = fake.sent
    assert (topic, key) == ("ns1.articles.raw", ARTICLE.id.encode())
    assert decode(value, ARTICLES_RAW, RawArticle) == ARTICLE


def test_dead_letter_goes_to_the_dead_letter_topic_and_close_flushes() -> None:
    fake = FakeProducer()
    publisher = _publisher(fake)

    publisher.dead_letter(dead_letter("fetcher", "not HTML", "https://a.example/x"))
    publisher.close()

    ((topic, key, value),) = fake.sent
    assert (topic, key) == ("ns1.deadletter", None)
    assert decode(value, DEAD_LETTER, DeadLetter).reason == "not HTML"
    assert (fake.flushed, fake.closed) == (1, True)
