"""Queries on the alerts outbox: claiming due rows, recording each send's outcome, recovering after a crash.

Row states: pending (send at once, when due_at has come) -> sending (claimed; being sent) -> sent, or
back to pending with a later due_at (retry), or failed / skipped. Digest rows wait as `digest` until
the subscriber's digest marks them sent.

A claim moves rows to `sending` in one statement (on PostgreSQL the rows are picked with
`FOR UPDATE SKIP LOCKED`, so several bot processes share the work without waiting on each other or
taking the same row; SQLite has one writer at a time, so its single UPDATE is the claim). Each row is
marked `sent` right after its message went out: after a kill -9, `sending` rows older than the lease
are the only ones re-queued, so only a message in flight at the kill can be sent twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Result,
    Select,
    Text,
    bindparam,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import dialect_of, rows_changed
from storage.models import Alert, Subscriber, Subscription, UTCDateTime, utcnow


class AlertStatus(StrEnum):
    """An outbox row's state, stored as its string value (the campaign follow-up outbox has the same
    states, all but `digest`)."""

    PENDING = "pending"  # to send once due_at has come
    DIGEST = "digest"  # waits for the subscriber's next digest
    SENDING = "sending"  # claimed by a delivery run
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"  # not sent, and not to be (the chat is gone, the story too, ...)


OPEN_STATES = (AlertStatus.PENDING, AlertStatus.DIGEST, AlertStatus.SENDING)


@dataclass(frozen=True)
class ClaimedAlert:
    """An outbox row claimed for sending, with the chat it goes to."""

    id: int
    subscriber_id: int
    chat_id: int
    chat_type: str
    cluster_id: int
    story_id: int
    matched: list[dict[str, Any]]
    attempts: int
    timezone: str = "UTC"
    quiet_start: str | None = None
    quiet_end: str | None = None
    silent: bool = False
    message_thread_id: int = 0
    language: str | None = None  # the chat's language: the alert is written in it


# The claim check and the sent record of every message, on PostgreSQL: the ids as one array, so each is one
# prepared statement whatever the batch size (an IN list is another statement, prepared again, for each size)
# and nothing is compiled per batch. `id = ANY(...)` scans the primary key in id order, so these and
# renew_claims lock rows in the same order and never deadlock one another; each message id is looked up by
# its alert's position rather than joined (a join would lock in the order of the array). SQLite, with no
# arrays, takes the expression forms.
PG_TOUCH_CLAIMS = text(
    f"UPDATE alerts SET claimed_at = :now WHERE id = ANY(CAST(:ids AS integer[])) AND status = '{AlertStatus.SENDING}' RETURNING id"
).bindparams(bindparam("now", type_=UTCDateTime()))
PG_MARK_SENT = text(f"""
UPDATE alerts SET status = '{AlertStatus.SENT}', sent_at = :now, claimed_at = NULL, last_error = NULL,
    message_id = (CAST(:message_ids AS bigint[]))[array_position(CAST(:ids AS integer[]), id)]
