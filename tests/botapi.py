"""A local Telegram Bot API server for tests: python-telegram-bot talks to it over real HTTP.

    with BotApiServer() as api:                           # or use the `bot_api` fixture
        application = Application.builder().token(api.token).base_url(api.base_url)
            .base_file_url(api.base_file_url).build()
        api.push_message(chat_id=1, text="/start")          # an update the bot receives via getUpdates
        api.wait_for(lambda: api.sent_messages(1))          # then assert on what it sent back

It answers the methods the bot uses (getMe, getUpdates with long polling, sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, sendDocument, getFile and file downloads, setMyCommands,
getChatMember, ...) and records every call with its decoded parameters and the time it arrived.
`fail_next` makes the next calls fail as Telegram would: 429 with retry_after, 403 for a blocked user,
400 for unparseable entities, 5xx. `fault_next` breaks the connection instead: the call is dropped or
left unanswered (for `hang` seconds, so that the client times out) before the server handles it, or
after (the message was sent, but its answer is lost).
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

TOKEN = "123456:TEST-TOKEN"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Solidarity Alerts", "username": "solidarity_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
LONG_POLL_CAP = 0.5  # seconds a getUpdates call waits at most, whatever timeout the bot asks for


@dataclass
class Call:
    """One Bot API request as the server received it."""

    method: str
    params: dict[str, Any]
    at: float
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass
class _Fault:
    method: str
    chat_id: int | None
    after: bool  # the call is handled (a message is sent) before the connection breaks
    hang: float  # seconds without an answer before the connection is closed
    remaining: int


@dataclass
class _Failure:
    method: str
    chat_id: int | None
    error_code: int
    description: str
    retry_after: int | None
    remaining: int
    matching: Callable[[dict[str, Any]], bool] | None = None


class BotApiServer:
    """A threaded fake of the Telegram Bot API on 127.0.0.1."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._calls: list[Call] = []
        self._failures: list[_Failure] = []
        self._faults: list[_Fault] = []
        self._files: dict[str, tuple[str, bytes]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}  # (chat_id, message_id) -> message
        self.chat_member_status: dict[tuple[int, int], str] = {}
        self.chats: dict[str, dict[str, Any]] = {}  # getChat answers, by "@username" and by id
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        host, port = self._httpd.server_address[:2]
        self.root = f"http://{host}:{port}"
        self.base_url = f"{self.root}/bot"
        self.base_file_url = f"{self.root}/file/bot"

    # --- lifecycle ---

    def __enter__(self) -> BotApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # --- what the user does ---

    def push_message(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
        document: tuple[str, bytes] | None = None,
        first_name: str = "Ada",
        language_code: str = "en",
        thread: int | None = None,
        forwarded_from: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Queue an incoming message (a command when the text starts with '/'); returns the message. With
        `thread`, it is posted in that topic of a forum supergroup."""
        user_id = user_id if user_id is not None else chat_id
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id, chat_type, first_name),
            "from": {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code},
        }
        if forwarded_from is not None:
            message["forward_origin"] = {"type": "channel", "chat": forwarded_from, "message_id": 7,
                                         "date": int(time.time())}
        if thread is not None:
            message["chat"]["is_forum"] = True
            message["message_thread_id"], message["is_topic_message"] = thread, True
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to_message_id is not None:
            replied = self.messages.get((chat_id, reply_to_message_id))
            message["reply_to_message"] = replied or {
                "message_id": reply_to_message_id, "date": int(time.time()), "chat": message["chat"]
            }
        if document is not None:
            file_name, content = document
            file_id = f"file-{len(self._files) + 1}"
            self._files[file_id] = (file_name, content)
            message["document"] = {"file_id": file_id, "file_unique_id": file_id, "file_name": file_name,
                                   "file_size": len(content)}
        self.messages[(chat_id, message["message_id"])] = message
        self._push({"message": message})
        return message

    def push_callback(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None,
                      chat_type: str = "private") -> str:
        """Queue a button press on a message the bot sent; returns the callback query id."""
        user_id = user_id if user_id is not None else chat_id
        query_id = f"cb-{next(self._update_ids)}"
        message = self.messages.get((chat_id, message_id)) or {
            "message_id": message_id, "date": int(time.time()), "chat": self._chat(chat_id, chat_type, "Ada")
        }
        self._push({"callback_query": {
            "id": query_id, "chat_instance": str(chat_id), "data": data, "message": message,
            "from": {"id": user_id, "is_bot": False, "first_name": "Ada", "language_code": "en"},
        }})
        return query_id

    def fail_next(self, method: str, error_code: int, description: str, *, chat_id: int | None = None,
                  retry_after: int | None = None, times: int = 1,
                  matching: Callable[[dict[str, Any]], bool] | None = None) -> None:
        """Make the next `times` calls of `method` (to `chat_id`, when given, and whose parameters satisfy
        `matching`, when given) fail like Telegram does."""
        with self._lock:
            self._failures.append(_Failure(method, chat_id, error_code, description, retry_after, times, matching))

    def fault_next(self, method: str, *, after: bool, hang: float = 0.0, chat_id: int | None = None, times: int = 1) -> None:
        """Break the connection of the next `times` calls of `method` (to `chat_id`, when given): before the
        call is handled (nothing sent), or `after` it (sent, answer lost); `hang` seconds without an answer
        first (a client timeout), or none (a dropped connection)."""
        with self._lock:
            self._faults.append(_Fault(method, chat_id, after, hang, times))

    def take_fault(self, method: str, params: dict[str, Any]) -> _Fault | None:
        """The fault planned for this call, if any (used by the request handler)."""
        with self._lock:
            for fault in self._faults:
                if fault.method == method and (fault.chat_id is None or str(params.get("chat_id")) == str(fault.chat_id)):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    # --- what the bot did ---

    def calls(self, method: str | None = None) -> list[Call]:
        """The calls received so far (of one method when given), oldest first."""
        with self._lock:
            return [call for call in self._calls if method is None or call.method == method]

    def sent_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Successful sendMessage calls' parameters (to one chat when given), oldest first."""
        return [
            call.params for call in self.calls("sendMessage")
            if call.params.get("_ok") and (chat_id is None or int(call.params["chat_id"]) == chat_id)
        ]

    def wait_for(self, condition: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Poll `condition` until it returns something truthy; fail the test after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            time.sleep(0.02)
        raise AssertionError(f"condition not met within {timeout} s; calls: {[c.method for c in self.calls()][-20:]}")

    async def until(self, condition: Callable[[], Any], timeout: float = 30.0) -> Any:
        """The async form of wait_for, for tests running the bot on their own event loop."""
        import asyncio

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            await asyncio.sleep(0.02)
        raise AssertionError(f"condition not met within {timeout} s; calls: {[c.method for c in self.calls()][-20:]}")

    # --- internals ---

    def _chat(self, chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
        else:
            chat["title"] = f"Group {chat_id}"
        return chat

    def _next_message_id(self, chat_id: int) -> int:
        with self._lock:
            counter = self._message_ids.setdefault(chat_id, itertools.count(1))
            return next(counter)

    def _push(self, update: dict[str, Any]) -> None:
        with self._lock:
            update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._lock.notify_all()

    def _take_failure(self, method: str, params: dict[str, Any]) -> _Failure | None:
        with self._lock:
            for failure in self._failures:
                chat = params.get("chat_id")
                if failure.method == method and (failure.chat_id is None or (chat is not None and int(chat) == failure.chat_id)) \
                        and (failure.matching is None or failure.matching(params)):
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._failures.remove(failure)
                    return failure
        return None

    def handle(self, method: str, params: dict[str, Any], files: dict[str, bytes]) -> tuple[int, dict[str, Any]]:
        """Answer one Bot API call: (HTTP status, JSON body)."""
        call = Call(method, params, time.monotonic(), files)
        with self._lock:
            self._calls.append(call)
        failure = self._take_failure(method, params)
        if failure is not None:
            body: dict[str, Any] = {"ok": False, "error_code": failure.error_code, "description": failure.description}
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            return failure.error_code, body
        handler = getattr(self, f"_method_{method}", None)
        if handler is None:
            return 200, {"ok": True, "result": True}
        result = handler(params)
        params["_ok"] = True
        return 200, {"ok": True, "result": result}

    def _method_getMe(self, params: dict[str, Any]) -> Any:  # noqa: N802 - Bot API method names
        return BOT_USER

    def _method_getUpdates(self, params: dict[str, Any]) -> Any:  # noqa: N802
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), LONG_POLL_CAP)
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                self._updates = [update for update in self._updates if update["update_id"] >= offset]
                if self._updates or time.monotonic() >= deadline:
                    return list(self._updates)
                self._lock.wait(max(0.0, deadline - time.monotonic()))

    def _sent(self, params: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id, "private" if chat_id > 0 else "group", "Ada"),
            "from": BOT_USER,
            **extra,
        }
        if params.get("message_thread_id"):
            message["message_thread_id"], message["is_topic_message"] = int(params["message_thread_id"]), True
            message["chat"]["is_forum"] = True
        if "inline_keyboard" in (params.get("reply_markup") or {}):  # Telegram echoes inline keyboards only
            message["reply_markup"] = params["reply_markup"]
        self.messages[(chat_id, message["message_id"])] = message
        params["_message_id"] = message["message_id"]
        return message

    def _method_sendMessage(self, params: dict[str, Any]) -> Any:  # noqa: N802
        return self._sent(params, {"text": params.get("text", "")})

    def _method_sendDocument(self, params: dict[str, Any]) -> Any:  # noqa: N802
        return self._sent(params, {"document": {"file_id": "sent", "file_unique_id": "sent"},
                                   "caption": params.get("caption", "")})

    def _method_editMessageText(self, params: dict[str, Any]) -> Any:  # noqa: N802
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.setdefault(key, {"message_id": key[1], "date": int(time.time()),
                                                 "chat": self._chat(key[0], "private", "Ada")})
        message["text"] = params.get("text", "")
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        else:
            message.pop("reply_markup", None)
        return message

    def _method_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:  # noqa: N802
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key, {"message_id": key[1], "date": int(time.time()),
                                          "chat": self._chat(key[0], "private", "Ada")})
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _method_getFile(self, params: dict[str, Any]) -> Any:  # noqa: N802
        file_id = params["file_id"]
        name, content = self._files[file_id]
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(content), "file_path": f"documents/{file_id}"}

    def _method_getChatMember(self, params: dict[str, Any]) -> Any:  # noqa: N802
        status = self.chat_member_status.get((int(params["chat_id"]), int(params["user_id"])), "member")
        user = {"id": int(params["user_id"]), "is_bot": False, "first_name": "Ada"}
        if status == "administrator":
            return {"status": status, "user": user, "can_be_edited": False, "is_anonymous": False,
                    "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                    "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                    "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                    "can_delete_stories": False}
        if status == "creator":
            return {"status": status, "user": user, "is_anonymous": False}
        return {"status": "member", "user": user}

    def add_channel(self, chat_id: int, username: str) -> dict[str, Any]:
        """A channel getChat knows (by @username and id); returns it as a Chat object."""
        chat = {"id": chat_id, "type": "channel", "title": f"Channel {username}", "username": username}
        self.chats[f"@{username}"] = self.chats[str(chat_id)] = chat
        return chat

    def _method_getChat(self, params: dict[str, Any]) -> Any:  # noqa: N802
        chat = self.chats.get(str(params["chat_id"]))
        return {**chat, "accent_color_id": 0, "max_reaction_count": 11} if chat else {
            "id": int(params["chat_id"]) if str(params["chat_id"]).lstrip("-").isdigit() else -1, "type": "private",
            "first_name": "Ada", "accent_color_id": 0, "max_reaction_count": 11}

    def _method_getMyCommands(self, params: dict[str, Any]) -> Any:  # noqa: N802
        return []

    def file_content(self, file_path: str) -> bytes | None:
        """The bytes of a file the bot downloads."""
        file_id = file_path.rsplit("/", 1)[-1]
        entry = self._files.get(file_id)
        return entry[1] if entry else None


def _decode_value(value: str) -> Any:
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    if content_type.startswith("application/json"):
        return (json.loads(body) if body else {}), files
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = payload
            else:
                params[name] = _decode_value(payload.decode("utf-8"))
        return params, files
    for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        params[key] = _decode_value(value)
    return params, files


def _make_handler(server: BotApiServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the default logging
            return

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and delayed
            # ACKs hold every reply back by about 40 ms.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the bot stopped polling and closed the connection while a long poll was answered

        def _dispatch(self) -> None:
            path = unquote(urlsplit(self.path).path)  # file downloads quote the token's ":"
            prefix = f"/bot{server.token}/"
            file_prefix = f"/file/bot{server.token}/"
            if path.startswith(file_prefix):
                content = server.file_content(path[len(file_prefix):])
                if content is None:
                    self._reply(404, b"not found", "text/plain")
                else:
                    self._reply(200, content, "application/octet-stream")
                return
            if not path.startswith(prefix):
                self._reply(401, json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode())
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            params, files = _parse_body(self.headers.get("Content-Type", ""), body)
            query = dict(parse_qsl(urlsplit(self.path).query))
            params.update({key: _decode_value(value) for key, value in query.items()})
            method = path[len(prefix):]
            fault = server.take_fault(method, params)
            if fault is not None and not fault.after:
                self._break(fault)
                return
            status, answer = server.handle(method, params, files)
            if fault is not None:
                self._break(fault)
                return
            self._reply(status, json.dumps(answer).encode())

        def _break(self, fault: _Fault) -> None:
            time.sleep(fault.hang)
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # the client gave up and closed it first

        do_GET = _dispatch  # noqa: N815
        do_POST = _dispatch  # noqa: N815

    return Handler


@pytest.fixture
def bot_api() -> Iterator[BotApiServer]:
    """A running local Bot API server, stopped after the test."""
    with BotApiServer() as server:
        yield server
