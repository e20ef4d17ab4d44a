"""Country gazetteer: every ISO 3166-1 country under the names a news story may use.

Sources: pycountry (ISO names), CLDR's territory names in English and in other languages
(bot/data/territories.tsv, written from Babel by scripts/build_places.py), bot/data/countries.tsv
(short forms, demonyms, adjectives), bot/data/places.tsv
(built by scripts/build_places.py: country names in every CLDR locale, GeoNames cities of 15,000
people or more, ISO 3166-2 regions), and the hand-made rules in bot/data/gazetteer.toml
(blockers, person names, names shared by two countries, stoplists).
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

import pycountry

from bot.matching.normalize import HAN_LETTER, THAI_LETTER, fold, fold_cased, normalize, quotes_seen_through

Kind = Literal["country", "union", "blocker", "head"]
Form = Literal["name", "demonym", "foreign", "region", "city", "town", "adjective", "namesake", "acronym",
               "acronym_variant", "alias", "blocker", "head"]
CaseRule = Literal["any", "capitalised", "exact"]

FOREIGN_LOCALES = ("es", "fr", "de", "ru", "pt", "it", "ar", "tr", "uk", "pl")
# The locales whose territory names bot/data/territories.tsv holds: English, the foreign names' languages, and the
# Chinese and Japanese names chinese_only_han_names compares.
TERRITORY_LOCALES = ("en", *FOREIGN_LOCALES, "ja", "zh", "zh_Hant")
# Preference when one name points at different countries: a country's own name beats a
# demonym, which beats a name in another language, then a region, a city, a small town and a place's adjective.
_FORM_RANK = {"name": 0, "demonym": 1, "foreign": 2, "region": 3, "city": 4, "town": 6, "adjective": 7}
# A demonym's form made by its language's endings ("indiana", Italian for an Indian woman) ranks after the name of a
# region or city that counts alone ("Indiana", the US state), before a small town's ("sueca", Swedish, before Sueca).
_INFLECTED_DEMONYM_RANK = 5
# Forms that only count when the story backs them (see Tagger._drop_non_places).
BACKED_FORMS = frozenset({"town"})


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way of writing a country or a union, as stored in the matching automaton.

    `target` is an ISO alpha-2 code, a union id, or "" for a blocker. `cased` is the name
    folded with letter case kept, for the case checks. `needs_support` marks names that only
    count when the story supports them otherwise (short acronyms, generic union names).
    `alternatives` lists every country a shared name ("Congo") may mean.
    """

    kind: Kind
    target: str
    form: Form
    cased: str
    case_rule: CaseRule
    needs_support: bool = False
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class GazetteerRules:
    """The hand-made rules from bot/data/gazetteer.toml, folded for lookup."""

    blockers: tuple[str, ...]
    person_names: frozenset[str]
    place_prefixes: frozenset[str]
    georgia_us_cues: tuple[str, ...]
    shared: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    city_stoplist: frozenset[str] = frozenset()
    foreign_stoplist: frozenset[str] = frozenset()
    extra_cities: dict[str, str] = field(default_factory=dict)
    extra_towns: dict[str, str] = field(default_factory=dict)
    extra_names: dict[str, str] = field(default_factory=dict)


