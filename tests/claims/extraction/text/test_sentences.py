import pytest


@pytest.fixture(scope="module")
def splitter(nlp):
    return nlp.get_pipe("klaim_sentences")


SPLITS = [
    ("Hujan turun sejak pagi. Sungai meluap pada sore hari.",
     ["Hujan turun sejak pagi.", "Sungai meluap pada sore hari."]),
    # a sentence ending inside a quotation keeps its closing mark
    ("“Kami sudah siap.” Polisi lalu menutup jalan.", ["“Kami sudah siap.”", "Polisi lalu menutup jalan."]),
    # the attribution after a quotation is the same sentence
    ("“Situasi sudah terkendali,” kata Kapolres. Arus lalu lintas kembali normal.",
     ["“Situasi sudah terkendali,” kata Kapolres.", "Arus lalu lintas kembali normal."]),
    ("“Apa yang terjadi?” tanya warga itu.", ["“Apa yang terjadi?” tanya warga itu."]),
    # abbreviations, titles and initials
    ("Rektor Prof. Dr. Hadi Susanto membuka acara. Acara berlangsung meriah.",
     ["Rektor Prof. Dr. Hadi Susanto membuka acara.", "Acara berlangsung meriah."]),
    ("Presiden AS Joe R. Biden tiba di Bali.", ["Presiden AS Joe R. Biden tiba di Bali."]),
    ("Ia tinggal di Jl. Merdeka No. 5 sejak lama.", ["Ia tinggal di Jl. Merdeka No. 5 sejak lama."]),
    # numbers and times are no boundaries
    ("Acara dimulai pukul 10.00 WIB. Tamu mulai berdatangan.",
     ["Acara dimulai pukul 10.00 WIB.", "Tamu mulai berdatangan."]),
    ("Nilainya Rp 2,5 miliar. Dana itu cair pekan depan.", ["Nilainya Rp 2,5 miliar.", "Dana itu cair pekan depan."]),
    # no break inside brackets, nor before a lower-case word or a digit
    ("Gempa terjadi Kamis (7/11/2024). Warga panik.", ["Gempa terjadi Kamis (7/11/2024).", "Warga panik."]),
    ("Kejadian itu (sekitar pukul 3. Menurut saksi) cepat sekali.",
     ["Kejadian itu (sekitar pukul 3. Menurut saksi) cepat sekali."]),
    ("Total 3 orang. dan masih dicari.", ["Total 3 orang. dan masih dicari."]),
    ("Kamis (24/2019). 10/2024) dia datang.", ["Kamis (24/2019). 10/2024) dia datang."]),
    # a line break always ends a sentence
    ("Judul tanpa titik\nKalimat pertama", ["Judul tanpa titik", "Kalimat pertama"]),
]


@pytest.mark.parametrize("text, sentences", SPLITS)
def test_split(splitter, text, sentences):
    found = []
    for start, end in (line for line in _lines(text)):
        found.extend(text[s:e] for s, e in splitter.split(text, start, end))
    assert found == sentences


def _lines(text):
    position = 0
    for line in text.split("\n"):
        if line.strip():
            yield position, position + len(line)
        position += len(line) + 1


def test_doc_sentences_follow_the_splitter(run):
    doc = run("Judul Berita\n\nKalimat satu di sini. Kalimat dua di sana.\n\nKalimat tiga.")
    assert [s.text.strip() for s in doc.sents] == [
        "Judul Berita", "Kalimat satu di sini.", "Kalimat dua di sana.", "Kalimat tiga."]


@pytest.mark.parametrize("text, labels", [
    ("Banjir Rendam Tiga Desa\n\nAir setinggi dua meter merendam rumah warga.", ["heading", "body"]),
    ("Isi berita pertama.\n\nBaca juga: Judul lain\n\nIsi kedua.", ["body", "furniture", "body"]),
    ("Pernyataan lengkapnya sebagai berikut:", ["body"]),
])
def test_paragraph_labels(run, items, text, labels):
    assert [label for _, _, label, _ in items(run(text), "klaim_paragraph")] == labels


def test_findings_can_be_seen_as_span_groups(run):
    from claims.extraction.component import span_group

    doc = run("Judul Berita\n\nSebanyak 300 personel dikerahkan. Mereka tiba pagi ini.")
    assert [span.text for span in span_group(doc, "klaim_sentence")] == [
        "Judul Berita", "Sebanyak 300 personel dikerahkan.", "Mereka tiba pagi ini."]
    assert [span.label_ for span in span_group(doc, "klaim_paragraph")] == ["heading", "body"]
