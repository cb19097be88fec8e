import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sources.models import Article, Outlet
from sources.services import (
    UnreadableInput,
    article_create,
    article_mark_failed,
    article_requeue,
    articles_upload,
    outlet_get_or_create,
)

pytestmark = pytest.mark.django_db


def test_article_create_stores_text_and_queues_extraction_on_commit(flood_article_text, django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr("claims.tasks.article_extract.apply_async", lambda args, kwargs: queued.append(args[0]))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = article_create(content=flood_article_text, source_name="banjir.txt", outlet_name="Kabar Contoh",
                                published_on=dt.date(2024, 3, 5))
    assert result.created
    article = result.article
    assert article.status == Article.Status.QUEUED
    assert article.outlet.name == "Kabar Contoh" and article.outlet_given
    assert article.published_source == Article.DateSource.GIVEN
    assert queued == []  # nothing is queued before the transaction commits
    assert len(callbacks) == 1
    callbacks[0]()
    assert queued == [article.pk]


def test_same_text_uploaded_twice_is_stored_once(flood_article_text):
    first = article_create(content=flood_article_text, source_name="a.txt", enqueue=False)
    again = article_create(content=flood_article_text.replace("\n", "\r\n").upper().lower(), source_name="b.txt",
                           enqueue=False)
    assert first.created and not again.created
    assert again.article.pk == first.article.pk
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_input_is_refused_with_a_reason_and_nothing_stored(content, message):
    with pytest.raises(UnreadableInput, match=message):
        article_create(content=content, source_name="bad.txt", enqueue=False)
    assert Article.objects.count() == 0


def test_non_utf8_text_is_decoded(flood_article_text):
    result = article_create(content=flood_article_text.encode("cp1252", errors="ignore"), source_name="lama.txt",
                            enqueue=False)
    assert "Banjir bandang melanda" in result.article.text


def test_html_upload_keeps_text_and_page_metadata():
    html = """<html><head><title>Gempa Guncang Pesisir</title>
    <meta property="og:site_name" content="Warta Contoh">
    <meta property="article:published_time" content="2024-05-02T08:00:00+07:00"></head>
    <body><article><h1>Gempa Guncang Pesisir</h1>
    <p>Gempa bermagnitudo 5,9 mengguncang pesisir selatan pada Kamis pagi, kata petugas setempat.</p>
    <script>fetch('/steal?c=' + document.cookie)</script>
    <p>Sedikitnya 40 rumah rusak dan dua warga luka-luka akibat reruntuhan bangunan.</p></article></body></html>"""
    article = article_create(content=html.encode(), source_name="gempa.html", enqueue=False).article
    assert "document.cookie" not in article.text
    assert article.title == "Gempa Guncang Pesisir"
    assert article.published_on == dt.date(2024, 5, 2)
    assert article.published_source == Article.DateSource.HTML
    assert article.outlet.name == "Warta Contoh" and not article.outlet_given


def test_outlet_get_or_create_matches_names_and_aliases_case_insensitively():
    outlet = Outlet.objects.create(name="Warta Contoh", aliases=["wartacontoh.id"])
    assert outlet_get_or_create(name="warta contoh") == outlet
    assert outlet_get_or_create(name="WartaContoh.ID") == outlet
    assert outlet_get_or_create(name="  ") is None
    assert outlet_get_or_create(name="Kabar Lain").pk != outlet.pk


def test_articles_upload_reports_each_file_and_keeps_going(flood_article_text, deployment_article_text, make_user):
    admin = make_user("admin")
    files = [
        SimpleUploadedFile("banjir.txt", flood_article_text.encode()),
        SimpleUploadedFile("kosong.txt", b""),
        SimpleUploadedFile("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
        SimpleUploadedFile("banjir-lagi.txt", flood_article_text.encode("utf-16")),
    ]
    report = articles_upload(files=files, text=deployment_article_text, title="Pengamanan pemilu", user=admin)
    assert [a.source_name for a in report.created] == ["banjir.txt", "pasted text"]
    assert [name for name, _ in report.duplicates] == ["banjir-lagi.txt"]
    assert [name for name, _ in report.rejected] == ["kosong.txt", "gambar.txt"]
    assert {item["name"] for item in report.batch.rejected} == {"kosong.txt", "gambar.txt"}
    pasted = report.created[1]
    assert pasted.title == "Pengamanan pemilu" and pasted.uploaded_by == admin
    assert all(a.batch == report.batch for a in report.created)


def test_articles_upload_refuses_huge_files_without_reading_them(settings):
    settings.KLAIM_MAX_ARTICLE_BYTES = 1000

    class Huge:
        name, size = "besar.txt", 10_000_000

        def read(self):
            raise AssertionError("a file over the limit must not be read")

    report = articles_upload(files=[Huge()])
    assert report.rejected and "limit" in report.rejected[0][1]


def test_requeue_and_failure_states(flood_article_text):
    article = article_create(content=flood_article_text, enqueue=False).article
    article_mark_failed(article_id=article.pk, error="RuntimeError: boom")
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED and "boom" in article.error
    article = article_requeue(article=article)
    assert article.status == Article.Status.QUEUED and article.error == ""


@pytest.mark.django_db
def test_a_script_url_is_never_stored(flood_article_text):
    from sources.services import article_create

    article = article_create(content=flood_article_text, url="javascript:alert(document.cookie)", enqueue=False).article
    assert article.url == ""


@pytest.mark.django_db
def test_an_old_script_url_is_not_rendered_as_a_link(client_as, flood_article_text):
    from django.urls import reverse

    from sources.models import Article
    from sources.services import article_create

    article = article_create(content=flood_article_text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(1)")  # stored before the fix
    html = client_as("analyst").get(reverse("article-detail", args=[article.pk])).content.decode()
    assert "javascript:" not in html
