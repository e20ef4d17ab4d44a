"""English pass on unions of two countries (issue 9, branch en49b): a union whose directory member organises in another
country (the ILWU and its Canadian area) supports that country where the story names it and not the union's home."""

from __future__ import annotations

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
