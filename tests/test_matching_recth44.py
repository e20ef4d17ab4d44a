"""South-East Asian pages (issue 9, branch recth44): the sample wide_recth44 and the name kinds fixed from it."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_large_enough_and_drawn_outside_every_other_sample() -> None:
    assert len(load_realnews(directory=BENCH_DATA / "wide_recth44")) >= 24
    assert not _pages_found_elsewhere("wide_recth44")
