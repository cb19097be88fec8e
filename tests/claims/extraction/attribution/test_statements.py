import re

import pytest


def statements(run, items, paragraphs):
    doc = run("Judul Berita Untuk Pengujian\n\n" + "\n\n".join(paragraphs))
    return [st for _, _, _, st in items(doc, "klaim_statement") if st.claim]


def summary(st):
    return (st.speaker, st.direct, st.stance)


# (paragraphs, [(speaker, snippet of the quote, direct, stance), …])
DIRECT = [
    (["“Tim gabungan masih menyisir sungai. Pencarian dilanjutkan besok pagi,” ujar Kepala Pelaksana BPBD "
      "Kabupaten Garut, Satria Budi."],
     [("Satria Budi", "Pencarian dilanjutkan besok pagi", True, "assert")]),
    (["Menteri Luar Negeri Australia, Penny Wong, mengatakan, “Kami mendukung gencatan senjata segera.”"],
     [("Penny Wong", "Kami mendukung gencatan senjata", True, "assert")]),
    (["Dalam unggahannya, Presiden Filipina Ferdinand Marcos menulis: “Kami tidak akan mundur sejengkal pun.”"],
     [("Ferdinand Marcos", "tidak akan mundur", True, "assert")]),
    (['"Jalur evakuasi sudah kami siapkan sejak kemarin," kata Kapolres Bogor AKBP Rio Wahyu Anggoro.'],
     [("Rio Wahyu Anggoro", "Jalur evakuasi sudah kami siapkan", True, "assert")]),
    # later mentions: a surname, "-nya", "dia"
    (["Kepala Basarnas Marsdya Kusworo meninjau lokasi.",
      "“Kami kerahkan semua unsur yang ada,” tegas Kusworo.",
      "“Cuaca menjadi kendala utama di lapangan,” tambahnya.",
      "“Kami minta warga tetap waspada,” kata dia melalui keterangan tertulis."],
     [("Kusworo", "Kami kerahkan semua unsur", True, "assert"),
      ("Kusworo", "Cuaca menjadi kendala utama", True, "assert"),
      ("Kusworo", "Kami minta warga tetap waspada", True, "assert")]),
    # a partial quotation with a lead-in
    (['Jika hujan terus turun, "bendungan itu bisa jebol dalam hitungan jam," tegas Bupati Garut Rudy Gunawan.'],
     [("Rudy Gunawan", "bendungan itu bisa jebol", True, "assert")]),
    # a quotation-only paragraph continues the speaker before it
    (["“Distribusi logistik berjalan lancar,” kata Gubernur Jawa Barat Bey Machmudin.",
      "“Kami juga membuka dapur umum di tiga titik.”"],
     [("Bey Machmudin", "Distribusi logistik", True, "assert"),
      ("Bey Machmudin", "membuka dapur umum", True, "assert")]),
    # a quotation left open at the end of a paragraph runs on into the next one: one statement
    (["“Kami sudah menurunkan empat unit alat berat. Namun hujan membuat pekerjaan berjalan lambat.",
      "“Jalur diperkirakan bisa dilalui besok siang,” kata Kepala Dinas PUPR Jambi, Hendra Wijaya."],
     [("Hendra Wijaya", "empat unit alat berat", True, "assert")]),
    # a quotation named afterwards, or announced at the end of the paragraph before
    (["“Kami akan terus memantau situasi di lapangan dan melaporkan perkembangannya.”",
      "Hal itu disampaikan Kapolres Garut AKBP Rohman Yonky Dilatha kepada wartawan, Senin."],
     [("Rohman Yonky Dilatha", "terus memantau situasi", True, "assert")]),
    (["Kapolres Garut AKBP Rohman Yonky Dilatha mengatakan:",
      "“Semua personel sudah siaga di titik rawan sejak pagi ini.”"],
     [("Rohman Yonky Dilatha", "Semua personel sudah siaga", True, "assert")]),
    # an office alone goes to the person the text named with it
    (["Kapolres Garut AKBP Rohman Yonky Dilatha meninjau lokasi.",
      "“Pengamanan kami perketat selama libur panjang,” kata Kapolres."],
     [("Rohman Yonky Dilatha", "Pengamanan kami perketat", True, "assert")]),
    # single quotation marks, and "-nya" after the attribution verb
    (["Juru bicara Angkatan Darat Thailand, Mayjen Winthai Suvaree, memberi keterangan.",
      "‘Kami tidak akan membiarkan kedaulatan kami dilanggar,’ kata Winthai."],
     [("Winthai Suvaree", "membiarkan kedaulatan kami", True, "assert")]),
    (['"Kami meminta semua pihak menahan diri dan menghormati hukum," demikian pernyataan resmi Kementerian '
      'Luar Negeri Malaysia.'],
     [("Kementerian Luar Negeri Malaysia", "menahan diri", True, "assert")]),
    # an anonymous source is a speaker too
    (['"Kami belum menerima laporan resmi soal itu," kata seorang sumber yang enggan disebutkan namanya.'],
     [("sumber", "belum menerima laporan resmi", True, "assert")]),
    # how or where it was said, between the verb and the quotation; the quotation runs over two sentences
    (["Presiden Ukraina Volodymyr Zelensky menyambut keputusan itu. Ia mengatakan melalui platform X, “Terima kasih "
      "kepada Eropa. Setiap euro adalah investasi untuk keamanan kita.”"],
     [("Volodymyr Zelensky", "Setiap euro adalah investasi", True, "assert")]),
    # a paragraph that is only a quotation continues the person who spoke last …
    (["Kapolres Garut AKBP Rohman Yonky menjelaskan situasi terkini di lapangan.",
      "“Semua personel sudah siaga di titik rawan sejak pagi ini.”"],
     [("Rohman Yonky", "situasi terkini", False, "assert"),
      ("Rohman Yonky", "Semua personel sudah siaga", True, "assert")]),
    # … unless a sentence after it names who said it
    (["Kapolres Garut AKBP Rohman Yonky menjelaskan situasi terkini di lapangan.",
      "“Semua posko sudah menerima logistik sejak pagi ini.”",
      "Hal itu disampaikan Kepala BPBD Garut, Satria Budi, kepada wartawan."],
     [("Rohman Yonky", "situasi terkini", False, "assert"),
      ("Satria Budi", "Semua posko sudah menerima logistik", True, "assert")]),
    # a date between the words around the verb and the quotation
    (["Margaret Holloway mengatakan kepada wartawan di Washington, Minggu (3/11), “Sistem pemilu kita aman. "
      "Setiap suara akan dihitung.”"],
     [("Margaret Holloway", "Setiap suara akan dihitung", True, "assert")]),
    # a description with a capitalised word, then where and when
    (["Kapolda Metro Jaya Irjen Karyoto mengatakan arus lalu lintas padat.",
      "“Kami imbau pengemudi beristirahat,” papar perwira tinggi Polri itu di Gerbang Tol Cikatama, Senin (4/11)."],
     [("Karyoto", "arus lalu lintas padat", False, "assert"),
      ("Karyoto", "Kami imbau pengemudi beristirahat", True, "assert")]),
    # a denial in the attribution
    (["“Itu sama sekali tidak benar,” bantah juru bicara kepolisian, Kombes Erdi Chaniago."],
     [("Erdi Chaniago", "sama sekali tidak benar", True, "deny")]),
    # a definite description of whoever is speaking: "kata pejabat tersebut", "tutur jenderal … itu"
    (["Kapolda Bali Irjen Made Wiratama mengatakan pengamanan sudah siap.",
      "“Personel juga kami siagakan di pantai,” tutur jenderal bintang dua itu."],
     [("Made Wiratama", "pengamanan sudah siap", False, "assert"),
      ("Made Wiratama", "Personel juga kami siagakan", True, "assert")]),
    (["Seorang pejabat senior NATO mengatakan pasukan itu sudah tiba.",
      "“Mereka sudah berada di sana sejak pekan lalu,” kata pejabat tersebut, seperti dilansir BBC."],
     [("pejabat senior NATO", "pasukan itu sudah tiba", False, "assert"),
      ("pejabat senior NATO", "sudah berada di sana", True, "assert")]),
]


