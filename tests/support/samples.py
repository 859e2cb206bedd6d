"""Sample messages and analyses for every test area, in sentences written for newsmon (no third-party text).

An English article as the fetcher publishes it (:func:`raw_article`) and as the extraction core reads it
(:func:`analysis`); enriched articles in English and Indonesian as the indexer receives them; the denial
record of an article, an alert rule and an alert. ``overrides`` replace any field of a message.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsmon.core.ids import article_id, canonicalize_url, digest
from newsmon.core.messages import Alert, AlertRule, DenialRecord, EnrichedArticle, RawArticle, Report
from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Language, Span

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ENGLISH = Language("en", 0.97)

TITLE = "Harbour authority denies plan to close the port"
# One denial and one refusal to comment (a non-denial): what :func:`analysis` finds.
BODY = (
    "The Harbour Authority denied reports that the northern port will close next year. "
    "A spokesperson declined to comment on the budget."
)
# "denies" in the present tense, so that a search for "denied" has to stem to find it.
ENGLISH_BODY = (
    "The Harbour Authority denies reports that the northern port will close next year. "
    "A spokesperson said no such plan exists."
)
INDONESIAN_TITLE = "Kementerian membantah laporan penundaan pemilu"
INDONESIAN_BODY = (
    "Juru bicara Kementerian Dalam Negeri membantah laporan bahwa pemerintah akan menunda pemilu. "
    "Ia menyebut kabar itu tidak berdasar."
)
TRIGGERS = {"en": "denies", "id": "membantah"}


def span(text: str, part: str) -> Span:
    """The span of the first ``part`` in ``text``; raises ValueError when it is absent."""
    start = text.index(part)
    return Span(part, start, start + len(part))


def _span_fields(found: Span) -> dict[str, Any]:
    """``found`` as the fields of a span in a message."""
    return {"text": found.text, "start": found.start, "end": found.end}


def _article_fields(url: str) -> dict[str, Any]:
    """What every sample article says about itself: its id from ``url``, source, feed, dates."""
    canonical = canonicalize_url(url)
    return {
        "id": article_id(canonical),
        "url": url,
        "canonical_url": canonical,
        "source": "news.example.org",
        "feed_url": "https://news.example.org/feed.xml",
        "title": TITLE,
        "published": NOW,
        "fetched_at": NOW,
    }


def raw_article(url: str = "https://news.example.org/a/1", **overrides: Any) -> RawArticle:
    """An English article with :data:`BODY` (one denial, one refusal to comment), as the fetcher sends it."""
    fields = _article_fields(url) | {"body": BODY, "language_hint": "en"}
    return RawArticle.model_validate(fields | overrides)


def enriched_article(url: str = "https://news.example.org/a/1", **overrides: Any) -> EnrichedArticle:
    """An English article about a denial (:data:`ENGLISH_BODY`), as the processor sends it."""
    fields = _article_fields(url) | {
        "body": ENGLISH_BODY,
        "language": {"code": "en", "confidence": 0.98},
        "entities": [
            {**_span_fields(span(ENGLISH_BODY, "Harbour Authority")), "label": "ORG", "canonical": "Harbour Authority"}
        ],
        "denial_count": 1,
        "processed_at": NOW,
    }
    return EnrichedArticle.model_validate(fields | overrides)


def indonesian_article(url: str = "https://berita.example.id/b/2", **overrides: Any) -> EnrichedArticle:
    """An Indonesian article in which a ministry "membantah" (denies) a report, as the processor sends it."""
    fields: dict[str, Any] = {
        "source": "berita.example.id",
        "feed_url": None,
        "title": INDONESIAN_TITLE,
        "body": INDONESIAN_BODY,
        "language": {"code": "id", "confidence": 0.95},
        "entities": [
            {
                **_span_fields(span(INDONESIAN_BODY, "Kementerian Dalam Negeri")),
                "label": "ORG",
                "canonical": "Ministry of Home Affairs",
            }
        ],
    }
    return enriched_article(url, **(fields | overrides))


def denial_record(article: EnrichedArticle | None = None, **overrides: Any) -> DenialRecord:
    """The denial in the first sentence of ``article`` (default: :func:`indonesian_article`), by its first
    entity, with confidence 0.8; the claim is what follows the trigger."""
    article = article or indonesian_article()
    sentence = article.body.split(". ")[0] + "."
    trigger = span(sentence, TRIGGERS[article.language.code])
    evidence = span(sentence, sentence)
    denier = article.entities[0]
    fields: dict[str, Any] = {
        "id": digest(article.id, str(trigger.start), str(evidence.start)),
        "article_id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "language": article.language.code,
        "type": "denial",
        "denier": denier.model_dump(include={"text", "start", "end", "canonical"}) | {"role": None},
        "trigger": _span_fields(trigger),
        "claim": {"text": sentence[trigger.end + 1 :], "start": trigger.end + 1, "end": len(sentence)},
        "claim_source": None,
        "evidence": _span_fields(evidence),
        "confidence": 0.8,
        "detected_at": NOW,
    }
    return DenialRecord.model_validate(fields | overrides)


def analysis(text: str = BODY, language: Language = ENGLISH) -> Analysis:
    """What the extraction core finds in :data:`BODY`: an organisation, a denial and a non-denial."""
    org = span(text, "Harbour Authority")
    first_sentence = span(text, text.split(". ")[0] + ".")
    return Analysis(
        language=language,
        sentences=[first_sentence],
        entities=[Entity(org.text, "ORG", org.start, org.end, "Harbour Authority")],
        denials=[
            Denial(
                type="denial",
                denier=Denier(org.text, org.start, org.end, "Harbour Authority", None),
                trigger=span(text, "denied"),
                claim=span(text, "the northern port will close next year"),
                claim_source="reports",
                evidence=first_sentence,
                confidence=0.9,
            ),
            Denial(
                type="non_denial",
                denier=None,
                trigger=span(text, "declined to comment"),
                claim=None,
                claim_source=None,
                evidence=span(text, "A spokesperson declined to comment on the budget."),
                confidence=0.7,
            ),
        ],
    )


def alert_rule(**overrides: Any) -> AlertRule:
    """An enabled rule without conditions (it matches every denial); ``overrides`` add them."""
    fields: dict[str, Any] = {"id": "rule-1", "name": "Everything", "created_at": NOW}
    return AlertRule.model_validate(fields | overrides)


def alert(denial: DenialRecord | None = None, **overrides: Any) -> Alert:
    """The first version of the alert of :func:`alert_rule` for ``denial`` (default: :func:`denial_record`)."""
    denial = denial or denial_record()
    fields: dict[str, Any] = {
        "id": digest("rule-1", denial.id),
        "rule_id": "rule-1",
        "rule_name": "Everything",
        "story_id": denial.id,
        "denial": denial,
        "reports": [Report.of(denial)],
        "created_at": NOW,
        "updated_at": NOW,
    }
    return Alert.model_validate(fields | overrides)
