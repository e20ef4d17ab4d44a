"""run_tag: JSON lines in, one JSON line of tags (or an error) out per story."""

from __future__ import annotations

import io
import json

from bot.matching import default_tagger
from bot.matching.tag_cli import run_tag


def run(lines: list[str]) -> tuple[int, list[dict]]:
    output = io.StringIO()
    code = run_tag(io.StringIO("\n".join(lines) + "\n"), output, default_tagger())
    return code, [json.loads(line) for line in output.getvalue().splitlines()]


def test_good_lines_are_tagged() -> None:
    story = {"id": "s1", "title": "Azerbaijan Cracks Down on Independent Trade Union Leaders",
             "text": "The Azerbaijan Trade Unions Confederation (AHIK) met in Baku. ITUC observers attended."}
    code, results = run([json.dumps(story)])
    assert code == 0
    [result] = results
    assert result["id"] == "s1"
    assert {"code": "AZ", "salience": "primary"}.items() <= result["countries"][0].items()
    unions = {union["acronym"]: union for union in result["unions"]}
    assert unions["AHİK"]["name"] == "Azerbaijan Trade Unions Confederation"
    assert unions["ITUC"]["salience"] in {"primary", "mentioned"}
    evidence = result["countries"][0]["evidence"][0]
    assert evidence == {"text": "Azerbaijan", "start": 0, "end": 10, "field": "title"}


def test_bad_lines_report_errors_and_processing_continues() -> None:
    lines = [
        "not json at all",
        json.dumps({"id": 7, "title": "No text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "t", "title": 5, "text": "x"}),
        "",
        json.dumps({"id": "ok", "title": None, "text": "Strike in Kazakhstan."}),
    ]
    code, results = run(lines)
    assert code == 1
    assert [result["id"] for result in results] == [None, 7, None, "t", "ok"]
    assert "not valid JSON" in results[0]["error"]
    assert "text" in results[1]["error"]
    assert "JSON object" in results[2]["error"]
    assert "title" in results[3]["error"]
    assert results[4]["countries"][0]["code"] == "KZ" and "error" not in results[4]


def test_empty_input_succeeds_with_no_output() -> None:
    assert run([]) == (0, [])
