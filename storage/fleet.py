"""The bot processes sharing one PostgreSQL database, through session advisory locks.

- `FleetShare`: each process holds one numbered lock (a "slot") for as long as it lives, so counting the
  held slots counts the live processes. PostgreSQL drops a dead process's locks with its connection, so
  a killed process leaves the count by itself.
- `LeaderLock`: one process at a time holds the scheduler leader's lock.
With SQLite the single process is always the leader and alone.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

__all__ = ["FleetShare", "LeaderLock", "live_processes", "release_slot", "take_slot"]

logger = logging.getLogger(__name__)

LEADER_LOCK_KEY = 0x50_4C_44_52  # an arbitrary constant: the scheduler leader's advisory lock
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


class LeaderLock:
    """One scheduler leader among bot processes sharing a PostgreSQL database (a session advisory lock
    held on a dedicated connection); with SQLite the single process is always the leader."""

    def __init__(self, engine: AsyncEngine | None) -> None:
        self.engine = engine
        self._connection: AsyncConnection | None = None

    async def is_leader(self) -> bool:
        """Whether this process leads: it holds the lock already (its connection still answers) or takes it now."""
        if self.engine is None or self.engine.dialect.name != "postgresql":
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                await self._connection.commit()
                return True
            except Exception:  # noqa: BLE001 - the connection died, and the lock with it
                logger.warning("lost the scheduler leader lock's connection")
                await self._drop(unlock=False)
        connection = await self.engine.connect()
        try:
            got = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LEADER_LOCK_KEY})
            await connection.commit()
        except Exception:
            await connection.close()
            raise
        if got:
            logger.info("this process is the scheduler leader")
            self._connection = connection
            return True
        await connection.close()
        return False

    async def release(self) -> None:
        """Give up leadership (another process takes over on its next job run)."""
        await self._drop(unlock=True)

    async def _drop(self, *, unlock: bool) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            if unlock:
                await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LEADER_LOCK_KEY})
                await connection.commit()
                await connection.close()
            else:
                await connection.invalidate()  # never back to the pool with a lock it may still hold
                await connection.close()
        except Exception:  # noqa: BLE001 - a dead connection has released its lock anyway
            logger.debug("closing the leader lock's connection failed", exc_info=True)


class FleetShare:
    """How many bot processes share the database, this one counted: on PostgreSQL each holds a slot
    lock on a dedicated connection (the scheduler divides Telegram's overall limit by the count, so that
    a `run` and its workers together keep it); with SQLite the one process is alone."""

    def __init__(self, engine: AsyncEngine | None) -> None:
        self.engine = engine
        self._connection: AsyncConnection | None = None
        self._slot: int | None = None

    async def processes(self) -> int:
        """How many bot processes share the database (this one included)."""
        if self.engine is None or self.engine.dialect.name != "postgresql":
            return 1
        if self._connection is None:
            connection = await self.engine.connect()
            try:
                self._slot = await take_slot(connection)
            except Exception:
                await connection.close()
                raise
            self._connection = connection
        try:
            return max(1, await live_processes(self._connection))
        except Exception:
            await self.release()  # a broken connection: take a slot again on the next run
            raise

    async def release(self) -> None:
        """Give the slot back and close its connection (a process that stops leaves the count at once)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            if self._slot is not None:
                await release_slot(connection, self._slot)
            await connection.close()
        except Exception:  # noqa: BLE001 - a dead connection has released its lock anyway
            await connection.invalidate()
            logger.debug("releasing the fleet slot failed", exc_info=True)
