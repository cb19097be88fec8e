"""Unpack a .zip of articles safely: bounded member count and sizes (no zip bombs), a total budget
enforced while inflating, article files only, each member judged on its own."""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from .manifest import ARTICLE_SUFFIXES
from .text import UnreadableInput, too_large_message

MAX_MEMBERS = 1000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
OVER_BUDGET = "Not read: the archive holds more than 200 MB once unpacked; upload the rest in parts."


@dataclass(frozen=True)
class ArchiveMember:
    index: int  # position among the archive's files, to resume reading after it
    name: str
    content: bytes | None = None
    error: str | None = None
    size: int = 0  # bytes inflated for it (counts against the total budget)


def is_zip(name: str) -> bool:
    return name.lower().endswith(".zip")


def _files(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [
        info for info in archive.infolist()
        if not info.is_dir() and "__MACOSX" not in info.filename
        and not PurePosixPath(info.filename).name.startswith(".")
    ]


def open_archive(fileobj) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The archive and its files, or UnreadableInput saying why it can't be read."""
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableInput("This is not a readable ZIP archive.") from None
    infos = _files(archive)
    if not infos:
        raise UnreadableInput("The ZIP archive holds no files.")
    if len(infos) > MAX_MEMBERS:
        raise UnreadableInput(f"The ZIP archive holds {len(infos)} files; the limit is {MAX_MEMBERS}.")
    return archive, infos


def iter_members(fileobj, *, max_member_bytes: int, start: int = 0, inflated: int = 0) -> Iterator[ArchiveMember]:
    """The archive's files from position `start`, one at a time (never all in memory).

    `inflated` is what earlier reading of this archive already unpacked: the total budget holds
    across a resumed reading too. Once it is spent, the remaining files are not inflated at all:
    each is reported as not read.
    """
    archive, infos = open_archive(fileobj)
    with archive:
        for index in range(start, len(infos)):
            info = infos[index]
            name = info.filename
            left = MAX_TOTAL_BYTES - inflated
            if PurePosixPath(name).suffix.lower() not in ARTICLE_SUFFIXES:
                yield ArchiveMember(index, name, error="Not an article file (.txt or .html).")
            elif info.flag_bits & 0x1:
                yield ArchiveMember(index, name, error="The file is encrypted.")
            elif info.file_size > max_member_bytes:
                yield ArchiveMember(index, name, error=too_large_message(info.file_size, max_member_bytes))
            elif left <= 0 or info.file_size > left:
                yield ArchiveMember(index, name, error=OVER_BUDGET)
            else:
                try:
                    with archive.open(info) as member:
                        # the header may lie about the size: never inflate past either limit
                        content = member.read(min(max_member_bytes, left) + 1)
                except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
                    yield ArchiveMember(index, name, error=f"This file in the archive is damaged ({exc}).")
                    continue
                inflated += len(content)
                if len(content) > max_member_bytes:
                    yield ArchiveMember(index, name, error=too_large_message(len(content), max_member_bytes),
                                        size=len(content))
                elif len(content) > left:
                    yield ArchiveMember(index, name, error=OVER_BUDGET, size=len(content))
                else:
                    yield ArchiveMember(index, name, content=content, size=len(content))


def zip_members(fileobj, *, max_member_bytes: int) -> list[ArchiveMember]:
    """Every member at once; for small archives and tests (uploads read them with `iter_members`)."""
    return list(iter_members(fileobj, max_member_bytes=max_member_bytes))
