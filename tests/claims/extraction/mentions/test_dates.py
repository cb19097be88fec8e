import datetime as dt

import pytest

D = dt.date
PUBLISHED = D(2024, 11, 6)  # a Wednesday


def dates(run, items, text, published=PUBLISHED):
    doc = run("Judul Berita Ini\n\n" + text, published=published)
    return [(text_of(doc, s, e), m.value, m.precision) for s, e, _, m in items(doc, "klaim_date")]


def text_of(doc, s, e):
    return doc.text[s:e]


# Published on Wednesday 6 November 2024.
CASES = [
    ("Banjir terjadi Selasa (5/11/2024) malam.", [("Selasa (5/11/2024)", D(2024, 11, 5), "day")]),
    ("Rapat digelar Senin (28 Oktober 2024).", [("Senin (28 Oktober 2024)", D(2024, 10, 28), "day")]),
    ("Dilansir Jumat, 1 November 2024, polisi masih berjaga.", [("Jumat, 1 November 2024", D(2024, 11, 1), "day")]),
    ("Terbit 1 Nov 2024 pukul 05.30.", [("1 Nov 2024", D(2024, 11, 1), "day")]),
    ("Published Nov 5, 2024 at noon.", [("Nov 5, 2024", D(2024, 11, 5), "day")]),
    ("Ia tiba Rabu (30/10) sore.", [("Rabu (30/10)", D(2024, 10, 30), "day")]),
    ("Pertemuan pada 2 Desember lalu.", [("2 Desember", D(2023, 12, 2), "day")]),
    ("Polisi tiba pada hari Senin.", [("pada hari Senin", D(2024, 11, 4), "day")]),
    ("Pada Rabu, warga kembali ke rumah.", [("Rabu", D(2024, 11, 6), "day")]),
    ("Kejadian Minggu dini hari.", [("Minggu dini hari", D(2024, 11, 3), "day")]),
    ("Intelijen mengungkapkan minggu lalu bahwa pasukan tiba.", [("minggu lalu", D(2024, 10, 30), "week")]),
    ("Pekan lalu, menteri berkunjung.", [("Pekan lalu", D(2024, 10, 30), "week")]),
    ("Kemarin, hujan deras turun.", [("Kemarin", D(2024, 11, 5), "day")]),
    ("Tiga hari lalu jembatan putus.", [("Tiga hari lalu", D(2024, 11, 3), "day")]),
    ("Bulan lalu harga naik.", [("Bulan lalu", D(2024, 10, 1), "month")]),
    ("Awal bulan ini stok menipis.", [("Awal bulan ini", D(2024, 11, 5), "month")]),
    ("Pada Juni lalu, kedua negara bertemu.", [("Pada Juni lalu", D(2024, 6, 1), "month")]),
    ("Sejak Agustus lalu bantuan mengalir.", [("Sejak Agustus lalu", D(2024, 8, 1), "month")]),
    ("Perang pecah pada April tahun lalu.", [("pada April tahun lalu", D(2023, 4, 1), "month")]),
    ("Data per Oktober 2024 menunjukkan kenaikan.", [("Oktober 2024", D(2024, 10, 1), "month")]),
    ("Invasi dimulai pada tahun 2022.", [("2022", D(2022, 1, 1), "year")]),
    # a date range inside a month is not a year
    ("Kapal berangkat antara 8 hingga 13 Oktober.", [("8 hingga 13 Oktober", D(2024, 10, 8), "day")]),
    ("Pasukan tiba pada 27-28 Oktober.", [("27-28 Oktober", D(2024, 10, 27), "day")]),
    # broken dates fall back to their weekday and never raise
    ("Kata dia, Kamis (24/2019). 10/2024).", [("Kamis", D(2024, 10, 31), "day")]),
    ("Rapat Senin (45/13/2024) batal.", [("Senin (45/13/2024)", D(2024, 11, 4), "day")]),
    # a part of a month, week or year stands for a day inside it, at the precision of the whole
    ("Akhir September lalu, gudang itu ditutup.", [("Akhir September lalu", D(2024, 9, 25), "month")]),
    ("Harga cabai melonjak pada pertengahan Oktober.", [("pertengahan Oktober", D(2024, 10, 15), "month")]),
    ("Awal Juni lalu, jembatan itu diperbaiki.", [("Awal Juni lalu", D(2024, 6, 5), "month")]),
    ("Proyek itu rampung akhir bulan Februari 2024.", [("akhir bulan Februari 2024", D(2024, 2, 25), "month")]),
    ("Panen raya tiba medio Agustus 2023.", [("medio Agustus 2023", D(2023, 8, 15), "month")]),
    ("Pertengahan bulan lalu, tanggul jebol.", [("Pertengahan bulan lalu", D(2024, 10, 15), "month")]),
    ("Awal pekan ini harga telur turun.", [("Awal pekan ini", D(2024, 11, 4), "week")]),
    ("Akhir pekan lalu, hujan deras mengguyur kota.", [("Akhir pekan lalu", D(2024, 11, 2), "week")]),
    ("Pabrik itu dibuka awal tahun ini.", [("awal tahun ini", D(2024, 2, 1), "year")]),
    ("Akhir tahun lalu, sungai meluap.", [("Akhir tahun lalu", D(2023, 11, 1), "year")]),
    # "bulan lalu" between an appositive subject and its verb
    ("Jepang, mitra dagang utama Vietnam, bulan lalu menyetujui pinjaman sebesar 300 juta dolar AS.",
     [("bulan lalu", D(2024, 10, 1), "month")]),
    # negatives
    ("Minggu ini tidak ada kegiatan.", [("Minggu ini", D(2024, 11, 6), "week")]),
    ("Penulis itu menyelesaikan bab akhir novelnya.", []),
    ("Pada awal pertemuan, ketua membacakan agenda.", []),
    ("Ia membeli 28 kambing dan 3 sapi.", []),
    ("Tim menempuh 10 km dalam 2 jam.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dates(run, items, text, expected):
    assert dates(run, items, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "hari sebelumnya" / "hari yang sama" resolve against the latest day already mentioned
    ("Rapat digelar Senin (28/10/2024). Menteri tiba pada hari sebelumnya.", D(2024, 10, 27)),
    ("Rapat digelar Senin (28/10/2024). Di hari yang sama, polisi berjaga.", D(2024, 10, 28)),
    ("Rapat digelar Senin (28/10/2024). Pada hari itu hujan turun.", D(2024, 10, 28)),
])
def test_context_dates(run, items, text, expected):
    assert dates(run, items, text)[-1][1] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a part that has begun by the publication date stands for no later day than it
    ("Awal November, pasar kembali ramai.", D(2024, 11, 3), (D(2024, 11, 3), False)),
    ("Pertengahan bulan ini, stok beras menipis.", D(2024, 11, 12), (D(2024, 11, 12), False)),
    # negatives: a part still to come is ahead; a part already over keeps its day
    ("Akhir bulan ini, tarif listrik naik.", D(2024, 11, 6), (D(2024, 11, 25), True)),
    ("Akhir Oktober, pasar kembali ramai.", D(2024, 11, 3), (D(2024, 10, 25), False)),
])
def test_a_part_of_a_month_is_no_later_than_the_publication(run, items, text, published, expected):
    doc = run("Judul Berita\n\n" + text, published=published)
    (_, _, _, mention), = items(doc, "klaim_date")
    assert (mention.value, mention.in_future) == expected


