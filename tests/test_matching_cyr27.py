"""Serbian in both its scripts (issue 9, branch cyr27): each test is one general rule, written with text of its own
(not taken from the real-news set or the outside samples)."""

from __future__ import annotations

from bot.matching.gazetteer import _inflections
from bot.matching.unions import serbian_case_forms, serbian_cyrillic, serbian_latin, serbian_written_forms
from tests.matching import primary_countries, tag_text, union_ids


def test_a_serbian_cyrillic_country_name_declines() -> None:
    assert {"Србије", "Србији", "Србију"} <= set(_inflections("Србија"))
    assert primary_countries(tag_text("Радници широм Србије најавили су нове протесте због ниских плата.")) == {"RS"}
    assert primary_countries(tag_text("Штрајк у Србији траје већ трећи дан.")) == {"RS"}


def test_a_serbian_latin_union_name_is_written_in_cyrillic_too() -> None:
    assert serbian_cyrillic("Savez samostalnih sindikata Srbije") == "Савез самосталних синдиката Србије"
    assert serbian_cyrillic("Unija sindikata prosvetnih radnika Srbije") == "Унија синдиката просветних радника Србије"
    assert serbian_cyrillic("ASNS") == "АСНС"
    assert serbian_latin("Уједињени") == "Ujedinjeni"
    # An English name is no Serbian one: it gets no Cyrillic spelling.
    assert serbian_cyrillic("Confederation of Autonomous Trade Unions of Serbia") is None
    tags = tag_text("Председник Савеза самосталних синдиката Србије позвао је раднике на скуп у Нишу.")
    assert "catus" in union_ids(tags)


def test_a_serbian_union_name_declines_its_adjectives_and_head() -> None:
    assert "Nezavisnog sindikata prosvetnih radnika Srbije" in serbian_case_forms("Nezavisni sindikat prosvetnih radnika Srbije")
    assert "Уније синдиката просветних радника Србије" in serbian_case_forms("Унија синдиката просветних радника Србије")
    assert "Ujedinjenih granskih sindikata Nezavisnost" in serbian_case_forms("Ujedinjeni granski sindikati Nezavisnost")
    # A word before the head that is no adjective leaves the name undeclined.
    assert serbian_case_forms("Beograd sindikat") == ()
    tags = tag_text("Чланови Уније синдиката просветних радника Србије ступили су у штрајк упозорења.")
    assert "unija-sindikata-prosvetnih-radnika-srbije-rs" in union_ids(tags)
    tags = tag_text("Predsednik Nezavisnog sindikata prosvetnih radnika Srbije najavio je štrajk u Novom Sadu.")
    assert "nsprs-rs" in union_ids(tags)


def test_the_serbian_press_drops_the_country_and_quotes_the_name() -> None:
    assert serbian_written_forms("Unija sindikata prosvetnih radnika Srbije") == ("Unija sindikata prosvetnih radnika",)
    assert serbian_written_forms("Ujedinjeni granski sindikati Nezavisnost") == (
        "Ujedinjeni granski sindikati „Nezavisnost“",)
    # Too short a name without its country names no one; the country is no name to quote.
    assert serbian_written_forms("Vojni sindikat Srbije") == ()
    tags = tag_text("Саопштење Уједињених гранских синдиката „Независност“ прочитано је у Крагујевцу, Србија.")
    assert "ugs-nezavisnost" in union_ids(tags)
    tags = tag_text("Унија синдиката просветних радника донела је одлуку о штрајку у школама Србије.")
    assert "unija-sindikata-prosvetnih-radnika-srbije-rs" in union_ids(tags)


def test_russian_and_ukrainian_names_are_not_read_as_serbian() -> None:
    assert serbian_written_forms("Профсоюз работников образования России") == ()
    assert serbian_case_forms("Незалежна профспілка гірників України") == ()


def test_a_member_named_with_another_name_of_its_parent_names_the_parent() -> None:
    tags = tag_text('Синдикат "Образование" към КТ "Подкрепа" поиска по-високи заплати за учителите в България.')
    assert {"union-bg-4", "podkrepa"} <= union_ids(tags)
    # The member alone, its parent not written in its name, names no parent.
    assert "podkrepa" not in union_ids(tag_text("Синдикат „Образование“ поиска по-високи заплати за учителите в България."))
