"""Arabic and Persian recogniser pass (issue 9, branch recar39): the West Bank names Palestine; Arabic names the
press writes for unions the directory knew by other names."""

from __future__ import annotations

import pytest

from tests.matching import primary_countries, tag_text, union_ids


def test_the_west_bank_names_palestine() -> None:
    tags = tag_text("أعلن حراك المعلمين استمرار الإضراب في المدارس الحكومية بالضفة الغربية المحتلة.", language="ar")
    assert primary_countries(tags) == {"PS"}, primary_countries(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("عدن - أعلنت نقابة المعلمين والتربويين الجنوبيين استمرار الإضراب الشامل في المدارس.",
     "southern-teachers-and-educators-union-ye"),
    ("دعت النقابة العامة للتعليم الثانوي بالاتحاد العام التونسي للشغل الأساتذة إلى التجمع أمام قصر الحكومة بالقصبة.",
     "general-federation-of-secondary-education-tn"),
    ("قال رئيس نقابة ألبا علي البنعلي إن وفد منظمة العمل الدولية سيزور الشركة في البحرين.", "alba-workers-union-bh"),
    ("حضر المؤتمر في بنغازي الأمين العام للاتحاد الدولي لنقابات عمال العرب.", "icatu"),
    ("طرابلس - هنأ الاتحاد العام لعمال ليبيا العمال بمناسبة اليوم العالمي للعمال.", "general-union-of-libyan-workers-ly"),
])
def test_arabic_names_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ar")
    assert union_id in union_ids(tags), union_ids(tags)


def test_a_firm_in_quotes_closes_the_workers_chain() -> None:
    tags = tag_text("المنامة - أطلق كل من نقابة عمال «ألبا» والنقابة الوطنية لعمال «جارمكو» أول اتحاد قطاعي في البحرين.",
                    language="ar")
    assert {"alba-workers-union-bh", "national-union-of-garmco-workers-bh"} <= union_ids(tags), union_ids(tags)
