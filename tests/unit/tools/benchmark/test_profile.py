"""The article step's profile: every part of the step gets its share, compiled modules included."""

from __future__ import annotations

from tests.support.samples import raw_article
from tools.benchmark.suite.profile import PARTS, profile_article_step


def test_every_part_of_the_article_step_has_a_share() -> None:
    article = raw_article(
        title="Ministry denies report", body="The ministry denied reports that the port will close. " * 20
    )
    profile = profile_article_step([article])
    assert set(profile["share"]) == set(PARTS)
    assert all(share > 0 for share in profile["share"].values()), profile["share"]
    assert 0 < profile["step_cpu_ms_per_article"] < profile["cpu_ms_per_article"]  # cProfile's own cost
