"""Korean, Indonesian, Malay and Filipino pass (issue 9, branch recko44): the sample's size and novelty, and the
kinds fixed on it; sentences of their own, not taken from the samples."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_large_enough_and_new() -> None:
    stories = load_realnews(directory=BENCH_DATA / "wide_recko44")
    assert len(stories) >= 24
    assert not _pages_found_elsewhere("wide_recko44")
