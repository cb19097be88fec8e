"""Direct speech (`attribution.quotes`): where quotations are, and where their speaker is named."""
import pytest

from claims.extraction.attribution.quotes import quotations


def test_quotations_pair_curly_straight_and_single_marks():
    text = '“Satu dua tiga.” Lalu "empat lima". Ia berkata ‘enam tujuh’ saja.'
    found = [(text[o + 1:c], closed) for o, c, closed in quotations(text, 0, len(text))]
    assert found == [("Satu dua tiga.", True), ("empat lima", True), ("enam tujuh", True)]


def test_an_apostrophe_inside_a_word_closes_no_single_quotation():
    text = "Rapat digelar pada Jum’at pagi di balai desa."
    assert quotations(text, 0, len(text)) == []


def test_a_quotation_left_open_runs_to_the_paragraph_end():
    text = "“Kami masih menunggu hasil uji laboratorium dari Jakarta."
    (opened, closed, is_closed), = quotations(text, 0, len(text))
    assert (opened, closed, is_closed) == (0, len(text), False)


# (paragraphs, (speaker, role, stance, anaphoric, start of the quote))
NAMED = [
    # after the quotation, with the speaker's office in apposition
    (["“Sebagian besar jembatan darurat sudah bisa dilalui kendaraan roda dua,” ujar Kepala Dinas Pekerjaan "
      "Umum Kabupaten Sigi, Darmawan Lasama."],
     ("Darmawan Lasama", "Kepala Dinas Pekerjaan Umum Kabupaten Sigi", "assert", False, "Sebagian besar jembatan")),
    # "-nya" after the attribution verb: the person the paragraph before introduced
    (["Wali Kota Palu Hadianto Rasyid meninjau pasar darurat.",
      "“Pedagang akan kami pindahkan bertahap mulai pekan depan,” tuturnya."],
     ("Hadianto Rasyid", "Wali Kota Palu", "assert", True, "Pedagang akan kami pindahkan")),
    # before the quotation, after a leading adverbial
    (["Dalam jumpa pers, Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono menegaskan: “Kapal asing yang "
      "mencuri ikan akan kami tenggelamkan.”"],
     ("Sakti Wahyu Trenggono", "Menteri Kelautan dan Perikanan", "assert", False, "Kapal asing yang mencuri")),
    # "X mengatakan:" ending the paragraph before
    (["Kepala Basarnas Marsdya Kusworo mengatakan:", "“Tim penyelam sudah kami turunkan sejak subuh tadi.”"],
     ("Kusworo", "Kepala Basarnas Marsdya", "assert", False, "Tim penyelam sudah")),
    # a denial in the attribution verb
    (["“Kabar itu bohong dan menyesatkan publik,” bantah Kepala Bidang Humas Polda Riau, Kombes Anom "
      "Karibianto."],
     ("Anom Karibianto", "Kepala Bidang Humas Polda Riau", "deny", False, "Kabar itu bohong")),
    # an unnamed source
    (["“Kami tetap siaga di pos masing-masing sepanjang malam ini,” kata seorang relawan yang enggan disebut "
      "namanya."],
     ("relawan", None, "assert", False, "Kami tetap siaga")),
]


@pytest.mark.parametrize("paragraphs, expected", NAMED)
def test_the_speaker_of_a_quotation(said, paragraphs, expected):
    (st,) = [st for st in said(*paragraphs) if st.claim]
    speaker, role, stance, anaphoric, opening = expected
    assert st.direct
    assert (st.speaker, st.speaker_role, st.stance, st.anaphoric) == (speaker, role, stance, anaphoric)
    assert st.quote.startswith(opening)


@pytest.mark.parametrize("paragraph", [
    # scare quotes and quoted terms are no speech
    "Warga menyebut kawasan itu sebagai “zona merah”.",
    "Film dokumenter “Suara dari Pesisir” diputar di gedung kesenian.",
    # a quotation nobody is named for, with nobody who spoke before
    "“Kami akan membuka jalur alternatif selama perbaikan jembatan berlangsung.”",
])
def test_no_direct_statement(said, paragraph):
    assert [st for st in said(paragraph) if st.claim and st.direct] == []