@pytest.mark.parametrize("paragraphs, expected", DIRECT)
def test_direct_speech(run, items, paragraphs, expected):
    found = statements(run, items, paragraphs)
    assert [(st.speaker, st.direct, st.stance) for st in found] == [(s, d, t) for s, _, d, t in expected]
    for st, (_, snippet, _, _) in zip(found, expected, strict=True):
        assert snippet in st.quote
        assert not re.search(r"\(\d", st.quote), "a trailing date stays out of the quote"


REPORTED = [
    (["Kepala BMKG Dwikorita Karnawati mengatakan bahwa hujan lebat masih akan turun hingga akhir pekan."],
     [("Dwikorita Karnawati", "hujan lebat masih akan turun", False, "assert")]),
    (["Kapolres Subang AKBP Ariek Indra Sentanu mengatakan, bus diduga mengalami rem blong."],
     [("Ariek Indra Sentanu", "bus diduga mengalami rem blong", False, "assert")]),
    (["Menteri Sosial Saifullah Yusuf menyatakan stok beras di gudang masih mencukupi."],
     [("Saifullah Yusuf", "stok beras di gudang masih mencukupi", False, "assert")]),
    (["Menurut Kepala Dinas Kesehatan Jawa Barat Vini Adiani, tiga puskesmas rusak berat."],
     [("Vini Adiani", "tiga puskesmas rusak berat", False, "assert")]),
    (["Sedikitnya 20 rumah rusak akibat angin kencang, menurut BPBD setempat."],
     [("BPBD setempat", "20 rumah rusak", False, "assert")]),
    (["Arus lalu lintas sudah kembali normal, kata Kasat Lantas Polres Bogor AKP Dicky Anggi."],
     [("Dicky Anggi", "Arus lalu lintas sudah kembali normal", False, "assert")]),
    (["Lanjut Dicky, pengalihan arus akan diberlakukan hingga Minggu."],
     [("Dicky", "pengalihan arus akan diberlakukan", False, "assert")]),
    (["Juru bicara Kementerian Kesehatan, Mohammad Syahril, menegaskan bahwa kasus baru terus menurun.",
      "Ia menambahkan bahwa vaksinasi tetap dilanjutkan."],
     [("Mohammad Syahril", "kasus baru terus menurun", False, "assert"),
      ("Mohammad Syahril", "vaksinasi tetap dilanjutkan", False, "assert")]),
    (["Pemerintah Myanmar membantah telah menyerang kamp pengungsi di perbatasan."],
     [("Pemerintah Myanmar", "telah menyerang kamp pengungsi", False, "deny")]),
    (["BMKG memperkirakan puncak musim hujan terjadi pada Januari."],
     [("BMKG", "puncak musim hujan", False, "hedge")]),
    (["Dalam keterangannya, Panglima TNI Jenderal Agus Subiyanto menegaskan prajurit tetap netral."],
     [("Agus Subiyanto", "prajurit tetap netral", False, "assert")]),
    # relative clause between subject and verb
    (["Menteri Luar Negeri Jepang, Takeshi Iwaya, yang sedang berada di Jakarta, menyebut kerja sama itu penting."],
     [("Takeshi Iwaya", "kerja sama itu penting", False, "assert")]),
    # coordinated verbs share the subject
    (["Pada Selasa, Filipina menggelar rapat kabinet darurat dan mengatakan militernya akan berjaga di perairan itu."],
     [("Filipina", "militernya akan berjaga", False, "assert")]),
    # a subject in apposition: the actor after the comma speaks
    (["Sementara itu, sekutu dekat Kyiv, Polandia, mengklaim sedikitnya 200 rudal telah ditembakkan."],
     [("Polandia", "200 rudal telah ditembakkan", False, "assert")]),
    # demands count only with their own subject
    (["Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata segera."],
     [("Antonio Guterres", "gencatan senjata segera", False, "assert")]),
    # the subject of the clause, past descriptions, relative clauses and prepositional phrases
    (["Jepang, sekutu dekat Filipina, mengumumkan bantuan kapal patroli baru untuk Manila."],
     [("Jepang", "bantuan kapal patroli baru", False, "assert")]),
    (["Seorang pejabat yang enggan disebutkan namanya mengatakan rapat itu berlangsung tegang."],
     [("pejabat", "rapat itu berlangsung tegang", False, "assert")]),
    (["Kementerian Luar Negeri Singapura dalam pernyataannya menyebut insiden itu sangat disesalkan."],
     [("Kementerian Luar Negeri Singapura", "insiden itu sangat disesalkan", False, "assert")]),
    (["Seorang warga Cianjur yang rumahnya rusak mengatakan bantuan belum juga datang."],
     [("warga Cianjur", "bantuan belum juga datang", False, "assert")]),
    (["Menurut data BNPB, sebanyak 4.000 rumah rusak akibat gempa."],
     [("BNPB", "4.000 rumah rusak", False, "assert")]),
    (["Menteri Pertanian Andi Amran Sulaiman menyambut baik pinjaman itu. Menurutnya, dana itu akan dipakai "
      "untuk memperbaiki saluran irigasi."],
     [("Andi Amran Sulaiman", "memperbaiki saluran irigasi", False, "assert")]),
    (["Kementerian Pertahanan Kamboja menuduh Thailand memulai serangan. Pihaknya menyebut sedikitnya 12 warga "
      "sipil tewas."],
     [("Kementerian Pertahanan Kamboja", "Thailand memulai serangan", False, "assert"),
      ("Kementerian Pertahanan Kamboja", "12 warga sipil tewas", False, "assert")]),
    # "kelompok itu", "negara itu": the organisation or country named before
    (["Hamas menembakkan roket ke arah Israel selatan pada malam hari.",
      "Kelompok itu membantah menargetkan warga sipil."],
     [("Hamas", "menargetkan warga sipil", False, "deny")]),
    # an adjunct between the speaker and the comma of a sentence-initial "Kata dia"
    (["Bupati Sigi Rizal Hidayat meninjau lokasi longsor.",
      "Kata dia melalui keterangan tertulis, jalan provinsi akan dibuka kembali besok pagi."],
     [("Rizal Hidayat", "jalan provinsi akan dibuka kembali", False, "assert")]),
    # a trailing ", Kamis (19/9/2024)." dates the saying and is not part of what was said
    (["Ketua KPU Kota Bima, Nur Hasanah, menyatakan logistik pemilu sudah lengkap, Kamis (19/9/2024)."],
     [("Nur Hasanah", "logistik pemilu sudah lengkap", False, "assert")]),
    # "Kementerian itu" is the ministry named before, not the last organisation mentioned
    (["Kementerian Pertahanan Rusia menyebut pasukannya merebut dua desa. Serangan itu menghantam posisi "
      "militer Ukraina. Kementerian itu juga menyatakan bahwa sekitar 900 tentara Ukraina tewas."],
     [("Kementerian Pertahanan Rusia", "pasukannya merebut dua desa", False, "assert"),
      ("Kementerian Pertahanan Rusia", "900 tentara Ukraina tewas", False, "assert")]),
    # "hal ini" that says something is content; "menyampaikan hal tersebut dalam rapat" points back
    (["Sekjen aliansi itu, Pieter Halvorsen, menegaskan hal itu dapat memicu krisis baru di kawasan."],
     [("Pieter Halvorsen", "krisis baru", False, "assert")]),
    (["Menteri Keuangan Laksmi Wardhani menyebut defisit tetap terjaga. Laksmi menyampaikan hal tersebut "
      "dalam rapat kerja bersama DPR."],
     [("Laksmi Wardhani", "defisit tetap terjaga", False, "assert")]),
    # a person referred to by a role word and "itu/tersebut", an organisation by its kind and modifiers
    (["Menteri Luar Negeri Rusia Sergei Zvyagin mengatakan laporan itu bohong. Pejabat itu juga menyebut kerja "
      "sama militer kedua negara sepenuhnya sah."],
     [("Sergei Zvyagin", "laporan itu bohong", False, "assert"),
      ("Sergei Zvyagin", "sepenuhnya sah", False, "assert")]),
    (["Kepala Dinas Penerangan Marsma Hendra Wijaya mengatakan pesawat jatuh. Juru bicara tersebut memastikan "
      "komite akan menyelidiki kecelakaan itu."],
     [("Hendra Wijaya", "pesawat jatuh", False, "assert"),
      ("Hendra Wijaya", "komite akan menyelidiki", False, "assert")]),
    (["Pasukan Dukungan Cepat (RSF) membantah serangan itu. Dalam pernyataan di Telegram, kelompok paramiliter "
      "itu menyebut kamp tersebut dipakai tentara."],
     [("Pasukan Dukungan Cepat (RSF)", "serangan itu", False, "deny"),
      ("Pasukan Dukungan Cepat", "kamp tersebut dipakai tentara", False, "assert")]),
    # how it was said between commas, between the subject and the verb
    (["Direktur Lalu Lintas, Brigjen Pol. Rudi Antariksa, dalam keterangan persnya, menyatakan sopir minibus "
      "diduga mengantuk."],
     [("Rudi Antariksa", "sopir minibus diduga mengantuk", False, "assert")]),
    # a demand by an appositive speaker; an accusation
    (["Menteri Luar Negeri Inggris, Daniel Whitford, mendesak Beijing menahan diri di perairan itu."],
     [("Daniel Whitford", "Beijing menahan diri", False, "assert")]),
    (["Duta Besar Rusia, Dmitri Vasnetsov, menuding penggunaan aset itu sebagai pencurian yang dilegalkan."],
     [("Dmitri Vasnetsov", "pencurian yang dilegalkan", False, "assert")]),
    # an honorific or a rank with its qualifier opening the appositive name
    (["Kepala PVMBG, Dr. Hendra Gunawan Siregar, menuturkan kolom abu teramati setinggi dua kilometer."],
     [("Hendra Gunawan Siregar", "kolom abu teramati", False, "assert")]),
    (["Juru bicara Kementerian Pertahanan China, Kolonel Senior Wu Jianming, membantah latihan itu ditujukan ke "
      "Taiwan."],
     [("Wu Jianming", "latihan itu ditujukan", False, "deny")]),
    # an English job title is a title too
    (["Corporate Communication PT Jalan Tol Selatan, Lisa Permatasari, mengatakan sistem satu arah diberlakukan "
      "sore ini."],
     [("Lisa Permatasari", "sistem satu arah diberlakukan", False, "assert")]),
    # an adjunct naming a channel after the subject is no speaker
    (["Angkatan Udara Ukraina dalam pernyataannya di Telegram menyebut semua drone ditembak jatuh."],
     [("Angkatan Udara Ukraina", "semua drone ditembak jatuh", False, "assert")]),
    # an institution that ends in a place, then the person in apposition
    (["Kabid Humas Polda Metro Jaya, Kombes Pol Ade Surya Wiratama, mengatakan personel sudah siap."],
     [("Ade Surya Wiratama", "personel sudah siap", False, "assert")]),
    # "-nya" goes to a person introduced in apposition to a role, who has not spoken yet
    (["Kapolres Belawan AKBP Johannes Simanjuntak mengatakan bentrokan dipicu saling ejek. Warga setempat, "
      "Nurhayati (52), mengaku trauma. Menurutnya, bentrokan serupa pernah terjadi tahun lalu."],
     [("Johannes Simanjuntak", "dipicu saling ejek", False, "assert"),
      ("Nurhayati", "bentrokan serupa pernah terjadi", False, "assert")]),
    # two clauses, two speakers
    (["Rusia menyangkal telah menyerang rumah sakit, tetapi pejabat Ukraina menyatakan bahwa tiga pasien tewas."],
     [("Rusia", "telah menyerang rumah sakit", False, "deny"),
      ("pejabat Ukraina", "tiga pasien tewas", False, "assert")]),
]


