"""The tagger on long stories: does its time grow with the text's length, not faster (issue 9, "bad input")?

Run: python bench/bench_long_texts.py [--real LANGS] [--lists LANGS] [--sizes N,N,...] [--counts N,N,...]
`--real`: real pages of each language from the outside samples (bench/data/wide_*; never heldout_*) joined into one
story, again from the first page when they run out (a long digest), tagged whole at each size in characters
(default 100,000 / 200,000 / 400,000 / 800,000). `--lists`: a story listing N distinct made-up unions of one
language's shape (default N = 800 / 1,600 / 3,200 / 6,400; made up, so that no cache of a name helps). CPU seconds of
one `Tagger.tag` each, and how much the last doubling cost (about 2x when linear). "all" takes every language the
mode knows. Asserts nothing; tests/test_matching_bad_input.py counts the work as the text doubles.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.matching import default_tagger  # noqa: E402

BENCH_DATA = ROOT / "bench" / "data"


def _made_up(pick: random.Random, letters: str, count: int) -> str:
    return "".join(pick.choice(letters) for _ in range(count))


def _latin_name(pick: random.Random) -> str:
    """A made-up capitalised word of two syllables ("Badu", "Siro")."""
    return (_made_up(pick, "BCDFGHKLMNPRST", 1) + _made_up(pick, "aeiou", 1) + _made_up(pick, "bcdfglmnprst", 1)
            + _made_up(pick, "aeiou", 1))


# One sentence naming a made-up union, per language: (letters of the made-up part, how many, the sentence around it).
_SENTENCES: dict[str, tuple[str, int, str]] = {
    "zh": ("台北高雄鐵路航空電力石油化工紡織醫療教育", 3, "{}產業工會宣布罷工。"),
    "ja": ("東西南北山川田中村木本松井上下", 3, "{}労働組合が声明を出した。"),
    "ko": ("가나다라마바사아자차카타파하강산물불길숲", 3, "{}노동조합이 파업했다."),
    "ru": ("аеиоубвгдклмнпрст", 4, "Профсоюз работников Р{}ского завода заявил."),
    "ar": ("بتثجحخدذرزسشصضطظعغفقكلمن", 4, "نقابة عمال {} تعلن الإضراب."),
    "th": ("กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ", 5, "สหภาพแรงงาน{} ประกาศนัดหยุดงาน"),
    "bn": ("কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ", 3, "{} শ্রমিক ইউনিয়ন ধর্মঘট করেছে।"),
    "hi": ("कखगघचछजझटठडढतथदधनपफबभमयरलवशषसह", 3, "{} मजदूर संघ ने हड़ताल की।"),
}
# ... and in Latin letters, around a made-up capitalised word.
_LATIN_SENTENCES = {
    "en": "The {}n Workers Union struck.", "es": "El Sindicato de Trabajadores de {} protestó.",
    "fr": "Le Syndicat des travailleurs de {} a fait grève.", "de": "Die Gewerkschaft {} streikt.",
    "pl": "Związek Zawodowy Pracowników {} strajkuje.", "tr": "{}-İş Sendikası grev yaptı.",
    "id": "Serikat Pekerja {} mogok.", "vi": "Công đoàn Công ty {} đình công.",
}
LANGUAGES = sorted((*_SENTENCES, *_LATIN_SENTENCES))


def list_sentence(language: str, pick: random.Random) -> str:
    """A sentence in `language` naming a made-up union."""
    if language in _LATIN_SENTENCES:
        return _LATIN_SENTENCES[language].format(_latin_name(pick))
    letters, count, sentence = _SENTENCES[language]
    return sentence.format(_made_up(pick, letters, count))


def real_pages() -> dict[str, list[str]]:
    """The texts of the outside samples' pages (bench/data/wide_*), by language."""
    pages: dict[str, list[str]] = defaultdict(list)
    for path in sorted(BENCH_DATA.glob("wide_*/*.jsonl")):
        for line in path.open(encoding="utf-8"):
            story = json.loads(line)
            pages[story["lang"]].append(story["text"])
    return pages


def _timed(tag: Callable[[], object]) -> float:
    start = time.process_time()
    tag()
    return time.process_time() - start


def _row(name: str, seconds: list[float]) -> str:
    growth = f"  x{seconds[-1] / seconds[-2]:.1f} the last doubling" if len(seconds) > 1 and seconds[-2] > 0 else ""
    return f"{name:4s} " + " / ".join(f"{value:.2f}" for value in seconds) + growth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", default="", help="languages (comma-separated) or 'all'")
    parser.add_argument("--lists", default="", help="languages (comma-separated) or 'all'")
    parser.add_argument("--sizes", default="100000,200000,400000,800000")
    parser.add_argument("--counts", default="800,1600,3200,6400")
    args = parser.parse_args()
    tagger = default_tagger()
    tagger.tag(None, "Warm-up: the NUM struck in South Africa.", "en")
    if args.real:
        sizes = [int(size) for size in args.sizes.split(",")]
        pages = real_pages()
        wanted = sorted(pages) if args.real == "all" else args.real.split(",")
        print("real pages joined, CPU s at " + " / ".join(f"{size:,}" for size in sizes) + " characters")
        for language in wanted:
            whole = "\n\n".join(pages.get(language, []))
            if len(whole) < 100_000:
                continue  # too few pages to be a digest of this language
            whole = (whole + "\n\n") * (sizes[-1] // len(whole) + 1)
            tagger.tag(None, whole[-20_000:], language)  # the language's lazy lookups built first
            print(_row(language, [_timed(partial(tagger.tag, None, whole[:size], language)) for size in sizes]), flush=True)
    if args.lists:
        counts = [int(count) for count in args.counts.split(",")]
        wanted = LANGUAGES if args.lists == "all" else args.lists.split(",")
        print("made-up unions listed, CPU s at " + " / ".join(f"{count:,}" for count in counts) + " names")
        pick = random.Random(5)
        for language in wanted:
            tagger.tag(None, " ".join(list_sentence(language, pick) for _ in range(100)), language)  # lazy lookups
            texts = [" ".join(list_sentence(language, pick) for _ in range(count)) for count in counts]
            print(_row(language, [_timed(partial(tagger.tag, None, text, language)) for text in texts]), flush=True)


if __name__ == "__main__":
    main()
