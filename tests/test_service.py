"""`solidarity-bot run` and `worker` as real processes against the local Bot API server: roles, health,
metrics, SIGTERM, and one clear line for each bad input."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from telegram.error import NetworkError
from telegram.ext import Application, Updater

from bot.app import build_application
from bot.config import ConfigError, parse_config
from bot.service import roles as bot_service
from bot.service.roles import single_process_lock, webhook_secret
from bot.services import Services
from storage.db import create_engine, session_factory
from tests.alerting import add_story, add_subscriber, queue
from tests.botapi import TOKEN, BotApiServer
from tests.conftest import REQUIRE_POSTGRES, _create_postgres_database, _drop_postgres_database, _migrate

STOP_BUDGET = 5.0  # seconds from SIGTERM to exit


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Service:
    """One `solidarity-bot` process with its log file."""

    process: subprocess.Popen[bytes]
    log: Path
    port: int | None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for_line(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.output():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"no {text!r} in the log (exit {self.process.poll()}):\n{self.output()}")

    def terminate(self) -> tuple[int, float]:
        """SIGTERM; (exit code, seconds it took)."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return code, time.monotonic() - started

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def start(tmp_path: Path, role: str, env: dict[str, str], *, name: str | None = None) -> Service:
    """Start `solidarity-bot <role>` in `tmp_path` (no corpus) with `env` added to a clean environment."""
    config = tmp_path / "config.toml"
    if not config.exists():
        config.write_text("[corpus]\npaths = []\n", encoding="utf-8")
    log = tmp_path / f"{name or role}.log"
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("SOLIDARITY_", "TELEGRAM_"))}
    environment.update({"TELEGRAM_BOT_TOKEN": TOKEN, **env})
    with open(log, "wb") as output:
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", role, "--config", str(config)], cwd=tmp_path,
                                   env=environment, stdout=output, stderr=subprocess.STDOUT)
    port = env.get("SOLIDARITY_SERVER_PORT")
    return Service(process, log, int(port) if port else None)


@pytest.fixture
def fleet_database() -> Iterator[str]:
    """A PostgreSQL database of its own (the processes share it; no other test sees it)."""
    try:
        url = asyncio.run(_create_postgres_database())
    except Exception as error:  # noqa: BLE001 - no server answering means no PostgreSQL here
        if REQUIRE_POSTGRES:
            pytest.fail(f"no PostgreSQL server: {error}")
        pytest.skip(f"no PostgreSQL server: {error}")
    asyncio.run(_migrate(url))
    yield url
    asyncio.run(_drop_postgres_database(url))


async def _queue_alerts(url: str, chats: list[int]) -> None:
    engine = create_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            story = await add_story(session, "Dockers strike in Baku", "Azerbaijan dockers walked out.",
                                    url="https://news.test/baku")
            for chat in chats:
                await queue(session, await add_subscriber(session, chat), story)
    finally:
        await engine.dispose()


def test_run_and_worker_share_postgresql_only_run_reads_updates(tmp_path: Path, fleet_database: str) -> None:
    chats = [101, 102, 103, 104]
    asyncio.run(_queue_alerts(fleet_database, chats))
    with BotApiServer() as run_api, BotApiServer() as worker_api:  # one per process: who called what
        base = {"SOLIDARITY_DATABASE_URL": fleet_database, "SOLIDARITY_DELIVERY_MESSAGES_PER_SECOND": "200"}
        runner = start(tmp_path, "run", {**base, "SOLIDARITY_TELEGRAM_BASE_URL": run_api.base_url,
                                         "SOLIDARITY_SERVER_PORT": str(free_port())})
        worker = start(tmp_path, "worker", {**base, "SOLIDARITY_TELEGRAM_BASE_URL": worker_api.base_url,
                                            "SOLIDARITY_SERVER_PORT": str(free_port()), "SOLIDARITY_LOG_FORMAT": "json"})
        try:
            runner.wait_for_line("started: @solidarity_test_bot, role run (long polling), database postgresql")
            worker.wait_for_line("started: @solidarity_test_bot, role worker, database postgresql")
            run_api.wait_for(lambda: len(run_api.sent_messages()) + len(worker_api.sent_messages()) >= len(chats),
                             timeout=30)
            run_api.wait_for(lambda: run_api.calls("getUpdates"))
            status, body = worker.get("/healthz")
            health = json.loads(body)
            metrics = runner.get("/metrics")
        finally:
            stops = [service.terminate() for service in (runner, worker)]
        sent = [int(params["chat_id"]) for params in run_api.sent_messages() + worker_api.sent_messages()]
        assert sorted(sent) == chats  # each alert once, whichever process sent it
        assert worker_api.calls("getMe") and not worker_api.calls("getUpdates")
        assert not worker_api.calls("setMyCommands")
    assert status == 200 and health["database"] == {"ok": True} and health["role"] == "worker"
    assert health["telegram"]["bot"] == "@solidarity_test_bot" and health["queue"]["pending"] == 0
    assert metrics[0] == 200 and b"solidarity_alerts_sent_total" in metrics[1] and b"solidarity_stage_seconds" in metrics[1]
    for code, seconds in stops:
        assert code == 0 and seconds < STOP_BUDGET
    for process in (runner, worker):
        log = process.output()
        assert TOKEN not in log and TOKEN.split(":")[1] not in log
        assert log.count("started:") == 1 and "Traceback" not in log
    assert all(json.loads(line)["logger"] for line in worker.output().splitlines())  # [log] format = "json"


