"""Places in Persian, Arabic, Urdu and Hindi, regions named like many countries' cities, the sunset prayer, and the
states migrant workers come from (issue 9, places26): each test is one general rule, with sentences of its own."""

from __future__ import annotations

from tests.matching import tag_text


def _codes(text: str, title: str | None = None) -> set[str]:
    return {tag.code for tag in tag_text(text, title=title).countries}


def _primary(text: str, title: str | None = None) -> set[str]:
    return {tag.code for tag in tag_text(text, title=title).countries if tag.salience == "primary"}


# -- build: a name is as common as every alef and last letter its folded key may be written with ----------------------

def test_persian_abadan_is_not_nigerias_ibadan() -> None:
    # "ابادان" (Ibadan in Arabic) folds with Persian "آبادان", Abadan, a frequent Persian word
    assert "NG" not in _codes("کارگران پالایشگاه نفت آبادان دست به اعتصاب زدند.")
    assert _codes("کارگران پالایشگاه نفت در آبادان دست به اعتصاب زدند.") == {"IR"}


def test_persian_threshold_is_not_astana() -> None:
    # "آستانه" (threshold; "در آستانه", on the eve of) folds with Astana's Urdu name "آستانہ"
    assert "KZ" not in _codes("پرستاران در آستانه روز پرستار دست به تجمع زدند.")
    assert "KZ" not in _codes("معلمان در آستانه سال تحصیلی جدید اعتراض کردند.")


def test_urdu_now_is_not_ibb() -> None:
    # Urdu "اب" (now) folds with Yemen's Ibb ("إب"), Persian and Arabic "آب" (water)
    assert "YE" not in _codes("مزدوروں نے کہا کہ اب وہ ہڑتال جاری رکھیں گے۔")


def test_an_iranian_town_frequent_in_persian_is_a_town() -> None:
    assert _codes("کارگران کارخانه در زنجان تجمع کردند.") == {"IR"}
    assert _codes("در سنندج معلمان اعتراض کردند.") == {"IR"}
    # a town without a preposition of place or its country named stays unbacked
    assert _codes("کارگران کارخانه زنجان تجمع کردند.") == set()


def test_a_persian_word_urdu_writes_too_is_no_town() -> None:
    # Mianeh ("میانه", middle) and Andisheh ("اندیشه", thought) are Urdu words as well
    assert _codes("کارگران در میانه راه متوقف شدند.") == set()
    assert _codes("کارگران در اندیشه آینده خود هستند.") == set()


def test_an_iranian_port_is_named_without_bandar() -> None:
    assert _codes("کارگران پتروشیمی در ماهشهر دست از کار کشیدند.") == {"IR"}
    # "بندر عباس" gives no "عباس", a man's name
    assert _codes("عباس گفت که کارگران در کارخانه هستند.") == set()


# -- a town after Arabic "في", Persian "در", before Hindi "में", Urdu "میں" ---------------------------------------------

def test_arabic_and_persian_prepositions_place_a_town() -> None:
    assert _codes("تظاهر عمال النفط في شوشتر للمطالبة بأجورهم.") == {"IR"}
    assert _codes("رانندگان در شوشتر اعتصاب کردند.") == {"IR"}
    assert _codes("رانندگان شوشتر اعتصاب کردند.") == set()


def test_hindi_and_urdu_postpositions_place_a_town() -> None:
    assert "AE" in _codes("मजदूरों की दुबई में एक इमारत में आग लगने से मौत हो गई।")
    assert "AE" in _codes("مزدوروں کی دبئی میں ایک عمارت میں آگ لگنے سے موت ہو گئی۔")
    # not before another word ("दुबई की कंपनी", Dubai's company)
    assert "AE" not in _codes("दुबई की कंपनी ने मजदूरों को नौकरी से निकाला।")


# -- a region named like cities of many countries needs its country backed ----------------------------------------------

def test_a_region_named_like_many_countries_cities_needs_backing() -> None:
    text = "Los trabajadores de la Municipalidad de San Miguel Dueñas, en Guatemala, denuncian despidos."
    assert _codes(text) == {"GT"}
    assert _codes("Los trabajadores de San Miguel protestan por los despidos.") == set()
    assert _codes("En El Salvador, los trabajadores de San Miguel protestan por los despidos.") == {"SV"}


# -- the sunset prayer ----------------------------------------------------------------------------------------------

def test_the_sunset_prayer_is_not_morocco() -> None:
    assert "MA" not in _codes("تجمع العمال بعد صلاة المغرب أمام المصنع في القاهرة.")
    assert "MA" not in _codes("يعمل العمال من الفجر حتى أذان المغرب ثم يعودون إلى بيوتهم.")
    assert _codes("أضرب عمال الموانئ في المغرب احتجاجا على الأجور.") == {"MA"}
    # "بعد"/"قبل" alone say "after/before Morocco" as often as the prayer's hour: the country stays
    assert "MA" in _codes("احتلت تونس المرتبة الثانية بعد المغرب في عدد الإضرابات العمالية هذا العام.")
    assert "MA" in _codes("زار وفد النقابة الجزائر قبل المغرب للتحقيق في انتهاكات الحريات النقابية.")


# -- workers' home states and towns are their origin where another country is the place ------------------------------

def test_workers_home_state_abroad_is_their_origin() -> None:
    assert _primary("दुबई में केरल के मजदूरों की एक इमारत में आग लगने से मौत हो गई।") == {"AE"}
    assert _primary("دبئی میں لاہور کے مزدوروں کی ایک عمارت میں آگ لگنے سے موت ہو گئی۔") == {"AE"}
    assert _primary("Workers from Kerala died in a fire at a building site in Dubai on Monday.") == {"AE"}


def test_workers_of_a_state_at_home_are_its_subject() -> None:
    assert _primary("केरल के मजदूरों ने तिरुवनंतपुरम में हड़ताल की।") == {"IN"}
    assert _primary("لاہور کے مزدوروں نے تنخواہوں کے لیے ہڑتال کی۔") == {"PK"}
    assert _primary("Workers from Kerala marched in Thiruvananthapuram on Monday.") == {"IN"}
