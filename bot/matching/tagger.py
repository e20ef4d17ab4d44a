"""The tagger: which countries and unions a story names, how central each is, and why.

One Aho-Corasick automaton holds every country name, demonym, foreign name, city, union
name, acronym and blocker phrase. A story's title and text are folded (bot.matching.normalize),
scanned once, and the leftmost-longest whole-word matches that pass their case rule are kept.
Context rules then drop what is not meant (a person called Jordan, the US state of Georgia,
an acronym with nothing to back it), and a score per country decides what is "primary" (the
story is about it) and what is only "mentioned".
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
import weakref
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter
from typing import Final, Generic, Literal, NamedTuple, TypeVar, cast

import ahocorasick
from rapidfuzz.distance import OSA

from bot.matching.cache import cached_automata
from bot.matching.gazetteer import (
    ARABIC_JOINED_START,
    BACKED_FORMS,
    DEVANAGARI_WORD,
    CaseRule,
    NameEntry,
    arabic_unjoined_keys,
    chinese_only_han_names,
    country_columns,
    country_name,
    gazetteer_rules,
    german_genitives,
    joined_postposition_start,
    pattern_key,
)
from bot.matching.language import DETECT_CHARS, StoryReading
from bot.matching.normalize import (
    ARABIC_LETTER,
    HAN_LETTER,
    THAI_LETTER,
    NormalizedText,
    fold,
    normalize,
    quotes_seen_through,
)
from bot.matching.recognise import (
    BANGLA_VEHICLE_WORDS,
    CASE_SUFFIX,
    CHINESE_BARE_HEADS,
    CHINESE_GATES,
    CYRILLIC_WORKER_WORDS,
    FOLDED_GATES,
    GENERIC_NAME_WORDS,
    HANGUL_WORD,
    KOREAN_BRANCH,
    KOREAN_BRANCH_AFTER_UNION,
    KOREAN_BRANCH_ENDING,
    KOREAN_PUBLIC_BODY,
    NEWS_AGENCY_WORDS,
    PLACE_NAME_WORDS,
    REJECT_WORDS,
    SENTENCE_END,
    SENTENCE_ENDS,
    FoundName,
    Recogniser,
    TextSpans,
    acronym_letters,
    after_a_korean_person,
    arabic_name_says_general,
    arabic_name_words,
    centre_sector_name,
    centre_suffix_start,
    cyrillic_organisation_trades,
    exact_spellings,
    glued_acronyms,
    glued_centre_start,
    goes_on_before,
    head_entries,
    holds_brazilian_prefix_name,
    in_order,
    initials_exact,
    is_cobas_name,
    is_portuguese_syllabic_name,
    matches_from,
    names_a_trade_only,
    names_other_body,
    names_script_workers_only,
    names_whose_union_only,
    persian_guild_name_goes_on,
    regional_prefix_name,
    spelt_acronyms,
    starts_sentence,
    transliterated_names,
    without_head_ending,
    without_trailing_state,
)
from bot.matching.recognise import is_acronym_shaped as _is_acronym
from bot.matching.unions import (
    ACRONYM_VARIANT_MIN_LETTERS,
    KOREAN_TRADE_SHORT_NAME,
    LOWER_CASE_WORD_ACRONYMS,
    NAME_COUNTRY_FORMS,
    ORDINARY_WORD_NAMES,
    ORDINARY_WORD_SHORT_NAMES,
    UnionDirectory,
    UnionRecord,
    common_prefix_length,
    country_acronym_words,
    country_words,
    cyrillic_country_words,
    default_directory,
    is_generic_folded,
    names_first_trade_only,
    variant_key,
)

Salience = Literal["primary", "mentioned"]
Field = Literal["title", "text"]

# Salience weights, tuned on shared/eval/seed_stories.jsonl (see tests/test_matching_eval.py).
TITLE_WEIGHT = 3.0          # the first country a title names (a headline's subject comes first)
TITLE_LATER_WEIGHT = 1.5    # any other country in the title
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
LEAD_CHARS = 400            # the opening of the text that counts as its lead
SENTENCE_WINDOW = 2_000     # how far back a sentence's start is looked for
LIST_MIN_LENGTH = 4         # a run of this many countries is a list of passing mentions
MAX_LIST_GAP = 40           # at most this many characters between two places of a list
UNION_SUPPORT_SHARE = 0.5   # a union's mention counts this share of a country mention for its country,
UNION_SUPPORT_CAP = 3       # once per sentence, for at most this many sentences per union
PRIMARY_MIN_SCORE = 1.75    # a single passing mention in the body is never primary
PRIMARY_MIN_SHARE = 0.42    # nor is a country far behind the story's main one (eval set: 0.35-0.5 all pass)
SOLE_PRIMARY_MIN_SCORE = 1.0  # ...but the one leading country of a short story, named in its lead, is
# Languages spoken (as a news language) in essentially one country: a story in one of them that
# names no place is about that country.
_LANGUAGE_HOMES = {
    "ja": "JP", "ko": "KR", "sv": "SE", "pl": "PL", "it": "IT", "uk": "UA", "tr": "TR", "cs": "CZ", "sk": "SK",
    "hu": "HU", "el": "GR", "he": "IL", "th": "TH", "vi": "VN", "id": "ID", "fi": "FI", "da": "DK", "nb": "NO",
    "no": "NO", "nn": "NO", "bg": "BG", "hr": "HR", "sl": "SI", "lt": "LT", "lv": "LV", "et": "EE", "ka": "GE", "hy": "AM",
    "az": "AZ", "kk": "KZ", "mn": "MN", "km": "KH", "my": "MM", "ne": "NP", "si": "LK", "tl": "PH", "ms": "MY",
    "is": "IS", "mk": "MK", "sq": "AL", "be": "BY", "ky": "KG", "uz": "UZ", "tg": "TJ", "lo": "LA", "am": "ET",
    "hi": "IN", "mr": "IN", "ta": "IN", "te": "IN", "kn": "IN", "ml": "IN", "gu": "IN", "bn": "BD", "ur": "PK",
    # Spain's co-official languages: their press is Spain's (Catalonia, Valencia and the Balearics; Galicia; the Basque
    # Country and Navarre); Andorra's and France's Catalan and Basque press is small beside it
    "ca": "ES", "gl": "ES", "eu": "ES",
}
# The countries whose news is written in a language (see _spoken_in).
_LANGUAGE_COUNTRIES = {
    **{language: (home,) for language, home in _LANGUAGE_HOMES.items()},
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"), "nl": ("NL", "BE", "SR"),
    "de": ("DE", "AT", "CH", "LI", "LU"),
    "ru": ("RU", "BY", "KZ", "KG"), "zh": ("CN", "TW", "HK", "MO", "SG", "MY"),
    "es": ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR",
           "PA", "UY", "PR", "GQ"),
    "fr": ("FR", "BE", "CH", "LU", "MC", "CA", "SN", "CI", "ML", "BF", "NE", "GN", "BJ", "TG", "CM", "GA", "CG",
           "CD", "CF", "TD", "MG", "HT", "DJ", "KM", "BI", "RW", "MA", "DZ", "TN", "MR"),
}

# What may stand between two countries of a list: punctuation, "and"/"or" in the recogniser's
# languages, and an article ("Bangladesh, Belarús, l’Equador").
# Also a score or rank in an index's list ("Bangladesh (5), Belarus (5+)", "Ukraine 5 Algeria",
# "1. Bangladesh\n2. Belarus") and bullets.
_LIST_GAP = re.compile(r"(?:\s*[(\[]\s*\d{1,3}(?:[.,]\d+)?\+?\s*(?:points?|pts)?\s*[)\]])?"
                       r"[\s,;/&•·*–、，،-]*(?:\b(?P<joint>and|or|y|i|e|et|und|o|ou|ve|dan|och|és|oraz|lub|und|at|"
                       r"en|og|ja|și|si|ir|un|и|или|та|і|й|або|και|ή)\b)?"
                       r"[\s,;/&•·*–、，،-]*(?:\d{1,3}\+?[.)]?\s+)?"
                       r"(?:\b(?P<range>from|to|de|desde|a|hasta|à|au|du|von|bis|nach|da|al|ao)\b[\s,;/&]*)?"
                       r"(?:\b(?:the|la|le|les|el|los|las)\s+|\bl['’]\s*)?", re.IGNORECASE)
# Words before a list that say the list is what the story is about: "the ten worst countries are ...".
_SUBJECT_LIST_CUE = re.compile(r"\b(?:countries|(?<!united )nations|bansang?|pa[ií]ses|pays|paesi|l[äa]nder|kraje|krajach|"
                               r"[üu]lkeler|negara|pa[ií]sos)\b[^.!?\n]{0,80}$", re.IGNORECASE)
# Words that introduce a list of examples as what a sentence is about: "others include ...",
# "including", "such as", "among them", "i.e." (and the same in the recogniser's languages).
_LIST_INTRO = re.compile(
    r"\b(?:including|includes?|included|such as|among them|among others|notably|namely|i\.\s?e\.|"
    r"incluidos?|incluidas?|incluyen?|entre (?:ellos|ellas|los que|las que)|como son|"
    r"dont|notamment|parmi (?:eux|lesquels|lesquelles)|tels que|telles que|"
    r"incluindo|entre (?:eles|elas)|tais como|tra cui|tra i quali|tra questi|quali|darunter|"
    r"unter anderem|u\.\s?a\.|bland annat|bl\.\s?a\.|w tym|m\.in\.|termasuk|antara lain|kabilang ang)[\s,:–-]*$",
    re.IGNORECASE)
# A story about an index or ranking of countries (the ITUC Global Rights Index, "the ten worst
# countries for workers"): every country it rates is its subject (LABELING.md), also beside the
# countries its title leads with. Looked for in the title and lead.
_INDEX_STORY = re.compile(
    r"\b(?:index|indices|ranking|rankings|ranked|worst countries|worst places|best countries|"
    r"(?:índice|indice|índex|indeks|endeksi?)|clasificaci[oó]n|classement|classifica|rangliste|"
    r"peores pa[ií]ses|piores pa[ií]ses|pires pays|peggiori paesi|pitjors pa[ií]sos|schlimmsten l[äa]nder|"
    r"najgorsze kraje|en k[öo]t[üu] [üu]lkeler|negara terburuk|worst countr\w*)\b", re.IGNORECASE)
# What a pattern may hold for _folded_pattern: letters, digits, spaces, groups, alternatives, classes
# without ranges or negation, repeats, and the escapes \b, \s, \w, \d.
_FOLDABLE_PATTERN = re.compile(r"(?:\\[bswd]|[^\W_]|[ ()|?*+{}\[\]:,])*")


# The forms of a shared place name that the story's language may place (see Tagger._resolve_shared_names): towns,
# cities and regions, not a country's own name, demonym or adjective.
_LANGUAGE_PLACE_FORMS = frozenset({"city", "town", "region"})
_SPOKEN_COUNTRIES = frozenset(code for codes in _LANGUAGE_COUNTRIES.values() for code in codes)
_HOME_COUNTRIES = frozenset(_LANGUAGE_HOMES.values())
_NORDIC_LANGUAGES = frozenset({"sv", "nb", "nn", "no", "da", "fi"})
_ACRONYM_FORMS = frozenset({"acronym", "acronym_variant"})
# Letters of the scripts whose press writes foreign words, slogans and brands in Latin capitals among its own (see
# Tagger._latin_acronym_in_other_script), and Latin letters.
_OTHER_SCRIPT_LETTER = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ENGLISH_UNION_WORDS = frozenset({"union", "unions", "federation", "confederation", "trade", "trades", "workers",
                                  "employees", "association", "congress", "labor", "labour"})


# Countries beside a language's home whose press and unions write it too (Finland's Swedish-language papers
# and union pages, West Bengal's Bengali press, Cyprus's Greek press and unions): a union of one of them is no
# foreign union in a story in that language, and backs as the home's unions do (see _spoken_in).
_ALSO_WRITTEN_IN = {"sv": ("FI",), "bn": ("IN",), "el": ("CY",)}


def _beside_a_country_name(matches: list[_Match], index: int) -> bool:
    """Whether matches[index] stands in a list of at least three countries' own unshared names, each set off from the
    next by a list's punctuation or conjunction within MAX_LIST_GAP characters of the same field ("Armenia,
    Australia, Burkina Faso"), not a town placed by its country ("Granada, Nicaragua")."""
    def listed(first: _Match, second: _Match) -> bool:
        gap = first.original[first.end:second.start]
        return (first.field == second.field and first.end <= second.start and len(gap) <= MAX_LIST_GAP
                and bool(gap.strip()) and _LIST_GAP.fullmatch(gap) is not None)

    def own_name(other: _Match) -> bool:
        entry = other.entries[0]
        return entry.form == "name" and not entry.alternatives and bool(entry.target)

    run = 0
    position = index
    while position > 0 and own_name(matches[position - 1]) and listed(matches[position - 1], matches[position]):
        run, position = run + 1, position - 1
    position = index
    while position + 1 < len(matches) and own_name(matches[position + 1]) and listed(matches[position], matches[position + 1]):
        run, position = run + 1, position + 1
    return run >= 2


# Words of Brazil's Portuguese alone (see Tagger.tag): a federal state's ("estadual", "governo do estado"), a
# municipality's executive ("Prefeitura", "prefeito"; Portugal's is the "Câmara Municipal"), the civil servants
# ("servidores"; Portugal's "funcionários"), and Brazil's spelling of "económico", "António", "Amazónia".
_BRAZILIAN_USAGE = re.compile(
    r"\b(?:estadua(?:l|is)|governo do estado|prefeitura|prefeit[oa]s?|vereador(?:es|as?)?|servidor(?:es|as?)?|"
    r"(?:econ|eletr|acad)[ôê]mic[oa]s?|ant[ôê]nio|amaz[ôê]nia|[ôo]nibus)\b", re.IGNORECASE)


# An acronym with a Basque case ending written onto it ("ELAk", "LABek", "ELAra", "LABeko", "CCOOren"), see Tagger.tag.
_BASQUE_ENDINGS = ("k", "ek", "ak", "a", "ra", "ri", "ari", "ren", "aren", "rekin", "arekin", "ekin", "rentzat", "ko", "eko",
                   "koa", "koak", "ekoa", "ekoak", "ekoek", "n", "en", "an", "ean", "etan", "tik", "etik", "z", "ez", "ei")
_BASQUE_SUFFIXED = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})?(?:" + "|".join(sorted(_BASQUE_ENDINGS, key=len, reverse=True))
                              + r")\b")
_BASQUE_SUFFIX_AT = re.compile(r"(?<=[A-Z])(?:" + "|".join(sorted(_BASQUE_ENDINGS, key=len, reverse=True)) + r")\b")


def _english_name_variants(name: str) -> tuple[str, ...]:
    """The English names a name read from Urdu or Devanagari letters may stand for: itself, "Union" as "Unions" (the
    press writes one for the other), and "Mines Workers" as "Mine Workers" ("माइन्स वर्कर फेडरेशन": the mine
    workers' federation, whose English name has the trade in the singular)."""
    variants = [name, name + "s"] if name.endswith("Union") else [name]
    if "Mines Workers" in name:
        variants += [variant.replace("Mines Workers", "Mine Workers") for variant in variants]
    return tuple(variants)


def _without_basque_endings(text: str) -> str:
    """`text` with the Basque case endings on its acronyms blanked by as many spaces."""
    return _BASQUE_SUFFIXED.sub(lambda match: _BASQUE_SUFFIX_AT.sub(lambda ending: " " * len(ending.group()),
                                                                      match.group(), count=1), text)


def _home_countries(language: str | None) -> frozenset[str]:
    """The countries that write the story's language when it is essentially one country's (see _LANGUAGE_HOMES),
    else none."""
    home = _LANGUAGE_HOMES.get(language or "")
    return frozenset((home, *_ALSO_WRITTEN_IN.get(language or "", ()))) if home else frozenset()


def _spoken_in(language: str | None, named: AbstractSet[str]) -> set[str]:
    """The countries of the story's language that back a union mention nothing else backs, when only one
    of its unions is from one of them: a language's one home always ("Hamnarbetarförbundet" in a Swedish
    story on Russian ships), with the countries that also write it ("Industrifacket", Finland's, in Swedish;
    "সিটু", India's CITU, in Bengali), a language of several countries only in a story naming none, nor the
    country of a union named for sure ("a Fenprof" in Portuguese; a French story on Senegal does not back
    Benin's or Tunisia's unions)."""
    countries = _LANGUAGE_COUNTRIES.get(language or "", ())
    return set(_home_countries(language)) if len(countries) == 1 else set(countries) if not named else set()


def _folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern for folded text (bot.matching.normalize) that matches wherever the
    case-insensitive `pattern` matches the text, or None when `pattern` is not made only of what
    _FOLDABLE_PATTERN allows.

    Its letters are folded as text is (lower case, no accents). Folding works character by character,
    and a word character folds to one ("_" aside) and any other character to a space: where folding
    keeps the text's offsets and the text holds no "_", a match of `pattern` in the text is a match
    of this pattern at the same place in the folded text. Searching that first is quicker, and the
    text need not be searched where it finds nothing (see _may_search).
    """
    if not pattern.flags & re.IGNORECASE or _FOLDABLE_PATTERN.fullmatch(pattern.pattern) is None:
        return None
    decomposed = unicodedata.normalize("NFKD", pattern.pattern.lower())
    return re.compile("".join(char for char in decomposed if not unicodedata.combining(char)),
                      pattern.flags & ~re.IGNORECASE)


def _may_search(folded: re.Pattern[str] | None, original: str, source: NormalizedText, start: int, end: int) -> bool:
    """False when the pattern `folded` was made from (see _folded_pattern) cannot match original[start:end],
    as `folded` finds nothing in the folded text there; True when it may."""
    return (folded is None or source.offsets is not None or original.find("_", start, end) >= 0
            or folded.search(source.lower, start, end) is not None)


_FOLDED_INDEX_STORY = _folded_pattern(_INDEX_STORY)
# Words of a sentence of an index story that say its countries are rated there.
_RATING_CUES = re.compile(
    r"\b(?:ratings?|rated|ranks?|ranked|ranking|scores?|scored|worst|best|improved|worsened|worsen|"
    r"downgraded|upgraded|list|index|peores|mejores|calificaci[oó]n|lista|puntuaci[oó]n|pires|meilleurs|"
    r"not[ée]s?|liste|piores|melhores|peggiori|migliori|classifica|schlimmsten|bewertet|pitjors|"
    r"listahan|terburuk|k[öo]t[üu])\b", re.IGNORECASE)
# A country that opens a numbered line of a ranking ("\n1. Bangladesh (5 points)").
_RANK_ITEM_BEFORE = re.compile(r"(?:^|\n)\s*\d{1,3}\s*[.)]\s*$")
# A rank, score or bullet right before a list's first country ("...are:\n1. Bangladesh", "5+ Libya").
_LIST_MARKERS = re.compile(r"(?:\s*(?:\d{1,3}\+?[.)]?|[•·*–-]))+\s*$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) $")
_WORD_AFTER = re.compile(r"^ ([^\W\d_][\w'’-]*)")
_CYRILLIC_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]")
_CYRILLIC_GENITIVE_ENDS = frozenset("иыіїая")  # "Беларуси", "Молдовы", "Росії", "Казахстана", "Китая"


def _capitalised_word_after(original: str, end: int) -> bool:
    """True when the word right after `end` starts with a capital."""
    after = _WORD_AFTER.match(original[end:end + 40])
    return after is not None and after.group(1)[0].isupper()


def _institution_noun_after(original: str, end: int) -> bool:
    """True when the word right after `end` is a public body's noun (_INSTITUTION_AFTER_PLACE) that ends the name
    ("London Underground workers", "at Dublin Airport on"): the place before it is the body's city."""
    after = _WORD_AFTER.match(original[end:end + 40])
    return after is not None and fold(after.group(1)) in _INSTITUTION_AFTER_PLACE and not _capitalised_word_after(
        original, end + after.end())


_LETTERS = re.compile(r"[^\W\d_]")
# A country's own name, in English or another language (the gazetteer's forms), not a city's or a demonym.
_COUNTRY_OWN_NAME_FORMS = frozenset({"name", "foreign"})
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "across", "of", "visit", "visited", "visiting", "throughout"})
# Prepositions of place, in the recogniser's languages, after which a small town counts ("in Gazipur"); Arabic "في"
# and Persian "در" (in: "في البصرة", "در زنجان").
_TOWN_PREPOSITIONS = frozenset({
    "in", "at", "near", "from", "en", "à", "a", "em", "no", "na", "dans", "im", "bei", "w", "we", "i", "på",
    "sa", "di", "nel", "nella", "près", "cerca", "в", "во", "у", "في", "در",
    # Spanish "desde ... hasta", from ... to: a strike's reach ("iniciarán una huelga desde Arica hasta Osorno")
    "desde", "hasta",
})
# Persian nouns of a town's public body or plant that name the town right after them, in the ezafe, as "in" does
# ("شهرداری مریوان", Marivan's municipality; "دادگستری شوش", Shush's courthouse; "پالایشگاه لامرد", Lamerd's
# refinery; "بندر ماهشهر", the port town of Mahshahr): Iranian labour news names its small towns so, with no "در".
_PERSIAN_TOWN_BODY_NOUNS = frozenset({"شهرداری", "دادگستری", "فرمانداری", "استانداری", "پالایشگاه", "پتروشیمی", "بندر"})
# Arabic nouns of a town or its public body that name the town right after them, in the construct state, as "in"
# does ("مدينة الإسكندرية", the city of Alexandria; "ميناء الاسكندرية", its port; "بلدية", "محافظة", "ولاية", "قضاء",
# "مصفاة": municipality, governorate, province, district, refinery), with "in", "and", "for" or "so" joined or not
# ("بمدينة", "ولمحافظة"): the Arabic kin of _PERSIAN_TOWN_BODY_NOUNS (wide_recar45 ar-45100).
_ARABIC_TOWN_NOUNS = frozenset({"مدينة", "محافظة", "ولاية", "بلدية", "ميناء", "قضاء", "مصفاة"})
# Russian and Ukrainian "town" before a town's name, written out or cut short, as "in" does ("в городе Глазове",
# "администрации г. Воскресенска", "у м. Ізюм"): the Cyrillic kin of _ARABIC_TOWN_NOUNS (wide_ar34 ru-34633,
# wide_reccyr39 ru-39219).
_CYRILLIC_TOWN_NOUNS = frozenset({"г.", "город", "города", "городе", "городу", "городом",
                                  "м.", "місто", "міста", "місті", "місту", "містом"})
_ARABIC_TOWN_NOUN_PREFIXES = ("", "ب", "و", "ل", "وب", "ف", "فب")
# A postposition of place right after a town, in the languages that write one (Hindi "में", Urdu "میں": in).
_TOWN_POSTPOSITION_AFTER = re.compile(r" (?:में|میں)(?![\w\u0900-\u097f])")
# Up to three capitalised words after a preposition of place, in folded text ("in San Pedro Sula"), the Spanish and
# Portuguese ones joined by "de", "del", "da", "do", "de la"... as their towns are named ("en Santiago de Compostela",
# "em Vila Nova de Gaia": not Chile's Santiago, the word before "de").
# The preposition may open its sentence, capitalised ("A Bordeaux, le cortège ...", "En Osorno, los ...").
# The pattern starts with a literal space, which the regex engine looks for quickly.
# The prepositions are written as a trie (in|at|near|from|en|a|em|no|na|dans|im|bei|w|we|i|pa|sa|di|
# nel|nella|pres|cerca|desde|hasta): the engine tries an alternation's branches one by one at every space, and
# this way it rejects most words at their first letter.
# A search tried the case-insensitive alternation at every space (each branch lower-casing the letter it reads:
# ~10% of a bench story's instructions); the look-ahead first asks for what every match holds, a word of one to five
# letters, a space and a capital (every letter the alternation matches is a word character: a test checks it), and
# most spaces fail it within a few letters, taken possessively. Its first letter is asked first, in a class of the
# letters the alternation's branches start with in either case (and "İ", "ı", "ſ", which re.IGNORECASE matches to
# "i" and "s": a test compares the class with the branches' first letters over every character), so that most spaces
# fail at the letter after them (a fifth of the search's time on the bench stories).
_TOWN_AFTER_PREPOSITION = re.compile(
    r" (?=[ABCDEFHINPSWabcdefhinpswİıſ]\w{0,4}+ [A-Z])(?i:at?|bei|cerca|d(?:ans|esde|i)|e[mn]|from|hasta|i[mn]?|n(?:ear|el(?:la)?|[ao])|pa|pres|sa|we?) "
    r"([A-Z][a-z0-9]*(?: (?:d(?:[ao]s?|el?|e l[ao]s?) )?[A-Z][a-z0-9]*){0,2})")
_PLACE_FORMS = frozenset({"city", "town", "region", "foreign"})
# The capitalised words that may go on a place's name into a longer town's ("Porto Calvo", "Santa Rita do Passa
# Quatro"): one or two, with a Portuguese or Spanish article between (see Tagger._starts_longer_town).
_TOWN_NAME_TAIL = re.compile(r"(?: (?:d[aeo]s? |de l[ao]s? )?[A-ZÀ-Þ][^\W\d_]+){1,2}")
# A square, street, roundabout or station named after a place, in the languages that write the noun first: the
# "Plaza de Santo Domingo" (Quito), the "redondel México" (San Salvador), Lima's "estación Caquetá" are not
# those places. (Not "largo" nor "via": "a lo largo de México", "via Mexico".)
# The nouns (plaza plazoleta plazuela calle avenida redondel rotonda glorieta estación paseo bulevar praça rua
# estação rue boulevard gare piazza viale stazione) are written as a trie, as _TOWN_AFTER_PREPOSITION's are: the
# pattern is tried at each of the 20 characters before every place name, and this way most fail at a letter.
_FACILITY_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:avenida|b(?:oulevard|ulevar)|calle|esta(?:ci[oó]n|[cç][aã]o)|g(?:are|lorieta)|"
    r"p(?:aseo|iazza|laz(?:a|oleta|uela)|ra[cç]a)|r(?:edondel|otonda|u[ae])|stazione|viale))"
    r"(?:\s+(?:de(?:\s+la)?|del|do|da|dos|das))?\s+$")
# ... and in English, which writes the noun after the name: Manila's "España Boulevard", a "Mexico Avenue" or
# "Burma Road" is a street, not the country (Port of Spain's "Brian Lara Promenade" is not Venezuela's Lara).
# Chinese writes a road's or street's noun glued after the city it is named after, as Taipei's and Hong Kong's
# streets are ("濟南路", "南京東路", "重慶南路", "上海街"): a street, not the city ("街頭", "街头", the streets of the
# place, and "路線", a route, are the place's).
_FACILITY_AFTER = re.compile(r"\s(?:Boulevard|Blvd\b|Avenue|Ave\b|Street|Road|Highway|Drive|Promenade|Esplanade|Lane)\b"
                             r"|(?<=[一-鿿])(?:[東西南北中东]?路(?![線线上])|街(?![頭头])|大道)")
# Nouns (their stems, folded) that a place's adjective names a place by: a place or region, a facility or a
# workforce ("Кронштадтский морской завод", "Новосибирские медики", "Гомельское областное объединение"). A
# capitalised adjective before none of them may be a surname made from a town ("Новосибирский заявил").
_PLACE_ADJECTIVE_NOUNS = (
    "город", "област", "краи", "края", "краю", "крае", "краев", "регион", "район", "округ", "республик", "столиц", "губерн",
    "завод", "автозавод", "авиазавод", "фабрик", "комбинат", "шахт", "разрез", "рудник", "порт", "аэропорт",
    "метро", "депо", "трамва", "троллейбус", "автобус",
    "больниц", "поликлиник", "госпитал", "скор", "школ", "университет", "вуз", "колледж", "предприят", "цех",
    "верф", "судоверф", "тэц", "электростанц", "филиал", "отделени", "объединени", "организац", "профсоюз",
    "федераци", "обком", "горком", "терком", "мэри", "администрац", "суд", "прокуратур", "власт", "правительств",
    "врач", "медик", "медсестр", "фельдшер", "учител", "педагог", "рабоч", "работник", "сотрудник", "трудящ",
    "шахтер", "горняк", "угольщик", "металлург", "нефтяник", "газовик", "энергетик", "строител", "докер",
    "водител", "машинист", "железнодорожник", "курьер", "пролетари", "коллектив", "бюджетник",
)
# Nouns (stems, folded) that a place's adjective names no place before: set phrases ("по московскому времени", "минские
# соглашения", "нормандский формат") and things named after a place elsewhere ("у Киевского вокзала в Москве",
# "Варшавское шоссе", "Ленинградский проспект").
_NOT_PLACE_AFTER_ADJECTIVE = ("врем", "соглашени", "формат", "вокзал", "шоссе", "проспект", "улиц", "площад", "переул")
# Russian adjective endings, folded ("й" is folded to "и": "морской" is read "морскои").
_ADJECTIVE_ENDING = re.compile(r"(?:ии|ыи|ои|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|им|ым|ом|ем|ую|юю|их|ых|ими|ыми)$")
_PERSON_LIKE_FORMS = frozenset({"city", "town", "foreign"})  # names of these may be a person's too
# English names a city's transport, port or public body with the city's name and a capitalised noun after it ("London
# Underground", "Seoul Metro", "Chattogram Port", "Birmingham City Council"), and a centre in it ("the Phnom Penh
# Center", wide_events37): that noun makes the city no person's name (see Tagger._looks_like_person), where the noun
# ends the name.
_INSTITUTION_AFTER_PLACE = frozenset({
    "underground", "metro", "subway", "transit", "airport", "airports", "port", "harbour", "harbor", "university",
    "hospital", "council", "municipality", "police", "zoo", "center", "centre"})
# Offices and bodies of a state, in the languages that put the country they belong to right after them with no word
# between (Indonesian and Malay: "Presiden Amerika Serikat", "Pemerintah Jepang", "Kedutaan Besar Korea Selatan"):
# capitalised before a place, they make it no person's name.
_STATE_BODIES_BEFORE_THEIR_COUNTRY = frozenset({
    "presiden", "pemerintah", "kerajaan", "menteri", "kementerian", "perdana", "wakil", "duta", "kedutaan", "besar",
    "kedubes", "parlemen", "militer", "tentara", "angkatan", "polisi", "kepolisian", "raja", "ratu", "gubernur",
    "walikota", "wali", "kota", "provinsi", "negara", "rakyat", "bangsa", "bank", "mahkamah", "konsulat", "delegasi",
    # Russian and Ukrainian: the president or prime minister of a country in the genitive, then the person's names
    # ("к президенту Кыргызстана Садыру Жапарову", "премьер-министр Казахстана Олжас Бектенов").
    "президент", "президента", "президенту", "президентом", "президенте", "президентові",
    "министр", "министра", "министру", "министром", "міністр", "міністра", "міністру", "міністром",
    # The hyphenated prime minister, folded ("Премьер-министр Казахстана Олжас Бектенов").
    "премьер министр", "премьер министра", "премьер министру", "премьер министром",
    "прем єр міністр", "прем єр міністра", "прем єр міністру", "прем єр міністром",
})
# When one key names several things, a blocker wins over a union, and a union over a country.
_KIND_PRECEDENCE = {"blocker": 0, "union": 1, "country": 2, "head": 3}
# The characters of folded text, most frequent in English first (see _trie_order).
# Each is mapped to a control character in that order, below every other character: a table for the bytes of a
# key's UTF-8, whose other bytes stay as they are (UTF-8 bytes sort as the characters they encode).
_FREQUENT_FIRST_TABLE = bytes(range(256)).translate(bytes.maketrans(
    b" etaoinshrdlcumwfgypbvkjxqz0123456789", bytes(range(1, 38))))
# Words of a sentence (folded) that say it is about unions, in the recogniser's languages. French has the words
# for union members, strikers and employees beside "syndicat" ("les grévistes du Seces", "des salariés CGT"); in the
# Romance languages, the words for an inter-union front ("Le Snes-FSU, dans l'intersyndicale"); not a
# confederation's, which employers' bodies share ("la Confederación de Empresarios – CEA"). Spanish names teachers,
# their profession and strikers as workers are named ("Suteba (docentes)", "el magisterio de la UNE": wide_es32).
_LABOUR_CUES = frozenset("""
union unions federation affiliate affiliates workers unionists members strike strikes seafarers dockers
sindicato sindicatos sindical sindicales trabajadores huelga afiliados treballadors sindicats vaga
gremio gremios gremial gremiales paro paros docentes maestros magisterio sindicalista huelguistas
sindicatos trabalhadores greve filiados
syndicat syndicats syndicale syndical syndicaux travailleurs greve adherents
syndiques syndicalistes grevistes salaries membres debrayage
sindacato sindacati sindacale sindacali lavoratori sciopero iscritti
intersyndicale intersyndicales intersindacale intersindical intersindicales sindacalisti sindicalistas scioperi greviste
gewerkschaft gewerkschaften streik mitglieder beschaftigte
fackforbund fackforbundet facket strejk medlemmar
zwiazek zwiazku zwiazkowcy strajk pracownikow
sendika sendikasi sendikalar grev isciler
serikat buruh pekerja mogok unyon manggagawa welga
vakbond vakbonden vakcentrale staking stakingen fagforbund fagforening streik ammattiliitto lakko odbory stavka
απεργια συνδικατο σωματειο ομοσπονδια профсоюз профсоюза забастовка профспілка страйк
""".split())


def _after_german_kind_compound(name: str) -> str | None:
    """The words after a German compound noun for a kind of union that opens a found name ("Kabinengewerkschaft
    Ufo" -> "Ufo", "Bahngewerkschaft Vida" -> "Vida"), else None."""
    first, _, rest = name.partition(" ")
    folded = fold(first)
    if not rest or not first[:1].isupper() or not folded.endswith("gewerkschaft") or len(folded) <= len("gewerkschaft"):
        return None
    return rest if folded[-len("gewerkschaft") - 1].isalpha() else None


# A Scandinavian union's genitive before a word for a union's federation ("Sekos förbund", the federation level of
# Seko, as against its clubs; "Transports förbund", "Fagforbundets forbund"): the union itself, not a union of its own.
_NORDIC_GENITIVE_FEDERATION = re.compile(r"(\S+)s (?:förbund|förbundet|forbund|forbundet)")


def _nordic_genitive_owner(name: str) -> str | None:
    """The union whose genitive opens a found name of two words ending in a word for a federation ("Sekos förbund"
    -> "Seko"), else None."""
    match = _NORDIC_GENITIVE_FEDERATION.fullmatch(name)
    return match.group(1) if match and match.group(1)[:1].isupper() else None


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


_Frozen = TypeVar("_Frozen")


def _frozen(cls: type[_Frozen], **fields: object) -> _Frozen:
    """`cls(**fields)` for Evidence, CountryTag and UnionTag, without the cost of their __init__.

    A frozen dataclass's __init__ sets each field through a call to object.__setattr__; these
    classes have no __post_init__, so filling the instance dict directly gives an identical
    object, several times faster. The tagger makes a few dozen of them per story.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


_new_object = object.__new__


# A Russian or Ukrainian union named by its trade (see recognise.Recogniser._cyrillic_trade_after), and one with
# its own name in quotes after it: the head, and the name in quotes.
_CYRILLIC_TRADE = re.compile(f" (?:{'|'.join(CYRILLIC_WORKER_WORDS)}) ")
_TRADE_AND_QUOTED_NAME = re.compile(rf"(\S+) (?:{'|'.join(CYRILLIC_WORKER_WORDS)}) [^«»]+ («[^«»]+»)")


# Arabic "عمان" is Oman and, with a shadda on its mim ("عمّان"), Amman: folding drops the mark, so the match's
# original text tells them apart (the bare spelling stays Oman's, as the country's name is the more written).
_OMAN_FOLDED = "عمان"
# Arabic tanween (the indefinite case endings "ً", "ٌ", "ٍ"): a proper name, a place's too, never takes it
_ARABIC_TANWEEN = re.compile("[\u064b-\u064d]")
_AMMAN_SHADDA = re.compile("ع[\u064b-\u0652]*م[\u064b-\u0650\u0652]*\u0651")
_AMMAN = NameEntry("country", "JO", "city", "", "any")


class _Match:
    """One whole-word match that passed its case rule: `original[start:end]` of the title or text."""

    __slots__ = ("field", "original", "start", "end", "entries", "folded", "evidence")

    def __init__(self, field: Field, original: str, start: int, end: int,
                 entries: tuple[NameEntry, ...], folded: str) -> None:
        self.field = field
        self.original = original
        self.start = start
        self.end = end
        self.entries = entries
        self.folded = folded
        # As _frozen(Evidence, ...) does, without the cost of a call with keywords (~20 per story).
        self.evidence = evidence = _new_object(Evidence)
        evidence.__dict__.update(text=original[start:end], start=start, end=end, field=field)

    def in_lead(self) -> bool:
        return self.field == "title" or self.start < LEAD_CHARS

    def weight(self, first_in_title: bool = True) -> float:
        """How much this mention says the story is about its subject, by where it stands."""
        if self.field == "title":
            return TITLE_WEIGHT if first_in_title else TITLE_LATER_WEIGHT
        return LEAD_WEIGHT if self.start < LEAD_CHARS else BODY_WEIGHT

    def sentence_key(self) -> tuple[str, int]:
        """Identifies the sentence holding this match."""
        # Looked for within a bounded window, so a story in one unbroken line costs no more per match.
        window_start = max(0, self.start - SENTENCE_WINDOW)
        last_stop = self.original.rfind(".", window_start, self.start)
        last_break = self.original.rfind("\n", max(last_stop + 1, window_start), self.start)
        return self.field, max(last_stop, last_break, window_start - 1)


# What follows a country's name when it is not the story's subject (LABELING.md): an owner, investor
# or client ("Korean-owned", "a Canadian company"), a home base ("U.S.-based", "the South African
# trade union"), a currency ("US$175", "Hong Kong dollars"), a company's name.
_NOT_SUBJECT_AFTER = re.compile(
    r"\.?[\s\-‐–]*(?:owned|based|headquartered|registered|funded|listed)\b"
    r"|\s*\$"
    r"|\s+(?:dollars?|pesos?|rupees?|yuan|yen|euros?|pounds?|won|rand|ringgit|taka|reais|real)\b"
    r"|\s+(?:company|companies|firm|firms|brand|brands|retailer|retailers|owner|owners|investor|investors|"
    r"multinational|multinationals|conglomerate|giant|buyer|buyers|client|clients|parent|embassy|"
    r"trade union|union|unions|federation|confederation|unionists|labour movement|labor movement)\b"
    # a company or hospital named after a place: "Thai Pore Garment Manufacturing", "New Holland Apparel",
    # "Swedish Medical Center" (Seattle's)
    # (not an employers' body's or a union's: "Bangladesh Apparel Workers Federation")
    r"|(?:\s+[A-Z][\w&'’-]*){0,2}?\s+(?:Apparel|Manufacturing|Medical\s+Cent(?:er|re)|Inc|Ltd|Limited|Corp|"
    r"Corporation)\b(?!(?:\s+[A-Z][\w&'’.-]*)*?\s+(?:Unions?|Federation|Association|Manufacturers|Exporters|"
    r"Employers|Council|Chamber|Congress)\b)")
# The same in languages that put the adjective after the noun ("l'organisation syndicale espagnole",
# "la empresa estadounidense", "a multinacional chinesa").
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:syndicales?|sindical(?:es)?|sindacale|syndicat|sindicato|sindacato|centrale|central|entreprises?|"
    r"empresas?|imprese?|firmas?|firmes?|multinationales?|multinacional(?:es)?|multinazionali|multinazionale|"
    r"grupos?|groupes?|gruppo|gruppi|capital|capitale|marcas?|marques?|marchio|dueño|"
    # an airline, named by its two words ("la compañía aérea irlandesa", "a companhia aérea irlandesa", "la compagnie
    # aérienne irlandaise": Ryanair's home, not the strike's place) or by one ("la aerolínea irlandesa")
    r"compa(?:ñía|nhia)s?\s+a[ée]reas?|compagnies?\s+aériennes?|compagni[ae]\s+aere[ae]|aerol[íi]neas?|"
    r"propriétaire|proprietário|proprietari[oa]|azienda|aziende|società|compañía|companhia|compagnie|"
    r"compagnia|gigante|géant|colosso|fabricante|fabbricante|constructeur|costruttore|montadora|"
    r"mineradora|minera|minière|petrolera|petrolífera|cadena|catena|chaîne|holding|conglomerado|"
    r"fornitore|fournisseur|proveedor|fornecedor|inversor(?:es)?|investisseurs?|investitori?|investidor(?:es)?|"
    r"embajada|ambassade|ambasciata|embaixada|ambasada|firmy|koncern|koncernu|spółka|spółki|"
    r"dólar(?:es)?|dollars?|dollari|dólares|pesos|reales|reais|soles|rupias|libras|francos|francs|yuanes|"
    # a home base: "con sede en", "basée en", "sediada nos", "con sede in", "z siedzibą w"
    r"(?:con|com) sede (?:en|em|in|a|no|na|nos|nas|nel|negli)(?: (?:el|los|la|las|o|os|a|as|gli))?|"
    r"sediad[ao]s? (?:em|no|na|nos|nas)|basad[ao]s? en(?: (?:el|los|la|las))?|"
    r"basée?s? (?:en|à|au|aux)|siedzibą w)\s+$",
    re.IGNORECASE)
# Arabic puts the demonym after the noun too ("شركة صينية", "الشركة الصينية", "للمجموعة الفرنسية"); a
# country's name after the same nouns names a company ("شركة مصر للغزل"), so only a demonym is read so.
_NOT_SUBJECT_BEFORE_ARABIC = re.compile(
    r"(?:[وبل]|[وبل]?ال|لل)?(?:شركة|شركات|مجموعة|مستثمر(?:ين|ون)?|سفارة|دولار(?:ات)?|عملاق|مالك)\s+$")
_ARABIC_DEMONYM_ENDINGS = ("ي", "ية", "يين", "يون")
# An Arabic word right before a mention, with the spaces after it; a word with the article, joined to a preposition or
# "and" or not ("الوزير", "والوزير", "للوزير"), and one ending in a possessive pronoun ("نظيره", his counterpart) is
# definite.
_ARABIC_WORD_BEFORE = re.compile(r"(?<![\u0621-\u064a\u0640])([\u0621-\u064a\u0640]+)\s+$")
_ARABIC_DEFINITE_WORD = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)|(?:ه|ها|هم|هما|هن|كم|نا)$")
# What ends a sentence or a cut right before a word that opens one ("[...] السوداني اشاد").
_ARABIC_SENTENCE_OPENED = re.compile(r"(?:^|[.!?؟:\n\]])\s*$")


def _is_arabic_family_name(match: _Match) -> bool:
    """True for a country's Arabic nisba in the masculine singular with the article ("السوداني", "المصري") that
    cannot be an adjective: an adjective agrees with its noun in definiteness, so after a word without the article
    (a given name or a verb: "عباس السوداني", "وليد المصري", "وقال السوداني") or opening a sentence ("السوداني يزور")
    it is a person's family name, not the country."""
    original, start, end = match.original, match.start, match.end
    if match.entries[0].form not in ("demonym", "foreign") or not (
            original.startswith("ال", start) and original[end - 1] == "ي" and end - start > 4):
        return False
    window = original[max(0, start - 30):start]
    before = _ARABIC_WORD_BEFORE.search(window)
    if before is None:
        return _ARABIC_SENTENCE_OPENED.search(window) is not None
    return _ARABIC_DEFINITE_WORD.search(before.group(1)) is None
# A country a strike or march is for, in solidarity or support of, is its cause, not where it happens
# (LABELING.md: "huelga por Palestina", "solidaridad con el pueblo palestino", "in support of Ukraine");
# so is the country whose ships or goods a blockade or boycott targets ("blockad mot ryska fartyg",
# "Hamnblockad av ryska varor", "till stöd för Ukraina": the dockers' strike happens in Sweden), and the one a
# strike demands relations with be cut ("paros para exigir que se suspendan las relaciones con Israel").
_CAUSE_BEFORE = re.compile(
    r"(?:(?:solidari(?:ty|dad|edade|té|tà|età|tät)|soutien|sostegno|apoyo|apoio|support)\s+"
    r"(?:with|con|com|avec|mit|for|to|a|al|ao|à|au|aux|de|del|di|da|do|of|verso|towards|hacia|envers)"
    r"|in\s+support\s+of"
    r"|(?:stöd|støtte)\s+(?:för|till|til|for)"
    r"|(?:blockad(?:en|er|erna)?|blokade(?:n|r)?|blockades?|boycotts?|bojkott(?:en)?|boikott(?:en)?|boykott|"
    r"boicot|boicote)\s+(?:mot|av|af|of|against|on|contra|contre|de|gegen|a|al|ao|à|au|aux)"
    r"|(?:huelgas?|paros?|grèves?|greves?|scioperi|sciopero|strikes?|marchas?|march|manifestaci[oó]n|manifestation|"
    r"manifesta[cç][aã]o|manifestazione)(?:\s+(?:general|générale|geral|generale))?"
    r"(?:\s+(?:de|di)\s+\w+\s+(?:horas|heures|ore))?\s+(?:por|pour|pela|pelo|per|for)"  # "paro de cuatro horas por"
    # relations the strike demands be cut: "la suspensión de toda relación comercial con Israel"
    r"|(?:relaci[oó]n|relaciones|relations?|rela[cç][aã]o|rela[cç][oõ]es)(?:\s+(?:comercial(?:es)?|commerciales?|"
    r"comerciais|trade|diplomatic|diplom[aá]tic[ao]s|diplomatiques))?\s+(?:con|with|avec|com))"
    r"\s+(?:(?:the|el|la|los|las|o|a|os|as|le|les|il|lo|gli|i|l['’])\s*)?"
    r"(?:(?:people|pueblo|povo|peuple|popolo|population|popolazione|población|poblacion|população|populacao)\s+"
    r"(?:(?:of|de|do|da|du|di|del|des|della)\s+)?(?:(?:the|la|el|le|l['’])\s*)?)?$",
    re.IGNORECASE)
# ... in Arabic: a people a union stands with, in solidarity or support of ("التضامن مع الشعب الفلسطيني", "دعما لصمود
# الشعب الفلسطيني", "إلى جانب الشعب الفلسطيني", "تضامنا مع الأهل في فلسطين"): wide_ar34 ar-34603, ar-34617, wide_arkj28
# ar-29507, ar-29509 (the samples' "mentioned" Palestine); not "the cause" ("القضية الفلسطينية"), which wide_ar29 ar-30540
# labels the subject of its unions' action
_ARABIC_CAUSE_BEFORE = re.compile(
    r"(?:تضامن[اًا]*|التضامن|دعم[اًا]*|صمود|لصمود|جانب|مع|على)\s+(?:ال|لل|ل)?(?:شعب|أهل|اهل)(?:نا)?(?:\s+في)?\s+$")
_CAUSE_LAST_WORDS = frozenset({
    "por", "pour", "pela", "pelo", "per", "for", "with", "con", "com", "avec", "mit", "to", "a", "al", "ao", "à", "au",
    "aux", "de", "del", "di", "da", "do", "du", "des", "of", "the", "el", "la", "los", "las", "o", "os", "as", "le",
    "les", "il", "lo", "gli", "i", "people", "pueblo", "povo", "peuple", "popolo", "population", "popolazione",
    "población", "poblacion", "população", "populacao", "della", "verso", "towards", "hacia", "envers",
    "för", "till", "til", "mot", "av", "af", "against", "on", "contra", "contre", "gegen",
})
_HOME_BASE_FACTOR = 0.0


# A dateline after the place that opens a story: a date, a news agency, then a colon or a dash
# ("DHAKA: ...", "Jakarta (ANTARA) - ...", "PARIS, May 2 (Reuters) — ...").
# Also "Buenos Aires, 5 de abril (Télam).- ...", "ROMA, 3 maggio 2024 (ANSA) - ...", "MADRID, 12 (EUROPA PRESS) -".
_DATELINE_AFTER = re.compile(
    r"(?P<date>,?\s*(?:\d{1,2}(?:(?:\s+de|\s+di)?\s+[^\W\d_]{3,9}\.?)?|[^\W\d_]{3,9}\.?\s+\d{1,2})"
    r"(?:,?\s+(?:de\s+)?\d{4})?)?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?\s*\.?[:—–-]\s")
_DATELINE_BEFORE = re.compile(r"\s*(?:\d{1,2}\s+[^\W\d_]{3,9}\s+\d{4}\s*)?")
# ... and, with a news agency's name, the city's country between the city and the rest ("Geneva, Switzerland (BBN) –
# ..."): both places are the agency's dateline (without one, "KINGSTON, Jamaica — ..." is often the story's place).
_DATELINE_CITY_BEFORE = re.compile(r"\s*[^\W\d_][^\W\d_'’]*(?: [^\W\d_][^\W\d_'’]*)?,\s*")
_DATELINE_COUNTRY_AFTER = re.compile(r",\s*[^\W\d_][^\W\d_'’]*(?: [^\W\d_][^\W\d_'’]*){0,2}")


def _placed_abroad(matches: list[_Match], index: int) -> bool:
    """True for a city, town or region followed by ", " (or ", in", see _places_the_one_before) and a
    region or country of another country ("Buenos Aires, in Cauca", "London, Ontario", "Córdoba,
    Spain"), unless the two are part of a list of places ("Dhaka, Myanmar, Cambodia", "Bangkok,
    Indonesia and Malaysia"). Cheap attribute checks come first: most pairs of matches stop there."""
    match, following = matches[index], matches[index + 1]
    place, placer = match.entries[0], following.entries[0]
    if (place.form not in ("city", "town", "region") or following.field != match.field
            or place.target in (placer.target, *placer.alternatives) or placer.form not in ("region", "name", "foreign")
            or not _places_the_one_before(match.original[match.end:following.start])):
        return False
    before = matches[index - 1] if index else None
    after = matches[index + 2] if index + 2 < len(matches) else None
    return not any(_listed_together(first, second) for first, second in ((before, match), (following, after)))


def _places_the_one_before(gap: str) -> bool:
    """True for what stands between a place and the region or country it lies in: ", ", ", in ",
    ", en ", " (" ("Buenos Aires, in Cauca", "Vénissieux (Rhône)")."""
    gap = gap.strip()
    return gap == "(" or (gap[:1] == "," and (len(gap) == 1 or gap[1:].strip().lower() in _TOWN_PREPOSITIONS))


def _names_its_place_again(previous: _Match, match: _Match) -> bool:
    """True for a place's country or region right after it, the two the same country's ("in Harare, Zimbabwe", "held in
    Brussels (Belgium)"): one place, said twice. Not where the two open the text, the paper's own place as a dateline
    ("SANTO DOMINGO, República Dominicana.- ...")."""
    if previous.field != match.field or not 0 <= match.start - previous.end <= 12 or (
            previous.field == "text" and _DATELINE_BEFORE.fullmatch(previous.original, 0, previous.start)):
        return False
    return _places_the_one_before(match.original[previous.end:match.start])


def _listed_together(first: _Match | None, second: _Match | None) -> bool:
    """True when only list punctuation or "and" stands between two places (see _LIST_GAP)."""
    return (first is not None and second is not None and first.field == second.field
            and second.start - first.end <= MAX_LIST_GAP
            and _LIST_GAP.fullmatch(first.original, first.end, second.start) is not None)


def _is_dateline(match: _Match) -> bool:
    """True for a place that opens the text as a news agency's dateline (LABELING.md: not the subject)."""
    if match.field != "text" or match.start >= 30:
        return False
    if _DATELINE_BEFORE.fullmatch(match.original, 0, match.start) is None:
        # the country after its city: "Geneva, Switzerland (BBN) –"
        return (match.entries[0].form == "name" and _DATELINE_CITY_BEFORE.fullmatch(match.original, 0, match.start) is not None
                and (after := _DATELINE_AFTER.match(match.original, match.end, match.end + 60)) is not None
                and bool(after.group("agency")))
    after = _DATELINE_AFTER.match(match.original, match.end, match.end + 60)
    if after is None and match.entries[0].form != "name" and (
            country := _DATELINE_COUNTRY_AFTER.match(match.original, match.end, match.end + 40)) is not None:
        after = _DATELINE_AFTER.match(match.original, country.end(), country.end() + 60)  # the city before its country
        if after is not None and not after.group("agency"):
            return False  # "KINGSTON, Jamaica — ...": a paper's own city, often the story's, as only an agency's is not
    # A country's own name with only a colon ("Kenya: teachers strike") is a rubric, not a dateline.
    return after is not None and (match.entries[0].form != "name" or bool(after.group("date") or after.group("agency")))


def _is_cause(match: _Match) -> bool:
    """True for a country a strike or march is for, or in solidarity with (see _CAUSE_BEFORE)."""
    # Most names follow none of the words such a phrase ends with: the pattern is tried only after one
    # (looked up by slicing, as this runs for every country mention).
    original, end = match.original, match.start - 1
    if end < 1 or not original[end].isspace():
        return False
    space = original.rfind(" ", max(0, end - 12), end)
    if space < 0 < end - 12:
        return False  # the word is longer than any of those words ("popolazione") (not lower-cased: it may be the whole text before)
    word = original[space + 1:end].lower()
    return (word in _CAUSE_LAST_WORDS and _holds_stem_before(original, match.start, _CAUSE_STEMS)
            and _CAUSE_BEFORE.search(original, max(0, match.start - 45), match.start) is not None
            and _WORKFORCE_AFTER.match(original, match.end) is None)


# ... but not the country whose workers or unions the solidarity is with, named as their attribute before them in
# English ("Solidarity with UK Rail Unions", "solidarity with Trinidadian workers", "in Solidarity with Bangladeshi
# Trade Unionists", "solidarity with the Italian public-sector strike"): their strike or struggle happens there
# (wide_rec49en en-48340, wide_english9 en-976, wide_en35 en-35061). At most two words between, none a function
# word ("solidarity with Palestine and its workers" stays a cause).
_WORKFORCE_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and|or|of|in|its|their|the|to|for|with|who|which|that|as|at|on|by|from)\b)[\w-]+){0,2}?"
    r"\s+(?:workers?|unions?|trade\s+unionists|unionists|strikers|strikes?|miners|dockers|teachers|nurses|employees|"
    r"staff|affiliates|colleagues|comrades)\b",
    re.IGNORECASE)


# A country whose own act a strike demands be stopped is the demand's object, not where the strike happens: English
# "the suspension of Japan's planned water release", "a halt to Israel's ..." (the stopping word, then the country's
# possessive), Korean "일본 핵 오염수 해양투기 저지" (the country, bare nouns, then a word for stopping or withdrawing).
_STOP_DEMAND_BEFORE = re.compile(
    r"(?<!\w)(?:suspen(?:sion|d|ding)|halt(?:ing)?|stop(?:ping)?|scrap(?:ping)?|withdraw(?:al|ing)?|"
    r"cancel(?:l?ation|l?ing)?|block(?:ing)?)\s+(?:(?:of|to)\s+)?$", re.IGNORECASE)
_STOP_DEMAND_WORDS_KOREAN = ("저지", "철회", "중단")
# ... alone or with the object particle or the imperative after it ("방류 저지를 요구했다", "철회하라")
_STOP_DEMAND_ENDINGS_KOREAN = tuple(word + ending for word in _STOP_DEMAND_WORDS_KOREAN for ending in ("", "를", "하라"))
# Korean particles that make a word the subject, object or place of a clause rather than a bare noun of the
# stopped act's name ("일본 정부는 ... 중단": Japan's government stops something; it is no object).
_KOREAN_PARTICLE_ENDINGS = ("은", "는", "이", "가", "을", "를", "에", "도", "와", "과", "로", "서")


def _is_stop_demand_object(match: _Match) -> bool:
    """True for a country whose act a demand asks to stop (see _STOP_DEMAND_BEFORE, _STOP_DEMAND_WORDS_KOREAN)."""
    original, end = match.original, match.end
    if original.startswith(("'s ", "’s "), end):
        return _STOP_DEMAND_BEFORE.search(original, max(0, match.start - 25), match.start) is not None
    if not "가" <= original[match.start] <= "힣":
        return False
    words = original[end:end + 30].removeprefix("의").split()
    for index, word in enumerate(words[:5]):
        if word.rstrip(",.").endswith(_STOP_DEMAND_ENDINGS_KOREAN):
            return index > 0
        if not all("가" <= letter <= "힣" for letter in word) or word.endswith(_KOREAN_PARTICLE_ENDINGS):
            return False
    return False


# A title whose sender, a union or a country's unions, sends solidarity to, backs or condemns what happens in
# another country: "Pakistan Labour Federation solidarity with steelworkers in Greece", "St. Lucia trade union
# supports industrial action in Barbados", "Maroc : L'UMT condamne la politique syndicale du président tunisien".
# The sender's country is its home base (LABELING.md), the other country the story's place. Russian and Ukrainian
# support or solidarity ("Конфедерация труда России поддержала забастовки белорусских рабочих"), Portuguese greetings
# ("CGTP-IN saúda ... Timor-Leste") and Arabic support or solidarity ("اتحاد عمال بريطانيا يؤكد دعمه للاتحاد العام لنقابات
# عمال البحرين") read the same way.
_SENDER_VERB = re.compile(
    r"(?i:(?<!\w)(?:solidarity\s+(?:with|to)|supports|backs|condemns|stands\s+with|solidaridad\s+con|apoya\s+a|"
    r"condena|solidarité\s+avec|soutient|condamne|solidariedade\s+com|apoia|saúda|solidarietà\s+(?:con|a)|"
    r"Solidarität\s+mit|unterstützt|verurteilt|поддержал[аи]?|поддерживает|поддерживают|солидарност[ьи]\s+с|"
    r"підтримал[аи]?|підтримує|підтримують|солідарн[іо]сть\s+з|"
    r"[يت]ؤكد\s+دعم(?:ه|ها)|[يت]دعم|[يت]تضامن\s+مع|تضامن(?:ه|ها)\s+مع))(?!\w)")


def _title_senders(direct: list[tuple[str, _Match]], union_countries: list[tuple[str, _Match]]) -> set[str]:
    """The countries of a title's sender (see _SENDER_VERB): named, or the home of a union named, before its
    verb, when another country is named after it, itself or as a union's home."""
    title = next((match.original for _, match in direct if match.field == "title"), None)
    verb = _SENDER_VERB.search(title) if title else None
    if verb is None:
        return set()
    after = {code for code, match in direct + union_countries if match.field == "title" and match.start >= verb.end()}
    before = {code for code, match in direct + union_countries if match.field == "title" and match.end <= verb.start()}
    return before - after if after else set()


# A word every match of _CAUSE_BEFORE holds (in lower case, once _IGNORECASE_LETTERS are replaced).
_CAUSE_STEMS = ("solidari", "soutien", "sostegno", "apoyo", "apoio", "support", "huelga", "paro", "grève", "greve",
                "scioper", "strike", "march", "manifesta", "stöd", "støtte", "blockad", "blokade", "boycott",
                "bojkott", "boikott", "boykott", "boicot", "relac", "relation", "relaç")


# Letters that re.IGNORECASE matches to a letter other than their lower case (Python 3.11's tables; a test checks
# every letter of the stems given to _holds_stem_before), each with that letter; "İ" lower-cases to two characters.
_IGNORECASE_LETTERS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("ᲀ", "в"), ("ᲁ", "д"), ("ᲂ", "о"), ("ᲃ", "с"), ("ᲄ", "т"), ("ᲅ", "т"))


def _holds_stem_before(original: str, start: int, stems: tuple[str, ...]) -> bool:
    """False when the 45 characters before `start` hold none of `stems` (lower case): a case-insensitive pattern
    searched there (or in fewer characters) whose every match holds one of them (_CAUSE_BEFORE, _OWNER_BEFORE,
    _HOME_BASE_BEFORE, _WAR_BEFORE) cannot match (a few substring tests cost a fraction of its search, which tries
    each position)."""
    window = _case_folded(original[max(0, start - 45):start])
    search = _STEMS_SEARCH.get(stems)
    if search is None:
        search = _STEMS_SEARCH[stems] = _any_word_search(stems)
    return search(window)  # any(stem in window for stem in stems)


def _any_word_search(words: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds one of `words`, as any(word in text for word in words), in one pass of an
    Aho-Corasick automaton over the text (a fifth of the substring tests' time on a 45-character window)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    iterate = automaton.iter
    return lambda text: next(iterate(text), None) is not None


_STEMS_SEARCH: dict[tuple[str, ...], Callable[[str], bool]] = {}  # stems -> _any_word_search(stems)


def _case_folded(text: str) -> str:
    """`text` in lower case after _IGNORECASE_LETTERS are replaced: where a case-insensitive pattern's words stand."""
    if text.isascii():  # (asked in constant time) none of the letters, all beyond ASCII, stands in it
        return text.lower()
    for letter, plain_letter in _IGNORECASE_LETTERS:
        text = text.replace(letter, plain_letter)
    return text.lower()


# Workers and migrants whose country of origin a phrase names (LABELING.md: not the subject when the events happen
# elsewhere): the words for them in the recogniser's languages.
_MIGRANT_WORDS = (r"migrants?|immigrants?|emigrants?|refugees?|migrantes?|inmigrantes?|imigrantes?|emigrantes?|"
                  r"refugiad[oa]s|migrant(?:e?s|en|innen)|immigr[ée]e?s|réfugié(?:e?s)|migranti|immigrati|rifugiati|"
                  r"gastarbeiter|geflüchtete|flüchtlinge|мигрант(?:ы|ов)|гастарбайтер(?:ы|ов)|беженц(?:ы|ев)|"
                  r"мігрант(?:и|ів)|заробітчан(?:и|ам)?|migranci|imigranci|uchodźcy|migran|migrante|"
                  r"(?:ال)?(?:مهاجر(?:ون|ين)|مهاجرات|وافد(?:ون|ين)|لاجئ(?:ون|ين))")
_WORKER_WORDS = (r"workers?|labou?rers?|nationals|seafarers|caregivers|maids|trabajador(?:es|as)|jornaler[oa]s|"
                 r"obrer[oa]s|trabalhador(?:es|as)|operári[oa]s|travailleu(?:rs|ses)|ouvri(?:ers|ères)|salarié(?:e?s)|"
                 r"lavorator[ie]|operai|braccianti|arbeiter(?:innen)?|arbeitskräfte|beschäftigte|saisonarbeiter|"
                 r"рабочи[ех]|работник(?:и|ов)|трудящи(?:еся|хся)|робітник(?:и|ів)|працівник(?:и|ів)|"
                 r"pracownic(?:y|ów)|robotnic(?:y|ów)|pekerja|buruh|tenaga kerja|tka|manggagawa|"
                 r"(?:ال)?(?:عمال|عاملات|عمالة)")
# A country named after such a word and a preposition of origin ("migrant workers from Nepal", "trabajadores
# procedentes de Nicaragua", "travailleurs venus du Mali", "Arbeiter aus Rumänien", "Рабочие-мигранты из
# Узбекистана", "العمال المهاجرون من نيبال", "pekerja migran asal Indonesia"; a bare "de"/"of" only after a word
# for migrants: "trabajadores de Colombia" are Colombia's), or a demonym right after one ("trabajadores
# nicaragüenses", "travailleurs sénégalais", "العمال النيباليين").
_ORIGIN_BEFORE = re.compile(
    r"(?<!\w)(?:(?:" + _MIGRANT_WORDS + "|" + _WORKER_WORDS + r")"
    r"(?:[\s,]+(?:mostly|mainly|largely|many|most|principalmente|sobre todo|principalement|soprattutto|"
    r"vor allem|meist|в основном|terutama|kebanyakan))?"
    r"(?:\s+asing)?(?:\s+\([A-Z]{2,6}\))?"  # "Tenaga Kerja Asing (TKA) asal Cina": foreign workers (FW) from China
    r"\s+(?:(?:originally |who (?:come|came) |coming |arriving |hailing )?from|procedentes? de|provenientes? de|"
    r"originari[oa]s? de|oriund[oa]s? d[eoa]s?|llegad[oa]s de|venid[oa]s de|vind[oa]s d[eoa]s?|"
    r"de origen|de origem|d['’]origine|di origine|"
    r"venu(?:e?s)? d(?:e|u|es)|originaires? d(?:e|u|es)|issu(?:e?s)? d(?:e|u|es)|"
    r"(?:provenienti|arrivati|giunti|originari) d(?:a|al|alla|ai|agli|all['’]|i)|dal|dalla|aus|из|з|із|من|dari|asal|mula sa|galing sa|z|ze)"
    r"|(?:" + _MIGRANT_WORDS + r")\s+(?:of|de|del|du|des|do|da|dos|das)"
    r"|(?P<bare>" + _MIGRANT_WORDS + "|" + _WORKER_WORDS + r"))"
    r"(?:\s+(?:the|el|la|los|las|le|les|o|a|os|as))?\s*(?:l['’]\s*|d['’]\s*)?$", re.IGNORECASE)
# The words that name a country as an origin outright, right before its demonym ("de origen marroquí", "d'origine
# malienne", "di origine rumena", "de origem angolana").
_OUTRIGHT_ORIGIN_BEFORE = re.compile(r"(?<!\w)(?:de origen|de origem|d['’]origine|di origine)\s+$", re.IGNORECASE)
# Chinese words right before a place that say a person comes or came from it: "來自/来自" (from), "原居於/原居于"
# (lived before in), "原籍" (a native of)
_CHINESE_ORIGIN_BEFORE = ("來自", "来自", "原居於", "原居于", "原籍")
# A stem of every word for migrants in _MIGRANT_WORDS, in lower case.
_MIGRANT_STEMS = ("migr", "refug", "réfug", "rifug", "gastarb", "flücht", "мигр", "мігр", "гастарб", "бежен", "заробітч",
                  "uchodź", "مهاجر", "وافد", "لاجئ")
# A stem of every word _ORIGIN_BEFORE starts with, in lower case.
_ORIGIN_STEMS = (*_MIGRANT_STEMS, "work", "labo", "national", "seafar", "caregiver", "maid", "trabaj",
                 "jornal", "obrer", "trabalh", "operá", "travail", "ouvri", "salari", "lavor", "operai", "bracc",
                 "arbeit", "beschäft", "saison", "рабоч", "работн", "трудящ", "робітн", "праців", "pracown", "robotn",
                 "pekerja", "buruh", "tenaga", "tka", "manggagawa", "عمال", "عاملات")
# The starts of the words _ORIGIN_BEFORE may start at: a word with one of the stems at most three letters in ("ge" of
# "geflüchtete", "im" of "immigrants", "ال" of "العمال").
_ORIGIN_WORD_STARTS = re.compile(r"(?<!\w)\w{0,3}(?:" + "|".join(map(re.escape, _ORIGIN_STEMS)) + ")")
# The same named before the words in languages that put a demonym before its noun or a postposition after the
# country: "North Korean workers", "nepalesische Arbeiter", "узбекские мигранты", "네팔 출신 이주노동자",
# "ネパール人労働者", "नेपाल से आए मजदूर", "نیپال سے آئے مزدور", "নেপাল থেকে আসা শ্রমিক", "নেপালি প্রবাসী শ্রমিক" (a
# Bangla demonym: the name and "ি"), "Nepal'den gelen işçiler".
_ORIGIN_AFTER = re.compile(
    r"\s+(?:(?:migrant|guest|construction|domestic|seasonal|farm)\s+)?(?:workers|labou?rers|migrants|nationals)\b"
    r"|\s+(?:Arbeiter(?:innen)?|Arbeitskräfte|Migranten|Saisonarbeiter|Erntehelfer|Pflegekräfte)\b"
    r"|\s+(?:мигрант(?:ы|ов)|рабочи[ех]|гастарбайтер(?:ы|ов)|мігрант(?:и|ів)|робітник(?:и|ів)|"
    r"pracownicy|robotnicy|migranci)\b"
    r"|(?:인|\s*(?:출신|국적)의?|에서\s*온)\s*(?:이주)?(?:노동자|근로자|이주민)"
    r"|(?:人|出身の?|国籍の?|から来た|からの)(?:外国人)?(?:労働者|移民|技能実習生|実習生)"
    r"|\s+(?:से\s+(?:आए|आये|आने\s+वाले)\s+)?(?:प्रवासी\s+)?(?:मजदूर|मज़दूर|श्रमिक|कामगार)"
    r"|\s+(?:سے\s+(?:آئے|آنے\s+والے)\s+)?(?:مزدور|مزدوروں|کارکن|کارکنوں|تارکین)"
    r"|[িী]?\s+(?:থেকে\s+(?:আসা|আগত)\s+)?(?:(?:অভিবাসী|প্রবাসী)\s+)?(?:শ্রমিক|কর্মী)"
    r"|['’]?(?:dan|den|tan|ten)\s+gelen\s+(?:\w+\s+)?(?:işçi|göçmen)")
# What joins the countries of a list of origins ("из Узбекистана, Таджикистана и Киргизии", "من نيبال والهند",
# "venus du Mali et du Sénégal").
_ORIGIN_LIST_GAP = re.compile(r"[\s,،、;]*(?:(?:and|or|y|e|et|und|i|и|или|та|і|dan|atau|ve|oraz|och|o|ou|และ|및|와|과)(?!\w))?"
                              r"[\s,،、;]*(?:(?:from|de|du|des|da|do|dal|dalla|aus|из|dari|z|ze)\s+|d['’]\s*)?"
                              r"(?:(?:the|la|le|les|el|los|las)\s+|l['’]\s*)?", re.IGNORECASE)


def _is_origin(match: _Match) -> bool:
    """True for a country named as where workers or migrants come from (see _ORIGIN_BEFORE, _ORIGIN_AFTER); right
    after the word for them only a demonym (lower-case in the languages that write it after its noun, "trabajadores
    nicaragüenses"; with a demonym's ending in Arabic): "рабочие России", "عمال مصر" are the country's own."""
    original = match.original
    if original.endswith(_CHINESE_ORIGIN_BEFORE, max(0, match.start - 3), match.start):
        return True  # "原居於廣東,因香港工資較高,決定來港工作": a worker's origin (read with another country's place)
    window = original[max(0, match.start - 60):match.start].lower()
    # Without a word for migrants or for coming in the window the words before cannot make it an origin, and the
    # pattern is not tried (most windows of a story about workers); else only at the words it may start at, leftmost
    # first, as its own search would find it (a search tries it at every character).
    if _says_they_came(window):
        before = next((found for word in _ORIGIN_WORD_STARTS.finditer(window)
                       if (found := _ORIGIN_BEFORE.match(window, word.start())) is not None), None)
        if before is not None and (not before.group("bare") or original[match.start].islower() or (
                original.endswith(_ARABIC_DEMONYM_ENDINGS, match.start, match.end))) and _says_they_came(
                window[max(0, before.start() - _CAME_WORD_REACH):]):
            return True
    after = _ORIGIN_AFTER.match(original, match.end, match.end + 40)
    if after is not None and _says_they_came(after.group(0).lower()):
        return True
    # A state, region or town, unlike a country, has no workers of its own abroad to be the subject: "workers from Kerala",
    # "केरल के मजदूर" in a sentence that places them in another country come from there.
    return match.entries[0].form in _SUBNATIONAL_FORMS and (
        _REGION_ORIGIN_AFTER.match(original, match.end, match.end + 40) is not None
        or _REGION_ORIGIN_BEFORE.search(original, max(0, match.start - 40), match.start) is not None)


_SUBNATIONAL_FORMS = frozenset({"region", "city", "town"})
# Workers named with the state or town they come from: "workers from Kerala", and Hindi and Urdu genitives ("केरल के
# मजदूर", "لاہور کے مزدور": Kerala's, Lahore's workers).
_REGION_ORIGIN_BEFORE = re.compile(r"(?<!\w)(?:workers|labou?rers|migrants)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_REGION_ORIGIN_AFTER = re.compile(r"\s+(?:के|की)\s+(?:प्रवासी\s+)?(?:मजदूर|मज़दूर|श्रमिक|कामगार)"
                                  r"|\s+(?:کے|کی)\s+(?:مزدور|مزدوروں|کارکن|کارکنوں|محنت کش)")


# A preposition of place right after workers named with their country ("Nepali workers in Qatar", "trabajadores
# nicaragüenses en Costa Rica", "trabalhadores brasileiros no Japão", "pekerja Indonesia di Malaysia").
_PLACED_IN_AFTER = re.compile(r"\s+(?:in|en|em|no|na|nos|nas|im|di|в|у|في)\s+(?:(?:the|la|le|el|los|las)\s+|l['’]\s*)?")
# Words for workers or migrants right before a demonym written after its noun ("trabajadores nicaragüenses").
_WORKERS_BEFORE_DEMONYM = re.compile(r"(?<!\w)(?:" + _MIGRANT_WORDS + "|" + _WORKER_WORDS + r")\s+$", re.IGNORECASE)


def _placed_in_after(match: _Match) -> int | None:
    """Where the place named after workers named with the country of `match` and a preposition of place would
    start (see _PLACED_IN_AFTER), or None when no such words follow it."""
    original = match.original
    after = _ORIGIN_AFTER.match(original, match.end, match.end + 40)
    if after is not None:
        end = after.end()
    elif (original[match.start].islower() or original.endswith(_ARABIC_DEMONYM_ENDINGS, match.start, match.end)) and (
            _WORKERS_BEFORE_DEMONYM.search(original, max(0, match.start - 30), match.start) is not None):
        end = match.end
    else:
        return None
    placed = _PLACED_IN_AFTER.match(original, end)
    return placed.end() if placed is not None else None


# Bangla names a place where something happens in the locative case, right after the name ("মালয়েশিয়ায়", in
# Malaysia; "কাতারে", in Qatar) or after the country's genitive and a town's ("সৌদি আরবের জেদ্দায়"), and then the
# people there: its workers named with their own country's demonym (the name and "ি"/"ী": "বাংলাদেশি শ্রমিক",
# "প্রবাসী বাংলাদেশি", "২৫০ বাংলাদেশি", "১৬৮ জন প্রবাসী বাংলাদেশি") come from there (see _bangla_placed_before).
_BANGLA_LOCATIVE_AFTER = re.compile("(?:\u09df|\u09af\u09bc|\u09c7|\u09a4\u09c7|\u098f)(?=[\\s,;:\u0964]|$)")
_BANGLA_DEMONYM_PEOPLE_AFTER = re.compile(r"[িী]\s+(?:(?:অভিবাসী|প্রবাসী)\s+)?(?:শ্রমিক|কর্মী|প্রবাসী|নাগরিক|অভিবাসী)")
_BANGLA_DEMONYM_COUNTED = re.compile(r"(?:[০-৯0-9]+|জন|প্রবাসী|অভিবাসী)\s+$")
_BANGLA_PLACED_REACH = 60  # characters at most from the place's name to the demonym


def _bangla_placed_before(place: _Match, people: _Match) -> bool:
    """True when `people` is a Bangla demonym of workers or migrants ("বাংলাদেশি শ্রমিক", "প্রবাসী বাংলাদেশি") and
    `place`, another country or its town named shortly before in the same sentence, is in the locative case: the
    workers are in that country and come from the demonym's (see _BANGLA_LOCATIVE_AFTER)."""
    original = place.original
    if not 0 < people.start - place.end <= _BANGLA_PLACED_REACH or "।" in original[place.end:people.start]:
        return False
    if _BANGLA_LOCATIVE_AFTER.match(original, place.end) is None:
        return False
    return (_BANGLA_DEMONYM_PEOPLE_AFTER.match(original, people.end) is not None
            or (original[people.end:people.end + 1] in ("ি", "ী")
                and _BANGLA_DEMONYM_COUNTED.search(original, max(0, people.start - 20), people.start) is not None))


# Words that make workers named with a country migrants from it: a word for migrants, or a verb of coming ("migrant
# workers from Nepal", "trabajadores procedentes de Nicaragua", "नेपाल से आए मजदूर", "Nepal'den gelen işçiler").
# Without one, "Greek workers ... austerity demanded by Germany", "trabajadores argentinos ... la frontera con Chile",
# "port workers from Chile and Peru" are the country's own workers, its subject (review23).
_CAME_WORDS = (*_MIGRANT_STEMS, "guest", "saisonarb", "seasonal", "erntehelfer", "expat", "تارکین", "প্রবাসী", "প্রবাসি", "অভিবাসী", "प्रवासी", "이주", "移民", "実習生", "göçmen",
               "came", "coming", "arriving", "hailing", "originally", "procedent", "provenient", "originari", "oriund",
               "origen", "origem", "d'origine", "d’origine", "di origine",
               "llegad", "venid", "vind", "venu", "issu", "arrivati", "giunti", "आए", "आये", "आने", "آئے", "آنے", "আসা", "আগত",
               "来た", "出身", "온", "출신", "gelen", "asal", "mula sa", "galing sa")


_CAME_WORD_REACH = 20  # characters before the words for workers where a word for migrants may stand ("migrant workers")


_SEARCH_CAME_WORDS = _any_word_search(_CAME_WORDS)


def _says_they_came(phrase: str) -> bool:
    """Whether `phrase` (lower case), the words naming workers with their country, holds one of _CAME_WORDS."""
    return _SEARCH_CAME_WORDS(phrase)


def _origin_mentions(direct: list[tuple[str, _Match]], countable: Callable[[_Match], bool]) -> set[int]:
    """The ids of the mentions (in story order) that name workers' country of origin (see _is_origin), with the
    countries listed beside them ("from Nepal and India"), when their sentence names another country, `countable`
    (not an owner's or a home base): the place they work in ("... on construction sites in Qatar"); in the title,
    when the text names the same origin so."""
    if len({code for code, _ in direct}) < 2:
        return set()  # no other country to be the place (most stories: the patterns are not tried)
    origins = [_is_origin(match) for _, match in direct]
    for index, ((code, match), (next_code, next_match)) in enumerate(pairwise(direct)):
        # "Nepali workers in Qatar": workers named with their country, placed in another country named right after
        if not origins[index] and next_code != code and next_match.field == match.field and (
                _placed_in_after(match) == next_match.start):
            origins[index] = True
        # "মালয়েশিয়ায় বাংলাদেশি শ্রমিকদের": Bangla puts the place first, in the locative, then the workers' demonym
        if not origins[index + 1] and next_code != code and next_match.field == match.field and (
                _bangla_placed_before(match, next_match)):
            origins[index + 1] = True
    if not any(origins):
        return set()
    pairs = list(pairwise(range(len(direct))))
    for earlier, later in pairs + pairs[::-1]:  # a list's later members, then its earlier ones
        if origins[earlier] != origins[later] and _listed_as_origins(direct[earlier][1], direct[later][1]):
            origins[earlier] = origins[later] = True
    by_sentence: dict[tuple[str, int], list[tuple[str, _Match, bool]]] = defaultdict(list)
    for (code, match), origin in zip(direct, origins, strict=True):
        by_sentence[match.sentence_key()].append((code, match, origin))
    found: set[int] = set()
    for mentions in by_sentence.values():
        origin_codes = {code for code, _, origin in mentions if origin}
        if origin_codes and any(code not in origin_codes and countable(match) for code, match, _ in mentions) and (
                not _tells_of_home(mentions[0][1])):
            found.update(id(match) for _, match, origin in mentions if origin)
    # "trabajadores de origen marroquí" says outright that the country is their origin: the place they work in may
    # stand in another sentence (the story's title or lead: "ocupación ... en Almería")
    for (code, match), origin in zip(direct, origins, strict=True):
        if origin and id(match) not in found and _OUTRIGHT_ORIGIN_BEFORE.search(
                match.original, max(0, match.start - 20), match.start) and any(
                other != code and countable(other_match) for other, other_match in direct):
            found.add(id(match))
    # a title's workers come from where its text's do ("North Korean labourers": "North Korean workers ... in Russia")
    confirmed = {code for code, match in direct if id(match) in found}
    return found | {id(match) for (code, match), origin in zip(direct, origins, strict=True)
                    if origin and match.field == "title" and code in confirmed}


# Words for what happens in workers' country of origin (LABELING.md counts an origin only "when the events happen
# elsewhere"): money they send home, their deportation, repatriation or return home (folded stems).
_HOME_EVENT_STEMS = tuple(fold(stem) for stem in (
    "remittan", "remesas", "remessas", "envois de fonds", "transferts de fonds", "transferts d'argent",
    "geldüberweisungen", "rücküberweisungen", "kiriman uang", "remitansi", "денежные переводы", "грошові перекази",
    "تحويلات", "রেমিট্যান্স", "রেমিটেন্স", "sent home", "send home", "sends home", "sending home", "sent back home",
    "deport", "депорт", "ترحيل", "repatri", "rapatri", "rimpatri", "abschieb", "dipulangkan", "pemulangan",
    "return home", "returned home", "returning home", "flown home"))


def _tells_of_home(match: _Match) -> bool:
    """True when the sentence of `match` tells of an event in workers' country of origin (see _HOME_EVENT_STEMS)."""
    sentence = _sentence(match.original, match.start, match.end)
    return any(stem in sentence for stem in _HOME_EVENT_STEMS)


def _listed_as_origins(first: _Match, second: _Match) -> bool:
    """True when only a list's punctuation or "and" stands between two places (see _ORIGIN_LIST_GAP)."""
    return (first.field == second.field and second.start - first.end <= MAX_LIST_GAP
            and _ORIGIN_LIST_GAP.fullmatch(first.original, first.end, second.start) is not None)


# A capital standing for the government seated there, as the source of pressure or orders ("under pressure from
# Beijing", "presiones de Washington", "sous la pression de Moscou", "auf Druck aus Peking", "под давлением
# Москвы", "tekanan dari Jakarta"): the government acts on the story's place, it is not where the story happens.
_GOVERNMENT_SEAT_BEFORE = re.compile(
    r"(?<!\w)(?:pressure|pressures|orders|instructions|interference|dictates|directives|presi[oó]n|presiones|"
    r"[oó]rdenes|injerencia|press[aã]o|press[oõ]es|ordens|ingerência|pressions?|ordres|ingérence|pression[ei]|"
    r"ordini|ingerenza|druck|anweisungen?|einmischung|давлени(?:е|я|ем)|указани(?:е|я|ю)|тиск(?:ом|у)?|tekanan|"
    r"perintah|campur tangan|baskı(?:sı|sıyla)?)"
    r"\s+(?:(?:from|by|of|de|desde|du|da|dal|dalla|di|aus|von|seitens|со стороны|dari)\s+)?"
    r"(?:(?:la|le|el|il|lo|the)\s+)?$", re.IGNORECASE)


# French and Italian "Bruxelles" (the gazetteer's since branch fr34) is Belgium's in a story of Belgian marches and
# strikes, and a seat in a story that speaks of the European Union ("l'UE", "l'Unione europea", anything "européen" or
# "europeo") or of an international union body seated there (the ITUC, the ETUC, Education International: "la CSI,
# dont le siège est à Bruxelles").
_BRUSSELS_SEATED = re.compile(
    r"(?<!\w)(?:(?i:Union européenne|Unione europea|europ[ée]en\w*|europe[aoie]|Confédération (?:syndicale "
    r"internationale|européenne des syndicats)|Internationale de l['’][ÉE]ducation)|UE|Ue|CSI|CES|ITUC|ETUC)(?!\w)")


def _is_european_seat(match: _Match) -> bool:
    """True for "Bruxelles" in a title or text that speaks of the European Union or of an international union body
    seated there (see _BRUSSELS_SEATED)."""
    return match.folded == "bruxelles" and _BRUSSELS_SEATED.search(match.original) is not None


def _is_government_seat(match: _Match) -> bool:
    """True for a capital named as the source of pressure or orders (see _GOVERNMENT_SEAT_BEFORE)."""
    return match.entries[0].form == "city" and _holds_stem_before(
        match.original, match.start, _GOVERNMENT_SEAT_STEMS) and _GOVERNMENT_SEAT_BEFORE.search(
        match.original, max(0, match.start - 40), match.start) is not None


# A word every match of _GOVERNMENT_SEAT_BEFORE holds (see _holds_stem_before: its look-behind first made the search
# try every position of the 40 characters).
_GOVERNMENT_SEAT_STEMS = ("press", "presi", "rder", "rden", "rdre", "rdin", "instruc", "interfer", "dictat", "directiv",
                          "injer", "inger", "ingér", "druck", "anweisung", "einmisch", "давлен", "указан", "тиск",
                          "tekanan", "perintah", "campur", "bask")


# A country named as a party of a war or invasion the story gives as its background ("la guerre en Ukraine", "the war
# in Ukraine", "конфликты на Украине", Japanese "ロシアのウクライナ侵攻", "Russia's invasion"): the rally or wage talks
# happen elsewhere (a war's own place counts where the story names it otherwise, as a town or in the title).
_WAR_BEFORE = re.compile(
    r"(?<!\w)(?:war|guerre|guerra|Krieg|oorlog|wojn[aiey]|войн[аеыой]|конфликт\w*|invasion|invasión|invasão|invasione|"
    r"вторжени[ея])\s+(?:in(?:\s+der)?|en|em|na|no|nella|of|de|da|do|della|di|against|contre|contra|gegen|w|на|в)"
    r"\s+(?:(?:the|la|el|a|o|die|l['’])\s*)?$"
    # the invader in the genitive right after a Russian or Ukrainian word for an invasion or aggression
    # ("повномасштабного вторгнення РФ", "Вторгнення Росії на територію України", "агрессии России"): the invaded
    # takes "в"/"на"
    r"|(?<!\w)(?:вторжени[ея]|вторгнення|агресії|агрессии)\s+$", re.IGNORECASE)
_WAR_AFTER = re.compile(
    r"['’]s\s+(?:full[-\s]scale\s+)?(?:war|invasion)\b"
    r"|(?:の|による)?(?:[\u30A0-\u30FF]{2,8})?(?:への)?(?:軍事)?(?:侵攻|侵略)")


# A word every match of _WAR_BEFORE holds (see _holds_stem_before).
_WAR_STEMS = ("war", "guerr", "krieg", "oorlog", "wojn", "войн", "конфликт", "invas", "вторжени", "вторгнен", "агресі",
              "агресси")


def _is_war_party(match: _Match) -> bool:
    """True for a country named as a party of a war or invasion (see _WAR_BEFORE, _WAR_AFTER)."""
    original, start = match.original, match.start
    # the mention's own look around first (a few microseconds), the whole text's (_speaks_of_war: a case-folding of
    # the text and a find for each stem, ~50 us a bench story) only for a mention that passes it, as most do not
    return (_WAR_AFTER.match(original, match.end, match.end + 20) is not None
            or _holds_stem_before(original, start, _WAR_STEMS)
            and _WAR_BEFORE.search(original, max(0, start - 30), start) is not None) and _speaks_of_war(original)


@lru_cache(maxsize=8)
def _speaks_of_war(original: str) -> bool:
    """Whether the title or text holds a word of _WAR_STEMS or a Japanese word for an invasion, which every match of
    _WAR_BEFORE and _WAR_AFTER holds (asked once a text, and only for a mention that one of them reads as a war's
    party: the string keeps its hash)."""
    if "侵" in original and ("侵攻" in original or "侵略" in original):
        return True
    text = _case_folded(original)
    for stem in _WAR_STEMS:  # at a word's start, as the patterns write them ("war", not "toward", "award")
        position = text.find(stem)
        while position >= 0:
            if position == 0 or not _is_word_character(text[position - 1]):
                return True
            position = text.find(stem, position + 1)
    return False


# A visiting delegation or visitor, where the story's host receives it: its country is the visitor's home, not where
# the story happens ("the minister received a delegation from the Jordanian union", "استقبال ... وفد النقابة العامة
# ... بدولة تركيا", "a brief visit by Australian Deputy Prime Minister ... to the PNG Trade Union Congress"). The
# visitor's words run to the place, within the sentence, and stop at the host ("to", "إلى").
_VISITOR_BEFORE = re.compile(
    r"(?:(?:[يت]ستقبل|استقبل[تا]?|استقبال)\s[^.\n]{0,40}وفد(?:اً|ًا|ا)?\s+(?:من\s|ال)"
    r"|(?:receiv|host|welcom)\w*\s[^.\n]{0,40}delegation\s+(?:from|of)\s|visit\s+by\s)(?:(?!\sto\s|\sإلى\s)[^.\n]){0,80}$",
    re.IGNORECASE)
_VISITOR_STEMS = ("وفد", "delegation", "visit")


def _is_visitors_home(match: _Match) -> bool:
    """True for a country named as a received delegation's or a visitor's home (see _VISITOR_BEFORE)."""
    original, start = match.original, match.start
    before = original[max(0, start - 130):start].lower()
    return any(stem in before for stem in _VISITOR_STEMS) and _VISITOR_BEFORE.search(before) is not None


def _context_factor(match: _Match) -> float:
    """How much a country mention counts for salience, by the words right after it."""
    if _NOT_SUBJECT_AFTER.match(match.original, match.end, match.end + 40) or _is_dateline(match):
        return _HOME_BASE_FACTOR
    if match.entries[0].form == "foreign" and (
            _NOT_SUBJECT_BEFORE.search(match.original, max(0, match.start - 30), match.start)
            or (match.original.endswith(_ARABIC_DEMONYM_ENDINGS, match.start, match.end)
                and _NOT_SUBJECT_BEFORE_ARABIC.search(match.original, max(0, match.start - 30), match.start))):
        return _HOME_BASE_FACTOR
    if "PT" in match.original[max(0, match.start - 60):match.start] and _COMPANY_FORM_BEFORE.search(
            match.original, max(0, match.start - 60), match.start):
        return _HOME_BASE_FACTOR
    if "\u0621" <= match.original[match.start] <= "\u064a" and _ARABIC_CAUSE_BEFORE.search(
            match.original, max(0, match.start - 30), match.start):
        return _HOME_BASE_FACTOR  # "تضامنا مع الشعب الفلسطيني": the cause, in Arabic
    return _HOME_BASE_FACTOR if _is_cause(match) or _is_war_party(match) or _is_stop_demand_object(match) or (
        _is_visitors_home(match)) else 1.0


# An Indonesian company's legal form and the capitalised words of its name before a place that ends or continues it:
# "PT Gabri Indo Italy", "PT. Alba Unggul Metal" (a firm's name, not Italy or Alba).
_COMPANY_FORM_BEFORE = re.compile(r"(?<![\w.])PT\.?\s+(?:[A-Z][\w&'’-]*\s+){0,3}$")


# Words that make a country named right before them an owner, brand or client, but that also name a company at home
# ("a Taiwanese apparel maker", "the Australian stevedoring company Patrick", "der schwedische Konzern", "in
# chinesischem Besitz", "китайской нефтяной корпорации", "koreańskiego koncernu", "portugalskiej sieci"): unlike
# _NOT_SUBJECT_AFTER's, they count for nothing only where another country is the story's place and the owner's has
# none of its own (see _owner_mentions).
_OWNER_AFTER = re.compile(
    r"(?:[\s\-‐–]+[a-z][\w'’-]*){0,2}?[\s\-‐–]+(?:makers?|carmakers?|automakers?|manufacturers?|producers?|"
    r"suppliers?|group|chain|operator|contractor|corporation|company|companies|firms?|brands?|retailers?|"
    r"investors?|owners?|buyers?|multinationals?|conglomerate|giant)\b"
    r"|(?:\s+[a-zäöüß][\w-]*)?\s+(?:Konzerns?|Mutterkonzerns?|Unternehmens?|Investors?|Investoren|Eigentümers?|"
    r"Herstellers?|Autobauers?|Modekette|Handelskette|Firma|Gruppe|Besitz)\b"
    r"|(?:\s+[а-яё]+){0,2}\s+(?:компани|корпораци|концерн|холдинг|инвестор|владел|собственник|производител)"
    r"|(?:\s+[a-ząćęłńóśźż]+)?\s+(?:sieci|sieć|firm(?:y|a|ie|ą)|koncern(?:u|ie|owi)?|spół(?:ki|ka|ce|kę)|grup(?:y|a|ie)|"
    r"producent(?:a|em)?|inwestor(?:a|em)?|właściciel(?:a|em)?|przedsiębiorstw(?:a|o|ie))(?!\w)")
# The same before the country: "owned by a Swedish group", "a subsidiary of Chinese ...", "de capitales mexicanos",
# "дочка китайской корпорации", "perusahaan asal Korea Selatan", "di proprietà cinese", "de propiedad china"; and an article before a lower-case demonym and a
# company's name, in the languages that name a company so ("la estadounidense Delta Apparel", "a norte-americana
# Ford", "le suédois Ikea"; checked in _in_owner_phrase).
_OWNER_BEFORE = re.compile(
    r"(?:(?:owned|controlled|operated)\s+by|(?:subsidiary|affiliate)\s+of)\s+(?:(?:a|an|the)\s+)?"
    r"|(?:de\s+)?(?:capitales|capitais|capitaux)\s+"
    r"|(?:дочк[аиеуой]|дочерн\w+\s+(?:компани\w+|предприяти\w+|структур\w+))[\s«»\"“”„]*"
    r"|(?:perusahaan|investor|pemilik|milik)\s+(?:asal\s+)?"
    r"|(?:di|de|da)\s+(?:propriet[àaá]|propriété|propiedad|propriedade)\s+"
    # Tagalog's company "of" a country, with the linker: "isang kumpanyang Japanese", "kompanyang Koreano"
    r"|(?:kumpanyang|kompanyang|korporasyong|negosyanteng|kapitalistang)\s+"
    # Vietnamese: an owner or investor "of" a country ("ông chủ người Hàn Quốc", the Korean owner; "chủ đầu tư Trung
    # Quốc", a Chinese investor; "vốn đầu tư Đài Loan", Taiwanese capital)
    r"|(?:ông\s+chủ|bà\s+chủ|chủ\s+đầu\s+tư|vốn\s+đầu\s+tư)\s+(?:người\s+)?", re.IGNORECASE)
# A word every match of _OWNER_BEFORE holds (see _holds_stem_before).
_OWNER_STEMS = ("owned", "controlled", "operated", "subsidiary", "affiliate", "capita", "доч", "perusahaan", "investor",
                "milik", "propri", "propiedad", "panyang", "porasyong", "negosyante", "kapitalista", "chủ", "đầu tư")
# A home base before a city or country (the company's or body's seat, not where the story happens): "headquartered in
# Atlanta", "con sede en Atlanta, Estados Unidos", "sediada em Lisboa", "basée à Lyon".
_HOME_BASE_BEFORE = re.compile(
    r"(?:headquartered|based)\s+in\s+(?:the\s+)?|(?:con|com)\s+sede\s+(?:en|em|in|a)\s+|sediad[ao]s?\s+(?:em|no|na)\s+"
    r"|basée?s?\s+(?:à|en|au)\s+", re.IGNORECASE)
# A word every match of _HOME_BASE_BEFORE holds (see _holds_stem_before).
_HOME_BASE_STEMS = ("headquartered", "base", "basé", "sede", "sediad")
# What starts another clause between two mentions: a semicolon or a coordinating conjunction, in the owner phrases'
# languages ("and", "y", "e", "et", "und", "и", "dan", "but", "pero", "mas", "mais", "aber", "но", "tetapi").
_CLAUSE_BREAK = re.compile(r";|(?<!\w)(?:and|y|e|et|und|и|dan|but|pero|mas|mais|aber|но|tetapi|namun)(?!\w)")
# Where a company sells or keeps an office, before the place: no place of the story (see _places_story; review28).
_TRADE_PLACE_BEFORE = re.compile(
    r"(?:buyers?|customers?|clients?|markets?|offices?|oficinas?|escrit[oó]rios?|bureaux?|kantor|sells?\b[^.;]{0,25}"
    r"|exports?\b[^.;]{0,25}|vende\b[^.;]{0,25}|exporta\b[^.;]{0,25})\s+(?:in|en|em|no|na|à|au|di|to|a)\s+(?:the\s+)?$",
    re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s|$)|\n")  # not the dot of "2.000"
_COMPANY_ARTICLES = frozenset({"la", "el", "le", "l'", "l’", "a", "o", "il", "lo"})
_COMPANY_NAME_AFTER = re.compile(r"\s+[A-Z][\w&'’-]+")
# Prepositions of place before a country's own name that make it the story's place ("workers in Cambodia", "en
# Honduras"): a town's, but not those of origin or of a direction ("from", Spanish and Portuguese "a").
# French writes "au"/"aux" (à + le/les) before most countries' names: "au Bangladesh", "aux Philippines".
# Vietnamese "ở"/"tại" (in, at: "công nhân ở TP.HCM", workers in Ho Chi Minh City) too.
_COUNTRY_PLACE_PREPOSITIONS = (_TOWN_PREPOSITIONS - {"from", "a"}) | {"au", "aux", "ở", "tại"}


def _in_owner_phrase(match: _Match) -> bool:
    """True for a country named as a company's owner, brand or client in words that may also name a company at home
    (see _OWNER_AFTER, _OWNER_BEFORE); a home base is told by _is_home_base, asked first."""
    original, start, end = match.original, match.start, match.end
    if match.entries[0].form in _SUBNATIONAL_FORMS:
        return False  # "in Stuttgart beim Autobauer Porsche": a city is no owner
    if _OWNER_AFTER.match(original, end, end + 60) or (
            _holds_stem_before(original, start, _OWNER_STEMS) and _OWNER_BEFORE.search(original, max(0, start - 45), start)):
        return True
    before = _word_before(original, start)
    return (original[start].islower() and before is not None and before.lower() in _COMPANY_ARTICLES
            and _COMPANY_NAME_AFTER.match(original, end) is not None)


# A UN body named shortly before a Swiss place, in its sentence: Geneva as the body's seat ("the ILO conference in
# Geneva", "la conférence de l'OIT à Genève", "el Consejo de Derechos Humanos de la ONU en Ginebra"), where unions
# take other countries' cases, not the story's place (review30).
_UN_BODY_BEFORE = re.compile(r"(?<!\w)(?:ILO|OIT|IAO|MOT|UN|ONU|UNO|WHO|OMS|WTO|OMC|UNHCR|HCR|ACNUR|ITU|UIT|IOM|OIM|"
                             r"United Nations|Nations [Uu]nies|Naciones Unidas|Nações Unidas|Vereinten Nationen)"
                             r"(?!\w)[^.;!?\n]{0,45}$")


def _is_home_base(match: _Match) -> bool:
    """True for a city or country named as a company's or body's seat (see _HOME_BASE_BEFORE, _UN_BODY_BEFORE)."""
    original, start = match.original, match.start
    if _holds_stem_before(original, start, _HOME_BASE_STEMS) and (
            _HOME_BASE_BEFORE.search(original, max(0, start - 30), start) is not None):
        return True
    return match.entries[0].target == "CH" and _UN_BODY_BEFORE.search(original, max(0, start - 60), start) is not None


def _is_initial(word: str) -> bool:
    """A capital letter alone, with or without its full stop: a person's initial ("Y", "J.")."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper() and word[:1].isalpha()


def _acronym_the_story_defines(match: _Match, matches: list[_Match]) -> bool:
    """True for a place's name written in capitals that the story brackets as an organisation's acronym ("the Solomon
    Islands Nurses Association (SINA)": SINA, and not the name of China in another language); not when the name
    before the bracket is that place's own ("Papua New Guinea (PNG)")."""
    surface = match.original[match.start:match.end]
    if len(surface) < 3 or not surface.isalpha() or not surface.isupper():
        return False
    bracket = match.original.find(f"({surface})")
    if bracket < 0:
        return False
    target = match.entries[0].target
    return not any(other.field == match.field and other.entries[0].target == target and bracket - 80 <= other.start < bracket
                   for other in matches if other is not match)


def _places_story(match: _Match) -> bool:
    """True for a mention that places the story in its country: a city, town or region, or the country's name after
    a preposition of place ("in Cambodia"); not where a company only sells or keeps an office ("sells to buyers in
    Germany", "su oficina en Shanghái", "kantor di Singapura")."""
    if _TRADE_PLACE_BEFORE.search(match.original, max(0, match.start - 40), match.start):
        return False
    if match.entries[0].form in _SUBNATIONAL_FORMS:
        return True
    before = _word_before(match.original, match.start)
    return before is not None and before.lower() in _COUNTRY_PLACE_PREPOSITIONS


def _owner_mentions(direct: list[tuple[str, _Match]], counted: Callable[[_Match], bool]) -> set[int]:
    """The ids of the mentions that name a company's foreign owner, brand or client (see _in_owner_phrase): of a
    country the story places nothing in, when it places something in another country (LABELING.md: "a Canadian
    company" is only mentioned; "Sri Lankan apparel maker MAS closed a plant in Katunayake" is Sri Lanka's story), or
    its home base.
    `counted` tells the mentions that count at all (not a home base, a dateline or a union's name)."""
    if len({code for code, _ in direct}) < 2:
        return set()  # no other country to be the place (most stories: the patterns are not tried)
    bases = {id(match) for _, match in direct if counted(match) and _is_home_base(match)}
    owners = bases | {id(match) for _, match in direct if id(match) not in bases and counted(match)
                      and _in_owner_phrase(match)}
    if not owners:
        return owners
    for (code, match), (next_code, following) in pairwise(direct):
        # the country that places an owner's city ("con sede en Atlanta, Estados Unidos") names the same home base
        if id(match) in owners and next_code == code and following.field == match.field and (
                _places_the_one_before(match.original[match.end:following.start])):
            owners.add(id(following))
    placing = [(code, match) for code, match in direct if id(match) not in owners and counted(match) and _places_story(match)]
    placed = {code for code, _ in placing}
    # A home base is never the story's place. An owner whose own sentence places the story elsewhere only in another
    # clause is the subject of a clause of its own at home ("La mexicana Pemex despidió a 2.000 trabajadores, y sus
    # contratistas en Texas ...", "... will cut 4,000 jobs at home, and its mine in Montana ...").
    if not placed:
        return set()
    return {id(match) for code, match in direct if id(match) in owners and code not in placed and (
        id(match) in bases
        or not _placed_only_in_another_clause(match, [place for place_code, place in placing if place_code != code]))}


def _placed_only_in_another_clause(owner: _Match, places: list[_Match]) -> bool:
    """Whether the owner's sentence names some of `places`, each behind a semicolon or a coordinating conjunction
    from the owner ("..., and its mine in Montana"), none in the owner's own clause."""
    original = owner.original
    between = [(owner.end, place.start) if place.start > owner.start else (place.end, owner.start)
               for place in places if place.field == owner.field and place.original is original]
    # the sentence break looked for in place, not in a copy of the words: a place far off (a long story) costs no
    # more than the way to the first break
    in_sentence = [original[start:end] for start, end in between if not _SENTENCE_BREAK.search(original, start, end)]
    return bool(in_sentence) and all(_CLAUSE_BREAK.search(words) for words in in_sentence)

# An acronym as the recogniser reads one: capitals (and digits, dashes), maybe a short lower-case tail.
_ACRONYM_WORD = re.compile(r"[A-ZÀ-ÞİŞĞÇÖÜ][A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3}")
# What joins two acronyms of a list, in the recogniser's languages, with an article or not.
_LIST_JOINT = (r"(?:\s*\(\w{1,4}\))?"  # a rank or share in brackets after an acronym: "FO (3e), CFTC (4e)"
               r"\s*(?:[,;]|\s(?:and|et|y|e|i|und|och|ve|dan|og|oraz))\s*"
               r"(?:(?:l['’]|la\s|le\s|el\s|il\s|the\s|a\s)\s*)?")
# The last item of a list joined by "and" (or its like), right before the list's end: an item after it and a comma is no
# longer the list's ("NTUC and SISEU, Agoda has acknowledged"; see Tagger._short_names_listed_after).
_AND_BEFORE_LAST_ITEM = re.compile(r"\s(?:and|et|y|e|und|och|og|oraz|dan|ve|en)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?\S+$")
_NEXT_LISTED = re.compile(_LIST_JOINT + r"([A-ZÀ-ÞİŞĞÇÖÜ][A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3})(?!\w)")
# (Its first capital comes before the look back at what precedes it, "(?<!\w.)", so that the engine tries
# only the window's capitals, not every position.)
_PREVIOUS_LISTED = re.compile(r"([A-ZÀ-ÞİŞĞÇÖÜ](?<!\w.)[A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3})" + _LIST_JOINT + r"$")
_MAX_LISTED = 8
# A one-word name in title case listed after acronyms named after a plural word for unions
# ("los sindicatos como la AGD-UBA y Ademys"), ending before a word that is not capitalised.
_NEXT_LISTED_NAME = re.compile(_LIST_JOINT + r"([A-ZÀ-ÞİŞĞÇÖÜ][a-zà-ÿığşçöü]{3,14})(?=[\s,;.:)]+(?:[^\W\d_A-ZÀ-Þ]|$))")
# Such a name inside a list of union acronyms, the list ending after it or going on with an acronym ("CGT, Supper et
# CFTC"); Dutch "en" (and) joins it too ("NPB, ACP, Equipe en ANPV"). Not a run of names ("ESK, CGT, Etxalde, Hiru,
# EHNE Nafarroa": farmers' bodies listed with unions).
_LIST_JOINT_OR_EN = _LIST_JOINT.replace("|oraz))", "|oraz|en))")
_NAME_IN_LIST = re.compile(_LIST_JOINT_OR_EN + r"([A-ZÀ-ÞİŞĞÇÖÜ][a-zà-ÿığşçöü]{3,14})(?=[\s,;.:)]+(?:[^\W\d_A-ZÀ-Þ]|$)|"
                           + _LIST_JOINT_OR_EN + r"[A-ZÀ-ÞİŞĞÇÖÜ][A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3}(?!\w))")
_NEXT_LISTED_OR_EN = re.compile(_LIST_JOINT_OR_EN + r"([A-ZÀ-ÞİŞĞÇÖÜ][A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3})(?!\w)")
# Words of a sentence that say its list of acronyms is a list of unions.
# An acronym only one union has stands for it beside a union office too ("GMB national secretary",
# "a GMB representative"), words that back no other directory acronym (_keep_unresolved_acronyms).
# Arabic, Persian and Urdu words for unions, then for workers, seafarers and a strike, back a Latin acronym written in
# their text as the English words do ("قال ITUC في بيان ... العمال", "ITF ... البحارة", "PWF ... مزدوروں").
_ARABIC_SCRIPT_UNION_NOUNS = frozenset(fold(word) for word in """
نقابة النقابة نقابات النقابات اتحاد الاتحاد اتحادیه اتحادیه‌ها اتحادیه‌های سندیکا سندیکای سندیکاها یونین یونینز یونینوں
""".split())
_ARABIC_SCRIPT_LABOUR_WORDS = frozenset(fold(word) for word in """
عمال العمال العاملين إضراب الإضراب بحارة البحارة کارگر کارگران کارگری اعتصاب مزدور مزدوروں ہڑتال
""".split())
_ARABIC_SCRIPT_CUES = _ARABIC_SCRIPT_UNION_NOUNS | _ARABIC_SCRIPT_LABOUR_WORDS
_ACRONYM_CUES = _LABOUR_CUES | frozenset("""
secretary representative rep reps organiser organisers organizer organizers official officials steward stewards
""".split())
# The words of _LABOUR_CUES that name a union itself, not workers, members, a strike or an office: the cue a national
# union's acronym needs in a story placed only in other countries (see Tagger._is_backed).
_UNION_NOUN_CUES = frozenset("""
union unions federation unionists sindicato sindicatos sindical sindicales sindicats gremio gremios gremial gremiales
syndicat syndicats syndicale syndical syndicaux sindacato sindacati sindacale sindacali gewerkschaft gewerkschaften
fackforbund fackforbundet facket zwiazek zwiazku zwiazkowcy sendika sendikasi sendikalar serikat unyon vakbond vakbonden
vakcentrale fagforbund fagforening ammattiliitto odbory συνδικατο σωματειο ομοσπονδια профсоюз профсоюза профспілка
""".split())
_UNION_LIST_CUES = _LABOUR_CUES | frozenset("""
syndicats centrales sindicatos centrais sindacati gewerkschaften serikat sendikalar konfederasyonlar
federations confederations""".split())
# An acronym right after a plural word for unions, in the recogniser's languages: "the unions GMB
# and Unite", "unions such as RMT", "los sindicatos como la AGD-UBA", "les syndicats FO, CFTC".
_PLURAL_UNION_NOUNS = ("unions", "sindicatos", "syndicats", "sindacati", "gewerkschaften", "centrales", "centrais")
_ACRONYM_AFTER_PLURAL_NOUN = re.compile(
    r"(?i:\b(?:unions|sindicatos|syndicats|sindacati|gewerkschaften|centrales(?: sindicales| syndicales)?|"
    r"centrais(?: sindicais)?)(?:,?\s+(?:such as|like|including|como|comme|tels que|come|wie|incluidos))?\s+"
    r"(?:(?:the|la|el|le|les|il|lo|die|der|o|a|os|as)\s+|l['’]\s*)?)"
    r"([A-ZÀ-ÞİŞĞÇÖÜ][A-Z0-9À-ÞİŞĞÇÖÜ\-]{1,9}[a-z]{0,3})(?!\w)")
# What says that a union named by an ordinary word ("Prospect", "Solidarity") is the union: an office of it after the
# name ("Solidarity general secretary Gideon du Plessis", "Equity's president"), a word for a union before it ("the
# union Prospect"), or another union it is listed with ("Numsa, Solidarity, Mewusa", "NUM, Uasa and Solidarity").
# Words for people that follow ordinary words too ("Community leaders", "Community organisers") count only after "'s".
_UNION_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:deputy |assistant )?general secretary|national (?:secretary|officer)|"
    r"spokes(?:person|man|woman)|negotiators?|shop stewards|(?:trade )?union)\b|"
    r"['’]s\s+(?:leaders?|leadership|officials?|organi[sz]ers?|representatives?|reps)\b")
_WORDS_BEFORE_REACH = 40  # characters before a union name read for the country words before it
# An Arabic nationality adjective (nisba) after a definite name: the article, then -ي, -ية, -يين, -يون ("الأردنية")
_ARABIC_NISBA = re.compile(r"ال\w+(?:ية|يين|يون|ي)(?!\w)")
_POSSESSIVE_ENDINGS = ("'s ", "’s ")
# One to three capitalised words and the English possessive right before a name ("South Africa's ").
_POSSESSIVE_COUNTRY = re.compile(r"(?<!\w)((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s$")
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # Chinese, Japanese
_MODEL_SUFFIX = re.compile(r"[-‐‑][A-Za-z0-9](?![\w\-])")  # "USB-C": one letter or digit after a hyphen (not "INTTUC-র")
_MEMBERS_OF_BEFORE = re.compile(r"\b[Mm]embers of\s+(?:the\s+)?$")
_NON_LETTERS = re.compile(r"[\W_]")
# Stems of German words and compounds for a strike, a union, pay scales, staff and employees ("Warnstreiks",
# "Gewerkschafter", "Tarifrunde", "Beschäftigten", "Arbeitnehmer"), folded.
_GERMAN_LABOUR_STEMS = ("streik", "gewerkschaft", "tarif", "beschaftigt", "arbeitnehmer")
_MEMBERS_AFTER = re.compile(r"\s+members\b")  # "Equity members": not at a sentence's start ("Community members")
_UNION_NOUN_BEFORE = re.compile(r"\bunions?(?:,? (?:such as|like|including))?\s+(?:the\s+)?$")
_LIST_JOINT_BETWEEN = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|,? and|,? &)\s*(?:the\s+)?")
# Its word before is checked in Python (_starts_word): a look-behind tried at every character of the text costs
# twice the whole search.
# Words written in brackets after a union's name that say its standing, not its acronym: Pakistan's and Bangladesh's
# collective bargaining agent ("All Pakistan Wapda Hydro Electric Workers Union (CBA)")
_STATUS_IN_BRACKETS = frozenset({"CBA"})
# A local named by its parent's acronym and its number ("IBT Local 705"; see Tagger._local_by_parents_other_name).
_ACRONYM_AND_LOCAL = re.compile(r"([A-Z]{2,6}) (Local \d{1,5}[A-Z]?)")
_TITLE_CASE_THREE_LETTERS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2}(?![\w\-])")
# Two capitalised words written as one ("FilleaCgil", "SgbCisl"): see Tagger._with_joined_names.
# The look-behind follows the first letter, so that the search skips ahead to capitals (twice as fast).
_JOINED_WORDS = re.compile(r"([A-ZÀ-Þ](?<![\w\-][A-ZÀ-Þ])[a-zà-ÿ]+)([A-ZÀ-Þ][a-zà-ÿ]+)(?![\w\-])")
_DIGITS_JOINED = re.compile(r"(?<=\d)(?=[A-Z])")  # "1199SEIU"
# A parent's name glued before its member's (Tagger._parents_glued_before): the characters and words read before the
# member's name, and the Hangul letters a word needs to be read with two of them wrong.
_GLUED_PARENT_CHARS = 120
_GluedKeys = dict[str, set[tuple[frozenset[str], frozenset[str]]]]
_GLUED_PARENT_WORDS = 8
_MISSPELT_HANGUL_LETTERS = 8
# The Italian confederations whose federations' short names the press writes before theirs, by directory id.
_ITALIAN_CONFEDERATIONS = frozenset({"cgil", "cisl", "uil"})
# A category federation's acronym and its Italian confederation's after it ("Filt Cgil", "Fim-Cisl", "Uilcem Uil"): see
# Tagger._with_misspelt_federations.
_FEDERATION_BEFORE_CONFEDERATION = re.compile(
    r"(?<![\w\-])([A-Z][A-Za-z]{2,7})(?:\s?[-–]\s?|\s)(?:Cgil|CGIL|Cisl|CISL|Uil|UIL)(?![\w\-])")
# The same in the languages of the press the directory covers: a comma or "and", and an article after it ("Unia, le Sit
# et Syna", "Csdl, Cdls e Usl"); not "en", the French and Spanish "in" ("la CFDT en Sud Vendée").
_ANY_LIST_JOINT_BETWEEN = re.compile(
    r"\s*(?:,|,?\s+(?:and|y|e|et|und|och|og|ve|dan)\b)\s*(?:(?:the|el|la|le|les|il|lo|los|las|o|os|a|as|die|der|de|het)\s+"
    r"|l['’]\s*)?", re.IGNORECASE)
# A capitalised word or a number after a word: it is part of a name or a date ("Aji Santoso", "Sep 12", "Feb. 12").
_NAME_OR_NUMBER_AFTER = re.compile(r"\.?\s*\d|\s+[A-ZÀ-Þ]")
# A social platform's name, with any case ending, read as a union's one-word name after a lower-case head ("a
# szakszervezet Facebookon közölte": the union said on Facebook; "el sindicato Twitter"): where a union speaks, no union.
_PLATFORM_NAME = re.compile(r"(?:facebook|twitter|instagram|youtube|tiktok|telegram|whatsapp|linkedin)\w*$")
# German capitalises every noun: "die Gewerkschaft Betriebsversammlungen einberufen", "hat die Gewerkschaft
# Warnstreiks angekündigt" put the object of the verb after the head, and a plural noun of action (meetings, strikes,
# talks, demands, protests), with whatever follows it ("Warnstreiks für Donnerstag"), is no union's name: those after
# the head are short proper names ("Gewerkschaft Unia", "Gewerkschaft vida").
_GERMAN_HEAD_AND_OBJECT = re.compile(
    r"gewerkschaft(?:en)? \w*(?:ungen|streiks|aktionen|massnahmen|proteste|gesprache|versammlungen|kundgebungen)(?: |$)")
# Acronyms of agencies and other bodies that are listed with unions but are not unions (LABELING.md).
# An acronym the directory lacks, written as what backs or holds a union ("the RSS-backed Bharatiya Mazdoor Sangh",
# "the labour arm of the RSS"): a party or a movement, no union listed (see Tagger._listed_acronyms).
_BACKER_AFTER = re.compile(r"[\-‐‑](?:backed|affiliated|linked|led|aligned|allied|controlled|sponsored)\b")
_BACKER_BEFORE = re.compile(r"\b(?:arm|wing) of (?:the )?$")

_NOT_UNION_ACRONYMS = frozenset(fold(acronym) for acronym in (
    "ILO", "OIT", "IAO", "UN", "ONU", "EU", "UE", "NGO", "ONG", "IMF", "FMI", "WTO", "OMC", "WHO", "OMS",
    "UNICEF", "UNDP", "OECD", "OCDE", "ASEAN", "NATO", "OTAN", "AU", "FIFA", "IOM", "OIM", "UNHCR",
    # Turkey's professional chambers, listed with KESK and DİSK at every joint protest: the Turkish Medical
    # Association (Türk Tabipleri Birliği), the engineers' and architects' chambers (TMMOB) and the bar (Türkiye
    # Barolar Birliği) are no workers' organisations (the samples' convention for chambers and bars)
    "TTB", "TMMOB", "TBB",
))


def _acronyms_taught_by(unions: list[tuple[str, _Match]]) -> dict[str, str]:
    """Folded acronyms that the story writes in brackets right after a union's name, to its id: the
    directory knows "Coalition of Concerned Teachers" as CCT-GH, the story calls it "(CCT)"."""
    taught: dict[str, str] = {}
    for union_id, match in unions:
        if match.original[match.end:match.end + 20].lstrip()[:1] not in ("(", "["):
            continue  # no bracket after the name (most have none; this is quicker than the pattern)
        bracketed = _BRACKETED_ACRONYM.match(match.original, match.end, match.end + 20)
        if bracketed is not None and _is_acronym(bracketed.group(1)):
            taught.setdefault(fold(bracketed.group(1)), union_id)
    return taught


_ACRONYM_LINK_BEFORE = re.compile(r"(?<![\w\-])[A-Z]{2,6}[-‐]$")
_ACRONYM_LINK_AFTER = re.compile(r"[-‐][A-Z]{2,6}(?![\w\-])")


def _inside_acronym_chain(match: _Match) -> bool:
    """True when a hyphenated acronym (a member's, "SNJ-CGT") is part of a longer run of acronyms joined by hyphens,
    a list of unions: "l'intersyndicale CFDT-SNJ-CGT" names the SNJ and the CGT, not the SNJ-CGT."""
    surface = match.original[match.start:match.end]
    if "-" not in surface or not all(part.isalpha() and part.isupper() for part in surface.split("-")):
        return False  # capitals only: "SUD-Rail" in "CGT-UNSA-SUD-Rail-CFDT" is a name with its own hyphen
    return bool(_ACRONYM_LINK_BEFORE.search(match.original, max(0, match.start - 8), match.start)
                or _ACRONYM_LINK_AFTER.match(match.original, match.end))


def _repointed_to_taught(unions: list[tuple[str, _Match]], directory: UnionDirectory) -> list[tuple[str, _Match]]:
    """The unions with each bare use of an acronym that the story brackets after an international body's name
    counted as that body's: "la Confédération internationale des syndicats libres (CISL) ... la CISL allègue" is the
    ICFTU all along, not Italy's CISL, whose acronym it shares. Only a body of no country takes the acronym from a
    country's union: a federation written with its confederation's acronym ("Federación de Servicios (CCOO)") leaves
    the confederation its own."""
    taught = _acronyms_taught_by(unions)
    if not taught:
        return unions
    repointed: list[tuple[str, _Match]] = []
    for union_id, match in unions:
        teacher = taught.get(match.folded)
        if teacher is not None and teacher != union_id and _is_acronym(match.original[match.start:match.end]) and (
                (taught_record := directory.get(teacher)) is not None and not taught_record.country
                and (record := directory.get(union_id)) is not None and record.country):
            union_id = teacher
        repointed.append((union_id, match))
    return repointed


def _acronyms_after_plural_nouns(original: str, source: NormalizedText,
                                 noun_starts: dict[str, list[int]]) -> list[re.Match[str]]:
    """_ACRONYM_AFTER_PLURAL_NOUN's matches, tried only where one of its nouns stands.

    `noun_starts` gives, for each of _PLURAL_UNION_NOUNS, where the folded text (`source`,
    normalize(original)) holds it, in order: it holds them wherever the text does, in any case.
    Where "İ" (whose lower case is two characters) is in the text, the matches are exactly
    finditer's (see _acronyms_after_plural_nouns_everywhere), else those at each noun the
    lower-cased text holds, found left to right noun by noun (see _acronyms_after_plural_nouns_lowered).
    """
    if source.offsets is not None:  # the folded text's offsets differ from the text's
        return _acronyms_after_plural_nouns_lowered(original)
    if "İ" in original:
        return _matches_from(original, sorted(chain.from_iterable(noun_starts.values())))
    found: list[re.Match[str]] = []
    for noun in _PLURAL_UNION_NOUNS:
        next_allowed = 0  # as str.find from the end of the noun found last
        for position in noun_starts.get(noun, ()):
            if position >= next_allowed and original[position:position + len(noun)].lower() == noun:
                next_allowed = position + len(noun)
                match = _ACRONYM_AFTER_PLURAL_NOUN.match(original, position)
                if match is not None:
                    found.append(match)
    return sorted(found, key=lambda match: match.start())


def _acronyms_after_plural_nouns_lowered(original: str) -> list[re.Match[str]]:
    """_acronyms_after_plural_nouns without the folded text: its nouns looked for in original.lower()."""
    lowered = original.lower()
    if len(lowered) != len(original):  # "İ", whose lower case is two characters: offsets would differ
        return _acronyms_after_plural_nouns_everywhere(original)
    found: list[re.Match[str]] = []
    for noun in _PLURAL_UNION_NOUNS:
        position = lowered.find(noun)
        while position >= 0:
            match = _ACRONYM_AFTER_PLURAL_NOUN.match(original, position)
            if match is not None:
                found.append(match)
            position = lowered.find(noun, position + len(noun))
    return sorted(found, key=lambda match: match.start())


# The letters that match an ASCII letter under re.IGNORECASE, with that letter; with "İ" (the only
# letter whose lower case is longer) replaced, str.lower() keeps the text's length.
_IGNORECASE_ASCII = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))


def _acronyms_after_plural_nouns_everywhere(original: str) -> list[re.Match[str]]:
    """Exactly `list(_ACRONYM_AFTER_PLURAL_NOUN.finditer(original))`, tried only where one of its
    nouns may start: the pattern can only match there, and finditer's matches do not overlap."""
    lowered = original
    for letter, ascii_letter in _IGNORECASE_ASCII:
        lowered = lowered.replace(letter, ascii_letter)  # str.translate is far slower on such text
    return _matches_from(original, sorted(_noun_positions(lowered.lower())))


def _noun_positions(lowered: str) -> list[int]:
    """Every position where one of _PLURAL_UNION_NOUNS starts in `lowered`."""
    starts: list[int] = []
    for noun in _PLURAL_UNION_NOUNS:
        position = lowered.find(noun)
        while position >= 0:
            starts.append(position)
            position = lowered.find(noun, position + 1)
    return starts


def _matches_from(original: str, starts: list[int]) -> list[re.Match[str]]:
    """_ACRONYM_AFTER_PLURAL_NOUN's matches at these positions (in order), as finditer takes them:
    none starting inside the one before."""
    return matches_from(_ACRONYM_AFTER_PLURAL_NOUN, original, starts)


# "CC. OO.": a dotted acronym's letters written with a space between them.
_SPACED_DOTTED_AFTER = re.compile(r"\. [A-Z]{1,3}\.")
_SPACED_DOTTED_BEFORE = re.compile(r"[A-Z]{1,3}\. $")


def _part_of_dotted_acronym(original: str, start: int, end: int) -> bool:
    """True when the letters at [start, end) are part of a longer acronym joined by dots or a slash
    ("CC.OO", "CC. OO.", "SNELAS/FC"), not an acronym of their own."""
    return ((original[start - 1:start] in (".", "/") and original[start - 2:start - 1].isalnum())
            or (original[end:end + 1] in (".", "/") and original[end + 1:end + 2].isalnum())
            or _SPACED_DOTTED_AFTER.match(original, end) is not None
            or _SPACED_DOTTED_BEFORE.search(original, max(0, start - 6), start) is not None)


def _acronyms_listed_with(original: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the acronyms in a list with the one at [start, end), nearest first on each side."""
    spans: list[tuple[int, int]] = []
    position = end
    while len(spans) < _MAX_LISTED:
        following = _NEXT_LISTED.match(original, position, position + 40)
        if following is None or not _is_acronym(following.group(1)):
            break
        spans.append(following.span(1))
        position = following.end(1)
    position = start
    while len(spans) < 2 * _MAX_LISTED:
        window_start = max(0, position - 40)
        previous = _PREVIOUS_LISTED.search(original, window_start, position)
        if previous is None or not _is_acronym(previous.group(1)):
            break
        spans.append(previous.span(1))
        position = previous.start(1)
    return spans


def _whole_word_spans(original: str, word: str) -> Iterator[tuple[int, int]]:
    """The spans of `re.finditer(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", original)` for a word that is
    not empty, found with str.find (compiling a pattern for each story's acronym cost more than the search)."""
    position = original.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not _is_word_character(original[position - 1])) and (
                end == len(original) or not _is_word_character(original[end])):
            yield position, end
            position = original.find(word, end)
        else:
            position = original.find(word, position + 1)


def _is_word_character(char: str) -> bool:
    """True for what the pattern "\\w" matches: a letter or digit of any script, or "_"."""
    return char.isalnum() or char == "_"


def _story_order(evidence: Evidence) -> tuple[bool, int]:
    """Sort key putting evidence in story order: the title's first, then the text's, each by position."""
    return evidence.field != "title", evidence.start


# How _scan checks a key's case: by the rule of its one entry; by a table, for several entries (see
# _CaseTable); or entry by entry when no table fits; a signal (see build_automaton) has no entries.
_TABLE: Final = "table"
_EACH_ENTRY: Final = "each entry"
_SIGNAL: Final = "signal"
SHORTEST_CUT_KEY = 6  # a trie holds at least this many characters of a key (a shorter prefix is reported at too many
                      # of a text's words, each a tail to compare)


class _CaseTable(NamedTuple):
    """The entries of a key with several that pass _case_ok for a match, looked up by two facts:
    whether the match shows `exact_surface` (the one cased surface of its "exact" entries, if any),
    and whether it starts with a lower-case letter. `passing[2 * exact + lower]` are those entries."""

    exact_surface: str | None
    passing: tuple[tuple[NameEntry, ...], ...]


class _KeyInfo(NamedTuple):
    """An automaton value: what _scan needs to know about one key."""

    start_back: int                             # the match starts this far before the index the trie reports
    closed: bool                                # the key is padded at its end: the trie holds it without that
                                                # space, so a match counts only where a space follows it
    entries: tuple[NameEntry, ...]              # in _KIND_PRECEDENCE order
    case_check: CaseRule | Literal["table", "each entry", "signal"]
    # For "exact": the cased surface a match must show; a signal's word; for "table", the table.
    detail: str | _CaseTable | None


def _grouped_entries(entries: Iterable[tuple[str, NameEntry]]) -> dict[str, NameEntry | list[NameEntry]]:
    """Each key's one entry, or its entries once it has several (a list for each of ~57,000 keys took
    ~5 MB while building, memory the process kept): what build_automaton reads."""
    grouped: dict[str, NameEntry | list[NameEntry]] = {}
    for key, entry in entries:
        known = grouped.setdefault(key, entry)
        if known is entry:
            continue  # a new key, or its entry again: no dataclass comparison for the ~76,000 keys
        if isinstance(known, list):
            if entry not in known:
                known.append(entry)
        elif known != entry:
            grouped[key] = [known, entry]
    return grouped


def build_automaton(grouped: dict[str, NameEntry | list[NameEntry]], signals: Iterable[str] = (),
                    shortest_cut: int = SHORTEST_CUT_KEY) -> _Trie:
    """A _Trie whose values are a _KeyInfo for each key of `grouped` (see _grouped_entries), which it empties:
    each key's string and list are freed once the trie holds the key.

    A key padded at its end (" france ") is stored without its closing space (" france", `closed` in its value):
    a leaf node for each of ~71,000 keys took ~3.4 MB. Read values with stored_info, not the trie's get().
    A key's letters after the first no other key shares are its tail, kept out of the trie (see _Trie), the first
    `shortest_cut` characters always in it.

    Entries are stored in _KIND_PRECEDENCE order, so the first viable one decides a match.
    `signals` are words (folded, unpadded) whose every occurrence, inside words too, _scan
    reports in the folded text: the places where later rules look for more.
    """
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    shared: dict[_KeyInfo, int] = {}  # equal values stored once (their index): most keys differ only in their letters
    alone: dict[NameEntry, tuple[NameEntry]] = {}  # and so is a tuple of one entry (~0.8 MB less)
    # The value of a key with one entry not matched "exact", which _key_info makes from the key's length and
    # padding alone, kept by those and the entry object (~73,000 keys, ~22,000 values: a NameEntry's hash runs
    # Python code); each entry is kept with its value, so that no other object takes its id while building.
    by_entry: dict[tuple[int, bool, bool, int], tuple[NameEntry, int]] = {}
    cuts = _cuts(grouped, shortest_cut)
    tails = _Tails()
    keys = sorted(grouped, key=_trie_order)
    keys.reverse()  # taken from the end, so the first in _trie_order goes in first
    while keys:
        key = keys.pop()
        group = grouped.pop(key)
        if isinstance(group, NameEntry) and group.case_rule != "exact":
            made_from = (len(key), key.startswith(" "), key.endswith(" "), id(group))
            known = by_entry.get(made_from)
            if known is None:
                info = _key_info(key, alone.setdefault(group, (group,)))
                known = by_entry[made_from] = (group, shared.setdefault(info, len(shared)))
            index = known[1]
        else:
            ordered = alone.setdefault(group, (group,)) if isinstance(group, NameEntry) else tuple(
                sorted(group, key=_precedence))
            info = _key_info(key, ordered)
            index = shared.setdefault(info, len(shared))
        stored = key[:-1] if key.endswith(" ") else key
        cut = cuts.pop(key, len(stored))
        if not automaton.add_word(stored[:cut], index if cut == len(stored) else tails.add(stored[cut:], index)):
            raise _stored_as_another(key)
    for signal in signals:  # names' keys start with a space, signals do not: no key is both
        automaton.add_word(signal, shared.setdefault(_KeyInfo(len(signal), False, (), _SIGNAL, signal), len(shared)))
    automaton.make_automaton()
    return _Trie(automaton, tuple(shared), tails)


def _cuts(grouped: dict[str, NameEntry | list[NameEntry]], shortest_cut: int) -> dict[str, int]:
    """How many characters of each key the trie holds, for the keys whose tail it leaves out: up to the first
    letter that no other key shares (at least `shortest_cut`), of the key as stored (without its closing space)."""
    cuts: dict[str, int] = {}
    # A key unpadded ("北京", Thai names) and its twin padded at the start have one span in a text: both stay whole, so
    # that the trie reports them in the order it did (the longer first), which _scan's sort keeps for equal spans.
    twins = {twin for key in grouped if not key.startswith(" ") and (f" {key}" in grouped or f" {key} " in grouped)
             for twin in (key, f" {key}", f" {key} ")}
    by_letters = sorted(grouped)  # keys sharing a prefix stand together, the longest shared with a neighbour
    stored_lengths = [len(key) - key.endswith(" ") for key in by_letters]
    shared_with_next = [min(common_prefix_length(first, second), first_length, second_length)
                        for (first, second), first_length, second_length in zip(
                            pairwise(by_letters), stored_lengths[:-1], stored_lengths[1:], strict=True)]
    for at, key in enumerate(by_letters):
        shared_length = max(shared_with_next[at - 1] if at else 0,
                            shared_with_next[at] if at < len(shared_with_next) else 0)
        if (cut := max(shared_length + 1, shortest_cut)) < stored_lengths[at] and key not in twins:
            cuts[key] = cut
    return cuts


class _Tails:
    """The tails a _Trie leaves out of its trie, in one string, and each tail's value: the trie's integer value
    for a key with a tail is ~n, n the tail's number (a key without one has its value's index, 0 or more)."""

    __slots__ = ("bounds", "infos", "letters", "_parts")

    def __init__(self) -> None:
        self.bounds = array("I", [0])   # tail n is letters[bounds[n]:bounds[n + 1]]
        self.infos = array("I")         # the index of tail n's key's value
        self.letters = ""
        self._parts: list[str] = []

    def add(self, tail: str, index: int) -> int:
        """The trie's value for a key with this tail and value index."""
        self._parts.append(tail)
        self.bounds.append(self.bounds[-1] + len(tail))
        self.infos.append(index)
        return ~(len(self.infos) - 1)

    def close(self) -> None:
        self.letters, self._parts = "".join(self._parts), []


class _Trie:
    """An Aho-Corasick automaton over keys (see build_automaton) that holds each key only up to the first letter no
    other key shares: the rest, its tail, is kept in one string (_Tails), and a reported prefix is the key's match
    where the text goes on with its tail (" national union of mineworkers o" + "f zimbabwe"). A trie node for each
    letter of ~48,000 keys' tails took ~15 MB (~348,000 nodes). The trie's values are integers (see _Tails).

    iter, items and keys answer as an automaton holding the whole keys would (a key's match is reported at its
    end, but in the order the trie reports its prefix); get takes a key as stored."""

    __slots__ = ("_automaton", "_infos", "_tails")

    def __init__(self, automaton: ahocorasick.Automaton, infos: tuple[_KeyInfo, ...], tails: _Tails) -> None:
        tails.close()
        self._automaton, self._infos, self._tails = automaton, infos, tails

    def __len__(self) -> int:
        return len(self._automaton)

    def iter(self, padded: str, whole_words: bool = False) -> Iterator[tuple[int, _KeyInfo]]:
        """(end index, value) of each key's occurrence in `padded`, as ahocorasick's iter() gives them; with
        `whole_words`, not a key padded at its end (`closed`) where no space follows it in `padded` (" uni" and " unio"
        in " union": ~60% of a bench story's occurrences, which _scan drops)."""
        infos, tails = self._infos, self._tails
        for end, value in self._automaton.iter(padded):
            if value < 0:
                tail = ~value
                start, tail_end = tails.bounds[tail], tails.bounds[tail + 1]
                if not padded.startswith(tails.letters[start:tail_end], end + 1):
                    continue
                end, value = end + tail_end - start, tails.infos[tail]
            info = infos[value]
            if whole_words and info.closed and padded[end + 1] != " ":
                continue
            yield end, info

    def get(self, stored: str) -> _KeyInfo | None:
        """The value of a key as the trie stores it (without its closing space), or None."""
        automaton = self._automaton
        held = automaton.longest_prefix(stored)
        if held == len(stored):  # a key held whole, or none
            value: int = automaton.get(stored, -1)
            return self._infos[value] if value >= 0 else None
        value = automaton.get(stored[:held], 0)
        if value >= 0:  # the trie holds no key cut there
            return None
        tails, tail = self._tails, ~value
        if stored[held:] != tails.letters[tails.bounds[tail]:tails.bounds[tail + 1]]:
            return None
        return self._infos[tails.infos[tail]]

    def holds_key_starting(self, prefix: str) -> bool:
        """True when a key as stored starts with `prefix`."""
        held = self._automaton.longest_prefix(prefix)
        if held == len(prefix):
            return bool(self._automaton.match(prefix))
        value = self._automaton.get(prefix[:held], None)
        return value is not None and self._tail(value).startswith(prefix[held:])

    def items(self) -> Iterator[tuple[str, _KeyInfo]]:
        """(key as stored, value) for every key."""
        for held, value in self._automaton.items():
            yield held + self._tail(value), self._info(value)

    def keys(self) -> Iterator[str]:
        """Every key as stored."""
        return (key for key, _ in self.items())

    def _info(self, value: int) -> _KeyInfo:
        return self._infos[value if value >= 0 else self._tails.infos[~value]]

    def _tail(self, value: int) -> str:
        if value >= 0:
            return ""
        return self._tails.letters[self._tails.bounds[~value]:self._tails.bounds[~value + 1]]


def _stored_as_another(key: str) -> ValueError:
    """The error for a key that the trie would store as another (" 서울 " and " 서울", both " 서울"): each
    script's names are padded one way (see gazetteer.pattern_key)."""
    return ValueError(f"keys {key.strip()!r} padded at the start only and at both ends are stored as one")


def _precedence(entry: NameEntry) -> int:
    return _KIND_PRECEDENCE[entry.kind]


def _trie_order(key: str) -> bytes:
    """Sort key for adding keys to the automaton: letter by letter, in _FREQUENT_FIRST_TABLE order.

    A trie node looks its children up one by one in the order they were added, so adding the
    common letters first makes the scan step through text faster. It changes no match.
    """
    return key.encode("utf-8", "surrogatepass").translate(_FREQUENT_FIRST_TABLE)


def _key_info(key: str, entries: tuple[NameEntry, ...]) -> _KeyInfo:
    """Precomputes how a match of `key` is checked, so _scan does the least work per match."""
    # The scanned text is padded with one space at each end (see _scan), and so are most keys; the trie reports a
    # key padded at its end at its last letter (see build_automaton).
    closed = key.endswith(" ")
    start_back = len(key) - key.startswith(" ") - closed
    if len(entries) > 1:
        table = _case_table(key, entries)
        return _KeyInfo(start_back, closed, entries, _EACH_ENTRY if table is None else _TABLE, table)
    entry = entries[0]
    if entry.case_rule != "exact":
        return _KeyInfo(start_back, closed, entries, entry.case_rule, None)
    exact_surface = _with_spacing_of(key[1:-1], entry.cased)
    if exact_surface is None:
        return _KeyInfo(start_back, closed, entries, _EACH_ENTRY, None)
    return _KeyInfo(start_back, closed, entries, "exact", exact_surface)


def stored_info(automaton: _Trie, key: str) -> _KeyInfo | None:
    """The value of `key` (padded as pattern_key pads it) in a trie made by build_automaton, or None."""
    if key.endswith(" "):
        info = automaton.get(key[:-1])
        return info if info is not None and info.closed else None
    info = automaton.get(key)
    return None if info is None or info.closed else info


def _holds_key_starting(automaton: _Trie, prefix: str) -> bool:
    """True when a key of the trie (made by build_automaton) starts with `prefix`, padded as keys are."""
    return automaton.holds_key_starting(prefix) or prefix.endswith(" ") and stored_info(automaton, prefix) is not None


def _case_table(key: str, entries: tuple[NameEntry, ...]) -> _CaseTable | None:
    """The _CaseTable of a key with several entries, or None when its "exact" entries do not share
    one surface a match must show (see _with_spacing_of)."""
    surfaces = {_with_spacing_of(key[1:-1], entry.cased) for entry in entries if entry.case_rule == "exact"}
    if None in surfaces or len(surfaces) > 1:
        return None
    exact_surface = surfaces.pop() if surfaces else None
    passing = tuple(
        entries if len(kept := tuple(entry for entry in entries  # as _case_ok decides for such a match
                                     if entry.case_rule == "any" or (entry.case_rule == "capitalised" and not lower)
                                     or (entry.case_rule == "exact" and exact))) == len(entries) else kept
        for exact in (False, True) for lower in (False, True))  # (the key's own tuple where all pass: -0.28 MB)
    return _CaseTable(exact_surface, passing)


def _with_spacing_of(spaced: str, cased: str) -> str | None:
    """`cased` with its words spaced as in `spaced`, or None if their words differ in length.

    A surface spaced like `spaced` passes _case_ok's "exact" rule for `cased` exactly when it
    equals the result.
    """
    words = cased.split(" ")
    if [len(word) for word in words] != [len(word) for word in spaced.split()]:
        return None
    next_word = iter(words).__next__
    return re.sub(r"\S+", lambda _: next_word(), spaced)


_country_name = lru_cache(maxsize=None)(country_name)  # one name per tag, and names never change


class _Towns:
    """Small towns by key (" name "), looked up after "in", "at" ...: a dict's get() and `in` in ~0.6 MB,
    where a dict took ~2.6 MB (a string and a slot for each of ~28,000 keys, and each key's string).

    The keys are spread over _TOWN_BUCKETS strings by their hash, each holding its keys as "\n<key>\t<n>",
    <n> the character numbering the key's entry (entries are a few hundred, shared by all towns of a
    country). A key holds no tab or line break, so "\n<key>\t" is found in its bucket exactly when the
    key is a town's.
    """

    __slots__ = ("_buckets", "_entries")

    def __init__(self, towns: dict[str, NameEntry]) -> None:
        numbers: dict[NameEntry, str] = {}
        buckets: list[list[str]] = [[] for _ in range(_TOWN_BUCKETS)]
        for key, entry in towns.items():
            number = numbers.setdefault(entry, chr(_FIRST_TOWN_ENTRY + len(numbers)))
            buckets[_town_bucket(key)].append(f"\n{key}\t{number}")
        self._buckets = tuple("".join(bucket) for bucket in buckets)
        self._entries = tuple(numbers)

    def get(self, key: str) -> NameEntry | None:
        bucket = self._buckets[_town_bucket(key)]
        at = bucket.find(f"\n{key}\t")
        return None if at < 0 else self._entries[ord(bucket[at + len(key) + 2]) - _FIRST_TOWN_ENTRY]

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


_TOWN_BUCKETS = 2048  # ~14 keys a bucket: a lookup reads ~200 characters
_FIRST_TOWN_ENTRY = 0x20  # entries are numbered from " ", so that none is a line break or a tab


def _town_bucket(key: str) -> int:
    # crc32, not hash(): str hashes change with each process's seed, and a table built in one process must
    # answer the same in another (a pickled or shared tagger)
    return zlib.crc32(key.encode()) % _TOWN_BUCKETS


def _padded_keys(folded: str) -> tuple[str, ...]:
    """The keys a place named `folded` may have, as pattern_key pads them: " name ", " 서울" or "北京"; a name in ASCII
    that neither starts nor ends with a space only the first (pattern_key pads a name at one end or none only for
    letters of other scripts), which saves two lookups in the trie for most of the ~30 names a story asks about."""
    if folded.isascii() and folded[:1] != " " and folded[-1:] != " ":
        return (f" {folded} ",)
    return (f" {folded} ", f" {folded}", folded)


class _Automata(NamedTuple):
    """The matching automata for one union directory (see _automata_for)."""

    latin: _Trie                                # names that fold to ASCII: most of every story's work
    other_scripts: _Trie                        # Arabic, Cyrillic, Chinese ... names, for stories with them
    towns: _Towns                               # small towns by key (" name "), looked up after "in", "at" ...

    def is_country_name(self, folded: str) -> bool:
        """True when the folded text is a country's name, demonym or code ("pakistan", "uk")."""
        if not folded or folded[0] == " " or folded[-1] == " ":
            return False
        # Keys are padded as pattern_key pads them: " name ", " 서울" or "北京".
        return any(self._is_country_key(key) for key in _padded_keys(folded))

    def countries_named(self, folded: str, surface: str | None = None) -> frozenset[str]:
        """The countries whose name, demonym or foreign name the folded text is ("malaysian": MY; "congo": CD, CG);
        with the text as written (`surface`), only names whose case rule it keeps ("yapan", Turkish for "doing",
        is not "Yapan", Japan)."""
        codes: set[str] = set()
        for key in _padded_keys(folded):
            info = stored_info(self.latin if key.isascii() else self.other_scripts, key)
            entries = info.entries if info is not None else () if key.isascii() else self.arabic_joined_entries(key)
            codes.update(code for entry in entries if entry.kind == "country" and entry.form in NAME_COUNTRY_FORMS
                         and (surface is None or _case_ok(entry, surface))
                         for code in (entry.alternatives or (entry.target,)))
        return frozenset(codes)

    def local_place_countries(self, folded: str) -> frozenset[str]:
        """The countries of which the folded text is a region's, city's or town's name ("gijon": ES); none for a
        country's name or a text that names no place."""
        key = f" {folded} "
        if (town := self.towns.get(key)) is not None:
            return frozenset((town.target, *town.alternatives))
        info = stored_info(self.latin if key.isascii() else self.other_scripts, key)
        places = [entry for entry in info.entries if entry.kind == "country"] if info is not None else []
        if not places or not all(entry.form in _SUBNATIONAL_FORMS for entry in places):
            return frozenset()
        return frozenset(code for entry in places for code in (entry.target, *entry.alternatives))

    def han_place_countries(self, folded: str) -> frozenset[str]:
        """The countries of which the folded Han characters are a country's, region's, city's or town's name ("台北":
        TW; "香港": HK); Han keys are unpadded, as pattern_key writes them."""
        info = stored_info(self.other_scripts, folded)
        return frozenset(code for entry in (info.entries if info is not None else ()) if entry.kind == "country"
                         for code in (entry.target, *entry.alternatives))

    def is_local_place(self, folded: str) -> bool:
        """True when the folded text is a region's, city's or town's name and no country's ("oslo", "vaud"; not
        "canada")."""
        return bool(self.local_place_countries(folded))

    def _is_country_key(self, key: str) -> bool:
        if not key.isascii():
            info = stored_info(self.other_scripts, key)
            if info is None:
                return bool(self.arabic_joined_entries(key))
        elif key in self.towns:  # every town is a country's
            return True
        else:
            info = stored_info(self.latin, key)
        return info is not None and any(entry.kind == "country" for entry in info.entries)

    def arabic_joined_entries(self, key: str) -> tuple[NameEntry, ...]:
        """The place entries of `key` read as an Arabic place name with a clitic joined (" بالمغرب " is
        Morocco's " المغرب "; see gazetteer.arabic_unjoined_keys): what the automaton would give if it
        held such keys. () for a key the automaton holds itself."""
        if stored_info(self.other_scripts, key) is not None:
            return ()
        entries: tuple[NameEntry, ...] = ()
        for unjoined in arabic_unjoined_keys(key):
            info = stored_info(self.other_scripts, unjoined)
            if info is not None:
                entries += tuple(entry for entry in info.entries if entry.kind == "country" and entry not in entries)
        return entries

    def arabic_joined_matches(self, padded: str) -> Iterator[tuple[int, _KeyInfo]]:
        """(end index, key info) of each Arabic place name with a clitic joined in `padded`, as the
        automaton's iter() would report them if it held such keys."""
        for start in ARABIC_JOINED_START.finditer(padded):
            end = padded.find(" ", start.end())
            while end != -1:
                key = padded[start.start():end + 1]
                unjoined = arabic_unjoined_keys(key)
                if not any(_holds_key_starting(self.other_scripts, name) for name in unjoined):
                    break  # no name starts with these words
                if entries := self.arabic_joined_entries(key):
                    yield end - 1, _key_info(key, entries)  # reported at its last letter, as the trie reports keys
                end = padded.find(" ", end + 1)

    def postposition_matches(self, padded: str) -> Iterator[tuple[int, _KeyInfo]]:
        """(end index, key info) of each place name in Devanagari with postpositions joined to it in `padded`
        ("कतारको" is Qatar's " कतार "; see gazetteer.joined_postposition_start), as the automaton's iter() would
        report them if it held such keys: one postposition taken off each word ("श्रीलंकाको", of Sri Lanka), then two
        ("कतारमाको")."""
        joined: list[list[tuple[int, int]]] = [[], []]  # each word's span of one, then two, postpositions
        for word in DEVANAGARI_WORD.finditer(padded):
            stem_end = word.end()
            for spans in joined:
                postposition_start = joined_postposition_start(padded, word.start(), stem_end)
                if postposition_start is None:
                    break
                stem_end = postposition_start
                spans.append((stem_end, word.end()))
        for spans in joined:
            if not spans:
                return
            # The postpositions written as spaces keep every index: a name that ends where they start is a match.
            parts: list[str] = []
            at = 0
            for stem_end, word_end in spans:
                parts += (padded[at:stem_end], " " * (word_end - stem_end))
                at = word_end
            unjoined = "".join(parts) + padded[at:]
            stem_ends = {stem_end for stem_end, _ in spans}
            for end, info in self.other_scripts.iter(unjoined):
                if info.closed and end + 1 in stem_ends:  # a padded key closed by the postpositions' first space
                    entries = tuple(entry for entry in info.entries if entry.kind == "country")
                    if entries:
                        # Yielded as not closed: a postposition, not a space, follows it in the text (and _scan's
                        # test for Bengali and Korean endings lets Devanagari letters after a name through).
                        yield end, (info if len(entries) == len(info.entries) else _key_info(
                            unjoined[end - info.start_back:end + 2], entries))._replace(closed=False)


# The automata of each directory for as long as something holds the directory. The bot builds a
# new directory whenever an admin adds, merges or rejects a union; a cache by count kept up to
# eight sets of automata (~25 MB each) for directories no longer in use.
_AUTOMATA: weakref.WeakKeyDictionary[UnionDirectory, _Automata] = weakref.WeakKeyDictionary()


def _automata_for(directory: UnionDirectory) -> _Automata:
    """The automata for this directory (built at first use, see _build_automata, or read from the cache on disk that
    bot.matching.cache keeps of that build)."""
    automata = _AUTOMATA.get(directory)
    if automata is None:
        automata = _AUTOMATA[directory] = cached_automata(directory, _build_automata, _Automata)
    return automata


# Words _scan reports wherever the folded text holds them: the nouns after which acronyms are unions
# (see _acronyms_after_plural_nouns) and the recogniser's gates (see recognise.FOLDED_GATES).
_SIGNALS = tuple(dict.fromkeys(_PLURAL_UNION_NOUNS + FOLDED_GATES))


def _build_automata(directory: UnionDirectory) -> _Automata:
    """The automata for this directory's unions and the gazetteer's places.

    A scan's cost is mostly memory traffic through the trie, so it is kept small: names in other
    scripts are only scanned for in stories that have such characters, and the tens of thousands
    of small towns, which only count after a preposition of place anyway, are looked up there
    in a dict instead of being scanned for everywhere.
    """
    union_entries = directory.entries()
    towns = _Towns({key: entry for key, entry in zip(*country_columns(), strict=True)
                    if key.isascii() and entry.form in BACKED_FORMS})

    def entries(ascii_keys: bool) -> Iterator[tuple[str, NameEntry]]:
        """The keys and entries of one automaton, read from their sources as it is built."""
        for key, entry in chain(zip(*country_columns(), strict=True), union_entries, head_entries()):
            if key.isascii() == ascii_keys and (not ascii_keys or entry.form not in BACKED_FORMS):
                yield key, entry

    latin, other_scripts = _grouped_entries(entries(True)), _grouped_entries(entries(False))
    # The gazetteer's columns (a string for each of ~84,000 keys, ~5 MB) only serve builds: the towns and the
    # directory's country words keep the strings they use, and the next directory's build reads them again
    # (0.3 s, after an admin's change). Freed before the tries are built, their memory serves the tries.
    country_words()
    country_acronym_words()
    cyrillic_country_words()
    country_columns.cache_clear()
    return _Automata(build_automaton(latin, _SIGNALS), build_automaton(other_scripts), towns)


def _case_ok(entry: NameEntry, surface: str) -> bool:
    if entry.case_rule == "exact":
        return " ".join(surface.split()) == entry.cased
    if entry.case_rule == "capitalised":
        return not surface[:1].islower()
    return True


def _sentence_span(original: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around [start, end) starts and ends in `original` (at most 300 characters either side)."""
    window_start = max(0, start - 300)
    last_end_before = max(original.rfind(char, window_start, start) for char in SENTENCE_ENDS)
    window_end = min(len(original), end + 300)
    after = SENTENCE_END.search(original, end, window_end)
    return (last_end_before + 1 if last_end_before >= 0 else window_start), (after.start() if after else window_end)


def _sentence(original: str, start: int, end: int) -> str:
    """The folded sentence around [start, end), padded with spaces for whole-word lookups."""
    return _folded_between(original, *_sentence_span(original, start, end))


def _listed_with_union(match: _Match, accepted: Iterable[tuple[str, _Match]], joint: re.Pattern[str],
                       before_too: bool) -> bool:
    """True when `match` comes right after a mention `accepted` holds of another union than those it may name, in a
    list (`joint` between them), or `before_too`, right before one: "Unia, le Sit", not "Dans le Sud, la CGT"."""
    targets = {entry.target for entry in match.entries}
    original, start, end = match.original, match.start, match.end
    return any(other.original is original and union_id not in targets and (
        joint.fullmatch(original, other.end, start) or before_too and joint.fullmatch(original, end, other.start))
        for union_id, other in accepted)


# The words an ordinary-word short name may follow (Portuguese articles, prepositions and their contractions, "e"):
# "da Força", "a Força e a UGT"; after any other word it is the word ("sua Força", "Segurança Força").
_WORDS_BEFORE_A_SHORT_NAME = frozenset(
    "a o as os da do das dos na no nas nos à ao às aos pela pelo de em e com entre para sobre contra segundo".split()
    + "and the of with by from".split())


def _called_a_union(original: str, start: int, end: int, members_of: bool = False) -> bool:
    """True when an office of a union follows `original[start:end]` or a word for unions comes right before it;
    `members_of`: or "members of" does ("members of Unite")."""
    return (_UNION_OFFICE_AFTER.match(original, end) is not None
            or _UNION_NOUN_BEFORE.search(original, max(0, start - 40), start) is not None
            or members_of and _MEMBERS_OF_BEFORE.search(original, max(0, start - 20), start) is not None)


# A capitalised word right after a name, and its possessive ending ("Unite Students'").
_CAPITALISED_WORD_AFTER = re.compile(r"\s+([A-ZÀ-Þ][a-zà-ÿ]+)(?:['’]s?)?\b")


def _begins_other_body(entry: NameEntry, match: _Match) -> bool:
    """True when a one-word name of a union begins a longer name that a capitalised word for another kind of body
    ends ("Unite Students", a student-housing company; "Solidarity Party"; "Community Foundation"): that body's name,
    not the union."""
    if entry.form != "alias" or " " in match.folded:
        return False
    after = _CAPITALISED_WORD_AFTER.match(match.original, match.end)
    # In a headline that capitalises every word the word after is no part of a name ("Unite Members Back Strike").
    return after is not None and fold(after.group(1)) in REJECT_WORDS and not _is_title_case(match.original)


# A word for a news agency right before an acronym: the agency's name ("l'agence TAP", Tunis Afrique Presse, not
# Tanzania's porters' TAP).
_NEWS_AGENCY_WORD_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{NEWS_AGENCY_WORDS})\s+$", re.IGNORECASE)


def _taught_by_non_union(original: str, acronym: str) -> bool:
    """True when the text writes `acronym` in brackets after a name holding a word of no union's (REJECT_WORDS: a
    party, students, employers): "the Awami Workers Party (AWP)", "Progressive Students Federation (PrSF)"."""
    for bracket in re.finditer(rf"\({re.escape(acronym)}\)", original):
        before = original[max(0, bracket.start() - 80):bracket.start()].split()[-6:]
        if any(fold(word) in REJECT_WORDS for word in before):
            return True
    return False


def _after_news_agency_word(match: _Match) -> bool:
    """True when a word for a news agency comes right before the match ("the news agency", "l'agence"), or a word
    for a news outlet right after it ("CTV News Ottawa", "GMA News", "ARY TV": a broadcaster's letters)."""
    return _NEWS_AGENCY_WORD_BEFORE.search(match.original, max(0, match.start - 30), match.start) is not None or (
        _NEWS_OUTLET_WORD_AFTER.match(match.original, match.end) is not None)


_NEWS_OUTLET_WORD_AFTER = re.compile(r"[^\S\n](?:News|TV|Television|Radio)\b")


# English "non-" joined to a word negates it: "Non-Academic Staff Union" (Nigeria's NASU) is not the "Academic Staff
# Union of Universities" (ASUU) that its words hold.
_NEGATING_PREFIX = re.compile(r"(?<![^\W\d_])[Nn]on[-\u2010\u2011]$")


def _after_negating_prefix(match: _Match) -> bool:
    """True when a name of several words is written right after "Non-": another body's name holds it."""
    return " " in match.folded and _NEGATING_PREFIX.search(match.original, max(0, match.start - 5), match.start) is not None


def _respells_styled_name(record: UnionRecord, surface: str) -> bool:
    """True when `surface`, one word in title case, respells a name the union writes with a point or in small
    letters ("Verdi" for "ver.di")."""
    plain = fold(surface)
    return surface[:1].isupper() and surface[1:].islower() and any(
        name != surface and (name[:1].islower() or "." in name) and fold(_NON_LETTERS.sub("", name)) == plain
        for name in record.all_names)


def _has_labour_word(text: str) -> bool:
    """Whether `text` has a word of _LABOUR_CUES, or a German word of _GERMAN_LABOUR_STEMS ("Warnstreiks")."""
    folded = fold(text)
    return not _LABOUR_CUES.isdisjoint(folded.split()) or any(stem in folded for stem in _GERMAN_LABOUR_STEMS)


def _starts_word(original: str, start: int) -> bool:
    """True when no letter, digit, underscore or dash comes right before `start` (a word starts there)."""
    return not start or not (original[start - 1].isalnum() or original[start - 1] in "_-")


def _sentence_before(original: str, start: int) -> str:
    """The folded sentence before the one around `start` (a space when there is none)."""
    sentence_start = _sentence_span(original, start, start)[0]
    if sentence_start < 2:
        return " "
    return _sentence(original, sentence_start - 2, sentence_start - 1)


@lru_cache(maxsize=64)  # the rules ask for the sentences of one story again and again; few are kept
def _folded_between(original: str, start: int, end: int) -> str:
    """original[start:end] folded, padded with spaces."""
    return " " + fold(original[start:end]) + " "


def _names_place_by_adjective(original: str, start: int, end: int) -> bool:
    """True when the place adjective at original[start:end] names its place: before a noun of a place, facility or
    workforce, perhaps after one more adjective ("Кронштадтский морской завод", "ГРОДНЕНСКОЕ ОБЛАСТНОЕ ОБЪЕДИНЕНИЕ"),
    or written in lower case (a surname made from a town never is: "новосибирские врачи"); not in a set phrase or
    before a thing named after a place elsewhere ("по московскому времени", "у Киевского вокзала")."""
    position = end
    for _ in range(2):
        after = _WORD_AFTER.match(original[position:position + 40])
        word = fold(after.group(1)) if after else ""
        if word.startswith(_NOT_PLACE_AFTER_ADJECTIVE):
            return False
        if word.startswith(_PLACE_ADJECTIVE_NOUNS):
            return True
        if after is None or not _ADJECTIVE_ENDING.search(word):
            return original[start].islower()
        position += after.end()
    return original[start].islower()


def _word_before(original: str, start: int) -> str | None:
    """The word that ends one space before `start`, looking back at most 40 characters."""
    window_start = max(0, start - 40)
    # The word holds no space, so the search can start after the last space before it; this
    # keeps _WORD_BEFORE from trying every position of the window.
    window_start = max(window_start, original.rfind(" ", window_start, start - 2) + 1)
    before = _WORD_BEFORE.search(original, window_start, start)
    return before.group(1) if before else None


# A shouted verb of speech before or after a name: the name is the speaker ("..., SAYS UNITE", "UNITE WARNS OF
# STRIKES", "UNITE: ..."); a word used as a verb or a slogan takes none ("UNITE AGAINST HATE").
_SHOUTED_SPEECH_VERB = r"(?:SAYS|SAID|WARNS|WARNED|URGES|URGED|CLAIMS|CLAIMED|DEMANDS|VOWS|SLAMS|CALLS)"
_SHOUTED_SPEAKER_BEFORE = re.compile(rf"\b(?:{_SHOUTED_SPEECH_VERB}|ACCORDING TO)\s+(?:THE\s+)?$")
_SHOUTED_SPEAKER_AFTER = re.compile(rf"\s*:|\s+{_SHOUTED_SPEECH_VERB}\b")


def _is_shouted_speaker(original: str, start: int, end: int) -> bool:
    """True when a verb of speech, in capitals, makes `original[start:end]` its speaker."""
    return (_SHOUTED_SPEAKER_AFTER.match(original, end) is not None
            or _SHOUTED_SPEAKER_BEFORE.search(original, max(0, start - 20), start) is not None)


# Urdu writes a place's name with a final "ی" (گنی, Guinea; چلی, Chile), and with "ے" after a vowel (ناروے, زمبابوے);
# after a consonant, a final "ے" is an inflection of another word (گنے, sugar cane's; چلے, went), which folding to
# Arabic's "ي" would make the place's name (review24 ur11).
_YEH_BARREE = "\u06d2"
_VOWEL_LETTERS_BEFORE_YEH_BARREE = frozenset("اوؤئیءآ")


def _is_urdu_inflected_word(match: _Match) -> bool:
    """True for a one-word name matched on an Urdu word ending in a consonant and "ے" (see _YEH_BARREE)."""
    original, end = match.original, match.end
    return (original[end - 1] == _YEH_BARREE and end - match.start > 1
            and original[end - 2] not in _VOWEL_LETTERS_BEFORE_YEH_BARREE and " " not in original[match.start:end])


# A word of four letters or more ending where the text does (see _shouted_word_beside; _LONG_LETTER_RUN reads the one after)
_LONG_LETTER_RUN_AT_END = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}$")


def _shouted_word_beside(match: _Match, names_a_union: Callable[[str], bool]) -> bool:
    """True for an acronym that is an ordinary word (LOWER_CASE_WORD_ACRONYMS: "STOP", "IDEA", "FAST") written in
    capitals right beside another word of four letters or more in capitals that names no union (`names_a_union`
    of the word): a shouted phrase ("STOP DEGRADACJI", "FAST FOOD"), whose words are words, not acronyms."""
    original, surface = match.original, match.original[match.start:match.end]
    if not surface.isupper() or fold(surface) not in LOWER_CASE_WORD_ACRONYMS:
        return False
    words = []
    if original[match.end:match.end + 1] == " " and (after := _LONG_LETTER_RUN.match(original, match.end + 1)):
        words.append(after.group())
    if original[match.start - 1:match.start] == " " and (
            before := _LONG_LETTER_RUN_AT_END.search(original, max(0, match.start - 41), match.start - 1)):
        words.append(before.group())
    return any(word.isupper() and not names_a_union(word) for word in words)


def _is_all_caps_context(original: str, start: int, end: int) -> bool:
    """True when the words around [start, end) are written in capitals (a shouted headline). Around an acronym in
    capitals only letters that have a case count: Arabic, Devanagari or Chinese words around a Latin acronym are not
    shouted ("قال ITUC في بيان"); an acronym spelt in letters without case ("ایف آئی اے") is read so still."""
    around = original[max(0, start - 40):start] + " " + original[end:end + 40]
    if around != around.upper():
        return False
    if (surface := original[start:end]) != surface.lower():
        return sum(char != char.lower() for char in around) >= 4
    return len(_LETTERS.findall(around)) >= 4


_LONG_LETTER_RUN = re.compile(r"[^\W\d_]{4,}")  # the words of more than three letters


@lru_cache(maxsize=4)  # a story's title is asked twice; titles may be long (hostile feeds): few are kept
def _is_title_case(text: str) -> bool:
    initials = [word[0] for word in _LONG_LETTER_RUN.findall(text)]
    return bool(initials) and sum(map(str.isupper, initials)) >= 0.6 * len(initials)


@lru_cache(maxsize=4096)
def _padded_acronyms(record: UnionRecord) -> tuple[str, ...]:
    """A union's main acronym in each script it has one in ("PEO", "ΠΕΟ"), folded and padded with spaces for
    whole-word lookups (a further or old one in the same script names the parent only as a confederation's, see
    Tagger._confederation_within)."""
    firsts: dict[str, str] = {}
    for acronym in record.acronyms:
        firsts.setdefault(_script_of(acronym), f" {fold(acronym)} ")
    return tuple(firsts.values())


@lru_cache(maxsize=4096)
def _padded_names_of_words(record: UnionRecord) -> tuple[str, ...]:
    """A union's name and aliases of two words or more, folded and padded with spaces for whole-word lookups (folded
    once a record: Tagger's parent lookup asks for them at every member's match)."""
    return tuple(f" {whole} " for whole in map(fold, (record.name, *record.aliases)) if " " in whole)


def _script_of(word: str) -> str:
    """The script of the first letter of `word` ("LATIN", "GREEK", "CYRILLIC"), "" when it has none."""
    letter = next((char for char in word if char.isalpha()), "")
    return unicodedata.name(letter, "").split(" ", 1)[0] if letter else ""


@lru_cache(maxsize=4096)
def _one_word_names_of_locals(record: UnionRecord) -> tuple[str, ...]:
    """A union's one-word names with a local's word after them (" teamsters local "), folded and padded for
    whole-word lookups."""
    return tuple(f" {folded} {branch} " for name in (record.name, *record.aliases) if " " not in (folded := fold(name))
                 for branch in _LOCAL_WORDS)


@lru_cache(maxsize=4096)
def _hangul_one_word_names(record: UnionRecord) -> tuple[str, ...]:
    """A union's one-word names in Hangul, folded and padded: a Korean branch's name opens with its union's
    ("금속노조 기아자동차지부", the KMWU's Kia branch)."""
    return tuple(f" {folded} " for name in (record.name, *record.aliases)
                 if " " not in (folded := fold(name)) and _script_of(folded) == "HANGUL")


# Bengali and Korean names are matched at the start of a word (see gazetteer.pattern_key), as case
# endings and particles join them. What follows a country's name in the word must be such endings,
# folded as text is (no nukta): otherwise it is another word ("মালিক", owner, is not Mali; "인도적",
# humanitarian, is not India). Bengali: the genitive ("বাংলাদেশের"), locative ("ঢাকায়", "ভারতে"), plural
# and adjective ("ভারতীয়") endings, "সহ" (with) and "স্থ" (in), then maybe the objective "কে". Korean:
# a noun of origin or place ("한국인", "중국산", "미국 정부") and up to two particles ("서울에서는").
def _endings(endings: str, last: str = "", before: str = "") -> re.Pattern[str]:
    """A pattern for what may follow a name in its word: `before` once at most, up to three of
    `endings`, then `last` once at most (each a space-separated list, folded as text is)."""
    def alternatives(words: str) -> str:
        return "|".join(normalize(word).lower for word in words.split())
    return re.compile(f"(?:{alternatives(before)})?(?:{alternatives(endings)}){{0,3}}(?:{alternatives(last)})?")


_WORD_ENDINGS = (
    (re.compile("[\u0980-\u09ff]+"),
     _endings("ের এর র ে এ তে য় য়ে ি ী ীয় া রা দের বাসী ও ই সহ স্থ", last="কে")),
    (re.compile("[\uac00-\ud7af]+"),
     _endings("은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 까지 부터 보다 처럼 이나 나 이며 이고 엔 선 이다",
              before="인 산 계 측 내 전역 정부 국적 현지 전국")),
)


def _ending_ok(lower: str, end: int) -> bool:
    """True unless a Bengali or Korean word goes on after `end` in the folded text with more than
    the endings that may join a name (see _WORD_ENDINGS)."""
    for word_rest, endings in _WORD_ENDINGS:
        rest = word_rest.match(lower, end)
        if rest is not None:
            return endings.fullmatch(rest.group()) is not None
    return True


_KATAKANA = "\u30a1-\u30fa\u30fc"  # katakana letters and the long-vowel mark, as folded text has them
_KATAKANA_NAME = re.compile(f"[{_KATAKANA}]+")
_KATAKANA_LETTER = re.compile(f"[{_KATAKANA}]")


def _inside_katakana_word(lower: str, start: int, end: int) -> bool:
    """True when a name written in katakana is part of a longer katakana word in the folded text:
    Japanese writes loanwords in katakana without spaces, so a country's name there is a word of
    its own only where no katakana letter touches it ("アルバイト", part-time work, is not Aruba)."""
    if not _KATAKANA_NAME.fullmatch(lower, start, end):
        return False
    return bool(_KATAKANA_LETTER.match(lower, start - 1) if start else False) or bool(
        _KATAKANA_LETTER.match(lower, end))


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


# Arabic names of places that are Urdu and Persian words, written with the Farsi yeh that folding makes Arabic's: in a
# text with that letter, the name is the word. Mali, "مالي", is "financial" ("مالی مسائل", financial problems; "مالی
# سال", the fiscal year: Urdu and Persian stories about Mali are rare, their financial words everywhere: wide_sa32
# ur-32349); Dili, East Timor's capital, "دلي", is "heartfelt" ("دلی مسرت", "دلی ہمدردی") or Delhi (wide_sa36 ur-36142).
_URDU_PERSIAN_WORDS = {fold("مالي"): "ML", fold("دلي"): "TL"}
_URDU_PERSIAN_YEH = "\u06cc"


def _chinese_name_in_japanese_word(lower: str, start: int, end: int, japanese: bool) -> bool:
    """True for a country's Chinese name in Han characters that Japanese does not write (see
    gazetteer.chinese_only_han_names), touching another Han character in a text written in Japanese (`japanese`: the
    text has kana): there it is part of a Japanese word ("海地", Haiti, in "東海地区", the Tokai district)."""
    if not japanese or lower[start:end] not in chinese_only_han_names():
        return False
    return bool(start and HAN_LETTER.match(lower, start - 1)) or bool(HAN_LETTER.match(lower, end))


# Levels written after a Chinese province's or city's name in Japanese ("山西省", "深圳市", "福建省の工場")
_CHINESE_PLACE_LEVELS = frozenset("省市州区県")


def _chinese_place_in_japanese_word(lower: str, start: int, end: int, entries: tuple[NameEntry, ...],
                                    japanese: bool) -> bool:
    """True for a Chinese province's or city's two Han characters touching other Han characters in a text written in
    Japanese (`japanese`: the text has kana): there they are part of a Japanese word or name ("関西合同労働組合泉州支部", Osaka's Senshu;
    "岡山西大寺線", Okayama's Saidaiji line; "福建労", the Fukuoka builders' union); not with a level after them and
    no Han character but 国 before ("中国山西省", "福建省の工場")."""
    if not japanese or end - start != 2 or not HAN_LETTER.match(lower, start) or not all(
            entry.target == "CN" and entry.form in _SUBNATIONAL_FORMS for entry in entries):
        return False
    before = bool(start and HAN_LETTER.match(lower, start - 1))
    if not before and not HAN_LETTER.match(lower, end):
        return False
    return not (lower[end:end + 1] in _CHINESE_PLACE_LEVELS and (not before or lower[start - 1] == "国"))


# A place's speech after its name in Chinese: "廣東話" (Cantonese), "上海话", "潮州話" name a language, not the place
# (folded: 話 -> 话); not a topic, drama, phone or say ("话题", "话剧", "话筒", "话费", "话事")
_DIALECT_AFTER = re.compile("话(?![题剧语筒费事])")
# A person's or place's name transliterated in Han characters with its Latin spelling in brackets right after it
# ("万诺鲁拉扎(Wan Noorulazhar Mohd Hanafiah)", "瓜拉冷岳(Kuala Langat)"), as the Chinese press writes foreign names
_LATIN_NAME_IN_BRACKETS = re.compile(r"[(（][A-Z][a-z]+(?: [A-Z][A-Za-z]*)*[)）]")


_TRANSLITERATED_NAME_REACH = 8  # Han characters after a place's name inside a transliterated name, at most


def _inside_transliterated_name(original: str, start: int, end: int) -> bool:
    """True for a country's name in Han characters inside a longer run of them that the story spells in Latin letters
    in brackets right after (see _LATIN_NAME_IN_BRACKETS): "诺鲁" (Taiwan's Nauru, met by simplified text through
    the fold) in "万诺鲁拉扎(Wan Noorulazhar ...)", a Malaysian's name. `start` and `end` index `original`."""
    if not start or not HAN_LETTER.match(original, start - 1) or not HAN_LETTER.match(original, end):
        return False
    # a person's name ends within a few characters; a longer run is a sentence (and walking it to its end for every
    # place in it made a long unbroken text slow)
    run_end, reach = end, end + _TRANSLITERATED_NAME_REACH
    while run_end < reach and HAN_LETTER.match(original, run_end):
        run_end += 1
    return run_end < reach and _LATIN_NAME_IN_BRACKETS.match(original, run_end) is not None



# The units a Chinese place's name ends with: a city, county, province, district or town ("孝感市", "利辛县")
_CHINESE_PLACE_UNITS = frozenset("市县縣省区區镇鎮")
_HAN_PREFIX_REACH = 14  # Han characters before a directory's name read as the name it may end (a name's most)


_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")


def _as_spaces(run: re.Match[str]) -> str:
    """As many spaces as `run` has characters."""
    return " " * (run.end() - run.start())


_QUOTED_CHINESE_NAME = re.compile("[「『]([一-鿿]{3,12})[」』]")
_SHORT_CHINESE_ALIAS = 2  # letters: "工聯"


def _inside_quoted_chinese_name(original: str, start: int, end: int) -> bool:
    """True for a short Chinese name (_SHORT_CHINESE_ALIAS letters) inside a longer name the story puts in corner
    quotes, with letters after it: the quoted name is another body's ("工聯" in 「職工聯盟」, the Macau FTU's short name
    inside the workers' league's), as a quoted name is one name."""
    if end - start > _SHORT_CHINESE_ALIAS or not HAN_LETTER.match(original, start):
        return False
    opened = max(original.rfind("「", max(0, start - 12), start), original.rfind("『", max(0, start - 12), start))
    quoted = _QUOTED_CHINESE_NAME.match(original, opened) if opened >= 0 else None
    return quoted is not None and start > quoted.start(1) - 1 and end < quoted.end(1)


# Thai writes no spaces between words, so a place's name is matched inside a run of Thai letters (see
# gazetteer.pattern_key). Folded text has lost the tone marks and the vowels below the letters, so a name there counts
# only as its country's places.tsv spells it with them (bot/data/places.tsv keeps them for Thai names: "ตองกา", Tonga,
# folded, is in "ต้องการ", want), and one of fewer letters than this only as a word of its own (with its marks, "ไทย"
# is in "คนไทย", Thai people; "จีน", China, in "แรงงานจีน", Chinese workers).
_MIN_INSIDE_THAI_LETTERS = 4
# Thai puts a country's name after a noun to say whose ("แรงงานเมียนมา", Myanmar workers; "บริษัทญี่ปุ่น", a Japanese
# company) and after a word of place where it is the place ("ในอิสราเอล", in Israel; "จาก", from; "ที่", at;
# "ประเทศ", the country; "ของ", of; "ยัง"/"ไป", to): glued to a word before it, a name counts only after one of these.
_THAI_PLACE_WORDS = tuple(normalize(word).lower for word in ("ใน", "ที่", "จาก", "ประเทศ", "ของ", "ยัง", "ไป"))


def _inside_thai_word(source: NormalizedText, start: int, end: int, spelling: str) -> bool:
    """True when a name in Thai letters, written `spelling`, is not a place of its own in the folded text: it touches
    another Thai letter and is short, is spelt otherwise in the original text, or follows a word that is no word of
    place."""
    lower = source.lower
    if not THAI_LETTER.match(lower, start):
        return False
    glued_before = bool(start and THAI_LETTER.match(lower, start - 1))
    if not glued_before and not THAI_LETTER.match(lower, end):
        return False
    if end - start < _MIN_INSIDE_THAI_LETTERS or glued_before and not lower.endswith(_THAI_PLACE_WORDS, 0, start):
        return True
    original_start, original_end = (start, end) if source.offsets is None else source.original_span(start, end)
    return unicodedata.normalize("NFC", source.original[original_start:original_end]) != spelling


_SPAN = itemgetter(0, 1)  # a candidate's (start, -end), in C: a lambda slicing each candidate cost more


class _Scanned(NamedTuple):
    """What Tagger._scan finds in a title or a text."""

    countries: list[_Match]
    unions: list[_Match]
    heads: list[tuple[int, int, str]]   # head words for the recogniser: (start, end, folded head) in the original
    blocked: list[tuple[int, int]]      # spans of blocker phrases in the original
    source: NormalizedText              # the folded text
    signals: dict[str, list[int]]       # each signal (see _SIGNALS) the folded text holds: where it starts, in order


class Tagger:
    """Tags stories with countries and unions; build once and reuse (the automaton is cached)."""

    def __init__(self, unions: UnionDirectory | None = None) -> None:
        self.unions = unions if unions is not None else default_directory()
        self._automata = _automata_for(self.unions)
        self._title_case_entries: dict[str, tuple[NameEntry, ...]] = {}
        self._federation_shorts: dict[str, tuple[tuple[str, str], ...]] | None = None  # see _federation_short_names
        self._rules = gazetteer_rules()
        self._georgia_us_cues = tuple(f" {cue} " for cue in self._rules.georgia_us_cues)
        self._recogniser = Recogniser(self._automata.is_country_name, self.unions.short_name)
        self._first_name_words: frozenset[str] | None = None  # see _starts_a_directory_name
        self._in_other_names: dict[tuple[str, str], bool] = {}  # see _confederation_within
        self._shared_name_words: dict[str, int] | None = None  # see _word_of_other_names
        self._arabic_country_names: dict[tuple[str, str, frozenset[str]], frozenset[str]] | None = None  # see below
        self._arabic_centre_names: dict[tuple[str, tuple[str, ...]], frozenset[str]] | None = None  # see below
        self._arabic_trade_names: dict[tuple[str, frozenset[str]], str] | None = None  # see below
        self._arabic_bare_countries: frozenset[str] | None = None  # see _arabic_bare_name_countries
        self._spelt_alias_keys: dict[str, str] | None = None  # see _spelt_alias_entries
        self._glued_parent_keys: dict[str, _GluedKeys] = {}  # see _parents_glued_before

    def tag(self, title: str | None, text: str, language: str | None = None) -> StoryTags:
        """Tag one story. `title` may be None; offsets in evidence refer to `title` or `text`.

        `language` (ISO 639-1, see `detect_language`) picks the union recogniser's rules; None
        applies the rules of every language, and detects the language only when the story has no
        main country (a story in Japanese naming no place is about Japan).
        """
        title, text = title or "", text or ""
        declared = language  # the caller's language; `language` gets the detected one when a step needs it
        reading = StoryReading(title, text)  # the detector's, read at most once
        if language in (None, "eu") and (_BASQUE_SUFFIXED.search(text) or _BASQUE_SUFFIXED.search(title)) and (
                language or reading.language()) == "eu":  # (the search only where the language may be Basque)
            # Basque writes a case ending onto an acronym ("ELAk", "LABeko", "ELAra"): read as the acronym, the ending
            # blanked (the text keeps its length, so every offset stays the story's)
            title, text = _without_basque_endings(title), _without_basque_endings(text)
        if language is None and (holds_brazilian_prefix_name(title) or holds_brazilian_prefix_name(text)) and (
                reading.language() == "pt"):
            # Brazil's "Sind-" names are read in Portuguese text only ("Sindbad" is no union): a story holding such
            # a word is read as Portuguese when the detector says so, as the bot's routing passes its language
            language = "pt"
        title_scan, text_scan = self._scan("title", title), self._scan("text", text)
        found: dict[str, _FoundUnion] = {}
        title_unions = self._with_possessive_countries(self._absorb_found_names("title", title, title_scan, language, found))
        text_unions = self._with_possessive_countries(self._absorb_found_names("text", text, text_scan, language, found))
        names_language = language  # the recogniser's (`language` may be detected later)
        if not (title_scan.source.lower.isascii() and text_scan.source.lower.isascii()):
            title_unions = self._with_spelt_acronyms("title", title, title_unions)
            text_unions = self._with_spelt_acronyms("text", text, text_unions)
            _drop_found_inside_transliterated(found, title_unions + text_unions)
        if language in (None, "it", "de"):  # the Italian and South Tyrolean press's way of writing (and its cost)
            title_unions = self._with_joined_names("title", title, title_unions)
            text_unions = self._with_joined_names("text", text, text_unions)
            title_unions = self._with_misspelt_federations("title", title, title_unions)
            text_unions = self._with_misspelt_federations("text", text, text_unions)
        union_matches = self._add_acronym_mentions(title, text, found, _outside_dashed_acronyms(
            title_unions + text_unions, found))
        if title and not title_scan.source.lower.isascii():
            _drop_arabic_title_short_forms(found, union_matches)
        if found and not text_scan.source.lower.isascii():
            self._drop_arabic_branch_names(found, union_matches)
        in_union_names = _Spans((match.field, match.start, match.end, 0) for entry in found.values() for match in entry.matches)
        union_starts = sorted({(match.field, match.start) for match in union_matches} | {
            (match.field, match.start) for entry in found.values() for match in entry.matches})
        union_ends = {(match.field, match.end) for match in union_matches} | {
            (match.field, match.end) for entry in found.values() for match in entry.matches}
        country_matches = self._drop_non_places(title_scan.countries + text_scan.countries, title, in_union_names,
                                                union_starts, union_ends)
        # A country named inside a found union's name counts as a directory union's country does
        # (UNION_SUPPORT_SHARE): enough for the one country of a short story, not for a union's home base
        # beside the story's subject (LABELING.md: when the events happen there).
        union_named = {id(match) for match in country_matches if in_union_names.hold(match)}
        # the home countries of directory unions named in full back a shared city name as the story's own countries do
        # ("la Asociación Dominicana de Profesores (ADP) filial Santiago" is Santiago de los Caballeros)
        named_union_countries = {home for match in union_matches if len(match.entries) == 1
                                 and len(match.original[match.start:match.end].split()) >= 3
                                 for home in _home_of_named_union(self.unions, match.entries[0])}
        direct = self._resolve_shared_names(country_matches, named_union_countries, lambda: language or reading.language())
        story_countries = {code for code, _ in direct}
        if not story_countries and (union_matches or found):
            # A story naming no country backs its unions by the countries of its language
            # ("Kommunal varslar om strejk" is Swedish; "সি আই টি ইউ", India's CITU, in a Bengali story from
            # West Bengal); detected only for such stories.
            language = language or reading.language()
            story_countries = set(_home_countries(language))
        named_tails = _tails_of_named(union_matches) if found else frozenset()
        # A story naming no country, in a language of several (Portuguese), names its directory unions' countries
        # for the other names, with an acronym, of its found ones ("Sindicato dos Trabalhadores do Impostos (STI)" beside
        # the STI's own name).
        variant_countries = story_countries or {record.country for match in union_matches for union in match.entries
                                                if union.kind == "union" and (record := self.unions.get(union.target))
                                                is not None and record.country is not None} if found else story_countries
        for entry in found.values():
            if entry.by_acronym and (record := self.unions.get(entry.directory_id or "")) is not None and (
                    record.country is not None and record.country not in story_countries):
                # "Free Trade Union (FTU)" in Phnom Penh is not Hong Kong's FTU: a directory union known
                # only by the acronym a found name teaches needs its country in the story.
                entry.directory_id = None
            if entry.directory_id is None and fold(entry.name) not in named_tails:
                # another language's or spelling's name of a directory union; not the short form of a union the
                # story names ("গার্মেন্টস শ্রমিক ফেডারেশন" after "জাতীয় গার্মেন্টস শ্রমিক ফেডারেশন": see
                # _short_forms_of_named), which another union's name without its country would take
                entry.directory_id = self._variant_id(
                    entry, variant_countries if entry.acronym is not None else story_countries, anywhere=not direct)
            if entry.directory_id is None and (bare := self._without_arabic_city(entry.name)) is not None:
                # "اتحاد نقابات العمال الفلسطيني في نابلس": a national union named with the city it acts in
                entry.directory_id = self.unions.id_for_variant(bare, story_countries)
            if entry.directory_id is None and (regional := _CYRILLIC_REGION_ADJECTIVE_BEFORE_TRADE.fullmatch(entry.name)):
                # "Закарпатська профспілка працівників охорони здоров’я": a national union's regional organisation named
                # with its region's adjective before the union's trade
                entry.directory_id = self.unions.id_for_variant(regional.group(1), story_countries)
            if entry.directory_id is None:  # or a district's committee of a national federation the story names
                entry.directory_id = self._district_committee_of(entry.name, union_matches)
            if entry.directory_id is None and entry.acronym is not None:  # or its acronym, among the story's
                entry.directory_id = self.unions.id_for_acronym(entry.acronym, story_countries)
            if entry.directory_id is None and entry.acronym is None and _TITLE_CASE_THREE_LETTERS.fullmatch(entry.name):
                # "il sindacato Cgt" in a story on France: the Italian and Spanish press write an acronym as a word;
                # several countries' unions share it, and the story's country tells which
                entry.directory_id = self.unions.id_for_acronym(entry.name.upper(), story_countries)
        for key in [key for key, entry in found.items() if entry.directory_id is None and entry.national_only]:
            del found[key]  # a workplace's or an organisation's union, of a trade no national union of the country has
        for key in [key for key, entry in found.items() if entry.directory_id is None and entry.acronym is None
                    and (names_a_trade_only(entry.name) or names_whose_union_only(entry.name))]:
            # "segundo o Sindicato dos Metalúrgicos", "the Nurses Organisation", "el Sindicato de Goodyear": a trade's,
            # a firm's or a place's union, unnamed
            del found[key]
        union_matches = _acronyms_of_found_names(found, union_matches, self._automata.is_country_name)
        union_matches = self._without_acronyms_of_named(union_matches, found)
        named = [(entry.directory_id, match) for entry in found.values() if entry.directory_id
                 for match in entry.matches]
        detected: list[str | None] = []  # the story's language, detected at most once and only when needed

        def spoken(backed: AbstractSet[str]) -> set[str]:
            # Every language the detector finds likely, not only the one it is sure of: a short Norwegian story
            # it reads as half Danish, half Norwegian still backs "Fellesforbundet" and "Unio".
            languages = (declared,) if declared else reading.likely()
            return set().union(*(_spoken_in(likely, backed) for likely in languages))

        def language_home() -> frozenset[str]:
            if not detected:
                detected.append(language or reading.language())
            return _home_countries(detected[0])

        def written_in() -> frozenset[str]:
            # The countries whose news is written in the story's language when they are several (Portuguese: Brazil's,
            # Portugal's, Angola's...); none for a language of one country (language_home), for English, and for a
            # language detected in less text than the detector reads (it reads "In Warsaw, BNP union leaders met
            # Polish miners." as Dutch).
            language_home()
            if not declared and len(text) < DETECT_CHARS:
                return frozenset()
            countries = _LANGUAGE_COUNTRIES.get(detected[0] or "", ())
            return frozenset(countries) if len(countries) > 1 else frozenset()

        nordic: list[frozenset[str]] = []

        def nordic_home() -> frozenset[str]:
            # The countries of a story every likely language of which is Nordic (a Norwegian story the detector
            # reads as half Danish is still no French one), detected at most once.
            if not nordic:
                languages = (declared,) if declared else reading.likely()
                nordic.append(frozenset().union(*map(_home_countries, languages)) if languages and set(
                    languages) <= _NORDIC_LANGUAGES else frozenset())
            return nordic[0]

        union_matches = self._with_title_case_acronyms(title, text, union_matches, in_union_names)
        labour: list[bool] = []

        def labour_story() -> bool:
            # Whether the title or text has a word for unions, workers or a strike, read at most once.
            if not labour:
                labour.append(_has_labour_word(title) or _has_labour_word(text))
            return labour[0]

        only_origins: list[frozenset[str]] = []

        def origins_only() -> frozenset[str]:
            # The countries the story names only as workers' or migrants' origin (see _origin_mentions), read at
            # most once: asked for each union match several unions share, it walked every country mention each time.
            if not only_origins:
                origins = _origin_mentions(direct, lambda match: _context_factor(match) != _HOME_BASE_FACTOR)
                only_origins.append(frozenset({code for code, _ in direct} - {
                    code for code, match in direct if id(match) not in origins}))
            return only_origins[0]

        accepted = self._accept_unions(union_matches, story_countries, {union_id for union_id, _ in named}, spoken,
                                       language_home, names_union=bool(found), nordic_home=nordic_home,
                                       labour_story=labour_story, origins_only=origins_only, written_in=written_in)
        unions = _repointed_to_taught(named + accepted, self.unions)
        # (nor, in a story placed somewhere, an acronym only unions of countries that do not write its language have:
        # see _is_backed)
        _keep_unresolved_acronyms(union_matches, accepted, found, lambda match: self._foreign_to_language(
            match, language_home) or (bool(story_countries) and self._foreign_to_language(match, written_in)))
        unions += self._listed_acronyms(unions, found, (("title", title, title_scan), ("text", text, text_scan)),
                                        _acronyms_taught_by(unions),
                                        lambda union_id: self._of_a_country_not_writing(union_id, story_countries, written_in))
        unions += self._parents_named_within(unions)
        unions += self._parents_glued_before(unions)
        unions += self._labour_centres_listed(unions)
        unions += self._confederations_opening_found(found, unions, story_countries)
        # (and of a union the directory does not know, named with its acronym: "Sección 6 de la Unión Nacional de
        # Técnicos y Profesionistas Petroleros (UNTyPP)"; a name without one may be a known union's written otherwise)
        _add_numbered_sections([match for _, match in unions] + [match for entry in found.values() if (
            entry.directory_id is None and entry.acronym is not None) for match in entry.matches], found)
        # Only a story naming several countries can be an index story; looked for in its title and lead.
        index_story = len(story_countries) >= LIST_MIN_LENGTH and (
            _may_search(_FOLDED_INDEX_STORY, title, title_scan.source, 0, len(title)) and bool(_INDEX_STORY.search(title))
            or _may_search(_FOLDED_INDEX_STORY, text, text_scan.source, 0, LEAD_CHARS)
            and bool(_INDEX_STORY.search(text, 0, LEAD_CHARS)))
        # (a union found by its name's shape counts as a named union for the story's one country: "el Sindicato de
        # Trabajadores de la Medicina ... (SITRAMEDHYS) ... miles de hondureños")
        names_found = any(entry.directory_id is None for entry in found.values())
        countries = self._country_tags(direct, unions, language, index_story, union_named, names_found)
        if language is None and not any(tag.salience == "primary" for tag in countries):
            # Only a story with no main country needs its language (see _LANGUAGE_HOMES); detecting
            # it only then keeps the detector's cost off every other story.
            language = detected[0] if detected else reading.language()
            if language in _LANGUAGE_HOMES:
                countries = self._country_tags(direct, unions, language, index_story, union_named, names_found)
        if (language or declared) == "pt" and not any(tag.salience == "primary" for tag in countries) and all(
                tag.code == "BR" for tag in countries) and (
                _BRAZILIAN_USAGE.search(title) or _BRAZILIAN_USAGE.search(text)):
            # A Portuguese story naming no main country, in words only Brazil's Portuguese uses ("servidores
            # estaduais", "a Prefeitura", "econômico"), is Brazil's (as a story in a language of one country is
            # that country's, see _LANGUAGE_HOMES)
            countries = (_frozen(CountryTag, code="BR", name=_country_name("BR"), salience="primary",
                                 evidence=countries[0].evidence if countries else ()),)
        if not any(tag.salience == "primary" for tag in countries) and (
                local := _mainland_local_federation(title, text)) is not None:
            # A Chinese story naming no main country that names a county's, district's or city's federation of unions
            # in simplified characters ("利辛县总工会", "罗湖区总工会") is the mainland's: the ACFTU's local bodies, which
            # the gazetteer's places (no list of every county) miss
            countries = (_frozen(CountryTag, code="CN", name=_country_name("CN"), salience="primary",
                                 evidence=(local,)), *(tag for tag in countries if tag.code != "CN"))
        primary_countries = {tag.code for tag in countries if tag.salience == "primary"}
        home = countries[0].code if countries and countries[0].salience == "primary" else None
        if home is not None and union_matches:
            self._add_local_namesakes(found, union_matches, unions, primary_countries, names_language,
                                      (("title", title, title_scan), ("text", text, text_scan)))
        if primary_countries:
            unions += self._unions_named_without_country(
                (("title", title), ("text", text)), unions, found, primary_countries)
        discovered = _merge_short_forms([entry for entry in found.values() if entry.directory_id is None
                                         and not _capitalised_only_where_a_sentence_starts(entry, title, text)
                                         and not _named_after_its_firm(entry, title, text)
                                         and not _firm_in_the_genitive(entry, title, text)],
                                        unions)
        for entry in discovered:
            _named_by_its_sign(entry)
        if discovered and unions:
            discovered = _short_forms_of_named(discovered, unions, self.unions)
        if unions and "노" in text:
            unions = _without_bare_korean_kinds(unions, discovered)
        if len(unions) > 1:
            unions = self._without_acronyms_of_split_offs(unions)
        return StoryTags(countries, self._union_tags(unions, primary_countries, discovered, home,
                                                     _countries_in_names(discovered, direct)))

    def _unions_named_without_country(self, fields: tuple[tuple[Field, str], ...],
                                          unions: list[tuple[str, _Match]], found: dict[str, _FoundUnion],
                                          primary_countries: AbstractSet[str]) -> list[tuple[str, _Match]]:
        """The union or national centre of a main country of the story named without its country, as that country's
        press names it: "the Confederation of Trade Unions" in Hong Kong, "the Trade Union Congress" in Port Moresby,
        "the National Trade Union Centre" in Port of Spain, "the Free Trade Union" in Minsk
        (UnionDirectory.id_for_variant: one record must fit). Generic words alone, so the recogniser leaves them;
        read only after "the" or a main country's possessive ("PNG's Trade Union Congress"), as a whole capitalised
        name (no capitalised word or bracket after it), outside the union names the story already holds. A union the
        recogniser found by such a name and left unresolved because another country the story names has one too ("the
        Public Service Association" in a story on Fiji that names New Zealand's nurses) is the main country's."""
        named = {union_id for union_id, _ in unions}
        added: list[tuple[str, _Match]] = []
        for entry in found.values():
            folded = fold(entry.name)
            if entry.directory_id is not None or entry.acronym is not None or (
                    len(folded.split()) < _GENERIC_NAME_MIN_WORDS or not is_generic_folded(folded)) or any(
                    match.original[max(0, match.start - 3):match.start] in ("'s ", "’s ") for match in entry.matches):
                continue  # (nor someone's: "Jordan Smith's National Union of Teachers speech in Nairobi")
            record = self.unions.get(self.unions.id_for_variant(entry.name, set(primary_countries)) or "")
            if record is None or record.country not in primary_countries or record.id in named:
                continue
            entry.directory_id = record.id
            named.add(record.id)
            added.extend((record.id, match) for match in entry.matches)
        # every name of the story so written is the union (a title's short one too), but not one with its own acronym;
        # the recogniser gives an Arabic name with its country after it that name without it as its acronym
        for entry in found.values():
            if entry.directory_id is None and (entry.acronym is None or fold(entry.name).startswith(fold(entry.acronym))) and (
                    union_id := self._arabic_trade_union_in_other_words(entry.name, primary_countries)) is not None:
                entry.directory_id = union_id
                named.add(union_id)
                added.extend((union_id, match) for match in entry.matches)
        held = _Spans([*((match.field, match.start, match.end, 0) for _, match in unions),
                       *((match.field, match.start, match.end, 0) for entry in found.values() for match in entry.matches)])
        for field, original in fields:
            for name, group, countries in chain(
                    ((after_the, 1, set(primary_countries)) for after_the in _names_after_the(original)),
                    ((owned, 2, owners) for owned in _names_after_a_possessive(original)
                     if (owners := set(primary_countries & variant_key(f"{owned.group(1)} {owned.group(2)}")[1])))):
                start, end = name.span(group)
                folded = fold(name.group(group))
                if len(folded.split()) < _GENERIC_NAME_MIN_WORDS or not is_generic_folded(folded) or (
                        _LONGER_AFTER.match(original, end)):
                    continue
                match = _Match(field, original, start, end, (), folded)
                if held.hold(match):
                    continue
                union_id = self.unions.id_for_variant(name.group(group), countries)
                record = self.unions.get(union_id or "")
                if record is None or record.country not in countries or record.id in named:
                    continue
                named.add(record.id)
                added.append((record.id, match))
            if not primary_countries.isdisjoint(self._arabic_bare_name_countries()) and ARABIC_LETTER.search(original):
                added += self._arabic_profession_syndicates(field, original, held, named, primary_countries)
            if ("«" in original or "\"" in original or "“" in original) and _QUOTED_KIND_LETTER.search(original):
                added += self._quoted_unions_after_their_kind(field, original, held, named, primary_countries)
            if ("Федера" in original or "Федэра" in original) and len(
                    federations := {_NATIONAL_FEDERATIONS[code] for code in primary_countries
                                    if code in _NATIONAL_FEDERATIONS}) == 1:
                added += _bare_national_federation(field, original, held, named, federations.pop())
            if _PERSIAN_COUNCIL in original and _CCITTA not in named and "IR" in primary_countries and (
                    council := _persian_teachers_council(field, original, held)) is not None:
                named.add(_CCITTA)
                added.append((_CCITTA, council))
        return added

    def _quoted_unions_after_their_kind(self, field: Field, original: str, held: _Spans, named: set[str],
                                        primary_countries: AbstractSet[str]) -> list[tuple[str, _Match]]:
        """The Russian or Ukrainian unions of a main country of the story named by their quoted name after the
        acronym of their kind or the words for one of their organisations (see _CYRILLIC_QUOTED_UNION_AFTER_KIND):
        the directory's "Профсоюз «X»" or "Профспілка «X»", outside the union names the story holds."""
        added: list[tuple[str, _Match]] = []
        for mention in _CYRILLIC_QUOTED_UNION_AFTER_KIND.finditer(original):
            acronym = mention.group(1)
            if acronym is not None and ("П" not in acronym or fold(acronym) in _CYRILLIC_LEGAL_FORMS):
                continue  # a company's legal form ("ПАО «...»", "ГУП «...»") or no union's kind
            quoted = mention.group(2)
            union_id = self.unions.id_for_name(f"Профсоюз «{quoted}»") or self.unions.id_for_name(
                f"Профспілка «{quoted}»")
            record = self.unions.get(union_id or "")
            if record is None or record.country not in primary_countries or record.id in named:
                continue
            start, end = mention.span(2)
            match = _Match(field, original, start, end, (), fold(quoted))
            if held.hold(match):
                continue
            named.add(record.id)
            added.append((record.id, match))
        return added

    def _arabic_bare_name_countries(self) -> frozenset[str]:
        """The countries of _arabic_names_by_country's and _arabic_centres_by_country's keys: a story none of whose
        main countries is one has no bare Arabic name to read (_arabic_profession_syndicates finds none), and its
        words are not folded for them. Built once."""
        if self._arabic_bare_countries is None:
            self._arabic_bare_countries = frozenset(
                key[0] for table in (self._arabic_names_by_country(), self._arabic_centres_by_country()) for key in table)
        return self._arabic_bare_countries

    def _arabic_profession_syndicates(self, field: Field, original: str, held: _Spans, named: set[str],
                                      primary_countries: AbstractSet[str]) -> list[tuple[str, _Match]]:
        """A profession's syndicate written bare, its head and one definite word ("نقابة الأطباء", "لنقابة
        الصحفيين"), as the press of its country writes it: the one union of a main country of the story whose Arabic
        name says those words and its country alone ("نقابة الأطباء المصرية", "نقابة أطباء مصر"); a federation "general" or
        "national" "for" the profession too ("الاتحاد العام للمعلمين", _general_federation_before). The recogniser
        leaves such a name ("the profession's union"); not one a word with the article goes on after ("نقابة
        الأطباء البيطريين", a longer name), nor one inside a union name the story holds."""
        names = self._arabic_names_by_country()
        added: list[tuple[str, _Match]] = []
        words = list(_ARABIC_WORD.finditer(original))
        for position, (first, second) in enumerate(pairwise(words)):
            if original[first.end():second.start()] != " ":
                continue
            folded, head_word = fold(second.group()), fold(first.group())
            if head_word not in _ARABIC_BARE_HEAD_FORMS and folded.startswith("لل") and (
                    general := _general_federation_before(original, words, position)) is not None:
                first, head_word = general, fold(general.group())  # "الاتحاد العام للمعلمين": "for" the profession
                folded = "ال" + folded[2:]  # "للمعلمين" is "ل" and "المعلمين"
            elif head_word not in _ARABIC_BARE_HEAD_FORMS:
                continue
            if not folded.startswith("ال") or (said := arabic_name_words(original[first.start():second.end()])) is None or (
                    any(map(_names_a_country, _country_said(said[1])))) or self._automata.is_country_name(folded):
                continue
            after = _ARABIC_WORD_AFTER.match(original, second.end())
            if after is not None and (following := fold(after.group(1))).startswith("ال") and (
                    following not in _ARABIC_RELATIVES):
                continue  # a longer name ("... البيطريين", "... الأردنية"), not "... الذي", "... إلى"
            ids = {union_id for country in primary_countries
                   for union_id in names.get((country, said[0], said[1]), ())}
            if len(ids) != 1 or (union_id := ids.pop()) in named:
                continue
            written = _ARABIC_BARE_HEAD_FORMS[head_word] if head_word in _ARABIC_BARE_HEAD_FORMS else (
                _ARABIC_CENTRE_HEAD_FORMS[head_word][0])
            start = first.start() + len(head_word) - len(written)
            match = _Match(field, original, start, second.end(), (), fold(original[start:second.end()]))
            if held.hold(match):
                continue
            named.add(union_id)
            added.append((union_id, match))
        centres = self._arabic_centres_by_country()
        for index, head in enumerate(words):
            if (head_form := fold(head.group())) not in _ARABIC_CENTRE_HEAD_FORMS:
                continue
            run = words[index + 1:index + 1 + _ARABIC_CENTRE_MAX_WORDS]
            for length in range(len(run), 0 if _ARABIC_CENTRE_HEAD_FORMS[head_form][1] in _ARABIC_ONE_WORD_HEADS else 1,
                                -1):
                if any(original[left.end():right.start()] != " " for left, right in pairwise([head, *run[:length]])):
                    continue
                key = _arabic_generic_key([head_form, *(fold(word.group()) for word in run[:length])])
                ids = {union_id for country in primary_countries for union_id in centres.get((country, key), ())}
                if not ids:
                    continue  # words no centre's name is ("اللجنة المركزية للاطباء إن"): no longer name either
                after = words[index + length + 2] if index + length + 2 < len(words) else None
                if length < len(run) and original[run[length - 1].end():run[length].start()] == " " and (
                        _goes_on_arabic_name(fold(run[length].group()), fold(after.group()) if after else "",
                                             self._automata.is_country_name)):
                    break  # "الاتحاد العام لنقابات العمال في حضرموت": a longer name, the governorate's
                if len(ids) != 1 or (union_id := ids.pop()) in named:
                    continue
                start = head.start() + len(head_form) - len(_ARABIC_CENTRE_HEAD_FORMS[head_form][0])
                match = _Match(field, original, start, run[length - 1].end(), (),
                               fold(original[start:run[length - 1].end()]))
                if not held.hold(match):
                    named.add(union_id)
                    added.append((union_id, match))
                break
        return added

    def _arabic_centres_by_country(self) -> dict[tuple[str, tuple[str, ...]], frozenset[str]]:
        """(country, words) -> the id of the country's one federation with an Arabic name of "federation", "general" or
        "national" and workers' or unions' words alone besides its country ("الاتحاد العام لنقابات عمال الأردن",
        "الاتحاد العام لنقابات العمال في سوريا"), by those words without articles or particles (_arabic_generic_key):
        its country's press writes it so without the country. Built once."""
        if self._arabic_centre_names is None:
            table: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
            countries = country_words()
            for record in self.unions:
                if record.country is None:
                    continue
                for name in record.all_names:
                    words = fold(name).split()
                    if not words or words[0] not in _ARABIC_CENTRE_HEAD_FORMS or not ARABIC_LETTER.search(name):
                        continue
                    while words and (countries.get(words[-1]) == record.country or countries.get(
                            words[-1][1:]) == record.country and words[-1][0] in "بل" or words[-1] == "في"):
                        words.pop()  # "... في سوريا", "... عمال الأردن", "... بالأردن"
                    if len(words) > 1 + (_ARABIC_CENTRE_HEAD_FORMS[words[0]][1] not in _ARABIC_ONE_WORD_HEADS) and len(
                            words) < len(fold(name).split()) and arabic_name_words(
                            " ".join(words)) is None:
                        table[(record.country, _arabic_generic_key(words))].add(record.id)
            self._arabic_centre_names = {key: frozenset(ids) for key, ids in table.items() if len(ids) == 1}
        return self._arabic_centre_names

    def _arabic_trade_union_in_other_words(self, name: str, primary_countries: AbstractSet[str]) -> str | None:
        """The id of the one union of a main country of the story whose Arabic name says what a found Arabic name says
        with another word for its workers, its country at most besides ("النقابة العامة لعمال الغزل والنسيج" is the
        directory's "النقابة العامة للعاملين بالغزل والنسيج", wide_recar45 ar-45102): every other word the same
        (_arabic_workers_key); a name naming no country only in a story on one. None when no such union or several
        are."""
        if not ARABIC_LETTER.search(name) or (key := _arabic_workers_key(name)) is None:
            return None
        words, codes = key
        if not codes and len(primary_countries) > 1:
            return None  # whose, of a story on two countries? ("... (أوزبليك) بدولة تركيا" beside Egypt's, ar-3685)
        table = self._arabic_trade_names_by_country()
        ids = {union_id for country in primary_countries if codes <= {country}
               if (union_id := table.get((country, words))) is not None}
        return ids.pop() if len(ids) == 1 else None

    def _arabic_trade_names_by_country(self) -> dict[tuple[str, frozenset[str]], str]:
        """(country, _arabic_workers_key words) -> the id of the country's one union with an Arabic name of those words
        (its country at most besides), built once; keys of two unions are left out."""
        if self._arabic_trade_names is None:
            table: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
            for record in self.unions:
                if record.country is None:
                    continue
                for name in record.all_names:
                    if ARABIC_LETTER.search(name) and (key := _arabic_workers_key(name)) is not None and (
                            key[1] <= {record.country}):
                        table[(record.country, key[0])].add(record.id)
            self._arabic_trade_names = {key: next(iter(ids)) for key, ids in table.items() if len(ids) == 1}
        return self._arabic_trade_names

    def _arabic_names_by_country(self) -> dict[tuple[str, str, frozenset[str]], frozenset[str]]:
        """(country, head, word) -> the id of that country's one union with an Arabic name of the head, the word and
        the country alone, by its name or demonym (arabic_name_words, _country_said), built once. Not when another
        union of the country has the word in its name of the same head: Yemen's teachers' syndicate ("نقابة المعلمين
        اليمنيين") beside the southern teachers' ("نقابة المعلمين والتربويين الجنوبيين"), where the bare name says
        neither."""
        if self._arabic_country_names is None:
            table: dict[tuple[str, str, frozenset[str]], set[str]] = defaultdict(set)
            holders: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (country, head, word) -> ids
            for record in self.unions:
                if record.country is None:
                    continue
                for name in record.all_names:
                    if not ARABIC_LETTER.search(name) or (said := arabic_name_words(name)) is None:
                        continue
                    words = _country_said(said[1])
                    rest = frozenset(word for word in words if not _names_a_country(word))
                    for word in rest:
                        holders[(record.country, said[0], word)].add(record.id)
                    if len(rest) == 1 and words - rest == {record.country}:
                        table[(record.country, said[0], rest)].add(record.id)
            self._arabic_country_names = {key: frozenset(ids) for key, ids in table.items() if holders[
                (key[0], key[1], next(iter(key[2])))] == ids}
        return self._arabic_country_names

    def _without_acronyms_of_split_offs(self, unions: list[tuple[str, _Match]]) -> list[tuple[str, _Match]]:
        """`unions` without a bare acronym's mentions of the union that owns it, in a story that names a split-off by
        that acronym and a word in title case ("la CTA Autónoma ... la CTA se diferenciará": Argentina's CTA-A, not
        the CTA-T): the split-off is no member of the acronym's owner, and the bare acronym is the story's short form
        of the split-off's name (but "CGT FO" is two acronyms, Force Ouvrière's and the CGT's)."""
        bare: dict[str, str] = {}  # the acronym -> the split-off written with it
        for union_id, match in unions:
            words = match.original[match.start:match.end].split()
            if len(words) == 2 and words[1].istitle() and (record := self.unions.get(union_id)) is not None and (
                    words[0] not in record.acronyms):
                bare[words[0]] = union_id
        if not bare:
            return unions
        kept: list[tuple[str, _Match]] = []
        for union_id, match in unions:
            surface = match.original[match.start:match.end]
            split_off = bare.get(surface)
            if split_off is not None and split_off != union_id and (
                    (record := self.unions.get(union_id)) is not None and surface in record.acronyms) and (
                    other := self.unions.get(split_off)) is not None and (
                    other.country == record.country and other.parent != union_id):
                continue
            kept.append((union_id, match))
        return kept

    def _variant_id(self, entry: _FoundUnion, story_countries: set[str], anywhere: bool) -> str | None:
        """The directory union `entry`'s name says in other words (`anywhere`: in a story naming no country; see
        UnionDirectory.id_for_variant), unless the acronym in brackets after it is another one than the union's
        ("Sindicato dos Enfermeiros (SE)" is not the Sindicato dos Enfermeiros Portugueses, SEP)."""
        union_id = self.unions.id_for_variant(entry.name, story_countries, anywhere) or self.unions.id_for_near_variant(
            entry.name, story_countries, anywhere)
        if union_id is not None and not self._may_follow(union_id, entry.after_country):
            return None
        record = self.unions.get(union_id or "")
        if record is not None and entry.acronym is not None and record.acronyms and fold(entry.acronym) not in {
                fold(acronym) for acronym in record.acronyms}:
            return None
        return union_id

    def _without_arabic_city(self, name: str) -> str | None:
        """An Arabic name without the city "in" or "by" it ends with ("... في نابلس", "... بمسقط"), or None when it
        ends with none; a country there stays ("الاتحاد العام للشغالين بالمغرب")."""
        words = name.split()
        if len(words) < 3 or not ARABIC_LETTER.search(words[-1]):
            return None
        city = fold(words[-1])
        if words[-2] == "في":
            rest = words[:-2]
        elif city.startswith("ب"):
            rest, city = words[:-1], city[1:]
        else:
            return None
        if not self._automata.is_country_name(city) or self._automata.countries_named(city):
            return None
        return " ".join(rest) if len(rest) >= 2 else None

    def _drop_arabic_branch_names(self, found: dict[str, _FoundUnion], union_matches: list[_Match]) -> None:
        """Drop the Arabic names that are a town's branch of a directory union the story names, of the town's country:
        a name ending with a town or region ("نقابة أطباء الإسكندرية", "نقابة البترول بالإسكندرية") whose trade words
        stand in the other union's name as the story writes it ("نقابة أطباء مصر", "النقابة العامة للبترول"), or, with
        no trade word of its own, that starts the other union's name ("نقابة عدن", the short form of "نقابة عدن
        للمعلميين والتربويين الجنوبيين"). Gaza's electricity workers' union beside Jordan's stays."""
        branches = [(entry, branch) for entry in found.values()
                    if ARABIC_LETTER.search(entry.name) and (branch := self._arabic_branch(entry.name)) is not None]
        if not branches:
            return
        others = [(fold(match.original[match.start:match.end]), self._home_countries_of(
            entry.target for entry in match.entries if entry.kind == "union")) for match in union_matches]
        for entry, (trade, places) in branches:
            named = [name for name, homes in others + [
                (fold(other.name), self._home_countries_of((other.directory_id,)))
                for other in found.values() if other is not entry and other.directory_id] if homes & places]
            if trade:
                # (not the branch's own name written short: "نقابة عمال الموانئ" after "... في البصرة", wide_ar27)
                own = {_arabic_stem(word) for word in fold(entry.name).split()}
                is_branch = any(trade <= stems and not stems <= own for stems in (
                    {_arabic_stem(word) for word in name.split()} for name in named))
            else:
                is_branch = any(name.startswith(f"{fold(entry.name)} ") for name in named)
            if is_branch:
                for key in [key for key, value in found.items() if value is entry]:
                    del found[key]

    def _home_countries_of(self, union_ids: Iterable[str | None]) -> frozenset[str]:
        """The countries of the directory unions `union_ids`."""
        return frozenset(record.country for union_id in union_ids
                         if (record := self.unions.get(union_id or "")) is not None and record.country is not None)

    def _arabic_branch(self, name: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """For an Arabic union name ending with a town or region, "in" it or not ("... الإسكندرية", "... بالإسكندرية",
        "... في تعز"): the stems (_arabic_stem) of its words other than its place and the union's own words
        (_ARABIC_UNION_WORDS), and the place's countries; None when the name ends with no such place."""
        words = fold(name).split()
        if len(words) < 2:
            return None
        place, rest = words[-1], words[:-1]
        if len(rest) >= 2 and rest[-1] in _ARABIC_IN_WORDS:
            rest = rest[:-1]
        elif place.startswith(_ARABIC_JOINED_IN) and self._automata.is_local_place(place[1:]):
            place = place[1:]
        places = self._automata.local_place_countries(place)
        if not places:
            return None
        return frozenset(_arabic_stem(word) for word in rest) - _ARABIC_UNION_STEMS, places

    def _district_committee_of(self, name: str, union_matches: list[_Match]) -> str | None:
        """The national federation whose district, sub-district, police-station area or branch committee `name` is:
        a name led by its place ("ব্রাহ্মণবাড়িয়া জাতীয়তাবাদী জেলা শ্রমিক দল", "নারায়ণগঞ্জ জেলা শ্রমিক লীগ", "বন্দর শাখা
        শ্রমিক দল") that, without its place words, is
        the name of a federation of the directory, or how the name of one the story names ends ("জাতীয় শ্রমিক
        লীগ"). Only federations (kind "confederation") organise so; a district's own union ("সিলেট জেলা সড়ক
        পরিবহন শ্রমিক ইউনিয়ন") is not its national union's committee."""
        words = fold(name).split()
        if len(words) > 2 and words[1] in _COMMITTEE_LEVELS:
            words = words[2:]  # the place's own name before its level: "ফকিরহাট উপজেলা", "বন্দর শাখা" (the port branch)
        elif not words or words[0] not in PLACE_NAME_WORDS:
            return None
        rest = " ".join(word for word in words if word not in PLACE_NAME_WORDS)
        if len(rest.split()) < 2:
            return None
        named = {entry.target for match in union_matches for entry in match.entries if entry.kind == "union"}
        candidates = [union_id] if (union_id := self.unions.id_for_name(rest)) is not None else [
            union_id for union_id in sorted(named) if (record := self.unions.get(union_id)) is not None and any(
                f" {fold(known)}".endswith(f" {rest}") for known in record.all_names)]
        federations = [union_id for union_id in candidates
                       if (record := self.unions.get(union_id)) is not None and record.kind == "confederation"]
        return federations[0] if len(federations) == 1 else None

    # -- scanning --------------------------------------------------------------------------

    def _scan(self, field: Field, original: str) -> _Scanned:
        """The country matches, union matches, head words and blocked spans of `original`, in order.

        Blockers only hide what they cover (their spans are returned so the recogniser leaves them
        alone too: "International Labour Organization", "Solidarity Center"); head words (for the
        recogniser) are (start, end, folded head) spans of `original` and hide nothing.
        """
        countries: list[_Match] = []
        unions: list[_Match] = []
        heads: list[tuple[int, int, str]] = []
        blocked: list[tuple[int, int]] = []
        signals: dict[str, list[int]] = {}
        source = normalize(original)
        if not original:
            return _Scanned(countries, unions, heads, blocked, source, signals)
        # the automaton reads quoted words as the words unquoted (names are keyed so: gazetteer.pattern_key); spans
        # map back to `original` through `scanned`'s offsets, and signals back to `source`'s positions below
        scanned = quotes_seen_through(source)
        cased, offsets = scanned.cased, scanned.offsets
        # (start, -end, viable entries) in the folded text: sorting by the span puts them in leftmost-longest
        # order; a town after a preposition can share its span with a name found by the automaton ("at Adur"),
        # and the stable sort keeps the automaton's first.
        candidates: list[tuple[int, int, tuple[NameEntry, ...]]] = []
        lower = scanned.lower
        padded = " " + lower + " "
        ascii_text = lower.isascii()
        # once a text (asked for every candidate, they made a long text's time grow with its length squared)
        bracketed = offsets is None and "(" in original
        japanese = not ascii_text and _KANA.search(lower) is not None
        persian_yeh = not ascii_text and _URDU_PERSIAN_YEH in original
        # Thai glues Latin words to its own ("รวมถึงIndustriALLและ", including IndustriALL and): for the Latin names,
        # whose keys are padded to whole words, a Thai letter ends a word as a space does (same length, same offsets)
        latin_padded = padded if ascii_text or not THAI_LETTER.search(lower) else _THAI_RUN.sub(_as_spaces, padded)
        # (the trie leaves out a Latin name going on into a longer word, "union" in "unions", as the first test below
        # would: it reads latin_padded too)
        matches: Iterable[tuple[int, _KeyInfo]] = self._automata.latin.iter(latin_padded, whole_words=True)
        if not ascii_text:
            matches = chain(matches, self._automata.other_scripts.iter(padded),
                            self._automata.arabic_joined_matches(padded), self._automata.postposition_matches(padded))
        for end_index, (start_back, closed, entries, case_check, detail) in matches:
            if closed and padded[end_index + 1] != " " and (
                    latin_padded[end_index + 1] != " " or latin_padded[end_index] == " "):
                # a name padded at its end, going on into a longer word ("india" in "indian"); a Thai letter
                # after a Latin name's last letter ends its word (a Thai name's own letters are spaces there)
                continue
            norm_start = end_index - start_back
            norm_end = end_index
            if case_check == "capitalised":
                if cased[norm_start:norm_start + 1].islower():
                    continue
            elif case_check == _TABLE:
                exact_surface, passing = cast(_CaseTable, detail)
                entries = passing[2 * (exact_surface is not None and cased[norm_start:norm_end] == exact_surface)
                                  + cased[norm_start:norm_start + 1].islower()]
                if not entries:
                    continue
            elif case_check == "exact":
                if cased[norm_start:norm_end] != detail:
                    continue
            elif case_check == _EACH_ENTRY:
                surface = cased[norm_start:norm_end]
                entries = tuple(entry for entry in entries if _case_ok(entry, surface))
                if not entries:
                    continue
            elif case_check == _SIGNAL:
                signals.setdefault(cast(str, detail), []).append(norm_start)  # the signal's word
                continue
            if not ascii_text and entries[0].kind == "country" and (
                    not closed and not _ending_ok(lower, norm_end)  # "মালি" (Mali) at the start of "মালিক" (owner)
                    or _inside_katakana_word(lower, norm_start, norm_end)  # "アルバ" (Aruba) in "アルバイト"
                    or _chinese_name_in_japanese_word(lower, norm_start, norm_end, japanese)  # "海地" in "東海地区"
                    or _chinese_place_in_japanese_word(lower, norm_start, norm_end, entries, japanese)  # "泉州支部"
                    or (bracketed and _inside_transliterated_name(original, norm_start, norm_end))
                    or (_DIALECT_AFTER.match(lower, norm_end) is not None and HAN_LETTER.match(lower, norm_start))
                    or _inside_thai_word(scanned, norm_start, norm_end, entries[0].cased)  # "ตองกา" in "ต้องการ"
                    or (_URDU_PERSIAN_WORDS.get(lower[norm_start:norm_end]) == entries[0].target
                        and persian_yeh)):  # "مالی مسائل": financial, in Urdu and Persian
                continue  # (all need letters beyond ASCII in the folded text)
            if entries[-1].kind == "head":  # heads come last, so a name that is also a head word is both
                span = (norm_start, norm_end) if offsets is None else scanned.original_span(norm_start, norm_end)
                heads.append((*span, entries[-1].target))
                entries = entries[:-1]
                if not entries:
                    continue
            candidates.append((norm_start, -norm_end, entries))
        candidates += self._towns_after_prepositions(cased, lower)
        candidates.sort(key=_SPAN)  # by the span only: entries do not compare
        covered_until = -1
        for norm_start, negated_end, viable in candidates:
            if norm_start < covered_until:
                continue
            covered_until = norm_end = -negated_end
            kind = viable[0].kind
            start, end = (norm_start, norm_end) if offsets is None else scanned.original_span(norm_start, norm_end)
            if kind == "blocker":
                blocked.append((start, end))
                continue
            if kind == "country" and not ascii_text and _ARABIC_TANWEEN.search(original, start, end + 1):
                continue  # "ملاكًا" (accusative "owners"): a noun with tanween is indefinite, never a place's name
            folded = lower[norm_start:norm_end]  # folded text has no space at a match's ends
            if "  " in folded:
                folded = " ".join(folded.split())
            if kind == "country" and not ascii_text and folded.endswith(_OMAN_FOLDED) and _AMMAN_SHADDA.search(
                    original, start, end):
                viable = (_AMMAN,)
            if kind != "country" and not ascii_text and _inside_quoted_chinese_name(original, start, end):
                continue  # "工聯" (the Macau FTU) in 「職工聯盟」, another body's name
            if kind == "union" and not ascii_text and self._first_trade_abroad(original, start, end, viable):
                continue  # "Профспілка працівників освіти Польщі": Poland's union of the trade, not Ukraine's
            (countries if kind == "country" else unions).append(_Match(field, original, start, end, viable, folded))
        if scanned is not source and offsets is not None:
            signals = {word: [offsets[start] for start in starts] for word, starts in signals.items()}
        return _Scanned(countries, unions, heads, blocked, source, signals)

    def _labour_centres_listed(self, unions: list[tuple[str, _Match]]) -> list[tuple[str, _Match]]:
        """Greek labour centres listed by their places after the first under one plural head ("τα Εργατικά Κέντρα
        Αθήνας (ΕΚΑ), Πειραιά, Λαυρίου – Ανατολικής Αττικής και Σαλαμίνας", "των Εργατικών Κέντρων Ηρακλείου ...,
        Λασιθίου"): each place the directory knows a labour centre of, as (union id, match) pairs."""
        listed: list[tuple[str, _Match]] = []
        for _, match in unions:
            head = _GREEK_PLURAL_CENTRES.match(match.original, match.start)
            if head is None:
                continue
            position = match.end
            while (item := _GREEK_LISTED_PLACE.match(match.original, position)) is not None:
                words = item.group(1).split()
                for length in range(len(words), 0, -1):
                    place = " ".join(words[:length])
                    union_id = self.unions.id_for_name(f"Εργατικό Κέντρο {place}")
                    if union_id is not None:
                        start = item.start(1)
                        listed.append((union_id, _Match(match.field, match.original, start, start + len(place), (),
                                                         fold(place))))
                        break
                position = item.end()
        return listed

    def _listed_acronyms(self, unions: list[tuple[str, _Match]], found: dict[str, _FoundUnion],
                         fields: tuple[tuple[Field, str, _Scanned], ...],
                         taught: dict[str, str], foreign: Callable[[str], bool]) -> list[tuple[str, _Match]]:
        """Acronyms listed with a union's acronym are unions too: "l'UMT, la CDT, l'UGTM et la FDT";
        so are acronyms named right after a plural word for unions ("los sindicatos AGD-UBA y Ademys",
        "unions such as GMB").

        Found ones join `found`; those the directory knows, by the acronym or because the story
        taught it (`taught`: folded acronym -> union id), are returned as (union id, match) pairs, save a
        directory acronym of a union `foreign(union id)` says the story cannot mean (see _is_backed): it is found.
        """
        anchors = [match for _, match in unions if _ACRONYM_WORD.fullmatch(match.original, match.start, match.end)]
        anchors += [match for entry in found.values() for match in entry.matches
                    if _ACRONYM_WORD.fullmatch(match.original, match.start, match.end)]
        known = {(match.field, match.start) for _, match in unions}
        known |= {(match.field, match.start) for entry in found.values() for match in entry.matches}
        # "da CUT, a FEM-CUT": an acronym that ends a union's name already matched is that name's word, not listed
        names = [(match.field, match.start, match.end) for _, match in unions if " " in match.original[match.start:match.end]]
        # "CC.OO. PV y UGT PV", "ANPE CV": letters right after a union's acronym are its region's, not a union listed
        union_ends = {(match.field, match.end) for _, match in unions} | {
            (match.field, match.end) for entry in found.values() for match in entry.matches}
        listed: list[tuple[str, _Match]] = []

        def add(field: Field, original: str, start: int, end: int) -> None:
            acronym = original[start:end]
            if (field, start) in known or self._automata.is_country_name(fold(acronym)) or (
                    fold(acronym) in _NOT_UNION_ACRONYMS) or _part_of_dotted_acronym(original, start, end) or any(
                    named_field == field and named_start < start and end <= named_end
                    for named_field, named_start, named_end in names) or any(
                    (field, start - gap) in union_ends and original[start - gap:start] in (" ", ". ") for gap in (1, 2)):
                return
            known.add((field, start))
            match = _Match(field, original, start, end, (), fold(acronym))
            directory_id = taught.get(fold(acronym)) or self.unions.id_for_name(acronym)
            if directory_id is not None and (fold(acronym) in taught or not foreign(directory_id)):
                listed.append((directory_id, match))
                return
            # (a directory acronym only of a union the story cannot mean is an unknown one: "la SNE, l'UMT, l'UGTM, la
            # FNE et la FDT" in Morocco is no Portuguese FNE, "centrais sindicais como UGT, CUT, UNE, CSP" in Brazil no
            # Ecuadorian UNE)
            if _BACKER_AFTER.match(original, end) or _BACKER_BEFORE.search(original, max(0, start - 20), start):
                return  # "the RSS-backed Sramik Sangh", "the labour arm of the RSS": the party behind a union
            if _taught_by_non_union(original, acronym):
                return  # "The Awami Workers Party (AWP) and the PTUF ... the AWP, PTUF": the party the story named
            entry = found.get(fold(acronym))
            if entry is None:
                entry = found[fold(acronym)] = _FoundUnion(None, FoundName(start, end, acronym, acronym))
            entry.matches.append(match)

        for field, original, scanned in fields:
            for after_noun in _acronyms_after_plural_nouns(original, scanned.source, scanned.signals):
                start, end = after_noun.span(1)
                # A capitalised noun is a name's own word ("Unions NSW", "Unions WA"), not a list's cue.
                if original[after_noun.start()].islower() and _is_acronym(original[start:end]):
                    add(field, original, start, end)
                    spans = _acronyms_listed_with(original, start, end)
                    for listed_start, listed_end in spans:
                        add(field, original, listed_start, listed_end)
                    last_end = max([end, *(listed_end for listed_start, listed_end in spans if listed_start > start)])
                    named = _NEXT_LISTED_NAME.match(original, last_end, last_end + 40)
                    if named is not None and self._recogniser.is_short_name(named.group(1)):
                        add(field, original, *named.span(1))
        folded_names: list[list[str]] = []  # the story's unions' names, folded when a list first goes on with a name

        def known_names() -> list[str]:
            if not folded_names:
                folded_names.append([fold(name) for union_id in {union_id for union_id, _ in unions}
                                     if (record := self.unions.get(union_id)) is not None for name in record.all_names])
            return folded_names[0]

        for anchor in anchors:
            spans = _acronyms_listed_with(anchor.original, anchor.start, anchor.end)
            if not spans:
                continue
            sentence_words = _sentence(anchor.original, anchor.start, anchor.end).split()
            last_end = max([anchor.end, *(end for start, end in spans if start > anchor.start)])
            names_listed = self._short_names_listed_after(anchor.original, last_end, known_names)
            # A name goes on a list of three unions' acronyms or more ("l'intersyndicale (CFDT, UNSA, CFE CGC, CGT,
            # Supper et CFTC)"), or of two in a sentence about labour ("CC OO, UGT y Redes no descartan una huelga"),
            # agencies' acronyms not counted: not "the ITUC, ILO, Oxfam and Amnesty International said".
            union_acronyms = 1 + sum(1 for start, end in [*spans, *names_listed] if _is_acronym(anchor.original[start:end])
                                     and fold(anchor.original[start:end]) not in _NOT_UNION_ACRONYMS)
            if union_acronyms < 3 and (union_acronyms < 2 or _UNION_LIST_CUES.isdisjoint(sentence_words)):
                names_listed = []
            if len(spans) < 2 and not names_listed and _UNION_LIST_CUES.isdisjoint(sentence_words):
                continue  # "ITUC and NDWU met": two acronyms alone are not enough to call one a union
            for start, end in spans + names_listed:
                add(anchor.field, anchor.original, start, end)
        return listed

    def _starts_a_directory_name(self, word: str) -> bool:
        """Whether the folded `word` is the first word of some directory union's name, acronym or alias."""
        if self._first_name_words is None:
            self._first_name_words = frozenset(words[0] for record in self.unions for name in record.all_names
                                               if (words := fold(name).split()))
        return word in self._first_name_words

    def _short_names_listed_after(self, original: str, end: int,
                                  known_names: Callable[[], list[str]]) -> list[tuple[int, int]]:
        """One-word names in title case that go on a list of union acronyms, and the acronyms after them
        ("CFE CGC, CGT, Supper et CFTC", "CC OO, UGT y Redes", "NPB, ACP, Equipe en ANPV"): a list of unions
        goes on with unions. Empty when the list's next item is no short name (is_short_name: not a place).
        A word that starts a directory union's name, or the name of a union the story names (`known_names()`,
        folded), is that union's short or misspelt name, skipped: "CUT, CTB, UGT, Força, CSB" (Força Sindical),
        "FO, Solidaire" (Solidaires)."""
        spans: list[tuple[int, int]] = []
        position = end
        while len(spans) < _MAX_LISTED:
            named = _NAME_IN_LIST.match(original, position, position + 40)
            if named is None or not self._recogniser.is_short_name(named.group(1)):
                break
            if original[position:named.start(1)].strip() == "," and _AND_BEFORE_LAST_ITEM.search(
                    original, max(0, position - 40), position):
                break  # "with NTUC and SISEU, Agoda has acknowledged": the list ended at "and"; a new clause's subject
            word = fold(named.group(1))
            if not self._starts_a_directory_name(word) and not any(name.startswith(word) for name in known_names()):
                spans.append(named.span(1))
            position = named.end(1)
            while len(spans) < _MAX_LISTED and (following := _NEXT_LISTED_OR_EN.match(original, position, position + 40)) and (
                    _is_acronym(following.group(1))):
                spans.append(following.span(1))
                position = following.end(1)
        return spans

    def _with_possessive_countries(self, union_matches: list[_Match]) -> list[_Match]:
        """`union_matches`, a name of words written after a country's name in the English possessive taken as the name
        of the union whose name is the country's name and it: "Kenya's National Union of Teachers" is the Kenya National
        Union of Teachers (not Britain's National Union of Teachers), "Fiji's Public Service Association" the Fiji
        Public Service Association. Kept as matched when no union of that country is so named."""
        kept = union_matches
        for index, match in enumerate(union_matches):
            if (" " not in match.folded.strip() or match.original[match.start - 3:match.start] not in _POSSESSIVE_ENDINGS
                    or not any(entry.kind == "union" and entry.form == "alias" for entry in match.entries)):
                continue
            owner = self._possessive_country_union(match)
            if owner is not None:
                if kept is union_matches:
                    kept = list(union_matches)
                kept[index] = owner
        return kept

    def _possessive_country_union(self, match: _Match) -> _Match | None:
        """The match of "<country>'s <name>" for the union of that country named "<country> <name>", or None."""
        before = _POSSESSIVE_COUNTRY.search(match.original, max(0, match.start - _WORDS_BEFORE_REACH), match.start)
        if before is None:
            return None
        words = before.group(1).split()
        surface = match.original[match.start:match.end]
        for count in range(len(words), 0, -1):
            country = " ".join(words[-count:])
            codes = self._automata.countries_named(fold(country))
            if not codes:
                continue
            name = f"{country} {surface}"
            union_id = self.unions.id_for_name(name) or self.unions.id_for_variant(name, set(codes))
            record = self.unions.get(union_id or "")
            if record is None or record.country not in codes:
                return None
            start = match.start - len(before.group(0)) + before.group(0).rindex(country)
            entry = NameEntry("union", record.id, "alias", "", "any")
            return _Match(match.field, match.original, start, match.end, (entry,),
                          fold(match.original[start:match.end]))
        return None

    def _with_title_case_acronyms(self, title: str, text: str, union_matches: list[_Match],
                                  in_union_names: _Spans) -> list[_Match]:
        """`union_matches` and after them the directory's three-letter acronyms written in title case ("Usl", "Sit",
        "Peo") outside the names matched and found (`in_union_names`), for the backing of unions only: they count
        listed beside another union or called a union (see _is_backed), and no place or country is read around them.
        Four letters and more have entries of their own (unions.ACRONYM_VARIANT_MIN_LETTERS)."""
        written: list[_Match] = []
        fields: tuple[tuple[Field, str], ...] = (("title", title), ("text", text))
        for field, original in fields:
            matched: TextSpans | None = None  # made at the first acronym met (most stories have none)
            for word in _TITLE_CASE_THREE_LETTERS.finditer(original):
                if not _starts_word(original, word.start()):
                    continue
                entries = self._title_case_acronym_entries(word[0].upper())
                if not entries:
                    continue
                if matched is None:
                    matched = TextSpans((match.start, match.end) for match in union_matches if match.field == field)
                if matched.overlaps(word.start(), word.end()):
                    continue
                match = _Match(field, original, word.start(), word.end(), entries, fold(word[0]))
                if not in_union_names.hold(match):
                    written.append(match)
        return union_matches + written

    def _with_joined_names(self, field: Field, original: str, union_matches: list[_Match]) -> list[_Match]:
        """`union_matches` and, in order among them, the two names of a word that joins a union's name to its
        confederation's or another union's ("FilleaCgil", "FenealUil", "SgbCisl": the Italian and South Tyrolean
        press write a federation and its confederation so), where the directory knows both parts and matched
        neither the word nor a name over it; each part counts only where the story backs it."""
        joined: list[_Match] = []
        matched: TextSpans | None = None  # made at the first joined word met (most stories have none)
        for word in _JOINED_WORDS.finditer(original):
            if matched is None:
                matched = TextSpans((match.start, match.end) for match in union_matches)
            if matched.overlaps(word.start(), word.end()):
                continue
            parts: list[_Match] = []
            for group in (1, 2):
                info = stored_info(self._automata.latin, pattern_key(word[group]))
                entries = tuple(replace(entry, needs_support=True) for entry in (info.entries if info else ())
                                if entry.kind == "union")
                if not entries:
                    break
                parts.append(_Match(field, original, word.start(group), word.end(group), entries, fold(word[group])))
            if len(parts) == 2:
                joined += parts
        return sorted(union_matches + joined, key=lambda match: match.start) if joined else union_matches

    def _with_misspelt_federations(self, field: Field, original: str, union_matches: list[_Match]) -> list[_Match]:
        """`union_matches` and, in order among them, a category federation's acronym misspelt by one letter before
        its confederation's ("Film Cisl", "Fil Cgil", "Filtem-Cgil", "Flsa Cisl", "Filmcas Cgil": the Italian press
        often mistypes the federations' short names): a word the directory does not know, one letter added, dropped,
        changed or swapped from the short name of exactly one of that confederation's federations, counts as it."""
        misspelt: list[_Match] = []
        matched: TextSpans | None = None  # made at the first federation's word met (most stories have none)
        for written in _FEDERATION_BEFORE_CONFEDERATION.finditer(original):
            word = written[1]
            if stored_info(self._automata.latin, pattern_key(word)) is not None:
                continue
            if matched is None:
                matched = TextSpans((match.start, match.end) for match in union_matches)
            if matched.overlaps(written.start(1), written.end(1)):
                continue
            confederation = fold(original[written.end(1):written.end()].strip(" -–"))
            federations = {record_id for record_id, short in self._federation_short_names().get(confederation, ())
                           if OSA.distance(word.upper(), short, score_cutoff=1) == 1}
            if len(federations) != 1:
                continue
            (federation,) = federations
            short = next(short for record_id, short in self._federation_short_names()[confederation]
                         if record_id == federation)
            info = stored_info(self._automata.latin, pattern_key(short))
            entries = tuple(replace(entry, needs_support=True) for entry in (info.entries if info else ())
                            if entry.kind == "union" and entry.target == federation)
            if entries:
                misspelt.append(_Match(field, original, written.start(1), written.end(1), entries, fold(word)))
        return sorted(union_matches + misspelt, key=lambda match: match.start) if misspelt else union_matches

    def _federation_short_names(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """(federation id, its one-word short name in capitals) by confederation id, for the federations whose
        parent is a confederation _FEDERATION_BEFORE_CONFEDERATION reads ("cgil": ("filt-cgil-it", "FILT"), ...)."""
        if self._federation_shorts is None:
            shorts: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for record in self.unions:
                if record.parent in _ITALIAN_CONFEDERATIONS:
                    for name in (*record.acronyms, *record.aliases, record.name):
                        words = name.split()
                        if len(words) == 1 or (len(words) == 2 and fold(words[1]) == record.parent):
                            shorts[record.parent].add((record.id, words[0].upper()))
            self._federation_shorts = {parent: tuple(sorted(pairs)) for parent, pairs in shorts.items()}
        return self._federation_shorts

    def _title_case_acronym_entries(self, acronym: str) -> tuple[NameEntry, ...]:
        """The directory's union acronyms written `acronym`, as variants that need support (see
        _with_title_case_acronyms); kept per acronym, as the directory does not change."""
        entries = self._title_case_entries.get(acronym)
        if entries is None:
            info = stored_info(self._automata.latin, pattern_key(acronym))
            entries = self._title_case_entries[acronym] = tuple(
                replace(entry, form="acronym_variant", needs_support=True) for entry in (info.entries if info else ())
                if entry.kind == "union" and entry.form == "acronym" and entry.cased == acronym)
        return entries

    def _with_spelt_acronyms(self, field: Field, original: str, union_matches: list[_Match]) -> list[_Match]:
        """`union_matches` and, in order among them, the directory's acronyms spelt out in Devanagari
        ("सीआईटीयू", CITU: see recognise.spelt_acronyms) or written against CJK characters ("JAMという":
        recognise.glued_acronyms), which count only when the story backs them, and its English names written in
        Urdu letters ("آل پاکستان فیڈریشن آف ٹریڈ یونینز": recognise.transliterated_names; "یونین" may stand for
        "Unions")."""
        spelt: list[_Match] = []
        for start, end, acronym in spelt_acronyms(original) + glued_acronyms(original):
            if spelt and start < spelt[-1].end and spelt[-1].start <= start:
                continue  # inside a longer spelling the directory knows (longest first at each start)
            info = stored_info(self._automata.latin, pattern_key(acronym))
            entries = tuple(replace(entry, needs_support=True) for entry in (info.entries if info else ())
                            if entry.kind == "union" and entry.form == "acronym" and entry.cased == acronym)
            if entries:
                spelt.append(_Match(field, original, start, end, entries, fold(acronym)))
        matched = {(match.start, match.end) for match in union_matches if match.field == field}
        for start, end, name in transliterated_names(original):
            # (spelt holds the acronyms first, so its last match may stand later in the text than this name: a
            # spelt acronym after the name, "यूनाइटेड फोरम आफ बैंक यूनियन्स के बैनर तले एआईबीईए", does not hide it)
            if any(other.start <= start < other.end for other in spelt) or (start, end) in matched:
                continue  # inside a longer name the directory knows, or found by the automaton already
            for english in _english_name_variants(name):
                info = stored_info(self._automata.latin, pattern_key(english))
                entries = tuple(entry for entry in (info.entries if info else ())
                                if entry.kind == "union" and entry.form not in _ACRONYM_FORMS) or (
                    self._spelt_alias_entries(english))
                if entries:
                    spelt.append(_Match(field, original, start, end, entries, fold(english)))
                    break
        return sorted(union_matches + spelt, key=lambda match: match.start) if spelt else union_matches

    def _spelt_alias_entries(self, english: str) -> tuple[NameEntry, ...]:
        """The entries of the directory's alias in Urdu or Devanagari letters that reads as the English name
        `english` word by word, as a story's name spelt otherwise does ("ऑल इंडिया रेलवे फेडरेशन", an alias of AIRF,
        and a story's "आल इंडिया रेलवे फेडरेशन" both read "All India Railway Federation"); () for none."""
        if self._spelt_alias_keys is None:
            self._spelt_alias_keys = {
                pattern_key(reading): pattern_key(alias) for record in self.unions for alias in record.aliases
                for start, end, reading in transliterated_names(alias)[:1] if (start, end) == (0, len(alias))}
        alias_key = self._spelt_alias_keys.get(pattern_key(english))
        info = stored_info(self._automata.other_scripts, alias_key) if alias_key else None
        return tuple(entry for entry in (info.entries if info else ())
                     if entry.kind == "union" and entry.form not in _ACRONYM_FORMS)

    def _korean_centre_ending(self, name: str) -> str | None:
        """The directory's national centre whose whole name ends a Korean name found glued to other words before it
        (a headline run into the text, "시작전국민주노동조합총연맹"; a district's council, "서울중구민주노총"): the centre
        is named (directory names are matched at a word's start only), else None."""
        for cut in range(1, len(name) - 3):
            record = self.unions.get(self.unions.id_for_name(name[cut:]) or "")
            if record is not None and record.kind == "confederation":
                return record.id
        return None

    def _parents_named_within(self, unions: list[tuple[str, _Match]]) -> list[tuple[str, _Match]]:
        """The parent of a union named with the parent's acronym inside its own name ("Fiom Cgil", "UFR-CFDT",
        "Federação dos Metalúrgicos da CUT"), a local or district named with the parent's one-word name ("Teamsters
        Local 283", as a found local is) or whole name ("International Association of Machinists and Aerospace
        Workers District 751"): the parent is named too. So is a confederation of the union's country whose acronym,
        any of its acronyms, the name holds (see _confederation_within), also when the directory gives the union
        another parent or none: "SP KEP SPSI" names the KSPSI (the outside samples label it on 13 of 15 such
        pages), though the directory's FSP KEP is the KSPI's."""
        parents: list[tuple[str, _Match]] = []
        named = {union_id for union_id, _ in unions}
        for union_id, match in unions:
            record = self.unions.get(union_id)
            # a name joined to its parent's is two words ("FenealUil": see _with_joined_names), and so is a local's
            # number joined to its parent's acronym ("1199SEIU": the SEIU's Local 1199)
            folded = match.folded if " " in match.folded else fold(_DIGITS_JOINED.sub(" ", _JOINED_WORDS.sub(
                r"\1 \2", match.original[match.start:match.end])))
            if record is None or " " not in folded:
                continue  # one word cannot hold both names
            words = f" {folded} "
            confederation = self._confederation_within(record, match)  # its acronym is a word of the name
            for parent in (self.unions.get(record.parent or ""), confederation):
                if parent is None or parent.id in named:
                    continue
                # its whole name or another of its names ("Синдикат „Образование“ към КТ „Подкрепа“")
                if parent is confederation or any(short in words for short in (*_padded_acronyms(parent), *_one_word_names_of_locals(parent))) or (
                        any(whole in words for whole in _padded_names_of_words(parent))) or (
                        words.startswith(_hangul_one_word_names(parent))):
                    parents.append((parent.id, match))
                    named.add(parent.id)
                    break
        return parents

    def _parents_glued_before(self, unions: list[tuple[str, _Match]]) -> list[tuple[str, _Match]]:
        """The parent of a union the story writes right after the parent's name, spelt otherwise than the directory
        spells it: "The Korea Automobile & Transport Workers' Federation Seoul City Bus Labor Union" (the directory
        writes "Korean Automobile and Transport Workers' Federation"), "전국자동차노종조합연행 서울시버스노동조합"
        (전국자동차노동조합연맹 with two letters wrong). A member written with its parent names the parent (see
        _parents_named_within); only the member's own parent is looked for, so a name another way may be read: in
        other words in Latin letters (its words and countries compared as `variant_key` compares them, with a name of
        the parent's ending in the same word), with up to two letters wrong in one Hangul word."""
        parents: list[tuple[str, _Match]] = []
        named = {union_id for union_id, _ in unions}
        for union_id, match in unions:
            if match.start < 3 or match.original[match.start - 1] != " " or match.original[match.start - 2].isspace() or (
                    record := self.unions.get(union_id)) is None or not record.parent or record.parent in named or (
                    record.country is None) or (parent := self.unions.get(record.parent)) is None:
                continue
            words = match.original[max(0, match.start - _GLUED_PARENT_CHARS):match.start - 1].split(" ")
            last = words[-1]
            if HANGUL_WORD.fullmatch(last):
                glued = len(last) >= _MISSPELT_HANGUL_LETTERS and any(
                    OSA.distance(last, name, score_cutoff=2) <= 2 for name in parent.all_names if HANGUL_WORD.fullmatch(name))
            elif last[:1].isupper() and len(words) >= 2:
                keys = self._glued_parent_keys.get(parent.id)
                if keys is None:  # (the parent's names by their last word, folded: their keys as variant_key makes them)
                    keys = self._glued_parent_keys[parent.id] = defaultdict(set)
                    for name in parent.all_names:
                        keys[fold(name.split()[-1])].add(variant_key(name))
                ending = keys.get(fold(last))
                glued = ending is not None and any(variant_key(" ".join(words[-length:])) in ending
                                                   for length in range(2, min(len(words), _GLUED_PARENT_WORDS) + 1))
            else:
                glued = False
            if glued:
                parents.append((parent.id, match))
                named.add(parent.id)
        return parents

    def _confederations_opening_found(self, found: dict[str, _FoundUnion], unions: list[tuple[str, _Match]],
                                      story_countries: set[str]) -> list[tuple[str, _Match]]:
        """The confederation whose acronym opens the name of a union the directory does not know ("DİSK Gıda İş",
        "DİSK Maden-İş": a member written with its parent's acronym names the parent too, bench/data/README.md
        convention 1), when the acronym is the confederation's of a country the story is about."""
        named = {union_id for union_id, _ in unions}
        parents: list[tuple[str, _Match]] = []
        for entry in found.values():
            words = entry.name.split()
            if entry.directory_id is not None or len(words) < 2 or not entry.matches or not _is_acronym(words[0]):
                continue
            parent = self.unions.get(self.unions.id_for_acronym(words[0], story_countries) or "")
            if parent is not None and parent.kind == "confederation" and parent.id not in named:
                parents.append((parent.id, entry.matches[0]))
                named.add(parent.id)
        return parents

    def _confederation_within(self, record: UnionRecord, match: _Match) -> UnionRecord | None:
        """The confederation of the union's country whose acronym follows the union's own first word in the name
        the story writes for a union ("Faisa Cisal", "SP KEP SPSI", "Snals-Confsal", "Fast
        Confsal", as "Fiom Cgil") or opens it ("Ugl Fna", "Unsa Ferroviaire": the outside samples label the
        confederation on 10 of 11 such pages); None for a confederation itself ("CGT-FO" is Force Ouvrière, not the
        CGT). An acronym after the first word that many unions' names hold is left alone ("Si Cobas" is no
        federation of the Confederazione Cobas); one that opens the name is the confederation's even so ("Ugl
        Trasporti", "Ugl Metalmeccanici")."""
        if record.kind == "confederation" or record.country is None:
            return None
        for place, word in enumerate(match.folded.split()):
            other = self.unions.get(self.unions.id_for_acronym(word, {record.country}) or "")
            if other is not None and other.kind == "confederation" and other.id != record.id and (
                    place == 0 or not self._word_of_other_names(word, other.id)):
                return other
        return None

    def _word_of_other_names(self, word: str, union_id: str) -> bool:
        """Whether `word` is a word of two or more other unions' names, as "Cobas" is of "SI Cobas" and "ADL
        Cobas": then a name holding it ("Si Cobas") is not one of that confederation's federations."""
        # Keyed by the union too: whether its own name holds the word changes the answer.
        shared = self._in_other_names.get((word, union_id))
        if shared is None:
            if self._shared_name_words is None:
                # How many names hold each word, kept for the words of two or more (the others cannot be shared):
                # folded once, not once for every new word asked about.
                holding: dict[str, int] = defaultdict(int)
                for record in self.unions:
                    for name_word in set(fold(record.name).split()):
                        holding[name_word] += 1
                self._shared_name_words = {name_word: count for name_word, count in holding.items() if count >= 2}
            own = (own_record := self.unions.get(union_id)) is not None and word in fold(own_record.name).split()
            shared = self._in_other_names[word, union_id] = self._shared_name_words.get(word, 0) - own >= 2
        return shared

    def _towns_after_prepositions(self, cased: str, lower: str) -> list[tuple[int, int, tuple[NameEntry, ...]]]:
        """(start, -end, entries) candidates for small towns named right after a preposition of place."""
        found: list[tuple[int, int, tuple[NameEntry, ...]]] = []
        towns = self._automata.towns
        for match in _TOWN_AFTER_PREPOSITION.finditer(" " + cased):
            start, end = match.start(1) - 1, match.end(1) - 1
            while end > start:  # the longest name first: "San Pedro Sula", then a word less
                entry = towns.get(f" {lower[start:end]} ")
                if entry is not None:
                    found.append((start, -end, (entry,)))
                    break
                end = lower.rfind(" ", start, end)  # the words are one space apart; -1 when none is left
        return found

    def _local_by_parents_other_name(self, name: FoundName) -> tuple[FoundName, str] | None:
        """A local the recogniser found written with one of its parent's acronyms ("International Brotherhood of
        Teamsters (IBT) Local 705 and Local 710": "IBT Local 705"), when the directory knows the local under another
        one-word name of that parent ("Teamsters Local 705"): the directory's local, with its name, and its id (wide_en32
        en-32744). None when the name is no such local or the directory has no local of that number."""
        local = _ACRONYM_AND_LOCAL.fullmatch(name.name)
        parent = self.unions.get(self.unions.id_for_name(local.group(1)) or "") if local is not None else None
        if local is None or parent is None:
            return None
        for other in parent.all_names:
            if other != local.group(1) and other.isalpha() and (
                    union_id := self.unions.id_for_name(f"{other} {local.group(2)}")) is not None and (
                    (record := self.unions.get(union_id)) is not None and record.parent == parent.id):
                return FoundName(name.start, name.end, f"{other} {local.group(2)}", name.acronym), union_id
        return None

    def _district_by_acronym(self, original: str, name: FoundName, inner: list[_Match]) -> FoundName:
        """A numbered district named after its union's full name is written with the union's acronym, as the
        press mostly writes it ("International Association of Machinists and Aerospace Workers District 751"
        is "IAM District 751"), so that every report of it gets one id. (Locals keep the owner as written:
        their discovered ids predate this.)"""
        rest = _DISTRICT_OF.match(original, inner[0].end, name.end) if inner and inner[0].start == name.start else None
        if rest is None:
            return name
        owners = {entry.target for entry in inner[0].entries if entry.kind == "union"}
        record = self.unions.get(next(iter(owners))) if len(owners) == 1 else None
        if record is None or record.acronym is None:
            return name
        return FoundName(name.start, name.end, f"{record.acronym} {rest.group(1)}", name.acronym)

    def _branch_by_short_name(self, name: FoundName) -> tuple[FoundName, str | None]:
        """A Korean branch is written with its union's short Korean name, as the press mostly writes it
        ("전국금속노동조합 경남지부", "전국금속노조 대구지부" are "금속노조 경남지부", "금속노조 대구지부"), so that every
        report of it gets one id; with the id of that union, which is named too (LABELING.md), else None. The
        short name is the directory's shortest when the story writes that one ("전공노 김천지부"), else the
        directory's "...노조" ("전국공무원노동조합 고성군지부" is "공무원노조 고성군지부"), else its shortest ("화물연대본부
        부산지부" is "화물연대 부산지부", "전국교직원노동조합 제주지부" is "전교조 제주지부")."""
        branch = _KOREAN_BRANCH.fullmatch(name.name)
        # the union's name, or its name without the leading 전국 ("national") the directory writes it with
        owner = next((union_id for parent in (branch.group(1), f"전국{branch.group(1)}")
                      if (union_id := self.unions.id_for_name(parent)) is not None), None) if branch else None
        record = self.unions.get(owner) if owner else None
        hangul = [form for form in (record.name, *record.aliases) if HANGUL_WORD.fullmatch(form)] if record else []
        if branch is None or not hangul:
            return name, None
        short = branch.group(1) if branch.group(1) == min(hangul, key=len) else min(
            hangul, key=lambda form: (not form.endswith("노조"), len(form)))
        renamed = f"{short} {branch.group(2)}"
        # the branch as written is taught too ("전국학교비정규직노동조합 대구지부" is known by its full form as well)
        written = name.name if name.name != renamed else None
        return FoundName(name.start, name.end, renamed, name.acronym or written), owner

    def _absorb_found_names(self, field: Field, original: str, scanned: _Scanned, language: str | None,
                            found: dict[str, _FoundUnion]) -> list[_Match]:
        """Add the union names the recogniser finds in `original` to `found`; return the directory
        matches that no found name replaces.

        A directory name that ends a found name decides it ("the Bangladeshi IndustriALL Council"
        is IndustriALL's); a found name that folds to a directory name or acronym takes its id; a
        longer found name hides the directory names inside it ("UNITE HERE Local 11").
        """
        # a directory name of labour words and a head alone ("শ্রমিক লীগ") names its union only standing alone: after
        # a trade it ends another union's name ("বাংলাদেশ নৌযান শ্রমিক লীগ"), which it leaves to the walk
        union_matches = [match for match in scanned.unions if not (
            names_script_workers_only(match.folded) and goes_on_before(original, match.start))]
        if not original:
            return union_matches
        self._national_unions_by_trade(field, original, scanned, found)
        names = self._recognised(field, original, scanned, language)
        if not names:
            return union_matches
        union_matches = [match for match in union_matches if not (names_script_workers_only(match.folded) and any(
            name.start < match.start and match.end <= name.end for name in names))  # "জাতীয় লঞ্চঘাট শ্রমিক লীগ"
            and not (self._persian_guild_goes_on(match) and any(  # "کانون صنفی معلمان خوزستان"
                name.start <= match.start and match.end < name.end for name in names))]
        starts = [match.start for match in union_matches]  # in order: _scan returns matches in order
        matched_records = self._records_matched(union_matches)
        # a Chinese translation the story gives once before the union's Latin acronym and then writes bare is that
        # union each time ("大马银行雇员职工会(NUBE)今日..." then "大马银行雇员职工会总秘书"): see _bracketed_union_of
        translated = {fold(name.name): union_id for name in names if _CHINESE_SCRIPT_NAME.fullmatch(name.name) and (
            union_id := self._bracketed_union_of(original, name, union_matches, starts)) is not None}
        hidden: set[int] = set()
        for name in names:
            if name.acronym in _STATUS_IN_BRACKETS:
                name = replace(name, acronym=None)  # "... Workers Union (CBA)": its status, not its acronym
            first = bisect_left(starts, name.start)
            holder = bisect_right(starts, name.start) - 1
            if holder >= 0 and union_matches[holder].end >= name.end and (
                    union_matches[holder].start < name.start or union_matches[holder].end > name.end):
                continue  # "Force" in "le syndicat Force ouvrière": inside a longer directory name
            # "Syndicat ... de Rolls-Royce Canada–CSN": the centre after the dash is named beside the union, not by it
            own_end = centre_suffix_start(original, name.start, name.end) or name.end
            if own_end == name.end and (glued := glued_centre_start(original, name.start, name.end)) is not None and not any(
                    match.start < glued for match in union_matches[first:bisect_left(starts, name.end, first)]):
                own_end = glued  # "ID-FO", "SNPDEN-FSU": its own acronym, which no directory match holds, and its centre's
            inner = [match for match in union_matches[first:bisect_left(starts, own_end, first)]
                     if match.end <= own_end and id(match) not in hidden]
            directory_id = self.unions.id_for_name(name.name)
            if directory_id is None and (numbered := _number_written_one_way(name.name)) != name.name:
                # "el sindicato Número 1 de Minera Escondida": a numbered union the directory writes "N°1"
                directory_id = self.unions.id_for_name(numbered)
            if directory_id is None and (renamed := self._local_by_parents_other_name(name)) is not None:
                name, directory_id = renamed  # "IBT Local 705" is the directory's "Teamsters Local 705"
            if directory_id is None and _DASH_LIST.fullmatch(name.name):
                if (listed := self._dash_joined_list(original, name, inner)) is not None:
                    # "l'intersyndicale CGTR-FO-Sud-Solidaires-Saiper": unions listed with dashes, each its own
                    for part, part_id in listed:
                        key = part_id or fold(part.name)
                        entry = found.get(key)
                        if entry is None:
                            entry = found[key] = _FoundUnion(part_id, part)
                        entry.matches.append(_Match(field, original, part.start, part.end, (), fold(part.name)))
                    continue
            by_acronym = False
            if directory_id is None and (name.acronym is None or not name.acronym.isupper()):
                # the name written with a word more or less, before its union's acronym ("Confusam" spells syllables)
                directory_id = self._bracketed_union_of(original, name, union_matches, starts)
            if directory_id is None and translated:
                directory_id = translated.get(fold(name.name))
            if directory_id is None and name.acronym is not None:
                directory_id = self.unions.id_for_name(name.acronym)
                by_acronym = directory_id is not None
            if directory_id is None and original.startswith("ฯ", name.end):
                directory_id = self.unions.id_for_shortened_thai_name(name.name)  # "สหภาพแรงงาน...รถไฟฯ"
            if directory_id is None and name.name.startswith(_THAI_UNION_HEAD) and not name.name.startswith(
                    _THAI_STATE_ENTERPRISE_UNION):
                # "สหภาพแรงงานการรถไฟแห่งประเทศไทย": a state enterprise's union written without its sector word
                directory_id = self.unions.id_for_name(
                    _THAI_STATE_ENTERPRISE_UNION + name.name[len(_THAI_UNION_HEAD):])
            if directory_id is None and (_CYRILLIC_TRADE.search(name.name) or _CYRILLIC_UNIONS_PLURAL_END.search(
                    fold(name.name))) and (named := self._named_with_its_place(name.name, matched_records)) is not None:
                # "Профсоюз работников здравоохранения", after "... здравоохранения РФ"; "Объединения свободных
                # профсоюзов", after "... профсоюзов железнодорожников Украины"
                directory_id = named
            if directory_id is None and name.name.endswith(("총연맹", "노총")) and HANGUL_WORD.fullmatch(name.name):
                # "시작전국민주노동조합총연맹": a headline run into the centre's name
                directory_id = self._korean_centre_ending(name.name)
            if directory_id is None and HAN_LETTER.match(name.name) and (
                    named := self._named_after_its_city(name.name, matched_records)) is not None:
                directory_id = named  # "空服員職業工會", after "桃園市空服員職業工會"
            if directory_id is None and (quoted := _TRADE_AND_QUOTED_NAME.fullmatch(name.name)) is not None:
                # "Профсоюз работников образования «Учитель»": the union known as "Профсоюз «Учитель»"
                directory_id = self.unions.id_for_name(f"{quoted.group(1)} {quoted.group(2)}")
            if directory_id is None and (qualified := self._qualified_name_of(original, name)) is not None:
                name, directory_id = qualified  # "الجامعة الوطنية للتعليم (التوجه الديمقراطي)"
            if directory_id is None and (rest := _after_german_kind_compound(name.name)) is not None and (
                    fold(original[name.start:name.end]) == fold(name.name)):
                # "die Kabinengewerkschaft Ufo", "die Bahngewerkschaft Vida", "der Schwestergewerkschaft Eisenbahn-
                # und Verkehrsgewerkschaft": a German noun for a kind of union before the union's own name
                rest_start = name.end - len(rest)
                at = bisect_left(starts, rest_start, first)
                if at < len(starts) and starts[at] == rest_start:
                    continue  # the directory's own match there decides
                directory_id = self.unions.id_for_name(rest) or self.unions.id_for_name(f"Gewerkschaft {rest}")
                if directory_id is not None:
                    name = FoundName(rest_start, name.end, rest, name.acronym)
            if directory_id is None and (owner_name := _nordic_genitive_owner(name.name)) is not None and (
                    self.unions.id_for_name(owner_name) is not None):
                continue  # "Sekos förbund": the directory's union, whose own match decides
            if directory_id is None and (rest := after_a_korean_person(name.name)) is not None and (
                    directory_id := self.unions.id_for_name(rest)) is not None:
                name = FoundName(name.end - len(rest), name.end, rest, name.acronym)  # "강규혁서비스연맹": the union
            if directory_id is None and " d" in name.name and (
                    regional := self._confederation_of_regional_body(name.name)) is not None:
                directory_id = regional  # "la Unión General de Trabajadores de Andalucía": UGT, as the samples label it
            if directory_id is None and _CYRILLIC_TRADE.search(name.name) and original[name.start:name.end].islower() and (
                    _CYRILLIC_ORGAN_BEFORE.search(original, max(0, name.start - 40), name.start)) and not any(
                    self.unions.id_for_variant(name.name, {code}) for code in _CYRILLIC_TRADE_UNION_COUNTRIES):
                # "областного комитета профсоюза работников государственных учреждений ...", "членами профсоюза
                # работников народного образования": an organ or the members of a union named by its trade alone,
                # in lower case with no place, that the directory knows in no country of Russian or Ukrainian
                # names (as it knows "профсоюза работников здравоохранения", Russia's once the story is placed there):
                # a national union's regional body, or its members, referred to
                continue
            if any(match.end == name.end and (directory_id is None or match.start == name.start)
                   and not (directory_id is None and self._another_countrys_name_before(original, name.start, match))
                   and not (directory_id is None and self._another_places_han_name(original, match, name.start))
                   and not (directory_id is None and is_cobas_name(name.name))  # "Fao Cobas": not the confederation
                   and original[match.start - 1:match.start] != "県"
                   and not _KOREAN_BODY_BEFORE.fullmatch(original, name.start, match.start) for match in inner) and (
                    directory_id is None or fold(original[name.start:name.end]) == fold(name.name)):
                continue  # the directory's own match decides (with its rules for generic names), unless the
                # recogniser read a word as another union of the directory by the story's language (Norwegian "FO"),
                # or a national body's short name is glued after "県", the prefecture's own ("愛知県医労連"), or
                # written after a Korean public body's name, the body's own ("정읍시 공무원노조")
            if directory_id is None and len(inner) == 1 and (_only_words_for_a_union_around(original, name, inner[0])
                                                             or self._only_a_person_after(original, name, inner[0])
                                                             or self._only_a_place_after(original, name, inner[0])):
                continue  # "United Verdi Trade Union", "Gewerkschaft 3F Transport", "Unia Vaud": the directory's union
            hidden.update(id(match) for match in inner if not centre_sector_name(name.name) and not (  # (and the centre
                # of a sector's federation: "CFTC Santé") the union a branch's name starts with, "전국" or not
                original[name.start:match.start] in ("", "전국") and _BRANCH_OF.match(original, match.end, name.end)))
            name, owner = self._branch_by_short_name(self._district_by_acronym(original, name, inner))
            if owner is not None and owner not in found and not any(
                    entry.target == owner for match in inner for entry in match.entries):
                # "전국금속노조 대전충북지부": the union the directory did not match, written before its branch
                parent_end = name.start + len(original[name.start:name.end].split()[0])
                parent = found[owner] = _FoundUnion(owner, FoundName(name.start, parent_end, original[name.start:parent_end], None))
                parent.matches.append(_Match(field, original, name.start, parent_end, (), fold(parent.name)))
            after_country = self._countries_right_before(original, name.start)
            if directory_id is not None and not self._may_follow(directory_id, after_country):
                directory_id = None  # "मलेसियाली ट्रेड युनियन कांग्रेस": see _named_after_other_country
            key = directory_id or fold(_number_written_one_way(_one_korean_branch_spelling(name.name, owner)))
            entry = found.get(key)
            if entry is None:
                entry = found[key] = _FoundUnion(directory_id, name, by_acronym, after_country)
            else:
                entry.national_only = False  # named so on its own too
                if entry.acronym is None:
                    entry.acronym = name.acronym
            entry.matches.append(_Match(field, original, name.start, name.end, (), fold(name.name)))
        return [match for match in union_matches if id(match) not in hidden] if hidden else union_matches

    def _national_unions_by_trade(self, field: Field, original: str, scanned: _Scanned,
                                  found: dict[str, _FoundUnion]) -> None:
        """Add to `found` the trade's union of each Russian or Ukrainian union named by its trade and a workplace after
        it ("Центрального совета Профсоюза работников морского транспорта Одесского морского порта"; see
        Recogniser.cyrillic_trade_of_workplace) and of each union organisation named by its workers' trade ("районної
        профспілкової організації працівників АПК"; see cyrillic_organisation_trades), marked to be kept only as the
        national union of that trade the directory knows in the story's country (Ukraine's maritime transport workers'
        union in Odesa): the samples label a national union's workplace or regional organisation so, and a workplace's
        union of no known trade is referred to."""
        names = [name for start, end, head in scanned.heads if head in _CYRILLIC_SINGULAR_HEAD_KEYS and (
            name := self._recogniser.cyrillic_trade_of_workplace(original, start, end)) is not None]
        # and an organisation of a union named by its trade ("обласної профспілкової організації працівників культури")
        names += cyrillic_organisation_trades(original)
        for name in names:
            entry = found.get(key := fold(name.name))
            if entry is None:
                entry = found[key] = _FoundUnion(None, name, national_only=True)
            entry.matches.append(_Match(field, original, name.start, name.end, (), key))

    def _persian_guild_goes_on(self, match: _Match) -> bool:
        """True for a directory match of Iran's teachers' guild words that a province or a town goes on after
        ("کانون صنفی معلمان" of "کانون صنفی معلمان خوزستان": see recognise.persian_guild_name_goes_on)."""
        return persian_guild_name_goes_on(match.original, match.folded, match.end, self._automata.is_country_name)

    def _recognised(self, field: Field, original: str, scanned: _Scanned, language: str | None,
                    unknown: AbstractSet[tuple[int, int]] = frozenset()) -> list[FoundName]:
        """The union names the recogniser finds in `original`, a field scanned as `scanned`; it leaves the spans
        of the directory's matches to the directory. Given `unknown` (start, end) spans of them, only the names
        read from the heads inside those spans, which it does not leave."""
        title_case = field == "title" and _is_title_case(original)
        known = [(match.start, match.end) for match in scanned.unions if not names_script_workers_only(match.folded)
                 and (match.start, match.end) not in unknown and not self._another_places_han_name(original, match)
                 and not self._persian_guild_goes_on(match)]
        heads = scanned.heads
        if unknown:
            spans = sorted(unknown)
            starts = [start for start, _ in spans]
            heads = [head for head in heads if (at := bisect_right(starts, head[0]) - 1) >= 0 and head[1] <= spans[at][1]]
        return [name for name in self._recogniser.recognise(original, heads, language, title_case,
                                                            known + scanned.blocked, scanned.source,
                                                            scanned.signals.keys() & FOLDED_GATES)
                if not _PLATFORM_NAME.match(folded := fold(name.name)) and not _GERMAN_HEAD_AND_OBJECT.match(folded)]

    def _generic_name_countries(self, match: _Match) -> frozenset[str]:
        """The countries of the unions `match` names when it is a name of generic words only that only national
        unions have ("Station Masters' Union", "Sindicato Nacional dos Professores do Ensino Superior"): the story
        must be placed in their country (UnionDirectory._needs_support). Else none."""
        if not match.entries or not is_generic_folded(match.folded):
            return frozenset()
        countries = frozenset(record.country for entry in match.entries if entry.kind == "union"
                              and entry.needs_support and entry.form not in _ACRONYM_FORMS
                              and (record := self.unions.get(entry.target)) is not None and record.country is not None)
        return countries if len(countries) == len({entry.target for entry in match.entries}) else frozenset()

    def _add_local_namesakes(self, found: dict[str, _FoundUnion], union_matches: list[_Match],
                             unions: list[tuple[str, _Match]], primary_countries: AbstractSet[str],
                             language: str | None, fields: tuple[tuple[Field, str, _Scanned], ...]) -> None:
        """Add to `found` the story's own unions named like directory unions of generic words only: such a name,
        in a story placed in none of those unions' countries that took none of them, is the union the recogniser
        reads there once the directory leaves it the span ("the Station Masters' Union" in Bihar is India's, not
        Sri Lanka's; "o Sindicato Nacional dos Professores do Ensino Superior" in Praia is Cabo Verde's, not
        Angola's). Only a name read over the directory's span exactly ("Dublin National Union of Journalists" is
        not the story's union's own name), not one that says only a trade (names_a_trade_only), as for every found
        name, nor one whose acronym after it is a union's the directory knows alone or the story took ("the General
        Union of Workers (UGT)" in Lisbon: Portugal's UGT)."""
        taken = [match for _, match in unions] + [match for entry in found.values() for match in entry.matches]
        held = _Spans((match.field, match.start, match.end, 0) for match in taken)
        candidates = [match for match in union_matches if (countries := self._generic_name_countries(match))
                      and countries.isdisjoint(primary_countries) and not held.hold(match)]
        if not candidates:
            return
        # nor one holding a union the story took
        holders = _Spans((match.field, match.start, match.end, index) for index, match in enumerate(candidates))
        holding = {index for match in taken for index in holders.holding(match)}
        refused = {(match.field, match.start, match.end) for index, match in enumerate(candidates) if index not in holding}
        taken_acronyms = {fold(acronym) for union_id, _ in unions if (record := self.unions.get(union_id)) is not None
                          for acronym in record.acronyms}
        namesakes: dict[str, _FoundUnion] = {}
        for field, original, scanned in fields:
            spans = {(start, end) for named_in, start, end in refused if named_in == field}
            for name in self._recognised(field, original, scanned, language, spans) if spans else ():
                if (name.start, name.end) not in spans or (
                        names_a_trade_only(name.name) if name.acronym is None
                        else self.unions.id_for_name(name.acronym) is not None or fold(name.acronym) in taken_acronyms):
                    continue
                key = fold(_number_written_one_way(name.name))
                entry = namesakes.get(key)
                if entry is None:
                    if key in found:
                        continue
                    entry = namesakes[key] = found[key] = _FoundUnion(None, name)
                entry.matches.append(_Match(field, original, name.start, name.end, (), fold(name.name)))

    def _records_matched(self, union_matches: list[_Match]) -> list[tuple[str, UnionRecord]]:
        """The directory records the field's matches name, once each, in the order of the matches (with the id the
        match gave): a long story naming one union a thousand times asks about it once per found name, not a
        thousand times."""
        targets = dict.fromkeys(entry.target for match in union_matches for entry in match.entries)
        return [(target, record) for target in targets if (record := self.unions.get(target)) is not None]

    @staticmethod
    def _named_after_its_city(name: str, matched_records: list[tuple[str, UnionRecord]]) -> str | None:
        """The id of a union the story's directory matches name whose Chinese name is `name` after a city's or
        county's ("桃園市空服員職業工會" ... "空服員職業工會"): the same union, named again without its place."""
        for _, record in matched_records:
            if any(other.endswith(name) and 2 <= len(other) - len(name) <= 4 and other[len(other) - len(name) - 1] in "市縣县"
                   for other in record.all_names):
                return record.id
        return None

    def _named_with_its_place(self, name: str, matched_records: list[tuple[str, UnionRecord]]) -> str | None:
        """The id of a union the field's directory matches name whose name is `name` with a Russian or Ukrainian
        place after it ("Профсоюз работников здравоохранения РФ"): the same union, named again without its place."""
        prefix = fold(name) + " "
        of_unions = bool(_CYRILLIC_UNIONS_PLURAL_END.search(fold(name)))
        for target, record in matched_records:
            if any(fold(other).startswith(prefix) and self._place_or_people_and_place(other[len(name) + 1:], of_unions)
                   for other in record.all_names if len(other) > len(prefix)):
                return target
        return None

    def _place_or_people_and_place(self, rest: str, of_unions: bool) -> bool:
        """True when `rest` is a Russian or Ukrainian place in the genitive, or (after a body's "unions", `of_unions`)
        the people its unions are of with a place after them ("железнодорожников Украины")."""
        if self._recogniser.is_cyrillic_place(rest):
            return True
        people = _CYRILLIC_PEOPLE_AFTER.match(" " + rest)
        return of_unions and people is not None and self._recogniser.is_cyrillic_place(rest[people.end():].strip())

    def _dash_joined_list(self, original: str, name: FoundName,
                          inner: list[_Match]) -> list[tuple[FoundName, str | None]] | None:
        """The unions of a found name that is a list of three unions or more joined by dashes ("CFDT-SNJ-CGT",
        "CGTR-FO-Sud-Solidaires-Saiper", as French intersyndicales sign), each with its directory id (None for a
        union the directory does not know); None when the name is no such list: fewer than three parts, a part
        of more than one word or in lower case, or fewer than two parts that are the directory's unions. A part
        inside a name the directory matched in the story itself ("CGT", "SUD" and "Rail" of "SUD-Rail") is left to
        that match."""
        if not _DASH_LIST.fullmatch(original, name.start, name.end):
            return None  # the name as the story writes it
        parts = [(match.start(), match.end()) for match in _DASH_LIST_PART.finditer(original, name.start, name.end)]
        listed: list[tuple[FoundName, str | None]] = []
        counted: set[tuple[int, int]] = set()  # the directory matches counted, once each ("SUD-Rail" is two parts)
        known = 0
        for start, end in parts:
            word = original[start:end]
            holder = next(((match.start, match.end) for match in inner if match.start <= start and end <= match.end), None)
            if holder is not None:
                known += holder not in counted
                counted.add(holder)
                continue
            part_id = self.unions.id_for_name(word)
            known += part_id is not None
            listed.append((FoundName(start, end, word, word if _is_acronym(word) else None), part_id))
        return listed if known >= 2 else None

    def _only_a_person_after(self, original: str, name: FoundName, inner: _Match) -> bool:
        """Whether the found name is a directory union named in full (three words or more) with only words that
        say nothing of unions, trades or places after it, a person's name as a rule ("Ketua Konfederasi Serikat
        Pekerja Seluruh Indonesia Andi Gani Nena Wea", "Korean Confederation Of Trade Unions News"). A name whose own
        acronym in brackets spells the words after it is none ("... del Paraguay – Auténtica (OTEP-A)")."""
        if inner.start != name.start or len(_NAME_WORD.findall(original, inner.start, inner.end)) < 3 or (
                name.acronym is not None and self.unions.id_for_name(name.acronym) is None):
            return False
        after = _NAME_WORD.findall(original, inner.end, name.end)
        # a middle initial is a person's too ("... Labour Congress Edward Y Kamara")
        return 0 < len(after) <= 4 and all(
            self._recogniser.may_be_personal_name(word) or (0 < index < len(after) - 1 and _is_initial(word))
            for index, word in enumerate(after))

    def _confederation_of_regional_body(self, name: str) -> str | None:
        """The confederation whose regional, provincial or district body the found name is: the confederation's
        own name, a preposition and a region's, province's or town's name of the confederation's country ("Unión
        General de Trabajadores de Andalucía", "Unión Comarcal de Comisiones Obreras de Gijón"), which the samples
        label the confederation (wide_es32, wide_esb32). None for anything else: a sector union's "de <city>" is
        often a local union of its own ("Sindicato de Trabajadores de la Salud de Mendoza"), and a country's name
        after a confederation's makes another confederation ("Confederación General del Trabajo de Bolivia")."""
        territorial = _TERRITORIAL_BODY.match(name)
        body_start = territorial.end() if territorial is not None else 0
        for preposition in reversed(list(_PLACE_PREPOSITION.finditer(name, body_start))):
            place = name[preposition.end():]
            if len(_NAME_WORD.findall(place)) > _PLACE_NAME_MAX_WORDS:
                return None
            union_id = self.unions.id_for_name(name[body_start:preposition.start()])
            record = self.unions.get(union_id) if union_id is not None else None
            if record is not None and record.kind == "confederation":
                return union_id if record.country in self._automata.local_place_countries(fold(place)) else None
        return None

    def _only_a_place_after(self, original: str, name: FoundName, inner: _Match) -> bool:
        """Whether the found name is the directory union it starts with and then only a region's, city's or town's
        name, the union's body there ("le syndicat Unia Vaud", "SSP-Vaud", "Fagforbundet Oslo"): the union itself,
        as the samples label a union's regional and local bodies. A country's name after it makes a union of its
        own ("Teamsters Canada"), and so does a bracketed acronym of the whole."""
        if inner.start != name.start or name.acronym is not None:
            return False
        after = _NAME_WORD.findall(original, inner.end, name.end)
        return 0 < len(after) <= _PLACE_NAME_MAX_WORDS and self._automata.is_local_place(fold(" ".join(after)))

    def _qualified_name_of(self, original: str, name: FoundName) -> tuple[FoundName, str] | None:
        """The found name with the words that follow it in brackets, in quotes or after a dash, and the id of the
        directory union so named, when the press sets off a name's last words, its tendency or orientation
        ("الجامعة الوطنية للتعليم (التوجه الديمقراطي)", "... للتعليم “التوجه الديمقراطي”", "... للتعليم – التوجه
        الديمقراطي"), and the recogniser read the name before them alone; None when no directory name is so made."""
        after = _QUALIFIER_AFTER.match(original, name.end)
        if after is None:
            return None
        group = after.lastindex or 0
        spans = [word.span() for word in _NAME_WORD.finditer(original, after.start(group), after.end(group))]
        # Brackets and quotes hold the whole of it; after a dash, the first words may end the name.
        counts = range(min(len(spans), _QUALIFIER_MAX_WORDS), 0, -1) if group == 3 else (
            [len(spans)] if len(spans) <= _QUALIFIER_MAX_WORDS else [])
        for count in counts:
            qualified = f"{name.name} {' '.join(original[start:end] for start, end in spans[:count])}"
            if (directory_id := self.unions.id_for_name(qualified)) is not None:
                end = spans[count - 1][1] if group == 3 else after.end()
                return FoundName(name.start, end, qualified, name.acronym), directory_id
        return None

    def _bracketed_union_of(self, original: str, name: FoundName, union_matches: list[_Match],
                            starts: list[int]) -> str | None:
        """The directory union whose acronym is in brackets right after a found name that writes the union's
        name with a word more or less ("Sindicato dos Professores do Ensino Oficial de São Paulo (Apeoesp)",
        "Federação Nacional de Professores (Fenprof)"): the acronym spells no initials, so the recogniser read
        the name alone. None for a name that is not the acronym's union's ("Sindicato dos Metalúrgicos (CUT)").

        The recogniser may also have cut the name a few words before the bracket ("National Union of Metalworkers
        SA (Numsa)", "Industriegewerkschaft Bauen, Chemie, Energie (IG BCE)", "... do Ensino não Universitário
        (Sinptenu)") or read it a word short or long ("Non – Academic Staff Union of ... (NASU)"): the name with
        those words still says the union's name, all but a word each way (one union, not a second one). A name
        in Hangul right before a Latin acronym in brackets is the Korean press's translation of the acronym's union
        ("전미자동차노조(UAW)", "영국 철도해운노조(RMT)", "통신노조(CWU)"), whatever its words."""
        if (hereinafter := _HEREINAFTER.match(original, name.end)) is not None:
            return self._directory_union_spanning(union_matches, starts, hereinafter.start(1), hereinafter.end(1))
        if (suffixed := _CASE_SUFFIX_BEFORE_BRACKET.match(original, name.end)) is not None:
            # a case ending set off by an apostrophe between the name and its bracket (Turkish "... Konfederasyonu'na
            # (KESK) bağlı"): the bracket is right after the name
            gap, bracket = None, _BRACKETED_ACRONYM.match(original, suffixed.end())
        else:
            gap = _WORDS_BEFORE_BRACKET.match(original, name.end)
            bracket = _BRACKETED_ACRONYM.match(original, gap.end() if gap is not None else name.end)
        if bracket is None and gap is None:  # or written bare right after it ("... du Bénin CSTB", ".../NCST")
            bracket = _BARE_ACRONYM_AFTER.match(original, name.end)
        if bracket is None:
            return None
        at = bisect_left(starts, bracket.start(1))
        inside = union_matches[at] if at < len(union_matches) and starts[at] == bracket.start(1) else None
        targets = {entry.target for entry in inside.entries if entry.kind == "union"} if inside is not None else set()
        record = self.unions.get(targets.pop()) if len(targets) == 1 else None
        if record is None or inside is None or inside.end != bracket.end(1):
            return None
        if gap is None and HANGUL_WORD.fullmatch(name.name) and bracket.group(1).isascii():
            return record.id  # the Korean press's translation before the union's own Latin acronym: "철도해운노조(RMT)"
        if gap is None and HANGUL_WORD.fullmatch(name.name) and HANGUL_WORD.fullmatch(bracket.group(1)) and (
                record.kind != "confederation" or name.name.endswith(("총연맹", "노총", "총연합회"))) and any(
                known.removeprefix("전국")[:2] == name.name.removeprefix("전국")[:2]
                for known in (record.name, *record.aliases) if HANGUL_WORD.fullmatch(known)):
            # a Korean name before the union's Korean short name, opening as one of the union's names does: an old or
            # loose name of it ("전국금융노동조합연맹(금융노조)", "일본노동조합총연맹(렌고)" beside 일본노동조합총연합회); not a
            # union before its centre ("전국택배노동조합(민주노총)") or before another's name
            return record.id
        if (gap is None and record.kind == "union" and bracket.group(1).isascii() and _SOUTH_ASIAN_SCRIPT_NAME.fullmatch(
                name.name)):
            # so South Asia's press writes a union's name in its own script before the union's Latin acronym ("असम चाय
            # मजदूर संघ (ACMS)", the Assam Chah Mazdoor Sangha): one union, not a second. Not a centre's acronym, which
            # after a union's name says its affiliation ("... मजदूर यूनियन (CITU)"), nor a word more before the bracket.
            return record.id
        if gap is None and _CHINESE_SCRIPT_NAME.fullmatch(name.name) and bracket.group(1).isascii() and (
                record.kind != "confederation" or name.name.endswith(_CHINESE_FEDERATION_HEADS)):
            # so the Chinese press translates a union it names by its Latin acronym ("大马银行雇员职工会(NUBE)",
            # "英國總工會(GMB)"): one union, whatever the words. Not a union before its centre's acronym, which says
            # its affiliation ("香港碼頭業職工會(HKCTU)"), unless the name is itself a centre's or a federation's
            return record.id
        words, _ = variant_key(name.name)
        longer = variant_key(original[name.start:gap.end()])[0] if gap is not None else words
        for known in (record.name, *record.aliases):
            known_words, _ = variant_key(known)
            if len(words & known_words) >= 2 and (words <= known_words or known_words <= words):
                return record.id
            if len(longer & known_words) >= _NEARLY_SAME_WORDS and len(longer - known_words) <= 1 and len(
                    known_words - longer) <= 1:
                return record.id
        return None

    def _directory_union_spanning(self, union_matches: list[_Match], starts: list[int], start: int,
                                  end: int) -> str | None:
        """The one directory union whose mention spans exactly `start`..`end` of the text, else None."""
        at = bisect_left(starts, start)
        inside = union_matches[at] if at < len(union_matches) and starts[at] == start else None
        if inside is None or inside.end != end:
            return None
        targets = {entry.target for entry in inside.entries if entry.kind == "union"}
        record = self.unions.get(targets.pop()) if len(targets) == 1 else None
        return record.id if record is not None else None

    @staticmethod
    def _add_acronym_mentions(title: str, text: str, found: dict[str, _FoundUnion],
                              union_matches: list[_Match]) -> list[_Match]:
        """Count each later use of an acronym a found name taught ("... (KSPI)"), also one the directory
        gives to several unions; return the directory matches left to resolve the usual way."""
        taught = {fold(entry.acronym): entry for entry in found.values() if entry.acronym}
        if not taught:
            return union_matches
        left: list[_Match] = []
        for match in union_matches:
            entry = taught.get(match.folded)
            if entry is None:
                left.append(match)
            else:
                entry.matches.append(match)
        for entry in taught.values():
            acronym = entry.acronym or ""
            fields: tuple[tuple[Field, str], ...] = (("title", title), ("text", text))
            for field, original in fields:
                if not acronym or acronym not in original:
                    continue
                # The acronym next to a mention already counted (its own brackets) is not another mention.
                taken = sorted((match.start, match.end) for match in entry.matches if match.field == field)
                taken_starts = [start for start, _ in taken]
                for start, end in _whole_word_spans(original, acronym):
                    nearest = bisect_right(taken_starts, start + 2) - 1
                    if nearest >= 0 and start <= taken[nearest][1] + 3:
                        continue
                    entry.matches.append(_Match(field, original, start, end, (), fold(acronym)))
        return left

    # -- countries -------------------------------------------------------------------------

    def _drop_non_places(self, matches: list[_Match], title: str, union_names: _Spans,
                         union_starts: list[tuple[Field, int]],
                         union_ends: AbstractSet[tuple[Field, int]] = frozenset()) -> list[_Match]:
        """Drop person names, the US state of Georgia, capitalised acronyms with no backing, squares, streets and
        stations named after a place ("la Plaza de Santo Domingo" in Quito), and places whose last words start a
        union's name ("La Unión Obrera Metalúrgica" is not El Salvador's La Unión).

        `union_names` holds the (field, start, end) spans of the union names the recogniser found: a
        place inside one is the union's country, not a person's name, however capitalised its
        neighbours ("Sindicato Argentino de Docentes Privados"). `union_starts` are the sorted (field,
        start) of every union name found or matched; `union_ends` the (field, end) of each: a place right after
        one is the union's branch ("Sirmes La Paz", "CCOO Madrid"), not a person's surname.
        """
        surfaces_by_code: dict[str, set[str]] = defaultdict(set)
        for match in matches:
            surfaces_by_code[match.entries[0].target].add(match.folded)

        def has_other_evidence(match: _Match) -> bool:
            # The set holds match.folded itself, so any second surface is other evidence.
            return len(surfaces_by_code[match.entries[0].target]) > 1

        strong_surfaces: dict[str, set[str]] = defaultdict(set)  # what a small town may be backed by
        for match in matches:
            if match.entries[0].form not in BACKED_FORMS:
                strong_surfaces[match.entries[0].target].add(match.folded)

        person_surfaces: set[str] = set()
        title_is_headline_case: bool | None = None  # worked out when first needed
        for match in matches:
            if match.folded not in self._rules.person_names and match.entries[0].form not in _PERSON_LIKE_FORMS:
                continue  # a region is rarely a person's name ("Alpura Puebla", "Onda Cero Extremadura")
            if not match.original[match.start].isupper():
                continue  # a script without capitals ("서울"): its neighbours say nothing of persons
            if match.field == "title":
                if title_is_headline_case is None:
                    title_is_headline_case = _is_title_case(title)
                if title_is_headline_case:
                    continue
            if (match.entries[0].form, match.entries[0].case_rule) == ("foreign", "any") and starts_sentence(
                    match.original, match.start):
                continue  # "Dänische Gewerkschaft ...": a demonym capitalised by the sentence it opens
            if match.entries[0].form == "foreign" and _CYRILLIC_INITIAL.match(match.original, match.start) and (
                    match.original[match.end - 1] in _CYRILLIC_GENITIVE_ENDS) and not (
                    _capitalised_word_after(match.original, match.end)):
                # "Минобразования Беларуси заявило", "Учителя Молдовы вышли": a country's Russian or Ukrainian name in
                # the genitive after a capitalised word, not a surname; a surname-like form ("Генпракурор Швед", a
                # demonym) or a person's names running on capitalised ("Ливия Петрова") are still read as a person's
                continue
            if union_ends and (match.field, len(match.original[:match.start].rstrip())) in union_ends and not (
                    _capitalised_word_after(match.original, match.end)):
                # "Sirmes La Paz va a paro": the branch of the union named right before, not a person ("ZNP Magdalena
                # Kaszulanis", a first name with a surname after it, still is)
                continue
            if self._looks_like_person(match) and not union_names.hold(match):
                person_surfaces.add(match.folded)
        kept: list[_Match] = []
        for match in matches:
            entry = match.entries[0]
            if match.folded in person_surfaces and not self._after_place_preposition(match) and (
                    not has_other_evidence(match) or self._looks_like_person(match)) and not union_names.hold(match) and (
                    not _institution_noun_after(match.original, match.end)) and (
                    entry.form not in _COUNTRY_OWN_NAME_FORMS or self._looks_like_person(match)
                    or not self._after_country_preposition(match)):
                # (a city before its public body's noun ending the name is the city, where a longer name holding it
                # read as a person's elsewhere: "at Dublin Airport" beside "the Dublin Airport Authority", wide_recen41;
                # a country's own name after a preposition of place in any of the recogniser's languages, with no
                # capitalised word beside it, is the place where a mention read as a person's elsewhere is not:
                # "Ryanair Espanha: ..." in a headline, "as tripulações da Ryanair, em Espanha, iniciaram a greve"; not a
                # city's, which may be a namesake the person's reading was keeping out: "en Santiago" beside "Santiago
                # Rodríguez", Dominican both)
                continue
            if entry.form in BACKED_FORMS and not strong_surfaces[entry.target] and not self._after_town_preposition(
                    match) and not self._arabic_town_with_in_joined(match):
                continue  # a small town counts after "in" or with its country named otherwise
            if entry.form == "adjective" and not _names_place_by_adjective(match.original, match.start, match.end):
                continue
            if _FACILITY_BEFORE.search(match.original, max(0, match.start - 20), match.start) or _FACILITY_AFTER.match(
                    match.original, match.end):
                continue  # "la Plaza de Santo Domingo", "el redondel México", "España Boulevard": a square or street
            after_start = bisect_right(union_starts, (match.field, match.start))
            if after_start < len(union_starts) and union_starts[after_start] < (match.field, match.end):
                continue
            if match.folded == "georgia" and entry.target == "GE" and not has_other_evidence(match):
                sentence = _sentence(match.original, match.start, match.end)
                if any(cue in sentence for cue in self._georgia_us_cues):
                    continue
            if entry.case_rule == "exact" and not has_other_evidence(match) and _is_all_caps_context(
                    match.original, match.start, match.end):
                continue
            if _is_urdu_inflected_word(match):
                continue
            if _is_arabic_family_name(match):
                continue  # "عباس السوداني", "وقال السوداني": a person's family name, not Sudan
            if _acronym_the_story_defines(match, matches):
                continue
            if entry.form in _PLACE_FORMS and self._starts_longer_town(match):
                continue
            kept.append(match)
        return kept

    def _starts_longer_town(self, match: _Match) -> bool:
        """True for a place whose name starts a small town's of another country, written in full ("Porto Calvo", a
        town in Alagoas, is not Porto): the town itself counts only where the story backs it (_Towns)."""
        tail = _TOWN_NAME_TAIL.match(match.original, match.end)
        if tail is None:
            return False
        words = match.original[match.start:tail.end()].split()
        own_words = len(match.original[match.start:match.end].split())
        while len(words) > own_words:  # the longest town first
            town = self._automata.towns.get(f" {fold(' '.join(words))} ")
            if town is not None:
                return town.target != match.entries[0].target
            words.pop()
        return False

    def _looks_like_person(self, match: _Match) -> bool:
        original, end = match.original, match.end
        after = _WORD_AFTER.match(original[end:end + 40])
        before = _word_before(original, match.start)
        if before is not None and fold(before) in _STATE_BODIES_BEFORE_THEIR_COUNTRY:
            # "Presiden Amerika Serikat Donald Trump": the country's president, named after the office and its
            # country, not a person's names
            return False
        if match.folded in german_genitives():
            before = None  # "die Wettbewerbsfähigkeit Deutschlands": German capitalises the noun a genitive qualifies
        if _institution_noun_after(original, end):
            # "London Underground workers": the city's underground, not a person's surname; not when a capitalised word
            # goes on the name ("Sagara Metro Plastic Industrial Corporation": a company named after no town of it)
            after = None
        for word in (before, after.group(1) if after else None):
            if word and word[0].isupper() and not word.isupper() and fold(word) not in self._rules.place_prefixes:
                return True
        return False

    @staticmethod
    def _after_town_preposition(match: _Match) -> bool:
        """True for a town after a preposition of place ("in Gazipur", "در زنجان"), a Persian noun of its public
        body ("شهرداری مریوان", see _PERSIAN_TOWN_BODY_NOUNS), an Arabic or Cyrillic noun of the town ("ميناء
        الاسكندرية", "г. Воскресенска": see _ARABIC_TOWN_NOUNS, _CYRILLIC_TOWN_NOUNS), or before a postposition of
        place ("दुबई में", "دبئی میں")."""
        before = _word_before(match.original, match.start)
        if before is not None and ((lowered := before.lower()) in _TOWN_PREPOSITIONS or lowered in _CYRILLIC_TOWN_NOUNS
                                   or before in _PERSIAN_TOWN_BODY_NOUNS):
            return True
        if before is not None and any(before.startswith(prefix) and before[len(prefix):] in _ARABIC_TOWN_NOUNS
                                      for prefix in _ARABIC_TOWN_NOUN_PREFIXES):
            return True
        after = _TOWN_POSTPOSITION_AFTER.match(match.original, match.end)
        return after is not None

    def _arabic_town_with_in_joined(self, match: _Match) -> bool:
        """True for an Arabic town written with its article and "in" joined to it ("بالإسكندرية", "بالمحلة"), as "في"
        before it counts (not a word of "ب" and a town's letters: "باهر", splendid, is no "in Ahar"; wide_recafr43
        ar-43616)."""
        return match.folded.startswith("بال") and bool(
            self._automata.arabic_joined_entries(f" {match.folded} "))

    @staticmethod
    def _after_country_preposition(match: _Match) -> bool:
        """True for a place after a preposition of place before a country's own name, in any of the recogniser's
        languages ("em Espanha", "en Espagne", "in Spanien", "w Hiszpanii")."""
        before = _word_before(match.original, match.start)
        return before is not None and before.lower() in _COUNTRY_PLACE_PREPOSITIONS

    @staticmethod
    def _after_place_preposition(match: _Match) -> bool:
        before = _word_before(match.original, match.start)
        return before is not None and before.lower() in _PLACE_PREPOSITIONS

    @staticmethod
    def _resolve_shared_names(matches: list[_Match],
                              union_countries: AbstractSet[str] = frozenset(),
                              story_language: Callable[[], str | None] | None = None) -> list[tuple[str, _Match]]:
        """(country code, match) pairs, a shared name ("Congo", "Santander") given the country the story
        backs; a place name no country has alone is dropped unless the story backs one of its countries,
        and so is a city placed by the region or country after it in another country ("Buenos Aires,
        Cauca", "London, Ontario": a namesake there, which that region or country stands for).
        Where the story names no place of one country alone, `union_countries` (the home countries of the directory
        unions it names in full) back the shared name instead.
        A town or region that is the only place a story names is the one of its countries whose news is written in
        the story's language when only one is and the default's is not ("Sinop" in a Portuguese story is Brazil's
        town, not Turkey's province; `story_language` gives the language, asked only then; not a country's own name,
        nor a name with no default, which still needs the story to name its country; English, written of every
        country, has no such countries)."""
        placed_abroad = {id(matches[index]) for index in range(len(matches) - 1) if _placed_abroad(matches, index)}
        matches = [match for match in matches if id(match) not in placed_abroad]
        unambiguous = {match.entries[0].target for match in matches if not match.entries[0].alternatives}
        if not unambiguous:  # (a country the story names outright or by a place of its own comes first)
            unambiguous = set(union_countries)

        def alone_named(place: _Match) -> bool:  # the story's one place name, however often written
            return all(other.folded == place.folded for other in matches)

        resolved: list[tuple[str, _Match]] = []
        for index, match in enumerate(matches):
            entry = match.entries[0]
            code = entry.target
            if entry.alternatives and not (code and _beside_a_country_name(matches, index)):
                # (a shared name listed among countries is the country: "Armenia, Australia, Burkina Faso" in a
                # story naming Colombia too is no Colombian city)
                backed = [alternative for alternative in entry.alternatives if alternative in unambiguous]
                code = backed[0] if len(backed) == 1 else entry.target
                if code and story_language is not None and entry.form in _LANGUAGE_PLACE_FORMS and alone_named(match) and (
                        spoken := _LANGUAGE_COUNTRIES.get(story_language() or "")) and code not in spoken:
                    in_language = [alternative for alternative in entry.alternatives if alternative in spoken]
                    code = in_language[0] if len(in_language) == 1 else code
            if code:
                resolved.append((code, match))
        return resolved

    def _country_tags(self, direct: list[tuple[str, _Match]], unions: list[tuple[str, _Match]],
                      language: str | None = None, index_story: bool = False,
                      union_named: AbstractSet[int] = frozenset(), names_found: bool = False) -> tuple[CountryTag, ...]:
        """Country tags, primary first, from (code, match) pairs in story order and accepted unions.

        A country is primary when it scores enough and not far behind the main one; also the one
        country of a short story named in its lead or by its unions, the only country a story naming a union names,
        the home country of a story's language (when it leads or nothing else is primary), and every country of a
        list that is the story's subject (nothing outside the list is primary). In an index story every
        country it rates is primary (see `_rated_countries`), beside the title's countries too.
        Workers' countries of origin and a capital standing for its government count for nothing where another
        country is the place (see `_origin_mentions`, `_is_government_seat`).
        """
        scores: dict[str, float] = defaultdict(float)
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        list_factor, subject_lists = self._list_factors([match for _, match in direct])
        # Title matches come first, so the first pair names the title's first country, if any.
        first_title_code = direct[0][0] if direct and direct[0][1].field == "title" else None
        causes: set[str] = set()
        factors = {id(match): _context_factor(match) for _, match in direct}
        origins = _origin_mentions([(code, match) for code, match in direct if id(match) not in union_named],
                                   lambda match: factors[id(match)] != _HOME_BASE_FACTOR)
        from_origins: dict[str, float] = defaultdict(float)  # what mentions of workers' origin gave each country
        from_seats: dict[str, float] = defaultdict(float)  # what capitals named as a government's seat gave
        owners = _owner_mentions(direct, lambda match: id(match) not in union_named
                                 and factors[id(match)] != _HOME_BASE_FACTOR)
        said_again: dict[str, float] = defaultdict(float)  # what a place's country right after it gave each country
        previous: tuple[str, _Match] | None = None
        for code, match in direct:
            if _is_european_seat(match):
                continue
            again = previous is not None and previous[0] == code and _names_its_place_again(previous[1], match)
            previous = code, match
            # Inside a union's name, a country counts as the union's own does, whatever word stands before it
            # ("Sindicato Uruguayo de ...": not the home base "sindicato uruguayo" of _NOT_SUBJECT_BEFORE).
            context = UNION_SUPPORT_SHARE if id(match) in union_named else (
                _HOME_BASE_FACTOR if id(match) in owners else factors[id(match)])
            share = match.weight(code == first_title_code) * list_factor.get(id(match), 1.0) * context
            scores[code] += share
            if again and id(match) not in union_named:
                said_again[code] += share
            evidence[code].append(match.evidence)
            if context == _HOME_BASE_FACTOR and (_is_cause(match) or _is_stop_demand_object(match)):
                causes.add(code)
            if id(match) in origins:
                from_origins[code] += share
            elif _is_government_seat(match):
                from_seats[code] += share
        # Workers' country of origin is not the story's subject where another country is, the place they work in
        # (LABELING.md): "migrant workers from Nepal and India ... in Qatar".
        if from_origins and any(score - from_origins.get(code, 0.0) >= PRIMARY_MIN_SCORE for code, score in scores.items()):
            for code, share in from_origins.items():
                scores[code] = max(0.0, scores[code] - share)
        # Nor is a government acting from its capital, where the story names another country, itself or by a union
        # ("the HKCTU disbanded under pressure from Beijing"); in a story naming only that one ("sous la pression de
        # Paris"), it is.
        if from_seats:
            named = {code for code, score in scores.items() if score > 0} | {
                record.country for union_id, _ in unions if (record := self.unions.get(union_id)) is not None}
            for code, share in from_seats.items():
                if named - {code, None}:
                    scores[code] = max(0.0, scores[code] - share)
        # A strike's cause is its cause all through the story ("huelga por Palestina ... la paz en Palestina,
        # la guerra en Gaza"), while another country is where it happens.
        if causes and any(score >= PRIMARY_MIN_SCORE for code, score in scores.items() if code not in causes):
            for code in causes:
                scores[code] = 0.0
        union_sentences: dict[str, set[tuple[str, int]]] = defaultdict(set)
        supported_by_unions: set[str] = set()
        named_codes = {code for code, _ in direct}
        for union_id, match in unions:
            record = self.unions.get(union_id)
            if record is None or record.country is None:
                continue
            # a union of two countries supports the one the story names (Unite in a story on Dublin: Ireland; the
            # ILWU, with a Canadian branch, in one on Canada's ports: Canada)
            code = self.unions.country_among(record, named_codes) or record.country
            sentences, sentence = union_sentences[union_id], match.sentence_key()
            if sentence not in sentences and len(sentences) < UNION_SUPPORT_CAP:
                sentences.add(sentence)
                scores[code] += UNION_SUPPORT_SHARE * match.weight()
            evidence[code].append(match.evidence)
            supported_by_unions.add(code)
        senders = _title_senders(direct, [(record.country, match) for union_id, match in unions
                                          if (record := self.unions.get(union_id)) is not None and record.country])
        if senders and any(score >= PRIMARY_MIN_SCORE for code, score in scores.items() if code not in senders):
            for code in senders:
                scores[code] = 0.0  # the sender's home base, however often its name comes back
        home = _LANGUAGE_HOMES.get(language or "")
        if not scores:
            # A story in a language spoken in one country, naming no place at all, is about that country.
            return (_frozen(CountryTag, code=home, name=_country_name(home), salience="primary", evidence=()),) \
                if home else ()
        top = max(scores.values())
        ranked = sorted(scores, key=lambda code: (-scores[code], code))
        # Beside the main country, a place named with its country is one mention ("held in Brussels, Belgium" is one
        # passing mention), while the main country's full score sets the share the others need; the main country's own
        # place so named counts whole ("the striking workers in Tbilisi, Georgia" after a list naming Georgia).
        primary = {code for code in ranked if (score := scores[code] - (said_again.get(code, 0.0) if code != ranked[0]
                                                                        else 0.0)) >= PRIMARY_MIN_SCORE
                   and score >= PRIMARY_MIN_SHARE * top}
        named_times = Counter(code for code, _ in direct)
        if named_times[ranked[0]] > 1 and (passing := {
                code for code in primary if named_times[code] == 1 and code != first_title_code
                and code not in supported_by_unions}):
            # beside a main country named twice or more, a country named once, in the lead but not first in the title,
            # with no union of its own and not listed with a country named more often, is a passing mention: a guest
            # union, a venue, an owner, a comparison ("Teachers in Warsaw ... as in France"; not "the governments of
            # Saudi Arabia and Turkey" in a story naming Saudi Arabia again)
            runs: list[set[str]] = []  # the countries of each run of places listed together
            for index, (code, match) in enumerate(direct):
                if not index or not _listed_together(direct[index - 1][1], match):
                    runs.append(set())
                runs[-1].add(code)
            primary -= passing - {code for run in runs if any(named_times[other] > 1 for other in run) for code in run}
        in_lead = {code for code, match in direct if match.in_lead()} | {
            record.country for union_id, match in unions
            if match.in_lead() and (record := self.unions.get(union_id)) is not None and record.country}
        leader = ranked[0]
        if not primary and scores[leader] >= SOLE_PRIMARY_MIN_SCORE and (
                leader in in_lead or leader in supported_by_unions) and (
                len(ranked) == 1 or scores[ranked[1]] < scores[leader]):
            primary.add(leader)  # the one country of a short story, named in its lead or by its unions
        if not primary and (unions or names_found) and len(ranked) == 1 and scores[leader] > 0:
            # the only country a story on a named union (the directory's or one found by its name's shape) names at
            # all is where it happens ("... en El Salvador"); a story naming no union may name it in passing ("One
            # speaker had visited Qatar")
            primary.add(leader)
        if not primary and len(ranked) == 1 and any(
                code == leader and (_is_dateline(match) or self._after_country_preposition(match)) for code, match in direct):
            # the one country a story names, where it sets its events, is where they happen: a dateline ("Tegucigalpa –
            # Las protestas ...") or "в Кишиневе"; not a passing "One speaker had visited Qatar"
            primary.add(leader)
        union_homes = {record.country for union_id, _ in unions
                       if (record := self.unions.get(union_id)) is not None and record.country}
        if len(union_homes) == 1 and (own := next(iter(union_homes))) in scores and own not in primary and primary:
            first_union = min((match for _, match in unions), key=lambda match: (match.field != "title", match.start))
            standing = {code for code, match in direct if code == first_title_code or self._after_country_preposition(
                match) or (match.sentence_key() == first_union.sentence_key() and match.start < first_union.start)}
            if all(named_times[code] == 1 and code not in standing for code in primary):
                # the one home of every union a story names goes before countries each named once, not first in the
                # title nor after a preposition of place ("Members of the New Zealand Nurses Organisation voted ...
                # graduates leaving for Australia"): the story is its unions' own; not a country named before the first
                # union in its sentence, what the union speaks of ("Japan's government halted the release, the KCTU
                # said")
                primary = {own}
        if home in scores and (home == leader or not primary):
            primary.add(home)  # a Swedish story naming Sverige is about Sweden
        if index_story:
            primary |= subject_lists | self._rated_countries(direct)
        elif subject_lists and not primary - subject_lists:
            primary |= subject_lists  # an index of the worst countries: the list is the subject
        tags = [
            _frozen(CountryTag, code=code, name=_country_name(code),
                    salience="primary" if code in primary else "mentioned",
                    # Direct mentions are in story order already; union mentions are merged in.
                    evidence=tuple(sorted(evidence[code], key=_story_order) if code in supported_by_unions
                                   else evidence[code]))
            for code in ranked
        ]
        return tuple(sorted(tags, key=lambda tag: tag.salience != "primary"))

    @staticmethod
    def _rated_countries(direct: list[tuple[str, _Match]]) -> set[str]:
        """The countries an index story rates: named in a sentence that speaks of ratings, ranks or
        the list ("Nine other countries saw their ratings worsen (Armenia, ...)"), or opening a
        numbered line of a ranking; never an owner, a home base or a dateline."""
        rated: set[str] = set()
        for code, match in direct:
            if code in rated or _context_factor(match) == _HOME_BASE_FACTOR:
                continue
            if (_RANK_ITEM_BEFORE.search(match.original, max(0, match.start - 8), match.start)
                    or _RATING_CUES.search(_sentence(match.original, match.start, match.end))):
                rated.add(code)
        return rated

    @staticmethod
    def _list_factors(matches: list[_Match]) -> tuple[dict[int, float], set[str]]:
        """Down-weight countries named in a run of LIST_MIN_LENGTH or more ("Eswatini, Serbia, ...").

        `matches` are in story order; the result maps id(match) to its factor, and gives the
        countries of lists in the title or lead (which may be the story's subject).
        """
        factors: dict[int, float] = {}
        subject_lists: set[str] = set()
        if len(matches) < LIST_MIN_LENGTH or len({match.entries[0].target for match in matches}) < LIST_MIN_LENGTH:
            return factors, subject_lists  # no run can name enough countries
        # A run ends where the next match is in the other field or more than list punctuation away.
        run_ends: list[int] = []
        ranges: set[int] = set()  # runs (by their end) that are ranges: "from Eswatini to Myanmar, Peru to France"
        after_joint = False  # the previous match closed a list: "China, India and Kenya, Sri Lanka is ..."
        for index, (previous, match) in enumerate(pairwise(matches), 1):
            gap = None if previous.field != match.field else _LIST_GAP.fullmatch(match.original, previous.end,
                                                                                match.start)
            if gap is None or (after_joint and not gap.group("joint") and not gap.group("range")):
                run_ends.append(index)
            elif gap.group("range"):
                ranges.add(len(run_ends))
            after_joint = gap is not None and bool(gap.group("joint"))
        run_ends.append(len(matches))
        run_start = 0
        for run_number, run_end in enumerate(run_ends):
            if run_end - run_start >= LIST_MIN_LENGTH:
                run = matches[run_start:run_end]
                codes = {match.entries[0].target for match in run}
                if len(codes) >= LIST_MIN_LENGTH:
                    for match in run:
                        factors[id(match)] = 2.0 / len(codes)
                    # A list in the lead, one introduced by a colon ("the ten worst countries are: ...") or
                    # by a word for countries may be what the story is about; a range of examples is not.
                    before = run[0].original[max(0, run[0].start - 120):run[0].start]
                    before = _LIST_MARKERS.sub("", before)
                    if run_number not in ranges and (run[0].in_lead() or before.rstrip().endswith((":", "?"))
                                                     or _SUBJECT_LIST_CUE.search(before)
                                                     or _LIST_INTRO.search(before)):
                        subject_lists |= codes
            run_start = run_end
        return factors, subject_lists

    # -- unions ----------------------------------------------------------------------------

    def _chains_split(self, matches: list[_Match]) -> list[_Match]:
        """`matches` with each hyphenated acronym that stands inside a longer run of acronyms joined by hyphens (see
        _inside_acronym_chain) replaced by the unions its parts name: in "l'intersyndicale CFDT-CGT-FO-SNJ" the
        scan's leftmost-longest match "CGT-FO" (Force Ouvrière's own name) hides the CGT and FO that the list names."""
        result: list[_Match] = []
        for match in matches:
            if not _inside_acronym_chain(match):
                result.append(match)
                continue
            offset = match.start
            for part in match.original[match.start:match.end].split("-"):
                result += [_Match(match.field, match.original, offset + found.start, offset + found.end, found.entries,
                                  found.folded) for found in self._scan(match.field, part).unions
                           if found.start == 0 and found.end == len(part)]
                offset += len(part) + 1
        return result


    def _accept_unions(self, matches: list[_Match], story_countries: set[str],
                       named: AbstractSet[str] = frozenset(),
                       language_countries: Callable[[AbstractSet[str]], set[str]] | None = None,
                       language_home: Callable[[], frozenset[str]] | None = None,
                       names_union: bool = False,
                       nordic_home: Callable[[], frozenset[str]] | None = None,
                       labour_story: Callable[[], bool] | None = None,
                       origins_only: Callable[[], AbstractSet[str]] = frozenset,
                       written_in: Callable[[], frozenset[str]] | None = None) -> list[tuple[str, _Match]]:
        """(union id, match) pairs for union mentions that stand on their own or are backed.

        `named` holds ids the story names otherwise (by a full name the recogniser found);
        `language_countries(backed)` gives the countries of the story's language that may back a
        mention beside the countries `backed` (see _spoken_in), asked only for mentions nothing else backs;
        `language_home()` the countries of the story's language when it is one country's (see _home_countries);
        `names_union` whether the recogniser found a union's full name in the story (in the directory or not);
        `nordic_home()` the countries of a story in Nordic languages (see _word_of_another_language);
        `labour_story()` whether it has a word for unions, workers or a strike (see _has_labour_word);
        `origins_only()` the countries it names only as workers' origin (see _origin_mentions);
        `written_in()` the countries whose news is written in the story's language, when several (see _is_backed).
        """
        accepted: list[tuple[str, _Match]] = []  # only appended to
        accepted_countries: set[str] = set()
        counted = 0

        def countries_accepted() -> set[str]:
            # self._countries_of(accepted), kept up as `accepted` grows: a long story's thousand mentions ask for it
            nonlocal counted
            accepted_countries.update(self._countries_of(accepted[counted:]))
            counted = len(accepted)
            return accepted_countries

        pending: list[_Match] = []
        if any("-" in match.folded or " " in match.folded for match in matches):
            matches = self._chains_split(matches)
        for match in matches:
            if _abbreviates_other_body(match) or _after_negating_prefix(match) or self._ends_federation_acronym(match) or (
                    _goes_on_with_cyrillic_people(match)) or (
                    self._names_a_foreign_employer(match, story_countries)) or self._named_after_other_country(match):
                continue
            # A name stands on its own unless flagged as needing support or it is an acronym
            # in a run of capitals (a shouted headline, where any word looks like one).
            standalone = [entry for entry in match.entries
                          if entry.kind == "union" and not entry.needs_support
                          and not (entry.case_rule == "exact"
                                   and _is_all_caps_context(match.original, match.start, match.end))
                          and not (entry.form in _ACRONYM_FORMS and _shouted_word_beside(
                              match, lambda word: self.unions.id_for_name(word) is not None))
                          and not self._word_of_another_language(entry, match, story_countries, nordic_home)
                          and not self._hyphen_name_written_small(entry, match)
                          and not self._latin_acronym_in_other_script(entry, match, story_countries)]
            if len(standalone) == 1:
                accepted.append((standalone[0].target, match))
            else:
                pending.append(match)
        named = named | {union_id for union_id, _ in accepted}
        # The countries of the unions named for sure back the others ("l'UGTM et la FDT").
        story_countries = story_countries | {record.country for union_id in named
                                             if (record := self.unions.get(union_id)) is not None and record.country}
        # A union backed here backs the other unions in turn, by its country and its place in a sentence ("Ictu
        # ... the TUI", "dalla Filt-Cgil, dalla Uilt, dall'Orsa"), until no more are backed; not its own further
        # mentions (a wrong reading of "BNP" would back itself).
        unbacked: list[_Match] = []
        learned: dict[str, set[str]] = defaultdict(set)  # country -> the unions backed here that gave it
        while pending:
            unbacked, newly = [], False
            for match in pending:
                targets = {entry.target for entry in match.entries}
                countries = story_countries | {country for country, givers in learned.items() if givers - targets}
                entries = [entry for entry in match.entries if entry.kind == "union" and self._is_backed(
                    entry, match, named, countries, language_home, accepted, names_union, labour_story, written_in)
                    and not self._word_of_another_language(entry, match, countries, nordic_home)]
                if len({entry.target for entry in entries}) > 1:
                    # A name as written goes before another union's acronym spelled otherwise ("Snals").
                    entries = [entry for entry in entries if entry.form != "acronym_variant"] or entries
                backed = [entry.target for entry in entries]
                if len(set(backed)) > 1:
                    backed = self._of_the_place(backed, (story_countries - origins_only()) | countries_accepted())
                if len(set(backed)) == 1:
                    accepted.append((backed[0], match))
                    if (record := self.unions.get(backed[0])) is not None and record.country:
                        learned[record.country].add(backed[0])
                    newly = True
                elif not backed:
                    unbacked.append(match)
            pending = unbacked if newly else []
        # The language is detected only for a union of a country it may back (see _spoken_in): beside
        # other countries, only for a name in the language of one country ("Hamnarbetarförbundet", not
        # "Free Trade Union of Metalworkers").
        candidates = _SPOKEN_COUNTRIES if not story_countries else _HOME_COUNTRIES
        shared: list[tuple[_Match, list[str]]] = []  # the mentions the language backs for several unions
        if unbacked and language_countries is not None and any(
                (record := self.unions.get(entry.target)) is not None and record.country in candidates
                and (not story_countries or entry.form not in _ACRONYM_FORMS
                     and _ENGLISH_UNION_WORDS.isdisjoint(match.folded.split()))
                for match in unbacked for entry in match.entries) and (
                spoken := language_countries(story_countries) - story_countries):
            for match in unbacked:
                if story_countries and is_generic_folded(match.folded):
                    # "Powszechna Konfederacja Pracy (CGT)" in Paris: a name of generic words only, beside other
                    # countries, is the language's word for another country's body, not its own union's name
                    continue
                if story_countries and KOREAN_TRADE_SHORT_NAME.fullmatch(match.original, match.start, match.end) and (
                        not _BRANCH_AFTER_KOREAN_UNION.match(match.original, match.end)):
                    # "독일 금속노조": the Korean words for another country's metalworkers' union; a branch after them
                    # ("금속노조 현대차지부") is the Korean union's
                    continue
                backed = [entry.target for entry in match.entries
                          if entry.kind == "union" and self._is_backed(entry, match, named, story_countries | spoken,
                                                                       labour_story=labour_story)]
                if len(set(backed)) > 1:
                    # Backed only by the language, a name goes to the union it is the name of, not to one whose
                    # longer name it shortens ("Força Sindical", Brazil's, not Angola's Força Sindical Angolana).
                    written = fold(match.original[match.start:match.end])
                    names = {target: fold(record.name) for target in set(backed)
                             if (record := self.unions.get(target)) is not None}
                    own = [target for target in backed if names.get(target) == written]
                    if len(set(own)) == 1 and all(written in name and name != written for target, name in names.items()
                                                  if target not in own) and len(names) == len(set(backed)):
                        backed = own
                if len(set(backed)) == 1:
                    accepted.append((backed[0], match))
                elif backed:
                    shared.append((match, backed))
        # Such a mention goes to the union of the country of a union the language backs, wherever the story names it
        # ("Sintrainagro denunció amenazas en Urabá. La CUT exigió protección": Colombia's CUT).
        for match, backed in shared:
            backed = self._of_the_place(backed, countries_accepted())
            if len(set(backed)) == 1:
                accepted.append((backed[0], match))
        return accepted

    def _latin_acronym_in_other_script(self, entry: NameEntry, match: _Match, story_countries: AbstractSet[str]) -> bool:
        """True for a national union's acronym in Latin capitals amid Cyrillic or Arabic words, in a story placed in
        other countries than the union's ("под лозунгом «STOP наступления на трудовые права»" in Kyiv: a slogan's English word,
        not Portugal's STOP): it needs backing like an acronym that is not the union's alone (see _is_backed)."""
        if entry.form not in _ACRONYM_FORMS:
            return False
        record = self.unions.get(entry.target)
        if not story_countries or record is None or record.country is None or record.country in story_countries:
            return False
        window = match.original[max(0, match.start - 40):match.end + 40]
        return _OTHER_SCRIPT_LETTER.search(window) is not None and _LATIN_LETTER.search(
            match.original, match.start, match.end) is not None

    def _countries_of(self, unions: Iterable[tuple[str, _Match]]) -> set[str]:
        """The countries of the national unions among `unions`."""
        return {record.country for union_id, _ in unions
                if (record := self.unions.get(union_id)) is not None and record.country is not None}

    def _of_the_place(self, targets: list[str], countries: AbstractSet[str]) -> list[str]:
        """Of the unions a mention may name, those of `countries` (the story's place) if that leaves one, else all:
        an acronym several countries' unions share names the union of the country the story is set in, not of
        migrants' origin ("A UGT denunciou a exploração de imigrantes brasileiros em Lisboa": Portugal's UGT)."""
        placed = [target for target in targets if (record := self.unions.get(target)) is not None
                  and record.country is not None and record.country in countries]
        return placed if len(set(placed)) == 1 else targets

    def _names_a_foreign_employer(self, match: _Match, story_countries: AbstractSet[str]) -> bool:
        """An acronym of other countries' unions only, after a word for the staff or the head of an employer ("los
        trabajadores de la ANDE", "el Sindicato de Trabajadores de la ANDE", "el jefe de la ANDE": Paraguay's power
        company, not Costa Rica's teachers): it names the employer in a story placed elsewhere."""
        window_start = max(0, match.start - 40)
        return (bool(story_countries) and bool(match.entries)
                and match.original.endswith(_EMPLOYER_BEFORE_ENDS, window_start, match.start)
                and _EMPLOYER_BEFORE.search(match.original, window_start, match.start) is not None
                and all(entry.form in _ACRONYM_FORMS and (record := self.unions.get(entry.target)) is not None
                        and record.country is not None and record.country not in story_countries
                        for entry in match.entries))

    def _without_acronyms_of_named(self, union_matches: list[_Match], found: dict[str, _FoundUnion]) -> list[_Match]:
        """`union_matches` without the acronyms in brackets right after a name of one directory union, found or
        matched, that writes its own country and that none of them is: they abbreviate that name ("الكونفدرالية
        الوطنية للشغيلة الموريتانية (CNTM)", Mauritania's confederation, not Brazil's CNTM). After a name without its
        country the acronym may say whose it is ("la Fédération autonome de l'enseignement (UGTM)": Morocco's)."""
        named_at: dict[tuple[Field, int], tuple[str, int]] = {
            (match.field, match.end): (entry.directory_id, match.start) for entry in found.values() if entry.directory_id
            for match in entry.matches}
        named_at.update(((match.field, match.end), (match.entries[0].target, match.start)) for match in union_matches
                        if match.entries and all(entry.form == "alias" for entry in match.entries)
                        and len({entry.target for entry in match.entries}) == 1)
        kept: list[_Match] = []
        for match in union_matches:
            if match.entries and _after_bracket(match) and all(entry.form in _ACRONYM_FORMS for entry in match.entries) and (
                    (opened := _bracket_opened_at(match)) is not None and (named := named_at.get(opened)) is not None
                    and all(entry.target != named[0] for entry in match.entries)
                    and (record := self.unions.get(named[0])) is not None and record.country is not None and any(
                        record.country in self._automata.countries_named(word)
                        for word in fold(match.original[named[1]:opened[1]]).split())):
                continue
            kept.append(match)
        return kept

    def _named_after_other_country(self, match: _Match) -> bool:
        """A directory name written right after another country's name or demonym names that country's union, not the
        directory's whose name leaves its country out: "मलेसियाली ट्रेड युनियन कांग्रेस" (the Malaysian TUC) is not
        Nepal's "ट्रेड युनियन काँग्रेस", "the Kenyan National Union of Teachers" not Britain's NUT."""
        entries = [entry for entry in match.entries if entry.kind == "union"]
        if not entries or any(entry.form != "alias" for entry in entries):
            return False
        countries = self._countries_right_before(match.original, match.start) or self._arabic_nisba_after(match)
        return bool(countries) and not any(self._may_follow(entry.target, countries) for entry in entries)

    def _arabic_nisba_after(self, match: _Match) -> frozenset[str]:
        """The countries of the word right after an Arabic name, where Arabic puts a name's nationality ("نقابة
        التمريض والقبالة الأردنية", the Jordanian nursing syndicate, is not a Palestinian union named without its
        country)."""
        if not ARABIC_LETTER.match(match.original, match.end - 1) or match.original[match.end:match.end + 1] != " ":
            return frozenset()
        nisba = _ARABIC_NISBA.match(match.original, match.end + 1)
        return self._automata.countries_named(fold(nisba.group())) if nisba else frozenset()

    def _may_follow(self, union_id: str, countries: AbstractSet[str]) -> bool:
        """Whether the union may be named right after words for `countries`: none, its own, or an international's."""
        record = self.unions.get(union_id)
        return not countries or record is None or record.country is None or record.country in countries

    def _another_countrys_name_before(self, original: str, start: int, match: _Match) -> bool:
        """Whether original[start:match.start] is only a country's name, and none of the countries of the directory's
        unions matched after it: "Swaziland Transport and Allied Workers Union" is Eswatini's union of its own, not
        South Africa's Transport and Allied Workers Union with a place before it."""
        prefix = original[start:match.start]
        if not prefix.endswith(" ") or not prefix.strip():
            return False
        named = self._automata.countries_named(fold(prefix.strip()))
        return bool(named) and all((record := self.unions.get(entry.target)) is not None and record.country is not None
                                   and record.country not in named for entry in match.entries)

    def _another_places_han_name(self, original: str, match: _Match, start: int | None = None) -> bool:
        """Whether the directory's name `match`, glued after other Han characters (from `start`, else the run of them
        right before it), ends a longer name of another place's union: one that opens with a place of none of the
        countries of the directory's unions matched, or names a city, county or province the gazetteer does not know
        ("孝感市邮政工会", Xiaogan's postal union, is no "郵政工會", Taiwan's Chunghwa Postal Workers' Union;
        "香港製藥及醫療儀器業職工總會" no "职工总会", Malaysia's MTUC), or, for a directory name that is only a workers'
        word and a head (CHINESE_BARE_HEADS: "职工总会"), any other words ("醫院管理局職工總會", the Hospital Authority's
        staff union in Hong Kong). Folded alike, a short name of one script meets the other script's names too. Not a
        place of the union's own country ("台北市郵政工會", "大马职工总会")."""
        end = match.start
        if not end or not HAN_LETTER.match(original, end) or not HAN_LETTER.match(original, end - 1):
            return False
        if start is None:
            start = end - 1
            while start > max(0, end - _HAN_PREFIX_REACH) and HAN_LETTER.match(original, start - 1):
                start -= 1
        prefix = original[start:end]
        if len(prefix) < 2 or not all(HAN_LETTER.match(char) for char in prefix):
            return False
        own = {record.country for entry in match.entries
               if (record := self.unions.get(entry.target)) is not None and record.country is not None}
        if not own or len(own) != len(match.entries):
            return False
        openers = {fold(prefix[:length]) for length in range(2, min(len(prefix), 4) + 1)}
        if prefix[-1] in _CHINESE_PLACE_UNITS:
            openers.add(fold(prefix[:-1]))
        named = frozenset().union(*(self._automata.han_place_countries(folded) for folded in openers))
        if named:
            return not named & own
        # a city or county of no known place, or any words before a bare head
        return (prefix[-1] in _CHINESE_PLACE_UNITS and len(prefix) >= 3) or match.folded in CHINESE_BARE_HEADS

    def _first_trade_abroad(self, original: str, start: int, end: int, entries: tuple[NameEntry, ...]) -> bool:
        """Whether a union's name cut to its first trade (see unions.ukrainian_first_trade_forms) has another country's
        name right after it ("Профспілка працівників освіти Польщі"): that country's union of the trade."""
        after = _NAME_WORD.match(original, end + 1)
        if after is None or original[end:end + 1] != " " or not (
                named := self._automata.countries_named(fold(after.group()), after.group())):
            return False
        written = original[start:end]
        return all((record := self.unions.get(entry.target)) is not None and record.country not in named
                   and names_first_trade_only(record, written) for entry in entries)

    def _countries_right_before(self, original: str, start: int) -> frozenset[str]:
        """The countries named by the words right before `start` with nothing but a space between: one to three
        words ("South African"), a word with a suffix of up to three letters in the scripts that join demonym and
        case endings to a country's name ("मलेसियाली", "भारतका"), or in Chinese and Japanese, the characters right
        before ("印尼职工总会")."""
        before = original[max(0, start - _WORDS_BEFORE_REACH):start]
        if _UNSPACED_LETTER.fullmatch(before[-1:]):
            candidates = [before[-length:] for length in range(2, 6)]
        elif before[-1:] == " " and unicodedata.category(before[-2:-1] or " ")[0] in "LM":
            words = before.split()
            candidates = [" ".join(words[-count:]) for count in (1, 2, 3)]
            if not words[-1].isascii():
                candidates += [words[-1][:-cut] for cut in (1, 2, 3) if len(words[-1]) - cut >= 2]
        else:
            return frozenset()
        return frozenset().union(*(self._automata.countries_named(fold(candidate), candidate) for candidate in candidates))

    def _ends_federation_acronym(self, match: _Match) -> bool:
        """A confederation's old or further acronym after another acronym ends a federation's ("FSP PPMI SPSI",
        "SPKEP SPSI"): the federation is named, not the confederation (tests/data/realnews labels them so)."""
        surface = match.original[match.start:match.end]
        # The acronym before it first: it is rare, and the entries' test folds names.
        return (bool(match.entries)
                and _ACRONYM_BEFORE.search(match.original, max(0, match.start - 11), match.start) is not None
                and all(entry.form in _ACRONYM_FORMS and (record := self.unions.get(entry.target)) is not None
                        and record.kind == "confederation" and not _is_main_short_form(record, surface)
                        for entry in match.entries))

    def _is_backed(self, entry: NameEntry, match: _Match, named: AbstractSet[str], story_countries: set[str],
                   language_home: Callable[[], frozenset[str]] | None = None,
                   accepted: Iterable[tuple[str, _Match]] = (), names_union: bool = False,
                   labour_story: Callable[[], bool] | None = None,
                   written_in: Callable[[], frozenset[str]] | None = None) -> bool:
        """Whether the story backs `entry` of `match`; `accepted` holds the union mentions taken so far,
        `names_union` whether the story writes a union's full name, `labour_story()` whether it has a word for
        unions, workers or a strike, `written_in()` the countries that write its language, when several."""
        if self._hyphen_name_written_small(entry, match) or _begins_other_body(entry, match):
            return False
        if entry.form in _ACRONYM_FORMS and _shouted_word_beside(match, lambda word: self.unions.id_for_name(word) is not None):
            return False  # "STOP DEGRADACJI – STOP DYSKRYMINACJI": the word "stop" in a shouted slogan, not S.T.O.P.
        if entry.form in _ACRONYM_FORMS and _after_news_agency_word(match):
            return False  # "à l'agence TAP", "the news agency ANSA": a news agency's letters, not a union's
        record = self.unions.get(entry.target)
        if entry.form == "acronym_variant" and len(surface := match.original[match.start:match.end]) < ACRONYM_VARIANT_MIN_LETTERS:
            # "Unia, le Sit et Syna", "Csdl, Cdls e Usl", "trade unions Sek and Peo": three letters in title case
            # make a word as often as an acronym; they count for a union of a country the story names (not an
            # international one: "Uni", "Psi"), listed right after another union, after a word for unions or before
            # an office of one, even when the story names the union otherwise ("le syndicat Lab"); never before a
            # capitalised word or a number ("KSPSI dan Aji Santoso", "CGTP, Sep 12", "CGT, Feb. 12").
            return (record is not None and record.country is not None and record.country in story_countries
                    and surface[:1].isupper() and surface[1:].islower()
                    and not _NAME_OR_NUMBER_AFTER.match(match.original, match.end)
                    and (_listed_with_union(match, accepted, _ANY_LIST_JOINT_BETWEEN, before_too=False)
                         or _called_a_union(match.original, match.start, match.end)))
        if entry.target in named:
            return True
        if record is None:
            return False
        if entry.form == "acronym_variant" and (
                match.folded.strip() in ORDINARY_WORD_NAMES or match.folded.strip() in ORDINARY_WORD_SHORT_NAMES):
            # an acronym that is an ordinary word, spelt otherwise ("Blood Spilt As Union Protest Turns Violent": no
            # SPILT; "the impact of the strike" is no IMPACT), counts as the unions whose whole name is one do (below)
            return record.country in story_countries and self._names_ordinary_word_union(match, accepted)
        if entry.form == "acronym_variant":
            if match.original[match.start:match.end].islower() and match.folded.strip() in LOWER_CASE_WORD_ACRONYMS:
                return False  # "ayon sa sentro" (Tagalog: "the centre said"): the word, not SENTRO
            # "Numsa", "kctu": the acronym's other spellings count with a union word in the sentence
            # and, for a national union, its country in the story.
            # Another union named for sure in the sentence is such a word ("dalla Filt-Cgil, dalla Uilt"), and so is
            # one in the sentence before ("... lanzar un paro nacional. En Córdoba, Uepc adelantó su adhesión.").
            has_cue = self._sentence_has_cue(match, accepted) or (
                # "o Sindsel", "Andes e Sinasefe": a Lusophone union's syllabic acronym of "Sindicato" says so itself
                record.country in _LANGUAGE_COUNTRIES["pt"] and is_portuguese_syllabic_name(
                    match.original[match.start:match.end]))
            # With no country in the story, the one union the spelling may name counts when the story's language
            # is not another country's ("Cosatu threatens nation-wide strike", "the Unison trade union").
            return has_cue and (record.country is None or record.country in story_countries or (
                not story_countries and len({other.target for other in match.entries}) == 1 and language_home is not None
                and record.country in (language_home() or {record.country})))
        if match.folded.strip() in ORDINARY_WORD_NAMES or match.folded.strip() in ORDINARY_WORD_SHORT_NAMES:
            return record.country in story_countries and self._names_ordinary_word_union(match, accepted)
        surface = match.original[match.start:match.end]
        if entry.form == "alias" and " " not in match.folded:
            if surface.isupper() and surface not in record.all_names and _is_all_caps_context(
                    match.original, match.start, match.end):
                # A one-word name the union writes in small letters, in a shouted headline ("UNITE AGAINST HATE"):
                # any word; the union counts when the story names it otherwise, or when the headline makes it a
                # speaker ("..., SAYS UNITE", "UNITE WARNS ...") in a story of labour placed in the union's country.
                return (_is_shouted_speaker(match.original, match.start, match.end)
                        and labour_story is not None and labour_story()
                        and (record.country in story_countries or not story_countries and (
                            language_home is None or record.country in (language_home() or {record.country}))))
            if _respells_styled_name(record, surface) and labour_story is not None and not labour_story():
                # "Verdi" for "ver.di": the plain spelling is a word or a name too ("Verdi's Requiem"); it names
                # the union in a story of unions, workers or strikes.
                return False
            if not story_countries and _called_a_union(match.original, match.start, match.end, members_of=True) and (
                    language_home is None or record.country in (language_home() or {record.country})):
                # "members of Unite", "the union Unite": a one-word name its sentence calls a union, in a story that
                # names no country, in a language that is no other country's
                return True
        if _is_acronym(surface) and _MODEL_SUFFIX.match(match.original, match.end) and (
                labour_story is not None and not labour_story()):
            # An acronym with one more letter or digit joined by a hyphen names a standard or a model ("la porta
            # USB-C") in a story of no union, workers or strike (not "la CGT-B", "la CUT-A" in a story of unions)
            return False
        if record.country is not None and record.country_among(story_countries) is not None:
            return True  # (a union of two countries, Unite in Britain and Ireland, in a story placed in either)
        if entry.form == "acronym" and _after_bracket(match) and _slavic_union_name_before(match):
            # "делегація Американської Федерації вчителів (AFT)", "Международный союз работников пищевой
            # промышленности, ... (IUF)": the union's own acronym after its name translated into a Slavic language,
            # which the directory knows in its own language only
            return True
        if record.country is not None and not (
                entry.form == "acronym" and len(match.entries) == 1 and _is_main_short_form(record, match.original[match.start:match.end])
                and not _in_acronym_run(match.original, match.start, match.end)
                and not _after_bracket(match)
                and not _is_all_caps_context(match.original, match.start, match.end)):
            return False
        # An acronym only one union has ("a GMB delegation to Kyiv"), or an international one, counts
        # with a union word in its sentence; not in brackets after a name, which it abbreviates, nor
        # in a shouted headline, nor a national union's in a story written in the language of one other
        # country ("NUS" in a Swedish story is a hospital, not Ghana's seamen).
        # In a story placed only in other countries a national union's acronym needs a word for a union itself: workers,
        # a strike or an office say nothing of whose letters they are ("the BNP-backed Sramik Dal held a rally of
        # garment workers in Dhaka", "BNP Secretary General": Bangladesh's party, not Belarus's union; "a GMB union
        # delegation in Kyiv" still counts).
        words = _sentence(match.original, match.start, match.end).split()
        cues, script_cues = ((_ACRONYM_CUES, _ARABIC_SCRIPT_CUES) if record.country is None or not story_countries
                             else (_UNION_NOUN_CUES, _ARABIC_SCRIPT_UNION_NOUNS))
        # The Arabic-script words back an acronym in Latin capitals only: spelt in Urdu letters ("ایف آئی اے") it is
        # as often an agency's.
        has_cue = not cues.isdisjoint(words) or (surface != surface.lower() and not script_cues.isdisjoint(words))
        if record.country is None:
            # An international's acronym counts as well in a story that writes a union's full name or names another
            # union for sure ("the IFJ Executive Committee" after the Union of Russian Journalists, "Глобальної
            # профспілки UNI" beside IndustriAll), when only it has the acronym, not in brackets ("Guatemala (CSI)")
            # nor in a shouted headline.
            return has_cue or (len(match.entries) == 1
                               and (names_union or any(union_id != entry.target for union_id, _ in accepted))
                               and not _after_bracket(match)
                               and not _is_all_caps_context(match.original, match.start, match.end))
        if not has_cue:
            return False
        if language_home is not None and (home := language_home()):
            return record.country in home
        # In a language of several countries, a story placed somewhere takes a national union's acronym only from a
        # country that writes the language: "UGT, CUT, UNE, CSP e Força Sindical" in Brazil are its students' union
        # and CSP-Conlutas, not Ecuador's teachers nor Britain's physiotherapists (wide_events43 pt-43509); "a UNE
        # angolana" is Angola's.
        spread = written_in() if written_in is not None and story_countries else frozenset()
        return not spread or record.country in spread

    def _of_a_country_not_writing(self, union_id: str, story_countries: AbstractSet[str],
                                  written_in: Callable[[], frozenset[str]]) -> bool:
        """True for a national union of none of the countries of a story placed somewhere, in a language several
        countries write and the union's does not (see _is_backed)."""
        record = self.unions.get(union_id)
        return (record is not None and record.country is not None and bool(story_countries)
                and record.country_among(story_countries) is None
                and bool(spread := written_in()) and record.country not in spread)

    def _hyphen_name_written_small(self, entry: NameEntry, match: _Match) -> bool:
        """True when `match` writes a name the union makes of ordinary words joined by a hyphen, each capitalised
        ("Genel-İş", "Petrol-İş"), without the hyphen and with a later word in small letters: words of the
        sentence ("genel iş gücü", the general labour force), not the name (not "Unsa ferroviaire" for
        "UNSA-Ferroviaire": an acronym marks it)."""
        if entry.form != "alias" or " " not in match.folded:
            return False
        surface = match.original[match.start:match.end]
        if "-" in surface or not any(word[:1].islower() for word in surface.split()[1:]):
            return False
        return (record := self.unions.get(entry.target)) is not None and any(
            "-" in name and " " not in name and all(part[:1].isupper() and part[1:].islower() for part in name.split("-"))
            and fold(name) == match.folded for name in record.all_names)

    def _sentence_has_cue(self, match: _Match, accepted: Iterable[tuple[str, _Match]]) -> bool:
        """Whether the sentence of `match` or the one before has a word for unions, workers or a strike, or another
        union `accepted` holds lies in its sentence ("dalla Filt-Cgil, dalla Uilt")."""
        sentence = _sentence(match.original, match.start, match.end)
        return (not _LABOUR_CUES.isdisjoint(sentence.split()) or self._beside_union(match, accepted)
                or not _LABOUR_CUES.isdisjoint(_sentence_before(match.original, match.start).split()))

    @staticmethod
    def _names_ordinary_word_union(match: _Match, accepted: Iterable[tuple[str, _Match]]) -> bool:
        """Whether the ordinary word of `match`, written in title case, is the union its sentence says it is: before
        an office of the union, after a word for unions, or listed with another union `accepted` holds, in English or
        another language ("CTB, Força, Nova Central", "Força e UGT"); not as the first word of a longer name ("CUT,
        Força Aérea", "Força-Tarefa")."""
        original, start, end = match.original, match.start, match.end
        if not (original[start].isupper() and original[start + 1:end].islower()):
            return False  # "SOLIDARITY IS urgently needed": a shouted word, not the union
        if _called_a_union(original, start, end):
            return True
        if _MEMBERS_AFTER.match(original, end) and not starts_sentence(original, start):
            return True
        if original[end:end + 1] in "-‐‑" or (
                _CAPITALISED_WORD_AFTER.match(original, end) and not _is_title_case(original)):
            return False
        if match.folded.strip() in ORDINARY_WORD_SHORT_NAMES and (
                before := _WORD_BEFORE.search(original, max(0, start - 30), start)) is not None and (
                before.group(1) not in _WORDS_BEFORE_A_SHORT_NAME):
            # "mostrou sua Força", "Segurança Força": a noun after a word of its phrase; the name stands after an
            # article or preposition ("da Força") or a comma
            return False
        return (_listed_with_union(match, accepted, _LIST_JOINT_BETWEEN, before_too=True)
                or _listed_with_union(match, accepted, _ANY_LIST_JOINT_BETWEEN, before_too=True))

    @staticmethod
    def _beside_union(match: _Match, accepted: Iterable[tuple[str, _Match]]) -> bool:
        """True when a mention of `accepted` of another union than those `match` may name lies in its sentence."""
        start, end = _sentence_span(match.original, match.start, match.end)
        targets = {entry.target for entry in match.entries}
        return any(other.original is match.original and start <= other.start and other.end <= end
                   and union_id not in targets for union_id, other in accepted)

    def _word_of_another_language(self, entry: NameEntry, match: _Match, story_countries: AbstractSet[str],
                                  nordic_home: Callable[[], frozenset[str]] | None) -> bool:
        """True for a national union's acronym in capitals, of a country the story does not name, in a Swedish,
        Norwegian, Danish or Finnish story of no union of that country: a slogan, a word or a union of the story's
        own ("STOP nyt! -mielenosoitus" in Finnish is no Portuguese teachers' union, "UNISON APPLAUS" in Norwegian no
        British one, "FO-streik" Norway's Fellesorganisasjonen, not France's Force Ouvrière)."""
        if entry.form != "acronym" or entry.case_rule != "exact" or nordic_home is None:
            return False
        record = self.unions.get(entry.target)
        if record is None or record.country is None or record.country in story_countries:
            return False
        home = nordic_home()
        return bool(home) and record.country not in home

    def _foreign_to_language(self, match: _Match, language_home: Callable[[], frozenset[str]]) -> bool:
        """True when every union `match` may name is a national union of another country than those of the
        story's language ("NUS" in a Swedish story: only Ghana's seamen have the acronym)."""
        home = language_home()
        return bool(home) and all((record := self.unions.get(entry.target)) is not None
                                  and record.country is not None and record.country not in home for entry in match.entries)

    def _union_tags(self, unions: list[tuple[str, _Match]], primary_countries: set[str],
                    discovered: list[_FoundUnion], home: str | None,
                    named_countries: dict[int, str] | None = None) -> tuple[UnionTag, ...]:
        """A union is primary when named twice, in the lead, or when it is a union of the story's main country.

        A discovered union (found by its shape, not in the directory) gets the id
        "found:<country>:<folded-name>", its country being the one its own name names
        (`named_countries`, by id of the found union), else the story's main one (or "xx"): two
        stories on one event give the union one id whichever country each leads with.
        """
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
            tags.append(_frozen(UnionTag, union_id=union_id, name=record.name, acronym=record.acronym,
                                country=record.country, salience="primary" if primary else "mentioned",
                                evidence=tuple(match.evidence for match in union_matches)))
        for entry in discovered:
            matches = sorted(entry.matches, key=lambda match: (match.field != "title", match.start))
            primary = len(matches) >= 2 or any(match.in_lead() for match in matches)
            country = (named_countries or {}).get(id(entry), home)
            tags.append(_frozen(UnionTag, union_id=discovered_union_id(entry.name, country), name=entry.name,
                                acronym=entry.acronym, country=country, salience="primary" if primary else "mentioned",
                                evidence=tuple(match.evidence for match in matches)))
        return tuple(sorted(tags, key=lambda tag: (tag.salience != "primary", -len(tag.evidence), tag.union_id)))


# The staff or the head of an employer before its acronym: Spanish, Portuguese, French, English ("trabajadores de la",
# "funcionários do", "salariés de la", "workers at the").
# The prepositions after a word for an employer's staff or head, before the employer's name.
_EMPLOYER_PREPOSITIONS = ("de la", "del", "de los", "de las", "da", "do", "das", "dos", "de l'", "du", "des", "at the",
                          "of the", "at", "of")
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:[Tt]rabajador(?:e?s|as?)|[Ff]uncionari[oa]s|[Ff]uncionários|[Ee]mplead[oa]s|[Oo]brer[oa]s|[Pp]ersonal|[Jj]efe|"
    r"[Jj]efa|[Gg]erente|[Tt]rabalhador(?:e?s|as?)|[Ee]mpregad[oa]s|[Ss]alariés|[Tt]ravailleu(?:r|rs|ses)|[Ee]mployés|"
    r"[Ww]orkers|[Ee]mployees|[Ss]taff) (?:" + "|".join(_EMPLOYER_PREPOSITIONS) + ") $")
# How the text before a match _EMPLOYER_BEFORE finds ends: its preposition and a space, or those and a line break
# ("$" matches before a last "\n" too). Checked with str.endswith first: the pattern is tried at each of the 40
# characters before every union mention (~8 us a search), and few mentions follow such a preposition.
_EMPLOYER_BEFORE_ENDS = tuple(f" {preposition} {line_break}" for preposition in _EMPLOYER_PREPOSITIONS
                              for line_break in ("", "\n"))
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{1,9} $")
_ACRONYM_AFTER = re.compile(r" [A-Z][A-Z0-9]{1,9}(?![\w\-])")


def _abbreviates_other_body(match: _Match) -> bool:
    """An acronym in brackets after the name of the body it abbreviates, no union ("la Administración Nacional
    de Electricidad (ANDE)", "la Federación de Empresas del Metal de Cádiz (FEMCA)"): the text says what it
    is, whichever union elsewhere shares the letters."""
    return (match.original[match.start - 1:match.start] in ("(", "[")
            and match.original[match.end:match.end + 1] in (")", "]")
            and bool(match.entries) and all(entry.form in _ACRONYM_FORMS for entry in match.entries)
            and names_other_body(match.original, match.start - 1, match.original[match.start:match.end]))


# A Russian or Ukrainian name of a body of unions that ends in "unions" (folded), and the lower-case genitive plural
# of people right after it: the longer name of another body goes on there ("Міжнародною конфедерацією професійних
# спілок залізничників (МКПЗ)" is the railway workers' international, not the ITUC's "Міжнародна конфедерація
# професійних спілок"; wide_reccyr41 uk-41400).
_CYRILLIC_UNIONS_PLURAL_END = re.compile("(?:" + "|".join(fold(words) for words in (
    "профсоюзов", "профспілок", "профессиональных союзов", "професійних спілок")) + ")$")
# (also on the next line of a text broken into short lines: "... Международной конфедерации профсоюзов\nработников ...")
_CYRILLIC_PEOPLE_AFTER = re.compile(r"[ \n][а-яёіїєґ'’]{3,}(?:ов|ев|ей|ів|їв)(?![\w'’\-])")


# A plural head of Greek labour centres, and each further place listed after the first (a comma or "και" before it,
# an acronym in brackets, a president's name or a dash-joined second place after it: "Λαυρίου – Ανατολικής Αττικής").
_GREEK_PLURAL_CENTRES = re.compile(r"(?:Εργατικά Κέντρα|Εργατικών Κέντρων|Εργατοϋπαλληλικά Κέντρα) ")
_GREEK_LISTED_PLACE = re.compile(
    r"(?: \([^()]{2,12}\))?(?: [Α-ΩΆ-Ώ][α-ωά-ώ]+){0,2}(?:,| και| κι),? ([Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?: [–-] [Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+(?: [Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰ]+)?)?)")


def _goes_on_with_cyrillic_people(match: _Match) -> bool:
    """True for a Russian or Ukrainian name ending in "unions" with the people of a longer name after it."""
    return bool(_CYRILLIC_UNIONS_PLURAL_END.search(match.folded)) and bool(
        _CYRILLIC_PEOPLE_AFTER.match(match.original, match.end))


# A Russian, Ukrainian or Belarusian (also in its Latin alphabet) word for a union, a federation or a confederation of
# unions: what a name translated into those languages holds (see _slavic_union_name_before).
_SLAVIC_UNION_WORD = re.compile(r"(?i)профсою|профспіл|прафсаюз|prafsajuz|федерац|фэдэрац|конфедерац|канфэдэрац"
                                r"|профессиональн\w* союз|професійн\w* спіл|(?:международн|міжнародн|глобальн)\w* союз")
_CLAUSE_END = re.compile(r"[.!?;:\n()]")
_SLAVIC_NAME_MAX_CHARS = 200


def _slavic_union_name_before(match: _Match) -> bool:
    """True when the bracket `match` opens follows, in its own clause, a Russian, Ukrainian or Belarusian union's name
    (a word for a union, a federation or a confederation of them, then words to the bracket), whose acronym it gives."""
    original, opening = match.original, match.start - 1
    if opening < 2 or original[opening - 1] != " " or not original[opening - 2].isalpha():
        return False
    before = original[max(0, opening - _SLAVIC_NAME_MAX_CHARS):opening]
    clause_end = max((found.end() for found in _CLAUSE_END.finditer(before)), default=0)
    return _SLAVIC_UNION_WORD.search(before, clause_end) is not None


def _after_bracket(match: _Match) -> bool:
    """True when `match` opens a bracket ("(CSI)"), where an acronym abbreviates or credits the name before it."""
    return match.original[match.start - 1:match.start] in ("(", "[")


def _in_acronym_run(original: str, start: int, end: int) -> bool:
    """True for an acronym with another right before or after it ("FSP LEM SPSI", "FS&GWU"): part of a longer one."""
    return bool(_ACRONYM_BEFORE.search(original, max(0, start - 11), start) or _ACRONYM_AFTER.match(original, end)
                or original[start - 1:start] == "&" or original[end:end + 1] == "&")


def _is_main_short_form(record: UnionRecord, surface: str) -> bool:
    """True when `surface` spells the union's main short form: its first acronym, or an acronym-shaped name.

    A further acronym ("FTU" beside "HKFTU") is how the union is known at home; abroad it names others.
    """
    return _folded_main_short_form(record) == fold(surface)


@lru_cache(maxsize=4096)  # asked for each acronym match of a story; a union's is the same in every story
def _folded_main_short_form(record: UnionRecord) -> str:
    """A union's main short form (see _is_main_short_form), folded."""
    return fold(record.acronyms[0] if record.acronyms else record.name)


def _countries_in_names(discovered: list[_FoundUnion], direct: list[tuple[str, _Match]]) -> dict[int, str]:
    """The country each found union's name names, by id of the found union, where its mentions name exactly
    one ("Federación Sindical Unitaria de Bolivia": BO)."""
    names = _Spans((match.field, match.start, match.end, index)
                   for index, entry in enumerate(discovered) for match in entry.matches)
    codes: dict[int, set[str]] = defaultdict(set)  # index in `discovered` -> the countries its name names
    for code, match in direct:
        for index in names.holding(match):
            codes[index].add(code)
    return {id(discovered[index]): next(iter(found)) for index, found in codes.items() if len(found) == 1}


class _Spans:
    """(field, start, end, label) spans of the title and text, asked which of them hold a match in time that
    does not grow with their number: bisect, then back no further than the longest span (a text of
    thousands of names and places stays linear)."""

    __slots__ = ("_spans", "_longest")

    def __init__(self, spans: Iterable[tuple[Field, int, int, int]]) -> None:
        self._spans = sorted(spans)
        self._longest = max((end - start for _, start, end, _ in self._spans), default=0)

    def holding(self, match: _Match) -> Iterator[int]:
        """The labels of the spans `match` lies within."""
        spans, earliest = self._spans, match.start - self._longest
        position = bisect_right(spans, (match.field, match.start, math.inf))
        while position and (span := spans[position - 1])[0] == match.field and span[1] >= earliest:
            position -= 1
            if match.end <= span[2]:
                yield span[3]

    def hold(self, match: _Match) -> bool:
        """True when `match` lies within one of the spans."""
        return next(self.holding(match), None) is not None


def _home_of_named_union(unions: UnionDirectory, entry: NameEntry) -> tuple[str, ...]:
    """The home country of the directory union `entry` names by its name or an alias (not an acronym), if any: with
    the name written in three words or more, a shared place's backing (a short alias or a word like "Uil" inside
    "FenealUil" would back the very place that backs it)."""
    if entry.kind != "union" or entry.form not in ("name", "alias"):
        return ()
    record = unions.get(entry.target)
    return (record.country,) if record is not None and record.country else ()


def _keep_unresolved_acronyms(union_matches: list[_Match], accepted: list[tuple[str, _Match]],
                              found: dict[str, _FoundUnion], foreign: Callable[[_Match], bool]) -> None:
    """A directory acronym that the story's countries do not resolve ("la CNT" in a Mexican story, where
    the directory knows Spain's and France's) is a union named by its acronym alone when its sentence
    speaks of unions: it joins `found` under the acronym (LABELING.md: the acronym is the name). Not when
    `foreign(match)`: the story's language is another country's than every union's that has it."""
    taken = {id(match) for _, match in accepted}
    for match in union_matches:
        if id(match) in taken or not match.entries or any(entry.kind != "union" for entry in match.entries):
            continue
        if all(entry.form in ("name", "alias") for entry in match.entries):
            _keep_unresolved_name(match, found)
            continue
        if any(entry.form != "acronym" for entry in match.entries):
            continue
        acronym = match.original[match.start:match.end]
        if (match.original[match.start - 1:match.start] in ("(", "[")
                or _is_all_caps_context(match.original, match.start, match.end)
                or _in_acronym_run(match.original, match.start, match.end)
                or _after_news_agency_word(match)
                or _LABOUR_CUES.isdisjoint(_sentence(match.original, match.start, match.end).split())
                or foreign(match)):
            continue
        # An acronym a name in the story teaches is that union's ("Fellesorganisasjonen (FO) ... FO-streik"), not a
        # union of its own.
        entry = found.get(fold(acronym)) or next((other for other in found.values() if other.acronym is not None
                                                  and fold(other.acronym) == fold(acronym)), None)
        if entry is None and any(other.original[other.end:other.end + len(acronym) + 3].strip() == f"({acronym})"
                                 for other in [*(match for _, match in accepted),
                                               *(mention for named in found.values() for mention in named.matches)]):
            continue
        if entry is None:
            entry = found[fold(acronym)] = _FoundUnion(None, FoundName(match.start, match.end, acronym, acronym))
        entry.matches.append(match)


# up to three words between a found name and the bracket after it, on its line and in its sentence: the name's
# end the recogniser left out ("National Union of Metalworkers SA (Numsa)"); see Tagger._bracketed_union_of
_WORDS_BEFORE_BRACKET = re.compile(r"(?:[^\S\n]*,?[^\S\n]+[^\W\d_][\w'’\-]*){1,3}(?=\s*\()")
# a case ending joined to a name by an apostrophe right before a bracket (Turkish "Konfederasyonu’na (KESK)",
# "Sendikası'nın (Genel-İş)"); see Tagger._bracketed_union_of
_CASE_SUFFIX_BEFORE_BRACKET = re.compile(r"['’][^\W\d_]{1,5}(?=[^\S\n]*\()")
# (also set off by a dash, as brackets would: "... do Instituto Salvadorenho de Previdência Social – STISSS", a
# translation of the union's name before its own acronym, wide_latam36 pt-36449)
_BARE_ACRONYM_AFTER = re.compile(r"(?:/|,?[^\S\n]|[^\S\n]+[–—][^\S\n]+)([A-Z][A-Z\-]{1,11})(?![\w\-])")
# The short name a Japanese, Chinese or Korean text declares in brackets after a name, "hereinafter X"
# ("日本郵政グループ労働組合(以下JP労組)", "（以下「自治労」という）", "(以下简称工会)", "(이하 '금융노조')"): the name
# and X are one union, whatever their words.
_HEREINAFTER = re.compile(
    r"[^\S\n]*[(（](?:以下简称|以下簡稱|以下|이하)[、,:：]?[^\S\n]*[「『\"'‘“]?"
    r"([^\s()（）「」『』\"'‘’“”、,]{1,24}?)[」』\"'’”]?(?:[^\S\n]*(?:という|とする|라고\s*함|라\s*함))?[)）]")
_NEARLY_SAME_WORDS = 3  # words a name read a word short or long shares with its union's (compared by variant_key)
# an acronym in brackets: one word, or up to four capitalised ones (the Indonesian "FSP KEP SPSI", "SP LEM"),
# maybe after the acronym of the union's organ ("(PC FSP KEP SPSI)": see recognise._UNION_ORGANS)
# A name written in the letters of Bangla, Devanagari, Urdu's Arabic script, Tamil or Sinhala, with spaces and hyphens
_SOUTH_ASIAN_SCRIPT_NAME = re.compile(r"[\u0980-\u09ff\u0900-\u097f\u0600-\u06ff\u0b80-\u0bff\u0d80-\u0dff][\u0980-\u09ff"
                                      r"\u0900-\u097f\u0600-\u06ff\u0b80-\u0bff\u0d80-\u0dff \-]*")
# A local federation of unions of the mainland's ACFTU, in simplified characters (總 and 區/縣 are Taiwan's and Hong
# Kong's): a county's, district's, banner's, city's, prefecture's, province's or town's 总工会
_MAINLAND_LOCAL_FEDERATION = re.compile("[县区旗市州省镇]总工会")


def _mainland_local_federation(title: str, text: str) -> Evidence | None:
    """Where the title or text names a mainland local federation of unions (see _MAINLAND_LOCAL_FEDERATION), else
    None; read only when the story writes 总工会."""
    fields: tuple[tuple[Field, str], ...] = (("title", title), ("text", text))
    for field, written in fields:
        if "总工会" in written and (match := _MAINLAND_LOCAL_FEDERATION.search(written)) is not None:
            return _frozen(Evidence, text=match.group(), start=match.start(), end=match.end(), field=field)
    return None


# A name in Chinese characters only, and the heads that end a centre's or a federation's Chinese name
_CHINESE_SCRIPT_NAME = re.compile(HAN_LETTER.pattern + "+")
_CHINESE_FEDERATION_HEADS = ("總工會", "总工会", "總會", "总会", "聯合會", "联合会", "聯盟", "联盟")
_BRACKETED_ACRONYM = re.compile(r"\s*\((?:(?:PUK|PC|PD|PP|DPP|DPD|DPW|DPC) )?([^\W\d_][\w\-/.]{1,11}(?: [A-Z][A-Z\-/.]{1,11}){0,3})\)")


# A numbered section of a union written before it ("la Sección 22 del SNTE", "la Seccional 5 de la UOM", in
# running text "la sección 7 del SNTE", in a headline "SECCIÓN 24 DEL STPRM", or several: "las secciones 7 y 40
# del SNTE"): each section is a union named too (LABELING.md: a branch named with its union).
_SECTION_BEFORE = re.compile(
    r"\b(?:secci[oó]n(?:al)?\s+(\d{1,4})|secciones\s+(\d{1,4})\s+y\s+(\d{1,4}))\s+(?:de\s+la|del|de)\s+$",
    re.IGNORECASE)
_SECTION_LOOKBACK = 48
_SECTION_NAME = re.compile(r"secci[oó]n(?:al)?\s+\d", re.IGNORECASE)  # a section's own name, as _add_section writes it


def _add_numbered_sections(unions: list[_Match], found: dict[str, _FoundUnion]) -> None:
    """Add to `found` each numbered section written right before a mention of a union the story names."""
    for match in unions:
        before = match.original[max(0, match.start - _SECTION_LOOKBACK):match.start]
        if "ecci" not in before.lower() or (section := _SECTION_BEFORE.search(before)) is None:
            continue
        start = match.start - len(before) + section.start()
        if section.group(1) is not None:
            _add_section(match, start, match.original[start:match.start], found)
            continue
        link = before[section.end(3):]  # "secciones 7 y 40 del ": one section per number, each "Sección N del ..."
        for number in (section.group(2), section.group(3)):
            _add_section(match, start, f"Sección {number}{link}", found)


def _add_section(match: _Match, start: int, prefix: str, found: dict[str, _FoundUnion]) -> None:
    """Add to `found` the section `prefix` ("Sección 22 del ") of the union `match` names, the text's span
    from `start` to the union's end."""
    name = f"{prefix}{match.original[match.start:match.end]}"
    # "Sección 22 del Sindicato Nacional de Trabajadores de la Educación (SNTE)" is "Sección 22 del SNTE"
    bracket = _BRACKETED_ACRONYM.match(match.original, match.end)
    short = f"{prefix}{bracket.group(1)}" if bracket is not None else None
    keys = {fold(name)} | ({fold(short)} if short else set())
    entry = next((known for key, known in found.items()  # the title's "Sección 22 del SNTE" is the text's
                  if key in keys or known.acronym is not None and fold(known.acronym) in keys), None)
    if entry is None:
        entry = found[fold(name)] = _FoundUnion(None, FoundName(start, match.end, name, short))
    elif entry.acronym is None and short is not None and fold(entry.name) != fold(short):
        entry.acronym = short
    entry.matches.append(_Match(match.field, match.original, start, match.end, (), fold(name)))


def _keep_unresolved_name(match: _Match, found: dict[str, _FoundUnion]) -> None:
    """A full name that unions of several other countries share ("Syndicat National de l'Enseignement
    Supérieur" in a Senegalese story, where the directory knows France's and Mali's) is the story's own
    union of that name: it joins `found`, with the acronym in brackets after it if there is one."""
    name = match.original[match.start:match.end]
    if len({entry.target for entry in match.entries}) < 2 or len(name.split()) < 3 or not name[:1].isupper():
        return
    bracket = _BRACKETED_ACRONYM.match(match.original, match.end)
    acronym = bracket.group(1) if bracket is not None and (
        _is_acronym(bracket.group(1)) or bracket.group(1)[:2].isupper()) else None  # "SNEsup" too
    entry = found.get(fold(name))
    if entry is None:
        entry = found[fold(name)] = _FoundUnion(None, FoundName(match.start, match.end, name, acronym))
    entry.matches.append(match)


# A name of capitalised words (and "of", "and", "for" between them) right after "the" (see
# Tagger._unions_named_without_country), and what says a longer name goes on after it: a bracket or a capitalised
# word. The look-behind follows the first letter, so that the search skips ahead to a "T" or "t" (as _JOINED_WORDS').
_GENERIC_NAME_AFTER_THE = re.compile(
    r"[Tt](?<![\w'’][Tt])he\s+([A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+)+)(?!\w)")
# ... and right after a country's possessive ("PNG's", "Fiji’s"): the country is group 1, the name group 2 (the
# look-behind after the first letter, as above: a look-behind first made the search try every position)
_GENERIC_NAME_AFTER_A_POSSESSIVE = re.compile(
    r"([A-Z](?<![\w'’][A-Z])[A-Za-z]+)['’]s\s+([A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+)+)(?!\w)")
_LONGER_AFTER = re.compile(r"\s*\(|\s+[A-Z]")
# Where _GENERIC_NAME_AFTER_THE may match: the "he" of a "the" or "The" with spaces and a capital after it (what the
# pattern needs after its first letter; "\s+" gives nothing back, a capital being no space). The search begins with
# the letters "he", which it finds as a string is searched for, then looks behind them for the "t" (a loop of find()
# over every "he" in Python, "they", "when" and "other" included, took twice as long; most "the" come before a word
# in lower case).
_THE_BEFORE_A_CAPITAL = re.compile(r"he(?<=[Tt]he)(?=\s+[A-Z])")
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _names_after_the(original: str) -> list[re.Match[str]]:
    """Exactly list(_GENERIC_NAME_AFTER_THE.finditer(original)), tried only at each "the" or "The" with spaces and a
    capital after it (_THE_BEFORE_A_CAPITAL: a search of the whole pattern tries it at every "t" of a text)."""
    return matches_from(_GENERIC_NAME_AFTER_THE, original,
                        [found.start() - 1 for found in _THE_BEFORE_A_CAPITAL.finditer(original)])


def _names_after_a_possessive(original: str) -> list[re.Match[str]]:
    """Exactly list(_GENERIC_NAME_AFTER_A_POSSESSIVE.finditer(original)), tried only where a match may start: a
    match's first group is the whole run of ASCII letters before an "'s" or "’s" (no word character nor apostrophe
    before it), so each possessive gives one place to try, at the start of the letters before it (a search tries
    the pattern at every capital of a text; most texts have a few possessives)."""
    apostrophes: list[int] = []
    for possessive in ("'s", "’s"):
        position = original.find(possessive)
        while position >= 0:
            apostrophes.append(position)
            position = original.find(possessive, position + 2)
    if not apostrophes:
        return []
    starts: list[int] = []
    for apostrophe in sorted(apostrophes):
        start = apostrophe
        while start > 0 and original[start - 1] in _ASCII_LETTERS:
            start -= 1
        if apostrophe - start >= 2 and "A" <= original[start] <= "Z":
            starts.append(start)
    return matches_from(_GENERIC_NAME_AFTER_A_POSSESSIVE, original, starts)
_GENERIC_NAME_MIN_WORDS = 3
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_ARABIC_WORD_AFTER = re.compile(r" ([\u0621-\u064a]+)")  # the word right after a name, one space between
# "union", "syndicate" with the particle a profession's bare syndicate may be written with ("لنقابة", for the
# syndicate), each form -> the head (Tagger._arabic_profession_syndicates); "federation" too, written bare the same
# way ("اتحاد المعلمين", "واتحاد المعلمين" for the GUPT's "اتحاد المعلمين الفلسطينيين": wide_recar45 ar-45113,
# wide_recar39 ar-39416; "اتحاد البترول في لبنان", wide_arabic17 ar-3640)
_ARABIC_BARE_HEAD_FORMS = {particle + fold(head): fold(head) for head in ("نقابة", "اتحاد")
                           for particle in ("", "و", "ل", "ب", "ف", "ول", "وب")}
# "the federation" with the particle a national centre's name may be written with ("للاتحاد العام", of the general
# federation: ل before the article drops its alif), each form -> what the name is written from
# and "committee" and "association" (Sudan's teachers' committee and professionals' association: "لجنة المعلمين",
# "تجمع المهنيين" for "لجنة المعلمين السودانيين", "تجمع المهنيين السودانيين"; "the committee" too, "اللجنة المركزية
# للأطباء" for "اللجنة المركزية لأطباء السودان": wide_recar46 ar-46415, wide_recar42 ar-42407), with the head they are
_ARABIC_CENTRE_HEAD_FORMS = {fold(form): (fold(written[1:] if (written := form.removeprefix("و")).startswith("لل")
                                               else written.removeprefix("ب")), fold(head))
                             for head, forms in (("اتحاد", ("الاتحاد", "والاتحاد", "بالاتحاد", "للاتحاد", "وللاتحاد",
                                                          "وبالاتحاد")),
                                                 ("لجنة", ("لجنة", "ولجنة", "بلجنة", "للجنة", "وللجنة", "اللجنة",
                                                          "واللجنة", "باللجنة")),
                                                 ("تجمع", ("تجمع", "وتجمع", "لتجمع", "بتجمع", "ولتجمع")))
                             for form in forms}
# a committee's or an association's name needs one word after its head, a federation's two
_ARABIC_ONE_WORD_HEADS = frozenset(fold(head) for head in ("لجنة", "تجمع"))
_ARABIC_GENERAL_WORDS = frozenset(fold(word) for word in ("العام", "الوطني"))  # "general", "national" after a head


def _general_federation_before(original: str, words: list[re.Match[str]], position: int) -> re.Match[str] | None:
    """The word "the federation" ("الاتحاد", "للاتحاد", ...) right before words[position] when that word is "general"
    or "national" and the word after it is joined to "for" ("الاتحاد العام للمعلمين", the GUPT's name without its
    demonym: wide_north9 ar-943, wide_rec49ar ar-48431), or None."""
    if position < 1 or fold(words[position].group()) not in _ARABIC_GENERAL_WORDS:
        return None
    federation = words[position - 1]
    if original[federation.end():words[position].start()] != " " or (head := fold(federation.group())) not in (
            _ARABIC_CENTRE_HEAD_FORMS) or _ARABIC_CENTRE_HEAD_FORMS[head][1] != fold("اتحاد"):
        return None
    return federation

_ARABIC_CENTRE_MAX_WORDS = 4  # "العام لنقابات العمال", "الوطني العام لنقابات العمال": words after the head
# words with the article's letters that end a name: relative pronouns, "to", "but", "unless"
_ARABIC_RELATIVES = frozenset(fold(word) for word in ("الذي", "التي", "الذين", "إلى", "إلا", "الا"))
_ARABIC_STATEMENTS = frozenset(fold(word) for word in ("بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "بلاغ", "مؤتمر"))


def _arabic_generic_key(words: list[str]) -> tuple[str, ...]:
    """The head of a folded Arabic name (_ARABIC_CENTRE_HEAD_FORMS) and its words without "for", "by", "and" or the
    article joined before them ("للاتحاد", "لنقابات", "العمال", "عمال" -> "اتحاد", "نقابات", "عمال"): how a national
    centre's name compares written with its country ("... لنقابات عمال الأردن") and without it ("... لنقابات
    العمال")."""
    key = [_ARABIC_CENTRE_HEAD_FORMS[words[0]][1]]
    for word in words[1:]:
        if word.startswith("لل"):
            word = word[2:]
        elif word[:1] in "ولب" and len(word) > 3:
            word = word[1:] if word[1:].startswith("ال") or word[0] == "ل" else word
        key.append(word[2:] if word.startswith("ال") and len(word) > 3 else word)
    return tuple(key)


def _goes_on_arabic_name(word: str, after: str, is_country_name: Callable[[str], bool]) -> bool:
    """True when the folded word after an Arabic name (and `after`, the word after it) goes on with it: "in" a place,
    an adjective or a definite word ("... في حضرموت", "... الفلسطيني"), "for" or "by" a definite word or a country
    ("للتعليم", "بالأردن"); not a relative pronoun or "to" ("الذي", "إلى"), nor "in a statement" ("... في بيان"), how
    the press says where a union said a thing."""
    if word == "في" and after in _ARABIC_STATEMENTS:
        return False
    if word == "في" or word.startswith("ال") and word not in _ARABIC_RELATIVES:
        return True
    return word[:1] in "لب" and (word[1:].startswith("ال") or word.startswith("لل") or is_country_name(word[1:]))


# A Russian or Ukrainian union named by its quoted name right after the acronym of its kind ("МПРО «Учитель»", an
# interregional union of education workers; "(МПРЗ) «Действие»") or after the words for one of its organisations
# ("первичной профсоюзной организации «Действие»", "профорганизации «...»"), where the recogniser reads no head: the
# directory's union so named (Tagger._quoted_unions_after_their_kind). A kind's acronym says "union" ("П"); a
# company's legal form before its own quoted name ("ПАО «...»", "ГУП «...»", _CYRILLIC_LEGAL_FORMS) names none.
_CYRILLIC_QUOTED_UNION_AFTER_KIND = re.compile(
    # (the look-ahead first lets the search skip to the letters a match can start with)
    r"(?=[(А-ЯЁІЇЄҐп])(?:(?<![\w'’\-])\(?([А-ЯЁІЇЄҐ]{3,6})\)?|(?<![\w'’\-])(?:(?:профсоюзн|профспілков)[а-яіїєґ]* "
    r"(?:организаци|організаці)[а-яіїєґ]*|профорганизаци[а-я]*|первичк[а-я]*)) [«\"“]([^«»\"“”\n]{2,40})[»\"”]")
_QUOTED_KIND_LETTER = re.compile(r"[А-ЯЁІЇЄҐп]")  # a letter each match holds: a field without one is not searched
_CYRILLIC_LEGAL_FORMS = frozenset(fold(form) for form in (
    "ПАО", "ПАТ", "ПрАТ", "ГУП", "МУП", "ФГУП", "ЛКП", "ГКП", "ДКП", "МКП", "ОКП", "ПТП", "НПП", "НПО", "НВП"))
# The one national federation of unions of a country that has one ("Федерация профсоюзов Беларуси"), which its
# Russian and Belarusian press names bare: "на сайте Федерации профсоюзов", "афіцыйную Федэрацыю прафсаюзаў". Not
# Russia's nor Ukraine's, whose regions' federations are named so too ("Федерация профсоюзов области"); nor, for now,
# Kyrgyzstan's and Kazakhstan's: the samples label their bare mentions on some pages and not on others (wide_cyr36
# ru-36256 labels "Федерация профессиональных союзов" the FPK, wide_ru20 ru-9925 leaves "Федерации профсоюзов").
_NATIONAL_FEDERATIONS = {"BY": "fpb"}
_BARE_CYRILLIC_FEDERATION = re.compile(
    r"(?<![\w'’\-])(?:Федераци(?:я|и|ю|ей)|Федэрацы(?:я|і|ю|яй)) "
    r"(?:профсоюзов|профессиональных союзов|прафсаюзаў|прафесійных саюзаў)(?![\w'’\-])"
    # (not a longer name: a capitalised word or quote after it, or its region or workers in lower case)
    r"(?! ?[«\"“(]?[А-ЯЁІЎA-Z])(?! (?:области|края|района|города|республики|региона|отрасли|работников|рабочих"
    r"|трудящихся|вобласці|раёна|горада|рэспублікі|работнікаў)(?![\w-]))")
# A capitalised adjective right before it makes another body's name ("Всеобщей Федерации профсоюзов").
_CAPITALISED_ADJECTIVE_BEFORE = re.compile(r"[А-ЯЁІЎ][а-яёіў'\-]*(?:ая|ой|ей|ий|ый|ого|его|ую|юю|ае|ай|ага|ую) $")


# Iran's Coordinating Council of teachers' associations as the press writes it besides the directory's names: with
# "teachers" for "educators" ("شورای هماهنگی تشکلهای صنفی معلمان ایران", wide_recar46 fa-46422) or without the
# associations' words ("شورای هماهنگی فرهنگیان ایران", wide_fa19 fa-11083): "coordinating council", any of the
# associations' words, then a word for teachers, in a story on Iran. A council of others ("شورای هماهنگی ...
# کارگران") is none.
_PERSIAN_COUNCIL = "شورای هماهنگی"
_CCITTA = "ccitta-ir"
_PERSIAN_TEACHERS_COUNCIL = re.compile(
    r"شورای هماهنگی(?:[ \u200c]+(?:تشکل|تشکلها|تشکلهای|تشکل‌های|تشکل‌ها|های|ها|انجمن‌های|انجمنهای|انجمن|صنفی))*"
    r"[ \u200c]+(?:معلمان|فرهنگیان)(?![\w\u200c])")


def _persian_teachers_council(field: Field, original: str, held: _Spans) -> _Match | None:
    """The first mention of Iran's teachers' Coordinating Council in `original` (_PERSIAN_TEACHERS_COUNCIL) outside
    the union names the story holds, or None."""
    for mention in _PERSIAN_TEACHERS_COUNCIL.finditer(original):
        match = _Match(field, original, mention.start(), mention.end(), (), fold(mention.group()))
        if not held.hold(match):
            return match
    return None


def _bare_national_federation(field: Field, original: str, held: _Spans, named: set[str],
                              union_id: str) -> list[tuple[str, _Match]]:
    """The mentions of the main country's national federation (`union_id`, see _NATIONAL_FEDERATIONS) named bare in
    `original`, outside the union names the story holds; none once the story names it."""
    if union_id in named:
        return []
    added: list[tuple[str, _Match]] = []
    for mention in _BARE_CYRILLIC_FEDERATION.finditer(original):
        match = _Match(field, original, mention.start(), mention.end(), (), fold(mention.group()))
        if held.hold(match) or _CAPITALISED_ADJECTIVE_BEFORE.search(original, max(0, mention.start() - 30),
                                                                     mention.start()):
            continue
        added.append((union_id, match))
    if added:
        named.add(union_id)
    return added


# A Russian or Ukrainian union of a trade named with a region's or city's adjective first ("Закарпатська профспілка
# працівників охорони здоров’я", "Одесский профсоюз работников ..."): the name without it
_CYRILLIC_REGION_ADJECTIVE_BEFORE_TRADE = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+(?:ська|цька|зька|ський|цький|зький|ская|цкая|ский|цкий) "
    r"((?:[Пп]рофспілка|[Пп]рофсоюз) (?:працівників|работников|трудящих|трудящихся) .+)")
# The singular Russian and Ukrainian heads a union of a trade is named after ("профсоюза работников ...")
_CYRILLIC_SINGULAR_HEAD_KEYS = frozenset(fold(word) for word in (
    "профсоюз", "профсоюза", "профсоюзу", "профсоюзе", "профспілка", "профспілки", "профспілці", "профспілку"))
# The countries whose unions the directory names in Russian or Ukrainian by their trade ("Профсоюз работников ...")
_CYRILLIC_TRADE_UNION_COUNTRIES = ("RU", "UA", "BY", "KZ", "KG", "MD", "AZ", "UZ", "TJ", "AM", "GE")
# An organ or the members of a union right before its lower-case head ("областного комитета профсоюза", "Курской
# областной организации профсоюза", "членами профсоюза", "обласної організації профспілки")
_CYRILLIC_ORGAN_BEFORE = re.compile(
    r"(?<![\w-])(?:организаци(?:я|и|ю|ей)|комитет(?:а|е|у|ом)?|обком(?:а|е|у|ом)?|член(?:ами|ов|ы)"
    r"|організаці(?:я|ї|ю|єю)|комітет(?:у|і|ом)?|членів|члени) $", re.IGNORECASE)


class _FoundUnion:
    """A union name the recogniser found in a story, with every mention of it."""

    __slots__ = ("directory_id", "name", "acronym", "matches", "by_acronym", "after_country", "national_only")

    def __init__(self, directory_id: str | None, name: FoundName, by_acronym: bool = False,
                 after_country: frozenset[str] = frozenset(), national_only: bool = False) -> None:
        self.directory_id = directory_id
        self.by_acronym = by_acronym  # the directory id came from the acronym alone
        self.after_country = after_country  # the countries of the words right before its first mention
        # read from a workplace's or an organisation's trade (Tagger._national_unions_by_trade): kept only as a national
        # union the directory knows
        self.national_only = national_only
        self.name = name.name
        self.acronym = name.acronym
        self.matches: list[_Match] = []


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d+")
_PLACE_NAME_MAX_WORDS = 3  # a place's name after a union's, as _only_a_place_after reads it ("Rio de Janeiro")
# A confederation's regional, provincial or district body written in full: the confederation's own name, then a
# preposition and a place of its country ("Unión General de Trabajadores de Andalucía", "... del País Vasco"), perhaps
# after the Spanish words for a territorial body ("Unión Comarcal de Comisiones Obreras de Gijón"). Read by
# _confederation_of_regional_body, which tries each preposition from the last.
_TERRITORIAL_BODY = re.compile(
    r"Uni[oó]n (?:Sindical )?(?:Comarcal|Intercomarcal|Provincial|Regional|Insular|Local|Territorial) (?:de |del )?")
_PLACE_PREPOSITION = re.compile(r" (?:de la|del|de|d[’'])\s*(?=[^\W\d_])")
# A list of unions' short names joined by dashes, each capitalised ("CFDT-SNJ-CGT", "CGTR-FO-Sud-Solidaires-Saiper").
_DASH_LIST = re.compile(r"[A-ZÀ-Þ][^\W_]+(?:[-‐‑–][A-ZÀ-Þ][^\W_]+){2,}")
_DASH_LIST_PART = re.compile(r"[^\W_]+")
# A name's last words set off after it: in brackets, in quotes or after a dash (see Tagger._qualified_name_of).
_QUALIFIER_AFTER = re.compile(r"\s?(?:\(([^()\n]{2,60})\)|[“\"«]([^“”\"«»\n]{2,60})[”\"»]|\s[-–—]\s([^\W\d_][^,.;:!?()\n]{1,60}))")
_QUALIFIER_MAX_WORDS = 4


def _outside_dashed_acronyms(union_matches: list[_Match], found: dict[str, _FoundUnion]) -> list[_Match]:
    """`union_matches` but a directory acronym that is the first part of a found name's own acronym with a letter
    or two after a dash: "OTEP" in "... – Auténtica (OTEP-A)" is no mention of the OTEP ("SNTE-CNTE" names both)."""
    dashed = {fold(entry.acronym) for entry in found.values() if entry.acronym and "-" in entry.acronym}
    if not dashed:
        return union_matches
    return [match for match in union_matches
            if not any(fold(match.original[match.start:match.end + 5]).startswith(acronym) and
                       acronym.startswith(match.folded + " ") and len(acronym) <= len(match.folded) + 3
                       for acronym in dashed)]


def _only_words_for_a_union_around(original: str, name: FoundName, inner: _Match) -> bool:
    """Whether the found name is the one directory union inside it with only generic words for a union
    around it ("United Verdi Trade Union", "Gewerkschaft 3F Transport"), not a local, a branch or a
    union of a trade ("Teamsters Local 120", "SEIU Healthcare Pennsylvania")."""
    around = [fold(word.group()) for span in ((name.start, inner.start), (inner.end, name.end))
              for word in _NAME_WORD.finditer(original, *span)]
    return bool(around) and all(word in GENERIC_NAME_WORDS and word != "local" for word in around)


# The rest of a found name that makes it a local or branch of the union it starts with ("UFCW Local
# 400", "Unite Here local 2", "금속노조 현대자동차지부", "JMITU小坂研究所支部"): the parent is named too (LABELING.md).
_BRANCH_OF = re.compile(r"(?:\s+(?:(?:Local|District|Branch|Section|Chapter|Lodge|Sección|Seccional|Sektion)\b.*|local \d.*|\d.*"
                        r"|" + KOREAN_BRANCH + r")|\s?\S{2,15}支部|\S{2,6}?(?:分會|分会)|" + KOREAN_BRANCH_AFTER_UNION
                        # a Korean branch's unit after it, of one word or two ("의료연대본부 서울지부 서울대병원분회")
                        + r"|\s+[가-힣A-Za-z0-9&]{2,15}?지부\s+(?:[가-힣A-Za-z0-9&·]{2,15}\s)?[가-힣A-Za-z0-9&]{2,15}?(?:지회|분회))$",
                        re.DOTALL)  # "札幌地域労組 千歳相互バス支部"
_LOCAL_WORDS = ("local", "district", "lodge", "branch", "chapter")  # folded, after a union's one-word name
# A Korean public body's name and a space, before the directory's words for a union: the body's own union.
_KOREAN_BODY_BEFORE = re.compile(KOREAN_PUBLIC_BODY + r"\s")
# A Korean union's name and its branch's, of one word or two ("전국금속노조 대구지부", "화섬식품노조 SK하이닉스
# 기술사무직지회"), or a branch's and its unit's ("공공운수노조 전국물류센터지부 쿠팡물류센터지회").
_KOREAN_BRANCH = re.compile(r"(\S+)\s+((?:\S+\s)?\S*(?:" + KOREAN_BRANCH_ENDING + "|본부))")  # "언론노조 KBS본부" too


def _one_korean_branch_spelling(name: str, owner: str | None) -> str:
    """A Korean branch's name in one spelling of those the press writes: its own words glued ("희망연대노조
    LG유플러스 비정규직지부" and "...LG유플러스비정규직지부" are one branch), after its union's id when the directory
    knows the union (`owner`: "전공노 보은군지부" and "공무원노조 보은군지부" are one); any other name as it is."""
    branch = _KOREAN_BRANCH.fullmatch(name)
    return f"{owner or branch.group(1)} {branch.group(2).replace(' ', '')}" if branch else name


_BRANCH_AFTER_KOREAN_UNION = re.compile(r"\s?" + KOREAN_BRANCH)
# The rest of a found name that makes it a numbered district of the union it starts with.
_DISTRICT_OF = re.compile(r"\s+(District \d+)$")
# A numbered union's number as the Spanish press writes it, with its sign in any spelling ("Nº1", "N° 1",
# "Número 1", "No. 1", "Nro. 1") or after the head alone ("Sindicato 1 de Chuquicamata"), not a list of numbers
# ("los sindicatos 1, 2 y 3") or a date ("Sindicato 1° de Mayo", "Sindicato 18 de Julio"): one spelling, "N°1",
# so that every report of the union gets one name and id.
_UNION_NUMBER = re.compile(
    r"\b(sindicato)\s+(?:(?:N[°º]|No\.|Nro\.?|N[uú]m\.|N[uú]mero)\s?)?(\d{1,3})\b(?![,.]?\s*(?:y\s*)?\d|°|º|\s+de\s+"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)",
    re.IGNORECASE)
# The workers a numbered union's name may end with instead of its workplace ("Sindicato Nº1 de Trabajadores").
_WORKERS_TAIL = (("de", "trabajadores"), ("de", "trabajadoras"))
# The levels of a Bangladeshi federation's committees written after the place's own name, which the district list
# lacks: sub-district, police-station area, branch ("ফকিরহাট উপজেলা শ্রমিক লীগ", "কোতোয়ালী থানা শ্রমিক লীগ").
_COMMITTEE_LEVELS = frozenset(fold(word) for word in ("উপজেলা", "থানা", "শাখা", "জেলা", "মহানগর"))
# what the press leaves out of a district's union's name: its level (the district words and "সদর", the district
# town's) and the vehicles it lists, see _merge_short_forms
_LEAVE_OUT_WORDS = PLACE_NAME_WORDS | BANGLA_VEHICLE_WORDS | {fold("সদর")}
# The Bangla words of an administrative level (district, sub-district, city) that open a found name with no place
# before them: the story's unit of a union it names in full, the place before the level word or no place at all
# ("উপজেলা ইমারত নির্মান শ্রমিক ইউনিয়ন" after "ইমারত নির্মান শ্রমিক ইউনিয়ন"; "উপজেলা রিক্সা-ভ্যান শ্রমিক ইউনিয়ন" in a
# title, "রাণীনগর উপজেলা রিক্সা ও ভ্যান শ্রমিক ইউনিয়ন" in the text), compared without "and"
_BANGLA_LEVEL_WORDS = frozenset(fold(word) for word in ("জেলা", "উপজেলা", "মহানগর"))
_BANGLA_AND = frozenset(fold(word) for word in ("ও", "এবং"))
_BANGLA_WORD = re.compile("[\u0980-\u09ff]")


def _bangla_unit_rest(words: list[str]) -> tuple[str, ...] | None:
    """The folded `words` of a found name after the Bangla level word it opens with (_BANGLA_LEVEL_WORDS), without
    "and", when three or more are left; None for a name not so opened."""
    if not words or words[0] not in _BANGLA_LEVEL_WORDS:
        return None
    rest = tuple(word for word in words[1:] if word not in _BANGLA_AND)
    return rest if len(rest) >= 3 else None


def _bangla_placed_unit(entry: _FoundUnion, words: list[str], discovered: list[_FoundUnion]) -> _FoundUnion | None:
    """The one other found name that writes `entry` (a name opened by a Bangla level word, see _bangla_unit_rest)
    with a place before its level word, else None."""
    if (rest := _bangla_unit_rest(words)) is None:
        return None
    fuller = [other for other in discovered if other is not entry and words[0] in (other_words := fold(
        other.name).split())[1:] and _bangla_unit_rest(other_words[other_words.index(words[0]):]) == rest]
    return fuller[0] if len(fuller) == 1 else None
# Connectors after which a longer name goes on from a short one ("Sindicato N°1" + "de Chuquicamata"), and Arabic
# "in" before its place ("نقابة عمال الموانئ" + "في البصرة": the port workers' union of Basra, written again short).
_NAME_GOES_ON_WORDS = frozenset({"of", "de", "del", "du", "des", "do", "da", "dos", "das", "di", "della", "der", "في"})
# Head words a union's name may end with or go without ("Öz İplik-İş Sendikası" is "Öz İplik-İş").
_LAST_HEAD_WORDS = frozenset({"sendikasi", "union"})
# Names in scripts written without spaces (Chinese, Japanese, Korean) compared with their head word as the press
# shortens it ("...労働組合" "...労組", "...労働組合総連合" "...労連", "...教職員組合" "...教組", "...노동조합" "...노조",
# "...노동조합연맹" and "...노조연맹" "...노련": "전국택시노동조합연맹" ... "택시노련", "한국지방공기업노동조합연맹" ... "한국지방공기업노련")
# and without their spaces and "・"; such a name of at least this many characters that ends another found name, or
# is it, is that union written short ("플랜트건설노조" ... "전국플랜트건설노조", "両備バス労組" ... "岡山・両備バス労組",
# "長崎県労連" ... "長崎県労働組合総連合", "自立労連" ... "自立労働組合連合"). A federation ("...労連") and its unions ("...労組") differ in their heads.
_UNSPACED_HEADS = tuple((fold(full), fold(short)) for full, short in (  # folded, as the names they end ("労働组合")
    ("労働組合総連合会", "労連"), ("労働組合総連合", "労連"), ("労働組合連合会", "労連"), ("労働組合連合", "労連"),
    ("労働組合", "労組"), ("教職員組合", "教組"),
    ("노동조합연맹", "노련"), ("노조연맹", "노련"), ("노동조합", "노조")))
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{4,}")


def _without_country_before(name: str, is_country: Callable[[str], bool]) -> str | None:
    """`name` without the country it opens with, when three words or more are left ("PNG Trade Union Congress":
    "Trade Union Congress"); None for a name that opens with no country."""
    words = name.split()
    for length in (3, 2, 1):
        if len(words) >= length + 3 and is_country(fold(" ".join(words[:length]))):
            return " ".join(words[length:])
    return None


def _with_country_dropped(named: Iterable[tuple[str, _Named]],
                          is_country: Callable[[str], bool]) -> Iterator[tuple[str, _Named]]:
    """Each (name, item) of `named`, and after it the name without the country it opens with (_without_country_before)."""
    for name, item in named:
        yield name, item
        if (rest := _without_country_before(name, is_country)) is not None:
            yield rest, item


def _acronyms_of_found_names(found: dict[str, _FoundUnion], union_matches: list[_Match],
                             is_country: Callable[[str], bool]) -> list[_Match]:
    """Give a found union, or a directory union the story names in full, the story's acronym its words spell
    letter for letter when the directory gives that acronym only to unions the story does not name in full
    ("the ASEAN Trade Union Council ... the ATUC" is not the Arab Trade Union Confederation); return the
    matches left to the directory (the latter with their acronym given to the union named in full). The words
    after the country a name opens with spell an acronym of three letters or more too: the press drops the country
    from a national centre's acronym ("the PNG Trade Union Congress ... TUC general secretary John Paska"; wide_en19
    en-7504, wide_en31 en-31712)."""
    acronyms = [match for match in union_matches if match.entries and match.entries[0].form in _ACRONYM_FORMS]
    if not acronyms:
        return union_matches
    unnamed = [entry for entry in found.values() if entry.directory_id is None and entry.acronym is None]
    full_names = {entry.target: match for match in union_matches for entry in match.entries
                  if entry.form in ("name", "alias")}
    if not unnamed and not full_names:
        return union_matches
    named_in_full = full_names.keys() | {entry.directory_id for entry in found.values() if entry.directory_id}
    # Looked up by the acronym's letters, not tried name by name: a text of many acronyms and names
    # stays linear.
    unnamed_by_letters = _spelt_by(_with_country_dropped(((entry.name, entry) for entry in unnamed), is_country))
    spelt_by: dict[str, list[str]] | None = None  # letters -> the unions named in full whose words spell them
    respelt: dict[int, _Match | None] = {}  # id of an acronym match -> the match that replaces it (None: dropped)
    for match in acronyms:
        text = match.original[match.start:match.end]
        if not all(entry.form in _ACRONYM_FORMS and entry.target not in named_in_full for entry in match.entries):
            continue
        letters = acronym_letters(text)
        if len(spelling := [entry for entry in unnamed_by_letters.get(letters, ())
                            if initials_exact(text, entry.name.split()) or initials_exact(
                                text, (_without_country_before(entry.name, is_country) or "").split())]) == 1:
            spelling[0].matches.append(match)
            respelt[id(match)] = None
        elif len(spellers := (spelt_by := spelt_by if spelt_by is not None else _spelt_by(_with_country_dropped(
                ((named.original[named.start:named.end], union_id) for union_id, named in full_names.items()),
                is_country))).get(letters, [])) == 1:
            respelt[id(match)] = _Match(match.field, match.original, match.start, match.end,
                                        (replace(match.entries[0], target=spellers[0], needs_support=False),),
                                        match.folded)
    if not respelt:
        return union_matches
    return [replacement for match in union_matches
            if (replacement := respelt.get(id(match), match)) is not None]


_Named = TypeVar("_Named")


def _spelt_by(named: Iterable[tuple[str, _Named]]) -> dict[str, list[_Named]]:
    """Letters -> the items whose names spell them exactly (exact_spellings), in the order given; each item
    once per letters. Every name initials_exact lets an acronym spell is listed under its letters."""
    spelt_by: dict[str, list[_Named]] = defaultdict(list)
    for name, item in named:
        for letters in exact_spellings(name):
            spelt_by[letters].append(item)
    return spelt_by


def _number_written_one_way(name: str) -> str:
    """`name` with a numbered union's number written "N°1" however the story writes it (_UNION_NUMBER)."""
    return _UNION_NUMBER.sub(r"\1 N°\2", name) if "indicato" in name.lower() else name


def _capitalised_only_where_a_sentence_starts(entry: _FoundUnion, title: str, text: str) -> bool:
    """True for a found name whose every mention opens the title or a sentence, where the story writes the same words
    with the head in lower case too ("Sindicato da Hyundai faz greves" over "o sindicato da Hyundai Motor"): the
    sentence capitalised a description ("the union of Hyundai"), not a name."""
    name = entry.name
    if not entry.matches or " " not in name or not name[0].isupper() or name[1:2].isupper():
        return False
    if not all(starts_sentence(match.original, match.start) for match in entry.matches):
        return False
    lowered = name[0].lower() + name[1:]
    return any(next(_whole_word_spans(field, lowered), None) is not None for field in (title, text))


# A Russian or Ukrainian union found by a quoted name alone after its head ("свободного профсоюза «Наирит»",
# "«Профсоюз «Азеришыг» ...»"), where the story names that quoted name as a firm's: after a word for a plant, company
# or enterprise, or a firm's legal form ("завода «Наирит»", "Открытого акционерного общества «Азеришыг»", "ТОВ «...»"):
# the workplace's union named after its firm, which the samples leave referred to (_named_after_its_firm).
_CYRILLIC_FIRM_NAMED_UNION = re.compile(r"(?:\w+ )?(?:[Пп]рофсоюз|[Пп]рофспілка) «([^«»]+)»")
_FIRM_WORD_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:завод|компани|компані|предприяти|підприємств|комбинат|комбінат|обществ|товариств|фабрик"
    r"|холдинг|корпораци|корпораці|концерн)[а-яіїєё]*|(?<![\w\-])(?:АО|ОАО|ЗАО|ПАО|ООО|ТОО|ОДО|ПАТ|ПрАТ|ТОВ|ДП|ГП|УП))"
    r" ?[«\"“„]$")
_CLOSING_QUOTES = frozenset("»\"”“")


def _named_after_its_firm(entry: _FoundUnion, title: str, text: str) -> bool:
    """True for a found Russian or Ukrainian "Профсоюз «X»" whose X the story also writes, quoted whole, right after a
    word for a firm (see _CYRILLIC_FIRM_NAMED_UNION): a workplace's union named after its employer, not a union's own
    name."""
    if "«" not in entry.name or (quoted := _CYRILLIC_FIRM_NAMED_UNION.fullmatch(entry.name)) is None:
        return False
    firm = quoted.group(1)
    for field in (title, text):
        at = field.find(firm)
        while at > 0:
            # (the firm's whole quoted name: "ЗАО «Форд мотор компани»" does not name the "профсоюз «Форд»")
            if field[at + len(firm):at + len(firm) + 1] in _CLOSING_QUOTES and _FIRM_WORD_BEFORE.search(
                    field, max(0, at - 40), at) is not None:
                return True
            at = field.find(firm, at + len(firm))
    return False


# A Russian or Ukrainian union found by one capitalised word after its head, in a genitive ending ("в профсоюзе
# «Аэрофлота»", "в профсоюзе Укрзализныци"), whose stem the story writes in another case where it names a workplace:
# after a word for a firm or after "в", "на", "у" ("компании Укрзализныця", "в «Аэрофлоте»"). A union's own name
# stays in the nominative after its head ("профсоюза «Защита»"); a declined one is the firm's, and "the union of X"
# is a workplace's union referred to, which the samples leave unlabelled.
_CYRILLIC_GENITIVE_FIRM_UNION = re.compile(
    r"(?:(?:Профсоюз|Профспілка) «)?([А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]{3,}[аяыиії])»?")
_WORKPLACE_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?:завод|компани|компані|предприяти|підприємств|комбинат|комбінат|обществ|товариств|фабрик"
    r"|холдинг|корпораци|корпораці|концерн)[а-яіїєё]*|(?<![\w\-])(?:[Вв]о?|[Нн]а|[Уу]))[^\S\n][«\"“„]?$")


def _firm_in_the_genitive(entry: _FoundUnion, title: str, text: str) -> bool:
    """True for a found Russian or Ukrainian union named by one word in a genitive ending after its head whose stem
    the story also writes, in another ending, as a workplace (see _CYRILLIC_GENITIVE_FIRM_UNION)."""
    if (declined := _CYRILLIC_GENITIVE_FIRM_UNION.fullmatch(entry.name)) is None:
        return False
    word = declined.group(1)
    other_form = re.compile(rf"(?<![\w\-]){re.escape(word[:-1])}(?!{re.escape(word[-1])}(?![\w\-]))[а-яёіїєґ]{{0,2}}"
                            r"(?![\w\-])")
    return any(_WORKPLACE_BEFORE.search(field, max(0, form.start() - 40), form.start()) is not None
               for field in (title, text) for form in other_form.finditer(field))


def _named_by_its_sign(entry: _FoundUnion) -> None:
    """A numbered union the story writes in more than one way ("Sindicato 1 de Chuquicamata", "Sindicato N°1 de
    Chuquicamata"; "Sindicato N° 1", "sindicato Número 1 de Minera Escondida") is named with its number written
    "N°1"; one written one way keeps its spelling ("sindicato Número 1 de Trabajadores de Chuquicamata")."""
    one_way = _number_written_one_way(entry.name)
    spellings = {number.group()[len(number.group(1)):].strip() for match in entry.matches
                 if (number := _UNION_NUMBER.search(match.original, match.start, match.end)) is not None}
    if one_way != entry.name and len(spellings) > 1:
        entry.name = one_way


def _country_said(words: frozenset[str]) -> frozenset[str]:
    """Words of arabic_name_words with each that names a country, by its name or demonym, without its article
    ("مغرب", "لبنانية") or with it, as the country's code: "... في لبنان" and "... اللبنانية" say one country."""
    countries = country_words()
    return frozenset(countries.get(word) or countries.get(f"ال{word}") or word for word in words)


# The Arabic words for a union's workers that say one thing, as variant_key leaves them ("لعمال", "للعاملين ب...",
# "لعاملي"): one name writes one where another of the same union writes another.
_ARABIC_WORKERS_VARIANTS = frozenset(fold(word) for word in ("عمال", "عاملين", "عاملي", "لعاملي"))
_ARABIC_WORKERS_TOKEN = "<workers>"


def _arabic_workers_key(name: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the words of an Arabic union name as variant_key compares them, its workers' word made one token and "in"
    left out; the countries it names), or None for a name with no workers' word or no other word than its head."""
    words, codes = variant_key(name, arabic_forms=True)
    if words.isdisjoint(_ARABIC_WORKERS_VARIANTS):
        return None
    said = frozenset(_ARABIC_WORKERS_TOKEN if word in _ARABIC_WORKERS_VARIANTS else word for word in words
                     if word != "في")
    return (said, codes) if len(said) >= 3 else None


def _names_a_country(word: str) -> bool:
    """True for a word of _country_said that is a country's code."""
    return word.isascii()


_Holder = TypeVar("_Holder")


class _ArabicHolders(Generic[_Holder]):
    """The Arabic names a short Arabic name may be written for, each with its union (a found one or a directory id),
    its word count, its head and the words that set it apart (arabic_name_words, with countries said one way by
    _country_said), looked up by head and word: a story listing a thousand names asks about the few that hold a
    word, not about every other (it grew as the square)."""

    def __init__(self, named: Iterable[tuple[_Holder, str]]) -> None:
        self._holders: list[tuple[_Holder, int, frozenset[str]]] = []
        self._by_head_and_word: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        for holder, name in named:
            if (said := arabic_name_words(name)) is None:
                continue
            words = _country_said(said[1])
            self._by_head_and_word[(said[0], None)].append(len(self._holders))
            for word in words:
                self._by_head_and_word[(said[0], word)].append(len(self._holders))
            self._holders.append((holder, len(name.split()), words))

    def __len__(self) -> int:
        return len(self._holders)

    def holding(self, head: str, words: frozenset[str]) -> Iterator[tuple[_Holder, int, frozenset[str]]]:
        """(union, word count, words) of the names of head `head` that hold every one of `words`, in their order."""
        indexes = min((self._by_head_and_word.get((head, word), []) for word in words), key=len, default=None)
        for index in self._by_head_and_word.get((head, None), []) if indexes is None else indexes:
            if words <= (holder := self._holders[index])[2]:
                yield holder


def _only_holder(short: _FoundUnion, holders: _ArabicHolders[_Holder]) -> _Holder | None:
    """The one union of `holders` whose name `short` writes short: with more words, the same head, and the words
    that set `short` apart (arabic_name_words), a country at most besides ("النقابة العامة للعاملين بالكهرباء
    بالأردن"); None when none is, or when another name of the story holds those words too (a short form of two
    unions the story names says neither, nor one of a name as long or longer than the union's). Not a name
    with an acronym of its own ("النقابة العامة لعمال الغزل والنسيج (أوزبليك)", Turkey's, beside Egypt's of the same
    words), nor one set apart by its country alone: a country's national centres differ by "general" and
    "national" ("الاتحاد الوطني لعمال ليبيا", "الاتحاد العام لعمال ليبيا")."""
    said = arabic_name_words(short.name) if short.acronym is None else None
    if said is None or all(map(_names_a_country, words := _country_said(said[1]))) and arabic_name_says_general(
            short.name):
        return None  # (a name of its workers and country alone, "اتحاد عمال سوريا", is the one centre's it is among)
    head = said[0]
    length = len(short.name.split())
    found = {holder: holder_length > length and all(map(_names_a_country, other_words - words))
             for holder, holder_length, other_words in holders.holding(head, words) if holder is not short}
    return next(iter(found)) if len(found) == 1 and all(found.values()) else None


# Korean branches the press writes by a short form of their own, and the branch a short form is, in a story that names
# one such branch: a county's, city's or ward's government employees' union ("부여군공무원노조", "강진군청공무원노조",
# "해운대구 공무원노조") is the public servants' union's branch of that place ("전국공무원노조 부여군지부", "전공노
# 보은군지부"), written by its body's name as its members do; a firm's or a workplace's union glued ("한국GM노조",
# "부산대병원노조", "MBC노조") is the branch of that firm ("금속노조 한국GM지부", "보건의료노조 부산대병원지부",
# "언론노조 MBC본부"), unless listed after it as another ("언론노조 KBS본부와 KBS노조"). A place or firm with two such
# branches gives none.
_KOREAN_BRANCH_SHORT_FORMS = (
    (re.compile(r"([가-힣]{1,6}[시군구])청?\s?공무원(?:노조|노동조합)"),
     re.compile(r"\S*(?:공무원|공노)\S*\s(?:[가-힣]+\s)?([가-힣]{1,6}[시군구])지부")),
    (re.compile(r"([가-힣A-Za-z0-9&]{2,10})(?:노조|노동조합)"),
     re.compile(r"\S+\s(?:\S+\s)?([가-힣A-Za-z0-9&]{2,10})(?:지부|지회|본부)")),
)


def _korean_branches_by_short_form(discovered: list[_FoundUnion]) -> dict[int, _FoundUnion]:
    """id(entry) -> the found Korean branch that `entry` is written short for (see _KOREAN_BRANCH_SHORT_FORMS)."""
    found: dict[int, _FoundUnion] = {}
    for short_form, branch_name in _KOREAN_BRANCH_SHORT_FORMS:
        branches: dict[str, list[_FoundUnion]] = defaultdict(list)
        for entry in discovered:
            if (branch := branch_name.fullmatch(entry.name)) is not None:
                branches[branch.group(1)].append(entry)
        for entry in discovered:
            if id(entry) in found or (short := short_form.fullmatch(entry.name)) is None:
                continue
            named = branches.get(short.group(1), [])
            if len(named) == 1 and not _listed_after(entry, named[0]):
                found[id(entry)] = named[0]
    return found


_LISTED_AFTER = re.compile(r"(?:와|과|\s?및|,|·)\s?")  # "언론노조 KBS본부와 KBS노조": two unions, listed


def _listed_after(entry: _FoundUnion, other: _FoundUnion) -> bool:
    """Whether a mention of `entry` follows one of `other` with only "and" or a comma between: a second union listed."""
    ends = {(match.field, match.end) for match in other.matches}
    return any((match.field, gap.start()) in ends for match in entry.matches
               for gap in _LISTED_AFTER.finditer(match.original, max(0, match.start - 4), match.start)
               if gap.end() == match.start)


# A Russian or Ukrainian union's name that ends in its own name in quotes ("Профсоюз работников ... «Таксист»")
_CYRILLIC_QUOTED_NAME = re.compile(r"(?:\w+ )?(?:[Пп]рофсоюз|[Пп]рофспілка)(?: [^«»]+)? «([^«»]+)»")


def _merge_short_forms(discovered: list[_FoundUnion],
                       unions: list[tuple[str, _Match]] | None = None) -> list[_FoundUnion]:
    """A found name that a longer found name of the story goes on from with "of"/"de", or ends, or is without its
    last head word (then also its acronym) or the state after its head (Hindi), or that a district's longer name
    holds in order (Bangla), or that is the acronym in brackets after a longer one, is that union
    written short ("Sindicato N°1 de Chuquicamata" ...
    "the Sindicato N°1"; a numbered one named with its workers, "Sindicato N°1 de Trabajadores"; "Bangladesh Garment Workers Federation" ... "Garment Workers Federation"; "Sindicato
    de Trabajadores ... de Colombia (SINTRAEMSDES)" ... "SINTRAEMSDES"): its mentions go to the longer."""
    if len(discovered) < 2:
        return discovered
    by_acronym = {fold(entry.acronym): entry for entry in discovered if entry.acronym is not None}
    by_end = {(match.field, match.end): entry for entry in discovered for match in entry.matches}
    by_start = {(match.field, match.start): entry for entry in discovered for match in entry.matches}
    # Each name's starts that a connector follows, to the name: ("sindicato", "n", "1") -> the longer name.
    goes_on: dict[tuple[str, ...], _FoundUnion] = {}
    countrywide: dict[tuple[str, ...], _FoundUnion] = {}  # the same tails, of names not led by a district
    headless: dict[tuple[str, ...], _FoundUnion] = {}  # names without their last head word, to the name
    stateless: dict[tuple[str, ...], _FoundUnion] = {}  # Hindi names without the state after their head, to the name
    for entry in discovered:
        words = fold(_number_written_one_way(entry.name)).split()
        if (without_state := without_trailing_state(words)) is not None:
            stateless.setdefault(without_state, entry)
        if (countryless := _thai_without_country(entry.name)) is not None:
            stateless.setdefault(tuple(countryless.split()), entry)  # Thai names without their country too
        for position in range(1, len(words)):
            if words[position] in _NAME_GOES_ON_WORDS:
                goes_on.setdefault(tuple(words[:position]), entry)
        if len(words) >= 2 and words[-1] in _LAST_HEAD_WORDS:  # "Öz İplik-İş" and "Öz İplik-İş Sendikası"
            headless.setdefault(tuple(words[:-1]), entry)
        # A name of three words or more that ends a longer one is that one without its first words
        # (a country, "national": "বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ" and "বাংলাদেশ বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ"),
        # but not the union a numbered section's name ends with ("Sección 6 de la Unión Nacional de ...").
        for position in range(1, 0 if _SECTION_NAME.match(entry.name) else len(words) - 2):
            goes_on.setdefault(tuple(words[position:]), entry)
            if words[0] not in PLACE_NAME_WORDS:
                countrywide.setdefault(tuple(words[position:]), entry)
    unspaced = {id(entry): short for entry in discovered if (short := _unspaced_short_form(entry.name)) is not None}
    named = _unspaced_written(unions).keys() if unspaced and unions else frozenset()  # see _unspaced_longer
    # One-word names written with their region after them, by the bare word ("sinttel" -> "Sinttel-MG"): the bare
    # word is that union named short, when the story writes only one region with it.
    regional: dict[str, list[_FoundUnion]] = defaultdict(list)
    for entry in discovered:
        if (bare := regional_prefix_name(entry.name)) is not None:
            regional[bare].append(entry)
        elif entry.acronym is not None and (bare := regional_prefix_name(entry.acronym)) is not None:
            # "Sindicato dos Jornalistas do Piauí (Sindjor-PI)" ... "o Sindjor": the acronym's bare word too
            regional[bare].append(entry)
    for bare, entries in regional.items():
        # (a name that is another's acronym, "Sinpro-DF" of "Sindicato dos Professores do Distrito Federal (Sinpro-DF)",
        # is that one: one union)
        regional[bare] = [entry for entry in entries if by_acronym.get(fold(entry.name), entry) is entry]
    # Russian and Ukrainian names ending in a quoted name, by it: "Профсоюз водителей «Дикси»" in a title is the
    # "Профсоюз водителей торговых сетей «Дикси»" of the text, written short
    by_quoted: dict[str, list[tuple[_FoundUnion, list[str]]]] = defaultdict(list)
    for entry in discovered:
        if (quoted := _CYRILLIC_QUOTED_NAME.fullmatch(entry.name)) is not None:
            by_quoted[fold(quoted.group(1))].append((entry, fold(entry.name).split()))
    placed: dict[str, list[tuple[_FoundUnion, list[str]]]] = defaultdict(list)  # names led by a district, by it
    for entry in discovered:
        if (words := fold(entry.name).split()) and words[0] in PLACE_NAME_WORDS:
            placed[words[0]].append((entry, words))
    same_words: dict[tuple[frozenset[str], frozenset[str]], list[_FoundUnion]] = defaultdict(list)
    for entry in discovered:  # names of two compared words or more, by their words and countries (variant_key)
        if len((compared := variant_key(entry.name))[0]) >= 2:
            same_words[compared].append(entry)
    arabic_words = _ArabicHolders((entry, entry.name) for entry in discovered)
    korean_branches = _korean_branches_by_short_form(discovered) if any(
        HANGUL_WORD.search(entry.name) for entry in discovered) else {}
    kept: list[_FoundUnion] = []
    merged_into: dict[int, _FoundUnion] = {}  # id(entry) -> the longer name it went to
    for entry in sorted(discovered, key=lambda entry: len(entry.name)):  # shortest first: chains move along
        words = fold(_number_written_one_way(entry.name)).split()
        # and so is one written after its district instead of the country: the union's district committee
        # ("নারায়ণগঞ্জ জেলা বস্ত্র ও পোশাক শিল্প শ্রমিক লীগ")
        unplaced = next((words[start:] for start in range(len(words) - 2) if words[start] not in PLACE_NAME_WORDS),
                        words)
        longer = goes_on.get(tuple(words)) or stateless.get(tuple(words)) or (
            countrywide.get(tuple(unplaced)) if unplaced != words else None) or (
            by_acronym.get(fold(entry.name))) or (
            only[0] if len(only := regional.get(fold(entry.name), [])) == 1 else None) or next(
            (by_start[key] for match in entry.matches if (key := _expanded_after_dash(match)) in by_start), None) or next(
            (by_end[key] for match in entry.matches if (key := _bracket_opened_at(match)) in by_end), None) or (
            korean_branches.get(id(entry))) or _thai_name_cut_short(entry, discovered)
        if longer is None and len(words) >= 4 and tuple(words[-2:]) in _WORKERS_TAIL and any(
                word.isdigit() for word in words):
            # a numbered union named with its workers instead of its workplace is the one the story names with
            # the same number and its workplace ("Sindicato Nº1 de Trabajadores" ... "Sindicato N°1 de Minera
            # Escondida")
            longer = next((other for other in discovered if other is not entry
                           and fold(_number_written_one_way(other.name)).split()[:len(words) - 1] == words[:-1]), None)
        if longer is None and (longer := headless.get(tuple(words))) is not None and longer.acronym is None:
            longer.acronym = entry.name  # the short form it is known by ("Öz İplik-İş"), as an acronym is
        if longer is None and len(unspaced) <= _MOST_UNSPACED_COMPARED and (short := unspaced.get(id(entry))) is not None:
            longer = _unspaced_longer(entry, short, discovered, unspaced, merged_into, named)
        if longer is None and len(words) >= 3 and words[0] in PLACE_NAME_WORDS and len(fuller := [
                other for other, other_words in placed.get(words[0], ()) if len(other_words) > len(words)
                and other_words[-2:] == words[-2:] and in_order(words, other_words)
                and set(other_words) - set(words) <= _LEAVE_OUT_WORDS]) == 1:
            # a district's union the story also writes without its level ("জেলা", "সদর উপজেলা") or the vehicles it
            # lists ("মৌলভীবাজার হোটেল শ্রমিক ইউনিয়ন" ... "মৌলভীবাজার জেলা হোটেল শ্রমিক ইউনিয়ন"; "মাগুরা জেলা মটর
            # শ্রমিক ইউনিয়ন" ... "মাগুরা জেলা বাস, মিনিবাস মটর শ্রমিক ইউনিয়ন"); not without a trade, which may name
            # another union ("সিলেট জেলা হোটেল শ্রমিক ইউনিয়ন", "সিলেট জেলা হোটেল মিষ্টি বেকারি ... শ্রমিক ইউনিয়ন")
            longer = fuller[0]
        if longer is None:
            longer = _bangla_placed_unit(entry, words, discovered)
        if longer is None and (quoted := _CYRILLIC_QUOTED_NAME.fullmatch(entry.name)) is not None and len(fuller := [
                other for other, other_words in by_quoted[fold(quoted.group(1))]
                if len(other_words) > len(words) and in_order(words, other_words)]) == 1:
            longer = fuller[0]  # the same quoted name with fewer of its words before it
        if longer is None and len(arabic_words) > 1:
            # an Arabic name written short by the words that set it apart (arabic_name_words)
            longer = _only_holder(entry, arabic_words)
        if longer is None and (longer := next((other for other in same_words.get(variant_key(entry.name), ())
                                               if other is not entry), None)) is not None:
            # the same name in other words: word order, spelling, singular or plural ("Union of Russian Journalists",
            # "Russian Union of Journalists"); named as the story writes it more often, else first
            while id(longer) in merged_into:
                longer = merged_into[id(longer)]
            if longer is not entry and (-len(entry.matches), _first_written(entry)) < (
                    -len(longer.matches), _first_written(longer)):
                longer.name, longer.acronym = entry.name, entry.acronym or longer.acronym
        while longer is not None and id(longer) in merged_into:
            # the name it goes to went to another already; a chain back to itself ("Central Nacional de
            # Trabajadores (CNT)" went to "... de Paraguay", which reads as opening its bracket) keeps it
            longer = merged_into[id(longer)]
        if longer is None or longer is entry:
            kept.append(entry)
        else:
            longer.matches.extend(entry.matches)
            longer.acronym = longer.acronym or entry.acronym  # "... de Paraguay" is the "(CNT)" named short
            merged_into[id(entry)] = longer
    return kept


# A Thai state enterprise's union is named "สหภาพแรงงานรัฐวิสาหกิจ" and the enterprise ("...การบินไทย", Thai Airways'),
# and the press leaves the sector word out ("สหภาพแรงงานการบินไทย", "สหภาพแรงงานการรถไฟแห่งประเทศไทย")
_THAI_UNION_HEAD = "สหภาพแรงงาน"
_THAI_STATE_ENTERPRISE_UNION = "สหภาพแรงงานรัฐวิสาหกิจ"
# A Thai union's name ends with its country, glued or after a space ("สหภาพแรงงานฮอนด้า แห่งประเทศไทย", the Honda
# union of Thailand; "... ประเทศไทย" after a company's name), and the press writes it without ("สหภาพแรงงานฮอนด้า")
_THAI_OF_THAILAND = tuple(fold(ending) for ending in ("แห่งประเทศไทย", "ประเทศไทย"))


def _thai_without_country(name: str) -> str | None:
    """The folded Thai `name` without the country it ends with (_THAI_OF_THAILAND), if it ends so after more."""
    folded = fold(name)
    if THAI_LETTER.match(folded):
        for ending in _THAI_OF_THAILAND:
            if folded.endswith(ending) and len(bare := folded[:-len(ending)].rstrip()) > len(ending):
                return bare
    return None


def _thai_name_cut_short(entry: _FoundUnion, discovered: list[_FoundUnion]) -> _FoundUnion | None:
    """The one other found name that the Thai `entry` starts, when the story marks `entry` as cut short with "ฯ"
    at every mention ("สหพันธ์แรงงานเครื่องใช้ไฟฟ้าฯ" after "สหพันธ์แรงงานเครื่องใช้ไฟฟ้าและอิเลคทรอนิคส์แห่งประเทศไทย",
    as UnionDirectory.id_for_shortened_thai_name reads a directory name so cut); None for none or several."""
    if not THAI_LETTER.match(entry.name) or not all(match.original.startswith("ฯ", match.end) for match in entry.matches):
        return None
    short = fold(entry.name)
    longer = [other for other in discovered if other is not entry and len(name := fold(other.name)) > len(short)
              and name.startswith(short)]
    return longer[0] if len(longer) == 1 else None


# A Korean union written only by its trade's word and 노조/노동조합 ("공무원노조", the government employees' union, is
# the KGEU's short name) in a story that names another union by the same words after a public body's name or a kind
# ("정읍시 공무원노조", "과학기술정보통신부 공무원노동조합", "통합공무원노조"): the bare words say what kind of union
# those are ("공무원노조 등 사무실", "각 부처를 대표하는 공무원노조 위원장"), not the national one. Not after another
# trade's or a firm's words ("플랜트건설노조", "KBS언론노조"): those are other unions, or the national one's branch.
_BARE_KOREAN_UNION = re.compile(r"[가-힣]+(?:노조|노동조합)")
_KOREAN_BODY_OR_KIND = re.compile(KOREAN_PUBLIC_BODY + "|통합|국가")


def _korean_kind_form(name: str) -> str:
    """A Korean union name with 노동조합 written 노조 and without its spaces, for comparing two names' words."""
    return "".join(name.split()).replace("노동조합", "노조")


def _without_bare_korean_kinds(unions: list[tuple[str, _Match]],
                               discovered: list[_FoundUnion]) -> list[tuple[str, _Match]]:
    """`unions` without the directory unions named only by bare Korean words, each of which another union's name of
    the story ends with after a body's or kind's words (see _BARE_KOREAN_UNION)."""
    surfaces: dict[str, set[str]] = defaultdict(set)
    for union_id, match in unions:
        surfaces[union_id].add(match.original[match.start:match.end])
    dropped: set[str] = set()
    for union_id, written in surfaces.items():
        if not all(_BARE_KOREAN_UNION.fullmatch(form) for form in written):
            continue
        others = {_korean_kind_form(form) for other, forms in surfaces.items() if other != union_id for form in forms}
        others |= {_korean_kind_form(entry.name) for entry in discovered}
        bare = {_korean_kind_form(form) for form in written}
        if all(any(other.endswith(form) and _KOREAN_BODY_OR_KIND.fullmatch(other[:-len(form)])
                   for other in others) for form in bare):
            dropped.add(union_id)  # (each of its forms, so that "전국공무원노조" written once keeps it)
    return [(union_id, match) for union_id, match in unions if union_id not in dropped] if dropped else unions


def _drop_found_inside_transliterated(found: dict[str, _FoundUnion], union_matches: list[_Match]) -> None:
    """Drop the mentions of found names inside a directory name the story spells in English words in another script
    ("बैंक एम्पलाइज फेडरेशन" inside "बैंक एम्पलाइज फेडरेशन ऑफ इंडिया", the Bank Employees Federation of India:
    recognise.transliterated_names), which the recogniser could not see when it found them, or spanning all of it
    ("ऑल इंडिया पंजाब नेशनल बैंक ऑफिसर्स एसोसिएशन", AIPNBOA, found by its shape too), or cut inside it after a word the
    walk took before it ("৩১ জানুয়ারিঃ ব্যাঙ্ক এমপ্লয়িজ ফেডারেশন" before "অফ ইন্ডিয়ার": a date read as a bank's name
    before BEFI's; one ending where the spelt name ends is a longer name of its own, "پیپلز یونائٹیڈ ورکرز یونین");
    and the names so left without a mention."""
    spelt = [(match.field, match.start, match.end) for match in union_matches
             if match.folded.isascii() and not match.original[match.start:match.end].isascii()]
    if not spelt:
        return
    for key, entry in list(found.items()):
        entry.matches = [match for match in entry.matches if not any(
            field == match.field and (start <= match.start and match.end <= end or start < match.end < end)
            for field, start, end in spelt)]
        if not entry.matches:
            del found[key]


# Words of every Arabic union name ("union", "federation", "workers", "general"): the trade words are the rest.
_ARABIC_UNION_WORDS: Final = frozenset(fold(word) for word in (
    "نقابة", "النقابة", "اتحاد", "الاتحاد", "عمال", "العمال", "لعمال", "العاملين", "للعاملين", "العامة", "العام"))


# Arabic's "in", written apart ("في", Egypt's "فى") or joined to the place (ب).
_ARABIC_IN_WORDS: Final = frozenset({"في", "فى"})
_ARABIC_JOINED_IN: Final = "ب"
# The article and the prepositions Arabic joins to a noun, taken off by _arabic_stem, longest first.
_ARABIC_NOUN_PREFIXES: Final = ("وال", "بال", "لل", "ال")


def _arabic_stem(word: str) -> str:
    """A folded Arabic word without its article or a preposition joined to it ("للبترول", "البترول": "بترول")."""
    for prefix in _ARABIC_NOUN_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):]
    return word


_ARABIC_UNION_STEMS: Final = frozenset(_arabic_stem(word) for word in _ARABIC_UNION_WORDS)


def _drop_arabic_title_short_forms(found: dict[str, _FoundUnion], union_matches: list[_Match]) -> None:
    """Drop the Arabic names found in the title alone whose trade words all stand in one union name of the story's
    text: the headline's short form of the union the story names in full ("اتحاد عمال النفط" for "اتحاد عمال قطاع
    النفط والغاز", "نقابة الكهرباء والغاز" for "النقابة الوطنية المستقلة لعمال الكهرباء والغاز")."""
    in_title = [entry for entry in found.values() if all(match.field == "title" for match in entry.matches)
                and ARABIC_LETTER.search(entry.name)]
    if not in_title:
        return
    named = [set(fold(match.original[match.start:match.end]).split()) for match in chain(
        union_matches, (match for entry in found.values() for match in entry.matches)) if match.field == "text"]
    for entry in in_title:
        trade = set(fold(entry.name).split()) - _ARABIC_UNION_WORDS
        if trade and any(trade <= words for words in named):
            for key in [key for key, value in found.items() if value is entry]:
                del found[key]


def _first_written(entry: _FoundUnion) -> tuple[bool, int]:
    """Where the story first names `entry`: (not in its title, offset)."""
    return min(((match.field != "title", match.start) for match in entry.matches), default=(True, 0))


def _unspaced_short_form(name: str) -> str | None:
    """`name` folded, without its spaces and with its head word written short (_UNSPACED_HEADS), if it is written
    all in Chinese, Japanese or Korean letters; else None."""
    compact = "".join(fold(name).split())
    for full, short in _UNSPACED_HEADS:
        if compact.endswith(full):
            compact = compact[:-len(full)] + short
            break
    return compact if _UNSPACED_NAME.fullmatch(compact) else None


def _unspaced_written(unions: list[tuple[str, _Match]]) -> dict[str, list[str]]:
    """The unspaced short forms (_unspaced_short_form) of the directory unions' names as the story writes them, in the
    order of their first mention, each with the ids it names in that order."""
    written: dict[str, list[str]] = defaultdict(list)
    for union_id, match in unions:
        if (form := _unspaced_short_form(match.original[match.start:match.end])) is not None and (
                union_id not in written[form]):
            written[form].append(union_id)
    return written


def _ends_other_form(short: str, forms: Iterable[str]) -> bool:
    """True when one of the unspaced `forms` other than `short` ends with it ("東部労組" ends "全国一般東京東部労組")."""
    return any(form != short and form.endswith(short) for form in forms)


# The most found names with an unspaced short form whose short forms are compared each with every other (see
# _unspaced_longer): a story naming more is a list of unions, whose names are kept as written (1,600 distinct Korean
# names took 4 s, and the time grew as their square).
_MOST_UNSPACED_COMPARED = 200


def _unspaced_longer(entry: _FoundUnion, short: str, discovered: list[_FoundUnion], unspaced: dict[int, str],
                     merged_into: dict[int, _FoundUnion], named: Iterable[str] = ()) -> _FoundUnion | None:
    """The one other found name that `entry`'s unspaced short form `short` ends, is or abbreviates (see _abbreviates;
    after the names already merged), named as the story writes it more often (then with its short form as its acronym
    when it has none): "両備バス労組" twice, "岡山・両備バス労組" once is 両備バス労働組合; "台鐵工會" is "台灣鐵路工會". None
    when no name or several ("교사노조" after "서울교사노조" and "경기교사노조"), a directory union's name the story
    writes (`named`) among them ("東部労組" after "全国一般東京東部労組" and "全国一般大阪東部労組")."""
    if _ends_other_form(short, named):
        return None
    ends: dict[int, _FoundUnion] = {}
    for other in discovered:
        if other is not entry and (form := unspaced.get(id(other))) is not None and (
                form.endswith(short) or _abbreviates(short, form)):
            while id(other) in merged_into:
                other = merged_into[id(other)]
            ends[id(other)] = other
    if len(ends) != 1 or (longer := next(iter(ends.values()))) is entry:
        return None
    if len(entry.matches) > len(longer.matches):
        longer.name, longer.acronym = entry.name, entry.acronym or longer.acronym
    elif longer.acronym is None:
        longer.acronym = entry.acronym or entry.name
    return longer


_ABBREVIATED_HEAD = 2  # letters at least of the head word an abbreviated name ends with as its full name does ("工會")
# A Chinese union's head and the kinds of union the press leaves out right before it: "台鐵工會" is "台鐵產業工會",
# "泰博科技工會" "泰博科技企業工會" (but "高雄市總工會" and "高雄市產業總工會" are two federations)
_CHINESE_UNION_WORD = ("工會", "工会")
_CHINESE_KIND_WORDS = frozenset(("產業", "产业", "企業", "企业", "職業", "职业"))


def _named_by_its_firm(short: str, full: str) -> bool:
    """Whether the Chinese `short` is a firm's two letters before a bare 工會 ("國泰工會", "港龍工會": the press's name
    for the union of Cathay's or Dragonair's cabin crew) and `full` a longer name of a union or an association that the
    firm opens ("國泰航空公司空中服務員工會", "港龍航空公司空勤人員協會"). A place's or a trade's people's two letters
    before 工會 name no union (see recognise._chinese_names)."""
    firm = short[:-len("工會")]
    return len(firm) == 2 and short.endswith(_CHINESE_UNION_WORD) and len(full) > len(short) + 2 and (
        full.startswith(firm) and full.endswith(CHINESE_GATES))


def _abbreviates(short: str, full: str) -> bool:
    """Whether the unspaced name `short` is `full` abbreviated: the same head word (the same last letters), before it
    letters of `full`'s in order, left out at two places or more, as Chinese shortens a name to its words' first
    letters ("台鐵工會" for "台灣鐵路工會", "華航企業工會" for "中華航空企業工會"). Letters left out at one place are as
    often a word of another union's name ("高雄市總工會" and "高雄市產業總工會" are two federations)."""
    if _named_by_its_firm(short, full):
        return True
    same = 0
    while same < min(len(short), len(full)) and short[-1 - same] == full[-1 - same]:
        same += 1
    name, full_name = short[:len(short) - same], full[:len(full) - same]
    if same < _ABBREVIATED_HEAD or len(name) < 2:
        return False
    if same == len("工會") and full.endswith(_CHINESE_UNION_WORD) and full_name.startswith(name) and (
            full_name[len(name):] in _CHINESE_KIND_WORDS):
        return True  # "台鐵工會" for "台鐵產業工會": the kind of union left out before a bare 工會 (not 總工會)
    gaps, position = 0, 0
    for letter in name:
        found = full_name.find(letter, position)
        if found < 0:
            return False
        gaps += found > position
        position = found + 1
    return gaps + (position < len(full_name)) >= 2


def _bracket_opened_at(match: _Match) -> tuple[Field, int] | None:
    """(field, offset) where the bracket that `match` opens follows a word, if `match` opens one."""
    original = match.original
    bracket = _end_of_word_before(original, match.start) - 1  # walked back, not sliced: called per mention
    if bracket < 0 or original[bracket] != "(":
        return None
    end = _end_of_word_before(original, bracket)
    # "Türkiye Maden Çalışanları Sendikası’nın (MADEN-İŞ)": the name ends before its Turkish case ending.
    ending = CASE_SUFFIX.search(original, max(0, end - 7), end)
    return match.field, end if ending is None else ending.start()


def _expanded_after_dash(match: _Match) -> tuple[Field, int] | None:
    """(field, offset) of the name a one-word name is spelt out as after a dash ("O SINTTEL – Sindicato dos
    Trabalhadores em Telecomunicações ..."), if one follows `match`."""
    dash = match.original[match.end:match.end + 3]
    return (match.field, match.end + 3) if " " not in match.original[match.start:match.end] and dash in (
        " – ", " - ", " — ") else None


def _end_of_word_before(original: str, position: int) -> int:
    """The offset just after the last non-space character before `position` (0 when there is none)."""
    while position and original[position - 1].isspace():
        position -= 1
    return position


def _tails_of_named(union_matches: list[_Match]) -> frozenset[str]:
    """The short forms _short_forms_of_named gives to the directory unions the story names (_name_tails)."""
    return frozenset(tail for match in union_matches for tail in _name_tails(_words_of_match(match)))


def _words_of_match(match: _Match) -> list[str]:
    """A directory name's folded words as the story writes them, without the case ending joined to its head
    ("नेपाल निजामति कर्मचारी युनियनको": its short form in a title is "निजामति कर्मचारी युनियन")."""
    words = match.folded.split()
    return [*words[:-1], without_head_ending(words[-1])] if words else words


def _name_tails(words: list[str]) -> Iterator[str]:
    """The last three words or more of a folded name, without its first word: the short forms it is written by."""
    for position in range(1, len(words) - 2):
        yield " ".join(words[position:])


def _short_forms_of_named(discovered: list[_FoundUnion], unions: list[tuple[str, _Match]],
                          directory: UnionDirectory) -> list[_FoundUnion]:
    """Found names of three words or more that end a directory union's name as the story writes it
    ("ট্রেড ইউনিয়ন সংঘ" after "বাংলাদেশ ট্রেড ইউনিয়ন সংঘ"), or begin it in Arabic or say some of its words
    (arabic_name_words), or that the acronym of a directory union (not a
    confederation, which a bracket names as the one a union belongs to) with the name's initial follows in
    brackets ("Sindicato Único de la Construcción y Anexos (Sunca)"): their mentions join `unions` as that union's."""
    tails: dict[str, str] = {}
    whole: dict[tuple[str, ...], str] = {}  # Bangla directory names as written, without "and"
    regional: dict[str, set[str]] = defaultdict(set)  # as in _merge_short_forms: "sindipetro" -> "Sindipetro Bahia"
    for union_id, match in unions:
        if (bare := regional_prefix_name(match.original[match.start:match.end])) is not None:
            regional[bare].add(union_id)
        words = _words_of_match(match)
        for tail in _name_tails(words):
            tails.setdefault(tail, union_id)
        if words and _BANGLA_WORD.match(words[0]):  # the whole name too, for a unit of it (_bangla_unit_rest)
            whole.setdefault(tuple(word for word in words if word not in _BANGLA_AND), union_id)
        if "indicato" in match.folded and _UNION_NUMBER.search(match.original, match.start, match.end):
            # a numbered union's name cut before a connector ("Sindicato N°1", "Sindicato Nº1 de Trabajadores" of
            # "Sindicato N°1 de Trabajadores de Minera Escondida"), as _merge_short_forms reads found names
            numbered = fold(_number_written_one_way(match.original[match.start:match.end])).split()
            number_end = next((at + 1 for at, word in enumerate(numbered) if word.isdigit()), 2)  # "n 1": "N°1"
            for position in range(number_end, len(numbered)):
                if numbered[position] in _NAME_GOES_ON_WORDS:
                    tails.setdefault(" ".join(numbered[:position]), union_id)
            for workers in _WORKERS_TAIL:  # and named with its workers instead of its workplace
                tails.setdefault(" ".join((*numbered[:number_end], *workers)), union_id)
        if (without_state := without_trailing_state(words)) is not None:
            # and the name without the state written after its head ("राज्य कर्मचारी संयुक्त परिषद" after "... परिषद उत्तर
            # प्रदेश")
            tails.setdefault(" ".join(without_state), union_id)
        if (countryless := _thai_without_country(match.original[match.start:match.end])) is not None:
            tails.setdefault(" ".join(countryless.split()), union_id)  # ... and a Thai name without its country
        if ARABIC_LETTER.search(match.folded):
            # ... and, in Arabic (a name puts its head first, and a story writes it short by its first words), that
            # begin it ("الجامعة الوطنية للتعليم" in a title, "الجامعة الوطنية للتعليم –
            # التوجه الديمقراطي" in the text)
            for position in range(3, len(words)):
                tails.setdefault(" ".join(words[:position]), union_id)
    bracketed = {(match.field, match.start, match.end): union_id for union_id, match in unions
                 if (record := directory.get(union_id)) is not None and record.kind == "union"}
    # A found name ending where a directory union's does holds that union ("Sección 22 del ... (SNTE)").
    ends = {(match.field, match.end) for _, match in unions}
    union_ends = {(match.field, match.end): union_id for union_id, match in unions
                  if (record := directory.get(union_id)) is not None and record.kind == "union"}
    for bare, union_ids in regional.items():
        if len(union_ids) == 1:
            tails.setdefault(bare, next(iter(union_ids)))
    arabic_words = _ArabicHolders((union_id, match.original[match.start:match.end]) for union_id, match in unions
                                  if ARABIC_LETTER.search(match.folded))
    # ... and, in a script written without spaces, a found name that ends or abbreviates a directory union's name as
    # the story writes it, as _unspaced_longer reads two found names ("建造业总工会" in a title, "香港建造业总工会" in
    # the text; "台鐵工會", "台鐵產業工會")
    unspaced_written = _unspaced_written(unions)
    unspaced_ends: dict[str, str] = {}
    for written, written_ids in unspaced_written.items():
        for position in range(1, len(written)):
            unspaced_ends.setdefault(written[position:], written_ids[0])
    kept: list[_FoundUnion] = []
    for entry in discovered:
        named_id = tails.get(fold(_number_written_one_way(entry.name)))
        if named_id is None and whole and (rest := _bangla_unit_rest(fold(entry.name).split())) is not None:
            named_id = whole.get(rest)  # a district's or upazila's unit of a directory union the story names
        if named_id is None and arabic_words:
            named_id = _only_holder(entry, arabic_words)
        if named_id is None and unspaced_written and (short := _unspaced_short_form(entry.name)) is not None:
            abbreviated = {union_id for written, union_ids in unspaced_written.items() if _abbreviates(short, written)
                           for union_id in union_ids}
            named_id = unspaced_ends.get(short) or (abbreviated.pop() if len(abbreviated) == 1 else None)
            if named_id is not None and _ends_other_form(short, (
                    form for other in discovered if other is not entry
                    and (form := _unspaced_short_form(other.name)) is not None)):
                named_id = None  # it ends a found name too: neither union's (_unspaced_longer)
        for match in entry.matches:
            if named_id is None and (match.field, match.end) not in ends and (
                    bracket := _BRACKETED_ACRONYM.match(match.original, match.end)) is not None and (
                    fold(bracket.group(1))[:1] == fold(entry.name)[:1]):
                named_id = bracketed.get((match.field, bracket.start(1), bracket.end(1)))
            if named_id is None and " " not in entry.name and (opened := _bracket_opened_at(match)) is not None and (
                    named_id := union_ends.get(opened)) is not None and (
                    (record := directory.get(named_id)) is None or fold(record.name)[:1] != fold(entry.name)[:1]):
                # "Sindicato dos Profissionais em Educação no Ensino Municipal de São Paulo (Sinpeem)": a one-word
                # name in brackets right after a directory union's, with its initial, is that union's acronym
                named_id = None
        if named_id is None:
            kept.append(entry)
        else:
            unions.extend((named_id, match) for match in entry.matches)
    return kept


DISCOVERED_PREFIX = "found:"


def discovered_union_id(name: str, country: str | None) -> str:
    """The stable id of a union found by its shape: "found:<country or xx>:<folded-name-with-hyphens>"."""
    return f"{DISCOVERED_PREFIX}{country or 'xx'}:{'-'.join(fold(name).split())}"


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The tagger over the bundled union directory (built once)."""
    return Tagger()
