"""Recogniser rules from the English recogniser pass (branch recen, issue 9)."""

from __future__ import annotations

from bot.matching import default_tagger


def _found(title: str, text: str) -> list[str]:
    tags = default_tagger().tag(title, text, "en")
    return [str(union) for union in tags.unions]


def test_a_trade_union_movement_is_no_union() -> None:
    text = ("Speaking at a rally to mark seventy years of the Ghanaian Trade Union Movement, organised by the "
            "Ghana Trades Union Congress in Accra, the minister praised the workers of the cocoa sector.")
    found = " ".join(_found("Rally in Accra", text))
    assert "movement" not in found.lower()


def test_an_anniversary_of_the_movement_names_no_union() -> None:
    text = ("Addressing the sixtieth anniversary of the Kenyan Trade Union Movement, organised by the Central "
            "Organization of Trade Unions (COTU), the minister said nurses would get higher pay.")
    found = " ".join(_found("Nairobi meeting", text))
    assert "movement" not in found.lower()


def test_the_party_backing_a_union_is_no_union() -> None:
    text = ("The Labour Ministry said that about 200 unions, including the BJP-backed Bharatiya Mazdoor Sangh "
            "(BMS), would not join the strike in Delhi.")
    found = _found("Delhi strike", text)
    assert not any("bjp" in union.lower() for union in found)


def test_the_party_whose_labour_arm_a_union_is_no_union() -> None:
    text = ("In Kolkata the INTUC is a pro-Congress union, the BMS is the labour arm of the BJP and the CITU "
            "marched with the AITUC against the new labour codes.")
    found = _found("Kolkata march", text)
    assert not any("bjp" in union.lower() for union in found)
