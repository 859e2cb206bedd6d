"""tools.evaluation.stories: the set loads and the pairwise scores count what they say."""

from __future__ import annotations

from tools.evaluation.stories import load, pair_scores


def test_the_set_has_copies_of_each_story_and_stories_that_stay_apart() -> None:
    copies = load()
    stories = {copy["story"] for copy in copies}
    assert len(copies) >= 25 and len(stories) >= 8
    assert {copy["language"] for copy in copies} >= {"en", "fr", "de", "es"}


def test_pair_scores() -> None:
    scores = pair_scores(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    assert (scores["merged_right"], scores["merged_wrong"], scores["missed"]) == (1, 2, 1)
    assert (scores["precision"], scores["recall"]) == (0.333, 0.5)
    assert pair_scores(["a"], ["x"])["precision"] == 1.0
