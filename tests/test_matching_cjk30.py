"""Korean, Japanese and Chinese union names and places (issue 9, branch cjk30): each test is one general rule or
directory row, written with sentences of its own (not taken from any sample), and what must stay untagged."""

from __future__ import annotations

from tests.matching import primary_countries, tag_text, union_ids


def test_the_kptu_medical_solidarity_division_is_a_union_with_its_units() -> None:
    tags = tag_text("공공운수노조 의료연대본부 대구지부가 병원 앞에서 집회를 열었다.")
    assert {"kptu-kr", "kptu-medical-solidarity-division-kr", "found:KR:의료연대본부-대구지부"} <= union_ids(tags)
    tags = tag_text("의료연대본부는 인력 충원을 요구하며 파업을 예고했다.")
    assert "kptu-medical-solidarity-division-kr" in union_ids(tags)


def test_yunieon_is_the_other_spelling_of_union() -> None:
    # 유니언 as well as 유니온: a one-word union so named, and no union of the word alone
    tags = tag_text("게임회사 노동조합(넥스트유니언)이 첫 단체교섭에 나섰다.")
    assert "found:KR:넥스트유니언" in union_ids(tags)
    assert not union_ids(tag_text("유니언 스퀘어에서 집회가 열렸다."))


def test_a_trade_alone_before_the_union_word_is_a_kind_of_union() -> None:
    # hospitals', power companies' and designated drivers' unions in general, not a union so named
    tags = tag_text("병원노조와 발전사노조, 대리운전기사노조가 함께 기자회견을 열었다.")
    assert not union_ids(tags)
    assert "found:KR:서울대병원노조" in union_ids(tag_text("서울대병원노조가 파업을 예고했다."))


def test_seoul_in_japanese_and_chinese_is_korea() -> None:
    assert "KR" in primary_countries(tag_text("ソウル市内で清掃労働者がストライキを行った。"))
    assert "KR" in primary_countries(tag_text("首爾的清潔工人今天罷工。"))
    assert "KR" in primary_countries(tag_text("首尔的清洁工人今天罢工。"))


def test_taiwans_yuans_stand_for_taiwan() -> None:
    assert "TW" in primary_countries(tag_text("工會今天到行政院前抗議，要求調高基本工資。"))
    assert "TW" in primary_countries(tag_text("立法院三讀通過勞動基準法修正案。"))


def test_a_liaison_council_of_unions_is_no_union() -> None:
    # 労組連絡会: a council linking a sector's unions, a coalition; the unions it links are not named by it
    tags = tag_text("公務部会・公務労組連絡会は人事院前で宣伝行動を行った。")
    assert not union_ids(tags)
    assert not union_ids(tag_text("公務労組連絡会の議長が集会であいさつした。"))


def test_a_staff_union_is_named_by_its_head() -> None:
    # 職工會 (a staff union) heads the name however long it is; a staff meeting is no union
    tags = tag_text("九龍巴士車長職工會與香港電車職工會今天發表聯合聲明。")
    # (discovered ids are folded names: traditional characters fold to simplified ones, branch zhfold43)
    assert {"found:HK:九龙巴士车长职工会", "found:HK:香港电车职工会"} <= union_ids(tags)
    assert not union_ids(tag_text("公司昨日召開全體職工會議，討論加薪方案。"))


def test_a_count_of_unions_is_no_name() -> None:
    assert not union_ids(tag_text("五個工會今天發表聯合聲明，反對削減人手。"))
    assert not union_ids(tag_text("多個工會今天聯署反對。"))


def test_a_named_branch_under_its_union_is_the_unions_branch() -> None:
    # 산하/소속 (under, belonging to) between a union and a named branch; a group of branches stays none
    tags = tag_text("오늘 보건의료노조 산하 서울의료원지부가 파업에 들어갔다.")
    assert "found:KR:보건의료노조-서울의료원지부" in union_ids(tags)
    assert not any("지부" in union_id for union_id in union_ids(tag_text("금속노조 산하 12개 지부가 동시에 파업했다.")))
    # under a centre the branch is one of its unions' and that union goes unnamed
    assert not any("지부" in union_id for union_id in union_ids(tag_text("민주노총 산하 요양지부가 집회를 열었다.")))


def test_the_korean_teachers_federation_by_its_short_and_english_names() -> None:
    tags = tag_text("전교조와 교사노조는 교육부에 교권 보호 대책을 요구하는 공동 성명을 냈다.")
    assert "kttuf-kr" in union_ids(tags)
    tags = tag_text("The Korea Teachers Union urged the education ministry in Seoul to protect teachers.")
    assert "kttuf-kr" in union_ids(tags)
