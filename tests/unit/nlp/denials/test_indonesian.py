"""Indonesian denials: affixed verbs, "tidak benar" with its speaker, quotes, non-denials and the traps."""

from __future__ import annotations

import pytest


def test_membantah_gives_denier_role_claim_and_source(one) -> None:
    text = (
        "Juru bicara Kementerian Kesehatan Rina Wulandari pada Kamis (3/8) membantah laporan bahwa "
        "stok vaksin di Jawa Timur sudah habis."
    )
    denial = one(text, "id")
    assert denial.denier is not None
    assert denial.denier.text == "Rina Wulandari"
    assert denial.denier.role == "Juru bicara Kementerian Kesehatan"
    assert denial.trigger.text == "membantah"
    assert denial.claim is not None and "stok vaksin" in denial.claim.text
    assert denial.claim_source == "laporan"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Kapolres Bandung AKBP Hendra Saputra menepis kabar adanya penculikan anak di pasar.", "Hendra Saputra"),
        ("PT Kereta Api Indonesia menyangkal tudingan bahwa tiket mudik dijual dua kali.", "PT Kereta Api Indonesia"),
        ("Bupati itu membantah keras semua tuduhan korupsi yang diarahkan kepadanya.", "Bupati itu"),
        ("Kabar tersebut langsung dibantah oleh Dinas Pendidikan Kota Medan.", "Dinas Pendidikan Kota Medan"),
        ("Wali kota Suryo menyatakan informasi tentang banjir susulan itu tidak benar.", "Suryo"),
        ("Menurut Ketua RT setempat, Ahmad Fauzi, isu pencurian ternak itu hoaks.", "Ahmad Fauzi"),
    ],
)
def test_denials_and_their_deniers(one, text: str, denier: str) -> None:
    denial = one(text, "id")
    assert denial.denier is not None and denial.denier.text == denier


def test_a_quoted_denial_is_attributed_with_kata(one) -> None:
    denial = one("“Itu kebohongan murni, tidak ada rapat rahasia,” kata Darmawan kepada wartawan.", "id")
    assert denial.denier is not None and denial.denier.text == "Darmawan"


def test_a_quote_over_two_sentences_is_attributed_with_ujar(run) -> None:
    text = "“Kami sudah memeriksa semua gudang. Kabar soal beras oplosan itu tidak benar,” ujar Sutrisno."
    [denial] = run(text, "id")
    assert denial.denier is not None and denial.denier.text == "Sutrisno"
    assert denial.evidence.text.startswith("Kabar soal beras oplosan")


@pytest.mark.parametrize(
    "text",
    [
        "Pihak rumah sakit tidak dapat mengomentari laporan tersebut.",
        "Juru bicara perusahaan enggan berkomentar soal rencana penutupan pabrik.",
        "Polisi belum dapat memastikan penyebab kebakaran itu.",
    ],
)
def test_non_denials(run, text: str) -> None:
    assert {record.type for record in run(text, "id")} == {"non_denial"}


@pytest.mark.parametrize(
    "text",
    [
        "Menteri itu tidak membantah bahwa anggaran proyek membengkak.",  # negated
        "Ia tak menampik adanya pertemuan dengan pengusaha tersebut.",  # negated
        "Jika gubernur membantah, DPRD akan memanggilnya.",  # hypothetical
        "Dua warga asing ditolak masuk di Bandara Soekarno-Hatta.",  # another sense
        "DPR menolak usulan kenaikan tunjangan anggota dewan.",  # a proposal, no claim
        "Faktanya, kabar bahwa jalan tol akan ditutup tidak benar.",  # the writer's own fact-check
        "Warga diminta tidak menyebarkan berita bohong di media sosial.",  # a phrase, nobody denies
        "Referensi: https://contoh.id/berita/polri-bantah-isu-penculikan",  # a URL slug
    ],
)
def test_traps_are_not_denials(run, text: str) -> None:
    assert [record for record in run(text, "id") if record.type == "denial"] == []
