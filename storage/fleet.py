"""The bot processes sharing one PostgreSQL database, through session advisory locks.

- `FleetShare`: each process holds one numbered lock (a "slot") for as long as it lives, so counting the
  held slots counts the live processes. PostgreSQL drops a dead process's locks with its connection, so
  a killed process leaves the count by itself.
- `LeaderLock`: one process at a time holds the scheduler leader's lock.
- `take_send_slots` / `pause_sends`: the lane's overall rate as a token bucket (`send_buckets`), each chat's
  next send time and the fleet's pause after a 429 (rows of `chat_pacing`), claimed atomically (upserts
  that only succeed once there is a token and the chat's time has come), timed by the database's clock so
  that processes on different machines agree; `prune_pacing` forgets chats whose time passed long ago.
With SQLite the single process is always the leader and alone, and paces in memory.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.db import rows_changed

__all__ = ["FLEET_PAUSE_CHAT", "RACE_WAIT", "FleetShare", "Lane", "LeaderLock", "SendSlot", "live_processes", "pause_sends",
           "prune_pacing", "release_slot", "take_send_slots", "take_slot"]

logger = logging.getLogger(__name__)

LEADER_LOCK_KEY = 0x50_4C_44_52  # an arbitrary constant: the scheduler leader's advisory lock
SLOT_CLASS = 0x534C_4F54  # an arbitrary constant, the first key of every slot lock (two-key form)
MAX_SLOTS = 256
FLEET_PAUSE_CHAT = 0  # the chat_pacing row holding the fleet's pause (no Telegram chat has id 0)
RACE_WAIT = 0.02  # seconds before asking again when another process took the chat's slot in the same instant
BURST_SECONDS = 0.1  # a lane's bucket holds this many seconds of its rate (at least one token)
PACING_KEPT = 3600.0  # seconds a chat_pacing row is kept after its time passed (longer than any 429 pause)

# Take each requested chat's slot unless the fleet is paused, the lane's token bucket is empty or the chat's
# time has not come. The bucket (`send_buckets`, one row a lane) refills at the lane's rate up to `burst`
# tokens; its upsert locks the row, so the fleet's takes run one at a time and never grant more than the
# rate allows, whichever process asks (an idle process waking has no share of its own to overshoot with).
# Requests are granted in the order asked, up to the tokens there are; a granted request whose chat is not
# due yet spends its token (the fleet then sends a little under the rate, never over). The chat upsert's
# WHERE is checked again on the newest row version after any concurrent writer commits, so two processes
# never both take a chat; rows are written in chat order. The last SELECT reads the snapshot from before
# the upserts: for a slot not taken, how long the pause, the bucket or the chat's spacing still runs.
TAKE_SEND_SLOTS = text("""
WITH request AS (
    SELECT * FROM unnest(CAST(:chat_ids AS bigint[]), CAST(:intervals AS double precision[])) WITH ORDINALITY
        AS r(chat_id, seconds, position)
), paused AS (
    SELECT 1 FROM chat_pacing WHERE chat_id = :pause_chat AND next_send_at > clock_timestamp()
), wanted AS (
    SELECT CASE WHEN EXISTS (SELECT 1 FROM paused) THEN 0 ELSE (SELECT count(*) FROM request) END AS n
), bucket AS (
    INSERT INTO send_buckets (name, tokens, granted, updated_at)
    SELECT :bucket, :burst - LEAST(n, floor(CAST(:burst AS double precision))), LEAST(n, floor(CAST(:burst AS double precision))),
           clock_timestamp()
    FROM wanted
    ON CONFLICT (name) DO UPDATE SET
        granted = LEAST((SELECT n FROM wanted), floor(LEAST(CAST(:burst AS double precision), send_buckets.tokens
            + CAST(:rate AS double precision) * GREATEST(0, extract(epoch FROM clock_timestamp() - send_buckets.updated_at))))),
        tokens = LEAST(CAST(:burst AS double precision), send_buckets.tokens
            + CAST(:rate AS double precision) * GREATEST(0, extract(epoch FROM clock_timestamp() - send_buckets.updated_at)))
            - LEAST((SELECT n FROM wanted), floor(LEAST(CAST(:burst AS double precision), send_buckets.tokens
            + CAST(:rate AS double precision) * GREATEST(0, extract(epoch FROM clock_timestamp() - send_buckets.updated_at))))),
        updated_at = clock_timestamp()
    RETURNING granted, tokens
), taken AS (
    INSERT INTO chat_pacing (chat_id, next_send_at)
    SELECT chat_id, clock_timestamp() + make_interval(secs => seconds) FROM request
    WHERE position <= (SELECT granted FROM bucket)
    ORDER BY chat_id
    ON CONFLICT (chat_id) DO UPDATE SET next_send_at = EXCLUDED.next_send_at
        WHERE chat_pacing.next_send_at <= clock_timestamp()
    RETURNING chat_id
)
SELECT request.chat_id,
       request.chat_id IN (SELECT chat_id FROM taken),
       EXISTS (SELECT 1 FROM paused),
       CASE WHEN NOT EXISTS (SELECT 1 FROM paused) AND request.position > (SELECT granted FROM bucket)
            THEN (1 - (SELECT tokens FROM bucket)) / CAST(:rate AS double precision)
            ELSE extract(epoch FROM GREATEST((SELECT next_send_at FROM chat_pacing WHERE chat_id = :pause_chat),
                                             pacing.next_send_at) - clock_timestamp()) END
