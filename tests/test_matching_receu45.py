"""Polish, Greek, Turkish, Romanian, Hungarian, Czech, Bulgarian and Serbian/Croatian pass (issue 9, branch receu45):
the Polish "strajk włoski" (a work-to-rule) names no Italy; four national unions the directory lacked (EDDSZ, LOZ,
Związkowa Alternatywa, Sindikat obrazovanja Srbije) and Turkey's Genel Sağlık-İş."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_receu45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_receu45")


@pytest.mark.parametrize("text", [
    # wide_pl20 pl-10548, wide_dir43 pl-43434: the work-to-rule, in its cases and word orders
    "Kierowcy autobusów w Poznaniu od rana prowadzą strajk włoski.",
    "Celnicy z Terespola zapowiedzieli włoski strajk na granicy.",
    "Związkowcy grożą kontynuacją strajku włoskiego w szpitalu w Gdyni.",
])
def test_a_polish_work_to_rule_names_no_italy(text: str) -> None:
    tags = tag_text(text)
    assert "IT" not in primary_countries(tags) and "PL" in primary_countries(tags)


@pytest.mark.parametrize("text", [
    "Włoscy kolejarze rozpoczęli w poniedziałek strajk w Rzymie.",
    "Pracownicy włoskiej fabryki strajkowali we Włoszech przez tydzień.",
])
def test_a_strike_in_italy_told_in_polish_stays_italys(text: str) -> None:
    assert "IT" in primary_countries(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_receu45 pl-45401: in the genitive
    ("Przewodniczący Związkowej Alternatywy zapowiedział protest przed urzędem w Łodzi.", "zwiazkowa-alternatywa-pl"),
    # wide_europe31 hu-31626: by its acronym
    ("Az EDDSZ elnöke szerint a debreceni kórház dolgozói sztrájkra készülnek.", "msz-eddsz-hu"),
    # wide_cee32 sk-33020: by its acronym
    ("Predseda LOZ oznámil, že lekári v Nitre podajú výpovede.", "loz-sk"),
    # wide_receu45 sr-45471: the national education union, not Belgrade's
    ("U Kragujevcu je Sindikat obrazovanja Srbije najavio štrajk upozorenja.", "sindikat-obrazovanja-srbije-rs"),
])
def test_a_national_union_the_directory_lacked_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_belgrades_education_union_stays_belgrades() -> None:
    ids = union_ids(tag_text("Sindikat obrazovanja Beograda organizuje protest ispred škole u Beogradu."))
    assert "sindikat-obrazovanja-beograda-rs" in ids and "sindikat-obrazovanja-srbije-rs" not in ids


def test_a_lower_case_alternative_is_no_union() -> None:
    assert "zwiazkowa-alternatywa-pl" not in union_ids(tag_text(
        "Pracownicy z Lublina szukają alternatywy, bo związkowa droga zawiodła."))


@pytest.mark.parametrize("text", [
    # wide_dir43 tr-43428: the nine-word registered name, which the recogniser cut to eight
    "Eyleme Genel Sağlık ve Sosyal Hizmet Kolu Kamu Çalışanları Sendikası da Konya'da katıldı.",
    # wide_receu45 tr-45424: the short name
    "Genel Sağlık-İş Trabzon temsilcisi nöbet ücretlerinin ödenmediğini söyledi.",
])
def test_genel_saglik_is_is_found_by_its_long_and_short_names(text: str) -> None:
    assert "genel-saglik-ve-sosyal-hizmet-kolu-kamu-calisanlari-sendikas-tr" in union_ids(tag_text(text))


def test_ses_named_in_full_stays_ses() -> None:
    ids = union_ids(tag_text("Sağlık ve Sosyal Hizmet Emekçileri Sendikası İzmir'de basın açıklaması yaptı."))
    assert "ses-tr" in ids and "genel-saglik-ve-sosyal-hizmet-kolu-kamu-calisanlari-sendikas-tr" not in ids
