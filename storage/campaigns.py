"""Queries for campaigns: the registry (config `[[campaigns]]` and /addcampaign), the actions sent alerts
carried, per-campaign counts and taps, and the follow-up outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import dialect_of, insert_for, rows_changed
from storage.models import Alert, AlertAction, Campaign, CampaignFollowup, Subscriber, Subscription, utcnow
from storage.outbox import AlertStatus


@dataclass(frozen=True)
class CampaignValues:
    """A campaign as the config or an admin gives it (unions already resolved to directory ids)."""

    title: str
    url: str
    kind: str
    countries: list[str] = field(default_factory=list)
    unions: list[str] = field(default_factory=list)
    ends_on: dt.date | None = None
    keywords: list[str] = field(default_factory=list)
    translations: dict[str, dict[str, str]] = field(default_factory=dict)


def _apply(row: Campaign, item: CampaignValues) -> None:
    row.title, row.kind = item.title, item.kind
    row.countries, row.unions, row.ends_on = list(item.countries), list(item.unions), item.ends_on
    row.keywords, row.translations = list(item.keywords), dict(item.translations)


async def sync_config_campaigns(session: AsyncSession, items: Iterable[CampaignValues]) -> None:
    """Make the config's campaigns agree with the table: add or update by URL, and end config
    campaigns the config no longer lists. Campaigns added by admins, and every campaign's status
    (set from the chat with /campaignupdate), are left alone."""
    wanted = {item.url: item for item in items}
    existing = {row.url: row for row in await session.scalars(select(Campaign))}
    for url, item in wanted.items():
        row = existing.get(url)
        if row is None:
            row = Campaign(url=url, origin="config", created_at=utcnow(), status="open", taps=0)
            session.add(row)
        elif row.origin != "config":
            continue  # an admin's campaign with the same link: theirs wins
        _apply(row, item)
        row.active = True
    for url, row in existing.items():
        if row.origin == "config" and url not in wanted and row.active:
            row.active = False
    await session.flush()


async def add_campaign(session: AsyncSession, item: CampaignValues, added_by: int | None) -> tuple[Campaign, bool]:
    """Add an admin's campaign, or update and re-open the one with the same link; (row, created)."""
    row = await session.scalar(select(Campaign).where(Campaign.url == item.url))
    created = row is None
    if row is None:
        row = Campaign(url=item.url, created_at=utcnow(), taps=0)
        session.add(row)
    _apply(row, item)
    row.active, row.origin, row.added_by, row.status = True, "admin", added_by, "open"
    await session.flush()
    return row, created


def _attachable(today: dt.date) -> Any:
    return (Campaign.active.is_(True), Campaign.status.in_(("open", "updated")),
            or_(Campaign.ends_on.is_(None), Campaign.ends_on >= today))


async def active_campaigns(session: AsyncSession, today: dt.date | None = None) -> list[Campaign]:
    """Campaigns that stories can carry: active, open (or updated) and not past their end date, newest first."""
    today = today or utcnow().date()
    return list(await session.scalars(select(Campaign).where(*_attachable(today)).order_by(Campaign.id.desc())))


async def listed_campaigns(session: AsyncSession, limit: int) -> list[Campaign]:
    """Campaigns for /campaigns: every active one (open, updated, won or closed), newest first."""
    return list(await session.scalars(select(Campaign).where(Campaign.active.is_(True)).order_by(Campaign.id.desc()).limit(limit)))


async def get_campaign(session: AsyncSession, campaign_id: int) -> Campaign | None:
    """A campaign by id."""
    return await session.get(Campaign, campaign_id)


async def end_campaign(session: AsyncSession, campaign_id: int) -> Campaign | None:
    """Take a campaign off the list (no follow-up); returns it (None when there is no such campaign)."""
    row = await session.get(Campaign, campaign_id)
    if row is not None:
        row.active = False
        await session.flush()
    return row


async def set_urgent(session: AsyncSession, campaign_id: int, urgent: bool) -> Campaign | None:
    """Mark a campaign urgent (its alerts take the paid-broadcast lane) or not; returns it (None when there
    is no such campaign)."""
    row = await session.get(Campaign, campaign_id)
    if row is not None:
        row.urgent = urgent
        await session.flush()
    return row


async def set_status(session: AsyncSession, campaign_id: int, status: str, note: str | None, now: dt.datetime) -> Campaign | None:
    """Record a campaign's new status (and the admin's note)."""
    row = await session.get(Campaign, campaign_id)
    if row is not None:
        row.status, row.status_changed_at = status, now
        if note:
            row.last_update = note
        await session.flush()
    return row


# --- the actions alerts carried ---


