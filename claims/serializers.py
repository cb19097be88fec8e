"""Plain-dict renderings of claims for the JSON API."""
from sources.links import web_url

from .models import Claim


def claim_to_dict(claim: Claim) -> dict:
    article = claim.article
    return {
        "id": claim.pk,
        "kind": claim.kind,
        "value": claim.value,
        "value_max": claim.value_max,
        "qualifier": claim.qualifier,
        "unit": claim.unit or None,
        "currency": claim.currency or None,
        "subject": claim.subject or None,
        "target": claim.target or None,
        "speaker": claim.speaker or None,
        "speaker_role": claim.speaker_role or None,
        "quote": claim.quote or None,
        "direct": claim.direct,
        "stance": claim.stance or None,
        "date": claim.date.isoformat() if claim.date else None,
        "date_precision": claim.date_precision or None,
        "evidence": claim.evidence,
        "start": claim.start,
        "end": claim.end,
        "status": claim.status,
        "tags": sorted(tag.name for tag in claim.tags.all()),
        "group": claim.group_id,
        "article": {
            "id": article.pk,
            "outlet": article.outlet.name if article.outlet else None,
            "title": article.title or None,
            "url": web_url(article.url),
            "published": article.published_on.isoformat() if article.published_on else None,
            "credits": article.credits,
        },
    }


def timeline_item_to_dict(item: dict) -> dict:
    end = item["end"] if item["end"] != item["start"] else None
    return {
        "id": item["group_id"] or f"claim-{item['first_claim']}",
        "group": item["group_id"],
        "first_claim": item["first_claim"],
        "kind": item["kind"],
        "start": item["start"].isoformat(),
        "end": end.isoformat() if end else None,
        "claims": item["claims"],
        "outlets": item["outlets"],
        "label": item["label"],
    }
