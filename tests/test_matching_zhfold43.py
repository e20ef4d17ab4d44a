"""Traditional and simplified Chinese fold alike (issue 9, branch zhfold43): normalize.fold reads each traditional
character as its simplified one (OpenCC's character table, bot/data/han_folds.tsv), so that one union written in
either script, or with 台 and 臺, is one directory match and one discovered id; Japanese kanji that are also
traditional characters fold with them in names and text alike, and the literals compared with folded text are folded
the same way."""

from __future__ import annotations

import pytest

from bot.matching.gazetteer import chinese_only_han_names
from bot.matching.normalize import HAN_FOLDS, fold
from bot.matching.tagger import discovered_union_id
from tests.matching import all_countries, discovered_names, primary_countries, tag_text, union_ids, union_names


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("臺灣鐵路產業工會", "台湾铁路产业工会"),
    ("台灣鐵路產業工會", "台湾铁路产业工会"),  # 台 and 臺 in one script
    ("香港職工會聯盟", "香港职工会联盟"),
    ("馬來西亞職工總會", "马来西亚职工总会"),
    ("衛生署", "卫生署"),
])
def test_traditional_and_simplified_fold_alike(traditional: str, simplified: str) -> None:
    assert fold(traditional) == fold(simplified) == simplified


def test_the_fold_is_one_character_each_and_settled() -> None:
    assert all(len(simplified) == 1 and ord(simplified) not in HAN_FOLDS for simplified in HAN_FOLDS.values())


@pytest.mark.parametrize("japanese", ["労働組合", "全国労働組合総連合", "日本国", "関西", "沖縄県"])
def test_japanese_shinjitai_stay_as_they_are(japanese: str) -> None:
    # 労, 国, 関, 県 are no traditional characters: only kanji that are (組, 連, 縄) fold
    assert all(char in fold(japanese) for char in japanese if ord(char) not in HAN_FOLDS)


@pytest.mark.parametrize(("text", "union_id"), [
    # the directory writes it in traditional characters only; the mainland press in simplified ones (wide_zhfold43
    # zh-43308)
    ("数千人高喊口号,包括台湾电力工会、劳动人权协会等团体参与游行。", "taiwan-power-labor-union-tw"),
    ("臺灣鐵路產業工會今日宣布罷工,交通部表示遺憾。", "union-tw-2"),
    ("中华民国全国总工会秘书长表示,劳工不应成为谈判筹码。", "cfl-tw"),
])
def test_a_directory_union_is_found_in_the_other_script(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="zh"))


def test_one_union_in_both_scripts_is_one_discovered_union() -> None:
    tags = tag_text("臺北市產業總工會今日到勞動部抗議。台北市产业总工会表示将继续抗争。", language="zh")
    found = [union_id for union_id in union_ids(tags) if union_id.startswith("found:")]
    assert len(found) <= 1 and len(union_ids(tags)) == 1, union_ids(tags)


def test_a_discovered_id_is_the_simplified_name() -> None:
    assert discovered_union_id("臺灣鐵路產業工會", "TW") == discovered_union_id("台湾铁路产业工会", "TW")


@pytest.mark.parametrize(("text", "union_id"), [
    # Japanese unions of the directory and their short names, kanji folded in the names and the text alike
    ("日本教職員組合は定期大会を開いた。", "jtu-jp"),
    ("連合の芳野会長は記者会見で述べた。", "rengo"),
    ("全日本教職員組合(全教)は声明を出した。", "zenkyo-jp"),
    ("国鉄労働組合(国労)は集会を開いた。", "national-railway-workers-union-jp"),
])
def test_japanese_directory_unions_are_still_found(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="ja"))


def test_a_japanese_union_written_short_is_still_its_full_name() -> None:
    # _UNSPACED_HEADS is compared with folded names: its 労働組合 folds to 労働组合 as theirs does
    tags = tag_text("岐阜県労働組合総連合は声明を出した。岐阜県労連の議長は述べた。", language="ja")
    assert len(discovered_names(tags)) == 1, discovered_names(tags)


@pytest.mark.parametrize(("text", "code"), [
    # 韓國 (Chinese) and 韓国 (Japanese) fold alike: chinese_only_han_names compares folded names, so Korea in a
    # Japanese word is still Korea (wide_kojp17 ja-34105, wide_jaar20 ja-7315 lost KR with the fold alone)
    ("韓国人労働者の受け入れについて、政府は新たな方針を示した。", "KR"),
    ("静岡の工場で働く労働者が、賃上げを求めてストライキを行った。", "JP"),  # a prefecture written bare, folded
])
def test_japanese_places_are_still_read_with_the_fold(text: str, code: str) -> None:
    assert code in primary_countries(tag_text(text, language="ja"))


