"""/start and /help, and the catalogue of commands that /help and the Telegram command menu show."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.i18n import N_, _
from bot.services import services_of
from bot.chats.settings import reactivate
from handlers.common import EXPIRED_BUTTON, Context, button, chat_of, escape, keyboard, reply, sender_id
from handlers.subscriptions import MENU_COUNTRY, MENU_UNION


@dataclass(frozen=True)
class Command:
    """A command as the menu and /help show it."""

    name: str
    description: str
    examples: tuple[str, ...]


USER_COMMANDS = (
    Command("start", N_("Welcome and first steps"), ("/start",)),
    Command("subscribe", N_("Follow a country, a union or a keyword"),
            ("/subscribe Azerbaijan", "/subscribe union NTUF", '/subscribe keyword "Evolution Gaming"',
             "/subscribe keyword strike -football")),
    Command("unsubscribe", N_("Stop following a topic"), ("/unsubscribe",)),
    Command("list", N_("What this chat follows, and how alerts come"), ("/list",)),
    Command("mode", N_("Alerts at once, or in a daily or weekly digest"), ("/mode now", "/mode daily", "/mode weekly")),
    Command("digest", N_("When the digest comes (your local time)"), ("/digest 08:30", "/digest monday 08:30")),
    Command("timezone", N_("Your time zone, for digests"), ("/timezone Europe/Berlin", "/timezone Nairobi", "/timezone UTC+3")),
    Command("pause", N_("Pause all alerts"), ("/pause",)),
    Command("resume", N_("Get alerts again after a pause"), ("/resume",)),
    Command("mentions", N_("Also get stories that only mention your topics"), ("/mentions on", "/mentions off")),
    Command("quiet", N_("Hold alerts during your quiet hours (your local time)"), ("/quiet 22:00-07:00", "/quiet off")),
    Command("silent", N_("Alerts without a notification sound"), ("/silent on", "/silent off")),
    Command("language", N_("The language I answer and send alerts in"), ("/language", "/language es")),
    Command("sources", N_("The news sources the bot reads"), ("/sources",)),
    Command("suggest", N_("Suggest a news feed to the bot's admins"), ("/suggest https://example.org/feed.xml",)),
    Command("channel", N_("Manage a channel you admin from this chat"), ("/channel @yourchannel", "/channel off")),
    Command("why", N_("Reply to an alert with it: why you got that alert"), (N_("/why (as a reply to an alert)"),)),
    Command("stop", N_("Forget this chat: delete everything about it"), ("/stop",)),
    Command("help", N_("Every command, with examples"), ("/help",)),
)
ADMIN_COMMANDS = (
    Command("addfeed", N_("Add a news feed (it is fetched once first)"),
            ("/addfeed https://example.org/feed.xml", "/addfeed https://example.org/rss Labour News 60")),
    Command("feeds", N_("Every feed with its health"), ("/feeds",)),
    Command("removefeed", N_("Remove a feed"), ("/removefeed", "/removefeed 3")),
    Command("pausefeed", N_("Stop polling a feed for now"), ("/pausefeed", "/pausefeed 3")),
    Command("resumefeed", N_("Poll a paused feed again"), ("/resumefeed", "/resumefeed 3")),
    Command("addunion", N_("Add a union to the directory"), ('/addunion "Azerbaijan Trade Unions Confederation" AHIK country=AZ',)),
    Command("discovered", N_("Unions found in the news but not in the directory"), ("/discovered", "/discovered 2")),
    Command("mergeunion", N_("Merge a discovered union into a directory union"), ("/mergeunion 3 ITUC",)),
    Command("rejectunion", N_("Reject a discovered union: never tagged again"), ("/rejectunion 3",)),
    Command("stats", N_("Subscribers, topics, stories and alerts"), ("/stats",)),
    Command("export", N_("Every feed as an OPML file (send an OPML file back to import feeds)"), ("/export",)),
    Command("addcampaign", N_("Add a campaign action"), ("/addcampaign https://example.org/petition Free Orujov AZ",)),
    Command("campaigns", N_("The active campaigns"), ("/campaigns",)),
    Command("campaignupdate", N_("Mark a campaign won or closed, or post an update to its chats"),
            ("/campaignupdate 2 won \"All four are free.\"", "/campaignupdate 2 \"The trial starts on 3 May.\"")),
    Command("endcampaign", N_("Take a campaign off the list"), ("/endcampaign 2",)),
)

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
            command=command.name, description=escape(_(command.description)), examples=escape(", ".join(_(example) for example in command.examples)))
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
    await update.callback_query.answer(_(EXPIRED_BUTTON), show_alert=True)  # type: ignore[union-attr]


class UnusableButton(CallbackQueryHandler):
    """Takes a button press that carries no data, or comes from no message (an inline message: this bot
    sends none). python-telegram-bot hands a press without data to every CallbackQueryHandler, whatever
    its pattern, so this one is registered before all the others."""

    def __init__(self) -> None:
        super().__init__(expired_button)

    def check_update(self, update: object) -> bool:
        query = update.callback_query if isinstance(update, Update) else None
        return query is not None and (not query.data or query.message is None)


def register_guards(application: Application) -> None:
    """Handlers that must see updates before every other module's: call before their `register`."""
    application.add_handler(UnusableButton())


def register(application: Application) -> None:
    """Add /start and /help."""
    application.add_handler(CommandHandler("start", start_command))
    application.add_handler(CommandHandler("help", help_command))


def register_fallbacks(application: Application) -> None:
    """Answer unknown commands, and stray messages in private chats; call after every other module's
    `register`, so that these only get what nothing else handles."""
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(CallbackQueryHandler(expired_button))
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL, plain_message))
