"""Scheduled work, on python-telegram-bot's JobQueue (APScheduler underneath).

`register_jobs(application)` adds:
- start-up (once): config feeds, corpus paths and campaigns synced into the database;
- feeds (every 30 s): poll the feeds that are due — each feed's own interval with jitter, its TTL and
  its failure backoff are already in `Source.next_poll_at` (bot/ingest/pipeline.py) — then tag and route the
  new stories at once, and start delivery;
- corpus (on `corpus.interval`): rescan the corpus paths (only changed files are read), tag, route;
- fleet (every 2 s): this process's share of the overall send limit (the limit / processes with alerts to send;
  on PostgreSQL the fleet's token bucket holds the limit itself, bot/delivery/pacing.py); a process whose
  delivery run ends gives its share back at once;
- prune (every 10 min, leader): forget the chats whose fleet pacing ran out an hour ago;
- delivery (every 2 s): drain the outbox (bot/delivery/worker.py); a run in progress is not started twice;
- digests (every minute, on the minute): send the digests that are due (bot/delivery/digests.py);
- campaign follow-ups (every 5 s): send the won / closed / update follow-ups that are due (bot/delivery/followups.py);
- feed health (every minute): tell every admin, once per failure streak, about a feed that failed
  `FAILURE_REPORT_THRESHOLD` times in a row.
With PostgreSQL several bot processes may run: all of them deliver (rows are claimed with SKIP
LOCKED), but only the one holding the scheduler advisory lock polls, routes and sends digests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from bot import metrics
from bot.chats.campaigns import sync_config_campaigns
from bot.chats.language import chat_language
from bot.compose.alert import RenderedAlert, escape
from bot.config import Config, DeliveryConfig
from bot.delivery.digests import run_digests
from bot.delivery.followups import recover_followups, send_followups
from bot.delivery.outcomes import in_transaction
from bot.delivery.pacing import fleet_pacing
from bot.delivery.paid import PaidLane
from bot.delivery.sender import SENT, RateLimiter, Sender
from bot.delivery.transport import delivery_bot
from bot.delivery.worker import MAX_IN_FLIGHT, Deliverer, DeliveryStats
from bot.i18n import _, ngettext, using_language
from bot.ingest.pipeline import IngestSummary, ingest_sources, source_label, sync_sources
from bot.routing.route import RoutingSummary, process_new_clusters
from bot.services import SERVICES_KEY, Services
from storage import feed_health
from storage import fleet as fleet_queries
from storage import sources as source_queries
from storage.db import Sessions, database_unreachable, engine_of, serves_one_process
from storage.fleet import FleetShare, LeaderLock
from storage.models import Source, utcnow

if TYPE_CHECKING:
    from telegram import Bot

    from bot.services import BotApplication, BotContext

logger = logging.getLogger(__name__)

SCHEDULER_KEY = "scheduler"
FEED_POLL_SECONDS = 30
DELIVERY_SECONDS = 2
FLEET_SECONDS = 2  # how often a process re-reads how many processes share the send limit
FLEET_HEADROOM = 1.1  # a process asks for this times its share; the fleet's token bucket holds the limit itself
PRUNE_SECONDS = 600  # how often the leader forgets chats whose fleet pacing ran out long ago
DIGEST_SECONDS = 60
FOLLOWUP_SECONDS = 5
HEALTH_SECONDS = 60
# Seconds after start-up before each job's first run (start-up itself runs at once).
FIRST_RUN = {"feeds": 3.0, "corpus": 2.0, "delivery": 1.0, "feed-health": 20.0, "followups": 4.0}
FAILURE_REPORT_THRESHOLD = 3
SEND_CONNECTIONS = 2 * MAX_IN_FLIGHT  # the sender's connections to the Bot API: the outbox's sends in flight, digests' and follow-ups'
SENDING_JOBS = frozenset({"delivery", "digests", "followups", "health"})  # given time to finish a send at shutdown
JOB_KWARGS = {"max_instances": 3, "coalesce": True, "misfire_grace_time": 60}
T = TypeVar("T")


@dataclass
class Scheduler:
    """What the scheduled jobs share: the sender and its rate limiter, the outbox deliverer, the leader lock."""

    services: Services
    sender: Sender
    deliverer: Deliverer
    leader: LeaderLock
    fleet: FleetShare
    busy: set[str] = field(default_factory=set)
    routing: asyncio.Lock = field(default_factory=asyncio.Lock)  # feeds and corpus jobs route one at a time
    stopping: bool = False
    running: dict[str, asyncio.Task[object]] = field(default_factory=dict)
    started: asyncio.Event = field(default_factory=asyncio.Event)  # set once the start-up job has run

    @classmethod
    def create(cls, services: Services, bot: Bot) -> Scheduler:
        config = services.config
        sender = Sender(delivery_bot(bot, SEND_CONNECTIONS), RateLimiter.from_config(config.delivery),
                        pacing=fleet_pacing(services.sessions, config.delivery))
        paid = PaidLane(services.sessions, config.delivery, config.telegram.admins) if config.delivery.paid_broadcast else None
        deliverer = Deliverer(services.sessions, sender, config.delivery, public_url=config.server.public_url, paid=paid)
        engine = engine_of(services.sessions)
        return cls(services, sender, deliverer, LeaderLock(engine), FleetShare(engine))

    async def exclusive(self, name: str, work: Callable[[], Awaitable[T]], *, leader_only: bool = True) -> T | None:
        """Run `work` unless a run of the same job is still going (or, for leader jobs, another process leads)."""
        if name in self.busy or self.stopping:
            return None
        self.busy.add(name)
        task = asyncio.current_task()
        if task is not None:
            self.running[name] = task
        try:
            if leader_only and not await self.leader.is_leader():
                return None
            return await work()
        except asyncio.CancelledError:
            if self.stopping:  # cancelled by `stop`: the process is shutting down, nothing to report
                return None
            raise
        except Exception as error:  # noqa: BLE001 - a failing job is logged and tried again on its next run
            if database_unreachable(error):  # an outage: one line per job run, not a traceback
                logger.warning("scheduled job %s: the database did not answer (%s); trying again on its next run",
                               name, type(getattr(error, "orig", None) or error).__name__)
            else:
                logger.exception("scheduled job %s failed", name)
            return None
        finally:
            self.busy.discard(name)
            self.running.pop(name, None)

    async def stop(self, grace: float) -> None:
        """Start no job again; cancel fetching and routing at once; give the jobs that send (delivery,
        digests, follow-ups, feed reports) `grace` seconds to finish the messages in flight, then cancel
        them too. Delivery stops claiming and sending at once (its `should_stop`)."""
        self.stopping = True
        for name, task in list(self.running.items()):
            if name not in SENDING_JOBS:
                task.cancel()
        pending = [task for task in self.running.values() if not task.done()]
        if pending:
            _, late = await asyncio.wait(pending, timeout=grace)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=1.0)
        await self.leader.release()
        await self.fleet.release()
        await self.sender.bot.request.shutdown()

    async def share_the_limit(self) -> float:
        """Set this process's overall rate (and its paid lane's) to its share of the configured limit; the rate."""
        return await share_the_limit(self.fleet, self.deliverer, self.sender, self.services.config.delivery)

    async def deliver(self, should_stop: Callable[[], bool]) -> DeliveryStats:
        """Drain the outbox, then give this process's share of the limit back (`deliver_in_fleet`)."""
        return await deliver_in_fleet(self.deliverer, self.fleet, should_stop)

    async def prune_pacing(self) -> int:
        """Forget the chats whose fleet pacing ran out long ago (PostgreSQL); how many rows went."""
        if self.sender.pacing is None:
            return 0
        return await in_transaction(self.services.sessions, "prune chat pacing", fleet_queries.prune_pacing)


