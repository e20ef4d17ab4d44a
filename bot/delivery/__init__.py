"""The outbox to Telegram: the sender, the outbox worker and the digest runner."""
