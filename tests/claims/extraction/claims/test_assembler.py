import datetime as dt

import pytest

from claims.extraction import extract

PUBLISHED = dt.date(2024, 11, 6)


def figures(text, published=PUBLISHED):
    extraction = extract("Judul Berita Untuk Pengujian\n\n" + text, published=published)
    return [c for c in extraction.claims if c.kind != "statement"]


KINDS = [
    # troops sent, deployed, trained or stationed
    ("Negara itu dilaporkan mengirim 1.200 pasukan khusus ke Suriah.", [("troop_count", 1200, None, "pasukan khusus")]),
    ("Sebanyak 2.000 personel gabungan TNI-Polri dikerahkan untuk mengamankan laga itu.",
     [("troop_count", 2000, None, "personel")]),
    ("Pentagon menyebut sekitar 10 ribu tentara sedang dilatih.", [("troop_count", 10000, None, "tentara")]),
    ("Negara itu berencana mengirim puluhan ribu pasukan.", [("troop_count", 10000, 99999, "pasukan")]),
    ("Sedikitnya 3.000 warga negara itu telah dikirim ke garis depan untuk berperang.",
     [("troop_count", 3000, None, "warga")]),
    ("Hingga 10.000 personel militer akan ditempatkan di perbatasan.", [("troop_count", 10000, None, "personel")]),
    # casualties
    ("Serangan itu menyebabkan empat warga sipil tewas.", [("casualty", 4, None, "killed")]),
    ("Kecelakaan tersebut menewaskan 11 orang dan melukai 53 lainnya.",
     [("casualty", 11, None, "killed"), ("casualty", 53, None, "injured")]),
    ("Sebanyak 600 tentara tewas, sementara 4.100 lainnya luka-luka.",
     [("casualty", 600, None, "killed"), ("casualty", 4100, None, "injured")]),
    ("Korban meninggal akibat banjir bertambah menjadi 12 orang.", [("casualty", 12, None, "killed")]),
    ("Hingga kini 5 orang masih hilang.", [("casualty", 5, None, "missing")]),
    ("Jumlah warga yang tewas sejak awal perang telah mencapai 43.000 orang.", [("casualty", 43000, None, "killed")]),
    ("Lembaga itu mencatat lebih dari 16.000 kematian.", [("casualty", 16000, None, "killed")]),
    ("Sebanyak 13 korban mengalami luka berat.", [("casualty", 13, None, "injured")]),
    ("Korban meninggal dunia 12 orang, luka berat 5 orang, dan luka ringan 20 orang.",
     [("casualty", 12, None, "killed"), ("casualty", 5, None, "injured"), ("casualty", 20, None, "injured")]),
    ("Lima orang tewas dan tiga orang masih hilang.", [("casualty", 5, None, "killed"), ("casualty", 3, None, "missing")]),
    ("Dua orang tewas, sementara 40 warga mengungsi.", [("casualty", 2, None, "killed"), ("displaced", 40, None, None)]),
    # displaced people are their own kind
    ("Sekitar 1.200 warga terpaksa mengungsi ke balai desa.", [("displaced", 1200, None, None)]),
    ("Perang itu memaksa lebih dari 10 juta orang mengungsi.", [("displaced", 10000000, None, None)]),
    ("Dua minggu setelah gempa, 450 warga masih tinggal di tenda pengungsian.", [("displaced", 450, None, None)]),
    # money for aid, loans, budgets and arms sales
    ("Parlemen menyetujui pinjaman sebesar 20 miliar euro kepada Moldova.", [("aid_amount", 20e9, None, None)]),
    ("Washington mengumumkan paket senjata senilai $250 juta.", [("aid_amount", 2.5e8, None, None)]),
    ("Pemerintah mengalokasikan anggaran Rp 7,8 triliun untuk rehabilitasi.", [("aid_amount", 7.8e12, None, None)]),
    ("Uni Eropa memberikan hibah 1,4 miliar euro ($1,53 miliar) bagi Yordania.", [("aid_amount", 1.4e9, None, None)]),
    ("Negara itu menjual senjata senilai miliaran dolar kepada Filipina.", [("aid_amount", 1e9, 9999999999, None)]),
    # counted equipment is never troops
    ("Rusia meluncurkan 60 drone dan 4 rudal ke arah Kyiv.",
     [("equipment_count", 60, None, "drone"), ("equipment_count", 4, None, "rudal")]),
    ("Lebih dari 7.000 kontainer peluru diangkut ke pelabuhan itu.", [("equipment_count", 7000, None, "kontainer")]),
    # a restated amount is the same money
    ("Bank itu menyetujui pinjaman senilai US$500 juta atau sekitar Rp 7,8 triliun.", [("aid_amount", 5e8, None, None)]),
    ("Intelijen negara itu mendeteksi antara 200 hingga 300 instruktur militer asing di perbatasan.",
     [("troop_count", 200, 300, "instruktur militer")]),
    # a copula between the figure and what was counted
    ("Dari jumlah itu, 950 merupakan personel Brimob.", [("troop_count", 950, None, "personel")]),
    ("Dari korban tersebut, 12 adalah warga sipil yang tewas di pasar.", [("casualty", 12, None, "killed")]),
    # losses reported by the other side are casualties, not troops sent
    ("Staf Umum melaporkan pasukan lawan kehilangan 1.250 personel dalam sehari.", [("casualty", 1250, None, "lost")]),
    # aid per period is aid; a price per unit is not
    ("Jepang memberikan bantuan senilai US$ 20 juta per tahun kepada badan PBB itu.",
     [("aid_amount", 2e7, None, None)]),
    ("Pemerintah menyalurkan bantuan Rp 600 ribu/bulan kepada setiap keluarga.", [("aid_amount", 6e5, None, None)]),
    ("Asumsi harga minyak dalam anggaran itu US$ 82 per barel.", []),
    ("Dalam APBN tahun depan, minyak mentah diasumsikan bergerak di kisaran US$ 75 hingga US$ 80 per barel.", []),
    ("Dana bantuan itu dipakai membeli beras seharga Rp 14.000/kg.", []),
    # "seorang" and "satu" count one person; "adalah seorang guru" is an article
    ("Seorang petani tewas tertimpa pohon tumbang.", [("casualty", 1, None, "killed")]),
    ("Puluhan orang luka-luka, sementara satu remaja tewas.",
     [("casualty", 10, 99, "injured"), ("casualty", 1, None, "killed")]),
    ("Korban tewas dalam kecelakaan itu adalah seorang pengemudi ojek.", []),
    ("Dua penerbang yang berada di dalam pesawat dinyatakan gugur.", [("casualty", 2, None, "killed")]),
    # a cue after the next figure is that figure's
    ("Perang itu menewaskan puluhan ribu orang dan memaksa lebih dari 11 juta orang mengungsi.",
     [("casualty", 10000, 99999, "killed"), ("displaced", 11000000, None, None)]),
    # an age in brackets is no count
    ("Salah satu korban tewas berinisial RA (16) masih duduk di bangku SMA.", []),
    # "salah satu korban" singles out a victim already counted
    ("Salah satu korban tewas adalah seorang guru honorer.", []),
    # figures that are no claims
    ("Korban jiwa akibat gempa bermagnitudo 7,8 itu terus bertambah.", []),
    ("Menteri itu bertemu 27 duta besar negara sahabat.", []),
    ("Video berdurasi 45 detik itu viral di media sosial.", []),
    ("Perang sudah berlangsung hampir tiga tahun.", []),
    ("Hakim membacakan Pasal 12 undang-undang tersebut.", []),
    ("Rusia memasang sistem S-400 di perbatasan.", []),
    ("Korban luka dibawa ke tiga rumah sakit terdekat.", []),
    ("Kerugian akibat banjir ditaksir mencapai Rp 5 miliar.", []),
    ("Sebanyak 430 rumah terendam air setinggi dua meter.", []),
    ("KPU menetapkan 204 juta pemilih dalam daftar tetap.", []),
    ("Polisi memeriksa enam orang saksi.", []),
    ("Sebanyak 20 orang diamankan polisi dalam razia itu.", []),
    ("Sekitar 2.000 orang menghadiri acara tersebut.", []),
    ("Ia divonis 2 tahun penjara dan denda Rp 50 juta.", []),
]


