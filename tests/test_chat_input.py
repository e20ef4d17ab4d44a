"""Garbled and forged chat input gets a plain answer, never "something went wrong" (issue 15, defect 10):
Unicode digits that str.isdigit() accepts, ids too large for the database, button presses without data
or without a message. On SQLite and PostgreSQL (whose primary keys are 32-bit)."""

from __future__ import annotations

import pytest

from handlers.common import EXPIRED_BUTTON, SOMETHING_WENT_WRONG
from tests.telegram_harness import ADMIN_ID, USER_ID, running

MAX_RECORD_ID = 2**31 - 1
HUGE = "9" * 30
JUST_OVER = str(MAX_RECORD_ID + 1)  # fits SQLite's 64 bits, not PostgreSQL's 32-bit keys
GARBLED = ("²", "①", "٣", HUGE, JUST_OVER, "-1", "+1", " 1", "1e3", "")


@pytest.fixture
async def chat_bot(bot_api, sessions):  # type: ignore[no-untyped-def]
    async with running(bot_api, sessions) as bot:
        yield bot


def test_parse_number_takes_ascii_digits_within_range_only() -> None:
    from bot.chats.numbers import MAX_RECORD_ID as maximum
    from bot.chats.numbers import parse_number

    assert maximum == MAX_RECORD_ID
    assert parse_number("42") == 42 and parse_number("0") == 0 and parse_number(str(MAX_RECORD_ID)) == MAX_RECORD_ID
    assert [parse_number(text) for text in GARBLED] == [None] * len(GARBLED)
    assert parse_number("61", 60) is None and parse_number("60", 60) == 60


@pytest.mark.parametrize("argument", GARBLED[:5])
async def test_garbled_numbers_in_commands_get_a_plain_answer(chat_bot, argument: str) -> None:
    commands = [f"/removefeed {argument}", f"/pausefeed {argument}", f"/resumefeed {argument}",
                f"/endcampaign {argument}", f"/addfeed http://127.0.0.1:9/feed.xml Labour News {argument}"]
    for command in commands:
        replies = await chat_bot.send(command, chat_id=ADMIN_ID)
        assert replies, command
        assert all(SOMETHING_WENT_WRONG not in message["text"] for message in replies), command
    assert chat_bot.unexpected_errors == []


@pytest.mark.parametrize("argument", GARBLED[:5])
async def test_garbled_numbers_in_buttons_are_refused_as_expired(chat_bot, argument: str) -> None:
    menu = (await chat_bot.send("/start"))[0]
    admin_menu = (await chat_bot.send("/feeds", chat_id=ADMIN_ID))[0]
    presses = [(menu, f"uns:{argument}", None), (menu, f"mute:{argument}:0", None), (menu, f"mute:1:{argument}", None),
               (admin_menu, f"fd:rm:{argument}", ADMIN_ID), (admin_menu, f"fl:rm:{argument}", ADMIN_ID),
               (admin_menu, f"fp:{argument}", ADMIN_ID), (admin_menu, f"endcamp:{argument}", ADMIN_ID)]
    for message, data, user in presses:
        outcome = await chat_bot.press(message, data, user_id=user)
        assert outcome["answer"] is not None or outcome["edits"], data
        assert all(SOMETHING_WENT_WRONG not in item.get("text", "") for item in outcome["sent"] + outcome["edits"]), data
    assert chat_bot.unexpected_errors == []


async def test_a_button_press_without_data_matches_no_button_handler(chat_bot) -> None:
    """Empty callback data matched every CallbackQueryHandler (python-telegram-bot skips the pattern
    when there is no data): the first one, the "type a name" dialogue, failed on it."""
    menu = (await chat_bot.send("/start"))[0]
    outcome = await chat_bot.press(menu, "")
    assert outcome["answer"]["text"] == EXPIRED_BUTTON
    assert outcome["sent"] == [] and outcome["edits"] == []
    assert chat_bot.unexpected_errors == []


async def test_unknown_button_data_is_answered(chat_bot) -> None:
    menu = (await chat_bot.send("/start"))[0]
    outcome = await chat_bot.press(menu, "nothing-knows-this")
    assert outcome["answer"]["text"] == EXPIRED_BUTTON
    assert chat_bot.unexpected_errors == []


async def test_a_button_press_from_no_message_is_refused(chat_bot) -> None:
    """A forged callback query with no message (as from an inline message, which this bot never sends)."""
    query_id = "cb-forged"
    chat_bot.api._push({"callback_query": {  # noqa: SLF001 - a raw update the harness cannot build
        "id": query_id, "chat_instance": "1", "data": "stop:yes",
        "from": {"id": USER_ID, "is_bot": False, "first_name": "Eve"},
    }})
    await chat_bot._handled()  # noqa: SLF001
    answers = [call.params for call in chat_bot.api.calls("answerCallbackQuery")
               if call.params.get("callback_query_id") == query_id]
    assert answers and answers[0]["text"] == EXPIRED_BUTTON
    assert chat_bot.unexpected_errors == []
