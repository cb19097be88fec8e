from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from claims.selectors import claims_for_article
from tracker import params
from tracker.roles import ADMIN, role_required

from . import selectors, services
from .forms import UploadForm
from .highlight import text_segments
from .models import Article, UploadBatch

ARTICLES_PER_PAGE = 50


@role_required(ADMIN)
@require_http_methods(["GET", "POST"])
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        report = services.articles_upload(
            files=data["files"], text=data["text"], title=data["title"], outlet_name=data["outlet"],
            url=data["url"], published_on=data["published"], user=request.user,
        )
        if report.created:
            messages.success(request, f"{len(report.created)} article(s) queued for extraction.")
        if report.waiting:
            messages.info(request, f"{len(report.waiting)} file(s) are being read in the background "
                                   f"({', '.join(report.waiting[:5])}{'…' if len(report.waiting) > 5 else ''}); "
                                   "their articles appear below as they are read.")
        if report.queue_down:
            messages.warning(request, "The task queue is unavailable right now. Everything was stored and "
                                      "will be processed automatically once it is back.")
        for name, article in report.duplicates:
            messages.info(request, f"{name}: already uploaded as “{article}” — not stored twice.")
        for name, error in report.rejected:
            messages.error(request, f"{name}: {error}")
        return redirect(f"{reverse('article-list')}?batch={report.batch.pk}")
    return render(request, "sources/upload.html", {"form": form}, status=400 if form.errors else 200)


def article_list(request):
    status = params.choice(request.GET, "status", Article.Status.values)
    batch_id = params.whole_number(request.GET, "batch")
    page = Paginator(selectors.article_list(status=status, batch_id=batch_id), ARTICLES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    counts = selectors.article_status_counts(batch_id=batch_id)
    batch = get_object_or_404(UploadBatch, pk=batch_id) if batch_id else None
    context = {
        "page": page,
        "status": status,
        "batch": batch,
        "counts": counts,
        "pending": sum(counts[s] for s in Article.UNFINISHED) + (len(batch.waiting) if batch else 0),
        "statuses": Article.Status.choices,
        "page_query": urlencode({k: v for k, v in (("status", status), ("batch", batch_id)) if v}),
    }
    template = "sources/_article_rows.html" if request.htmx else "sources/article_list.html"
    return render(request, template, context)


def article_detail(request, article_id):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=article_id)
    claims = list(claims_for_article(article_id=article.pk))
    focus_id = params.whole_number(request.GET, "claim")
    return render(request, "sources/article_detail.html", {
        "article": article,
        "claims": claims,
        "segments": text_segments(article.text, claims, focus_id=focus_id),
        "focus_id": focus_id,
    })


@role_required(ADMIN)
@require_http_methods(["POST"])
def articles_reextract(request):
    if services.articles_reextract_start():
        messages.success(request, "Every article is being extracted again; progress shows below.")
    else:
        messages.error(request, "The task queue is unavailable right now; nothing was changed. Try again shortly.")
    return redirect("article-list")


@role_required(ADMIN)
@require_http_methods(["POST"])
def article_retry(request, article_id):
    article = get_object_or_404(Article, pk=article_id)
    services.article_requeue(article=article)
    messages.success(request, f"“{article}” queued again.")
    return redirect("article-detail", article_id=article.pk)
