import pytest


@pytest.fixture(scope="module")
def finder(nlp):
    return nlp.get_pipe("klaim_numbers")


def figures(finder, text):
    return [(q.value, q.value_max, q.qualifier, q.currency) for _, _, q in finder.find(text)]


FIGURES = [
    ("Sebanyak 1.500 prajurit dikirim.", [(1500, None, "exact", None)]),
    ("sekitar 10 ribu tentara", [(10000, None, "approx", None)]),
    ("setidaknya 3.000 tentara", [(3000, None, "at_least", None)]),
    ("sedikitnya 12 orang tewas", [(12, None, "at_least", None)]),
    ("lebih dari 9.000 kontainer", [(9000, None, "at_least", None)]),
    ("hingga 10.000 personel militer", [(10000, None, "at_most", None)]),
    ("kurang dari 50 orang", [(50, None, "at_most", None)]),
    ("puluhan ribu pasukan", [(10000, 99999, "range", None)]),
    ("ribuan warga", [(1000, 9999, "range", None)]),
    ("ratusan rumah", [(100, 999, "range", None)]),
    ("antara 5.000 dan 7.000 orang", [(5000, 7000, "range", None)]),
    ("8-10 ribu orang", [(8000, 10000, "range", None)]),
    ("dua atau tiga orang", [(2, 3, "range", None)]),
    ("tiga warga sipil", [(3, None, "exact", None)]),
    ("dua belas orang", [(12, None, "exact", None)]),
    ("dua puluh lima orang", [(25, None, "exact", None)]),
    ("seratus orang", [(100, None, "exact", None)]),
    ("1,2 juta orang", [(1200000, None, "exact", None)]),
    ("pinjaman sebesar 35 miliar euro", [(35e9, None, "exact", "EUR")]),
    ("senilai $400 juta", [(4e8, None, "exact", "USD")]),
    ("senilai US$ 1,5 miliar", [(1.5e9, None, "exact", "USD")]),
    ("Rp 7,8 triliun", [(7.8e12, None, "exact", "IDR")]),
    ("Rp7,8 triliun", [(7.8e12, None, "exact", "IDR")]),
    ("Rp 5 M", [(5e9, None, "exact", "IDR")]),
    ("200 juta dolar AS", [(2e8, None, "exact", "USD")]),
    ("65 juta euro", [(6.5e7, None, "exact", "EUR")]),
    ("miliaran dolar", [(1e9, 9999999999, "range", "USD")]),
    # negatives: years, dates, times, codes, models, article numbers, phones
    ("pada tahun 2022", []),
    ("sejak 2014 lalu", []),
    ("Selasa (22/10/2024)", []),
    ("pada 27-28 Oktober", []),
    ("antara 8 hingga 13 Oktober", []),
    ("pukul 10.00 WIB", []),
    ("pukul 05:30", []),
    ("rudal S-400 dan jet Su-35", []),
    ("Pasal 4 perjanjian itu", []),
    ("hubungi 081234567890", []),
    ("saluran TV Russia-1", []),
    ("Perang Dunia II", []),
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_figures(finder, text, expected):
    assert figures(finder, text) == [tuple(float(x) if isinstance(x, int) else x for x in e) for e in expected]


def test_restated_amount_is_a_conversion(finder):
    (_, _, first), (_, _, second) = finder.find("pinjaman 1,4 miliar euro ($1,53 miliar) untuk Ukraina")
    assert (first.value, first.currency, first.conversion) == (1.4e9, "EUR", False)
    assert (second.currency, second.conversion) == ("USD", True)


@pytest.mark.parametrize("text, head", [
    ("1.500 pasukan khusus dikirim", "pasukan khusus dikirim"),
    ("tiga warga sipil tewas.", "warga sipil tewas"),
    ("60 drone", "drone"),
    ("12 persen", "persen"),
    ("12% suara", "persen"),
])
def test_head_words(finder, text, head):
    (_, _, quantity), = finder.find(text)
    assert quantity.head == head


def test_head_stops_at_the_line_end(finder):
    text = "Judul dengan 35 Miliar Euro\nETIndonesia. Pada hari itu"
    (_, _, quantity), = finder.find(text, 0, text.index("\n"))
    assert quantity.head == ""


@pytest.mark.parametrize("before", [
    "sebanyak ", "kurang lebih ", "tidak kurang dari  ", "(sekitar ", "lebih dari\n", "Sedikitnya", "naik menjadi ",
    "jumlahnya mencapai ", "diperkirakan mencapai ", "xsekitar ", "sekitar x ", "", "TAK KURANG DARI ",
])
def test_qualifier_before_a_figure_is_the_longest_ending_the_text(finder, before):
    import re

    from claims.extraction.text.patterns import alternation

    searched = re.compile(rf"(?:^|\s|\()(?P<q>{alternation(finder.qualifier_of)})\s*$", re.IGNORECASE).search(before)
    reversed_match = finder.qualifier_before_reversed.match(before[::-1])
    assert (reversed_match.group("q")[::-1] if reversed_match else None) == (searched.group("q") if searched else None)
