"""The word lists of numbers.json the figure grammar reads: range joiners, "antara … dan …",
percent words and the words that restate an amount in another currency."""
import pytest


@pytest.fixture(scope="module")
def finder(nlp):
    return nlp.get_pipe("klaim_numbers")


def figures(finder, text):
    return [(q.value, q.value_max, q.qualifier) for _, _, q in finder.find(text)]


def test_dan_joins_a_range_only_after_antara(finder):
    assert figures(finder, "Korban luka berjumlah antara 40 dan 60 orang.") == [(40, 60, "range")]
    # without "antara", "dan" joins two separate counts
    assert figures(finder, "Polisi menahan 4 dan memeriksa 9 orang.") == [(4, None, "exact"), (9, None, "exact")]


@pytest.mark.parametrize("text", ["Bantuan untuk 200 s.d 300 keluarga.", "Bantuan untuk 200 s.d. 300 keluarga.",
                                  "Bantuan untuk 200 sampai dengan 300 keluarga.", "Bantuan untuk 200–300 keluarga."])
def test_range_joiners(finder, text):
    assert figures(finder, text) == [(200, 300, "range")]


def test_a_share_has_the_percent_word_as_its_head(finder):
    (_, _, share), = finder.find("Inflasi naik 3,2 persen pada kuartal ketiga.")
    assert (share.value, share.head) == (3.2, "persen")
    (_, _, sign), = finder.find("Inflasi naik 3,2% pada kuartal ketiga.")
    assert sign.head == "persen"


def test_a_restated_amount_is_a_conversion(finder):
    found = finder.find("Pemerintah menyiapkan Rp 16 triliun atau setara 1 miliar dolar AS untuk proyek itu.")
    assert [(q.currency, q.conversion) for _, _, q in found] == [("IDR", False), ("USD", True)]
    # a second amount joined by other words is no restatement
    found = finder.find("Pemerintah menyiapkan Rp 16 triliun dan menerima 1 miliar dolar AS dari mitra.")
    assert [(q.currency, q.conversion) for _, _, q in found] == [("IDR", False), ("USD", False)]
