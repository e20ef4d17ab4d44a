"""Discovered unions: unions the tagger finds in stories but the directory lacks.

The tagger gives each one a stable id, "found:<cc or xx>:<folded-name>". When a cluster is tagged, its
found unions are recorded (first and last seen, story count, an example story) and its tags are settled
against the admins' decisions: a union merged into a directory entry is tagged with that entry's id, a
rejected one is dropped. Until then a found union is followed, alerted and explained like any other.
At start-up, a followed one that the directory now holds, or that a changed matcher now reads under another
id, is merged into what stories carry now, so that its followers keep hearing of it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from bot.matching import StoryTags, UnionDirectory, UnionRecord, UnionTag, renamed_union
from bot.matching.resolve import union_label
from bot.services import Services
from storage import discovered as queries
from storage.db import Session
from storage.discovered import FOUND_PREFIX, MERGED, NEW, REJECTED, DiscoveredInfo, FoundUnion

logger = logging.getLogger(__name__)

MAX_ID_LENGTH = 255  # story_tags.value and subscriptions.value
FOLLOWABLE_KEY = "followable-unions"


def is_found(union_id: str | None) -> bool:
    """Whether a union id is a discovered union's ("found:...") rather than a directory entry's."""
    return union_id is not None and union_id.startswith(FOUND_PREFIX)


def found_unions(tags: StoryTags) -> list[FoundUnion]:
    """The story's unions that are not in the directory."""
    return [FoundUnion(tag.union_id, tag.name, tag.acronym, tag.country) for tag in tags.unions if is_found(tag.union_id)]


def settle(tags: StoryTags, decided: Mapping[str, DiscoveredInfo]) -> StoryTags:
    """The tags with the admins' decisions applied: a merged union's tag becomes its directory entry's
    (joined with that entry's own tag when the story has both), a rejected union's tag is dropped."""
    settled: dict[str, UnionTag] = {}
    mapped: set[str] = set()  # directory ids whose tag so far only comes from a merged union
    for tag in tags.unions:
        union = decided.get(tag.union_id)
        if union is not None and union.status == REJECTED:
            continue
        from_merged = union is not None and union.status == MERGED and bool(union.merged_into)
        if union is not None and union.merged_into and from_merged:  # from_merged, written out so that mypy narrows `union`
            tag = dataclasses.replace(tag, union_id=union.merged_into, name=union.merged_name or union.name,
                                      acronym=None, country=union.country)
        earlier = settled.get(tag.union_id)
        if earlier is None:
            settled[tag.union_id] = tag
        else:  # one tag per union: the directory's own tag (with its acronym) is the base when there is one
            base = tag if tag.union_id in mapped and not from_merged else earlier
            settled[tag.union_id] = dataclasses.replace(
                base, salience="primary" if "primary" in (earlier.salience, tag.salience) else "mentioned",
                evidence=earlier.evidence + tag.evidence,
            )
        if from_merged and earlier is None:
            mapped.add(tag.union_id)
        elif not from_merged:
            mapped.discard(tag.union_id)
    unions = sorted(settled.values(), key=lambda tag: tag.salience != "primary")  # stable: the tagger's order within
    return StoryTags(tags.countries, tuple(unions))


async def record_and_settle(session: Session, tags: StoryTags, story_id: int) -> StoryTags:
    """Record the story's found unions (one more story each) and return its tags settled (see `settle`)."""
    if not any(is_found(tag.union_id) for tag in tags.unions):
        return tags
    found = []
    for union in found_unions(tags):
        if len(union.union_id) > MAX_ID_LENGTH:
            logger.warning("story %s: found union id longer than %d characters left out: %.80s…",
                           story_id, MAX_ID_LENGTH, union.union_id)
            continue
        found.append(union)
    await queries.record_found(session, found, story_id)
    decided = await queries.by_union_ids(session, [union.union_id for union in found])
    kept = {union.union_id for union in found}
    tags = StoryTags(tags.countries, tuple(tag for tag in tags.unions if not is_found(tag.union_id) or tag.union_id in kept))
    return settle(tags, decided)


@dataclass(frozen=True)
class FollowableUnions:
    """The directory with the discovered unions people can follow added (merged ones as other names of
    their directory entry), and each discovered union's number (for buttons: found ids can be long)."""

    directory: UnionDirectory
    numbers: dict[str, int]


@dataclass(frozen=True)
class _KeptFollowable:
    key: tuple[frozenset[str], tuple[int, int | None, int, int, dt.datetime | None]]
    unions: FollowableUnions


def followable_directory(directory: UnionDirectory, discovered: list[DiscoveredInfo]) -> FollowableUnions:
    """`directory` extended with the new discovered unions and the names of the merged ones."""
    records: dict[str, UnionRecord] = {record.id: record for record in directory}
    numbers: dict[str, int] = {}
    for union in discovered:
        if union.status == NEW:
            # Built directly: found ids are not directory slugs, so `UnionRecord.from_mapping` would refuse them.
            records[union.union_id] = UnionRecord(id=union.union_id, name=union.name,
                                                  acronyms=(union.acronym,) if union.acronym else (),
                                                  country=union.country)
            numbers[union.union_id] = union.id
        elif union.status == MERGED and union.merged_into in records:
            target = records[union.merged_into]
            if union.name not in target.all_names:
                records[target.id] = dataclasses.replace(target, aliases=(*target.aliases, union.name))
    return FollowableUnions(UnionDirectory(records.values()), numbers)


