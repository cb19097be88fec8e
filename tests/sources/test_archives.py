import io
import zipfile

import pytest

from sources.archives import MAX_MEMBERS, zip_members
from sources.text import UnreadableInput


def make_zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    buffer.seek(0)
    return buffer


def test_article_files_are_taken_and_others_refused_one_by_one():
    members = zip_members(make_zip({
        "a.txt": "Artikel pertama", "folder/b.html": "<p>Artikel kedua</p>", "gambar.png": b"\x89PNG",
        "__MACOSX/._a.txt": "x", ".DS_Store": "x",
    }), max_member_bytes=1000)
    assert [(m.name, m.content is not None) for m in members] == [("a.txt", True), ("folder/b.html", True),
                                                                  ("gambar.png", False)]
    assert "Not an article file" in members[2].error


def test_a_zip_bomb_member_is_refused_without_being_inflated():
    members = zip_members(make_zip({"besar.txt": b"a" * 50_000}), max_member_bytes=1000)
    assert members[0].content is None and "limit" in members[0].error


@pytest.mark.parametrize(
    ("payload", "message"),
    [(io.BytesIO(b"bukan zip"), "not a readable ZIP"), (make_zip({}), "holds no files")],
)
def test_unreadable_or_empty_archives(payload, message):
    with pytest.raises(UnreadableInput, match=message):
        zip_members(payload, max_member_bytes=1000)


def test_too_many_members():
    with pytest.raises(UnreadableInput, match="limit"):
        zip_members(make_zip({f"{i}.txt": "x" for i in range(MAX_MEMBERS + 1)}), max_member_bytes=10)
