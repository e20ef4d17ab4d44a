"""Portuguese, Polish, Turkish, Indonesian and Tagalog labour news (branch mix34): a town that is a story's only place
is its language's namesake, a Turkish case ending between a name and its acronym, a shouted ordinary-word acronym, a
Tagalog "kumpanyang <demonym>" owner, Davao de Oro, and the rows of data/union_sources/mixed-pages-mix34.tsv."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


def test_a_portuguese_storys_only_town_is_brazils_namesake() -> None:
    tags = tag_text("Os bancários de Sinop fizeram assembleia e decidiram manter a paralisação por tempo indeterminado.")
    assert primary_countries(tags) == {"BR"}


def test_the_same_town_in_a_turkish_story_stays_turkish() -> None:
    tags = tag_text("Sinop'ta belediye işçileri maaşlarını alamadıkları için iş bıraktı.")
    assert "TR" in primary_countries(tags) and "BR" not in all_countries(tags)


def test_a_town_beside_another_place_is_not_moved_by_the_language() -> None:
    # a second place name leaves the shared name to the story's other evidence, as before
    tags = tag_text("Os trabalhadores de Sinop e de Cuiabá fizeram greve.")
    assert "TR" not in primary_countries(tags)


@pytest.mark.parametrize("suffix", ["’na", "'nın", "’ne"])
def test_a_turkish_case_ending_before_the_acronym_keeps_the_name_one_union(suffix: str) -> None:
    tags = tag_text(f"Kamu Emekçileri Sendikası Konfederasyonu{suffix} (KESK) bağlı sendikalar bugün iş bıraktı.")
    assert "kesk" in union_ids(tags)
    assert not any("konfederasyon" in name.lower() for name in discovered_names(tags))


def test_keskin_turkish_name_is_the_confederation() -> None:
    assert "kesk" in union_ids(tag_text("Kamu Emekçileri Sendikaları Konfederasyonu Ankara'da miting düzenledi."))


def test_a_shouted_ordinary_word_is_no_acronym() -> None:
    tags = tag_text("STOP ZWOLNIENIOM – STOP NISKIM PŁACOM. Związkowcy z OPZZ pikietowali przed urzędem w Poznaniu.")
    assert "stop-pt" not in union_ids(tags) and "PT" not in all_countries(tags)


def test_the_portuguese_teachers_union_stop_is_still_read() -> None:
    tags = tag_text("Os professores do sindicato STOP voltaram à greve nas escolas de Lisboa.")
    assert "stop-pt" in union_ids(tags)


def test_a_tagalog_company_of_a_foreign_country_is_its_owner() -> None:
    tags = tag_text(
        "Nagwelga ang mga manggagawa ng plantasyon ng saging sa Davao de Oro. Ang kumpanya ay isang kumpanyang "
        "Japanese na nagluluwas ng saging, ayon sa unyon."
    )
    assert primary_countries(tags) == {"PH"}
    assert "JP" in all_countries(tags)


@pytest.mark.parametrize("place", ["Compostela Valley", "Davao de Oro"])
def test_the_banana_province_is_philippine(place: str) -> None:
    assert "PH" in primary_countries(tag_text(f"Banana packers went on strike at a plantation in {place} on Monday."))


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("Anggota Serikat Buruh Kerakyatan Indonesia berunjuk rasa di Bekasi menuntut kenaikan upah.", "serbuk-id"),
        ("Ketua Serikat Pekerja Pertanian dan Perkebunan SPSI di Jambi menolak PHK sepihak di kebun sawit.",
         "sppp-spsi-id"),
        ("Eğitim BirSen Konya Şube Başkanı öğretmenlerin maaşlarını değerlendirdi.", "egitim-bir-sen-tr"),
        ("Tüm Bel-Sen üyeleri belediye önünde eylem yaptı.",
         "tum-belediye-ve-yerel-yonetim-hizmetleri-emekcileri-sendikas-tr"),
        ("Nagpiket ang Nexperia Philippines Incorporated Workers Union sa harap ng DOLE.", "npiwu-ph"),
        ("Nagwelga ang mga kasapi ng Nagkahiusang Mamumuo sa Suyapa Farm sa Mindanao.", "namasufa-ph"),
        ("Delegaci Krajowej Sekcji Hutnictwa NSZZ Solidarność spotkali się w Katowicach.",
         "krajowa-sekcja-hutnictwa-nszz-solidarnosc-pl"),
    ],
)
def test_the_directory_rows_of_mix34(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))
