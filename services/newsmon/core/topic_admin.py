"""Creates every newsmon topic up front, with its partitions and cleanup policy.

Consumers that join their group before a topic exists can be left without it for minutes (the client only
looks again at its next metadata refresh), and a topic auto-created by a producer gets the broker's
defaults (one partition, no compaction). Creating all of them before any service consumes avoids both.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from newsmon.core.errors import TransientError
from newsmon.core.topics import ALL_TOPICS, RULES

log = logging.getLogger("newsmon.topics")


def topic_specs(namespace: str, partitions: int) -> list[NewTopic]:
    """The topics of ``namespace`` as they should exist: compacted where the topic says so, and one
    partition for ``rules`` (the processor's global rule table requires its source to match its changelog)."""
    return [
        NewTopic(
            name=topic.qualified(namespace),
            num_partitions=1 if topic is RULES else partitions,
            replication_factor=1,
            topic_configs={"cleanup.policy": "compact"} if topic.compacted else {},
        )
        for topic in ALL_TOPICS
    ]


def ensure_topics(
    bootstrap_servers: str,
    namespace: str,
    partitions: int,
    timeout: float = 30.0,
    extra: Sequence[NewTopic] = (),
) -> list[str]:
    """Create the topics of ``namespace``, and ``extra`` ones (a service's own, such as its changelogs), that
    do not exist yet and wait until every partition has a leader (a consumer group that forms earlier is
    assigned nothing); return the names created.

    Raises TransientError when the broker cannot be reached, refuses, or the leaders take over ``timeout``."""
    wanted: dict[str, NewTopic] = {spec.name: spec for spec in [*topic_specs(namespace, partitions), *extra]}
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id="newsmon-topics")
    except KafkaError as exc:
        raise TransientError(f"Kafka at {bootstrap_servers} unreachable: {exc}") from exc
    try:
        missing = [spec for name, spec in wanted.items() if name not in set(admin.list_topics())]
        if missing:
            _create(admin, missing)
        # Also when another service created them: its topics may still lack leaders.
        _wait_for_leaders(admin, list(wanted), timeout)
    except KafkaError as exc:
        raise TransientError(f"creating topics on {bootstrap_servers} failed: {exc}") from exc
    finally:
        admin.close()
    created = [spec.name for spec in missing]
    if created:
        log.info("created topics %s", ", ".join(created))
    return created


def _create(admin: KafkaAdminClient, topics: list[NewTopic]) -> None:
    with contextlib.suppress(TopicAlreadyExistsError):  # another service created them at the same moment
        admin.create_topics(topics)


def _wait_for_leaders(admin: KafkaAdminClient, names: list[str], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        described = admin.describe_topics(names)
        ready = {
            topic["name"]
            for topic in described
            if topic["error_code"] == 0
            and topic["partitions"]
            and all(partition["leader_id"] >= 0 for partition in topic["partitions"])
        }
        if ready >= set(names):
            return
        if time.monotonic() > deadline:
            raise TransientError(f"topics without leaders after {timeout:.0f}s: {sorted(set(names) - ready)}")
        time.sleep(0.1)
