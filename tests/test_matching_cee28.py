"""Polish, Ukrainian, Turkish and German labour news (issue 9, branch cee28): a Turkish confederation's name is read
whole, a Ukrainian union's own "Профспілка" after its organ's noun or before its officer's surname and initials names
no union, and unions the directory lacked. Sentences of their own, not the samples'."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags
from tests.matching import tag_text, union_ids


def _found(tags: StoryTags) -> list[str]:
    return [tag.name for tag in tags.unions if tag.union_id.startswith("found:")]


def test_a_turkish_confederation_is_one_name_not_its_unions_and_then_the_confederation() -> None:
    tags = tag_text("Türkiye İşçi Sendikaları Konfederasyonu, Ankara'daki toplantıya katılmayacağını duyurdu.")
    assert union_ids(tags) == {"turk-is"}


def test_an_unknown_turkish_confederation_is_found_once_and_whole() -> None:
    tags = tag_text("Yeni kurulan Ege Tarım Sendikaları Konfederasyonu dün İzmir'de ilk genel kurulunu yaptı.")
    assert _found(tags) == ["Ege Tarım Sendikaları Konfederasyonu"]


@pytest.mark.parametrize("text", [
    "Учора в Києві відбувся ІХ З’їзд Профспілки, делегати обрали нового голову.",
    "Учора в Києві відбувся ІХ З'їзд Профспілки, делегати обрали нового голову.",
    "Засідання Профспілки відбулося в Полтаві минулого четверга.",
    "Пленум заслухав доповідь голови обласного комітету Профспілки Петренка О.М. про підсумки року у Сумах.",
])
def test_a_unions_own_capitalised_head_after_an_organs_noun_or_before_a_surname_names_no_union(text: str) -> None:
    assert _found(tag_text(text)) == []


@pytest.mark.parametrize("text, name", [
    ("Незалежна Профспілка Пекарів провела мітинг біля хлібозаводу в Черкасах.", "Незалежна Профспілка Пекарів"),
    ("Голова Національного Форуму Профспілок України виступив на мітингу в Києві.",
     "Національного Форуму Профспілок України"),
])
def test_adjectives_and_a_bodys_noun_before_a_capitalised_head_stay_in_the_name(text: str, name: str) -> None:
    assert name in {tag.name for tag in tag_text(text).unions}


@pytest.mark.parametrize("text, union_id", [
    ("Профспілка держустанов Полтавщини провела звітну конференцію.", "trade-union-of-state-institutions-workers-of-ukraine-ua"),
    ("Профспілка працівників агропромислового комплексу України вимагає підвищити зарплати доярок.",
     "trade-union-of-agro-industrial-complex-workers-of-ukraine-ua"),
    ("Öğretmenlerin eylemine Anadolu Eğitim Sen de destek verdi.", "anadolu-egitim-ogretim-ve-bilim-hizmetleri-sendikasi-tr"),
    ("Aktif Eğitim-Sen Konya'da üyeleriyle bir araya geldi.", "aktif-egitimciler-sendikasi-tr"),
])
def test_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_id in union_ids(tags)
    assert _found(tags) == [], _found(tags)


@pytest.mark.parametrize("text", [
    "TİSK, asgari ücret görüşmelerinde işverenleri temsil edecek.",
    "Der Betriebsrat des Werks in Goldkronach zeigte sich überrascht von der Schließung.",
    "Konfederacja Lewiatan chce nowych zasad ustalania płacy minimalnej w Polsce.",
])
def test_employers_and_works_councils_are_no_unions(text: str) -> None:
    assert union_ids(tag_text(text)) == set()


@pytest.mark.parametrize("text, union_id", [
    ("Vida-Gewerkschaftschef Roman Hebenstreit kündigte in Wien einen Warnstreik bei den Bahnen an.", "gewerkschaft-vida-at"),
    ("Der Europäische Gewerkschaftsbund verlangt von der Kommission in Brüssel bessere Löhne.", "etuc"),
    ("Europejska Konfederacja Związków Zawodowych wsparła strajk nauczycieli w Krakowie.", "etuc"),
])
def test_short_and_translated_names_the_directory_lacked(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "La vida de los jornaleros en Sinaloa es cada día más dura, denunció el sindicato.",
    "A vida dos trabalhadores rurais no Pará piorou, diz o sindicato.",
])
def test_vida_in_spanish_and_portuguese_is_life(text: str) -> None:
    assert "gewerkschaft-vida-at" not in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    "DİSK Gıda İş üyesi işçiler Tekirdağ'daki fabrikanın önünde ikinci gün de bekledi.",
    "Darbeden sonra kapatılan DİSK Maden-İş Sendikasının eski üyeleri İzmir'de anıldı.",
])
def test_an_unknown_member_opened_by_its_confederations_acronym_names_the_confederation(text: str) -> None:
    assert "disk" in union_ids(tag_text(text))
