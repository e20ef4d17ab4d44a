"""African pages in English, French and Portuguese (issue 9, branch afr36): a day of the week opening a sentence
before "le syndicat" is no union's name; names the directory lacked (data/union_sources/africa-afr36.tsv)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_names


@pytest.mark.parametrize("text", [
    "Une grève nationale a paralysé les hôpitaux publics du Burkina Faso.\n"
    "Mardi, le syndicat a entamé une grève de 72 heures \"sans service minimum\".",
    "Los maestros de Bolivia marcharon en La Paz. Viernes, el sindicato anunció un paro de 48 horas.",
])
def test_a_day_before_the_union_referred_to_is_no_name(text: str) -> None:
    names = union_names(tag_text(text))
    assert not any(name in ("Mardi", "Viernes") for name in names), names


@pytest.mark.parametrize(("text", "expected"), [
    ("The joint press briefing was attended by Mine Workers Union of Zambia (MUZ), president Joseph Chewe and Wisdom "
     "Ngwira, the president of United Miners Workers Union of Zambia (UMUZ).", "United Mineworkers Union of Zambia"),
    ("Other trade unions making up BOFEPUSU include National Amalgamated Local, Central Government and Parastatal "
     "Workers Union (NALCGPWU) and Botswana Teachers Union (BTU).",
     "National Amalgamated Local Central Government and Parastatal Workers Union"),
    ("Mr Paulino Angutoko, the West Nile regional coordinator for Uganda Professional Science Union (UPSTU), said the "
     "strike goes on.", "Uganda Professional Science Teachers' Union"),
    ("Les syndicats des travailleurs de la santé, regroupés autour du Sutsas (Syndicat unique des travailleurs de la "
     "santé et de l'action sociale), ont décrété une grève de 48 heures à Sédhiou.",
     "Syndicat unique des travailleurs de la santé et de l'action sociale"),
    ("L'Alliance des Syndicats Autonomes de la Santé (ASAS) SUTSAS-SUDTUM-SAT Santé/And Gueusseum entame son 12ème plan "
     "d'action au Sénégal.", "Syndicat unique et démocratique des travailleurs municipaux"),
    ("L'Alliance des Syndicats Autonomes de la Santé (ASAS) SUTSAS-SUDTUM-SAT Santé/And Gueusseum entame son 12ème plan "
     "d'action au Sénégal.", "SAT Santé"),
    ("O Sindicato de professores cabo-verdianos garantiu intensificar a luta. De acordo com o presidente do SINDEP, está "
     "prevista uma greve nacional.", "Sindicato Nacional dos Professores"),
])
def test_african_unions_the_directory_lacked(text: str, expected: str) -> None:
    names = union_names(tag_text(text))
    assert expected in names, names


def test_the_science_teachers_union_places_its_story_in_uganda() -> None:
    tags = tag_text("In Arua City, some of the teachers gathered at West Nile Golf Club, said Mr Paulino Angutoko, "
                    "the West Nile regional coordinator for Uganda Professional Science Union (UPSTU).")
    assert "UG" in primary_countries(tags)
