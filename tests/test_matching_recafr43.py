"""Arabic and African pass (issue 9, branch recafr43): an Arabic syndicate's city branch ("نقابة أطباء الإسكندرية",
"نقابة البترول بالإسكندرية") beside the union the story names is that union's branch, not a union of its own."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_names


@pytest.mark.parametrize(("text", "branch"), [
    # wide_ar34 ar-34623: the doctors' syndicate in Alexandria, beside Egypt's doctors' syndicate
    ("أعلنت نقابة أطباء الإسكندرية تضامنها مع الأطباء المحتجزين، وقالت نقابة أطباء مصر إنها ستتابع التحقيق.",
     "نقابة أطباء الإسكندرية"),
    # wide_ar29 ar-30536: the petroleum syndicate "in" Alexandria, beside the petroleum workers' general union
    ("نظم عمال الشركة وقفة أمام مقر نقابة البترول بالإسكندرية، وطالبوا النقابة العامة للبترول بالتدخل.",
     "نقابة البترول بالإسكندرية"),
    # the same with "in" written apart
    ("قالت نقابة المعلمين في تعز إن الإضراب مستمر، فيما دعت نقابة المعلمين اليمنيين إلى الحوار.",
     "نقابة المعلمين في تعز"),
    # wide_ar19 ar-7248: a head and a town, the start of the name of the union the story names
    ("دعت نقابة عدن للمعلميين والتربويين الجنوبيين المعلمين إلى الإضراب. وأكد كل أعضاء نقابة عدن عقب قرار النقابة "
     "التمسك بالإضراب.", "نقابة عدن"),
])
def test_city_branch_of_a_named_union(text: str, branch: str) -> None:
    assert branch not in discovered_names(tag_text(text, language="ar"))


@pytest.mark.parametrize(("text", "branch"), [
    # a city's union of another trade than the story's other union stays
    ("أعلنت نقابة أطباء الأسنان بالإسكندرية الإضراب، وقالت نقابة أطباء مصر إنها تتابع.",
     "نقابة أطباء الأسنان بالإسكندرية"),
    # a city's union with no other union named stays
    ("أعلنت نقابة البترول بالإسكندرية الإضراب عن العمل احتجاجا على تأخر الأجور.", "نقابة البترول بالإسكندرية"),
])
def test_city_union_kept(text: str, branch: str) -> None:
    assert branch in discovered_names(tag_text(text, language="ar"))


def test_named_union_still_found() -> None:
    text = "أعلنت نقابة أطباء الإسكندرية تضامنها مع الأطباء، وقالت نقابة أطباء مصر إنها ستتابع التحقيق."
    assert "Egyptian Medical Syndicate" in union_names(tag_text(text, language="ar"))


def test_city_union_beside_its_own_short_name() -> None:
    # wide_ar27 ar-11022: Basra's port workers' union, then written short; no other union of the trade is named
    text = ("اثر الاحتجاجات التي قامت بها نقابة عمال الموانئ في البصرة قررت الشركة نقل علي خضير رئيس نقابة عمال "
            "الموانئ الى مدينة الموصل.")
    assert "نقابة عمال الموانئ في البصرة" in discovered_names(tag_text(text, language="ar"))


@pytest.mark.parametrize(("text", "name"), [
    # wide_arru32 ar-32627 (the press's short name), wide_recafr43 ar-43611 (the federation's name)
    ("شارك في الاعتصام رئيس الاتحاد العمالي في الشمال شادي السيد وعدد من النقابات في طرابلس.",
     "Federation of Workers' and Employees' Unions in North Lebanon"),
    ("جاءت الخطوة استجابة لدعوة من اتحاد نقابات العمال والمستخدمين في الشمال أمام سرايا طرابلس.",
     "Federation of Workers' and Employees' Unions in North Lebanon"),
    # wide_recafr43 ar-43603, ar-43604: both spellings of "journalists"
    ("أعلنت نقابة الصحفيين السودانيين إطلاق حملة تدعو إلى وقف الحرب.", "Sudanese Journalists Syndicate"),
    ("قالت نقابة الصحافيين السودانيين إنها تتعرض لحملة من الغرف الإعلامية.", "Sudanese Journalists Syndicate"),
])
def test_names_the_directory_lacked(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="ar"))


def test_north_lebanon_federation_places_tripoli() -> None:
    # wide_recafr43 ar-43611: Tripoli with the North's federation is Lebanon's
    text = "نفذ عمال طرابلس اعتصاما استجابة لدعوة من اتحاد نقابات العمال والمستخدمين في الشمال أمام سرايا طرابلس."
    assert "LB" in primary_countries(tag_text(text, language="ar"))
    assert "LY" not in primary_countries(tag_text(text, language="ar"))


def test_journalists_of_another_country_are_not_sudan_s() -> None:
    text = "أعلنت نقابة الصحفيين العراقيين تضامنها مع الصحفيين في بغداد."
    assert "Sudanese Journalists Syndicate" not in union_names(tag_text(text, language="ar"))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recafr43 ar-43602: the official doctors' federation the opposition syndicate parallels
    ("أعلنت نقابة الأطباء، وهي جسم معارض موازٍ لاتحاد الأطباء السودانيين، اعتقال رئيسها في الخرطوم.",
     "Sudan Doctors' Federation"),
    # wide_recafr43 ar-43605: the official journalists' union
    ("اطلع وفد الاتحاد العام للصحفيين السودانيين الاجتماعات على ما يجري في السودان.",
     "Sudanese Journalists General Union"),
])
def test_sudanese_bodies_by_the_press_s_names(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="ar"))


def test_journalists_syndicate_is_not_the_general_union() -> None:
    text = "أعلنت نقابة الصحفيين السودانيين إطلاق حملة تدعو إلى وقف الحرب في السودان."
    assert "Sudanese Journalists General Union" not in union_names(tag_text(text, language="ar"))


def test_town_union_beside_another_country_s_union_of_its_trade() -> None:
    # Gaza's electricity workers' union is no branch of Jordan's electricity workers' general union (wide_recar40's test)
    text = "وصل وفد النقابة العامة للعاملين في الكهرباء من عمّان إلى غزة، واستقبلته نقابة عمال الكهرباء في غزة."
    assert "نقابة عمال الكهرباء في غزة" in discovered_names(tag_text(text, language="ar"))
