"""The tagger: which countries and unions a story names, how central each is, and why.

One Aho-Corasick automaton holds every country name, demonym, foreign name, city, union
name, acronym and blocker phrase. A story's title and text are folded (bot.matching.normalize),
scanned once, and the leftmost-longest whole-word matches that pass their case rule are kept.
Context rules then drop what is not meant (a person called Jordan, the US state of Georgia,
an acronym with nothing to back it), and a score per country decides what is "primary" (the
story is about it) and what is only "mentioned".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Literal

import ahocorasick

from bot.matching.gazetteer import NameEntry, country_entries, country_name, gazetteer_rules
from bot.matching.normalize import NormalizedText, fold, normalize
from bot.matching.unions import UnionDirectory, default_directory

Salience = Literal["primary", "mentioned"]
Field = Literal["title", "text"]

# Salience weights, tuned on shared/eval/seed_stories.jsonl (see tests/test_matching_eval.py).
TITLE_WEIGHT = 3.0          # the first country a title names (a headline's subject comes first)
TITLE_LATER_WEIGHT = 1.5    # any other country in the title
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
LEAD_CHARS = 400            # the opening of the text that counts as its lead
LIST_MIN_LENGTH = 4         # a run of this many countries is a list of passing mentions
UNION_SUPPORT_SHARE = 0.5   # a union's mention counts this share of a country mention for its country,
UNION_SUPPORT_CAP = 3       # once per sentence, for at most this many sentences per union
PRIMARY_MIN_SCORE = 1.75    # a single passing mention in the body is never primary
PRIMARY_MIN_SHARE = 0.42    # nor is a country far behind the story's main one (eval set: 0.35-0.5 all pass)

_LIST_GAP = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|,\s*and\b|,\s*or\b)?\s*", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) $")
_WORD_AFTER = re.compile(r"^ ([^\W\d_][\w'’-]*)")
_SENTENCE_END = re.compile(r"[.!?\n]")
_LETTERS = re.compile(r"[^\W\d_]")
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "across", "of", "visit", "visited", "visiting", "throughout"})
# When one key names several things, a blocker wins over a union, and a union over a country.
_KIND_PRECEDENCE = {"blocker": 0, "union": 1, "country": 2}
_LABOUR_CUES = (" union ", " unions ", " federation ", " affiliate ", " affiliates ", " workers ",
                " global union ", " trade union ", " unionists ", " members ")


@dataclass(frozen=True)
class Evidence:
    """A matched span of the original title or text."""

    text: str
    start: int
    end: int
    field: Field


@dataclass(frozen=True)
class CountryTag:
    """A country the story names; `code` is ISO 3166-1 alpha-2."""

    code: str
    name: str
    salience: Salience
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class UnionTag:
    """A union, confederation, global union federation or workers' organisation the story names."""

    union_id: str
    name: str
    acronym: str | None
    country: str | None
    salience: Salience
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class StoryTags:
    """Everything the tagger found in one story, primary tags first."""

    countries: tuple[CountryTag, ...]
    unions: tuple[UnionTag, ...]


class _Match:
    """One whole-word match that passed its case rule."""

    __slots__ = ("field", "source", "entries", "evidence", "folded")

    def __init__(self, field: Field, source: NormalizedText, norm_start: int, norm_end: int,
                 entries: tuple[NameEntry, ...], folded: str) -> None:
        self.field = field
        self.source = source
        self.entries = entries
        start, end = (norm_start, norm_end) if source.offsets is None else source.original_span(norm_start, norm_end)
        self.evidence = Evidence(source.original[start:end], start, end, field)
        self.folded = folded

    def in_lead(self) -> bool:
        return self.field == "title" or self.evidence.start < LEAD_CHARS

    def weight(self, first_in_title: bool = True) -> float:
        """How much this mention says the story is about its subject, by where it stands."""
        if self.field == "title":
            return TITLE_WEIGHT if first_in_title else TITLE_LATER_WEIGHT
        return LEAD_WEIGHT if self.evidence.start < LEAD_CHARS else BODY_WEIGHT

    def sentence_key(self) -> tuple[str, int]:
        """Identifies the sentence holding this match."""
        before = self.source.original.rfind(".", 0, self.evidence.start)
        return self.field, max(before, self.source.original.rfind("\n", 0, self.evidence.start))


