"""Arabic and Turkish pass (issue 9, branch recar42): unions the directory lacked that the pages name, Algeria's
electricity and gas workers' SNATEGS by its Arabic name and Turkey's textile union Öz İplik-İş written without its
dash and with a case ending ("Öz İplik İş Sendikasına")."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


@pytest.mark.parametrize(("text", "language", "name"), [
    # wide_recar42 ar-42413 (arabtradeunion.org)
    ("الجزائر_ طالب العمال بإلغاء جميع القرارات التعسفية اثر مشاركتهم في الإضراب الأخير الذي دعت إليه النقابة الوطنية "
     "المستقلة لعمال الكهرباء والغاز.", "ar",
     "Syndicat National Autonome des Travailleurs de l'Électricité et du Gaz"),
    # wide_recar42 ar-42415 (elmaouid.dz)
    ("الجزائر -تدخل النقابة الوطنية المستقلة لعمال الكهرباء والغاز في إضراب لثلاثة أيام، احتجاجا على الأوضاع القائمة "
     "في المجمع حسب البيان.", "ar", "Syndicat National Autonome des Travailleurs de l'Électricité et du Gaz"),
    # wide_recar42 tr-42431 (susmagazetesi.com)
    ("Zonguldak’ın Çaycuma ilçesinde çalışan işçiler bir süre önce Öz İplik İş Sendikasına üye oldu.", "tr",
     "Öz İplik-İş Sendikası"),
    # wide_recar42 tr-42431: the same union with its dash
    ("Sendikaya üye olan 3 işçi işten çıkarıldı; Öz İplik-İş fabrika önünde basın açıklaması yaptı.", "tr",
     "Öz İplik-İş Sendikası"),
])
def test_names_the_directory_lacked(text: str, language: str, name: str) -> None:
    assert name in union_names(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "language", "name"), [
    # the directory's general-sector words alone name no union: an electricity and gas company, spinning yarn
    ("أعلنت الشركة الوطنية للكهرباء والغاز عن انقطاع التيار في عدة ولايات.", "ar",
     "Syndicat National Autonome des Travailleurs de l'Électricité et du Gaz"),
    ("Fabrikada öz iplik üretimi bu yıl yüzde 10 arttı.", "tr", "Öz İplik-İş Sendikası"),
])
def test_no_union_without_its_name(text: str, language: str, name: str) -> None:
    assert name not in union_names(tag_text(text, language=language))


@pytest.mark.parametrize(("title", "text", "short"), [
    # wide_recar42 ar-42422 (albaladoman.com): the title's short form of the federation the story names in full
    ('"اتحاد عمال النفط": 4 أطراف تتحمل مسؤولية تسريح العمال',
     "قال سعود السالمي، رئيس اتحاد عمال قطاع النفط والغاز في السلطنة، إن وزارة القوى العاملة تتحمل تسريح العمال.",
     "اتحاد عمال النفط"),
    # wide_recar42 ar-42415 (elmaouid.dz): the title's "electricity and gas union" is the SNATEG of the story
    ("لمدة ثلاثة أيام.. نقابة الكهرباء والغاز في إضراب",
     "الجزائر -تدخل النقابة الوطنية المستقلة لعمال الكهرباء والغاز في إضراب لثلاثة أيام، احتجاجا على الأوضاع القائمة.",
     "نقابة الكهرباء والغاز"),
])
def test_title_short_form_of_a_union_named_in_the_story(title: str, text: str, short: str) -> None:
    assert short not in union_names(tag_text(text, title=title, language="ar"))


def test_title_union_of_another_trade_is_kept() -> None:
    # the story names another union (electricity, not oil): the title's oil workers' union is a union of its own
    title = "نقابة عمال النفط تعلن الإضراب في الكويت"
    text = "قال رئيس اتحاد عمال الكهرباء في الكويت إن الاتحاد يتضامن مع المضربين."
    assert "نقابة عمال النفط" in union_names(tag_text(text, title=title, language="ar"))
