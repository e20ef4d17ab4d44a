"""Foreign demonyms kept out where they are another language's word (Spanish "danés", the Slovenian "danes"), the
Romanian "Piata" no Brazilian town, and the directory rows of data/union_sources/central-east-europe-cee32.tsv
(issue 9, branch cee32). Every sentence is this file's own."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids


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
