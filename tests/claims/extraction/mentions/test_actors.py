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


def statements(run, items, text):
    doc = run("Judul Berita Ini\n\n" + text)
    return [(st.speaker, st.speaker_role, st.quote) for _, _, _, st in items(doc, "klaim_statement")]


def persons_and_names(found):
    return [m[1] for m in found if m[0] in ("person", "name")]


@pytest.mark.parametrize("text, expected", [
    # an acronym or a bracketed one inside the title, then the appositive name
    ("Kepala Kantor SAR Makassar, Agung Wicaksono, mengatakan tim tiba sore hari.",
     ("person", "Agung Wicaksono", "Kepala Kantor SAR Makassar")),
    ("Kepala Kantor Basarnas, Agung Wicaksono, mengatakan tim tiba sore hari.",
     ("person", "Agung Wicaksono", "Kepala Kantor Basarnas")),
    # a one-letter "I" opening a Balinese name, an office word ("Putra") closing the appositive
    ("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Kupang, I Ketut Darmawan Putra, mengatakan pencarian "
     "dilanjutkan.",
     ("person", "I Ketut Darmawan Putra", "Kepala Kantor Pencarian dan Pertolongan (Basarnas) Kupang")),
    ("Ketua BEM Universitas Udayana, I Gede Wiranata, menolak rencana itu.",
     ("person", "I Gede Wiranata", "Ketua BEM Universitas Udayana")),
    ("“Bantuan itu datang tepat waktu,” ujar Komisaris Eropa untuk Urusan Energi, Lotte Brinkmann, dalam jumpa "
     "pers di Brussel.",
     ("person", "Lotte Brinkmann", "Komisaris Eropa untuk Urusan Energi")),
    # "Plt", "Pj": an acting holder of any office
    ("Plt Kepala BPBD Garut, Budi Santoso, mengatakan air mulai surut.",
     ("person", "Budi Santoso", "Plt Kepala BPBD Garut")),
])
def test_appositive_names_after_titles_with_acronyms_and_office_words(run, items, text, expected):
    assert expected in mentions(run, items, text)


@pytest.mark.parametrize("text, not_a_name", [
    # a place list after commas: an office word opens no name outside a person's appositive
    ("Banjir melanda Kabupaten Garut, Kota Bandung, dan Kota Bekasi.", "Kota Bandung"),
    # "I" as a numeral inside a name of things stays out of names
    ("Babak I Persija unggul dua gol.", "I Persija"),
    ("Ketua Komisi I DPR Utut Adianto memimpin rapat.", "I DPR Utut Adianto"),
])
def test_office_words_and_numerals_open_no_names_elsewhere(run, items, text, not_a_name):
    assert not_a_name not in persons_and_names(mentions(run, items, text))


