"""The layers of the actor grammar one by one: words, word tests, name runs, office words, persons."""
import pytest

from claims.extraction.mentions.actor_lexicon import gazetteer_name
from claims.extraction.mentions.words import Words


@pytest.fixture(scope="module")
def grammar(nlp):
    return nlp.get_pipe("klaim_actors").grammar


def sentence(grammar, text):
    words = grammar.words(text, 0, len(text))
    gazetteer = {i: gazetteer_name(after, canonical, kind)
                 for i, (after, _, canonical, kind) in grammar.gazetteer_at(text, words).items()}
    return words, gazetteer


# -- words -------------------------------------------------------------------------------------------
def test_words_keep_their_offsets_and_case():
    text = "Kapolres Garut, AKBP Rina, tiba."
    words = Words.of(text)
    assert words.text == ["Kapolres", "Garut", ",", "AKBP", "Rina", ",", "tiba", "."]
    assert [text[s:e] for s, e in zip(words.start, words.end, strict=True)] == words.text
    assert words.capitalised[:2] == [True, True] and not words.capitalised[6]
    assert words.opens(0) and not words.opens(1) and words.opens(3) is False


def test_a_hyphenated_particle_counts_as_capitalised(grammar):
    words = grammar.words("kata al-Mansouri kepada wartawan", 0, 32)
    assert words.capitalised[:2] == [False, True]
    assert grammar.words("sebuah anti-Korupsi", 0, 19).capitalised == [False, False]


# -- word tests ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, k, initial, name_word", [
    ("Rina Marlina menambahkan", 0, True, True),
    ("Pemerintahan daerah menambahkan", 0, True, False),  # a derived common word opening the sentence
    ("Pukul 10.00 WIB warga berkumpul", 2, False, False),  # an abbreviation is never a name
    ("Menteri itu menambahkan", 0, True, False),  # an office
    ("Kata Budi kemudian", 1, False, True),
])
def test_name_words(grammar, text, k, initial, name_word):
    words, _ = sentence(grammar, text)
    assert grammar.is_name_word(words, k, frozenset(), initial) is name_word


def test_heads_match_longest_first(grammar):
    words, _ = sentence(grammar, "Juru bicara Kementerian Luar Negeri")
    assert grammar.match_head(words, 0, grammar.role_heads) == 2
    assert grammar.is_modifier(words, 3)  # "Luar" with its "Negeri"
    words, _ = sentence(grammar, "di luar gedung")
    assert not grammar.is_modifier(words, 1)  # "luar" without "negeri"


# -- name runs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, start, end", [
    ("I Made Suarjana Putra, mengatakan", 0, 4),  # a Balinese "I" opens the name
    ("Pangeran Mohammed bin Salman tiba", 1, 4),
    ("Rina Marlina (34) mengatakan", 0, 2),
    ("Rina Marlina dan suaminya", 0, 2),
])
def test_name_runs(grammar, text, start, end):
    words, gazetteer = sentence(grammar, text)
    assert grammar.name_run(words, start, frozenset(), gazetteer, held=True) == end


def test_an_age_in_brackets_is_skipped(grammar):
    words, _ = sentence(grammar, "Rina Marlina (34 tahun) mengatakan")
    assert grammar.skip_age(words, 2) == 6
    words, _ = sentence(grammar, "Rina Marlina (2024) mengatakan")
    assert grammar.skip_age(words, 2) == 2  # no age has four digits


# -- office words -------------------------------------------------------------------------------------
def test_an_office_runs_over_institution_and_rank(grammar):
    words, gazetteer = sentence(grammar, "Kapolda Metro Jaya Irjen Karyoto mengatakan")
    role_end, rank = grammar.extend_role(words, 1, gazetteer, True)
    assert (role_end, rank) == (4, True)


def test_a_serial_comma_keeps_one_office(grammar):
    words, gazetteer = sentence(grammar, "Kepala Pusat Data, Informasi, dan Komunikasi Bencana Abdul Muhari")
    role_end, _ = grammar.extend_role(words, 1, gazetteer, False)
    assert words.text[role_end:] == ["Abdul", "Muhari"]


def test_a_long_title_runs_to_the_comma_before_the_name(grammar):
    text = "Menteri Kerja Sama Pembangunan Norwegia, Ingrid Solheimsen, mengatakan"
    words, gazetteer = sentence(grammar, text)
    titled = grammar.title_holder(words, 1, gazetteer, frozenset())
    assert titled is not None and words.text[titled.name_start:titled.name_end] == ["Ingrid", "Solheimsen"]
    # a second office after "dan" is no title going on
    words, gazetteer = sentence(grammar, "Menteri Pertahanan dan Perdana Menteri Australia, Anthony Albanese")
    assert grammar.title_holder(words, 2, gazetteer, frozenset()) is None


# -- persons ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, name, role", [
    ("Juru bicara Kepolisian, Budi Hartono, mengatakan", "person", "Budi Hartono", "Juru bicara Kepolisian"),
    ("Bupati Cianjur mengatakan", "role", "Bupati Cianjur", "Bupati Cianjur"),
    ("pengamat politik, Siti Rahma, menilai", "person", "Siti Rahma", "pengamat politik"),
    ("warga Kampung Melayu mengungsi", "role", "warga Kampung Melayu", "warga Kampung Melayu"),
])
def test_persons_and_roles(grammar, text, kind, name, role):
    words, gazetteer = sentence(grammar, text)
    _, mention = grammar.person_at(words, 0, gazetteer, frozenset(), text)
    assert (mention.kind, mention.name, mention.role) == (kind, name, role)


def test_no_person_without_an_office(grammar):
    text = "Hujan deras mengguyur kota"
    words, gazetteer = sentence(grammar, text)
    assert grammar.person_at(words, 0, gazetteer, frozenset(), text) is None
