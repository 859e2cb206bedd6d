"""Title Case headlines: read as their sentence-case form by the entity recogniser and the denial rules; headlines
in capitals: so read by the denial rules."""

from __future__ import annotations

import pytest

from newsmon.nlp.analysis import analyze
from newsmon.nlp.denials import detect
from newsmon.nlp.denials.resources import load_rules
from newsmon.nlp.denials.view import View
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity, Span

# (lang, headline, denier, trigger, claim)
DENIALS = [
    (
        "id",
        "Basarnas Bantah Kabar Pencarian Korban Dihentikan",
        "Basarnas",
        "Bantah",
        "Kabar Pencarian Korban Dihentikan",
    ),
    ("id", "Istana Bantah Presiden Akan Ganti Kapolri", "Istana", "Bantah", "Presiden Akan Ganti Kapolri"),  # was none
    # A colon names the speaker; what follows is its statement (was none).
    (
        "id",
        "Kodam Jaya: Isu Penculikan Anak di Jakarta Timur Tidak Benar",
        "Kodam Jaya",
        "Tidak Benar",
        "Isu Penculikan Anak di Jakarta Timur",
    ),
    # A headline drops the copula: the verdict closing the statement is said of the claim noun opening it.
    ("id", "Kapolri: Isu Penembakan di Papua Hoaks", "Kapolri", "Hoaks", "Isu Penembakan di Papua"),
    ("en", "Pentagon Denies Troops Were Sent to Syria", "Pentagon", "Denies", "Troops Were Sent to Syria"),
    # English wire headlines name their speaker before a colon too (were none).
    ("en", "Port Authority: Reports Of Dock Strike Are False", "Port Authority", "False", "Reports Of Dock Strike"),
    ("en", "Coach Dana Reyes: Transfer Rumours Are Baseless", "Dana Reyes", "Baseless", "Transfer Rumours"),
    # A given name in -ly is no adverb before its surname (was none).
    ("en", "Molly Grant: Reports Of Her Arrest Are False", "Molly Grant", "False", "Reports Of Her Arrest"),
    ("es", "Ministerio Niega Que Haya Recortes En Sanidad", "Ministerio", "Niega", "Haya Recortes En Sanidad"),
    ("pt", "Governo Nega Que Vá Aumentar Impostos", "Governo", "Nega", "Vá Aumentar Impostos"),
    ("fr", "Le Kremlin Dément Toute Rencontre Avec Trump", "Kremlin", "Dément", "Toute Rencontre Avec Trump"),
    (
        "de",
        "Bahn Dementiert Bericht Über Streckenstilllegung",
        "Bahn",
        "Dementiert",
        "Bericht Über Streckenstilllegung",
    ),
    # A capital alone is no acronym: the auxiliary "A" is read small (was "Le Ministère A").
    (
        "fr",
        "Le Ministère A Démenti Toute Fermeture De L'usine",
        "Le Ministère",
        "A Démenti",
        "Toute Fermeture De L'usine",
    ),
    # German capitalises nouns: only the listed words are read small, the name after the apposition's comma stays.
    (
        "de",
        "Die Sprecherin Des Verkehrsministeriums, Anja Körber, Weist Berichte Über Fahrverbote Zurück",
        "Anja Körber",
        "Weist Berichte Über Fahrverbote Zurück",
        "Berichte Über Fahrverbote",
    ),
    # A speech verb train saw mostly in names ("Said") is read small: the speaker's name ends before it.
    ("en", '"These Reports Are Completely False," Spokesman Tom Harris Said.', "Tom Harris", "False", "These Reports"),
]


@pytest.mark.parametrize(("lang", "text", "denier", "trigger", "claim"), DENIALS)
def test_a_title_case_headline_states_its_denial(lang: str, text: str, denier: str, trigger: str, claim: str) -> None:
    analysis = analyze(text, lang=lang)
    [denial] = analysis.denials
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.trigger.text == trigger
    assert denial.claim is not None and denial.claim.text == claim
    # No name runs across the trigger (it was "Pentagon Denies Troops Were Sent", "Kremlin Dément Toute ...").
    assert all(e.end <= denial.trigger.start or e.start >= denial.trigger.end for e in analysis.entities)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Judge Denies Bail for Former Mayor in Bribery Case"),  # denied = refused
        ("es", "El Juez Niega La Libertad Bajo Fianza Al Exalcalde"),
        ("en", "Company Does Not Deny Layoffs Are Coming"),  # negated
        ("id", "Polisi Tidak Membantah Ada Korban Jiwa"),
        ("id", "Jokowi Resmikan Jalan Tol Baru di Sumatera Utara"),  # no trigger at all
        ("id", "Polda Jatim: Dua Pelaku Begal di Sidoarjo Ditangkap"),  # a colon headline stating no denial
        ("id", "Kominfo: Berita Hoaks"),  # a kind of news, no verdict
        ("id", "Polri: Warga Diminta Tak Percaya Hoaks"),  # the object of a verb
        ("id", "Cek Fakta: Kabar Penangkapan Artis Hoaks"),  # the writer's verdict
        (
            "id",
            "Cek Fakta: Video Kapal Tenggelam di Selat Sunda Tidak Benar",
        ),  # a fact-check's heading, nobody speaking
        ("en", "Sharks Return to False Bay After a Decade"),  # a falsity word inside a place's name
        # A fact-check's verdict label and a site's section label name nobody before the colon.
        ("en", "Verdict: Story Of Flooded Stadium Is False"),
        ("en", "Rating: False"),
        ("en", "Fact Check: Photo Of Burning Bridge Is Fake"),
        ("en", "Breaking: Rumours Of Strike Were Baseless"),
        ("en", "Live Updates: Reports Of Outage Are Untrue"),
    ],
)
def test_a_title_case_headline_without_a_denial_states_none(lang: str, text: str) -> None:
    assert analyze(text, lang=lang).denials == []


