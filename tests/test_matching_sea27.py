"""South-East Asian labour news (issue 9, branch sea27): Vietnamese "lao động", Thai union heads written apart from
their enterprise, Thai acronyms of dotted parts, and the older or Vietnamese names of two national centres. Each test
is written with sentences of its own (not taken from the samples)."""

from __future__ import annotations

from tests.matching import all_countries, tag_text, union_ids, union_names


def test_vietnamese_lao_dong_is_labour_not_laos() -> None:
    assert all_countries(tag_text("Người lao động ở Hải Phòng đòi tăng lương.")) == {"VN"}
    assert "LA" not in all_countries(tag_text("Liên đoàn Lao động tỉnh Đồng Nai họp với công nhân ở Biên Hòa."))
    # Laos itself, in Vietnamese ("Lào") or in English, is still Laos.
    assert "LA" in all_countries(tag_text("Công nhân Lào sang Việt Nam làm việc ở Hà Nội."))
    assert "LA" in all_countries(tag_text("Lao garment workers in Vientiane stopped work on Monday."))


def test_the_vgcl_by_its_vietnamese_name() -> None:
    tags = tag_text("Tổng Liên đoàn Lao động Việt Nam kiến nghị tăng lương tối thiểu vùng thêm 7%.")
    assert "vgcl" in union_ids(tags)
    assert all_countries(tags) == {"VN"}
    assert "vgcl" in union_ids(tag_text("Chủ tịch Tổng LĐLĐ Việt Nam gặp công nhân ở Bắc Ninh."))


def test_kspsi_by_its_names_before_2001() -> None:
    assert "kspsi" in union_ids(tag_text("Ratusan anggota Federasi Serikat Pekerja Seluruh Indonesia berdemo di Surabaya."))
    assert "kspsi" in union_ids(tag_text("Pengurus FSPSI Jawa Timur menggelar aksi di Surabaya."))
    # A company's own workers' union is not the confederation.
    assert "kspsi" not in union_ids(tag_text("Serikat Pekerja PT Maju Jaya menggelar aksi di Medan."))


def test_a_thai_union_written_apart_from_its_company_is_named_with_it() -> None:
    tags = tag_text("ประธานสหภาพแรงงาน บริษัท สยามเคมี จำกัด กล่าวว่า คนงานที่ชลบุรีจะหยุดงาน")
    assert union_names(tags) == {"สหภาพแรงงานสยามเคมี"}
    # A public company ("บมจ."), with the sector and the company on lines of their own: the directory's union.
    assert "thai-airways-international-union-th" in union_ids(
        tag_text("ประธานสหภาพแรงงาน\nรัฐวิสาหกิจ บมจ.\nการบินไทย เปิดเผยว่า จะยื่นหนังสือต่อรัฐมนตรี")
    )
    tags = tag_text("ประธานสหภาพแรงงานรัฐวิสาหกิจ บมจ.การบินไทย (THAI) เปิดเผยว่า จะยื่นหนังสือต่อรัฐมนตรี")
    assert union_ids(tags) == {"thai-airways-international-union-th"}


def test_a_thai_union_written_apart_from_an_enterprise_of_thailand() -> None:
    tags = tag_text("สมาชิกสหภาพแรงงาน โตโยต้าบัส ประเทศไทย ชุมนุมที่ระยอง")
    assert union_names(tags) == {"สหภาพแรงงานโตโยต้าบัส ประเทศไทย"}
    # The first "of Thailand" ends the name: the federation after "ร่วมกับ" (together with) is another body.
    tags = tag_text("สหภาพแรงงาน สยามโลหะแห่งประเทศไทย ร่วมกับสหพันธ์แรงงานโลหะแห่งประเทศไทย ยื่นหนังสือที่ระยอง")
    assert "สหภาพแรงงานสยามโลหะแห่งประเทศไทย" in union_names(tags)
    assert not any("ร่วมกับ" in name for name in union_names(tags))


def test_a_thai_head_before_other_words_names_no_union() -> None:
    # "บริษัทฯ" is "the company" named before; a verb after the space starts a clause.
    assert not tag_text("สหภาพแรงงาน บริษัทฯ ยังไม่ตอบข้อเรียกร้อง ที่ระยอง").unions
    assert not tag_text("สหภาพแรงงาน ได้ยื่นหนังสือถึงการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย ที่ระยอง").unions


def test_a_thai_acronym_of_dotted_parts_is_taught_by_its_brackets() -> None:
    tags = tag_text("สหภาพแรงงานรัฐวิสาหกิจการประปานครหลวง (สร.กปน.) คัดค้านการแปรรูป ที่กรุงเทพ")
    assert {tag.acronym for tag in tags.unions} == {"สร.กปน."}
