"""Polish cities in their locative and genitive (data/region_sources/polish-city-cases.tsv), Arabic "عمّان" with its
shadda as Amman, and Japanese prefectures without their "県"/"府" (issue 9, branch town28)."""

from __future__ import annotations

import pytest

from tests.matching import tag_text


def _countries(text: str) -> set[str]:
    return {tag.code for tag in tag_text(text).countries}


def _evidence(text: str) -> set[str]:
    return {evidence.text for tag in tag_text(text).countries for evidence in tag.evidence}


@pytest.mark.parametrize(("text", "place"), [
    ("Kierowcy autobusów w Łodzi odmówili wyjazdu na trasy.", "Łodzi"),
    ("Motorniczy we Wrocławiu zebrali się przed zajezdnią.", "Wrocławiu"),
    ("Salowe w Krakowie czekają na podwyżki od miesięcy.", "Krakowie"),
    ("Spawacze w Gdańsku przerwali pracę na dwie godziny.", "Gdańsku"),
    ("Listonosze w Poznaniu oflagowali urząd pocztowy.", "Poznaniu"),
    ("Górnicy w Katowicach zapowiedzieli pikietę.", "Katowicach"),
    ("Delegacja kolejarzy z Łodzi dojechała na pikietę.", "Łodzi"),
    ("Pielęgniarki w Białymstoku oflagowały szpital wojewódzki.", "Białymstoku"),
    ("Hutnicy w Dąbrowie Górniczej protestowali pod bramą huty.", "Dąbrowie Górniczej"),
])
def test_a_polish_city_in_its_locative_or_genitive_names_poland(text: str, place: str) -> None:
    assert "PL" in _countries(text)
    assert place in _evidence(text)


@pytest.mark.parametrize("text", [
    # "łodzi" is also a boat's locative, "poznania" cognition's genitive: only the capitalised city counts
    "W Niemczech rybacy nocowali w łodzi, a filozofowie spierali się o granice poznania.",
    "W Norwegii marynarze spali w łodzi ratunkowej przez dwie doby.",
])
def test_polish_words_like_city_forms_are_no_city(text: str) -> None:
    assert "PL" not in _countries(text)


@pytest.mark.parametrize("text", [
    "اعتصم سائقو الحافلات في عمّان احتجاجا على تأخر رواتبهم.",
    "نظم المعلمون وقفة أمام وزارة التربية في عَمّان أمس.",
    "نقابة عمال البناء بعمّان تطالب برفع الأجور.",
])
def test_amman_with_its_shadda_is_jordan(text: str) -> None:
    assert _countries(text) == {"JO"}


@pytest.mark.parametrize("text", [
    "أضرب عمال الموانئ في عمان احتجاجا على الأجور، وقالت وزارة العمل العمانية إنها ستنظر في مطالبهم.",
    "طالب العمال في سلطنة عُمان بتحسين ظروف السكن.",
])
def test_bare_oman_stays_oman(text: str) -> None:
    assert _countries(text) == {"OM"}


@pytest.mark.parametrize(("text", "place"), [
    ("岐阜の縫製工場で実習生が未払い賃金を訴えた。", "岐阜"),
    ("静岡の介護施設で職員が賃上げを求めて集会を開いた。", "静岡"),
    ("神奈川の物流倉庫で非正規労働者が組合を結成した。", "神奈川"),
    ("広島の造船所で下請け労働者が解雇撤回を求めた。", "広島"),
])
def test_a_japanese_prefecture_without_its_suffix_names_japan(text: str, place: str) -> None:
    assert "JP" in _countries(text)
    assert place in _evidence(text)


@pytest.mark.parametrize("text", [
    # a family name, and Chinese words that hold a prefecture's bare name
    "石川さんが労働組合の委員長に選ばれた。",
    "他很熱愛知識，也在北京都市報當記者。",
    "一群馬在草原上奔跑。",
])
def test_bare_names_that_are_family_names_or_inside_words_are_no_prefecture(text: str) -> None:
    assert not {evidence for evidence in _evidence(text) if evidence in ("石川", "愛知", "京都", "群馬")}
    assert "JP" not in {tag.code for tag in tag_text(text).countries if tag.evidence}
