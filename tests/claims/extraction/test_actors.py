import pytest

from claims.extraction import actor_key


def mentions(run, items, text):
    doc = run("Judul Berita Ini\n\n" + text)
    return [(m.kind, m.name, m.role) for _, _, _, m in items(doc, "klaim_actor")]


PERSONS = [
    # role + capitalised name, with or without appositive commas
    ("Menteri Pertahanan Australia Richard Marles tiba kemarin.",
     ("person", "Richard Marles", "Menteri Pertahanan Australia")),
    ("Juru bicara Kementerian Luar Negeri, Lalu Muhamad Iqbal, membenarkan kabar itu.",
     ("person", "Lalu Muhamad Iqbal", "Juru bicara Kementerian Luar Negeri")),
    ("Wakil penasihat keamanan nasional Jepang, Taro Yamada, memberi keterangan.",
     ("person", "Taro Yamada", "Wakil penasihat keamanan nasional Jepang")),
    ("Duta Besar Inggris untuk PBB, Barbara Woodward, hadir.",
     ("person", "Barbara Woodward", "Duta Besar Inggris untuk PBB")),
    ("Kepala Pelaksana BPBD Kabupaten Garut, Satria Budi, memantau lokasi.",
     ("person", "Satria Budi", "Kepala Pelaksana BPBD Kabupaten Garut")),
    ("Kapolda Jawa Timur Irjen Pol Imam Sugianto meninjau lokasi.",
     ("person", "Imam Sugianto", "Kapolda Jawa Timur Irjen Pol")),
    ("Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi memberi keterangan.",
     ("person", "Ade Ary Syam Indradi", "Kabid Humas Polda Metro Jaya Kombes")),
    ("Bupati Cianjur Herman Suherman meninjau pengungsian.", ("person", "Herman Suherman", "Bupati Cianjur")),
    ("Ketua Komisi I DPR Utut Adianto memimpin rapat.", ("person", "Utut Adianto", "Ketua Komisi I DPR")),
    ("pengamat politik, Siti Zuhro dari BRIN, menilai hal itu wajar.",
     ("person", "Siti Zuhro", "pengamat politik")),
    ("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari hadir.",
     ("person", "Abdul Muhari", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB")),
    ("juru bicara militer Israel, Letkol Nadav Shoshani, menjelaskan.",
     ("person", "Nadav Shoshani", "juru bicara militer Israel")),
    ("pemimpin Hamas Yahya Sinwar disebut tewas.", ("person", "Yahya Sinwar", "pemimpin Hamas")),
    ("Presiden Prabowo membuka sidang.", ("person", "Prabowo", "Presiden")),
    # institutions inside the office: the last capitalised words are left for the person
    ("Kepala Dinas Sosial Garut Budi Santoso membagikan bantuan.",
     ("person", "Budi Santoso", "Kepala Dinas Sosial Garut")),
    ("Peneliti Badan Riset dan Inovasi Nasional Siti Zuhro memberi pandangan.",
     ("person", "Siti Zuhro", "Peneliti Badan Riset dan Inovasi Nasional")),
    ("Ekonom Institute for Development of Economics and Finance (Indef) Eko Listiyanto memberi catatan.",
     ("person", "Eko Listiyanto", "Ekonom Institute for Development of Economics and Finance (Indef)")),
    ("Menteri Unifikasi Korsel Kim Yung-ho hadir.", ("person", "Kim Yung-ho", "Menteri Unifikasi Korsel")),
    # a long title whose capitalised words run on to an appositive comma: the name after it is the person
    ("Menteri Kerja Sama Pembangunan Finlandia, Aino Virtanen, mengatakan bahwa dana itu cukup.",
     ("person", "Aino Virtanen", "Menteri Kerja Sama Pembangunan Finlandia")),
    ("Wakil Utusan Khusus PBB untuk Urusan Perdamaian Afrika Barat, Pierre Lemaire, menyatakan gencatan senjata rapuh.",
     ("person", "Pierre Lemaire", "Wakil Utusan Khusus PBB untuk Urusan Perdamaian Afrika Barat")),
    ("Direktur Eksekutif Pusat Studi Air & Energi, Rudi Hartanto, menilai harga akan naik.",
     ("person", "Rudi Hartanto", "Direktur Eksekutif Pusat Studi Air & Energi")),
    ("Hal itu disampaikan Menteri Kerja Sama Pembangunan Finlandia, Aino Virtanen.",
     ("person", "Aino Virtanen", "Menteri Kerja Sama Pembangunan Finlandia")),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari hadir.",
     ("person", "Abdul Muhari", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB")),
    # an office or modifier word inside the name, with one more name word after it
    ("Kepala Desa Waiwerang, Fransiskus Raja Leo, mengatakan jalan sudah dibuka.",
     ("person", "Fransiskus Raja Leo", "Kepala Desa Waiwerang")),
    ("Camat Sukajaya, Made Agung Wirawan, menjelaskan warga sudah mengungsi.",
     ("person", "Made Agung Wirawan", "Camat Sukajaya")),
    # an age in brackets after the name
    ("Seorang warga, Hasan Basri (51), mengatakan ombak sangat tinggi.",
     ("person", "Hasan Basri", "Seorang warga")),
    # roles without a name
    ("Bupati Cianjur meninjau pengungsian.", ("role", "Bupati Cianjur", "Bupati Cianjur")),
    ("Seorang wakil menteri luar negeri hadir dalam rapat itu.", ("role", "wakil menteri luar negeri", "wakil menteri luar negeri")),
]


@pytest.mark.parametrize("text, expected", PERSONS)
def test_persons(run, items, text, expected):
    assert expected in mentions(run, items, text)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a second office joined by "dan" is no part of the first person's title
    ("Presiden Prabowo Subianto dan Perdana Menteri Australia, Anthony Albanese, menandatangani perjanjian itu.",
     [("person", "Prabowo Subianto", "Presiden"), ("person", "Anthony Albanese", "Perdana Menteri Australia")],
     None),
    # after the comma a date, not a name: the long title gives no person there
    ("Menteri Kerja Sama Pembangunan Finlandia, Senin (5/11), mengatakan dana itu cukup.", [], "Senin"),
    # an office word followed by more than one word opens an office of its own
    ("Kepala Desa Sukamaju, Andi Wijaya Kepala Dusun Timur, hadir.",
     [("person", "Andi Wijaya", "Kepala Desa Sukamaju")], "Andi Wijaya Kepala Dusun Timur"),
    # outside a person's slot (after a role or an appositive comma) an office word still ends a name
    ("Turnamen Piala Raja Sumba digelar pekan depan.", [], "Piala Raja Sumba"),
])
def test_long_titles_and_names_with_office_words_are_bounded(run, items, text, expected, not_expected):
    found = mentions(run, items, text)
    for mention in expected:
        assert mention in found
    if not_expected:
        assert not [m for m in found if m[0] in ("person", "name") and m[1] == not_expected]


@pytest.mark.parametrize("text, name, span", [
    ("Seorang pedagang, Marlina (45), mengaku kehilangan dagangannya.", "Marlina", "Marlina (45)"),
    ("Seorang nelayan, Hasan Basri (51 tahun), mengatakan ombak sangat tinggi.", "Hasan Basri",
     "Hasan Basri (51 tahun)"),
    # four digits are a year, not an age; words in brackets are no age either
    ("Seorang nelayan, Hasan Basri (2019), mengatakan ombak sangat tinggi.", "Hasan Basri", "Hasan Basri"),
    ("Seorang nelayan, Hasan Basri (kanan), mengatakan ombak sangat tinggi.", "Hasan Basri", "Hasan Basri"),
])
def test_an_age_in_brackets_is_skipped_after_a_name(run, items, text, name, span):
    doc = run("Judul Berita Ini\n\n" + text)
    found = [(doc.text[s:e], m.name) for s, e, _, m in items(doc, "klaim_actor") if m.kind in ("person", "name")]
    assert (span, name) in found


def test_a_speaker_with_an_age_speaks_and_keeps_the_next_quotation(run, items):
    doc = run("Judul Berita Ini\n\nKepala BPBD Budi Santoso mengatakan air mulai surut. Salah satu penumpang, "
              "Hasan Basri (51), mengaku kapal sudah miring sejak pagi.\n\n“Kami semua panik,” ujarnya.")
    said = [(st.speaker, st.quote) for _, _, _, st in items(doc, "klaim_statement")]
    assert ("Hasan Basri", "kapal sudah miring sejak pagi.") in said
    assert [speaker for speaker, quote in said if "panik" in quote] == ["Hasan Basri"]


ORGS = [
    ("Badan intelijen Jepang menyampaikan temuan itu.", ("org", "Badan intelijen Jepang")),
    ("Kementerian Luar Negeri Korsel memanggil duta besar.", ("org", "Kementerian Luar Negeri Korsel")),
    ("Angkatan Laut Filipina mengirim kapal.", ("org", "Angkatan Laut Filipina")),
    ("pemerintah Malaysia menolak usulan itu.", ("org", "pemerintah Malaysia")),
    ("Organisasi Internasional untuk Migrasi (IOM) mencatat kenaikan.", ("org", "Organisasi Internasional untuk Migrasi (IOM)")),
    ("Korea Utara (Korut) menembakkan rudal.", ("country", "Korea Utara")),
    ("Pyongyang membantah laporan itu.", ("country", "Pyongyang")),
    ("Gedung Putih belum berkomentar.", ("org", "Gedung Putih")),
    ("BMKG mengeluarkan peringatan dini.", ("org", "BMKG")),
]


@pytest.mark.parametrize("text, expected", ORGS)
def test_organisations_and_countries(run, items, text, expected):
    assert expected in [(kind, name) for kind, name, _ in mentions(run, items, text)]


@pytest.mark.parametrize("text, not_a_person", [
    ("Pengiriman bantuan tertunda karena cuaca.", "Pengiriman"),
    ("Langkah ini diperkirakan memperburuk keadaan, dan langkah lain juga.", "Langkah"),
    ("Semenanjung Korea kembali memanas.", "Semenanjung Korea"),
    ("Pada Senin, hujan turun.", "Pada"),
    ("Menurut data itu, hujan turun.", "Menurut"),
    ("Kerugian ditaksir Rp 5 miliar.", "Rp"),
    ("Salah satu korban adalah seorang guru.", "Salah"),
])
def test_common_words_are_no_names(run, items, text, not_a_person):
    assert not [m for m in mentions(run, items, text) if m[0] in ("person", "name") and m[1] == not_a_person]


def test_full_names_are_registered_for_later_mentions(run):
    doc = run("Judul Berita\n\nMenteri Luar Negeri Singapura Vivian Balakrishnan tiba. Balakrishnan lalu bicara.")
    assert (doc._.klaim_persons[0][1], doc._.klaim_persons[0][2]) == ("Vivian Balakrishnan",
                                                                      "Menteri Luar Negeri Singapura")


KEYS = [
    (["Zelensky", "Zelenskyy", "Zelenskiy", "ZELENSKY"], "zelensky"),
    (["Korut", "Korea Utara", "Pyongyang", "North Korea"], "korea utara"),
    (["AS", "Amerika Serikat", "Washington"], "amerika serikat"),
    (["Dmitry Peskov", "Dmitriy Peskov"], "dmitry peskov"),
    (["Jokowi"], "jokowi"),
    (["  Lloyd   Austin "], "lloyd austin"),
    ([""], ""),
]


@pytest.mark.parametrize("names, key", KEYS)
def test_actor_key(names, key):
    assert {actor_key(name) for name in names} == {key}


def test_actor_key_keeps_different_people_apart():
    assert actor_key("Kim Jong Un") != actor_key("Kim Yong-hyun")
