"""Names of generic words only, in a story placed abroad (issue 9): each test is one general rule, with sentences of its own."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids

KONFEDERACJA_PRACY = "ogolnopolski-pracowniczy-zwiazek-zawodowy-konfederacja-pracy-pl"


@pytest.mark.parametrize("text, own", [
    ("Powszechna Konfederacja Pracy (CGT) wezwała do strajku kolejarzy we Francji.", "cgt-fr"),
    ("We Francji protestowali członkowie Powszechnej Konfederacji Pracy.", None),
    ("Włoska Powszechna Konfederacja Pracy (CGIL) ogłosiła strajk we Włoszech.", "cgil"),
])
def test_the_languages_word_for_another_countrys_confederation_is_not_its_own_union(text: str, own: str | None) -> None:
    # "Konfederacja Pracy" (Confederation of Labour) is a Polish union's short name and the Polish for many
    # countries' centres: in a story placed in France or Italy it is theirs, not the Polish one
    ids = union_ids(tag_text(text))
    assert KONFEDERACJA_PRACY not in ids
    assert own is None or own in ids


@pytest.mark.parametrize("text", [
    "Związkowcy z Konfederacji Pracy protestowali w Warszawie.",
    "Związkowcy z Konfederacji Pracy protestowali przed ministerstwem.",
])
def test_the_polish_union_is_still_named_at_home_or_with_no_place(text: str) -> None:
    assert KONFEDERACJA_PRACY in union_ids(tag_text(text))


@pytest.mark.parametrize("text, codes", [
    ("Лидеры профцентров Армении, Грузии, Молдовы и Украины встретились в Киеве.", {"AM", "GE", "MD", "UA"}),
    ("Профспілки Польщі, Литви, Латвії та Естонії підписали спільну заяву в Таллінні.", {"PL", "LT", "LV", "EE"}),
    ("Vakbonden uit Duitsland, Frankrijk, Italië en Spanje voerden samen actie in Madrid.", {"DE", "FR", "IT", "ES"}),
    ("Συνδικάτα από την Ιταλία, την Ισπανία, την Πορτογαλία και την Ελλάδα συναντήθηκαν στην Αθήνα.", {"IT", "ES", "PT", "GR"}),
])
def test_a_list_of_countries_joined_by_the_languages_and_is_the_subject(text: str, codes: set[str]) -> None:
    # "и", "та", "en", "και": the list's last country belongs to it, so a list in the lead is the story's subject
    assert codes <= primary_countries(tag_text(text))


@pytest.mark.parametrize("text", [
    "Açıklama yapan Memur-Sen Genel Başkanı, maaş zammının yetersiz olduğunu söyledi.",
    "A statement from the china Memur-Sen delegation was read out.",
])
def test_a_word_before_a_union_is_a_country_only_in_the_countrys_case(text: str) -> None:
    # "yapan" (Turkish: doing) is written like a foreign name of Japan, "Yapan", which only counts capitalised: the
    # union after it is not Japan's namesake of Memur-Sen
    assert "confederation-of-unions-of-public-officials-tr" in union_ids(tag_text(text))
