"""What chats set: subscriptions, settings, time zones, campaigns, admin services, OPML."""
