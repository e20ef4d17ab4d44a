"""Following topics: /subscribe (typed, or through menus and a "type a name" dialogue), /unsubscribe,
/list, /why and /stop, with their buttons.

Callback data (all well under 64 bytes, never user text):
  m:top  m:c  m:u  m:uc  m:r:<c|u>:<region>:<page>  m:ui:<page>  m:uk:<country>:<page>   menus
  ask:<c|u|k>                                   "type a name" dialogue
  sub:c:<code>  sub:u:<union id>  sub:h:<key>  sub:d:<n>     follow (a discovered union by its number,
  sub:k:<n>                                     a keyword through a number kept in chat_data)
  uns:<subscription id>  uns:all                unfollow
  stop:yes  stop:no                              forget this chat
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from telegram import CallbackQuery, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.chats import subscriptions
from bot.chats.numbers import parse_number
from bot.chats.regions import REGIONS, countries_in_region
from bot.chats.settings import describe_delivery, weekday_time
from bot.chats.subscriptions import Followed, Lookup, Request, SubscriberInfo, SubscriptionInfo, Topic
from bot.chats.timezones import describe_timezone
from bot.i18n import LANGUAGES, N_, _, country_name, current_language, ngettext
from bot.ingest.language import language_name
from bot.services import services_of
from handlers.common import (
    EXPIRED_BUTTON,
    MAX_CALLBACK_DATA,
    MAX_MESSAGE,
    Context,
    button,
    chat_data,
    chat_of,
    edit,
    escape,
    group_admins_only,
    keyboard,
    message_of,
    page_buttons,
    pressed,
    reply,
    shorten,
    telegram_chat,
    user_data,
)
from handlers.settings import how_alerts_come

if TYPE_CHECKING:
    from bot.services import BotApplication

MENU_TOP, MENU_COUNTRY, MENU_UNION, MENU_UNION_REGIONS = "m:top", "m:c", "m:u", "m:uc"
COUNTRIES_PER_PAGE, COUNTRY_COLUMNS, UNIONS_PER_PAGE = 24, 3, 8
MAX_UNSUBSCRIBE_BUTTONS = 90
KEPT_KEYWORDS = 20
TYPING = 0
KIND_ICONS = {"country": "🌍", "union": "✊", "keyword": "🔎"}
KIND_NAMES = {"country": N_("country"), "union": N_("union"), "keyword": N_("keyword")}
ASK = {
    "c": ("country", N_("Type the name of a country (for example Belarus), or /cancel."), N_("e.g. Belarus")),
    "u": ("union", N_("Type the name or acronym of a union (for example NTUF or Labour Desk), or /cancel."), N_("e.g. NTUF")),
    "k": ("keyword", N_('Type the words to look for (for example "Evolution Gaming", or strike -football to leave '
                        "out football), or /cancel."), N_("e.g. strike -football")),
}


def kind_name(kind: str) -> str:
    """A topic kind as a word in the current language ("country", "union", "keyword")."""
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def topic_label(kind: str, value: str, label: str) -> str:
    """A topic's name as shown: a country's in the current language, anything else as stored."""
    return Topic(kind, value, label).name


# --- /subscribe ---


@group_admins_only
async def subscribe_command(update: Update, context: Context) -> None:
    """/subscribe <anything>, several names separated by commas, semicolons or new lines, or the menu
    when nothing follows the command."""
    if not context.args:
        await reply(update, top_menu_text(), top_menu())
        return
    text = (message_of(update).text or "").split(maxsplit=1)
    requests = subscriptions.parse_requests(text[1] if len(text) > 1 else "")
    services = services_of(context)
    if len(requests) <= 1:
        request = requests[0] if requests else subscriptions.Request("any", "")
        await answer_lookup(update, context, await subscriptions.look_up(services, request))
        return
    outcomes = await subscriptions.follow_many(services, chat_of(update), requests[:subscriptions.MAX_NAMES])
    text_, markup = several_names_reply(outcomes, len(requests) - subscriptions.MAX_NAMES,
                                        services.config.subscriptions.max_per_chat)
    await reply(update, text_, markup)


async def answer_lookup(update: Update, context: Context, lookup: Lookup) -> None:
    """Follow what was found, or offer the suggestions (and the text as a keyword) as buttons."""
    if lookup.topic is not None:
        followed = await subscriptions.follow(services_of(context), chat_of(update), lookup.topic, lookup.exclude)
        limit = services_of(context).config.subscriptions.max_per_chat
        await reply(update, followed_text(followed, limit), keyboard([[button(_("➕ Follow something else"), MENU_TOP)]]))
        return
    rows = [[button(f"{KIND_ICONS[topic.kind]} {topic.label}", topic_data(topic))] for topic in lookup.suggestions]
    if lookup.keyword is not None:
        token = remember_keyword(context, lookup.keyword.label)
        rows.append([button(_("🔎 Follow “{keyword}” as a keyword").format(keyword=lookup.keyword.label), f"sub:k:{token}")])
    hint = _("Tap one below, or try /subscribe with another spelling.") if rows else \
        _("Try another spelling, or send /subscribe alone to pick from a menu.")
    await reply(update, f"{escape(lookup.message)}\n{hint}", keyboard(rows))


def limit_text(limit: int) -> str:
    """What to do when a chat follows as many topics as it may."""
    return ngettext("This chat already follows {limit} topic, the most one chat can follow, so nothing more was "
                    "added. /unsubscribe some to make room.",
                    "This chat already follows {limit} topics, the most one chat can follow, so nothing more was "
                    "added. /unsubscribe some to make room.", limit).format(limit=limit)


def leaving_out(exclude: Sequence[str]) -> str:
    """" (leaving out “football”, “world cup”)", or "" without words to leave out."""
    words = ", ".join(f"“{escape(word)}”" for word in exclude)
    return _(" (leaving out {words})").format(words=words) if exclude else ""


def followed_text(followed: Followed, limit: int) -> str:
    """The confirmation after following a topic: what, and how alerts will come."""
    shown = followed.topic
    topic = (f"<b>{escape(topic_label(shown.kind, shown.value, shown.label))}</b> ({kind_name(shown.kind)})"
             f"{leaving_out(followed.exclude)}")
    if followed.outcome == "limit":
        return limit_text(limit)
    if followed.outcome == "already":
        return _("You already follow {topic}. /list shows everything you follow.").format(topic=topic)
    if followed.outcome == "unmuted":
        first = _("You already followed {topic} but had muted it; its alerts are back on.").format(topic=topic)
    elif followed.outcome == "updated":
        first = _("✅ You follow {topic} from now on.").format(topic=topic)
    else:
        first = _("✅ You now follow {topic}.").format(topic=topic)
    text = f"{first}\n{how_alerts_come(followed.subscriber)}\n" + _("/list shows everything you follow.")
    return f"{text}\n\n{followed.latest}" if followed.latest else text


SEVERAL_GROUPS = {
    "added": N_("✅ <b>Now following</b>"),
    "updated": N_("✏️ <b>Now leaving out words</b>"),
    "unmuted": N_("🔔 <b>Muted before, back on</b>"),
    "already": N_("☑️ <b>Already followed</b>"),
    "limit": N_("⛔ <b>Not followed: this chat follows as many topics as it may</b> ({limit}); /unsubscribe some"),
    "choose": N_("❓ <b>Not sure which you mean</b>, tap below or type it more fully"),
    "unknown": N_("✖️ <b>Not found</b>, check the spelling, or follow it with /subscribe keyword …"),
    "problem": N_("✖️ <b>Not understood</b>"),
}
MAX_NAME_SHOWN = 40
MAX_SUGGESTION_BUTTONS = 24


def several_names_reply(outcomes: Sequence[subscriptions.NameOutcome], left_over: int,
                        limit: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """One reply for a /subscribe with several names: the names grouped by outcome (a group's tail becomes
    "and N more" when everything would not fit one message), suggestion buttons for ambiguous names."""
    groups: dict[str, list[str]] = {key: [] for key in SEVERAL_GROUPS}
    rows: list[list[InlineKeyboardButton]] = []
    subscriber = None
    for item in outcomes:
        if item.followed is not None:
            topic = item.followed.topic
            groups[item.followed.outcome].append(
                escape(shorten(topic_label(topic.kind, topic.value, topic.label) if item.followed.outcome != "limit"
                            else item.typed, MAX_NAME_SHOWN))
                + leaving_out(item.followed.exclude))
            subscriber = item.followed.subscriber
        elif item.lookup is not None and item.lookup.suggestions:
            groups["choose"].append(f"“{escape(shorten(item.typed, MAX_NAME_SHOWN))}”")
            rows += [[button(f"{KIND_ICONS[topic.kind]} {topic.label}", topic_data(topic))]
                     for topic in item.lookup.suggestions[:2]]
        elif item.lookup is not None:
            groups["unknown"].append(f"“{escape(shorten(item.typed, MAX_NAME_SHOWN))}”")
        else:
            groups["problem"].append(f"“{escape(shorten(item.typed, MAX_NAME_SHOWN))}”: {escape(item.problem or '')}")
    footer = []
    if left_over > 0:
        footer.append(_("I read the first {count} names; send the other {left_over} in another /subscribe.").format(
            count=subscriptions.MAX_NAMES, left_over=left_over))
    if subscriber is not None and (groups["added"] or groups["unmuted"]):
        footer.append(how_alerts_come(subscriber))
    footer.append(_("/list shows everything you follow."))
    shown = {key: items for key, items in groups.items() if items}
    hidden = dict.fromkeys(shown, 0)

    def render() -> str:
        lines = [f"{_(SEVERAL_GROUPS[key]).format(limit=limit)} ({len(items) + hidden[key]}): {', '.join(items)}"
                 + (_(" and {count} more").format(count=hidden[key]) if hidden[key] else "") for key, items in shown.items()]
        return "\n".join([*lines, "", *footer])

    text = render()
    while len(text) > MAX_MESSAGE:
        longest = max(shown, key=lambda key: len(", ".join(shown[key])))
        shown[longest].pop()
        hidden[longest] += 1
        text = render()
    return text, keyboard(rows[:MAX_SUGGESTION_BUTTONS])


def topic_data(topic: Topic) -> str:
    """Callback data to follow a country or union (a discovered union by its number: found ids can be long)."""
    if topic.discovered_number is not None:
        return f"sub:d:{topic.discovered_number}"
    data = f"sub:{topic.kind[0]}:{topic.value}"
    if len(data.encode()) > MAX_CALLBACK_DATA:  # a long directory id: its key instead
        return f"sub:h:{subscriptions.union_key(topic.value)}"
    return data


def remember_keyword(context: Context, query: str) -> str:
    """Keep a keyword query for a button (its text never goes into callback data); returns its number."""
    kept: dict[str, str] = chat_data(context).setdefault("keywords", {})
    token = str(int(max(kept, key=int, default="0")) + 1)
    kept[token] = query
    for old in sorted(kept, key=int)[:-KEPT_KEYWORDS]:
        del kept[old]
    return token


@group_admins_only
async def follow_button(update: Update, context: Context) -> None:
    """sub:c:<code>, sub:u:<id>, sub:h:<union key>, sub:d:<discovered union number>, sub:k:<n>: follow the topic."""
    query, data = pressed(update)
    _prefix, kind, value = data.split(":", 2)
    services = services_of(context)
    if kind == "k":
        kept = chat_data(context).get("keywords", {})
        topic = subscriptions.keyword_topic(kept[value]) if value in kept else None
    else:
        topic = await subscriptions.topic_for(services, {"c": "country", "u": "union", "h": "union key", "d": "discovered"}.get(kind, ""),
                                              value)
    if topic is None:
        await query.answer(_(EXPIRED_BUTTON), show_alert=True)
        return
    followed = await subscriptions.follow(services, chat_of(update), topic)
    await query.answer()
    await edit(query, followed_text(followed, services.config.subscriptions.max_per_chat),
               keyboard([[button(_("➕ Follow something else"), MENU_TOP)]]))


# --- menus ---


def top_menu_text() -> str:
    return _("What would you like to follow? Tap below, or type it, like:\n"
             "/subscribe Azerbaijan\n/subscribe union NTUF\n/subscribe keyword strike -football")


def top_menu() -> InlineKeyboardMarkup | None:
    return keyboard([[button(_("🌍 A country"), MENU_COUNTRY), button(_("✊ A union"), MENU_UNION)],
                     [button(_("🔎 A keyword"), "ask:k")]])


def regions_menu(target: str) -> InlineKeyboardMarkup | None:
    """The regions as buttons, for following a country (target "c") or finding unions by country ("u")."""
    region_buttons = [button(_(name), f"m:r:{target}:{code}:0") for code, name in REGIONS.items()]
    rows = [region_buttons[index:index + 2] for index in range(0, len(region_buttons), 2)]
    if target == "c":
        rows.append([button(_("⌨️ Type a country name"), "ask:c")])
    else:
        rows.append([button(_("🌐 International federations"), "m:ui:0")])
        rows.append([button(_("⌨️ Type a union name"), "ask:u")])
    rows.append([button(_("« Back"), MENU_TOP)])
    return keyboard(rows)


def union_menu() -> InlineKeyboardMarkup | None:
    return keyboard([[button(_("🗺 By country"), MENU_UNION_REGIONS), button(_("🌐 International"), "m:ui:0")],
                     [button(_("⌨️ Type its name"), "ask:u")], [button(_("« Back"), MENU_TOP)]])


REGION_PAGE = re.compile(r"^m:r:([cu]):([A-Z]{2}):(\d{1,3})$")
INTERNATIONAL_PAGE = re.compile(r"^m:ui:(\d{1,3})$")
COUNTRY_UNIONS_PAGE = re.compile(r"^m:uk:([A-Z]{2}):(\d{1,3})$")


@group_admins_only
async def menu_button(update: Update, context: Context) -> None:
    """Navigate the /subscribe menus (edits the menu message in place)."""
    query, data = pressed(update)
    await query.answer()
    fixed = {
        MENU_TOP: (top_menu_text(), top_menu()),
        MENU_COUNTRY: (_("Which region is the country in?"), regions_menu("c")),
        MENU_UNION: (_("How would you like to find the union?"), union_menu()),
        MENU_UNION_REGIONS: (_("Unions from which region?"), regions_menu("u")),
    }
    if data in fixed:
        await edit(query, *fixed[data])
    elif (match := REGION_PAGE.match(data)) and match.group(2) in REGIONS:
        await show_region(query, match.group(1), match.group(2), int(match.group(3)))
    elif match := INTERNATIONAL_PAGE.match(data):
        await show_unions(update, context, None, int(match.group(1)))
    elif match := COUNTRY_UNIONS_PAGE.match(data):
        await show_unions(update, context, match.group(1), int(match.group(2)))
    else:
        await edit(query, _(EXPIRED_BUTTON))


async def show_region(query: CallbackQuery, target: str, region: str, page: int) -> None:
    """A page of a region's countries: tap one to follow it ("c") or to see its unions ("u")."""
    countries = countries_in_region(region)
    items = [button(country_name(code, name), f"sub:c:{code}" if target == "c" else f"m:uk:{code}:0")
             for code, name in countries]
    rows, page_note = page_buttons(items, page, COUNTRIES_PER_PAGE, COUNTRY_COLUMNS, f"m:r:{target}:{region}:{{page}}")
    rows.append([button(_("« Regions"), MENU_COUNTRY if target == "c" else MENU_UNION_REGIONS)])
    text = (_("{region}{page}: tap a country to follow it.") if target == "c"
            else _("{region}{page}: tap a country to see its unions."))
    await edit(query, text.format(region=_(REGIONS[region]), page=page_note), keyboard(rows))


