"""Admin commands (user ids in telegram.admins): feeds, the union directory, discovered unions, stats, OPML
import and export.

Callback data: fd:<rm|pa|re>:<source id> acts on a feed; fl:<rm|pa|re>:<page> pages the feed buttons;
fp:<page> pages /feeds; dp:<page> pages /discovered.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from babel.dates import format_date
from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.chats import admin
from bot.chats.admin import SourceInfo, utcnow
from bot.chats.numbers import MAX_RECORD_ID, parse_number
from bot.chats.opml import MAX_OPML_BYTES
from bot.i18n import DEFAULT_LANGUAGE, N_, _, current_language, ngettext
from bot.i18n import country_name as i18n_country_name
from bot.ingest.pipeline import source_label
from bot.matching.gazetteer import country_name
from bot.matching.resolve import union_label
from bot.scheduler import scheduler_of
from bot.services import services_of
from handlers.common import (
    EXPIRED_BUTTON,
    Context,
    arguments,
    bot_admins_only,
    button,
    edit,
    escape,
    escape_clipped,
    keyboard,
    message_of,
    page_buttons,
    paginate,
    pressed,
    reply,
    sender_id,
    shorten,
    telegram_chat,
)

if TYPE_CHECKING:
    from bot.services import BotApplication

FEEDS_PER_PAGE = 20
MAX_PAGE = 10_000  # page numbers in button data: far more pages than any list has
HEALTH_PER_PAGE = 5  # sources per /feeds page: each entry is at most about 700 characters
DISCOVERED_PER_PAGE = 6  # each entry is at most about 560 characters, so a page fits in one message
ACTIONS = {
    "rm": ("remove", "removefeed"),
    "pa": ("pause", "pausefeed"),
    "re": ("resume", "resumefeed"),
}
CHOOSE_FEED = {
    "rm": N_("Tap the feed to remove{page}, or send /removefeed with its number."),
    "pa": N_("Tap the feed to pause{page}, or send /pausefeed with its number."),
    "re": N_("Tap the feed to resume{page}, or send /resumefeed with its number."),
}
NO_FEED = {
    "rm": N_("No feed was added from the chat (feeds from the config file are removed there)."),
    "pa": N_("Every feed is already paused."),
    "re": N_("No feed is paused."),
}
OPML_DOCUMENTS = filters.Document.FileExtension("opml") | filters.Document.FileExtension("xml")


# --- feeds ---


async def addfeed_command(update: Update, context: Context) -> None:
    """/addfeed <url> [name] [interval]: fetch once, then store, or say why the feed cannot be used."""
    new_feed = admin.parse_new_feed(arguments(context))
    await telegram_chat(update).send_action(ChatAction.TYPING)
    added = await admin.add_feed(services_of(context), new_feed, sender_id(update))
    source = added.source
    await reply(update, ngettext("✅ Added feed {number}: <b>{name}</b>, with {count} item right now.",
                                 "✅ Added feed {number}: <b>{name}</b>, with {count} items right now.",
                                 added.item_count).format(number=source.id, name=escape(shorten(source_label(source), 200)),
                                                          count=added.item_count)
                + "\n" + _("It is polled {every}; the first poll comes within a few minutes. /feeds shows its health."
                           ).format(every=every_minutes(source.interval_minutes)))


async def feeds_command(update: Update, context: Context) -> None:
    """/feeds: every source with its health, a page at a time."""
    await reply(update, *await health_page(context, 0))


@bot_admins_only
async def health_page_button(update: Update, context: Context) -> None:
    """fp:<page>: another page of /feeds."""
    query, data = pressed(update)
    page = parse_number(data.split(":", 1)[1], MAX_PAGE)
    await query.answer()
    await edit(query, *await health_page(context, page or 0))


async def health_page(context: Context, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of /feeds: totals, then each source's health, with ‹ › buttons when there are more."""
    sources = await admin.list_sources(services_of(context))
    if not sources:
        return _("There are no feeds yet. Add one with /addfeed https://example.org/feed.xml, "
                 "or send me an OPML file."), None
    now = utcnow()
    failing = sum(1 for source in sources if source.enabled and source.consecutive_failures)
    paused = sum(1 for source in sources if not source.enabled)
    waiting = sum(1 for source in sources if source.enabled and not source.consecutive_failures
                  and source.last_success_at is None)
    window = paginate(len(sources), page, HEALTH_PER_PAGE)
    counts = [_("{count} fine").format(count=len(sources) - failing - paused - waiting),
              _("{count} failing").format(count=failing), _("{count} paused").format(count=paused)]
    if waiting:
        counts.insert(1, _("{count} not polled yet").format(count=waiting))
    header = ngettext("<b>{count} source</b>{page}: {counts}. Use the numbers with /removefeed, /pausefeed, /resumefeed.",
                      "<b>{count} sources</b>{page}: {counts}. Use the numbers with /removefeed, /pausefeed, /resumefeed.",
                      len(sources)).format(count=len(sources), page=window.note, counts=", ".join(counts))
    entries = [health_text(source, now) for source in sources[window.start:window.end]]
    return "\n\n".join([header, *entries]), keyboard([window.navigation("fp:{page}")])


