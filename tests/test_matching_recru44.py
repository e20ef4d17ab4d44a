"""Russian-language union names the matcher missed or cut (issue 9, branch recru44), and the branch's wide sample of
Russian-language pages; sentences of their own, not taken from the samples."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_wide_sample_is_valid_and_outside_the_set_and_every_other_sample() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_recru44")) >= 24
    assert not _pages_found_elsewhere("wide_recru44")


@pytest.mark.parametrize("text, name", [
    # a lower-case adjective, the head, the trade and the union's own name in quotes: the adjective is a word of it
    ("В Твери выступил глава межрегионального профсоюза работников общественного транспорта «Таксист».",
     "Межрегиональный профсоюз работников общественного транспорта «Таксист»"),
    ("Пикет провёл председатель отраслевого профсоюза работников предпринимательства «Коргау» в Темиртау.",
     "Отраслевой профсоюз работников предпринимательства «Коргау»"),
    # its people, more of them or their trade, then its name in quotes
    ("В Выборге раздавали листовки независимого профсоюза транспортников и логистов «Дорога жизни».",
     "Независимый профсоюз транспортников и логистов «Дорога жизни»"),
    ("Пермские водители вступили в профсоюз водителей торговых сетей «Магнит-Логистика».",
     "Профсоюз водителей торговых сетей «Магнит-Логистика»"),
])
def test_a_union_described_before_its_quoted_name_is_named_whole(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a workplace between its people and the quoted name: the port's dockers' union, referred to
    "В Одессе глава профсоюза докеров порта «Южный» обратился к властям.",
    # the workers of a company in quotes: its union referred to
    "Председатель независимого профсоюза работников «Гродно Азот» в Гродно задержан.",
])
def test_a_workplaces_union_before_a_quoted_name_is_no_name(text: str) -> None:
    assert not {name for name in union_names(tag_text(text)) if "«" in name}
