"""Messages for the indexer and gateway tests, in sentences written for newsmon (no third-party text)."""

from __future__ import annotations

from typing import Any

from newsmon.core.ids import digest
from newsmon.core.messages import DenialRecord, EnrichedArticle
from tests.support.articles import NOW, article_fields

INDONESIAN_TITLE = "Kementerian membantah laporan penundaan pemilu"
INDONESIAN_BODY = (
    "Juru bicara Kementerian Dalam Negeri membantah laporan bahwa pemerintah akan menunda pemilu. "
    "Ia menyebut kabar itu tidak berdasar."
)
ENGLISH_BODY = (
    "The Harbour Authority denies reports that the northern port will close next year. "
    "A spokesperson said no such plan exists."
)


def enriched_article(url: str = "https://news.example.org/a/1", **overrides: Any) -> EnrichedArticle:
    """An English article about a denial; ``overrides`` replace any field."""
    fields: dict[str, Any] = {
        **article_fields(url, ENGLISH_BODY),
        "language": {"code": "en", "confidence": 0.98},
        "entities": [
            {
                "text": "Harbour Authority",
                "label": "ORG",
                "start": 4,
                "end": 21,
                "canonical": "Harbour Authority",
            }
        ],
        "denial_count": 1,
        "processed_at": NOW,
    }
    return EnrichedArticle.model_validate(fields | overrides)


def indonesian_article(url: str = "https://berita.example.id/b/2", **overrides: Any) -> EnrichedArticle:
    """An Indonesian article with "membantah" in it; ``overrides`` replace any field."""
    fields: dict[str, Any] = {
        "source": "berita.example.id",
        "feed_url": None,
        "title": INDONESIAN_TITLE,
        "body": INDONESIAN_BODY,
        "language": {"code": "id", "confidence": 0.95},
        "entities": [
            {
                "text": "Kementerian Dalam Negeri",
                "label": "ORG",
                "start": 12,
                "end": 36,
                "canonical": "Ministry of Home Affairs",
            }
        ],
    }
    return enriched_article(url, **(fields | overrides))


def denial_record(article: EnrichedArticle | None = None, **overrides: Any) -> DenialRecord:
    """The denial found in ``article`` (default: the English one); ``overrides`` replace any field."""
    article = article or enriched_article()
    sentence = article.body.split(". ")[0] + "."
    trigger = "membantah" if article.language.code == "id" else "denies"
    start = sentence.index(trigger)
    fields: dict[str, Any] = {
        "id": digest(article.id, "0", str(len(sentence))),
        "article_id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "language": article.language.code,
        "type": "denial",
        "denier": {
            "text": article.entities[0].text,
            "start": article.entities[0].start,
            "end": article.entities[0].end,
            "canonical": article.entities[0].canonical,
            "role": None,
        },
        "trigger": {"text": trigger, "start": start, "end": start + len(trigger)},
        "claim": {
            "text": sentence[start + len(trigger) + 1 :],
            "start": start + len(trigger) + 1,
            "end": len(sentence),
        },
        "claim_source": None,
        "evidence": {"text": sentence, "start": 0, "end": len(sentence)},
        "confidence": 0.9,
        "detected_at": NOW,
    }
    return DenialRecord.model_validate(fields | overrides)