def test_future_dates_are_flagged(run, items):
    doc = run("Judul Berita\n\nPresiden dijadwalkan berkunjung pada Sabtu mendatang.", published=PUBLISHED)
    (_, _, _, mention), = items(doc, "klaim_date")
    assert mention.in_future and mention.value == D(2024, 11, 9)


@pytest.mark.parametrize("text, published, source", [
    ("Judul Berita\n\nBanjir terjadi Selasa (5/11/2024). Warga mengungsi.", D(2024, 11, 6), "given"),
    ("Judul Berita\n\nBanjir terjadi Selasa (5/11/2024). Rapat pada Senin (4/11/2024).", None, "inferred"),
    ("Judul Berita\nKabarKita - Berita Terkini - 7 Nov 2024, 08:15\n\nBanjir terjadi Selasa (5/11/2024).", None,
     "dateline"),
    ("Judul Berita\n\nTidak ada tanggal di sini.", None, "none"),
])
def test_publication_date(run, text, published, source):
    doc = run(text, published=published)
    expected = {"given": D(2024, 11, 6), "inferred": D(2024, 11, 5), "dateline": D(2024, 11, 7), "none": None}
    assert (doc._.klaim_published, doc._.klaim_published_source) == (expected[source], source)


def test_inferred_date_ignores_announced_future_dates(run):
    doc = run("Judul Berita\n\nBanjir terjadi Selasa (5/11/2024). Pemilu akan digelar pada 14 Februari 2029.")
    assert doc._.klaim_published == D(2024, 11, 5)


