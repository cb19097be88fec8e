"""Mentions that refer back (`attribution.coreference`): "ia", "-nya", a surname, an office alone,
"pejabat itu", "organisasi itu"."""
import pytest

# (paragraphs, [(speaker, anaphoric), …] of the claims)
REFERRING = [
    # "ia" after a person who opened the sentence before
    (["Gubernur Kalimantan Barat Ria Norsan mengunjungi lokasi banjir di Sintang. Ia mengatakan bantuan logistik "
      "tiba besok pagi."],
     [("Ria Norsan", True)]),
    # a surname: the person introduced with it, not another one mentioned later
    (["Ketua Komisi Pemilihan Umum Mochammad Afifudin hadir di Surabaya. Menteri Dalam Negeri Tito Karnavian juga "
      "hadir.",
      "“Rekapitulasi suara berjalan sesuai jadwal,” kata Afifudin."],
     [("Mochammad Afifudin", False)]),
    # a role word with "itu": the person who spoke with that word in their role
    (["Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan evakuasi berjalan lancar. Pejabat itu "
      "juga menyebut dua pesawat disiapkan."],
     [("Rolliansyah Soemirat", False), ("Rolliansyah Soemirat", True)]),
    # an organisation's kind with "itu": the organisation named before
    (["Organisasi Kesehatan Dunia (WHO) mengeluarkan peringatan baru. Organisasi itu membantah vaksin tersebut "
      "berbahaya bagi anak-anak."],
     [("Organisasi Kesehatan Dunia", True)]),
    # an office alone: the person the text named with it
    (["Bupati Lumajang Thoriqul Haq meninjau posko pengungsi.",
      "“Dapur umum kami buka selama masa tanggap darurat,” kata Bupati."],
     [("Thoriqul Haq", True)]),
    # "Menurutnya": the person spoken of
    (["Kepala Dinas Kesehatan Kota Medan Pocut Fatimah meninjau puskesmas keliling. Menurutnya, stok obat di "
      "seluruh puskesmas masih aman."],
     [("Pocut Fatimah", True)]),
]


@pytest.mark.parametrize("paragraphs, expected", REFERRING)
def test_a_mention_that_refers_back(said, paragraphs, expected):
    found = [st for st in said(*paragraphs) if st.claim]
    assert [(st.speaker, st.anaphoric) for st in found] == expected


def test_a_pronoun_with_nobody_before_names_no_speaker(said):
    assert said("Ia mengatakan jalan utama sudah dibuka kembali untuk kendaraan.") == []


def test_the_salient_person_is_the_latest_who_spoke_or_opened_a_sentence(finder, run):
    text = ("Judul Berita\n\nMenteri Sosial Saifullah Yusuf meninjau dapur umum. Bupati Garut Abdusy Syakur Amin "
            "menyambut kedatangannya. Ia mengatakan bantuan akan ditambah.")
    doc = run(text)
    ctx = finder.context(doc)
    for start, end in ((text.index("Menteri"), text.index("Bupati")), (text.index("Bupati"), text.index("Ia "))):
        finder.coreference.note_subject(ctx, start, end)
    assert finder.coreference.salient_person(ctx, text.index("Ia ")).name == "Abdusy Syakur Amin"
    assert finder.coreference.salient_person(ctx, text.index("Bupati")).name == "Saifullah Yusuf"
