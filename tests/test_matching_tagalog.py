"""Tagalog labour news (branch tl20): Philippine places as Tagalog writes them, the common noun "sentro" beside the
SENTRO centre, and company unions whose names hold a company's abbreviation ("Inc.", "Corp.")."""
from __future__ import annotations

from bot.matching import StoryTags, default_tagger


def _tags(text: str) -> StoryTags:
    return default_tagger().tag(None, text, "tl")


def _countries(tags: StoryTags) -> set[str]:
    return {tag.code for tag in tags.countries if tag.salience == "primary"}


def test_tagalog_names_of_philippine_places_place_the_story() -> None:
    tags = _tags("Nagmartsa ang mga manggagawa sa Maynila noong Nobyembre 30 para kondenahin ang Israel at ang "
                 "Estados Unidos.")
    assert "PH" in _countries(tags)
    assert "PH" in _countries(_tags("Nagwelga ang mga manggagawa ng pabrika sa Rosario, Cavite laban sa Estados Unidos."))
    assert "PH" in _countries(_tags("Mga manggagawa sa Timog Katagalugan, iginiit ang CBA sa harap ng Estados Unidos."))


def test_the_tagalog_word_sentro_is_not_the_sentro_centre() -> None:
    tags = _tags("Delegado si Duyag sa pagtitipon ng NAFLU-KMU noong Nobyembre 11, ayon sa sentro. Aktibo siya sa "
                 "kampanya para sa dagdag-sahod ng mga manggagawa sa Butuan City.")
    assert "sentro" not in {tag.union_id for tag in tags.unions}
    assert "sentro" in {tag.union_id for tag in _tags("Ayon kay Josua Mata ng SENTRO, kailangan ang dagdag-sahod ng "
                                                      "mga manggagawa sa Maynila.").unions}


def test_a_company_abbreviation_with_its_point_stays_inside_a_union_name() -> None:
    names = {tag.name for tag in _tags("Nagsimula na ang negosasyon ng Nexperia Phils. Inc. Workers Union (NPIWU) at "
                                       "pamunuan ng Nexperia sa Cabuyao, Laguna.").unions}
    assert "Nexperia Phils. Inc. Workers Union" in names
    names = {tag.name for tag in _tags("Ayon sa VMCEU (Victoria Manufacturing Corp. Employees Union), welga na sa "
                                       "pabrika sa Pasig.").unions}
    assert "Victoria Manufacturing Corp. Employees Union" in names


def test_olalia_and_the_teachers_dignity_coalition_are_in_the_directory() -> None:
    ids = {tag.union_id for tag in _tags(
        "Magmamartsa ang Teachers' Dignity Coalition (TDC) sa Mendiola, Maynila, "
        "kasama ang mga unyong bahagi ng Organized Labor Associations in Line Industries and Agriculture (OLALIA).").unions}
    assert {"tdc-ph", "olalia-ph"} <= ids
