"""The Mute button under an alert: mute (or, from its Undo, unmute) the topic the alert came from, in that chat.

Each match stored on an alert carries the id of the subscription it came from, so the subscription is read
directly (alerts stored before that are read by their topic in the alert's forum topic)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.matching.topics import Topic
from bot.services import Services
from storage import subscribers as queries


@dataclass(frozen=True)
class MuteResult:
    """What pressing Mute (or Undo) did: `status` is muted | unmuted | gone | expired; the topic it was about
    (None when the alert or its match is unknown)."""

    status: str
    topic: Topic | None = None


async def set_muted(services: Services, alert_id: int, index: int, chat_id: int, muted: bool) -> MuteResult:
    """Mute (or unmute) the subscription an alert's `index`-th match came from, for this chat only."""
    async with services.sessions.begin() as session:
        change = await queries.mute_from_alert(session, alert_id, index, chat_id, muted)
    if change.status == "expired":
        return MuteResult("expired")
    return MuteResult(change.status, Topic(change.kind, change.value, change.label))
