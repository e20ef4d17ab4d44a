"""Italian-language matching of issue 9, branch it28: Ticino for Switzerland, Italian articulated prepositions and
"è" around found names, and the rows of data/union_sources/italy-ticino-pages-it28.tsv."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, tag_text, union_ids


@pytest.mark.parametrize("text", [
    "Gli infermieri ticinesi chiedono un aumento dei salari, dice il sindacato.",
    "La vertenza dei muratori in Ticino continua: il sindacato annuncia nuove assemblee.",
    "Le commesse ticinesi scioperano contro le aperture domenicali.",
])
def test_ticino_and_its_adjective_name_switzerland(text: str) -> None:
    assert all_countries(tag_text(text)) == {"CH"}


@pytest.mark.parametrize("text", [
    # Milan's Porta Ticinese is a street of Milan: the city keeps the story Italian
    "A Milano, in corso di Porta Ticinese, presidio della Cgil davanti al negozio.",
    "Sciopero dei trasporti a Roma: la Cgil chiede il rinnovo del contratto.",
])
def test_italian_stories_stay_italian(text: str) -> None:
    assert all_countries(tag_text(text)) == {"IT"}


@pytest.mark.parametrize("text", [
    # after a cut, "Dal" capitalised opens no name ("Dal sindacato": "from the union")
    "[...] Dal sindacato Sì Cobas dicono che il presidio continuerà. [...] Lunedì una delegazione sindacale del Si "
    "Cobas ha incontrato la cooperativa e la Legacoop Lombardia a Milano.",
    "Dal sindacato Usb fanno sapere che lo sciopero dei vigili del fuoco a Torino è confermato.",
    "Nel sindacato Filcams di Genova si discute del contratto dei supermercati.",
    "Sul sindacato Fiom di Brescia pesa la vertenza delle acciaierie.",
])
def test_an_articulated_preposition_starts_no_union_name(text: str) -> None:
    assert not any(union_id.startswith("found:") for union_id in union_ids(tag_text(text)))


def test_italian_is_ends_a_found_name() -> None:
    # "è" (is) folds to "e" (and) but joins no words of a name
    tags = tag_text("A Napoli la Fials sindacato autonomo è autonomo rispetto alla confederazione, dice il segretario.")
    assert not any(" è " in tag.name for tag in tags.unions)


@pytest.mark.parametrize("text, union_id", [
    ("A Palermo la federazione Ugl Salute denuncia la carenza di infermieri negli ospedali.", "ugl-salute-it"),
    ("A Roma la Confsal-Unsa proclama lo stato di agitazione dei dipendenti dei ministeri.", "confsal-unsa-it"),
    ("A Bari la Cgil Funzione Pubblica chiede assunzioni negli uffici comunali.", "fp-cgil-it"),
    ("A Locarno i Sindacati indipendenti ticinesi hanno tenuto la loro assemblea dei delegati.",
     "sindacati-indipendenti-ticinesi-ch"),
])
def test_rows_of_the_it28_sources(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


def test_the_salute_federation_is_not_read_without_its_name() -> None:
    # "salute" alone is health, no union
    assert "ugl-salute-it" not in union_ids(tag_text("A Palermo la salute dei lavoratori è a rischio, dice la Cgil."))


@pytest.mark.parametrize("text, expected_ids", [
    # a federation joined to its confederation's name in one word names both
    ("A Genova i lavoratori edili della FilleaCgil scioperano per la sicurezza nei cantieri.", {"fillea-cgil-it", "cgil"}),
    ("A Bari la FenealUil chiede più controlli nei cantieri edili.", {"feneal-it", "uil"}),
])
def test_a_name_joined_to_its_confederations_names_both(text: str, expected_ids: set[str]) -> None:
    assert expected_ids <= union_ids(tag_text(text))
    # with its language given, as the bot's routing passes it: read in Italian (and German), not in English text
    assert expected_ids <= union_ids(tag_text(text, language="it"))
    assert not expected_ids & union_ids(tag_text(text.replace("A ", "In ", 1), language="en"))


@pytest.mark.parametrize("text", [
    # brands written in one word of two capitalised parts name no union
    "A Milano i clienti di FastWeb e PostePay protestano per i disservizi.",
    "A Torino la filiale UniCredit chiude: i clienti protestano davanti alla banca.",
])
def test_joined_brand_names_name_no_union(text: str) -> None:
    assert not union_ids(tag_text(text))
