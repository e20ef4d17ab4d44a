"""Chinese recogniser pass (issue 9, branch reczh41b): Taiwan's national unions opened by 全國 ("全國外送產業工會")."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text


def test_a_national_union_opened_by_quanguo_is_a_name() -> None:
    # wide_receast41 zh-41611
    tags = tag_text("外送員勞動條件的調查已完成,但全國外送產業工會表示平台仍未回應。", language="zh")
    assert discovered_names(tags) == {"全國外送產業工會"}, discovered_names(tags)


@pytest.mark.parametrize("text", [
    "今年上半年全國新發展農民工工會會員三百萬人。",  # wide_zh19 zh-7843: a count, not a name
    "全國各產業工會都表示支持。",
])
def test_quanguo_before_unions_in_general_names_none(text: str) -> None:
    tags = tag_text(text, language="zh")
    assert not any(name.startswith("全國") for name in discovered_names(tags)), discovered_names(tags)