WHERE id = ANY(CAST(:ids AS integer[])) AND status = '{AlertStatus.SENDING}'
RETURNING id
""").bindparams(bindparam("now", type_=UTCDateTime()))


async def recover_stale(session: AsyncSession, now: dt.datetime, lease: dt.timedelta) -> int:
    """Put `sending` rows whose claim is older than the lease back in the queue; returns how many.

    Such rows belong to a process that died (a live one renews its claims with `renew_claims`)."""
    result = await session.execute(
        update(Alert)
        .where(Alert.status == AlertStatus.SENDING, or_(Alert.claimed_at.is_(None), Alert.claimed_at < now - lease))
        .values(status=AlertStatus.PENDING, claimed_at=None)
    )
    return rows_changed(result)


async def skip_unreachable(session: AsyncSession, now: dt.datetime) -> int:
    """Mark pending rows of inactive subscribers skipped (a paused subscriber's rows wait for /resume;
    routing queues none while they are paused, so there is no backlog to flood them with)."""
    gone = select(Subscriber.id).where(Subscriber.active.is_(False))
    result = await session.execute(
        update(Alert)
        .where(Alert.status.in_((AlertStatus.PENDING, AlertStatus.DIGEST)), Alert.subscriber_id.in_(gone))
        .values(status=AlertStatus.SKIPPED, last_error="subscriber inactive", claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def claim_due(
    session: AsyncSession,
    now: dt.datetime,
    limit: int,
    *,
    per_subscriber: int = 2,
    exclude_subscribers: Collection[int] = (),
    first_stories: Collection[int] = (),
) -> list[ClaimedAlert]:
    """Claim up to `limit` due pending rows, oldest first (those about `first_stories`, the stories of
    urgent campaigns, ahead of all others), at most `per_subscriber` per subscriber and none for the
    excluded subscribers (those whose earlier rows are still being sent): one chat's backlog cannot crowd
    out everyone else. The claimed rows are `sending`, attempts counted."""
    if limit <= 0:
        return []
    order: list[Any] = [Alert.due_at, Alert.id]
    if first_stories:
        order.insert(0, case((Alert.story_id.in_(list(first_stories)), 0), else_=1))
    candidates = (
        select(Alert.id, Alert.subscriber_id)
        .join(Subscriber, Subscriber.id == Alert.subscriber_id)
        .where(Alert.status == AlertStatus.PENDING, Alert.due_at <= now)
        .where(Subscriber.active.is_(True), Subscriber.paused.is_(False))
        .order_by(*order)
        .limit(limit * 4)
    )
    if exclude_subscribers:
        candidates = candidates.where(Alert.subscriber_id.not_in(list(exclude_subscribers)))
    picked: list[int] = []
    per: dict[int, int] = {}
    for alert_id, subscriber_id in await session.execute(candidates):
        if per.get(subscriber_id, 0) >= per_subscriber:
            continue
        per[subscriber_id] = per.get(subscriber_id, 0) + 1
        picked.append(alert_id)
        if len(picked) >= limit:
            break
    if not picked:
        return []
    target: Any = picked
    if dialect_of(session) == "postgresql":
        target = (
            select(Alert.id)
            .where(Alert.id.in_(picked), Alert.status == AlertStatus.PENDING)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
    result = await session.execute(
        update(Alert)
        .where(Alert.id.in_(target), Alert.status == AlertStatus.PENDING)
        .values(status=AlertStatus.SENDING, claimed_at=now, attempts=Alert.attempts + 1)
        .returning(Alert.id)
        .execution_options(synchronize_session=False)
    )
    claimed = [row[0] for row in result]
    if not claimed:
        return []
    rows = await session.execute(
        select(
            Alert.id, Alert.subscriber_id, Subscriber.chat_id, Subscriber.chat_type, Alert.cluster_id,
            Alert.story_id, Alert.matched, Alert.attempts, Subscriber.timezone, Subscriber.quiet_start,
            Subscriber.quiet_end, Subscriber.silent, Alert.message_thread_id, Subscriber.language,
        )
        .join(Subscriber, Subscriber.id == Alert.subscriber_id)
        .where(Alert.id.in_(claimed))
        .order_by(*order)
    )
    return [ClaimedAlert(*row) for row in rows]


async def renew_claims(session: AsyncSession, alert_ids: Sequence[int], now: dt.datetime) -> None:
    """Renew this process's claim on rows it still holds, so no restart elsewhere re-queues them."""
    for start in range(0, len(alert_ids), 1000):
        await session.execute(
            update(Alert)
            .where(Alert.id.in_(list(alert_ids[start : start + 1000])), Alert.status == AlertStatus.SENDING)
            .values(claimed_at=now)
            .execution_options(synchronize_session=False)
        )


async def due_story_ids(session: AsyncSession, now: dt.datetime) -> set[int]:
    """The stories that due pending rows are about."""
    return set(await session.scalars(
        select(Alert.story_id).where(Alert.status == AlertStatus.PENDING, Alert.due_at <= now).distinct()))


