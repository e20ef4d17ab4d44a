"""Tagger throughput, build time and memory, on ~3 KB stories built from the seed corpus.

Run: python bench/bench_tagger.py [--stories N] [--rounds R] [--extra-unions N] [--growth] [--steps] [--startup]
Prints, for one fresh process: the build (data load, automata, the lazy lookups the first story
builds; always built here, the cache on disk of bot.matching.cache off), the resident memory the tagger adds,
then R rounds of tagging the same stories two ways:
with each story's language (detected beforehand, as routing passes it) and without (the tagger
detects it when it needs to); medians by CPU time. When geotext is installed (pip install
".[bench]") it tags the same stories in the same rounds as a baseline. Asserts nothing.

`--extra-unions N` adds N made-up union names (N/3 unions with a name, an acronym and an alias) to the bundled
directory first; `--growth` runs this script in a fresh process for 0, 1k, 10k and 100k extra union
names and prints one table row per size.

`--startup` compares, in the same run, a start that builds the matcher with its cache off, a cold start that builds
it and writes the cache (an empty folder), and a warm start that reads it back: R rounds of the three, each a fresh
process that makes the default tagger, its directory's lookups and tags one story; CPU seconds of that work, of the
whole process (imports included), and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

STORY_CHARS = 3_000
GROWTH_NAMES = (0, 1_000, 10_000, 100_000)


def synthetic_stories(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(title, text) pairs of about STORY_CHARS characters, stitched from seed-corpus paragraphs."""
    corpus = resources.files("bot.sample_corpus")
    paragraphs = [paragraph.strip()
                  for entry in sorted(corpus.iterdir(), key=lambda item: item.name) if entry.name.endswith(".txt")
                  for paragraph in entry.read_text("utf-8").split("\n") if len(paragraph.strip()) > 40]
    rng = random.Random(seed)
    stories = []
    for _ in range(count):
        chunks: list[str] = []
        while sum(len(chunk) + 2 for chunk in chunks) < STORY_CHARS:
            chunks.append(rng.choice(paragraphs))
        stories.append((rng.choice(paragraphs)[:90], "\n\n".join(chunks)[:STORY_CHARS]))
    return stories


_SYLLABLES = ("ka", "ro", "mi", "ten", "sal", "vo", "dri", "pan", "lu", "gor", "ne", "sti", "ba", "quor", "zel")
_TRADES = ("Metal", "Textile", "Dock", "Teachers", "Nurses", "Transport", "Postal", "Mine", "Hotel", "Farm")


def extra_unions(count: int, seed: int = 11) -> list[dict[str, object]]:
    """`count` made-up union records (ids bench-<n>), each with a name, an acronym and an alias,
    spread over the countries; their names do not occur in the stories."""
    from bot.matching.gazetteer import countries

    codes = sorted(countries())
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    for number in range(count):
        place = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
        trade = rng.choice(_TRADES)
        acronym = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(5))
        records.append({"id": f"bench-{number}", "name": f"{place} {trade} Workers Union",
                        "acronyms": [acronym], "aliases": [f"Union of {trade} Workers of {place}"],
                        "country": codes[number % len(codes)]})
    return records


