"""/start, /help, the command menu, unknown commands and the error handler, through the real Application."""

from __future__ import annotations

import pytest
from telegram import BotCommandScopeChat
from telegram.ext import CommandHandler, ConversationHandler

from bot.app import build_application, file_base_url, publish_commands
from bot.chats import subscriptions
from bot.config import ConfigError
from bot.i18n import LANGUAGES
from handlers import start
from storage.models import Subscriber
from tests.telegram_harness import ADMIN_ID, USER_ID, bot_config, buttons


async def test_start_welcomes_with_buttons_and_a_hint(running_bot) -> None:
    replies = await running_bot.send("/start")
    assert len(replies) == 1
    text = replies[0]["text"]
    assert "Solidarity Alerts" in text and "/subscribe Azerbaijan" in text
    assert replies[0]["parse_mode"] == "HTML"
    labels = [label for label, _ in buttons(replies[0])]
    assert any("country" in label for label in labels) and any("union" in label for label in labels)


async def test_start_buttons_open_the_subscribe_menus(running_bot) -> None:
    welcome = (await running_bot.send("/start"))[0]
    country_data = next(data for label, data in buttons(welcome) if "country" in label)
    result = await running_bot.press(welcome, country_data)
    assert "region" in result["edits"][-1]["text"]
    assert any(label == "Europe" for label, _ in buttons(result["edits"][-1]))


async def test_start_makes_a_blocked_subscriber_reachable_again(running_bot) -> None:
    async with running_bot.sessions.begin() as session:
        session.add(Subscriber(chat_id=USER_ID, active=False, inactive_reason="blocked the bot"))
    await running_bot.send("/start")
    async with running_bot.sessions() as session:
        subscriber = await session.get(Subscriber, 1)
    assert subscriber.active and subscriber.inactive_reason is None


async def test_help_lists_every_user_command_with_an_example(running_bot) -> None:
    text = (await running_bot.send("/help"))[0]["text"]
    for command in start.USER_COMMANDS:
        assert f"/{command.name} —" in text
        assert start.help_text(False).count("e.g.") == len(start.USER_COMMANDS)
    assert "/addfeed" not in text and "Admin commands" not in text


async def test_help_shows_admin_commands_to_admins(running_bot) -> None:
    text = "".join(reply["text"] for reply in await running_bot.send("/help", chat_id=ADMIN_ID))
    assert "Admin commands" in text
    for command in start.ADMIN_COMMANDS:
        assert f"/{command.name} —" in text
    assert "OPML" in text


async def test_command_menu_is_published_with_admin_commands_for_admins_only(running_bot) -> None:
    await publish_commands(running_bot.application)
    calls = running_bot.api.calls("setMyCommands")
    defaults = [call for call in calls if call.params["scope"] == {"type": "default"}]
    assert len(calls) == len(LANGUAGES) + 1 and len(defaults) == len(LANGUAGES)  # a menu per language, one admin's
    for default in defaults:
        assert {item["command"] for item in default.params["commands"]} == {c.name for c in start.USER_COMMANDS}
    [admin] = [call for call in calls if call not in defaults]
    assert admin.params["scope"] == BotCommandScopeChat(ADMIN_ID).to_dict()
    admin_names = {item["command"] for item in admin.params["commands"]}
    assert admin_names == {c.name for c in (*start.USER_COMMANDS, *start.ADMIN_COMMANDS)}
    assert all(len(item["description"]) <= 256 for item in admin.params["commands"])


async def test_command_menu_survives_an_admin_who_never_opened_the_bot(running_bot, caplog) -> None:
    running_bot.api.fail_next("setMyCommands", 400, "Bad Request: chat not found",
                              matching=lambda params: params["scope"]["type"] == "chat")
    await publish_commands(running_bot.application)
    assert len(running_bot.api.calls("setMyCommands")) == len(LANGUAGES) + 1
    assert any("admin command menu" in record.getMessage() for record in caplog.records)


async def test_unknown_commands_and_stray_text_get_a_way_forward(running_bot) -> None:
    unknown = await running_bot.send("/frobnicate")
    assert "/help" in unknown[0]["text"]
    stray = await running_bot.send("hello there")
    assert "/subscribe" in stray[0]["text"]


async def test_stray_text_in_groups_is_ignored(running_bot) -> None:
    assert await running_bot.send("just chatting", chat_id=-5, chat_type="group") == []


async def test_an_unexpected_error_is_logged_and_the_user_told(running_bot, monkeypatch, caplog) -> None:
    async def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(subscriptions, "look_up", broken)
    replies = await running_bot.send("/subscribe Belarus")
    assert "something went wrong" in replies[0]["text"]
    assert any("database on fire" in str(record.exc_info) for record in caplog.records if record.exc_info)


def test_file_base_url_is_derived_from_the_bot_base_url() -> None:
    assert file_base_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_base_url("https://api.example.org/bot/") == "https://api.example.org/file/bot"
    with pytest.raises(ConfigError, match="telegram.base_url"):
        file_base_url("http://127.0.0.1:8081/api")


def test_every_catalogued_command_has_a_handler(sqlite_sessions) -> None:
    application = build_application(bot_config(), sqlite_sessions)
    handled: set[str] = set()
    for group in application.handlers.values():
        for handler in group:
            inner = [*handler.entry_points, *handler.fallbacks] if isinstance(handler, ConversationHandler) else [handler]
            handled |= {name for item in inner if isinstance(item, CommandHandler) for name in item.commands}
    assert {command.name for command in (*start.USER_COMMANDS, *start.ADMIN_COMMANDS)} <= handled
    assert "cancel" in handled
