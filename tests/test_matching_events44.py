"""Same-event consistency (issue 9, branch events44): the sample wide_events44 (8 events of 2025-2026, 24 pages)."""

from __future__ import annotations

from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA, _pages_found_elsewhere


def test_the_sample_is_outside_every_other_set() -> None:
    sample = load_realnews(directory=BENCH_DATA / "wide_events44")
    assert len(sample) >= 24
    assert not _pages_found_elsewhere("wide_events44")
