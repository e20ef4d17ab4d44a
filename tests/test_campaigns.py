"""Campaign actions end to end: links in local feed items, follow-ups after a restart, the tap counter."""

from __future__ import annotations

import datetime as dt
import re

import httpx
from sqlalchemy import func, select

from bot.chats.campaigns import sync_config_campaigns
from bot.config import CampaignConfig, Config, FeedConfig, FetchConfig, ServerConfig
from bot.delivery.followups import CampaignUpdateError, send_followups, update_campaign
from bot.delivery.sender import RateLimiter, Sender
from bot.ingest.pipeline import ingest_all, sync_sources
from bot.matching import default_tagger
from bot.routing.route import process_new_clusters
from bot.service.web import campaign_server
from storage import campaigns as campaign_queries
from storage.db import create_engine, session_factory
from storage.models import AlertAction, Campaign, CampaignFollowup, Subscriber, Subscription, utcnow
from tests.alerting import add_story, add_subscriber, deliverer_for, drain_until_done, fast_delivery, labels, local_bot, queue

LABOR_DESK = CampaignConfig(title="Free the Labor Desk activists", url="https://www.labourstart.org/campaigns/", kind="petition",
                            countries=("AZ",), unions=("Labor Desk",), keywords=("Afiaddin Mammadov", "Elvin Mustafayev"))


def rss(*items: str) -> bytes:
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Local labour news</title>"
            "<link>http://local.test/</link><description>d</description>" + "".join(items) + "</channel></rss>").encode()


def item(guid: str, title: str, description: str) -> str:
    return (f"<item><title>{title}</title><link>https://news.test/{guid}</link><guid>{guid}</guid>"
            f"<description>{description}</description></item>")


BARE = item("bare", "Belarus: jailed union leaders on hunger strike",
            "Leaders of the Belarusian Independent Trade Union in Minsk, Belarus, are on hunger strike. "
            "Sign the petition: https://unions.test/free-bnp-leaders. Their families ask for letters.")
LINKED = item("linked", "Belarus: radio workers locked out",
              "&lt;p&gt;Radio workers in Minsk, Belarus, were locked out by their employer.&lt;/p&gt;"
              "&lt;p&gt;&lt;a href=\"https://actionnetwork.org/letters/reinstate-the-radio-workers\"&gt;Write to the "
              "director&lt;/a&gt;&lt;/p&gt;")
PLAIN = item("plain", "Belarus: metro drivers win a pay rise",
             "Metro drivers in Minsk, Belarus, won a pay rise after talks. Teachers are next.")


async def test_feed_items_carry_their_own_bare_or_html_link_and_nothing_else(sessions, bot_api, feed_server):
    url = feed_server.route("/by.xml", body=rss(BARE, LINKED, PLAIN))
    belarus_campaign = CampaignConfig(title="Belarus solidarity fund", url="https://fund.test/belarus", kind="donation",
                                      countries=("BY",), keywords=("Belarusian Congress of Democratic Trade Unions", "BKDP"))
    config = Config(feeds=(FeedConfig(url, "Local"),), campaigns=(belarus_campaign,),
                    fetch=FetchConfig(allow_private_addresses=True, timeout_seconds=5))
    async with sessions.begin() as session:
        await add_subscriber(session, 301, topics=[("country", "BY", "Belarus")])
    await sync_sources(sessions, config)
    await sync_config_campaigns(sessions, config)
    await ingest_all(sessions, config)
    await process_new_clusters(sessions, default_tagger())
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    sent = {re.sub(r"</?b>", "", message["text"].split("\n")[0]): message for message in bot_api.sent_messages(301)}
    bare = sent["Belarus: jailed union leaders on hunger strike"]
    assert bare["reply_markup"]["inline_keyboard"][0][0] == {"text": "✍️ Sign the petition", "url": "https://unions.test/free-bnp-leaders"}
    linked = sent["Belarus: radio workers locked out"]
    assert linked["reply_markup"]["inline_keyboard"][0][0] == {
        "text": "✉️ Send a message", "url": "https://actionnetwork.org/letters/reinstate-the-radio-workers"}
    # the Belarus campaign shares the country only: not on the metro story, nor beside the stories' own links
    assert labels(sent["Belarus: metro drivers win a pay rise"])[0] == "📰 Read the story"
    assert len(sent) == 3
    assert all("fund.test" not in str(message["reply_markup"]) for message in sent.values())
    async with sessions() as session:
        recorded = {row.url: row for row in await session.scalars(select(AlertAction))}
    assert set(recorded) == {"https://unions.test/free-bnp-leaders", "https://actionnetwork.org/letters/reinstate-the-radio-workers"}
    assert all(row.campaign_id is None and "link in the story" in row.reason for row in recorded.values())


