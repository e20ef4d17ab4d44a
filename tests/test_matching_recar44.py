"""Arabic, Persian and Sorani labour pages of the second wave (issue 9, branch recar44): the sample's own checks."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_recar44_sample_is_large_enough_and_new() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recar44")
    assert len(sample) >= 24 and not _pages_found_elsewhere("wide_recar44")
