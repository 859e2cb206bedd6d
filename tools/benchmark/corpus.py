"""A deterministic corpus of synthetic ~5 KB news articles built from ``templates`` (no third-party text).

Every article opens with a denial and holds at least one refusal to comment, between narrative sentences
full of people, organisations and places, so the benchmark exercises every stage of ``analyze``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsmon.core.ids import article_id
from newsmon.core.messages import RawArticle
from tools.benchmark.templates import TEMPLATES, LanguageTemplates
from tools.datasets import article_bodies

TARGET_BYTES = 5000
# en and id are what newsmon is built for; the others keep the multilingual paths honest.
DEFAULT_MIX: Mapping[str, int] = {"en": 20, "id": 20, "ru": 5, "fr": 5, "es": 5, "ar": 5}

_SENTENCES_PER_PARAGRAPH = 3
_DENIAL_SHARE = 0.1
_NON_DENIAL_SHARE = 0.07


@dataclass(frozen=True, slots=True)
class Article:
    """One synthetic article: its language, headline and body."""

    lang: str
    title: str
    text: str


def build_corpus(
    mix: Mapping[str, int] = DEFAULT_MIX, *, target_bytes: int = TARGET_BYTES, seed: int = 0
) -> list[Article]:
    """Return ``mix[lang]`` articles per language, each body just over ``target_bytes`` of UTF-8.

    The same arguments always give the same corpus. Raises ``KeyError`` for a language without templates.
    """
    rng = random.Random(seed)
    return [build_article(lang, rng, target_bytes=target_bytes) for lang, count in mix.items() for _ in range(count)]


def build_article(lang: str, rng: random.Random, *, target_bytes: int = TARGET_BYTES) -> Article:
    """Return one article in ``lang`` whose body is at least ``target_bytes`` of UTF-8, drawn with ``rng``.

    Raises ``KeyError`` for a language without templates.
    """
    templates = TEMPLATES[lang]
    sentences = [
        _fill(rng.choice(templates.narrative), templates, rng),
        _fill(rng.choice(templates.denials), templates, rng),
        _fill(rng.choice(templates.non_denials), templates, rng),
    ]
    size = sum(len(sentence.encode()) + 1 for sentence in sentences)
    while size < target_bytes:
        sentence = _fill(rng.choice(_pick_kind(templates, rng)), templates, rng)
        sentences.append(sentence)
        size += len(sentence.encode()) + 1
    paragraphs = [
        " ".join(sentences[i : i + _SENTENCES_PER_PARAGRAPH])
        for i in range(0, len(sentences), _SENTENCES_PER_PARAGRAPH)
    ]
    title = _fill(rng.choice(templates.titles), templates, rng)
    return Article(lang=lang, title=title, text="\n\n".join(paragraphs))


def _pick_kind(templates: LanguageTemplates, rng: random.Random) -> tuple[str, ...]:
    draw = rng.random()
    if draw < _DENIAL_SHARE:
        return templates.denials
    if draw < _DENIAL_SHARE + _NON_DENIAL_SHARE:
        return templates.non_denials
    return templates.narrative


def _fill(template: str, templates: LanguageTemplates, rng: random.Random) -> str:
    person, role = rng.choice(templates.people)
    place, place2 = rng.sample(templates.places, 2)
    sentence = template.format(
        person=person,
        role=role,
        org=rng.choice(templates.orgs),
        place=place,
        place2=place2,
        claim=rng.choice(templates.claims),
        day=rng.choice(templates.days),
        number=rng.randint(50, 900),
        small=rng.randint(1, 5),
    )
    # Roles start some sentences ("juru bicara ...", "официальный представитель ...").
    return sentence[0].upper() + sentence[1:]


def real_news(shared_dir: Path, *, min_chars: int = 2000) -> list[Article]:
    """Return the real article bodies of the shared extraction benchmark (``datasets/articles``) of at least
    ``min_chars`` characters, as articles of unknown language ("und": ``analyze`` detects it), or [] when
    the folder is absent. Real news carries far fewer denials than the synthetic corpus."""
    return [Article(lang="und", title="", text=body) for body in article_bodies(shared_dir) if len(body) >= min_chars]


def raw_articles(
    count: int, tag: str, shared_dir: Path, now: datetime | None = None, *, seed: int = 0
) -> list[RawArticle]:
    """``count`` raw articles (as the fetcher publishes them) cycling over the synthetic corpus drawn with
    ``seed`` and then the real news bodies of ``shared_dir`` (where present), each with a URL, and so an id, of
    its own under ``tag``; fetched and published at ``now`` (default: the current time)."""
    bodies = build_corpus(seed=seed) + real_news(shared_dir)
    moment = now or datetime.now(UTC)
    articles = []
    for number in range(count):
        body = bodies[number % len(bodies)]
        url = f"https://bench.example.org/{tag}/{number}"
        articles.append(
            RawArticle(
                id=article_id(url),
                url=url,
                canonical_url=url,
                source="bench.example.org",
                title=body.title,
                body=body.text,
                published=moment,
                fetched_at=moment,
                language_hint=None if body.lang == "und" else body.lang,
            )
        )
    return articles