@dataclass(frozen=True)
class CarriedAction:
    """The action one sent alert carried."""

    alert_id: int
    subscriber_id: int
    campaign_id: int | None
    kind: str
    url: str
    reason: str


async def record_actions(session: AsyncSession, actions: Sequence[CarriedAction], now: dt.datetime) -> None:
    """Remember the actions sent alerts carried (an alert recorded already is left as it is)."""
    if not actions:
        return
    statement = insert_for(session, AlertAction).on_conflict_do_nothing(index_elements=["alert_id"])
    await session.execute(statement, [
        {"alert_id": item.alert_id, "subscriber_id": item.subscriber_id, "campaign_id": item.campaign_id,
         "kind": item.kind, "url": item.url[:2048], "reason": item.reason, "created_at": now}
        for item in actions
    ])


async def carried_actions(session: AsyncSession, alert_ids: Sequence[int]) -> dict[int, tuple[AlertAction, str | None]]:
    """The recorded actions of these alerts, each with its campaign's title (None for a story's own link)."""
    if not alert_ids:
        return {}
    rows = await session.execute(
        select(AlertAction, Campaign.title)
        .outerjoin(Campaign, Campaign.id == AlertAction.campaign_id)
        .where(AlertAction.alert_id.in_(list(alert_ids)))
    )
    return {action.alert_id: (action, title) for action, title in rows}


@dataclass(frozen=True)
class CampaignCounts:
    """How far a campaign reached: alerts that carried it, the chats they went to, taps counted."""

    alerts: int = 0
    chats: int = 0
    taps: int = 0


async def campaign_counts(session: AsyncSession, campaign_ids: Sequence[int]) -> dict[int, CampaignCounts]:
    """Per-campaign counts of the alerts that carried it, their chats, and its taps."""
    if not campaign_ids:
        return {}
    rows = await session.execute(
        select(AlertAction.campaign_id, func.count(), func.count(AlertAction.subscriber_id.distinct()))
        .where(AlertAction.campaign_id.in_(list(campaign_ids)))
        .group_by(AlertAction.campaign_id)
    )
    sent = {campaign_id: (alerts, chats) for campaign_id, alerts, chats in rows}
    taps = {campaign_id: count for campaign_id, count in
            await session.execute(select(Campaign.id, Campaign.taps).where(Campaign.id.in_(list(campaign_ids))))}
    return {campaign_id: CampaignCounts(*sent.get(campaign_id, (0, 0)), taps.get(campaign_id) or 0) for campaign_id in campaign_ids}


async def count_tap(session: AsyncSession, campaign_id: int) -> Campaign | None:
    """Count one tap on a campaign's button (one UPDATE, safe under concurrency); returns the campaign."""
    result = await session.execute(update(Campaign).where(Campaign.id == campaign_id).values(taps=Campaign.taps + 1))
    if not rows_changed(result):
        return None
    return await session.get(Campaign, campaign_id)


# --- follow-ups ---


@dataclass(frozen=True)
class FollowupTarget:
    """A chat that got an alert with a campaign, with what decides whether and when it hears more."""

    subscriber_id: int
    delivery_mode: str
    next_digest_at: dt.datetime | None
    followed: bool  # one of the topics its alerts matched is still followed and not muted


async def followup_targets(session: AsyncSession, campaign_id: int, subscriber_id: int | None = None) -> list[FollowupTarget]:
    """The active chats that got an alert carrying this campaign (or just the one given)."""
    query = (
        select(Subscriber.id, Subscriber.delivery_mode, Subscriber.next_digest_at, Alert.matched)
        .join(AlertAction, AlertAction.subscriber_id == Subscriber.id)
        .join(Alert, Alert.id == AlertAction.alert_id)
        .where(AlertAction.campaign_id == campaign_id, Subscriber.active.is_(True))
    )
    if subscriber_id is not None:
        query = query.where(Subscriber.id == subscriber_id)
    rows = (await session.execute(query)).all()
    if not rows:
        return []
    subscriber_ids = list({row[0] for row in rows})
    followed = {
        (subscriber_id, kind, value)
        for subscriber_id, kind, value in await session.execute(
            select(Subscription.subscriber_id, Subscription.kind, Subscription.value)
            .where(Subscription.subscriber_id.in_(subscriber_ids), Subscription.muted.is_(False))
        )
    }
    targets: dict[int, FollowupTarget] = {}
    for subscriber_id, mode, next_at, matched in rows:
        still = any((subscriber_id, entry.get("kind"), entry.get("value")) in followed for entry in matched or ())
        known = targets.get(subscriber_id)
        targets[subscriber_id] = FollowupTarget(subscriber_id, mode, next_at, still or (known is not None and known.followed))
    return list(targets.values())


