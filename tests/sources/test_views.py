import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Article

pytestmark = pytest.mark.django_db


def upload(client, *files, **fields):
    return client.post(reverse("upload"), {"files": list(files), **fields}, follow=True)


@pytest.mark.parametrize(("role", "status"), [("analyst", 403), ("editor", 403), ("admin", 200)])
def test_only_admins_may_upload(client_as, role, status):
    client = client_as(role)
    assert client.get(reverse("upload")).status_code == status
    response = client.post(reverse("upload"), {"text": "Teks artikel yang cukup panjang untuk disimpan sebagai berita."})
    assert response.status_code in ((302,) if role == "admin" else (403,))
    assert Article.objects.count() == (1 if role == "admin" else 0)


def test_anonymous_users_are_sent_to_login(client, db):
    for name in ("timeline", "article-list", "upload"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and reverse("login") in response["Location"]
    assert client.get(reverse("login")).status_code == 200
    assert client.get(reverse("healthz")).json() == {"ok": True}


def test_upload_edge_cases_each_get_a_clear_message(client_as, flood_article_text):
    client = client_as("admin")
    response = upload(
        client,
        SimpleUploadedFile("banjir.txt", flood_article_text.encode("cp1252", errors="ignore")),
        SimpleUploadedFile("kosong.txt", b""),
        SimpleUploadedFile("foto.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256))),
        SimpleUploadedFile("halaman.html", b"<html><body><script>alert('x')</script><p>Warga mengungsi ke "
                                           b"balai desa setelah sungai meluap pada malam hari.</p></body></html>"),
        outlet="Kabar Contoh", published="2024-03-05",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 article(s) queued" in html
    assert "kosong.txt: The file is empty." in html
    assert "foto.txt: This is a JPEG image" in html
    assert Article.objects.count() == 2
    assert not Article.objects.filter(text__contains="alert").exists()
    assert all(a.outlet.name == "Kabar Contoh" and str(a.published_on) == "2024-03-05" for a in Article.objects.all())
    again = upload(client, SimpleUploadedFile("banjir-2.txt", flood_article_text.encode()))
    assert "already uploaded" in again.content.decode()
    assert Article.objects.count() == 2


def test_upload_form_errors_keep_what_was_typed(client_as):
    response = client_as("admin").post(reverse("upload"), {"outlet": "Kabar Contoh", "url": "bukan url"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose at least one file or paste an article." in html
    assert 'value="Kabar Contoh"' in html


def test_article_list_updates_itself_while_work_is_pending(client_as, flood_article_text):
    from sources.services import article_create

    client = client_as("analyst")
    article_create(content=flood_article_text, source_name="banjir.txt", enqueue=False)
    page = client.get(reverse("article-list")).content.decode()
    assert 'hx-trigger="every 2s"' in page and "banjir" in page.lower()
    partial = client.get(reverse("article-list"), HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and 'data-status="queued"' in partial
    Article.objects.update(status="done")
    assert 'hx-trigger="every 2s"' not in client.get(reverse("article-list")).content.decode()


def test_retry_is_for_admins_only(client_as, flood_article_text):
    from sources.services import article_create

    article = article_create(content=flood_article_text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(status="failed", error="boom")
    assert client_as("editor").post(reverse("article-retry", args=[article.pk])).status_code == 403
    assert Article.objects.get(pk=article.pk).status == "failed"


def test_a_zip_upload_stores_each_article_inside(client_as, flood_article_text, deployment_article_text,
                                                 django_capture_on_commit_callbacks):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("banjir.txt", flood_article_text)
        archive.writestr("pemilu.txt", deployment_article_text)
        archive.writestr("catatan.docx", b"PK\x03\x04")
    # Archives are read by a worker (eager in tests: once the upload commits).
    client = client_as("admin")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("upload"), {"files": [SimpleUploadedFile("kiriman.zip", buffer.getvalue())]})
    html = client.get(response["Location"]).content.decode()
    assert "1 file(s) are being read in the background (kiriman.zip)" in html
    assert "kiriman.zip/catatan.docx" in html and "Not an article file" in html
    assert "file(s) still being read" not in html
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["kiriman.zip/banjir.txt",
                                                                            "kiriman.zip/pemilu.txt"]


@pytest.mark.parametrize(("role", "status"), [("analyst", 403), ("editor", 403), ("admin", 302)])
def test_reextract_all_is_for_admins(client_as, flood_article_text, role, status, django_capture_on_commit_callbacks):
    from sources.services import article_create

    article = article_create(content=flood_article_text, enqueue=False).article
    Article.objects.filter(pk=article.pk).update(status="done")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as(role).post(reverse("articles-reextract"))
    assert response.status_code == status
    # Celery runs eagerly in tests: for an admin the background job ran and extracted the article again.
    processed = Article.objects.get(pk=article.pk).processed_at
    assert (processed is not None) == (status == 302)


def test_an_unknown_upload_batch_is_not_found(client_as):
    assert client_as("analyst").get(reverse("article-list"), {"batch": 999999}).status_code == 404
