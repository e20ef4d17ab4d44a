"""The Telegram Stars spent on paid broadcasts (allow_paid_broadcast), counted in tenths of a Star in one row
shared by every bot process, so that the configured budget holds for the whole fleet.

A message is paid for before it goes out (`reserve`: one statement for every message about to go out,
granted only what the budget still holds, under the row's lock) and given back if it did not go out
(`refund`); a process killed between the two leaves its reservation spent, so the count errs on the side
of the budget. `tell_once` answers True to exactly one caller per budget: the process that tells the admins
the budget is spent.
"""

from __future__ import annotations

from sqlalchemy import case, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import insert_for
from storage.models import PaidBroadcastSpend

__all__ = ["refund", "reserve", "tell_once", "tenths_spent"]

ROW = 1  # the one row of paid_broadcast_spend


async def _ensure_row(session: AsyncSession) -> None:
    await session.execute(insert_for(session, PaidBroadcastSpend).values(id=ROW, tenths_spent=0, granted=0).on_conflict_do_nothing())


async def reserve(session: AsyncSession, wanted: int, budget_tenths: int) -> int:
    """Spend up to `wanted` tenths of a Star without going over `budget_tenths` in all; how many were granted."""
    if wanted <= 0:
        return 0
    await _ensure_row(session)
    left = budget_tenths - PaidBroadcastSpend.tenths_spent
    grant = case((left <= 0, literal(0)), (left < wanted, left), else_=literal(wanted))
    granted = await session.scalar(
        update(PaidBroadcastSpend).where(PaidBroadcastSpend.id == ROW)
        .values(granted=grant, tenths_spent=PaidBroadcastSpend.tenths_spent + grant)
        .returning(PaidBroadcastSpend.granted)
    )
    return int(granted or 0)


async def refund(session: AsyncSession, tenths: int) -> None:
    """Give back `tenths` reserved for messages that did not go out."""
    if tenths > 0:
        remaining = PaidBroadcastSpend.tenths_spent - tenths
        await session.execute(
            update(PaidBroadcastSpend).where(PaidBroadcastSpend.id == ROW)
            .values(tenths_spent=case((remaining < 0, literal(0)), else_=remaining))
        )


async def tenths_spent(session: AsyncSession) -> int:
    """Tenths of a Star spent so far."""
    return int(await session.scalar(select(PaidBroadcastSpend.tenths_spent).where(PaidBroadcastSpend.id == ROW)) or 0)


async def tell_once(session: AsyncSession, budget_tenths: int) -> bool:
    """True for the one caller that first reports this budget spent (a new budget is reported again)."""
    await _ensure_row(session)
    told = await session.scalar(
        update(PaidBroadcastSpend)
        .where(PaidBroadcastSpend.id == ROW, PaidBroadcastSpend.told_budget.is_distinct_from(budget_tenths))
        .values(told_budget=budget_tenths)
        .returning(PaidBroadcastSpend.id)
    )
    return told is not None
