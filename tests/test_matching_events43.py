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


@pytest.mark.parametrize(("text", "language", "expected"), [
    # wide_events43 pt-43509: Brazil's centrais listed with its students' union and CSP-Conlutas, not Ecuador's
    # teachers (UNE) nor Britain's physiotherapists (CSP)
    ("Encabeçada por centrais sindicais como UGT, CUT, UNE, CSP e Força Sindical, a greve geral parou São Paulo.", "pt",
     {"ugt-br", "cut-br", "forca-sindical", "found:BR:une", "found:BR:csp"}),
    ("Em Luanda, os sindicatos e a UNE angolana apoiaram a greve.", "pt", set()),
    # wide_es20 es-9045: a firm's letters in Uruguay, not Algeria's CLA
    ("La huelga en Montevideo fue apoyada por los sindicatos y la CLA.", "es", set()),
    # wide_frit31 fr-31328: Morocco's FNE, listed after a word for unions, is found, not Portugal's FNE
    ("Le ministre a reçu à Rabat les syndicats de l'enseignement : la SNE, l'UMT, l'UGTM, la FNE et la FDT.", "fr",
     {"umt", "ugtm", "fdt-ma", "found:MA:sne", "found:MA:fne"}),
])
def test_no_national_union_of_a_country_that_does_not_write_the_story_s_language(
        text: str, language: str, expected: set[str]) -> None:
    assert union_ids(tag_text(text, language=language)) == expected


@pytest.mark.parametrize(("text", "language", "union_id"), [
    # a union of another country that writes the story's language still counts (Morocco's UMT in a Senegalese story)
    ("Les syndicats sénégalais ont accueilli une délégation de l'UMT à Dakar.", "fr", "umt"),
    # and one of the story's own country, listed after a word for unions
    ("A greve em Lisboa foi convocada por sindicatos como a CGTP e a UGT.", "pt", "ugt-pt"),
    # and a foreign union in English, which the rule leaves alone
    ("Unions such as the CSP joined the walkout in Manchester.", "en", "csp-gb"),
    # and in a short text whose language is detected, not declared (the detector reads this one as Dutch)
    ("In Warsaw, BNP union leaders met Polish miners.", None, "bnp"),
])
def test_listed_or_backed_acronyms_kept(text: str, language: str | None, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language=language))
