"""Experiment: does a trained sequence model (a CRF over tokens) find union names the tagger's rules miss?

    python bench/eval_crf_recogniser.py spans            # step 1: locate gold labels, count them
    python bench/eval_crf_recogniser.py cv               # step 2: 5-fold CV grouped by sample; span P/R and the
                                                         #   union-level threshold chosen on training data only
    python bench/eval_crf_recogniser.py heldout --threshold T   # step 3: train on all allowed data, score the
                                                         #   held-out batches, the probes and the check half (totals)
    python bench/eval_crf_recogniser.py cost             # step 4: time per story against the tagger's own

Training data is only the tune half of tests/data/realnews and bench/data/wide_*; the held-out batches
(bench/data/heldout_*) and the check half are only scored, by their totals (tests.realnews.score), never read
story by story. Needs python-crfsuite (the bench extra: pip install -e ".[bench]"); the tagger does not use it.

Gold spans: a story's gold label "Name (ACR)" is located in its title and text where the name, the acronym, or a
name of the directory record the label resolves to (UnionDirectory.id_for_name) occurs: folded and between word
boundaries (bot.matching.normalize), or case-sensitively for acronyms of at most five characters. Tokens: words
of letters and marks (Latin, Cyrillic, Greek, Arabic, Indic scripts, Hangul split by spaces and punctuation),
single characters for CJK, kana and Thai, single punctuation marks; tokens overlapping a located span are tagged
B/I, others O. Sentences end after . ! ? 。 ؟ । and at line breaks.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.realnews

import pycrfsuite  # noqa: E402

from bot.matching import Evidence, StoryTags, Tagger, UnionDirectory, UnionTag, default_tagger, discovered_union_id  # noqa: E402
from bot.matching.normalize import fold, normalize  # noqa: E402
from bot.matching.recognise import FOLDED_GATES, head_entries  # noqa: E402
from bot.matching.tagger import Field  # noqa: E402
from tests.realnews import _BRACKETED, load_realnews, score  # noqa: E402

BENCH_DATA = Path(__file__).resolve().parent / "data"
PROBES = ("heldout_probe20a", "heldout_probe20b", "heldout_probe21a", "heldout_probe21b")
FOLDS = 5
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MAX_SENTENCE = 150
SHORT_ACRONYM = 5

_CHARACTER_SCRIPTS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_MARKS = "\u0900-\u0dff\u064b-\u065f\u0670\u200c\u200d"
_TOKEN = re.compile(rf"[{_CHARACTER_SCRIPTS}]|(?:[^\W_{_CHARACTER_SCRIPTS}]|[{_MARKS}])+|\S")
_SENTENCE_END = frozenset(".!?。！？؟।")
_KOREAN_PARTICLES = ("에서", "으로", "은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "에", "로", "측")

_HEADS = frozenset(fold(entry.target) for _, entry in head_entries())
_HEAD_WORDS = frozenset(word for head in _HEADS for word in head.split())

Story = dict[str, Any]
Span = tuple[str, int, int]  # field, start, end in the original title or text


# --- step 1: tokens, gold spans, BIO -------------------------------------------------------------------------

def tokens_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of `text`."""
    return [match.span() for match in _TOKEN.finditer(text)]


def sentences_of(text: str, tokens: list[tuple[int, int]]) -> list[list[int]]:
    """Token indices grouped by sentence (see the module docstring), at most MAX_SENTENCE each."""
    sentences: list[list[int]] = []
    current: list[int] = []
    for index, (start, end) in enumerate(tokens):
        if current and ("\n" in text[tokens[current[-1]][1]:start] or len(current) >= MAX_SENTENCE):
            sentences.append(current)
            current = []
        current.append(index)
        if text[start:end] in _SENTENCE_END:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _script(char: str) -> str:
    code = ord(char)
    for name, low, high in (("latin", 0x41, 0x24f), ("greek", 0x370, 0x3ff), ("cyrillic", 0x400, 0x52f),
                            ("arabic", 0x600, 0x6ff), ("devanagari", 0x900, 0x97f), ("bengali", 0x980, 0x9ff),
                            ("thai", 0xe00, 0xe7f), ("kana", 0x3040, 0x30ff), ("cjk", 0x3400, 0x9fff),
                            ("hangul", 0xac00, 0xd7a3)):
        if low <= code <= high:
            return name
    return "digit" if char.isdigit() else "other"


