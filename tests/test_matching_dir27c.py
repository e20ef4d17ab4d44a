"""Directory rows for thin countries (issue 9 item 3, data/union_sources/thin-countries-c-dir27c.tsv):
the new records are found by name or acronym, and the names left out stay unread in other countries' stories."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "language", "union_id"), [
    ("The Public Service Union of Namibia asked for talks on the wage freeze in Windhoek.", "en", "psun-na"),
    ("Le Syndicat des travailleurs des établissements scolaires privés du Cameroun réclame des contrats à Douala.",
     "fr", "syndicat-des-travailleurs-des-etablissements-scolaires-prive-cm"),
    ("La COSYLI a demandé un bureau au ministère du Travail à Kigali.", "fr", "cosyli-rw"),
    ("Members of the Papua New Guinea Teachers Association stayed away from schools in Lae.", "en", "pngta-pg"),
    ("The Guyana Teachers' Union said its members would not return to class in Georgetown.", "en",
     "guyana-teachers-union-gy"),
    ("भारतीय राष्ट्रीय मजदूर कांग्रेस के कार्यकर्ताओं ने कानपुर में धरना दिया।", "hi", "intuc"),
])
def test_new_thin_country_records_are_found(text: str, language: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "language"), [
    # names made of trade words only, left out of the extract: another country's union of that name
    ("Le Syndicat des travailleurs de la justice du Mali a lancé une grève de trois jours à Bamako.", "fr"),
    ("The Copperbelt University and Allied Workers Union met the vice-chancellor in Kitwe.", "en"),
    ("Au Gabon, le Syndicat national autonome de l'enseignement secondaire appelle à la grève.", "fr"),
])
def test_generic_names_left_out_tag_no_thin_country_union(text: str, language: str) -> None:
    assert not {union_id for union_id in union_ids(tag_text(text, language=language)) if union_id.endswith(("-sn", "-jm", "-cm"))}
