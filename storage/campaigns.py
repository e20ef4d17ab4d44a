"""Queries for campaigns: the registry that config `[[campaigns]]` and the admin's /addcampaign fill."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Campaign, utcnow



@dataclass(frozen=True)
class CampaignValues:
    """A campaign as the config or an admin gives it (unions already resolved to directory ids)."""

    title: str
    url: str
    kind: str
    countries: list[str] = field(default_factory=list)
    unions: list[str] = field(default_factory=list)
    ends_on: dt.date | None = None


async def sync_config_campaigns(session: AsyncSession, items: Iterable[CampaignValues]) -> None:
    """Make the config's campaigns agree with the table: add or update by URL, and end config
    campaigns the config no longer lists. Campaigns added by admins are left alone."""
    wanted = {item.url: item for item in items}
    existing = {row.url: row for row in await session.scalars(select(Campaign))}
    for url, item in wanted.items():
        row = existing.get(url)
        if row is None:
            row = Campaign(url=url, origin="config", created_at=utcnow())
            session.add(row)
        elif row.origin != "config":
            continue  # an admin's campaign with the same link: theirs wins
        row.title, row.kind = item.title, item.kind
        row.countries, row.unions, row.ends_on = list(item.countries), list(item.unions), item.ends_on
        row.active = True
    for url, row in existing.items():
        if row.origin == "config" and url not in wanted and row.active:
            row.active = False
    await session.flush()


async def add_campaign(session: AsyncSession, item: CampaignValues, added_by: int | None) -> tuple[Campaign, bool]:
    """Add an admin's campaign, or update and re-activate the one with the same link; (row, created)."""
    row = await session.scalar(select(Campaign).where(Campaign.url == item.url))
    created = row is None
    if row is None:
        row = Campaign(url=item.url, created_at=utcnow())
        session.add(row)
    row.title, row.kind = item.title, item.kind
    row.countries, row.unions, row.ends_on = list(item.countries), list(item.unions), item.ends_on
    row.active, row.origin, row.added_by = True, "admin", added_by
    await session.flush()
    return row, created


async def active_campaigns(session: AsyncSession, today: dt.date | None = None) -> list[Campaign]:
    """Campaigns that are active and not past their end date, newest first."""
    today = today or utcnow().date()
    query = (
        select(Campaign)
        .where(Campaign.active.is_(True), or_(Campaign.ends_on.is_(None), Campaign.ends_on >= today))
        .order_by(Campaign.id.desc())
    )
    return list(await session.scalars(query))


async def end_campaign(session: AsyncSession, campaign_id: int) -> Campaign | None:
    """Mark a campaign ended; returns it (None when there is no such campaign)."""
    row = await session.get(Campaign, campaign_id)
    if row is not None:
        row.active = False
        await session.flush()
    return row
