"""Korean and Japanese pass (issue 9, branch reckj41): the KMWU's Hyundai Motor and Kia branches under their short
names, a Korean branch named after its union's one-word name names the union, a council of unions is no union, a
directory centre's name with other words glued before it is that centre, and a Japanese kind of union written in
either order is no name."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids


@pytest.mark.parametrize("text", [
    # ko-41312 (wide_reckj41, MBN)
    "잠정합의안 부결사태는 협상과정에서 불거진 '노노 갈등'이 가장 큰 원인으로 지목됩니다.현대차지부 집행부 자리를 놓고 "
    "서로 경쟁하고 있는 현장 조직 간의 세력 다툼이 작용했습니다.",
    # ko-39722 (wide_recko39): the branch named only inside its head's title
    "9시 울산공장 본관에서 윤여철 사장과 윤해모 현대차지부장 등 노사교섭대표가 참석했다.",
])
def test_the_hyundai_motor_branch_by_its_short_name(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert union_ids(tags) == {"union-kr-6"}, union_ids(tags)


def test_a_korean_branch_named_after_its_unions_word_names_the_union() -> None:
    # ko-7455 (wide_kojp12)
    tags = tag_text("20일 전국금속노동조합 기아자동차지부에 따르면 전날 오후 광주공장에서 쟁의대책위원회가 열렸다.",
                    language="ko")
    assert {"union-kr-32", "kmwu-kr"} <= union_ids(tags), union_ids(tags)


def test_the_japanese_postal_union_by_its_short_name() -> None:
    # ja-41372 (wide_reckj41)
    tags = tag_text("この不当な雇い止めを撤回せよと迫る朝ビラが横断幕を持った郵政ユニオンによって撒かれた。行動には郵産労の"
                    "仲間も参加した。", language="ja")
    assert "union-jp-54" in union_ids(tags), union_ids(tags)


def test_a_council_of_unions_glued_to_their_word_is_no_union() -> None:
    # ko-41315 (wide_reckj41, Redian)
    tags = tag_text("민주노총 공공운수노조 전국철도지하철노동조합협의회 역무직종대표자회의는 이날 오전 서울시청 앞에서 "
                    "기자회견을 열었다.", language="ko")
    assert not discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize("text", [
    # ko-41306 (wide_reckj41): a headline run into the body
    "과로사 없는 택배를 위한 외침: 시민 대행진의 시작전국민주노동조합총연맹 서비스연맹 전국택배노동조합(택배노조)과 "
    "참여연대가 시민 대행진을 개최했습니다.",
    # ko-7440 (wide_kojp17): a district's council of the centre, glued
    "이날 집회에는 서울중구민주노총 조합원 200여명이 참가했다.",
])
def test_words_glued_before_a_directory_centre_make_no_other_union(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert "kctu" in union_ids(tags) and not any(name.endswith(("총연맹", "노총")) for name in discovered_names(tags)), (
        union_ids(tags))


def test_a_general_joint_union_in_either_order_is_a_kind() -> None:
    # ja-41358 (wide_reckj41, Diamond)
    tags = tag_text("後押しをもらうために、インターネットで検索して見つけた一般合同労働組合(ユニオン)に加入した。", language="ja")
    assert not discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize("text", [
    # ko-2131 (wide_kojp12, News1): the three towns shortened
    "20일 오전 11시부터 단식 농성에 나선 김형수 거통고 조선하청지회장(왼쪽)과 강인석 부지회장 모습.(거통고 조선하청지회 제공)",
    # ko-32211 (wide_cjk32): the branch written with its union's short name
    "22일 금속노조 거제통영고성조선하청지회(지회장 김형수)는 기자회견을 열었다.",
])
def test_the_geoje_shipyard_subcontractors_branch_as_the_press_writes_it(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert "geoje-tongyeong-goseong-shipbuilding-subcontractors-branch-kr" in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    ("【ニューヨーク共同】全米自動車労働組合は22日、ストを拡大すると発表した。", "uaw"),  # ja-7317 (wide_kojp17)
    ("ストライキ中の全米自動車労組は15日、交渉を再開した。", "uaw"),  # ja-7318
    ("5月以降、全米脚本家組合や全米映画俳優組合がストに突入した。", "wga"),  # ja-9309 (Kyodo)
    ("5月以降、全米脚本家組合や全米映画俳優組合がストに突入した。", "sag-aftra"),
])
def test_american_unions_by_their_japanese_names(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ja")
    assert union_id in union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "전국언론노조 한국방송본부가 6월 기자회견을 열었다. 전국언론노동조합 한국방송본부 제공",  # ko-9141 (Hankyoreh)
    "언론노조 KBS본부는 이날 하루 총파업에 들어갔다.",  # ko-10214 (wide_ko20c)
])
def test_the_media_workers_kbs_division_and_its_union(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert {"national-union-of-media-workers-kbs-division-kr", "numw-kr"} <= union_ids(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "한국노총 전국타워크레인설치·해체 노조 총파업 출정식",  # ko-6184 (FKTU public union news)
    "[포토] 전국 타워크레인 설치·해체 노조, 무기한 파업",  # ko-6186 (Hankyung)
])
def test_the_tower_crane_union_written_with_a_middle_dot(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert "union-kr-33" in union_ids(tags) and not discovered_names(tags), union_ids(tags)


@pytest.mark.parametrize(("text", "name"), [
    # ko-7439 (wide_kojp17): the short name declared beside the head's name
    ("앞서 교사노조연맹은 공공서비스노동조합총연맹(위원장 이충재, 이하 공공노총)과 통합했다. 공공노총은 한국노총 산하다.",
     "공공서비스노동조합총연맹"),
    # ko-7440 (wide_kojp17): declared before the head's name
    ("한국노총 교육청공무원노동조합연맹(이하 교육연맹, 위원장 이모씨)은 비판했다. 교육연맹은 성명을 냈다.", "교육청공무원노동조합연맹"),
])
def test_a_korean_short_name_declared_in_brackets_is_the_same_union(text: str, name: str) -> None:
    tags = tag_text(text, language="ko")
    assert discovered_names(tags) == {name}, discovered_names(tags)


@pytest.mark.parametrize(("text", "union_id"), [
    # ko-2710 (wide_kjd29, JoongAng): Rengo's Korean name with 총연맹 for 총연합회, before its short name
    ("기시다 후미오 일본 총리가 도쿄에서 열린 일본노동조합총연맹(렌고) 주최 연례 집회에서 연설했다.", "rengo"),
    # ko-7459 (wide_kojp17): the finance union under its old federation's name, before its short name
    ("허권 전국금융노동조합연맹(금융노조) 후보조가 당선됐다.", "kfiu-kr"),
])
def test_a_korean_name_before_a_directory_unions_short_name_is_that_union(text: str, union_id: str) -> None:
    tags = tag_text(text, language="ko")
    assert union_id in union_ids(tags) and not discovered_names(tags), union_ids(tags)


@pytest.mark.parametrize("text", [
    "전국택배노동조합(민주노총)은 파업에 들어갔다.",  # a union before its centre
    "삼성전자서비스노조(금속노조)는 파업에 들어갔다.",  # a union before its industrial union
])
def test_a_korean_union_before_its_parents_name_stays_apart(text: str) -> None:
    tags = tag_text(text, language="ko")
    assert len(discovered_names(tags)) == 1, discovered_names(tags)


@pytest.mark.parametrize("text", [
    "ソウルでは民主労総の建設労働組合が集会を開いた。",  # ja-9315 (wide_ja19): Korean construction unions described
    "全国の港湾労働組合はストライキに入った。",  # a trade's unions
])
def test_a_trade_alone_before_a_japanese_union_word_is_a_kind(text: str) -> None:
    tags = tag_text(text, language="ja")
    assert not discovered_names(tags), discovered_names(tags)


def test_a_trades_name_beside_its_short_name_in_brackets_is_a_name() -> None:
    # ja-5123 (wide_ja18): the Railway Workers' Union of 1968-1987
    tags = tag_text("国鉄当局は協調路線を採っていた「鉄労」(鉄道労働組合)を取り込んだ。", language="ja")
    assert "鉄道労働組合" in discovered_names(tags), discovered_names(tags)


def test_care_and_welfare_alone_before_a_japanese_union_word_are_a_kind() -> None:
    # ja-32254 (wide_cjk32): "なごや介護福祉労働組合" with its city in hiragana, read from 介護福祉 on
    tags = tag_text("なごや介護福祉労働組合は、名古屋市内の介護施設で働く職員の労働組合です。", language="ja")
    assert "介護福祉労働組合" not in discovered_names(tags), discovered_names(tags)
