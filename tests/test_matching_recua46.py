"""Ukrainian and other Cyrillic-script languages pass (issue 9, branch recua46)."""

from __future__ import annotations

import pytest

from tests.matching import discovered_names, tag_text, union_ids
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recua46")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_recua46")


@pytest.mark.parametrize(("text", "name"), [
    # wide_recua46 bg-46331: the head with its article, a place after the trade
    ("Синдикатът на пощенските служители в България към КНСБ обяви протест.", "Синдикат на пощенските служители в България"),
    # the short article after a preposition
    ("Говори председателят на Федерацията на горските работници към КТ „Подкрепа“.",
     "Федерация на горските работници"),
    # wide_cyr27 bg-27722: acronyms alone
    ("Протестът е на ЛСБ към КНСБ и на ПСО към КТ \"Подкрепа\".", "ЛСБ"),
])
def test_a_bulgarian_member_named_before_kam_and_its_confederation_is_found(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


def test_a_second_article_on_the_noun_is_dropped_so_the_directory_name_is_read() -> None:
    # wide_cee32 bg-33043: "на българските учителите", a slip for "учители"
    ids = union_ids(tag_text("Каза председателят на Синдиката на българските учителите към КНСБ в Пловдив."))
    assert "union-bg-5" in ids


@pytest.mark.parametrize("text", [
    # a federation in lower case is only referred to
    "Той е председател на миньорската федерация към КТ „Подкрепа“.",
    # no confederation after "към"
    "Синдикатът на железничарите към министерството изпрати писмо.",
])
def test_no_bulgarian_member_is_found_without_a_name_before_its_confederation(text: str) -> None:
    assert not {name for name in discovered_names(tag_text(text)) if "ЖЕЛЕЗ" in name.upper() or "миньор" in name}
    assert not [name for name in discovered_names(tag_text(text)) if name.startswith(("Синдикат", "Федерация"))]


@pytest.mark.parametrize(("text", "name"), [
    # wide_recua46 mn-46382: lower-case words and commas back to the country's genitive, a case ending on the head
    ("Монголын барилга, зам тээврийн үйлдвэрчний эвлэлийн холбооны дарга мэдэгдэл хийлээ.",
     "Монголын барилга, зам тээврийн үйлдвэрчний эвлэлийн холбоо"),
    # wide_recua46 mn-46381: a workplace's union committee, its head written with a capital, opening the sentence
    ("Оюу толгойн Үйлдвэрчний хорооноос мэдэгдэл гаргалаа.", "Оюу толгойн Үйлдвэрчний хороо"),
])
def test_a_mongolian_union_is_found_by_its_head(text: str, name: str) -> None:
    assert name in discovered_names(tag_text(text))


@pytest.mark.parametrize("text", [
    # a sector's union in lower case, capitalised only as the sentence's first word
    "Салбарын үйлдвэрчний эвлэл цалин нэмэхийг шаардлаа.",
    # a company's union, referred to
    "Тус компанийн үйлдвэрчний эвлэл хурал хийлээ.",
])
def test_a_mongolian_union_only_referred_to_is_no_name(text: str) -> None:
    assert not discovered_names(tag_text(text))
