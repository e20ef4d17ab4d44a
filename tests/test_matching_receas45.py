"""East and South-East Asian pass (issue 9, branch receas45): a verb of going or 自 (since) glued before a Chinese
union's name, and 事务局 (an affairs department) after a union word; Indonesian and Malay headline verbs after a
union's head ("Serikat Pekerja Tolak ..."); a Thai state enterprise union written without "แรงงาน"
("สหภาพรัฐวิสาหกิจการบินไทย"); Malaysia's hospital support workers' union (NUWHSAS), which the directory lacked."""

from __future__ import annotations

import pytest

from tests.matching import tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_receas45")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_receas45")


@pytest.mark.parametrize(("text", "name"), [
    # wide_receas45 zh-45603: "来到" (came to) glued before a district federation's name
    ("春节前,一名农民工来到海淀区总工会求助。", "海淀区总工会"),
    ("几名工人前往朝阳区总工会反映欠薪问题。", "朝阳区总工会"),
])
def test_a_chinese_verb_of_going_is_no_part_of_the_name_after_it(text: str, name: str) -> None:
    assert union_ids(tag_text(text)) == {f"found:CN:{name}"}


@pytest.mark.parametrize("text", [
    # wide_receas45 zh-45605: "自" (since) before a union's name, and 事务局 after a union word (wide_reczh42 zh-42319)
    "自全国银行雇员职工会于四月签署合约后,员工获得加薪。",
    "大马职工会事务局总监发表了一项数据。",
])
def test_since_before_a_union_and_an_affairs_department_after_one_invent_no_union(text: str) -> None:
    assert not any(union_id.startswith("found:") for union_id in union_ids(tag_text(text)))


@pytest.mark.parametrize(("text", "name"), [
    # 自 opening a word keeps its name: the waterworks' union, an autonomous region's and Zigong's federations
    ("昆明市自来水公司工会今天召开会员大会。", "昆明市自来水公司工会"),
    ("新疆维吾尔自治区总工会今天召开会议。", "新疆维吾尔自治区总工会"),
    ("四川自贡市总工会帮助农民工讨薪。", "四川自贡市总工会"),
])
def test_a_chinese_name_with_zi_inside_a_word_keeps_it(text: str, name: str) -> None:
    assert f"found:CN:{name}" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_receas45 id-45650, wide_sea27 ms-10805: a title-case headline's verb after the generic head
    "Serikat Pekerja Tolak PHK Sepihak di Paser",
    "Kesatuan Pekerja Tuntut Syarikat Tepati Janji",
    "Serikat Buruh Desak Pemerintah Naikkan Upah",
])
def test_an_indonesian_or_malay_headline_verb_ends_no_name(text: str) -> None:
    assert not union_ids(tag_text(text))


def test_a_named_union_before_a_headline_verb_is_found_without_it() -> None:
    assert union_ids(tag_text("Federasi Serikat Pekerja Metal Indonesia Tolak PHK di Bekasi")) == {"fspmi-id"}


def test_a_lower_case_verb_after_a_named_union_changes_nothing() -> None:
    assert "spn-id" in union_ids(tag_text("Serikat Pekerja Nasional (SPN) minta upah minimum naik di Bekasi."))


@pytest.mark.parametrize(("text", "union_id"), [
    # wide_receas45 th-45633 (and wide_receast41 th-41627's shape): the Thai Airways union without "แรงงาน"
    ("สหภาพรัฐวิสาหกิจการบินไทยและพนักงานกว่า 300 คน ไปรวมตัวกันที่สำนักงานใหญ่", "thai-airways-international-union-th"),
    # the Metropolitan Electricity Authority's union, a verb glued after its name
    ("สหภาพรัฐวิสาหกิจการไฟฟ้านครหลวงยื่นหนังสือถึงนายกรัฐมนตรี", "union-th-3"),
])
def test_a_thai_state_enterprise_union_without_its_labour_word_is_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # state enterprise unions in general, with a verb or a classifier after the sector (wide_recea39 th-39302)
    "สหภาพรัฐวิสาหกิจมีบทบาทสำคัญในการเมืองไทย",
    "ผู้นำสหภาพรัฐวิสาหกิจแต่ละแห่งรวมตัวกันในกรุงเทพฯ",
])
def test_thai_state_enterprise_unions_in_general_name_none(text: str) -> None:
    assert not union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_receas45 ms-45661: the name without "Dan Jabatan-Jabatan Kerajaan", and shortened with its acronym
    "Kesatuan Pekerja-Pekerja Swasta Perkhidmatan Sokongan Di Hospital-Hospital Kerajaan Semenanjung Malaysia "
    "menyerahkan memorandum kepada menteri di Putrajaya.",
    "Menteri akan meneliti tuntutan Kesatuan Pekerja Swasta Perkhidmatan Sokongan Hospital Kerajaan Semenanjung "
    "Malaysia (NUWHSAS) di Kuala Lumpur.",
])
def test_the_hospital_support_workers_union_is_one_directory_union(text: str) -> None:
    assert union_ids(tag_text(text)) == {"kpshk-my"}


def test_another_malaysian_health_union_is_not_the_hospital_support_workers() -> None:
    ids = union_ids(tag_text("Kesatuan Jururawat Malaysia mengadakan piket di hadapan hospital di Kuala Lumpur."))
    assert "kpshk-my" not in ids


@pytest.mark.parametrize("text", [
    # wide_sea35 id-35422, id-35423: "Serikat Buruh Anggota (SBA)", a federation's member union, spelt by its acronym
    "Diskusi digelar bersama Serikat Buruh Anggota (SBA) di perkebunan sawit Kabupaten Sambas.",
    "Para pengurus SBA (Serikat Buruh Anggota) di Kalimantan Barat menggelar rapat.",
])
def test_a_head_and_a_kinds_word_spelt_by_an_acronym_name_no_union(text: str) -> None:
    assert not any(union_id.startswith("found:") for union_id in union_ids(tag_text(text)))


def test_a_named_union_with_a_member_word_after_it_is_still_found() -> None:
    text = "Serikat Buruh Kerakyatan Indonesia (SERBUK) menyambut anggota baru di Kabupaten Sambas."
    assert "serbuk-id" in union_ids(tag_text(text))


@pytest.mark.parametrize("text", [
    # wide_ko20c ko-10221, ko-10222: the union's former name in brackets, "(옛 ...)" (formerly)
    "사회보험노조(옛 지역노조)가 오늘부터 파업에 들어갔다.",
    "공단의 사회보험노조(옛 지역보험노조)가 무기한 전면파업에 들어갔다.",
])
def test_a_korean_unions_former_name_in_brackets_is_no_other_union(text: str) -> None:
    ids = union_ids(tag_text(text))
    assert "found:KR:사회보험노조" in ids and not {"found:KR:지역노조", "found:KR:지역보험노조"} & ids, ids


def test_a_korean_bracket_naming_a_head_keeps_the_unions_around_it() -> None:
    assert {"kmwu-kr", "khmu-kr"} <= union_ids(tag_text("금속노조(위원장 김호규)와 보건의료노조가 서울에서 집회를 열었다."))