@dataclass
class Forms:
    """The forms a gold label is located by: folded names, and short acronyms matched as written."""

    folded: set[str]
    exact: set[str]


def label_forms(gold: str, directory: UnionDirectory) -> Forms:
    """How a gold label may be written: its name, its acronym and its directory record's names."""
    bracketed = _BRACKETED.fullmatch(gold)
    written = {gold} | ({bracketed.group(1), bracketed.group(2)} if bracketed else set())
    for name in list(written):
        union_id = directory.id_for_name(name)
        record = directory.get(union_id) if union_id else None
        if record is not None:
            written |= set(record.all_names)
    exact = {name for name in written if len(name) <= SHORT_ACRONYM and " " not in name}
    folded = {fold(name) for name in written - exact} - {""}
    return Forms({form for form in folded if len(form) > 2 or not form.isascii()}, exact)


def _boundary_ok(text: str, start: int, end: int, hangul_tail: bool) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    if _script(first) not in ("cjk", "kana", "thai") and (before.isalnum() or before in "_"):
        return False
    if _script(last) in ("cjk", "kana", "thai") or (hangul_tail and _script(last) == "hangul"):
        return True
    return not (after.isalnum() or after == "_")


def locate(text: str, forms: Forms) -> list[tuple[int, int]]:
    """Spans of `text` where one of `forms` occurs, longest forms first, none overlapping."""
    found: list[tuple[int, int]] = []
    source = normalize(text)
    candidates: list[tuple[int, int]] = []
    for form in sorted(forms.folded, key=len, reverse=True):
        start = source.lower.find(form)
        while start >= 0:
            end = start + len(form)
            if (start == 0 or source.lower[start - 1] == " " or _script(form[0]) in ("cjk", "kana", "thai")) and (
                    end == len(source.lower) or source.lower[end] == " " or _script(form[-1]) in ("cjk", "kana", "thai", "hangul")):
                candidates.append(source.original_span(start, end))
            start = source.lower.find(form, start + 1)
    for form in sorted(forms.exact, key=len, reverse=True):
        start = text.find(form)
        while start >= 0:
            if _boundary_ok(text, start, start + len(form), hangul_tail=True):
                candidates.append((start, start + len(form)))
            start = text.find(form, start + 1)
    for start, end in sorted(candidates, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in found):
            found.append((start, end))
    return sorted(found)


@dataclass
class TokenisedField:
    """One field of a story, tokenised, with its gold BIO tags."""

    name: Field
    text: str
    tokens: list[tuple[int, int]]
    sentences: list[list[int]]
    bio: list[str]


