"""Claims get an identity unique in their article (claims.identity), and figures out of bounds go.

Old identities were "kind:start:end", shared by every claim of one kind in one sentence, so a
re-extraction dropped the twin of any claim an editor had touched. Each claim's identity is now
rebuilt from what extraction had given it: its stored fields, or for edited claims the values
before the first edit (the history keeps them). Figures that are not finite or beyond
FIGURE_MAX (a 400-digit "Rp 9…9 triliun" was stored as infinity and broke every page showing it)
are removed from machine claims and cleared on edited ones.
"""
import math

from django.db import migrations, models

from claims import identity

BASIS_FIELDS = ("kind", "start", "end", "value", "value_max", "unit", "currency", "quote")
FIGURE_MAX = 1e18  # claims.extraction.types.FIGURE_MAX when this migration was written
BATCH = 2000


def as_extracted(claim, edits):
    """The claim's basis fields as extraction stored them, undoing editors' changes."""
    values = {name: getattr(claim, name) for name in BASIS_FIELDS}
    undone = set()
    for edit in edits:  # oldest first: the first `before` of a field is its extracted value
        for field, change in (edit.changes or {}).items():
            if field in values and field not in undone and isinstance(change, list) and len(change) == 2:
                values[field] = change[0]
                undone.add(field)
    return identity.claim_basis(**values)


def in_bounds(value):
    return value is None or (math.isfinite(value) and abs(value) <= FIGURE_MAX)


def rebuild_identities(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimEdit = apps.get_model("claims", "ClaimEdit")
    bad = [pk for pk, value, value_max, edited in
           Claim.objects.exclude(value__isnull=True, value_max__isnull=True)
           .values_list("pk", "value", "value_max", "edited").iterator()
           if not (in_bounds(value) and in_bounds(value_max))]
    for start in range(0, len(bad), BATCH):
        chunk = bad[start:start + BATCH]
        Claim.objects.filter(pk__in=chunk, edited=False).delete()
        Claim.objects.filter(pk__in=chunk, edited=True).update(value=None, value_max=None)

    edits = {}
    for edit in ClaimEdit.objects.order_by("at", "id").only("claim_id", "changes").iterator():
        edits.setdefault(edit.claim_id, []).append(edit)
    article_ids = Claim.objects.order_by().values_list("article_id", flat=True).distinct()
    for article_id in list(article_ids):
        claims = list(Claim.objects.filter(article_id=article_id).order_by("start", "id"))
        keys = identity.origins(as_extracted(claim, edits.get(claim.pk, [])) for claim in claims)
        for claim, key in zip(claims, keys, strict=True):
            claim.origin = key
        Claim.objects.bulk_update(claims, ["origin"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_tag_names_nfc"), ("sources", "0001_initial")]
    operations = [
        migrations.AlterField("claim", "origin", models.CharField(blank=True, max_length=100)),
        migrations.RunPython(rebuild_identities, migrations.RunPython.noop),
    ]
