"""Numbered units of a union (locals, sections) read whole and owned by the right union (issue 9)."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger
from tests.matching import tag_text, union_names


def test_a_place_adjective_before_a_bare_local_is_not_its_union() -> None:
    text = ("Bus drivers in Ohio joined the Teamsters last month. "
            "The Columbus-based Local 413 said the vote was unanimous.")
    names = union_names(tag_text(text))
    assert "Teamsters Local 413" in names
    assert not any("based" in name for name in names)


def test_a_bare_local_after_a_place_adjective_with_no_union_before_is_nothing() -> None:
    names = union_names(tag_text("The Columbus-based Local 413 of bus drivers met in Ohio on Monday."))
    assert not any("Local 413" in name for name in names)


def test_a_division_written_after_the_acronym_stays_in_the_local_name() -> None:
    names = union_names(tag_text("Cleaners of SEIU Healthcare Local 9 walked out at a clinic in Toronto, Ontario."))
    assert "SEIU Healthcare Local 9" in names
    assert "SEIU Local 9" not in names


def test_an_acronym_of_two_words_owns_its_local_whole() -> None:
    names = union_names(tag_text("Hotel cooks of UNITE HERE Local 8 struck in Seattle, Washington, on Friday."))
    assert "UNITE HERE Local 8" in names
    assert "HERE Local 8" not in names


def test_the_spelt_out_name_before_a_bracketed_acronym_still_gives_the_acronym_local() -> None:
    text = "Workers of the United Food and Commercial Workers (UFCW) Local 1459 struck in Springfield, Massachusetts."
    assert "UFCW Local 1459" in union_names(tag_text(text))


def test_a_local_of_a_long_directory_name_takes_its_short_form() -> None:
    text = ("Library staff, members of Local 5021 of the Canadian Union of Public Employees, "
            "voted to strike in Kingston, Ontario.")
    names = union_names(tag_text(text))
    assert "CUPE Local 5021" in names
    assert "Canadian Union Local 5021" not in names


def test_a_lower_case_local_after_a_union_name_is_that_union_s_local() -> None:
    names = union_names(tag_text("Casino workers of Unite Here local 54 rallied in Atlantic City, New Jersey."))
    assert {"Unite Here Local 54", "UNITE HERE"} <= names


@pytest.mark.parametrize("text", [
    "About 300 UAW local members met in Detroit, Michigan, on Sunday.",  # no number
    "The UAW said local 12 schools were closed in Detroit, Michigan.",  # not right after the name
])
def test_a_lower_case_local_needs_its_number_right_after_the_name(text: str) -> None:
    assert not any("Local" in name for name in union_names(tag_text(text)))


@pytest.mark.parametrize("text", [
    "La grève est suivie à Lille, selon le secrétaire de l'union départementale CGT 59, dans le Nord de la France.",
    "Les salariés de Marseille suivent l'appel de la CFDT 13 à la grève, en France.",
    "In Nederland vraagt CNV 5 procent loonsverhoging en FNV 7 procent, zeggen de bonden.",
])
def test_an_acronym_and_a_number_is_no_local_outside_english(text: str) -> None:
    assert not any("Local" in name for name in union_names(tag_text(text)))


@pytest.mark.parametrize(("text", "local"), [
    ("Le SCFP 1500, qui représente les employés de métier d'Hydro-Québec à Montréal, a voté pour la grève.",
     "SCFP Local 1500"),
    ("Les membres du SCFP 4041 chez Air Transat, au Québec, ont rejeté l'entente de principe.", "SCFP Local 4041"),
])
def test_a_local_of_three_or_four_digits_stays_a_local_in_quebec_french(text: str, local: str) -> None:
    assert local in union_names(tag_text(text))


def test_an_overseas_departments_number_is_no_local() -> None:
    assert not any(
        "Local" in name
        for name in union_names(
            tag_text("La CGT 974 appelle à la grève générale à Saint-Denis, à La Réunion, contre la vie chère.")
        )
    )


def test_an_acronym_and_a_number_is_still_a_local_in_english() -> None:
    text = "Teaching assistants of CUPE 3906 walked off the job at the university in Hamilton, Ontario."
    assert "CUPE Local 3906" in union_names(tag_text(text))


def test_a_section_of_a_union_the_directory_does_not_know_is_its_own_union() -> None:
    text = ("Los trabajadores de la Sección 12 de la Unión Nacional de Conductores Ferroviarios (UNCF) "
            "pararon en Monterrey, México.")
    names = union_names(tag_text(text))
    assert "Sección 12 de la Unión Nacional de Conductores Ferroviarios" in names
    assert "Unión Nacional de Conductores Ferroviarios" in names


def test_an_unknown_union_without_its_acronym_gets_no_section() -> None:
    text = "Los trabajadores de la Sección 12 de la Unión Nacional de Conductores Ferroviarios pararon en Monterrey, México."
    assert not any(name.startswith("Sección") for name in union_names(tag_text(text)))


def test_a_union_named_after_a_day_keeps_its_month() -> None:
    names = union_names(tag_text("El Sindicato 14 de abril convoca una huelga de jornaleros en Jaén, España."))
    assert "Sindicato 14 de abril" in names
    assert "Sindicato 14" not in names


def test_a_month_after_a_numbered_union_s_workplace_is_not_its_name() -> None:
    names = union_names(tag_text("El Sindicato 2 de Chuquicamata paró en abril en Calama, Chile."))
    assert not any("abril" in name for name in names)


def test_a_number_before_a_japanese_union_name_is_not_the_name_s() -> None:
    names = union_names(tag_text("連絡先は長岡市本町2-31北越地区労働組合総連合です。"))
    assert "北越地区労働組合総連合" in names
    assert not any(name[0].isdigit() for name in names)


def test_a_name_starting_with_a_digit_and_a_latin_letter_keeps_its_digit() -> None:
    assert "1F労働組合" in union_names(tag_text("東京の1F労働組合がストを行った。"))


def test_an_acronym_and_a_number_in_a_headline_too_short_to_tell_its_language_is_a_local() -> None:
    assert "OPSEU Local 561" in union_names(tag_text("Members rallied at the college in Ontario.", title="OPSEU 561 rally"))


@pytest.mark.parametrize(("text", "language"), [
    ("Segundo a CUT 300 mil pessoas participaram da greve geral em São Paulo.", "pt"),
    ("Según la CGT 200 mil personas marcharon en Buenos Aires.", "es"),
    ("Laut DGB 1200 Teilnehmende protestierten in Berlin gegen die Reform.", "de"),
])
def test_a_unions_count_after_its_acronym_is_no_local(text: str, language: str) -> None:
    # a number of thousands or of people after the acronym is the union's figure (review26)
    names = {tag.name for tag in default_tagger().tag(None, text, language).unions}
    assert not any("Local" in name for name in names)
