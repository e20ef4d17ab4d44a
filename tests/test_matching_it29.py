"""Italian-language matching of issue 9, branch it29: "Monaco" for Munich beside Germany, a found title-case
three-letter acronym resolved by the story's country ("il sindacato Cgt"), and the rows of
data/union_sources/italy-medical-pages-it29.tsv."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_ids


@pytest.mark.parametrize("text", [
    "Sciopero negli aeroporti tedeschi: a Monaco e ad Amburgo voli cancellati, dice il sindacato.",
    "In Germania si fermano i macchinisti; a Monaco i pendolari restano a piedi per lo sciopero.",
])
def test_monaco_beside_germany_is_munich(text: str) -> None:
    assert all_countries(tag_text(text)) == {"DE"}


@pytest.mark.parametrize("text", [
    "Il principato di Monaco rinnova il contratto dei dipendenti del casinò, dicono i sindacati.",
])
def test_monaco_alone_stays_the_principality(text: str) -> None:
    assert all_countries(tag_text(text)) == {"MC"}


@pytest.mark.parametrize(("text", "union_id"), [
    ("In Francia il sindacato Cgt annuncia un nuovo sciopero dei ferrovieri.", "cgt-fr"),
    ("In Argentina il sindacato Cgt ha proclamato uno sciopero generale di dodici ore.", "cgt-ar"),
    ("En España el sindicato Ugt convoca una huelga en el metal.", "ugt-es"),
])
def test_found_title_case_acronym_takes_the_union_of_the_story_country(text: str, union_id: str) -> None:
    ids = union_ids(tag_text(text))
    assert union_id in ids
    assert not any(union_id.startswith("found:") for union_id in ids)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sciopero dei medici ospedalieri proclamato da Anaao Assomed, Cimo, Fvm e Fesmed contro i tagli.",
     {"anaao-it", "cimo-it", "fvm-it", "fesmed-it"}),
    ("I medici di famiglia della Fimmg e dello Snami protestano con la Regione, insieme al Sumai.",
     {"fimmg-it", "snami-it", "sumai-it"}),
    ("Gli anestesisti dell'Aaroi-Emac e la Fassid aderiscono alla protesta dei medici a Roma.",
     {"aaroi-emac-it", "fassid-it"}),
    ("Aeroporto di Fiumicino, sciopero degli addetti all'handling con Ugl Trasporto Aereo.",
     {"ugl-trasporto-aereo-it", "ugl-it"}),
])
def test_rows_of_the_doctors_unions_and_ugl_air_transport(text: str, expected: set[str]) -> None:
    assert expected <= union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # a consumer association, employers and a workplace body are no unions
    "Il Codacons chiede il rimborso dei biglietti agli utenti dopo lo sciopero dei treni a Milano.",
    "Confindustria chiede al governo di detassare i premi di produttività, dice il presidente a Roma.",
    "La Rsu dello stabilimento di Forlì proclama otto ore di sciopero contro la direzione.",
    # a three-letter word of a story on France that no union word backs
    "A Parigi il Pil cresce poco, secondo l'istituto di statistica francese.",
])
def test_no_union_is_named(text: str) -> None:
    assert not union_ids(tag_text(text))
