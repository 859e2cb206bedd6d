"""tools/benchmark/documents.py: synthetic indexed articles and denial records for the search benchmark."""

from __future__ import annotations

from newsmon.core.indices import ARTICLES, DENIALS
from tools.benchmark.documents import bulk_actions


def test_articles_come_with_their_denial_records_deterministically() -> None:
    first = list(bulk_actions(30, seed=3))
    assert [tuple(a.id for a in actions) for actions in first] == [
        tuple(a.id for a in actions) for actions in bulk_actions(30, seed=3)
    ]
    assert len(first) == 30
    for actions in first:
        article, *denials = actions
        assert article.index == ARTICLES.kind and article.source["terms"]
        for denial in denials:
            assert denial.index == DENIALS.kind
            assert denial.source["article_id"] == article.id
            assert denial.source["denier"]["canonical"] in {e["canonical"] for e in article.source["entities"]}
    assert len({actions[0].source["language"] for actions in first}) > 2
    assert sum(len(actions) == 2 for actions in first) > 20
