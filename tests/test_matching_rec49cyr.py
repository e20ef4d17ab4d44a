"""Russian-language union recall pass (issue 9, branch rec49cyr)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_rec49cyr")
    assert len(sample) >= 30
    assert not _pages_found_elsewhere("wide_rec49cyr")


@pytest.mark.parametrize(("text", "name"), [
    # wide_rec49cyr ru-48100: a federation of union organisations, the region after it
    ("Глава Федерации организаций профсоюзов Тульской области встретился с рабочими депо.",
     "Федерация организаций профсоюзов Тульской области"),
    # wide_rec49cyr ru-48120: an association of them, the region after "в"
    ("Объединение организаций профсоюзов в Мордовии провело семинар для профактива.",
     "Объединение организаций профсоюзов в Мордовии"),
    # wide_reccyr45 ru-45320: the region's adjective before an association
    ("С отчётом выступило Орловское областное объединение организаций профсоюзов.",
     "Орловское областное объединение организаций профсоюзов"),
    # wide_rec49cyr ru-48129: a territory's union of them with the quoted short name it is registered with
    ("Заявление подписал Алтайский краевой союз организаций профсоюзов «Алтайский крайсовпроф» в среду.",
     "Алтайский краевой союз организаций профсоюзов «Алтайский крайсовпроф»"),
])
def test_a_regions_body_of_union_organisations_is_found_whole(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # organisations of unions with no region of their own: referred to
    "Представители организаций профсоюзов области обсудили зарплаты медиков.",
    # a region's federation of organisations written as a plain noun phrase of primary organisations
    "Председатели первичных организаций профсоюзов Тульской области собрались в понедельник.",
])
def test_no_regional_body_is_made_without_its_head_and_region(text: str) -> None:
    assert not any("организаций профсоюзов" in name for name in discovered_names(tag_text(text)))


@pytest.mark.parametrize("text", [
    # wide_rec49cyr ru-48127: the acronym in a primary organisation's name, after its plant's
    "На митинг пришёл председатель первичной профсоюзной организации Мотор-ПРОФАВИА из Уфы.",
    # wide_ru28 ru-29900: the name in lower case
    "Колонну возглавила делегация профсоюза трудящихся авиационной промышленности в Саратове.",
])
def test_the_aviation_industry_workers_union_is_known(text: str) -> None:
    assert "union-ru-25" in union_ids(tag_text(text))
