"""From a raw article and what the extraction core found in it to the messages the processor produces."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from newsmon.core.ids import digest
from newsmon.core.messages import DenialRecord, EnrichedArticle, RawArticle
from newsmon.nlp.language import language_code
from newsmon.nlp.types import Analysis, Denial, Language

# A feed's declared language is right more often than a weak detection, but it is not evidence from the
# text: it is recorded at this confidence so that consumers can tell it from a confident detection.
HINT_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Enrichment:
    """The processor's output for one article: the enriched article and one record per denial."""

    article: EnrichedArticle
    denials: list[DenialRecord]


def declared_language(detected: Language, hint: str | None, hint_below: float) -> Language | None:
    """Return the language to analyse an article in instead of detecting it, or ``None`` to detect.

    The detector is usually better than a feed's declared language, so ``hint`` (a language tag) is
    only used when the ``detected`` confidence is below ``hint_below``, and is then returned with
    :data:`HINT_CONFIDENCE`. ``None`` also when there is no hint, it is not a language code, or it says
    the same as the detector. Never raises.
    """
    if hint is None or detected.confidence >= hint_below:
        return None
    try:
        code = language_code(hint)
    except ValueError:
        return None
    return None if code == detected.code else Language(code, HINT_CONFIDENCE)


def denial_id(article_id: str, denial: Denial) -> str:
    """The id of ``denial`` in article ``article_id``: the same on every re-processing of the article."""
    return digest(article_id, str(denial.trigger.start), str(denial.evidence.start))


def enrich(article: RawArticle, analysis: Analysis, now: datetime) -> Enrichment:
    """Return the enriched article and the denial records of ``article`` analysed as ``analysis``.

    ``analysis`` must be of ``article.body`` (its offsets are kept as they are); ``now`` becomes
    ``processed_at`` and ``detected_at``. Never raises.
    """
    # The message parts read the core's dataclasses as they are (core.messages: ``from_attributes``): no
    # copy of them (dataclasses.asdict deep-copied every denial; it was most of this function's time).
    enriched = EnrichedArticle.model_validate(
        {
            **article.model_dump(exclude={"language_hint"}),
            "language": analysis.language,
            "entities": analysis.entities,
            "denial_count": len(analysis.denials),
            "processed_at": now,
        }
    )
    records = [
        DenialRecord(
            id=denial_id(article.id, denial),
            article_id=article.id,
            url=article.url,
            source=article.source,
            title=article.title,
            published=article.published,
            language=analysis.language.code,
            detected_at=now,
            **{field.name: getattr(denial, field.name) for field in fields(denial)},
        )
        for denial in analysis.denials
    ]
    return Enrichment(article=enriched, denials=records)
