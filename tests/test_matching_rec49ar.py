"""Arabic pass (issue 9, branch rec49ar)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_rec49ar")
    assert len(sample) >= 30
    assert not _pages_found_elsewhere("wide_rec49ar")


@pytest.mark.parametrize(("text", "country", "family_name"), [
    # wide_rec49ar ar-48408: a union head's family name after his given name, then alone after "he said"
    ("أعلن نقيب المهندسين حسن السوداني بدء الإضراب في بغداد. وقال السوداني إن المطالب لم تتحقق.", "IQ", "SD"),
    # wide_rec49ar ar-48414: a minister's family name after his title and given name
    ("وجهت النقابة كتابا إلى وزير الإدارة المحلية المهندس سامر المصري في عمّان.", "JO", "EG"),
])
def test_a_nisba_family_name_is_no_country(text: str, country: str, family_name: str) -> None:
    countries = primary_countries(tag_text(text))
    assert country in countries
    assert family_name not in countries


def test_a_nisba_opening_a_title_or_a_sentence_is_a_family_name() -> None:
    # wide_recafr43 ar-43606: the prime minister's family name opens the title and a sentence after a cut
    countries = primary_countries(tag_text("[...] السوداني أشاد بدور المعلمين في البصرة.",
                                           title="السوداني يزور نقابة المعلمين"))
    assert countries == {"IQ"}


@pytest.mark.parametrize(("text", "country"), [
    # the nisba as an adjective of a definite noun, joined to a preposition, or of a noun with a possessive ending
    ("نظم العمال وقفة أمام مقر الاتحاد السوداني للنقابات في الخرطوم.", "SD"),
    ("أضرب عمال الميناء المصري احتجاجا على تأخر الأجور.", "EG"),
    ("بحث الوزير مع نظيره السوداني أوضاع العمال المضربين.", "SD"),
    # a town written with the article and a final ya, not a demonym ("الأحمدي", Kuwait's oil town)
    ("قررت النقابة الإضراب في الأحمدي والمنطقة المقسومة.", "KW"),
])
def test_a_nisba_adjective_still_names_its_country(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # wide_rec49ar ar-48422: the oil workers "in" oil, then the country joined to "in"
    ("أعلنت النقابة العامة للعاملين في النفط بليبيا رفضها خفض الأجور.", "النقابة العامة للعاملين في النفط بليبيا"),
    # wide_rec49ar ar-48414: the municipal workers' union
    ("طالبت النقابة العامة للعاملين في البلديات بتثبيت عمال المياومة في الأردن.",
     "النقابة العامة للعاملين في البلديات"),
    # wide_rec49ar ar-48403: a federation's sectors joined by "and", trade among them
    ("قررت الجامعة العامة للسياحة والتجارة إضرابا قطاعيا في تونس.", "الجامعة العامة للسياحة والتجارة"),
])
def test_oil_municipalities_and_trade_are_sectors_of_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_sector_word_alone_after_workers_is_no_name() -> None:
    # the workers "in" oil with no union's head: no union
    assert not discovered_names(tag_text("أضرب العاملون في النفط بليبيا عن العمل احتجاجا على تأخر الرواتب."))


@pytest.mark.parametrize("text", [
    # wide_rec49ar ar-48431, wide_north9 ar-943: the Palestinian teachers' federation by "the general federation for
    # teachers", its demonym left out, in a story on Palestine
    "وقعت الحكومة في رام الله اتفاقا مع الاتحاد العام للمعلمين ونقابات أخرى لإنهاء الإضراب.",
    "دعا الاتحاد العام للمعلمين إلى اعتصام أمام وزارة التربية في رام الله.",
    # the same with "for" joined to the federation
    "صرح الناطق باسم الاتحاد العام للمعلمين بأن المدارس ستغلق في نابلس وجنين بفلسطين.",
])
def test_the_general_federation_for_teachers_is_the_gupt_in_palestine(text: str) -> None:
    assert "gupt-ps" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # another country's story: no Palestinian federation
    "دعا الاتحاد العام للمعلمين إلى الإضراب في الخرطوم.",
    # a longer name goes on with a definite word
    "أعلن الاتحاد العام للمعلمين العرب تضامنه مع المعلمين في رام الله.",
])
def test_the_general_federation_for_teachers_elsewhere_is_no_gupt(text: str) -> None:
    assert "gupt-ps" not in union_ids(tag_text(text))
