"""Campaign life after the alert: won, closed and update follow-ups, and what the alerts carried.

When an admin marks a campaign won or closed, or posts an update (`/campaignupdate`), every chat that
got an alert carrying the campaign gets one short follow-up: rows in the follow-up outbox
(`campaign_followups`), unique per campaign, chat and event, so a chat hears of a campaign's end once
and of each update once, however often the admin repeats it. A chat whose alerts came from topics it
has since muted or unfollowed hears nothing; a digest chat hears at its next digest time; a paused chat
when it resumes. Rows are claimed, sent and marked like the alert outbox, so a restart re-queues the
ones in flight and sends the rest.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.chats.campaigns import CLOSED, ENDING_KEY, OPEN, UPDATED, WON, Action, CampaignInfo, campaign_info
from bot.compose.followup import MAX_NOTE_CHARS, compose_followup
from bot.delivery.outcomes import Verdict, record_outcome, send_following_migration
from bot.delivery.sender import Sender
from bot.i18n import _, using_language
from storage import campaigns as queries
from storage.db import Session, Sessions
from storage.models import utcnow
from storage.outbox import AlertStatus

logger = logging.getLogger(__name__)

FOLLOWUP_BATCH = 100
FOLLOWUP_LEASE = dt.timedelta(minutes=2)
MAX_FOLLOWUP_ATTEMPTS = 8
STATUS_WORDS = {"won": WON, "win": WON, "closed": CLOSED, "close": CLOSED, "ended": CLOSED, "open": OPEN, "reopen": OPEN}


class CampaignUpdateError(ValueError):
    """The update cannot be made; the message says why and what to type."""


@dataclass(frozen=True)
class UpdateResult:
    """What /campaignupdate did: the campaign, its status now, and how many chats will be told."""

    campaign: CampaignInfo
    status: str
    queued: int
    already_told: int
    skipped_muted: int


async def update_campaign(
    sessions: Sessions, campaign_id: int, status: str, note: str, now: dt.datetime | None = None
) -> UpdateResult:
    """Mark a campaign won, closed or open again, or post an update (status `updated`), and queue the
    follow-ups for the chats that got an alert carrying it (none for re-opening)."""
    now = now or utcnow()
    note = " ".join(note.split())
    if len(note) > MAX_NOTE_CHARS:
        raise CampaignUpdateError(_("The note is {length} characters long; keep it to {most}.").format(
            length=len(note), most=MAX_NOTE_CHARS))
    if status == UPDATED and not note:
        raise CampaignUpdateError(_('An update needs its text: /campaignupdate 2 "The company agreed to talks."'))
    async with sessions.begin() as session:
        row = await queries.get_campaign(session, campaign_id)
        if row is None or not row.active:
            raise CampaignUpdateError(_("There is no campaign number {number}. /campaigns lists them.").format(
                number=campaign_id))
        if status in (WON, CLOSED) and row.status in (WON, CLOSED):
            raise CampaignUpdateError((_("“{title}” is already marked won; its chats were told once.") if row.status == WON
                                       else _("“{title}” is already marked closed; its chats were told once.")
                                       ).format(title=row.title))
        if status == OPEN and row.status == OPEN:
            raise CampaignUpdateError(_("“{title}” is already open.").format(title=row.title))
        if status == UPDATED and row.status in (WON, CLOSED):
            raise CampaignUpdateError((_("“{title}” is won; reopen it first with /campaignupdate {number} open.")
                                       if row.status == WON else
                                       _("“{title}” is closed; reopen it first with /campaignupdate {number} open.")
                                       ).format(title=row.title, number=campaign_id))
        event = ENDING_KEY if status in (WON, CLOSED) else f"update:{await queries.next_update_number(session, campaign_id)}"
        row = await queries.set_status(session, campaign_id, status, note or None, now)
        assert row is not None
        queued = already = muted = 0
        if status != OPEN:
            targets = await queries.followup_targets(session, campaign_id)
            rows = []
            for target in targets:
                if not target.followed:
                    muted += 1
                    continue
                due = now if target.delivery_mode == "now" or target.next_digest_at is None else max(now, target.next_digest_at)
                rows.append({"campaign_id": campaign_id, "subscriber_id": target.subscriber_id, "event": event,
                             "status_word": status, "note": note, "status": AlertStatus.PENDING, "due_at": due,
                             "attempts": 0, "created_at": now})
            queued = await queries.queue_followups(session, rows)
            already = len(rows) - queued
        info = campaign_info(row)
    return UpdateResult(info, status, queued, already, muted)


@dataclass(frozen=True)
class FollowupEntry:
    """A claimed follow-up as recording sees it."""

    followup: queries.ClaimedFollowup
    message_thread_id: int = 0

    @property
    def subscriber_id(self) -> int:
        return self.followup.subscriber_id

    @property
    def attempts(self) -> int:
        return self.followup.attempts

    async def sent(self, session: Session, message_id: int | None, now: dt.datetime) -> None:
        await queries.finish_followup(session, self.followup.id, AlertStatus.SENT, now)

    async def retry(self, session: Session, due: dt.datetime, error: str) -> None:
        await queries.finish_followup(session, self.followup.id, AlertStatus.PENDING, utcnow(), error, retry_at=due)

    async def give_up(self, session: Session, error: str, status: AlertStatus) -> None:
        await queries.finish_followup(session, self.followup.id, status, utcnow(), error)


@dataclass
class FollowupStats:
    """What one follow-up run did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0


