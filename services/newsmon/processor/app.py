"""The Faust app of the processor, its topics and its table, declared once from settings.

Topics carry raw bytes (``raw`` serializers): the project's own ``encode``/``decode`` validate every
message against ``schemas/topics/``, which Faust's codecs would not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import faust
from aiokafka.errors import MessageSizeTooLargeError
from faust.types import TopicT
from faust.types.tables import CollectionT, GlobalTableT, TableT
from kafka.admin import NewTopic

from newsmon.core.errors import PoisonMessage
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DEAD_LETTER, DENIALS, RULES, Topic
from newsmon.processor.handling import Output
from newsmon.processor.quiet import QuietAgent
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.transport import ProcessorTransport

APP_NAME = "newsmon-processor"

METADATA_MAX_AGE_MS = 10_000

# An article's enriched message, its denials and the stories' changelog entries leave in a few produce
# requests instead of one each: fewer requests, responses and fetches of tiny batches for the event loop.
PRODUCER_LINGER_SECONDS = 0.02

TOPICS = (ARTICLES_RAW, ARTICLES_ENRICHED, DENIALS, RULES, ALERTS, DEAD_LETTER)


@dataclass(frozen=True, slots=True)
class ProcessorApp:
    """The Faust app with its topics (by newsmon topic) and the table of alert rules."""

    settings: ProcessorSettings
    app: faust.App
    topics: Mapping[Topic, TopicT]
    # rule id -> the rule as its JSON document; every worker holds all of it (a global table), since any
    # denial, whatever its partition, is matched against every rule.
    rules: GlobalTableT
    # story key (canonical denier) -> that denier's open stories and their alerts (processor.stories);
    # partitioned like the denials topic, which is keyed by story key.
    stories: TableT[str, Any]
    # alert id -> the last version of the alert, for the alerts of open stories (processor.steps.AlertStep).
    alerts: TableT[str, Any]

    async def send(self, output: Output) -> None:
        """Produce ``output`` to its topic (created with the others at start: ``newsmon.core.topic_admin``).

        Raises PoisonMessage when the message is too large for the producer, else what it raises."""
        channel = self.topics[output.topic]
        try:
            await channel.send(key=None if output.key is None else output.key.encode("utf-8"), value=output.value)
        except MessageSizeTooLargeError as exc:
            size = len(output.value or b"")
            raise PoisonMessage(f"{output.topic.name}: message of {size} bytes is too large: {exc}") from exc

    def changelog_specs(self) -> list[NewTopic]:
        """The changelog topics of the tables, as Faust creates them (compacted, partitioned like their sources).

        Faust creates them only as the worker starts, a moment before it joins the group; a topic whose
        partitions have no leader yet is left out of that first assignment until a metadata refresh
        rebalances the group. Created with the other topics before the worker starts, they are ready."""
        return [_changelog_spec(self.app, table) for table in (self.rules, self.stories, self.alerts)]


def app_id(namespace: str) -> str:
    """The Faust app id (also the consumer group and the prefix of changelog topics) in ``namespace``."""
    return f"{namespace}.{APP_NAME}" if namespace else APP_NAME


def create_app(settings: ProcessorSettings) -> ProcessorApp:
    """Return the processor's Faust app, topics and rule table, configured from ``settings``; no agents
    yet (see :func:`newsmon.processor.agents.register_agents`). Nothing connects until the worker starts."""
    identifier = app_id(settings.namespace)
    app = faust.App(
        identifier,
        broker=[f"kafka://{server.strip()}" for server in settings.kafka_bootstrap_servers.split(",")],
        store=settings.faust_store,
        datadir=settings.faust_datadir / identifier,
        web_enabled=settings.faust_web_port != 0,
        # Faust validates the port even when its web server is off.
        web_port=settings.faust_web_port or None,
        web_bind=settings.faust_web_host,
        producer_max_request_size=settings.processor_max_message_bytes,
        producer_linger=PRODUCER_LINGER_SECONDS,
        broker_session_timeout=settings.processor_session_timeout_seconds,
        topic_partitions=settings.topic_partitions,
        table_standby_replicas=settings.processor_standby_replicas,
        # A topic created as the group forms can be missing from the first assignment (the broker's metadata
        # lags its creation) and aiokafka only notices it at the next refresh: 5 minutes by default.
        consumer_metadata_max_age_ms=METADATA_MAX_AGE_MS,
        key_serializer="raw",
        value_serializer="raw",
        Agent=QuietAgent,
    )
    app.transport = ProcessorTransport(app.conf.broker_consumer, app)
    topics = {
        topic: app.topic(
            topic.qualified(settings.namespace),
            key_serializer="raw",
            value_serializer="raw",
            # Faust creates the consumed topics when absent (and ProcessorApp.send the others).
            internal=True,
            compacting=topic.compacted or None,
            # The rule table's changelog has one partition and Faust requires its source to match.
            partitions=1 if topic is RULES else None,
        )
        for topic in TOPICS
    }

    # recovery_buffer_size=1 applies each rule change at once (Faust's advice for a GlobalTable).
    rules = app.GlobalTable("rules", partitions=1, recovery_buffer_size=1, help="Alert rules by id")
    # Keys and values are JSON (Faust's default for a table without types).
    stories = app.Table("stories", help="Open stories by denier")
    alerts = app.Table("alerts", help="The last version of each alert of an open story")
    return ProcessorApp(settings=settings, app=app, topics=topics, rules=rules, stories=stories, alerts=alerts)


def _changelog_spec(app: faust.App, table: CollectionT) -> NewTopic:
    changelog = table.changelog_topic
    return NewTopic(
        name=changelog.get_topic_name(),
        num_partitions=changelog.partitions or app.conf.topic_partitions,
        replication_factor=changelog.replicas or app.conf.topic_replication_factor,
        topic_configs={"cleanup.policy": "compact"} if changelog.compacting else {},
    )