def test_relative_dates_without_any_anchor_stay_empty(run, items):
    doc = run("Judul Berita\n\nPekan lalu terjadi banjir.")
    (_, _, _, mention), = items(doc, "klaim_date")
    assert mention.value is None and mention.precision == "week"


@pytest.mark.parametrize("text, expected", [
    # a period's dates place the content; the day written "Weekday (d/m/yyyy)" is the day of the report
    ("Operasi digelar selama 10 hari, mulai 21 Desember 2024 hingga 30 Desember 2024. Rencana itu "
     "dipaparkan kepala dinas, Jumat (20/12/2024).", D(2024, 12, 20)),
    ("Pameran dibuka dari 3 Maret 2025 sampai 9 Maret 2025, kata panitia, Senin (24/2/2025).", D(2025, 2, 24)),
    ("Festival digelar 30 November 2024 di alun-alun, kata bupati, Senin (4/11/2024).", D(2024, 11, 4)),
    ("Bupati meninjau jalan itu, Senin, 4 November 2024. Perbaikan tuntas 15 November 2024.", D(2024, 11, 4)),
    # "Hingga Jumat (15/11/2024) sore, …" tells how things stand that day: the report's day
    ("Kapal tenggelam Kamis (14/11/2024). Hingga Jumat (15/11/2024) sore, 17 orang masih hilang.",
     D(2024, 11, 15)),
    # … but what lasts until a day ends then, whatever the report's day
    ("Kapal tenggelam Kamis (14/11/2024). Pencarian berlangsung hingga Rabu (20/11/2024).", D(2024, 11, 14)),
    # with no other day, a day bounding a period still says when the text was written
    ("Serangan berlangsung sejak Jumat malam hingga Sabtu, 16 November 2024, menurut warga.", D(2024, 11, 16)),
    # without the weekday form, the latest day outside a period
    ("Gudang terbakar pada 3 November 2024. Data per 5 November 2024 mencatat kerugian besar.", D(2024, 11, 5)),
    # a day set for an upcoming event in a purpose clause or after "menjelang" yields to the report's
    ("Sebanyak 1.200 personel dikerahkan untuk mengamankan pemungutan suara di Kabupaten Sleman, Yogyakarta, "
     "pada Rabu, 27 November 2024. Apel pasukan digelar di alun-alun, Senin, 18 November 2024.", D(2024, 11, 18)),
    ("Menjelang pencoblosan Rabu (27/11/2024), relawan membagikan air bersih di posko, Sabtu (23/11/2024).",
     D(2024, 11, 23)),
    # … and still says when the text was written when it is the only day
    ("Personel dikerahkan untuk mengamankan pemungutan suara pada Rabu, 27 November 2024.", D(2024, 11, 27)),
    # negatives: the day is the reported act's, set off by a comma, after the clause "Menjelang …," or
    # after the act's verb
    ("Polisi menggelar apel menjelang Pilkada, Jumat (15/11/2024). Rapat koordinasi digelar Kamis (14/11/2024).",
     D(2024, 11, 15)),
    ("Menjelang Pilkada, polisi menggelar apel pada Jumat (15/11/2024). Rapat digelar Kamis (14/11/2024).",
     D(2024, 11, 15)),
    ("Kapal tenggelam Kamis (14/11/2024). Apel untuk mengamankan Pilkada digelar pada Jumat (15/11/2024).",
     D(2024, 11, 15)),
])
def test_inferred_publication_date_is_the_day_of_the_report(run, text, expected):
    doc = run("Judul Berita\n\n" + text)
    assert (doc._.klaim_published, doc._.klaim_published_source) == (expected, "inferred")


