"""English-language unions the directory lacked (issue 9, branch en27): Australia's RAFFWU and HACSU, Ontario's
OCHU, Ireland's TEEU/Connect and Psychiatric Nurses Association, Trinidad and Tobago's PSA, and NUBIFIE's acronym;
sentences of their own, not taken from the real-news set or the samples."""

from __future__ import annotations

import pytest

from bot.matching import StoryTags, default_tagger
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def _tags(text: str, title: str | None = None) -> StoryTags:
    return default_tagger().tag(title, text)


def _ids(tags: StoryTags) -> set[str]:
    return {tag.union_id for tag in tags.unions}


@pytest.mark.parametrize("text, union_id", [
    ("Supermarket staff in Adelaide joined the Retail and Fast Food Workers Union last month.", "raffwu-au"),
    ("RAFFWU organisers met night-shift workers at a Brisbane warehouse.", "raffwu-au"),
    ("HACSU delegates at a Launceston hospital voted for work bans.", "hacsu-au"),
    ("OCHU called a rally outside a hospital in Sudbury, Ontario.", "ochu-ca"),
    ("Electricians in the TEEU balloted for action at a Limerick plant.", "teeu-ie"),
    ("The Technical Engineering and Electrical Union wrote to employers in Cork.", "teeu-ie"),
    ("In Waterford the Psychiatric Nurses Association warned of bed closures.", "psychiatric-nurses-association-ie"),
    ("Customs officers in Port of Spain, Trinidad, met the Public Services Association on Monday.", "psa-tt"),
    ("NUBIFIE told bank staff in Abuja to stay at home during the strike.",
     "national-union-of-banks-insurance-and-financial-institution-ng"),
])
def test_an_added_union_is_found_by_its_name_or_acronym(text: str, union_id: str) -> None:
    assert union_id in _ids(_tags(text))


def test_the_psa_of_another_country_stays_its_own() -> None:
    # the acronym is shared: New Zealand's PSA keeps a New Zealand story, Trinidad's is not invented there
    ids = _ids(_tags("In Wellington the PSA said public servants would walk out on Thursday."))
    assert "psa-nz" in ids and "psa-tt" not in ids


@pytest.mark.parametrize("text", [
    "The impact of the strike on Dublin hospitals was large.",
    "Nurses in Galway said they would connect with other unions.",
])
def test_ordinary_words_name_no_added_union(text: str) -> None:
    assert not _ids(_tags(text)) & {"teeu-ie", "psychiatric-nurses-association-ie"}


def test_the_en27_sample_is_outside_the_set_and_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_en27")
    assert len(sample) >= 40 and not _pages_found_elsewhere("wide_en27")
