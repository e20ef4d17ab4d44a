"""The `solidarity-bot` command: ingest, db upgrade, and clear messages for bad config."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main


def test_ingest_prints_a_summary_and_a_second_run_finds_nothing_new(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["ingest"]) == 0
    first = capsys.readouterr().out
    assert "1 source polled: 10 new stories, 1 duplicate," in first
    assert (tmp_path / "solidarity.db").exists()
    assert main(["ingest"]) == 0
    assert "0 new stories, 0 duplicates, 1 source unchanged, 0 failed" in capsys.readouterr().out


def test_db_upgrade(tmp_path: Path, capsys) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path}/x.db"\n', encoding="utf-8")
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert "database is up to date" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[feeds]]\nurl = "not a url"\n', "feeds[1].url: not an http(s) URL"),
        ('[database]\nurl = "postgresql+asyncpg://nobody@127.0.0.1:1/none"\n', "database.url: cannot open"),
    ],
)
def test_bad_config_stops_with_one_line(tmp_path: Path, capsys, body: str, message: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(body, encoding="utf-8")
    assert main(["ingest", "--config", str(config)]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1


def test_missing_config_file(tmp_path: Path, capsys) -> None:
    assert main(["ingest", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_run_without_token_explains(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main(["run"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


def test_tag_reads_json_lines_from_a_file_and_reports_bad_lines(tmp_path: Path, capsys) -> None:
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        '{"id": "s1", "title": "Belarus jails BKDP leaders", "text": "Minsk courts sentenced union leaders."}\n'
        "not json\n",
        encoding="utf-8",
    )
    assert main(["tag", "--input", str(stories)]) == 1
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["id"] == "s1" and {"code": "BY", "salience": "primary"}.items() <= first["countries"][0].items()
    assert any(union["acronym"] == "BKDP" for union in first["unions"])
    assert "error" in second


def test_tag_with_a_missing_input_file(tmp_path: Path, capsys) -> None:
    assert main(["tag", "--input", str(tmp_path / "missing.jsonl")]) == 2
    assert "--input: cannot read" in capsys.readouterr().err


ARENA_PROBE = """
import ctypes, sys, threading
from bot.cli import limit_malloc_arenas
if sys.argv[1] == "limit":
    assert limit_malloc_arenas(2)
barrier = threading.Barrier(6)
def work():
    block = bytearray(20000)
    barrier.wait()
    del block
threads = [threading.Thread(target=work) for _ in range(6)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
ctypes.CDLL(None).malloc_stats()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
@pytest.mark.parametrize(("mode", "expected"), [("limit", 2), ("free", 7)])
def test_malloc_arenas_are_capped_before_threads_start(mode: str, expected: int) -> None:
    # malloc_stats prints one "Arena N:" block per arena: the main one plus one per thread unless capped
    environment = {name: value for name, value in os.environ.items() if name != "MALLOC_ARENA_MAX"}
    result = subprocess.run([sys.executable, "-c", ARENA_PROBE, mode], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent, env=environment)
    assert result.stderr.count("Arena ") == expected