# --- the work each job does (callable directly, e.g. from tests) ---


async def share_the_limit(fleet: FleetShare, deliverer: Deliverer, sender: Sender, delivery: DeliveryConfig) -> float:
    """Set `sender`'s overall rate (and its paid lane's) to this process's share of the configured limit: the
    limit divided by the processes with alerts to send (`deliverer.busy`: this one holds a share only while
    it has some); returns the rate. With fleet pacing (PostgreSQL) the share is asked for with
    FLEET_HEADROOM: the fleet's token bucket holds the limit, and a process that sends less than its share
    (or a count a little behind) leaves tokens the others then use."""
    share: float = await fleet.processes(deliverer.busy)
    if sender.pacing is not None:
        share /= FLEET_HEADROOM
    rate = delivery.messages_per_second / share
    sender.limiter.set_overall_rate(rate, delivery.paid_messages_per_second / share)
    return rate


async def deliver_in_fleet(deliverer: Deliverer, fleet: FleetShare, should_stop: Callable[[], bool] | None = None) -> DeliveryStats:
    """Drain the outbox (`Deliverer.drain`); once the run ends (nothing claimed is left and no more is due)
    give this process's share of the limit back at once, not on its next fleet job: the processes still
    sending take it up on their own next fleet job."""
    try:
        return await deliverer.drain(should_stop)
    finally:
        await fleet.release()


