"""Synthetic claims for benchmarks and demos: many articles and claims with plausible shapes,
written with bulk inserts. Text is made up from a few templates of our own."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

from django.db import transaction

from sources.models import Article, Outlet

from . import identity
from .models import Claim, ClaimGroup

OUTLETS = ("Warta Contoh", "Kabar Harian", "Suara Nusantara", "Berita Kota", "Jurnal Pagi", "Portal Timur",
           "Harian Selatan", "Media Barat", "Kanal Satu", "Detik Kabar")
SUBJECTS = ("Korea Utara", "Rusia", "Ukraina", "Amerika Serikat", "Uni Eropa", "Israel", "Sudan", "BNPB",
            "Pemerintah Provinsi", "TNI")
SPEAKERS = (("Budi Santoso", "Kepala BPBD"), ("Siti Aminah", "Juru Bicara Kementerian"),
            ("Andi Wijaya", "Menteri Pertahanan"), ("Rina Kusuma", "Kapolda"), ("Joko Prasetyo", "Duta Besar"),
            ("Dewi Lestari", "Direktur Lembaga Pemantau"), ("Agus Salim", "Gubernur"), ("Made Putra", "Bupati"))
KINDS = (("troop_count", "tentara", 0.3), ("casualty", "orang", 0.25), ("aid_amount", "", 0.15), ("statement", "", 0.3))
SENTENCE = {
    "troop_count": "{subject} mengirim sekitar {value:,.0f} tentara ke perbatasan, kata {speaker}.",
    "casualty": "Sedikitnya {value:,.0f} orang tewas akibat bencana itu, ujar {speaker}.",
    "aid_amount": "{subject} menyalurkan bantuan senilai {value:,.0f} rupiah, kata {speaker}.",
    "statement": "\u201cKami akan terus memantau situasi di lapangan,\u201d ujar {speaker} tentang {subject}.",
}


def make_synthetic_claims(*, count: int, seed: int = 7, start: dt.date = dt.date(2023, 1, 1), days: int = 730,
                          claims_per_article: int = 5, batch: int = 5000) -> int:
    """Create about `count` claims (and their articles, outlets, groups). Returns claims made."""
    rng = random.Random(seed)
    outlets = [Outlet.objects.get_or_create(name=name)[0] for name in OUTLETS]
    made = 0
    while made < count:
        size = min(batch, count - made)
        with transaction.atomic():
            articles = Article.objects.bulk_create([
                _article(rng, outlets, start, days, made + i) for i in range(0, size, claims_per_article)
            ])
            groups = ClaimGroup.objects.bulk_create([
                ClaimGroup(kind=_kind(rng)[0], subject=rng.choice(SUBJECTS), label=f"synthetic group {made + i}")
                for i in range(max(1, size // 3))
            ])
            claims = []
            for i in range(size):
                article = articles[i // claims_per_article]
                claims.append(_claim(rng, article, rng.choice(groups)))
            _set_origins(claims, claims_per_article)
            Claim.objects.bulk_create(claims)
        made += size
    return made


def _set_origins(claims: list[Claim], per_article: int) -> None:
    """Each claim's identity, unique within its article (claims.identity), as extraction makes it."""
    for n in range(0, len(claims), per_article):
        chunk = claims[n:n + per_article]
        bases = [identity.claim_basis(kind=c.kind, start=c.start, end=c.end, value=c.value, unit=c.unit,
                                      currency=c.currency, quote=c.quote) for c in chunk]
        for claim, origin in zip(chunk, identity.origins(bases), strict=True):
            claim.origin = origin


def _kind(rng):
    roll, total = rng.random(), 0.0
    for kind, unit, share in KINDS:
        total += share
        if roll <= total:
            return kind, unit
    return KINDS[-1][:2]


def _article(rng, outlets, start, days, n) -> Article:
    published = start + dt.timedelta(days=rng.randrange(days))
    text = f"Artikel sintetis nomor {n} tentang perkembangan terbaru di lapangan."
    return Article(outlet=rng.choice(outlets), title=f"Artikel sintetis {n}", published_on=published,
                   published_source=Article.DateSource.GIVEN, text=text, status=Article.Status.DONE,
                   content_hash=hashlib.sha256(f"synthetic-{n}-{rng.random()}".encode()).hexdigest())


def _claim(rng, article, group) -> Claim:
    kind, unit = _kind(rng)
    subject = rng.choice(SUBJECTS)
    speaker, role = rng.choice(SPEAKERS)
    value = None if kind == "statement" else float(rng.choice((3, 12, 150, 1500, 3000, 10000, 1e9, 7.8e12)))
    date = article.published_on - dt.timedelta(days=rng.randrange(3))
    evidence = SENTENCE[kind].format(subject=subject, value=value or 0, speaker=speaker)
    return Claim(
        article=article, group=group, kind=kind, value=value, unit=unit,
        currency="IDR" if kind == "aid_amount" else "", subject=subject, speaker=speaker, speaker_role=role,
        quote=evidence if kind == "statement" else "", direct=kind == "statement", date=date, date_precision="day",
        timeline_date=date, evidence=evidence, start=0, end=len(evidence),
        qualifier=rng.choice(("exact", "approx", "at_least")) if value else "exact",
    )
