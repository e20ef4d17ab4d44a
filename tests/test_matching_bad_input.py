"""Bad input to the tagger and the language detector: no exception, work bounded by the text's length,
no tag without evidence."""

from __future__ import annotations

import random
import re
import string
import sys
from collections.abc import Callable
from functools import partial

import pytest

from bot.matching import default_tagger, detect_language
from bot.matching import recognise as recognise_module
from bot.matching import tagger as tagger_module
from tests.realnews import load_realnews
from tests.test_matching_eval import BENCH_DATA

STORY = ("Workers of the Bangladesh Garment Workers' Federation (BGWF) marched in Dhaka on Friday. "
         "Police blocked the BGWF march; UFCW Local 400 sent support to the Sindicato de Trabajadores "
         "de la Industria Textil de Honduras and Birleşik Metal-İş in Gebze. ")


@pytest.mark.parametrize("text", [
    "".join(random.Random(7).choice(string.ascii_letters + string.digits + " .,;()-'") for _ in range(20_000)),
    "UNION FEDERATION SINDICATO WORKERS STRIKE NOW " * 2_000,
    "✊🏽 Union strong 💪 Federation of Workers 🚩 " * 500,
    "(" * 5_000 + "ABC)" * 500 + "[" * 500,
    "Local Local Local 5 Local of the " * 1_000,
    "-İş -Sen Metal- -" * 1_000,
    "Union" * 20_000,
    "\u200b\u200c\u200d\ufeff" * 5_000,
    "শ্রমিক ফেডারেশন " * 2_000 + "জাতীয় শ্রমিক ফেডারেশন",  # a Bangla name as the text's last words
    "ریلوے ورکرز یونین " * 2_000,
    "금속노조 현대자동차지부 " * 2_000 + "노조",
    "N°1 Sindicato N° y el Sindicato " * 1_000,
    "GMB ballot refuse workers at Adur & Worthing Councils",  # a town after "at" with another name's span
    "",
])
def test_odd_input_raises_nothing(text: str) -> None:
    tags = default_tagger().tag(text[:200], text)
    assert isinstance(tags.countries, tuple) and isinstance(tags.unions, tuple)
    detect_language(text[:200], text)


def test_gibberish_and_shouting_get_no_tags() -> None:
    gibberish = "".join(random.Random(3).choice(string.ascii_lowercase + " ") for _ in range(5_000))
    assert default_tagger().tag("qzx vbn", gibberish).unions == ()
    shouted = "WORKERS UNION STRIKE TODAY AT THE PLANT, FEDERATION SAYS NO. " * 20
    assert default_tagger().tag(shouted[:60], shouted).unions == ()
    assert detect_language("qzxv", "bnmq wrtp zxcv " * 3) is None


def test_zero_width_characters_do_not_hide_names() -> None:
    text = "Miners in Ban\u200bgladesh joined the Bangladesh Garment Sramik Sang\u200dhati on Friday."
    tags = default_tagger().tag(None, text)
    assert {tag.code for tag in tags.countries} == {"BD"}
    assert [tag.evidence[0].text for tag in tags.unions] == ["Bangladesh Garment Sramik Sang\u200dhati"]


def test_mixed_scripts_and_emoji_keep_their_evidence() -> None:
    text = "🚩 Рабочие бастуют в Украине. 서울에서 파업 ✊ Workers in Pakistan joined."
    codes = {tag.code for tag in default_tagger().tag(None, text).countries}
    assert {"UA", "KR", "PK"} <= codes


def test_a_union_name_that_is_a_common_word_needs_its_union() -> None:
    # "Unite" and "Solidarity" name unions, but the words alone are not them.
    text = "We must unite. Solidarity is our strength, and unity will win. United we stand."
    assert default_tagger().tag("Unite for solidarity", text).unions == ()


def test_one_megabyte_in_one_unbroken_line() -> None:
    text = (STORY.replace("\n", " ") * 4_000)[:1_000_000]
    tags = default_tagger().tag(None, text)
    assert {tag.code for tag in tags.countries if tag.salience == "primary"} >= {"BD"}
    assert any(tag.name == "Bangladesh Garment Workers' Federation" for tag in tags.unions)