def bio_tags(tokens: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O for each token: tokens overlapping a span are B (its first) or I."""
    tags = ["O"] * len(tokens)
    for start, end in spans:
        inside = [index for index, (token_start, token_end) in enumerate(tokens)
                  if token_start < end and token_end > start]
        if inside and all(tags[index] == "O" for index in inside):
            tags[inside[0]] = "B"
            for index in inside[1:]:
                tags[index] = "I"
    return tags


def fields_of(story: Story, directory: UnionDirectory | None = None) -> tuple[list[TokenisedField], int]:
    """A story's title and text fields (gold tags when `directory` is given) and how many gold labels located."""
    forms = [label_forms(gold, directory) for gold in story["unions"]] if directory is not None else []
    located: set[int] = set()
    fields: list[TokenisedField] = []
    names: tuple[Field, ...] = ("title", "text")
    for name in names:
        text = story[name] or ""
        tokens = tokens_of(text)
        spans: list[tuple[int, int]] = []
        for number, label in enumerate(forms):
            where = locate(text, label)
            if where:
                located.add(number)
            spans.extend(where)
        fields.append(TokenisedField(name, text, tokens, sentences_of(text, tokens), bio_tags(tokens, _disjoint(spans))))
    return fields, len(located)


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return sorted(kept)


# --- step 2: features, CRF --------------------------------------------------------------------------------------

def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not any(char.isalpha() for char in word):
        return "p"
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    if word[:1].isupper():
        return "Xx"
    if word.islower():
        return "x"
    return "c"  # no case (Arabic, Indic, CJK, Hangul) or mixed


def _has_head(word: str) -> bool:
    folded = fold(word)
    return folded in _HEAD_WORDS or any(gate in folded for gate in FOLDED_GATES)


def _word_features(word: str) -> dict[str, str | bool]:
    folded = fold(word)
    return {"w": word.lower(), "shape": _shape(word), "head": folded in _HEADS,
            "headpart": folded in _HEAD_WORDS, "gate": any(gate in folded for gate in FOLDED_GATES)}


def sentence_features(text: str, tokens: list[tuple[int, int]], sentence: list[int]) -> list[list[str]]:
    """crfsuite attributes for each token of one sentence."""
    words = [text[start:end] for start, end in (tokens[index] for index in sentence)]
    basic = [_word_features(word) for word in words]
    items: list[list[str]] = []
    for position, word in enumerate(words):
        own = basic[position]
        script = _script(word[0])
        lower = word.lower()
        features = ["bias", f"w={lower}", f"shape={own['shape']}", f"p3={lower[:3]}", f"s3={lower[-3:]}",
                    f"script={script}", f"cap={word[:1].isupper()}", f"pos={min(position, 5)}",
                    f"len={min(len(word), 8)}"]
        if own["head"]:
            features.append("head")
        if own["headpart"]:
            features.append("headpart")
        if own["gate"]:
            features.append("gate")
        if position == len(words) - 1:
            features.append("last")
        for offset in (-2, -1, 1, 2):
            other = position + offset
            if 0 <= other < len(words):
                features += [f"{offset}w={words[other].lower()}", f"{offset}shape={basic[other]['shape']}"]
                if basic[other]["head"]:
                    features.append(f"{offset}head")
                if basic[other]["headpart"]:
                    features.append(f"{offset}headpart")
            else:
                features.append(f"{offset}edge")
        if script in ("cjk", "kana", "thai"):  # character tokens: their bigrams say the words
            if position > 0:
                features.append(f"bg-={words[position - 1]}{word}")
            if position + 1 < len(words):
                features.append(f"bg+={word}{words[position + 1]}")
        items.append(features)
    return items


def train(stories: list[Story], directory: UnionDirectory, model_path: str, iterations: int = 100) -> None:
    """Train a CRF on the gold spans of `stories` and save it to `model_path`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for story in stories:
        fields, _ = fields_of(story, directory)
        for field in fields:
            for sentence in field.sentences:
                trainer.append(sentence_features(field.text, field.tokens, sentence),
                               [field.bio[index] for index in sentence])
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.minfreq": 2,
                        "feature.possible_transitions": True})
    trainer.train(model_path)


@dataclass(frozen=True)
class PredictedSpan:
    """A span the CRF tags as a union name, with the lowest marginal probability of its tokens' tags."""

    field: Field
    start: int
    end: int
    text: str
    confidence: float


def _trimmed(text: str, start: int, end: int) -> int:
    """The end of a span without a Korean particle written onto its last word ("금속노조는")."""
    word = text[start:end]
    if word and _script(word[-1]) == "hangul":
        for particle in _KOREAN_PARTICLES:
            if word.endswith(particle) and len(word) - len(particle) >= 2:
                return end - len(particle)
    return end


def predict(crf: pycrfsuite.Tagger, fields: list[TokenisedField], only_head_sentences: bool = False) -> list[PredictedSpan]:
    """The union-name spans the CRF finds in a story's fields (only in sentences with a head word when asked)."""
    spans: list[PredictedSpan] = []
    for field in fields:
        for sentence in field.sentences:
            if only_head_sentences and not any(_has_head(field.text[start:end])
                                               for start, end in (field.tokens[index] for index in sentence)):
                continue
            features = sentence_features(field.text, field.tokens, sentence)
            crf.set(features)
            labels = crf.tag()
            current: list[int] = []
            for position, label in enumerate([*labels, "O"]):
                if current and label != "I":
                    first, last = field.tokens[sentence[current[0]]], field.tokens[sentence[current[-1]]]
                    end = _trimmed(field.text, first[0], last[1])
                    confidence = min(crf.marginal(labels[index], index) for index in current)
                    spans.append(PredictedSpan(field.name, first[0], end, field.text[first[0]:end], confidence))
                    current = []
                if label in ("B", "I"):
                    current.append(position)
    return spans


def gold_spans(fields: list[TokenisedField]) -> set[Span]:
    """The gold spans (field, start, end) the BIO tags hold."""
    spans: set[Span] = set()
    for field in fields:
        start = None
        for index, label in enumerate([*field.bio, "O"]):
            if start is not None and label != "I":
                spans.add((field.name, field.tokens[start][0], field.tokens[index - 1][1]))
                start = None
            if label == "B" or (label == "I" and start is None):
                start = index
    return spans


# --- step 3: union level -----------------------------------------------------------------------------------------

def with_crf_spans(tags: StoryTags, spans: Iterable[PredictedSpan], directory: UnionDirectory,
                   threshold: float) -> StoryTags:
    """The tagger's tags plus the CRF's spans at or above `threshold` that no union tag covers already: a
    directory union when the span is one of its names, else a discovered union of the story's main country."""
    covered = [(evidence.field, evidence.start, evidence.end) for tag in tags.unions for evidence in tag.evidence]
    names: set[str] = set()
    for tag in tags.unions:
        record = directory.get(tag.union_id)
        names |= {fold(name) for name in (record.all_names if record else (tag.name, tag.acronym or ""))}
    ids = {tag.union_id for tag in tags.unions}
    home = tags.countries[0].code if tags.countries and tags.countries[0].salience == "primary" else None
    added: list[UnionTag] = []
    for span in spans:
        folded = fold(span.text)
        if span.confidence < threshold or len(folded) < 2 or folded in names or any(
                field == span.field and start < span.end and end > span.start for field, start, end in covered):
            continue
        evidence = (Evidence(span.text, span.start, span.end, span.field),)
        union_id = directory.id_for_name(span.text)
        record = directory.get(union_id) if union_id else None
        if record is not None:
            tag = UnionTag(record.id, record.name, record.acronym, record.country, "mentioned", evidence)
        else:
            acronym = span.text if " " not in span.text and span.text.isupper() and len(span.text) <= 12 else None
            tag = UnionTag(discovered_union_id(span.text, home), span.text, acronym, home, "mentioned", evidence)
        if tag.union_id not in ids:
            ids.add(tag.union_id)
            names.add(folded)
            added.append(tag)
    return replace(tags, unions=tags.unions + tuple(added))


class _Cached:
    """A StoryTagger over precomputed tags (by title and text) for tests.realnews.score."""

    def __init__(self, unions: UnionDirectory, tags: dict[tuple[str, str], StoryTags]) -> None:
        self.unions = unions
        self._tags = tags

    def tag(self, title: str | None, text: str) -> StoryTags:
        return self._tags[(title or "", text)]


def union_totals(stories: list[Story], tagger: Tagger, tags: dict[tuple[str, str], StoryTags]) -> dict[str, Any]:
    """tests.realnews.score's overall and non-English union totals for `stories` with these tags."""
    result = score(stories, _Cached(tagger.unions, tags))
    return {group: result[group]["unions"] for group in ("overall", "non_english")}


def _line(label: str, unions: dict[str, Any]) -> str:
    f1 = "n/a" if unions["f1"] is None else f"{unions['f1']:.3f}"
    return f"{label:<42} F1 {f1}  found/invented/missed {unions['found']}/{unions['invented']}/{unions['missed']}"


# --- data ---------------------------------------------------------------------------------------------------------

def training_samples() -> dict[str, list[Story]]:
    """The allowed training stories by sample: the tune half and each bench/data/wide_* directory."""
    samples = {"tune": load_realnews("tune")}
    for directory in sorted(BENCH_DATA.glob("wide_*")):
        samples[directory.name] = load_realnews(directory=directory)
    return samples


def fold_of_samples(samples: dict[str, list[Story]]) -> dict[str, int]:
    """Each sample's CV fold: samples shuffled (seeded) and dealt out so the folds have similar story counts."""
    names = sorted(samples)
    random.Random(22).shuffle(names)
    sizes = [0] * FOLDS
    folds: dict[str, int] = {}
    for name in sorted(names, key=lambda name: -len(samples[name])):
        fold_number = sizes.index(min(sizes))
        folds[name] = fold_number
        sizes[fold_number] += len(samples[name])
    return folds


# --- commands -----------------------------------------------------------------------------------------------------

def command_spans() -> None:
    directory = default_tagger().unions
    total = located = tokens = inside = 0
    for stories in training_samples().values():
        for story in stories:
            fields, count = fields_of(story, directory)
            total += len(story["unions"])
            located += count
            tokens += sum(len(field.tokens) for field in fields)
            inside += sum(label != "O" for field in fields for label in field.bio)
    print(f"gold labels located: {located}/{total} ({located / total:.3f}); tokens {tokens}, in spans {inside}")


def _cv_fold(arguments: tuple[int, dict[str, list[Story]], dict[str, int]]) -> tuple[int, dict[str, list[Any]]]:
    number, samples, folds = arguments
    directory = default_tagger().unions
    train_stories = [story for name, stories in samples.items() if folds[name] != number for story in stories]
    test_stories = [story for name, stories in samples.items() if folds[name] == number for story in stories]
    with tempfile.NamedTemporaryFile(suffix=".crfsuite") as model:
        train(train_stories, directory, model.name)
        crf = pycrfsuite.Tagger()
        crf.open(model.name)
        predicted: dict[str, list[Any]] = {}
        for story in test_stories:
            fields, _ = fields_of(story, directory)
            predicted[story["id"]] = [predict(crf, fields), sorted(gold_spans(fields))]
    return number, predicted


def command_cv() -> None:
    samples = training_samples()
    folds = fold_of_samples(samples)
    started = time.time()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = dict(pool.map(_cv_fold, [(number, samples, folds) for number in range(FOLDS)]))
    print(f"CV trained and tagged in {time.time() - started:.0f} s")
    predicted = {story_id: spans for result in results.values() for story_id, spans in result.items()}
    for threshold in THRESHOLDS:
        exact = partial = total_predicted = total_gold = 0
        for spans, gold in predicted.values():
            kept = {(span.field, span.start, span.end) for span in spans if span.confidence >= threshold}
            gold_set = {tuple(span) for span in gold}
            total_predicted += len(kept)
            total_gold += len(gold_set)
            exact += len(kept & gold_set)
            partial += sum(any(field == gold_field and start < gold_end and end > gold_start
                               for gold_field, gold_start, gold_end in gold_set) for field, start, end in kept)
        print(f"threshold {threshold:.2f}: spans exact P {exact / max(total_predicted, 1):.3f} "
              f"R {exact / max(total_gold, 1):.3f}  (overlapping P {partial / max(total_predicted, 1):.3f}; "
              f"predicted {total_predicted}, gold {total_gold})")
    tagger = default_tagger()
    stories = [story for stories in samples.values() for story in stories]
    base = {(story["title"] or "", story["text"]): tagger.tag(story["title"], story["text"]) for story in stories}
    print(_line("union level, tagger alone (all training)", union_totals(stories, tagger, base)["overall"]))
    best: tuple[float, float] | None = None
    for threshold in THRESHOLDS:
        tags = {(story["title"] or "", story["text"]): with_crf_spans(
            base[(story["title"] or "", story["text"])], predicted[story["id"]][0], tagger.unions, threshold)
            for story in stories}
        totals = union_totals(stories, tagger, tags)["overall"]
        print(_line(f"union level, tagger + CRF >= {threshold:.2f}", totals))
        if best is None or totals["f1"] > best[0]:
            best = (totals["f1"], threshold)
    print(f"threshold for heldout (best union-level F1 out of fold): {best[1] if best else None}")


def _heldout_sets() -> dict[str, list[Story]]:
    heldout = [story for directory in sorted(BENCH_DATA.glob("heldout_*")) for story in load_realnews(directory=directory)]
    probes = [story for name in PROBES for story in load_realnews(directory=BENCH_DATA / name)]
    return {"held-out batches (39)": heldout, "probes 20a+20b+21a+21b": probes, "check half": load_realnews("check")}


def command_heldout(threshold: float, model_path: str) -> None:
    samples = training_samples()
    tagger = default_tagger()
    if not Path(model_path).exists():
        started = time.time()
        train([story for stories in samples.values() for story in stories], tagger.unions, model_path)
        print(f"trained on {sum(map(len, samples.values()))} stories in {time.time() - started:.0f} s; "
              f"model {Path(model_path).stat().st_size / 1e6:.1f} MB")
    crf = pycrfsuite.Tagger()
    crf.open(model_path)
    for label, stories in _heldout_sets().items():
        base = {(story["title"] or "", story["text"]): tagger.tag(story["title"], story["text"]) for story in stories}
        after = {key: with_crf_spans(tags, predict(crf, fields_of({"title": key[0], "text": key[1]})[0]),
                                     tagger.unions, threshold) for key, tags in base.items()}
        before_totals, after_totals = union_totals(stories, tagger, base), union_totals(stories, tagger, after)
        for group in ("overall", "non_english"):
            print(_line(f"{label}, {group}, before", before_totals[group]))
            print(_line(f"{label}, {group}, after (CRF >= {threshold:.2f})", after_totals[group]))


def _per_story(items: list[tuple[str, str]], work: Callable[[tuple[str, str]], object]) -> float:
    started = time.process_time()
    for item in items:
        work(item)
    return (time.process_time() - started) / len(items) * 1000


def command_cost(model_path: str) -> None:
    from bench.bench_tagger import synthetic_stories

    stories = synthetic_stories(200)
    tagger = default_tagger()
    crf = pycrfsuite.Tagger()
    crf.open(model_path)
    tagger.tag(*stories[0])
    rows: dict[str, list[float]] = {"tagger": [], "CRF, every sentence": [], "CRF, sentences with a head word": []}
    for _ in range(3):
        rows["tagger"].append(_per_story(stories, lambda story: tagger.tag(*story)))
        rows["CRF, every sentence"].append(_per_story(stories, lambda story: predict(
            crf, fields_of({"title": story[0], "text": story[1]})[0])))
        rows["CRF, sentences with a head word"].append(_per_story(stories, lambda story: predict(
            crf, fields_of({"title": story[0], "text": story[1]})[0], only_head_sentences=True)))
    for label, times in rows.items():
        print(f"{label:<34} {statistics.median(times):.2f} ms CPU per story (median of 3 rounds, 200 stories)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("spans", "cv", "heldout", "cost"))
    parser.add_argument("--threshold", type=float, help="heldout: the span confidence chosen by cv")
    parser.add_argument("--model", default="/tmp/crf_union.crfsuite", help="where the trained model is kept")
    args = parser.parse_args()
    if args.command == "spans":
        command_spans()
    elif args.command == "cv":
        command_cv()
    elif args.command == "heldout":
        if args.threshold is None:
            parser.error("heldout needs --threshold, chosen by cv on the training data")
        command_heldout(args.threshold, args.model)
    else:
        command_cost(args.model)


if __name__ == "__main__":
    main()
