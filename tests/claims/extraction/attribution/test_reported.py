"""Reported speech (`attribution.reported`): "X mengatakan (bahwa) …", "Menurut X, …", "…, kata X"."""
import pytest

# (sentence, (speaker, stance, what was said))
REPORTED = [
    ("Kepala BPBD Kabupaten Cianjur, Asep Sukma, menegaskan bahwa jalur evakuasi sudah dibersihkan dari material "
     "longsor.",
     ("Asep Sukma", "assert", "jalur evakuasi sudah dibersihkan dari material longsor.")),
    ("Menurut Kepala Stasiun Meteorologi Juanda, Taufiq Hermawan, gelombang tinggi masih berpotensi terjadi hingga "
     "Jumat.",
     ("Taufiq Hermawan", "assert", "gelombang tinggi masih berpotensi terjadi hingga Jumat.")),
    ("Harga cabai rawit di pasar induk turun hampir separuh, kata Kepala Dinas Perdagangan Jawa Timur Iwan Santoso.",
     ("Iwan Santoso", "assert", "Harga cabai rawit di pasar induk turun hampir separuh")),
    # a trailing date dates the saying, not what was said
    ("Direktur Utama PLN Darmawan Prasodjo menyatakan pasokan listrik di Bali kembali normal, Rabu (6/11/2024).",
     ("Darmawan Prasodjo", "assert", "pasokan listrik di Bali kembali normal")),
    # a hedge at the start of what was said
    ("BMKG menyatakan kemungkinan hujan lebat turun di wilayah Bogor pada sore hari.",
     ("BMKG", "hedge", "kemungkinan hujan lebat turun di wilayah Bogor pada sore hari.")),
]


@pytest.mark.parametrize("sentence, expected", REPORTED)
def test_reported_statement(said, sentence, expected):
    (st,) = [st for st in said(sentence) if st.claim]
    assert not st.direct
    assert (st.speaker, st.stance, st.quote) == expected


def test_each_clause_is_tried_on_its_own(said):
    found = said("Pemerintah Thailand menolak tuduhan itu, tetapi Kementerian Pertahanan Kamboja menyatakan bahwa "
                 "dua warga sipil terluka.")
    assert [(st.speaker, st.quote) for st in found] == [("Kementerian Pertahanan Kamboja", "dua warga sipil terluka.")]
    (st,) = found
    assert st.evidence[0] > 0, "the evidence is the clause, not the whole sentence"


def test_clauses_split_at_a_contrast_and_at_semicolons(finder):
    text = "Polisi menutup jalan; warga diminta memutar, namun sebagian tetap nekat lewat."
    parts = [text[s:e] for s, e in finder.reported.clauses(text, 0, len(text))]
    assert parts == ["Polisi menutup jalan", "warga diminta memutar", "namun sebagian tetap nekat lewat."]


@pytest.mark.parametrize("sentence", [
    # negated, purpose and participle clauses
    "Kapolda Sumatera Utara Irjen Whisnu Hermawan tidak mengatakan kapan tersangka akan diperiksa.",
    "Panitia datang ke balai desa untuk mengumumkan jadwal pemilihan ulang.",
    "Ribuan buruh berunjuk rasa di depan gedung DPR, menuntut kenaikan upah minimum tahun depan.",
    # too little said
    "Juru bicara itu menyatakan setuju.",
])
def test_no_reported_statement(said, sentence):
    assert [st for st in said(sentence) if st.claim] == []


@pytest.mark.xfail(strict=True, reason="a trailing 'kata' is only looked for after the last comma, so an "
                                       "appositive name after the office hides it")
def test_trailing_attribution_with_an_appositive_name(said):
    found = said("Harga cabai rawit di pasar induk turun hampir separuh, kata Kepala Dinas Perdagangan Jawa Timur, "
                 "Iwan Santoso.")
    assert [st.speaker for st in found] == ["Iwan Santoso"]
