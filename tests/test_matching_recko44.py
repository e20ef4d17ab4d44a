"""Korean, Indonesian, Malay and Filipino pass (issue 9, branch recko44): the sample's size and novelty, and the
kinds fixed on it; sentences of their own, not taken from the samples."""

from __future__ import annotations

import pytest

from bot.matching.normalize import fold
from bot.matching.unions import default_directory
from tests.matching import tag_text, union_ids, union_names
from tests.realnews import gold_union_forms, load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_large_enough_and_new() -> None:
    stories = load_realnews(directory=BENCH_DATA / "wide_recko44")
    assert len(stories) >= 24
    assert not _pages_found_elsewhere("wide_recko44")


# --- The KSBSI's forestry and plantation federation under the names the samples label it by (a directory row)

def test_the_hukatan_federations_full_name_is_the_federation() -> None:
    # the name as the KSBSI writes it, with "Industri Umum" and "Pertanian" (wide_id19 id-7039 labels it so)
    tags = tag_text("Di Magelang, Federasi Kehutanan, Industri Umum, Perkayuan, Pertanian dan Perkebunan Konfederasi "
                    "Serikat Buruh Seluruh Indonesia menggelar kongres.")
    assert "hukatan-id" in union_ids(tags)


def test_the_hukatan_federations_record_holds_the_samples_label() -> None:
    # wide_id19 id-7039 and wide_recko44 id-44817 label it "... (F-HUKATAN)": a name of the record the tagger finds
    record = default_directory().get("hukatan-id")
    assert record is not None
    assert gold_union_forms("Federasi Serikat Buruh Kehutanan, Industri Umum, Perkayuan, Pertanian dan Perkebunan "
                            "(F-HUKATAN)") & {fold(name) for name in record.all_names}


def test_a_forestry_word_alone_is_no_federation() -> None:
    assert not union_ids(tag_text("Di Bogor, Federasi Kehutanan dan perkebunan rakyat menanam pohon bersama F. Hukam."))


# --- Korean kinds of workers alone before 노조 (wide_recko44 ko-44808, wide_recko42 ko-42609)

@pytest.mark.parametrize("text", [
    "서울 여의도에서 건설운송노조, 방송사 비정규노조 등의 파업투쟁이 이어졌다.",
    "울산에서 HD현대삼호 사내하청노조 간부가 농성에 들어갔다.",
    "광주에서 비정규직노조 조합원들이 집회를 열었다.",
])
def test_a_kind_of_workers_alone_before_the_union_word_names_no_union(text: str) -> None:
    assert not {name for name in union_names(tag_text(text, language="ko"))
                if name.startswith(("비정규", "사내하청"))}


@pytest.mark.parametrize(("text", "union_id"), [
    ("대구에서 전국학교비정규직노동조합이 파업에 들어갔다.", "korean-school-non-regular-workers-union-kr"),
    ("서울에서 전국비정규직노조가 집회를 열었다.", "found:KR:전국비정규직노조"),
])
def test_the_kind_glued_to_a_sector_or_scope_is_a_name(text: str, union_id: str) -> None:
    assert union_id in union_ids(tag_text(text, language="ko"))
