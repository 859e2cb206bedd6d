"""Topics are created once, on the real broker, with the partitions and cleanup policy they need."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

from newsmon.core.settings import CommonSettings
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ALL_TOPICS, RULES
from newsmon.processor.app import create_app
from newsmon.processor.settings import ProcessorSettings
from tests.support.stack import remove_topics, require_kafka

BOOTSTRAP = CommonSettings().kafka_bootstrap_servers


@pytest.fixture
def admin(namespace: str) -> Iterator[KafkaAdminClient]:
    require_kafka(BOOTSTRAP)
    client = KafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    yield client
    client.close()
    remove_topics(BOOTSTRAP, namespace)


def test_every_topic_is_created_once_with_its_policy(admin: KafkaAdminClient, namespace: str) -> None:
    created = ensure_topics(BOOTSTRAP, namespace, partitions=3)
    assert sorted(created) == sorted(topic.qualified(namespace) for topic in ALL_TOPICS)
    assert ensure_topics(BOOTSTRAP, namespace, partitions=3) == []

    rules = RULES.qualified(namespace)
    described = {t["name"]: len(t["partitions"]) for t in admin.describe_topics(created)}
    assert described[rules] == 1
    assert described[f"{namespace}.articles.raw"] == 3
    configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, rules)])
    assert configs["topic"][rules]["cleanup.policy"]["value"] == "compact"


def test_a_services_own_topics_are_created_with_the_others_and_have_leaders(
    admin: KafkaAdminClient, namespace: str
) -> None:
    changelogs = create_app(ProcessorSettings(namespace=namespace, topic_partitions=3)).changelog_specs()
    created = ensure_topics(BOOTSTRAP, namespace, partitions=3, extra=changelogs)

    assert {spec.name for spec in changelogs} <= set(created)
    described = admin.describe_topics([spec.name for spec in changelogs])
    assert {t["name"]: len(t["partitions"]) for t in described} == {s.name: s.num_partitions for s in changelogs}
    assert all(partition["leader_id"] >= 0 for topic in described for partition in topic["partitions"])
