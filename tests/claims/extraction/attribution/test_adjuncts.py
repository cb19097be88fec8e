"""What stands around a clause (`attribution.adjuncts`): leading adverbials and a trailing date."""
import pytest

from claims.extraction.attribution.adjuncts import strip_adjuncts, without_date_tail


@pytest.mark.parametrize("text, rest", [
    ("Sementara itu, tim SAR gabungan melanjutkan pencarian.", "tim SAR gabungan melanjutkan pencarian."),
    ("Pada Selasa (5/11/2024), harga bawang merah naik tajam.", "harga bawang merah naik tajam."),
    ("Sebelumnya, namun demikian, kedua pihak sepakat berunding.", "kedua pihak sepakat berunding."),
    # a source inside the adverbial stays: it names the speaker
    ("Sebelumnya, menurut laporan Reuters, kapal itu berlayar ke utara.",
     "menurut laporan Reuters, kapal itu berlayar ke utara."),
    ("Berdasarkan data BNPB, 14 desa masih terisolasi.", "Berdasarkan data BNPB, 14 desa masih terisolasi."),
    # a subject before the first comma is no adverbial
    ("Bupati Sleman, Kustini Sri Purnomo, meresmikan pasar baru.",
     "Bupati Sleman, Kustini Sri Purnomo, meresmikan pasar baru."),
])
def test_leading_adverbials_are_skipped(finder, run, text, rest):
    doc = run("Judul Berita\n\n" + text)
    start = doc.text.index(text)
    ctx = finder.context(doc)
    assert doc.text[strip_adjuncts(finder.grammar, ctx, start, len(doc.text)):] == rest


@pytest.mark.parametrize("text, said", [
    ("pasokan listrik kembali normal, Rabu (6/11/2024).", "pasokan listrik kembali normal"),
    ("stok beras aman, Senin, 4 November 2024.", "stok beras aman"),
    ("antrean mulai terurai, Jumat malam.", "antrean mulai terurai"),
    # when it happened, not when it was said
    ("kapal bertolak dari pelabuhan, pada Kamis dini hari.", "kapal bertolak dari pelabuhan, pada Kamis dini hari."),
    ("pasar ramai sejak pagi.", "pasar ramai sejak pagi."),
])
def test_a_trailing_date_belongs_to_the_attribution(finder, text, said):
    assert text[:without_date_tail(finder.grammar, text, 0, len(text))] == said
