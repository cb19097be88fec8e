from django.conf import settings
from django.db import models

from .extraction.types import FIGURE_MAX


class Actor(models.Model):
    """A person, organisation or country that makes claims. Spelling variants share one row."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORG = "org", "Organisation"
        COUNTRY = "country", "Country"
        UNKNOWN = "unknown", "Unknown"

    name = models.CharField(max_length=300)
    key = models.CharField(max_length=300, unique=True, help_text="Normalised name (claims.extraction.actor_key).")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.UNKNOWN)
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ClaimGroup(models.Model):
    """One real-world claim as reported by several articles and outlets."""

    kind = models.CharField(max_length=30, db_index=True)
    subject = models.CharField(max_length=300, blank=True)
    value = models.FloatField(null=True, blank=True)
    label = models.CharField(max_length=500, blank=True)
    first_date = models.DateField(null=True, blank=True, db_index=True)
    last_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-first_date", "-id"]

    def __str__(self):
        return self.label or f"Group {self.pk}"


class Tag(models.Model):
    """A label editors put on claims ("perlu dicek", "angka resmi"…); created on the fly."""

    name = models.CharField(max_length=60, unique=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Claim(models.Model):
    class Kind(models.TextChoices):
        TROOP_COUNT = "troop_count", "Troop count"
        CASUALTY = "casualty", "Casualties"
        AID_AMOUNT = "aid_amount", "Aid / money"
        STATEMENT = "statement", "Statement"
        DISPLACED = "displaced", "Displaced people"
        EQUIPMENT_COUNT = "equipment_count", "Equipment"
        OTHER = "other", "Other"

    class Qualifier(models.TextChoices):
        EXACT = "exact", "exactly"
        APPROX = "approx", "about"
        AT_LEAST = "at_least", "at least"
        AT_MOST = "at_most", "at most"
        RANGE = "range", "between"

    class Precision(models.TextChoices):
        DAY = "day", "day"
        WEEK = "week", "week"
        MONTH = "month", "month"
        YEAR = "year", "year"

    class Status(models.TextChoices):
        UNVERIFIED = "unverified", "Unverified"
        CORROBORATED = "corroborated", "Corroborated"
        DISPUTED = "disputed", "Disputed"
        FALSE = "false", "False"
        VERIFIED = "verified", "Verified"

    article = models.ForeignKey("sources.Article", on_delete=models.CASCADE, related_name="claims")
    group = models.ForeignKey(ClaimGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    kind = models.CharField(max_length=30, db_index=True)
    value = models.FloatField(null=True, blank=True)
    value_max = models.FloatField(null=True, blank=True)
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT)
    unit = models.CharField(max_length=100, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    target = models.CharField(max_length=300, blank=True)
    speaker = models.CharField(max_length=300, blank=True)
    speaker_actor = models.ForeignKey(Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    speaker_role = models.CharField(max_length=300, blank=True)
    quote = models.TextField(blank=True)
    direct = models.BooleanField(default=False)
    stance = models.CharField(max_length=10, blank=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    # Where the timeline places the claim: its own date, else the article's publication date.
    timeline_date = models.DateField(null=True, blank=True)
    evidence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNVERIFIED, db_index=True)
    status_note = models.TextField(blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="claims")
    # The extraction's identity of the claim, unique in its article and never edited (claims.identity):
    # re-extraction finds each stored claim by it, so claims keep their ids, and editors' claims stay.
    origin = models.CharField(max_length=100, blank=True)
    # Set once an editor changes the claim: re-extraction then leaves it alone.
    edited = models.BooleanField(default=False)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    # Deleted by an editor: hidden everywhere, kept so the deletion can be reverted and so
    # re-extraction does not bring the claim back.
    is_deleted = models.BooleanField(default=False, db_index=True)
    # Bumped by every edit; an edit made against an older version is a conflict.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["timeline_date", "id"]
        # The timeline pages by (timeline_date, id) over claims that are not deleted: with id in the
        # index a page is read in order and stops after 50 rows instead of sorting the whole window,
        # and counting a window or grouping it into timeline items is an index-only scan (PostgreSQL
        # keeps the included columns; other databases build the index without them).
        indexes = [
            models.Index(fields=["timeline_date", "id"], include=["group_id", "kind"], name="claim_timeline",
                         condition=models.Q(is_deleted=False)),
            models.Index(fields=["kind", "timeline_date", "id"], include=["group_id"], name="claim_kind_timeline",
                         condition=models.Q(is_deleted=False)),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "origin"], name="claim_identity_unique"),
            # The database holds the bound too (infinity and NaN fail it): see extraction.types.FIGURE_MAX.
            models.CheckConstraint(condition=models.Q(value__isnull=True) | models.Q(
                value__gte=-FIGURE_MAX, value__lte=FIGURE_MAX), name="claim_value_bounded"),
            models.CheckConstraint(condition=models.Q(value_max__isnull=True) | models.Q(
                value_max__gte=-FIGURE_MAX, value_max__lte=FIGURE_MAX), name="claim_value_max_bounded"),
        ]

    def __str__(self):
        return f"{self.kind_label}: {self.quote or self.evidence}"[:120]

    @property
    def kind_label(self):
        """Kinds are open-ended (a newer pipeline may add some), so no `choices` on the field."""
        return dict(self.Kind.choices).get(self.kind) or self.kind.replace("_", " ").capitalize()


class ClaimEdit(models.Model):
    """One change an editor made to a claim, with the values before and after: the history."""

    class Action(models.TextChoices):
        UPDATE = "update", "changed"
        STATUS = "status", "set the status"
        TAG = "tag", "tagged"
        UNTAG = "untag", "removed a tag"
        DELETE = "delete", "deleted"
        MOVE = "move", "moved to another group"
        REVERT = "revert", "reverted"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="edits")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=10, choices=Action.choices)
    # {"field": [before, after]} in JSON form (dates as ISO strings, tags as sorted name lists)
    changes = models.JSONField(default=dict)
    reverts = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reverted_by")

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.user} {self.get_action_display()} claim {self.claim_id}"
