"""JSON-lines tagging for the `solidarity-bot tag` command.

Each input line is `{"id": ..., "title": ..., "text": ...}`; each output line is the story's
tags, or `{"id": ..., "error": "..."}` for a line that could not be read.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from bot.matching.tagger import Evidence, StoryTags, Tagger


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"text": item.text, "start": item.start, "end": item.end, "field": item.field} for item in items]


def tags_to_json(story_id: Any, tags: StoryTags) -> dict[str, Any]:
    """The output object for one tagged story."""
    return {
        "id": story_id,
        "countries": [{"code": tag.code, "name": tag.name, "salience": tag.salience, "evidence": _evidence(tag.evidence)}
                      for tag in tags.countries],
        "unions": [{"id": tag.union_id, "name": tag.name, "acronym": tag.acronym, "country": tag.country,
                    "salience": tag.salience, "evidence": _evidence(tag.evidence)} for tag in tags.unions],
    }


def _tag_line(line: str, tagger: Tagger) -> dict[str, Any]:
    try:
        story = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"not valid JSON ({error.msg} at column {error.colno})"}
    if not isinstance(story, dict):
        return {"id": None, "error": "expected a JSON object with \"id\", \"title\" and \"text\""}
    story_id = story.get("id")
    text, title = story.get("text"), story.get("title")
    if not isinstance(text, str):
        return {"id": story_id, "error": "missing \"text\" (it must be a string)"}
    if title is not None and not isinstance(title, str):
        return {"id": story_id, "error": "\"title\" must be a string or null"}
    return tags_to_json(story_id, tagger.tag(title, text))


def run_tag(input_stream: TextIO, output_stream: TextIO, tagger: Tagger) -> int:
    """Tag every JSON line of `input_stream`; return 0 if all lines were tagged, 1 if some failed."""
    failed = False
    for line in input_stream:
        if not line.strip():
            continue
        result = _tag_line(line, tagger)
        failed = failed or "error" in result
        output_stream.write(json.dumps(result, ensure_ascii=False) + "\n")
    output_stream.flush()
    return 1 if failed else 0
