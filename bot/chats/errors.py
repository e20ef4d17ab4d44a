"""The one error type the chat shows to people as it is."""

from __future__ import annotations


class UsageError(ValueError):
    """What someone typed or tapped cannot be used; the message (plain text) says what to do instead."""
