"""Russian, French, Spanish, Portuguese, German and Arabic: each driven by its resource file alone."""

from __future__ import annotations

import pytest

# (lang, text, denier): one denial whose denier text is ``denier`` (None: nobody named).
DENIALS = [
    (
        "ru",
        "Пресс-секретарь Кремля Дмитрий Песков опроверг сообщения о том, что Москва ведёт тайные переговоры.",
        "Дмитрий Песков",
    ),
    ("ru", "«Это абсолютная ложь», — заявил Песков журналистам.", "Песков"),
    ("ru", "Министерство обороны назвало фейком публикацию о гибели генерала.", "Министерство обороны"),
    (
        "ru",
        "Официальный представитель МИД Анна Волкова заявила, что эти сведения не соответствуют действительности.",
        "Анна Волкова",
    ),
    (
        "fr",
        "Le porte-parole du gouvernement, Olivier Martin, a démenti mardi les informations "
        "selon lesquelles Paris préparait un remaniement.",
        "Olivier Martin",
    ),
    ("fr", "« C'est totalement faux », a déclaré le maire de Lyon.", "le maire de Lyon"),
    ("fr", "La direction de l'usine dément formellement tout projet de fermeture.", "La direction de l'usine"),
    ("fr", "Selon la préfecture, ces accusations sont infondées.", "la préfecture"),
    (
        "es",
        "El portavoz del Gobierno, Pedro Gómez, negó este lunes que el Ejecutivo prepare una subida de impuestos.",
        "Pedro Gómez",
    ),
    ("es", "La compañía desmintió las informaciones publicadas por el diario regional.", "La compañía"),
    ("es", "«Es absolutamente falso», dijo la alcaldesa de Valencia.", "la alcaldesa de Valencia"),
    ("es", "El club rechazó las acusaciones de amaño del partido.", "El club"),
    (
        "pt",
        "O porta-voz da Presidência, João Silva, negou nesta segunda-feira que o governo vá aumentar os impostos.",
        "João Silva",
    ),
    ("pt", "A empresa desmentiu as informações divulgadas pelo jornal.", "A empresa"),
    ("pt", "“Isso é mentira”, disse o ministro da Saúde.", "o ministro da Saúde"),
    ("pt", "Segundo a polícia, a notícia é falsa.", "a polícia"),
    ("de", "Regierungssprecher Paul Berger wies die Berichte am Montag entschieden zurück.", "Paul Berger"),
    ("de", "Am Dienstag dementierte das Verteidigungsministerium die Meldung.", "das Verteidigungsministerium"),
    ("de", "„Das ist völlig falsch“, sagte ein Sprecher des Konzerns.", "ein Sprecher"),
    ("de", "Die Vorwürfe wurden vom Ministerium zurückgewiesen.", "Ministerium"),
    ("ar", "ونفى المتحدث باسم الكرملين دميتري بيسكوف التقارير عن مفاوضات سرية مع واشنطن.", "دميتري بيسكوف"),
    ("ar", "فنفت وزارة الخارجية الأنباء عن إغلاق السفارة.", "وزارة الخارجية"),
    ("ar", "وقال المتحدث إن هذه الأنباء عارية عن الصحة.", "المتحدث"),
    ("ar", "الكرملين ينفي التقارير عن مرض الرئيس", "الكرملين"),
    # A participle closing the clause keeps its object before it.
    ("de", "Die Reederei hat die Berichte über den Unfall am Mittwoch zurückgewiesen.", "Die Reederei"),
    ("de", "Der Bürgermeister stritt jede Beteiligung an dem Geschäft ab.", "Der Bürgermeister"),
    ("es", "El desmentido de la Fiscalía llegó al día siguiente.", "Fiscalía"),  # a possessor
    ("pt", "A prefeitura publicou uma nota para desmentir os boatos sobre a greve.", "A prefeitura"),  # purpose
    ("ar", "كذّب مكتب الرئيس الأخبار المتداولة عن مرضه.", "مكتب الرئيس"),  # a shadda inside the verb
    ("ar", '"هذه الأنباء غير صحيحة"، قال وزير الإعلام.', "وزير الإعلام"),  # the Arabic comma
    ("ar", "وسارعت الوزارة إلى نفي الخبر.", "الوزارة"),  # a light verb before its subject
]

