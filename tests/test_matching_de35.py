"""Turkish professional chambers and the dashed "Toplu-İş Sözleşmesi", a platform's name after a lower-case head,
German action nouns after "Gewerkschaft", and directory rows and a town for Turkish, Czech, Hungarian and Romanian
unions (issue 9, branch de35, sample bench/data/wide_de35)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_names


def test_turkish_medical_and_engineers_chambers_are_no_unions() -> None:
    # Türk Tabipleri Birliği, TMMOB and the bar listed with the confederations at a protest
    tags = tag_text("İzmir'de KESK, DİSK, TTB, TBB ve TMMOB temsilcileri ortak basın açıklaması okudu.", language="tr")
    assert not discovered_names(tags)
    assert union_names(tags) == {"Confederation of Progressive Trade Unions of Turkey",
                                 "Confederation of Public Employees' Trade Unions"}


@pytest.mark.parametrize("text", [
    "Bursa'da Belediye-İş ile işveren arasında Toplu-İş Sözleşmesi görüşmeleri tıkandı.",
    "Mersin'de TOPLU-İŞ SÖZLEŞMESİ imzalanamadı, Liman-İş grev kararı astı.",
])
def test_a_dashed_collective_agreement_is_no_union(text: str) -> None:
    assert not any("toplu" in name.lower() for name in discovered_names(tag_text(text, language="tr")))


@pytest.mark.parametrize("text, language", [
    ("Debrecenben a szakszervezet Facebookon tette közzé a bérajánlatot.", "hu"),
    ("A szakszervezet Instagramon hívta tüntetésre a pécsi dolgozókat.", "hu"),
])
def test_a_platform_after_a_lower_case_head_is_no_union(text: str, language: str) -> None:
    assert discovered_names(tag_text(text, language=language)) == set()


@pytest.mark.parametrize("text", [
    "In Graz will die Gewerkschaft Betriebsversammlungen in allen Filialen abhalten.",
    "In Kassel hat die Gewerkschaft Warnstreiks für Donnerstag angekündigt.",
    "In Dortmund plant die Gewerkschaft Kundgebungen vor drei Werken.",
])
def test_a_german_plural_of_action_after_gewerkschaft_is_no_name(text: str) -> None:
    assert discovered_names(tag_text(text, language="de")) == set()


def test_a_german_union_named_after_gewerkschaft_is_still_read() -> None:
    assert union_names(tag_text("In Zürich hat die Gewerkschaft Unia einen Streik angekündigt.", language="de")) == {
        "Unia"}


@pytest.mark.parametrize("text, language, name", [
    # data/union_sources/central-east-europe-pages-de35.tsv
    ("Zonguldak'ta GMİS üyesi madenciler ocaktan çıkmadı.", "tr", "Genel Maden İşçileri Sendikası"),
    ("Gaziantep'te DİSK/Tekstil örgütlenme çalışmasını sürdürüyor.", "tr", "Tekstil İşçileri Sendikası"),
    ("V Brně se k protestu připojil i LOK-SČL.", "cs", "Lékařský odborový klub – Svaz českých lékařů"),
    ("Předseda Nezávislého odborového svazu Policie České republiky v Olomouci varoval před odchody.", "cs",
     "Nezávislý odborový svaz Policie České republiky"),
    ("Podle předsedy svazu státních orgánů a organizací stávkují úřady v Liberci.", "cs",
     "Odborový svaz státních orgánů a organizací"),
    ("Szegeden a MOMSZ elnöke a mentők béréről beszélt.", "hu", "Magyarországi Mentődolgozók Szövetsége"),
    ("Miskolcon a Vegyipari Dolgozók Szakszervezete is csatlakozott a tiltakozáshoz.", "hu",
     "Magyar Vegyipari, Energiaipari és Rokon Szakmákban Dolgozók Szakszervezeti Szövetsége"),
    ("La Constanța, liderul Federației Naționale a Sindicatelor Portuare a anunțat greva.", "ro",
     "Federația Națională a Sindicatelor Portuare"),
    ("La Galați, Federația Sindicală IndustriALL cere reluarea negocierilor.", "ro", "Federația Sindicală IndustriALL"),
])
def test_central_and_east_european_directory_rows(text: str, language: str, name: str) -> None:
    assert name in union_names(tag_text(text, language=language))


def test_the_romanian_federation_is_not_read_as_the_global_union() -> None:
    assert "IndustriALL Global Union" not in union_names(
        tag_text("La Galați, Federația Sindicală IndustriALL cere reluarea negocierilor.", language="ro"))


def test_mioveni_places_a_story_in_romania() -> None:
    assert primary_countries(tag_text("Sute de angajați au protestat joi la Mioveni.", language="ro")) == {"RO"}
