"""Guards of guard44: a rule family of one language is not run on a story given in another, and still fires on
the text that needs it, in that language given or detected."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger

_SECTOR_STORY = ("La CFTC Santé et la CGSP Enseignement appellent à la grève dans les hôpitaux de Lyon, a annoncé la "
                 "fédération mardi.")


@pytest.mark.parametrize("language", ["fr", None])
def test_a_centres_sector_federation_is_read_where_the_text_may_be_french(language: str | None) -> None:
    # the French and Belgian centres' sector names are searched for only in French text, given or detected (recfr38b)
    names = {union.name for union in default_tagger().tag(None, _SECTOR_STORY, language).unions}
    assert {"CFTC Santé", "CGSP Enseignement"} <= names


def test_a_centres_sector_federation_is_not_read_in_text_given_as_another_language() -> None:
    names = {union.name for union in default_tagger().tag(None, _SECTOR_STORY, "en").unions}
    assert not {"CFTC Santé", "CGSP Enseignement"} & names
