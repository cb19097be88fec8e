"""Requests Django refuses before any view runs get a page that says which limit was hit
(tracker.views.bad_request), not a bare "Bad Request (400)"."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Article

pytestmark = pytest.mark.django_db


def test_more_files_than_allowed(client_as, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 5
    files = [SimpleUploadedFile(f"berita-{i}.txt", b"Isi berita yang cukup panjang untuk disimpan.") for i in range(6)]
    response = client_as("admin").post(reverse("upload"), {"files": files})
    html = response.content.decode()
    assert response.status_code == 400
    assert "more than 5 files" in html and ".zip" in html
    assert Article.objects.count() == 0


def test_pasted_text_over_the_form_limit(client_as, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client_as("admin").post(reverse("upload"), {"text": "kata " * 5_000})
    assert response.status_code == 400
    assert "pasted text" in response.content.decode() and ".txt file" in response.content.decode()


def test_pasted_text_over_the_article_limit_is_refused_with_the_limit(client_as, settings):
    settings.KLAIM_MAX_ARTICLE_BYTES = 2_000
    response = client_as("admin").post(reverse("upload"), {"text": "Banjir melanda desa. " * 200}, follow=True)
    assert "limit for one article" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_file_name_too_long_for_the_multipart_parser(client_as):
    boundary = "----klaimtest"
    name = "berita-" + "panjang-" * 150 + ".txt"  # its part header is over Django's 1 KB
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\nIsi berita.\r\n--{boundary}--\r\n").encode()
    response = client_as("admin").generic("POST", reverse("upload"), body,
                                          content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 400
    assert "file name is too long" in response.content.decode()
