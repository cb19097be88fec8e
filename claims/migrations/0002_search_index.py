"""A full-text index for PostgreSQL (Indonesian stemming) matching claims.selectors.SEARCH_DOCUMENT.
Other databases search with substrings and get no index."""
from django.db import migrations

INDEX = "claim_search_indonesian"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON claims_claim USING gin ("
    "to_tsvector('indonesian'::regconfig, coalesce(quote, '') || ' ' || coalesce(evidence, '') || ' ' || "
    "coalesce(speaker, '')))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
