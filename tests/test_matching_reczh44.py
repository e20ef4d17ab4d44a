"""Chinese and Japanese matching kinds of branch reczh44 (issue 9); sentences of their own, not taken from the
samples."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_ids, union_names
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_branch_sample_is_valid_and_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_reczh44")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_reczh44")


# A clause word glued before a Chinese union's head (an adverb or conjunction, a verb done to a union, the passive
# 被, a count of firms, 宣布, 經 before a place): the words are no union's name, and a name after them is still read.
@pytest.mark.parametrize("text", [
    "港鐵漠視員工訴求,而且漠視工會的要求。",
    "局方會加強與員工溝通,定期會見工會代表,了解訴求。",
    "司庫說:我哋好渺小 就算被炒工會仍在",
    "工廠仍然扣起會務假,試圖阻擾工會運作。",
    "5家醫院工會今天發表聯合聲明,要求調薪。",
    "勞動部指一旦企業工會成立,資方就要依法協商。",
])
def test_a_clause_before_a_chinese_union_head_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))


@pytest.mark.parametrize("text, name", [
    ("長榮資方試圖阻撓桃園市空服員職業工會罷工。", "Taoyuan Flight Attendants Union"),
    ("活动现场宣布赣州市快递行业联合工会正式成立。", "赣州市快递行业联合工会"),
    ("经宜春市总工会引导,多家企业组建了工会。", "宜春市总工会"),
])
def test_a_union_after_a_clause_word_keeps_its_own_name(text: str, name: str) -> None:
    assert name in union_names(tag_text(text))


# A Japanese federation, council or round table of unions named with its head after 労働組合 or 労組 (連合, 会議,
# 懇談会): the whole name, not the union word inside it; its short form in 労連 is the same federation.
@pytest.mark.parametrize("text, name", [
    ("4月8日、舞鶴の倉庫閉鎖に自立労働組合連合が抗議した。", "自立労働組合連合"),
    ("都内で日本マスコミ文化情報労組会議が声明を出した。", "日本マスコミ文化情報労組会議"),
    ("神戸で統一戦線推進労働組合懇談会が集会を開いた。", "統一戦線推進労働組合懇談会"),
    ("横浜で全国私立学校教職員組合連合が会見した。", "全国私立学校教職員組合連合"),
])
def test_a_japanese_federation_head_after_the_union_word_ends_the_name(text: str, name: str) -> None:
    assert discovered_names(tag_text(text)) == {name}


def test_a_federation_written_short_in_roren_is_the_same_federation() -> None:
    tags = tag_text("4月、舞鶴で自立労働組合連合が抗議した。京都でも自立労連の組合員が集会を開いた。")
    assert discovered_names(tags) == {"自立労働組合連合"}


def test_a_federation_described_is_no_name() -> None:
    assert not discovered_names(tag_text("札幌でタクシー労働組合連合体の結成が話し合われた。"))


# Malaysia's MTUC is also "职工总会" in the directory, a workers' word and a head only: glued after any other words it
# ends another union's name ("醫院管理局職工總會", the Hospital Authority's staff union in Hong Kong), not MTUC's.
def test_a_bare_head_of_the_directory_after_other_words_is_another_unions_name() -> None:
    tags = tag_text("職工盟屬下的醫院管理局職工總會到醫管局總部抗議職場欺凌。")
    assert "醫院管理局職工總會" in union_names(tags) and "mtuc" not in union_ids(tags)
    assert "MY" not in primary_countries(tags)


@pytest.mark.parametrize("text", ["大马职工总会秘书长今天在吉隆坡说。", "职工总会秘书长在吉隆坡促请政府检讨最低薪金。"])
def test_the_bare_head_alone_or_after_its_own_country_is_still_the_mtuc(text: str) -> None:
    assert "mtuc" in union_ids(tag_text(text))


# Kowloon Motor Bus (九巴) stands for Hong Kong, as 港府 does; not in Malaysian Chinese "九巴仙" (nine per cent).
def test_the_kowloon_bus_company_places_a_story_in_hong_kong() -> None:
    assert primary_countries(tag_text("九巴車長昨晚在大埔罷駛,抗議資方懲處。")) == {"HK"}


def test_nine_per_cent_in_malaysian_chinese_is_no_hong_kong() -> None:
    assert "HK" not in primary_countries(tag_text("吉隆坡一家工厂的员工获加薪二十九巴仙。"))


# Words before 、 or 及 open the name after it only when that name does not open with a place of its own.
def test_a_listed_name_that_opens_with_a_place_takes_no_word_before_the_join() -> None:
    names = discovered_names(tag_text("在家屬、台灣基層護理產業工會及協會的奔走下,法院判決確認為職災。"))
    assert names == {"台灣基層護理產業工會"}


@pytest.mark.parametrize("text, name", [
    ("澳門的博彩、建築業聯合自由工會今日到政府總部遞信。", "博彩、建築業聯合自由工會"),
    ("多個工會到場聲援,包括香港製藥及醫療儀器業職工總會等。", "香港製藥及醫療儀器業職工總會"),
])
def test_a_name_joined_inside_by_a_list_mark_stays_whole(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


# "Xの労働組合" names X's company union (関東バスの労働組合); a kind of workers before の is no company.
def test_a_kind_of_workers_before_no_roudoukumiai_is_no_company() -> None:
    assert not discovered_names(tag_text("札幌市東区のタクシー運転手の労働組合が、24時間ストライキに立ち上がった。"))


def test_a_company_before_no_roudoukumiai_is_still_its_union() -> None:
    assert "関東バス労働組合" in discovered_names(tag_text("東京の関東バスの労働組合がストを通告した。"))


# 新 (new) opens a firm's name before other words (新光醫院, 新巴), and describes a union before a kind, a trade's people
# or a verb of founding.
@pytest.mark.parametrize("text, name", [
    ("台北的新光醫院企業工會今天發表聲明。", "新光醫院企業工會"),
    ("香港的新巴職工會今日宣布罷工。", "新巴職工會"),
])
def test_new_opening_a_firms_name_is_part_of_the_union_name(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", ["他們計劃籌組新工會。", "學校有新教師工會成立。", "去年新成立工會三個。", "會上選出新一屆工會理事。"])
def test_new_before_a_kind_or_a_founding_describes_a_union(text: str) -> None:
    assert not discovered_names(tag_text(text))