def test_a_german_sentence_with_many_nouns_keeps_its_reading() -> None:
    text = (
        "Der Vorstandschef der Stadtwerke Hannover, Klaus Brenner, wies die Vorwürfe der Opposition am Montag zurück."
    )
    [denial] = analyze(text, lang="de").denials
    assert denial.denier is not None and denial.denier.text == "Klaus Brenner"


@pytest.mark.parametrize(
    ("text", "name", "denier"),
    [
        ("Dinas Perhubungan Tepis Isu Tarif Naik", "Dinas Perhubungan Tepis", "Dinas Perhubungan"),
        ("Pemkot Menepis Kabar Banjir Rob", "Pemkot Menepis", "Pemkot"),
    ],
)
def test_a_name_the_recogniser_runs_into_a_title_case_verb_stops_before_it(text: str, name: str, denier: str) -> None:
    entity = Entity(name, "ORG", 0, len(name), name)  # was the denier, verb and all
    [denial] = detect(text, split_sentences(text), [entity], "id")
    assert denial.denier is not None and (denial.denier.text, denial.denier.canonical) == (denier, denier)


def test_a_capitalised_adverb_taken_for_a_name_still_leads_to_the_verdict() -> None:
    text = "Rumours Are Plainly, Demonstrably And Totally False, Club Says"
    start = text.index("Demonstrably")
    entity = Entity("Demonstrably", "ORG", start, start + len("Demonstrably"), "Demonstrably")
    [denial] = detect(text, split_sentences(text), [entity], "en")
    assert denial.denier is not None and denial.denier.text == "Club"
    # A name of that form before no verdict stays a name.
    text = "Connolly Says Rumours Are Totally False"
    [denial] = detect(text, split_sentences(text), [Entity("Connolly", "PERSON", 0, 8, "Connolly")], "en")
    assert denial.denier is not None and denial.denier.text == "Connolly"


# (lang, headline in capitals, denier, trigger, claim): each was none, its words all taken for acronyms.
CAPITALS = [
    ("en", "WHITE HOUSE DENIES PRESIDENT WAS HOSPITALIZED", "WHITE HOUSE", "DENIES", "PRESIDENT WAS HOSPITALIZED"),
    ("en", "KREMLIN DENIES PUTIN MET TRUMP", "KREMLIN", "DENIES", "PUTIN MET TRUMP"),
    (
        "es",
        "EL AYUNTAMIENTO DESMIENTE EL CIERRE DE LOS HOSPITALES RURALES",
        "EL AYUNTAMIENTO",
        "DESMIENTE",
        "EL CIERRE DE LOS HOSPITALES RURALES",
    ),
    (
        "es",
        "LA POLICÍA NIEGA QUE HAYA HABIDO DISPAROS EN EL ESTADIO",
        "LA POLICÍA",
        "NIEGA",
        "HAYA HABIDO DISPAROS EN EL ESTADIO",
    ),
    ("id", "ISTANA BANTAH PRESIDEN AKAN GANTI KAPOLRI", "ISTANA", "BANTAH", "PRESIDEN AKAN GANTI KAPOLRI"),
    ("pt", "GOVERNO NEGA QUE VÁ AUMENTAR IMPOSTOS", "GOVERNO", "NEGA", "VÁ AUMENTAR IMPOSTOS"),
    (
        "fr",
        "LE KREMLIN DÉMENT TOUTE RENCONTRE ENTRE POUTINE ET TRUMP",
        "LE KREMLIN",
        "DÉMENT",
        "TOUTE RENCONTRE ENTRE POUTINE ET TRUMP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "denier", "trigger", "claim"), CAPITALS)
def test_a_headline_in_capitals_states_its_denial(lang: str, text: str, denier: str, trigger: str, claim: str) -> None:
    [denial] = analyze(text, lang=lang).denials
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.trigger.text == trigger
    assert denial.claim is not None and denial.claim.text == claim


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "REAL MADRID BEAT BARCELONA"),
        ("es", "EL REAL MADRID VENCE AL BARCELONA EN EL CLÁSICO"),
        ("en", "JUDGE DENIES BAIL FOR FORMER MAYOR"),  # denied = refused
        ("en", "COMPANY DOES NOT DENY LAYOFFS ARE COMING"),  # negated
        ("id", "POLISI TIDAK MEMBANTAH ADA KORBAN JIWA"),
        ("en", "TEAM   P   W   D   L   PTS"),  # a table's heading row
        ("en", "NYSE NASDAQ AMEX CBOE OTC"),  # a line of acronyms
        ("en", "FBI, CIA AND NSA DENY ACCESS TO USA DATA"),  # deny = refuse
    ],
)
def test_a_line_in_capitals_without_a_denial_states_none(lang: str, text: str) -> None:
    assert analyze(text, lang=lang).denials == []


def test_a_headline_in_capitals_keeps_its_names_and_reads_its_other_words_small() -> None:
    rules = load_rules("id")
    assert rules is not None
    text = "POLRI BANTAH ISU PENANGKAPAN KETUA KPK"
    kpk = text.index("KPK")
    view = View(text, Span(text, 0, len(text)), rules, names=[(kpk, kpk + 3)])
    assert view.titled
    assert view.read == "POLRI bantah isu penangkapan ketua KPK"