async def show_unions(update: Update, context: Context, country: str | None, page: int) -> None:
    """A page of the unions of one country (None: the international ones); tap one to follow it."""
    query, _data = pressed(update)
    services = services_of(context)
    unions = await subscriptions.unions_of_country(services, country)
    place = (await subscriptions.topic_for(services, "country", country)) if country else None
    place_name = escape(place.name) if place else ""
    back = [button(_("⌨️ Type a union name"), "ask:u"), button(_("« Back"), MENU_UNION_REGIONS)]
    if not unions:
        rows = [[button(_("🌍 Follow {country}").format(country=place.name),
                        f"sub:c:{country}")]] if place else []
        text = (_("I have no unions from {country} in my directory yet. Type a union's name instead, or follow the "
                  "country itself.").format(country=place_name) if place else
                _("I have no unions that work internationally in my directory yet. Type a union's name instead, "
                  "or follow the country itself."))
        await edit(query, text, keyboard([*rows, back]))
        return
    items = [button(topic.label, topic_data(topic)) for topic in unions]
    data = f"m:uk:{country}:{{page}}" if country else "m:ui:{page}"
    rows, page_note = page_buttons(items, page, UNIONS_PER_PAGE, 1, data)
    text = (_("Unions from {country}{page}: tap one to follow it.").format(country=place_name, page=page_note) if place
            else _("Unions that work internationally{page}: tap one to follow it.").format(page=page_note))
    await edit(query, text, keyboard([*rows, back]))


