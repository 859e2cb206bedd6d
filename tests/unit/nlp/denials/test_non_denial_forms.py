"""Non-denials in the common newsroom forms of each language, one sentence per form family (written for the tests):
each gives one record, a non-denial, whose party is the subject that declines."""

from __future__ import annotations

import pytest

FORMS = [
    # An adverb inside the infinitive, the comment as the object, the interview itself turned down.
    ("en", "The bank's chief executive declined to publicly comment on the talks.", "The bank's chief executive"),
    ("en", "A Pentagon spokesman declined to make any comment on the matter.", "A Pentagon spokesman"),
    ("en", "The senator refrained from commenting on the indictment.", "The senator"),
    ("en", "The palace declined to be interviewed for this story.", "The palace"),
    ("en", "The agency declined immediate comment.", "The agency"),
    ("en", "Officials refused to either confirm or deny the account.", "Officials"),
    ("en", "The club refused to respond to the allegations.", "The club"),
    ("en", "The airline was not able to confirm the reports.", "The airline"),
    # Dodging the question, silence kept on a matter.
    ("en", "The governor sidestepped questions about the rumoured resignation.", "The governor"),
    ("en", "The ministry has remained silent on the allegations.", "The ministry"),
    # A response refused, the formal "berkenan", certainty not given, a report unknown to one, a bare headline verb.
    ("id", "Juru bicara polisi menolak memberikan tanggapan soal kabar tersebut.", "Juru bicara polisi"),
    ("id", "Juru bicara itu tidak berkenan memberikan komentar.", "Juru bicara itu"),
    ("id", "Ketua partai itu enggan merespons isu tersebut.", "Ketua partai itu"),
    ("id", "Polisi belum berani memastikan identitas korban.", "Polisi"),
    ("id", "Pihak Istana belum bisa memberikan kepastian soal kabar perombakan kabinet.", "Pihak Istana"),
    ("id", "Sekjen partai mengaku belum mengetahui kabar tersebut.", "Sekjen partai"),
    ("id", "Kuasa hukumnya menolak berbicara.", "Kuasa hukumnya"),
    ("id", "KPK Tolak Komentari Kabar Penangkapan Bupati", "KPK"),
    ("id", "Pihak kampus sejauh ini belum mau menanggapi tudingan itu.", "Pihak kampus"),  # "so far" is no party
]


@pytest.mark.parametrize(("lang", "text", "party"), FORMS)
def test_declining_forms_name_their_party(run, lang: str, text: str, party: str) -> None:
    records = run(text, lang)
    assert [(record.type, record.denier.text if record.denier else None) for record in records] == [
        ("non_denial", party)
    ]