@pytest.mark.parametrize("text, expected", KINDS)
def test_kinds(text, expected):
    found = [(c.kind, c.value, c.value_max, c.unit if c.kind != "aid_amount" else None) for c in figures(text)]
    assert found == [(k, float(v), None if m is None else float(m), u) for k, v, m, u in expected]


@pytest.mark.parametrize("text, currency", [
    ("Parlemen menyetujui pinjaman sebesar 20 miliar euro kepada Moldova.", "EUR"),
    ("Washington mengumumkan paket senjata senilai $250 juta.", "USD"),
    ("Pemerintah mengalokasikan anggaran Rp 7,8 triliun untuk rehabilitasi.", "IDR"),
    ("Jepang menjanjikan bantuan 500 juta yen.", "JPY"),
])
def test_currencies(text, currency):
    (claim,) = figures(text)
    assert claim.currency == currency


@pytest.mark.parametrize("paragraphs, speaker", [
    # the speaker of the statement the figure stands in
    (["Badan intelijen Filipina mengungkapkan bahwa 500 tentara asing telah mendarat."], "Badan intelijen Filipina"),
    (["Menurut laporan terbaru Pentagon, Iran berencana mengirim sekitar 8.000 tentara."], "Pentagon"),
    (["Sekitar 700 prajurit sudah tiba di pangkalan itu, kata Menteri Pertahanan Jepang Gen Nakatani."], "Gen Nakatani"),
    # an institution that records the figure ("setempat" between it and the verb)
    (["Dinas Kesehatan setempat mencatat sembilan warga meninggal akibat keracunan."], "Dinas Kesehatan"),
    # a later sentence names the source
    (["Sekitar 700 prajurit sudah tiba di pangkalan itu.",
      "Kabar tersebut diungkap oleh badan intelijen Taiwan, yang memantau kapal tersebut."], "badan intelijen Taiwan"),
    (["Sebanyak 300 personel disiagakan di sekitar stadion. Kabar tersebut dibenarkan oleh Kapolsek Cibinong "
      "Kompol Wahyu Hidayat."], "Wahyu Hidayat"),
    # an earlier sentence of the same paragraph speaks
    (["Kepala BPBD Garut, Satria Budi, mengatakan banjir merendam lima desa. Sebanyak 800 warga mengungsi."],
     "Satria Budi"),
    # troops or money nobody is quoted on: whoever the sentence says sends or gives them
    (["Kepolisian Daerah Riau mengerahkan sebanyak 1.350 personel untuk mengamankan malam pergantian tahun."],
     "Kepolisian Daerah Riau"),
    (["Untuk wilayah pesisir, Polres Pangandaran juga menurunkan 240 personel."], "Polres Pangandaran"),
    (["Pemerintah Provinsi Jambi telah menyalurkan bantuan senilai Rp 3,2 miliar kepada korban banjir."],
     "Pemerintah Provinsi Jambi"),
    (["Sebanyak 500 prajurit akan diberangkatkan oleh Markas Besar TNI pekan depan."], "Markas Besar TNI"),
    (["Polres Cilegon bersama Kodim 0623/Cilegon menyiagakan sekitar 250 personel di pelabuhan."], "Polres Cilegon"),
    (["Polri bersama TNI dan instansi terkait mengerahkan sebanyak 148.000 personel gabungan."], "Polri"),
    (["Kementerian Pertahanan resmi menandatangani kontrak pembelian jet tempur dari sebuah pabrikan Prancis, "
      "senilai 8,1 miliar dolar AS."], "Kementerian Pertahanan"),
    (["Kementerian Pertahanan resmi menandatangani kontrak pembelian jet tempur dari perusahaan Prancis, Dassault, "
      "senilai 8,1 miliar dolar AS."], "Kementerian Pertahanan"),
    # an appositive description and a date between the subject and its verb
    (["Amerika Serikat, sekutu perjanjian Filipina, bulan lalu menyetujui bantuan militer sebesar 500 juta dolar AS."],
     "Amerika Serikat"),
    # a source that records figures goes on through the paragraph
    (["Korps Lalu Lintas Polri mencatat ratusan kecelakaan selama arus mudik. Hingga Senin (1/4/2024), "
      "tercatat 41 orang meninggal dunia."], "Korps Lalu Lintas Polri"),
    (["Berdasarkan data BPBD, tujuh warga meninggal akibat longsor."], "BPBD"),
    (["Jakarta, KabarKita.com – Kementerian Sosial (Kemensos) menyalurkan bantuan sosial (bansos) tambahan senilai "
      "Rp 1,8 triliun kepada tiga juta keluarga."], "Kementerian Sosial"),
    # … but not whoever suffers or is counted: no active verb before the figure, or a quoted source
    (["Serangan udara itu menewaskan 14 tentara Suriah."], None),
    (["Sekitar 4.000 tentara Korea Utara dikirim ke wilayah Kursk."], None),
    (["Rusia menambah 5.000 tentara di perbatasan, kata seorang pengamat militer."], "pengamat militer"),
    # a figure nobody claims
    (["Sebanyak 2.000 personel gabungan dikerahkan ke lokasi."], None),
])
def test_claimant(paragraphs, speaker):
    (claim,) = figures("\n\n".join(paragraphs))
    assert claim.speaker == speaker


