"""Back-references (`attribution.backrefs`): a sentence that names the source of another."""


def text_of(doc_text, span):
    return doc_text[span[0]:span[1]]


def test_a_passive_back_reference_names_the_source_of_the_sentence_before(run, items):
    doc = run("Judul Berita\n\nSebanyak 250 personel gabungan disiagakan di Pelabuhan Merak. Keterangan tersebut "
              "disampaikan oleh Kapolda Banten Irjen Suyudi Ario Seto kepada wartawan.")
    (_, _, _, st), = items(doc, "klaim_statement")
    assert not st.claim and st.names_earlier and st.speaker == "Suyudi Ario Seto"
    assert text_of(doc.text, st.targets[0]).startswith("Sebanyak 250 personel")


def test_an_active_verb_taking_hal_itu_points_back(said):
    found = said("Sebanyak 40 kapal nelayan tertahan di dermaga. Kapolres Kepulauan Seribu AKBP Joko Prasetyo "
                 "menyampaikan hal itu di kantornya.")
    assert [(st.claim, st.speaker) for st in found] == [(False, "Joko Prasetyo")]


def test_hal_itu_followed_by_what_was_said_is_a_statement(said):
    found = said("Menteri Perdagangan Budi Santoso menyebut kenaikan harga beras. Ia menegaskan hal itu tidak dapat "
                 "dibiarkan berlarut-larut.")
    assert [(st.claim, st.speaker) for st in found] == [(True, "Budi Santoso"), (True, "Budi Santoso")]
    assert found[1].quote.startswith("hal itu tidak dapat")


def test_a_source_of_figures_is_no_statement(said):
    (st,) = said("Badan Pusat Statistik (BPS) mencatat inflasi tahunan sebesar 1,55 persen pada Oktober.")
    assert not st.claim and st.records_figures and st.speaker == "Badan Pusat Statistik (BPS)"


def test_a_quotation_named_afterwards_is_that_speakers_statement(said):
    found = said("“Kami akan membuka jalur alternatif selama perbaikan jembatan berlangsung.”",
                 "Hal itu disampaikan Kepala Dinas Perhubungan Kota Bogor, Marse Hendra Saputra, kepada wartawan.")
    assert [(st.claim, st.direct, st.speaker) for st in found] == [
        (True, True, "Marse Hendra Saputra"), (False, False, "Marse Hendra Saputra")]


def test_a_sentence_without_figures_named_afterwards_becomes_a_statement(said):
    found = said("Pembangunan bendungan tertunda karena pembebasan lahan belum selesai. Hal tersebut diungkapkan "
                 "oleh Kepala Balai Besar Wilayah Sungai Citarum, Dian Al Ma'ruf.")
    said_first, back = found
    assert said_first.claim and not said_first.direct and said_first.speaker == "Dian Al Ma'ruf"
    assert said_first.quote.startswith("Pembangunan bendungan tertunda") and not back.claim


def test_a_back_reference_at_the_start_names_nobody(said):
    assert said("Informasi ini disampaikan oleh Kepala Desa Sukamaju Dedi Kurniawan.") == []
