import pytest

from sources.text import (
    UnreadableInput,
    article_text_from_bytes,
    content_hash,
    decode_bytes,
    is_html,
    normalise_text,
)

SENTENCE = "Pemerintah daerah menyalurkan bantuan kepada 1.200 warga yang terdampak banjir pekan lalu."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_decode_bytes_reads_common_encodings(encoding):
    text = f"“{SENTENCE}” ujar Kepala Dinas Sosial, Siti Aminah. Café"
    if encoding in ("cp1252", "latin-1"):
        text = text.replace("“", '"').replace("”", '"') if encoding == "latin-1" else text
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 20, "binary"),
    ],
)
def test_decode_bytes_refuses_empty_and_binary(raw, message):
    with pytest.raises(UnreadableInput, match=message):
        decode_bytes(raw)


def test_normalise_text_unifies_newlines_and_strips_invisible_characters():
    raw = "Judul\r\n\r\n\r\n\r\nParagraf\u200b satu.  \r\nBaris\x07 dua."
    assert normalise_text(raw) == "Judul\n\nParagraf satu.\nBaris dua."


def test_content_hash_ignores_spacing_and_case_but_not_words():
    assert content_hash("Banjir  melanda\nKota") == content_hash("banjir melanda kota")
    assert content_hash("Banjir melanda kota") != content_hash("Banjir melanda desa")


@pytest.mark.parametrize(
    ("raw", "filename", "expected"),
    [
        (b"<!DOCTYPE html><html></html>", None, True),
        (b"  <html><body>x</body></html>", None, True),
        (b"Teks biasa <b>tebal</b>", None, False),
        (b"<html>", "artikel.txt", False),
        (b"teks", "artikel.html", True),
    ],
)
def test_is_html(raw, filename, expected):
    assert is_html(raw, filename) is expected


def test_html_becomes_clean_text_without_scripts_or_navigation():
    html = f"""<!doctype html><html><head><title>Banjir di Kota Contoh</title>
    <script>document.write('<p>disuntikkan</p>'); alert('xss')</script>
    <style>p {{ color: red }}</style></head>
    <body><nav><a href="/">Beranda</a> | <a href="/nasional">Nasional</a></nav>
    <article><h1>Banjir di Kota Contoh</h1><p>{SENTENCE}</p>
    <p onclick="steal()">Bantuan tambahan akan tiba besok pagi, kata petugas di lokasi pengungsian.</p>
    <img src=x onerror="alert(1)"></article></body></html>"""
    article = article_text_from_bytes(html.encode(), filename="banjir.html")
    assert SENTENCE in article.text
    assert "alert" not in article.text and "disuntikkan" not in article.text
    assert "color: red" not in article.text
    assert article.title == "Banjir di Kota Contoh"
    assert article.was_html


def test_html_fragment_falls_back_to_cleaned_text():
    html = b"<div><p>Hanya sepotong <script>alert(1)</script>teks tentang gempa bumi di pesisir.</p></div>"
    article = article_text_from_bytes(html, filename="potongan.html")
    assert "alert" not in article.text
    assert "gempa bumi" in article.text


def test_article_text_refuses_oversized_files():
    with pytest.raises(UnreadableInput, match="limit"):
        article_text_from_bytes(b"a" * 2048, max_bytes=1024)


def test_article_text_refuses_text_without_words():
    with pytest.raises(UnreadableInput, match="no article text"):
        article_text_from_bytes(b"... --- 123 !!!")