@pytest.mark.parametrize("paragraphs, date, precision", [
    # the date the claim was made: in the attribution, else the paragraph's, else publication
    (["Badan intelijen Filipina mengungkapkan minggu lalu bahwa 500 tentara asing telah mendarat."],
     dt.date(2024, 10, 30), "week"),
    (["Pada Senin (4/11/2024), kepolisian menyebut 1.000 personel disiagakan."], dt.date(2024, 11, 4), "day"),
    (["Parlemen pada hari Selasa mengumumkan pinjaman sebesar 12 miliar euro."], dt.date(2024, 11, 5), "day"),
    (["Rapat digelar Senin (4/11/2024). Menteri mengumumkan pada hari sebelumnya bahwa bantuan $400 juta disetujui."],
     dt.date(2024, 11, 3), "day"),
    (["Sebanyak 2.000 personel gabungan dikerahkan ke lokasi."], PUBLISHED, "day"),
    # a date the content talks about is not the date of the claim
    (["Kementerian Kesehatan mengatakan jumlah korban tewas sejak perang dimulai pada Oktober tahun lalu "
      "mencapai 43.000 orang."], PUBLISHED, "day"),
    (["Intelijen menyebutkan bahwa antara 3 hingga 9 Oktober, 1.200 tentara diberangkatkan."], PUBLISHED, "day"),
    (["Sejak Juli lalu, negara itu dilaporkan telah mengirim 2.000 tentara ke perbatasan."], PUBLISHED, "day"),
    # a clause opened by "Hingga …" tells what holds as of that day; "… hingga" a day later bounds a period
    (["Kapal itu tenggelam Sabtu (2/11/2024) dini hari. Hingga Senin (4/11/2024) sore, 17 penumpang masih "
      "dinyatakan hilang."], dt.date(2024, 11, 4), "day"),
    (["Pencarian akan dilanjutkan hingga Minggu (10/11/2024), sementara lima penumpang masih hilang."],
     PUBLISHED, "day"),
    # an act reported without a clause of its own takes the date that ends it
    (["Sebelumnya, Kuwait menjanjikan bantuan US$ 20 juta untuk lembaga itu pekan lalu."],
     dt.date(2024, 10, 30), "week"),
    (["Korps Lalu Lintas Polri mencatat ratusan kecelakaan selama arus mudik. Hingga Senin (4/11/2024), "
      "tercatat 41 orang meninggal dunia."], dt.date(2024, 11, 4), "day"),
    (["Amerika Serikat, sekutu perjanjian Filipina, bulan lalu menyetujui bantuan militer sebesar 500 juta dolar AS."],
     dt.date(2024, 10, 1), "month"),
    # a day after the publication is an event ahead, not the day of the claim
    (["Sebanyak 3.450 personel akan disiagakan untuk konser Sabtu (9/11/2024), kata Kabid Humas Polda Ade Wiratama."],
     PUBLISHED, "day"),
    # a pronoun speaker carries the date of the statement it refers to
    (["Pada Jumat (1/11/2024), Presiden Ukraina mengutip laporan intelijen.",
      "Dia sebelumnya menyebut 9.000 tentara asing siap bertempur."], dt.date(2024, 11, 1), "day"),
])
def test_claim_dates(paragraphs, date, precision):
    claim = figures("\n\n".join(paragraphs))[0]
    assert (claim.date, claim.date_precision) == (date, precision)


