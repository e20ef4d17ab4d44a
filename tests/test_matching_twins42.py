"""One union, one id, whatever the script (issue 9): Mauritania's CLTM, CNTM and UTM and Tunisia's UGTT
basic-education federation were each two directory records, one from a French source and one from an Arabic one,
so a French and an Arabic story about the same union got different ids and a follower of one missed the other."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("french", "arabic", "union_id"), [
    # wide_frit31 / lecalame.info; wide_arkj28, wide_arru32 and wide_recar39 label the Arabic name
    ("Mines de Mauritanie : la CLTM appelle les travailleurs de Tasiast à la grève.",
     "دعت الكونفدرالية الحرة لعمال موريتانيا عمال تازيازت إلى الإضراب.",
     "free-confederation-of-mauritanian-workers-mr"),
    ("En Mauritanie, la Confédération nationale des travailleurs de Mauritanie (CNTM) a célébré le 1er mai.",
     "خلدت الكونفدرالية الوطنية للشغيلة الموريتانية عيد العمال في نواكشوط.",
     "national-confederation-of-mauritanian-workers-mr"),
    ("À Nouakchott, l'Union des Travailleurs de Mauritanie a dénoncé la hausse des prix.",
     "ندد اتحاد العمال الموريتانيين في نواكشوط بارتفاع الأسعار.",
     "union-of-mauritanian-workers-mr"),
    ("En Tunisie, la Fédération générale de l'enseignement de base (UGTT) annonce une grève le 6 mars.",
     "أعلنت الجامعة العامة للتعليم الأساسي في تونس إضرابا يوم 6 مارس.",
     "general-federation-of-basic-education-tn"),
])
def test_a_union_named_in_french_or_in_arabic_gets_one_id(french: str, arabic: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(french))
    assert union_id in union_ids(tag_text(arabic))


def test_the_general_confederation_stays_apart_from_the_free_one() -> None:
    # Mauritania's CGTM is another centre: "general", not "free"
    ids = union_ids(tag_text("نظمت الكونفدرالية العامة لعمال موريتانيا وقفة احتجاجية في نواكشوط."))
    assert "cgtm-mr" in ids
    assert "free-confederation-of-mauritanian-workers-mr" not in ids
