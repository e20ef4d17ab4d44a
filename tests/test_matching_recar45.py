"""Arabic and Persian pass (issue 9, branch recar45): an Arabic small town named with "in" joined to its article
("بالإسكندرية") or right after a noun of the town ("ميناء الاسكندرية", the port of Alexandria; "بمدينة", in the city
of), as a separate "في" names it; a directory union named with another Arabic word for its workers ("لعمال" for
"للعاملين ب"); a federation written bare as a profession's syndicate is ("اتحاد المعلمين" in a Palestinian story); Sudan's house
officers' committee (a directory row)."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recar45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recar45")


@pytest.mark.parametrize(("text", "country"), [
    # wide_recafr43 ar-43616: "in" joined to the town's article
    ("افتتح نقيب المهندسين بالإسكندرية الجمعية العمومية صباح اليوم.", "EG"),
    ("أضرب سائقو الحافلات بالقاهرة احتجاجا على تأخر الأجور.", "EG"),
    # wide_recar45 ar-45100: the town after its port's noun, in the construct state
    ("تظاهر عمال هيئة ميناء الاسكندرية أمام المبنى الإداري للمطالبة بالحوافز.", "EG"),
    # the town after "the city of", itself after "في"
    ("نظم العمال وقفة احتجاجية في مدينة الإسكندرية أمس.", "EG"),
])
def test_an_arabic_town_named_so_places_the_story(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text))


@pytest.mark.parametrize("text", [
    # a word of "ب" and a town's letters: "باهر" (splendid) is no "in Ahar", Iran
    "أعلنت النقابة عن نجاح باهر للإضراب الوطني.",
    # Urdu "باہر" (outside), written in the same letters
    "ملازمین نے دفتر کے باہر احتجاج کیا۔",
])
def test_a_word_that_only_looks_so_places_no_story_in_iran(text: str) -> None:
    assert "IR" not in primary_countries(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recar45 ar-45102: "لعمال" where the directory writes "للعاملين ب"
    ("أعلن رئيس النقابة العامة لعمال الغزل والنسيج فض إضراب عمال المحلة الكبرى.",
     "general-union-of-spinning-and-weaving-workers-eg"),
    ("طالبت النقابة العامة لعمال البترول بتثبيت العمالة المؤقتة في شركات السويس.", "general-union-of-petroleum-workers-eg"),
])
def test_a_union_named_with_another_word_for_its_workers_is_the_directory_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_arabic17 ar-3685: the Turkish visitors' union so named, in a story on Egypt and Turkey, is not Egypt's
    ("استقبل رئيس النقابة العامة للعاملين بالغزل والنسيج في القاهرة وفد النقابة العامة لعمال الغزل والنسيج "
     "(أوزبليك) بدولة تركيا.", "found:EG:النقابة-العامة-لعمال-الغزل-والنسيج"),
    # no workers' word: Morocco's education federation is not the education employees' ("لموظفي التعليم")
    ("أعلنت الجامعة الوطنية للتعليم الإضراب في مدارس الرباط.", "found:MA:الجامعة-الوطنية-للتعليم"),
])
def test_a_name_that_may_be_another_union_stays_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_recar45 ar-45113, wide_recar39 ar-39416: the GUPT written bare, its head and its people
    "أعلن اتحاد المعلمين في محافظة الخليل تعليق الدوام في المدارس الحكومية.",
    "وقعت الحكومة الفلسطينية واتحاد المعلمين اتفاقا لإنهاء الإضراب في رام الله.",
])
def test_a_federation_written_bare_is_its_countrys(text: str) -> None:
    assert "gupt-ps" in union_ids(tag_text(text))


@pytest.mark.parametrize(("text", "union_ids_expected"), [
    # no one teachers' federation of Sudan in the directory is so named: none
    ("أعلن اتحاد المعلمين الإضراب في مدارس الخرطوم.", set()),
    # a longer name goes on after it: the Arab Teachers' Federation, not the GUPT
    ("شارك اتحاد المعلمين العرب في مؤتمر المعلمين في رام الله.", {"arab-teachers-federation"}),
])
def test_a_bare_federation_of_no_one_union_or_a_longer_name_is_not_read_so(text: str,
                                                                           union_ids_expected: set[str]) -> None:
    assert union_ids(tag_text(text)) == union_ids_expected


def test_sudans_house_officers_committee_is_found() -> None:
    # wide_recar45 ar-45124, wide_recar41 ar-41126
    text = "أكدت لجنة أطباء الامتياز نجاح الإضراب في مستشفيات الخرطوم والولايات."
    assert "house-officers-committee-sudan-sd" in union_ids(tag_text(text))


def test_house_officers_on_strike_name_no_union() -> None:
    # the interns themselves, their committee not named
    assert not union_ids(tag_text("أضرب أطباء الامتياز في مستشفيات الخرطوم احتجاجا على تأخر الأجور."))
