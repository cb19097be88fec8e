"""Writes for claims: turning an article into claims, linking actors, grouping."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from sources.models import Article
from sources.services import article_mark_processing, outlet_get_or_create

from .. import grouping, identity
from ..extraction import PIPELINE_VERSION, ExtractedClaim, Extraction, actor_key, extract
from ..extraction.types import figure_in_bounds
from ..models import Actor, Claim

logger = logging.getLogger(__name__)

# Metadata an uploader gave (or the page declared) is passed to the pipeline and never replaced.
TRUSTED_DATE_SOURCES = (Article.DateSource.GIVEN, Article.DateSource.HTML)


@dataclass(frozen=True)
class ExtractionOutcome:
    article_id: int
    claims: int  # what the pipeline found (stored, or kept as an editor left it)
    skipped: bool = False  # already extracted by this pipeline version


def article_extract_claims(*, article_id: int, force: bool = False) -> ExtractionOutcome | None:
    """Run the pipeline on one article and store its claims; None when the article is gone.

    Idempotent: an article already extracted by this pipeline version is left as it is, unless
    `force`. Claims keep their rows across runs; those an editor touched are never changed
    (`claims_store_extracted`).
    """
    article = Article.objects.filter(pk=article_id).select_related("outlet").first()
    if article is None:
        return None
    if not force and article.status == Article.Status.DONE and article.pipeline_version == PIPELINE_VERSION:
        return ExtractionOutcome(article_id, article.claims.count(), skipped=True)
    article_mark_processing(article_id=article_id)

    given_date = article.published_on if article.published_source in TRUSTED_DATE_SOURCES else None
    extraction = extract(
        article.text,
        published=given_date,
        outlet=article.outlet.name if article.outlet_given and article.outlet else None,
        title=article.title or None,
    )

    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            return None
        _article_apply_metadata(article=article, extraction=extraction)
        stored = claims_store_extracted(article=article, extracted=extraction.claims)
        article.status = Article.Status.DONE
        article.error = ""
        article.pipeline_version = extraction.pipeline_version
        article.processed_at = timezone.now()
        article.save()
    return ExtractionOutcome(article_id, stored)


# Fields extraction sets on a claim; a re-extraction that reads a claim differently updates them in place.
EXTRACTED_FIELDS = ("kind", "value", "value_max", "qualifier", "unit", "currency", "subject", "target", "speaker",
                    "speaker_actor", "speaker_role", "quote", "direct", "stance", "date", "date_precision",
                    "timeline_date", "evidence", "start", "end", "origin")
# A change to any of these may put the claim in another group.
GROUPING_FIELDS = ("kind", "value", "value_max", "currency", "subject", "quote", "evidence", "timeline_date")


def claims_store_extracted(*, article: Article, extracted) -> int:
    """Make the article's stored claims what the pipeline found; returns how many it found.

    A claim already stored keeps its row, id, tags, status and history (`identity.match`); one an
    editor touched (changed, tagged, verified, deleted) is left exactly as the editor left it. Stored
    machine claims the pipeline no longer finds are removed, new ones are added. Figures out of
    bounds (`figure_in_bounds`) are never stored. Runs inside the caller's transaction.
    """
    extracted = [item for item in extracted if figure_in_bounds(item.value) and figure_in_bounds(item.value_max)]
    keys = identity.origins(claim_basis_of(item) for item in extracted)
    current = {claim.pk: claim for claim in article.claims.all()}
    pairs = identity.match({pk: claim.origin for pk, claim in current.items()}, keys)
    paired = set(pairs.values())
    gone = [pk for pk, claim in current.items() if pk not in paired and not claim.edited]
    stale_groups = {current[pk].group_id for pk in gone if current[pk].group_id}
    Claim.objects.filter(pk__in=gone).delete()

    actors: dict = {}  # one lookup per speaker, not one per claim
    for index, item in enumerate(extracted):
        claim = current.get(pairs.get(index))
        if claim is None:
            claim_create_extracted(article=article, extracted=item, actors=actors, origin=keys[index])
        elif claim.edited:  # the editor's version stands; only its identity follows the pipeline
            if claim.origin != keys[index]:
                Claim.objects.filter(pk=claim.pk).update(origin=keys[index])
        else:
            old_group = claim.group_id
            if _claim_refresh(claim=claim, article=article, extracted=item, actors=actors, origin=keys[index]):
                stale_groups.add(old_group)
    grouping.groups_delete_empty(group_ids=stale_groups - {None})
    return len(extracted)


def claim_basis_of(item: ExtractedClaim) -> tuple:
    return identity.claim_basis(kind=item.kind, start=item.start, end=item.end, value=item.value,
                                value_max=item.value_max, unit=item.unit, currency=item.currency, quote=item.quote)


def _claim_values(*, article: Article, extracted: ExtractedClaim, actors: dict, origin: str) -> dict:
    speaker = (extracted.speaker, extracted.speaker_kind)
    if speaker not in actors:
        actors[speaker] = actor_get_or_create(name=extracted.speaker, kind=extracted.speaker_kind)
    return {
        "kind": extracted.kind,
        "value": extracted.value,
        "value_max": extracted.value_max,
        "qualifier": extracted.qualifier or Claim.Qualifier.EXACT,
        "unit": (extracted.unit or "")[:100],
        "currency": (extracted.currency or "")[:3],
        "subject": (extracted.subject or "")[:300],
        "target": (extracted.target or "")[:300],
        "speaker": (extracted.speaker or "")[:300],
        "speaker_actor": actors[speaker],
        "speaker_role": (extracted.speaker_role or "")[:300],
        "quote": extracted.quote or "",
        "direct": extracted.direct,
        "stance": extracted.stance or "",
        "date": extracted.date,
        "date_precision": extracted.date_precision or "",
        "timeline_date": extracted.date or article.published_on,
        "evidence": extracted.evidence,
        "start": extracted.start,
        "end": extracted.end,
        "origin": origin,
    }


def _claim_refresh(*, claim: Claim, article: Article, extracted: ExtractedClaim, actors: dict, origin: str) -> bool:
    """Update a machine claim in place; True when it moved to another group."""
    values = _claim_values(article=article, extracted=extracted, actors=actors, origin=origin)
    actor = values["speaker_actor"]
    changed = [name for name in EXTRACTED_FIELDS if name != "speaker_actor" and getattr(claim, name) != values[name]]
    if claim.speaker_actor_id != (actor.pk if actor else None):
        changed.append("speaker_actor")
    if not changed:
        return False
    for name in changed:
        setattr(claim, name, values[name])
    claim.save(update_fields=[*changed, "updated_at"])
    if set(changed) & set(GROUPING_FIELDS):
        before = claim.group_id
        grouping.claim_group_assign(claim=claim)
        return claim.group_id != before
    return False


def _article_apply_metadata(*, article: Article, extraction: Extraction) -> None:
    if not article.title and extraction.title:
        article.title = extraction.title[:500]
    if not article.outlet_given and extraction.outlet:
        article.outlet = outlet_get_or_create(name=extraction.outlet)
    if article.published_source not in TRUSTED_DATE_SOURCES and extraction.published:
        article.published_on = extraction.published
        article.published_source = (
            Article.DateSource.DATELINE if extraction.published_source == "dateline" else Article.DateSource.INFERRED
        )
    article.credits = list(extraction.credits)


def claim_create_extracted(*, article: Article, extracted: ExtractedClaim, actors: dict | None = None,
                           origin: str | None = None) -> Claim:
    """Store one extracted claim; `actors` caches speaker → Actor across the claims of one article."""
    if origin is None:
        origin = identity.origins([claim_basis_of(extracted)])[0]
    values = _claim_values(article=article, extracted=extracted, actors={} if actors is None else actors,
                           origin=origin)
    claim = Claim.objects.create(article=article, **values)
    grouping.claim_group_assign(claim=claim)
    return claim


def actor_get_or_create(*, name: str | None, kind: str | None = None) -> Actor | None:
    """The actor this name refers to; spelling variants meet under one key and become aliases.

    A person named by surname alone ("Zelenskyy") joins the one person actor with that surname
    ("Volodymyr Zelensky"), and a full name joins a surname-only actor the same way; when several
    people share the surname ("Kim"), the surname stays an actor of its own rather than a guess.
    """
    name = " ".join((name or "").split())[:300]
    key = actor_key(name)[:300] if name else ""
    if not key:
        return None
    actor = Actor.objects.filter(key=key).first()
    if actor is None and kind == Actor.Kind.PERSON:
        actor = _same_person(key)
    if actor is None:
        return Actor.objects.create(key=key, name=name, kind=kind or Actor.Kind.UNKNOWN, aliases=[name])
    if name not in actor.aliases:
        actor.aliases = [*actor.aliases, name]
        # The longest spelling is usually the fullest name ("Volodymyr Zelensky" over "Zelensky").
        if len(name) > len(actor.name):
            actor.name, actor.key = name, key
        actor.save(update_fields=["aliases", "name", "key"])
    return actor


def _same_person(key: str) -> Actor | None:
    surname = key.split()[-1]
    people = Actor.objects.filter(kind=Actor.Kind.PERSON)
    if " " in key:  # a full name: a surname-only actor of this surname, if there is exactly one
        candidates = list(people.filter(key=surname)[:2])
    else:  # a surname: the full-named people with this surname, if there is exactly one
        candidates = list(people.filter(key__endswith=f" {surname}")[:2])
    return candidates[0] if len(candidates) == 1 else None


def articles_reextract_all() -> int:
    """Queue every article for extraction again (after a pipeline upgrade); returns how many."""
    from sources.services import article_enqueue

    with transaction.atomic():
        count = Article.objects.update(status=Article.Status.QUEUED)
        for article in Article.objects.only("id").iterator():
            article_enqueue(article=article)  # sent once the status change is committed
    return count


__all__ = ("ExtractionOutcome", "actor_get_or_create", "article_extract_claims",
           "articles_reextract_all", "claim_create_extracted")
