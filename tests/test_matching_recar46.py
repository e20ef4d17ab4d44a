"""Arabic and Persian pass (issue 9, branch recar46)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recar46")
    assert len(sample) >= 26
    assert not _pages_found_elsewhere("wide_recar46")


@pytest.mark.parametrize(("text", "name"), [
    # wide_recar46 fa-46423: a province's teachers' guild, which the directory's ITTA name begins
    ("کانون صنفی معلمان گیلان از معلمان خواست در تجمع شرکت کنند.", "کانون صنفی معلمان گیلان"),
    # wide_recar46 fa-46422: "association" and a province
    ("انجمن صنفی معلمان کردستان اطلاعیه ای صادر کرد.", "انجمن صنفی معلمان کردستان"),
    # wide_recar46 fa-46429: "province" before a province of two words
    ("اعضای انجمن صنفی معلمان استان آذربایجان غربی احضار شدند.", "انجمن صنفی معلمان استان آذربایجان غربی"),
    # a town's
    ("انجمن صنفی معلمان سقز فراخوان داد.", "انجمن صنفی معلمان سقز"),
])
def test_a_provinces_teachers_guild_is_a_union_of_its_own(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags)
    assert "itta-ir" not in union_ids(tags)


def test_a_guild_written_with_and_without_province_is_one_union() -> None:
    tags = tag_text("دبیر انجمن صنفی معلمان استان گلستان بازداشت شد و دو عضو انجمن صنفی معلمان گلستان نیز احضار شدند.")
    assert discovered_names(tags) == {"انجمن صنفی معلمان استان گلستان"}


@pytest.mark.parametrize(("text", "union_id"), [
    # the directory's ITTA, bare, with Iran, with Tehran (its own body: wide_fa19 fa-8817)
    ("کانون صنفی معلمان در بیانیه ای خواستار آزادی معلمان شد.", "itta-ir"),
    ("کانون صنفی معلمان ایران بیانیه داد.", "itta-ir"),
    ("کانون صنفی معلمان تهران بیانیه داد.", "itta-ir"),
])
def test_the_itta_is_still_the_itta(text: str, union_id: str) -> None:
    tags = tag_text(text)
    assert union_ids(tags) == {union_id}


@pytest.mark.parametrize("text", [
    # teachers described, no guild
    "انجمن معلمان معترض در برابر اداره تجمع کردند.",
    # a guild's words with no place after them
    "انجمن صنفی معلمان جدید تشکیل شد.",
])
def test_teachers_without_a_guild_of_a_place_name_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text))


def test_khuzestan_names_iran() -> None:
    # wide_recar46 fa-46423: the province alone
    assert primary_countries(tag_text("معلمان خوزستان در برابر اداره آموزش و پرورش تجمع کردند.")) == {"IR"}


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recar46 ar-46415, wide_recar42 ar-42407: "the doctors' central committee" with the article
    ("وقالت اللجنة المركزية للاطباء إن المستشفيات في الخرطوم شهدت إضرابا شاملا.", "central-committee-of-sudanese-doctors-sd"),
    ("واتفقت الحكومة السودانية واللجنة المركزية للأطباء على تحسين المستشفيات.", "central-committee-of-sudanese-doctors-sd"),
    # wide_recar42 ar-42407: a bare centre's name with a definite word two words after it ("إن المعلمين")
    ("وقالت لجنة المعلمين إن المعلمين في الخرطوم سيضربون غدا.", "sudanese-teachers-committee-sd"),
])
def test_a_sudanese_committee_written_bare_is_the_directorys(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # another country's story
    "وقالت اللجنة المركزية للأطباء إن المستشفيات في دمشق بسوريا تعاني.",
    # a longer name, the veterinarians' committee
    "وقالت اللجنة المركزية للأطباء البيطريين إن الإضراب مستمر في السودان.",
])
def test_another_doctors_committee_is_not_sudans_central_committee(text: str) -> None:
    assert "central-committee-of-sudanese-doctors-sd" not in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_recar46 fa-46422: "teachers" for "educators"
    "شورای هماهنگی تشکلهای صنفی معلمان ایران از تحصن معلمان در مریوان خبر داد.",
    # wide_fa19 fa-11083: without the associations' words
    "شورای هماهنگی فرهنگیان ایران برای پنجشنبه تجمع سراسری در تهران اعلام کرد.",
])
def test_irans_teachers_council_written_otherwise_is_the_ccitta(text: str) -> None:
    assert "ccitta-ir" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # a coordinating council of contract workers
    "شورای هماهنگی کارگران پیمانی در تهران بیانیه داد.",
    # teachers of another country
    "شورای هماهنگی معلمان در کابل افغانستان اعتصاب کرد.",
])
def test_another_coordinating_council_is_not_the_ccitta(text: str) -> None:
    assert "ccitta-ir" not in union_ids(tag_text(text))


def test_the_iraqi_federation_of_workers_unions_is_not_the_gftu() -> None:
    # wide_recar39 ar-39401, wide_ar27 ar-11023: its Arabic name differs from the GFTU's by the workers' word only
    ids = union_ids(tag_text("وشارك الاتحاد العام لنقابات العاملين في العراق في المؤتمر الذي عقد في بغداد."))
    assert ids == {"gfwui-iq"}


def test_the_gftu_is_still_the_gftu() -> None:
    ids = union_ids(tag_text("أعلن الاتحاد العام لنقابات العمال في العراق اعتصامه في بغداد."))
    assert ids == {"general-federation-of-trade-unions-in-iraq-iq"}


@pytest.mark.parametrize(("text", "primary"), [
    # wide_ar34 ar-34617: lawyers in Jordan stand by the Palestinian people
    ("نفذ المحامون في الزرقاء بالأردن وقفة احتجاجية دعما لصمود الشعب الفلسطيني ومقاومته.", {"JO"}),
    # wide_ar34 ar-34603: Moroccan teachers' solidarity
    ("نظمت النقابة وقفة في الرباط بالمغرب تعبيرا عن التضامن مع الشعب الفلسطيني.", {"MA"}),
    # wide_arkj28 ar-29507: "with the kin in Palestine"
    ("أعلن التجار في إربد بالأردن الإضراب تضامنا مع الأهل في فلسطين.", {"JO"}),
])
def test_a_people_stood_with_in_arabic_is_the_cause_not_the_place(text: str, primary: set[str]) -> None:
    assert primary_countries(tag_text(text)) == primary


def test_a_palestinian_story_stays_palestinian() -> None:
    # the people as the subject, in a story placed in Gaza
    text = "أضرب المعلمون في غزة، وقالت النقابة إن الشعب الفلسطيني يعاني من الحصار."
    assert primary_countries(tag_text(text)) == {"PS"}
