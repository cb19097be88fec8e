"""Reads for articles, outlets and upload batches."""
from django.db.models import Count, QuerySet

from .models import Article, Outlet


def article_list(*, status: str = "", batch_id: int | None = None) -> QuerySet[Article]:
    qs = Article.objects.select_related("outlet").annotate(claim_count=Count("claims")).defer("text")
    if status:
        qs = qs.filter(status=status)
    if batch_id:
        qs = qs.filter(batch_id=batch_id)
    return qs.order_by("-created_at", "-id")


def article_status_counts(*, batch_id: int | None = None) -> dict[str, int]:
    qs = Article.objects.all()
    if batch_id:
        qs = qs.filter(batch_id=batch_id)
    counts = {status: 0 for status in Article.Status.values}
    for row in qs.order_by().values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    return counts


def outlet_list() -> QuerySet[Outlet]:
    return Outlet.objects.order_by("name")
