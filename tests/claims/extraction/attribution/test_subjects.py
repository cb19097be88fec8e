"""The subject of a clause (`attribution.subjects`): who stands before the reporting verb."""
import pytest

# (sentence, (speaker, role, kind))
SUBJECTS = [
    # an actor before a description in commas
    ("Korea Selatan, sekutu dekat Amerika Serikat, menyatakan latihan gabungan akan tetap digelar bulan depan.",
     ("Korea Selatan", "sekutu dekat Amerika Serikat", "country")),
    # a relative clause between the subject and the verb
    ("Menteri Luar Negeri Norwegia, Espen Barth Eide, yang tiba di Jakarta kemarin, mengatakan kerja sama energi "
     "akan diperluas.",
     ("Espen Barth Eide", "Menteri Luar Negeri Norwegia", "person")),
    # coordinated verbs share the subject of the first
    ("Vietnam menggelar sidang darurat dan menyatakan kapal patroli akan dikirim ke perairan sengketa.",
     ("Vietnam", None, "country")),
    # how it was said, between the subject and the verb
    ("Badan Nasional Penanggulangan Bencana melalui keterangan tertulis menyebut 14 desa masih terisolasi.",
     ("Badan Nasional Penanggulangan Bencana", None, "org")),
    # an office without a name is a speaker too
    ("Seorang diplomat senior mengatakan perundingan akan dilanjutkan pekan depan.",
     ("diplomat senior", None, "person")),
]


@pytest.mark.parametrize("sentence, expected", SUBJECTS)
def test_subject_of_the_reporting_verb(said, sentence, expected):
    (st,) = [st for st in said(sentence) if st.claim]
    assert (st.speaker, st.speaker_role, st.speaker_kind) == expected


@pytest.mark.parametrize("sentence", [
    # people in general are no speaker
    "Warga menyebut air sungai mulai naik sejak tengah malam.",
    # a demand needs its own subject at the start of the clause
    "Presiden menerima Perdana Menteri Malaysia Anwar Ibrahim, mendesak agar perundingan perbatasan dipercepat.",
    # a noun phrase after a preposition is no subject
    "Dalam pertemuan dengan para nelayan mengatakan harga solar akan turun.",
])
def test_no_subject(said, sentence):
    assert [st for st in said(sentence) if st.claim] == []


def test_the_subject_record_says_when_the_verb_is_coordinated(finder, run):
    text = "Judul Berita\n\nFilipina memanggil duta besarnya dan mengatakan protes resmi sudah dikirim."
    doc = run(text)
    ctx = finder.context(doc)
    verb = text.index("mengatakan")
    clause_start = text.index("Filipina")
    subject = finder.subjects.subject(ctx, clause_start, verb, demand=False)
    assert subject.speaker is None and subject.coordinated
    assert finder.subjects.clause_subject(ctx, clause_start, verb).name == "Filipina"