def test_japanese_writes_korea_as_chinese_does_once_folded() -> None:
    assert fold("韓国") not in chinese_only_han_names()


@pytest.mark.parametrize(("text", "name"), [
    # a generic short name of one script ends another place's union in the other script: the fold made them meet
    # (wide_recea39 zh-39315, wide_cjk31 zh-31472)
    ("孝感市邮政工会副主席周翠红全票当选为孝感市快递行业工会联合会第一届委员会主席。", "孝感市邮政工会"),
    ("有多個工會到場聲援,包括白領同行工會、香港製藥及醫療儀器業職工總會等。", "香港製藥及醫療儀器業職工總會"),
])
def test_another_place_s_union_is_not_the_directory_s_short_name(text: str, name: str) -> None:
    tags = tag_text(text, language="zh")
    assert name in discovered_names(tags), union_names(tags)
    assert not union_ids(tags) & {"chunghwa-postal-workers-union-tw", "mtuc"}


@pytest.mark.parametrize(("text", "union_id"), [
    # negatives: the short name after a place of its own country is still the directory's union
    ("大马职工总会雪隆分会申诉,数千名私人界员工无法获得最低薪金制的保障。", "mtuc"),
    ("台北市郵政工會今日到交通部陳情。", "chunghwa-postal-workers-union-tw"),
    ("桃園市空服員職業工會宣布罷工,參與桃园市空服员职业工会的会员逾千人。", "taoyuan-flight-attendants-union-tw"),
])
def test_a_short_name_after_its_own_country_s_place_is_still_the_union(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="zh"))


def test_a_country_inside_a_transliterated_name_is_no_country() -> None:
    # wide_zh19 zh-7858: Taiwan's 諾魯 (Nauru) folds to 诺鲁, inside a Malaysian's name spelt out in brackets
    tags = tag_text("大马职工总会雪隆分会申诉。根据该分会主席万诺鲁拉扎(Wan Noorulazhar Mohd Hanafiah),"
                    "政府至今未通过人力资源部宪报瓜拉冷岳(Kuala Langat)为市政局。", language="zh")
    assert "NR" not in all_countries(tags) and "MY" in primary_countries(tags)


def test_a_country_s_name_before_its_latin_name_is_still_the_country() -> None:
    # negatives: the name alone, or not inside a longer run of Han characters
    assert "NR" in primary_countries(tag_text("诺鲁政府今日宣布调整最低工资。", language="zh"))
    assert "US" in primary_countries(tag_text("美国(United States)汽车工人今日罢工。", language="zh"))


def test_a_worker_s_chinese_origin_beside_the_place_she_works_in_is_no_subject() -> None:
    # wide_zh19 zh-7815: 廣東, read since the fold (the gazetteer's 广东), is where a worker in Hong Kong came from
    tags = tag_text("啟德社區會堂今日舉辦輸入勞工簡介會。呂小姐原居於廣東,因香港工資較高,決定來港工作,已在港從事侍應逾月。",
                    language="zh")
    assert primary_countries(tags) == {"HK"}, primary_countries(tags)


def test_a_chinese_place_after_from_alone_in_its_sentence_is_still_the_story_s() -> None:
    # negative: no other country's place in the sentence: the place is the story's
    assert primary_countries(tag_text("来自广东的工人在深圳罢工,要求补发欠薪。", language="zh")) == {"CN"}


@pytest.mark.parametrize("text", [
    # wide_zh19 zh-7815: a place's speech is a language (the fold reads 廣東 now, as it read 广东 before)
    "啟德社區會堂今日舉辦簡介會,首兩場以普通話作講解,最後一場以廣東話講解。逾200名香港外勞參與。",
    "工会在香港为外劳开设广东话课程。",
])
def test_a_place_s_speech_is_no_place(text: str) -> None:
    assert "CN" not in all_countries(tag_text(text, language="zh"))


def test_a_place_before_a_topic_is_still_the_place() -> None:
    # negative: "话题" is a topic, not speech
    assert "CN" in primary_countries(tag_text("广东话题:广东工人罢工持续,工会介入协商。", language="zh"))


def test_a_japanese_short_name_after_its_place_is_still_found() -> None:
    # the recogniser asks the gazetteer (folded keys) about words of the original text: they are folded first now
    # ("長野" is the key "长野"; tests/test_matching_union_shapes failed with the fold alone)
    assert union_names(tag_text("長野県職労が県庁で交渉した。", language="ja")) == {"長野県職労"}