def test_recogniser_work_grows_with_the_text_not_faster(monkeypatch: pytest.MonkeyPatch) -> None:
    """Doubling the story at most doubles the characters the recogniser reads (counted, not timed)."""
    read = [0]
    tokens = recognise_module._tokens

    def counting_tokens(original: str, start: int, end: int) -> list[tuple[int, int, str]]:
        read[0] += end - start
        return tokens(original, start, end)

    monkeypatch.setattr(recognise_module, "_tokens", counting_tokens)
    tagger = default_tagger()
    counts = []
    for copies in (200, 400, 800):
        read[0] = 0
        tagger.tag(None, STORY * copies)
        counts.append(read[0])
    assert counts[0] > 0
    assert counts[1] <= 2.1 * counts[0] and counts[2] <= 2.1 * counts[1], counts


# Words that make many names, acronyms and places at once, shuffled: each kind of name lookup meets
# thousands of the others (found names x acronyms, country matches x name spans, sentences with no end).
DENSE_VOCABULARIES = {
    "names and acronyms": "Union of Workers Sindicato CUT Dhaka strike (ABC) Federation the National Garment",
    "many languages": "Sindicato de Trabajadores Serikat Pekerja Gewerkschaft 노조 労組 (SPN) CGT Brazil Lagos Union "
                      "Local 12 Sendikası Metal-İş Federación y la",
    "brackets": "( ) ABC XYZ CUT Workers Union Trade Congress KCTU Numsa in Kenya",
    # Japanese names found by their shape, each checked against those found before it (it grew as the square)
    "japanese": "連合と全労連、UAゼンセン労働組合が 自治労福島県職員連合労働組合 ひまわりユニオン 「そごう・西武」の労組 "
                "長野県教組 東京 日本",
}


def _python_steps(tagger_call: Callable[[], object]) -> int:
    """The calls and returns the profiler sees while `tagger_call` runs: work counted, not timed."""
    steps = [0]

    def count(frame: object, event: str, arg: object) -> None:
        steps[0] += 1

    sys.setprofile(count)
    try:
        tagger_call()
    finally:
        sys.setprofile(None)
    return steps[0]


@pytest.mark.parametrize("vocabulary", sorted(DENSE_VOCABULARIES))
def test_tagging_work_grows_with_a_dense_text_not_faster(vocabulary: str) -> None:
    """Doubling a text made only of names, acronyms and places about doubles the tagger's work (it grew
    as the square: a 1 MB story of them took half an hour)."""
    words = DENSE_VOCABULARIES[vocabulary].split()
    tagger = default_tagger()
    tagger.tag("x", " ".join(random.Random(0).choice(words) for _ in range(500)))  # lookups built, caches warm
    steps = []
    for copies in (1, 2, 4):
        pick = random.Random(copies)
        text = " ".join(pick.choice(words) for _ in range(500 * copies))
        steps.append(_python_steps(partial(tagger.tag, "x", text)))
    assert steps[1] <= 2.3 * steps[0] and steps[2] <= 2.3 * steps[1], steps


