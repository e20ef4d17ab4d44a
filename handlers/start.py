"""/start and /help, and the table of commands: each command declared once, driving its registration, the
Telegram command menus (bot/app.py) and /help. A new command is one row in `COMMANDS`."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.chats.settings import reactivate
from bot.i18n import N_, _
from bot.services import services_of
from handlers import admin, campaigns, channels, language, quiet, settings, sources, subscriptions
from handlers.common import EXPIRED_BUTTON, Context, bot_admins_only, button, chat_of, escape, keyboard, refuse, reply, sender_id
from handlers.subscriptions import MENU_COUNTRY, MENU_UNION

if TYPE_CHECKING:
    from bot.services import BotApplication

CommandHandlerCallback = Callable[[Update, Context], Coroutine[Any, Any, None]]


WELCOME = N_(
    "<b>Solidarity Alerts</b>\n"
    "I tell you when labour-rights news appears about the countries, unions and keywords you follow — "
    "from union federations, labour news sites and rights groups — with a one-tap action "
    "(sign the petition, donate, send a message) whenever there is one.\n\n"
    "Tap a button below, or type for example:\n"
    "/subscribe Azerbaijan\n"
    "/subscribe union NTUF\n\n"
    "/help lists everything I can do."
)


def help_text(show_admin_commands: bool) -> str:
    """Every command with its examples; the admin commands too when `show_admin_commands`."""
    sections = [(_("What you can do"), USER_COMMANDS)]
    if show_admin_commands:
        sections.append((_("Admin commands"), ADMIN_COMMANDS))
    parts = []
    for title, commands in sections:
        lines = [f"<b>{title}</b>"]
        lines += [_("/{command} — {description}\n    e.g. {examples}").format(
            command=command.name, description=escape(_(command.description)),
            examples=escape(", ".join(_(example) for example in command.examples)))
            for command in commands]
        parts.append("\n".join(lines))
    if show_admin_commands:
        parts.append(_("To import feeds, send me an OPML file (.opml or .xml)."))
    parts.append(_("In a group, anyone can use /list and /help; only the group's admins can change settings."))
    return "\n\n".join(parts)


async def start_command(update: Update, context: Context) -> None:
    """Welcome, with buttons to follow a country or a union."""
    await reactivate(services_of(context), chat_of(update))
    buttons = keyboard([[button(_("🌍 Follow a country"), MENU_COUNTRY), button(_("✊ Follow a union"), MENU_UNION)]])
    await reply(update, _(WELCOME), buttons)


async def help_command(update: Update, context: Context) -> None:
    """Every command with an example (admins also see the admin commands)."""
    await reply(update, help_text(services_of(context).is_admin(sender_id(update))))


async def unknown_command(update: Update, context: Context) -> None:
    """A command no handler knows."""
    await reply(update, _("I don't know that command. /help lists everything I can do, with examples."))


async def plain_message(update: Update, context: Context) -> None:
    """Text or a file in a private chat that no dialogue is waiting for."""
    await reply(update, _("To follow something, send /subscribe and its name, like /subscribe Belarus, or /subscribe "
                          "alone for a menu. /help lists everything I can do."))


async def expired_button(update: Update, context: Context) -> None:
    """A button press no handler knows (old, forged, or with no data): say so on the button."""
    await refuse(update, _(EXPIRED_BUTTON))


class UnusableButton(CallbackQueryHandler[Context, None]):
    """Takes a button press that carries no data, or comes from no message (an inline message: this bot
    sends none). python-telegram-bot hands a press without data to every CallbackQueryHandler, whatever
    its pattern, so this one is registered before all the others."""

    def __init__(self) -> None:
        super().__init__(expired_button)

    def check_update(self, update: object) -> bool:
        query = update.callback_query if isinstance(update, Update) else None
        return query is not None and (not query.data or query.message is None)


@dataclass(frozen=True)
class Command:
    """A command, declared once: its name, what the menu and /help say about it, its examples, the function
    that answers it, and whether only the bot's admins may use it (others are refused, and it is in their
    menu and /help only)."""

    name: str
    description: str
    examples: tuple[str, ...]
    handler: CommandHandlerCallback
    admin_only: bool = False


COMMANDS: tuple[Command, ...] = (
    # what everyone can do
    Command("start", N_("Welcome and first steps"), ("/start",), start_command),
    Command("subscribe", N_("Follow a country, a union or a keyword"),
            ("/subscribe Azerbaijan", "/subscribe union NTUF", '/subscribe keyword "Evolution Gaming"',
             "/subscribe keyword strike -football"), subscriptions.subscribe_command),
    Command("unsubscribe", N_("Stop following a topic"), ("/unsubscribe",), subscriptions.unsubscribe_command),
    Command("list", N_("What this chat follows, and how alerts come"), ("/list",), subscriptions.list_command),
    Command("mode", N_("Alerts at once, or in a daily or weekly digest"), ("/mode now", "/mode daily", "/mode weekly"), settings.mode_command),
    Command("digest", N_("When the digest comes (your local time)"), ("/digest 08:30", "/digest monday 08:30"), settings.digest_command),
    Command("timezone", N_("Your time zone, for digests"), ("/timezone Europe/Berlin", "/timezone Nairobi", "/timezone UTC+3"), settings.timezone_command),
    Command("pause", N_("Pause all alerts"), ("/pause",), settings.pause_command),
    Command("resume", N_("Get alerts again after a pause"), ("/resume",), settings.resume_command),
    Command("mentions", N_("Also get stories that only mention your topics"), ("/mentions on", "/mentions off"), settings.mentions_command),
    Command("quiet", N_("Hold alerts during your quiet hours (your local time)"), ("/quiet 22:00-07:00", "/quiet off"), quiet.quiet_command),
    Command("silent", N_("Alerts without a notification sound"), ("/silent on", "/silent off"), quiet.silent_command),
    Command("language", N_("The language I answer and send alerts in"), ("/language", "/language es"), language.language_command),
    Command("sources", N_("The news sources the bot reads"), ("/sources",), sources.sources_command),
    Command("suggest", N_("Suggest a news feed to the bot's admins"), ("/suggest https://example.org/feed.xml",), sources.suggest_command),
    Command("channel", N_("Manage a channel you admin from this chat"), ("/channel @yourchannel", "/channel off"), channels.channel_command),
    Command("why", N_("Reply to an alert with it: why you got that alert"), (N_("/why (as a reply to an alert)"),), subscriptions.why_command),
    Command("stop", N_("Forget this chat: delete everything about it"), ("/stop",), subscriptions.stop_command),
    Command("help", N_("Every command, with examples"), ("/help",), help_command),
    # the bot's admins only
    Command("addfeed", N_("Add a news feed (it is fetched once first)"),
            ("/addfeed https://example.org/feed.xml", "/addfeed https://example.org/rss Labour News 60"), admin.addfeed_command, admin_only=True),
    Command("feeds", N_("Every feed with its health"), ("/feeds",), admin.feeds_command, admin_only=True),
    Command("removefeed", N_("Remove a feed"), ("/removefeed", "/removefeed 3"), admin.removefeed_command, admin_only=True),
    Command("pausefeed", N_("Stop polling a feed for now"), ("/pausefeed", "/pausefeed 3"), admin.pausefeed_command, admin_only=True),
    Command("resumefeed", N_("Poll a paused feed again"), ("/resumefeed", "/resumefeed 3"), admin.resumefeed_command, admin_only=True),
    Command("addunion", N_("Add a union to the directory"), ('/addunion "Azerbaijan Trade Unions Confederation" AHIK country=AZ',), admin.addunion_command, admin_only=True),
    Command("discovered", N_("Unions found in the news but not in the directory"), ("/discovered", "/discovered 2"), admin.discovered_command, admin_only=True),
    Command("mergeunion", N_("Merge a discovered union into a directory union"), ("/mergeunion 3 ITUC",), admin.mergeunion_command, admin_only=True),
    Command("rejectunion", N_("Reject a discovered union: never tagged again"), ("/rejectunion 3",), admin.rejectunion_command, admin_only=True),
    Command("stats", N_("Subscribers, topics, stories and alerts"), ("/stats",), admin.stats_command, admin_only=True),
    Command("export", N_("Every feed as an OPML file (send an OPML file back to import feeds)"), ("/export",), admin.export_command, admin_only=True),
    Command("addcampaign", N_("Add a campaign action"), ("/addcampaign https://example.org/petition Free Orujov AZ",), campaigns.addcampaign_command, admin_only=True),
    Command("campaigns", N_("The active campaigns"), ("/campaigns",), campaigns.campaigns_command, admin_only=True),
    Command("campaignupdate", N_("Mark a campaign won or closed, or post an update to its chats"),
            ("/campaignupdate 2 won \"All four are free.\"", "/campaignupdate 2 \"The trial starts on 3 May.\""), campaigns.campaignupdate_command, admin_only=True),
    Command("urgentcampaign", N_("Send a campaign's alerts in the paid-broadcast lane (or off)"),
            ("/urgentcampaign 2", "/urgentcampaign 2 off"), campaigns.urgentcampaign_command, admin_only=True),
    Command("endcampaign", N_("Take a campaign off the list"), ("/endcampaign 2",), campaigns.endcampaign_command, admin_only=True),
)
USER_COMMANDS = tuple(command for command in COMMANDS if not command.admin_only)
ADMIN_COMMANDS = tuple(command for command in COMMANDS if command.admin_only)


def register_guards(application: BotApplication) -> None:
    """Handlers that must see updates before every other module's: call before their `register`."""
    application.add_handler(UnusableButton())


def register(application: BotApplication) -> None:
    """Add every command of the table (the admin-only ones guarded); call before the other modules' `register`."""
    for command in COMMANDS:
        callback = bot_admins_only(command.handler) if command.admin_only else command.handler
        application.add_handler(CommandHandler(command.name, callback))


def register_fallbacks(application: BotApplication) -> None:
    """Answer unknown commands, and stray messages in private chats; call after every other module's
    `register`, so that these only get what nothing else handles."""
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(CallbackQueryHandler(expired_button))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL, plain_message))
