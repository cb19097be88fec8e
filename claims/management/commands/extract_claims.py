"""Print the claims of article files as JSON Lines, one object per file. Writes nothing."""
import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract
from sources.management.commands._given import add_given_arguments, given_from_options
from sources.text import UnreadableInput, article_text_from_bytes


class Command(BaseCommand):
    help = "Extract dated claims from article files and print one JSON object per file (no database writes)."

    def add_arguments(self, parser):
        add_given_arguments(parser)

    def handle(self, *args, **options):
        given = given_from_options(options)
        failures = 0
        for item in given:
            line = self._document(item)
            if "error" in line:
                failures += 1
                self.stderr.write(f"{item.document}: {line['error']}")
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if given and failures == len(given):
            raise CommandError("no file could be read")

    def _document(self, item):
        try:
            raw = item.path.read_bytes()
        except OSError as exc:
            return _failed(item, f"cannot read file: {exc.strerror}")
        try:
            article = article_text_from_bytes(raw, filename=item.path.name,
                                              max_bytes=settings.KLAIM_MAX_ARTICLE_BYTES)
        except UnreadableInput as exc:
            return _failed(item, str(exc))
        extraction = extract(
            article.text,
            published=item.published or article.published,
            outlet=item.outlet or article.site_name,
            title=item.title or article.title,
        )
        return extraction.to_json(item.document)


def _failed(item, message):
    return {"document": item.document, "error": message, "title": None, "outlet": item.outlet,
            "published": item.published.isoformat() if item.published else None, "credits": [],
            "claims": []}