class _ReadCounter:
    """A compiled pattern that counts the characters its searches are given to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.read += min(endpos, len(text)) - pos
        return self.pattern.search(text, pos, endpos)

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


@pytest.mark.parametrize(("lead", "unit"), [
    # a long run of Han characters with names and places in it (a bracket somewhere makes the tagger look for
    # transliterated names): per candidate, the text was searched for kana and a joined name's part from its start
    ("(x) ", "诺鲁工人工会罢工中国台湾日本韩国"),
    ("", "臺灣電力工會與台湾电力工会及全國產業總工會聲明。"),
])
def test_a_long_chinese_text_is_not_searched_again_for_every_name(monkeypatch: pytest.MonkeyPatch, lead: str,
                                                                   unit: str) -> None:
    """Doubling a Chinese text at most about doubles what the kana and joined-name patterns read (a 80,000-character
    text took three minutes when each name in it searched the text again)."""
    counters = [_ReadCounter(tagger_module._KANA), _ReadCounter(recognise_module._CHINESE_JOINED_PART)]
    monkeypatch.setattr(tagger_module, "_KANA", counters[0])
    monkeypatch.setattr(recognise_module, "_CHINESE_JOINED_PART", counters[1])
    tagger = default_tagger()
    read = []
    for length in (2_000, 4_000, 8_000):
        for counter in counters:
            counter.read = 0
        tagger.tag(None, lead + (unit * length)[:length])
        read.append(sum(counter.read for counter in counters))
    assert read[0] > 0
    assert read[1] <= 2.3 * read[0] and read[2] <= 2.3 * read[1], read


def test_a_place_in_a_long_han_run_before_latin_brackets_is_no_transliterated_name() -> None:
    # the run after 诺鲁 (Nauru, Taiwan's spelling) is a sentence, not the rest of a person's name
    text = "代表诺鲁工人工会罢工代表团访问马来西亚雪兰莪州工厂(Selangor)。"
    assert not tagger_module._inside_transliterated_name(text, 2, 4)
    assert tagger_module._inside_transliterated_name("主席万诺鲁拉扎(Wan Noorulazhar Mohd Hanafiah)说", 3, 5)


def _pages_of(language: str, length: int) -> str:
    """Real pages of one language from the outside samples (bench/data/wide_*), joined, and again from the first
    when they run out, cut to `length` characters: a long digest as a feed might send it."""
    pages = []
    for directory in sorted(BENCH_DATA.glob("wide_*")):
        pages += [story["text"] for story in load_realnews(directory=directory) if story["lang"] == language]
        if sum(map(len, pages)) >= length:
            break
    whole = "\n\n".join(pages)
    return ((whole + "\n\n") * (length // len(whole) + 1))[:length]


def test_a_long_story_of_real_pages_costs_about_its_length() -> None:
    """Doubling a long English story of real pages about doubles the tagger's work (400,000 characters took 2.8 s
    and 800,000 10 s: each union mention several unions share walked every country mention again, and an owner's
    clause copied the text up to every place the story names)."""
    tagger = default_tagger()
    story = _pages_of("en", 200_000)
    tagger.tag(None, story[:5_000], "en")  # lookups built, caches warm
    steps = [_python_steps(partial(tagger.tag, None, story[:length], "en")) for length in (100_000, 200_000)]
    assert steps[1] <= 2.4 * steps[0], steps


class _SearchCounter:
    """The `re` module as a module sees it, counting the characters its `re.search` calls are given to read."""

    def __init__(self) -> None:
        self.read = 0

    def search(self, pattern: str | re.Pattern[str], text: str, flags: int = 0) -> re.Match[str] | None:
        self.read += len(text)
        return re.search(pattern, text, flags)

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)


# Stories that list many distinct made-up unions of one shape: every found name compared with every other (Arabic
# short forms), or the text searched again for each (a name capitalised where its sentence starts, Korean short forms).
_NAME_LISTS: dict[str, Callable[[random.Random], str]] = {
    "ar": lambda pick: "نقابة عمال " + "".join(pick.choice("بتثجحخدذرزسشصضطظعغفقكلمن") for _ in range(4)) + " تعلن الإضراب.",
    "pl": lambda pick: "Związek Zawodowy Pracowników " + pick.choice("BCDFGLMNPRST") + "".join(
        pick.choice("aeiou") + pick.choice("bcdfglmnprst") for _ in range(2)) + " strajkuje.",
    "ko": lambda pick: "".join(pick.choice("가나다라마바사아자차카타파하강산물불길숲") for _ in range(3)) + "노동조합이 파업했다.",
}


@pytest.mark.parametrize("language", sorted(_NAME_LISTS))
def test_a_story_listing_many_unions_costs_about_its_length(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """Doubling the number of distinct unions a story lists about doubles the tagger's Python steps and what
    `re.search` reads (each grew as the square: 3,200 Arabic or Polish names took 8 s, 6,400 about four times that)."""
    counter = _SearchCounter()
    monkeypatch.setattr(recognise_module, "re", counter)
    monkeypatch.setattr(tagger_module, "re", counter)
    tagger = default_tagger()
    pick = random.Random(5)
    tagger.tag(None, " ".join(_NAME_LISTS[language](pick) for _ in range(50)), language)  # caches warm
    work = []
    for count in (400, 800, 1_600):  # (fold's cache of recent answers fills up before 400 names)
        text = " ".join(_NAME_LISTS[language](pick) for _ in range(count))
        counter.read = 0
        steps = _python_steps(partial(tagger.tag, None, text, language))
        work.append((steps, counter.read))
    for counts in zip(*work, strict=True):
        assert counts[1] <= 2.4 * counts[0] and counts[2] <= 2.4 * counts[1], work
