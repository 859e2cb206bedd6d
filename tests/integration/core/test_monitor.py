"""What a service sees of the real broker and node: reachability, and a consumer group's lag."""

from __future__ import annotations

from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from newsmon.core.monitor import GroupLag, elasticsearch_reachable, tcp_reachable
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_RAW, DENIALS
from tests.support.ports import free_port
from tests.support.stack import produce


def test_the_broker_and_the_node_are_reachable_and_a_closed_port_is_not(stack: CommonSettings) -> None:
    assert tcp_reachable(stack.kafka_bootstrap_servers)
    assert elasticsearch_reachable(stack.elasticsearch_url)
    assert not tcp_reachable(f"127.0.0.1:{free_port()}")
    assert not elasticsearch_reachable(f"http://127.0.0.1:{free_port()}")


def test_lag_is_what_the_group_has_not_committed(stack: CommonSettings) -> None:
    produce(stack, ARTICLES_RAW, [b"1", b"2", b"3"])
    group = f"{stack.namespace}.lag-test"
    topic = ARTICLES_RAW.qualified(stack.namespace)
    consumer = KafkaConsumer(bootstrap_servers=stack.kafka_bootstrap_servers, group_id=group)
    try:
        consumer.commit({TopicPartition(topic, 0): OffsetAndMetadata(1, "", -1)})
    finally:
        consumer.close(autocommit=False)
    topics = {topic: ARTICLES_RAW.name, DENIALS.qualified(stack.namespace): DENIALS.name}
    lag = GroupLag(stack.kafka_bootstrap_servers, group, topics)
    try:
        assert lag.read() == {"articles.raw": 2, "denials": 0}
    finally:
        lag.close()
