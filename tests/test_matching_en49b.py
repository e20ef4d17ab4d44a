"""Senders, visitors and unions of two countries (issue 9, branch en49b): a union whose directory member organises in
another country (the ILWU and its Canadian area) supports that country where the story names it and not the union's
home; a title's sender who supports, stands with or greets another country (Russian, Ukrainian, Portuguese, Arabic) is
its home base; a received delegation's or a visitor's home is not where the story happens."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text


def test_a_union_with_a_branch_abroad_supports_the_country_the_story_names() -> None:
    # the kind of wide_english11 en-1615: the ILWU's locals in Canada, Canada named once
    tags = tag_text("Dock workers of the International Longshore and Warehouse Union (ILWU) walked off the job at the "
                    "ports of Canada's Pacific coast, and the ILWU council later turned down the first deal.",
                    title="Port strike ends")
    assert primary_countries(tags) == {"CA"}


def test_a_union_in_its_own_country_keeps_its_home() -> None:
    tags = tag_text("Dock workers of the International Longshore and Warehouse Union (ILWU) walked off the job at the "
                    "ports of California in the United States, and the ILWU later turned down the first deal.",
                    title="Port strike ends")
    assert primary_countries(tags) == {"US"}


@pytest.mark.parametrize(("title", "text", "place", "home"), [
    # Russian support in the title (the kind of wide_ru19 ru-8723)
    ("Профсоюзы России поддержали забастовку казахстанских шахтёров",
     "Профсоюзы России заявили о солидарности с шахтёрами Казахстана, которые бастуют третью неделю.", "KZ", "RU"),
    # a Portuguese greeting in the title (wide_smallrom18 pt-5027)
    ("Sindicatos de Portugal saúda a luta dos trabalhadores de Angola",
     "Os sindicatos de Portugal enviam uma saudação aos trabalhadores de Angola, que estão em greve.", "AO", "PT"),
    # Arabic support, the other country as its union's home (wide_artr31 ar-31528)
    ("نقابات فرنسا تؤكد دعمها للاتحاد العام التونسي للشغل",
     "أكدت نقابات فرنسا دعمها للاتحاد العام التونسي للشغل في إضرابه في تونس.", "TN", "FR"),
    # a visit by a foreign minister to the story's union (the kind of wide_en19 en-7505)
    ("Port union looks ahead",
     "The dockers' union of Tonga spoke after a brief visit by a New Zealand trade minister to its office on Friday. "
     "The union said the strike at the wharf would go on.", "TO", "NZ"),
    ("Teachers' union marks its anniversary",
     "The teachers' union of Ghana spoke on Monday after a short visit by the Canadian labour minister. Its members "
     "struck last year over pay.", "GH", "CA"),
    # a union receiving a delegation from abroad, in Arabic (wide_arabic17 ar-3685, wide_jaar19 ar-6673)
    ("نقابة المعلمين تستقبل وفدا من ليبيا",
     "استقبلت نقابة المعلمين في الأردن اليوم وفدا من نقابات ليبيا، وتحدث الجانبان عن إضراب المعلمين الأخير.", "JO", "LY"),
])
def test_a_senders_or_visitors_home_is_not_the_place(title: str, text: str, place: str, home: str) -> None:
    primary = primary_countries(tag_text(text, title=title))
    assert place in primary
    assert home not in primary


def test_a_visit_to_the_story_country_keeps_the_host() -> None:
    # the host after "to" stays the place: the visitor's words stop there
    tags = tag_text("Union leaders met the press after a visit by the minister to Tonga, where the dockers are on "
                    "strike.", title="Minister visits striking dockers")
    assert "TO" in primary_countries(tags)
