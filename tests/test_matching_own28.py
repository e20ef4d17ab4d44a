"""A foreign owner's country and workers' country of origin in more languages: Polish nouns for a company after
a demonym ("koreańskiego koncernu"), German "in ... Besitz", "di proprietà"/"de propiedad" before a demonym, Italian
"da" fused with its article ("arrivati dall'India"), Arabic workers named with a demonym and the place they work in
("العمال البنغاليون في الكويت"), Bangla "প্রবাসী" after a demonym; only mentioned where another country is the
story's place (issue 9, branch own28)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


@pytest.mark.parametrize("text, language, place, other", [
    # Polish: a demonym before "koncernu", "sieci"
    ("Załoga zakładu w Polsce odeszła od taśm. Fabryka należy do japońskiego koncernu Sanyo, który odmawia podwyżek.",
     "pl", "PL", "JP"),
    ("Kasjerki w Polsce protestują przed sklepami portugalskiej sieci Biedronka. Związek żąda wyższych płac.",
     "pl", "PL", "PT"),
    # German: "in chinesischem Besitz"
    ("In Polen streiken die Arbeiter eines Reifenwerks in chinesischem Besitz. Die Gewerkschaft in Polen verlangt "
     "mehr Geld.", "de", "PL", "CN"),
    # Spanish and Italian: "de propiedad" / "di proprietà" before a demonym
    ("En Honduras, las costureras de una maquila de propiedad surcoreana llevan dos semanas en paro.", "es", "HN", "KR"),
    ("A Milano i facchini di un magazzino di proprietà cinese sono in sciopero da tre giorni.", "it", "IT", "CN"),
    # Italian: "da" fused with the article
    ("A Napoli i braccianti arrivati dall'India e dal Pakistan raccolgono pomodori per pochi euro l'ora.",
     "it", "IT", "IN"),
    ("A Torino i lavoratori giunti dalla Nigeria hanno incrociato le braccia contro i tagli.", "it", "IT", "NG"),
    # Arabic: workers named with a demonym, placed in another country
    ("أضرب العمال البنغلاديشيون في ماليزيا عن العمل بسبب تأخر الأجور.", "ar", "MY", "BD"),
    # Bangla: a demonym (the name and "ি") before expatriate workers
    ("নেপালি প্রবাসী শ্রমিকরা কাতারে মজুরির দাবিতে কাজ বন্ধ রেখেছেন।", "bn", "QA", "NP"),
])
def test_an_owners_or_origin_country_is_only_mentioned(text: str, language: str, place: str, other: str) -> None:
    tags = tag_text(text, language=language)
    assert place in primary_countries(tags)
    assert other not in primary_countries(tags)
    assert other in {tag.code for tag in tags.countries}


@pytest.mark.parametrize("text, language, code", [
    # the nationality is the story's only country
    ("Pracownicy japońskiego koncernu Sanyo odeszli od taśm. Związek żąda podwyżek.", "pl", "JP"),
    ("Die Arbeiter eines Reifenwerks in chinesischem Besitz streiken. Die Gewerkschaft verlangt mehr Geld.", "de", "CN"),
    # the owner's country is the place too
    ("En Corea del Sur y en Honduras, las costureras de una maquila de propiedad surcoreana llevan dos semanas en paro.",
     "es", "KR"),
    # workers "of" a country, no word of coming: its own
    ("أضرب عمال مصر في القاهرة عن العمل بسبب تأخر الأجور.", "ar", "EG"),
    # a story about the country the workers come from
    ("In India i braccianti arrivati dal Punjab protestano a Nuova Delhi.", "it", "IN"),
    # the money expatriate workers send home is their country's story
    ("কাতারে থাকা নেপালি প্রবাসী শ্রমিকদের রেমিট্যান্স এ বছর কমেছে।", "bn", "NP"),
])
def test_a_story_of_the_country_itself_keeps_it(text: str, language: str, code: str) -> None:
    assert code in primary_countries(tag_text(text, language=language))
