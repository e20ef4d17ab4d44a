"""Telegram's limits kept by the whole fleet of bot processes on PostgreSQL: the overall rate of each send
lane, each chat's pacing and the 429 pause.

Each process's `RateLimiter` paces its own sends; several processes together, two of them holding alerts
for the same chat, or a 429 seen by one of them, need more. Just before a message goes out the sender takes
a token of its lane's fleet-wide bucket and the chat's slot in the database (storage.fleet.take_send_slots:
one statement for every message of the lane about to go out); when the bucket is empty, another process
sent to that chat too recently, or the fleet is paused, it waits and asks again. The lanes: `free`, at
`delivery.messages_per_second`, and `paid` (allow_paid_broadcast, bot/delivery/paid.py), at
`delivery.paid_messages_per_second`. A 429 writes the fleet's pause (storage.fleet.pause_sends), which
every process meets at its next slot. With SQLite there is one process and no `FleetPacing`: the in-memory
limiter alone paces.
"""

from __future__ import annotations

from bot.config import DeliveryConfig
from bot.delivery.batch import Batcher
from bot.delivery.outcomes import in_transaction
from storage import fleet
from storage.db import Sessions, one_statement_sessions, serves_one_process
from storage.fleet import Lane, SendSlot

__all__ = ["FREE_LANE", "PAID_LANE", "FleetPacing", "fleet_pacing"]

FREE_LANE, PAID_LANE = "free", "paid"


class FleetPacing:
    """Each lane's token bucket, chat slots and the 429 pause in PostgreSQL (see the module docstring); each
    call one short transaction, waited out while the database is away."""

    def __init__(self, sessions: Sessions, messages_per_second: float, paid_messages_per_second: float = 1000.0) -> None:
        self.sessions = one_statement_sessions(sessions)  # every step here is one statement
        self._lanes = {name: self._batcher(Lane(name, rate))
                       for name, rate in ((FREE_LANE, messages_per_second), (PAID_LANE, paid_messages_per_second))}

    async def take_slot(self, chat_id: int, interval: float, paid: bool = False) -> SendSlot:
        """Take a token of the lane's bucket and `chat_id`'s send slot now, or learn how long to wait (asked
        together with the lane's other messages about to go out: one statement for them all)."""
        return await self._lanes[PAID_LANE if paid else FREE_LANE].submit((chat_id, interval))

    def _batcher(self, lane: Lane) -> Batcher[tuple[int, float], SendSlot]:
        async def take(requests: list[tuple[int, float]]) -> list[SendSlot]:
            return await in_transaction(self.sessions, "pace chats", lambda session: fleet.take_send_slots(session, requests, lane))

        return Batcher(take)

    async def pause(self, seconds: float, chat_id: int) -> None:
        """Pause the whole fleet's sends for `seconds` (Telegram answered 429)."""
        await in_transaction(self.sessions, "pause the fleet", lambda session: fleet.pause_sends(session, seconds, chat_id))


def fleet_pacing(sessions: Sessions, delivery: DeliveryConfig) -> FleetPacing | None:
    """The fleet's shared pacing on a database several processes can share; None on SQLite."""
    if serves_one_process(sessions):
        return None
    return FleetPacing(sessions, delivery.messages_per_second, delivery.paid_messages_per_second)
