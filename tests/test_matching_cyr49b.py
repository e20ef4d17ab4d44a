"""Russian-language unions named by their employer and Russian union names over genitive plurals (issue 9, branch
cyr49b)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


@pytest.mark.parametrize(("text", "firm_union"), [
    # wide_rec49cyr ru-48122: a quoted firm in the genitive after the head, the firm "в «...»" in the title
    ("Сбой в «Ютэйре»: пилоты отказались от рейсов\nВ профсоюзе «Ютэйра» рассказали о задержках зарплаты.",
     "Профсоюз «Ютэйра»"),
    # wide_rec49cyr ru-48118: an unquoted firm in the genitive, the firm after "компании" elsewhere
    ("Работники компании Укрпочта готовят забастовку. Как сообщили в профсоюзе Укрпочты, требования не выполнены.",
     "Укрпочты"),
])
def test_a_union_named_by_its_firm_in_the_genitive_is_no_name(text: str, firm_union: str) -> None:
    title, _, body = text.rpartition("\n")
    assert firm_union not in discovered_names(tag_text(body, title=title or None))


def test_a_quoted_union_name_declined_elsewhere_is_still_found() -> None:
    text = ("Члены «Защиты» вышли на пикет у проходной. Активисты профсоюза «Защита» требуют вернуть премии "
            "рабочим цеха.")
    assert "Профсоюз «Защита»" in discovered_names(tag_text(text))
