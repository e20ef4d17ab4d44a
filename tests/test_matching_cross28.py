"""A federation's or council's word written after the word for a union ends the name (issue 9, cross28): Korean
"...노동조합연합회", "...노동조합총연합회", "...노동조합총합회" and Japanese "...労働組合会議", "...労働組合評議会" are federations
or councils, not the union their name starts with (a compound's head is its last noun). A meeting's room, hall or
minutes and a chamber ("会議室", "会議所") are no council; nor is an association of others than unions."""

from __future__ import annotations

from bot.matching import default_tagger


def _unions(text: str) -> list[str]:
    return [tag.name for tag in default_tagger().tag(None, text).unions]


# -- Korean -----------------------------------------------------------------------------------------------------------

def test_a_korean_federation_of_unions_is_named_whole() -> None:
    assert _unions("부산항만노동조합연합회는 어제 임금 교섭 결렬을 선언했다.") == ["부산항만노동조합연합회"]
    assert _unions("충청물류노동조합총연합회가 총파업을 예고했다.") == ["충청물류노동조합총연합회"]
    assert _unions("대한화학노동조합총합회 소속 조합원들이 집회를 열었다.") == ["대한화학노동조합총합회"]


def test_a_korean_union_without_a_federation_word_stays_itself() -> None:
    assert _unions("부산항만노동조합은 어제 파업에 들어갔다.") == ["부산항만노동조합"]


def test_an_association_of_others_than_unions_is_no_union() -> None:
    assert _unions("부산상인연합회는 어제 상가 임대료 인하를 요구했다.") == []


# -- Japanese ---------------------------------------------------------------------------------------------------------

def test_a_japanese_council_of_unions_is_named_whole() -> None:
    assert _unions("広島県労働組合会議は最低賃金の引き上げを求める集会を開いた。") == ["広島県労働組合会議"]
    assert _unions("北陸地方労働組合評議会は声明を発表した。") == ["北陸地方労働組合評議会"]


def test_a_meeting_room_or_a_chamber_after_a_union_is_no_council() -> None:
    assert _unions("関西交通労働組合会議室で団体交渉が行われた。") == ["関西交通労働組合"]
    assert "関西交通労働組合会議所" not in _unions("関西交通労働組合会議所の前で集会があった。")
