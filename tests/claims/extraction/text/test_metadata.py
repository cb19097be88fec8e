import datetime as dt

import pytest

from claims.extraction import extract


@pytest.mark.parametrize("first_body_line, outlet", [
    ("KOMPAS.com - Banjir merendam tiga desa.", "KOMPAS.com"),
    ("JAKARTA, KOMPAS.com - Banjir merendam tiga desa.", "KOMPAS.com"),
    ("Jakarta (ANTARA) - Banjir merendam tiga desa.", "ANTARA"),
    ("TEMPO.CO, Jakarta - Banjir merendam tiga desa.", "TEMPO.CO"),
    ("Liputan6.com, Garut - Banjir merendam tiga desa.", "Liputan6.com"),
    ("REPUBLIKA.CO.ID, BANDUNG -- Banjir merendam tiga desa.", "REPUBLIKA.CO.ID"),
    ("SURABAYA, beritajatim.com – Banjir merendam tiga desa.", "beritajatim.com"),
    ("KabarKita. Pada Senin, banjir merendam tiga desa.", "KabarKita"),
    ("detikNews, Bandung - Banjir merendam tiga desa.", "detikNews"),
    # a city alone is no outlet
    ("JAKARTA - Banjir merendam tiga desa.", None),
    ("Banjir merendam tiga desa di Garut.", None),
])
def test_outlet_from_dateline(first_body_line, outlet):
    extraction = extract("Banjir Rendam Tiga Desa di Garut\n\n" + first_body_line + "\n\nWarga mengungsi.")
    assert extraction.outlet == outlet


@pytest.mark.parametrize("line, published", [
    ("Senin, 04 Nov 2024 10:30 WIB", dt.date(2024, 11, 4)),
    ("Kompas.com - 04/11/2024, 10:30 WIB", dt.date(2024, 11, 4)),
    ("Diperbarui 5 November 2024", dt.date(2024, 11, 5)),
])
def test_publication_date_from_a_top_line(line, published):
    extraction = extract(f"Judul Berita Banjir di Kota Lama\n\n{line}\n\nBanjir merendam tiga desa pada Jumat "
                         "(1/11/2024).")
    assert (extraction.published, extraction.published_source) == (published, "dateline")


@pytest.mark.parametrize("text, outlet", [
    ("Judul Berita Banjir Kota Lama\n\nIsi berita tentang banjir.\n\n(kabarkita.com/Rina Amelia)", "kabarkita.com"),
    ("Judul Berita Banjir Kota Lama\n\nIsi berita tentang banjir.\n\nCopyright © 2024 KabarKita. All rights reserved.",
     "KabarKita"),
    ("WARTA KOTA NEWS\n\nJudul Berita Banjir Kota Lama\n\nIsi berita tentang banjir.", "WARTA KOTA NEWS"),
    # a site's name alone at the top, or opening a breadcrumb; the dateline names only a wire
    ("KabarLaut.id\n\nJudul Berita Banjir Kota Lama\n\nKYIV (Reuters) - Isi berita tentang banjir.", "KabarLaut.id"),
    ("Senin, 4 November 2024 09:15 WIB\n\nJudul Berita Banjir Kota Lama\n\nWartaSelatan.co.id\n\nIsi berita.",
     "WartaSelatan.co.id"),
    ("KabarLaut.id > Internasional\n\nJudul Berita Banjir Kota Lama\n\nIsi berita tentang banjir.", "KabarLaut.id"),
])
def test_outlet_without_a_dateline(text, outlet):
    assert extract(text).outlet == outlet


def test_a_wire_dateline_under_a_sites_masthead_is_a_credit():
    extraction = extract("KabarLaut.id\n\nJudul Berita Gempa di Turki\n\nANKARA (AFP) - Gempa mengguncang kota itu.")
    assert (extraction.outlet, extraction.credits) == ("KabarLaut.id", ("AFP",))


@pytest.mark.parametrize("text, outlet", [
    ("Judul Berita Gempa di Turki\n\nANKARA (AFP) - Gempa mengguncang kota itu.", "AFP"),
])
def test_a_wire_dateline_alone_names_the_wire(text, outlet):
    assert extract(text).outlet == outlet


def test_outlet_from_masthead_line():
    text = "Judul Berita Banjir Hari Ini\n\nKabarKita - Berita Terkini dan Terpercaya - 7 Nov 2024, 08:15\n\nIsi berita."
    extraction = extract(text)
    assert (extraction.outlet, extraction.published, extraction.published_source) == (
        "KabarKita", dt.date(2024, 11, 7), "dateline")