KNOWN_DRIFT = [
    pytest.param(["Para pengungsi menolak dipindahkan. Mereka mengatakan bahwa lokasi baru terlalu jauh."],
                 [("Para pengungsi", "lokasi baru terlalu jauh", False, "assert")],
                 marks=pytest.mark.xfail(reason="'mereka' is not resolved to a group named before", strict=True)),
    pytest.param(["Menteri Luar Negeri Retno Marsudi dan Menteri Pertahanan Prabowo Subianto sepakat bahwa latihan "
                  "bersama akan digelar."],
                 [("Retno Marsudi dan Prabowo Subianto", "latihan bersama", False, "assert")],
                 marks=pytest.mark.xfail(reason="joint speakers keep only the first person", strict=True)),
]


@pytest.mark.parametrize("paragraphs, expected", KNOWN_DRIFT)
def test_known_drift(run, items, paragraphs, expected):
    found = statements(run, items, paragraphs)
    assert [(st.speaker, st.direct, st.stance) for st in found] == [(s, d, t) for s, _, d, t in expected]


@pytest.mark.parametrize("paragraphs, expected", REPORTED)
def test_reported_speech(run, items, paragraphs, expected):
    found = statements(run, items, paragraphs)
    assert [(st.speaker, st.direct, st.stance) for st in found] == [(s, d, t) for s, _, d, t in expected]
    for st, (_, snippet, _, _) in zip(found, expected, strict=True):
        assert snippet in st.quote


