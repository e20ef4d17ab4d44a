"""Arabic and Urdu union names whose shape the recogniser cut short or ran on past (branch arur30)."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize(
    "text, name",
    [
        # "the Arabs", "independent" close a complete chain: they belong to the name
        (
            "وحضر الأمين العام للاتحاد المهني لعمال الغزل والنسيج العرب الاجتماع في بغداد.",
            "الاتحاد المهني لعمال الغزل والنسيج العرب",
        ),
        ("وأعلن اتحاد عمال الإسكندرية المستقل الإضراب عن العمل في مصر.", "اتحاد عمال الإسكندرية المستقل"),
    ],
)
def test_a_word_that_closes_the_chain_is_the_names(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


def test_a_relative_clause_after_and_is_not_the_names() -> None:
    names = union_names(tag_text("وقال رئيس اتحاد عمال الإسكندرية المستقل والذي تأسس قبل عامين إن الأجور تأخرت."))
    assert "اتحاد عمال الإسكندرية المستقل" in names
    assert not any("الذي" in name for name in names)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "وأكد رئيس الاتحاد العام لنقابات العمال في جمهورية اليمن أن الإضراب مستمر.",
            "الاتحاد العام لنقابات العمال في جمهورية اليمن",
        ),
        ("وطالبت النقابة العامة لعمال النفط في دولة الكويت بصرف العلاوات.", "النقابة العامة لعمال النفط في دولة الكويت"),
    ],
)
def test_in_the_republic_of_a_country_ends_a_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "وعقدت نقابة عمال بتلكو جمعيتها العمومية في المنامة.",
        "ورفضت «نقابة بتلكو» قرار الشركة بنقل الموظفين في البحرين.",
    ],
)
def test_the_batelco_workers_union_is_in_the_directory(text: str) -> None:
    assert "batelco-workers-union-bh" in union_ids(tag_text(text))


def test_urdu_k_before_two_letter_names_is_the_acronyms_first_letter() -> None:
    names = union_names(tag_text("کراچی میں کے ایم سی ورکرز یونین اور کے ایم سی لیبر یونین کے درمیان مقابلہ ہوگا۔"))
    assert {"کے ایم سی ورکرز یونین", "کے ایم سی لیبر یونین"} <= names


def test_urdu_of_before_a_longer_acronym_stays_out_of_the_name() -> None:
    assert "پی آئی اے ایمپلائز یونین" in union_names(tag_text("حکومت کے پی آئی اے ایمپلائز یونین سے مذاکرات ناکام ہوگئے۔"))


def test_the_collective_bargaining_agents_union_names_none() -> None:
    assert not tag_text("ملتان میں فیکٹری کی سی بی اے لیبر یونین نے تنخواہوں کے لیے احتجاج کیا۔").unions


def test_an_acronym_after_a_joined_arabic_and_is_looked_up() -> None:
    tags = tag_text("واجتمعت في الرباط النقابات (UMT وCDT وUGTM) مع وزارة التشغيل المغربية لمناقشة الأجور.")
    assert {"umt", "cdt-ma", "ugtm"} <= union_ids(tags)


@pytest.mark.parametrize(
    "text",
    ["اعتصاب کارگران نیشکر هفت‌تپه برای دستمزدهای معوقه ادامه دارد.", "کارگران نیشکر هفت تپه دوباره دست به اعتصاب زدند."],
)
def test_haft_tappeh_names_iran(text: str) -> None:
    assert primary_countries(tag_text(text)) == {"IR"}


def test_an_arabic_crowd_is_not_lviv() -> None:
    assert not all_countries(tag_text("وشارك لفيف من العمال في الوقفة أمام المصنع للمطالبة بالأجور."))


@pytest.mark.parametrize(
    "text, name",
    [
        ("ملتان میں جنرل سیکرٹری شوگر ملز مزدور یو نین نے کہا کہ اجرت کم ہے۔", "شوگر ملز مزدور یونین"),
        ("پنجاب ٹیچرز ایسو سی ایشن نے اسکولوں کی نجکاری کے خلاف احتجاج کیا۔", "پنجاب ٹیچرز ایسوسی ایشن"),
    ],
)
def test_an_urdu_head_written_in_two_pieces_is_the_head(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))
