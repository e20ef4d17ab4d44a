"""English (outside the US/UK), Portuguese, Polish and Spanish pass (issue 9, branch receu42): the one country a story
on a union found by its name's shape names (by a demonym, "miles de hondureños") is where it happens, as it is for a
directory union's; and Polish names whose proper part stands in quotes after an abbreviated head ("NSZZ „Solidarność”",
"ZZ „Budowlani”")."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize(("text", "code"), [
    # wide_receu42 es-42572 (proceso.hn)
    ("El paro fue convocado el pasado día 2 de marzo por el Sindicato de Trabajadores de la Medicina, Hospitales y "
     "Similares (SITRAMEDHYS), cuyo presidente, Hiram Mairena, hizo un llamamiento a los manifestantes para que "
     "retornen hoy mismo a sus labores normales. La protesta de los trabajadores de la salud, que incluyó a enfermeras "
     "auxiliares, anestesistas, personal de administración y de áreas técnicas, afectó a miles de hondureños enfermos "
     "que no pudieron ser atendidos.", "HN"),
    # wide_es19 es-6057 (a Venezuelan union found by its shape, "los trabajadores venezolanos")
    ("Representantes de distintos gremios marcharon este martes. «Tenemos que defender los derechos laborales de los "
     "trabajadores venezolanos.» Por el Sindicato de Trabajadores Eléctricos de Corpoelec, Henry Méndez, indicó que "
     "reclaman la reposición de los beneficios contractuales.", "VE"),
])
def test_the_one_country_of_a_story_on_a_found_union_is_primary(text: str, code: str) -> None:
    assert primary_countries(tag_text(text, language="es")) == {code}


def test_a_country_named_in_passing_in_a_story_naming_no_union_stays_mentioned() -> None:
    # the rule needs a named union: a story naming none may name a country in passing
    tags = tag_text("La protesta de los trabajadores de la salud, que incluyó a enfermeras auxiliares, anestesistas, "
                    "personal de administración y de áreas técnicas, se mantuvo durante toda la jornada en el centro. "
                    "Los manifestantes advirtieron que mantendrán su protesta si su petición no es atendida por las "
                    "autoridades, que aún no han convocado una mesa de diálogo. Uno de los oradores contó que había "
                    "visitado a miles de hondureños enfermos en la frontera.", language="es")
    assert "HN" not in primary_countries(tags)
