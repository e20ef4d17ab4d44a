"""Thai name ends (issue 9, branch recth43): where a Thai union's name stops, from the sample wide_recth43 and the
older wide samples with Thai pages. Thai runs a name into the next word without a space."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_names


def _thai_names(text: str) -> set[str]:
    return union_names(tag_text(text, language="th"))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recth43 th-43111: the union glued to "รวมตัว" (gathers) and "ติดตาม" (follows up)
    ("สหภาพแรงงานธนาคารกรุงเทพรวมตัวติดตามข้อเรียกหลายประเด็น", "สหภาพแรงงานธนาคารกรุงเทพ"),
    ("สหภาพแรงงานโตโยต้าชุมนุมหน้าโรงงานที่สำโรง", "สหภาพแรงงานโตโยต้า"),
    ("สหภาพแรงงานอีซูซุแถลงข่าวเมื่อวันที่ 5 พฤษภาคม", "สหภาพแรงงานอีซูซุ"),
    ("นายสมชาย ประธานสหภาพแรงงานไทยซัมมิทกล่าวว่า บริษัทไม่จ่ายโบนัส", "สหภาพแรงงานไทยซัมมิท"),
    ("สหภาพแรงงานเอ็นทีเอ็นเปิดเผยว่า บริษัทไม่จ่ายโบนัส", "สหภาพแรงงานเอ็นทีเอ็น"),
    ("สหภาพแรงงานแคนนอนระบุว่า บริษัทไม่จ่ายโบนัส", "สหภาพแรงงานแคนนอน"),
    ("สหภาพแรงงานไทยเรยอนเข้ายื่นหนังสือต่อผู้ว่าราชการจังหวัดอ่างทอง", "สหภาพแรงงานไทยเรยอน"),
    ("สหภาพแรงงานซีพีเอฟออกแถลงการณ์คัดค้านการเลิกจ้าง", "สหภาพแรงงานซีพีเอฟ"),
    ("สหภาพแรงงานฮอนด้าเดินทางไปยื่นหนังสือ ที่กระทรวงแรงงาน", "สหภาพแรงงานฮอนด้า"),
    ("สหภาพแรงงานฮอนด้านั้นมีสมาชิก 3,000 คน", "สหภาพแรงงานฮอนด้า"),
])
def test_thai_name_ends_before_a_glued_verb(text: str, name: str) -> None:
    names = _thai_names(text)
    assert name in names, names
    assert not any(found.startswith(name) and found != name for found in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("สหภาพแรงงานกู๊ดเยียร์ประเทศไทยยืนยันจะนัดหยุดงาน", "สหภาพแรงงานกู๊ดเยียร์ประเทศไทย"),
    ("สหภาพแรงงานการท่าเรือแห่งประเทศไทยคัดค้านการแปรรูป", "สหภาพแรงงานการท่าเรือแห่งประเทศไทย"),
    ("สหภาพแรงงานยามาฮ่ามอเตอร์แห่งประเทศไทยนำโดยนายสมศักดิ์", "สหภาพแรงงานยามาฮ่ามอเตอร์แห่งประเทศไทย"),
    # "และ" inside a name "of Thailand" that a verb follows
    ("สหพันธ์แรงงานปิโตรเลียมและปิโตรเคมีแห่งประเทศไทยออกมาเรียกร้อง", "สหพันธ์แรงงานปิโตรเลียมและปิโตรเคมีแห่งประเทศไทย"),
])
def test_thai_name_ends_after_of_thailand(text: str, name: str) -> None:
    names = _thai_names(text)
    assert name in names, names
    assert not any(found.startswith(name) and found != name for found in names), names


def test_and_before_another_body_joins_no_names() -> None:
    names = _thai_names("สหภาพแรงงานโตโยต้าและสหพันธ์แรงงานยานยนต์แห่งประเทศไทยร่วมกันแถลง")
    assert not any(name.startswith("สหภาพแรงงานโตโยต้าและ") for name in names), names


@pytest.mark.parametrize(("text", "name"), [
    # wide_recth43 th-43105: a firm's name in two words, then "ประเทศไทย", then a clause
    ("สหภาพแรงงานมิตซูบิชิ อิเล็คทริค ประเทศไทย ที่เป็นผลมาจากเมื่อวันที่ 29 มกราคม",
     "สหภาพแรงงานมิตซูบิชิ อิเล็คทริค ประเทศไทย"),
    ("สหภาพแรงงานเอจีซี แฟลทกลาส (ประเทศไทย) ยื่นข้อเรียกร้องต่อบริษัท", "สหภาพแรงงานเอจีซี แฟลทกลาส (ประเทศไทย)"),
])
def test_thai_union_keeps_its_firms_words_before_thailand(text: str, name: str) -> None:
    assert name in _thai_names(text), _thai_names(text)


def test_a_clause_before_thailand_is_no_firms_word() -> None:
    names = _thai_names("ประธานสหภาพแรงงานโตโยต้า กล่าวว่า ประเทศไทย ต้องปรับตัว")
    assert "สหภาพแรงงานโตโยต้า" in names, names
    assert not any("ประเทศไทย" in name for name in names), names


def test_employees_council_of_thailand_opening_with_a_verb_like_word() -> None:
    # wide_recth43 th-43103: "พัฒนา" (develop) opens the council's name, which is "of Thailand"
    names = _thai_names("นายมนัส โกศล ผู้แทนจากสภาองค์การลูกจ้างพัฒนาแห่งประเทศไทย (สพท.) ได้ยื่นหนังสือถึงรัฐมนตรี")
    assert "สภาองค์การลูกจ้างพัฒนาแห่งประเทศไทย" in names, names


def test_verb_after_head_still_names_no_union() -> None:
    # wide_th19 th-8951: unions improve a playground
    assert not _thai_names("สหภาพแรงงานพัฒนาสนามเด็กเล่นและที่จอดรถ เมื่อวันที่ 5")


def test_a_federation_of_thailand_is_still_found() -> None:
    names = _thai_names("นายวิสุทธิ์ รองประธานสหพันธ์แรงงานยานยนต์แห่งประเทศไทย ตั้งข้อสังเกตว่า")
    assert "สหพันธ์แรงงานยานยนต์แห่งประเทศไทย" in names, names


@pytest.mark.parametrize("text", [
    # wide_recth43 th-43110, th-43112: a network of bank unions names no union
    "เครือข่ายสหภาพแรงงานธนาคารและสถาบันการเงิน (BFUN) ได้เข้ายื่นหนังสือต่อ 3 หน่วยงาน",
    "นายองอาจ ประธานเครือข่ายสหภาพแรงงานธนาคารและสถาบันการเงินทำหนังสือถึง ผู้ว่าการ",
])
def test_a_network_of_unions_is_no_union(text: str) -> None:
    assert not _thai_names(text), _thai_names(text)


def test_a_group_of_an_areas_unions_is_still_found() -> None:
    names = _thai_names("กลุ่มสหภาพแรงงานย่านรังสิตและใกล้เคียง ได้ยื่นหนังสือ")
    assert any(name.startswith("กลุ่มสหภาพแรงงานย่านรังสิต") for name in names), names


def test_state_employees_union_of_thailand_is_in_the_directory() -> None:
    # wide_recth43 th-43114: "ของรัฐ" (of the state) after the head reads as a clause; the directory has the name
    names = _thai_names("นายโอสถ สุวรรณ์เศวต ประธานสหภาพลูกจ้างของรัฐแห่งประเทศไทย (สลท.) ได้เรียกประชุมซักซ้อม")
    assert "สหภาพลูกจ้างของรัฐแห่งประเทศไทย" in names, names


@pytest.mark.parametrize(("text", "name"), [
    # the bracket closing "(ประเทศไทย)" stays in the name when a clause is glued after it
    ("สหภาพแรงงานแอลจี อีเลคทรอนิคส์ (ประเทศไทย)ได้ยื่นข้อเรียกร้อง", "สหภาพแรงงานแอลจี อีเลคทรอนิคส์ (ประเทศไทย)"),
    ("สหภาพแรงงานเอ็นเอชเค สปริง (ประเทศไทย)ยื่นข้อเรียกร้อง", "สหภาพแรงงานเอ็นเอชเค สปริง (ประเทศไทย)"),
])
def test_thai_union_with_its_firms_bracketed_thailand(text: str, name: str) -> None:
    names = _thai_names(text)
    assert name in names, names


@pytest.mark.parametrize(("text", "name"), [
    # wide_sea35 vi-35463: a city's education-sector union, named without its city and in lower case
    ("Công đoàn ngành giáo dục rà soát giáo viên cơ sở ngoài công lập có hoàn cảnh khó khăn", "Công đoàn ngành giáo dục"),
    # wide_sea32 vi-32888
    ("Khi xuất hiện dịch Covid-19, đoàn viên Công đoàn ngành Y tế là những người trên tuyến đầu.",
     "Công đoàn ngành Y tế"),
])
def test_vietnamese_sector_union_of_a_province(text: str, name: str) -> None:
    names = union_names(tag_text(text, language="vi"))
    assert name in names, names


def test_vietnamese_sector_word_without_the_union_is_no_union() -> None:
    names = union_names(tag_text("Các cấp công đoàn ngành giáo dục đã hỗ trợ giáo viên.", language="vi"))
    assert not any("giáo dục" in name.lower() for name in names), names
