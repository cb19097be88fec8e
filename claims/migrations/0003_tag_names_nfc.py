"""Tags typed in composed and decomposed Unicode ("état") were two tags: one NFC name each, merged."""
import unicodedata

from django.db import migrations


def nfc(name):
    return unicodedata.normalize("NFC", " ".join(name.split()))


def merge_tags(apps, schema_editor):
    Tag = apps.get_model("claims", "Tag")
    groups = {}
    for tag in Tag.objects.order_by("id"):
        groups.setdefault(nfc(tag.name).casefold(), []).append(tag)
    for tags in groups.values():
        # the spelling already in NFC survives (else the oldest), so renaming it can't collide
        survivor = next((t for t in tags if t.name == nfc(t.name)), tags[0])
        for tag in tags:
            if tag.pk != survivor.pk:
                survivor.claims.add(*tag.claims.all())
                tag.delete()
        if survivor.name != nfc(survivor.name):
            survivor.name = nfc(survivor.name)
            survivor.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_search_index")]
    operations = [migrations.RunPython(merge_tags, migrations.RunPython.noop)]
