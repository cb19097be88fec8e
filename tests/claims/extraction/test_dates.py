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
    ("Awal bulan ini stok menipis.", [("Awal bulan ini", D(2024, 11, 1), "month")]),
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
    # negatives
    ("Minggu ini tidak ada kegiatan.", [("Minggu ini", D(2024, 11, 6), "week")]),
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


@pytest.mark.xfail(reason="a weekday with a day and month but no year is not used to infer the publication year",
                   strict=True)
def test_publication_year_from_weekday_and_day():
    from claims.extraction import extract

    assert extract("Judul Berita\n\nBanjir terjadi pada Senin (4/11) malam.").published == D(2024, 11, 4)
