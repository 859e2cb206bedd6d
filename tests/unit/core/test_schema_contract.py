"""The code's message models and the JSON Schema files in schemas/topics/ must say the same thing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsmon.core import messages, topics
from newsmon.core.errors import PoisonMessage
from newsmon.core.schemas import SCHEMAS, read_schema
from tests.support import samples

MODELS: dict[topics.Topic, type[messages.Message]] = {
    topics.ARTICLES_RAW: messages.RawArticle,
    topics.ARTICLES_ENRICHED: messages.EnrichedArticle,
    topics.DENIALS: messages.DenialRecord,
    topics.RULES: messages.AlertRule,
    topics.ALERTS: messages.Alert,
    topics.FEEDS: messages.Feed,
    topics.FEEDS_STATUS: messages.FeedStatus,
    topics.DEAD_LETTER: messages.DeadLetter,
}
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ARTICLE_ID = "0" * 32


def _schema(topic: topics.Topic) -> dict:
    return read_schema("topics", topic.schema)


def _denial() -> messages.DenialRecord:
    return messages.DenialRecord(
        id="1" * 32,
        article_id=ARTICLE_ID,
        url="https://example.org/a",
        source="example.org",
        title="Kementerian membantah laporan",
        published=None,
        language="id",
        type="denial",
        denier=messages.DenierModel(text="Budi", start=0, end=4, canonical="Budi Santoso", role="Juru bicara"),
        trigger=messages.SpanModel(text="membantah", start=5, end=14),
        claim=messages.SpanModel(text="laporan itu", start=15, end=26),
        claim_source=None,
        evidence=messages.SpanModel(text="Budi membantah laporan itu", start=0, end=26),
        confidence=0.9,
        detected_at=NOW,
    )


SAMPLES: dict[topics.Topic, messages.Message] = {
    topics.ARTICLES_RAW: samples.raw_article(),
    topics.ARTICLES_ENRICHED: samples.enriched_article(),
    topics.DENIALS: _denial(),
    topics.RULES: messages.AlertRule(id="kremlin", name="Kremlin denials", denier="Kremlin", created_at=NOW),
    topics.ALERTS: messages.Alert(
        id="2" * 32,
        rule_id="kremlin",
        rule_name="K",
        story_id="1" * 32,
        denial=_denial(),
        reports=[messages.Report.of(_denial())],
        created_at=NOW,
        updated_at=NOW,
    ),
    topics.FEEDS: messages.Feed(url="https://example.org/rss", name="Example"),
    topics.FEEDS_STATUS: messages.FeedStatus(
        url="https://example.org/rss", name="Example", origin="topic", last_error="HTTP 503", last_error_at=NOW
    ),
    topics.DEAD_LETTER: messages.DeadLetter(service="indexer", topic="denials", payload="{}", reason="bad"),
}


def test_every_topic_has_a_model_a_schema_and_a_sample() -> None:
    assert set(MODELS) == set(topics.ALL_TOPICS) == set(SAMPLES)
    for topic in topics.ALL_TOPICS:
        assert SCHEMAS.joinpath("topics", topic.schema).is_file(), topic.schema


@pytest.mark.parametrize("topic", topics.ALL_TOPICS, ids=lambda t: t.name)
def test_model_fields_are_the_schema_properties(topic: topics.Topic) -> None:
    schema = _schema(topic)
    model = MODELS[topic]
    assert set(model.model_fields) == set(schema["properties"])
    required_by_model = {name for name, field in model.model_fields.items() if field.is_required()}
    assert required_by_model <= set(schema["required"])
    assert schema["properties"]["schema_version"] == {"const": messages.SCHEMA_VERSION}


@pytest.mark.parametrize("topic", topics.ALL_TOPICS, ids=lambda t: t.name)
def test_a_valid_message_round_trips(topic: topics.Topic) -> None:
    sample = SAMPLES[topic]
    raw = messages.encode(sample, topic)
    assert messages.decode(raw, topic, MODELS[topic]) == sample


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"not json", "not JSON"),
        (None, "tombstone"),
        (b'{"schema_version": 2}', "schema_version"),
        (b"[]", "is not of type 'object'"),
    ],
)
def test_a_bad_message_is_poison_with_a_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(PoisonMessage, match=reason):
        messages.decode(raw, topics.ARTICLES_RAW, messages.RawArticle)


def test_a_message_missing_a_required_field_names_it() -> None:
    document = json.loads(messages.encode(SAMPLES[topics.ARTICLES_RAW], topics.ARTICLES_RAW))
    del document["body"]
    with pytest.raises(PoisonMessage, match="'body' is a required property"):
        messages.decode(json.dumps(document).encode(), topics.ARTICLES_RAW, messages.RawArticle)


def test_a_format_only_the_fast_validator_checks_is_poison_with_its_reason() -> None:
    # Without an RFC 3339 checker installed, the interpreting validator leaves date-times unchecked: the
    # reason then comes from the fast validator.
    document = json.loads(messages.encode(SAMPLES[topics.ARTICLES_RAW], topics.ARTICLES_RAW))
    document["fetched_at"] = "2026-13-02T10:00:00Z"
    with pytest.raises(PoisonMessage, match=r"2026-13-02T10:00:00Z. is not a .date-time."):
        messages.decode(json.dumps(document).encode(), topics.ARTICLES_RAW, messages.RawArticle)


def test_an_invalid_message_is_never_produced() -> None:
    bad = SAMPLES[topics.ARTICLES_RAW].model_copy(update={"id": "not-a-hash"})
    with pytest.raises(PoisonMessage, match="id"):
        messages.encode(bad, topics.ARTICLES_RAW)


def test_schema_files_are_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    for entry in SCHEMAS.joinpath("topics").iterdir():
        Draft202012Validator.check_schema(read_schema("topics", entry.name))