def test_a_serial_comma_list_of_office_words_is_still_one_title(run, items):
    found = mentions(run, items, "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari hadir.")
    assert ("person", "Abdul Muhari", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB") in found


def test_the_speaker_after_a_quotation_is_the_appositive_name(run, items):
    said = statements(run, items, "“Bantuan itu datang tepat waktu,” ujar Komisaris Eropa untuk Urusan Energi, "
                                  "Lotte Brinkmann, dalam jumpa pers di Brussel.")
    assert [(speaker, role) for speaker, role, _ in said] == [("Lotte Brinkmann", "Komisaris Eropa untuk Urusan Energi")]


@pytest.mark.parametrize("text, expected", [
    ("Juru bicara Kementerian Luar Negeri Yordania, Samir al-Hadidi, mengatakan perundingan berlanjut.",
     ("person", "Samir al-Hadidi", "Juru bicara Kementerian Luar Negeri Yordania")),
    ("Presiden Mesir Abdel Fattah el-Sisi menerima delegasi itu.",
     ("person", "Abdel Fattah el-Sisi", "Presiden Mesir")),
    ("“Kami siap membantu,” kata Menteri Luar Negeri Belanda, Pieter van der Berg.",
     ("person", "Pieter van der Berg", "Menteri Luar Negeri Belanda")),
    ("Putra mahkota itu, Faisal bin Nayef, tiba di Jeddah.", ("name", "Faisal bin Nayef", None)),
    # a lower-case particle may open a later mention of the name
    ("“Kami siap membantu,” kata van der Berg kepada wartawan.", ("name", "van der Berg", None)),
    ("“Kami siap membantu,” ujar el-Sisi.", ("name", "el-Sisi", None)),
])
def test_lower_case_name_particles(run, items, text, expected):
    assert expected in mentions(run, items, text)


@pytest.mark.parametrize("text, not_a_name", [
    ("Kebijakan itu berlaku secara de facto sejak Senin.", "de facto"),
    ("Tim ad-hoc itu dibentuk Senin oleh Dewan.", "ad-hoc"),
    ("Abu vulkanik menutup jalan, dan abu Gunung Marapi masih turun.", "abu Gunung Marapi"),
])
def test_lower_case_words_without_a_capitalised_name_are_no_particles(run, items, text, not_a_name):
    assert not_a_name not in persons_and_names(mentions(run, items, text))


def test_a_later_particle_name_speaks_for_the_full_name(run, items):
    said = statements(run, items, "Juru bicara Kementerian Luar Negeri Yordania, Samir al-Hadidi, mengatakan "
                                  "perundingan berlanjut. “Kami masih optimistis,” kata al-Hadidi.")
    assert [speaker for speaker, _, quote in said if "optimistis" in quote] == ["Samir al-Hadidi"]


@pytest.mark.parametrize("text, expected", [
    ("Serangan itu menewaskan 12 orang, menurut petugas Pertahanan Sipil Suriah.",
     ("role", "petugas Pertahanan Sipil Suriah", "petugas Pertahanan Sipil Suriah")),
    # no lexicon entry: one capitalised word between the office's words and a country is the institution's
    ("Dua rumah rusak, menurut relawan Perlindungan Sipil Lebanon.",
     ("role", "relawan Perlindungan Sipil Lebanon", "relawan Perlindungan Sipil Lebanon")),
    ("Pertahanan Sipil Gaza menyebut 12 orang tewas.", ("org", "Pertahanan Sipil Gaza", None)),
    ("Penjaga Pantai Jepang mengerahkan dua kapal.", ("org", "Penjaga Pantai Jepang", None)),
    ("Palang Merah Indonesia mengirim relawan.", ("org", "Palang Merah Indonesia", None)),
    ("Bulan Sabit Merah Palestina mengatakan ambulans tertahan.", ("org", "Bulan Sabit Merah Palestina", None)),
    # the office words still leave the holder's name alone
    ("Menteri Pertahanan Prabowo meninjau latihan.", ("person", "Prabowo", "Menteri Pertahanan")),
    ("Menteri Pertahanan Israel Yoav Katz mengatakan operasi berlanjut.",
     ("person", "Yoav Katz", "Menteri Pertahanan Israel")),
    ("Juru bicara Pertahanan Sipil Gaza, Mahmud Basal, mengatakan 12 orang tewas.",
     ("person", "Mahmud Basal", "Juru bicara Pertahanan Sipil Gaza")),
])
def test_institution_names_of_common_words_stay_whole(run, items, text, expected):
    found = mentions(run, items, text)
    assert expected in found
    assert "Sipil" not in persons_and_names(found)


def test_an_institution_after_menurut_is_the_speaker(run, items):
    said = statements(run, items, "Serangan itu menewaskan 12 orang, menurut petugas Pertahanan Sipil Suriah.")
    assert [speaker for speaker, _, _ in said] == ["petugas Pertahanan Sipil Suriah"]


@pytest.mark.parametrize("text, expected", [
    ("Komandan Kodim Kolonel Inf Bagas Nugroho meninjau lokasi.",
     [("person", "Bagas Nugroho", "Komandan Kodim Kolonel Inf")]),
    ("Danlanal Kolonel Laut (P) Yudi Hartono meninjau dermaga.",
     [("person", "Yudi Hartono", "Danlanal Kolonel Laut (P)")]),
    ("Kapendam Kolonel Arh Hendra Wijaya mengatakan hal itu.",
     [("person", "Hendra Wijaya", "Kapendam Kolonel Arh")]),
    ("Dua penerbang, Lettu Pnb Dimas Aryo dan Letda Pnb Rizky Firmansyah, selamat.",
     [("name", "Dimas Aryo", None), ("name", "Rizky Firmansyah", None)]),
    # a name that only begins like a corps keeps all its letters
    ("Mayor Pasha Ramadhan memimpin apel.", [("name", "Pasha Ramadhan", None)]),
])
def test_a_corps_after_a_rank_belongs_to_the_rank(run, items, text, expected):
    found = mentions(run, items, text)
    for mention in expected:
        assert mention in found
    assert not [name for name in persons_and_names(found) if name.split()[0] in ("Inf", "Laut", "Arh", "Pnb")]


@pytest.mark.parametrize("text, expected", [
    ("Negosiator Ukraina, Olena Kovalenko, mengatakan pertukaran tahanan akan berlanjut.",
     ("person", "Olena Kovalenko", "Negosiator Ukraina")),
    ("Penyelidik PBB menyebut bukti pelanggaran cukup kuat.", ("role", "Penyelidik PBB", "Penyelidik PBB")),
    ("Tim itu dipimpin perunding senior, Hana Lestari.", ("person", "Hana Lestari", "perunding senior")),
])
def test_negotiators_and_investigators_are_roles(run, items, text, expected):
    assert expected in mentions(run, items, text)


def test_a_mediator_from_countries_is_the_speaker(run, items):
    said = statements(run, items, "Perundingan digelar di Oslo pekan ini. Mediator dari Norwegia dan Swiss menyebut "
                                  "pembicaraan berjalan lancar. Para mediator berharap kesepakatan tercapai.")
    assert ("Mediator dari Norwegia dan Swiss", "pembicaraan berjalan lancar.") in [(s, q) for s, _, q in said]
    # "Perundingan" is no role: "perunding" matches whole words only
    assert not [m for m in mentions(run, items, "Perundingan di Doha berlanjut pekan ini.") if m[0] == "role"]


@pytest.mark.parametrize("text, quote", [
    ("Kepala Kantor SAR Makassar, Agung Wicaksono, mengatakan tim tiba sore hari. Agung juga menyebut dua warga "
     "luka ringan.", "dua warga luka ringan."),
    ("Kepala Kantor SAR Makassar, Agung Wicaksono, mengatakan tim tiba sore hari. Pencarian dilanjutkan besok, "
     "kata Agung.", "Pencarian dilanjutkan besok"),
])
def test_an_office_word_of_a_known_name_is_that_person_later(run, items, text, quote):
    said = statements(run, items, text)
    assert [speaker for speaker, _, q in said if q == quote] == ["Agung Wicaksono"]


@pytest.mark.parametrize("text, not_a_name", [
    # never before as a person's name word: still an office word
    ("Agung juga menyebut dua warga luka ringan.", "Agung"),
    # a function word stays one, even when a name was written with it
    ("Juru bicara Kementerian Luar Negeri, Lalu Muhamad Iqbal, membenarkan kabar itu. Lalu polisi datang ke lokasi.",
     "Lalu"),
])
def test_office_and_function_words_are_no_names_without_a_known_person(run, items, text, not_a_name):
    assert not_a_name not in persons_and_names(mentions(run, items, text))


def test_a_bracketed_acronym_does_not_change_the_actor_key():
    assert actor_key("Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta") == actor_key(
        "Badan Penanggulangan Bencana Daerah DKI Jakarta")


@pytest.mark.parametrize("text, org", [
    ("Badan Penanggulangan Bencana dan Keadaan Darurat Turki menyebut gempa terjadi subuh.",
     "Badan Penanggulangan Bencana dan Keadaan Darurat Turki"),
    # negative: "dan" before another institution's head joins two institutions, not one name
    ("Kementerian Luar Negeri dan Kementerian Pertahanan menyatakan latihan itu rutin.", "Kementerian Luar Negeri"),
])
def test_dan_inside_an_institutions_name(run, items, text, org):
    assert (("org", org) in [(m[0], m[1]) for m in mentions(run, items, text)])
