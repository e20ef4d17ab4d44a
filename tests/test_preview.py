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
    # the donation appeal: the kind is known, but there is no link for a button
    donation = blocks["We will never stop fighting for workers’ rights"]
    assert "action: donation appeal" in donation and "no button" in donation and "Donate]" not in donation
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