_UNSPACED_SCRIPT = re.compile(r"[\u0e01-\u0e4e\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Scripts whose words take case endings or postpositions joined to them ("서울에서", "বাংলাদেশে").
_SUFFIXING_SCRIPT = re.compile(r"[\u1100-\u11ff\uac00-\ud7af\u0980-\u09ff]")


def pattern_key(name: str) -> str:
    """The automaton key for a name: folded, lower-case, padded so it only matches whole words.

    Thai, Chinese and Japanese write words without spaces, so their names are not padded; Korean and
    Bengali attach particles and case endings to the end of a word ("서울에서", "বাংলাদেশে"), so
    their names are padded at the start only.
    """
    return _padded_key(name, quotes_seen_through(normalize(name)).lower.strip())


def pattern_key_and_cased(name: str) -> tuple[str, str]:
    """(pattern_key(name), fold_cased(name)), folding the name once: the build asks both of ~30,000 names."""
    # normalize() replaces some punctuation before folding with what folding gives it: its `cased` is what
    # fold_cased() folds the name to, before runs of spaces are made one.
    source = quotes_seen_through(normalize(name))
    return _padded_key(name, source.lower.strip()), " ".join(source.cased.split())


def _padded_key(name: str, folded: str) -> str:
    """pattern_key() of `name`, `folded` being its folded, lower-cased and stripped text."""
    if _UNSPACED_SCRIPT.search(name):
        return folded
    if _SUFFIXING_SCRIPT.search(name):
        return " " + folded
    return " " + folded + " "


def place_rows() -> Iterator[tuple[str, str, CaseRule, str, Form]]:
    """bot/data/places.tsv (built by scripts/build_places.py): (automaton key, folded name with case
    kept, case rule, country code, form) rows, folded ahead so that start-up stays fast."""
    # Read line by line: the whole file's text and its list of lines would be held at once otherwise.
    # The rule, code and form of ~70,000 rows are a few hundred distinct strings, each kept once
    # (a copy per row took ~10 MB while the gazetteer was built, memory the process kept).
    distinct: dict[str, Any] = {}  # Any: the rule and form columns hold CaseRule and Form values
    with resources.files("bot").joinpath("data", "places.tsv").open("r", encoding="utf-8") as file:
        for chunk in file:
            for line in chunk.splitlines():  # as str.splitlines() over the whole text would split it
                if line and not line.startswith("#"):
                    # scripts/build_places.py writes the file with exactly these columns; checking each row
                    # would slow start-up
                    key, cased, rule, code, form = line.split("\t")
                    yield (key, cased, distinct.setdefault(rule, rule), distinct.setdefault(code, code),
                           distinct.setdefault(form, form))


_CHINESE_PROVINCE = "省"
# Japanese news names a prefecture without its "県"/"府" too ("岐阜の工場"). Kept so only where the bare name is no
# family name ("石川", "福島", "山口", "千葉"...), no word ("三重", threefold; "大分", largely) and is not read inside
# Chinese words (CJK names match inside words: "京都" in "北京都市", "群馬" in "一群馬", "鳥取" in "鳥取食", "愛知" in
# "愛知識", "兵庫" an armoury): mostly names in characters only Japanese writes ("広", "縄", "潟", "埼", "栃", "徳").
_JAPANESE_BARE_PREFECTURES = frozenset(fold(name) for name in (  # folded, as the places' keys are ("静岡県" -> "静冈県")
    "岐阜県", "静岡県", "神奈川県", "新潟県", "埼玉県", "茨城県", "栃木県", "滋賀県", "和歌山県", "徳島県", "愛媛県", "沖縄県", "広島県",
    "大阪府"))
_DECLINING_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG", "RS"})
_ACRONYM_SEPARATORS = re.compile(r"[\s.\-]")


def is_acronym(name: str) -> bool:
    """True for names written like acronyms ("ITUC", "U.S.", "AHİK", "BiH", "CGT-FO")."""
    return _is_acronym_folded(fold_cased(name))


def _is_acronym_folded(cased: str) -> bool:
    letters = _ACRONYM_SEPARATORS.sub("", cased)
    if not 2 <= len(letters) <= 8 or not letters.isalnum():
        return False  # most names: their capitals are not counted
    uppercase = sum(map(str.isupper, letters))
    return uppercase >= 2 and uppercase >= len(letters) - 1


def case_rule_for(name: str) -> CaseRule:
    """Acronyms must match exactly; names written with a capital must be capitalised in the text."""
    return case_rule_of(fold_cased(name))


def case_rule_of(cased: str) -> CaseRule:
    """case_rule_for() of a name already folded with its case kept (`fold_cased(name)`)."""
    if _is_acronym_folded(cased):
        return "exact"
    return "capitalised" if cased[:1].isupper() else "any"


@lru_cache(maxsize=1)
def gazetteer_rules() -> GazetteerRules:
    """Load bot/data/gazetteer.toml."""
    data = tomllib.loads(resources.files("bot").joinpath("data", "gazetteer.toml").read_text("utf-8"))
    shared: dict[str, tuple[tuple[str, ...], str]] = {}
    for group in data["shared"]:
        for name in group["names"]:
            shared[fold(name)] = (tuple(group["countries"]), group["default"])
    return GazetteerRules(
        blockers=tuple(data["blockers"]),
        person_names=frozenset(fold(name) for name in data["person_names"]),
        place_prefixes=frozenset(fold(word) for word in data["place_prefixes"]),
        georgia_us_cues=tuple(fold(cue) for cue in data["georgia_us_cues"]),
        shared=shared,
        city_stoplist=frozenset(fold(name) for name in data["city_stoplist"]),
        foreign_stoplist=frozenset(fold(name) for name in data["foreign_stoplist"]),
        extra_cities=dict(data["extra_cities"]),
        extra_towns=dict(data["extra_towns"]),
        extra_names=dict(data["extra_names"]),
    )


def demonym_forms(language: str, base: str) -> list[str]:
    """The forms of a demonym given in bot/data/demonyms.tsv: feminine and plural made by the
    language's regular endings ("argentino" -> "argentina", "argentinos", "argentinas")."""
    if language in ("es", "pt"):
        if base.endswith(("o",)):
            return [base, base[:-1] + "a", base + "s", base[:-1] + "as"]
        if base.endswith(("és", "ês")):
            stem = base[:-2]
            return [base, stem + "esa", stem + "eses", stem + "esas"]
        if base.endswith(("í", "i")):
            return [base, base + "es", base + "s"]
        if base.endswith(("e", "a")):
            return [base, base + "s"]
        return [base, base + "a", base + "es", base + "as"]
    if language == "fr":
        if base.endswith("e"):
            return [base, base + "s"]
        if base.endswith(("ien", "éen")):
            return [base, base + "ne", base + "s", base + "nes"]
        if base.endswith(("ais", "ois")):
            return [base, base + "e", base + "es"]
        return [base, base + "e", base + "s", base + "es"]
    if language == "it":
        if base.endswith("o"):
            # the feminine plural of -ca, -ga keeps the hard sound: "britanniche"
            feminine_plural = base[:-1] + ("he" if base.endswith(("co", "go")) else "e")
            return [base, base[:-1] + "a", base[:-1] + "i", feminine_plural]
        if base.endswith("e"):
            return [base, base[:-1] + "i"]
        return [base]
    if language == "de":
        return [base + ending for ending in ("", "e", "en", "er", "es", "em")]
    if language == "sv" and not base.endswith("a"):  # "tysk": "tyska", "tyskt"
        return [base, base + "a", base + "t"]
    if language == "pl" and base.endswith(("ski", "cki")):  # "polski": "polska", "polscy", "polskich"
        stem = base[:-1]
        return [stem + ending for ending in _POLISH_ADJECTIVE_ENDINGS] + [base[:-2] + "cy"]
    if language == "ar" and base.endswith("ي"):  # "تونسي": "التونسية", "تونسيون", "التونسيين"
        return [article + base + ending for article in ("", "ال") for ending in ("", "ة", "ون", "ين")]
    if language in ("ru", "uk") and base.endswith(("ий", "ій", "ой")):  # "российский": "российская"; "тверской"
        endings = _RUSSIAN_ADJECTIVE_ENDINGS if language == "ru" else _UKRAINIAN_ADJECTIVE_ENDINGS
        return [base[:-2] + ending for ending in endings]
    return [base]


# Languages whose demonyms in bot/data/demonyms.tsv are each a base to inflect, also when several are given.
_INFLECTED_DEMONYM_LANGUAGES = frozenset({"pl", "ru", "uk", "ar"})
# Case endings of adjectives (all genders and numbers) after the stem ("polsk-", "российск-", "українськ-").
_POLISH_ADJECTIVE_ENDINGS = ("i", "a", "ie", "iego", "iej", "im", "ich", "imi", "ą", "iemu")
_RUSSIAN_ADJECTIVE_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими")
_UKRAINIAN_ADJECTIVE_ENDINGS = ("ий", "а", "е", "і", "ого", "ому", "им", "ім", "ій", "у", "ої", "ою", "их", "ими")


def foreign_demonyms() -> dict[str, list[tuple[str, bool]]]:
    """bot/data/demonyms.tsv: code -> every form of the country's demonyms in other languages, each marked True
    where the language's endings made it ("indiana", the Italian feminine of "indiano"), False where the file
    gives it. Read once a build (country_columns), not kept."""
    result: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    text = resources.files("bot").joinpath("data", "demonyms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *pairs = line.split("\t")
        for language, forms in zip(pairs[::2], pairs[1::2], strict=False):
            given = [form.strip() for form in forms.split(";") if form.strip()]
            # One form is a base to inflect; several are the complete list (each a base in pl, ru, uk).
            if len(given) == 1 or language in _INFLECTED_DEMONYM_LANGUAGES:
                result[code] += [(form, form not in given) for base in given for form in demonym_forms(language, base)]
            else:
                result[code] += [(form, False) for form in given]
    return dict(result)


def place_adjective_forms(base: str) -> list[str]:
    """Every case, gender and number of a Russian place adjective ("харьковский": "харьковского", "харьковские";
    "тверской": "тверская", "тверских"), declined as a demonym is."""
    return list(dict.fromkeys([base, *demonym_forms("ru", base)]))


@lru_cache(maxsize=1)
def place_adjectives() -> dict[str, str]:
    """bot/data/place_adjectives.tsv (built by scripts/build_place_adjectives.py): adjective -> country code."""
    text = resources.files("bot").joinpath("data", "place_adjectives.tsv").read_text("utf-8")
    adjectives: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ValueError(f"bot/data/place_adjectives.tsv line {number}: expected 'adjective<TAB>country', got {line!r}")
        adjectives[fields[0]] = fields[1]
    return adjectives


@dataclass(frozen=True)
class CountryInfo:
    """A country's code, display name and the English names a user may type."""

    code: str
    name: str
    names: tuple[str, ...]



def _split_forms(cell: str) -> list[str]:
    """The non-empty parts of a ";"-separated cell."""
    return [part.strip() for part in cell.split(";") if part.strip()]

@lru_cache(maxsize=1)
def country_table() -> dict[str, tuple[str, list[str], list[str]]]:
    """bot/data/countries.tsv: code -> (display name, other English names, demonyms)."""
    table: dict[str, tuple[str, list[str], list[str]]] = {}
    text = resources.files("bot").joinpath("data", "countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, display, others, demonyms = (line.split("\t") + ["", "", ""])[:4]
        table[code.strip()] = (display.strip(), _split_forms(others), _split_forms(demonyms))
    return table


def name_variants(name: str) -> set[str]:
    """Spellings of one name: "&" as "and", "St." as "Saint", no parentheses, no leading "the"."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    base = re.sub(r"\s+-\s+|\s+–\s+", "-", base)
    base = re.sub(r"\s+(SAR China|SAR|, RAE.*)$", "", base)
    variants = {base, base.replace(" & ", " and ")}
    for variant in list(variants):
        if re.match(r"(?i)st\.? ", variant):
            variants.add(re.sub(r"(?i)^st\.? ", "Saint ", variant))
            variants.add(re.sub(r"(?i)^st\.? ", "St ", variant))
        if variant.lower().startswith("the "):
            variants.add(variant[4:])
        variants.add(re.sub(r"[.'’]", "", variant))
    return {variant for variant in variants if variant and "," not in variant}


@cache
def territory_names(locale: str) -> dict[str, str]:
    """CLDR's names of territories (countries and regions, by code) in one of TERRITORY_LOCALES, as
    scripts/build_places.py wrote them from Babel to bot/data/territories.tsv. Read from there, not from Babel: Babel
    holds every category of each locale it loads (dates, numbers...) and its global data for the process's life
    (3.3 MB resident after the tagger's build, for the five locales it reads: BENCHMARKS.md, twenty-seventh pass)."""
    if locale not in TERRITORY_LOCALES:
        raise ValueError(f"no territory names for locale {locale!r}: bot/data/territories.tsv holds {TERRITORY_LOCALES}")
    names: dict[str, str] = {}
    with resources.files("bot").joinpath("data", "territories.tsv").open("r", encoding="utf-8") as file:
        for line in file:
            if not line.startswith("#") and line.startswith(locale + "\t"):
                _, code, name = line.rstrip("\n").split("\t")
                names[code] = name
    return names


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryInfo]:
    """Every ISO 3166-1 country by alpha-2 code, with its display name and English names."""
    table = country_table()
    english = territory_names("en")
    result: dict[str, CountryInfo] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        display, others, _ = table.get(code, ("", [], []))
        iso_names = [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
        names: list[str] = []
        for raw in [*iso_names, english.get(code, ""), *others]:
            for variant in sorted(name_variants(raw)) if raw else ():
                if variant not in names:
                    names.append(variant)
        common = getattr(country, "common_name", None) or (country.name if "," not in country.name else english[code])
        result[code] = CountryInfo(code, display or common, tuple(names))
    return result


def country_name(code: str) -> str:
    """Display name for an ISO alpha-2 code (the code itself if unknown)."""
    info = countries().get(code.upper())
    return info.name if info else code


def foreign_names(code: str) -> Iterable[str]:
    """The country's names in FOREIGN_LOCALES (Babel's CLDR data)."""
    for locale in FOREIGN_LOCALES:
        name = territory_names(locale).get(code)
        if name:
            yield from name_variants(name)


@lru_cache(maxsize=1)
def german_genitives() -> frozenset[str]:
    """The folded German genitives in -s of country names among the gazetteer's extra names ("Deutschlands",
    "Österreichs"): a capitalised noun before one is the noun it qualifies ("die Regierung Österreichs"), not a
    person's first name."""
    german = territory_names("de")
    return frozenset(fold(name) for name, code in gazetteer_rules().extra_names.items()
                     if name.endswith("s") and german.get(code) == name[:-1])


@lru_cache(maxsize=1)
def chinese_only_han_names() -> frozenset[str]:
    """Folded country and region names Chinese writes in Han characters and Japanese does not ("海地", Haiti, which
    Japanese writes "ハイチ"; "美国"; "瑞典"): in Japanese text such characters are part of a Japanese word ("東海地区")."""
    chinese: set[str] = set()
    for locale in ("zh", "zh_Hant"):
        chinese.update(name for name in territory_names(locale).values() if all(HAN_LETTER.match(char) for char in name))
    # compared folded: a traditional name folds to the simplified one, which may be Japanese's ("韓國" and "韓国")
    return frozenset(fold(name) for name in chinese) - frozenset(fold(name) for name in territory_names("ja").values())


def _polish_inflections(name: str) -> list[str]:
    """The Polish locative and genitive of a country name: one word ("w Polsce", "z Ukrainy"), or a
    feminine noun and its adjective ("w Wielkiej Brytanii", "w Korei Południowej")."""
    words = name.split(" ")
    if len(words) == 2 and all(word.endswith("a") for word in words):
        first, second = (_polish_feminine_oblique(word) for word in words)
        return [f"{one} {two}" for one in first for two in second]
    if len(words) > 1:
        return []
    for ending, forms in (("ska", ("sce", "ski")), ("ia", ("ii",)), ("ea", ("ei",)), ("ja", ("ji",)),
                          ("ka", ("ce", "ki")), ("na", ("nie", "ny")), ("ra", ("rze", "ry")), ("la", ("li",)),
                          ("da", ("dzie", "dy"))):
        if name.endswith(ending):
            return [name[:-len(ending)] + form for form in forms]
    return []


# A German adjective in the nominative after no article ("Vereinigte", "Arabische", "Vereinigtes", "Südliches").
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ]\w{2,}(?:isch|ig|t|lich)es?")


def _german_inflections(name: str) -> list[str]:
    """The German dative, genitive and accusative after an article of a country name opening with adjectives
    ("die Vereinigten Arabischen Emirate", "in den Vereinigten Arabischen Emiraten", "der Dominikanischen Republik",
    "im Vereinigten Königreich"): each adjective takes "-en", a plural noun in "-e" the dative's "-n"."""
    words = name.split(" ")
    adjectives = 0
    while adjectives < len(words) - 1 and _GERMAN_ADJECTIVE.fullmatch(words[adjectives]):
        adjectives += 1
    if not adjectives:
        return []
    inflected = [word + "n" if word.endswith("e") else word[:-2] + "en" for word in words[:adjectives]]
    forms = [" ".join(inflected + words[adjectives:])]
    if words[0].endswith("e") and words[-1].endswith("e") and len(words) == adjectives + 1:  # a plural: "Emirate"
        forms.append(" ".join(inflected + [words[-1] + "n"]))
    return forms


def _polish_feminine_oblique(word: str) -> tuple[str, ...]:
    """The genitive and locative of a word of a two-word Polish name in -a: a noun ("Brytania",
    "Korea", "Republika") or an adjective ("Wielka", "Południowa")."""
    if word.endswith(("ia", "ea", "ja")):
        return (word[:-1] + "i",)
    if word == "Republika":
        return ("Republice", "Republiki")
    return (word[:-1] + "iej",) if word.endswith(("ka", "ga")) else (word[:-1] + "ej",)


_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")


def _greek_genitive(name: str) -> str | None:
    """The genitive of a country's one-word Greek name, as CLDR gives it in the nominative: feminine "-α"/"-η" take
    "-ς" ("Γαλλία": "της Γαλλίας"), "-ος" and neuter "-ο" make "-ου" ("Αίγυπτος": "Αιγύπτου"; "Βέλγιο": "Βελγίου"),
    masculine "-ας" drops its "ς" ("Καναδάς": "του Καναδά"); None for another ending or a name of several words."""
    if not _GREEK_WORD.fullmatch(name):
        return None
    if name.endswith(("ας", "άς")):
        return name[:-1]
    if name.endswith(("ος", "ός")):
        return name[:-2] + "ου"
    if name.endswith(("ο", "ό")):
        return name[:-1] + "ου"
    if name.endswith(("α", "ά", "η", "ή")):
        return name + "ς"
    return None


_CYRILLIC_VOWELS = "аеёиоуыэюяіїє"  # before a last "и" it is a folded "й" ("Хмельницкий"), no plural's ending
_CYRILLIC_WORD = re.compile(r"[А-яЁёІіЇїЄєҐґЈјЉљЊњЋћЂђЏџ\-]+")  # Serbian's letters too ("Србија": "у Србији")


def _inflections(name: str) -> list[str]:
    """Common Russian and Ukrainian case endings of a country name: one word ("в Грузии"), or an
    adjective and a noun ("в Южной Корее", "у Великій Британії", "в Соединенных Штатах")."""
    words = name.split(" ")
    if not all(_CYRILLIC_WORD.fullmatch(word) for word in words):
        return []
    if len(words) == 2:
        adjective, noun = words
        if adjective.endswith("ая"):  # Russian feminine: "Южная"
            adjectives = [adjective[:-2] + ending for ending in ("ой", "ую")]
        elif adjective.endswith("а"):  # Ukrainian feminine: "Велика", "Південна"
            adjectives = [adjective[:-1] + ending for ending in ("ій", "ої", "у", "ою")]
        elif adjective.endswith(("ые", "і")):  # plural: "Соединенные", "Сполучені"
            adjectives = [adjective[:-2] + "ых" if adjective.endswith("ые") else adjective[:-1] + "их"]
        elif adjective.endswith(("ний", "нии")):  # soft masculine: "Нижний Тагил", "в Нижнем Тагиле" (й folded: и)
            adjectives = [adjective[:-2] + ending for ending in ("его", "ем", "ему", "им", "ього", "ьому", "ім")]
        elif adjective.endswith(("ий", "ый", "ой", "ии", "ыи", "ои")):  # masculine: "Краснодарского края"
            adjectives = [adjective[:-2] + ending for ending in ("ого", "ом", "ому", "им", "ым", "ім")]
        else:
            return []
        if noun.endswith(("ы", "и")):  # plural: "Штаты", "Штати"
            nouns = [noun[:-1] + ending for ending in ("ах", "ов", "ам", "ів")]
        else:
            nouns = _inflections(noun)
        return [f"{one} {two}" for one in adjectives for two in nouns]
    if len(words) > 1:
        return []
    if name.endswith("ия") or name.endswith("ія"):
        stem, i = name[:-2], name[-2]
        return [stem + i + ending for ending in ("и", "ю", "ей", "ї", "єю")]
    if name.endswith("й"):  # "Китай": "в Китае", "Китая", "у Китаї"; "край": "Краснодарского края"
        return [name[:-1] + ending for ending in ("я", "е", "ю", "ем", "ї", "єм")]
    if name.endswith("ье"):  # a city: "Запорожье", "Запорожья"
        return [name[:-1] + ending for ending in ("я", "ю", "ем")]
    if name.endswith("я"):  # "Корея": "Корее", "Кореи", "Кореї"
        return [name[:-1] + ending for ending in ("и", "е", "ю", "ей", "ї", "єю")]
    if name.endswith("а"):
        return [name[:-1] + ending for ending in ("ы", "и", "е", "у", "ой", "ою", "і")]
    if name.endswith("ь"):
        # "-ль" is most often a masculine city's: "Мариуполь", "в Мариуполе", "Ярославля"
        masculine = ("я", "е", "ем") if name.endswith("ль") else ()
        return [name[:-1] + ending for ending in ("и", "ю", "і", *masculine)]
    if name.endswith(("ы", "и")) and name[-2] not in _CYRILLIC_VOWELS:  # a plural city: "Сумы", "в Сумах", "Черновцам"
        return [name[:-1] + ending for ending in ("ах", "ам")]
    if name[-1] in "бвгджзклмнпрстфхцчшщ":
        return [name + ending for ending in ("а", "е", "у", "ом", "і", "ові")]
    return []


def _namesake_rule(found: tuple[str, int, str, CaseRule, Form] | dict[str, tuple[int, str, CaseRule, Form]],
                   namesakes: set[str]) -> tuple[tuple[str, ...], str]:
    """(countries, default) for a place name other countries' places share: the default is the country
    the name has alone, or the one whose form ranks first (a region before a city), else none ("")."""
    if isinstance(found, tuple):
        return tuple(sorted(namesakes | {found[0]})), found[0]
    best_rank = min(candidate[0] for candidate in found.values())
    best = [code for code, candidate in found.items() if candidate[0] == best_rank]
    return tuple(sorted(namesakes | found.keys())), best[0] if len(best) == 1 else ""


def country_entries() -> tuple[tuple[str, NameEntry], ...]:
    """(automaton key, entry) pairs for every country name, demonym, foreign name, region and city."""
    return tuple(zip(*country_columns(), strict=True))


@lru_cache(maxsize=1)
def country_columns() -> tuple[tuple[str, ...], tuple[NameEntry, ...]]:
    """country_entries() as its keys and its entries, in the same order (a pair for each of the ~84,000 keys
    would hold 4 MB more); read it with zip(*country_columns()). Kept until a tagger's build is done
    (tagger._build_automata drops it)."""
    rules = gazetteer_rules()
    table = country_table()
    # key -> (code, form rank, folded name with case kept, case rule, form) while one country has the
    # key; code -> (form rank, cased, case rule, form) once several have it. (A dict for each of the
    # ~70,000 keys would take ~17 MB while loading, memory the process keeps.)
    candidates: dict[str, tuple[str, int, str, CaseRule, Form] | dict[str, tuple[int, str, CaseRule, Form]]] = {}

    def add_key(key: str, cased: str, rule: CaseRule, code: str, form: Form, rank: int | None = None) -> None:
        if not key.strip():
            return
        rank = _FORM_RANK[form] if rank is None else rank
        current = candidates.get(key)
        if current is None:
            candidates[key] = (code, rank, cased, rule, form)
        elif isinstance(current, dict):
            known = current.get(code)
            if known is None or rank < known[0]:
                current[code] = (rank, cased, rule, form)
        elif current[0] != code:
            candidates[key] = {current[0]: current[1:], code: (rank, cased, rule, form)}
        elif rank < current[1]:
            candidates[key] = (code, rank, cased, rule, form)

    def add(name: str, code: str, form: Form) -> None:
        key, cased = pattern_key_and_cased(name)
        add_key(key, cased, case_rule_of(cased), code, form)

    demonyms_abroad = foreign_demonyms()
    for code, info in countries().items():
        for name in info.names:
            add(name, code, "name")
        for demonym in table.get(code, ("", [], []))[2]:
            add(demonym, code, "demonym")
        for demonym, made in demonyms_abroad.get(code, ()):
            # Ranked and checked like foreign names: "Deutsche Telekom" is a company, not Germany; and stoplisted
            # like them ("danés", folded, is the Slovenian "danes", today).
            key, cased = pattern_key_and_cased(demonym)
            if key.strip() not in rules.foreign_stoplist:
                add_key(key, cased, "any", code, "foreign", _INFLECTED_DEMONYM_RANK if made else None)
    for city, code in rules.extra_cities.items():
        add(city, code, "city")
    for town, code in rules.extra_towns.items():
        add(town, code, "town")
    for name, code in rules.extra_names.items():
        add(name, code, "foreign")
    # key -> countries whose places share the name ("Santander": CO, ES), and how to write it.
    namesakes: dict[str, set[str]] = defaultdict(set)
    namesake_spelling: dict[str, tuple[str, CaseRule]] = {}
    declined: list[tuple[str, CaseRule, str, Form]] = []
    greek_genitives: list[tuple[str, CaseRule, str]] = []
    for city, code in rules.extra_cities.items():
        if code in _DECLINING_COUNTRIES:
            cased = pattern_key_and_cased(city)[1]
            declined.append((cased, case_rule_of(cased), code, "city"))
    for key, cased, rule, code, form in place_rows():
        if form == "namesake":
            namesakes[key].add(code)
            namesake_spelling[key] = (cased, rule)
            continue
        stoplist = rules.foreign_stoplist if form == "foreign" else rules.city_stoplist
        if key.strip() not in stoplist:
            add_key(key, cased, rule, code, form)
            if form == "region" and code == "CN" and key.endswith(_CHINESE_PROVINCE):
                # News writes a province without its "province" ("福建工人", not "福建省工人"); a province
                # name read inside another word still says China.
                add_key(key[:-1], cased[:-1], rule, code, form)
            if form == "region" and code == "JP" and key in _JAPANESE_BARE_PREFECTURES:
                add_key(key[:-1], cased[:-1], rule, code, form)
            if form in ("city", "town", "region") and code in _DECLINING_COUNTRIES:
                declined.append((cased, rule, code, form))
            if form == "foreign" and (genitive := _greek_genitive(cased)) is not None:
                greek_genitives.append((genitive, rule, code))
    # Russian and Ukrainian decline a place's name ("рабочие Запорожья", "в Новосибирске", "в Кургане", "в
    # Свердловской области"): the places of the countries that write them, in no form another name has.
    for cased, rule, code, form in declined:
        for inflected in _inflections(cased):
            inflected_key, inflected_cased = pattern_key_and_cased(inflected)
            if inflected_key not in candidates:
                add_key(inflected_key, inflected_cased, rule, code, form)
    # Greek names a country in the genitive more than in any other case ("της Γαλλίας", "του Βελγίου"): in no form
    # another name has.
    for genitive, rule, code in greek_genitives:
        genitive_key, genitive_cased = pattern_key_and_cased(genitive)
        if genitive_key not in candidates:
            add_key(genitive_key, genitive_cased, rule, code, "foreign")
    # Russian names a place by its adjective more than by its name ("новосибирские врачи", "на Харьковском
    # подшипниковом заводе"): counted as the place where the tagger's gate lets it (see Tagger._drop_non_places).
    for adjective, code in place_adjectives().items():
        for inflected in place_adjective_forms(adjective):
            inflected_key, inflected_cased = pattern_key_and_cased(inflected)
            if inflected_key not in candidates:
                add_key(inflected_key, inflected_cased, "any", code, "adjective")

    # The keys and their entries as two lists (a pair for each key took ~5 MB more at the build's peak).
    keys: list[str] = []
    entries: list[NameEntry] = []
    shared_entries: dict[tuple[str, Form, str, CaseRule], NameEntry] = {}

    def entry_for(code: str, form: Form, cased: str, rule: CaseRule) -> NameEntry:
        # Only the "exact" rule and a Thai name (spelt with the marks folding drops, see tagger._inside_thai_word)
        # read `cased`; without it most entries are equal and stored once.
        fields: tuple[str, Form, str, CaseRule] = (
            (code, "acronym", cased, rule) if rule == "exact"
            else (code, form, cased, rule) if THAI_LETTER.match(cased) else (code, form, "", rule))
        entry = shared_entries.get(fields)
        if entry is None:
            entry = shared_entries[fields] = NameEntry("country", *fields)
        return entry

    def add_entry(key: str, entry: NameEntry) -> None:
        keys.append(key)
        entries.append(entry)

    for key in namesakes.keys() - candidates.keys():
        # A place name no country has alone: it counts only for the one of them the story names otherwise,
        # unless a hand-made rule gives it a default ("Cádiz": Spain's, beside the Philippines' Cadiz).
        cased, rule = namesake_spelling[key]
        alternatives, default = rules.shared.get(key.strip(), (tuple(sorted(namesakes[key])), ""))
        add_entry(key, NameEntry("country", default, "city", cased, rule, alternatives=alternatives))
    # Each candidate is dropped once its entry is made: the spellings of names whose entries do not keep
    # them (most) are freed while the entries grow, so the two are not held whole at once.
    for key in list(candidates):
        found = candidates.pop(key)
        shared = rules.shared.get(key.strip())
        if not shared and key in namesakes:
            shared = _namesake_rule(found, namesakes[key])
        if isinstance(found, tuple):  # one country has the name
            code, _, cased, rule, form = found
            if shared:
                alternatives, default = shared
                add_entry(key, NameEntry("country", default, form, cased, rule, alternatives=alternatives))
            else:
                add_entry(key, entry_for(code, form, cased, rule))
            continue
        if shared:
            alternatives, default = shared
            _, cased, rule, form = found.get(default) or next(iter(found.values()))
            add_entry(key, NameEntry("country", default, form, cased, rule, alternatives=alternatives))
            continue
        best_rank = min(candidate[0] for candidate in found.values())
        best = [(code, candidate) for code, candidate in found.items() if candidate[0] == best_rank]
        if len(best) != 1:
            continue  # the same name for two countries, not resolved by a rule: too ambiguous
        code, (_, cased, rule, form) = best[0]
        add_entry(key, entry_for(code, form, cased, rule))
    for blocker in rules.blockers:
        add_entry(pattern_key(blocker), NameEntry("blocker", "", "blocker", fold_cased(blocker), "any"))
    return tuple(keys), tuple(entries)


# A name in Arabic letters only (not Urdu's or Persian's own letters: those languages join no clitics).
_ARABIC_NAME = re.compile(" [\u0621-\u064a][\u0621-\u064a ]* ")
# Arabic writes "and", "in/with" and "for" joined to the next word, before its article: "بالمغرب"
# (in Morocco), "والجزائر", "لتونس", "للعراق" (ل + ال is written لل). Rarer ones ("فـ", "وبـ") are not
# read as clitics.
_ARABIC_CLITICS = ("و", "ب", "ل")
# Hebrew writes "and", "in", "to", "from" and "that" joined to a place's name the same way: "בחיפה" (in Haifa),
# "לתל אביב", "מאשדוד", "ובירושלים"; longest first, so "וב" is tried before "ו".
_HEBREW_CLITICS = ("וב", "ול", "ומ", "שב", "ב", "ל", "מ", "ו")
_HEBREW_NAME = re.compile(" [\u05d0-\u05ea][\u05d0-\u05ea ]* ")
# Where a key (" بالمغرب ", " בחיפה ") of an Arabic or Hebrew name with a clitic joined may start in padded text.
ARABIC_JOINED_START = re.compile(f" (?:(?:{'|'.join(_ARABIC_CLITICS)})[\u0621-\u064a]"
                                 f"|(?:{'|'.join(_HEBREW_CLITICS)})[\u05d0-\u05ea])")


def arabic_joined_forms(name: str, clitics: tuple[str, ...]) -> list[str]:
    """`name` in Arabic letters with each of `clitics` written joined to it; a clitic ending in ل ("for")
    takes the place of the article's alif: ل + المغرب is written للمغرب."""
    return [clitic + (name[1:] if clitic.endswith("ل") and name.startswith("ال") else name) for clitic in clitics]


def arabic_unjoined_keys(key: str) -> tuple[str, ...]:
    """The keys of the Arabic names (" المغرب ", " لبنان ") that `key` (" بالمغرب ", " للبنان ") writes
    with one of the clitics Arabic joins to a place name; () for any other key.

    The automaton holds place names without their clitics (a key for each clitic and each of the ~1,700
    Arabic names took ~2 MB); the tagger looks a word that starts with one up without it. The inverse of
    arabic_joined_forms: "للمغرب" may be ل + المغرب or ل + لمغرب; "لالمغرب" is no joined form.
    """
    keys = []
    if "\u05d0" <= key[1:2] <= "\u05ea":
        # Hebrew (" בחיפה " is " חיפה "): one clitic, or two ("וב"); the article is not written after ב, ל.
        keys = [" " + key[1 + len(clitic):] for clitic in _HEBREW_CLITICS if key.startswith(clitic, 1)]
        return tuple(found for found in keys if _HEBREW_NAME.fullmatch(found))
    for clitic in _ARABIC_CLITICS:
        if key.startswith(clitic, 1):
            rest = key[1 + len(clitic):]
            if clitic.endswith("ل") and rest.startswith("ل"):
                keys.append(" ا" + rest)
            if not (clitic.endswith("ل") and rest.startswith("ال")):
                keys.append(" " + rest)
    return tuple(found for found in keys if _ARABIC_NAME.fullmatch(found))


# Nepali writes its postpositions joined to the noun: "कतारको" (Qatar's), "भारतमा" (in India), "मलेसियाबाट" (from
# Malaysia), "साउदीले", up to two of them ("कतारमाको"); Marathi joins "मध्ये" (in) and its kin ("कतारमध्ये"). Hindi
# writes its own apart ("भारत में"). Folded as text is, longest first.
_DEVANAGARI_POSTPOSITIONS = tuple(sorted({normalize(word).lower for word in
                                         "को का की मा बाट लाई ले सँग सित देखि तिर भित्र सम्म मै मध्ये मधील मधून".split()},
                                        key=len, reverse=True))
DEVANAGARI_WORD = re.compile("(?<= )[\u0900-\u097f]+(?= )")  # in padded folded text


def joined_postposition_start(text: str, start: int, end: int) -> int | None:
    """Where a postposition joined to the end of the Devanagari word text[start:end] starts, if one is (the word
    goes on before it); None otherwise."""
    for postposition in _DEVANAGARI_POSTPOSITIONS:
        if text.endswith(postposition, start, end) and end - len(postposition) > start:
            return end - len(postposition)
    return None