def test_healthz_answers_503_when_the_database_is_gone(tmp_path: Path, fleet_database: str) -> None:
    with BotApiServer() as api:
        worker = start(tmp_path, "worker", {"SOLIDARITY_DATABASE_URL": fleet_database,
                                            "SOLIDARITY_TELEGRAM_BASE_URL": api.base_url,
                                            "SOLIDARITY_SERVER_PORT": str(free_port())})
        try:
            worker.wait_for_line("web server listening")
            asyncio.run(_drop_postgres_database(fleet_database))
            status, body = worker.get("/healthz")
        finally:
            code, _ = worker.terminate()
    assert status == 503 and json.loads(body)["database"]["ok"] is False
    assert code == 0


def one_line(service: Service, expected_code: int | None, needle: str) -> str:
    """The process's output, checked to be one line containing `needle` (and, when given, its exit code)."""
    if expected_code is not None:
        assert service.process.wait(timeout=60) == expected_code, service.output()
    output = service.output()
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0], output
    assert TOKEN not in output
    return lines[0]


def test_a_rejected_token_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with BotApiServer(token="999:OTHER-TOKEN") as api:
        service = start(tmp_path, "run", {"SOLIDARITY_TELEGRAM_BASE_URL": api.base_url})
        one_line(service, 1, "telegram.token: the Bot API rejected the token (401)")


def test_a_port_in_use_names_the_key(tmp_path: Path) -> None:
    with BotApiServer() as api, socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        service = start(tmp_path, "worker", {"SOLIDARITY_TELEGRAM_BASE_URL": api.base_url, "SOLIDARITY_SERVER_PORT": str(port)})
        one_line(service, 2, f"server.port: cannot listen on 127.0.0.1:{port}")


def test_a_malformed_environment_variable_names_it(tmp_path: Path) -> None:
    service = start(tmp_path, "run", {"SOLIDARITY_DELIVERY_MESSAGES_PER_SECOND": "fast"})
    one_line(service, 2, "SOLIDARITY_DELIVERY_MESSAGES_PER_SECOND:")


@pytest.mark.parametrize(("unreachable", "needle"), [("database", "the database (postgresql+asyncpg://postgres:***@"),
                                                      ("Bot API", "the Telegram Bot API cannot be reached")])
def test_an_unreachable_database_or_bot_api_is_retried_and_sigterm_still_stops(tmp_path: Path, unreachable: str,
                                                                               needle: str) -> None:
    dead = f"127.0.0.1:{free_port()}"
    env = {"SOLIDARITY_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
           "SOLIDARITY_TELEGRAM_BASE_URL": f"http://{dead}/bot"}
    if unreachable == "database":
        env["SOLIDARITY_DATABASE_URL"] = f"postgresql+asyncpg://postgres:secret-pw@{dead}/none"
    service = start(tmp_path, "run", env)
    service.wait_for_line("retrying in 1 s")
    code, seconds = service.terminate()
    line = one_line(service, None, needle)
    assert code == 0 and seconds < STOP_BUDGET
    assert "secret-pw" not in line