NOTHING = [
    # scare quotes and titles
    ['Film "Sang Penari Jalanan" kembali diputar di bioskop.'],
    ["Warga menyebut tempat itu sebagai “kampung mati”."],
    # negated, relative, purpose and passive verbs
    ["Polisi belum mengonfirmasi jumlah korban."],
    # a participle clause after a comma is no demand of whoever the sentence is about
    ["Ribuan mahasiswa turun ke jalan di Jakarta, mendesak pemerintah membatalkan kenaikan harga."],
    ["Juru bicara itu menolak berkomentar soal rencana tersebut."],
    ["Laporan yang menyebutkan adanya korban masih diverifikasi."],
    ["Menteri datang ke lokasi untuk mengumumkan bantuan tambahan."],
    ["Sebanyak 3.000 warga dilaporkan telah dievakuasi."],
    # no speaker
    ["Terdapat laporan bahwa pasukan telah tiba di perbatasan."],
    ["Meskipun belum ada bukti bahwa bendungan retak, warga diminta waspada."],
    # a demand in a participial clause after an object
    ["Presiden bertemu dengan Perdana Menteri Jepang Shigeru Ishiba, mendesak agar kerja sama diperluas."],
]


@pytest.mark.parametrize("paragraphs", NOTHING)
def test_no_statement(run, items, paragraphs):
    assert statements(run, items, paragraphs) == []


