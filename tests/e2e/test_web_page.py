"""The web page in headless chromium, over the whole pipeline (processor, indexer and gateway as the real
commands): search with facets and highlighted denials, the article view, and a denial published while the
page is open appearing in its live panel, then found by a search. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from kafka import KafkaProducer

from newsmon.core.messages import RawArticle, encode
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_RAW, RULES
from tests.support import REPO_ROOT
from tests.support.browser import Page, PageError, headless_chromium
from tests.support.samples import INDONESIAN_BODY, INDONESIAN_TITLE, alert_rule, raw_article
from tests.support.stack import new_namespace
from tests.support.workers import Pipeline, running_pipeline

from .conftest import MEASUREMENTS

SCREENSHOTS = REPO_ROOT / "test-artifacts" / "web"
ENGLISH_TITLE = "Harbour Authority denies plan to close the northern port"
ENGLISH_BODY = (
    "The Harbour Authority denied reports on Tuesday that the northern port of Alder Bay will close next year.\n\n"
    '"There is no plan to close the port," said Maria Lindqvist, the director of the Harbour Authority, '
    "speaking in Alder Bay. Shipping companies had asked the Ministry of Transport for a timetable.\n\n"
    "A spokesperson for the Ministry of Transport declined to comment on the budget."
)
LIVE_TITLE = "Eastvale Water Board denies plan to raise household water prices"
LIVE_BODY = (
    "The Eastvale Water Board on Monday denied reports that household water prices will rise by a third in "
    'January.\n\n"No decision on prices has been taken," said Tomas Brandt, a spokesman for the board.'
)


@dataclass
class Web:
    """The running pipeline, the browser tab and how to publish to the pipeline's topics."""

    pipeline: Pipeline
    page: Page
    producer: KafkaProducer

    @property
    def address(self) -> str:
        """The page's address on the test's gateway."""
        return f"{self.pipeline.gateway.base_url}/"

    def publish(self, article: RawArticle) -> None:
        """Publish ``article`` to articles.raw, as the fetcher does, and wait for the broker's ack."""
        topic = ARTICLES_RAW.qualified(self.pipeline.namespace)
        self.producer.send(topic, key=article.id.encode(), value=encode(article, ARTICLES_RAW)).get(timeout=30)

    def indexed(self, article: RawArticle, q: str) -> None:
        """Wait until a search for ``q`` finds ``article`` through the API, and its denials are listed."""
        gateway = self.pipeline.gateway
        found = lambda: article.id in {a["id"] for a in gateway.get("/search", params={"q": q}).json()["articles"]}  # noqa: E731
        self.pipeline.wait_for(f"{article.title!r} searchable", found)
        listed = lambda: gateway.get("/denials", params={"article_id": article.id}).json()["denials"]  # noqa: E731
        self.pipeline.wait_for(f"the denials of {article.title!r} listed", listed)

    def wait_for(self, expression: str, what: str) -> Any:
        """``page.wait_for`` of something the services bring about: a failure also shows their logs."""
        try:
            return self.page.wait_for(expression, what)
        except PageError as exc:
            pytest.fail(f"{exc}\n{self.pipeline.tails()}")

    def alerted(self, article: RawArticle, rule_id: str) -> None:
        """Wait until ``GET /alerts`` holds an alert of rule ``rule_id`` on a denial of ``article``: the rule is
        read and the processor's alert agent consumes the denials (a worker that has just started may not, for
        about 10 s: its first assignment can miss topics created as its group forms)."""
        gateway = self.pipeline.gateway

        def listed() -> bool:
            alerts = gateway.get("/alerts", params={"rule": rule_id}).json()["alerts"]
            return any(alert["denial"]["article_id"] == article.id for alert in alerts)

        self.pipeline.wait_for(f"an alert on {article.title!r}", listed)

    def shot(self, name: str) -> Path:
        """Save a screenshot of the page as test-artifacts/web/<name>.png and note where."""
        path = self.page.screenshot(SCREENSHOTS / f"{name}.png")
        MEASUREMENTS.append(f"web page screenshot: {path}")
        return path


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The pipeline with a rule that alerts on every denial and two articles indexed (English and
    Indonesian, from two sources), and chromium."""
    folder = tmp_path_factory.mktemp("web")
    servers = CommonSettings().kafka_bootstrap_servers
    with (
        running_pipeline(new_namespace(), folder) as pipeline,
        headless_chromium(folder) as page,
    ):
        producer = KafkaProducer(bootstrap_servers=servers, acks="all")
        try:
            rule = alert_rule(id="every-denial", name="Every denial", types=["denial"])
            topic = RULES.qualified(pipeline.namespace)
            producer.send(topic, key=rule.id.encode(), value=encode(rule, RULES)).get(timeout=30)
            web = Web(pipeline, page, producer)
            english = new_article("coast.example.org", ENGLISH_TITLE, ENGLISH_BODY, source="Coastal Times")
            indonesian = new_article(
                "berita.example.id", INDONESIAN_TITLE, INDONESIAN_BODY, source="Berita Uji", language_hint="id"
            )
            for article, q in ((english, "harbour"), (indonesian, "bantah")):
                web.publish(article)
                web.indexed(article, q)
            # The live test then sees a new alert appear, not the pipeline's first.
            web.alerted(english, rule.id)
            yield web
        finally:
            producer.close()
    assert not page.broken(), page.broken()


def new_article(host: str, title: str, body: str, **fields: Any) -> RawArticle:
    """An article (its ``fields`` overriding the sample's) at a new address on ``host``."""
    return raw_article(url=f"https://{host}/{uuid4().hex[:8]}", title=title, body=body, **fields)


def results(page: Page) -> list[str]:
    """The ids of the articles the page lists."""
    ids: list[str] = page.evaluate("[...document.querySelectorAll('.result')].map((r) => r.dataset.articleId)")
    return ids


def search_on_page(page: Page, q: str) -> None:
    """Type ``q`` into the search box and submit it, as a person would."""
    page.evaluate(
        f"document.getElementById('q').value = {json.dumps(q)}; document.getElementById('search-form').requestSubmit()"
    )


def test_a_search_shows_facets_highlighted_denials_and_the_article(web: Web) -> None:
    page = web.page
    page.open(web.address)
    search_on_page(page, "denied port")
    page.wait_for("document.body.dataset.searched === 'denied port' && !!document.querySelector('.result')", "results")
    page.wait_for("!!document.querySelector('.result .denial .trigger')", "the denial highlighted in the result")

    result = page.evaluate(
        "(() => { const r = document.querySelector('.result'); const all = (s) => [...r.querySelectorAll(s)]"
        ".map((e) => e.textContent); return {marks: all('mark'), triggers: all('.denial .trigger'),"
        " claims: all('.denial .claim')}; })()"
    )
    assert "denied" in [mark.lower() for mark in result["marks"]]
    assert {"denied", "declined to comment"} <= set(result["triggers"])
    assert "the northern port of Alder Bay will close next year" in result["claims"]
    web.shot("search")

    page.evaluate("document.querySelector('.result-title a').click()")
    page.wait_for("!!document.querySelector('#article-view .body .trigger')", "the article view")
    article = page.evaluate(
        "(() => { const v = document.getElementById('article-view'); return {"
        " title: v.querySelector('h2').textContent, body: v.querySelector('.body').textContent,"
        " triggers: [...v.querySelectorAll('.body .trigger')].map((t) => t.textContent),"
        " entities: [...v.querySelectorAll('.body .ent')].map((e) => e.textContent) }; })()"
    )
    assert article["title"] == ENGLISH_TITLE
    assert article["body"] == ENGLISH_BODY  # highlighting keeps every character where it was
    assert "denied" in article["triggers"]
    assert article["entities"], "no entity highlighted in the article"
    web.shot("article")


def test_a_new_denial_appears_live_and_a_search_finds_it(web: Web) -> None:
    paths = web.pipeline.gateway.get("/openapi.json").json()["paths"]
    if "/alerts/stream" not in paths:
        pytest.skip("this gateway has no GET /alerts/stream yet (issue 10, delivery)")
    page = web.page
    page.open(web.address)
    page.wait_for("document.body.dataset.live === 'live'", "the live panel connected")

    article = new_article("water.example.org", LIVE_TITLE, LIVE_BODY)
    web.publish(article)
    alert = f"#alerts a[href='#/article/{article.id}']"
    text = web.wait_for(f"document.querySelector({json.dumps(alert)})?.closest('li').textContent", "the alert shown")
    assert "denied" in text
    assert "Every denial" in text
    web.shot("live-alert")

    web.indexed(article, "eastvale")  # alerts come before indexing: a search finds the article once indexed
    search_on_page(page, "eastvale water")
    found = f"!!document.querySelector('.result[data-article-id=\"{article.id}\"] mark')"
    web.wait_for(found, "the article found by the page's search")
    assert article.id in results(page)
    web.shot("live-search")


def test_a_facet_filters_the_results(web: Web) -> None:
    if "facets" not in web.pipeline.gateway.get("/search").json():
        pytest.skip("this gateway's /search has no facets yet (issue 10, search)")
    page = web.page
    page.open(f"{web.address}#/")
    page.wait_for("document.querySelectorAll('.result').length >= 2", "every article listed")
    languages = page.evaluate("[...document.querySelectorAll('#facet-lists .facet-name')].map((e) => e.textContent)")
    assert {"en", "id", "Coastal Times", "Berita Uji"} <= set(languages)

    page.evaluate(
        "[...document.querySelectorAll('#facet-lists .facet-value')]"
        ".find((b) => b.querySelector('.facet-name').textContent === 'id').click()"
    )
    page.wait_for("location.hash === '#/?lang=id' && document.querySelectorAll('.result').length === 1", "filtered")
    language = page.evaluate("document.querySelector('.result .meta').textContent")
    assert "Berita Uji · id" in language
    assert page.evaluate("document.getElementById('active-filters').textContent").startswith("language: id")
    web.shot("facets")
