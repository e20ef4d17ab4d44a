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


@pytest.mark.parametrize(("text", "name"), [
    # wide_rec49cyr ru-48114: a neuter noun's genitive after the head
    ("На конференции выступил Российский профсоюз судостроения со своими требованиями.",
     "Российский профсоюз судостроения"),
    # wide_reccyr41 ru-41421: a genitive plural with no ending after its adjective, and a quoted name after the trade
    ("В объединение вошёл Белорусский профсоюз малых форм хозяйствования «Пример» в прошлом месяце.",
     "Белорусский профсоюз малых форм хозяйствования «Пример»"),
])
def test_the_trade_after_a_capitalised_adjective_and_its_head_is_the_names(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_capitalised_adjective_and_head_before_a_verb_keep_no_trade() -> None:
    names = discovered_names(tag_text("В среду Российский профсоюз заявил о начале переговоров с министерством."))
    assert not any("заявил" in name for name in names)
