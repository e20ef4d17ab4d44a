"""Arabic and Persian pass (issue 9, branch recar46)."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_drawn_outside_every_other_sample() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_recar46")
    assert len(sample) >= 26
    assert not _pages_found_elsewhere("wide_recar46")