def test_headlines_make_no_statements(run, items):
    doc = run("Polisi Sebut Lima Orang Tewas dalam Kecelakaan\n\nKecelakaan terjadi di jalan tol.")
    assert [st for _, _, _, st in items(doc, "klaim_statement")] == []


def test_back_reference_names_the_source_of_the_sentence_before(run, items):
    doc = run("Judul Berita\n\nSebanyak 300 personel disiagakan di sekitar stadion. "
              "Hal itu disampaikan Kapolres Bandung AKBP Kusworo Wibowo kepada wartawan.")
    (_, _, _, st), = items(doc, "klaim_statement")
    assert not st.claim and st.speaker == "Kusworo Wibowo"
    assert doc.text[st.targets[0][0]:st.targets[0][1]].startswith("Sebanyak 300 personel")


def test_a_sentence_without_figures_named_as_said_later_is_a_statement(run, items):
    doc = run("Judul Berita\n\nPihaknya masih menelusuri kemungkinan adanya penumpang yang tidak tercatat. "
              "Hal tersebut diungkapkan oleh Kepala Dinas Perhubungan, Lalu Wirasakti, kepada wartawan.")
    (_, _, _, said), (_, _, _, back) = items(doc, "klaim_statement")
    assert said.claim and not said.direct and said.speaker == "Lalu Wirasakti"
    assert said.quote.startswith("Pihaknya masih menelusuri") and not back.claim