def health_text(source: SourceInfo, now: dt.datetime) -> str:
    """One source's health: state, address, last success, failures and last error, items, next poll."""
    if not source.enabled:
        reason = source.disabled_reason or _("paused")
        state = f"⏸ {escape_clipped(reason, 100)}"
    elif source.consecutive_failures:
        state = _("⚠️ failing")
    else:
        state = _("✅ healthy") if source.last_success_at else _("🕓 not polled yet")
    origin = _("from the config file") if source.origin == "config" else _("added from the chat")
    lines = [
        f"<b>{source.id}. {escape_clipped(source_label(source), 100)}</b> — {state}",
        f"{escape_clipped(source.location, 150)} · "
        + _("{kind}, {origin}, every {minutes} min").format(kind=source.kind, origin=origin,
                                                            minutes=source.interval_minutes),
        _("Last success: {when} · items: {count} · next poll: {next}").format(
            when=relative(source.last_success_at, now), count=source.item_count, next=next_poll(source, now)),
    ]
    if source.consecutive_failures:
        lines.append(ngettext("{count} failure(s) in a row — last error: {error}",
                              "{count} failure(s) in a row — last error: {error}", source.consecutive_failures).format(
            count=source.consecutive_failures, error=escape_clipped(source.last_error or _("unknown"), 200)))
    return "\n".join(lines)


def day_label(when: dt.datetime) -> str:
    """"05 Jan 2026" (in the current language's month names)."""
    if current_language() == DEFAULT_LANGUAGE:
        return f"{when:%d %b %Y}"
    return format_date(when.date(), "dd MMM y", locale=current_language())


def every_minutes(minutes: int) -> str:
    """"every minute", "every 30 minutes"."""
    return ngettext("every minute", "every {count} minutes", minutes).format(count=minutes)


def next_poll(source: SourceInfo, now: dt.datetime) -> str:
    """When a source is polled next: "in 18 min", "paused", or, when it has no time yet (new, resumed or
    due), "at the next round"."""
    if not source.enabled:
        return _("paused")
    if source.next_poll_at is None or source.next_poll_at <= now:
        return _("at the next round (within a few minutes)")
    return relative(source.next_poll_at, now)


