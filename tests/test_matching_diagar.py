"""Arabic and Persian: the steps that lose names, diagnosed over every older wide sample (issue 9, branch diagar)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(("text", "name"), [
    # the workers "in" a sector said with its adjective (wide_recar44 ar-44613's shape)
    ("دعت النقابة الوطنية للعاملين في القطاع الصحي إلى إضراب مفتوح.", "النقابة الوطنية للعاملين في القطاع الصحي"),
    # the workers "in" a kind of workplace, after an indefinite head (wide_recar45 ar-45116's shape)
    ("نظمت نقابة الموظفين في المدارس الرسمية وقفة أمام الوزارة.", "نقابة الموظفين في المدارس الرسمية"),
])
def test_workers_in_a_described_sector_name_their_union(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # in a sit-in, with an adjective that says no kind: no sector
    "شاركت النقابة العامة للعاملين في الاعتصام المفتوح أمس.",
    # the national company: "national" says no kind
    "قالت نقابة العاملين في الشركة الوطنية إن الرواتب تأخرت.",
    # a time, not a sector: "in the past month"
    "قالت نقابة العاملين في الشهر الماضي إن الحوار توقف.",
    # no adjective after the noun
    "تحدث رئيس النقابة العامة للعاملين في الدولة عن الأجور.",
])
def test_workers_in_no_described_sector_name_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize(("text", "name"), [
    # "for the independent unions" and a town after (wide_ar27 ar-11014's shape)
    ("دعا الاتحاد العام للنقابات المستقلة في الإسكندرية إلى وقفة احتجاجية.", "الاتحاد العام للنقابات المستقلة في الإسكندرية"),
    # "the free unions"
    ("انضمت النقابة إلى الاتحاد الوطني للنقابات الحرة قبل عامين.", "الاتحاد الوطني للنقابات الحرة"),
])
def test_a_feminine_adjective_after_a_plural_of_unions_goes_on_a_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_feminine_adjective_after_no_workers_word_ends_the_name() -> None:
    # "the national federation for education", then "the independent" of another noun: no name goes on with it
    assert "الجامعة الوطنية للتعليم المستقلة" not in discovered_names(
        tag_text("قالت الجامعة الوطنية للتعليم المستقلة عن الأحزاب إنها ستضرب."))