# --- the "type a name" dialogue ---


@group_admins_only
async def ask_for_name(update: Update, context: Context) -> int:
    """ask:<c|u|k>: ask for a country, union or keyword to be typed (the reply is forced so that it
    reaches the bot in groups too)."""
    query, data = pressed(update)
    code = data.split(":", 1)[1]
    if code not in ASK:
        await query.answer(_(EXPIRED_BUTTON), show_alert=True)
        return ConversationHandler.END
    kind, prompt, placeholder = ASK[code]
    user_data(context)["typing"] = kind
    await query.answer()
    await telegram_chat(update).send_message(
        escape(_(prompt)), reply_markup=ForceReply(selective=True, input_field_placeholder=_(placeholder))
    )
    return TYPING


async def typed_name(update: Update, context: Context) -> int:
    """The name typed after ask:<...>: look it up as that kind and follow it (or offer suggestions)."""
    kind = user_data(context).pop("typing", "any")
    text = message_of(update).text or ""
    lookup = await subscriptions.look_up(services_of(context), Request(kind, " ".join(text.split())))
    await answer_lookup(update, context, lookup)
    return ConversationHandler.END


async def cancel_typing(update: Update, context: Context) -> int:
    """/cancel while the bot waits for a name."""
    user_data(context).pop("typing", None)
    await reply(update, _("Cancelled. Send /subscribe when you want to follow something."))
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel when nothing is going on."""
    await reply(update, _("There is nothing to cancel. /help lists what you can do."))


# --- /unsubscribe ---


@group_admins_only
async def unsubscribe_command(update: Update, context: Context) -> None:
    """/unsubscribe: a button per topic and "all"; /unsubscribe <name> stops one directly."""
    services = services_of(context)
    _subscriber, followed = await subscriptions.subscriptions(services, chat_of(update))
    if not followed:
        await reply(update, _("This chat follows nothing, so there is nothing to stop. Try /subscribe Azerbaijan."))
        return
    if context.args:
        found = await subscriptions.find_subscription(services, followed, " ".join(context.args))
        if found is not None:
            await subscriptions.unfollow(services, chat_of(update), found.id)
            await reply(update, _("You no longer follow <b>{topic}</b>. /list shows what is left.").format(
                topic=escape(topic_label(found.kind, found.value, found.label))))
            return
        text = _("This chat doesn't follow “{name}”. Tap what to stop following:").format(
            name=escape(shorten(" ".join(context.args), 100)))
    else:
        text = _("Tap a topic to stop following it:")
    await reply(update, text, unsubscribe_keyboard(followed))


def unsubscribe_keyboard(followed: Sequence[SubscriptionInfo]) -> InlineKeyboardMarkup | None:
    """A button per subscription (up to Telegram's practical limit) and one for all of them."""
    rows = [[button(f"✕ {KIND_ICONS.get(item.kind, '')} {topic_label(item.kind, item.value, item.label)}", f"uns:{item.id}")]
            for item in followed[:MAX_UNSUBSCRIBE_BUTTONS]]
    if len(followed) > 1:
        rows.append([button(_("✕ All of them"), "uns:all")])
    return keyboard(rows)


@group_admins_only
async def unsubscribe_button(update: Update, context: Context) -> None:
    """uns:<id> or uns:all."""
    query, data = pressed(update)
    services = services_of(context)
    chat = chat_of(update)
    target = data.split(":", 1)[1]
    await query.answer()
    if target == "all":
        count = await subscriptions.unfollow_all(services, chat)
        await edit(query, ngettext(
            "Done: this chat no longer follows anything ({count} topic dropped). Your settings are kept; send "
            "/subscribe to follow something again.",
            "Done: this chat no longer follows anything ({count} topics dropped). Your settings are kept; send "
            "/subscribe to follow something again.", count).format(count=count))
        return
    number = parse_number(target)
    removed = await subscriptions.unfollow(services, chat, number) if number is not None else None
    _subscriber, followed = await subscriptions.subscriptions(services, chat)
    first = (_("You no longer follow <b>{topic}</b>.").format(
        topic=escape(topic_label(removed.kind, removed.value, removed.label))) if removed
        else _("That topic was already removed."))
    if followed:
        await edit(query, f"{first}\n" + _("Tap another to stop following it too, or leave it there."),
                   unsubscribe_keyboard(followed))
    else:
        await edit(query, f"{first}\n" + _("This chat now follows nothing. Send /subscribe to follow something."))


# --- /list ---


async def list_command(update: Update, context: Context) -> None:
    """/list: what the chat follows and its delivery settings (anyone in a group may look)."""
    subscriber, followed = await subscriptions.subscriptions(services_of(context), chat_of(update))
    await reply(update, overview_text(subscriber, followed))


def overview_text(subscriber: SubscriberInfo | None, followed: Sequence[SubscriptionInfo]) -> str:
    """The /list text: topics, then delivery mode, time zone, digest time, paused, mentions."""
    if followed:
        lines = [_("<b>This chat follows</b>")]
        for item in followed:
            muted = _(" — muted (/subscribe it again to unmute)") if item.muted else ""
            keyword = " (" + kind_name("keyword") + ")" if item.kind == "keyword" else ""
            lines.append(f"{KIND_ICONS.get(item.kind, '•')} {escape(topic_label(item.kind, item.value, item.label))}"
                         f"{keyword}{leaving_out(item.exclude or [])}{muted}")
    else:
        lines = [_("This chat follows nothing yet. Try /subscribe Azerbaijan, /subscribe union ITUC, "
                   "or /subscribe alone for a menu.")]
    if subscriber is not None:
        digest_time = (weekday_time(subscriber.digest_weekday, subscriber.digest_time)
                       if subscriber.delivery_mode == "weekly" else subscriber.digest_time)
        quiet = (_("{start}–{end} (/quiet off)").format(start=subscriber.quiet_start, end=subscriber.quiet_end)
                 if subscriber.quiet_start else _("none (/quiet 22:00-07:00)"))
        lines += [
            "",
            _("<b>Alerts come</b> {delivery} (/mode)").format(delivery=escape(describe_delivery(subscriber))),
            _("<b>Time zone</b>: {zone} (/timezone)").format(zone=escape(describe_timezone(subscriber.timezone))),
            _("<b>Digest time</b>: {time} (/digest)").format(time=digest_time),
            _("<b>Paused</b>: {paused}").format(
                paused=_("yes — send /resume to get alerts again") if subscriber.paused else _("no (/pause)")),
            _("<b>Quiet hours</b>: {quiet} · <b>sound</b>: {sound}").format(
                quiet=quiet, sound=_("off (/silent off)") if subscriber.silent else _("on (/silent on)")),
            _("<b>Stories that only mention a topic</b>: {mentions}").format(
                mentions=_("included (/mentions off)") if subscriber.include_mentioned else _("left out (/mentions on)")),
            _("<b>Language</b>: {language} (/language)").format(language=escape(LANGUAGES[current_language()])),
        ]
    if followed:
        lines += ["", _("Stop following a topic with /unsubscribe.")]
    return "\n".join(lines)


# --- /why ---


async def why_command(update: Update, context: Context) -> None:
    """/why as a reply to an alert: which subscriptions it matched, and the words that matched."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None:
        await reply(update, _("Send /why as a reply to one of my alerts (tap the alert, then Reply), and I'll tell "
                              "you which of your topics it matched and why."))
        return
    found = await subscriptions.why(services_of(context), chat_of(update), replied.message_id)
    if not found:
        await reply(update, _("I have no record of that message as an alert for this chat. Reply with /why to an "
                              "alert I sent (not to your own message or a forwarded one)."))
        return
    await reply(update, "\n\n".join(
        why_text(reason.matched, reason.title, reason.language)
        + ("\n" + _("<b>The button</b> {action}").format(action=escape(reason.button)) if reason.button is not None else "")
        for reason in found
    ))


def why_text(matched: Sequence[dict[str, Any]], title: str | None, language: str | None = None) -> str:
    """One story's explanation: each matched subscription with its salience and the words found, then the
    story's language."""
    lines = [_("<b>Why you got</b> “{title}”:").format(title=escape(shorten(title or _("this story"), 200)))]
    for item in matched:
        kind = item.get("kind", "")
        if kind == "keyword":
            reason = _("its words appear in the story")
        elif item.get("salience") == "mentioned":
            reason = _("the story mentions it (you asked for mentions with /mentions on)")
        else:
            reason = _("the story is about it")
        evidence = ", ".join(f"“{escape(shorten(str(text), 80))}”" for text in item.get("evidence") or [])
        found = "\n    " + _("found: {evidence}").format(evidence=evidence) if evidence else ""
        label = topic_label(kind, str(item.get("value", "")), str(item.get("label", "")))
        lines.append(f"{KIND_ICONS.get(kind, '•')} <b>{escape(label)}</b> ({escape(kind_name(kind))}): {reason}{found}")
    lines.append(_("Language: {name} ({code})").format(name=escape(language_name(language)), code=escape(language))
                 if language else _("Language: not known (none declared or detected)"))
    return "\n".join(lines)


# --- /stop ---


@group_admins_only
async def stop_command(update: Update, context: Context) -> None:
    """/stop: ask before forgetting the chat."""
    await reply(update, _("This deletes everything about this chat: what it follows, its settings and its alert "
                          "history, and alerts stop. Are you sure?"),
                keyboard([[button(_("Yes, forget this chat"), "stop:yes")], [button(_("No, keep everything"), "stop:no")]]))


@group_admins_only
async def stop_button(update: Update, context: Context) -> None:
    """stop:yes / stop:no."""
    query, data = pressed(update)
    await query.answer()
    if data != "stop:yes":
        await edit(query, _("Nothing was deleted. /list shows what this chat follows."))
        return
    forgotten = await subscriptions.forget(services_of(context), chat_of(update))
    chat_data(context).clear()
    await edit(query, _("Done: everything about this chat is deleted, and no alerts will come. Send /start if you "
                        "ever want to come back.") if forgotten else
               _("There was nothing stored about this chat, and no alerts will come. Send /start if you ever want "
                 "to come back."))


def register(application: BotApplication) -> None:
    """Add the menus and the dialogue of /subscribe, the buttons of /unsubscribe and /stop, and /cancel (the other
    commands are in the table, handlers/start.py)."""
    with warnings.catch_warnings():
        # The dialogue starts from a button and continues with a typed message, so it is tracked per
        # chat and user rather than per message; PTB warns about that combination, which is intended here.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        dialogue = ConversationHandler(
            entry_points=[CallbackQueryHandler(ask_for_name, pattern=r"^ask:")],
            states={TYPING: [MessageHandler(filters.TEXT & ~filters.COMMAND, typed_name)]},
            fallbacks=[CommandHandler("cancel", cancel_typing)],
            conversation_timeout=15 * 60,
        )
    application.add_handler(dialogue)
    application.add_handler(CommandHandler("cancel", nothing_to_cancel))
    application.add_handler(CallbackQueryHandler(follow_button, pattern=r"^sub:[cuhdk]:"))
    application.add_handler(CallbackQueryHandler(menu_button, pattern=r"^m:"))
    application.add_handler(CallbackQueryHandler(unsubscribe_button, pattern=r"^uns:"))
    application.add_handler(CallbackQueryHandler(stop_button, pattern=r"^stop:"))