@pytest.mark.parametrize("text, subject, target", [
    ("Iran telah mengirim 1.200 tentara ke Yaman.", "Iran", "Yaman"),
    ("Sekitar 8.000 tentara Iran dikirim ke Suriah.", "Iran", "Suriah"),
    ("Jepang memberikan bantuan senilai $300 juta kepada Filipina.", "Jepang", "Filipina"),
    ("Jepang mengkritik keputusan Tiongkok yang mengirim ribuan tentaranya ke perbatasan.", "Tiongkok", None),
    ("Sebanyak 900 prajurit pasukan khusus Filipina tiba di Manila.", "Filipina", None),
    ("Pentagon menyebut sekitar 10 ribu tentara sedang dilatih.", None, None),
    ("Parlemen Eropa mengumumkan bahwa mereka akan memberikan pinjaman 12 miliar euro kepada Moldova.",
     "Parlemen Eropa", "Moldova"),
])
def test_subject_and_target(text, subject, target):
    (claim,) = figures(text)
    assert (claim.subject, claim.target) == (subject, target)


def test_headline_figures_are_not_claims():
    extraction = extract("Rusia Kirim 10.000 Tentara ke Perbatasan\n\nPasukan tiba pada malam hari.",
                         published=PUBLISHED)
    assert extraction.claims == ()


