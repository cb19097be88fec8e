import pytest

from claims.extraction.text.furniture import FurnitureMarker


@pytest.fixture(scope="module")
def marker(nlp):
    return nlp.get_pipe("klaim_furniture")


LINES = [
    ("Baca juga: Harga Cabai Naik Jelang Akhir Tahun", "read_also"),
    ("BACA JUGA: Polisi Tangkap Dua Pelaku Curanmor", "read_also"),
    ("Simak juga: Video Banjir di Kota Lama", "read_also"),
    ("Dengarkan berita terkini dan pilihan kami di ponsel Anda.", "listen"),
    ("Bagikan", "share"),
    ("x|close", "share"),
    ("Facebook Twitter WhatsApp", "share_bar"),
    ("Warga mengangkut perabot dari rumah yang terendam (Istimewa)", "caption_credit"),
    ("Petugas mengevakuasi korban di lokasi (ANTARA FOTO/Budi Setiawan)", "caption_credit"),
    ("Email Anda tidak akan ditampilkan kepada publik. Kolom wajib diisi.", "comment_form"),
    ("Konten ini adalah kiriman dari pembaca kami.", "submitted"),
    ("Dilarang mengutip atau menyiarkan ulang berita ini tanpa izin tertulis.", "copyright"),
    ("Editor: Siti Rahma", "byline"),
    ("(ant/rdn)", "signoff"),
    ("Sumber: Antara", "source_line"),
    ("Tag: banjir, cuaca ekstrem", "tags"),
    # negatives: ordinary sentences that only share a word with furniture
    ("Warga diminta membaca juga imbauan dari BPBD sebelum kembali ke rumah.", None),
    ("Polisi membagikan masker kepada pengendara di perempatan.", None),
    ("Ia mengatakan, komentar tersebut tidak mewakili sikap pemerintah.", None),
]


@pytest.mark.parametrize("line, rule", LINES)
def test_line_rules(marker, line, rule):
    found = marker.find("Judul Berita Hari Ini\n\nParagraf pertama yang biasa saja.\n\n" + line)
    labels = [label for _, _, label in found]
    assert labels == ([rule] if rule else [])


def test_inline_read_also_marks_only_the_rest_of_the_line(marker):
    text = "Korban dibawa ke rumah sakit. Baca juga: Jembatan Putus Diterjang Banjir"
    (start, end, rule), = marker.find(text)
    assert text[start:end].startswith("Baca juga") and rule == "read_also"


def test_comment_form_ends_the_article(marker):
    text = "Judul\n\nIsi berita yang panjang sekali di sini.\n\nIsi kedua.\n\nTinggalkan Balasan\n\nKomentar pembaca 10 orang tewas."
    found = marker.find(text)
    assert found[-1][2] == "comments" and found[-1][1] == len(text)


def test_byline_label_takes_the_name_above_it(marker):
    text = "Judul\n\nDeni Kurnia\nPenulis\nRina Amelia\nEditor\n\nIsi berita pertama."
    marked = [text[s:e] for s, e, _ in marker.find(text)]
    assert marked == ["Deni Kurnia", "Penulis", "Rina Amelia", "Editor"]


def test_rules_round_trip_to_disk(nlp, tmp_path):
    marker = nlp.get_pipe("klaim_furniture")
    marker.to_disk(tmp_path)
    other = FurnitureMarker(nlp, "copy").from_disk(tmp_path)
    assert [rule.lowered.pattern for rule in other.furniture_rules] == [
        rule.lowered.pattern for rule in marker.furniture_rules]
    assert [rule.needs for rule in other.furniture_rules] == [rule.needs for rule in marker.furniture_rules]
