"""French-language labour news (issue 9, branch fr28): federations and unions the directory lacked, from France,
Morocco, Benin, Fribourg and Guinea. Sentences of their own, not the samples'."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize("text, expected_ids", [
    ("Le secrétaire adjoint de FO Cheminots appelle les aiguilleurs de Marseille à cesser le travail.",
     {"federation-fo-des-cheminots-fr", "fo"}),
    ("À Lille, le SNFOCOS refuse de signer le protocole sur le télétravail des cadres de la caisse.", {"snfocos-fr"}),
    ("À Lyon, le SNB/CFE-CGC rejette la proposition salariale de la direction de la banque.",
     {"snb-fr", "cfe-cgc-fr"}),
    ("À Casablanca, le Syndicat indépendant des médecins du secteur public annonce trois jours de grève.",
     {"simsp-ma"}),
    ("À Cotonou, la FESYNEME réclame l'embauche des agents temporaires de la compagnie pétrolière.",
     {"fesyneme-bj"}),
    ("À Fribourg, la FEDE s'oppose aux économies que le Conseil d'État impose au personnel.", {"fede-ch"}),
    ("À Conakry, la FSPE demande le paiement des primes promises aux enseignants contractuels.", {"fspe-gn"}),
])
def test_unions_the_directory_lacked(text: str, expected_ids: set[str]) -> None:
    assert expected_ids <= union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # The Swiss National Bank, not the French bank employees' union.
    "À Zurich, la Banque nationale suisse (BNS, SNB en allemand) relève son taux directeur.",
    # "Fede", a first name, not Fribourg's federation.
    "Fede ha segnato due gol nella partita di Roma.",
    # The railway federation only referred to, never named.
    "À Marseille, la fédération des cheminots appelle les aiguilleurs à cesser le travail.",
])
def test_no_union_where_none_is_named(text: str) -> None:
    assert not {union_id for union_id in union_ids(tag_text(text)) if not union_id.startswith("found:")}


@pytest.mark.parametrize("text, union_id", [
    ("Les grévistes du Seces ont défilé hier à Antananarivo.", "seces-mg"),
    ("À Niamey, les membres du Synaceb ont tenu une assemblée.", "synaceb-ne"),
])
def test_french_words_for_members_and_strikers_back_an_acronym_in_title_case(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_a_title_case_acronym_of_a_country_the_story_does_not_name_stays_a_word() -> None:
    assert "seces-mg" not in union_ids(tag_text("À Paris, les membres du Seces ont visité le musée du Louvre."))
