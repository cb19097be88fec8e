import datetime as dt
import json

import pytest

from sources.manifest import ManifestError, expand_paths, read_manifest


def test_folder_expands_to_article_files(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.html").write_text("a")
    (tmp_path / "catatan.md").write_text("bukan artikel")
    names = [path.name for _, path in expand_paths([str(tmp_path)])]
    assert names == ["a.html", "b.txt"]


def test_json_lines_manifest(tmp_path):
    (tmp_path / "satu.txt").write_text("x")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "satu.txt", "published": "2024-10-22", "outlet": "Warta"}) + "\n\n")
    [row] = read_manifest(manifest)
    assert row.path == tmp_path / "satu.txt"
    assert row.published == dt.date(2024, 10, 22)
    assert row.outlet == "Warta" and row.url is None


def test_csv_manifest(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published,url,title\n/abs/satu.txt,,https://contoh.id/a,Judul\n")
    [row] = read_manifest(manifest)
    assert str(row.path) == "/abs/satu.txt" and row.published is None
    assert row.url == "https://contoh.id/a" and row.title == "Judul"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"published": "2024-01-01"}\n', "no `path`"),
        ('{"path": "a.txt", "published": "22/10/2024"}\n', "YYYY-MM-DD"),
        ("{not json\n", "not JSON"),
        ("file,date\na.txt,2024-01-01\n", "`path` column"),
    ],
)
def test_bad_manifests_say_what_is_wrong(tmp_path, content, message):
    manifest = tmp_path / ("m.csv" if content.startswith("file") else "m.jsonl")
    manifest.write_text(content)
    with pytest.raises(ManifestError, match=message):
        read_manifest(manifest)


def test_a_utf16_manifest_is_read(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("path,outlet\nberita.txt,Warta Timur\n".encode("utf-16"))
    [row] = read_manifest(manifest)
    assert row.outlet == "Warta Timur"


def test_an_unreadable_manifest_is_a_message_not_a_traceback(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ManifestError, match="cannot read manifest"):
        read_manifest(manifest)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", "data:text/html,hi",
                                 "file:///etc/passwd", "//contoh.id/tanpa-skema", "https://"])
def test_a_manifest_url_that_is_not_http_is_refused_with_its_row(tmp_path, url):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "a.txt", "url": "https://contoh.id/a"}) + "\n"
                        + json.dumps({"path": "b.txt", "url": url}) + "\n")
    with pytest.raises(ManifestError, match="row 2: bad url"):
        read_manifest(manifest)


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2024-02-30"])
def test_a_manifest_date_out_of_range_is_refused(tmp_path, published):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "a.txt", "published": published}) + "\n")
    with pytest.raises(ManifestError, match="row 1: bad date"):
        read_manifest(manifest)
