"""Chinese and Japanese pass (issue 9, branch reczh42): words of quantity and scope glued before a Chinese 工會 make
it unions in general, not a name ("大批企业工会", a large batch of enterprise unions; "青海、福建等地工会", the unions of
Qinghai, Fujian and other places; "更多职工会", more unions); and a Chinese name right before a union's Latin acronym in
brackets is the press's translation of that union ("大马银行雇员职工会(NUBE)", "英國總工會(GMB)")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, primary_countries, tag_text, union_names


@pytest.mark.parametrize(("text", "not_a_name"), [
    # wide_reczh42 zh-42314
    ("摘要:经过竞选演说等环节选出新一届工会主席,深圳开启了大批企业工会主席直选的大幕。", "大批"),
    ("对此,深圳市总工会副主席王同信表示,今年深圳163家千人以上企业工会,将陆续直选。", "以上"),
    # wide_reczh42 zh-42315
    ("青海、福建等地工会为有困难的农民工提供返乡资助。", "等地"),
    ("河南等地工会还整合网站、微博、微信等媒体手段。", "等地"),
    # wide_reczh42 zh-42319 (Malaysia writes 职工会 for a trade union)
    ("莫哈末阿斯里今日在研讨会开幕礼上表示,促私人界成立更多职工会。", "更多"),
    ("“这是一个重大的问题,国内职工会应加强宣传力度。”", "国内"),
    ("作为国内职工会的监督管理单位,人力资源部辖下职工会事务局,除了分配财援,也积极推动职工会发展。", "辖下"),
])
def test_a_quantity_or_scope_before_a_chinese_union_is_no_name(text: str, not_a_name: str) -> None:
    names = discovered_names(tag_text(text, language="zh"))
    assert not any(not_a_name in name for name in names), names


@pytest.mark.parametrize(("text", "name"), [
    # negatives: a place's union still is one, after a count of people or a passive verb too
    ("河北省总工会下拨专项资金,针对困难职工实际“一户一策、按需帮扶”。", "河北省总工会"),
    ("深圳新闻网讯 昨日,深圳龙钻纸品厂因非法解雇工会主席,遭到深圳市总工会依法公开谴责。", "深圳市总工会"),
])
def test_a_place_s_chinese_union_is_still_named(text: str, name: str) -> None:
    tags = tag_text(text, language="zh")
    assert any(name in found for found in discovered_names(tags) | union_names(tags)), (discovered_names(tags),
                                                                                        union_names(tags))


@pytest.mark.parametrize(("text", "union", "translation"), [
    # wide_reczh42 zh-42318
    ("(吉隆坡1日讯)大马银行雇员职工会(NUBE)今日动员到布城人力资源部大厦前举行集会,要求该部恢复工会权益。"
     "大马银行雇员职工会总秘书索罗门说,基于一些具歧视性的反工会政策,该工会的基本权利面临严重威胁。",
     "National Union of Bank Employees", "大马银行雇员职工会"),
    # wide_reczh42 zh-42323
    ("英國最大護士工會皇家護理學院(RCN)昨天起一連兩天罷工。隸屬於英國總工會(GMB)和聯合工會(Unite)的救護車工作人員昨天亦參與罷工。",
     "GMB", "英國總工會"),
])
def test_a_chinese_name_before_a_union_s_acronym_in_brackets_is_that_union(text: str, union: str,
                                                                        translation: str) -> None:
    tags = tag_text(text, language="zh")
    assert union in union_names(tags), union_names(tags)
    assert translation not in discovered_names(tags), discovered_names(tags)


def test_a_chinese_union_before_its_centre_s_acronym_stays_itself() -> None:
    # negative: a union's name before its confederation's acronym says its affiliation, it is not the centre
    tags = tag_text("香港碼頭業職工會(HKCTU)今日在葵涌碼頭外集會,要求資方加薪。", language="zh")
    assert "香港碼頭業職工會" in discovered_names(tags), discovered_names(tags)


@pytest.mark.parametrize(("text", "country"), [
    # wide_reczh42 zh-42319: a Malaysian state alone
    ("“最新数据显示,截至今年6月,沙巴州有84个职工会,会员总数5万8091人,较去年增加4779人。”", "MY"),
    # wide_cjk27 zh-2718: Malaya
    ("马来亚独立前有一个广为人知的工会,该工会随著橡胶业和锡矿业的崛起,而开始扎根。", "MY"),
    # wide_reczh42 zh-42311: a Taiwanese county
    ("公司原本的廠房因租約到期,七月起將搬至新竹湖口,要求所有員工到湖口上班。", "TW"),
    # wide_zh19 zh-7836: Macau's island
    ("氹仔一間酒店的員工昨日到勞工局求助,要求追討欠薪。", "MO"),
])
def test_a_chinese_place_alone_gives_its_country(text: str, country: str) -> None:
    assert country in primary_countries(tag_text(text, language="zh")), primary_countries(tag_text(text, language="zh"))


def test_a_japanese_word_holding_all_hong_kong_is_no_place() -> None:
    # negative: 全港 ("all Hong Kong") is not added: Japanese writes 全港湾 (the dockworkers' union), wide_cjk32 ja-32258
    tags = tag_text("早朝より全港湾の組合員が集会を開き、賃上げを求めた。", language="ja")
    assert "HK" not in primary_countries(tags), primary_countries(tags)


@pytest.mark.parametrize(("text", "not_a_name"), [
    # wide_reczh42 zh-42313: a passive verb glued before the union's name
    ("深圳新闻网讯 昨日,深圳龙钻纸品厂因非法解雇工会主席,遭到深圳市总工会依法公开谴责。", "遭到"),
    # wide_reczh42 zh-42312: foreign firms' unions, a group
    ("桃市產總、外商公司工會15日到桃市府陳情,高喊口號。", "外商"),
    # wide_reczh42 zh-42323: the largest union of a country, described
    ("英國最大護士工會皇家護理學院(RCN)昨天起一連兩天罷工,爭取改善薪酬待遇。", "最大"),
])
def test_a_passive_verb_an_owner_s_kind_or_a_superlative_before_a_chinese_union_is_no_name(text: str,
                                                                                          not_a_name: str) -> None:
    names = discovered_names(tag_text(text, language="zh"))
    assert not any(not_a_name in name for name in names), names


def test_a_place_s_long_chinese_union_name_stays_a_name() -> None:
    # negative: a name opened by a place, long, before a bare 工會 (wide_zh19's Hong Kong unions)
    tags = tag_text("香港教育工作者工會今日發表聲明,要求政府增加資源。", language="zh")
    assert "香港教育工作者工會" in discovered_names(tags) | union_names(tags), discovered_names(tags)


@pytest.mark.parametrize("text", [
    # wide_cjk31 zh-31479: a county's federation of unions (simplified 县, 总), no other place the gazetteer knows
    "近日,利辛县优优信息科技有限公司工会成立大会顺利召开。利辛县总工会工作人员全程到场指导。",
    # wide_asia36 zh-36553: a district's
    "解说:除此之外,罗湖区总工会还为辖区五个街道的新就业形态劳动者送去了2000余份“温暖”。",
    # wide_recea39 zh-39317
    "9月10日,锡山区快递物流行业工会第一届第一次代表大会召开。选举完成后,市总工会和锡山区总工会工作人员为新成立的联合会授牌。",
])
def test_a_mainland_local_federation_in_simplified_chinese_gives_china(text: str) -> None:
    assert primary_countries(tag_text(text, language="zh")) == {"CN"}, primary_countries(tag_text(text, language="zh"))


@pytest.mark.parametrize("text", [
    # negatives: the same level written in traditional characters (Taiwan's federations: 市總工會, 縣總工會), and a story
    # whose place already gives its country
    "市總工會理事長昨日表示,將與各產業工會一同爭取加薪。",
    "新北市总工会理事长昨日表示,将与台湾各产业工会一同争取加薪。",
])
def test_a_local_federation_otherwise_gives_no_china(text: str) -> None:
    assert "CN" not in primary_countries(tag_text(text, language="zh")), primary_countries(tag_text(text, language="zh"))


def test_solidarity_is_no_japanese_federation_s_head() -> None:
    # wide_reczh42 ja-42330: 労連 inside 連帯 (solidarity) is no federation's name ("JR動労連帯高崎", a union named so)
    tags = tag_text("3・30高崎春闘デモ。JR動労連帯高崎が熊谷・籠原でストに入っている。これと連帯して闘おう!", language="ja")
    assert not any(name.endswith("労連") for name in discovered_names(tags)), discovered_names(tags)


def test_a_japanese_federation_s_head_still_ends_its_name() -> None:
    # negative: 労連 ending a name, before other words ("茨城労連", wide_ja18)
    tags = tag_text("茨城労連は県庁前で宣伝行動を行い、最低賃金の引き上げを訴えた。", language="ja")
    assert any(name.endswith("労連") for name in discovered_names(tags) | union_names(tags)), (
        discovered_names(tags), union_names(tags))


@pytest.mark.parametrize("text", [
    # wide_cjk31 ja-31435: Osaka's Senshu in a union branch's name
    "私は、10月の上旬にこの組合を脱退して関西合同労働組合泉州支部に加盟して、改めて会社に団体交渉を申し入れた。",
    # wide_jaar20 ja-9305: 岡山 + 西大寺 (Okayama's Saidaiji line), not Shanxi
    "両備グループの「両備バス労働組合」が23日に岡山西大寺線で実施したストライキについて、岡山市長は記者会見で述べた。",
    # wide_cjk32 ja-32257: the Fukuoka builders' union's short name, not Fujian
    "福建労とは 力をあわせて、建設労働者の仕事とくらし、健康をまもりましょう。",
])
def test_a_chinese_place_inside_a_japanese_word_is_no_china(text: str) -> None:
    assert "CN" not in primary_countries(tag_text(text, language="ja")), primary_countries(tag_text(text, language="ja"))


@pytest.mark.parametrize("text", [
    # negatives: the province with its level after it, standing alone or after 中国
    "中国山西省の炭鉱で労働者がストライキを行い、賃金の支払いを求めた。",
    "福建省の工場で働く労働者が抗議し、工場は操業を止めた。",
])
def test_a_chinese_province_in_japanese_is_still_china(text: str) -> None:
    assert "CN" in primary_countries(tag_text(text, language="ja")), primary_countries(tag_text(text, language="ja"))
