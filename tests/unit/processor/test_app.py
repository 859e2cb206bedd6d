"""app.py: the Faust app's servers, producer, consumer group and the changelogs of its tables."""

from __future__ import annotations

from typing import Any

from newsmon.core.topics import RULES
from newsmon.processor.app import create_app
from newsmon.processor.quiet import LevelCheckedLogger
from newsmon.processor.settings import ProcessorSettings


def test_faust_web_and_metrics_listen_on_loopback_by_default_and_can_be_moved() -> None:
    settings = ProcessorSettings(namespace="test-app")
    assert (create_app(settings).app.conf.web_bind, settings.metrics_host) == ("127.0.0.1", "127.0.0.1")
    moved = ProcessorSettings(namespace="test-app", faust_web_host="0.0.0.0", metrics_host="0.0.0.0")
    assert create_app(moved).app.conf.web_bind == "0.0.0.0"


def test_the_producer_takes_messages_up_to_the_processor_cap() -> None:
    settings = ProcessorSettings(namespace="test-app", processor_max_message_bytes=2_000_000)
    assert create_app(settings).app.conf.producer_max_request_size == 2_000_000


def test_the_producer_is_idempotent_and_waits_for_every_replica() -> None:
    processor = create_app(ProcessorSettings(namespace="test-app"))
    producer = processor.app.transport.create_producer()
    settings = {**producer._settings_default(), **producer._settings_extra()}
    assert (settings["acks"], settings["enable_idempotence"]) == ("all", True)


def test_a_killed_worker_is_given_up_on_after_the_session_timeout() -> None:
    settings = ProcessorSettings(namespace="test-app", processor_session_timeout_seconds=12)
    assert create_app(settings).app.conf.broker_session_timeout == 12
    assert ProcessorSettings(namespace="test-app").processor_session_timeout_seconds == 10


def test_the_tables_changelogs_are_specified_as_faust_declares_them() -> None:
    processor = create_app(ProcessorSettings(namespace="test-app", topic_partitions=4))
    specs = {spec.name: (spec.num_partitions, spec.topic_configs) for spec in processor.changelog_specs()}
    compacted = {"cleanup.policy": "compact"}
    assert specs == {
        "test-app.newsmon-processor-rules-changelog": (1, compacted),
        "test-app.newsmon-processor-stories-changelog": (4, compacted),
        "test-app.newsmon-processor-alerts-changelog": (4, compacted),
    }
    assert {table.changelog_topic.get_topic_name() for table in processor.app.tables.values()} == set(specs)


def test_agents_format_no_log_line_that_is_off() -> None:
    processor = create_app(ProcessorSettings(namespace="test-app"))

    async def agent(stream: Any) -> None:
        async for _ in stream:
            pass

    assert isinstance(processor.app.agent(processor.topics[RULES], name="quiet")(agent).log, LevelCheckedLogger)
