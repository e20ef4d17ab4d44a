"""Nordic countries' names in the Scandinavian genitive, shipowners' bodies, Icelandic case forms of union names, a
Finnish confederation's member by its short name, Norway's SAFE, and the directory rows of
data/union_sources/nordic-benelux-pages-nordic32.tsv (branch nordic32)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Grønlands største fagforening varsler strejke i næste uge.", "GL"),
        ("Sveriges største fagforbund har varslet strejke.", "SE"),
        ("Finlands største fagforbund strejker i dag.", "FI"),
    ],
)
def test_a_nordic_country_named_in_the_scandinavian_genitive_is_the_country(text: str, country: str) -> None:
    assert primary_countries(tag_text(text)) == {country}


def test_english_islands_are_not_iceland() -> None:
    tags = tag_text("Dock workers on the islands walked out over unpaid wages, the union said.")
    assert "IS" not in primary_countries(tags)


def test_a_shipowners_association_is_no_union() -> None:
    assert union_ids(tag_text("Norges Rederiforbund vurderer lockout for å stanse streiken på sokkelen.")) == set()


def test_safe_after_a_union_word_is_norways_energy_union() -> None:
    tags = tag_text("Det ble streik etter at fagforeningen Safe ikke kom til enighet om pensjonsordninger.")
    assert "safe-no" in union_ids(tags)


def test_the_english_word_safe_is_no_union() -> None:
    tags = tag_text("The teachers kept schools open safe and functional during the strike, the union said.")
    assert "safe-no" not in union_ids(tags)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miðstjórn ASÍ styður verkfall félagsfólks Eflingar.", {"efling-is"}),
        ("Samtök atvinnulífsins svöruðu Eflingu ekki í dag vegna verkfallsins.", {"efling-is"}),
        ("Yfirlýsing vegna vísunar SGS og Eflingar á kjaraviðræðum til ríkissáttasemjara.", {"efling-is", "sgs-is"}),
    ],
)
def test_an_icelandic_union_name_in_the_genitive_or_dative_is_the_union(text: str, expected: set[str]) -> None:
    assert expected <= union_ids(tag_text(text, language="is"))


def test_a_finnish_confederations_member_called_pro_is_the_union() -> None:
    tags = tag_text("STTK:n alainen Pro ilmoitti työnseisauksesta sahoille ja vaneritehtaille.", language="fi")
    assert "ammattiliitto-pro-fi" in union_ids(tags)


def test_pro_as_a_word_is_no_union() -> None:
    tags = tag_text("Uusi Pro-malli myytiin loppuun jo ensimmäisenä päivänä.", language="fi")
    assert "ammattiliitto-pro-fi" not in union_ids(tags)


@pytest.mark.parametrize(
    ("text", "union_id", "language"),
    [
        ("Norsk Flytekniker Organisasjon (NFO) tok 109 flyteknikere ut i streik.", "nfo-no", None),
        ("Lakolla Posti- ja logistiikka-alan unionin PAU jäsenet vastustavat heikennyksiä Helsingissä.", "pau-fi", "fi"),
        ("William Van Erdeghem, voorzitter van ACV Metea, zegt dat Volvo in Gent staakt.", "acv-metea-be", "nl"),
        ("Vakbonden FNV, CNV en LAD zijn boos over de cao van de umc's in Utrecht.", "lad-nl", "nl"),
        ("Bij de AbvaKabo steunde 86 procent van de leden de cao voor ziekenhuizen in Nederland.", "abvakabo-fnv-nl", "nl"),
        ("Sjöfolksförbundet var indraget i svåra strider med rederierna i Sverige.", "svenska-sjofolksforbundet-se", None),
    ],
)
def test_directory_rows_of_nordic32_name_their_unions(text: str, union_id: str, language: str | None) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(
    ("text", "union_id"),
    [
        ("PAUn liittohallitus päätti lakosta Helsingissä.", "pau-fi"),
        ("Posti- ja logistiikka-alan unionissa valmistellaan lakkoa Tampereella.", "pau-fi"),
        ("Suomen Merimies-Unionin jäsenet aloittivat lakon satamissa Helsingissä.", "suomen-merimies-unioni-fi"),
    ],
)
def test_a_finnish_unioni_and_an_acronym_read_as_a_word_take_their_case_endings(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="fi"))


def test_the_european_unions_genitive_is_no_finnish_union() -> None:
    assert union_ids(tag_text("Euroopan unionin jäsenmaat päättivät asiasta Brysselissä.", language="fi")) == set()


def test_a_quote_opening_the_next_sentence_does_not_run_a_name_on() -> None:
    tags = tag_text(
        "Vakbonden 'boos' over de plannen. 'Dit is onaanvaardbaar', zegt vakbondsman Jan Peeters (ACV Puls) in Gent.",
        language="nl",
    )
    assert not [tag.name for tag in tags.unions if tag.union_id.startswith("found:")]
    assert "acv-puls-be" in union_ids(tags)


def test_a_unions_genitive_before_a_word_for_its_federation_is_the_union() -> None:
    tags = tag_text("Medlemmarna riktar hård kritik mot Sekos förbund efter uppgörelsen om tågtrafiken i Stockholm.")
    assert not [tag.name for tag in tags.unions if tag.union_id.startswith("found:")]
    assert "seko-facket-for-service-och-kommunikation-se" in union_ids(tags)


def test_a_union_whose_name_opens_with_a_genitive_keeps_its_name() -> None:
    tags = tag_text("Lärarnas Riksförbund varslar om strejk på skolor i Sverige.")
    assert any(tag.name == "Lärarnas Riksförbund" for tag in tags.unions)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Roger Patriksson, ordförande i Seko Spårtrafik, kritiserar uppgörelsen i Stockholm.", "seko-spartrafik-se"),
        ("Ordföranden för Seko Pendelklubben i Stockholm är missnöjd med avtalet.", "seko-pendelklubben-se"),
    ],
)
def test_a_seko_club_named_with_sekos_name_names_seko_too(text: str, club: str) -> None:
    ids = union_ids(tag_text(text))
    assert {club, "seko-facket-for-service-och-kommunikation-se"} <= ids


def test_seko_in_capitals_is_seko() -> None:
    assert "seko-facket-for-service-och-kommunikation-se" in union_ids(tag_text("SEKO varslar om strejk i Sverige."))
