"""Store article files like an upload; queue them, or with --now extract them right here."""
from django.core.management.base import BaseCommand, CommandError

from claims.services import article_extract_claims
from sources.services import UnreadableInput, article_create, upload_batch_create, upload_batch_reject

from ._given import add_given_arguments, given_from_options


class Command(BaseCommand):
    help = "Ingest article files or folders (.txt/.html): queue them for extraction, or extract now with --now."

    def add_arguments(self, parser):
        add_given_arguments(parser)
        parser.add_argument("--now", action="store_true", help="extract in this process and return when done")

    def handle(self, *args, **options):
        given = given_from_options(options)
        if not given:
            raise CommandError("no article files found")
        batch = upload_batch_create(label=f"ingest: {len(given)} file(s)")
        created, refused = [], 0
        for item in given:
            try:
                raw = item.path.read_bytes()
                result = article_create(
                    content=raw, source_name=item.path.name, outlet_name=item.outlet, url=item.url,
                    published_on=item.published, title=item.title, batch=batch, enqueue=not options["now"],
                )
            except (OSError, UnreadableInput) as exc:
                refused += 1
                reason = exc.strerror if isinstance(exc, OSError) else str(exc)
                upload_batch_reject(batch=batch, name=item.document, error=reason)
                self.stderr.write(f"refused  {item.document}: {reason}")
                continue
            if result.created:
                created.append(result.article)
                self.stdout.write(f"{'stored' if options['now'] else 'queued'}   {item.document} → article {result.article.pk}")
            else:
                self.stdout.write(f"known    {item.document}: same text as article {result.article.pk}, not stored again")

        if options["now"]:
            for number, article in enumerate(created, start=1):
                outcome = article_extract_claims(article_id=article.pk)
                claims = outcome.claims if outcome else 0
                self.stdout.write(f"[{number}/{len(created)}] extracted article {article.pk}: {claims} claim(s)")
        self.stdout.write(f"{len(created)} new, {len(given) - len(created) - refused} already known, {refused} refused.")
        if refused == len(given):
            raise CommandError("no file could be ingested")
