"""South-East Asian labour news (issue 9, branch sea27): Vietnamese "lao động", Thai union heads written apart from
their enterprise, Thai acronyms of dotted parts, and the older or Vietnamese names of two national centres. Each test
is written with sentences of its own (not taken from the samples)."""

from __future__ import annotations

from bot.matching import StoryTags, default_tagger


def _tags(text: str, title: str | None = None) -> StoryTags:
    return default_tagger().tag(title, text)


def _countries(tags: StoryTags) -> set[str]:
    return {tag.code for tag in tags.countries}


def _ids(tags: StoryTags) -> set[str]:
    return {tag.union_id for tag in tags.unions}


def _names(tags: StoryTags) -> set[str]:
    return {tag.name for tag in tags.unions}


def test_vietnamese_lao_dong_is_labour_not_laos() -> None:
    assert _countries(_tags("Người lao động ở Hải Phòng đòi tăng lương.")) == {"VN"}
    assert "LA" not in _countries(_tags("Liên đoàn Lao động tỉnh Đồng Nai họp với công nhân ở Biên Hòa."))
    # Laos itself, in Vietnamese ("Lào") or in English, is still Laos.
    assert "LA" in _countries(_tags("Công nhân Lào sang Việt Nam làm việc ở Hà Nội."))
    assert "LA" in _countries(_tags("Lao garment workers in Vientiane stopped work on Monday."))


def test_the_vgcl_by_its_vietnamese_name() -> None:
    tags = _tags("Tổng Liên đoàn Lao động Việt Nam kiến nghị tăng lương tối thiểu vùng thêm 7%.")
    assert "vgcl" in _ids(tags)
    assert _countries(tags) == {"VN"}
    assert "vgcl" in _ids(_tags("Chủ tịch Tổng LĐLĐ Việt Nam gặp công nhân ở Bắc Ninh."))


def test_kspsi_by_its_names_before_2001() -> None:
    assert "kspsi" in _ids(_tags("Ratusan anggota Federasi Serikat Pekerja Seluruh Indonesia berdemo di Surabaya."))
    assert "kspsi" in _ids(_tags("Pengurus FSPSI Jawa Timur menggelar aksi di Surabaya."))
    # A company's own workers' union is not the confederation.
    assert "kspsi" not in _ids(_tags("Serikat Pekerja PT Maju Jaya menggelar aksi di Medan."))


def test_a_thai_union_written_apart_from_its_company_is_named_with_it() -> None:
    tags = _tags("ประธานสหภาพแรงงาน บริษัท สยามเคมี จำกัด กล่าวว่า คนงานที่ชลบุรีจะหยุดงาน")
    assert _names(tags) == {"สหภาพแรงงานสยามเคมี"}
    # A public company ("บมจ."), with the sector and the company on lines of their own: the directory's union.
    assert "thai-airways-international-union-th" in _ids(
        _tags("ประธานสหภาพแรงงาน\nรัฐวิสาหกิจ บมจ.\nการบินไทย เปิดเผยว่า จะยื่นหนังสือต่อรัฐมนตรี"))
    tags = _tags("ประธานสหภาพแรงงานรัฐวิสาหกิจ บมจ.การบินไทย (THAI) เปิดเผยว่า จะยื่นหนังสือต่อรัฐมนตรี")
    assert _ids(tags) == {"thai-airways-international-union-th"}


def test_a_thai_union_written_apart_from_an_enterprise_of_thailand() -> None:
    tags = _tags("สมาชิกสหภาพแรงงาน โตโยต้าบัส ประเทศไทย ชุมนุมที่ระยอง")
    assert _names(tags) == {"สหภาพแรงงานโตโยต้าบัส ประเทศไทย"}
    # The first "of Thailand" ends the name: the federation after "ร่วมกับ" (together with) is another body.
    tags = _tags("สหภาพแรงงาน สยามโลหะแห่งประเทศไทย ร่วมกับสหพันธ์แรงงานโลหะแห่งประเทศไทย ยื่นหนังสือที่ระยอง")
    assert "สหภาพแรงงานสยามโลหะแห่งประเทศไทย" in _names(tags)
    assert not any("ร่วมกับ" in name for name in _names(tags))


def test_a_thai_head_before_other_words_names_no_union() -> None:
    # "บริษัทฯ" is "the company" named before; a verb after the space starts a clause.
    assert not _tags("สหภาพแรงงาน บริษัทฯ ยังไม่ตอบข้อเรียกร้อง ที่ระยอง").unions
    assert not _tags("สหภาพแรงงาน ได้ยื่นหนังสือถึงการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย ที่ระยอง").unions


def test_a_thai_acronym_of_dotted_parts_is_taught_by_its_brackets() -> None:
    tags = _tags("สหภาพแรงงานรัฐวิสาหกิจการประปานครหลวง (สร.กปน.) คัดค้านการแปรรูป ที่กรุงเทพ")
    assert {tag.acronym for tag in tags.unions} == {"สร.กปน."}