async def _alerted(sessions, bot_api, chats):
    """The Labor Desk campaign, a story of its cause alerted to `chats` (chat id -> mode), a metro story
    (no campaign) to chat 999; returns the campaign id."""
    await sync_config_campaigns(sessions, Config(campaigns=(LABOR_DESK,)))
    async with sessions.begin() as session:
        about = await add_story(session, "Labor Desk activists sentenced", "Afiaddin Mammadov and Elvin Mustafayev were sentenced.",
                                url="https://news.test/ld", tags=[("country", "AZ", "Azerbaijan", "primary"),
                                                                  ("union", "labor-desk", "Labor Desk", "primary")])
        metro = await add_story(session, "Metro strike in Baku", "Metro drivers walked out.", url="https://news.test/metro",
                                tags=[("country", "AZ", "Azerbaijan", "primary")])
        for chat_id, mode in chats.items():
            subscriber = await add_subscriber(session, chat_id, mode="now", topics=[("country", "AZ", "Azerbaijan")])
            await queue(session, subscriber, about)
            subscriber.delivery_mode = mode
            if mode != "now":
                subscriber.next_digest_at = utcnow() + dt.timedelta(hours=5)
        await queue(session, await add_subscriber(session, 999), metro)
        campaign_id = await session.scalar(select(Campaign.id))
    async with local_bot(bot_api) as bot:
        await drain_until_done(deliverer_for(sessions, bot), sessions)
    return campaign_id


async def test_won_follow_up_reaches_exactly_the_chats_that_got_the_alert_once_after_a_restart(sessions, database_url, bot_api):
    campaign_id = await _alerted(sessions, bot_api, {401: "now", 402: "now", 403: "daily", 404: "now", 405: "now", 406: "daily"})
    async with sessions.begin() as session:
        counts = (await campaign_queries.campaign_counts(session, [campaign_id]))[campaign_id]
        assert (counts.alerts, counts.chats) == (6, 6)
        muted = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 404))
        for subscription in await session.scalars(select(Subscription).where(Subscription.subscriber_id == muted.id)):
            subscription.muted = True
        paused = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 405))
        paused.paused = True
    result = await update_campaign(sessions, campaign_id, "won", "All four are free.")
    assert (result.queued, result.skipped_muted) == (5, 1)
    # 406 mutes its topic while its follow-up waits for its digest time
    async with sessions.begin() as session:
        waiting = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 406))
        for subscription in await session.scalars(select(Subscription).where(Subscription.subscriber_id == waiting.id)):
            subscription.muted = True
    # the process dies before sending (and one follow-up was in flight): a new process on the same database
    async with sessions.begin() as session:
        row = await session.scalar(select(CampaignFollowup).join(Subscriber).where(Subscriber.chat_id == 402))
        row.status, row.claimed_at = "sending", utcnow()
    engine = create_engine(database_url)
    restarted = session_factory(engine)
    try:
        async with local_bot(bot_api) as bot:
            sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
            from bot.delivery.followups import recover_followups

            assert await recover_followups(restarted, dt.timedelta(0)) == 1
            stats = await send_followups(restarted, sender)
            assert stats.sent == 2  # 401 and 402; the digest chat waits for its digest time, the paused one for /resume
            later = utcnow() + dt.timedelta(hours=6)
            stats = await send_followups(restarted, sender, now=later)
            assert (stats.sent, stats.skipped) == (1, 1)  # 403 at its digest time; 406 muted meanwhile
            async with restarted.begin() as session:
                paused = await session.scalar(select(Subscriber).where(Subscriber.chat_id == 405))
                paused.paused = False
            assert (await send_followups(restarted, sender, now=later)).sent == 1
            assert (await send_followups(restarted, sender, now=later)).sent == 0
            with_note = [message for message in bot_api.sent_messages() if "🎉 Won" in message["text"]]
            assert sorted(int(message["chat_id"]) for message in with_note) == [401, 402, 403, 405]
            assert all("All four are free." in message["text"] for message in with_note)
            # once: marking it won or closed again is refused and sends nothing more
            for status in ("won", "closed"):
                try:
                    await update_campaign(restarted, campaign_id, status, "")
                except CampaignUpdateError as error:
                    assert "already marked won" in str(error)
                else:
                    raise AssertionError("a second ending was accepted")
            assert (await send_followups(restarted, sender, now=later)).sent == 0
        async with restarted() as session:
            assert await session.scalar(select(func.count()).select_from(CampaignFollowup).where(CampaignFollowup.status == "sent")) == 4
            assert (await session.get(Campaign, campaign_id)).status == "won"
            # a won campaign is no longer attached to new stories
            assert await campaign_queries.active_campaigns(session) == []
    finally:
        await engine.dispose()


