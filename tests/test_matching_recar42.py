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