async def touch_claims(session: AsyncSession, alert_ids: Sequence[int], now: dt.datetime) -> set[int]:
    """Renew the claim on rows just before their messages go out; returns those still claimed. A row no
    longer claimed (its chat sent /stop, which deletes the row, or it was skipped meanwhile) must not be sent."""
    if not alert_ids:
        return set()
    if dialect_of(session) == "postgresql":
        return set((await session.execute(PG_TOUCH_CLAIMS, {"now": now, "ids": list(alert_ids)})).scalars())
    result = await session.execute(
        update(Alert)
        .where(Alert.id.in_(list(alert_ids)), Alert.status == AlertStatus.SENDING)
        .values(claimed_at=now)
        .returning(Alert.id)
        .execution_options(synchronize_session=False)
    )
    return {row[0] for row in result}


async def mark_sent(session: AsyncSession, sent: Mapping[int, int | None], now: dt.datetime) -> set[int]:
    """Record sent alerts (alert id -> Telegram's message id) in one statement; returns the ids that were
    still ours (a row skipped meanwhile is left as it is)."""
    if not sent:
        return set()
    if dialect_of(session) == "postgresql":
        return set((await session.execute(PG_MARK_SENT, {"now": now, "ids": list(sent), "message_ids": list(sent.values())})).scalars())
    result = await session.execute(
        update(Alert)
        .where(Alert.id.in_(list(sent)), Alert.status == AlertStatus.SENDING)
        .values(status=AlertStatus.SENT, sent_at=now, message_id=case({alert_id: literal(message_id, BigInteger) for alert_id, message_id in sent.items()}, value=Alert.id), claimed_at=None,
                last_error=None)
        .returning(Alert.id)
        .execution_options(synchronize_session=False)
    )
    return {row[0] for row in result}


async def hold_until(session: AsyncSession, alert_id: int, due_at: dt.datetime) -> None:
    """Put a claimed row back, due at `due_at` (the end of the chat's quiet hours), its attempt not counted."""
    await session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.status == AlertStatus.SENDING)
        .values(status=AlertStatus.PENDING, due_at=due_at, claimed_at=None, attempts=Alert.attempts - 1)
    )


async def release_claims(session: AsyncSession, alert_ids: Sequence[int]) -> int:
    """Give back claimed rows this process will not send (it is stopping): pending again at once, their
    attempt not counted, for another process (or the next start) to send; returns how many."""
    if not alert_ids:
        return 0
    result = await session.execute(
        update(Alert)
        .where(Alert.id.in_(list(alert_ids)), Alert.status == AlertStatus.SENDING)
        .values(status=AlertStatus.PENDING, claimed_at=None, attempts=Alert.attempts - 1)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def release_held(session: AsyncSession, subscriber_id: int, now: dt.datetime) -> int:
    """Quiet hours ended early (changed or turned off): the subscriber's waiting alerts are due at once."""
    result = await session.execute(
        update(Alert)
        .where(Alert.subscriber_id == subscriber_id, Alert.status == AlertStatus.PENDING, Alert.due_at > now)
        .values(due_at=now)
    )
    return rows_changed(result)


async def mark_retry(session: AsyncSession, alert_id: int, due_at: dt.datetime, error: str) -> None:
    """Put a row back in the queue, due again at `due_at` (after a network error, 5xx or long 429)."""
    await session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.status == AlertStatus.SENDING)
        .values(status=AlertStatus.PENDING, due_at=due_at, claimed_at=None, last_error=error[:2000])
        .execution_options(synchronize_session=False)
    )


async def mark_failed(session: AsyncSession, alert_id: int, error: str, status: AlertStatus = AlertStatus.FAILED) -> None:
    """Give up on a row (failed, or skipped), keeping the reason."""
    await session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.status.in_(OPEN_STATES))
        .values(status=status, claimed_at=None, last_error=error[:2000])
        .execution_options(synchronize_session=False)
    )


