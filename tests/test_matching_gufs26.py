"""The international union bodies (the ITUC and its regions, the WFTU, the ETUC, the global union federations)
named in the scripts and languages of the press that reports them (data/union_sources/local-script-names-gufs26.tsv),
and a national union's name inside an international body's longer name not tagged as that union."""

from __future__ import annotations

import pytest

from bot.matching import default_tagger


def union_ids(text: str) -> set[str]:
    """The ids of the unions tagged in `text` (no title)."""
    return {tag.union_id for tag in default_tagger().tag(None, text).unions}


@pytest.mark.parametrize(("text", "union_id"), [
    # Chinese, simplified and traditional
    ("国际运输工人联合会发表声明，谴责船东长期拖欠海员工资。", "itf"),
    ("國際運輸工人聯盟派員登船檢查海員的工作條件。", "itf"),
    ("国际工会联合会公布了年度全球工人权利指数。", "ituc"),
    ("国际工联呼吁各国政府尊重结社自由。", "ituc"),
    ("世界工会联合会在雅典召开了理事会会议。", "wftu"),
    ("世界工联致电声援罢工的码头工人。", "wftu"),
    ("歐洲工會聯合會要求提高最低工資標準。", "etuc"),
    ("国际新闻工作者联合会对记者遇害表示愤慨。", "ifj"),
    ("國際記者聯盟譴責當局拘押多名記者。", "ifj"),
    # Japanese
    ("国際運輸労連は便宜置籍船の船員に対する賃金未払いを批判した。", "itf"),
    ("国際公務労連は公共部門の民営化に反対する声明を発表した。", "psi"),
    ("インダストリオール・グローバルユニオンは衣料工場の安全協定の延長を求めた。", "industriall"),
    ("国際ジャーナリスト連盟は記者の拘束に抗議した。", "ifj"),
    ("国際建設林業労働組合連盟は建設現場の熱中症対策を訴えた。", "bwi"),
    ("国際労働組合総連合アジア太平洋地域組織は移住労働者の権利を議論した。", "ituc-ap"),
    ("欧州労働組合連合は最低賃金指令の実施を求めた。", "etuc"),
    ("世界労連は核兵器禁止を訴える声明を出した。", "wftu"),
    ("国際家事労働者連合は第189号条約の批准を各国に求めた。", "idwf"),
    # Korean
    ("국제운수노조연맹 사무총장이 부산항을 방문했다.", "itf"),
    ("국제공공노련은 수도 민영화 계획을 비판했다.", "psi"),
    ("인더스트리올은 조선소 하청노동자의 파업을 지지했다.", "industriall"),
    ("국제기자연맹은 언론인 구속에 항의하는 성명을 냈다.", "ifj"),
    ("국제건설목공노련 아태지역 회의가 서울에서 열렸다.", "bwi"),
    ("세계노련은 노동절 성명을 발표했다.", "wftu"),
    # Arabic, Russian, Ukrainian
    ("أدان الاتحاد الدولي للصحفيين اعتقال ثلاثة صحفيين في العاصمة", "ifj"),
    ("عقد الاتحاد الدولي لنقابات عمال الصناعة مؤتمره العالمي", "industriall"),
    ("Всемирная федерация профсоюзов поддержала забастовку портовых рабочих.", "wftu"),
    ("Международная федерация журналистов осудила задержание репортёров.", "ifj"),
    ("Міжнародна федерація журналістів засудила напад на редакцію.", "ifj"),
    # Persian, Turkish, Indonesian, Hindi
    ("کنفدراسیون اروپایی اتحادیه‌های کارگری خواستار افزایش دستمزدها شد.", "etuc"),
    ("فدراسیون جهانی اتحادیه‌های کارگری اعتصاب معدنچیان را تأیید کرد.", "wftu"),
    ("Uluslararası Sendikalar Konfederasyonu'nun yıllık raporu yayımlandı.", "ituc"),
    ("Uluslararası Taşımacılık İşçileri Federasyonu liman işçilerinin grevini destekledi.", "itf"),
    ("Avrupa Sendika Konfederasyonu asgari ücret direktifinin uygulanmasını istedi.", "etuc"),
    ("Konfederasi Serikat Pekerja Internasional menerbitkan indeks hak buruh tahunan.", "ituc"),
    ("वर्ल्ड फेडरेशन ऑफ ट्रेड यूनियन्स ने खदान मजदूरों की हड़ताल का समर्थन किया।", "wftu"),
    # Education International in Arabic and Korean
    ("طالبت الدولية للتربية بزيادة رواتب المعلمين", "ei"),
    ("국제교육연맹은 교사의 정치기본권 보장을 촉구했다.", "ei"),
    ("세계교원단체총연합회 총회에 한국 대표단이 참석했다.", "ei"),
    # Spanish, French, Italian, German
    ("La Federación Sindical Mundial convocó una jornada de solidaridad.", "wftu"),
    ("La Fédération internationale des ouvriers du transport soutient les dockers.", "itf"),
    ("La Confédération européenne des syndicats réclame une directive sur le télétravail.", "etuc"),
    ("La Confederazione europea dei sindacati chiede salari più alti.", "etuc"),
    ("Die Bau- und Holzarbeiter Internationale verlangt besseren Hitzeschutz auf Baustellen.", "bwi"),
    ("La Internacional de Trabajadores de la Construcción y la Madera denunció las muertes en las obras.", "bwi"),
])
def test_international_body_named_in_the_local_language(text: str, union_id: str) -> None:
    assert union_id in union_ids(text)


@pytest.mark.parametrize(("text", "national_id"), [
    # 運輸労連 (UNYU ROREN, Japan) inside 国際運輸労連 (the ITF); 공공노련 (Korea) inside 국제공공노련 (PSI)
    ("国際運輸労連（ITF）は船主による賃金未払いを批判した。", "unyu-roren-jp"),
    ("국제공공노련(PSI)은 공공부문 구조조정에 반대했다.", "federation-of-korean-public-industry-unions-kr"),
])
def test_national_union_inside_an_international_name_is_not_tagged(text: str, national_id: str) -> None:
    assert national_id not in union_ids(text)


@pytest.mark.parametrize(("text", "national_id"), [
    ("運輸労連は春闘でトラック運転手の賃上げを求めた。", "unyu-roren-jp"),
    ("공공노련은 공공기관 임금체계 개편에 반대했다.", "federation-of-korean-public-industry-unions-kr"),
])
def test_the_national_union_alone_is_still_tagged(text: str, national_id: str) -> None:
    assert national_id in union_ids(text)


@pytest.mark.parametrize("text", [
    # 국제노동조합연맹 is also the Korean name of the International Federation of Trade Unions (1913-1945): left out
    "국제노동조합연맹은 1919년 암스테르담에서 재건되었다.",
    # 세계노동연맹 is also the Korean name of the World Confederation of Labour: left out
    "세계노동연맹은 기독교 노동운동에서 출발했다.",
    # words of the names used alone are no name
    "国际运输业的工人联合起来要求加薪。",
    "国際的な運輸業界の労働者が連帯した。",
])
def test_ambiguous_or_partial_names_tag_no_international_body(text: str) -> None:
    assert not union_ids(text) & {"ituc", "wftu", "itf", "ifj", "psi"}
