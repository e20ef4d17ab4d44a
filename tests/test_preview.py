"""`solidarity-bot preview` on the bundled corpus, run through bot.cli.main in an empty folder."""

from __future__ import annotations

import sqlite3

from bot.cli import main


def alert_blocks(output: str) -> dict[str, str]:
    """Each printed alert by its headline."""
    blocks = {}
    for block in output.split("──── alert ")[1:]:
        body = block.split("\n", 1)[1]
        blocks[body.split("\n", 1)[0]] = body
    return blocks


def test_preview_shows_the_petition_button_on_the_labor_desk_appeal(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["preview"]) == 0
    output = capsys.readouterr().out
    blocks = alert_blocks(output)
    appeal = blocks["Appeal to free Labor Desk activists"]
    assert "🇦🇿 Azerbaijan" in appeal
    assert "[✍️ Sign the petition] -> https://www.labourstart.org/campaigns/" in appeal
    assert appeal.index("Sign the petition") < appeal.index("Mute")
    # the donation appeal lost its link in the corpus: LabourStart's standing appeal gives the button
    donation = blocks["We will never stop fighting for workers’ rights"]
    assert "[💶 Donate] -> https://www.labourstart.org/" in donation
    assert donation.index("Donate]") < donation.index("Mute")
    # the duplicate story (000#0 and 001#0) is printed once
    assert output.count("Azerbaijan Cracks Down on Independent Trade Union Leaders\n") == 1
    # preview leaves no subscriber, tag or alert behind: the real bot still routes these stories
    with sqlite3.connect(tmp_path / "solidarity.db") as connection:
        assert connection.execute("select count(*) from subscribers").fetchone() == (0,)
        assert connection.execute("select count(*) from alerts").fetchone() == (0,)
        assert connection.execute("select count(*) from story_clusters where routed_at is not null").fetchone() == (0,)
        assert connection.execute("select count(*) from stories").fetchone()[0] == 11


def test_preview_for_given_interests(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["preview", "--country", "Azerbaidjan", "--union", "Labour Desk"]) == 0
    output = capsys.readouterr().out
    blocks = alert_blocks(output)
    assert "Appeal to free Labor Desk activists" in blocks
    assert all("Azerbaijan" in block or "Labor Desk" in block for block in blocks.values())
    assert not any("Montenegro" in headline for headline in blocks)


def test_preview_unknown_interest_gets_suggestions(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["preview", "--country", "Belarussia"]) == 0  # a typo that resolves
    capsys.readouterr()
    assert main(["preview", "--country", "Atlantis"]) == 2
    output = capsys.readouterr().out
    assert "Atlantis" in output and "Try:" in output and "--country" in output


def test_preview_runs_twice_on_the_same_database(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["preview", "--country", "AZ"]) == 0
    first = alert_blocks(capsys.readouterr().out)
    assert main(["preview", "--country", "AZ"]) == 0
    second = alert_blocks(capsys.readouterr().out)
    assert first.keys() == second.keys() and first


async def _ingest_sample(sessions):
    from bot.config import Config, CorpusConfig
    from bot.ingest.pipeline import ingest_all, sync_sources

    config = Config(corpus=CorpusConfig(paths=("@sample",)))
    await sync_sources(sessions, config)
    await ingest_all(sessions, config)
    return config


async def test_render_preview_on_both_databases_leaves_nothing_behind(sessions):
    import argparse
    import io

    from sqlalchemy import func, select

    from bot.preview import render_preview
    from storage.models import Alert, Campaign, StoryTag, Subscriber

    config = await _ingest_sample(sessions)
    out = io.StringIO()
    args = argparse.Namespace(country=["Azerbaijan"], union=[], keyword=[], limit=50)
    assert await render_preview(sessions, config, args, out) == 0
    appeal = alert_blocks(out.getvalue())["Appeal to free Labor Desk activists"]
    assert "[✍️ Sign the petition] -> https://www.labourstart.org/campaigns/" in appeal
    async with sessions() as session:
        for model in (Alert, Subscriber, StoryTag, Campaign):
            assert await session.scalar(select(func.count()).select_from(model)) == 0, model


async def test_latest_on_topic_for_a_new_subscriber(sessions):
    from sqlalchemy import func, select

    from bot.delivery.stories import latest_on_topic
    from bot.matching import default_tagger
    from bot.routing.route import process_new_clusters
    from storage.models import Alert

    await _ingest_sample(sessions)
    await process_new_clusters(sessions, default_tagger())
    async with sessions() as session:
        text = await latest_on_topic(session, "country", "AZ", label="Azerbaijan")
        keyword = await latest_on_topic(session, "keyword", "strike -football")
        assert await latest_on_topic(session, "country", "NZ") is None
        assert await session.scalar(select(func.count()).select_from(Alert)) == 0  # nothing queued: no backlog flood
    lines = text.split("\n")
    assert lines[0] == "<b>Latest on 🇦🇿 Azerbaijan</b>" and len(lines) == 4
    assert "Appeal to free Labor Desk activists" in text
    assert keyword.startswith("<b>Latest on 🔎 strike -football</b>") and 2 <= len(keyword.split("\n")) <= 4