@pytest.mark.parametrize("sentence, credit", [
    ("Hal itu disampaikan Menteri, dikutip AFP.", "AFP"),
    ("Presiden berbicara di depan wartawan, dilansir Reuters, Kamis (7/11/2024).", "Reuters"),
    ("Dilansri dari Al Jazeera, serangan terjadi malam hari.", "Al Jazeera"),
    ("Dilansir dari Guardian, pejabat itu membenarkan kabar tersebut.", "Guardian"),
    ("Seperti dilansir dari The New York Times, rencana itu batal.", "New York Times"),
    ("Mengutip Kyodo, gempa terasa hingga Tokyo.", "Kyodo"),
    ("Sumber: Channelnewsasia.com", "Channelnewsasia.com"),
    ("sumber :kabarkita.com", "kabarkita.com"),
    ("Dikutip dari kantor berita Yonhap, korban bertambah.", "Yonhap"),
    ("Seperti diberitakan Kompas.com, banjir mulai surut.", "Kompas.com"),
    ("Menurut laporan Reuters, lima orang tewas.", "Reuters"),
    ("Lima orang tewas dalam serangan itu, kata Reuters.", "Reuters"),
    ("Dilansir detik.com pada Senin, banjir mulai surut.", "detik.com"),
    ("(ANTARA/Reuters)", "Reuters"),
    ("(AFP/Kyodo)", "Kyodo"),
])
def test_credits(sentence, credit):
    extraction = extract("Judul Berita Untuk Pengujian\n\nParagraf pembuka.\n\n" + sentence)
    assert credit in extraction.credits


@pytest.mark.parametrize("sentence, credits", [
    ("Sumber: AFP, Al Jazeera", ("AFP", "Al Jazeera")),
    ("Sumber: Reuters dan kabarkita.com", ("Reuters", "kabarkita.com")),
    # the rest of a list counts only when it names media: no weekday or person becomes a credit
    ("Presiden berbicara di depan wartawan, dilansir Reuters, Kamis (7/11/2024).", ("Reuters",)),
    ("Sumber: Kyodo, Rina Marlina", ("Kyodo",)),
])
def test_credit_lists(sentence, credits):
    extraction = extract("Judul Berita Untuk Pengujian\n\nParagraf pembuka.\n\n" + sentence)
    assert extraction.credits == credits


@pytest.mark.parametrize("text, credited", [
    # a wire's name in brackets inside a sentence spells an institution's acronym
    ("Kepala Staf Angkatan Bersenjata Filipina (AFP), Jenderal Eduardo Cruz, memeriksa pasukan.", False),
    ("Pasukan itu sudah tiba di pelabuhan, kata pejabat tersebut. (AFP)", True),
    ("Pasukan itu sudah tiba di pelabuhan (AFP)", True),
])
def test_a_bracketed_wire_is_a_credit_where_credits_stand(text, credited):
    extraction = extract("Judul Berita Untuk Pengujian\n\nParagraf pembuka.\n\n" + text)
    assert ("AFP" in extraction.credits) is credited


def test_a_sign_off_with_an_author_is_no_credit():
    extraction = extract("Judul Berita Untuk Pengujian\n\nParagraf pembuka.\n\n(kabarkita.co.id/Rina Marlina)")
    assert "Rina Marlina" not in extraction.credits


def test_no_credit_from_ordinary_words():
    extraction = extract("Judul Berita Untuk Pengujian\n\nPernyataan yang dikutip media lokal itu keliru. "
                         "Presiden mengutip laporan intelijen.")
    assert extraction.credits == ()


@pytest.mark.parametrize("text, title", [
    ("Banjir Rendam Tiga Desa di Garut\n\nIsi berita.", "Banjir Rendam Tiga Desa di Garut"),
    ("KABAR KITA INDONESIA\n\nBerita Seputar Indonesia\n\nNasional\n\nBanjir Rendam Tiga Desa di Garut\n\nIsi.",
     "Banjir Rendam Tiga Desa di Garut"),
    ("KOMPAS.com - Banjir merendam tiga desa.\n\nWarga mengungsi.", None),
])
def test_title(text, title):
    assert extract(text).title == title


def test_given_metadata_wins():
    text = "Judul Dari Teks Ini Panjang\n\nKOMPAS.com - Banjir terjadi Selasa (5/11/2024)."
    extraction = extract(text, published=dt.date(2024, 11, 9), outlet="Kabar Contoh", title="Judul Pemberian")
    assert (extraction.title, extraction.outlet, extraction.published, extraction.published_source) == (
        "Judul Pemberian", "Kabar Contoh", dt.date(2024, 11, 9), "given")