def resident_mb() -> tuple[float, float]:
    """This process's (resident, peak resident) memory in MB (Linux), or zeros where /proc is missing."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0.0, 0.0
    fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def cpu_rate(count: int, work: Callable[[], object]) -> float:
    """Items per CPU second for one call of `work` over `count` items."""
    started = time.process_time()
    work()
    return count / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3, help="tagging rounds; medians are reported")
    parser.add_argument("--extra-unions", type=int, default=0, help="made-up unions added to the directory")
    parser.add_argument("--growth", action="store_true", help="one fresh process per directory size, as a table")
    parser.add_argument("--steps", action="store_true",
                        help="also read the resident memory after each build step (a collection before each)")
    parser.add_argument("--startup", action="store_true",
                        help="cold build and warm load of the matcher's cache on disk, side by side (R rounds)")
    parser.add_argument("--startup-child", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.growth:
        growth_table(args.stories, args.rounds)
        return
    if args.startup:
        startup_table(args.rounds)
        return
    if args.startup_child:
        startup_child(*args.startup_child)
        return

    import bot.matching.tagger as tagger_module
    from bot.matching import detect_language, gazetteer
    from bot.matching.cache import use_cache_dir
    from bot.matching.unions import default_directory

    use_cache_dir(None)  # the build itself is measured

    extra = extra_unions(args.extra_unions // 3)
    gc.collect()
    rss_before, _ = resident_mb()
    started, started_cpu = time.perf_counter(), time.process_time()
    # The gazetteer's entries as the tagger loads them (country_entries() before country_columns() existed).
    steps: list[str] = []

    def step(name: str) -> None:  # --steps: the resident memory after each step (its reading moves the layout)
        if args.steps:
            gc.collect()
            steps.append(f"{name} +{resident_mb()[0] - rss_before:.1f}")

    getattr(gazetteer, "country_columns", gazetteer.country_entries)()
    step("gazetteer")
    directory = default_directory()
    if extra:
        directory = directory.with_extra(extra)
    data_loaded = time.process_time()
    step("directory")
    tagger = tagger_module.Tagger(directory)
    built = time.process_time()
    step("automata")
    directory.id_for_name("")  # the directory's lookups by name, by variant and by near variant, built at first use
    directory.id_for_variant("Workers Union", set())
    directory.id_for_near_variant("Kenya Medical Practitioners and Dentists Union", set())
    step("lookups")
    tagger.tag(*synthetic_stories(1)[0])
    first_done, first_done_wall = time.process_time(), time.perf_counter()
    gc.collect()
    rss_after, peak = resident_mb()
    stories = synthetic_stories(args.stories)
    keys = sum(len(automaton) for automaton in tagger._automata if hasattr(automaton, "iter"))  # noqa: SLF001
    print(f"union records: {len(directory):,}; automaton keys: {keys:,}")
    print(f"build, CPU: data {data_loaded - started_cpu:.2f} s + automata {built - data_loaded:.2f} s "
          f"+ lookups and first story {first_done - built:.2f} s = {first_done - started_cpu:.2f} s "
          f"(wall {first_done_wall - started:.2f} s)")
    print(f"memory: resident +{rss_after - rss_before:.1f} MB after the build (imports excluded), peak {peak:.1f} MB")
    if steps:
        print(f"memory after each step (MB, resident): {', '.join(steps)}")

    detect_language(None, "Los trabajadores convocaron una huelga general.")  # loads the model
    languages = [detect_language(title, text) for title, text in stories]
    average = sum(len(title) + len(text) for title, text in stories) / len(stories)
    for title, text in stories[:200]:  # warm caches
        tagger.tag(title, text)

    def with_language() -> None:
        for (title, text), language in zip(stories, languages, strict=True):
            tagger.tag(title, text, language)

    def without_language() -> None:
        for title, text in stories:
            tagger.tag(title, text)

    baseline = geotext_work(stories)
    rates: dict[str, list[float]] = {"with language": [], "without language": [], "geotext": []}
    for _ in range(args.rounds):  # interleaved, so that load on the machine hits all alike
        rates["with language"].append(cpu_rate(len(stories), with_language))
        rates["without language"].append(cpu_rate(len(stories), without_language))
        if baseline is not None:
            rates["geotext"].append(cpu_rate(len(stories), baseline))
    print(f"tagging {len(stories):,} stories of ~{average:,.0f} chars, stories/s by CPU time (one core), "
          f"median of {args.rounds} rounds [all rounds]:")
    for label, values in rates.items():
        if values:
            print(f"  {label:17s} {statistics.median(values):7,.0f}  [{', '.join(f'{value:,.0f}' for value in values)}]")
    if baseline is None:
        print("  geotext not installed (pip install '.[bench]'): no baseline")


def geotext_work(stories: list[tuple[str, str]]) -> Callable[[], None] | None:
    """geotext's country mentions over the stories (the baseline), or None when it is not installed."""
    try:
        from geotext import GeoText
    except ImportError:
        return None
    GeoText("warm up in Paris")

    def work() -> None:
        for title, text in stories:
            GeoText(f"{title}\n{text}").country_mentions  # noqa: B018 - the work being timed
    return work


