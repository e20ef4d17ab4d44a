"""Matching: countries, unions and keywords in story text (pure functions, no I/O beyond package data)."""

from bot.matching.keywords import KeywordIndex, KeywordQuery, keyword_matches, mentions_any, parse_keyword_query
from bot.matching.language import declared_language, detect_language, detected_language
from bot.matching.renamed import names_the_same_union, renamed_union
from bot.matching.resolve import Resolution, Suggestion, resolve
from bot.matching.tagger import (
    CountryTag,
    Evidence,
    Salience,
    StoryTags,
    Tagger,
    UnionTag,
    default_tagger,
    discovered_union_id,
)
from bot.matching.topics import Topic
from bot.matching.unions import UnionDirectory, UnionRecord, default_directory

__all__ = [
    "CountryTag", "Evidence", "KeywordIndex", "KeywordQuery", "Resolution", "Salience", "StoryTags", "Suggestion",
    "Tagger", "Topic", "UnionDirectory", "UnionRecord", "UnionTag", "declared_language", "default_directory", "default_tagger",
    "detect_language", "detected_language", "discovered_union_id", "keyword_matches", "mentions_any", "names_the_same_union", "parse_keyword_query",
    "renamed_union", "resolve",
]
