"""Message layout: alerts, digests and admin reports as text and buttons (no database, no Telegram)."""
