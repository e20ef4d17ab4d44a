"""Croatian, Bosnian and Montenegrin union names declined as Serbian ones are, Hungarian heads in their other cases,
Russian-language republic initials ending a name ("Федерация профсоюзов РК"), the Slavic word for "union" kept out of
the Spanish and Portuguese "Sindi-" names, and the directory rows of data/union_sources/central-east-europe-europe31.tsv
(issue 9, branch europe31). Every sentence is this file's own."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    "text, union_id",
    [
        # a Croatian confederation in the genitive, not the Serbian one whose shorter name it holds
        ("Na skupu u Zagrebu govorio je predsjednik Saveza samostalnih sindikata Hrvatske.", "sssh"),
        ("Predstavnici Savezu samostalnih sindikata Hrvatske uputili su dopis Vladi.", "sssh"),
        # a head noun "Matica" (feminine) declines too
        ("Predsjednica Matice hrvatskih sindikata najavila je prosvjed u Splitu.", "matica-hrvatskih-sindikata-hr"),
        # plural adjectives and head
        ("Čelnik Nezavisnih hrvatskih sindikata pozvao je na generalni štrajk.", "nezavisni-hrvatski-sindikati-hr"),
    ],
)
def test_croatian_union_names_decline_as_serbian_ones(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_croatian_confederation_is_not_taken_for_the_serbian_one() -> None:
    tags = tag_text("Na skupu u Zagrebu govorio je predsjednik Saveza samostalnih sindikata Hrvatske.")
    assert "catus" not in union_ids(tags)
    assert "RS" not in primary_countries(tags)


@pytest.mark.parametrize(
    "text",
    [
        "Sindikati su odbili ponudu Vlade Kantona Sarajevo.",
        "Predsjednik Sindikata je rekao da štrajk počinje u ponedjeljak.",
        "Sindikata u javnim službama ima sve više, kažu u Zagrebu.",
        "Sindikatom upravlja odbor od sedam članova.",
    ],
)
def test_the_slavic_word_for_union_is_no_sindi_name(text: str) -> None:
    names = {name.casefold() for name in discovered_names(tag_text(text))}
    assert not any(name.startswith(("sindikat", "predsjednik")) for name in names)


def test_sindi_names_are_still_found() -> None:
    assert any(
        "sindimetal" in name.casefold()
        for name in discovered_names(tag_text("El paro de Sindimetal paralizó tres plantas en Medellín, dijo el gremio."))
    )


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("A felmérés szerint sokan a Pedagógusok Szakszervezetéhez fordultak Debrecenben.", "psz-hu"),
        ("A kormány a Pedagógusok Szakszervezetével tárgyalt Budapesten.", "psz-hu"),
        ("A Vasúti Dolgozók Szabad Szakszervezetétől kért tájékoztatást a MÁV Szolnokon.", "vdszsz-hu"),
    ],
)
def test_hungarian_heads_in_their_other_cases(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_hungarian_head_in_another_case_is_given_in_the_nominative() -> None:
    names = discovered_names(tag_text("A tagok a Független Bányász Szakszervezettel egyeztettek Pécsen."))
    assert "Független Bányász Szakszervezet" in names


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("Заседание Федерации профсоюзов РК прошло в Астане в понедельник.", "ftu-kz"),
        ("Федерация профсоюзов РК выступила против поправок в Трудовой кодекс.", "ftu-kz"),
    ],
)
def test_republic_initials_ending_a_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("Předseda Odborového sdružení železničářů jednal v Praze s vedením drah.", "osz-cz"),
        ("Stávku na železnici vyhlásila Federace strojvůdců, uvedl mluvčí v Brně.", "fs-cr-cz"),
        ("Snem Konfederácie odborových zväzov SR zasadal v Bratislave.", "koz-sr"),
        ("Konfederácia odborových zväzov vyzvala vládu na rokovanie v Bratislave.", "koz-sr"),
        ("Školskí odborári z OZ PŠaV protestovali v Košiciach.", "ozs-sk"),
        ("Odborové združenie železničiarov rokovalo so ŽSR v Žiline.", "ozz-sk"),
        ("Pressikonverentsil Tallinnas rääkis Eesti Ametiühingute Keskliidu juht.", "eakl"),
        ("Lietuvos profesinių sąjungų konfederacijos pirmininkė kalbėjo Vilniuje.", "lpsk"),
        ("Latvijas Brīvo arodbiedrību savienības pārstāvis runāja Rīgā.", "lbas"),
        ("Streikas Kaune: LŠDPS kviečia mokytojus prisijungti.", "lsdps-lt"),
        ("Eesti Haridustöötajate Liidu volikogu otsustas Tartus streikida.", "ehl-ee"),
    ],
)
def test_central_and_baltic_names_the_directory_lacked(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text, code",
    [
        ("Zaměstnanci drah v Česku vstoupili do stávkové pohotovosti.", "CZ"),
        ("Odbory České republiky chystají protest.", "CZ"),
        ("Učitelia na Slovensku vstúpili do štrajkovej pohotovosti.", "SK"),
        ("Sindicatele spun că salariile din economia României stagnează.", "RO"),
        ("Radnici u Srbiji najavili su štrajk upozorenja.", "RS"),
        ("Medicinske sestre u Hrvatskoj prosvjeduju zbog plaća.", "HR"),
        ("Prosvjetni radnici u Sarajevu stupili su u štrajk.", "BA"),
        ("Nastavnici na području Bosne i Hercegovine traže veće plate.", "BA"),
        ("Štrajk u Unsko-sanskom kantonu traje treću sedmicu.", "BA"),
        ("Radnici u Crnoj Gori najavili su protest.", "ME"),
        ("Delavci v Ljubljani so začeli stavko.", "SI"),
    ],
)
def test_case_forms_of_central_and_south_slavic_places(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # a capitalised head in an oblique case, the genitives after it, and a place ending the name
        (
            "Predsjednik Sindikata zdravstvenih radnika i medicinskih sestara Hrvatske govorio je u Osijeku.",
            "Sindikat zdravstvenih radnika i medicinskih sestara Hrvatske",
        ),
        (
            "Štrajk je najavio Sindikat komunalnih djelatnika Kantona Sarajevo u ponedjeljak.",
            "Sindikat komunalnih djelatnika Kantona Sarajevo",
        ),
        # the head written small after the name's own capitalised adjective
        ("Nezavisni sindikat poštanskih radnika odbio je ponudu uprave u Beogradu.", "Nezavisni sindikat poštanskih radnika"),
        ("Čelnik Samostalnog sindikata drvne industrije potpisao je ugovor u Tuzli.", "Samostalni sindikat drvne industrije"),
        # Czech and Slovak
        ("Předseda Odborového svazu pracovníků pošty uvedl v Brně, že stávka začne v pondělí.", "Odborový svaz pracovníků pošty"),
        ("Hutnícky odborový zväz vyhlásil v Košiciach štrajkovú pohotovosť.", "Hutnícky odborový zväz"),
        (
            "Zástupcovia Odborového zväzu zamestnancov lesného hospodárstva rokovali v Banskej Bystrici.",
            "Odborový zväz zamestnancov lesného hospodárstva",
        ),
    ],
)
def test_head_first_names_with_lower_case_genitives(text: str, name: str | None) -> None:
    names = discovered_names(tag_text(text))
    if name is None:  # "u kulturi" is no genitive: the head alone names no union
        assert not any(found.casefold().startswith("sindikat") for found in names)
    else:
        assert name in names


@pytest.mark.parametrize(
    "text",
    [
        "Predsjednik sindikata metalaca govorio je u Zagrebu.",  # a description, the head written small
        "Sindikati su odbili ponudu Vlade u Sarajevu.",
        "Predseda odborového zväzu uviedol, že rokovania pokračujú v Bratislave.",
    ],
)
def test_a_head_first_head_alone_or_small_names_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


def test_a_head_first_name_its_acronym_splits_is_left_to_the_acronym() -> None:
    tags = tag_text("Odborový zväz pracovníkov školstva a vedy (OZ PŠaV) na Slovensku vyhlásil štrajk v Bratislave.")
    assert "ozs-sk" in union_ids(tags)
    assert not discovered_names(tags)


def test_a_macedonian_name_with_the_definite_article_on_its_head() -> None:
    tags = tag_text("Протестот го организираше Сојузот на синдикатите на Македонија во Скопје.")
    assert "ssm-mk" in union_ids(tags)


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("Predsjednik Saveza sindikata Republike Srpske obratio se radnicima u Banjaluci.", "ssrs-ba"),
        ("Делегација Савеза синдиката Републике Српске састала се са министром у Бањалуци.", "ssrs-ba"),
        ("Teenistujate Ametiliitude Keskorganisatsioon toetab õpetajate streiki Tartus.", "talo-ee"),
        ("Hrvatska udruga sindikata organizirala je prosvjed u Rijeci.", "hurs-hr"),
    ],
)
def test_national_centres_of_republika_srpska_estonia_and_croatia(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_finnish_talo_is_no_estonian_centre() -> None:
    assert "talo-ee" not in union_ids(tag_text("TALO-lehden mukaan talo paloi Helsingissä yöllä."))
