"""Ukrainian, Russian and Greek pass (issue 9, branch reccyr41): Greek labour centres, federations and unions the
directory lacked, and Ukraine's maritime transport workers' union by its acronym."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_reccyr41 el-41430
    ("Η ΠΕΜΕΝ (Πανελλήνια ένωση μηχανικών εμπορικού ναυτικού) αποφάσισε για την 26 Νοεμβρίου εικοσιτετράωρη απεργία "
     "σε όλες τις κατηγορίες πλοίων.", "union-gr-23"),
    # wide_reccyr41 el-41431
    ("Η νέα 24ωρη απεργία της ΕΝΕΔΕΠ στο λιμάνι του Πειραιά έφερε ξανά στο προσκήνιο τη σύγκρουση.", "union-gr-26"),
    # wide_reccyr41 el-41435
    ("Στη σύσκεψη συμμετείχαν η Πανελλήνια Ομοσπονδία Εργαζομένων Επισιτισμού – Τουρισμού και σωματεία της Κρήτης.",
     "union-gr-27"),
])
def test_greek_unions_the_directory_lacked(text: str, union_id: str) -> None:
    tags = tag_text(text, language="el")
    assert union_id in union_ids(tags), union_ids(tags)


def test_ukraines_maritime_union_by_its_acronym() -> None:
    # wide_reccyr41 uk-41407
    tags = tag_text("Проблеми є не тільки в тих моряків, що залишились в Україні, – голова ПРМТУ.", language="uk")
    assert "trade-union-of-maritime-transport-workers-of-ukraine-ua" in union_ids(tags), union_ids(tags)
