"""/start and /help, and the catalogue of commands that /help and the Telegram command menu show."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

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
    Command("start", "Welcome and first steps", ("/start",)),
    Command("subscribe", "Follow a country, a union or a keyword",
            ("/subscribe Azerbaijan", "/subscribe union NTUF", '/subscribe keyword "Evolution Gaming"',
             "/subscribe keyword strike -football")),
    Command("unsubscribe", "Stop following a topic", ("/unsubscribe",)),
    Command("list", "What this chat follows, and how alerts come", ("/list",)),
    Command("mode", "Alerts at once, or in a daily or weekly digest", ("/mode now", "/mode daily", "/mode weekly")),
    Command("digest", "When the digest comes (your local time)", ("/digest 08:30", "/digest monday 08:30")),
    Command("timezone", "Your time zone, for digests", ("/timezone Europe/Berlin", "/timezone Nairobi", "/timezone UTC+3")),
    Command("pause", "Pause all alerts", ("/pause",)),
    Command("resume", "Get alerts again after a pause", ("/resume",)),
    Command("mentions", "Also get stories that only mention your topics", ("/mentions on", "/mentions off")),
    Command("quiet", "Hold alerts during your quiet hours (your local time)", ("/quiet 22:00-07:00", "/quiet off")),
    Command("silent", "Alerts without a notification sound", ("/silent on", "/silent off")),
    Command("sources", "The news sources the bot reads", ("/sources",)),
    Command("suggest", "Suggest a news feed to the bot's admins", ("/suggest https://example.org/feed.xml",)),
    Command("channel", "Manage a channel you admin from this chat", ("/channel @yourchannel", "/channel off")),
    Command("why", "Reply to an alert with it: why you got that alert", ("/why (as a reply to an alert)",)),
    Command("stop", "Forget this chat: delete everything about it", ("/stop",)),
    Command("help", "Every command, with examples", ("/help",)),
)
ADMIN_COMMANDS = (
    Command("addfeed", "Add a news feed (it is fetched once first)",
            ("/addfeed https://example.org/feed.xml", "/addfeed https://example.org/rss Labour News 60")),
    Command("feeds", "Every feed with its health", ("/feeds",)),
    Command("removefeed", "Remove a feed", ("/removefeed", "/removefeed 3")),
    Command("pausefeed", "Stop polling a feed for now", ("/pausefeed", "/pausefeed 3")),
    Command("resumefeed", "Poll a paused feed again", ("/resumefeed", "/resumefeed 3")),
    Command("addunion", "Add a union to the directory", ('/addunion "Azerbaijan Trade Unions Confederation" AHIK country=AZ',)),
    Command("discovered", "Unions found in the news but not in the directory", ("/discovered", "/discovered 2")),
    Command("mergeunion", "Merge a discovered union into a directory union", ("/mergeunion 3 ITUC",)),
    Command("rejectunion", "Reject a discovered union: never tagged again", ("/rejectunion 3",)),
    Command("stats", "Subscribers, topics, stories and alerts", ("/stats",)),
    Command("export", "Every feed as an OPML file (send an OPML file back to import feeds)", ("/export",)),
    Command("addcampaign", "Add a campaign action", ("/addcampaign https://example.org/petition Free Orujov AZ",)),
    Command("campaigns", "The active campaigns", ("/campaigns",)),
    Command("campaignupdate", "Mark a campaign won or closed, or post an update to its chats",
            ("/campaignupdate 2 won \"All four are free.\"", "/campaignupdate 2 \"The trial starts on 3 May.\"")),
    Command("endcampaign", "Take a campaign off the list", ("/endcampaign 2",)),
)

WELCOME = (
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
    sections = [("What you can do", USER_COMMANDS)]
    if show_admin_commands:
        sections.append(("Admin commands", ADMIN_COMMANDS))
    parts = []
    for title, commands in sections:
        lines = [f"<b>{title}</b>"]
        lines += [f"/{command.name} — {escape(command.description)}\n    e.g. {escape(', '.join(command.examples))}"
                  for command in commands]
        parts.append("\n".join(lines))
    if show_admin_commands:
        parts.append("To import feeds, send me an OPML file (.opml or .xml).")
    parts.append("In a group, anyone can use /list and /help; only the group's admins can change settings.")
    return "\n\n".join(parts)


async def start_command(update: Update, context: Context) -> None:
    """Welcome, with buttons to follow a country or a union."""
    await reactivate(services_of(context), chat_of(update))
    buttons = keyboard([[button("🌍 Follow a country", MENU_COUNTRY), button("✊ Follow a union", MENU_UNION)]])
    await reply(update, WELCOME, buttons)


async def help_command(update: Update, context: Context) -> None:
    """Every command with an example (admins also see the admin commands)."""
    await reply(update, help_text(services_of(context).is_admin(sender_id(update))))


async def unknown_command(update: Update, context: Context) -> None:
    """A command no handler knows."""
    await reply(update, "I don't know that command. /help lists everything I can do, with examples.")


async def plain_message(update: Update, context: Context) -> None:
    """Text or a file in a private chat that no dialogue is waiting for."""
    await reply(update, "To follow something, send /subscribe and its name, like /subscribe Belarus, or /subscribe "
                        "alone for a menu. /help lists everything I can do.")


async def expired_button(update: Update, context: Context) -> None:
    """A button press no handler knows (old, forged, or with no data): say so on the button."""
    await update.callback_query.answer(EXPIRED_BUTTON, show_alert=True)  # type: ignore[union-attr]


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
