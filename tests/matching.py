"""What the matching tests read from a tagged story: one set of helpers for every tests/test_matching_*.py file."""

from __future__ import annotations

from bot.matching import StoryTags, default_tagger

__all__ = ["all_countries", "discovered_names", "primary_countries", "tag_text", "union_ids", "union_names"]


def tag_text(text: str, title: str | None = None, language: str | None = None) -> StoryTags:
    """The default tagger's tags for a story of this text (and title and language, when given)."""
    return default_tagger().tag(title, text, language)


def union_ids(tags: StoryTags) -> set[str]:
    """The ids of every union tagged, directory ids and discovered ("found:...") alike."""
    return {tag.union_id for tag in tags.unions}


def union_names(tags: StoryTags) -> set[str]:
    """The names of every union tagged, as the tags give them."""
    return {tag.name for tag in tags.unions}


def discovered_names(tags: StoryTags) -> set[str]:
    """The names of the unions found by their shape, not in the directory."""
    return {tag.name for tag in tags.unions if tag.union_id.startswith("found:")}


def primary_countries(tags: StoryTags) -> set[str]:
    """The codes of the story's primary countries."""
    return {tag.code for tag in tags.countries if tag.salience == "primary"}


def all_countries(tags: StoryTags) -> set[str]:
    """The codes of every country tagged, primary or mentioned."""
    return {tag.code for tag in tags.countries}
