"""Telegram handlers: each parses an update, calls a bot/chats service and replies; none touches the database.

- start: /start, /help and the table of commands (registration, command menus, /help)
- subscriptions, settings, quiet, language, channels, sources: what everyone can do
- admin, campaigns: the bot's admins' commands
- alerts: the Mute / Undo button under an alert
- common: replies within Telegram's limits, guards, escaping, pagination

Only the application wiring (bot/app.py) imports this package.
"""

__all__ = [
    "admin", "alerts", "campaigns", "channels", "common", "language", "quiet", "settings", "sources", "start", "subscriptions",
]