def build_automaton(entries: Iterable[tuple[str, NameEntry]]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton whose values are (key length, folded name, entries sharing that key).

    Entries are stored in _KIND_PRECEDENCE order, so the first viable one decides a match.
    """
    grouped: dict[str, list[NameEntry]] = defaultdict(list)
    for key, entry in entries:
        if entry not in grouped[key]:
            grouped[key].append(entry)
    automaton = ahocorasick.Automaton()
    for key, group in grouped.items():
        ordered = tuple(sorted(group, key=lambda entry: _KIND_PRECEDENCE[entry.kind]))
        automaton.add_word(key, (len(key), " ".join(key.split()), ordered))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=8)
def _automaton_for(directory: UnionDirectory) -> ahocorasick.Automaton:
    return build_automaton([*country_entries(), *directory.entries()])


def _case_ok(entry: NameEntry, surface: str) -> bool:
    if entry.case_rule == "exact":
        return " ".join(surface.split()) == entry.cased
    if entry.case_rule == "capitalised":
        return not surface[:1].islower()
    return True


def _sentence(original: str, start: int, end: int) -> str:
    """The folded sentence around [start, end), padded with spaces for whole-word lookups."""
    before = [m.end() for m in _SENTENCE_END.finditer(original, max(0, start - 300), start)]
    after = _SENTENCE_END.search(original, end)
    sentence_start = before[-1] if before else max(0, start - 300)
    sentence_end = after.start() if after else min(len(original), end + 300)
    return " " + fold(original[sentence_start:sentence_end]) + " "


def _is_all_caps_context(original: str, start: int, end: int) -> bool:
    """True when the words around [start, end) are written in capitals (a shouted headline)."""
    around = original[max(0, start - 40):start] + " " + original[end:end + 40]
    return around == around.upper() and len(_LETTERS.findall(around)) >= 4


def _is_title_case(text: str) -> bool:
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > 3]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


class Tagger:
    """Tags stories with countries and unions; build once and reuse (the automaton is cached)."""

    def __init__(self, unions: UnionDirectory | None = None) -> None:
        self.unions = unions if unions is not None else default_directory()
        self._automaton = _automaton_for(self.unions)
        self._rules = gazetteer_rules()

    def tag(self, title: str | None, text: str) -> StoryTags:
        """Tag one story. `title` may be None; offsets in evidence refer to `title` or `text`."""
        matches = self._scan("title", title or "") + self._scan("text", text or "")
        country_matches = [m for m in matches if m.entries[0].kind == "country"]
        union_matches = [m for m in matches if m.entries[0].kind == "union"]
        country_matches = self._drop_non_places(country_matches, title or "")
        direct = self._resolve_shared_names(country_matches)
        unions = self._accept_unions(union_matches, {code for code, _ in direct})
        countries = self._country_tags(direct, unions)
        primary_countries = {tag.code for tag in countries if tag.salience == "primary"}
        return StoryTags(countries, self._union_tags(unions, primary_countries))

    # -- scanning --------------------------------------------------------------------------

    def _scan(self, field: Field, original: str) -> list[_Match]:
        if not original:
            return []
        source = normalize(original)
        padded = " " + source.lower + " "
        candidates: list[tuple[int, int, tuple[NameEntry, ...], str]] = []
        for end_index, (key_length, folded, entries) in self._automaton.iter(padded):
            norm_start = end_index - key_length + 1
            norm_end = end_index - 1
            surface = source.cased[norm_start:norm_end]
            if len(entries) == 1:
                viable = entries if _case_ok(entries[0], surface) else ()
            else:
                viable = tuple(entry for entry in entries if _case_ok(entry, surface))
            if viable:
                candidates.append((norm_start, norm_end, viable, folded))
        candidates.sort(key=lambda candidate: (candidate[0], candidate[0] - candidate[1]))
        kept: list[_Match] = []
        covered_until = -1
        for norm_start, norm_end, viable, folded in candidates:
            if norm_start < covered_until:
                continue
            covered_until = norm_end
            if viable[0].kind != "blocker":
                kept.append(_Match(field, source, norm_start, norm_end, viable, folded))
        return kept

    # -- countries -------------------------------------------------------------------------

    def _drop_non_places(self, matches: list[_Match], title: str) -> list[_Match]:
        """Drop person names, the US state of Georgia, and capitalised acronyms with no backing."""
        title_is_headline_case = any(match.field == "title" for match in matches) and _is_title_case(title)
        by_code: dict[str, set[str]] = defaultdict(set)
        for match in matches:
            by_code[match.entries[0].target].add(match.folded)

        def has_other_evidence(match: _Match) -> bool:
            return bool(by_code[match.entries[0].target] - {match.folded})

        person_surfaces = {
            match.folded for match in matches
            if (match.folded in self._rules.person_names or match.entries[0].form in ("city", "foreign"))
            and not (match.field == "title" and title_is_headline_case)
            and self._looks_like_person(match)
        }
        kept: list[_Match] = []
        for match in matches:
            entry = match.entries[0]
            if match.folded in person_surfaces and not self._after_place_preposition(match) and (
                    not has_other_evidence(match) or self._looks_like_person(match)):
                continue
            if match.folded == "georgia" and entry.target == "GE" and not has_other_evidence(match):
                sentence = _sentence(match.source.original, match.evidence.start, match.evidence.end)
                if any(f" {cue} " in sentence for cue in self._rules.georgia_us_cues):
                    continue
            if entry.case_rule == "exact" and not has_other_evidence(match) and _is_all_caps_context(
                    match.source.original, match.evidence.start, match.evidence.end):
                continue
            kept.append(match)
        return kept

    def _looks_like_person(self, match: _Match) -> bool:
        original, start, end = match.source.original, match.evidence.start, match.evidence.end
        before = _WORD_BEFORE.search(original, max(0, start - 40), start)
        after = _WORD_AFTER.match(original[end:end + 40])
        for word in (before.group(1) if before else None, after.group(1) if after else None):
            if word and word[0].isupper() and not word.isupper() and fold(word) not in self._rules.place_prefixes:
                return True
        return False

    @staticmethod
    def _after_place_preposition(match: _Match) -> bool:
        before = _WORD_BEFORE.search(match.source.original, max(0, match.evidence.start - 40), match.evidence.start)
        return bool(before) and before.group(1).lower() in _PLACE_PREPOSITIONS

    @staticmethod
    def _resolve_shared_names(matches: list[_Match]) -> list[tuple[str, _Match]]:
        """(country code, match) pairs, a shared name ("Congo") given the country the story backs."""
        unambiguous = {match.entries[0].target for match in matches if not match.entries[0].alternatives}
        resolved: list[tuple[str, _Match]] = []
        for match in matches:
            entry = match.entries[0]
            code = entry.target
            if entry.alternatives:
                backed = [alternative for alternative in entry.alternatives if alternative in unambiguous]
                code = backed[0] if len(backed) == 1 else entry.target
            resolved.append((code, match))
        return resolved

    def _country_tags(self, direct: list[tuple[str, _Match]], unions: list[tuple[str, _Match]]) -> tuple[CountryTag, ...]:
        scores: dict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        list_factor = self._list_factors([match for _, match in direct])
        title_codes = [code for code, match in direct if match.field == "title"]
        for code, match in direct:
            weight = match.weight(first_in_title=code == title_codes[0]) if title_codes else match.weight()
            scores[code] += weight * list_factor.get(id(match), 1.0)
            evidence[code].append(match.evidence)
        union_sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
        for union_id, match in unions:
            record = self.unions.get(union_id)
            if record is None or record.country is None:
                continue
            sentences, sentence = union_sentences[union_id], match.sentence_key()
            if sentence not in sentences and len(sentences) < UNION_SUPPORT_CAP:
                sentences.add(sentence)
                scores[record.country] += UNION_SUPPORT_SHARE * match.weight()
            evidence[record.country].append(match.evidence)
        if not scores:
            return ()
        top = max(scores.values())
        ranked = sorted(scores, key=lambda code: (-scores[code], code))
        tags = [
            CountryTag(code, country_name(code),
                       "primary" if scores[code] >= PRIMARY_MIN_SCORE and scores[code] >= PRIMARY_MIN_SHARE * top
                       else "mentioned",
                       tuple(sorted(evidence[code], key=lambda ev: (ev.field != "title", ev.start))))
            for code in ranked
        ]
        return tuple(sorted(tags, key=lambda tag: tag.salience != "primary"))

    @staticmethod
    def _list_factors(matches: list[_Match]) -> dict[int, float]:
        """Down-weight countries named in a run of LIST_MIN_LENGTH or more ("Eswatini, Serbia, ...")."""
        factors: dict[int, float] = {}
        run: list[_Match] = []

        def close_run() -> None:
            codes = {match.entries[0].target for match in run}
            if len(codes) >= LIST_MIN_LENGTH:
                for match in run:
                    factors[id(match)] = 2.0 / len(codes)

        ordered = sorted(matches, key=lambda match: (match.field, match.evidence.start))
        for match in ordered:
            if run and run[-1].field == match.field and _LIST_GAP.fullmatch(
                    match.source.original, run[-1].evidence.end, match.evidence.start):
                run.append(match)
                continue
            close_run()
            run = [match]
        close_run()
        return factors

    # -- unions ----------------------------------------------------------------------------

    def _accept_unions(self, matches: list[_Match], story_countries: set[str]) -> list[tuple[str, _Match]]:
        """(union id, match) pairs for union mentions that stand on their own or are backed."""
        accepted: list[tuple[str, _Match]] = []
        pending: list[_Match] = []
        for match in matches:
            union_entries = [entry for entry in match.entries if entry.kind == "union"]
            standalone = [entry for entry in union_entries if not self._needs_support(entry, match)]
            if len(standalone) == 1:
                accepted.append((standalone[0].target, match))
            else:
                pending.append(match)
        named = {union_id for union_id, _ in accepted}
        for match in pending:
            backed = [entry.target for entry in match.entries
                      if entry.kind == "union" and self._is_backed(entry, match, named, story_countries)]
            if len(set(backed)) == 1:
                accepted.append((backed[0], match))
        return accepted

    @staticmethod
    def _needs_support(entry: NameEntry, match: _Match) -> bool:
        return entry.needs_support or entry.case_rule == "exact" and _is_all_caps_context(
            match.source.original, match.evidence.start, match.evidence.end)

    def _is_backed(self, entry: NameEntry, match: _Match, named: set[str], story_countries: set[str]) -> bool:
        if entry.target in named:
            return True
        record = self.unions.get(entry.target)
        if record is None:
            return False
        if record.country is not None:
            return record.country in story_countries
        sentence = _sentence(match.source.original, match.evidence.start, match.evidence.end)
        return any(cue in sentence for cue in _LABOUR_CUES)

    def _union_tags(self, unions: list[tuple[str, _Match]], primary_countries: set[str]) -> tuple[UnionTag, ...]:
        """A union is primary when named twice, in the lead, or when it is a union of the story's main country."""
        grouped: dict[str, list[_Match]] = defaultdict(list)
        for union_id, match in unions:
            grouped[union_id].append(match)
        tags: list[UnionTag] = []
        for union_id, union_matches in grouped.items():
            record = self.unions.get(union_id)
            if record is None:
                continue
            primary = (len(union_matches) >= 2 or any(match.in_lead() for match in union_matches)
                       or record.country in primary_countries)
            tags.append(UnionTag(union_id, record.name, record.acronym, record.country,
                                 "primary" if primary else "mentioned",
                                 tuple(match.evidence for match in union_matches)))
        return tuple(sorted(tags, key=lambda tag: (tag.salience != "primary", -len(tag.evidence), tag.union_id)))


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The tagger over the bundled union directory (built once)."""
    return Tagger()
