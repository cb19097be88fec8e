# Its own migration: PostgreSQL can't alter a table with the deferred triggers 0004's deletes leave.
# The bounds are claims.extraction.types.FIGURE_MAX (1e18) when this was written.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_claim_identity")]
    operations = [
        migrations.AddConstraint(
            "claim", models.UniqueConstraint(fields=("article", "origin"), name="claim_identity_unique")),
        migrations.AddConstraint("claim", models.CheckConstraint(
            condition=models.Q(value__isnull=True) | models.Q(value__gte=-1e18, value__lte=1e18),
            name="claim_value_bounded")),
        migrations.AddConstraint("claim", models.CheckConstraint(
            condition=models.Q(value_max__isnull=True) | models.Q(value_max__gte=-1e18, value_max__lte=1e18),
            name="claim_value_max_bounded")),
    ]