async def poll_due_feeds(sessions: Sessions, config: Config) -> IngestSummary:
    """Poll the feeds whose next poll time has come."""
    async with sessions() as session:
        feeds = await source_queries.due_feeds(session)
    if not feeds:
        return IngestSummary()
    with metrics.timed("fetch"):
        summary = await ingest_sources(sessions, config.fetch, feeds=feeds)
    metrics.FEED_POLLS.inc(len(summary.reports))
    metrics.FEED_POLL_FAILURES.inc(len(summary.failed))
    return summary


async def scan_corpora(sessions: Sessions, config: Config) -> IngestSummary:
    """Rescan every enabled corpus path (unchanged files are skipped)."""
    async with sessions() as session:
        corpus_sources = await source_queries.enabled_sources(session, source_queries.CORPUS)
    return await ingest_sources(sessions, config.fetch, corpus_sources=corpus_sources)


async def route_new(services: Services) -> RoutingSummary:
    """Tag and route every new story cluster: outbox rows are written with the routing decision."""
    return await process_new_clusters(services.sessions, await services.tagger(), services.keywords)


def failure_report(source: Source, now: dt.datetime) -> RenderedAlert:
    """The message an admin gets about a feed that keeps failing."""
    name = source_label(source)
    error = (source.last_error or _("unknown error"))[:500]
    when = ""
    if source.next_poll_at is not None:
        minutes = max(1, round((source.next_poll_at - now).total_seconds() / 60))
        when = _("Next try in about {minutes} min.").format(minutes=minutes)
    failed = ngettext("⚠️ Feed “{name}” has failed {count} times in a row.",
                      "⚠️ Feed “{name}” has failed {count} times in a row.", source.consecutive_failures)
    last = _("Last error: {error}")
    advice = _("/feeds shows every feed's health; /removefeed or /pausefeed if it is gone for good.")
    plain = (f"{failed.format(name=name, count=source.consecutive_failures)}\n{last.format(error=error)}\n"
             f"{source.location}\n{when}\n{advice}")
    html = (f"{failed.format(name=f'<b>{escape(name)}</b>', count=source.consecutive_failures)}\n"
            f"{last.format(error=escape(error))}\n{escape(source.location)}\n{escape(when)}\n{advice}")
    return RenderedAlert(html, plain)


async def report_failing_feeds(
    sessions: Sessions, sender: Sender, admins: tuple[int, ...],
    threshold: int = FAILURE_REPORT_THRESHOLD, now: dt.datetime | None = None,
) -> int:
    """Tell every admin about each feed that failed `threshold` times in a row, once per failure
    streak; returns how many feeds were reported."""
    now = now or utcnow()
    async with sessions() as session:
        failing = await feed_health.failing_unreported(session, threshold)
    if not failing:
        return 0
    if not admins:
        logger.warning("%d feeds keep failing and no admin is configured to tell", len(failing))
    languages = {admin: await chat_language(sessions, admin) for admin in admins}
    for source in failing:
        for admin in admins:
            with using_language(languages[admin]):
                message = failure_report(source, now)
            outcome = await sender.send(admin, "private", message)
            if outcome.status != SENT:
                logger.warning("could not tell admin %s about failing feed %s: %s", admin, source.location, outcome.error)
    async with sessions.begin() as session:
        await feed_health.mark_reported(session, [source.id for source in failing], now)
    return len(failing)


async def start_up(services: Services, deliverer: Deliverer) -> None:
    """Sync the config's sources and campaigns, and re-queue alerts a killed process left in flight:
    with SQLite (one bot process) every `sending` row is such an alert; with PostgreSQL only rows whose
    claim is older than the lease (other live processes renew theirs)."""
    await sync_sources(services.sessions, services.config)
    await sync_config_campaigns(services.sessions, services.config)
    single_process = serves_one_process(services.sessions)
    await deliverer.recover(dt.timedelta(0) if single_process else None)
    if single_process:
        await recover_followups(services.sessions, dt.timedelta(0))