def test_a_second_process_on_one_sqlite_file_is_refused(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    with single_process_lock(url):
        with pytest.raises(ConfigError, match="another solidarity-bot process .* use PostgreSQL to run several"):
            with single_process_lock(url):
                pass
    with single_process_lock(url):  # released with the first process
        pass
    with single_process_lock("postgresql+asyncpg://postgres@127.0.0.1/x"), single_process_lock("postgresql+asyncpg://postgres@127.0.0.1/x"):
        pass  # PostgreSQL: any number


def test_the_webhook_secret_is_configured_or_derived_from_the_token() -> None:
    derived = webhook_secret(parse_config({"telegram": {"token": TOKEN}}, environ={}))
    assert derived == webhook_secret(parse_config({"telegram": {"token": TOKEN}}, environ={}))  # every process agrees
    assert TOKEN not in derived and len(derived) == 64
    assert derived != webhook_secret(parse_config({"telegram": {"token": "1:OTHER"}}, environ={}))
    assert webhook_secret(parse_config({"telegram": {"token": TOKEN, "webhook_secret": "s3cret_-X"}}, environ={})) == "s3cret_-X"
    with pytest.raises(ConfigError, match="telegram.webhook_secret: must be 1-256 characters"):
        parse_config({"telegram": {"webhook_secret": "has space"}}, environ={})


async def test_run_takes_updates_by_webhook_with_the_secret_and_survives_a_failed_menu(monkeypatch, sqlite_sessions) -> None:
    calls: list[tuple[str, dict]] = []

    async def fail_menu(application: Application) -> None:
        raise NetworkError("setMyCommands timed out")

    def recorder(name: str):  # noqa: ANN202 - a stand-in for Updater.start_polling / start_webhook
        async def record(self: Updater, **kwargs: object) -> None:
            calls.append((name, kwargs))
        return record

    monkeypatch.setattr(bot_service, "publish_commands", fail_menu)
    monkeypatch.setattr(Updater, "start_polling", recorder("polling"))
    monkeypatch.setattr(Updater, "start_webhook", recorder("webhook"))
    config = parse_config({"telegram": {"token": TOKEN}}, environ={})
    hooked = replace(config, telegram=replace(config.telegram, webhook_url="https://bot.example.org/tg/hook"))
    await bot_service._take_updates(build_application(config, sqlite_sessions), config)
    await bot_service._take_updates(build_application(hooked, sqlite_sessions), hooked)
    (first, _), (second, webhook) = calls
    assert (first, second) == ("polling", "webhook")
    assert (webhook["listen"], webhook["port"], webhook["url_path"], webhook["webhook_url"]) == (
        "0.0.0.0", 8443, "tg/hook", "https://bot.example.org/tg/hook")
    assert webhook["secret_token"] == webhook_secret(hooked)


def test_the_worker_has_no_updater(sqlite_sessions) -> None:
    config = parse_config({"telegram": {"token": TOKEN}}, environ={})
    assert build_application(config, sqlite_sessions, updates=False).updater is None
    assert build_application(config, sqlite_sessions).updater is not None


def test_processes_on_postgresql_split_the_send_limit(fleet_database: str, tmp_path: Path) -> None:
    from bot.delivery.sender import RateLimiter
    from storage.fleet import FleetShare

    async def scenario() -> tuple[list[int], int, int, int]:
        engines = [create_engine(fleet_database) for _ in range(3)]
        shares = [FleetShare(engine) for engine in engines]
        sqlite = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'one.db'}")
        try:
            joining = [await share.processes() for share in shares]  # a run, then two workers start
            await shares[2].release()  # a worker stops
            after_stop = await shares[0].processes()
            assert shares[1]._connection is not None
            await shares[1]._connection.invalidate()  # a worker dies with its connection (kill -9)
            shares[1]._connection = None
            after_kill = await shares[0].processes()
            return joining, after_stop, after_kill, await FleetShare(sqlite).processes()
        finally:
            for share in shares:
                await share.release()
            for engine in (*engines, sqlite):
                await engine.dispose()

    joining, after_stop, after_kill, on_sqlite = asyncio.run(scenario())
    assert joining == [1, 2, 3] and after_stop == 2 and after_kill == 1 and on_sqlite == 1
    limiter = RateLimiter(30.0)
    limiter.set_overall_rate(30.0 / 3)
    assert limiter.overall_interval == pytest.approx(0.1)


def test_an_idle_process_holds_no_share_of_the_send_limit(fleet_database: str) -> None:
    """Three processes, one of them with nothing to send: the two busy ones split the limit between them;
    the idle one counts itself in only for the rate it will start at, and holds no slot."""
    from storage.fleet import FleetShare

    async def scenario() -> tuple[list[int], int, list[int]]:
        engines = [create_engine(fleet_database) for _ in range(3)]
        shares = [FleetShare(engine) for engine in engines]
        try:
            counts = [await shares[0].processes(busy=True), await shares[1].processes(busy=True),
                      await shares[2].processes(busy=True)]
            idle_sees = await shares[2].processes(busy=False)  # its queue ran dry: it gives its slot back
            busy_see = [await shares[0].processes(busy=True), await shares[1].processes(busy=True)]
            return counts, idle_sees, busy_see
        finally:
            for share in shares:
                await share.release()
            for engine in engines:
                await engine.dispose()

    counts, idle_sees, busy_see = asyncio.run(scenario())
    assert counts == [1, 2, 3]
    assert busy_see == [2, 2], "the busy processes each take half the limit"
    assert idle_sees == 3, "the idle process would start at a third, as if it were busy"


async def test_the_start_up_tagger_is_frozen_and_a_rebuild_frees_the_old_one(sqlite_sessions) -> None:
    services = Services(config=parse_config({}, environ={}), sessions=sqlite_sessions)
    try:
        await bot_service.build_tagger(services)
        assert gc.get_freeze_count() > 0
        # The service goes on with other steps; until then the loop's handle that resumed this step holds
        # the future the build thread's tagger came in.
        await asyncio.sleep(0)
        first = weakref.ref(await services.tagger())
        assert first() is not None
        services.unions_changed()
        # Frozen objects are never collected by the cycle collector: only reference counting can free it.
        assert first() is None
        rebuilt = await services.tagger()
        assert rebuilt is not None and first() is None
    finally:
        gc.unfreeze()
