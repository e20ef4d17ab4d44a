"""resolve(): what users type, turned into a country code or union id."""

from __future__ import annotations

import pytest

from bot.matching import UnionDirectory, default_directory, resolve


@pytest.mark.parametrize("typed, kind, value", [
    ("Belarussia", "any", "BY"),
    ("Belorus", "country", "BY"),
    ("Azerbaidjan", "any", "AZ"),
    ("azerbaijan", "country", "AZ"),
    ("Kyrgystan", "any", "KG"),
    ("Kirgizstan", "country", "KG"),
    ("Phillipines", "any", "PH"),
    ("Türkiye", "country", "TR"),
    ("Turkey", "any", "TR"),
    ("Côte d'Ivoire", "any", "CI"),
    ("Ivory Coast", "any", "CI"),
    ("Азербайджан", "country", "AZ"),
    ("Pakistani", "any", "PK"),
    ("GE", "country", "GE"),
])
def test_countries_resolve_with_typos_and_other_spellings(typed: str, kind: str, value: str) -> None:
    resolution = resolve(typed, kind)  # type: ignore[arg-type]
    assert (resolution.kind, resolution.value) == ("country", value), resolution.message


@pytest.mark.parametrize("typed, value", [
    ("AHIK", "ahik"),
    ("AHİK", "ahik"),
    ("ahik", "ahik"),
    ("Labour Desk", "labor-desk"),
    ("Labor Desk", "labor-desk"),
    ("Labr Desk", "labor-desk"),
    ("NTUF", "ntuf-pk"),
    ("ITUC", "ituc"),
    ("ver.di", "verdi"),
    ("Verdi", "verdi"),
    ("Industriall", "industriall"),
])
def test_unions_resolve_by_acronym_name_or_alias(typed: str, value: str) -> None:
    for kind in ("union", "any"):
        resolution = resolve(typed, kind)  # type: ignore[arg-type]
        assert (resolution.kind, resolution.value) == ("union", value), resolution.message
        assert resolution.label and "Found" in resolution.message


def test_ambiguous_name_asks_which_one() -> None:
    resolution = resolve("CGT", "union")
    assert resolution.kind is None and resolution.value is None
    assert {"cgt-fr", "cgt-ar", "cgt-co"} <= {s.value for s in resolution.suggestions}
    assert "more than one" in resolution.message
    congo = resolve("Congo", "country")
    assert congo.kind is None and {s.value for s in congo.suggestions} == {"CD", "CG"}


def test_a_countrys_own_name_is_that_country_though_a_city_shares_it() -> None:
    # The tagger reads "Armenia" in a story naming Colombia as Colombia's city (gazetteer [[shared]]); a subscriber
    # typing a country's name as the bot shows it means the country.
    assert [resolve(name, "country").value for name in ("Armenia", "Liberia", "Monaco")] == ["AM", "LR", "MC"]
    assert resolve("Guadalupe", "country").kind is None  # no country is shown so: Guadeloupe's or Mexico's city


def test_unknown_input_gets_ranked_suggestions() -> None:
    resolution = resolve("ITCU", "union")
    assert resolution.kind is None
    # several acronyms are one edit away (ties are ordered by label): one of these must share the top score
    best = resolution.suggestions[0].score
    assert {s.value for s in resolution.suggestions if s.score == best} & {"ituc", "citu", "ictu"}
    assert "ituc" in {s.value for s in resolution.suggestions}
    scores = [s.score for s in resolution.suggestions]
    assert scores == sorted(scores, reverse=True)
    assert "Did you mean" in resolution.message


def test_any_with_no_confident_match_returns_no_kind() -> None:
    resolution = resolve("solidarity with strikers", "any")
    assert resolution.kind is None and resolution.value is None
    assert resolution.message


def test_gibberish_has_a_plain_message_and_no_suggestions() -> None:
    resolution = resolve("xyzzy", "any")
    assert resolution.kind is None and resolution.suggestions == ()
    assert "couldn't find" in resolution.message


@pytest.mark.parametrize("typed", ["", "   ", "\n\t", None])
def test_empty_input_is_answered_not_raised(typed: str | None) -> None:
    resolution = resolve(typed, "any")  # type: ignore[arg-type]
    assert resolution.kind is None and resolution.suggestions == ()
    assert "Please type" in resolution.message


def test_kind_restricts_the_search() -> None:
    assert resolve("Belarus", "union").kind != "country"
    assert resolve("ITUC", "country").kind is None


def test_admin_added_unions_resolve() -> None:
    directory = UnionDirectory.from_records([{"id": "gig-riders", "name": "Gig Riders Union", "acronyms": ["GRU"],
                                             "country": "AZ"}])
    assert resolve("GRU", "union", unions=directory).value == "gig-riders"
    assert resolve("Gig Rider Union", "union", unions=directory).value == "gig-riders"


def test_a_name_holding_every_word_typed_is_suggested_before_closer_spellings_of_common_words() -> None:
    # The directory knows several "Serikat Pekerja ..." unions whose names are as close to the typed words by
    # spelling; the one that holds "kelapa sawit" (palm oil) is what the user means.
    directory = default_directory().with_extra([{
        "id": "palm-oil-plantation-union-id", "name": "Serikat Pekerja Nasional Perkebunan Kelapa Sawit Kalimantan Barat",
        "country": "ID"}])
    result = resolve("Serikat Pekerja Kelapa Sawit", "union", directory)
    assert result.value is None  # several names are close: the user chooses
    assert result.suggestions[0].value == "palm-oil-plantation-union-id"
    assert len(result.suggestions) > 1
