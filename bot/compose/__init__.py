"""Message layout: alerts, digests and campaign follow-ups as text and buttons (pure: no database, no Telegram)."""

from bot.compose.alert import (
    MAX_MESSAGE_CHARS,
    MUTE_PREFIX,
    UNMUTE_PREFIX,
    AlertStory,
    Button,
    RenderedAlert,
    compose_alert,
    compose_latest,
    escape,
    headline,
    mute_callback,
    mute_label,
    parse_mute_callback,
    shorten,
    summarize,
    topics_from_matched,
    undo_label,
)
from bot.compose.digest import DigestItem, DigestMessage, compose_digest, digest_topic, order_items
from bot.compose.followup import MAX_NOTE_CHARS, compose_followup
from bot.matching.topics import Topic

__all__ = [
    "MAX_MESSAGE_CHARS", "MAX_NOTE_CHARS", "MUTE_PREFIX", "UNMUTE_PREFIX", "AlertStory", "Button", "DigestItem",
    "DigestMessage", "RenderedAlert", "Topic", "compose_alert", "compose_digest", "compose_followup", "compose_latest",
    "digest_topic", "escape", "headline", "mute_callback", "mute_label", "order_items", "parse_mute_callback", "shorten",
    "summarize", "topics_from_matched", "undo_label",
]
