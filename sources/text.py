"""Turn uploaded bytes into article text: detect the charset, refuse what is not text, and
reduce HTML to its readable content. Pure functions, shared by the upload page, `ingest` and
`extract_claims`, so every entry point reads a file the same way.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

# Magic numbers of the binary formats people most often upload by mistake.
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


class UnreadableInput(ValueError):
    """The input cannot become article text; the message says why, for the uploader."""


@dataclass(frozen=True)
class ArticleText:
    text: str
    title: str | None = None  # from HTML <title>/<h1> when the input was HTML
    published: dt.date | None = None  # from HTML metadata
    site_name: str | None = None
    url: str | None = None
    was_html: bool = False


def decode_bytes(raw: bytes) -> str:
    """Decode text in whatever charset it came, or raise UnreadableInput saying why not."""
    if not raw or not raw.strip():
        raise UnreadableInput("The file is empty.")
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise UnreadableInput(f"This is {what}, not text or HTML. Upload .txt or .html files.")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(encoding, errors="replace"))
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096] and not _looks_like_utf16(raw):
        raise UnreadableInput("This looks like a binary file (it contains NUL bytes), not text or HTML.")
    best = charset_normalizer.from_bytes(raw[: 256 * 1024]).best()
    if best is None or best.encoding is None:
        raise UnreadableInput("The character encoding of this file could not be recognised.")
    return _checked(raw.decode(best.encoding, errors="replace"))


def _looks_like_utf16(raw: bytes) -> bool:
    sample = raw[:4096]
    # ASCII text in UTF-16 has a NUL in every other byte.
    return sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4


def _checked(text: str) -> str:
    sample = text[:20000]
    bad = len(CONTROL_CHARS.findall(sample))
    if sample and bad / len(sample) > 0.05:
        raise UnreadableInput(
            "This file does not decode to readable text (too many control or unknown characters); "
            "it may be binary or in an unsupported encoding."
        )
    return text


def normalise_text(text: str) -> str:
    """One form for stored text: NFC, Unix newlines, no zero-width or control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = ZERO_WIDTH.sub("", text)
    text = CONTROL_CHARS.sub("", text.replace("\t", " "))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def is_html(raw: bytes, filename: str | None = None) -> bool:
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if filename and filename.lower().endswith(".txt"):
        return False
    return bool(HTML_START.match(raw[:2048]))


def html_to_article(html: str) -> ArticleText:
    """Readable text of an HTML page (trafilatura), with what its metadata says.

    Scripts, styles, navigation and comment sections never reach the text. When trafilatura finds
    no main content (a fragment, a very short page), the cleaned full text is used instead.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    if doc is not None and (doc.text or "").strip():
        published = None
        if doc.date:
            try:
                published = dt.date.fromisoformat(doc.date[:10])
            except ValueError:
                published = None
        return ArticleText(
            text=doc.text,
            title=(doc.title or None),
            published=published,
            site_name=(doc.sitename or None),
            url=(doc.url or None),
            was_html=True,
        )
    return ArticleText(text=_cleaned_html_text(html), was_html=True)


def _cleaned_html_text(html: str) -> str:
    import lxml.html
    from lxml_html_clean import Cleaner

    try:
        tree = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises several types on hopeless markup
        raise UnreadableInput(f"This HTML could not be parsed ({exc}).") from exc
    cleaner = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True,
                      embedded=True, frames=True, meta=True, page_structure=False)
    tree = cleaner.clean_html(tree)
    for block in tree.iter("p", "div", "br", "li", "h1", "h2", "h3", "tr"):
        block.tail = "\n" + (block.tail or "")
    return tree.text_content()


def too_large_message(size: int, limit: int) -> str:
    return f"The file is {size / 1_048_576:.1f} MB; the limit for one article is {limit / 1_048_576:.1f} MB."


def article_text_from_bytes(raw: bytes, *, filename: str | None = None,
                            max_bytes: int | None = None) -> ArticleText:
    """Bytes of an uploaded or given file → normalised article text, or UnreadableInput."""
    if max_bytes is not None and len(raw) > max_bytes:
        raise UnreadableInput(too_large_message(len(raw), max_bytes))
    decoded = decode_bytes(raw)
    if is_html(raw, filename):
        article = html_to_article(decoded)
    else:
        article = ArticleText(text=decoded)
    text = normalise_text(article.text)
    if len(re.findall(r"\w", text)) < 20:
        raise UnreadableInput("The file holds no article text (fewer than 20 letters after cleaning).")
    return ArticleText(text=text, title=article.title, published=article.published,
                       site_name=article.site_name, url=article.url, was_html=article.was_html)


def content_hash(text: str) -> str:
    """Equal for the same article whatever its line breaks, spacing or letter case."""
    folded = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
