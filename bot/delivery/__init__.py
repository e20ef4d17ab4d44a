"""The outbox to Telegram: the sender (the one owner of rate limits and 429s), the outbox worker, the digest
runner and campaign follow-ups, all recording outcomes through one `record_outcome`."""

from bot.delivery.digests import DigestStats, run_digests
from bot.delivery.followups import (
    CampaignUpdateError,
    UpdateResult,
    recover_followups,
    send_followups,
    update_campaign,
    why_actions,
)
from bot.delivery.outcomes import Backoff, Verdict, in_transaction, record_outcome, send_following_migration
from bot.delivery.pacing import FleetPacing, fleet_pacing
from bot.delivery.paid import PaidLane
from bot.delivery.quiet import parse_quiet_window, quiet_until
from bot.delivery.sender import RateLimiter, Sender, SendOutcome, keyboard_json
from bot.delivery.stories import StoryContext, active_campaigns, latest_on_topic, load_story_context, load_story_contexts
from bot.delivery.worker import Deliverer, DeliveryStats

__all__ = [
    "Backoff", "CampaignUpdateError", "Deliverer", "DeliveryStats", "DigestStats", "FleetPacing", "PaidLane", "RateLimiter", "SendOutcome", "Sender",
    "StoryContext", "UpdateResult", "Verdict", "active_campaigns", "fleet_pacing", "in_transaction", "keyboard_json", "latest_on_topic",
    "load_story_context", "load_story_contexts", "parse_quiet_window", "quiet_until", "record_outcome", "recover_followups", "run_digests",
    "send_followups", "send_following_migration", "update_campaign", "why_actions",
]
