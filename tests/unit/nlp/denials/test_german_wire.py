"""German wire copy: verb-final clauses with adverbs, a fronted claim clause, quoted headline verdicts, the party a
non-denial names as the one asked, and compounds headed by a role."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "denier", "claim"),
    [
        # An adverb before the verb closing a subordinate clause is no finite verb.
        (
            "Obwohl der Verband die Vorwürfe erneut entschieden zurückweist, hält die Kritik an.",
            "der Verband",
            "die Vorwürfe",
        ),
        ("Weil die Stadtwerke die Meldung bereits dementiert hatten, blieb es ruhig.", "die Stadtwerke", "die Meldung"),
        # A claim clause opening the sentence is the first place of the verb after its comma, and its object.
        (
            "Dass der Verein Spieler bezahlt habe, wies der Präsident am Montag zurück.",
            "der Präsident",
            "der Verein Spieler bezahlt habe",
        ),
        # A verb opening its clause after a comma shares the subject of the clause before; "aber"/"jedoch" after it
        # are adverbs of its middle field, no part of the claim.
        (
            "Die Klinik bestätigte den Brand, wies aber Berichte über Verletzte zurück.",
            "Die Klinik",
            "Berichte über Verletzte",
        ),
        (
            "Der Trainer räumte Fehler ein, bestritt jedoch jeden Streit mit dem Kapitän.",
            "Der Trainer",
            "jeden Streit mit dem Kapitän",
        ),
        # A quoted verdict closing a headline after its speaker's colon.
        ("Landrat Vogt: Berichte über Klinikschließung „Unsinn“", "Vogt", "Berichte über Klinikschließung"),
        # An aside after the auxiliary of the perfect (was none: the aside's verb was taken for the finite verb).
        (
            "Die Stadträtin hat, wie gemeldet, die Anschuldigungen zurückgewiesen.",
            "Die Stadträtin",
            "die Anschuldigungen",
        ),
        ("Der Verein hatte, wie es hieß, die Meldung am Abend dementiert.", "Der Verein", "die Meldung"),
    ],
)
def test_a_denial_names_its_party_and_claim(one, text: str, denier: str, claim: str) -> None:
    denial = one(text, "de")
    assert denial.denier is not None and denial.denier.text == denier
    assert denial.claim is not None and denial.claim.text == claim


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # A compound headed by a role is a party, whatever study or inquiry opens it.
        ("Der Untersuchungsausschussvorsitzende bestritt die Berichte.", "Der Untersuchungsausschussvorsitzende"),
        # Spying or working for another, said never done.
        ("Er habe nie für den russischen Geheimdienst spioniert, versicherte der Diplomat.", "der Diplomat"),
        # Protesting against an accusation; the charges of an indictment; a dispute said not to exist.
        (
            "Der Bürgermeister verwahrte sich gegen den Vorwurf, er habe Aufträge an Freunde vergeben.",
            "Der Bürgermeister",
        ),
        ("Die Reederin ließ erklären, sie weise die Anklage in allen Punkten zurück.", "Die Reederin"),
        ("Die Sprecherin stellte klar, dass es keinen Streit im Vorstand gebe.", "Die Sprecherin"),
        # Who is behind a deed, negated.
        ("Hinter den Cyberangriffen stecke nicht Peking, sagte der Botschafter.", "der Botschafter"),
        # The source in an aside between commas reports the sentence; the subject denies (was "eine Sprecherin").
        ("Der Landrat hatte, so eine Sprecherin, die Berichte dementiert.", "Der Landrat"),
        ("Die Reederei hat, sagte ein Sprecher, die Meldung zurückgewiesen.", "Die Reederei"),
        # A speech verb before its comma still reports the clause after it.
        ("Die Anwältin erklärte, die Mandantin bestreite die Vorwürfe.", "die Mandantin"),
        # A sentence adverb in the first place is no name: the subject follows the verb (was the adverb).
        ("Offenbar bestreitet der Minister die Vorwürfe.", "der Minister"),
        ("Weiterhin weist die Firma jede Verantwortung zurück.", "die Firma"),
        ("Tatsächlich dementierte die Stadtverwaltung den Bericht am Abend.", "die Stadtverwaltung"),
        ("Aus diesem Grund bestreitet die Reederei jede Verantwortung.", "die Reederei"),  # a fronted reason
    ],
)
def test_a_party_denies(one, text: str, denier: str) -> None:
    denial = one(text, "de")
    assert denial.denier is not None and denial.denier.text == denier


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Vom Innenministerium gab es am Abend keine Stellungnahme.", "Innenministerium"),
        ("Von der Reederei war bis zum Abend keine Stellungnahme zu erhalten.", "der Reederei"),
        ("Eine Anfrage des Senders an die Reederei blieb unbeantwortet.", "die Reederei"),
        ("Ob die Fähre verkauft werde, ließ die Reederei offen.", "die Reederei"),  # the question fronted
        ("Auf eine ZDF-Anfrage antwortete die Stadtverwaltung bis zum Abend nicht.", "die Stadtverwaltung"),
        ("Eine Stellungnahme des Versicherers lag bis Redaktionsschluss nicht vor.", "des Versicherers"),
        (
            "Die Feuerwehr konnte die Angaben über einen dritten Brandherd im Hafengebiet bislang nicht bestätigen.",
            "Die Feuerwehr",
        ),
        # A surname shortened to its initial, as the press names private persons (was none: the gap stopped at the
        # initial's full stop).
        ("Zu den Vorwürfen wollte sich der Angeklagte Markus W. nicht äußern.", "der Angeklagte Markus W"),
        ("Dazu will sich Jana S. nicht äußern.", "Jana S"),
        # The topic fronted in "darüber" is no party (was "Darüber").
        ("Darüber wollte die Sprecherin der Klinik nichts sagen.", "die Sprecherin der Klinik"),
        # Saying nothing, the topic between "nichts" and "sagen" (was none).
        ("Der Trainer wollte nichts zu den Gerüchten über seinen Wechsel sagen.", "Der Trainer"),
        ("Die Reederei könne nichts über die Ursache des Unglücks sagen, hieß es.", "Die Reederei"),
        # A fronted reason is no party: the subject follows the verb (was the reason's noun).
        ("Aus Datenschutzgründen wollte sich die Klinik nicht äußern.", "die Klinik"),
        ("Wegen laufender Ermittlungen wollte der Oberstaatsanwalt nichts dazu sagen.", "der Oberstaatsanwalt"),
        ("Unter Hinweis auf das laufende Verfahren wollte sich die Verteidigerin nicht äußern.", "die Verteidigerin"),
    ],
)
def test_a_non_denial_names_the_party_asked(one, text: str, party: str) -> None:
    record = one(text, "de", "non_denial")
    assert record.denier is not None and record.denier.text == party


@pytest.mark.parametrize(
    "text",
    [
        # What ought to be, an opinion.
        "Es ist nicht richtig, dass Studenten für ihr Praktikum nichts verdienen sollen, sagte die Ministerin.",
        "Er habe nie im Ausland gearbeitet, sagte der Bewerber.",  # where one worked, no deed
        "Hinter dem Erfolg stecke harte Arbeit, sagte der Trainer.",  # not negated
        "Die Anwältin kündigte an, die Vorwürfe vor Gericht zu widerlegen.",  # a denial announced
        "Die Messwerte wurden von niemandem bestritten.",  # nobody denies
        "Die Legende vom gestohlenen Wahlsieg ist längst widerlegt.",  # an attribute of the subject, no agent
        "Die Stadträtin hat, wie gemeldet, die Anschuldigungen nicht zurückgewiesen.",  # negated past an aside
        # A denial guessed at, none reported.
        "Vielleicht bestreiten sie die Tat aus Angst vor einer Strafe.",
        "Möglicherweise dementiert das Ministerium den Bericht noch.",
    ],
)
def test_no_denial(run, text: str) -> None:
    assert [record for record in run(text, "de") if record.type == "denial"] == []


def test_a_denial_answering_a_request_is_no_non_denial(run) -> None:
    records = run("Auf Anfrage antwortete der Sprecher, die Zahlen seien nicht richtig.", "de")
    assert [record.type for record in records] == ["denial"]


def test_a_claim_that_ought_to_be_reported_still_is_denied(one) -> None:
    denial = one(
        "Es sei nicht richtig, dass in Bochum 2000 Stellen gestrichen werden sollen, sagte ein Sprecher.", "de"
    )
    assert denial.denier is not None and denial.denier.text == "ein Sprecher"


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        # Reported speech turns a body's "wir" into "man": the speaker before it is the party (was "man").
        ("Ein Vereinssprecher sagte, man habe von den Berichten keine Kenntnis.", "non_denial", "Ein Vereinssprecher"),
        ("Ein Vereinssprecher sagte, man weise die Vorwürfe zurück.", "denial", "Ein Vereinssprecher"),
        # A third party in the reported clause stays the denier.
        ("Ein Vereinssprecher sagte, der Verein weise die Vorwürfe zurück.", "denial", "der Verein"),
    ],
)
def test_a_reported_first_person_is_its_speaker(one, text: str, kind: str, party: str) -> None:
    record = one(text, "de", kind)
    assert record.denier is not None and record.denier.text == party
