"""Messages and analyses for the processor tests, in sentences written for newsmon (no third-party text)."""

from __future__ import annotations

from typing import Any

from newsmon.core.messages import AlertRule, DenialRecord, RawArticle
from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Language, Span
from tests.support.articles import NOW, article_fields

BODY = (
    "The Harbour Authority denied reports that the northern port will close next year. "
    "A spokesperson declined to comment on the budget."
)


def raw_article(url: str = "https://news.example.org/a/1", **overrides: Any) -> RawArticle:
    """An English article with one denial and one refusal to comment; ``overrides`` replace any field."""
    return RawArticle(**(article_fields(url, BODY) | {"language_hint": "en"} | overrides))


def span(text: str, part: str) -> Span:
    """The span of the first ``part`` in ``text``."""
    start = text.index(part)
    return Span(part, start, start + len(part))


ENGLISH = Language("en", 0.97)


def analysis(text: str = BODY, language: Language = ENGLISH) -> Analysis:
    """What the extraction core finds in :data:`BODY`: an organisation, a denial and a non-denial."""
    org = span(text, "Harbour Authority")
    return Analysis(
        language=language,
        sentences=[span(text, text.split(". ")[0] + ".")],
        entities=[Entity(org.text, "ORG", org.start, org.end, "Harbour Authority")],
        denials=[
            Denial(
                type="denial",
                denier=Denier(org.text, org.start, org.end, "Harbour Authority", None),
                trigger=span(text, "denied"),
                claim=span(text, "the northern port will close next year"),
                claim_source="reports",
                evidence=span(text, text.split(". ")[0] + "."),
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


def denial_record(**overrides: Any) -> DenialRecord:
    """An Indonesian denial by the Ministry of Home Affairs; ``overrides`` replace any field."""
    evidence = "Kementerian Dalam Negeri membantah laporan bahwa pemerintah akan menunda pemilu."
    fields: dict[str, Any] = {
        "id": "0" * 32,
        "article_id": "1" * 32,
        "url": "https://berita.example.id/a/2",
        "source": "berita.example.id",
        "title": "Kementerian membantah laporan penundaan pemilu",
        "published": NOW,
        "language": "id",
        "type": "denial",
        "denier": {
            **_span_dict(evidence, "Kementerian Dalam Negeri"),
            "canonical": "Ministry of Home Affairs",
            "role": None,
        },
        "trigger": _span_dict(evidence, "membantah"),
        "claim": _span_dict(evidence, "pemerintah akan menunda pemilu"),
        "claim_source": "laporan",
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
        "confidence": 0.8,
        "detected_at": NOW,
    }
    fields.update(overrides)
    return DenialRecord(**fields)


def _span_dict(text: str, part: str) -> dict[str, Any]:
    found = span(text, part)
    return {"text": found.text, "start": found.start, "end": found.end}


def alert_rule(**overrides: Any) -> AlertRule:
    """An enabled rule without conditions (it matches every denial); ``overrides`` add them."""
    fields: dict[str, Any] = {"id": "rule-1", "name": "Everything", "created_at": NOW}
    fields.update(overrides)
    return AlertRule(**fields)