async def queue_followups(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> int:
    """Insert follow-up rows; a (campaign, chat, event) already queued is left alone. Returns how many are new."""
    if not rows:
        return 0
    statement = (insert_for(session, CampaignFollowup)
                 .on_conflict_do_nothing(index_elements=["campaign_id", "subscriber_id", "event"])
                 .returning(CampaignFollowup.id))
    inserted = 0
    for row in rows:
        inserted += len((await session.execute(statement.values(**row))).all())
    return inserted


async def next_update_number(session: AsyncSession, campaign_id: int) -> int:
    """The number of a campaign's next update event."""
    count = await session.scalar(
        select(func.count(CampaignFollowup.event.distinct()))
        .where(CampaignFollowup.campaign_id == campaign_id, CampaignFollowup.event.like("update:%"))
    )
    return (count or 0) + 1


@dataclass(frozen=True)
class ClaimedFollowup:
    """A follow-up claimed for sending, with its chat."""

    id: int
    campaign_id: int
    subscriber_id: int
    chat_id: int
    chat_type: str
    language: str | None
    status_word: str
    note: str
    attempts: int


async def recover_followups(session: AsyncSession, now: dt.datetime, lease: dt.timedelta) -> int:
    """Put follow-ups left `sending` by a process that died back in the queue."""
    result = await session.execute(
        update(CampaignFollowup)
        .where(CampaignFollowup.status == AlertStatus.SENDING, or_(CampaignFollowup.claimed_at.is_(None), CampaignFollowup.claimed_at < now - lease))
        .values(status=AlertStatus.PENDING, claimed_at=None)
    )
    return rows_changed(result)


async def claim_followups(session: AsyncSession, now: dt.datetime, limit: int) -> list[ClaimedFollowup]:
    """Claim due follow-ups of active, unpaused chats (a paused chat's wait for /resume)."""
    due: Select[Any] = (
        select(CampaignFollowup.id)
        .join(Subscriber, Subscriber.id == CampaignFollowup.subscriber_id)
        .where(CampaignFollowup.status == AlertStatus.PENDING, CampaignFollowup.due_at <= now)
        .where(Subscriber.active.is_(True), Subscriber.paused.is_(False))
        .order_by(CampaignFollowup.due_at, CampaignFollowup.id)
        .limit(limit)
    )
    if dialect_of(session) == "postgresql":
        due = due.with_for_update(of=CampaignFollowup, skip_locked=True)
    ids = list(await session.scalars(due))
    if not ids:
        return []
    await session.execute(
        update(CampaignFollowup).where(CampaignFollowup.id.in_(ids), CampaignFollowup.status == AlertStatus.PENDING)
        .values(status=AlertStatus.SENDING, claimed_at=now, attempts=CampaignFollowup.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    rows = await session.execute(
        select(CampaignFollowup.id, CampaignFollowup.campaign_id, CampaignFollowup.subscriber_id, Subscriber.chat_id,
               Subscriber.chat_type, Subscriber.language, CampaignFollowup.status_word, CampaignFollowup.note,
               CampaignFollowup.attempts)
        .join(Subscriber, Subscriber.id == CampaignFollowup.subscriber_id)
        .where(CampaignFollowup.id.in_(ids), CampaignFollowup.status == AlertStatus.SENDING)
        .order_by(CampaignFollowup.due_at, CampaignFollowup.id)
    )
    return [ClaimedFollowup(*row) for row in rows]


async def finish_followup(session: AsyncSession, followup_id: int, status: str, now: dt.datetime, error: str | None = None,
                          retry_at: dt.datetime | None = None) -> None:
    """Record a follow-up's outcome: sent, failed or skipped, or back to pending until `retry_at`."""
    values: dict[str, Any] = {"status": status, "claimed_at": None, "last_error": (error or None) and error[:2000]}
    if status == AlertStatus.SENT:
        values["sent_at"] = now
    if retry_at is not None:
        values["due_at"] = retry_at
    await session.execute(
        update(CampaignFollowup).where(CampaignFollowup.id == followup_id, CampaignFollowup.status == AlertStatus.SENDING).values(**values)
    )


async def subscriber_languages(session: AsyncSession, subscriber_ids: Sequence[int]) -> dict[int, str | None]:
    """The languages of these subscribers (None: not known)."""
    if not subscriber_ids:
        return {}
    rows = await session.execute(select(Subscriber.id, Subscriber.language).where(Subscriber.id.in_(list(subscriber_ids))))
    return {subscriber_id: language for subscriber_id, language in rows}
