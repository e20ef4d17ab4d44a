"""Thai clause words and bare federation heads after a union's head, "of Thailand" written apart, Chinese object
markers, years and the Registry of Trade Unions before or after 工會, Latin letters glued before Japanese "連合",
Vietnamese "TP.HCM", "ở"/"tại" before a place and an owner "of" a country ("ông chủ người Hàn Quốc"), and
a directory row for Taoyuan's pilots' union (issue 9, branch asia36, sample bench/data/wide_asia36)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_names


@pytest.mark.parametrize("text", [
    # the talks with the union went on to an eleventh round
    "การเจรจาระหว่างฝ่ายบริหารกับสหภาพแรงงานดำเนินมาถึงรอบที่ 11 ที่จังหวัดชลบุรี",
    # three labour federations at a congress in Samut Prakan
    "ที่ จ.สมุทรปราการ มีสมาชิกที่เข้าร่วมการประชุม 210 คน จากสมาชิก สหพันธ์แรงงาน 3 แห่ง",
])
def test_a_thai_head_before_a_verb_or_alone_names_no_union(text: str) -> None:
    assert not discovered_names(tag_text(text, language="th"))


def test_a_thai_union_ends_before_celebrates_and_takes_of_thailand_written_apart() -> None:
    tags = tag_text("สหภาพแรงงานฮอนด้าฉลอง 45 ปี วันที่ 22 กุมภาพันธ์ 2563 สหภาพแรงงานฮอนด้า แห่งประเทศไทย "
                    "จัดประชุมใหญ่ที่ ปทุมธานี", language="th")
    names = discovered_names(tags)
    assert "สหภาพแรงงานฮอนด้า แห่งประเทศไทย" in names
    assert not any("ฉลอง" in name for name in names)


def test_a_thai_union_ends_before_brings_its_members() -> None:
    tags = tag_text("นายสิทธิพร ดงบังประธานสหภาพแรงงานเพื่อนแรงงานไทยพาสมาชิกฯมาร้องที่กลุ่มอมตะฯ", language="th")
    assert "สหภาพแรงงานเพื่อนแรงงานไทย" in discovered_names(tags)


def test_a_thai_confederation_written_in_words_apart_keeps_its_spaced_acronym() -> None:
    tags = tag_text("สมาพันธ์แรงงาน เครื่องใช้ไฟฟ้า อิเลคทรอนิกส์ ยานยนต์และโลหะแห่งประเทศไทย (TEAM ) "
                    "จัดการประชุมใหญ่ ที่ จ.สมุทรปราการ", language="th")
    assert not any(name in ("สมาพันธ์แรงงาน", "สหพันธ์แรงงาน") for name in discovered_names(tags))
    assert any(name.startswith("สมาพันธ์แรงงานเครื่องใช้ไฟฟ้า") for name in discovered_names(tags))


@pytest.mark.parametrize("text, language", [
    # the city's labour bureau has passed the union's demands on to the employer
    ("桃市府勞動局表示,已將工會訴求轉達給資方,會努力協調。", "zh"),
    # the resolution was submitted to the Registry of Trade Unions (Hong Kong)
    ("香港教协9月3日向其会员发信表示,已将有关决议案提交职工会登记局,并已完成登记修改章程的手续。", "zh"),
])
def test_chinese_object_markers_and_the_registry_are_no_union(text: str, language: str) -> None:
    assert not discovered_names(tag_text(text, language=language))


def test_a_year_before_a_chinese_union_is_no_part_of_its_name() -> None:
    names = discovered_names(tag_text("在2016年空服員職業工會那場罷工前,桃園的機師也投票。", language="zh"))
    assert not any(name.startswith("2016") for name in names)


def test_latin_letters_glued_before_rengo_make_another_federation() -> None:
    tags = tag_text("UIゼンセン同盟(ゼンセン同盟、CSG連合、繊維生活労連が統合)が横浜市で結成大会を開いた。", language="ja")
    assert "Japanese Trade Union Confederation" not in union_names(tags)


def test_taoyuan_pilots_union_by_its_short_name() -> None:
    tags = tag_text("桃園機師工會長榮分會罷工投票今日開票,桃園市政府勞動局表示尊重。", language="zh")
    assert "Taoyuan Union of Pilots" in union_names(tags)


def test_ho_chi_minh_city_abbreviated_places_the_story_and_its_korean_owner_is_only_mentioned() -> None:
    tags = tag_text("Khoảng 180 công nhân ở TP.HCM đã tụ tập đòi dỡ nhà xưởng của ông chủ người Hàn Quốc "
                    "để bán ve chai nhằm cấn trừ tiền nợ lương.", language="vi")
    assert primary_countries(tags) == {"VN"}
