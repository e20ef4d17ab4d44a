"""Arabic union names and places (issue 9, branch ar29): each test is one general rule, written with sentences of
its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import all_countries, tag_text, union_names


def test_a_ministry_after_the_workers_is_part_of_the_name() -> None:
    # "وزارة" (ministry) starts with its own "و", not with "and": the name goes on to the ministry's field
    tags = tag_text("نفذت نقابة العاملين في وزارة الزراعة اعتصاما أمام مبنى الوزارة في الكويت.")
    assert "نقابة العاملين في وزارة الزراعة" in union_names(tags)
    tags = tag_text("قررت النقابة الوطنية لموظفي وزارة العدل خوض إضراب وطني في المغرب.")
    assert "النقابة الوطنية لموظفي وزارة العدل" in union_names(tags)


def test_a_state_after_the_workers_is_part_of_the_name() -> None:
    # "ولاية" (a state) ends like an adjective ("-ية") and starts like "and": it is neither
    tags = tag_text("أعلن الاتحاد العام لعمال ولاية كسلا الإضراب عن العمل في السودان.")
    assert "الاتحاد العام لعمال ولاية كسلا" in union_names(tags)


def test_a_university_after_in_is_a_workplace_not_a_federation() -> None:
    tags = tag_text("طالبت نقابة العاملين في جامعة بغداد بصرف المخصصات المتأخرة للموظفين في العراق.")
    assert "نقابة العاملين في جامعة بغداد" in union_names(tags)


def test_and_before_a_word_still_ends_the_chain() -> None:
    # a word that does start with "and" still ends an indefinite chain: the ministry is not the union's
    tags = tag_text("التقى ممثلو نقابة عمال الموانئ ووزارة النقل في عدن لبحث الأجور.")
    assert not any("وزارة" in name for name in union_names(tags))
    # a ministry alone, with no union's head, is no union
    assert not tag_text("أعلنت وزارة العمل في الكويت عن قرارات جديدة للعمالة الوافدة.").unions


def test_a_word_with_tanween_is_no_place() -> None:
    # the accusative "ملاكًا" (as owners) is spelt like Malacca without its case ending; the ending marks a noun
    tags = tag_text("دعا المعلمون في لبنان إلى الإضراب، متعاقدين وملاكًا، حتى تحقيق مطالبهم.")
    assert "MY" not in all_countries(tags)
    assert "LB" in all_countries(tags)
    # the place written without the ending is still the place
    assert "MY" in all_countries(tag_text("أضرب عمال المصانع في ملاكا للمطالبة بزيادة الأجور."))


def test_the_directory_knows_the_short_names_of_ar29s_unions() -> None:
    tags = tag_text("أعلنت الجامعة العامة للبنوك إضرابا قطاعيا في تونس يومي الاثنين والثلاثاء.")
    assert "General Federation of Banks, Financial Institutions and Insurance Companies" in union_names(tags)
    tags = tag_text("استقبل رئيس النقابة العامة للبترول وفدا من العمال في القاهرة.")
    assert "General Union of Petroleum Workers" in union_names(tags)
    tags = tag_text("عقدت الكنفدرالية العامة المستقلة للعمال في الجزائر جمعيتها العامة بالعاصمة.")
    assert "Confédération Générale Autonome des Travailleurs en Algérie" in union_names(tags)
