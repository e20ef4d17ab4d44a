"""French and Italian company-dispute pages of branch frb35: directory rows for unions the wide_frb35 sample named and
the directory lacked (data/union_sources/french-pages-frb35.tsv: La Réunion's CGTR and its commerce federation, Air
France's cabin-crew unions, Carrefour's SNEC CFE-CGC, Total's Sictame, the FGA-CFDT, Abidjan's CNDD, Morocco's FNSA,
Comilog's company unions, Senelec's Sutelec); a firm's unions referred to in the lower-case plural before the firm's
bracketed short name ("les syndicats de la Régie nationale des transports (Renatra)") are no union's name."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize(
    "text, language, expected_ids",
    [
        ("Saint-Denis : la CGTR appelle les salariés des stations-service à un débrayage lundi.", "fr", {"cgtr-fr"}),
        ("Le Port : la CGTR Commerce, Distribution et Services dénonce l'ouverture des magasins le dimanche.", "fr",
         {"federation-cgtr-commerce-distribution-et-services-fr"}),
        ("Roissy : le SNPNC et l'UNSA-PNC déposent un préavis pour les hôtesses d'une compagnie régionale.", "fr",
         {"snpnc-fr", "unsa-pnc-fr"}),
        ("Orly : le SNPC-FO refuse de signer l'accord sur les rotations des stewards.", "fr", {"snpc-fo-fr"}),
        ("Évry : la SNEC CFE-CGC appelle les cadres des hypermarchés à se déconnecter une heure.", "fr",
         {"snec-cfe-cgc-fr"}),
        ("Quimper : la FGA-CFDT demande une prime pour les salariés de la conserverie.", "fr", {"fga-cfdt-fr"}),
        ("San Pedro : le CNDD menace de bloquer les quais si les primes ne sont pas versées.", "fr", {"cndd-ci"}),
        ("Agadir : la FNSA réclame la réintégration des ouvrières licenciées d'une station d'emballage.", "fr",
         {"fnsa-ma"}),
        ("Moanda : le Synatex et le Symiga suspendent leur préavis après une rencontre avec le ministre.", "fr",
         {"synatex-ga", "symiga-ga"}),
        ("Thiès : le Sutelec dénonce des mutations arbitraires d'agents de la distribution.", "fr", {"sutelec-sn"}),
    ],
)
def test_unions_the_directory_lacked(text: str, language: str, expected_ids: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) >= expected_ids


@pytest.mark.parametrize(
    "text, language",
    [
        ("Conflit ouvert entre la direction et les syndicats de la Société nationale des Eaux (Sonees). Les délégués "
         "ont quitté la réunion.", "fr"),
        ("Tension entre le patron et les syndicats de la Régie nationale des transports (Renatra) depuis lundi.", "fr"),
    ],
)
def test_a_firms_unions_in_the_lower_case_plural_are_no_name(text: str, language: str) -> None:
    names = discovered_names(tag_text(text, language=language))
    assert not any(name.lower().startswith("syndicats") for name in names), names
