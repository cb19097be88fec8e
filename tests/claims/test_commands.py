import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim

CONTRACT_FIELDS = {"document", "title", "outlet", "published", "credits", "claims"}
CLAIM_FIELDS = {"kind", "value", "value_max", "qualifier", "unit", "currency", "subject", "target", "speaker",
                "speaker_role", "quote", "direct", "date", "date_precision", "evidence", "start", "end"}


def run_extract(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("extract_claims", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_extract_claims_prints_one_object_per_file(tmp_path, flood_article_text, deployment_article_text):
    (tmp_path / "banjir.txt").write_text(flood_article_text)
    (tmp_path / "pemilu.txt").write_bytes(deployment_article_text.encode("utf-16"))
    lines, _ = run_extract(str(tmp_path / "banjir.txt"), str(tmp_path / "pemilu.txt"), "--published", "2024-03-05")
    assert [line["document"] for line in lines] == [str(tmp_path / "banjir.txt"), str(tmp_path / "pemilu.txt")]
    for line in lines:
        assert CONTRACT_FIELDS <= set(line)
        assert line["published"] == "2024-03-05"
        for claim in line["claims"]:
            assert CLAIM_FIELDS <= set(claim)


def test_extract_claims_reports_unreadable_files_and_goes_on(tmp_path, flood_article_text):
    (tmp_path / "ok.txt").write_text(flood_article_text)
    (tmp_path / "empty.txt").write_bytes(b"")
    lines, err = run_extract(str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt"))
    assert lines[0]["error"] == "The file is empty." and lines[0]["claims"] == []
    assert "error" not in lines[1]
    assert "cannot read file" in lines[2]["error"]
    assert "empty.txt: The file is empty." in err


def test_extract_claims_fails_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="no file could be read"):
        run_extract(str(tmp_path / "empty.txt"))


def test_extract_claims_reads_a_manifest(tmp_path, flood_article_text):
    (tmp_path / "banjir.txt").write_text(flood_article_text)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "banjir.txt", "published": "2024-03-05", "outlet": "Warta Contoh"}))
    [line], _ = run_extract("--manifest", str(manifest))
    assert line["document"] == "banjir.txt"
    assert line["outlet"] == "Warta Contoh" and line["published"] == "2024-03-05"


def test_extract_claims_writes_nothing(tmp_path, flood_article_text, django_assert_num_queries, db):
    (tmp_path / "banjir.txt").write_text(flood_article_text)
    with django_assert_num_queries(0):
        run_extract(str(tmp_path / "banjir.txt"))


def test_extract_claims_usage_errors(tmp_path):
    with pytest.raises(CommandError, match="at least one file"):
        run_extract()
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run_extract(str(tmp_path), "--published", "kemarin")


@pytest.mark.django_db
def test_ingest_now_stores_and_extracts(tmp_path, fake_pipeline, flood_article_text, capsys):
    (tmp_path / "banjir.txt").write_text(flood_article_text)
    (tmp_path / "kosong.txt").write_bytes(b"")
    call_command("ingest", str(tmp_path), "--now", "--outlet", "Kabar Contoh")
    out = capsys.readouterr()
    assert "[1/1] extracted article" in out.out and "2 claim(s)" in out.out
    assert "refused  " in out.err and "kosong.txt" in out.err
    assert Claim.objects.count() == 2
    call_command("ingest", str(tmp_path / "banjir.txt"))
    assert "not stored again" in capsys.readouterr().out


@pytest.mark.django_db
def test_ingest_queues_on_commit(tmp_path, flood_article_text, monkeypatch, django_capture_on_commit_callbacks):
    queued = []
    monkeypatch.setattr("claims.tasks.article_extract.apply_async", lambda args, kwargs: queued.append(args[0]))
    (tmp_path / "banjir.txt").write_text(flood_article_text)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(tmp_path / "banjir.txt"), "--published", "2024-03-05")
    assert len(queued) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "message"), [
    ({"url": "javascript:alert(document.cookie)"}, "bad url"),
    ({"published": "9999-12-31"}, "bad date"),
])
def test_ingest_refuses_a_manifest_row_with_a_script_url_or_an_impossible_date(tmp_path, flood_article_text, row,
                                                                              message):
    import json

    from django.core.management.base import CommandError

    from sources.models import Article

    (tmp_path / "banjir.txt").write_text(flood_article_text)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "banjir.txt", **row}) + "\n")
    with pytest.raises(CommandError, match=f"row 1: {message}"):
        call_command("ingest", "--manifest", str(manifest))
    assert Article.objects.count() == 0
