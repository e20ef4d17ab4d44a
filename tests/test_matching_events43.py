"""Same-event consistency (issue 9, branch events43): names the directory lacked that reports of one event write for
its unions (the CFDT's Arabic name, the Jordanian Teachers Syndicate as an "Association", the AMFA by its acronym
and as a union in Canada too)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # wide_events43 ar-43502: the CFDT's Arabic name, where the French pages write "CFDT"
    ("قال الأمين العام للكونفدرالية الفرنسية الديمقراطية للعمل إن النقابات ستدعو إلى إضراب في باريس.", "ar", "cfdt"),
    # wide_events43 en-43517: the JTS as "Association", where the Arabic pages write نقابة المعلمين
    ("The Jordanian Teachers Association called an open-ended strike in Amman on Sunday.", "en", "jts-jo"),
    ("In Amman, the Jordan Teachers' Association said its members would stay out of classrooms.", "en", "jts-jo"),
])
def test_other_names_of_unions_an_event_s_reports_write(text: str, language: str, union_id: str) -> None:
    assert union_ids(tag_text(text, language=language)) == {union_id}


def test_amfa_by_its_acronym_in_a_canadian_story() -> None:
    # wide_events43 fr-43518: a misspelt name with the right acronym in brackets, in a story placed in Canada
    tags = tag_text("Les membres de l'Airplane Mechanics Fraternal Association (AMFA) ont débrayé vendredi à Calgary, "
                    "et WestJet a annulé des vols au Canada.", language="fr")
    assert union_ids(tags) == {"aircraft-mechanics-fraternal-association-us"}, union_ids(tags)


@pytest.mark.parametrize(("text", "language"), [
    ("Jordanian teachers rallied in Amman for a pay rise.", "en"),
    ("Les mécaniciens de WestJet, représentés par leur syndicat, ont débrayé à Calgary.", "fr"),
    ("الكونفدرالية العامة للشغل في فرنسا تدعو إلى الإضراب.", "ar"),
])
def test_no_other_union_from_the_new_names(text: str, language: str) -> None:
    assert not union_ids(tag_text(text, language=language)) & {"cfdt", "jts-jo", "aircraft-mechanics-fraternal-association-us"}
