"""`claims.kinds`: which kind a figure is, from the noun after it and the cues around it."""
import pytest

from claims.extraction.claims.kinds import FigureKinds, Kind, nearest_cue, phrase_table, starts_with
from claims.extraction.lexicon import load_rules
from claims.extraction.records import Quantity
from claims.extraction.text.patterns import Caseless


@pytest.fixture(scope="module")
def kinds():
    return FigureKinds(load_rules("claims.json"), load_rules("numbers.json")["percent_words"])


def figure(text, written, value, *, currency=None, conversion=False, occurrence=0):
    """(start, end, Quantity) of the figure `written` in `text`, with the head the number finder gives:
    the lower-cased words after it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(written, start + 1)
    end = start + len(written)
    head_start = end + 1
    head = " ".join(text[head_start:].rstrip(".").split()[:3]).lower()
    return start, end, Quantity(value, currency=currency, head=head, head_start=head_start, conversion=conversion)


def kind_of(kinds, text, written, value, previous=None, **fields):
    start, end, quantity = figure(text, written, value, **fields)
    return kinds.classify(text, start, end, quantity, (0, len(text)), previous)


@pytest.mark.parametrize("text, written, value, expected", [
    ("Polda Riau menyiagakan 1.250 personel gabungan di Pekanbaru.", "1.250", 1250, Kind("troop_count", "personel")),
    ("Banjir bandang itu menewaskan tujuh warga di Desa Sukamaju.", "tujuh", 7, Kind("casualty", "killed")),
    # a cue right after the counted people decides before the troop noun does
    ("Sebanyak 500 tentara tewas dalam pertempuran itu.", "500", 500, Kind("casualty", "killed")),
    ("Sebanyak 45 warga mengungsi ke balai desa.", "45", 45, Kind("displaced", None)),
    ("TNI menerjunkan 60 drone pengintai ke hutan.", "60", 60, Kind("equipment_count", "drone")),
    # negatives: no counted people, a share, a measure, a figure restated
    ("Sekolah itu memiliki 32 ruang kelas.", "32", 32, None),
    ("Sebanyak 12 persen warga desa itu menganggur.", "12", 12, None),
    ("Rata-rata 2,5 orang tinggal di setiap rumah.", "2,5", 2.5, None),
])
def test_kind_of_a_count(kinds, text, written, value, expected):
    assert kind_of(kinds, text, written, value) == expected


def test_others_take_the_kind_of_the_figure_before():
    text = "Sebanyak 500 tentara tewas dan 200 lainnya luka-luka."
    rules = FigureKinds(load_rules("claims.json"), load_rules("numbers.json")["percent_words"])
    first = kind_of(rules, text, "500", 500)
    assert first == Kind("casualty", "killed")
    assert kind_of(rules, text, "200", 200, previous=first) == Kind("casualty", "injured")
    # after equipment, "lainnya" counts no people
    assert kind_of(rules, "Sebanyak 30 tank rusak dan 12 lainnya hancur.", "12", 12,
                   previous=Kind("equipment_count", "tank")) is None


@pytest.mark.parametrize("text, written, value, expected", [
    ("Pemerintah Jepang menyalurkan bantuan senilai US$ 5 juta untuk korban gempa.", "US$ 5 juta", 5e6,
     Kind("aid_amount", None)),
    # a price, also across a range, is no amount given
    ("Bantuan itu dibeli ketika harga minyak US$ 75 per barel.", "US$ 75", 75, None),
    ("Bantuan itu dibeli ketika harga minyak US$ 75 hingga US$ 80 per barel.", "US$ 75", 75, None),
    # a loss is not aid, though the sentence speaks of aid
    ("Kerugian gudang bantuan itu mencapai Rp 2 miliar.", "Rp 2 miliar", 2e9, None),
    ("Gedung baru itu berdiri di atas lahan seharga US$ 40 juta.", "US$ 40 juta", 4e7, None),  # no aid cue
])
def test_kind_of_money(kinds, text, written, value, expected):
    assert kind_of(kinds, text, written, value, currency="USD") == expected


def test_a_conversion_is_no_claim(kinds):
    text = "Jerman memberikan bantuan 1,4 miliar euro ($1,53 miliar) kepada Ukraina."
    assert kind_of(kinds, text, "$1,53 miliar", 1.53e9, currency="USD", conversion=True) is None


def test_unit_end_covers_a_troop_phrase_after_the_noun(kinds):
    text = "Sebanyak 900 prajurit pasukan khusus Kopassus tiba di Papua."
    _, _, quantity = figure(text, "900", 900)
    assert text[:kinds.unit_end(text, quantity)].endswith("prajurit pasukan khusus")
    _, _, other = figure("Sekolah itu memiliki 32 ruang kelas.", "32", 32)
    assert kinds.unit_end("Sekolah itu memiliki 32 ruang kelas.", other) == other.head_start  # no counted noun


def test_starts_with_prefers_the_longest_phrase():
    table = phrase_table(["pasukan", "pasukan khusus", "tentara"])
    assert starts_with(["pasukan", "khusus", "kopassus"], table) == ("pasukan", "khusus")
    assert starts_with(["pasukan", "gabungan"], table) == ("pasukan",)
    assert starts_with(["warga"], table) is None
    assert starts_with([], table) is None


def test_nearest_cue_is_the_last_before_the_figure():
    cues = {"killed": Caseless(r"(?<![\w-])tewas(?![\w-])"), "injured": Caseless(r"(?<![\w-])luka(?![\w-])")}
    assert nearest_cue("korban tewas dan luka mencapai", cues) == "injured"
    assert nearest_cue("korban luka dan tewas mencapai", cues) == "killed"
    assert nearest_cue("jumlah pengunjung mencapai", cues) is None
