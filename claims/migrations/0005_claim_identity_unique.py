# Its own migration: PostgreSQL can't alter a table with the deferred triggers 0004's deletes leave.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_claim_identity")]
    operations = [
        migrations.AddConstraint(
            "claim", models.UniqueConstraint(fields=("article", "origin"), name="claim_identity_unique")),
    ]
