import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Penyerang muda itu membantah keraguan pelatih dengan mencetak tiga gol ke gawang Bali United.",
        "Atlet angkat besi itu menepis anggapan dirinya sudah habis dengan meraih medali emas di Asian Games.",
        "Skuad Garuda Muda menepis keraguan suporter dengan mengalahkan Jepang 3-1 di Stadion Manahan.",
        "Pasangan ganda campuran itu membantah kritik pengamat lewat gelar juara di Jepang Terbuka.",
        # The feat told before the verb.
        "Bek muda itu berhasil mencetak satu gol dan membantah kritik pelatih soal kemampuannya.",
        "Tim bulu tangkis putri mengalahkan Jepang 3-0 sekaligus menepis keraguan publik.",
    ],
)
def test_a_claim_answered_by_a_feat_is_no_denial(run, text: str) -> None:
    assert [record for record in run(text, "id") if record.type == "denial"] == []


def test_a_claim_answered_with_evidence_is_denied(one) -> None:
    denial = one("Polres Bekasi membantah tudingan itu dengan menunjukkan rekaman kamera pengawas.", "id")
    assert denial.denier is not None and denial.denier.text == "Polres Bekasi"


def test_a_deed_before_the_verb_that_is_no_feat_leaves_the_denial(one) -> None:
    denial = one("Manajer klub itu menggelar jumpa pers dan membantah kabar penjualan pemain andalannya.", "id")
    assert denial.denier is not None and denial.denier.text == "Manajer klub itu"
