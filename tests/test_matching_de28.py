"""German unions by acronym: the police union's "GdP" (small letter inside, so not the word "GDP" in capitals) is kept
by the directory build and read alone and before a hyphen ("GdP-Chef"); the other acronyms and "Verdi" keep being read
at the start of a hyphenated compound, and the composer stays untagged (issue 9, branch de28)."""

from __future__ import annotations

import pytest

from scripts.build_union_directory import unsafe_acronym
from tests.matching import tag_text, union_names


@pytest.mark.parametrize("language", ["de", None])
@pytest.mark.parametrize("text", [
    "Der GdP-Landesvorsitzende warnte vor weiteren Stellenkürzungen bei der Bereitschaftspolizei.",
    "Die GdP verlangt mehr Personal für die Wachen in Niedersachsen.",
    "Nach dem Einsatz forderte GdP-Chef Kopelke bessere Schutzausrüstung.",
])
def test_police_union_acronym_with_a_small_letter(text: str, language: str | None) -> None:
    assert union_names(tag_text(text, language=language)) == {"Gewerkschaft der Polizei"}


def test_build_keeps_a_short_acronym_with_a_small_letter_only() -> None:
    assert unsafe_acronym("GdP") is None
    assert unsafe_acronym("GDP") is not None


@pytest.mark.parametrize("text, language", [
    ("Das GDP der Eurozone wuchs im dritten Quartal kaum.", "de"),
    ("Germany's GDP shrank again as gdp forecasts were cut.", "en"),
])
def test_gross_domestic_product_is_no_union(text: str, language: str) -> None:
    assert union_names(tag_text(text, language=language)) == set()


@pytest.mark.parametrize("language", ["de", None])
@pytest.mark.parametrize("text, name", [
    ("Die DGB-Vorsitzende rief in Leipzig zu höheren Löhnen auf.", "German Trade Union Confederation"),
    ("Ein IG-Metall-Bezirksleiter kündigte Warnstreiks in Baden-Württemberg an.", "IG Metall"),
    ("Der GEW-Landesvorsitzende kritisierte den Lehrermangel in Sachsen.", "Education and Science Workers' Union"),
    ("Die EVG-Tarifkommission lehnte das Angebot der Bahn in Berlin ab.", "Railway and Transport Union"),
    ("Der NGG-Sekretär verhandelt mit den Bäckereien in Hamburg.", "Food, Beverages and Catering Union"),
    ("Verdi-Chef Werneke kündigte einen Streik an den Flughäfen an.", "ver.di"),
    ("Verdi ruft die Beschäftigten im Nahverkehr in München zum Warnstreik auf.", "ver.di"),
])
def test_acronym_or_short_name_before_a_hyphen(text: str, name: str, language: str | None) -> None:
    assert name in union_names(tag_text(text, language=language))


@pytest.mark.parametrize("language", ["de", None])
@pytest.mark.parametrize("text", [
    "Die Verdi-Oper wurde gestern in Dresden neu inszeniert.",
    "Giuseppe Verdi komponierte die Oper in Mailand.",
    "Verdis Requiem erklang im Dom zu Köln.",
])
def test_the_composer_is_no_union(text: str, language: str | None) -> None:
    assert union_names(tag_text(text, language=language)) == set()


@pytest.mark.parametrize("language", ["de", None])
@pytest.mark.parametrize("text", [
    "Der Bundeskongress der IGBCE beginnt am Montag in Hannover.",
    "Die IGBCE-Mitglieder in der Chemieindustrie stimmten dem Tarifabschluss zu.",
])
def test_mining_chemical_union_written_without_its_space(text: str, language: str | None) -> None:
    assert union_names(tag_text(text, language=language)) == {"IG BCE"}
