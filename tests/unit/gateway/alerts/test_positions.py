"""positions.py: event ids of the alert stream."""

from __future__ import annotations

import pytest

from newsmon.gateway.alerts.positions import BadPosition, decode_position, encode_position


def test_a_position_round_trips_partitions_in_order() -> None:
    assert encode_position({1: 7, 0: 15}) == "0:15,1:7"
    assert decode_position("0:15,1:7") == {0: 15, 1: 7}


@pytest.mark.parametrize("event_id", ["", "x", "0:", "0:1,", "-1:2", "0:1;1:2", "0:1" + ",0:1" * 1000])
def test_anything_else_is_a_bad_position(event_id: str) -> None:
    with pytest.raises(BadPosition):
        decode_position(event_id)
