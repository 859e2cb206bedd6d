from prometheus_client import REGISTRY

from newsmon.core.monitor import Monitor, lag_by_topic


def test_lag_sums_end_minus_committed_per_topic_and_counts_uncommitted_partitions_from_zero() -> None:
    end = {("ns.articles.raw", 0): 10, ("ns.articles.raw", 1): 5, ("ns.denials", 0): 3, ("other", 0): 99}
    committed = {("ns.articles.raw", 0): 7, ("ns.denials", 0): 3}
    topics = {"ns.articles.raw": "articles.raw", "ns.denials": "denials", "ns.rules": "rules"}
    assert lag_by_topic(end, committed, topics) == {"articles.raw": 8, "denials": 0, "rules": 0}


def test_a_committed_offset_past_the_end_is_no_negative_lag() -> None:
    assert lag_by_topic({("t", 0): 5}, {("t", 0): 9}, {"t": "t"}) == {"t": 0}


def test_a_check_records_each_dependency_as_seen() -> None:
    Monitor("unit-test", {"kafka": lambda: True, "elasticsearch": lambda: False}).check()
    labels = {"service": "unit-test"}
    assert REGISTRY.get_sample_value("newsmon_dependency_up", {**labels, "dependency": "kafka"}) == 1
    assert REGISTRY.get_sample_value("newsmon_dependency_up", {**labels, "dependency": "elasticsearch"}) == 0