async def test_updates_are_sent_once_each_and_carry_the_button(sessions, bot_api):
    campaign_id = await _alerted(sessions, bot_api, {501: "now"})
    first = await update_campaign(sessions, campaign_id, "updated", "The appeal hearing is on 3 May.")
    second = await update_campaign(sessions, campaign_id, "updated", "Write to the court before the hearing.")
    assert (first.queued, second.queued) == (1, 1)
    async with local_bot(bot_api) as bot:
        sender = Sender(bot, RateLimiter.from_config(fast_delivery()))
        assert (await send_followups(sessions, sender)).sent == 2
        assert (await send_followups(sessions, sender)).sent == 0
    updates = [message for message in bot_api.sent_messages(501) if message["text"].startswith("<b>📣 Update")]
    assert [message["text"].split("\n")[1] for message in updates] == ["The appeal hearing is on 3 May.", "Write to the court before the hearing."]
    assert updates[0]["reply_markup"]["inline_keyboard"][0][0]["url"] == "https://www.labourstart.org/campaigns/"
    try:
        await update_campaign(sessions, campaign_id, "updated", "")
    except CampaignUpdateError as error:
        assert "needs its text" in str(error)
    else:
        raise AssertionError("an empty update was accepted")


async def test_tap_redirect_counts_taps_never_names_the_subscriber(sessions, bot_api):
    translated = CampaignConfig(title=LABOR_DESK.title, url=LABOR_DESK.url, kind="petition", unions=("Labor Desk",),
                                translations=(("de", "Freiheit für die Labor-Desk-Aktivisten", "https://de.test/ld"),))
    await sync_config_campaigns(sessions, Config(campaigns=(translated,)))
    server = campaign_server(ServerConfig(port=0, listen="127.0.0.1", public_url="https://bot.test"), sessions)
    await server.start()
    try:
        public = f"http://127.0.0.1:{server.port}"
        async with sessions.begin() as session:
            campaign_id = await session.scalar(select(Campaign.id))
            german = await add_subscriber(session, 601, topics=[("union", "labor-desk", "Labor Desk")])
            german.language = "de"
            other = await add_subscriber(session, 602, topics=[("union", "labor-desk", "Labor Desk")])
            story = await add_story(session, "Labor Desk", "News.", url="https://news.test/x",
                                    tags=[("union", "labor-desk", "Labor Desk", "primary")])
            await queue(session, german, story)
            await queue(session, other, story)
        async with local_bot(bot_api) as bot:
            await drain_until_done(deliverer_for(sessions, bot, public_url=public), sessions)
        german_button = bot_api.sent_messages(601)[0]["reply_markup"]["inline_keyboard"][0][0]
        other_button = bot_api.sent_messages(602)[0]["reply_markup"]["inline_keyboard"][0][0]
        assert german_button["url"] == f"{public}/c/{campaign_id}/de" and "Freiheit" in bot_api.sent_messages(601)[0]["text"]
        assert other_button["url"] == f"{public}/c/{campaign_id}"
        async with httpx.AsyncClient() as client:
            for url, target in ((german_button["url"], "https://de.test/ld"), (other_button["url"], LABOR_DESK.url)):
                answer = await client.get(url, headers={"Referer": "https://t.me/"})
                assert answer.status_code == 302 and answer.headers["location"] == target
                assert answer.headers["referrer-policy"] == "no-referrer"
                assert "601" not in answer.headers["location"] and "602" not in answer.headers["location"]
            assert (await client.get(f"{public}/c/999999")).status_code == 404
            assert (await client.get(f"{public}/c/abc")).status_code == 404
        async with sessions() as session:
            counts = (await campaign_queries.campaign_counts(session, [campaign_id]))[campaign_id]
        assert (counts.alerts, counts.chats, counts.taps) == (2, 2, 2)
    finally:
        await server.stop()


