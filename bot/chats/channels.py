"""Channels: a channel's admin links it from a private chat with the bot (the Telegram checks, that the bot and
the user are both admins there, are the handler's); from then on that private chat's settings commands act on
the channel, whose alerts and digests go to the channel, until /channel off.
"""

from __future__ import annotations

from bot.chats.settings import Chat, subscriber_for
from bot.services import Services
from storage import subscribers as queries
from storage.models import Subscriber

CHANNEL = "channel"


async def link_channel(services: Services, private_chat: Chat, channel_id: int, user_id: int) -> Subscriber:
    """Make the channel a subscriber (default settings when new) linked by `user_id`, and the channel that
    `private_chat` manages from now on."""
    async with services.sessions.begin() as session:
        channel = await subscriber_for(session, services.config, Chat(channel_id, CHANNEL, language=private_chat.language))
        channel.managed_by, channel.active, channel.inactive_reason = user_id, True, None
        own = await subscriber_for(session, services.config, Chat(private_chat.chat_id, private_chat.chat_type))
        own.managing_chat_id = channel_id
    return channel


async def stop_managing(services: Services, private_chat: Chat) -> Subscriber | None:
    """The private chat's commands act on itself again; the channel it managed (None if none). The channel
    keeps its subscriptions and alerts."""
    async with services.sessions.begin() as session:
        channel = await queries.managed_chat_of(session, private_chat.chat_id)
        own = await queries.subscriber_by_chat(session, private_chat.chat_id)
        if own is not None:
            own.managing_chat_id = None
    return channel


async def managed_channel(services: Services, chat_id: int) -> Subscriber | None:
    """The channel a private chat manages now, if any."""
    async with services.sessions() as session:
        return await queries.managed_chat_of(session, chat_id)
