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
    # roles without a name
    ("Bupati Cianjur meninjau pengungsian.", ("role", "Bupati Cianjur", "Bupati Cianjur")),
    ("Seorang wakil menteri luar negeri hadir dalam rapat itu.", ("role", "wakil menteri luar negeri", "wakil menteri luar negeri")),
]


@pytest.mark.parametrize("text, expected", PERSONS)
def test_persons(run, items, text, expected):
    assert expected in mentions(run, items, text)


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