@pytest.mark.parametrize("text, expected", [
    # "Weekday (d/m)": the year, among those the text mentions, whose calendar puts the day on that weekday
    ("Kebakaran melanda pasar, Minggu (17/11). Pasar itu dibangun pada 1998 dan dipugar tahun 2024.",
     D(2024, 11, 17)),
    ("Ia berbicara Jumat (20/12), menjelang perayaan Tahun Baru 2025.", D(2024, 12, 20)),
    # negatives: no mentioned year (or a neighbour) puts 18 November on a Sunday; no year at all
    ("Kebakaran melanda pasar, Minggu (18/11). Pasar itu dipugar tahun 2024.", None),
    ("Kebakaran melanda pasar, Minggu (17/11).", None),
    # a day and month without a weekday tell no year
    ("Pasar itu dipugar tahun 2024. Pedagang kembali berjualan 17 November.", None),
])
def test_publication_year_from_the_weekday(run, text, expected):
    assert run("Judul Berita\n\n" + text)._.klaim_published == expected


@pytest.mark.parametrize("text, expected", [
    ("Korban bertambah sejak 1 November 2024.", "range"),
    ("Korban terus bertambah sejak perang pecah pada 7 Oktober 2023.", "range"),
    ("Operasi berlangsung mulai 21 Desember 2024.", "range"),
    ("Sejak Agustus lalu bantuan mengalir.", "range"),
    ("Jalan ditutup dari 1 November 2024 sampai 3 November 2024.", "range"),
    ("Pameran berlangsung hingga Minggu (3/11/2024).", "range"),
    # a year places the content, whatever the cue
    ("Invasi dimulai pada tahun 2022.", "range"),
    ("Harga beras tahun ini naik tajam.", "range"),
    ("Pabrik itu dibuka awal 2023.", "range"),
    # negatives: a day of the story, "as of" a day, a verb "mulai" some words before the date
    ("Banjir terjadi Selasa (5/11/2024).", "explicit"),
    ("Hingga Selasa (5/11/2024) sore, dua orang hilang.", "explicit"),
    ("Polisi mulai menyelidiki kasus itu Senin (4/11/2024).", "explicit"),
    ("Bulan lalu harga naik.", "relative"),
    ("Data per Oktober 2024 menunjukkan kenaikan.", "explicit"),
])
def test_dates_bounding_a_period_are_ranges(run, items, text, expected):
    doc = run("Judul Berita Ini\n\n" + text, published=PUBLISHED)
    assert [m.kind for _, _, _, m in items(doc, "klaim_date")][0] == expected


