"""Words read as places (issue 9, branch cty48words): a common word of one of the recogniser's languages that is a
place's name elsewhere (gazetteer.toml city_stoplist, foreign_stoplist) or that holds one in a set phrase (blockers) is
no place; the places themselves are still read where their own language writes them."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text


@pytest.mark.parametrize("text, code", [
    # Arabic "مشهد" (a scene), after "in" or "to", is no Mashhad
    ("شارك المعلمون في مشهد احتجاجي واسع أمام مبنى الوزارة في العاصمة للمطالبة بزيادة الرواتب.", "IR"),
    ("عادت النقابة الى مشهد الاعتصامات بعد شهر من الهدوء في المدارس الحكومية.", "IR"),
    # Arabic "مليشيا" (a militia) is no Malaysia
    ("أدانت النقابة اعتقال المعلمين من قبل مليشيا مسلحة في المدينة.", "MY"),
    # an Iraqi's family name al-Sudani after his given name is no Sudan
    ("استقبل رئيس الوزراء محمد شياع السوداني وفدا من نقابة المعلمين في بغداد.", "SD"),
    # Polish "Taki" (such) opening a sentence is no Turkey; "siła" (strength) no Chad's Sila
    ("Taki był główny postulat związkowców z oświaty podczas wtorkowego spotkania.", "TR"),
    ("Siła związku leży w jego członkach, mówił przewodniczący podczas wiecu.", "TD"),
    # Polish idioms: a "protest włoski" is a work-to-rule, a "tragedia grecka" a drama
    ("W urzędach skarbowych od poniedziałku trwa protest włoski pracowników.", "IT"),
    ("Pielęgniarki przygotowały happening na wzór tragedii greckiej przed szpitalem.", "GR"),
    # German "Freistaat" is Bavaria's or Saxony's own title, not South Africa's Free State
    ("Die Ärzte an den Kliniken im Freistaat legen am Mittwoch die Arbeit nieder.", "ZA"),
    # Belarusian "калі" (if, when) is no Cali
    ("Калі ўлады не павысяць заробак, рабочыя пачнуць забастоўку.", "CO"),
    # Tagalog "bago" (before) opening a sentence is no Myanmar's Bago
    ("Bago pa nagsimula ang pulong, nagtipon na ang mga manggagawa sa harap ng pabrika.", "MM"),
    # Thai "ปรากฏ" (to appear) after "ที่" is no Prague
    ("สหภาพแรงงานแถลงถึงผลการเจรจาที่ปรากฏว่านายจ้างไม่ยอมขึ้นค่าจ้าง", "CZ"),
    # Chinese: a title ending in 長 before a name starting with 沙 is no Changsha
    ("工會秘書長沙末表示,會員將繼續爭取加薪。", "CN"),
    # Urdu "جدو جہد" (struggle), written in two words, holds no Somalia's Gedo
    ("اساتذہ نے حقوق کے لیے مل کر جدو جہد کا اعلان کیا", "SO"),
    # Indonesian "surat" (a letter) opening an official paper's name is no India's Surat
    ("Serikat Pekerja Kirim Surat Pemberitahuan Mogok Kerja ke Perusahaan", "IN"),
])
def test_a_common_word_is_no_place(text: str, code: str) -> None:
    assert code not in all_countries(tag_text(text))


@pytest.mark.parametrize("text, code", [
    # Persian names Mashhad after its own "in"
    ("کارگران شهرداری در مشهد در اعتراض به حقوق معوقه تجمع کردند.", "IR"),
    # Myanmar's Bago in English, Changsha on its own, Italy's strike in Polish news of Italy
    ("Garment workers in Bago Region walked out on Monday over unpaid overtime.", "MM"),
    ("長沙一家工廠的工人昨日罷工,要求補發工資。", "CN"),
    ("Diamond polishers in Surat stopped work on Monday to demand higher piece rates.", "IN"),
    ("Strajk kolejarzy we Włoszech sparaliżował w piątek ruch pociągów w Rzymie.", "IT"),
    # a Sudanese body named by its demonym is still Sudan's
    ("أعلن تجمع المهنيين السوداني الإضراب العام في الخرطوم.", "SD"),
])
def test_the_place_itself_is_still_read(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text))
