"""`claims.claimants`: who claims a figure, who sends or gives it, and to whom."""
import datetime as dt

import pytest

from claims.extraction import extract
from claims.extraction.claims.claimants import Actor, Mentions, Sources, Speaker, actor_name, source_of
from claims.extraction.claims.layout import Layout
from claims.extraction.records import Mention, Statement


def figures(text):
    extraction = extract("Judul Berita Untuk Pengujian\n\n" + text, published=dt.date(2024, 11, 6))
    return [c for c in extraction.claims if c.kind != "statement"]


@pytest.mark.parametrize("text, speaker", [
    # the subject of the active verb before the troops claims them
    ("Polda Riau menyiagakan 1.250 personel gabungan di Pekanbaru.", "Polda Riau"),
    # the agent of a passive after them
    ("Sebanyak 300 personel dikerahkan oleh Polda Jambi ke lokasi kebakaran.", "Polda Jambi"),
    # negative: nobody sends them
    ("Sebanyak 400 personel disiagakan di Bogor.", None),
])
def test_troops_nobody_is_quoted_on_are_claimed_by_who_sends_them(text, speaker):
    (troops,) = figures(text)
    assert troops.kind == "troop_count" and troops.speaker == speaker


def test_money_comes_from_the_subject_and_goes_to_the_target():
    (aid,) = figures("Australia memberikan bantuan senilai 10 juta dolar kepada Vanuatu.")
    assert (aid.kind, aid.subject, aid.target, aid.speaker) == ("aid_amount", "Australia", "Vanuatu", "Australia")


def test_equipment_is_claimed_by_no_agent():
    (equipment,) = figures("Kementerian Pertahanan membeli 12 helikopter dari Prancis.")
    assert equipment.kind == "equipment_count" and equipment.speaker is None
    assert equipment.subject == "Kementerian Pertahanan"


def statement(evidence, *, speaker="Rina", direct=False, claim=True, targets=()):
    return Statement(speaker, None, "person", "…", direct, "assert", evidence, evidence, claim=claim, targets=targets)


def test_source_of_a_figure():
    # paragraph 0-100: sentences 0-40 and 40-100; paragraph 100-160
    layout = Layout([(0, 40), (40, 100), (100, 160)], [(0, 100, "body"), (100, 160, "body")], 160)
    reported, quoted = statement((0, 40)), statement((0, 40), speaker="Budi", direct=True)
    # the statement the figure stands in
    assert source_of(Sources([reported]), layout, 10, 13, (0, 40)) is reported
    # a reported statement earlier in the paragraph goes on in the next sentence
    assert source_of(Sources([reported]), layout, 50, 53, (40, 100)) is reported
    # negative: a direct quotation does not, nor a statement of another paragraph
    assert source_of(Sources([quoted]), layout, 50, 53, (40, 100)) is None
    assert source_of(Sources([reported]), layout, 120, 123, (100, 160)) is None
    # a back-reference names the source of the sentence it points at ("Hal itu disampaikan …")
    back = statement((100, 160), speaker="Kapolres", claim=False, targets=((40, 100),))
    assert source_of(Sources([back]), layout, 50, 53, (40, 100)) is back


def test_actor_name_of_a_mention_that_opens_with_the_counted_noun():
    text = "Sebanyak 8.000 tentara Iran dan 300 tentara bayaran tiba."
    iran = Actor(15, 27, Mention("country", "tentara Iran", canonical="Iran"))
    assert actor_name(text, iran, text.index(" Iran")) == "Iran"
    hired = Actor(35, 51, Mention("org", "tentara bayaran"))
    assert actor_name(text, hired, text.index(" bayaran")) is None  # no proper name after the noun
    assert actor_name(text, iran, 10) == "Iran"  # the counted noun ends before it: its canonical name


def test_mentions_of_a_sentence_leave_out_pronouns_and_roles():
    rows = [(0, 6, Mention("org", "Basarnas")), (20, 22, Mention("pronoun", "ia")),
            (30, 38, Mention("role", "Kapolres")), (60, 66, Mention("country", "Jepang"))]
    mentions = Mentions(rows)
    assert [actor.mention.name for actor in mentions.actors_in((0, 50))] == ["Basarnas"]
    assert [actor.start for actor in mentions.actors_in((50, 80))] == [60]


def test_speaker_of_an_agent():
    assert Speaker.of_agent(Mention("name", "Budi Santoso", role="Kapolres")) == ("Budi Santoso", "Kapolres", "person")
    assert Speaker.of_agent(Mention("org", "Polda Jambi")).kind == "org"
