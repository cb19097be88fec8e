"""Uploads never outrun the request: archives and files past the time budget are spooled and read
by a worker, in slices, resumably, one reader at a time (sources.services.uploads)."""
import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from sources import archives, spool
from sources.models import Article, UploadBatch
from sources.services import articles_sweep, articles_upload, upload_batch_read
from tracker import queue

pytestmark = pytest.mark.django_db


def article(i):
    return (f"Longsor menimbun jalan di Desa Contoh {i}. Sebanyak {i + 3} rumah rusak dan {i + 20} warga "
            "mengungsi, kata Kepala BPBD Kabupaten Contoh, Sari Wulandari.").encode()


def zipped(n, extra=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(n):
            archive.writestr(f"berita-{i:02d}.txt", article(i))
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return SimpleUploadedFile("kiriman.zip", buffer.getvalue())


@pytest.fixture(autouse=True)
def spool_dir(settings, tmp_path):
    settings.KLAIM_UPLOAD_DIR = tmp_path / "uploads"
    queue.reset()
    return settings.KLAIM_UPLOAD_DIR


def test_an_archive_is_spooled_in_the_request_and_read_by_a_worker(django_capture_on_commit_callbacks, spool_dir):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = articles_upload(files=[zipped(3)])
    assert report.waiting == ["kiriman.zip"] and not report.created
    assert Article.objects.count() == 0 and any(spool_dir.rglob("*.zip"))
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()  # the queued reading runs (eager Celery)
    batch = UploadBatch.objects.get(pk=report.batch.pk)
    assert batch.waiting == [] and batch.reading_since is None
    assert sorted(batch.articles.values_list("source_name", flat=True)) == [
        "kiriman.zip/berita-00.txt", "kiriman.zip/berita-01.txt", "kiriman.zip/berita-02.txt"]
    assert not any(spool_dir.rglob("*.zip"))  # the spool is emptied once read


def test_files_past_the_request_budget_wait_for_the_worker(settings, django_capture_on_commit_callbacks):
    settings.KLAIM_UPLOAD_INLINE_SECONDS = 0
    files = [SimpleUploadedFile(f"b{i}.txt", article(i)) for i in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        report = articles_upload(files=files)
    assert report.waiting == ["b0.txt", "b1.txt", "b2.txt"]
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["b0.txt", "b1.txt", "b2.txt"]


def test_a_worker_reads_in_slices_and_queues_the_rest(settings, monkeypatch, django_capture_on_commit_callbacks):
    sent = []
    monkeypatch.setattr("sources.tasks.upload_batch_read_task.apply_async",
                        lambda args, kwargs: sent.append(args[0]))
    report = articles_upload(files=[zipped(4)])
    batch_id = report.batch.pk
    with django_capture_on_commit_callbacks(execute=True):
        assert upload_batch_read(batch_id=batch_id, budget_seconds=0) is False  # one member, then out of time
    batch = UploadBatch.objects.get(pk=batch_id)
    assert batch.articles.count() == 1 and batch.waiting[0]["next"] == 1 and batch.reading_since is None
    with django_capture_on_commit_callbacks(execute=True):
        while not upload_batch_read(batch_id=batch_id, budget_seconds=0):
            pass
    assert UploadBatch.objects.get(pk=batch_id).articles.count() == 4
    assert sent.count(batch_id) >= 4  # each slice queued the next one


def test_a_second_reader_leaves_the_batch_to_the_first_and_a_dead_one_is_taken_over(settings):
    report = articles_upload(files=[zipped(2)])
    batch_id = report.batch.pk
    UploadBatch.objects.filter(pk=batch_id).update(reading_since=timezone.now())
    assert upload_batch_read(batch_id=batch_id) is False
    assert Article.objects.count() == 0
    settings.KLAIM_STUCK_AFTER_SECONDS = 600
    UploadBatch.objects.filter(pk=batch_id).update(reading_since=timezone.now() - dt.timedelta(seconds=601))
    assert upload_batch_read(batch_id=batch_id) is True
    assert Article.objects.count() == 2


def test_a_resumed_reading_adds_nothing_twice(settings):
    report = articles_upload(files=[zipped(3, extra={"foto.png": b"\x89PNG"})])
    batch_id = report.batch.pk
    assert upload_batch_read(batch_id=batch_id, budget_seconds=0) is False
    assert upload_batch_read(batch_id=batch_id, budget_seconds=0) is False
    # as if the worker died after storing members 0-1 but before saving that progress
    waiting = UploadBatch.objects.get(pk=batch_id).waiting
    UploadBatch.objects.filter(pk=batch_id).update(waiting=[{**waiting[0], "next": 0, "inflated": 0}])
    while not upload_batch_read(batch_id=batch_id, budget_seconds=0):
        pass
    batch = UploadBatch.objects.get(pk=batch_id)
    assert batch.articles.count() == 3 and Article.objects.count() == 3
    assert [r["name"] for r in batch.rejected] == ["kiriman.zip/foto.png"]


def test_a_missing_spool_file_is_reported_not_raised():
    report = articles_upload(files=[zipped(1)])
    batch = UploadBatch.objects.get(pk=report.batch.pk)
    spool.spool_delete(batch.waiting[0]["path"])
    assert upload_batch_read(batch_id=batch.pk) is True
    assert "missing" in UploadBatch.objects.get(pk=batch.pk).rejected[0]["error"]


def test_the_sweeper_queues_a_batch_whose_reading_was_never_sent(monkeypatch):
    sent = []
    monkeypatch.setattr("sources.tasks.upload_batch_read_task.apply_async", lambda args, kwargs: sent.append(args[0]))
    report = articles_upload(files=[zipped(1)])
    UploadBatch.objects.filter(pk=report.batch.pk).update(sent_at=None)  # the queue was down at upload
    assert articles_sweep().batches == 1 and sent == [report.batch.pk]
    assert articles_sweep().batches == 0  # sent now: not again until it is stale


def test_the_total_budget_stops_inflating_at_once(monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 2 * len(article(0)) + 5)
    upload = zipped(10)
    opened = []
    original = zipfile.ZipFile.open

    def counting_open(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    members = archives.zip_members(upload.file, max_member_bytes=10_000)
    assert [m.content is not None for m in members] == [True, True] + [False] * 8
    assert all(m.error == archives.OVER_BUDGET for m in members[2:])
    assert len(opened) <= 3  # the rest were never inflated


def test_the_budget_holds_across_a_resumed_reading(monkeypatch):
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 1000)
    members = list(archives.iter_members(zipped(3).file, max_member_bytes=10_000, start=1, inflated=1000))
    assert [m.index for m in members] == [1, 2] and all(m.error == archives.OVER_BUDGET for m in members)


def test_a_lying_header_never_inflates_past_the_member_limit():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bom.txt", b"a" * 200_000)
    data = bytearray(buffer.getvalue())
    # shrink the declared sizes so the size check before inflating passes
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(header)
        offset = 22 if header == b"PK\x03\x04" else 24
        data[at + offset:at + offset + 4] = (100).to_bytes(4, "little")
    members = archives.zip_members(io.BytesIO(bytes(data)), max_member_bytes=1000)
    assert members[0].content is None and members[0].size <= 1001
