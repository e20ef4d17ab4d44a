"""The sender's way to Telegram (issue 12, throughput): sendMessage through Bot.do_api_request with the
parameters already in Bot API form, over python-telegram-bot's request stack with aiohttp under it
(bot/delivery/transport.py). What the local Bot API server receives is what python-telegram-bot's own
send_message sends; Telegram's errors reach the sender as python-telegram-bot's errors, so the outcomes
(429 waited out, 403 gone, 400 parse error resent as plain text, a timeout retried) are the same."""

from __future__ import annotations

import json

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions
from telegram.constants import ParseMode

from bot.compose.alert import AlertStory, compose_alert, parse_mute_callback
from bot.delivery.sender import GONE, RETRY, SENT, RateLimiter, Sender, keyboard_json
from bot.delivery.transport import AiohttpRequest, delivery_bot
from bot.delivery.worker import for_alert
from bot.matching.topics import Topic
from tests.alerting import fast_delivery
from tests.botapi import TOKEN

AZERBAIJAN = Topic("country", "AZ", "Azerbaijan")


def alert(alert_id: int = 7):
    story = AlertStory(story_id=1, title="Strike at the <port>", text="Dockers stopped work. Talks resume Monday.",
                       url="https://news.test/1", source="Test Feed", published=None)
    return compose_alert(story, [AZERBAIJAN], None, alert_id=alert_id)


def sender_for(bot: Bot) -> Sender:
    return Sender(bot, RateLimiter.from_config(fast_delivery()), max_retry_after_waits=2)


async def test_an_alert_arrives_as_python_telegram_bots_send_message_sends_it(bot_api) -> None:
    message = alert()
    async with Bot(TOKEN, base_url=bot_api.base_url) as app_bot:
        bot = delivery_bot(app_bot, 4)
        try:
            outcome = await sender_for(bot).send(501, "private", message, silent=True, thread=12)
        finally:
            await bot.request.shutdown()
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(button.label, url=button.url, callback_data=button.callback_data)
                                        for button in row] for row in message.buttons])
        await app_bot.send_message(502, message.html, parse_mode=ParseMode.HTML, reply_markup=markup,
                                   link_preview_options=LinkPreviewOptions(is_disabled=True), disable_notification=True,
                                   message_thread_id=12)
    ours, theirs = (call.params for call in bot_api.calls("sendMessage"))
    assert outcome.status == SENT and outcome.message_id == ours["_message_id"]
    for params in (ours, theirs):
        params.pop("chat_id"), params.pop("_message_id")
    assert ours == theirs
    assert ours["reply_markup"] == json.loads(keyboard_json(message))  # the stub decodes it
    assert ours["text"] == message.html and ours["parse_mode"] == "HTML"


async def test_telegrams_errors_reach_the_sender_as_python_telegram_bots(bot_api) -> None:
    async with Bot(TOKEN, base_url=bot_api.base_url, request=AiohttpRequest(4)) as bot:
        sender = sender_for(bot)
        bot_api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=601)
        started = len(bot_api.calls("sendMessage"))
        waited = await sender.send(601, "private", alert())
        assert waited.status == SENT and len(bot_api.calls("sendMessage")) - started == 2  # waited out, then sent
        bot_api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user", chat_id=602)
        blocked = await sender.send(602, "private", alert())
        assert blocked.status == GONE and "blocked" in (blocked.error or "")
        bot_api.fail_next("sendMessage", 400, "Bad Request: can't parse entities: unsupported start tag", chat_id=603)
        plain = await sender.send(603, "private", alert())
        assert plain.status == SENT and plain.plain_fallback
        resent = bot_api.calls("sendMessage")[-1].params
        assert resent["text"] == alert().plain and "parse_mode" not in resent
        bot_api.fail_next("sendMessage", 502, "Bad Gateway", chat_id=604)
        assert (await sender.send(604, "private", alert())).status == RETRY


async def test_a_lost_answer_times_out_as_a_retry(bot_api) -> None:
    bot_api.fault_next("sendMessage", after=False, hang=2.0, chat_id=701)
    request = AiohttpRequest(2, read_timeout=0.3, write_timeout=0.3, connect_timeout=0.3, pool_timeout=0.3)
    async with Bot(TOKEN, base_url=bot_api.base_url, request=request) as bot:
        outcome = await sender_for(bot).send(701, "private", alert())
    assert outcome.status == RETRY and "TimedOut" in (outcome.error or "")


async def test_a_file_goes_as_multipart_and_comes_back(bot_api) -> None:
    async with Bot(TOKEN, base_url=bot_api.base_url, request=AiohttpRequest(2)) as bot:
        sent = await bot.send_document(801, InputFile(b"id,name\n1,Ada\n", filename="export.csv"), caption="Export")
    call = bot_api.calls("sendDocument")[0]
    assert sent.caption == "Export" and call.files == {"document": b"id,name\n1,Ada\n"}
    assert int(call.params["chat_id"]) == 801


def test_an_alert_composed_once_is_each_alerts_own_by_its_mute_button() -> None:
    shared = alert(0)
    assert for_alert(shared, 4242) == alert(4242)
    assert parse_mute_callback(for_alert(shared, 4242).buttons[-1][0].callback_data or "") == (False, 4242, 0)
    assert for_alert(shared, 4242).html == shared.html


async def test_a_transport_error_never_quotes_the_token() -> None:
    """aiohttp's errors quote the request's URL, and a Bot API URL holds the token: a redirect loop (an
    answer's error) and a malformed address (any other error) reach the sender without it."""
    from aiohttp import web
    from telegram.error import NetworkError

    async def loop_back(request: web.Request) -> web.Response:
        raise web.HTTPFound(str(request.url))

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", loop_back)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    request = AiohttpRequest(2)
    try:
        for url in (f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage", f"http://127.0.0.1:{port}:x/bot{TOKEN}/sendMessage"):
            try:
                await request.do_request(url, "POST")
            except NetworkError as error:
                assert TOKEN not in str(error) and "aiohttp." in str(error)
            else:
                raise AssertionError(f"{url} answered")
    finally:
        await request.shutdown()
        await runner.cleanup()
