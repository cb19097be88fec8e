"""Data migrations, run forwards on rows made in the shape they fix."""
import unicodedata

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def migrate_to(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    executor.loader.build_graph()
    return executor.loader.project_state([target]).apps


def test_tag_names_become_nfc_and_look_alikes_merge():
    apps = migrate_to(("claims", "0002_search_index"))
    Tag = apps.get_model("claims", "Tag")
    decomposed = Tag.objects.create(name=unicodedata.normalize("NFD", "état"))
    composed = Tag.objects.create(name=unicodedata.normalize("NFC", "état"))
    lone = Tag.objects.create(name=unicodedata.normalize("NFD", "crédit"))
    apps = migrate_to(("claims", "0003_tag_names_nfc"))
    Tag = apps.get_model("claims", "Tag")
    names = set(Tag.objects.values_list("name", flat=True))
    assert names == {unicodedata.normalize("NFC", "état"), unicodedata.normalize("NFC", "crédit")}
    assert Tag.objects.filter(pk=composed.pk).exists() and not Tag.objects.filter(pk=decomposed.pk).exists()
    assert Tag.objects.filter(pk=lone.pk).exists()
    migrate_to(("claims", max_leaf()))


def test_old_claims_get_unique_identities_and_absurd_figures_go():
    apps = migrate_to(("claims", "0003_tag_names_nfc"))
    Article = apps.get_model("sources", "Article")
    Claim = apps.get_model("claims", "Claim")
    ClaimEdit = apps.get_model("claims", "ClaimEdit")
    article = Article.objects.create(text="x" * 200, content_hash="h1")
    common = {"article": article, "kind": "casualty", "evidence": "…", "start": 10, "end": 90,
              "origin": "casualty:10:90"}
    dead = Claim.objects.create(value=12, unit="orang", **common)
    missing = Claim.objects.create(value=5, unit="orang", edited=True, **common)
    ClaimEdit.objects.create(claim=missing, action="update", changes={"value": [5, 7]})
    Claim.objects.filter(pk=missing.pk).update(value=7)
    infinite = Claim.objects.create(**{**common, "kind": "aid_amount", "origin": "aid_amount:10:90"},
                                    value=float("inf"), currency="IDR")

    apps = migrate_to(("claims", "0005_claim_identity_unique"))
    Claim = apps.get_model("claims", "Claim")
    origins = dict(Claim.objects.values_list("pk", "origin"))
    assert set(origins) == {dead.pk, missing.pk}  # the infinite figure was a machine claim: gone
    assert origins[dead.pk] != origins[missing.pk]
    assert all(origin.startswith("casualty:10:90:") for origin in origins.values())
    assert not Claim.objects.filter(pk=infinite.pk).exists()
    # the edited claim's identity is the one extraction gave it (value 5), not the editor's 7
    from claims import identity

    assert origins[missing.pk] == identity.origins([identity.claim_basis(
        kind="casualty", start=10, end=90, value=5, unit="orang")])[0]
    migrate_to(("claims", max_leaf()))


def max_leaf():
    executor = MigrationExecutor(connection)
    return max(name for app, name in executor.loader.graph.leaf_nodes() if app == "claims")
