"""topic_admin.py: the topic specifications (creating them on the real broker: tests/integration/core/)."""

from __future__ import annotations

from typing import Any

import pytest
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from newsmon.core import topic_admin
from newsmon.core.topic_admin import topic_specs
from newsmon.core.topics import ALL_TOPICS


def test_topic_specs_compact_what_is_compacted_and_keep_rules_on_one_partition() -> None:
    specs = {spec.name: spec for spec in topic_specs("ns", partitions=4)}
    assert set(specs) == {topic.qualified("ns") for topic in ALL_TOPICS}
    assert specs["ns.rules"].num_partitions == 1
    assert specs["ns.rules"].topic_configs == {"cleanup.policy": "compact"}
    assert specs["ns.articles.raw"].num_partitions == 4
    assert specs["ns.articles.raw"].topic_configs == {}


class RacedAdmin:
    """An admin client whose topics another service creates first: they exist without leaders at first."""

    def __init__(self, **_: object) -> None:
        self.described = 0

    def list_topics(self) -> list[str]:
        return []

    def create_topics(self, topics: list[NewTopic]) -> None:
        raise TopicAlreadyExistsError()

    def describe_topics(self, names: list[str]) -> list[dict[str, Any]]:
        self.described += 1
        leader = 0 if self.described > 2 else -1
        return [{"name": name, "error_code": 0, "partitions": [{"leader_id": leader}]} for name in names]

    def close(self) -> None:
        pass


def test_topics_created_by_another_service_are_waited_for_until_they_have_leaders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admins: list[RacedAdmin] = []
    monkeypatch.setattr(topic_admin, "KafkaAdminClient", lambda **kw: admins.append(RacedAdmin(**kw)) or admins[-1])
    topic_admin.ensure_topics("127.0.0.1:9", "ns", partitions=2, timeout=5)
    assert admins[0].described == 3
