"""What an uploader knows about the files it hands over: command-line options or a manifest.

A manifest is JSON Lines or CSV with a `path` column and any of `published`, `outlet`, `url`,
`title` per article. Relative paths are tried against the working directory first, then against
the manifest's own folder.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from tracker import params

from .links import web_url
from .text import UnreadableInput, decode_bytes

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")


class ManifestError(ValueError):
    pass


@dataclass(frozen=True)
class Given:
    """One input file and the metadata given for it."""

    path: Path
    document: str  # the path as the user wrote it; echoed back in output
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


def parse_date(value: str | None, *, where: str = "") -> dt.date | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return params.date_value(str(value).strip()[:10], field="published")
    except params.QueryError as exc:
        raise ManifestError(f"{where}bad date {value!r}: {exc.field} {exc.message}") from None


def parse_url(value: str | None, *, where: str = "") -> str | None:
    if value is None or str(value).strip() == "":
        return None
    url = web_url(str(value))
    if url is None:
        raise ManifestError(f"{where}bad url {str(value)[:80]!r}: only http:// and https:// addresses are kept")
    return url


def expand_paths(paths: list[str]) -> list[tuple[str, Path]]:
    """Files as given, folders expanded to the article files inside them (sorted)."""
    found = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    found.append((str(child), child))
        else:
            found.append((given, path))
    return found


def given_from_paths(paths: list[str], *, published=None, outlet=None, url=None, title=None) -> list[Given]:
    return [Given(path=p, document=doc, published=published, outlet=outlet or None, url=url or None,
                  title=title or None) for doc, p in expand_paths(paths)]


def read_manifest(manifest: str | Path) -> list[Given]:
    manifest = Path(manifest)
    try:
        raw = decode_bytes(manifest.read_bytes())  # any charset, UTF-16 with its BOM included
    except OSError as exc:
        raise ManifestError(f"cannot read manifest {manifest}: {exc.strerror}") from None
    except UnreadableInput as exc:
        raise ManifestError(f"cannot read manifest {manifest.name}: {exc}") from None
    rows = _json_lines(raw, manifest) if raw.lstrip().startswith("{") else _csv_rows(raw)
    given = []
    for number, row in enumerate(rows, start=1):
        where = f"{manifest.name} row {number}: "
        document = str(row.get("path") or "").strip()
        if not document:
            raise ManifestError(f"{where}no `path`")
        path = Path(document)
        if not path.is_absolute() and not path.exists() and (manifest.parent / path).exists():
            path = manifest.parent / path
        given.append(Given(
            path=path,
            document=document,
            published=parse_date(row.get("published"), where=where),
            outlet=(str(row.get("outlet") or "").strip() or None),
            url=parse_url(row.get("url"), where=where),
            title=(str(row.get("title") or "").strip() or None),
        ))
    return given


def _json_lines(raw: str, manifest: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ManifestError(f"{manifest.name} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise ManifestError(f"{manifest.name} line {number}: expected an object")
        rows.append(row)
    return rows


def _csv_rows(raw: str) -> list[dict]:
    reader = csv.DictReader(raw.splitlines())
    if not reader.fieldnames or "path" not in [f.strip() for f in reader.fieldnames]:
        raise ManifestError("CSV manifest needs a header row with a `path` column")
    return [{(k or "").strip(): v for k, v in row.items()} for row in reader]
