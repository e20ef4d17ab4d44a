"""Stories to the outbox: tag new clusters and queue one alert per matching subscriber."""

from bot.routing.route import RoutingSummary, alert_rows, process_new_clusters, route_cluster, tag_cluster

__all__ = ["RoutingSummary", "alert_rows", "process_new_clusters", "route_cluster", "tag_cluster"]
