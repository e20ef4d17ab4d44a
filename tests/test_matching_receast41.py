"""Chinese and Thai pass (issue 9, branch receast41): Thai short names the directory lacked, a Thai name cut short
with "ฯ" after the story names it in full, and a Thai name that goes on with "สัมพันธ์" after a space."""

from __future__ import annotations

from tests.matching import tag_text, union_ids


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
