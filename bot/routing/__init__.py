"""Stories to the outbox: tag new clusters and queue one alert per matching subscriber."""