async def deactivate_subscriber(session: AsyncSession, subscriber_id: int, reason: str) -> int:
    """A chat that blocked or removed the bot: mark the subscriber inactive and skip every alert still
    open for them; returns how many alerts were skipped."""
    await session.execute(
        update(Subscriber).where(Subscriber.id == subscriber_id).values(active=False, inactive_reason=reason[:255])
    )
    result = await session.execute(
        update(Alert)
        .where(Alert.subscriber_id == subscriber_id, Alert.status.in_(OPEN_STATES))
        .values(status=AlertStatus.SKIPPED, claimed_at=None, last_error=reason[:2000])
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def close_thread(session: AsyncSession, subscriber_id: int, message_thread_id: int, reason: str) -> int:
    """A forum topic that was closed or deleted: like a blocked chat, but for the subscriptions bound to that
    topic only: they are muted and their open alerts skipped (the chat's other topics go on); how many
    alerts were skipped."""
    await session.execute(
        update(Subscription)
        .where(Subscription.subscriber_id == subscriber_id, Subscription.message_thread_id == message_thread_id)
        .values(muted=True)
    )
    result = await session.execute(
        update(Alert)
        .where(Alert.subscriber_id == subscriber_id, Alert.message_thread_id == message_thread_id,
               Alert.status.in_(OPEN_STATES))
        .values(status=AlertStatus.SKIPPED, last_error=reason, claimed_at=None)
    )
    return rows_changed(result)


async def move_chat(session: AsyncSession, subscriber_id: int, new_chat_id: int) -> bool:
    """A group that became a supergroup: follow it to its new chat id (False if that id is taken)."""
    taken = await session.scalar(select(Subscriber.id).where(Subscriber.chat_id == new_chat_id))
    if taken is not None and taken != subscriber_id:
        return False
    await session.execute(
        update(Subscriber).where(Subscriber.id == subscriber_id).values(chat_id=new_chat_id, chat_type="supergroup")
    )
    return True


async def release_digest_alerts(session: AsyncSession, subscriber_id: int, now: dt.datetime | None = None) -> int:
    """A subscriber switched to immediate alerts: their waiting digest rows are sent at once instead."""
    result = await session.execute(
        update(Alert)
        .where(Alert.subscriber_id == subscriber_id, Alert.status == AlertStatus.DIGEST)
        .values(status=AlertStatus.PENDING, due_at=now or utcnow())
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def hold_pending_for_digest(session: AsyncSession, subscriber_id: int) -> int:
    """A subscriber switched to a digest: their alerts not yet sent wait for the digest instead."""
    result = await session.execute(
        update(Alert)
        .where(Alert.subscriber_id == subscriber_id, Alert.status == AlertStatus.PENDING)
        .values(status=AlertStatus.DIGEST)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def release_digests_of_now_subscribers(session: AsyncSession, now: dt.datetime) -> int:
    """Digest rows of subscribers now in `now` mode are sent at once (a safety net for mode changes)."""
    now_mode = select(Subscriber.id).where(Subscriber.delivery_mode == "now")
    result = await session.execute(
        update(Alert)
        .where(Alert.status == AlertStatus.DIGEST, Alert.subscriber_id.in_(now_mode))
        .values(status=AlertStatus.PENDING, due_at=now)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def status_counts(session: AsyncSession) -> dict[str, int]:
    """How many outbox rows are in each state."""
    rows = await session.execute(select(Alert.status, func.count()).group_by(Alert.status))
    return {status: count for status, count in rows}


# --- digests ---


async def _execute_columns(session: AsyncSession, query: Select[Any]) -> Result[Any]:
    """A column query run on the session's connection: without the ORM's result processing, which
    costs more than the query itself on the hundreds of thousands of rows of a digest run."""
    connection = await session.connection()
    return await connection.execute(query)


@dataclass(frozen=True, slots=True)
class DueSubscriber:
    """A subscriber whose digest is due: just what building and sending it needs."""

    id: int
    chat_id: int
    chat_type: str
    delivery_mode: str
    digest_time: str
    timezone: str
    digest_weekday: int
    paused: bool
    quiet_start: str | None = None
    quiet_end: str | None = None
    silent: bool = False
    language: str | None = None  # the chat's language: the digest is written in it


DUE_SUBSCRIBER_COLUMNS = (
    Subscriber.id, Subscriber.chat_id, Subscriber.chat_type, Subscriber.delivery_mode, Subscriber.digest_time,
    Subscriber.timezone, Subscriber.digest_weekday, Subscriber.paused, Subscriber.quiet_start,
    Subscriber.quiet_end, Subscriber.silent, Subscriber.language,
)


async def due_digest_subscribers(session: AsyncSession, now: dt.datetime, limit: int = 1000, after_id: int = 0) -> list[DueSubscriber]:
    """Digest subscribers whose next digest time has come, by id (page with `after_id`)."""
    query = (
        select(*DUE_SUBSCRIBER_COLUMNS)
        .where(Subscriber.delivery_mode.in_(("daily", "weekly")), Subscriber.active.is_(True))
        .where(Subscriber.next_digest_at.is_not(None), Subscriber.next_digest_at <= now, Subscriber.id > after_id)
        .order_by(Subscriber.id)
        .limit(limit)
    )
    return [DueSubscriber(*row) for row in await _execute_columns(session, query)]


async def unscheduled_digest_subscribers(session: AsyncSession, limit: int = 1000) -> list[DueSubscriber]:
    """Digest subscribers with no next digest time yet."""
    query = (
        select(*DUE_SUBSCRIBER_COLUMNS)
        .where(Subscriber.delivery_mode.in_(("daily", "weekly")), Subscriber.active.is_(True))
        .where(Subscriber.next_digest_at.is_(None))
        .limit(limit)
    )
    return [DueSubscriber(*row) for row in await _execute_columns(session, query)]


async def set_next_digests(session: AsyncSession, times: Mapping[int, dt.datetime | None]) -> None:
    """Set several subscribers' next digest times (subscriber id -> time)."""
    if times:
        await session.execute(update(Subscriber), [{"id": subscriber_id, "next_digest_at": when} for subscriber_id, when in times.items()])


DigestRow = tuple[int, int, int, str]
"""A waiting digest alert as a plain tuple (id, subscriber_id, story_id, matched): just what building a
digest needs, `matched` as its JSON text (many rows share it, so the caller parses each distinct text
once). A tuple is the cheapest record for the hundreds of thousands of rows of a digest run."""


async def digest_alerts(session: AsyncSession, subscriber_ids: Sequence[int]) -> list[DigestRow]:
    """The waiting digest rows of these subscribers, looked up subscriber by subscriber."""
    if not subscriber_ids:
        return []
    waiting: ColumnElement[bool] = Alert.status == AlertStatus.DIGEST
    if dialect_of(session) == "sqlite":
        # SQLite keeps no statistics (no ANALYZE), so it would take `status = 'digest'` for the narrower
        # index and walk every waiting digest row of every subscriber for each page; likely() tells it
        # the status test is no filter to speak of, and it looks up the page's subscribers instead.
        waiting = func.likely(waiting, type_=Boolean)
    query = (
        select(Alert.id, Alert.subscriber_id, Alert.story_id, cast(Alert.matched, Text))
        .where(Alert.subscriber_id.in_(list(subscriber_ids)), waiting)
    )
    return [tuple(row) for row in await _execute_columns(session, query)]


async def mark_digest_sent(session: AsyncSession, alert_ids: Sequence[int], message_id: int | None, now: dt.datetime) -> int:
    """Record digest rows as sent (only rows still waiting: a row is never sent twice)."""
    if not alert_ids:
        return 0
    result = await session.execute(
        update(Alert)
        .where(Alert.id.in_(list(alert_ids)), Alert.status == AlertStatus.DIGEST)
        .values(status=AlertStatus.SENT, sent_at=now, message_id=message_id, last_error=None)
        .execution_options(synchronize_session=False)
    )
    return rows_changed(result)


async def mark_digest_failed(session: AsyncSession, alert_ids: Sequence[int], error: str,
                             status: AlertStatus = AlertStatus.FAILED) -> None:
    """Digest rows Telegram refused for good (or skipped), keeping the reason."""
    if alert_ids:
        await session.execute(
            update(Alert)
            .where(Alert.id.in_(list(alert_ids)), Alert.status == AlertStatus.DIGEST)
            .values(status=status, last_error=error[:2000])
            .execution_options(synchronize_session=False)
        )


async def set_next_digest(session: AsyncSession, subscriber_id: int, when: dt.datetime | None) -> None:
    """Advance a subscriber's next digest time."""
    await session.execute(update(Subscriber).where(Subscriber.id == subscriber_id).values(next_digest_at=when))
