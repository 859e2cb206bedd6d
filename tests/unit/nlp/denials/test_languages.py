"""Every language with a resource file, driven by it alone: the sentences of ``cases/<lang>.toml``.

Each file lists denials (a text and the text of its one denier), non-denials, non-denials with the text of their
party (the newsroom's common forms, one per form family) and traps: texts whose trigger words state no denial
(negated, hypothetical, another sense, a proposal rejected, the writer's own verdict).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from newsmon.nlp.denials import supported_languages

CASES = {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in Path(__file__).parent.glob("cases/*.toml")
}


def _cases(kind: str) -> list[Any]:
    """Return ``(lang, case)`` parameters of one kind of case, over every language, named "<lang>-<n>"."""
    return [
        pytest.param(lang, case, id=f"{lang}-{n}")
        for lang, cases in sorted(CASES.items())
        for n, case in enumerate(cases[kind])
    ]


def test_every_language_has_every_kind_of_case() -> None:
    assert sorted(CASES) == sorted(supported_languages())
    for lang, cases in CASES.items():
        assert sorted(cases) == ["denials", "non_denial_parties", "non_denials", "traps"], lang
        assert all(cases[kind] for kind in cases), lang


@pytest.mark.parametrize(("lang", "case"), _cases("denials"))
def test_denials(one, lang: str, case: list[str]) -> None:
    text, denier = case
    denial = one(text, lang)
    assert denial.denier is not None and denial.denier.text == denier


@pytest.mark.parametrize(
    ("lang", "text", "denier"),
    [
        ("es", "«Nunca he cobrado comisiones», negó.", None),  # was "he cobrado comisiones"
        ("pt", "«Nunca recebi dinheiro do clube», negou.", None),
        ("id", "“Kabar itu tidak benar,” bantahnya.", "bantahnya"),  # was "Kabar itu"; -nya is the subject
    ],
)
def test_a_verb_after_its_quotation_takes_no_subject_from_the_quotation(
    one, lang: str, text: str, denier: str | None
) -> None:
    found = one(text, lang).denier
    assert (found and found.text) == denier


@pytest.mark.parametrize(
    ("lang", "text", "denier"),
    [
        ("pt", "Sobre se havia armas no carro, não quis comentar.", None),  # was "havia armas no carro"
        ("pt", "Quanto a se havia armas no carro, o comandante não quis comentar.", "o comandante"),
        ("pt", "E, em síntese, remeteu para o seu advogado, João Pereira.", None),  # was "João Pereira"
        ("es", "Preguntada por la fusión, la jefa dijo que «eso tendrán que decirlo los socios».", "la jefa"),
        # The press that could not reach the party is not it (r5-en-pt pass, were none).
        ("pt", "A reportagem não conseguiu contato com o vereador.", "o vereador"),
        ("pt", "A Folha não conseguiu localizar os advogados da construtora até ontem.", "os advogados da construtora"),
        # Not the outlet that asked (was "Le Parisien").
        ("fr", "Sollicitée par Le Parisien, la préfecture n'a pas souhaité s'exprimer.", "la préfecture"),
        # The press that could not reach the party is not it (r6-es-fr pass, were none).
        ("es", "Este periódico intentó sin éxito contactar con el alcalde.", "el alcalde"),
        ("es", "Efe intentó sin éxito ponerse en contacto con la empresa.", "la empresa"),
        ("es", "No fue posible contactar con el ministro.", "el ministro"),
        ("es", "Este diario intentó sin éxito recabar la versión de la Policía.", "la Policía"),
        ("fr", "Le Monde n'a pas pu joindre le ministère.", "le ministère"),
        ("fr", "L'AFP n'a pas réussi à contacter les avocats de l'entreprise.", "les avocats de l'entreprise"),
        ("fr", "Il n'a pas été possible de joindre la mairie.", "la mairie"),
        ("fr", "L'AFP a tenté sans succès de joindre la mairie.", "la mairie"),
        ("fr", "Le Monde a tenté en vain de contacter les avocats.", "les avocats"),
        # "Still" and "briefly" are no words of the party (were "manajemen klub masih", "singkat").
        ("id", "Sementara itu, manajemen klub masih bungkam terkait isu tersebut.", "manajemen klub"),
        ("id", "Ditanya soal calon wakilnya, Prabowo hanya menjawab singkat, lihat saja nanti.", "Prabowo"),
        # A passive clause opening the sentence names nobody (was "Dimintai").
        ("id", "Dimintai konfirmasi, juru bicara perusahaan enggan berkomentar.", "juru bicara perusahaan"),
        # A sentence adverb in -nya names nobody (was "Sayangnya").
        ("id", "Sayangnya, juru bicara perusahaan tidak bersedia memberikan komentar.", "juru bicara perusahaan"),
        # A deed noun after a body's acronym is its field, no name (was "Kesehatan").
        ("id", "Direktur Utama BPJS Kesehatan memilih tidak menjawab wartawan.", "Direktur Utama BPJS Kesehatan"),
    ],
)
def test_a_non_denial_takes_no_subject_from_its_topic_or_its_addressee(
    run, lang: str, text: str, denier: str | None
) -> None:
    (record,) = run(text, lang)
    assert (record.denier and record.denier.text) == denier


# What a denial's claim is, form by form (its denier is checked elsewhere or does not matter here).
CLAIMS = [
    # When the denier was met or asked, after the claim, is no part of it (was "kabar itu saat ditemui di ...").
    ("id", "Wali kota membantah kabar itu saat ditemui di Balai Kota, Senin (3/2/2025).", "kabar itu"),
    # Only where and when stand before the participle: the claim is the clause after its comma, not the place.
    ("de", "Die Ministerin hat am Dienstag in Brüssel bestritten, dass sie die Akten kannte.", "sie die Akten kannte"),
    # The topic after the speaker's apposition is what a quoted verdict judges (was none).
    ("pt", "«É fake news», disse o secretário de Saúde, Rui Lima, sobre o áudio.", "o áudio"),
    # Free word order: the object between the subject and its verb (was none).
    ("ru", "Бывший мэр свою причастность к взяткам отрицает.", "свою причастность к взяткам"),
    ("ru", "Обвиняемый свою вину отрицает, его защита подаст апелляцию.", "свою вину"),  # was the next clause
    # A surname of the participle's form opening the sentence ("-ов") opens no participle clause (was none).
    ("ru", "Соколов опроверг, что завод закрывается.", "завод закрывается"),
    # A claim word after a denial noun's possessor marker is its object, not its owner (was "de la noticia").
    ("es", "El club publicó un desmentido de la noticia.", "la noticia"),
    ("es", "La negación de las acusaciones por parte del club llegó tarde.", "las acusaciones"),
    ("es", "El desmentido de la Fiscalía sobre el fichaje llegó tarde.", "el fichaje"),  # the owner stays the owner
    # The motive an accusation is put down to is no part of it (was "… a intereses electorales").
    ("es", "El alcalde atribuyó las críticas de la oposición a intereses electorales.", "las críticas de la oposición"),
    ("pt", "A Câmara divulgou um desmentido das notícias sobre o aterro.", "notícias sobre o aterro"),
    ("en", "The minister issued a flat denial of the claims.", "the claims"),  # was "of the claims"
    # What is denied is the whole clause negating who someone is or how they are (were none).
    ("en", "The ministry said the hijackers were not diplomats.", "the hijackers were not diplomats"),
    ("en", "Officials said the patient was not ill, contrary to reports.", "the patient was not ill"),
    ("en", "The embassy published a firm rebuttal of the accusations.", "the accusations"),
    # Whom it was told, with no complementiser, is no part of the claim (was "parliament the reports").
    ("en", "The minister told parliament the reports were untrue.", "the reports"),
    ("en", "The analyst told Newsline the ministry's allegations are false.", "the ministry's allegations"),
    # A claim labelled a smear: the claim is the object, not the article of the label (was none).
    ("en", "The senator branded the allegations a smear.", "the allegations"),
    ("en", 'The senator branded the report as "a smear campaign".', "the report"),
    # ... and it ends at the agent after it (was none).
    ("de", "Das Dementi der Vorwürfe durch die Staatskanzlei kam am Abend.", "Vorwürfe"),
    # A negated quotation before its denial verb is the claim.
    ("es", "«Nunca he cobrado comisiones», negó el exalcalde.", "he cobrado comisiones"),  # was none
    # was "Pilar Ortega": the apposition of the speaker after the verb is no object
    (
        "es",
        "«Yo no he firmado ese contrato», negó la exdirectora general, Pilar Ortega.",
        "he firmado ese contrato",
    ),
    ("pt", "«Eu não assinei esse contrato», negou o deputado.", "assinei esse contrato"),
    ("fr", "« Nous n'avons jamais reçu cette lettre », a-t-elle démenti.", "reçu cette lettre"),  # inverted subject
    # A span of time after the verb is no part of its object (was "ces dernières semaines toute fermeture ...").
    ("fr", "Le ministère a démenti ces dernières semaines toute fermeture de l'usine.", "toute fermeture de l'usine"),
    (
        "fr",
        "« Je n'ai jamais touché un centime de cette société », a démenti le maire.",
        "touché un centime de cette société",
    ),
    # A verdict between a verb and its object is no part of the claim.
    # was "como «totalmente falsas» las informaciones ...": the verdict is said of the object, no part of it
    (
        "es",
        "La naviera rechazó como «totalmente falsas» las informaciones sobre su quiebra.",
        "las informaciones sobre su quiebra",
    ),
    ("pt", "O sindicato rejeitou como infundadas as críticas do patronato.", "as críticas do patronato"),
    # How or where it was said after the claim ends it.
    # were "los hechos en declaraciones a la cadena SER", "... , en respuesta a la auditoría", ...
    ("es", "La diputada negó los hechos en declaraciones a la cadena SER.", "los hechos"),
    ("es", "El club negó la existencia de deudas, en respuesta a la auditoría.", "la existencia de deudas"),
    ("pt", "O treinador negou os rumores em entrevista ao canal.", "os rumores"),
    ("pt", "O deputado negou as acusações perante o tribunal.", "as acusações"),
    # Set off right after the verb, the object follows it.
    (
        "es",
        "La diputada negó, en declaraciones a la radio, las acusaciones de plagio.",
        "las acusaciones de plagio",
    ),
    ("pt", "O deputado negou, em comunicado, as acusações de plágio.", "as acusações de plágio"),
    # A second present verb of the subject ends the claim.
    # was "as críticas e acusa o Governo ..."
    ("pt", "O PSD rejeita as críticas e acusa o Governo de falta de coragem.", "as críticas"),
    ("pt", "Os sindicatos contestam as críticas e garantem que a greve se mantém.", "as críticas"),
    # A complementiser after whom a speech verb addressed opens the claim.
    # was "à Lusa que a notícia": "Lusa que" read as a noun and its relative clause
    ("pt", "Fonte do clube garantiu à Lusa que a notícia não tem qualquer fundamento.", "a notícia"),
    ("es", "El portavoz aseguró al diario Levante que la noticia es falsa.", "la noticia"),
    # A gerund of what the denier goes on to say ends the claim.
    # were "siempre actuó dentro de la ley", "sempre agiu dentro da lei": the gerund's clause, not the object
    ("es", "El concejal rechazó las críticas diciendo que siempre actuó dentro de la ley.", "las críticas"),
    ("pt", "O vereador rebateu as críticas dizendo que sempre agiu dentro da lei.", "as críticas"),
    ("pt", "O deputado rejeitou as acusações de peculato lançadas pelo partido rival.", "as acusações de peculato"),
    # How or to whom it was said, between the verb and its object (was part of the claim).
    ("pt", "O clube desmentiu em comunicado a lesão do seu capitão.", "a lesão do seu capitão"),
    ("pt", "O ministro negou à Lusa qualquer acordo com a oposição.", "qualquer acordo com a oposição"),
    ("es", "El conductor negó ante la Guardia Civil haber consumido alcohol.", "haber consumido alcohol"),
    # ... in one word, before a phrase of its own (were "الادعاءات", "للصحفيين تلك المزاعم", "لرويترز التقارير").
    ("ar", "ونفى مسؤول عسكري لرويترز هذه الادعاءات.", "هذه الادعاءات"),
    # ... after the object, the press (was "die Vorwürfe gegenüber einem Reporter des Senders"); a party stays the
    # claim's ("Vorwürfe gegenüber ihrer Partei": against it).
    ("de", "Der Bürgermeister bestritt die Vorwürfe gegenüber einem Reporter des Senders.", "die Vorwürfe"),
    ("de", "Die Ministerin bestritt die Vorwürfe gegenüber ihrer Partei.", "die Vorwürfe gegenüber ihrer Partei"),
    ("ar", "ونفت المتحدثة للصحفيين تلك المزاعم.", "تلك المزاعم"),
    ("ar", "ونفى مصدر أمني لرويترز التقارير.", "التقارير"),
    # ... but a claim word in the agency's own name is its complement (not "الأنباء الألمانية التقارير").
    ("ar", "ونفى مصدر لوكالة الأنباء الألمانية التقارير.", "التقارير"),
    # was none: set off right after a perfect, the object follows too
    ("es", "La empresa ha negado, a través de un comunicado, que haya despedido a nadie.", "haya despedido a nadie"),
    # was "en todo momento las acusaciones …": a fixed adverbial of time belongs to the verb
    ("es", "El club ha rechazado en todo momento las acusaciones del exjugador.", "las acusaciones del exjugador"),
    # was "las críticas y ha anunciado una querella": a second perfect of the subject ends the claim
    ("es", "El alcalde ha rechazado las críticas y ha anunciado una querella.", "las críticas"),
    # was "…, tal y como denunciaban los sindicatos": who made the claim, in an aside
    ("es", "El ministerio negó que hubiera recortes, tal y como denunciaban los sindicatos.", "hubiera recortes"),
    # was "… de rigueur, comme l'affirmait Les Echos": who made the claim, in an aside
    (
        "fr",
        "Le gouvernement a démenti l'existence d'un plan de rigueur, comme l'affirmait Les Echos.",
        "l'existence d'un plan de rigueur",
    ),
    # was "ces informations dès": a day after "dès" is a time
    ("fr", "Le ministère a dû démentir ces informations dès lundi.", "ces informations"),
    # was none: the object pronoun glued to the auxiliary stands for the claim before it
    ("fr", "Face à ces accusations, le sénateur l'a démenti.", "ces accusations"),
    # was "ces accusations par la voix de son avocat": through whom it was denied
    ("fr", "Le chanteur a récusé ces accusations par la voix de son avocat.", "ces accusations"),
    # was none: the impersonal "se niega que" denies; its clause is the claim
    ("es", "Desde la dirección del colegio se niega que haya habido casos de acoso.", "haya habido casos de acoso"),
    ("pt", "O motorista negou à GNR ter consumido álcool.", "ter consumido álcool"),
    # A relative clause opening the sentence is part of the claim.
    # were "circula por WhatsApp", "circula nas redes": the relative clause opening the sentence is the claim's
    ("es", "El audio que circula por WhatsApp es falso, dijo el alcalde.", "El audio que circula por WhatsApp"),
    ("pt", "O áudio que circula nas redes é falso, disse o autarca.", "O áudio que circula nas redes"),
    # A topic opening the sentence is the claim of a verdict naming none.
    # were no claim: the verdict names none, the phrase opening the sentence names the topic
    (
        "es",
        "Sobre las acusaciones de enchufismo, la consejera dijo que «son falsas».",
        "las acusaciones de enchufismo",
    ),
    ("es", "Preguntado por su fichaje por el Betis, el portero dijo que «es mentira».", "su fichaje por el Betis"),
    # A participle opening the sentence with its agent: its subject ends at the comma before the main clause (r6-es-fr
    # pass, was "la venta del estadio, los socios respiraron aliviados"), unless a clause the claim opens holds it.
    ("es", "Desmentida por el club la venta del estadio, los socios respiraron aliviados.", "la venta del estadio"),
    ("pt", "Desmentida pelo clube a venda do estádio, os sócios respiraram de alívio.", "a venda do estádio"),
    (
        "es",
        "Desmentida por el club la noticia de que el estadio, construido en 1950, se vende.",
        "el estadio, construido en 1950, se vende",
    ),
    ("es", "Calificada de bulo por el alcalde la noticia de su dimisión, el pleno sigue.", "la noticia de su dimisión"),
    # The hoax a report is put down to is no part of it (r6-es-fr pass, was "la información a un bulo interesado").
    ("es", "El ministro atribuyó la información a un bulo interesado.", "la información"),
    ("es", "El portavoz atribuyó a un «bulo» la noticia de su dimisión.", "la noticia de su dimisión"),
    (
        "pt",
        "Quanto às notícias sobre a venda do estádio, o presidente disse que «são falsas».",
        "notícias sobre a venda do estádio",
    ),
    # A topic after the attribution is the claim of a verdict naming none.
    # were no claim: what the attribution after the quoted verdict says it was about
    (
        "es",
        "«Es totalmente falso», aseguró ayer el presidente del club sobre su posible venta.",
        "su posible venta",
    ),
    ("pt", "«É mentira», disse o treinador sobre a saída do guarda-redes.", "a saída do guarda-redes"),
    # A relative clause after a thing's noun describes it (was "the ministry published": a complementiser's content).
    ("en", "The video that the ministry published is fake, he said.", "The video that the ministry published"),
    # The verdict after "as" is no part of the claim (was "the reports as rumours").
    ("en", "The club was quick to dismiss the reports as rumours.", "the reports"),
    # A name told something heads no relative clause, though a claim word is in it (was "Fox News that the report").
    ("en", "The singer's rep told Fox News that the report was false.", "the report"),
    # The same for a phrase a determiner opens after a verb of telling (was "a radio station that the account") ...
    ("en", "The coach told a local radio station that the account was false.", "the account"),
    # ... not after "said", where it heads a relative clause.
    ("en", "The police said the car that the suspect drove was fake.", "the car that the suspect drove"),
    # The intent denied is the claim, not what the intent was to harm (was "anyone").
    ("en", "The lawyer said her client never intended to harm anyone.", "intended to harm anyone"),
    # The emphasis closing a claim is no part of it (was "plan to sell the port in any form whatsoever").
    ("en", '"There is no plan to sell the port in any form whatsoever," Lena Cho said.', "plan to sell the port"),
    ("en", "The mayor denied any wrongdoing whatsoever.", "any wrongdoing"),
    # What one's own part was not, between the negation and "but" (was "My role", the quotation's subject).
    ("en", '"My role was not a back channel, but the official one," he said.', "a back channel"),
    # A fronted claim with its content between commas (was the verdict "грубым", "absurd").
    ("ru", "Сообщения о том, что завод закроют, в компании назвали «грубым вбросом».", "завод закроют"),
    (
        "de",
        "Die Behauptung, der Verein habe Spieler bestochen, wies der Präsident als absurd zurück.",
        "Die Behauptung, der Verein habe Spieler bestochen",
    ),
    # What is said never to have been done, from its noun on.
    ("ru", "Губернатор заверил, что никаких сокращений в больнице не планировалось.", "сокращений в больнице"),
    (
        "de",
        "Die Sprecherin erklärte, dass es keine Absprachen mit der Konkurrenz gegeben habe.",
        "Absprachen mit der Konkurrenz",
    ),
    # Spanish wire copy: what follows the claim is no part of it (were "..., informó la agencia Efe", "... según las
    # cuales ...", "... ofrecida por el sindicato", "... con un mensaje"), nor does a relative clause after "su" + noun
    # replace it (was "circula por WhatsApp"); a report's agent stays where the report's topic follows it.
    (
        "es",
        "La Fiscalía negó el martes cualquier filtración del sumario, informó la agencia Efe.",
        "cualquier filtración del sumario",
    ),
    ("es", "El club desmintió las noticias según las cuales el técnico habría dimitido.", "las noticias"),
    (
        "es",
        "La empresa desmintió la versión de los hechos ofrecida por el sindicato.",
        "la versión de los hechos ofrecida",
    ),
    (
        "es",
        "Fuentes del club rechazaron las informaciones publicadas por la prensa sobre una venta.",
        "las informaciones publicadas por la prensa sobre una venta",
    ),
    ("es", "La modelo desmintió los rumores de boda con un mensaje en Instagram.", "los rumores de boda"),
    (
        "es",
        "El concejal tachó de bulo la noticia de su cese que circula por WhatsApp.",
        "la noticia de su cese que circula por WhatsApp",
    ),
    # Of one party's claim verb and denial verb, the denial verb's record names the claim (was "las críticas y ...").
    (
        "es",
        "El Ministerio salió al paso de las críticas y negó cualquier recorte en becas.",
        "cualquier recorte en becas",
    ),
    # An adverb and an aside between commas before the object (was none), time between a label and its verdict (was
    # none), a verdict quoted alone before its clause (was none).
    (
        "es",
        "La aerolínea negó rotundamente, en un comunicado remitido a la prensa, que vaya a cancelar vuelos.",
        "vaya a cancelar vuelos",
    ),
    (
        "es",
        "El sindicato tachó el domingo de «falsas» las informaciones de la patronal.",
        "las informaciones de la patronal",
    ),
    ("es", "Es «absolutamente falso» que el hospital vaya a cerrar, según la consejera.", "el hospital vaya a cerrar"),
    # After an opening according-to phrase, a deed never done is the claim with its object (was "las constructoras").
    (
        "es",
        "Según su abogado, el exalcalde nunca cobró comisiones de las constructoras.",
        "cobró comisiones de las constructoras",
    ),
    # What an according-to phrase's party says starts after the comma closing the phrase (was "remitido a la CNMV").
    (
        "es",
        "Según el comunicado del banco remitido a la CNMV, no hay ningún acuerdo con el fondo.",
        "acuerdo con el fondo",
    ),
    # Asked by someone about something: the topic, not the asker (was "la agencia Efe sobre el fichaje").
    ("es", "Preguntado por la agencia Efe sobre el fichaje, el presidente aseguró que «es mentira».", "el fichaje"),
    # When it was said, after a comma, ends the claim (was "..., al ser preguntada en el pleno"); set off right after
    # the verb, the object follows it (was "tras la asamblea, que ...").
    ("es", "La alcaldesa negó haber firmado el contrato, al ser preguntada en el pleno.", "haber firmado el contrato"),
    ("es", "El sindicato negó, tras la asamblea, que vaya a desconvocar la huelga.", "vaya a desconvocar la huelga"),
    # How it was said, between the verb and its object (was "por teléfono a este diario los rumores de dimisión").
    ("es", "El alcalde desmintió por teléfono a este diario los rumores de dimisión.", "los rumores de dimisión"),
    # A falsity noun with its adjective of degree is a verdict, no other phrase (was none).
    (
        "es",
        "La alcaldesa calificó de «mentira absoluta» las informaciones sobre su dimisión.",
        "las informaciones sobre su dimisión",
    ),
    # After an infinitive or "haber" + participle, "a" opens that verb's object, not whom the denial addressed (was
    # "haber espiado"); after a noun it is still whom it addressed.
    ("es", "La exministra negó haber espiado a los periodistas.", "haber espiado a los periodistas"),
    ("es", "El entrenador negó insultar a los periodistas.", "insultar a los periodistas"),
    ("es", "La diputada negó los hechos a los periodistas.", "los hechos"),
    # A second verb of the same subject ends the claim (were "... et évoque ...", "... et a déposé ...").
    ("fr", "Le syndicat conteste ces bilans et évoque une mobilisation record.", "ces bilans"),
    (
        "fr",
        "L'entraîneur nie les insultes rapportées par la presse et a déposé plainte.",
        "les insultes rapportées par la presse",
    ),
    # A verdict opening a quotation, then a comma: the words after it are the speaker's next ones, the topic asked
    # about is the claim (was "no pienso dejar el cargo"); asked after the attribution (was none).
    (
        "es",
        "Preguntada por su posible dimisión, la consejera contestó: «Es mentira, no pienso dejar el cargo».",
        "su posible dimisión",
    ),
    (
        "es",
        "«Es un bulo», zanjó la ministra cuando se le preguntó por el cierre de la planta.",
        "el cierre de la planta",
    ),
    # The relative clause of an accusation's verb after a noun describes the denied noun (was "le imputa la Fiscalía");
    # right after the denial verb "que" still opens the denied clause.
    (
        "es",
        "La exalcaldesa rechazó los cargos de tráfico de influencias que le atribuye la Fiscalía.",
        "los cargos de tráfico de influencias que le atribuye la Fiscalía",
    ),
    ("es", "El concejal negó que le imputaran delito alguno.", "le imputaran delito alguno"),
    # A non-denial's words before its gap stop no noun phrase ("hat | die Berichte … nicht bestätigt").
    (
        "de",
        "Die Regierung hat die Berichte über eine Steuererhöhung als „Unsinn“ bezeichnet.",
        "die Berichte über eine Steuererhöhung",
    ),
    # A denial noun's claim after its owner's apposition, up to the sentence's verb (was the owner).
    (
        "pt",
        "A negativa do secretário de Saúde, Carlos Lima, de que faltem vacinas irritou os prefeitos.",
        "faltem vacinas",
    ),
    # A quoted predicate before the falsity word is no claim: the subject before the quotation is (was "مفبركة").
    ("ar", "وقال مصدر أمني إن الأنباء عن اقتحام السجن «مفبركة ولا أساس لها».", "الأنباء عن اقتحام السجن"),
    # The same past a long subject (was "أكاذيب").
    (
        "ar",
        "وقال المتحدث باسم الحزب إن التصريحات المنسوبة إلى رئيس الحزب في وسائل الإعلام المحلية «أكاذيب لا أساس لها».",
        "التصريحات المنسوبة إلى رئيس الحزب في وسائل الإعلام المحلية",
    ),
    # "at all" closing a quoted verdict is no claim: the claim follows the quotation (was "إطلاقا").
    ("ar", "وأكدت الوزارة أنه «لا صحة إطلاقا» للتقارير عن إغلاق الحدود.", "للتقارير عن إغلاق الحدود"),
    # A second verb of the same subject, its conjunction written onto it, ends the claim (was its complement).
    ("ar", "وينفي الحزب هذه الاتهامات ويقول إنه ملتزم بالقانون.", "هذه الاتهامات"),
    ("ar", "ورفض النائب الاتهامات الموجهة إليه ووصفها بأنها كيدية.", "الاتهامات الموجهة إليه"),
]


@pytest.mark.parametrize(("lang", "text", "claim"), CLAIMS)
def test_claims(one, lang: str, text: str, claim: str) -> None:
    found = one(text, lang).claim
    assert found is not None and found.text == claim


@pytest.mark.parametrize(("lang", "text"), _cases("non_denials"))
def test_non_denials(run, lang: str, text: str) -> None:
    assert {record.type for record in run(text, lang)} == {"non_denial"}


@pytest.mark.parametrize(("lang", "case"), _cases("non_denial_parties"))
def test_non_denials_name_the_party_that_declines(run, lang: str, case: list[str]) -> None:
    text, party = case
    records = run(text, lang)
    assert [(record.type, record.denier.text if record.denier else None) for record in records] == [
        ("non_denial", party)
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # "So far" between the subject and a negated answer: the object was taken for the party.
        ("Кремль пока никак не отреагировал на эти сообщения.", "Кремль"),
        ("Минфин пока не ответил на запрос агентства.", "Минфин"),
        # When, not who (the party keeps its "от": no source marker is stripped from a non-denial's party).
        ("На момент публикации ответа от министерства не поступило.", "от министерства"),
    ],
)
def test_russian_so_far_leaves_the_party_before_it(run, text: str, party: str) -> None:
    records = run(text, "ru")
    assert [(r.type, r.denier.text if r.denier else None) for r in records] == [("non_denial", party)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Unknown to someone, at the end of a relative clause: the antecedent is no report (were non-denials).
        ("pt", "Era o símbolo de um movimento que eu desconhecia: «Amigos do Rio»."),
        ("pt", "Há costumes antigos que muitos lisboetas desconhecem, mas que vale a pena conhecer."),
        ("pt", "O treinador disse não saber o que fazer para ganhar."),  # not knowing what to do
        ("id", "Menanggapi banjir itu, warga mengaku tidak tahu harus mengungsi ke mana."),  # what to do, again
        ("id", "Warga mengaku tidak tahu ada larangan berjualan di trotoar."),  # not put to them
        ("id", "Ia tidak mau berbicara soal politik di dalam masjid."),  # a principle, no "belum"
        ("id", "Rapat itu belum membicarakan soal anggaran."),  # an account, no modal
        # Not yet answered when the story went out: not reached, as "could not be reached for comment".
        ("id", "Sampai berita ini ditulis, manajemen klub belum memberikan tanggapan atas surat dari pemain."),
        ("id", "Ia dikenal irit bicara dan pemalu sejak kecil."),  # a trait, no matter nor question
        ("id", "Saksi itu tidak dapat memberikan keterangan karena sakit."),  # unable to testify
        # Saying no more than that, nothing asked: an account of what was said (hunt-espt pass).
        ("es", "La ministra se limitó a recordar que la ley se aprobó en 1998."),
        ("pt", "O treinador disse que não há nada a dizer sobre a equipa que não se saiba."),  # nothing new
        # Unaware of an event, refusing to confirm a diagnosis, abstaining from a vote: no report answered.
        ("fr", "Les riverains n'étaient pas au courant des travaux."),
        ("de", "Viele Eltern wissen nichts von den Gefahren im Netz."),
        ("ru", "Врач отказался подтвердить диагноз."),
        ("ru", "Жители города не в курсе событий."),
        ("ru", "Диспетчер не ответил на звонки жителей."),  # calls of no reporter
        ("ru", "Сайт министерства был недоступен несколько часов."),  # no comment asked
        ("ru", "Ответ на запрос поступил через неделю."),  # an answer that came
        ("pt", "O deputado absteve-se de votar a proposta."),
        ("ar", "وقال الشاهد إنه لا يعلم شيئا عن الحادث."),  # unaware of an event, no report
        # A team beating another, a schedule not yet known, a letter unanswered, a place's quiet, a pupil's questions.
        ("id", "Timnas Indonesia bungkam Vietnam 3-0 di Stadion Gelora Bung Karno."),
        ("id", "Warga belum mendapat informasi soal jadwal pembagian bantuan sosial."),
        ("id", "Kepala sekolah tidak membalas surat dari orang tua murid."),
        ("pt", "O poeta preferiu o silêncio da montanha."),
        ("pt", "O aluno não respondeu às perguntas enviadas pelo professor."),
        ("pt", "O paciente não atendeu às ligações da família."),
        ("pt", "O estádio ficou em silêncio após o golo do Benfica."),
        # Not answered when the story went out: a party not reached.
        ("id", "Hingga berita ini diturunkan, Kementerian BUMN belum merespons pertanyaan wartawan."),
        # Treatment not responded to, rates not raised, a quiet place, quiet kept on nothing named.
        ("en", "The patient did not respond to treatment."),
        ("en", "The central bank refrained from raising interest rates."),
        ("en", "The village remained quiet for most of the day."),
        ("en", "Residents kept quiet about the noise for years."),
        # A language refused, certainty not given with no will in it, a writer's passive.
        ("id", "Pemain itu menolak berbicara bahasa Belanda."),
        ("id", "Pemerintah belum memberikan kepastian jadwal pencairan bantuan."),
        ("id", "Penyebab kebakaran belum dapat dipastikan."),
        ("id", "Hingga berita ini diturunkan, Kepala Dinas Pendidikan belum merespons."),  # not reached by press time
        ("id", "Polisi belum dapat membeberkan identitas pelaku karena masih dalam penyelidikan."),  # a detail withheld
        ("en", "He did not elaborate."),  # the writer's account
        ("de", "Die Polizei bestätigte das Unglück am Abend."),
        ("pt", "O clube remeteu para mais tarde a decisão."),  # a decision put off
        ("fr", "Le club a refusé toute augmentation."),
        # Questions about one's own future dodged, details withheld: no report left open.
        ("en", "The coach dodged questions about his future at the club."),
        ("es", "El ministro se mostró evasivo sobre su futuro."),
        ("fr", "Le ministre est resté évasif sur son avenir."),
        ("pt", "O ministro não quis entrar em pormenores."),
        ("id", "Hingga berita ini diturunkan, polisi belum memberikan keterangan resmi."),  # not reached by press time
        ("id", "Siswa itu tidak memberikan jawaban yang benar."),  # nobody asked for comment
        ("id", "Akhirnya Bupati buka suara soal kabar itu."),  # speaking up at last
        ("id", "Hingga berita ini diturunkan, Kepala Dinas belum buka suara."),  # not reached by press time
        ("id", "Petugas menutup rapat pintu gudang itu."),  # a door shut
        ("id", "Guru itu membahas soal ujian bersama murid."),  # no refusal
        ("id", "Saya tidak tahu harus ke mana, kata korban banjir itu."),  # what to do, no matter put
        ("id", "Kapolsek mengatakan belum ada informasi soal jumlah korban."),  # a toll, no report answered
        ("id", "Petani itu tidak punya informasi soal jadwal tanam."),  # a schedule, no report
        ("ru", "Зал хранил молчание в память о погибших."),  # a silence kept in memory
        # A loan refused, a contract not renewed, a language unknown, a treatment, a training session refused.
        ("es", "El banco se negó a conceder el préstamo."),
        ("es", "La empresa optó por no renovar el contrato."),
        ("es", "El alcalde dijo desconocer el idioma."),
        ("es", "El paciente no respondió al tratamiento."),
        ("pt", "O clube optou por não renovar o contrato."),
        ("pt", "O jogador recusou-se a treinar."),
        ("pt", "A empresa não pode contratar mais funcionários."),
        # Taxes not to be raised, a deed preferred, training refused, a court's merits, a teacher's questions.
        ("fr", "La ville ne souhaite pas augmenter les impôts."),
        ("fr", "Le cabinet a préféré ne pas augmenter les prix."),
        ("fr", "La cour ne s'est pas prononcée sur le fond de l'affaire."),
        ("fr", "Les élèves ont refusé de répondre aux questions du professeur."),
        ("de", "Die Polizei bestätigte den Tod des Mannes."),
        ("de", "Der Spieler gab sich nach dem Spiel zufrieden."),
        ("de", "Der Bürgermeister war nicht bereit, die Steuern zu erhöhen."),
        ("ru", "Врач отказался давать лекарства."),  # no comment refused
        ("ru", "Он предпочел не ехать в Москву."),  # a deed preferred
        ("ar", "والتزم الجمهور دقيقة صمت حدادا على الضحايا."),  # a minute's silence
        ("es", "El Gobierno se ha pronunciado al respecto."),  # no negation
        ("pt", "O ministro manteve o silêncio durante o minuto de homenagem."),  # no matter named
        ("fr", "Le maire s'est exprimé à ce sujet lundi."),
        ("ar", "ورفض الوزير الحديث مع المعارضة."),  # talks with a party
    ],
)
def test_look_alikes_of_non_denials_give_no_record(run, lang: str, text: str) -> None:
    assert run(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), _cases("traps"))
def test_traps_are_not_denials(run, lang: str, text: str) -> None:
    assert [record for record in run(text, lang) if record.type == "denial"] == []


# (denier, role, trigger, claim, claim source) of a denial verb.
ARGUMENTS = [
    (
        "en",
        "White House spokesperson Laura Finch on Tuesday denied reports by the Daily Ledger "
        "that the president had cancelled his trip to Ottawa.",
        ("Laura Finch", "White House spokesperson", "denied", "the president had cancelled his trip to Ottawa"),
        "the Daily Ledger",
    ),
    (
        "id",
        "Juru bicara Kementerian Kesehatan Rina Wulandari pada Kamis (3/8) membantah laporan bahwa "
        "stok vaksin di Jawa Timur sudah habis.",
        ("Rina Wulandari", "Juru bicara Kementerian Kesehatan", "membantah", "stok vaksin di Jawa Timur sudah habis"),
        "laporan",
    ),
    (  # the claim follows the quoted label ("calificó de «falsas» las denuncias")
        "es",
        "El Gobierno peruano calificó de «falsas» las denuncias de fraude electoral.",
        ("El Gobierno peruano", None, "calificó de «falsas", "las denuncias de fraude electoral"),
        None,
    ),
    (  # the adverb closing the clause belongs to the verb, not to the claim
        "de",
        "Anna Berger hat die Vorwürfe inzwischen zurückgewiesen.",
        ("Anna Berger", None, "zurückgewiesen", "die Vorwürfe"),
        None,
    ),
    (  # the name in apposition after the role, a title before it; the claim ends at "، أكدت" (the next clause)
        "ar",
        "ونفى المتحدث باسم الجيش، العقيد أحمد المسماري، وقوع أي اشتباكات، أكدت وزارة الصحة سقوط ضحايا.",
        ("أحمد المسماري", "المتحدث باسم الجيش", "ونفى", "وقوع أي اشتباكات"),
        None,
    ),
    (  # the statement's channel skipped; a quoted name in a script without capitals is the claim's source, ending it
        "ar",
        'ونفت السفارة الأمريكية في بيان ما أوردته قناة "الجزيرة" حول إغلاق مقرها.',
        ("السفارة الأمريكية", None, "ونفت", "ما أوردته قناة"),
        "الجزيرة",
    ),
]


# (lang, text, denier, claim): passives, attributions and where a claim ends.
DENIER_AND_CLAIM = [
    # A quoted bare answer denies the question put to its speaker, after it or before it (were none).
    (
        "en",
        '"No, it is not," the minister said when asked whether the plant would close.',
        "the minister",
        "the plant would close",
    ),
    ("en", 'Asked if he had met the lobbyist, Kim said: "No, I have not."', "Kim", "he had met the lobbyist"),
    ("en", "“No, absolutely not,” Obi said when asked about reports of a merger.", "Obi", "reports of a merger"),
    # An unquoted play-down: the claim is what is called so, not the reason after it.
    (
        "en",
        "No one should overstate it by calling it a disaster because the roof held, the mayor said.",
        "the mayor",
        "calling it a disaster",
    ),
    # A quoted claim pointed at and called false is the phrase.
    ("en", '"He keeps repeating this false story," the minister said.', "the minister", "this false story"),
    # A rebutted supposition is the claim.
    (
        "en",
        '"It is not as though the money vanished," the treasurer told reporters.',
        "the treasurer",
        "the money vanished",
    ),
    # The object pronoun before the auxiliary is no part of the subject; it stands for the claim before it.
    ("fr", "Interrogée sur ces rumeurs, la ministre les a démenties.", "la ministre", "ces rumeurs"),
    # An object relative "que" with its subject inverted after the verb: the antecedent is the claim.
    (
        "fr",
        "Des accusations que rejette fermement la direction de la clinique.",
        "la direction de la clinique",
        "Des accusations",
    ),
    # ... and as an object after the verb, the relative describes the claim noun (was "relaie la presse locale").
    (
        "fr",
        "Le maire dément les rumeurs que relaie la presse locale.",
        "Le maire",
        "les rumeurs que relaie la presse locale",
    ),
    # A passive label whose verdict is quoted: the agent after the closing mark (was none).
    ("fr", "Ces propos ont été qualifiés de « mensongers » par le syndicat.", "le syndicat", "Ces propos"),
    # "pour" opening the sentence names who speaks (was none).
    (
        "fr",
        "Pour le directeur de l'hôpital, ces informations sont erronées.",
        "le directeur de l'hôpital",
        "ces informations",
    ),
    ("de", "Die Vorwürfe wurden vom Verein zurückgewiesen.", "Verein", "Die Vorwürfe"),  # the agent before the verb
    ("de", "Der Bericht wurde in Koalitionskreisen dementiert.", "Koalitionskreisen", "Der Bericht"),  # a place
    # The object of a verb closing a subordinate clause follows its subject (was none).
    ("de", "Obwohl der Konzern die Vorwürfe zurückweist, ermittelt die Polizei.", "der Konzern", "die Vorwürfe"),
    # The channel between the object and the particle is no part of the claim (was "die Kritik in einem Interview").
    ("de", "Der Bürgermeister wies die Kritik in einem Interview zurück.", "Der Bürgermeister", "die Kritik"),
    # "in Abrede" closes "stellte … in Abrede"; the clause after the comma is the claim (was none).
    (
        "de",
        "Der Minister stellte in Abrede, von den Plänen gewusst zu haben.",
        "Der Minister",
        "von den Plänen gewusst zu haben",
    ),
    # An intensifier opening the verdict is no part of the claim (was "... seien „völliger").
    (
        "de",
        "Die Gerüchte über eine Fusion seien „völliger Quatsch“, sagte die Chefin.",
        "die Chefin",
        "Die Gerüchte über eine Fusion",
    ),
    # Where it was said, between the verb and its object: no part of the claim (was "en La Paz las versiones ...").
    (
        "es",
        "El sindicato desmintió ayer en La Paz las versiones sobre una huelga general.",
        "El sindicato",
        "las versiones sobre una huelga general",
    ),
    (
        "pt",
        "A empresa desmentiu ontem em Lisboa as notícias sobre o seu encerramento.",
        "A empresa",
        "as notícias sobre o seu encerramento",
    ),
    ("es", "El tenista negó ayer en París estar lesionado.", "El tenista", "estar lesionado"),  # before an infinitive
    # A place ending in "-las" or "-la" before "que" ("Bruselas que", "Venezuela que") is no article before a relative.
    (
        "es",
        "El ministro negó hoy en Bruselas que España vaya a pedir un rescate.",
        "El ministro",
        "España vaya a pedir un rescate",
    ),
    # Before whom it was said, between the verb and its object (was "ante la prensa los rumores ...").
    (
        "es",
        "La consejera desmintió ante la prensa los rumores sobre su dimisión.",
        "La consejera",
        "los rumores sobre su dimisión",
    ),
    # By what means it was denied, between the verb and its object (was "a través de un comunicado haber ...").
    (
        "es",
        "La consejera negó a través de un comunicado haber cobrado dietas.",
        "La consejera",
        "haber cobrado dietas",
    ),
    (
        "es",
        "El alcalde desmintió en sus redes sociales los rumores sobre su boda.",
        "El alcalde",
        "los rumores sobre su boda",
    ),
    ("es", "El club ha desmentido mediante una nota el despido del director.", "El club", "el despido del director"),
    # A quoted verdict closing before its "que" clause: the clause is the claim (was none).
    (
        "es",
        "La ministra aseguró que «no es cierto» que el Gobierno vaya a subir el IVA.",
        "La ministra",
        "el Gobierno vaya a subir el IVA",
    ),
    # An elided "d'" before the quoted verdict is linking, no claim (was "d").
    (
        "fr",
        "La préfecture a qualifié d'« intox » la vidéo sur les contrôles.",
        "La préfecture",
        "la vidéo sur les contrôles",
    ),
    # More adjectives of the verdict after the falsity word are no claim (was "e interesadas", "et diffamatoires").
    (
        "es",
        "El sindicato tachó de «falsas e interesadas» las cifras de la patronal.",
        "El sindicato",
        "las cifras de la patronal",
    ),
    (
        "es",
        "La consejera calificó de falsa, malintencionada y absurda la denuncia de los vecinos.",
        "La consejera",
        "la denuncia de los vecinos",
    ),
    (
        "pt",
        "O clube classificou de «falsas e caluniosas» as notícias sobre o treinador.",
        "O clube",
        "as notícias sobre o treinador",
    ),
    (
        "fr",
        "Le ministre a qualifié de « fausses et diffamatoires » les accusations de l'opposition.",
        "Le ministre",
        "les accusations de l'opposition",
    ),
    # A "que" clause after the means is the claim, not a thing refused ("vaya a cancelar": no "negó a cancelar").
    (
        "es",
        "La aerolínea desmintió en un comunicado que vaya a cancelar sus vuelos.",
        "La aerolínea",
        "vaya a cancelar sus vuelos",
    ),
    # Who claims otherwise, in an aside after a comma, is no part of the claim (was "..., en contra de lo que ...").
    (
        "es",
        "La consejera negó que haya listas de espera en los hospitales, en contra de lo que denuncia la oposición.",
        "La consejera",
        "haya listas de espera en los hospitales",
    ),
    # What has no truth in it is the claim, without the preposition (was "en los rumores ...").
    (
        "es",
        "El portavoz aseguró que no hay nada de verdad en los rumores sobre el fichaje.",
        "El portavoz",
        "los rumores sobre el fichaje",
    ),
    # When it was denied, between the verb and its object (was "durante años la contaminación ...").
    ("es", "La empresa negó durante años la contaminación del río.", "La empresa", "la contaminación del río"),
    ("es", "El club negó esta tarde los rumores sobre el fichaje.", "El club", "los rumores sobre el fichaje"),
    # The intention is what is denied, not the trigger's (was "de ofender os colegas").
    (
        "pt",
        "O deputado afirmou não ter tido qualquer intenção de ofender os colegas.",
        "O deputado",
        "qualquer intenção de ofender os colegas",
    ),
    # What a denial noun answers, after "à", is its claim (was "aux rumeurs de transfert").
    ("fr", "Le club a apporté un démenti aux rumeurs de transfert.", "Le club", "rumeurs de transfert"),
    # How it was denied, between the verb and its object, quoted or not (was "con toda firmeza").
    (
        "es",
        "El detenido negó una y otra vez haber participado en el robo.",
        "El detenido",
        "haber participado en el robo",
    ),
    (
        "es",
        'La alcaldesa rechazó "con toda firmeza" las críticas de la oposición.',
        "La alcaldesa",
        "las críticas de la oposición",
    ),
    # "entre A y B" is one noun phrase, its "y" opens no clause (was "el alcalde", "le patron", "o autarca").
    (
        "es",
        "La reunión entre el ministro y el alcalde fue desmentida por el Ayuntamiento.",
        "el Ayuntamiento",
        "La reunión entre el ministro y el alcalde",
    ),
    (
        "fr",
        "La rencontre entre le ministre et le patron a été démentie par l'Élysée.",
        "l'Élysée",
        "La rencontre entre le ministre et le patron",
    ),
    (
        "pt",
        "O encontro entre o ministro e o autarca foi desmentido pela Câmara.",
        "Câmara",
        "O encontro entre o ministro e o autarca",
    ),
    ("de", "Die Wirtin hat den Diebstahl abgestritten.", "Die Wirtin", "den Diebstahl"),  # a separable participle
    ("de", "Der Landrat bezeichnete die Gerüchte als „abwegig“.", "Der Landrat", "die Gerüchte"),  # a quoted verdict
    ("de", "Der Pfarrer bestreitet die Vorwürfe bis heute.", "Der Pfarrer", "die Vorwürfe"),  # "bis heute" a time
    # A fronted prepositional phrase or source is no subject; the object follows the subject with no comma.
    (
        "de",
        "Gegenüber der Deutschen Presse-Agentur dementierte ein Sprecher den Bericht.",
        "ein Sprecher",
        "den Bericht",
    ),
    ("de", "Nach Angaben der Polizei bestritt der Verdächtige die Tat.", "der Verdächtige", "die Tat"),
    ("de", "Laut Polizei bestritt der Verdächtige die Tat.", "der Verdächtige", "die Tat"),
    ("de", "Wenige Stunden nach der Wahl dementierte die Partei den Bericht.", "die Partei", "den Bericht"),
    # An adverb before a prepositional phrase opens an adverbial, alone or after another between commas.
    (
        "de",
        "Kurz vor der Abstimmung wies die Fraktionschefin die Berichte zurück.",
        "die Fraktionschefin",
        "die Berichte",
    ),
    ("de", "Am Freitag, unmittelbar nach dem Urteil, bestritt der Anwalt die Vorwürfe.", "der Anwalt", "die Vorwürfe"),
    # A verb after "und" shares the subject of the verb before it.
    (
        "de",
        "Die Reederei bedauerte den Unfall und wies die Vorwürfe der Gewerkschaft zurück.",
        "Die Reederei",
        "die Vorwürfe der Gewerkschaft",
    ),
    (
        "de",
        "Die Klinik in Hamburg räumte Fehler ein und bestritt die Vorwürfe.",
        "Die Klinik in Hamburg",
        "die Vorwürfe",
    ),
    # Unless the verb after "und" has its own subject after it, its object's article following.
    (
        "de",
        "Die Ministerin wurde am Abend befragt, und dementierte der Sprecher den Bericht über ihren Rücktritt.",
        "der Sprecher",
        "den Bericht über ihren Rücktritt",
    ),
    # A participle closing the clause: its object starts after the finite verb, past adverbials between commas.
    (
        "de",
        "Am Dienstag, kurz vor der Hauptversammlung, hatte die Bank die Gerüchte dementiert.",
        "die Bank",
        "die Gerüchte",
    ),
    # The channel or the occasion of a denial is no part of its object, before it or after it.
    ("de", "Der Sänger bestritt über seinen Anwalt alle Vorwürfe.", "Der Sänger", "alle Vorwürfe"),
    ("de", "Der Fahrer hat den Unfall bei seiner Vernehmung abgestritten.", "Der Fahrer", "den Unfall"),
    ("ru", "Певец опроверг слухи о разводе в своём Telegram-канале.", "Певец", "слухи о разводе"),
    # A connection said not to exist before its verb is the claim.
    (
        "de",
        "Eine Verbindung zwischen den beiden Taten gebe es nicht, erklärte die Polizei.",
        "die Polizei",
        "Verbindung zwischen den beiden Taten",
    ),
    # A separable verb with nothing but adverbs in its gap has its object after it; a report in the gap, what a
    # claim marker after the verb says.
    (
        "de",
        "Der Minister stritt am Montag ab, von den Zahlungen gewusst zu haben.",
        "Der Minister",
        "von den Zahlungen gewusst zu haben",
    ),
    (
        "de",
        "Die Polizei wies einen Zeitungsbericht zurück, wonach der Täter bewaffnet gewesen sei.",
        "Die Polizei",
        "der Täter bewaffnet gewesen sei",
    ),
    ("ru", "Мэр отмёл обвинения в превышении полномочий.", "Мэр", "обвинения в превышении полномочий"),  # "ё"
    # A quoted negation of existence: what is said not to exist is the claim.
    (
        "ru",
        "«Никаких консультаций по этому вопросу не проводилось», — подчеркнул министр.",
        "министр",
        "консультаций по этому вопросу",
    ),
    # A degree adverb before the verdict is no part of the claim.
    (
        "ru",
        "В ведомстве заявили, что слухи о сокращениях совершенно беспочвенны.",
        "ведомстве",
        "слухи о сокращениях",
    ),
    # A claim verb of words in a row has its object after it, not inside it.
    (
        "de",
        "Die Stiftung wehrte sich gegen den Vorwurf der Vetternwirtschaft.",
        "Die Stiftung",
        "den Vorwurf der Vetternwirtschaft",
    ),
    ("ru", "Эта информация была опровергнута пресс-службой ведомства.", "пресс-службой ведомства", "Эта информация"),
    # The denial noun fronted as the object, its issuer after the light verb.
    (
        "ru",
        "Опровержение слухов о закрытии завода распространила мэрия города.",
        "мэрия города",
        "слухов о закрытии завода",
    ),
    ("en", "The reports were denied by the ministry.", "the ministry", "The reports"),
    (  # the body named by its place, without the preposition; the claim after the attribution's comma
        "ru",
        "Как сообщили в пресс-службе ведомства, эти данные не соответствуют действительности.",
        "пресс-службе ведомства",
        "эти данные",
    ),
    ("ru", "В компании опровергли слухи о банкротстве.", "компании", "слухи о банкротстве"),
    ("en", "As the ministry said on Monday, the reports are false.", "the ministry", "the reports"),
    # The claim ends where who said it follows a comma; a speech verb between commas is an aside.
    ("en", "The ministry denied the report, Reuters reported on Monday.", "The ministry", "the report"),
    # A subject pronoun after a comma opens a clause of its own, no part of the claim (an aside between commas is).
    (
        "en",
        "The club denied the transfer reports, it has not yet commented on the new rumours about the coach.",
        "The club",
        "the transfer reports",
    ),
    ("en", "The ministry denied that the army, he said, had fired.", "The ministry", "the army, he said, had fired"),
    ("id", "Polisi membantah laporan penangkapan itu, lapor media lokal.", "Polisi", "laporan penangkapan itu"),
    # A time closing a "that" clause dates the claimed event; after a noun it dates the denial.
    (
        "en",
        "The port authority denied on Tuesday that the terminal will close next year.",
        "The port authority",
        "the terminal will close next year",
    ),
    ("en", "The port authority denied the report on Tuesday.", "The port authority", "the report"),
    # A second verb of the denier's ends the claim.
    ("en", "The council denied the charge and blames the contractor for the delays.", "The council", "the charge"),
    ("en", "The union denied the report, and pledged to keep talking.", "The union", "the report"),
    ("en", "Her agent denied the reports and assured fans that the tour would go ahead.", "Her agent", "the reports"),
    # A pronoun object stands for what a verb of reporting earlier in the sentence says.
    (
        "en",
        "The tabloid reported that the striker would retire, but his agent denied it.",
        "his agent",
        "the striker would retire",
    ),
    ("en", "A minister announced a truce, and the rebels denied this.", "the rebels", "a truce"),
    ("en", "The rebel commander denied the truce and denounced the envoy.", "The rebel commander", "the truce"),
    # A relative pronoun is the claim of the verb in its clause when the verb has no object of its own.
    ("en", "Prosecutors filed new charges, which he has denied in the past.", "he", "new charges"),
    ("en", "The allegations, which the company denied, surfaced in May.", "the company", "The allegations"),
    ("en", "She faces fresh allegations, which she denies.", "she", "fresh allegations"),
    # A claim word opening the comma's segment, the subject after it with no relative pronoun.
    ("en", "Prosecutors accused him of fraud, allegations he denies.", "he", "allegations"),
    ("es", "Las acusaciones, que el Gobierno negó el lunes, surgieron en mayo.", "el Gobierno", "Las acusaciones"),
    ("id", "Oposisi menuding pemerintah curang, tuduhan yang dibantah Istana.", "Istana", "tuduhan"),
    ("fr", "Matignon a démenti ces rumeurs, les qualifiant de « fantaisistes ».", "Matignon", "ces rumeurs"),
    # Dates and adverbials between the verb and its object are no part of the claim.
    (
        "fr",
        "Le ministère de la Défense a démenti dimanche, dans un communiqué, toute implication dans l'attaque.",
        "Le ministère de la Défense",
        "toute implication dans l'attaque",
    ),
    (
        "fr",
        "L'Élysée a démenti vendredi soir, par la voix de son porte-parole, tout projet de dissolution.",
        "L'Élysée",
        "tout projet de dissolution",
    ),
    ("fr", "Le joueur a nié sur Instagram avoir frappé sa compagne.", "Le joueur", "avoir frappé sa compagne"),
    ("fr", "Le maire a balayé d'un revers de main les critiques.", "Le maire", "les critiques"),
    # A fronted source names who "on" is; a place between the label and its verdict is not what is called false.
    (
        "fr",
        "De source proche de la préfecture, on dément toute fermeture du port.",
        "source proche de la préfecture",
        "toute fermeture du port",
    ),
    ("fr", "Dans l'entourage de la ministre, on dément ces rumeurs.", "l'entourage de la ministre", "ces rumeurs"),
    # What a report says ("selon lesquelles ...") describes the report denied.
    ("fr", "La mairie a démenti les rumeurs selon lesquelles le marché fermerait.", "La mairie", "les rumeurs"),
    ("fr", "Le club a rejeté les critiques relayées par la presse locale.", "Le club", "les critiques"),
    # A body named by its place after the verb speaks for "on", wherever it stands: the object ends before it.
    ("fr", "On dément, au ministère, toute fermeture du port.", "ministère", "toute fermeture du port"),
    ("fr", "On dément à l'Élysée toute visite du chef rebelle.", "l'Élysée", "toute visite du chef rebelle"),
    (
        "fr",
        "On dément catégoriquement toute démission dans l'entourage de la ministre.",
        "l'entourage de la ministre",
        "toute démission",
    ),
    (
        "fr",
        "Le maire a qualifié sur Twitter de « fantaisistes » les accusations de favoritisme.",
        "Le maire",
        "les accusations de favoritisme",
    ),
    # A compound tense of a labelling verb; "que" after an article and a common noun opens a relative clause, part
    # of the claim; a judge addressed between the verb and its object is no part of it.
    (
        "es",
        "El Ayuntamiento ha calificado de «bulo» el audio que circula por las redes sobre un apagón.",
        "El Ayuntamiento",
        "el audio que circula por las redes sobre un apagón",
    ),
    (
        "es",
        "La ministra calificó de falso el vídeo que circula en las redes.",
        "La ministra",
        "el vídeo que circula en las redes",
    ),
    (
        "es",
        "El exalcalde negó ante la jueza cualquier cobro de comisiones.",
        "El exalcalde",
        "cualquier cobro de comisiones",
    ),
    # Another past verb of the same subject ends the claim; an adverb before a passive participle is the verb's.
    (
        "pt",
        "A polícia apurou ser falsa a morada indicada pelo suspeito e apreendeu os documentos.",
        "A polícia",
        "a morada indicada pelo suspeito",
    ),
    ("pt", "Uma hipótese entretanto desmentida pela empresa.", "empresa", "Uma hipótese"),
    # A rumour named with a definite determiner is what a labelling verb judges, not the verdict.
    ("pt", "A prefeitura classificou os boatos como falsos.", "A prefeitura", "os boatos"),
    # A statement to the press between commas, after the verb, is no part of the claim.
    (
        "pt",
        "A ministra negou, em declarações à RTP, qualquer plano de privatização.",
        "A ministra",
        "qualquer plano de privatização",
    ),
    # A quoted predicate after its copula judges the subject before the quotation.
    (
        "pt",
        "Segundo o gabinete do ministro, a notícia é «completamente falsa e abusiva».",
        "o gabinete do ministro",
        "a notícia",
    ),
    # The reflexive "no se corresponde con la realidad" and "carece de veracidad" say a claim is false.
    (
        "es",
        "El Ayuntamiento aseguró que la información no se corresponde con la realidad.",
        "El Ayuntamiento",
        "la información",
    ),
    ("es", "Según la Policía, la noticia carece de toda veracidad.", "la Policía", "la noticia"),
    # An apposition after a comma, or a relative clause whose pronoun carries the question word's accent, ends it.
    (
        "es",
        "La directora negó el origen ilegal de los fondos, una donación de un empresario local.",
        "La directora",
        "el origen ilegal de los fondos",
    ),
    (
        "es",
        "El concejal rechazó las críticas de Gómez, con quién no mantiene relación alguna.",
        "El concejal",
        "las críticas de Gómez",
    ),
    (
        "pt",
        "O governo classificou como falso o áudio que circula nas redes.",
        "O governo",
        "o áudio que circula nas redes",
    ),
    # The belying verb is the trigger alone: the claim word after its subject opens the claim.
    ("ar", "وكذّب رئيس البلدية الشائعات عن انهيار الجسر.", "رئيس البلدية", "الشائعات عن انهيار الجسر"),
    # "in it" after the verb describing a statement is no part of the claim.
    ("ar", "وأصدرت الشركة بيانا تنفي فيه تسريح العمال.", "الشركة", "تسريح العمال"),
    # An adverbial between Arabic commas after the subject is no part of the claim either.
    ("ar", "ونفى الوزير، في تصريح صحفي، الأنباء عن استقالته.", "الوزير", "الأنباء عن استقالته"),
    # Whom it was said to, between the subject and the object, is no part of the claim.
    ("ar", "ونفى مصدر أمني لوكالة الأنباء الرسمية وقوع أي انفجار في المطار.", "مصدر أمني", "وقوع أي انفجار في المطار"),
    # A denial noun carrying its owner's pronoun: the phrase before it owns it, after a renewing verb or "عن".
    ("ar", "وجددت الشركة نفيها وجود أي خطة لإغلاق المصنع.", "الشركة", "وجود أي خطة لإغلاق المصنع"),
    ("ar", "ونقلت الصحيفة عن مصدر حكومي نفيه صحة الأنباء.", "مصدر حكومي", "الأنباء"),  # the reports, not their truth
    # A preposition after a role noun is the role's own: the official owns the denial, not the ministry.
    (
        "ar",
        "وأكد مسؤول في وزارة النقل نفيه الأنباء عن إغلاق الميناء.",
        "مسؤول في وزارة النقل",
        "الأنباء عن إغلاق الميناء",
    ),
    ("ar", "ونقلت الإذاعة عن مصدر في الرئاسة نفيه وقوع الحادث.", "مصدر في الرئاسة", "وقوع الحادث"),
    # A relative pronoun that is the predicate's own subject is no part of what it says false.
    (
        "en",
        "He added: “Supporters spread a rumour that she was arrested in Aleppo which is not true.”",
        "He",
        "she was arrested in Aleppo",
    ),
    # A verdict after "as", a place or an addressee of the denial end the claim; a quantifier opens it.
    ("en", "The mayor dismissed the rumour as patently false.", "The mayor", "the rumour"),
    ("en", "The striker's agent disputed the story in a blog post.", "The striker's agent", "the story"),
    ("en", "A spokesman rejected the report to reporters on Friday.", "A spokesman", "the report"),
    ("en", "The airline denied both accusations.", "The airline", "both accusations"),
    # "that" after a speech verb and whom it was said to opens what is said false, no relative clause.
    ("en", "A spokesman told us that the story was untrue.", "A spokesman", "the story"),
    ("en", "The ministry told reporters that the merger talk was false.", "The ministry", "the merger talk"),
    # A relative clause is part of what is said false before a trailing attribution too; a complementiser's
    # content after a claim word is the claim.
    (
        "en",
        "The story which went viral last week is false, the mayor said.",
        "the mayor",
        "The story which went viral last week",
    ),
    ("en", "The video that circulated online is fake, he said.", "he", "The video that circulated online"),
    ("en", "Reports that the mayor will resign are false, he said.", "he", "the mayor will resign"),
    ("en", "The ministry says some reports that the dam has cracked are false.", "The ministry", "the dam has cracked"),
    (
        "en",
        "Police said the video that the ministry published is fake.",
        "Police",
        "the video that the ministry published",
    ),
    (
        "id",
        "Video yang beredar di media sosial itu hoaks, kata Hendra.",
        "Hendra",
        "Video yang beredar di media sosial itu",
    ),
    # A conjunction after the first words of a noun phrase said false joins nouns; it opens no clause.
    (
        "en",
        "The Russian and Syrian claims are false, the officer said.",
        "the officer",
        "The Russian and Syrian claims",
    ),
    ("id", "Foto dan video itu tidak benar, kata Hendra.", "Hendra", "Foto dan video itu"),
    ("id", "“Foto dan video yang beredar itu bohong,” kata Hendra.", "Hendra", "Foto dan video yang beredar itu"),
    (
        "en",
        "Photos and videos of the blast have been denied by the police.",
        "the police",
        "Photos and videos of the blast",
    ),
    # When the claim was made or denied is no part of it, unless a complementiser opened it (the claimed event's date).
    ("en", "The firm denied the story back in May.", "The firm", "the story"),
    ("en", "The paper reported a merger last week, but the firm denied it.", "the firm", "a merger"),
    ("en", "The paper reported a merger back in March, but the firm denied it.", "the firm", "a merger"),
    (
        "en",
        "The paper reported that the plant would close on Monday, but the firm denied it.",
        "the firm",
        "the plant would close on Monday",
    ),
    # A subject pronoun after the verb opens the denied clause; it stands for no claim reported before.
    (
        "en",
        "The coach claimed that he was misquoted, but he denied he had ever met the agent.",
        "he",
        "he had ever met the agent",
    ),
    # A conjunction before another speaker's speech verb opens a clause of its own.
    (
        "en",
        "The board denied that the chief was ill and a US official said there was no sign of it.",
        "The board",
        "the chief was ill",
    ),
    # "that" before a claim word closing the object points at it; it opens no clause.
    ("en", "The mayor debunked that rumor in an interview on Monday.", "The mayor", "that rumor"),
    ("en", "The agency refuted that claim.", "The agency", "that claim"),
    # Words set off by single curly quotation marks stay inside the claim.
    ("en", "The firm denied rumours of a ‘secret’ merger.", "The firm", "rumours of a ‘secret’ merger"),
    # Where the object went round, in a relative clause after it, is no part of it.
    ("en", "Two scientists debunked the story which went viral on Thursday.", "Two scientists", "the story"),
    # Who made the claim, said after it with "as", is no part of it.
    (
        "en",
        "The army denied that the colonel had been in the north, as claimed by rebel websites.",
        "The army",
        "the colonel had been in the north",
    ),
    # Adverbs joined by a conjunction, a speaker's "we stress" and the predicate's noun are no part of the claim.
    (
        "en",
        '"These allegations are completely, utterly and totally false," the lawyer said.',
        "the lawyer",
        "These allegations",
    ),
    (
        "id",
        "Kami tegaskan kabar penutupan pabrik itu tidak benar, kata Hendra.",
        "Hendra",
        "kabar penutupan pabrik itu",
    ),
    ("id", "Menurut Darmawan, unggahan tersebut adalah kabar bohong.", "Darmawan", "unggahan tersebut"),
    # A bare verb opening the sentence, maybe after "usai", shares the main clause's subject after the comma.
    (
        "id",
        "Membantah menerima gratifikasi, Rudi Hartono meninggalkan gedung KPK.",
        "Rudi Hartono",
        "menerima gratifikasi",
    ),
    (
        "id",
        "Usai menampik tudingan itu, Andi Pratama meninggalkan ruang sidang.",
        "Andi Pratama",
        "tudingan itu",
    ),
    # A denial noun's owner right after it, with no marker; the claim ends at the light verb.
    (
        "id",
        "Bantahan Kementerian Perdagangan atas isu kelangkaan gula disampaikan Selasa.",
        "Kementerian Perdagangan",
        "atas isu kelangkaan gula",
    ),
    # Spoken "not true" in a quotation.
    ("id", "“Nggak bener itu,” kata Sinta.", "Sinta", "itu"),
    # "sampai" (to the point of) ends the subject.
    (
        "id",
        "Pengurus Daerah Muhammadiyah Sleman sampai mengeluarkan surat klarifikasi bahwa kabar itu hoaks.",
        "Muhammadiyah Sleman",
        "kabar itu hoaks",
    ),
    # What a negated statement denies follows its negation; "said to be" and the time of the denial are no part of it.
    ("en", "Profits, she said, did not fall after the merger.", "she", "fall after the merger"),
    ("id", "Kami tidak menerima dana asing, tegasnya.", "Kami", "menerima dana asing"),
    # Up to a comma: what follows it says what is so instead.
    ("id", "Soal anggaran bukan dipangkas, dana itu hanya dialihkan ke daerah, kata Hendra.", "Hendra", "dipangkas"),
    ("id", "Ia menolak bila disebut partainya terpecah saat menghadiri rapat kerja.", "Ia", "partainya terpecah"),
    # An auxiliary between a passive's subject closed by a demonstrative and the verb keeps the whole subject.
    (
        "id",
        "Video yang beredar di media sosial itu telah dibantah oleh polisi.",
        "polisi",
        "Video yang beredar di media sosial itu",
    ),
    # "it is claimed" after the complementiser of a fronted verdict is no part of the claim.
    ("id", "“Jadi, saya tegaskan tidak benar kalau diklaim pelatih menerima suap.", "saya", "pelatih menerima suap"),
    ("id", "Rudi menegaskan tidak benar kalau dikabarkan pabrik itu ditutup.", "Rudi", "pabrik itu ditutup"),
    # Why or on what condition, said after the claim, is no part of it.
    (
        "id",
        "Pelatih Joko membantah bahwa timnya bermain curang lantaran selalu menang.",
        "Pelatih Joko",
        "timnya bermain curang",
    ),
    (
        "id",
        "Ketua panitia membantah bahwa acara itu akan dibubarkan apabila tidak ada izin.",
        "Ketua panitia",
        "acara itu akan dibubarkan",
    ),
    # Who reported or alleged the claim, after it, is no part of it; "ucap" is a speech verb.
    ("id", "Bupati membantah menjual lahan itu, sebagaimana diberitakan media lokal.", "Bupati", "menjual lahan itu"),
    # Where the claim went round is no part of it; right after a claim word it says which rumour is meant.
    (
        "id",
        "Camat Suryadi membantah kabar bahwa jembatan desa ambruk yang beredar di grup WhatsApp.",
        "Suryadi",
        "jembatan desa ambruk",
    ),
    (
        "id",
        "Direktur Hartono menepis tudingan penggelapan dana koperasi yang sempat viral pekan lalu.",
        "Hartono",
        "tudingan penggelapan dana koperasi",
    ),
    ("id", "Kepala sekolah menepis isu pungutan seperti yang dituduhkan wali murid.", "Kepala sekolah", "isu pungutan"),
    ("id", "“Kabar itu fitnah,” ucap Lurah Sumarni.", "Sumarni", "Kabar itu"),
    # A verdict before a clause judges that clause; before a linking word it judges what precedes it.
    (
        "id",
        "“Jadi tidak benar kepala desa menjual tanah kas desa,” ujar Camat Suryadi.",
        "Suryadi",
        "kepala desa menjual tanah kas desa",
    ),
    ("id", "Camat Suryadi menegaskan tidak benar ada warga yang diusir.", "Suryadi", "ada warga yang diusir"),
    ("id", "Kabar itu tidak benar sama sekali, kata Camat Suryadi.", "Suryadi", "Kabar itu"),
    # A noun with the possessive -nya closes the claim and belongs to it (was "kabar", "… terhadap"); a sentence
    # adverb in -nya does not.
    (
        "id",
        "Juru bicara rumah sakit, Lestari, menyatakan pasien itu sudah pulih dan kabar kepergiannya tidak benar.",
        "Lestari",
        "kabar kepergiannya",
    ),
    (
        "id",
        "Pengacara itu mengatakan tuduhan penipuan terhadap kliennya adalah fitnah.",
        "Pengacara itu",
        "tuduhan penipuan terhadap kliennya",
    ),
    ("id", "Lurah Sumarni mengatakan kabar itu sebenarnya tidak benar.", "Sumarni", "kabar itu"),
    # A claim word before the negator an assertion spells is what is said not to be so (was "dibahas dalam rapat
    # direksi"); a speech verb after a pronoun and an adverb is no part of the claim (was "kami sudah sampaikan
    # hal tersebut").
    (
        "id",
        "Manajer klub menegaskan kabar pemecatan pelatih itu tidak pernah dibahas dalam rapat direksi.",
        "Manajer klub",
        "kabar pemecatan pelatih itu",
    ),
    (
        "id",
        "“Isu itu simpang siur, tapi kami sudah sampaikan hal tersebut tidak benar,” kata Hendra.",
        "Hendra",
        "hal tersebut",
    ),
    # A pronoun after a comma opens a clause of its own: the fronted verdict's claim ends before it (was "pabrik itu
    # tutup, kami masih berproduksi").
    ("id", "“Tidak benar pabrik itu tutup, kami masih berproduksi,” kata Hendra.", "Hendra", "pabrik itu tutup"),
    # A speech verb and its pronoun after a fronted adverbial's comma report the speech: no apposition to a name
    # before the comma (was "Dikonfirmasi", the role "Polres Bogor mengatakan pihaknya").
    (
        "id",
        "Dikonfirmasi terpisah, Polres Bogor mengatakan pihaknya membantah kabar pemukulan itu.",
        "Polres Bogor",
        "kabar pemukulan itu",
    ),
    # A verb naming no object denies the topic a phrase opening the sentence names (was none).
    (
        "id",
        "Soal tudingan pungutan liar itu, Camat Rahmat membantahnya.",
        "Rahmat",
        "tudingan pungutan liar itu",
    ),
    # A finite passive after a restrictive relative clause is the main verb: the noun phrase it hangs on opens the
    # claim (was "viral di media sosial"); a relative clause whose own verb it is keeps it out (see "Jakarta itu").
    (
        "id",
        "Video penganiayaan siswa yang viral di media sosial dibantah oleh pihak sekolah.",
        "pihak sekolah",
        "Video penganiayaan siswa yang viral di media sosial",
    ),
    # A personal pronoun right before the verb is its agent, the object fronted before it with its relative clause
    # (was the antecedent "Tuduhan" for denier and claim); a topic word opening it is no part of the claim.
    (
        "id",
        "Tuduhan yang dialamatkan kepada bupati itu kami bantah.",
        "kami",
        "Tuduhan yang dialamatkan kepada bupati itu",
    ),
    (
        "id",
        "Terkait kabar yang beredar soal penutupan pasar itu kami nyatakan tidak benar.",
        "kami",
        "kabar yang beredar soal penutupan pasar itu",
    ),
    # A first-person agent in a quotation names its speaker, unless the speaker is a pronoun too (was "Kabar").
    (
        "id",
        "“Kabar yang beredar di media sosial itu kami pastikan hoaks,” katanya.",
        "kami",
        "Kabar yang beredar di media sosial itu",
    ),
    ("id", "“Kabar itu saya nyatakan tidak benar,” kata Kapolres.", "Kapolres", "Kabar itu"),
    # Before a passive, the pronoun is no agent: "mereka" belongs to the claim.
    ("id", "Kabar tentang mereka dibantah oleh pihak sekolah.", "pihak sekolah", "Kabar tentang mereka"),
    # A claim word opening the reported clause heads it up to the verdict, past "karena", "dan" (was "wabah
    # campak", "Jawa").
    (
        "id",
        "Kepala dinas mengatakan informasi yang menyebut sekolah diliburkan karena wabah campak tidak benar.",
        "Kepala dinas",
        "informasi yang menyebut sekolah diliburkan karena wabah campak",
    ),
    (
        "id",
        "BMKG memastikan kabar gempa besar di Sumatra dan Jawa adalah hoaks.",
        "BMKG",
        "kabar gempa besar di Sumatra dan Jawa",
    ),
    # The comma before closing quotation marks ends the claim as one before a speech word does.
    (
        "id",
        "“Tidak benar ada pungutan liar di sekolah itu,’’ jelasnya.",
        "jelasnya",
        "ada pungutan liar di sekolah itu",
    ),
    # A relative clause before a name set off by commas describes the denier; the deed after the verb is the claim.
    (
        "id",
        "Bekas bendahara koperasi yang kini ditahan jaksa, Ratna Dewi, membantah menggelapkan dana anggota.",
        "Ratna Dewi",
        "menggelapkan dana anggota",
    ),
    # A denial verb speaking a quotation denies what the quotation calls false.
    ("id", "“Berita pemecatan itu bohong,” bantah Direktur Hartono.", "Hartono", "Berita pemecatan itu"),
    # A report, a piece of news or an accusation is denied for what it says; a rumour is the claim itself.
    ("id", "Kemendag membantah pemberitaan media yang menyebutkan stok gula menipis.", "Kemendag", "stok gula menipis"),
    (
        "id",
        "Dinas Sosial membantah kabar yang menyebutkan bantuan beras ditahan.",
        "Dinas Sosial",
        "bantuan beras ditahan",
    ),
    (
        "id",
        "Lurah Wartono menepis tudingan yang menyebut warganya menolak relokasi.",
        "Wartono",
        "warganya menolak relokasi",
    ),
    (
        "id",
        "Ketua partai membantah isu yang mengatakan ia akan mundur.",
        "Ketua partai",
        "isu yang mengatakan ia akan mundur",
    ),
    # "There is no" is the denial, what follows it the claim.
    (
        "id",
        "Juru bicara kementerian menegaskan bahwa tidak ada pembayaran tebusan untuk pembebasan sandera.",
        "Juru bicara kementerian",
        "pembayaran tebusan untuk pembebasan sandera",
    ),
    # A demonstrative closes the phrase said false and stays in it; a copula of two words goes.
    (
        "id",
        "Juru bicara PLN, Rina Wati, memastikan kabar pemadaman tersebut tidak benar.",
        "Rina Wati",
        "kabar pemadaman tersebut",
    ),
    ("id", "“Itu sama sekali tidak benar,” kata Darmawan.", "Darmawan", "Itu"),
    # The auxiliary nearest the participle opens the trigger; an earlier one is the claim's. "selon laquelle"
    # describes the noun before it: the passive's subject is whole (was "la ministre aurait démissionné").
    (
        "fr",
        "La rumeur selon laquelle la ministre aurait démissionné a été démentie par Matignon.",
        "Matignon",
        "La rumeur selon laquelle la ministre aurait démissionné",
    ),
    # A gerund says how, not what.
    ("fr", "Le syndicat a démenti ces chiffres en citant un audit interne.", "Le syndicat", "ces chiffres"),
    # A contrast after a comma ends the claim.
    (
        "fr",
        "La banque dément toute perte de données, contrairement à ce qu'affirme un syndicat.",
        "La banque",
        "toute perte de données",
    ),
    # A clause after a comma with no object of its own denies the claim before the comma.
    ("fr", "Le défenseur évoque des rumeurs de transfert, qu'il dément.", "il", "des rumeurs de transfert"),
    # A pronoun alone as the subject of a passive stands for the claim word before it.
    (
        "fr",
        "Cette rumeur a circulé pendant des semaines, mais elle est contestée par le ministère.",
        "le ministère",
        "Cette rumeur",
    ),
    ("fr", "« Ces accusations n'ont aucun fondement », a martelé l'avocat.", "l'avocat", "Ces accusations"),
    # A participle's object ends at the comma before its subject, whose clause's "que" is its own.
    ("fr", "Niant toute implication, la société a annoncé qu'elle ferait appel.", "la société", "toute implication"),
    # A pronoun alone after the opening quotation mark names no claim: what follows the negation does.
    ("fr", "« Il n'y a jamais eu de négociation secrète », a dit la ministre.", "la ministre", "négociation secrète"),
    (  # "que" opens the clause of the coordinated verb, not the claim
        "es",
        "La compañía rechazó las acusaciones y aseguró que siempre ha cumplido la ley.",
        "La compañía",
        "las acusaciones",
    ),
    ("pt", "A assessoria do ministro classificou a reportagem como falsa.", "A assessoria do ministro", "a reportagem"),
    # An infinitive of purpose after a verb other than a light one: that verb's subject denies.
    ("es", "La alcaldesa convocó a la prensa para negar las acusaciones.", "La alcaldesa", "las acusaciones"),
    # A second verb of the subject ends the claim.
    (
        "es",
        "El exalcalde, quien niega los cargos y considera que todo es una venganza política, declarará el martes.",
        "El exalcalde",
        "los cargos",
    ),
    (
        "es",
        "La alcaldesa rechazó las acusaciones y anunció una querella contra el diario.",
        "La alcaldesa",
        "las acusaciones",
    ),
    # An aside between commas after the verb: the complementiser after it opens the claim, no relative clause.
    ("pt", "A construtora negou, em nota, que tenha pago propina.", "A construtora", "tenha pago propina"),
    (
        "es",
        "La diputada negó, en declaraciones a la radio, que haya cobrado dietas.",
        "La diputada",
        "haya cobrado dietas",
    ),
    # A fronted adverbial and its comma: the verb opens its clause, the subject follows it.
    ("ar", "وفي حديث لإذاعة محلية، نفى رئيس البلدية الاتهامات بالفساد.", "رئيس البلدية", "الاتهامات بالفساد"),
    # "não procedem" is the falsity, not a negated statement whose claim would follow it.
    ("pt", "Fontes do ministério disseram que essas notícias não procedem.", "Fontes do ministério", "essas notícias"),
    # A phrase between the subject and the object: the object opens at its claim word.
    # (The body the sources belong to is part of them, as the ar set labels it.)
    ("ar", "ونفت مصادر في الشرطة الأنباء عن فرار السجناء.", "مصادر في الشرطة", "الأنباء عن فرار السجناء"),
    ("ar", "ونفت الرئاسة على لسان المتحدث باسمها أي خلاف مع الحكومة.", "الرئاسة", "أي خلاف مع الحكومة"),
    ("pt", "A prefeita convocou a imprensa para negar as acusações.", "A prefeita", "as acusações"),
    ("id", "Kementerian mengeluarkan pernyataan untuk membantah kabar tersebut.", "Kementerian", "kabar tersebut"),
    # A few quoted words inside the object do not end it.
    ("en", 'The Kremlin on Monday dismissed as "absurd" reports that Putin was ill.', "The Kremlin", "Putin was ill"),
    (
        "es",
        "El alcalde rechazó la «crítica destructiva» de la oposición.",
        "El alcalde",
        "la «crítica destructiva» de la oposición",
    ),
    # A relative clause between commas ends at its closing comma; a label's quotation is no part of the claim.
    ("en", "Trump, who has denied wrongdoing, is expected to testify.", "Trump", "wrongdoing"),
    ("en", 'The minister branded the claims "a pack of lies".', "The minister", "the claims"),
    ("en", "The Kremlin dismissed the report as fake news.", "The Kremlin", "the report"),  # the verdict ends it
    # A quoted fragment names its claim outside the quotation.
    ("en", 'The embassy said the claims were "baseless".', "The embassy", "the claims"),
    # A relative clause inside what is said false belongs to it.
    (
        "en",
        "The police said the video that circulated on social media is fake.",
        "The police",
        "the video that circulated on social media",
    ),
    (
        "id",
        "Ia menegaskan informasi yang beredar di media sosial itu hoaks.",
        "Ia",
        "informasi yang beredar di media sosial itu",
    ),
    # A claim ends before a relative clause or a concession after a comma.
    (
        "es",
        "El Gobierno rechazó las críticas de la oposición, a las que calificó de «electoralistas».",
        "El Gobierno",
        "las críticas de la oposición",
    ),
    ("en", "Moscow denied involvement, despite evidence from investigators.", "Moscow", "involvement"),
    # A claim ends before a clause set against it, whose "que" opens no claim.
    (
        "es",
        "El Gobierno negó que hubiera subido los impuestos, mientras que la oposición denunció recortes.",
        "El Gobierno",
        "hubiera subido los impuestos",
    ),
    (
        "fr",
        "Le ministère a démenti avoir augmenté les impôts, tandis que l'opposition a dénoncé des coupes.",
        "Le ministère",
        "avoir augmenté les impôts",
    ),
    (
        "id",
        "Pemerintah membantah telah menaikkan pajak, sementara oposisi mengecam pemotongan anggaran.",
        "Pemerintah",
        "menaikkan pajak",
    ),
    # A clause reported after a speech verb and a comma has its own subject, who denies.
    ("de", "Der Anwalt sagte, der Mandant bestreite die Vorwürfe.", "der Mandant", "die Vorwürfe"),
    ("de", "Er sagte, das Ministerium habe die Berichte dementiert.", "das Ministerium", "die Berichte"),
    # A claim fronted before the verb, its subject after it.
    ("de", "Die Vorwürfe wies der Minister zurück.", "der Minister", "Die Vorwürfe"),
    (
        "de",
        "Die Berichte dementierte ein Sprecher der Bundesregierung am Montag.",
        "ein Sprecher der Bundesregierung",
        "Die Berichte",
    ),
    ("ru", "Эту информацию опроверг пресс-секретарь президента Дмитрий Песков.", "Дмитрий Песков", "Эту информацию"),
    ("ru", "Эти сообщения опровергли в Минобороны.", "Минобороны", "Эти сообщения"),
    # The outlet a speech verb addresses is not its speaker.
    (
        "ru",
        "Как сообщил «Интерфаксу» источник в министерстве, эта информация не соответствует действительности.",
        "источник",
        "эта информация",
    ),
    (
        "ru",
        "Как сообщил ТАСС источник в правоохранительных органах, эти сведения не соответствуют действительности.",
        "источник",
        "эти сведения",
    ),
    # A role, its body's contracted name, then the person's name.
    (
        "ru",
        "Официальный представитель Минобороны Игорь Конашенков опроверг эти сообщения.",
        "Игорь Конашенков",
        "эти сообщения",
    ),
    (
        "ru",
        "Песков назвал фейком сообщения о переговорах.",
        "Песков",
        "сообщения о переговорах",
    ),  # the claim after the label
    ("de", "Der Kreml wies die Vorwürfe als haltlos zurück.", "Der Kreml", "die Vorwürfe"),  # the verdict ends it
    ("de", "Der Angeklagte stritt ab, das Geld genommen zu haben.", "Der Angeklagte", "das Geld genommen zu haben"),
    (
        "de",
        "Nach Angaben eines Sprechers sind die Berichte falsch.",
        "Sprechers",
        "die Berichte",
    ),  # verb before subject
    # The object opening the clause is no subject; the party after the verb is ("опровергли | в Минобороны").
    (
        "ru",
        "Информацию о гибели военнослужащих опровергли в Минобороны.",
        "Минобороны",
        "Информацию о гибели военнослужащих",
    ),
    # A time of a few words before the agent belongs to the verb, not to the claim.
    (
        "de",
        "Die Meldung wurde am Abend vom Verteidigungsministerium dementiert.",
        "Verteidigungsministerium",
        "Die Meldung",
    ),
    # The object fronted before the subject and the verb ends where the subject starts, its place word included.
    ("ru", "Обвинения в подкупе губернатор назвал клеветой.", "губернатор", "Обвинения в подкупе"),
    ("ru", "Эти слухи в пресс-службе назвали вымыслом.", "пресс-службе", "Эти слухи"),
    ("ru", "Обвинения в подкупе губернатор опроверг.", "губернатор", "Обвинения в подкупе"),
    # The verdict's own adjective after a dash is no part of the claim (was "слухи о закрытии метро — злонамеренная").
    ("ru", "Собянин: слухи о закрытии метро — злонамеренная ложь", "Собянин", "слухи о закрытии метро"),
    # An infinitive is no passive participle: the claim is its object (was no denial: a passive with no agent).
    ("ru", "Глава района поспешил опровергнуть слухи о своём уходе.", "Глава района", "слухи о своём уходе"),
    # A participle fronted before its auxiliary: the claim follows the auxiliary, the agent the claim.
    ("de", "Dementiert wurde die Meldung vom Landratsamt.", "Landratsamt", "die Meldung"),
    # A possessive's words do not count in the object: the claim word follows them.
    (
        "en",
        "The Kremlin rejected the British and Dutch investigators' claims that a Russian missile downed the airliner.",
        "The Kremlin",
        "a Russian missile downed the airliner",
    ),
    # "the opposition" keeps a player from scoring; "the opposition's" owns the claim.
    (
        "en",
        "The ministry rejected the opposition's claims of fraud.",
        "The ministry",
        "the opposition's claims of fraud",
    ),
    # Modifiers coordinated before one head noun are one party; a justice ministry is no judge.
    ("en", "The finance and trade ministries denied the reports.", "The finance and trade ministries", "the reports"),
    ("en", "The justice ministry dismissed the allegations.", "The justice ministry", "the allegations"),
    # A conjunction inside a body's name: capitalised words go on after it, no role or body word opening them.
    (
        "id",
        "Dinas Pendidikan dan Kebudayaan Jawa Barat membantah kabar tersebut.",
        "Dinas Pendidikan dan Kebudayaan Jawa Barat",
        "kabar tersebut",
    ),
    # A falsity word fronted before its labelling verb: the object follows the verb, the subject closes the
    # clause, or a body named by its place stands between them.
    ("ru", "Ложью назвала эти слухи сама певица.", "сама певица", "эти слухи"),
    ("ru", "Вымыслом назвали в пресс-службе театра эти слухи.", "пресс-службе", "эти слухи"),
    # A passive labelling verb before a falsity word: its agent calls the passive's subject false.
    ("id", "Pesan berantai itu dipastikan hoaks oleh Dinas Kesehatan.", "Dinas Kesehatan", "Pesan berantai itu"),
    ("en", "The allegations were called baseless by the ministry.", "the ministry", "The allegations"),
    # A demonstrative before the passive verb closes the relative clause and the noun phrase it hangs on.
    (
        "id",
        "Foto banjir yang beredar di grup percakapan itu dibantah oleh BPBD.",
        "BPBD",
        "Foto banjir yang beredar di grup percakapan itu",
    ),
    # Verb-second puts the claim, its genitive with it, between "trifft" and "nicht zu".
    ("de", "Laut Bauamt trifft der Bericht der Lokalzeitung nicht zu.", "Bauamt", "der Bericht der Lokalzeitung"),
    # A gapped speech verb after the statement holds its speaker ("teilte | das Unternehmen | mit").
    ("de", "Die Vorwürfe seien haltlos, teilte das Unternehmen mit.", "das Unternehmen", "Die Vorwürfe"),
    # A label closing the clause leaves the claim before its verdict, past the denier and the auxiliary.
    (
        "de",
        "Der Kreml hat Berichte über eine Erkrankung Putins als Falschmeldung bezeichnet.",
        "Der Kreml",
        "Berichte über eine Erkrankung Putins",
    ),
    # A dash standing for the copula opens no clause; an outlet addressed holds no claim word.
    ("ru", "Слухи о закрытии завода — фейк, заявил Песков.", "Песков", "Слухи о закрытии завода"),
    (
        "ru",
        "Как рассказал РИА Новости собеседник агентства, слухи о закрытии завода — фейк.",
        "собеседник агентства",
        "слухи о закрытии завода",
    ),
    # The owner after a denial noun is no part of the claim; a verb after it ends the owner.
    (
        "de",
        "Ein Dementi des Ministeriums zu den Berichten über Waffenlieferungen folgte am Abend.",
        "Ministeriums",
        "zu den Berichten über Waffenlieferungen",
    ),
    (  # the country after the body's name is part of the role
        "ru",
        "Официальный представитель МИД России Мария Захарова опровергла информацию о высылке дипломатов.",
        "Мария Захарова",
        "информацию о высылке дипломатов",
    ),
    # Arabic: "عن" (about) opens no claim, the report word stays in it; "ما ورد" names a claim.
    (
        "ar",
        "نفت وزارة الدفاع الروسية التقارير التي تحدثت عن سقوط طائرة عسكرية.",
        "وزارة الدفاع الروسية",
        "التقارير التي تحدثت عن سقوط طائرة عسكرية",
    ),
    (
        "ar",
        "نفت الحكومة العراقية ما ورد في تقرير منظمة العفو الدولية.",
        "الحكومة العراقية",
        "ما ورد في تقرير منظمة العفو الدولية",
    ),
    # A body's name ends at the indefinite word after its definite adjective: the object.
    (
        "ar",
        "ونفى الجيش السوداني سيطرة قوات الدعم السريع على المطار.",
        "الجيش السوداني",
        "سيطرة قوات الدعم السريع على المطار",
    ),
    ("ar", "ورفض المتحدث باسم الوزارة هذه المزاعم جملة وتفصيلا.", "المتحدث باسم الوزارة", "هذه المزاعم"),
    # A demonstrative opens the noun phrase said false; it is no copula before a predicate noun.
    ("ar", "وقال مسؤول إن هذه الاتهامات عارية من الصحة.", "مسؤول", "هذه الاتهامات"),
    # "أنه" before the verdict: what is said false follows it.
    ("ar", "وأكد المدرب أنه لا صحة للأنباء عن رحيله عن الفريق.", "المدرب", "للأنباء عن رحيله عن الفريق"),
    # A labelling verb before its subject: the claim follows the subject; a complementiser opening it is no part.
    ("ar", "ووصف المتحدث باسم الجيش هذه التقارير بأنها كاذبة.", "المتحدث باسم الجيش", "هذه التقارير"),
    ("ar", "واعتبرت الرئاسة أن هذه التقارير ملفقة ومغرضة.", "الرئاسة", "هذه التقارير"),
    # The speaker after its speech verb is no part of the claim, which follows "عدم صحة"; an emphatic
    # "نفيا قاطعا" belongs to the verb.
    ("ar", "وأكدت وزارة الصحة عدم صحة الأنباء عن تفشي الكوليرا.", "وزارة الصحة", "الأنباء عن تفشي الكوليرا"),
    ("ar", "نفى الجيش الأردني نفيا قاطعا الأنباء عن مشاركة طائراته.", "الجيش الأردني", "الأنباء عن مشاركة طائراته"),
    # Spanish: "que" after a claim word or an article opens a relative clause, part of the claim.
    ("es", "El detenido negó los cargos que se le imputan.", "El detenido", "los cargos que se le imputan"),
    ("es", "La ministra negó lo que publicó el diario.", "La ministra", "lo que publicó el diario"),
    (
        "es",
        "El alcalde rechazó las críticas del PP, cuyo portavoz había pedido su dimisión.",
        "El alcalde",
        "las críticas del PP",
    ),
    # The clause a negation answers is the claim, whole.
    (
        "es",
        "La Secretaría aclaró hoy que el número desde el que se envió la amenaza no pertenece a la Presidencia.",
        "La Secretaría",
        "el número desde el que se envió la amenaza no pertenece a la Presidencia",
    ),
    # A speaker after the quotation is no subject before the object.
    (
        "es",
        "«Quieren dejar claro que no hay ninguna oferta por el jugador», afirmó el portavoz.",
        "el portavoz",
        "no hay ninguna oferta por el jugador",
    ),
    # An attribution after a comma, and the participle naming who accused, end the claim.
    (
        "es",
        "El exministro negó haber cobrado comisiones ilegales, según informaron fuentes judiciales.",
        "El exministro",
        "haber cobrado comisiones ilegales",
    ),
    (
        "es",
        "Iberdrola rechazó las acusaciones de manipulación lanzadas por Facua.",
        "Iberdrola",
        "las acusaciones de manipulación",
    ),
    # A quotation after an article is the rest of the object; a participle clause ends at its comma.
    (
        "es",
        'Tura ha rechazado la "crítica negativa y muy corrosiva" del concejal.',
        "Tura",
        'la "crítica negativa y muy corrosiva" del concejal',
    ),
    ("es", "Negando las acusaciones, la alcaldesa aseguró que todo es legal.", "la alcaldesa", "las acusaciones"),
    # Where it was said, before the object.
    (
        "es",
        "El cantante desmintió en Twitter los rumores sobre su retirada.",
        "El cantante",
        "los rumores sobre su retirada",
    ),
    (
        "es",
        "El alcalde ha negado en rueda de prensa las irregularidades.",
        "El alcalde",
        "las irregularidades",
    ),
    ("es", "Los directivos negaron a Efe cualquier irregularidad.", "Los directivos", "cualquier irregularidad"),
    # The complementiser after a verdict opens the claim, no part of it.
    (
        "es",
        "El ministro afirmó que no es cierto que se vayan a cerrar las centrales.",
        "El ministro",
        "se vayan a cerrar las centrales",
    ),
    # An adverb inside the quoted label: the claim follows it.
    (
        "es",
        'El sindicato calificó de "rotundamente falsas" las declaraciones del consejero.',
        "El sindicato",
        "las declaraciones del consejero",
    ),
    # The word an elided complementiser is glued to opens the claim ("qu'|un accord").
    (
        "fr",
        "Le porte-parole a démenti qu'un accord ait été conclu avec les grévistes.",
        "Le porte-parole",
        "un accord ait été conclu avec les grévistes",
    ),
    # The adjective after "démenti" is the denial's, not the claim's.
    ("fr", "Le club a publié un démenti catégorique des rumeurs de transfert.", "Le club", "des rumeurs de transfert"),
    # Adjectives coordinated with the verdict are more of it: the claim follows the quotation, or precedes them.
    (
        "es",
        'La naviera calificó de "tendenciosas, alarmistas e infundadas" las noticias sobre un naufragio.',
        "La naviera",
        "las noticias sobre un naufragio",
    ),
    ("es", "La alcaldesa calificó las denuncias de exageradas y falsas.", "La alcaldesa", "las denuncias"),
    (
        "es",
        'El sindicato calificó de "pura especulación" los rumores de cierre.',
        "El sindicato",
        "los rumores de cierre",
    ),
    # An aside after a comma says who made or reported the claim: it ends the claim.
    (
        "es",
        "La diputada negó haber cobrado dietas indebidas, como había publicado un semanario local.",
        "La diputada",
        "haber cobrado dietas indebidas",
    ),
    (
        "es",
        "El club negó que el jugador esté lesionado, contrariamente a lo publicado por la prensa deportiva.",
        "El club",
        "el jugador esté lesionado",
    ),
    # An aside between commas closing a passive's subject describes the claim, it is not denied.
    (
        "es",
        "La versión, recogida ayer por varios periódicos, fue desmentida por el Ayuntamiento.",
        "el Ayuntamiento",
        "La versión",
    ),
    # Before whom it was said, between the verb and its object.
    (
        "es",
        "El ex director negó ante la comisión de investigación haber destruido documentos.",
        "El ex director",
        "haber destruido documentos",
    ),
    # A relative pronoun after a preposition stands for no subject: the dropped subject is the main clause's
    # (was "una nota en la", "uma nota em").
    (
        "es",
        "La Federación difundió una nota en la que desmiente los rumores de fraude.",
        "La Federación",
        "los rumores de fraude",
    ),
    ("pt", "A construtora divulgou uma nota em que nega as irregularidades.", "A construtora", "as irregularidades"),
    # Auxiliaries of a repeated or lasting denial stand between the subject and the verb (were "vuelto a",
    # "lleva semanas", "sempre").
    ("es", "La consejera ha vuelto a negar las acusaciones.", "La consejera", "las acusaciones"),
    ("es", "El sindicato lleva semanas negando los rumores de cierre.", "El sindicato", "los rumores de cierre"),
    ("pt", "O autarca, que sempre negou as acusações, demitiu-se ontem.", "O autarca", "as acusações"),
    # A verb carrying its object pronoun: the claim is the claim word the pronoun stands for (were none for the
    # claim verb, and "no dia seguinte" for the verb).
    ("pt", "Perante as críticas da oposição, a ministra rejeitou-as em bloco.", "a ministra", "as críticas"),
    (
        "pt",
        "O jornal publicou a notícia na sexta-feira, mas a autarquia desmentiu-a no dia seguinte.",
        "a autarquia",
        "a notícia",
    ),
    # An infinitive in a clause opening the sentence shares the main clause's subject (were "los rumores" and "de").
    ("es", "Tras desmentir los rumores, la cantante anunció su retirada.", "la cantante", "los rumores"),
    ("pt", "Depois de ter negado as acusações, o deputado abandonou a sala.", "o deputado", "as acusações"),
    # A participle with its agent before a comma describes the main clause's subject (was the rest of the sentence).
    ("es", "Desmentido por el Ayuntamiento, el rumor siguió corriendo por el barrio.", "el Ayuntamiento", "el rumor"),
    ("pt", "Desmentida pela autarquia, a notícia continuou a circular.", "autarquia", "a notícia"),
    # pt "a" before an infinitive marks its purpose, as "para" does (was "uma nota a").
    ("pt", "A Câmara emitiu uma nota a negar qualquer irregularidade.", "A Câmara", "qualquer irregularidade"),
    # A verdict on a lone pronoun names its claim by the topic after its attribution (were "Eso", "Isso").
    (
        "es",
        "«Eso es falso», replicó el concejal al ser preguntado por las críticas vecinales.",
        "el concejal",
        "las críticas vecinales",
    ),
    (
        "pt",
        "«Isso é falso», disse o vereador quando questionado sobre as críticas dos moradores.",
        "o vereador",
        "as críticas dos moradores",
    ),
    # "a" and an infinitive are no article and noun before a relative: "que" opens the claim (was "que o ...").
    (
        "pt",
        "O ministro voltou a negar que o Governo vá subir os impostos.",
        "O ministro",
        "o Governo vá subir os impostos",
    ),
    # An aside set off after the verb is no part of the claim that follows it (were none and "numa nota ...").
    (
        "es",
        "La naviera negó el lunes, en una nota enviada a la prensa, que el buque transportara armas.",
        "La naviera",
        "el buque transportara armas",
    ),
    (
        "pt",
        "A transportadora negou, numa nota enviada às redações, que o navio levasse armas.",
        "A transportadora",
        "o navio levasse armas",
    ),
    # A passive opening its clause ends its agent where a determiner and a claim word open its subject (was "el
    # Ministerio de Defensa la información" as the agent).
    (
        "es",
        "Fue desmentida por el Ministerio de Defensa la información sobre el envío de tropas.",
        "el Ministerio de Defensa",
        "la información sobre el envío de tropas",
    ),
    (
        "pt",
        "Foram desmentidas pela autarquia as notícias sobre o fecho da escola.",
        "autarquia",
        "as notícias sobre o fecho da escola",
    ),
    # The article "A" opening the subject before an apposition is no preposition of a fronted adverbial (was none).
    ("pt", "A arguida, de 52 anos, negou as acusações.", "A arguida", "as acusações"),
    # An Arabic passive before its subject: the claim runs from the verb to the agent marker.
    ("ar", "ونُفيت الأنباء عن إغلاق المعبر من قبل السلطات المحلية.", "السلطات المحلية", "الأنباء عن إغلاق المعبر"),
    # "later" is when it was denied, no part of the object.
    ("ar", "ونفت الوزارة الأنباء عن إغلاق المعبر في وقت لاحق.", "الوزارة", "الأنباء عن إغلاق المعبر"),
    # A one-word object before the subject: verb, object, subject.
    ("ar", "ونفت ذلك وزارة الخارجية في بيان.", "وزارة الخارجية", "ذلك"),
]


def test_before_whom_a_quotation_was_denied_is_no_claim(one) -> None:
    # The claim is in the quotation; "devant les enquêteurs" after the verb was taken for its object.
    denial = one("« Je n'ai jamais vu cet homme », a-t-il démenti devant les enquêteurs.", "fr")
    assert denial.claim is not None and denial.claim.text == "vu cet homme"


@pytest.mark.parametrize(
    ("lang", "text", "denier"),
    [
        # A pronoun said to be false stands for a claim outside the sentence; the attribution after the comma is none.
        ("ru", "Это ложь, заявил Песков.", "Песков"),
        ("ru", "Это ложь, заявил журналистам пресс-секретарь президента Дмитрий Песков.", "Дмитрий Песков"),
        ("de", "Das sei falsch, sagte ein Regierungssprecher.", "ein Regierungssprecher"),
        ("de", "„Das ist eine Falschmeldung“, sagte ein Sprecher der Polizei.", "ein Sprecher der Polizei"),
        ("de", "Das ist eine Falschmeldung, sagte ein Polizeisprecher der dpa.", "ein Polizeisprecher"),
        # An object pronoun, carried by the verb or before it, stands for an earlier sentence's claim: what follows
        # the verb is none (was "aos jornalistas à saída do tribunal", "con la cadena local", "ante la comisión",
        # "horas" and the pronoun "a" in the subject).
        ("pt", "O presidente do clube negou-o aos jornalistas à saída do tribunal.", "O presidente do clube"),
        ("es", "El delantero lo negó rotundamente en una entrevista con la cadena local.", "El delantero"),
        ("es", "La consejera lo ha negado siempre ante la comisión.", "La consejera"),
        ("pt", "O presidente da câmara a desmentiu horas depois numa rede social.", "O presidente da câmara"),
        # A claim word after an agent marker names who asked, not the pronoun's antecedent (was "reportagem").
        ("pt", "Procurado pela reportagem, o senador o negou por meio de sua assessoria.", "o senador"),
    ],
)
def test_a_pronoun_standing_for_the_claim_leaves_none_in_the_sentence(one, lang: str, text: str, denier: str) -> None:
    denial = one(text, lang)
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.claim is None


@pytest.mark.parametrize(("lang", "text", "denier", "claim"), DENIER_AND_CLAIM)
def test_denier_and_claim(one, lang: str, text: str, denier: str, claim: str) -> None:
    denial = one(text, lang)
    assert denial.denier is not None and denial.claim is not None
    assert (denial.denier.text, denial.claim.text) == (denier, claim)


@pytest.mark.parametrize(
    "text", ["Обвинения против губернатора назвали клеветой.", "Обвинения в адрес министра назвали клеветой."]
)
def test_a_role_governed_by_a_preposition_in_a_fronted_object_is_not_its_subject(one, text: str) -> None:
    # The plural verb with no subject speaks for an unnamed "they": the denial names no denier; the object is the claim.
    denial = one(text, "ru")
    assert denial.denier is None
    assert denial.claim is not None and denial.claim.text == text.split(" назвали")[0]


def test_a_name_after_a_claim_word_after_the_verb_is_its_owner_not_the_subject(one) -> None:
    # "СМИ" is the genitive owner of "сообщения"; the plural verb with no subject names no denier.
    denial = one("Накануне опровергли сообщения СМИ о закрытии завода.", "ru")
    assert denial.denier is None
    assert denial.claim is not None and denial.claim.text == "сообщения СМИ о закрытии завода"


def test_a_singular_role_after_a_fronted_object_is_no_subject_of_a_plural_verb(one) -> None:
    # "министра" is the genitive owner inside the object; "назвали" has no subject in the sentence.
    denial = one("Обвинения в растрате губернатора области назвали клеветой.", "ru")
    assert denial.denier is None
    assert denial.claim is not None and denial.claim.text == "Обвинения в растрате губернатора области"


@pytest.mark.parametrize(
    "text", ["On dément formellement toute implication.", "On dément toute fermeture du port à Marseille."]
)
def test_a_generic_pronoun_with_no_body_named_denies_with_no_denier(one, text: str) -> None:
    # "on" stands for people in general, and a city is no body that speaks.
    denial = one(text, "fr")
    assert denial.denier is None and denial.claim is not None and denial.claim.text.startswith("toute")


@pytest.mark.parametrize(("lang", "text", "arguments", "claim_source"), ARGUMENTS)
def test_a_denial_verb_gives_denier_role_trigger_claim_and_source(
    one, lang: str, text: str, arguments: tuple[str, ...], claim_source: str
) -> None:
    denial = one(text, lang)
    assert denial.denier is not None and denial.claim is not None
    assert (denial.denier.text, denial.denier.role, denial.trigger.text, denial.claim.text) == arguments
    assert denial.claim_source == claim_source
    assert text[denial.trigger.start : denial.trigger.end] == denial.trigger.text
    assert denial.evidence.text == text
    assert 0.5 < denial.confidence <= 1.0


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "evidence"),
    [
        (
            "ru",
            "«Мы не вели никаких переговоров. Все эти слухи — ложь», — сказал Игорь Смирнов.",
            "Игорь Смирнов",
            "Все эти слухи",
        ),
        (
            "id",
            "“Kami sudah memeriksa semua gudang. Kabar soal beras oplosan itu tidak benar,” ujar Sutrisno.",
            "Sutrisno",
            "Kabar soal beras oplosan",
        ),
    ],
)
def test_a_quote_over_two_sentences_is_attributed_to_its_speaker(
    run, lang: str, text: str, speaker: str, evidence: str
) -> None:
    [denial] = run(text, lang)
    assert denial.type == "denial" and denial.denier is not None and denial.denier.text == speaker
    assert denial.evidence.text.startswith(evidence)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", 'Hemos revisado todas las cuentas y no hubo ningún desfalco", afirmó el portavoz.', "el portavoz"),
        ("en", 'We checked every account and the report is false", the spokesman said.', "the spokesman"),
        # A detached mark before the comma (tokenised copy rebuilt into text) closes as well.
        ("es", 'Revisamos las cuentas y no hubo ningún desfalco ", afirmó el portavoz.', "el portavoz"),
    ],
)
def test_a_quote_opened_in_an_earlier_paragraph_closes_before_its_attribution(
    run, lang: str, text: str, speaker: str
) -> None:
    # A straight mark before a comma opens nothing: it closes a quotation whose opening mark is not in the text.
    [denial] = run(text, lang)
    assert denial.type == "denial" and denial.denier is not None and denial.denier.text == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Negou ainda que as divergências resultem de um conflito partidário."),
        ("pt", "A Rússia anunciou ontem um contrato com o Irão, mas negou ter recebido uma encomenda do Iraque."),
        ("es", "Negó haber recibido sobornos."),
        ("es", "Ha negado, además, haber firmado el contrato."),  # a compound tense
        ("ru", "Опроверг слухи о своей отставке."),
        ("ru", "Виновным себя не признал."),  # the verb after a trigger ending on its negation
        ("ar", "ونفت وجود أي خلافات مع الحكومة."),
        ("ar", "ونفى أن تكون بلاده قد تلقت أي طلب."),  # the complement's subject is no denier
    ],
)
def test_a_finite_verb_of_a_pro_drop_language_denies_without_a_named_subject(run, lang: str, text: str) -> None:
    assert [record.type for record in run(text, lang)] == ["denial"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A fronted participle before a main clause with a dropped subject (was "as teses", the main verb's object).
        ("pt", "E contrariando as teses de que o líder será de transição, defendeu uma solução para quatro anos."),
        ("pt", "Entretanto, disse não saber «que perdas são essas»."),  # an irregular preterite carries its subject
    ],
)
def test_a_denial_whose_subject_is_dropped_names_no_denier(one, lang: str, text: str) -> None:
    assert one(text, lang).denier is None


def test_the_subject_of_a_complement_clause_after_a_pro_drop_verb_is_no_denier(one) -> None:
    # was "تكون بلاده": the clause "أن ..." follows the verb, whose subject is unnamed
    assert one("ونفى أن تكون بلاده قد تلقت أي طلب.", "ar").denier is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # were no denial: an according-to phrase before the quotation names its speaker
        (
            "es",
            "Según el portavoz de la naviera, «en ningún momento hubo un acuerdo con el sindicato».",
            "el portavoz de la naviera",
        ),
        ("pt", "Segundo o autarca, «não houve qualquer acordo com a construtora».", "o autarca"),
    ],
)
def test_an_according_to_phrase_before_a_quotation_names_its_speaker(one, lang: str, text: str, speaker: str) -> None:
    found = one(text, lang).denier
    assert found is not None and found.text == speaker


@pytest.mark.parametrize(
    ("lang", "text", "denier", "claim"),
    [
        # were the antecedent as denier and the subject or the next clause as claim
        (
            "es",
            "Las acusaciones, que calificó de falsas el ministro, no prosperaron.",
            "el ministro",
            "Las acusaciones",
        ),
        (
            "es",
            "La alcaldesa se refirió a las críticas de la oposición, que calificó de «calumnias».",
            "La alcaldesa",
            "las críticas de la oposición",
        ),
        ("pt", "As acusações, que o ministro classificou de falsas, foram arquivadas.", "o ministro", "As acusações"),
    ],
)
def test_a_label_in_a_relative_clause_calls_its_antecedent_false(
    one, lang: str, text: str, denier: str, claim: str
) -> None:
    found = one(text, lang)
    assert found.denier is not None and found.claim is not None
    assert (found.denier.text, found.claim.text) == (denier, claim)


def test_a_verb_closing_a_relative_aside_has_no_object_after_it(one) -> None:
    # was "passé aux aveux": the main clause after the aside's comma is no object of the aside's verb
    denial = one("Le gardien, qui avait d'abord nié, est passé aux aveux devant le juge.", "fr")
    assert denial.denier is not None and denial.denier.text == "Le gardien"
    assert denial.claim is None


def test_a_passive_opening_its_clause_has_its_subject_after_the_agent(one) -> None:
    # was no claim: "Foi desmentida pela câmara | a notícia ...", the subject after the agent
    found = one("Foi desmentida ontem pela câmara a notícia do encerramento da piscina.", "pt").claim
    assert found is not None and found.text == "a notícia do encerramento da piscina"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Quanto ao despedimento, negou que tenha sido por motivos políticos."),
        ("es", "Acerca del despido, negó que haya sido por motivos políticos."),
    ],
)
def test_a_topic_opening_the_sentence_is_no_subject(one, lang: str, text: str) -> None:
    # was the topic phrase as the denier: the subject is dropped (pro-drop), named in an earlier sentence
    assert one(text, lang).denier is None


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        ("es", "Confrontado con las acusaciones, el alcalde las negó en rueda de prensa.", "las acusaciones"),
        ("pt", "Confrontado com as acusações, o ministro as negou em conferência de imprensa.", "as acusações"),
        # with its complements up to the comma closing the fronted phrase (was "las acusaciones", "as suspeitas")
        (
            "es",
            "Sobre las acusaciones de acoso laboral, la directora las rechazó de plano.",
            "las acusaciones de acoso laboral",
        ),
        (
            "pt",
            "Confrontado com as suspeitas de favorecimento, o autarca rejeitou-as.",
            "as suspeitas de favorecimento",
        ),
        # not past a verb: "foi avançada pelo jornal" is no complement of the claim word
        ("pt", "A notícia foi avançada pelo jornal Record, mas o clube desmentiu-a horas depois.", "A notícia"),
    ],
)
def test_an_object_pronoun_before_the_verb_stands_for_the_claim_before_it(
    one, lang: str, text: str, claim: str
) -> None:
    denial = one(text, lang)
    assert denial.claim is not None and denial.claim.text == claim


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "El ministro recibió la propuesta y la rechazó."), ("pt", "O vereador recebeu a proposta e a rejeitou.")],
)
def test_an_object_pronoun_before_a_claim_verb_standing_for_a_proposal_is_no_denial(run, lang: str, text: str) -> None:
    assert run(text, lang) == []


def test_a_prepositional_phrase_is_no_adverbial_before_the_subject_in_free_word_order(one) -> None:
    # Russian fronts the object: the phrase after "на" holds the subject, the object is no subject (was "Слухи").
    denial = one("Слухи о фальсификациях на выборах губернатор назвал голословными.", "ru")
    assert denial.denier is not None and "губернатор" in denial.denier.text


def test_a_clitic_on_a_labelling_verb_stands_for_the_claim_before_it(one) -> None:
    text = "O autarca ouviu as acusações da oposição e classificou-as como «mentirosas»."
    assert (claim := one(text, "pt").claim) is not None and claim.text.startswith("as acusações")


def test_the_means_of_a_spanish_denial_is_no_part_of_its_claim(one) -> None:
    text = "El delantero ha desmentido su fichaje por el Betis a través de las redes sociales."
    assert (claim := one(text, "es").claim) is not None and claim.text == "su fichaje por el Betis"


def test_a_portuguese_claim_follows_a_statement_set_off_after_a_day(one) -> None:
    text = "O autarca desmentiu hoje, em declarações à Lusa, que a câmara vá vender o mercado."
    assert (claim := one(text, "pt").claim) is not None and claim.text == "a câmara vá vender o mercado"
