"""Foreign demonyms kept out where they are another language's word (Spanish "danés", the Slovenian "danes"), the
Romanian "Piata" no Brazilian town, and the directory rows of data/union_sources/central-east-europe-cee32.tsv
(issue 9, branch cee32). Every sentence is this file's own."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids


def test_the_slovenian_word_for_today_is_no_danish_demonym() -> None:
    tags = tag_text("Sindikati v Ljubljani so danes napovedali stavko v javnem sektorju.")
    assert "DK" not in all_countries(tags)
    assert "SI" in primary_countries(tags)


def test_a_danish_worker_is_still_danish() -> None:
    assert "DK" in primary_countries(tag_text("Los trabajadores daneses de la fábrica de Aarhus iniciaron una huelga."))


def test_a_romanian_square_written_without_diacritics_is_no_brazilian_town() -> None:
    tags = tag_text("Sindicalistii au protestat miercuri in Piata Victoriei, in fata sediului Guvernului din Bucuresti.")
    assert "BR" not in all_countries(tags)


@pytest.mark.parametrize(
    "text, union_id",
    [
        ("A Vasas Szakszervezeti Szövetség tagjai sztrájkot tartottak a miskolci gyárban.", "vasas-szakszervezeti-szovetseg-hu"),
        ("Tárgyalt a Vasasszakszervezet és a győri üzem vezetése.", "vasas-szakszervezeti-szovetseg-hu"),
        ("A vegyipari dolgozók szakszervezete, a VDSZ bérköveteléseket nyújtott be Budapesten.", "vdsz-hu"),
        ("Članovi Saveza samostalnih sindikata BiH protestovali su u Mostaru.", "kssbih"),
        ("Predsjednik Samostalnog sindikata radnika rudnika FBiH najavio je štrajk u Kaknju.",
         "samostalni-sindikat-radnika-rudnika-fbih-ba"),
        ("Štrajk je najavio Školski sindikat Preporod u Splitu.", "skolski-sindikat-preporod-hr"),
        ("Nezavisni sindikat zaposlenih u srednjim školama Hrvatske poziva na prosvjed u Rijeci.", "nszssh-hr"),
        ("Konfederacija sindikatov Slovenije Pergam je v Mariboru zahtevala višje plače.",
         "konfederacija-sindikatov-slovenije-pergam-si"),
        ("Federația Sindicatelor din Educație „Spiru Haret” a anunțat un protest la Iași.",
         "federatia-sindicatelor-din-educatie-spiru-haret-ro"),
        ("Federația Națională Sindicală „Alma Mater” cere salarii mai mari pentru profesorii din Cluj.",
         "federatia-nationala-sindicala-alma-mater-ro"),
    ],
)
def test_directory_rows_of_cee32(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_bosnian_confederation_short_name_is_not_the_serbian_one() -> None:
    tags = tag_text("Članovi Saveza samostalnih sindikata BiH protestovali su u Mostaru.")
    assert "catus" not in union_ids(tags)


@pytest.mark.parametrize(
    "text, name",
    [
        # a genitive of a genitive ("of the workers of municipal services"), then the canton the name ends with
        ("Najavio je protest Samostalni sindikat radnika komunalne privrede Kantona Sarajevo u ponedjeljak.",
         "Samostalni sindikat radnika komunalne privrede Kantona Sarajevo"),
        # a name in quotes after the genitives is the name's own
        ("Članovi Sindikata radnika pošte „Jedinstvo“ stupili su u štrajk u Nišu.", "Sindikat radnika pošte Jedinstvo"),
    ],
)
def test_bcs_head_first_names_with_genitive_chains_and_quoted_names(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text, language="bs" if "Kantona" in text else "sr"))


@pytest.mark.parametrize(
    "text",
    [
        "Sindikalci su u srijedu blokirali ulice u Zenici.",  # unionists, not a "Sindi-" name
        "Sindikat radnika je rekao da štrajk počinje u ponedjeljak u Tuzli.",  # "the workers' union", described
    ],
)
def test_bcs_words_for_unionists_and_described_unions_are_no_names(text: str) -> None:
    assert not discovered_names(tag_text(text, language="bs"))


@pytest.mark.parametrize(
    "text",
    [
        "Konfederasyona bağlı sendikalar Kocaeli'de ortak bir açıklama yaptı.",  # a place with its case ending
        "Basın açıklamasının altında yalnızca SENDİKASI imzası vardı.",  # the head word alone, in capitals
    ],
)
def test_turkish_places_with_case_endings_and_bare_heads_are_no_names(text: str) -> None:
    assert not discovered_names(tag_text(text, language="tr"))


@pytest.mark.parametrize(
    "text, code",
    [
        ("Sindikat je održao skup ispred fabrike u Kruševcu.", "RS"),
        ("Radnici iz Kruševca nisu primili platu tri meseca.", "RS"),
        ("Sindicaliștii au protestat joi în centrul Clujului.", "RO"),
    ],
)
def test_case_forms_of_krusevac_and_cluj(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Stávku podpořil i předseda Českomoravské konfederace odborových svazů v Brně.",
        "Vláda jednala s Českomoravskou konfederací odborových svazů o minimální mzdě.",
    ],
)
def test_the_czech_confederation_in_other_cases(text: str) -> None:
    assert "cmkos" in union_ids(tag_text(text))
