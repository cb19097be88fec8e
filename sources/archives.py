"""Unpack a .zip of articles safely: bounded member count and sizes (no zip bombs), article
files only, each member judged on its own."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from .manifest import ARTICLE_SUFFIXES
from .text import UnreadableInput, too_large_message

MAX_MEMBERS = 1000
MAX_TOTAL_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ArchiveMember:
    name: str
    content: bytes | None = None
    error: str | None = None


def is_zip(name: str) -> bool:
    return name.lower().endswith(".zip")


def zip_members(fileobj, *, max_member_bytes: int) -> list[ArchiveMember]:
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError):
        raise UnreadableInput("This is not a readable ZIP archive.") from None
    infos = [
        info for info in archive.infolist()
        if not info.is_dir() and "__MACOSX" not in info.filename
        and not PurePosixPath(info.filename).name.startswith(".")
    ]
    if not infos:
        raise UnreadableInput("The ZIP archive holds no files.")
    if len(infos) > MAX_MEMBERS:
        raise UnreadableInput(f"The ZIP archive holds {len(infos)} files; the limit is {MAX_MEMBERS}.")
    members, total = [], 0
    for info in infos:
        name = info.filename
        if PurePosixPath(name).suffix.lower() not in ARTICLE_SUFFIXES:
            members.append(ArchiveMember(name, error="Not an article file (.txt or .html)."))
        elif info.flag_bits & 0x1:
            members.append(ArchiveMember(name, error="The file is encrypted."))
        elif info.file_size > max_member_bytes:
            members.append(ArchiveMember(name, error=too_large_message(info.file_size, max_member_bytes)))
        else:
            with archive.open(info) as member:
                content = member.read(max_member_bytes + 1)  # the header may lie about the size
            total += len(content)
            if len(content) > max_member_bytes:
                members.append(ArchiveMember(name, error=too_large_message(len(content), max_member_bytes)))
            elif total > MAX_TOTAL_BYTES:
                members.append(ArchiveMember(name, error="The archive is too large once unpacked; upload it in parts."))
            else:
                members.append(ArchiveMember(name, content=content))
    return members