NON_DENIALS = [
    ("ru", "Представитель компании отказался от комментариев."),
    ("fr", "Interrogé par la presse, le club n'a pas souhaité faire de commentaire."),
    ("es", "La portavoz declinó hacer comentarios sobre la investigación."),
    ("pt", "A assessoria do clube não quis comentar."),
    ("de", "Der Konzern wollte sich zu dem Bericht nicht äußern."),
    ("ar", "ورفض المتحدث باسم الوزارة التعليق على التقرير."),
    ("fr", "La mairie n'était pas en mesure de confirmer l'information."),
    ("ar", "ولم تؤكد الشركة أو تنف ما نشرته الصحيفة."),
    ("pt", "A empresa não confirmou nem negou a venda."),
]

TRAPS = [
    ("ru", "Глава МИД не опроверг эти сведения."),  # negated
    ("ru", "Суд отверг предложение адвокатов о переносе заседания."),  # a proposal
    ("fr", "L'Élysée n'a pas démenti cette information."),  # negated
    ("fr", "Le Sénat a rejeté la proposition de loi."),  # a proposal
    ("es", "El ministro no negó los hechos."),  # negated
    ("es", "Las autoridades le negaron la entrada al país."),  # another sense
    ("es", "El presidente se negó a responder a las preguntas."),  # refused, another sense
    ("pt", "O ministro não negou as acusações."),  # negated
    ("pt", "O tribunal negou o pedido de habeas corpus."),  # another sense
    ("pt", "O Senado rejeitou a proposta do governo."),  # a proposal
    ("de", "Der Minister bestritt die Vorwürfe nicht."),  # negated after the verb
    ("de", "Das Gericht wies den Antrag der Verteidigung zurück."),  # a proposal
    ("de", "Der Stürmer bestritt 40 Länderspiele für Deutschland."),  # another sense
    ("ar", "ولم ينف الوزير هذه المعلومات."),  # negated
    ("ar", "ورفضت الحكومة الاقتراح الذي قدمته المعارضة."),  # a proposal
    ("ar", "قد ينفي الوزير هذه الأنباء غدا."),  # "قد" + imperfect: may deny
    ("es", "Nadie en el club ha desmentido el fichaje."),  # nobody denied
    ("de", "Bislang hat niemand die Berichte dementiert."),  # nobody denied
    ("pt", "O juiz negou o alvará à empresa."),  # another sense
    ("fr", "Le Quai d'Orsay s'est refusé à confirmer ou démentir sa présence."),  # a non-denial
]


@pytest.mark.parametrize(("lang", "text", "denier"), DENIALS)
def test_denials(one, lang: str, text: str, denier: str) -> None:
    denial = one(text, lang)
    assert denial.denier is not None and denial.denier.text == denier


@pytest.mark.parametrize(("lang", "text"), NON_DENIALS)
def test_non_denials(run, lang: str, text: str) -> None:
    assert {record.type for record in run(text, lang)} == {"non_denial"}


@pytest.mark.parametrize(("lang", "text"), TRAPS)
def test_traps_are_not_denials(run, lang: str, text: str) -> None:
    assert [record for record in run(text, lang) if record.type == "denial"] == []


def test_the_russian_quote_is_attributed_across_sentences(run) -> None:
    text = "«Мы не вели никаких переговоров. Все эти слухи — ложь», — сказал Игорь Смирнов."
    denials = [record for record in run(text, "ru") if record.type == "denial"]
    assert [record.denier.text for record in denials if record.denier] == ["Игорь Смирнов"]
