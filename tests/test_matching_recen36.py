"""English and Tagalog union names (issue 9, branch recen36): the federations a Philippine union belongs to, glued to
its name's last word by hyphens, are no part of its name."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize("text, name", [
    # wide_sea27 tl-10804
    ("Ibinasura ang kaso laban sa lider-unyonistang si Rhoel Alconera, ikalawang pangulo ng Unyon ng mga Panadero sa "
     "Gardenia Philippines-Olalia-KMU.", "Unyon ng mga Panadero sa Gardenia Philippines"),
    ("Nagprotesta ang Unyon ng mga Panadero sa PhilFoods Fresh Baked Product Inc.-OLALIA noong Lunes.",
     "Unyon ng mga Panadero sa PhilFoods Fresh Baked Product Inc."),
])
def test_tagalog_name_before_glued_federations(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="tl"))


@pytest.mark.parametrize("text, name", [
    # hyphens inside a name's own words stay in it
    ("Nag-piket ang Unyon ng mga Manggagawa sa Coca-Cola Philippines noong Lunes.",
     "Unyon ng mga Manggagawa sa Coca-Cola Philippines"),
])
def test_tagalog_hyphened_name_words_stay(text: str, name: str) -> None:
    assert name in union_names(tag_text(text, language="tl"))
