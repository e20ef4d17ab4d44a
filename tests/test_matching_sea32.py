"""South-East Asian union names (branch sea32): an Indonesian company union's acronym after "PT." is the name's; a
Thai name goes on through "เพื่อน" (friend), and a verb ("ปกป้อง", protect) after a head makes no name; Vietnamese
papers shorten "Công đoàn" to "CĐ"; the Ho Chi Minh City federation of labour is a VGCL body; Garda Indonesia."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids


def test_an_indonesian_company_acronym_after_pt_dot_is_the_names() -> None:
    # "the union of PT. KAI rejects privatisation": not a name cut at "PT."
    names = discovered_names(tag_text("Serikat Pekerja PT. KAI Daop 2 menolak rencana privatisasi perusahaan."))
    assert "Serikat Pekerja PT." not in names
    assert any(name.startswith("Serikat Pekerja PT. KAI") for name in names)


def test_a_thai_name_goes_on_through_friend() -> None:
    # "the Thai Workers' Friend union submitted a letter to the company"
    tags = tag_text("สหภาพแรงงานเพื่อนแรงงานไทย ยื่นหนังสือถึงบริษัทเมื่อวานนี้")
    assert "สหภาพแรงงานเพื่อนแรงงานไทย" in discovered_names(tags)


def test_a_thai_union_that_protects_names_none() -> None:
    # "unions protect the nation's assets": a clause, not a name
    assert discovered_names(tag_text("บทความเรื่องสหภาพแรงงานปกป้องสมบัติของชาติ ลงพิมพ์ในหนังสือพิมพ์")) == set()


def test_a_vietnamese_union_shortened_to_cd() -> None:
    # "the Vietnam Health Trade Union has 40,000 members"
    tags = tag_text("CĐ Y tế Việt Nam hiện có hơn 40.000 đoàn viên tại 100 CĐ cơ sở.")
    assert "Công đoàn Y tế Việt Nam" in discovered_names(tags)
    assert primary_countries(tags) == {"VN"}


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Liên đoàn Lao động TP.HCM đề nghị doanh nghiệp trả lương đúng hạn cho công nhân.",
        "LĐLĐ TPHCM tổ chức chương trình Tết sum vầy cho công nhân khó khăn.",
    ],
)
def test_the_ho_chi_minh_city_federation_of_labour_is_the_vgcl(text: str) -> None:
    assert "vgcl" in union_ids(tag_text(text))


def test_garda_indonesia() -> None:
    tags = tag_text("Ketua Umum Garda Indonesia, Raden Igun Wicaksono, menyerukan pengemudi ojol mematikan aplikasi.")
    assert "garda-indonesia-id" in union_ids(tags)


def test_a_frontline_is_no_garda_indonesia() -> None:
    # "workers are the nation's front guard": "garda" is a word, the association's name is two
    tags = tag_text("Buruh adalah garda terdepan pembangunan Indonesia, kata Menteri Ketenagakerjaan di Jakarta.")
    assert "garda-indonesia-id" not in union_ids(tags)


def test_a_thai_name_with_a_foreign_unions_short_name_in_brackets_is_that_union() -> None:
    # "a delegate of the German metalworkers' union (IG Metall) spoke on jobs in Germany's car plants"
    tags = tag_text("ผู้แทนสหภาพแรงงานโลหะแห่งเยอรมนี (IG Metall) เล่าเรื่องการจ้างงานในโรงงานรถยนต์ในประเทศเยอรมนี ให้ผู้นำแรงงานไทยฟัง")
    assert "ig-metall" in union_ids(tags)
    assert discovered_names(tags) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Công đoàn Khu kinh tế Quảng Ngãi hỗ trợ công nhân bị nợ lương sau khi doanh nghiệp ngừng hoạt động.",
        "Công đoàn các Khu kinh tế tỉnh Nghệ An kết nạp thêm 900 đoàn viên mới trong năm nay.",
    ],
)
def test_an_economic_zones_union_is_the_vgcl(text: str) -> None:
    assert "vgcl" in union_ids(tag_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội Công đoàn tỉnh Đồng Nai lần thứ nhất bầu ban chấp hành mới gồm 45 người.",
        "Công đoàn TP.HCM trao 5.000 phần quà Tết cho công nhân có hoàn cảnh khó khăn.",
    ],
)
def test_a_provinces_union_is_the_vgcl(text: str) -> None:
    # since 2025 the provincial federations of labour are named "Công đoàn tỉnh ...", "Công đoàn TP.HCM"
    assert "vgcl" in union_ids(tag_text(text))


def test_unions_of_every_level_in_a_province_name_none() -> None:
    # "the unions at every level in Tuyen Quang province": lower case, a reference
    assert union_ids(tag_text("Các cấp công đoàn tỉnh Tuyên Quang tập trung hỗ trợ người lao động nghèo.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "ประธานสหภาพแรงงานรัฐวิสาหกิจ บริษัท ปตท.จำกัด (มหาชน) ยืนยันว่าพนักงานจะไม่หยุดงานในสัปดาห์นี้",
        "กรรมการสหภาพแรงงานรัฐวิสาหกิจปตท. เข้ายื่นหนังสือถึงนายกรัฐมนตรีที่ทำเนียบรัฐบาล",
    ],
)
def test_the_ptt_union_is_the_directorys(text: str) -> None:
    tags = tag_text(text)
    assert "ptt-state-enterprise-workers-union-th" in union_ids(tags)
    assert discovered_names(tags) == set()
