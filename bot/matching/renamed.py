"""Which union a discovered union became when the matcher reads its story another way (pure).

A discovered union's id is its folded name as the recogniser read it, so a change of the matcher that reads
the name with another span ("働く首都圏青年ユニオン" now read "首都圏青年ユニオン"), another country, or as a union
the directory now holds, gives the same union a new id: stories carry the new one, and whoever followed the
old one would hear nothing more. `renamed_union` tags the union's example story again and names the tag
that took its place, when exactly one does.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from bot.matching.normalize import fold
from bot.matching.tagger import StoryTags, UnionTag

__all__ = ["names_the_same_union", "renamed_union"]

# Japanese, Chinese and Thai names are written without spaces: there, a name holds another when it holds its
# letters, and the shorter one must be a name, not a word ("労組").
_UNSPACED_LETTER = re.compile("[\u0e01-\u0e4e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MIN_UNSPACED_LETTERS = 4


def _holds(longer: str, shorter: str) -> bool:
    if " " not in shorter and _UNSPACED_LETTER.search(shorter):
        return len(shorter) >= _MIN_UNSPACED_LETTERS and shorter in longer
    # Elsewhere a whole run of words, and two or more of them: "Workers Union" is in many names.
    return (shorter == longer or " " in shorter) and f" {shorter} " in f" {longer} "


def names_the_same_union(name: str, acronym: str | None, country: str | None, tag: UnionTag) -> bool:
    """Whether `tag` names the union a discovered union called `name` (`acronym`, `country`): the same
    acronym, or a name (or a span of the story it was read from) that holds the other's or is held by it.
    A union of another country only when it is written exactly so: the same words, read as another
    country's union, are the matcher correcting the country ("Frente de Trabajadores Portuarios de San
    Antonio" in Chile, not the United States)."""
    mine = fold(name)
    written = [fold(text) for text in (tag.name, tag.acronym or "", *(evidence.text for evidence in tag.evidence))]
    if country and tag.country and country != tag.country:
        return bool(mine) and mine in written
    if acronym and tag.acronym and fold(acronym) == fold(tag.acronym):
        return True
    return bool(mine) and any(theirs and (_holds(mine, theirs) or _holds(theirs, mine)) for theirs in written)


def renamed_union(union_id: str, name: str, acronym: str | None, country: str | None,
                  stored_ids: AbstractSet[str], today: StoryTags) -> UnionTag | None:
    """The tag that took the place of discovered union `union_id` in its example story: `today` is the
    story tagged by today's matcher, `stored_ids` the union ids stored for it when it was tagged. None when
    today's tags still carry `union_id`, or when not exactly one new tag names the same union (a union the
    story was already tagged with is another union the story names, not this one read anew)."""
    if any(tag.union_id == union_id for tag in today.unions):
        return None
    candidates = [tag for tag in today.unions
                  if tag.union_id not in stored_ids and names_the_same_union(name, acronym, country, tag)]
    return candidates[0] if len(candidates) == 1 else None