# --- the jobs ---


def scheduler_of(context: BotContext) -> Scheduler:
    """The Scheduler of a job's context."""
    scheduler: Scheduler = context.application.bot_data[SCHEDULER_KEY]
    return scheduler


async def startup_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    try:
        await scheduler.exclusive("startup", lambda: start_up(scheduler.services, scheduler.deliverer), leader_only=False)
    finally:
        scheduler.started.set()


async def _ingest_then_route(context: BotContext, name: str, ingest: Callable[[Services], Awaitable[IngestSummary]]) -> None:
    """Run one ingest step, tag and route what it found, and start delivery at once when alerts were queued."""
    scheduler = scheduler_of(context)

    async def work() -> None:
        summary = await ingest(scheduler.services)
        if summary.new or summary.failed:
            logger.info("%s", "; ".join(summary.lines()))
        async with scheduler.routing:
            with metrics.timed("route"):
                routed = await route_new(scheduler.services)
        metrics.ALERTS_QUEUED.inc(routed.alerts)
        if routed.alerts and context.job_queue is not None:
            context.job_queue.run_once(delivery_job, 0, name="delivery-now")

    await scheduler.exclusive(name, work)


async def feeds_job(context: BotContext) -> None:
    await _ingest_then_route(context, "feeds", lambda services: poll_due_feeds(services.sessions, services.config))


async def corpus_job(context: BotContext) -> None:
    await _ingest_then_route(context, "corpus", lambda services: scan_corpora(services.sessions, services.config))


async def delivery_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    application = context.application
    await scheduler.exclusive(
        "delivery", lambda: scheduler.deliver(lambda: scheduler.stopping or not application.running),
        leader_only=False
    )


async def fleet_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    await scheduler.exclusive("fleet", scheduler.share_the_limit, leader_only=False)


async def prune_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    await scheduler.exclusive("prune", scheduler.prune_pacing)


async def digest_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    services = scheduler.services
    await scheduler.exclusive("digests", lambda: run_digests(services.sessions, scheduler.sender,
                                                             public_url=services.config.server.public_url))


async def followups_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    services = scheduler.services
    await scheduler.exclusive("followups", lambda: send_followups(services.sessions, scheduler.sender, services.config.server.public_url))


async def health_job(context: BotContext) -> None:
    scheduler = scheduler_of(context)
    admins = scheduler.services.config.telegram.admins
    await scheduler.exclusive("health", lambda: report_failing_feeds(scheduler.services.sessions, scheduler.sender, admins))


def _seconds_to_next_minute(now: dt.datetime | None = None) -> float:
    now = now or utcnow()
    return 60.0 - now.second - now.microsecond / 1e6 + 0.5


def register_jobs(application: BotApplication) -> Scheduler:
    """Add every scheduled job to the application's JobQueue; returns the shared Scheduler."""
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot's JobQueue is missing: install python-telegram-bot[job-queue]")
    services: Services = application.bot_data[SERVICES_KEY]
    scheduler = Scheduler.create(services, application.bot)
    application.bot_data[SCHEDULER_KEY] = scheduler
    corpus_seconds = services.config.corpus.interval_minutes * 60
    job_queue.run_once(startup_job, 0, name="startup", job_kwargs={"misfire_grace_time": None})  # however late the start
    job_queue.run_repeating(feeds_job, FEED_POLL_SECONDS, first=FIRST_RUN["feeds"], name="feeds", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(corpus_job, corpus_seconds, first=FIRST_RUN["corpus"], name="corpus", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(fleet_job, FLEET_SECONDS, first=0, name="fleet", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(prune_job, PRUNE_SECONDS, first=PRUNE_SECONDS, name="prune", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(delivery_job, DELIVERY_SECONDS, first=FIRST_RUN["delivery"], name="delivery", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(digest_job, DIGEST_SECONDS, first=_seconds_to_next_minute(), name="digests", job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(followups_job, FOLLOWUP_SECONDS, first=FIRST_RUN["followups"], name="followups",
                            job_kwargs=JOB_KWARGS)
    job_queue.run_repeating(health_job, HEALTH_SECONDS, first=FIRST_RUN["feed-health"], name="feed-health",
                            job_kwargs=JOB_KWARGS)
    return scheduler