@pytest.mark.parametrize("text, expected", [
    # a period's day is no "same day": the day of the report is
    ("Korban terus bertambah sejak perang pecah pada 7 Oktober 2023.\n\nPada hari yang sama, "
     "pemerintah mengumumkan bantuan.", PUBLISHED),
    ("Kapal berangkat antara 8 hingga 13 Oktober. Pada hari yang sama, pelabuhan ditutup.", PUBLISHED),
    ("Rapat digelar Senin (4/11/2024). Operasi berjalan mulai 1 November 2024. Pada hari itu polisi berjaga.",
     D(2024, 11, 4)),
    # a background day (a year before the report) is the same day only in its own paragraph
    ("Perjanjian itu diteken pada 3 Maret 2022. Pada hari yang sama, kedua negara bertukar tahanan.",
     D(2022, 3, 3)),
    ("Perjanjian itu diteken pada 3 Maret 2022.\n\nPada hari yang sama, polisi berjaga.", PUBLISHED),
    ("Rapat digelar Senin (4/11/2024). Perjanjian lama diteken pada 3 Maret 2022.\n\n"
     "Pada hari itu, polisi berjaga.", D(2024, 11, 4)),
    # negative: a day of this year anchors across paragraphs, as before
    ("Rapat digelar Senin (28/10/2024).\n\nPada hari yang sama, polisi berjaga.", D(2024, 10, 28)),
])
def test_same_day_counts_from_a_day_of_the_story(run, items, text, expected):
    assert dates(run, items, text)[-1][1] == expected


def test_a_date_closing_a_reported_act_dates_its_claim(run):
    doc = run("Judul Berita\n\nSebelumnya, Jepang menjanjikan hibah US$ 15 juta untuk lembaga pangan itu pekan lalu.",
              published=PUBLISHED)
    assert {(c.kind, c.date, c.date_precision) for c in doc._.klaim_claims} == {
        ("statement", D(2024, 10, 30), "week"), ("aid_amount", D(2024, 10, 30), "week")}


@pytest.mark.parametrize("text", [
    # negatives for the above: a quotation keeps its dates, and so does a "bahwa" clause
    "“Kami menerima hibah US$ 15 juta pekan lalu,” kata Menteri Sosial Rina Hapsari.",
    "Menteri Sosial Rina Hapsari mengatakan bahwa hibah US$ 15 juta itu tiba pekan lalu.",
    # a verb of saying takes a clause of its own, whose time is not the saying's
    "Menteri Sosial Rina Hapsari mengatakan hibah US$ 15 juta itu tiba pekan lalu.",
])
def test_a_date_inside_what_was_said_does_not_date_the_saying(run, text):
    doc = run("Judul Berita\n\n" + text, published=PUBLISHED)
    statements = [c for c in doc._.klaim_claims if c.kind == "statement"]
    assert statements and all(c.date == PUBLISHED for c in statements)


@pytest.mark.parametrize("text", [
    # a year said in or around what was said is its content, not the day it was said
    "“Banjir tahun ini lebih tinggi daripada 2020,” kata Sutrisno, warga Pluit.",
    "Petani menyebut panen tahun ini lebih buruk dibandingkan 2021. “Hujan datang terlambat, bibit banyak yang "
    "busuk,” ujar Darmini, petani di Klaten.",
    "Menurut Menteri Pertanian Budi Raharjo, produksi padi pada tahun 2023 turun tajam.",
])
def test_a_year_does_not_date_a_statement(run, text):
    doc = run("Judul Berita\n\n" + text, published=PUBLISHED)
    statements = [c for c in doc._.klaim_claims if c.kind == "statement"]
    assert statements and all((c.date, c.date_precision) == (PUBLISHED, "day") for c in statements)


def test_a_month_still_dates_a_statement(run):
    # negative for the above: a month is precise enough to date what was said
    doc = run("Judul Berita\n\nBulan lalu, Menteri Pertanian Budi Raharjo mengatakan stok beras aman.",
              published=PUBLISHED)
    assert {(c.date, c.date_precision) for c in doc._.klaim_claims if c.kind == "statement"} == {
        (D(2024, 10, 1), "month")}


@pytest.mark.xfail(reason="a weekday with a day and month is no year when the text mentions none", strict=True)
def test_publication_year_from_weekday_and_day():
    from claims.extraction import extract

    assert extract("Judul Berita\n\nBanjir terjadi pada Senin (4/11) malam.").published == D(2024, 11, 4)