def relative(when: dt.datetime | None, now: dt.datetime) -> str:
    """"12 min ago", "in 3 h", or "never"."""
    if when is None:
        return _("never")
    seconds = (when - now).total_seconds()
    amount = abs(seconds)
    if amount < 60:
        span = _("less than a minute")
    elif amount < 3600:
        span = _("{count} min").format(count=int(amount // 60))
    elif amount < 2 * 86400:
        span = _("{count} h").format(count=int(amount // 3600))
    else:
        span = ngettext("{count} day", "{count} days", int(amount // 86400)).format(count=int(amount // 86400))
    return (_("in {span}") if seconds > 0 else _("{span} ago")).format(span=span)


async def feed_action(update: Update, context: Context, action: str) -> None:
    """/removefeed, /pausefeed, /resumefeed: with a number or URL act at once, without one show buttons."""
    if context.args:
        await reply(update, await apply_feed_action(context, action, " ".join(context.args)))
        return
    await reply(update, *await feed_buttons(context, action, 0))


async def removefeed_command(update: Update, context: Context) -> None:
    """/removefeed [number or URL]."""
    await feed_action(update, context, "rm")


async def pausefeed_command(update: Update, context: Context) -> None:
    """/pausefeed [number or URL]."""
    await feed_action(update, context, "pa")


async def resumefeed_command(update: Update, context: Context) -> None:
    """/resumefeed [number or URL]."""
    await feed_action(update, context, "re")


async def apply_feed_action(context: Context, action: str, reference: str) -> str:
    """Remove, pause or resume one feed; the reply text."""
    services = services_of(context)
    if action == "rm":
        source = await admin.remove_feed(services, reference)
        return _("Removed feed <b>{name}</b> and its stories.").format(name=escape(shorten(source_label(source), 200)))
    paused = action == "pa"
    source, changed = await admin.set_feed_paused(services, reference, paused)
    name = f"<b>{escape(shorten(source_label(source), 200))}</b>"
    if not changed:
        return (_("{name} is already paused.") if paused else _("{name} is already being polled.")).format(name=name)
    if paused:
        return _("Paused {name}: it is not polled until /resumefeed {number}.").format(name=name, number=source.id)
    return _("Resumed {name}: it is polled again, starting within a few minutes.").format(name=name)


async def feed_buttons(context: Context, action: str, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """The text and one page of buttons for choosing the feed to remove, pause or resume."""
    verb, _command = ACTIONS[action]
    feeds = await admin.feeds_for(services_of(context), verb)
    if not feeds:
        return _(NO_FEED[action]) + " " + _("/feeds shows every feed."), None
    items = [button(f"{feed.id}. {source_label(feed)}", f"fd:{action}:{feed.id}") for feed in feeds]
    rows, page_note = page_buttons(items, page, FEEDS_PER_PAGE, 1, f"fl:{action}:{{page}}")
    return _(CHOOSE_FEED[action]).format(page=page_note), keyboard(rows)


@bot_admins_only
async def feed_button(update: Update, context: Context) -> None:
    """fd:<action>:<id> acts on a feed; fl:<action>:<page> shows another page of feeds."""
    query, data = pressed(update)
    parts = data.split(":")
    if len(parts) != 3 or parts[1] not in ACTIONS:
        await query.answer(_(EXPIRED_BUTTON), show_alert=True)
        return
    kind, action = parts[0], parts[1]
    number = parse_number(parts[2], MAX_PAGE if kind == "fl" else MAX_RECORD_ID)
    if number is None:
        await query.answer(_(EXPIRED_BUTTON), show_alert=True)
        return
    await query.answer()
    if kind == "fl":
        await edit(query, *await feed_buttons(context, action, number))
    else:
        await edit(query, await apply_feed_action(context, action, str(number)))


# --- unions, stats ---


async def addunion_command(update: Update, context: Context) -> None:
    """/addunion "Name" ACRONYM alias... [country=XX]."""
    added = await admin.add_union(services_of(context), " ".join(arguments(context)), sender_id(update))
    record = added.record
    text = _("✅ Added <b>{name}</b> ({acronyms}) to the union directory. New stories naming it are tagged from now "
             "on; people can follow it with /subscribe union {acronym}.").format(
        name=escape(record.name), acronyms=escape(", ".join(record.acronyms)), acronym=escape(record.acronyms[0]))
    if added.shares_acronym_with:
        text += "\n" + _("Note: {acronym} also names {others}.").format(
            acronym=escape(record.acronyms[0]), others=escape("; ".join(added.shares_acronym_with)))
    await reply(update, text)


async def discovered_command(update: Update, context: Context) -> None:
    """/discovered [page]: the discovered unions waiting for a decision, a page at a time."""
    words = arguments(context)
    if len(words) > 1 or (words and not words[0].isdigit()):
        await reply(update, _("Send /discovered alone, or with a page number like /discovered 2."))
        return
    await reply(update, *await discovered_page(context, int(words[0]) - 1 if words else 0))


@bot_admins_only
async def discovered_page_button(update: Update, context: Context) -> None:
    """dp:<page>: another page of /discovered."""
    query, data = pressed(update)
    page = data.split(":", 1)[1]
    await query.answer()
    await edit(query, *await discovered_page(context, int(page) if page.isdigit() else 0))


async def discovered_page(context: Context, page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of /discovered: how many wait, what to do with them, then each with its number."""
    services = services_of(context)
    total = await admin.count_discovered(services)
    if not total:
        return _("No discovered union is waiting: every union the tagger found in the news so far is in the "
                 "directory, merged or rejected."), None
    window = paginate(total, page, DISCOVERED_PER_PAGE)
    listings = await admin.list_discovered(services, window.start, window.end - window.start)
    header = ngettext(
        "<b>{count} discovered union</b>{page}: named in the news but not in the directory. People can follow it "
        "already. Merge it into a directory union with /mergeunion &lt;number&gt; &lt;union&gt;, or reject it with "
        "/rejectunion &lt;number&gt;.",
        "<b>{count} discovered unions</b>{page}: named in the news but not in the directory. People can follow them "
        "already. Merge one into a directory union with /mergeunion &lt;number&gt; &lt;union&gt;, or reject it with "
        "/rejectunion &lt;number&gt;.", total).format(count=total, page=window.note)
    now = utcnow()
    return "\n\n".join([header, *(discovered_text(listing, now) for listing in listings)]), \
        keyboard([window.navigation("dp:{page}")])


def discovered_text(listing: admin.DiscoveredListing, now: dt.datetime) -> str:
    """One discovered union: number, name and acronym, country, stories, when first and last seen, an example."""
    union = listing.union
    acronym = f" ({escape_clipped(union.acronym, 32)})" if union.acronym else ""
    country = escape(i18n_country_name(union.country, country_name(union.country))) if union.country else \
        _("country not known")
    lines = [
        f"<b>{union.id}. {escape_clipped(union.name, 140)}</b>{acronym} — {country}",
        ngettext("{count} story, first seen {date} ({ago}), last {last} · id {id}",
                 "{count} stories, first seen {date} ({ago}), last {last} · id {id}", union.story_count).format(
            count=union.story_count, date=day_label(union.first_seen_at),
            ago=relative(union.first_seen_at, now), last=relative(union.last_seen_at, now),
            id=escape_clipped(union.union_id, 100)),
    ]
    if listing.example_title:
        lines.append(_("e.g. “{title}”").format(title=escape_clipped(listing.example_title, 140)))
    return "\n".join(lines)


async def mergeunion_command(update: Update, context: Context) -> None:
    """/mergeunion <number or found id> <directory union>."""
    merged = await admin.merge_discovered(services_of(context), arguments(context), sender_id(update))
    target = escape(union_label(merged.target))
    followers = _("no one followed it") if not merged.followers_moved else ngettext(
        "its {count} follower(s) now follow {union}", "its {count} follower(s) now follow {union}",
        merged.followers_moved).format(count=merged.followers_moved, union=target)
    await reply(update, _("✅ Merged “{name}” into <b>{union}</b>: stories naming it are tagged with that union from "
                          "now on, the stories already tagged with it carry that union too, and {followers}.").format(
        name=escape(merged.discovered.name), union=target, followers=followers))


async def rejectunion_command(update: Update, context: Context) -> None:
    """/rejectunion <number or found id>: never tagged again; its followers unfollow it and are told once."""
    rejected = await admin.reject_discovered(services_of(context), arguments(context), sender_id(update))
    text = _("Rejected “{name}”: stories are not tagged with it any more, and the stories already tagged with it no "
             "longer are.").format(name=escape(rejected.discovered.name))
    if rejected.followers:
        told = await admin.tell_followers_of_rejection(scheduler_of(context).sender, rejected)
        count = len(rejected.followers)
        text += " " + (ngettext("{count} chat(s) followed it: they no longer do, and {told} of them were told so.",
                                "{count} chat(s) followed it: they no longer do, and {told} of them were told so.", count)
                       if told == count else
                       ngettext("{count} chat(s) followed it: they no longer do, and {told} of them were told so "
                                "(the others could not be reached).",
                                "{count} chat(s) followed it: they no longer do, and {told} of them were told so "
                                "(the others could not be reached).", count)).format(count=count, told=told)
    else:
        text += " " + _("No one followed it.")
    await reply(update, text)


async def stats_command(update: Update, context: Context) -> None:
    """/stats: subscribers, subscriptions by topic, stories today, alerts, failing feeds."""
    numbers = await admin.stats(services_of(context))
    await reply(update, stats_text(numbers))


def stats_text(numbers: admin.Stats) -> str:
    """The /stats message."""
    people = numbers.subscribers
    alerts = numbers.alerts
    queued = alerts.get("pending", 0) + alerts.get("sending", 0)
    lines = [
        _("<b>Stats</b>"),
        _("Subscribers: {total} ({active} reachable, {paused} paused)").format(
            total=people.total, active=people.active, paused=people.paused),
        _("Subscriptions: {count}").format(count=numbers.subscriptions),
    ]
    if numbers.top_topics:
        lines.append(_("Most followed:"))
        lines += [f"  {index}. {escape(topic.label)} ({topic.kind}) — {topic.subscribers}"
                  for index, topic in enumerate(numbers.top_topics, 1)]
    lines += [
        _("Stories today (UTC): {count}").format(count=numbers.stories_today),
        _("Alerts: {queued} queued, {digest} waiting for digests, {sent} sent, {failed} failed").format(
            queued=queued, digest=alerts.get("digest", 0), sent=alerts.get("sent", 0), failed=alerts.get("failed", 0)),
        _("Failing feeds: {count}").format(count=len(numbers.failing)),
    ]
    lines += ["  " + _("{number}. {name} — {count} in a row: {error}").format(
        number=source.id, name=escape(shorten(source_label(source), 80)), count=source.consecutive_failures,
        error=escape(shorten(source.last_error or _("unknown error"), 120))) for source in numbers.failing[:10]]
    return "\n".join(lines)


# --- OPML ---


@bot_admins_only
async def import_document(update: Update, context: Context) -> None:
    """An OPML document from an admin: add its feeds and report added, skipped and invalid ones."""
    document = message_of(update).document
    assert document is not None, "registered for OPML documents only"
    if document.file_size and document.file_size > MAX_OPML_BYTES:
        await reply(update, _("That file is too large for a feed list (over {size} MB).").format(
            size=MAX_OPML_BYTES // 1_000_000))
        return
    content = bytes(await (await document.get_file()).download_as_bytearray())
    report = await admin.import_opml(services_of(context), content, sender_id(update))
    await reply(update, import_report_text(report))


def import_report_text(report: admin.ImportReport) -> str:
    """What an OPML import did: counts, then each skipped and invalid feed with the reason."""
    lines = [_("<b>OPML import</b>: {added} added, {skipped} skipped, {invalid} invalid.").format(
        added=len(report.added), skipped=len(report.skipped), invalid=len(report.invalid))]
    lines += [f"➕ {escape(shorten(name, 150))}" for name in report.added]
    lines += [f"↷ {escape(shorten(url, 150))} — {escape(reason)}" for url, reason in report.skipped]
    lines += [f"✕ {escape(shorten(url, 150))} — {escape(reason)}" for url, reason in report.invalid]
    if report.added:
        lines.append(_("The new feeds are polled within a few minutes; /feeds shows their health."))
    return "\n".join(lines)


async def export_command(update: Update, context: Context) -> None:
    """/export: every feed as an OPML file."""
    document = await admin.export_opml(services_of(context))
    await message_of(update).reply_document(
        document=document, filename="solidarity-feeds.opml",
        caption=_("Every feed, as OPML. Send this file back to me (or to another bot) to import the feeds."),
    )


def register(application: BotApplication) -> None:
    """Add the admin commands' buttons and the OPML document handler (the commands are in the table, handlers/start.py)."""
    application.add_handler(CallbackQueryHandler(feed_button, pattern=r"^f[dl]:"))
    application.add_handler(CallbackQueryHandler(health_page_button, pattern=r"^fp:"))
    application.add_handler(CallbackQueryHandler(discovered_page_button, pattern=r"^dp:"))
    application.add_handler(MessageHandler(OPML_DOCUMENTS, import_document))
