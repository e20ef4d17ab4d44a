"""The Mute button under an alert: mute (or, from its Undo, unmute) the topic the alert came from, in that chat."""

from __future__ import annotations

from dataclasses import dataclass

from bot.compose.alert import Topic, topics_from_matched
from storage import outbox
from storage.db import Sessions


@dataclass(frozen=True)
class MuteResult:
    """What pressing Mute (or Undo) did: `status` is muted | unmuted | gone | expired."""

    status: str
    topic: Topic | None = None


async def set_muted(sessions: Sessions, alert_id: int, index: int, chat_id: int, muted: bool) -> MuteResult:
    """Mute (or unmute) the subscription an alert's `index`-th match came from, for this chat only."""
    async with sessions.begin() as session:
        change = await outbox.mute_from_alert(session, alert_id, index, chat_id, muted)
    if change.matched is None:
        return MuteResult("expired")
    topics = topics_from_matched(change.matched)
    topic = topics[index] if 0 <= index < len(topics) else None
    found = change.subscription
    if found is None:
        return MuteResult("gone", topic)
    label = found.label or (topic.label if topic else found.value)
    return MuteResult("muted" if muted else "unmuted", Topic(found.kind, found.value, label))
