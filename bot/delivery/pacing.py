"""Telegram's per-chat limits and its 429 pause kept by the whole fleet of bot processes on PostgreSQL.

Each process's `RateLimiter` paces its own sends; two processes holding alerts for the same chat, or a 429
seen by one of them, need more. Just before a message goes out the sender takes the chat's slot in the
database (storage.fleet.take_send_slots: one statement for every message about to go out); when another process sent to that chat too
recently, or the fleet is paused, it waits and asks again. A 429 writes the fleet's pause
(storage.fleet.pause_sends), which every process meets at its next slot. With SQLite there is one process
and no `FleetPacing`: the in-memory limiter alone paces.
"""

from __future__ import annotations

from bot.delivery.batch import Batcher
from bot.delivery.outcomes import in_transaction
from storage import fleet
from storage.db import Sessions, serves_one_process
from storage.fleet import SendSlot

__all__ = ["FleetPacing", "fleet_pacing"]


class FleetPacing:
    """Chat slots and the 429 pause in PostgreSQL (see the module docstring); each call one short
    transaction, waited out while the database is away."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._slots: Batcher[tuple[int, float], SendSlot] = Batcher(self._take_slots)

    async def take_slot(self, chat_id: int, interval: float) -> SendSlot:
        """Take `chat_id`'s send slot now, or learn how long to wait (asked together with the other
        messages about to go out: one statement for them all)."""
        return await self._slots.submit((chat_id, interval))

    async def _take_slots(self, requests: list[tuple[int, float]]) -> list[SendSlot]:
        return await in_transaction(self.sessions, "pace chats", lambda session: fleet.take_send_slots(session, requests))

    async def pause(self, seconds: float, chat_id: int) -> None:
        """Pause the whole fleet's sends for `seconds` (Telegram answered 429)."""
        await in_transaction(self.sessions, "pause the fleet", lambda session: fleet.pause_sends(session, seconds, chat_id))


def fleet_pacing(sessions: Sessions) -> FleetPacing | None:
    """The fleet's shared pacing on a database several processes can share; None on SQLite."""
    return None if serves_one_process(sessions) else FleetPacing(sessions)
