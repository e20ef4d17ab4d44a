"""Korean, Japanese and Chinese union names and places (issue 9, branch cjk30): each test is one general rule or
directory row, written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import tag_text, union_ids


def test_the_kptu_medical_solidarity_division_is_a_union_with_its_units() -> None:
    tags = tag_text("공공운수노조 의료연대본부 대구지부가 병원 앞에서 집회를 열었다.")
    assert {"kptu-kr", "kptu-medical-solidarity-division-kr", "found:KR:의료연대본부-대구지부"} <= union_ids(tags)
    tags = tag_text("의료연대본부는 인력 충원을 요구하며 파업을 예고했다.")
    assert "kptu-medical-solidarity-division-kr" in union_ids(tags)
