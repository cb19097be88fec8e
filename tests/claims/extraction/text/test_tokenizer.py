import pytest

from claims.extraction.pipeline import build_nlp

TEXTS = [
    "Sebanyak 1.500 prajurit tiba di Surabaya, Senin (4/11/2024).",
    "“Kami siap,” kata Kapolda.\n\nPasukan  dikerahkan\u00a0 pagi ini.",
    "  awal spasi dan akhir  ",
    "",
    "sp-globalindo.co.id – Tae-hyo, Jum'at, Rp7,8 triliun, S-400, 05:30 WIB",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_round_trips(nlp, text):
    assert nlp.make_doc(text).text == text


@pytest.mark.parametrize("text, tokens", [
    ("1.500 pasukan.", ["1.500", "pasukan", "."]),
    ("(22/10/2024)", ["(", "22/10/2024", ")"]),
    ("Kim Tae-hyo,", ["Kim", "Tae-hyo", ","]),
    ("luka-luka", ["luka-luka"]),
    ("$400 juta", ["$", "400", "juta"]),
    ("geosurvey.co.id –", ["geosurvey.co.id", "–"]),
])
def test_token_boundaries(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text) if not t.is_space] == tokens


def test_stock_tokenizer_can_still_be_chosen():
    nlp = build_nlp(stock_tokenizer=True)
    assert nlp.make_doc("Ini kalimat.").text == "Ini kalimat."


@pytest.mark.parametrize("text, tokens", [
    ("Rp7,8 triliun", ["Rp", "7,8", "triliun"]),
    ("S-400, 05:30 WIB", ["S-400", ",", "05:30", "WIB"]),
    ("27-28 Oktober", ["27", "-", "28", "Oktober"]),
    ("sp-globalindo.co.id", ["sp-globalindo.co.id"]),
    ("“Kami,” katanya.", ["“", "Kami", ",", "”", "katanya", "."]),
])
def test_more_token_boundaries(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text) if not t.is_space] == tokens


def test_tokenizer_has_no_special_cases(nlp):
    # spaCy stops caching a document's chunks after its first special case (spaCy issue #1250)
    assert nlp.tokenizer.rules == {}


def test_tokenizer_keeps_the_text(nlp):
    from claims.extraction.component import text_of

    text = "Pasukan  dikerahkan\u00a0 pagi ini.\n"
    assert text_of(nlp.make_doc(text)) is text