async def test_digest_entries_carry_only_campaigns_of_their_cause_and_count_them(sessions, bot_api):
    from bot.delivery.digests import run_digests

    await sync_config_campaigns(sessions, Config(campaigns=(LABOR_DESK,)))
    due = utcnow() - dt.timedelta(minutes=1)
    tags = [("country", "AZ", "Azerbaijan", "primary")]
    async with sessions.begin() as session:
        subscriber = await add_subscriber(session, 701, mode="daily", next_digest_at=due)
        for title, text in (("Labor Desk activists sentenced", "Afiaddin Mammadov and Elvin Mustafayev were sentenced."),
                            ("Teachers strike in Baku", "Teachers in Baku struck over pay."),
                            ("Metro workers walk out in Baku", "Metro drivers walked out.")):
            story = await add_story(session, title, text, url=f"https://news.test/{len(title)}", tags=tags)
            await queue(session, subscriber, story, status="digest")
        campaign_id = await session.scalar(select(Campaign.id))
    async with local_bot(bot_api) as bot:
        await run_digests(sessions, Sender(bot, RateLimiter.from_config(fast_delivery())), utcnow())
    (digest,) = bot_api.sent_messages(701)
    assert digest["text"].count("Sign the petition") == 1 and labels(digest) == ["1. ✍️ Sign the petition"]
    async with sessions() as session:
        counts = (await campaign_queries.campaign_counts(session, [campaign_id]))[campaign_id]
    assert (counts.alerts, counts.chats) == (1, 1)


async def test_digest_buttons_follow_the_subscribers_language_and_the_tap_counter(sessions, bot_api):
    from bot.delivery.digests import run_digests

    translated = CampaignConfig(title=LABOR_DESK.title, url=LABOR_DESK.url, kind="petition", unions=("Labor Desk",),
                                translations=(("de", "Freiheit für die Labor-Desk-Aktivisten", "https://de.test/ld"),))
    await sync_config_campaigns(sessions, Config(campaigns=(translated,)))
    due = utcnow() - dt.timedelta(minutes=1)
    async with sessions.begin() as session:
        story = await add_story(session, "Labor Desk", "News.", url="https://news.test/x",
                                tags=[("union", "labor-desk", "Labor Desk", "primary")])
        for chat_id, language in ((801, "de"), (802, "es"), (803, None)):
            subscriber = await add_subscriber(session, chat_id, mode="daily", next_digest_at=due,
                                              topics=[("union", "labor-desk", "Labor Desk")])
            subscriber.language = language
            await queue(session, subscriber, story, status="digest")
        campaign_id = await session.scalar(select(Campaign.id))
    async with local_bot(bot_api) as bot:
        await run_digests(sessions, Sender(bot, RateLimiter.from_config(fast_delivery())), utcnow(), public_url="https://bot.test")
    urls = {chat_id: bot_api.sent_messages(chat_id)[0]["reply_markup"]["inline_keyboard"][0][0]["url"] for chat_id in (801, 802, 803)}
    assert urls == {801: f"https://bot.test/c/{campaign_id}/de", 802: f"https://bot.test/c/{campaign_id}",
                    803: f"https://bot.test/c/{campaign_id}"}
