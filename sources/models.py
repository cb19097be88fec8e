from django.conf import settings
from django.db import models


class Outlet(models.Model):
    """A news outlet: the site that published an article."""

    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=200, blank=True)
    aliases = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class UploadBatch(models.Model):
    """Articles uploaded together, so their progress can be followed as one."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    label = models.CharField(max_length=200, blank=True)
    # Files refused at upload (empty, binary…): [{"name": …, "error": …}]; they never became articles.
    rejected = models.JSONField(default=list, blank=True)
    # Files stored at upload but read by a worker (archives, and files past the request's time
    # budget): [{"name", "path" (in the spool), "next" (members done), "inflated" (bytes)}].
    waiting = models.JSONField(default=list, blank=True)
    given = models.JSONField(default=dict, blank=True)  # what the uploader said of all files: outlet, url, published
    sent_at = models.DateTimeField(null=True, blank=True)  # the reading task was last queued
    reading_since = models.DateTimeField(null=True, blank=True)  # a worker reads the files (heartbeat)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.label or f"Upload {self.pk}"


class Article(models.Model):
    class Status(models.TextChoices):
        # Stored, but the task queue was unreachable: the sweeper (sources.tasks) queues it later.
        PENDING = "pending", "Waiting for the queue"
        QUEUED = "queued", "Queued"
        PROCESSING = "processing", "Processing"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class DateSource(models.TextChoices):
        GIVEN = "given", "Given at upload"
        DATELINE = "dateline", "Read from the dateline"
        HTML = "html", "Read from the page metadata"
        INFERRED = "inferred", "Inferred from the latest date in the text"
        NONE = "none", "Unknown"

    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    outlet_given = models.BooleanField(default=False, help_text="The uploader named the outlet; extraction keeps it.")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    published_source = models.CharField(max_length=10, choices=DateSource.choices, default=DateSource.NONE)
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True)
    source_name = models.CharField(max_length=300, blank=True, help_text="File name or 'pasted text'.")
    credits = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    pipeline_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    batch = models.ForeignKey(UploadBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.title or self.source_name or f"Article {self.pk}"

    UNFINISHED = (Status.PENDING, Status.QUEUED, Status.PROCESSING)

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)
