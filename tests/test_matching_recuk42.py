"""Ukrainian and Russian pass (issue 9, branch recuk42): names of bodies of unions in the instrumental and the
accusative, and a count right after a capitalised head."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(("text", "name"), [
    # wide_recuk42 ru-42034 (the instrumental)
    ("Агитационная акция в преддверии Первомая была объявлена Федерацией профсоюзов Ставропольского края по "
     "инициативе Молодежного совета.", "Федерация профсоюзов Ставропольского края"),
    # wide_recuk42 ru-42035 (the accusative)
    ("В Федерацию профсоюзов Приморского края на минувшей неделе поступили сведения о двух смертях на производстве.",
     "Федерация профсоюзов Приморского края"),
    # Ukrainian forms of the same shape
    ("Акцію протесту біля Кабміну організовано Федерацією профспілок Черкаської області.",
     "Федерація профспілок Черкаської області"),
])
def test_a_federation_in_the_instrumental_or_accusative_is_found_in_the_nominative(text: str, name: str) -> None:
    tags = tag_text(text)
    assert name in discovered_names(tags), discovered_names(tags)


def test_a_lower_case_federation_stays_referred_to() -> None:
    # negative: "с федерацией профсоюзов области" refers to a federation, names none
    tags = tag_text("Вопрос обсуждался с федерацией профсоюзов области и работодателями.", language="ru")
    assert not any(name.lower().startswith("федерац") for name in discovered_names(tags)), discovered_names(tags)


def test_a_count_after_a_capitalised_plural_head_is_no_name() -> None:
    # wide_recuk42 uk-42011 (its title): "Профспілки 15 обласних центрів" counts unions, names none
    tags = tag_text("Профспілки 15 обласних центрів протестували в Полтаві проти передачі будинку профспілок.",
                    language="uk")
    assert not any("15" in name for name in discovered_names(tags)), discovered_names(tags)


def test_a_quoted_name_after_a_capitalised_head_is_still_found() -> None:
    # negative of the count rule: a capitalised head before a name still names it
    tags = tag_text("Профсоюз «Новый Труд» обратился в суд с иском к руководству завода.", language="ru")
    assert any("Новый Труд" in name for name in discovered_names(tags)), discovered_names(tags)
