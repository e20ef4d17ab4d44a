"""Chinese and Japanese matching kinds of branch reczh44 (issue 9); sentences of their own, not taken from the
samples."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_branch_sample_is_valid_and_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_reczh44")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_reczh44")
