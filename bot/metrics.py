"""Prometheus metrics of one bot process (prometheus-client), served at `GET /metrics` by bot/service/health.py.

Each process counts what it did itself; Prometheus sums the fleet. Names follow Prometheus' rules
(`_total` counters, `_seconds` histograms).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import Counter, Gauge, Histogram

__all__ = [
    "ALERTS_FAILED", "ALERTS_QUEUED", "ALERTS_SENT", "FEED_POLLS", "FEED_POLL_FAILURES", "RATE_LIMITED",
    "PAID_BROADCASTS", "SEND_RETRIES", "STAGE_SECONDS", "TELEGRAM_LAST_SUCCESS", "timed",
]

ALERTS_QUEUED = Counter("solidarity_alerts_queued_total", "Alerts written to the outbox by routing")
ALERTS_SENT = Counter("solidarity_alerts_sent_total", "Alerts Telegram accepted")
ALERTS_FAILED = Counter("solidarity_alerts_failed_total", "Alerts given up on (refused, too many attempts, chat gone)")
SEND_RETRIES = Counter("solidarity_send_retries_total", "Alerts put back in the queue to be tried again later")
PAID_BROADCASTS = Counter("solidarity_paid_broadcasts_total", "Alerts sent in the paid-broadcast lane (allow_paid_broadcast)")
RATE_LIMITED = Counter("solidarity_telegram_429_total", "429 Too Many Requests answers from the Bot API")
FEED_POLLS = Counter("solidarity_feed_polls_total", "Feeds polled")
FEED_POLL_FAILURES = Counter("solidarity_feed_poll_failures_total", "Feed polls that failed")
TELEGRAM_LAST_SUCCESS = Gauge("solidarity_telegram_last_success_timestamp_seconds",
                              "When the Bot API last accepted a message from this process (Unix time)")
STAGE_SECONDS = Histogram(
    "solidarity_stage_seconds", "Time spent in each step of the data flow, per run (fetch, route) or per alert (send, record)",
    ["stage"], buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """Observe how long the block took in the `stage` histogram (also when it raises)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS.labels(stage).observe(time.perf_counter() - started)
