"""The bot processes sharing one PostgreSQL database: each holds one numbered session advisory lock (a
"slot") for as long as it lives, so counting the held slots counts the live processes. PostgreSQL drops
a dead process's locks with its connection, so a killed process leaves the count by itself."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

SLOT_CLASS = 0x534C_4F54  # an arbitrary constant, the first key of every slot lock (two-key form)
MAX_SLOTS = 256


async def take_slot(connection: AsyncConnection) -> int | None:
    """Take the first free slot on `connection` (held until it closes or `release_slot`); None when all are taken."""
    for slot in range(MAX_SLOTS):
        if await connection.scalar(text("SELECT pg_try_advisory_lock(:cls, :slot)"), {"cls": SLOT_CLASS, "slot": slot}):
            await connection.commit()
            return slot
    await connection.commit()
    return None


async def release_slot(connection: AsyncConnection, slot: int) -> None:
    """Give the slot back."""
    await connection.execute(text("SELECT pg_advisory_unlock(:cls, :slot)"), {"cls": SLOT_CLASS, "slot": slot})
    await connection.commit()


async def live_processes(connection: AsyncConnection) -> int:
    """How many slots are held: the number of live bot processes on this database."""
    count = await connection.scalar(text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 "
        "AND classid = CAST(:cls AS oid) AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    ), {"cls": SLOT_CLASS})
    await connection.commit()
    return int(count or 0)
