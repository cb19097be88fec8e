"""Options both `ingest` and `extract_claims` take: what the uploader knows about the files."""
from django.core.management.base import CommandError

from sources.manifest import ManifestError, given_from_paths, parse_date, parse_url, read_manifest


def add_given_arguments(parser):
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--manifest", help="JSON Lines or CSV with path and any of published, outlet, url, title")
    parser.add_argument("--published", help="publication date (YYYY-MM-DD) of all the given files")
    parser.add_argument("--outlet", help="outlet name of all the given files")
    parser.add_argument("--url", help="URL of the article (one file)")


def given_from_options(options):
    try:
        if options["manifest"]:
            if options["paths"]:
                raise CommandError("give either paths or --manifest, not both")
            return read_manifest(options["manifest"])
        if not options["paths"]:
            raise CommandError("give at least one file or folder, or --manifest FILE")
        published = parse_date(options["published"], where="--published: ")
        return given_from_paths(options["paths"], published=published, outlet=options["outlet"],
                                url=parse_url(options["url"], where="--url: "))
    except ManifestError as exc:
        raise CommandError(str(exc)) from None
