"""Chinese and Thai pass (issue 9, branch receast41): Thai short names the directory lacked, a Thai name cut short
with "ฯ" after the story names it in full, and a Thai name that goes on with "สัมพันธ์" after a space."""

from __future__ import annotations

from tests.matching import discovered_names, tag_text, union_ids


def test_the_railway_union_written_short_with_its_mark() -> None:
    # wide_th19 th-8910
    tags = tag_text("สรส.รวมพลังระดมทุนหนุนแกนนำสหภาพรถไฟฯ ที่ถูกเลิกจ้าง", language="th")
    assert "srut-th" in union_ids(tags), union_ids(tags)


def test_an_electric_rail_union_is_not_the_railway_union() -> None:
    tags = tag_text("สหภาพรถไฟฟ้า เร่งรัดการจัดซื้อขบวนรถไฟฟ้าเพิ่ม", language="th")
    assert "srut-th" not in union_ids(tags), union_ids(tags)


def test_the_thai_airways_union_by_its_thai_acronym() -> None:
    # wide_receast41 th-41627
    tags = tag_text("นายนเรศ ผึ้งแย้ม ประธานสหภาพรัฐวิสาหกิจการบินไทย จำกัด (สร.กบท.) กล่าวว่า เดิมฝ่ายบริการนัดหารือ",
                    language="th")
    assert union_ids(tags) == {"thai-airways-international-union-th"}, union_ids(tags)


def test_the_nurses_union_of_thailand() -> None:
    # wide_receast41 th-41629
    tags = tag_text("น.ส.มัลลิกา ลุนจักร์ ประธานสหภาพพยาบาลแห่งประเทศไทย เปิดเผยว่า ได้มีการปรับเปลี่ยนแผนการชุมนุม",
                    language="th")
    assert union_ids(tags) == {"union-th-14"}, union_ids(tags)


def test_a_found_thai_name_cut_short_with_its_mark_is_that_union() -> None:
    # wide_receast41 th-41628: "...เครื่องใช้ไฟฟ้าฯ" is the federation the story has named in full
    tags = tag_text("สหพันธ์แรงงานเครื่องใช้ไฟฟ้าและอิเลคทรอนิคส์แห่งประเทศไทย (TEEF) จัดการประชุมใหญ่สามัญประจำปี "
                    "ทางสหพันธ์แรงงานเครื่องใช้ไฟฟ้าฯยังได้รับเกียรติจาก คุณชัชชัย อุราสุข", language="th")
    assert discovered_names(tags) == {"สหพันธ์แรงงานเครื่องใช้ไฟฟ้าและอิเลคทรอนิคส์แห่งประเทศไทย"}, discovered_names(tags)


def test_a_thai_name_cut_short_where_two_names_go_on_from_it_stays() -> None:
    tags = tag_text("สหพันธ์แรงงานเครื่องเรือนภาคเหนือ และสหพันธ์แรงงานเครื่องเรือนภาคใต้ ร่วมประชุม "
                    "โดยสหพันธ์แรงงานเครื่องเรือนฯ เสนอให้รวมกัน", language="th")
    assert "สหพันธ์แรงงานเครื่องเรือน" in discovered_names(tags), discovered_names(tags)


def test_a_thai_name_that_goes_on_with_relations_after_a_space() -> None:
    # wide_th19 th-8951, wide_asia36 th-36540: the group's name ends "... สัมพันธ์"
    for text in ("กลุ่มสหภาพแรงงานอมตะ-เวลโกร์ว สัมพันธ์ ได้นำสมาชิกจากหลายสหภาพมาร่วมงาน",
                 "กลุ่มสหภาพแรงงานอมตะ-เวลโกร์ว สัมพันธ์ได้ให้สัมภาษณ์กับนักข่าว"):
        tags = tag_text(text, language="th")
        assert discovered_names(tags) == {"กลุ่มสหภาพแรงงานอมตะ-เวลโกร์ว สัมพันธ์"}, discovered_names(tags)


def test_a_found_thai_name_written_without_of_thailand_is_that_union() -> None:
    # wide_asia36 th-36538: the title's "สหภาพแรงงานฮอนด้า" is the text's "สหภาพแรงงานฮอนด้า แห่งประเทศไทย"
    tags = tag_text("สหภาพแรงงานฮอนด้าฉลอง 45 ปี พร้อมประชุมสามัญประจำปี วันที่ 22 กุมภาพันธ์ 2563 "
                    "สหภาพแรงงานฮอนด้า แห่งประเทศไทย จัดประชุมใหญ่สามัญประจำปี", language="th")
    assert discovered_names(tags) == {"สหภาพแรงงานฮอนด้า แห่งประเทศไทย"}, discovered_names(tags)


def test_a_directory_union_written_without_of_thailand_is_that_union() -> None:
    # wide_th19 th-8918
    tags = tag_text("วันที่ 27 พฤษภาคม 2560 สหพันธ์แรงงานยานยนต์แห่งประเทศไทย ได้จัดเวทีเสวนา",
                    "ย้อนรอยสหพันธ์แรงงานยานยนต์จากอดีตจนถึงปัจจุบัน", language="th")
    assert not discovered_names(tags), discovered_names(tags)
    assert len(union_ids(tags)) == 1, union_ids(tags)


def test_a_verb_of_informing_before_a_chinese_name_is_no_part_of_it() -> None:
    # wide_receast41 zh-41612: "勞工局沒有告知外送產業工會" (the labour bureau did not inform the couriers' union)
    tags = tag_text("台中市外送平台服務產業工會理事長李建明表示,勞工局沒有告知外送產業工會,反而提供資訊給兩大外送平台。",
                    language="zh")
    assert discovered_names(tags) == {"台中市外送平台服務產業工會"}, discovered_names(tags)


def test_a_state_enterprise_union_written_without_its_sector_word() -> None:
    # wide_sea28 th-29825: "สหภาพแรงงานการรถไฟแห่งประเทศไทย" is the directory's "สหภาพแรงงานรัฐวิสาหกิจการรถไฟแห่งประเทศไทย"
    tags = tag_text("คุยกับ สาวิทย์ แก้วหวาน อดีตประธานสหภาพแรงงานการรถไฟแห่งประเทศไทย ผู้ยืนยันว่าเจตนาของเขา",
                    language="th")
    assert union_ids(tags) == {"srut-th"}, union_ids(tags)


def test_a_short_chinese_alias_inside_a_longer_quoted_name_names_none() -> None:
    # wide_receast41 zh-41616: 工聯 (the Macau FTU) inside 「職工聯盟」, another body's name in quotes
    tags = tag_text("【本報訊】「澳門博彩最前線」、「職工聯盟」將在五月一日發起遊行,預計有五百人參加。", language="zh")
    assert "macau-federation-of-trade-unions-mo" not in union_ids(tags), union_ids(tags)
    tags = tag_text("「工聯」今日在澳門發起遊行,預計有五百人參加。", language="zh")
    assert "macau-federation-of-trade-unions-mo" in union_ids(tags), union_ids(tags)


def test_a_latin_name_glued_to_thai_letters_is_a_word_of_its_own() -> None:
    # wide_sea31 th-31161: "รวมถึงIndustriALLและสมาพันธ์..." (including IndustriALL and ...)
    tags = tag_text("สหพันธ์นี้ก่อตั้งขึ้นในปี 2000 และสังกัดสมาพันธ์แรงงานกัมพูชารวมถึงIndustriALLและสมาพันธ์สหภาพแรงงาน"
                    "ระหว่างประเทศ", language="th")
    assert "industriall" in union_ids(tags), union_ids(tags)
