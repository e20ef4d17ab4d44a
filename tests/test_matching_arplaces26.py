"""Towns of Arabic-speaking countries under their Arabic names (issue 9, arplaces26): a name with the article whose bare
word is rare, a proper noun Arabic never writes with the article, and the adjectives, words and names that stay out."""

from __future__ import annotations

from bot.matching import default_tagger
from tests.matching import all_countries, tag_text

# -- a name with the article whose bare word Arabic seldom writes: a town ---------------------------------------------

def test_a_town_named_with_the_article_is_its_country() -> None:
    assert all_countries(tag_text("نظم عمال الموانئ إضرابا مفتوحا في البصرة للمطالبة بتثبيتهم.")) == {"IQ"}
    assert all_countries(tag_text("احتج مئات المعلمين في الديوانية على تأخر صرف رواتبهم.")) == {"IQ"}
    assert all_countries(tag_text("دخل عمال مصنع الأسمدة في الحديدة في اعتصام مفتوح.")) == {"YE"}


def test_an_adjective_or_noun_with_the_article_is_no_town() -> None:
    # الجديدة (the new; Morocco's El Jadida), الزاوية (the corner; Libya's Zawiya), البيضاء (the white; Libya's Bayda),
    # الخمس (the five; Libya's Khums): their bare words are written as often as the names
    assert not all_countries(tag_text("وقع العمال على الاتفاقية الجديدة من الزاوية القانونية."))
    assert not all_countries(tag_text("رفع المحتجون الراية البيضاء بعد الخمس ساعات الأولى من الإضراب."))


# -- a one-word name Arabic never writes with the article: a proper noun ----------------------------------------------

def test_a_proper_noun_names_its_town() -> None:
    assert all_countries(tag_text("أضرب عمال مصانع الغزل في سوهاج عن العمل ثلاثة أيام.")) == {"EG"}
    assert all_countries(tag_text("تظاهر موظفو البلدية في صفاقس أمام مقر الولاية.")) == {"TN"}
    assert all_countries(tag_text("نفذ عمال النظافة في نابلس وقفة احتجاجية.")) == {"PS"}


def test_a_big_citys_frequent_proper_noun_counts_after_in() -> None:
    assert all_countries(tag_text("أعلنت نقابة المعلمين الإضراب الشامل في عدن حتى صرف الرواتب.")) == {"YE"}
    assert all_countries(tag_text("خرج عمال المصانع في تعز للمطالبة بزيادة الأجور.")) == {"YE"}


def test_a_word_written_with_the_article_is_no_town() -> None:
    # "بركان" (volcano; Morocco's Berkane) and "كسل" (laziness; Sudan's Kassala) are written with the article too
    assert not all_countries(tag_text("وصف العمال غضبهم بأنه بركان سينفجر إذا استمر كسل الإدارة."))


def test_birthplace_and_given_names_are_no_town() -> None:
    # "مسقط رأس" (birthplace) and "مسقط" (Muscat); "بشار" (a man's name; Algeria's Béchar); "سارة" (Sarh, Chad)
    assert not all_countries(tag_text("عاد العامل إلى مسقط رأسه بعد أن فقد عمله."))
    assert not all_countries(tag_text("قال بشار وسارة إن الإدارة رفضت مطالب العمال."))


# -- a union's name that holds its country's adjective ends before "in" a town ---------------------------------------

def test_a_union_named_by_its_countrys_adjective_ends_before_in_a_town() -> None:
    tags = default_tagger().tag(None, "نظم الاتحاد العام التونسي للشغل في صفاقس تجمعا عماليا أمام مقر الولاية.")
    assert {union.union_id for union in tags.unions} == {"ugtt"}
    tags = default_tagger().tag(None, "عقد اتحاد نقابات العمال الفلسطيني في نابلس مؤتمره السنوي.")
    assert {union.union_id for union in tags.unions} == {"pgftu"}