FROM request LEFT JOIN chat_pacing AS pacing ON pacing.chat_id = request.chat_id
""")

# Forget the chats whose spacing ran out long ago (and a pause long over): a chat's row only matters until
# its next send time, and the table would otherwise keep one row for every chat ever sent to.
PRUNE_PACING = text("DELETE FROM chat_pacing WHERE next_send_at < clock_timestamp() - make_interval(secs => :keep)")

PAUSE_SENDS = text("""
INSERT INTO chat_pacing (chat_id, next_send_at)
VALUES (:pause_chat, clock_timestamp() + make_interval(secs => CAST(:seconds AS double precision))),
       (CAST(:chat_id AS bigint), clock_timestamp() + make_interval(secs => CAST(:seconds AS double precision)))
ON CONFLICT (chat_id) DO UPDATE SET next_send_at = GREATEST(chat_pacing.next_send_at, EXCLUDED.next_send_at)
""")


@dataclass(frozen=True)
class SendSlot:
    """The answer to asking for a chat's send slot: taken, or seconds to wait (and whether the whole fleet
    is paused after a 429, rather than just this chat spaced)."""

    taken: bool
    wait: float = 0.0
    fleet_paused: bool = False


@dataclass(frozen=True)
class Lane:
    """A send lane's fleet-wide token bucket: its row in `send_buckets`, its rate (messages a second) and how
    many tokens it holds at most (the burst an idle fleet may send at once)."""

    name: str
    rate: float

    @property
    def burst(self) -> float:
        return max(1.0, self.rate * BURST_SECONDS)


async def take_send_slots(session: AsyncSession, requests: Sequence[tuple[int, float]], lane: Lane) -> list[SendSlot]:
    """For each (chat id, interval): take the right to send to that chat now, its next message not before
    `interval` seconds from now (PostgreSQL only), in one statement, one token of `lane`'s bucket each. Not
    taken while the fleet is paused, the bucket is empty or the chat's previous slot is too recent; a chat
    asked for twice is taken at most once (the repeat is told to ask again)."""
    firsts: dict[int, float] = {}
    for chat_id, interval in requests:
        firsts.setdefault(chat_id, interval)
    if not firsts:
        return []
    rows = await session.execute(TAKE_SEND_SLOTS, {
        "chat_ids": list(firsts), "intervals": list(firsts.values()), "pause_chat": FLEET_PAUSE_CHAT,
        "bucket": lane.name, "rate": lane.rate, "burst": lane.burst})
    answers = {chat_id: SendSlot(True) if taken else SendSlot(False, max(RACE_WAIT, float(wait or 0.0)), bool(paused))
               for chat_id, taken, paused, wait in rows}
    slots = []
    for chat_id, _ in requests:
        slot = answers.pop(chat_id, None)
        slots.append(slot if slot is not None else SendSlot(False, RACE_WAIT))
    return slots


async def pause_sends(session: AsyncSession, seconds: float, chat_id: int) -> None:
    """Pause every process's sends, and this chat's for good measure, for `seconds` (Telegram answered 429)."""
    await session.execute(PAUSE_SENDS, {"chat_id": chat_id, "seconds": seconds, "pause_chat": FLEET_PAUSE_CHAT})


async def prune_pacing(session: AsyncSession, keep: float = PACING_KEPT) -> int:
    """Delete the chat_pacing rows whose time passed more than `keep` seconds ago; how many."""
    return rows_changed(await session.execute(PRUNE_PACING, {"keep": keep}))


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
    """How many bot processes share Telegram's overall limit, this one counted: on PostgreSQL each process
    with messages to send holds a slot lock on a dedicated connection (the scheduler divides the limit by
    the count, so that a `run` and its workers together keep it); an idle process gives its slot back, so
    it holds no share it does not use. With SQLite the one process is alone."""

    def __init__(self, engine: AsyncEngine | None) -> None:
        self.engine = engine
        self._connection: AsyncConnection | None = None
        self._slot: int | None = None
        self._lock = asyncio.Lock()  # the slot's connection is used by one call at a time (a count, a release)

    async def processes(self, busy: bool = True) -> int:
        """How many busy processes share the limit, this one included (busy: it holds a slot; idle: it holds
        none, and counts itself among them as the process it will be once it has messages again)."""
        if self.engine is None or self.engine.dialect.name != "postgresql":
            return 1
        async with self._lock:
            return await self._processes(self.engine, busy)

    async def _processes(self, engine: AsyncEngine, busy: bool) -> int:
        if not busy:
            await self._release()
            async with engine.connect() as connection:
                return await live_processes(connection) + 1
        if self._connection is None:
            connection = await engine.connect()
            try:
                self._slot = await take_slot(connection)
            except Exception:
                await connection.close()
                raise
            self._connection = connection
        try:
            return max(1, await live_processes(self._connection))
        except Exception:
            await self._release()  # a broken connection: take a slot again on the next run
            raise

    async def release(self) -> None:
        """Give the slot back and close its connection (a process that stops or goes idle leaves the count at once)."""
        async with self._lock:
            await self._release()

    async def _release(self) -> None:
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