def directory_record_for(directory: UnionDirectory, union: DiscoveredInfo) -> UnionRecord | None:
    """The directory's record of a discovered union, when the directory now has it: the one record
    holding its name (or, failing that, its acronym) as a name, alias or acronym, of the same country."""
    for written in (union.name, union.acronym):
        union_id = directory.id_for_name(written) if written else None
        record = directory.get(union_id) if union_id else None
        if record is not None and (record.country is None or union.country is None or record.country == union.country):
            return record
    return None


async def merge_discovered_the_directory_knows(services: Services) -> list[tuple[DiscoveredInfo, UnionRecord]]:
    """Merge each new discovered union the directory now holds (a directory update added it) into that
    record, as an admin's /mergeunion would: its stored tags and followers move to the record's id, so its
    followers keep getting its alerts now that stories carry that id. Returns what was merged."""
    directory = await services.union_directory()
    merged: list[tuple[DiscoveredInfo, UnionRecord]] = []
    async with services.sessions.begin() as session:
        for union in await queries.followable(session):
            record = directory_record_for(directory, union) if union.status == NEW else None
            if record is not None:
                await queries.merge(session, union, record.id, record.name, union_label(record), decided_by=None)
                merged.append((union, record))
    return merged


async def merge_discovered_read_anew(services: Services) -> list[tuple[DiscoveredInfo, str]]:
    """Merge each followed discovered union that today's matcher reads as another union into that one.

    A discovered union's id is its name as the matcher read it, so a matcher that now reads the name with
    another span or country, or finds it in the directory under another form, tags its stories with another
    id, and its followers would hear nothing more. For each new discovered union that a chat follows or a
    campaign names, its example story is tagged again (off the event loop); when exactly one new tag names
    the same union (`bot.matching.renamed_union`), the old union is merged into it as `/mergeunion` would,
    moving its followers, stored tags and campaigns. A successor that admins rejected takes nobody; one they
    merged passes on to its directory entry. Returns (old union, the id it now goes by) for each merge.
    """
    tagger = await services.tagger()
    directory = await services.union_directory()
    async with services.sessions() as session:
        examples = await queries.followed_examples(session)
    merged: list[tuple[DiscoveredInfo, str]] = []
    for example in examples:
        union = example.union
        today = await asyncio.to_thread(tagger.tag, example.title, example.text, example.language)
        successor = renamed_union(union.union_id, union.name, union.acronym, union.country,
                                  example.stored_union_ids, today)
        if successor is None:
            continue
        async with services.sessions.begin() as session:
            target = directory.get(successor.union_id)
            decided = None if target is not None else (
                await queries.by_union_ids(session, [successor.union_id])).get(successor.union_id)
            if decided is not None and decided.status == REJECTED:
                continue
            if not await queries.take_new(session, union):
                continue  # another process of the fleet, starting at the same time, merged it first
            if target is None:  # a discovered union: recorded as its example story's, like any story's
                found = FoundUnion(successor.union_id, successor.name, successor.acronym, successor.country)
                await queries.record_found(session, [found], example.story_id)
                if decided is not None and decided.status == MERGED and decided.merged_into:
                    target = directory.get(decided.merged_into) or UnionRecord(
                        id=decided.merged_into, name=decided.merged_name or decided.name, country=decided.country)
                else:
                    target = UnionRecord(id=found.union_id, name=found.name,
                                         acronyms=(found.acronym,) if found.acronym else (), country=found.country)
            await queries.merge(session, union, target.id, target.name, union_label(target), decided_by=None)
        merged.append((union, target.id))
    return merged


async def followable_unions(services: Services) -> FollowableUnions:
    """Every union people can follow: the directory (admins' additions included) and the discovered ones.

    Kept in `services` until a union is added, discovered, merged or rejected: rebuilding it (and the
    resolver's name index for it) for every /subscribe costs 330-360 ms a lookup at 5,000 discovered unions,
    against 20-35 ms when kept (bench/bench_followable.py, BENCHMARKS.md).
    """
    directory = await services.union_directory()
    async with services.sessions() as session:
        key = (frozenset(record.id for record in directory), await queries.version(session))
        cached = services.derived.get(FOLLOWABLE_KEY)
        if isinstance(cached, _KeptFollowable) and cached.key == key:
            return cached.unions
        unions = followable_directory(directory, await queries.followable(session))
    services.derived[FOLLOWABLE_KEY] = _KeptFollowable(key, unions)
    return unions


async def discovered_by_number(services: Services, number: str) -> DiscoveredInfo | None:
    """A discovered union by its number (as text, from a button); None when there is none."""
    async with services.sessions() as session:
        return await queries.find(session, number) if number.isascii() and number.isdigit() else None
