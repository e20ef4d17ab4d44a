"""South-East Asian pages (issue 9, branch recth44): the sample wide_recth44 and the name kinds fixed from it."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids, union_names
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_large_enough_and_drawn_outside_every_other_sample() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_recth44")) >= 24
    assert not _pages_found_elsewhere("wide_recth44")


def _vietnamese_names(text: str) -> set[str]:
    return union_names(tag_text(text, language="vi"))


@pytest.mark.parametrize(("text", "name"), [
    # wide_recth44 vi-44417: a lower-case compound and a district before the place stay in the firm's name
    ("Công đoàn cơ sở Xí nghiệp Môi trường đô thị huyện Châu Phú (An Giang) cho biết đã trao quà.",
     "Công đoàn cơ sở Xí nghiệp Môi trường đô thị huyện Châu Phú"),
    # vi-44418: "công đoàn" in lower case before a capitalised firm word, and "CĐCS" written out
    ("Ban Chấp hành công đoàn cơ sở Công ty TNHH Pou Li Việt Nam đã tổ chức thăm hỏi công nhân.",
     "Công đoàn cơ sở Công ty TNHH Pou Li Việt Nam"),
    ("CĐCS Công ty TNHH Pou Li Việt Nam tặng quà cho công nhân lao động", "Công đoàn cơ sở Công ty TNHH Pou Li Việt Nam"),
    # vi-44419: "Cty", the name ended by a dash
    ("Ông Phúc - Chủ tịch công đoàn Cty Taekwang Vina - trao số tiền hỗ trợ.", "Công đoàn Cty Taekwang Vina"),
    # wide_asia36 vi-36544: the name ends before "từ" and the next union's head
    ("Bàn giao Công đoàn Công ty CP Hóa chất Vĩnh Thịnh từ Công đoàn Công nghiệp Hóa chất Việt Nam về sinh hoạt.",
     "Công đoàn Công ty CP Hóa chất Vĩnh Thịnh"),
    ("Công đoàn Tổng công ty Điện lực Hà Nội tổ chức Hội nghị người lao động.", "Công đoàn Tổng công ty Điện lực Hà Nội"),
])
def test_vietnamese_enterprise_union_is_named_after_its_firm(text: str, name: str) -> None:
    names = _vietnamese_names(text)
    assert name in names, names
    assert not any(found != name and (found.startswith(name) or name.startswith(found)) for found in names), names


@pytest.mark.parametrize("text", [
    # vi-44413: the company's grassroots union only referred to; a firm word with no name after it
    "Người lao động đề nghị công đoàn cơ sở công ty tiếp tục có quà tặng cho đoàn viên.",
    "Đồng chí Lê Bá Dần - UV BCH Công đoàn Công ty, Chủ tịch Công đoàn Văn phòng đã trao quà.",
    "Công đoàn công ty may ở Bình Dương đã đối thoại với người lao động.",
])
def test_a_vietnamese_company_union_without_the_firms_name_is_no_name(text: str) -> None:
    assert not any("Công ty" in name or "công ty" in name for name in _vietnamese_names(text)), _vietnamese_names(text)


VGCL = "vgcl"


@pytest.mark.parametrize("text", [
    # wide_recth44 vi-44410, vi-44414, vi-44417; wide_asia36 vi-36560: city, district and economic-zone bodies
    "Đây là mục tiêu mà LĐLĐ TP Hà Nội đặt ra trong thời gian tới.",
    "CÔNG ĐOÀN KKT VÀ CÁC KCN QUẢNG NGÃI: Nhức nhối về điều kiện nhà ở cho người lao động",
    "Xí nghiệp phối hợp cùng Liên đoàn Lao động huyện Châu Phú tổ chức trao quà cho con em công nhân.",
    "Công đoàn thành phố Hồ Chí Minh hỗ trợ 2.993 đoàn viên về quê đón Tết.",
    "LĐLĐ quận Hai Bà Trưng ban hành công văn về chăm lo Tết cho đoàn viên.",
])
def test_a_vgcl_city_district_or_zone_body_is_the_vgcl(text: str) -> None:
    assert VGCL in union_ids(tag_text(text, language="vi"))


def test_the_vietnamese_words_for_district_and_city_alone_name_no_union() -> None:
    text = "Công nhân ở huyện Châu Phú và thành phố Hà Nội nhận quà Tết từ doanh nghiệp."
    assert not union_ids(tag_text(text, language="vi"))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_recth44 th-44406: the railway union's branch written without "รัฐ" (a syllable dropped)
    ("ที่ทำการสหภาพแรงงานวิสาหกิจรถไฟแห่งประเทศไทยสาขา จ.อุบลราชธานี นายสาวิทย์ได้ชี้แจงคนงาน", "srut-th"),
    # wide_th19 th-8916: the automobile workers' council written "แรงงานยนต์" for "แรงงานยานยนต์"
    ("โครงการสัมมนา กรรมการบริหารและสมาชิกสภาองค์การลูกจ้างแรงงานยนต์แห่งประเทศไทย หัวข้อยุทธศาสตร์", "alct-th"),
])
def test_a_long_thai_name_with_a_syllable_dropped_is_the_union(text: str, union_id: str) -> None:
    ids = union_ids(tag_text(text, language="th"))
    assert ids == {union_id}, ids


@pytest.mark.parametrize("text", [
    # letters added, not dropped: an electric-train union is not the railway union
    "สหภาพแรงงานรัฐวิสาหกิจรถไฟฟ้าแห่งประเทศไทยยื่นหนังสือถึงรัฐมนตรี",
    # letters changed, not dropped
    "สหภาพแรงงานรัฐวิสาหกิจรถโดยสารแห่งประเทศไทยยื่นหนังสือถึงรัฐมนตรี",
])
def test_a_thai_name_with_letters_added_or_changed_is_not_the_union(text: str) -> None:
    assert "srut-th" not in union_ids(tag_text(text, language="th"))
