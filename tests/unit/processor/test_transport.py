from faust.types import TP

from newsmon.processor.app import create_app
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.transport import HealingConsumer, IdempotentProducer, stalled_partitions

RAW = TP("articles.raw", 0)
OTHER = TP("articles.raw", 1)


def test_a_gap_the_fetch_loop_read_past_with_nothing_pending_is_a_stall() -> None:
    stalled = stalled_partitions({RAW: [240, 241, 242]}, {RAW: 226}, {RAW: 242}, {})
    assert stalled == {RAW: 226}


def test_acks_that_follow_the_committed_offset_are_no_stall() -> None:
    assert stalled_partitions({RAW: [226, 227]}, {RAW: 226}, {RAW: 227}, {}) == {}


def test_a_message_still_pending_before_the_acked_ones_is_no_stall() -> None:
    assert stalled_partitions({RAW: [240]}, {RAW: 226}, {RAW: 240}, {RAW: [226]}) == {}


def test_a_pending_message_after_the_gap_does_not_fill_it() -> None:
    assert stalled_partitions({RAW: [240]}, {RAW: 226}, {RAW: 241}, {RAW: [241]}) == {RAW: 226}


def test_no_stall_while_the_fetch_loop_reads_the_gap_again_after_a_seek() -> None:
    assert stalled_partitions({RAW: [240]}, {RAW: 226}, {RAW: 226}, {}) == {}


def test_gaps_faust_commits_over_are_no_stall() -> None:
    # One offset (Faust's tolerance), and a partition never committed (offset 0 or unknown).
    assert stalled_partitions({RAW: [227]}, {RAW: 226}, {RAW: 227}, {}) == {}
    assert stalled_partitions({RAW: [5]}, {RAW: 0}, {RAW: 5}, {}) == {}
    assert stalled_partitions({RAW: [5]}, {}, {RAW: 5}, {}) == {}


def test_only_the_stalled_partition_is_named() -> None:
    acked = {RAW: [240], OTHER: [12, 13]}
    assert stalled_partitions(acked, {RAW: 226, OTHER: 12}, {RAW: 240, OTHER: 13}, {}) == {RAW: 226}


def test_the_app_consumes_with_the_healing_consumer_and_produces_idempotently() -> None:
    transport = create_app(ProcessorSettings()).app.transport
    assert transport.Consumer is HealingConsumer
    assert transport.Producer is IdempotentProducer
