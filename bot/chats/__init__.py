"""What chats set, as services the handlers call (each returns plain dataclasses or raises UsageError):

- subscriptions, mute: what /subscribe text means, following, unfollowing, /list, /why, /stop; the Mute button
- settings, timezones: delivery mode, digest time, time zone, pause, quiet hours, silent alerts
- language: which language a chat is answered and alerted in, and what /language accepts
- channels: a channel managed from a private chat
- campaigns: campaign actions a story carries, and the admins' campaign registry
- admin, opml, discovered: feeds, the union directory and discovered unions, /stats, OPML import and export
- suggestions: /sources and /suggest
- regions, numbers, errors: the country menu's regions, numbers typed in the chat, the UsageError people see

The modules are the public surface (imported as `from bot.chats import subscriptions`): importing them here
would tie this package to bot/compose, which imports bot/chats/campaigns.
"""

__all__ = [
    "admin", "campaigns", "channels", "discovered", "errors", "language", "mute", "numbers", "opml", "regions",
    "settings", "subscriptions", "suggestions", "timezones",
]