def growth_table(stories: int, rounds: int) -> None:
    """Run this script once per directory size in a fresh process and print its figures as rows."""
    print("| extra union names | union records | build, CPU s (data + automata + lookups and first story) | memory MB "
          "| stories/s with language | stories/s without | geotext, same process |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for names in GROWTH_NAMES:
        output = subprocess.run([sys.executable, __file__, "--stories", str(stories), "--rounds", str(rounds),
                                 "--extra-unions", str(names)], capture_output=True, text=True, check=True).stdout
        lines = {line.strip().split(":")[0].split("  ")[0]: line.strip() for line in output.splitlines()}
        records = lines["union records"].split(":")[1].split(";")[0].strip()
        build = lines["build, CPU"].split(":", 1)[1].strip()
        memory = lines["memory"].split("+")[1].split(" ")[0]
        with_language = lines["with language"].split()[2]
        without = lines["without language"].split()[2]
        geotext = lines["geotext"].split()[1] if "geotext" in lines else "n/a"
        print(f"| {names:,} | {records} | {build} | +{memory} | {with_language} | {without} | {geotext} |")


STARTUP_MODES = ("no cache", "cold", "warm")


def startup_child(mode: str, folder: str) -> None:
    """One start (see --startup): the default tagger, its directory's lookups and a story; prints one JSON line."""
    import json
    import resource

    from bot.matching import cache, default_directory, default_tagger

    cache.use_cache_dir(None if mode == "no cache" else folder)
    started = time.process_time()
    tagger = default_tagger()
    directory = default_directory()
    directory.id_for_name("")  # the lookups the bench's build step counts (from the cache when it is read)
    directory.id_for_variant("Workers Union", set())
    directory.id_for_near_variant("Kenya Medical Practitioners and Dentists Union", set())
    tagger.tag(*synthetic_stories(1)[0])
    work = time.process_time() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"work": work, "process": usage.ru_utime + usage.ru_stime, "peak": resident_mb()[1],
                      "files": sorted(path.name for path in Path(folder).glob("*"))}))


def startup_table(rounds: int) -> None:
    """R rounds of a start without the cache, a cold one and a warm one, each in a fresh process; medians."""
    import json
    import tempfile

    results: dict[str, list[dict[str, float]]] = {mode: [] for mode in STARTUP_MODES}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-matcher-cache-") as parent:
            folder = str(Path(parent) / "cache")
            for mode in STARTUP_MODES:  # cold writes the file warm reads
                output = subprocess.run([sys.executable, __file__, "--startup-child", mode, folder],
                                        capture_output=True, text=True, check=True).stdout
                result = json.loads(output.splitlines()[-1])
                if mode != "no cache" and len(result["files"]) != 1:
                    raise SystemExit(f"{mode}: expected one cache file, found {result['files']}")
                results[mode].append(result)
    print(f"matcher start, {rounds} rounds (median [all]): default tagger + the directory's lookups + a first story")
    print("| start | build or load, CPU s | whole process, CPU s (imports included) | peak resident MB |")
    print("| --- | ---: | ---: | ---: |")
    for mode, label in zip(STARTUP_MODES, ("built, cache off", "cold: built and written", "warm: read from the cache"),
                           strict=True):
        cells = [f"{statistics.median(values):.2f} [{', '.join(f'{value:.2f}' for value in values)}]"
                 for values in ([result[field] for result in results[mode]] for field in ("work", "process"))]
        peaks = [result["peak"] for result in results[mode]]
        print(f"| {label} | {cells[0]} | {cells[1]} | {statistics.median(peaks):.0f} [{', '.join(f'{peak:.0f}' for peak in peaks)}] |")


if __name__ == "__main__":
    main()