async def recover_followups(sessions: Sessions, lease: dt.timedelta = FOLLOWUP_LEASE) -> int:
    """Re-queue follow-ups a killed process left in flight."""
    async with sessions.begin() as session:
        return await queries.recover_followups(session, utcnow(), lease)


async def send_followups(
    sessions: Sessions, sender: Sender, public_url: str | None = None, now: dt.datetime | None = None
) -> FollowupStats:
    """Send every due follow-up (each once: claimed, sent, marked), batch by batch."""
    stats = FollowupStats()
    async with sessions.begin() as session:
        await queries.recover_followups(session, now or utcnow(), FOLLOWUP_LEASE)
    while True:
        moment = now or utcnow()
        async with sessions.begin() as session:
            claimed = await queries.claim_followups(session, moment, FOLLOWUP_BATCH)
            campaigns = {item.campaign_id: campaign_info(row) for item in claimed
                         if (row := await queries.get_campaign(session, item.campaign_id)) is not None}
        if not claimed:
            return stats
        for item in claimed:
            await _send_one(sessions, sender, item, campaigns.get(item.campaign_id), public_url, stats)
        if len(claimed) < FOLLOWUP_BATCH:
            return stats


async def _send_one(sessions: Sessions, sender: Sender, item: queries.ClaimedFollowup,
                    campaign: CampaignInfo | None, public_url: str | None, stats: FollowupStats) -> None:
    now = utcnow()
    if campaign is None:
        async with sessions.begin() as session:
            await queries.finish_followup(session, item.id, AlertStatus.SKIPPED, now, "the campaign is gone")
        stats.skipped += 1
        return
    async with sessions() as session:
        target = await queries.followup_targets(session, item.campaign_id, item.subscriber_id)
    if not any(found.followed for found in target):  # muted or unfollowed while it waited (digest time, /pause)
        async with sessions.begin() as session:
            await queries.finish_followup(session, item.id, AlertStatus.SKIPPED, now, "the chat muted or unfollowed the topic")
        stats.skipped += 1
        return
    with using_language(item.language):
        message = compose_followup(campaign, item.status_word, item.note, item.language, public_url)
    entry = FollowupEntry(item)
    outcome, _ = await send_following_migration(sessions, sender, entry, item.chat_id, item.chat_type, message)
    verdict = await record_outcome(sessions, entry, outcome, now, what=f"follow-up {item.id}", max_attempts=MAX_FOLLOWUP_ATTEMPTS)
    if verdict == Verdict.SENT:
        stats.sent += 1
    elif verdict == Verdict.RETRIED:
        stats.retried += 1
    elif verdict == Verdict.FAILED:
        stats.failed += 1
    else:
        stats.skipped += 1


# --- what alerts carried ---


async def why_actions(sessions: Sessions, alert_ids: Sequence[int]) -> dict[int, str]:
    """For /why: a line per alert saying what its action button was and why it was there."""
    async with sessions() as session:
        found = await queries.carried_actions(session, alert_ids)
    lines = {}
    for alert_id, (action, title) in found.items():
        label = Action(action.kind, action.url).label
        what = f"“{title}”" if title else action.url
        reason = action.reason or _("chosen for this story")
        lines[alert_id] = f"{label}: {what} — {reason}"
    return lines