def test_active_back_reference_names_the_source_of_the_sentence_before(run, items):
    doc = run("Judul Berita\n\nSebanyak 700 personel disiagakan di bandara. Kapolres Badung AKBP Teguh Santoso "
              "mengungkapkan hal itu kepada wartawan.")
    *_, (_, _, _, st) = items(doc, "klaim_statement")
    assert not st.claim and st.speaker == "Teguh Santoso"
    assert doc.text[st.targets[0][0]:st.targets[0][1]].startswith("Sebanyak 700 personel")


def test_surname_goes_to_the_person_who_spoke(run, items):
    doc = run("Judul Berita\n\nPemimpin Korut Kim Jong Un meninjau pabrik rudal. "
              "Menteri Unifikasi Korsel Kim Yung-ho mengatakan bahwa dialog tetap terbuka.\n\n"
              "“Kami menunggu jawaban,” kata Kim.")
    speakers = [st.speaker for _, _, _, st in items(doc, "klaim_statement")]
    assert speakers == ["Kim Yung-ho", "Kim Yung-ho"]


def test_role_of_a_later_mention_comes_from_its_introduction(run, items):
    doc = run("Judul Berita\n\nMenteri Keuangan Sri Mulyani Indrawati hadir.\n\n"
              "“Defisit tetap terjaga,” kata Sri Mulyani.")
    (_, _, _, st), = items(doc, "klaim_statement")
    assert (st.speaker, st.speaker_role) == ("Sri Mulyani Indrawati", "Menteri Keuangan")


def test_an_organisation_speaker_keeps_its_acronym_before_the_verb(run, items):
    found = statements(run, items, ["Badan Penanggulangan Bencana dan Keadaan Darurat Turki (AFAD) menyebut gempa "
                                    "terjadi menjelang subuh."])
    assert [st.speaker for st in found] == ["Badan Penanggulangan Bencana dan Keadaan Darurat Turki (AFAD)"]


def test_an_organisation_speaker_keeps_its_acronym(run, items):
    found = statements(run, items, ["Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta menyatakan air mulai surut "
                                    "di sebagian besar wilayah."])
    assert [st.speaker for st in found] == ["Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta"]