def test_figures_in_furniture_are_not_claims():
    extraction = extract("Judul\n\nPasukan tiba pada malam hari.\n\nBaca juga: Rusia Kirim 10.000 Tentara ke Perbatasan",
                         published=PUBLISHED)
    assert extraction.claims == ()


def test_statement_claims_carry_quote_and_speaker():
    extraction = extract("Judul\n\n“Kami menurunkan 400 personel,” kata Kapolres Bogor AKBP Rio Wahyu Anggoro, "
                         "Senin (4/11/2024).", published=PUBLISHED)
    statement, troops = extraction.claims
    assert (statement.kind, statement.speaker, statement.direct, statement.date) == (
        "statement", "Rio Wahyu Anggoro", True, dt.date(2024, 11, 4))
    assert (troops.kind, troops.value, troops.speaker, troops.date) == (
        "troop_count", 400, "Rio Wahyu Anggoro", dt.date(2024, 11, 4))
    text = "Judul\n\n“Kami menurunkan 400 personel,” kata Kapolres Bogor AKBP Rio Wahyu Anggoro, Senin (4/11/2024)."
    assert text[statement.start:statement.end] == statement.evidence


def test_date_lookups_by_bisection_agree_with_reading_every_date():
    import re

    from claims.extraction.claims.assembler import Dating, Layout
    from claims.extraction.records import DateMention

    def mention(day):
        return DateMention(dt.date(2024, 11, day), "day", "explicit")

    layout = Layout([(0, 50), (50, 100)], [(0, 50, "body"), (50, 100, "body")], 100)
    never = re.compile(r"(?!)")
    apart = [(5, 10, mention(1)), (20, 30, mention(2)), (55, 60, mention(3))]
    overlapping = [(5, 30, mention(1)), (20, 25, mention(2)), (55, 60, mention(3))]
    for dates in (apart, overlapping):
        dating = Dating("x" * 100, dates, [], layout, None, never)
        assert dating.apart is (dates is apart)
        for ranges in ([(0, 12)], [(15, 40), (0, 12)], [(21, 50)], [(0, 4)], [(50, 100)]):
            expected = next((m for s, e, m in dates if any(a <= s and e <= b for a, b in ranges)), None)
            assert dating.within(ranges) == expected
        for position in (0, 10, 29, 30, 45, 58, 60, 99):
            paragraph_start = 0 if position < 50 else 50
            expected = [m for s, e, m in dates if s >= paragraph_start and e <= position]
            assert dating.earlier_in_paragraph(position) == (expected[-1] if expected else None)


def test_mentions_of_a_sentence_in_any_order():
    from claims.extraction.claims.assembler import Mentions
    from claims.extraction.records import Mention

    rows = [(0, 5, Mention("country", "Rusia")), (10, 15, Mention("pronoun", "ia")), (30, 40, Mention("org", "PBB"))]
    for mentions in (rows, rows[::-1]):
        assert [m.name for _, _, m in Mentions(mentions).actors_in((0, 20))] == [
            m.name for s, e, m in mentions if s < 20 and m.kind != "pronoun"]


@pytest.mark.parametrize("paragraph, dates", [
    # the same speaker's next statement in the paragraph dates the saying in its attribution
    ("Kepala BMKG Darmawan Prasetyo memastikan gempa tersebut tidak memicu tsunami. “Warga tidak perlu panik,” "
     "kata Darmawan di Jakarta, Senin (4/11/2024).", [dt.date(2024, 11, 4), dt.date(2024, 11, 4)]),
    # ", pada Kamis dini hari" closing what was said tells when it happened, not when it was said
    ("Kepala Basarnas Made Suarjana menjelaskan, kapal itu bertolak dari pelabuhan, pada Kamis dini hari.",
     [PUBLISHED]),
    # "Hal itu disampaikan X, kemarin" dates the sentence it points at
    ("Kapolsek Medan Barat menyebut pihaknya akan menggelar mediasi antarwarga. Hal itu disampaikan Kompol Rahmat "
     "Hidayat, kemarin.", [dt.date(2024, 11, 5)]),
    # negative: another speaker's date is not theirs
    ("Kepala BMKG Darmawan Prasetyo memastikan gempa tersebut tidak memicu tsunami. “Kami terus memantau,” "
     "kata Bupati Malang Rina Hapsari, Senin (4/11/2024).", [PUBLISHED, dt.date(2024, 11, 4)]),
])
def test_statement_dates_from_the_same_speakers_next_attribution(paragraph, dates):
    extraction = extract("Judul Berita Untuk Pengujian\n\n" + paragraph, published=PUBLISHED)
    assert [c.date for c in extraction.claims if c.kind == "statement"] == dates
