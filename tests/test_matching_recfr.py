"""French recogniser pass of branch recfr over the French and Italian wide_* samples: trades a French union's name
spells in lower case (trainers, primary-school teachers, lorry drivers, carers, ambulance crews, supervisors, and the
"maîtres des parents" that Cameroon's parent-paid teachers are called) are words of the name, so that the name is read
in full."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("À Moundou, le Syndicat national des formateurs appelle à un sit-in devant la délégation régionale.",
         "Syndicat national des formateurs"),
        ("À Garoua, le Syndicat autonome des instituteurs du Nord-Cameroun réclame ses arriérés de primes.",
         "Syndicat autonome des instituteurs du Nord-Cameroun"),
        ("À Douala, l'Union nationale des camionneurs du Littoral (UNCL) bloque le port depuis lundi.",
         "Union nationale des camionneurs du Littoral"),
        ("À Bafoussam, le Syndicat des maîtres des parents de l'Ouest dénonce des salaires impayés depuis six mois.",
         "Syndicat des maîtres des parents de l'Ouest"),
        ("À Lomé, le Syndicat national des ambulanciers et soignants du Togo menace de cesser le travail.",
         "Syndicat national des ambulanciers et soignants du Togo"),
    ],
)
def test_a_lower_case_trade_is_the_names(text: str, expected: str) -> None:
    assert expected in discovered_names(tag_text(text, language="fr"))
