"""topic_admin.py: the topic specifications (creating them on the real broker: tests/integration/core/)."""

from __future__ import annotations

from newsmon.core.topic_admin import topic_specs
from newsmon.core.topics import ALL_TOPICS


def test_topic_specs_compact_what_is_compacted_and_keep_rules_on_one_partition() -> None:
    specs = {spec.name: spec for spec in topic_specs("ns", partitions=4)}
    assert set(specs) == {topic.qualified("ns") for topic in ALL_TOPICS}
    assert specs["ns.rules"].num_partitions == 1
    assert specs["ns.rules"].topic_configs == {"cleanup.policy": "compact"}
    assert specs["ns.articles.raw"].num_partitions == 4
    assert specs["ns.articles.raw"].topic_configs == {}
