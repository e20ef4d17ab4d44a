"""Same-event consistency (issue 9, branch events46): an English translation of a union's name from a language with
one word for "labour" and "workers" (Korean 노동, Bangla শ্রমিক) writes either, so one event's reports name the union
"... Workers Union" and "... Labor Union" (wide_events44 en-44507 and en-44508, Seoul's bus strike of January 2026;
wide_sa31 en-31001, the Samajtantrik Sramik Front as "Socialist Labor Front")."""

from __future__ import annotations

import pytest

from tests.matching import all_countries, primary_countries, tag_text, union_ids


@pytest.mark.parametrize(("text", "union_id"), [
    # the directory writes "Seoul City Bus Labor Union"
    ("Commuters in Seoul waited in the cold as the Seoul City Bus Workers Union stopped work at dawn.", "union-kr-31"),
    # the directory writes "Socialist Workers Front" and "Samajtantrik Sramik Front"
    ("Garment workers marched in Dhaka on Friday, the Socialist Labor Front said, demanding their bonus.",
     "samajtantrik-sramik-front-bd"),
])
def test_labour_and_workers_translate_one_word_of_a_union_s_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="en"))


@pytest.mark.parametrize(("text", "union_id"), [
    # another country's story: the name's words alone do not make it the Bangladeshi union
    ("In Lagos, the Socialist Labor Front marched to the governor's office.", "samajtantrik-sramik-front-bd"),
    # one word besides the head words is too little to say which union it is
    ("In Chicago, the Transport Labor Union asked the city for safer buses.", "twu-us"),
])
def test_labour_is_not_read_as_workers_without_the_story_s_country_or_enough_words(text: str, union_id: str) -> None:
    assert union_id not in union_ids(tag_text(text, language="en"))


@pytest.mark.parametrize("text", [
    # the mainland press's "Taiwan authorities" (wide_zhfold43 zh-43303)
    "机师工会宣布罢工第三天,台当局介入调解也没有结果。",
    # a tariff "towards Taiwan", the story's only other word for it (wide_cjk31 zh-31467)
    "全國總工會表示,在美國對台加徵關稅之下,勞工恐面臨裁員,不排除上街抗議。",
])
def test_taiwan_written_tai_alone_by_habit(text: str) -> None:
    assert "TW" in primary_countries(tag_text(text, language="zh"))


@pytest.mark.parametrize("text", [
    "面对台风来袭,工会要求企业让员工停工回家。",
    "工会代表上台发言,对台下的工人说明加薪方案。",
])
def test_dui_tai_before_a_stage_or_a_typhoon_is_no_taiwan(text: str) -> None:
    assert "TW" not in all_countries(tag_text(text, language="zh"))


@pytest.mark.parametrize(("text", "language"), [
    # wide_events44 en-44508's shape: the federation spelt otherwise ("Korea", "&") glued before its member union
    ("Drivers in Seoul stopped work after the Korea Automobile & Transport Workers' Federation Seoul City Bus Labor "
     "Union walked out of the talks.", "en"),
    # wide_events34 ko-34704's shape: the federation's name with a letter wrong glued before its member union
    ("전국자동차노동조합연멩 서울시버스노동조합은 새벽 첫차부터 파업에 들어갔다.", "ko"),
])
def test_a_parent_spelt_otherwise_glued_before_its_member_is_named(text: str, language: str) -> None:
    assert {"union-kr-12", "union-kr-31"} <= union_ids(tag_text(text, language=language))


@pytest.mark.parametrize(("text", "language"), [
    # another federation's name before the bus union: too many letters differ from its parent's
    ("전국공공운수노동조합연맹 서울시버스노동조합은 새벽 첫차부터 파업에 들어갔다.", "ko"),
    # words before the union that end no name of its parent
    ("Drivers in Seoul said the Korea Automobile and Transport Workers Association Seoul City Bus Labor Union "
     "walked out.", "en"),
])
def test_other_words_before_a_member_name_no_parent(text: str, language: str) -> None:
    assert "union-kr-12" not in union_ids(tag_text(text, language=language))


def test_the_korean_automobile_federation_as_an_english_edition_writes_it() -> None:
    # wide_events44 en-44507's name for 전국자동차노동조합연맹 (a row from cm.asiae.co.kr, no sample's page)
    tags = tag_text("Seoul commuters waited in the cold as the National Automobile Workers Federation said its bus "
                    "unions would strike.", language="en")
    assert "union-kr-12" in union_ids(tags)


def test_a_national_automobile_workers_union_is_not_the_federation() -> None:
    tags = tag_text("In Seoul, the National Automobile Workers' Union met the bus companies again.", language="en")
    assert "union-kr-12" not in union_ids(tags)
