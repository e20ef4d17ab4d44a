"""Union names written in Chinese characters alone (issue 9): each test is one general rule, with sentences of its own."""

from __future__ import annotations

from tests.matching import primary_countries, tag_text, union_ids


def test_long_chinese_name_counts_in_a_story_placed_in_another_country() -> None:
    # Unspaced, a Chinese name folds to one word; a directory name of six characters or more is still specific,
    # so a story on US tariffs that quotes a Chinese-speaking country's national centre names it.
    assert "cfl-tw" in union_ids(tag_text("中華民國全國總工會表示反對美國的關稅"))
    assert "acftu" in union_ids(tag_text("中华全国总工会表示反对美国的关税"))
    assert "hkctu" in union_ids(tag_text("香港職工會聯盟表示反對美國的關稅"))


def test_short_chinese_name_still_needs_the_story_behind_it() -> None:
    # "全總" and "全國總工會" (any country's national federation) name no one union in a story on the US
    assert union_ids(tag_text("全總表示反對美國的關稅")) == set()
    assert union_ids(tag_text("全國總工會表示反對美國的關稅")) == set()


def test_arabic_name_followed_by_another_countrys_nationality_is_not_the_directorys_union() -> None:
    # Arabic writes a name's nationality after it: "the Jordanian nursing and midwifery syndicate" is not the
    # Palestinian one, whose alias leaves its country out
    assert union_ids(tag_text("أعلنت نقابة التمريض والقبالة الأردنية الإضراب في الزرقاء")) == set()
    # its own nationality, or none, keeps it
    syndicate = "palestinian-nursing-and-midwifery-syndicate-ps"
    assert syndicate in union_ids(tag_text("أعلنت نقابة التمريض والقبالة الفلسطينية الإضراب في رام الله"))
    assert syndicate in union_ids(tag_text("أعلنت نقابة التمريض والقبالة في قطاع غزة الإضراب عن العمل"))
    # a place after the name is no nationality ("بعمان", in Amman, is also Oman's name): the union stays
    assert "gfjtu" in union_ids(tag_text("وقفة احتجاجية أمام مقر الاتحاد العام لنقابات عمال الأردن بعمان"))


def test_acronym_that_is_a_frequent_word_does_not_count_in_lower_case() -> None:
    # Portugal's teachers' union STOP, Cambodia's IDEA, Italy's FAST: "stop", "idea", "fast" in lower case are the words,
    # even where the story's country and a union word would back another spelling of the acronym
    assert "stop-pt" not in union_ids(tag_text("Workers said they would stop the line until wages were paid in Lisbon."))
    assert "idea-kh" not in union_ids(tag_text("Union leaders in Phnom Penh said the idea was to protect drivers."))
    assert "fast-it" not in union_ids(tag_text("Workers in Rome want a fast deal, the union said."))
    # in capitals it is the union
    assert "stop-pt" in union_ids(tag_text("O sindicato STOP convocou uma greve de professores em Lisboa."))


def test_arabic_amman_without_its_shadda_is_jordan_where_the_story_names_jordan() -> None:
    # "عمان" is Oman's name and Amman's written without the shadda the press leaves out
    story = "أضرب عمال الكهرباء في الأردن اليوم، ونظموا اعتصاما أمام وزارة العمل في عمان"
    assert primary_countries(tag_text(story)) == {"JO"}
    assert primary_countries(tag_text("أضرب عمال النفط في عمان اليوم للمطالبة بالأجور")) == {"OM"}
