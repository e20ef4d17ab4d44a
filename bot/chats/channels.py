"""Channels: a channel's admin links it from a private chat with the bot (the Telegram checks, that the bot and
the user are both admins there, are the handler's); from then on that private chat's settings commands act on
the channel, whose alerts and digests go to the channel, until /channel off.
"""

from __future__ import annotations

from dataclasses import replace

from bot.chats.settings import Chat, subscriber_for
from bot.services import Services
from storage import subscribers as queries
from storage.subscribers import SubscriberInfo, subscriber_info

CHANNEL = "channel"


async def link_channel(services: Services, private_chat: Chat, channel_id: int, user_id: int) -> SubscriberInfo:
    """Make the channel a subscriber (default settings when new) linked by `user_id`, and the channel that
    `private_chat` manages from now on."""
    async with services.sessions.begin() as session:
        channel = await subscriber_for(session, services.config, Chat(channel_id, CHANNEL, language=private_chat.language))
        channel = replace(channel, managed_by=user_id, active=True, inactive_reason=None)
        await queries.save_settings(session, channel)
        own = await subscriber_for(session, services.config, Chat(private_chat.chat_id, private_chat.chat_type))
        await queries.save_settings(session, replace(own, managing_chat_id=channel_id))
    return channel


async def stop_managing(services: Services, private_chat: Chat) -> SubscriberInfo | None:
    """The private chat's commands act on itself again; the channel it managed (None if none). The channel
    keeps its subscriptions and alerts."""
    async with services.sessions.begin() as session:
        channel = await queries.managed_chat_of(session, private_chat.chat_id)
        own = await queries.subscriber_by_chat(session, private_chat.chat_id)
        if own is not None:
            await queries.save_settings(session, replace(subscriber_info(own), managing_chat_id=None))
        return subscriber_info(channel) if channel is not None else None


async def managed_channel(services: Services, chat_id: int) -> SubscriberInfo | None:
    """The channel a private chat manages now, if any."""
    async with services.sessions() as session:
        channel = await queries.managed_chat_of(session, chat_id)
        return subscriber_info(channel) if channel is not None else None
