"""The tagger's plumbing: shortcuts taken for speed give exactly what the plain code gives, and the
automata of a union directory no longer in use are freed."""

from __future__ import annotations

import gc
import re
import weakref
from itertools import chain, repeat
from unittest.mock import patch

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching import Tagger, default_directory, default_tagger
from bot.matching import normalize as normalize_module
from bot.matching.gazetteer import (
    NameEntry,
    case_rule_for,
    case_rule_of,
    country_columns,
    country_entries,
    pattern_key,
    pattern_key_and_cased,
    place_rows,
)
from bot.matching.normalize import (
    URDU_PERSIAN_LETTERS,
    Offsets,
    _fold_beyond_ascii,
    _fold_fields,
    _fold_with_offsets,
    fold,
    fold_cased,
    fold_char,
    normalize,
)
from bot.matching.recognise import (
    _ARABIC_OPENING_WORDS,
    _BRAZILIAN_PREFIX_HEAD,
    _BRAZILIAN_PREFIX_HEAD_STARTS,
    _CAPITALISED_BEFORE,
    _COMPOUND_GATES,
    _COMPOUND_HEAD,
    _FRENCH_PREFIX_HEAD,
    _FRENCH_PREFIX_HEAD_STARTS,
    _PAREN,
    _PERSIAN,
    _PERSIAN_OPENING_WORDS,
    _PORTUGUESE_PREFIX_HEAD,
    _PORTUGUESE_PREFIX_HEAD_STARTS,
    _PREFIX_GATES,
    _PREFIX_HEAD,
    _PREFIX_HEAD_STARTS,
    _REGIONAL_BODY_GATES,
    _REGIONAL_FEDERATION_GATE,
    _SCRIPT_HEADED_WORDS,
    _SCRIPT_WORD,
    _SUFFIX_HEAD,
    _URDU_ONLY_LETTERS,
    _WORD,
    Recogniser,
    TextSpans,
    _allied_unions,
    _arabic_head,
    _arabic_name_without_country,
    _bracketed,
    _heads_starting_with,
    _persian_name_without_place_noun,
    _script_name_at,
    _script_names,
    _tokens,
    _unglued,
    folded_gates_in,
    holds_cobas_gate,
    holds_regional_body_gate,
    holds_vietnamese_gate,
    matches_at,
    script_words,
    walk_back_stops_at,
)
from bot.matching.tagger import (
    _ACRONYM_AFTER_PLURAL_NOUN,
    _AUTOMATA,
    _CAUSE_BEFORE,
    _CAUSE_STEMS,
    _CYRILLIC_QUOTED_UNION_AFTER_KIND,
    _FACILITY_BEFORE,
    _FOLDED_INDEX_STORY,
    _GENERIC_NAME_AFTER_A_POSSESSIVE,
    _GENERIC_NAME_AFTER_THE,
    _GOVERNMENT_SEAT_BEFORE,
    _GOVERNMENT_SEAT_STEMS,
    _HOME_BASE_STEMS,
    _IGNORECASE_LETTERS,
    _INDEX_STORY,
    _OWNER_STEMS,
    _PLURAL_UNION_NOUNS,
    _PREVIOUS_LISTED,
    _QUOTED_KIND_LETTER,
    _SIGNALS,
    _TABLE,
    _THE_BEFORE_A_CAPITAL,
    _TOWN_AFTER_PREPOSITION,
    _TOWN_BUCKETS,
    _TOWN_PREPOSITIONS,
    _WAR_AFTER,
    _WAR_BEFORE,
    _WAR_STEMS,
    _acronyms_after_plural_nouns,
    _acronyms_after_plural_nouns_everywhere,
    _acronyms_after_plural_nouns_lowered,
    _case_folded,
    _case_ok,
    _CaseTable,
    _grouped_entries,
    _holds_stem_before,
    _is_title_case,
    _is_war_party,
    _key_info,
    _may_search,
    _names_after_a_possessive,
    _names_after_the,
    _speaks_of_war,
    _Towns,
    _trie_order,
    _whole_word_spans,
    build_automaton,
    stored_info,
)

# Pieces that make lists of union acronyms after plural nouns, with the letters that match ASCII
# letters under re.IGNORECASE ("İ", "ı", "ſ", the Kelvin sign) and overlapping nouns.
_PIECES = ["unions", "UNİONS", "unıons", "unionſ", "sindicatos", "syndicats", "centrales sindicales", "centrais",
           "Gewerkschaften", "gewerKschaften", "such as", "like", "the", "l’", "CUT", "GMB", "DİSK", "KESK", "RMT",
           "Unite", "and", ",", " ", "  ", "\n", "unionsyndicats", "İ", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
@example(["unions", " ", "DİSK", " ", "and", " ", "KESK", " ", "İ"])
@example(["UNİONS", " ", "unionsyndicats", " ", "GMB"])
def test_acronyms_after_plural_nouns_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.group(1)) for match in _ACRONYM_AFTER_PLURAL_NOUN.finditer(text)]
    assert [(match.span(), match.group(1)) for match in _acronyms_after_plural_nouns_everywhere(text)] == expected


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
@example(["sindicatos", "sindicatos", " ", "CUT"])
def test_acronyms_after_plural_nouns_found_in_folded_text_as_in_lowered_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.group(1)) for match in _acronyms_after_plural_nouns_lowered(text)]
    source = normalize(text)
    noun_starts = {noun: [start for start in range(len(source.lower)) if source.lower.startswith(noun, start)]
                   for noun in _PLURAL_UNION_NOUNS}
    found = _acronyms_after_plural_nouns(text, source, noun_starts)
    assert [(match.span(), match.group(1)) for match in found] == expected


# Pieces of the recogniser's whole-text gates, cut apart, and letters that fold to ASCII or not around them.
_TEXT_GATE_PIECES = ["обласн", "облпрофрад", "областн", "профсоюзных организаций", "щини", "ччини", "едераци", "рофсоюзов",
                     "обл", "асн", "щ", "ини", "Công đoàn ", "công đoàn ", "CĐ ", "CĐCS ", "Công", " đoàn ", "C", "Đ", "đ",
                     "Cobas", "COBAS", "cobas", "Co", "bas", "C\u0301obas", "2019", "İ", " İ", "İş", "“", "é", " ", "x", "\n",
                     "Ж", "ﬁ"]


@given(st.lists(st.sampled_from(_TEXT_GATE_PIECES), max_size=10))
@example(["обласн"])
@example(["“", "Cobas"])
@example(["2019", "Cobas"])
def test_text_gates_looked_for_after_a_cheaper_test_as_plainly(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = normalize(text).lower
    assert holds_regional_body_gate(text, folded) == (any(gate in text for gate in _REGIONAL_BODY_GATES) or (
        _REGIONAL_FEDERATION_GATE in text and "рофсоюзов" in text))
    assert holds_vietnamese_gate(text) == (
        "Công đoàn " in text or "công đoàn " in text or "CĐ " in text or "CĐCS " in text)
    assert holds_cobas_gate(text, folded) == ("Cobas" in text or "COBAS" in text)
    assert ("İ" in text and " İ" in text) == (" İ" in text)


# Words of union names in Bangla, Urdu, Hindi, Persian and Arabic as the press writes them (heads, with particles and
# case endings, glued to the word before), other words, and what stands between words.
_SCRIPT_PIECES = ["শ্রমিক", "ইউনিয়ন", "লীগ", "শ্রমিকলীগ", "লীগের", "জাতীয়", "বাংলাদেশ", "চা", "ফেডারেশন", "ট্রেড", "ফোরাম",
                  "ٹیچرز", "یونین", "ٹیچرزیونین", "لیبرفیڈریشن", "میںپاکستان", "پاکستان", "مزدور", "فیڈریشن", "بیسڈویمن", "ں",
                  "मजदूर", "संघ", "यूनियन", "कर्मचारी", "भारतीय", "نقابة", "النقابة", "والاتحاد", "للاتحاد", "لنقابة", "اتحاد",
                  "عمال", "المعلمين", "العامة", "سندیکای", "کارگران", "انجمن", "شرکت", "ل", "ال", "و", " ", " ", "-", "،",
                  "\n", "x", "’"]


@given(st.lists(st.sampled_from([*_SCRIPT_PIECES, *sorted(_SCRIPT_HEADED_WORDS)[::7], *sorted(_ARABIC_OPENING_WORDS)[::9],
                                 *_PERSIAN.heads]), min_size=1, max_size=3))
def test_words_that_may_open_a_script_name_looked_up_as_read_plainly(pieces: list[str]) -> None:
    written = "".join(pieces)
    for word in (written, fold(written)):
        headed = bool(_heads_starting_with(word))
        assert (word in _SCRIPT_HEADED_WORDS) == headed
        assert (word in _ARABIC_OPENING_WORDS) == (headed or _arabic_head(word) is not None)
        assert (word in _PERSIAN_OPENING_WORDS) == (headed or word in _PERSIAN.heads)


def _script_names_plainly(original: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str | None]]:
    """_script_names as it was: each word folded where it stands, each word tried as a name's first."""
    spans = TextSpans(taken)
    arabic = not URDU_PERSIAN_LETTERS.search(original)
    persian = not arabic and not _URDU_ONLY_LETTERS.search(original)
    urdu = not arabic and not persian
    words = [part for match in _SCRIPT_WORD.finditer(original) for part in _unglued(match, urdu)]
    assert script_words(original, urdu) == words
    names: list[tuple[int, int, str, str | None]] = []
    index = 0
    while index < len(words):
        word = words[index][2]
        found = _script_name_at(original, words, index, lambda folded: False, arabic, persian) if _heads_starting_with(
            word) or (arabic and _arabic_head(word) is not None) or (persian and word in _PERSIAN.heads) else None
        if found is None:
            index += 1
            continue
        following = _script_name_at(original, words, found[1] + 1, lambda folded: False, arabic, persian)
        while following is not None and following[0] <= found[0]:
            found, following = following, _script_name_at(original, words, following[1] + 1, lambda folded: False,
                                                           arabic, persian)
        first, last, name, start = found
        end = words[last][1]
        if _allied_unions(words, last):
            index = last + 1
            continue
        if not spans.overlaps(start, end):
            names.append((start, end, name, _arabic_name_without_country(
                original, words, first, last, name, lambda folded: False) if arabic else _persian_name_without_place_noun(
                original, words, first, last) if persian else None))
        index = last + 1
    return names


@given(st.lists(st.sampled_from(_SCRIPT_PIECES), max_size=16), st.integers(0, 40))
@example(["বাংলাদেশ", " ", "চা", " ", "শ্রমিক", " ", "ইউনিয়ন", " ", "চা", " ", "শ্রমিক", " ", "ইউনিয়ন"], 0)
@example(["نقابة", " ", "المعلمين", " ", "و", "نقابة", " ", "عمال"], 0)
@example(["پاکستان", " ", "ٹیچرزیونین", " ", "ٹیچرزیونین", " ", "میںپاکستان", " ", "مزدور", " ", "فیڈریشن"], 3)
def test_script_names_from_words_read_once_and_looked_up_as_plainly(pieces: list[str], taken_end: int) -> None:
    text = "".join(pieces)
    taken = [(0, taken_end)] if taken_end else []
    assert [(name.start, name.end, name.name, name.acronym) for name in _script_names(text, taken)] == (
        _script_names_plainly(text, taken))


_GATE_PIECES = ["förbund", "FÖRBUND", "Förbundet", "gewerkschaft", "Gewerkschaft", "sendikası", "SENDİKASI", "Sintra",
                "SINTTRA", "sitra", "Sindi", "-İş", "-iş", "-Sen", "–IS", "‐Is", "Metal", "Transport", "İ", "ı", "-",
                " ", "x", "\u0301"]


@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=12))
@example(["Metal", "-İş", " ", "Transportarbetare", "förbundet"])
def test_extra_heads_as_gates_and_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected: list[tuple[int, int, str]] = []
    if any(gate in text for gate in _COMPOUND_GATES):
        expected += [(match.start(), match.end(), "compound") for match in _COMPOUND_HEAD.finditer(text)]
    if any(gate in text for gate in _PREFIX_GATES):
        expected += [(match.start(), match.end(), "suffix") for match in _PREFIX_HEAD.finditer(text)]
    for match in _SUFFIX_HEAD.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1].isalnum():
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            expected.append((start, match.end(), "suffix"))
    assert sorted(Recogniser._extra_heads(text, folded_gates_in(normalize(text).lower))) == sorted(expected)


# Pieces of Portuguese, Brazilian and French syllabic union acronyms and the words around them.
_PREFIX_PIECES = ["Sindi", "SINDI", "Sintra", "SINTRA", "Sint", "SINTT", "Sitra", "Sinaltra", "Sind", "Sindsaúde", "Sin", "SIN",
                  "Sinasefe", "SINDSEPS", "Syn", "SYN", "Synter", "SYNTRA", "Si", "SI", "S", "i", "I", "nd", "ica", "to", "KAT",
                  "saúde", "petro", " PR", " e SC", "-PB", "-", "‐", " ", "x", "1", "é", "\n"]


@given(st.lists(st.sampled_from(_PREFIX_PIECES), max_size=14))
@example(["Sindipetro", " ", "Sindsaúde"])
@example(["xSindipetro", " ", "Sintra"])
def test_prefix_heads_matched_where_their_start_stands_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern, starts in ((_PREFIX_HEAD, _PREFIX_HEAD_STARTS), (_BRAZILIAN_PREFIX_HEAD, _BRAZILIAN_PREFIX_HEAD_STARTS),
                            (_PORTUGUESE_PREFIX_HEAD, _PORTUGUESE_PREFIX_HEAD_STARTS),
                            (_FRENCH_PREFIX_HEAD, _FRENCH_PREFIX_HEAD_STARTS)):
        assert [(match.span(), match.groups()) for match in matches_at(pattern, text, starts)] == [
            (match.span(), match.groups()) for match in pattern.finditer(text)]


# Words of names before a bracketed acronym, and what may stand before them.
_WALKED_PIECES = ["Free", "Trade", "Union", "of", "Metalworkers", "the", "All", "Ceylon", "Teachers", "Workers’", "Workers'",
                  "Amazon's", "U.S.", "ver.di", "N°", "Nº", "1", "-", "–", "—", "‐", ".", ",", ";", "(", ")", "\n", " ", "  ",
                  "\xa0", "\u2028", "°", "_", "x", "É", "Ş"]


@given(st.lists(st.sampled_from(_WALKED_PIECES), max_size=18), st.sampled_from(["FTUM", "ACTU", "SPM", "CGT-A", "FT–UM"]))
@example(["All", " ", "Ceylon", " ", "Teachers", " ", "Union"], "ACTU")
@example(["-", " ", "Free", " ", "Trade", " ", "Union", " ", "of", " ", "Metalworkers"], "FTUM")
@example(["N°", "\n", "1", " ", "Free", " ", "Trade", " ", "Union"], "NFTU")
def test_walk_back_said_to_stop_at_a_start_reads_no_word_before_it(pieces: list[str], acronym: str) -> None:
    text = "".join(pieces) + " (" + acronym + ")"
    paren = len(text) - len(acronym) - 2
    recogniser = default_tagger()._recogniser
    name = recogniser._name_before(text, paren, acronym)
    for start in range(paren + 1):
        if walk_back_stops_at(text, start, acronym):
            assert name is None or name.start >= start, (start, name)


@given(st.lists(st.sampled_from(["(", ")", "[", "]", "ITUC", "International", "(CUT)", "[GMB]", "((", "x", " ", "\n",
                                  "(2019)", "(Unite (the union))"]), max_size=16))
def test_brackets_found_with_find_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.group(1)) for match in _PAREN.finditer(text)]
    assert [(match.span(), match.group(1)) for match in _bracketed(text)] == expected


@given(st.lists(st.sampled_from(["unions", "Unions", "reunions", "sindicatos", "Sindicato", "forbund", "Förbund", "sindi",
                                  "sintra", " ", "x", "İ", "\u0301"]), max_size=12))
def test_scan_reports_every_signal_where_the_folded_text_holds_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    scanned = default_tagger()._scan("text", text)
    folded = scanned.source.lower
    expected = {signal: starts for signal in _SIGNALS
                if (starts := [start for start in range(len(folded)) if folded.startswith(signal, start)])}
    assert scanned.signals == expected


@given(st.text(alphabet=st.sampled_from(list("’“”—‘–a B1.-\u0301ﬁİé\u200bΣ ")), max_size=60))
def test_fold_with_punctuation_replaced_first_as_folded_one_by_one(text: str) -> None:
    with patch.object(normalize_module, "_FREQUENT_PUNCTUATION", ()):
        plain = _fold_fields(text)
    assert _fold_fields(text) == plain


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 6), st.sampled_from([0, 1])), max_size=8))
def test_offsets_held_as_runs_read_as_the_tuple_of_their_indexes(runs: list[tuple[int, int, int]]) -> None:
    expected = tuple(chain.from_iterable(range(origin, origin + length) if step else repeat(origin, length)
                                         for origin, length, step in runs))
    offsets = Offsets(runs)
    assert len(offsets) == len(expected)
    assert [offsets[index] for index in range(len(expected))] == list(expected)
    assert offsets == expected and tuple(offsets) == expected and hash(offsets) == hash(expected)
    with pytest.raises(IndexError):
        offsets[len(expected)]


def _folded_char_by_char(text: str) -> tuple[str, str, tuple[int, ...] | None]:
    """_fold_fields' plain form for a text beyond ASCII: each character folded, punctuation blanked, lower-cased."""
    folds = {char: fold_char(char) for char in set(text) if not char.isascii()}
    if any(len(replacement) != 1 for replacement in folds.values()):
        return _fold_with_offsets(text, folds)
    cased = re.sub(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]", " ", "".join(folds.get(char, char) for char in text))
    lower = cased.lower()
    return (cased, lower, None) if len(lower) == len(cased) else _fold_with_offsets(text, folds)


@given(st.text(alphabet=st.sampled_from(list("Жжы’ي\u064bی\u0674কষ\u09cd\u094dİıΣςﬁéÉ\u0301\u200b 北서-._a1Z\x00")),
               max_size=40))
@example("ΑΣ Σ")
@example("İstanbul Жк")
def test_a_text_beyond_ascii_folded_in_one_translation_as_char_by_char(text: str) -> None:
    assert _fold_beyond_ascii(text) == _folded_char_by_char(text)


@given(st.lists(st.sampled_from(["Índice", "INDEX", "indices", "ranked", "WORST COUNTRIES", "worst countr", "ies", "_",
                                  "Clasificación", "peores países", "schlimmsten Länder", "en kötü ülkeler", "İndex",
                                  "ındex", "\u0301", " ", ".", "x", "ß", "ﬁ", "²", "K"]), max_size=10))
@example(["worst countr", "_", "x"])
def test_index_story_searched_in_folded_text_first_as_in_the_text(pieces: list[str]) -> None:
    assert _FOLDED_INDEX_STORY is not None
    text = "".join(pieces)
    if _INDEX_STORY.search(text):
        assert _may_search(_FOLDED_INDEX_STORY, text, normalize(text), 0, len(text))


def test_case_tables_give_the_entries_case_ok_passes() -> None:
    automaton = default_tagger()._automata.latin
    tables = [(key, info) for key, info in automaton.items() if info.case_check == _TABLE]
    assert len(tables) > 100  # acronyms with their exact and variant spellings, at least
    for key, info in tables:
        assert isinstance(info.detail, _CaseTable)
        exact_surface, passing = info.detail
        words = key.strip()
        for surface in {exact_surface or words, words, words.upper(), words.title(), words.capitalize()}:
            shown = exact_surface is not None and surface == exact_surface
            expected = tuple(entry for entry in info.entries if _case_ok(entry, surface))
            assert passing[2 * shown + surface[:1].islower()] == expected, (key, surface)


# The town pattern as a plain alternation of the folded prepositions, as it was before it became a trie.
_PLAIN_TOWN_AFTER_PREPOSITION = re.compile(
    " (?i:" + "|".join(sorted({fold(word) for word in _TOWN_PREPOSITIONS})) + ") "
    + _TOWN_AFTER_PREPOSITION.pattern.split(") ", 1)[1])  # the capitalised words after the trie


@given(st.lists(st.sampled_from(["in", "at", "a", "nel", "nella", "pres", "cerca", "w", "we", "i", "im", "from", "into",
                                  "San", "Pedro", "Sula", "Dhaka", "X1", "the", "In", " ", "  ", ",", "x"]), max_size=16))
@example([" ", "nella", " ", "San", " ", "Pedro", " ", "Sula", " ", "Dhaka"])
def test_town_prepositions_as_a_trie_as_the_plain_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.group(1)) for match in _PLAIN_TOWN_AFTER_PREPOSITION.finditer(text)]
    assert [(match.span(), match.group(1)) for match in _TOWN_AFTER_PREPOSITION.finditer(text)] == expected


def test_town_prepositions_first_letter_class_as_the_branches_first_letters() -> None:
    """The look-ahead's class of first letters holds what re.IGNORECASE matches to any preposition's first letter."""
    first_letter = re.compile(r" \(\?=(\[[^\]]+\])").match(_TOWN_AFTER_PREPOSITION.pattern)
    assert first_letter is not None
    in_class = re.compile(first_letter.group(1))
    alternation = re.compile(_TOWN_AFTER_PREPOSITION.pattern.split(")", 1)[1].split(") ", 1)[0] + ")")
    words = ["a", "at", "bei", "cerca", "dans", "desde", "di", "em", "en", "from", "hasta", "i", "im", "in", "near", "nel",
             "nella", "na", "no", "pa", "pres", "sa", "w", "we"]  # every word the trie is written from
    assert all(alternation.fullmatch(word) for word in words)
    assert {fold(word) for word in _TOWN_PREPOSITIONS if fold(word).isascii()} <= set(words)
    branches = re.compile("(?i:" + "|".join(sorted({word[0] for word in words})) + ")")
    for point in range(0x110000):
        if not 0xD800 <= point <= 0xDFFF:
            character = chr(point)
            assert (in_class.match(character) is None) == (branches.match(character) is None), hex(point)


@given(st.lists(st.sampled_from(["in", "İn", "ın", "ſa", "IM", "Pres", "cerca", "w", "We", "i", "nelle", "dans", "from",
                                  "San", "Pedro", "Sula", "Kiel", "X1", "the", "é", " ", "  ", ",", "x"]), max_size=14))
@example([" ", "İn", " ", "San", " ", "Pedro"])
@example([" ", "ſa", " ", "Kiel"])
@example(["x", " ", "We", " ", "Sula"])
def test_town_prepositions_first_letter_look_ahead_as_without_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    without = re.compile(" " + _TOWN_AFTER_PREPOSITION.pattern.split(")", 1)[1])
    assert [(match.span(), match.group(1)) for match in _TOWN_AFTER_PREPOSITION.finditer(text)] == [
        (match.span(), match.group(1)) for match in without.finditer(text)]


_FACILITY_NOUNS = ("plaza plazoleta plazuela calle avenida redondel rotonda glorieta estación estacion paseo bulevar praça "
                   "praca rua estação estaçao estacão estacao rue boulevard gare piazza viale stazione").split()
_PLAIN_FACILITY_BEFORE = re.compile(
    "(?i:(?<!\\w)(?:" + "|".join(_FACILITY_NOUNS) + "))" + _FACILITY_BEFORE.pattern.split("))", 1)[1])


@given(st.lists(st.sampled_from([*_FACILITY_NOUNS, "PLAZA", "Gare", "ruA", "ſtazione", "rues", "aplaza", "de", "la", "del",
                                  "do", "da", "dos", "das", "Mexico", " ", "  ", "\n", ",", "x"]), max_size=10))
@example(["Plaza", " ", "de", " ", "la", " "])
def test_facility_nouns_as_a_trie_as_the_plain_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in range(len(text) + 1):
        found = _FACILITY_BEFORE.search(text, max(0, end - 20), end)
        assert (found is None) == (_PLAIN_FACILITY_BEFORE.search(text, max(0, end - 20), end) is None)


def test_case_rule_of_a_folded_name_is_the_names_rule() -> None:
    for name in ("ITUC", "U.S.", "AHİK", "BiH", "CGT-FO", "Numsa", "numsa", "Côte d’Ivoire", "el Salvador", "서울"):
        assert case_rule_of(fold_cased(name)) == case_rule_for(name)


def test_every_place_row_gives_at_most_one_entry_per_key() -> None:
    keys = [key for key, entry in country_entries() if entry.kind == "country"]
    assert len(keys) == len(set(keys))
    row_keys = {key for key, *_ in place_rows()}
    assert row_keys & set(keys)


def test_every_place_row_is_keyed_as_todays_folding_keys_its_name() -> None:
    """places.tsv is built with the folding of its day: a change of fold() ("ণ" -> "ন") needs
    scripts/build_places.py run again, or the rows it changes are never found."""
    stale = [(key, cased) for key, cased, *_ in place_rows() if " ".join(key.split()) != fold(cased)]
    assert not stale, f"run scripts/build_places.py: {len(stale)} rows keyed otherwise, e.g. {stale[:3]}"


def test_country_columns_pair_each_key_with_its_entry() -> None:
    """The columns are built as two lists, each candidate dropped once its entry is made: the pairs stay."""
    keys, entries = country_columns()
    assert len(keys) == len(entries)
    by_key = dict(zip(keys, entries, strict=True))  # (a blocker may share a place's key: none of these)
    assert (by_key[" france "].kind, by_key[" france "].target, by_key[" france "].form) == ("country", "FR", "name")
    assert (by_key[" cadiz "].target, by_key[" cadiz "].cased, by_key[" cadiz "].alternatives) == (
        "ES", "Cadiz", ("ES", "PH"))  # a namesake with a default keeps its spelling
    assert (by_key[" new jersey "].kind, by_key[" new jersey "].cased) == ("blocker", "New Jersey")


def test_an_automaton_takes_a_keys_entries_in_precedence_order_and_empties_its_groups() -> None:
    """build_automaton frees each key's group as the trie takes it (a lower build peak); the entries stay."""
    country = NameEntry("country", "GE", "name", "", "capitalised")
    union = NameEntry("union", "ge-union", "acronym", "GE", "exact")
    head = NameEntry("head", "union", "head", "", "any")
    grouped = _grouped_entries([(" ge ", country), (" union ", head), (" ge ", union), (" ge ", country)])
    automaton = build_automaton(grouped, ("sindica",))
    assert grouped == {}
    assert stored_info(automaton, " ge ").entries == (union, country)
    assert stored_info(automaton, " union ").entries == (head,)
    assert [info.detail for _, info in automaton.iter(" le syndicat ")] == []
    assert [info.detail for _, info in automaton.iter(" sindicato ")] == ["sindica"]


@given(st.lists(st.sampled_from(["uni", "union", "unions", "UNI", "india", "indian", "national union of mineworkers",
                                 "national union of mineworkers of zimbabwe", "sindicato", "ge", "gel", "solidarity",
                                 "x", "é", "ร", " ", "  ", ",", "-"]), max_size=12))
@example(["unions", " ", "uni", " ", "national union of mineworkers", "x"])
def test_whole_words_of_a_trie_as_its_every_key_less_those_going_on_into_a_word(pieces: list[str]) -> None:
    """_scan asks the Latin trie for whole words: what iter reports less a key padded at its end where no space
    follows (" uni" in " union"), for keys held whole and for keys whose tail the trie leaves out."""
    padded = f" {''.join(pieces)} "
    automaton = default_tagger()._automata.latin
    plain = [(end, info) for end, info in automaton.iter(padded) if not (info.closed and padded[end + 1] != " ")]
    assert list(automaton.iter(padded, whole_words=True)) == plain


@given(st.text(alphabet=st.sampled_from(list("’“”—‘–a B1.-\u0301ﬁİé\u200bΣς서ব北Жي ")), max_size=40))
@example("ΟΜΟΣ\u0301 Σ")
@example("’Жук’")
def test_a_name_folded_once_for_its_key_and_cased_form_as_folded_twice(name: str) -> None:
    assert pattern_key_and_cased(name) == (pattern_key(name), fold_cased(name))


def test_every_directory_name_folded_once_as_folded_twice() -> None:
    for record in default_directory():
        for name in record.all_names:
            assert pattern_key_and_cased(name) == (pattern_key(name), fold_cased(name)), name


# The automaton's insertion order as it was made from the characters: the frequent ones first, below every other.
_PLAIN_FREQUENT_FIRST = str.maketrans({char: chr(rank + 1)
                                       for rank, char in enumerate(" etaoinshrdlcumwfgypbvkjxqz0123456789")})


@given(st.lists(st.text(alphabet=st.sampled_from(list(" etz09AZ\x01\x7fé\x80ÿΣ서北\U0001f600\ud800")), max_size=6)))
def test_keys_sorted_by_their_translated_bytes_as_by_their_translated_characters(keys: list[str]) -> None:
    assert sorted(keys, key=_trie_order) == sorted(keys, key=lambda key: key.translate(_PLAIN_FREQUENT_FIRST))


def test_an_automaton_value_is_the_keys_own_and_equal_values_are_one_object() -> None:
    """build_automaton reuses a one-entry key's value for keys of the same length and padding: each is what
    _key_info makes of the key, and equal values are stored once, as when each was made."""
    town = NameEntry("country", "FR", "town", "", "capitalised")
    same_town = NameEntry("country", "FR", "town", "", "capitalised")  # equal, another object
    acronym = NameEntry("union", "abc-union", "acronym", "ABC", "exact")
    unpadded = NameEntry("country", "CN", "city", "", "any")
    groups: list[tuple[str, NameEntry]] = [(" lyon ", town), (" nice ", town), (" metz ", same_town), (" pau ", town),
                                           (" abc ", acronym), (" xyz ", acronym), ("北京", unpadded), ("上海", unpadded)]
    expected = {key: _key_info(key, (entry,)) for key, entry in groups}
    automaton = build_automaton(_grouped_entries(groups))
    values = {key: stored_info(automaton, key) for key, _ in groups}
    assert values == expected
    for key, value in values.items():
        assert all((value is other) == (value == other) for other in values.values()), key
    assert values[" lyon "].entries[0] is values[" metz "].entries[0]


def test_towns_are_looked_up_as_a_dict_would_be() -> None:
    """_Towns packs the towns' keys into a few strings; a lookup finds exactly the keys it was given."""
    entries = [NameEntry("country", code, "town", "", "capitalised") for code in ("FR", "ES", "IT")]
    towns = {f" town {number} ": entries[number % 3] for number in range(3 * _TOWN_BUCKETS)}
    towns[" salta "] = entries[0]
    packed = _Towns(towns)
    assert all(packed.get(key) is entry and key in packed for key, entry in towns.items())
    for missing in (" salt ", " alta ", "salta", " salta", " town 1", " town 12345 ", " ", ""):
        assert packed.get(missing) is None and missing not in packed


def test_a_built_tagger_keeps_no_gazetteer_columns_and_still_reads_country_words() -> None:
    directory = default_directory().with_extra([{"id": "columns-test", "name": "Columns Test Workers Union"}])
    tagger = Tagger(directory)
    assert country_columns.cache_info().currsize == 0  # only builds need them (~5 MB)
    assert directory.id_for_variant("Union of Columns Test Workers", set()) == "columns-test"
    assert {tag.code for tag in tagger.tag(None, "Dockers struck in South Africa.").countries} == {"ZA"}
    # a name opened by a country's capitals ("PNG Nurses Association") reads words the build kept
    directory.id_for_variant("PNG Columns Test Workers Union", set())
    assert country_columns.cache_info().currsize == 0


def test_automata_of_a_replaced_directory_are_freed() -> None:
    """The bot builds a new directory after each admin change; the old one's automata must not stay."""
    directory = default_directory().with_extra([{"id": "plumbing-test", "name": "Plumbing Test Workers Union"}])
    tagger = Tagger(directory)
    assert {tag.union_id for tag in tagger.tag(None, "The Plumbing Test Workers Union struck.").unions} == {
        "plumbing-test"}
    held = len(_AUTOMATA)
    assert directory in _AUTOMATA
    gone = weakref.ref(directory)
    del tagger, directory
    gc.collect()
    assert gone() is None  # nothing keeps the directory (an lru_cache of automata by directory did)
    assert len(_AUTOMATA) == held - 1


# Pieces of words, names and punctuation around the places where the recogniser's tokens and walks end.
_WORD_PIECES = ["Workers", "Union", "of", "and", "the", "U.S.", "ver.di", "Station.In", "N°", "Nº", "1", " ", "  ", "\n",
                "'", "’", "-", "‐", ".", ",", "(", "KCTU", "Amazon's", "İstanbul'da", "In", "Kenya", "e.g.", "_", "x"]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=20))
@example(["Station.In", " ", "U.S.", "'", " ", "N°", " ", "1"])
def test_words_read_by_class_repeats_as_by_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(r"N[°º]\s?\d+|\w(?:(?:[\w'’\-‐‑]|\.(?![^\W\d_][a-z]))*\w)?['’]?|[^\w\s]|\n")
    for start in range(0, len(text) + 1, 3):
        for end in (start, start + 5, len(text)):
            assert [match.span() for match in _WORD.finditer(text, start, end)] == [
                match.span() for match in plain.finditer(text, start, end)]


@given(st.lists(st.sampled_from([*_WORD_PIECES, "‑", "‐", "ſ", "é", "北京", "1.5"]), max_size=20))
@example(["Workers", "'", " ", "U.S.", " ", "N°", "1", " ", "ver.di", "-", "x"])
def test_words_read_with_the_plain_run_branch_as_without_it(pieces: list[str]) -> None:
    """_WORD's branch for a run of word characters with nothing after it that goes on a word reads what the branch
    after it would: every kind of search answers as the pattern without it."""
    text = "".join(pieces)
    without = re.compile(r"N[°º]\s?\d+|\w(?:[\w'’\-‐‑]*(?:\.(?![^\W\d_][a-z])[\w'’\-‐‑]*)*(?<=\w))?['’]?|[^\w\s]|\n")
    for start in range(0, len(text) + 1, 2):
        for end in (start, start + 4, len(text)):
            assert [match.span() for match in _WORD.finditer(text, start, end)] == [
                match.span() for match in without.finditer(text, start, end)]
            for method in ("match", "search", "fullmatch"):
                found, plain = getattr(_WORD, method)(text, start, end), getattr(without, method)(text, start, end)
                assert (found and found.span()) == (plain and plain.span())


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=24))
@example(["N°", " ", "Workers", " ", "Union"])
@example(["In", " ", "Kenya", " ", "Workers", " ", "Union", " ", "Workers", " ", "Union", " ", "Workers", " ", "Union"])
def test_walk_left_in_a_short_window_first_as_in_the_long_one(pieces: list[str]) -> None:
    text = "".join(pieces) + " Union"
    recogniser = default_tagger()._recogniser
    for start in range(len(text) + 1):
        window_start = max(0, start - 90)
        tokens = _tokens(text, window_start, start)
        if tokens and window_start > 0:
            tokens = tokens[1:]
        expected = recogniser._walk_left_over(tokens, 0) if _CAPITALISED_BEFORE.search(text, max(0, start - 24), start) else []
        assert recogniser._walk_left(text, start) == expected


@given(st.lists(st.sampled_from(["CGT", "FO", "Ab", "ÇÖ", "İŞ", "x", "a", "1", " ", ",", ";", " and ", " et ", " la ",
                                  "l'", "(3e)", "-", "\n", "é"]), max_size=12))
def test_patterns_that_start_with_their_capital_as_with_a_look_back_first(pieces: list[str]) -> None:
    text = "".join(pieces)
    previous_listed = re.compile(_PREVIOUS_LISTED.pattern.replace("([A-ZÀ-ÞİŞĞÇÖÜ](?<!\\w.)", "(?<!\\w)([A-ZÀ-ÞİŞĞÇÖÜ]", 1))
    capitalised_before = re.compile(_CAPITALISED_BEFORE.pattern.replace("[^\\W\\d_a-zà-ÿ](?<!\\w.)", "(?<!\\w)[^\\W\\d_a-zà-ÿ]", 1))
    assert previous_listed.pattern != _PREVIOUS_LISTED.pattern and capitalised_before.pattern != _CAPITALISED_BEFORE.pattern
    for end in range(len(text) + 1):
        for pattern, plain, window in ((_PREVIOUS_LISTED, previous_listed, 40), (_CAPITALISED_BEFORE, capitalised_before, 24)):
            found, expected = pattern.search(text, max(0, end - window), end), plain.search(text, max(0, end - window), end)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@given(st.text(alphabet=st.sampled_from(list("aAB1_ (é²ⅷの\u0301İ-")), max_size=16), st.sampled_from(["A", "AB", "A-B", "é", "²"]))
@example("AAB AB_AB (AB)", "AB")
def test_whole_word_spans_as_finditer(text: str, word: str) -> None:
    expected = [match.span() for match in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    assert list(_whole_word_spans(text, word)) == expected


def test_every_cause_phrase_holds_a_cause_word() -> None:
    phrases = ["huelga por el pueblo de ", "HUELGAS POR ", "paro por ", "strike for the people of ", "Strikes for ",
               "solidarity with the ", "Solidaridad con el pueblo ", "solidariedade com o povo ", "solidarité avec le ",
               "solidarità con il popolo di ", "Solidarität mit ", "in support of ", "soutien au peuple ",
               "sostegno al ", "apoyo a ", "apoio ao povo da ", "grève pour la ", "greve pela ", "sciopero per ",
               "scioperi per ", "marcha por ", "march for ", "manifestación por ", "manifestation pour l’",
               "manifestação pela ", "manifestazione per il ", "huelga general por ", "ſtrike for ", "SUPPORT TO ",
               "blockad mot ", "Hamnblockad av ", "blockaden av ", "till stöd för ", "støtte til ", "blockade of ",
               "a boycott of ", "boicot a ", "Boykott gegen ", "un paro de cuatro horas por ", "grève de 24 heures pour ",
               "las relaciones con ", "toda relación comercial con ", "trade relations with "]
    for phrase in phrases:
        assert _CAUSE_BEFORE.search(phrase, max(0, len(phrase) - 45), len(phrase)), phrase
        assert _holds_stem_before(phrase, len(phrase), _CAUSE_STEMS), phrase


def _folded_one_by_one(text: str) -> tuple[str, str, tuple[int, ...]]:
    """Every character folded on its own, each folded character lower-cased on its own (where that is one
    character), with the offset it came from: what normalize's offsets path defines."""
    pieces = [(piece, index) for index, char in enumerate(text) for piece in fold_char(char)]
    lowered = [piece.lower() for piece, _ in pieces]
    return ("".join(piece for piece, _ in pieces),
            "".join(lower if len(lower) == 1 else piece for (piece, _), lower in zip(pieces, lowered, strict=True)),
            tuple(index for _, index in pieces))


@given(st.text(alphabet=st.sampled_from(list("শ্রমিক়हिन्दी ًّ Ǿǿℏ ΣΟΔ İıß ﬁ½… aB1.-_")), max_size=40))
@example("ΟΔΟΣ শ্রমিক Ǿ")
@example("İ্")
def test_text_folded_with_offsets_as_character_by_character(text: str) -> None:
    cased, lower, offsets = _fold_fields(text)
    if offsets is not None:
        assert (cased, lower, offsets) == _folded_one_by_one(text)
    else:
        assert len(cased) == len(text) and cased == _folded_one_by_one(text)[0]


def test_title_case_read_from_the_long_words() -> None:
    assert _is_title_case("Workers Strike In Dhaka Over Pay")
    assert not _is_title_case("Workers strike in Dhaka over unpaid wages")
    assert not _is_title_case("A B C of it")


# The two name patterns whose first look was moved to let the search skip ahead, against their plain forms
_PLAIN_GENERIC_NAME_AFTER_A_POSSESSIVE = re.compile(
    r"(?<![\w'’])([A-Z][A-Za-z]+)['’]s\s+([A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+)+)(?!\w)")
_PLAIN_CYRILLIC_QUOTED_UNION_AFTER_KIND = re.compile(_CYRILLIC_QUOTED_UNION_AFTER_KIND.pattern.replace(
    "(?=[(А-ЯЁІЇЄҐп])", "", 1))


@given(st.lists(st.sampled_from(["PNG", "PNG's", "Fiji’s", "x's", "'s", "’s", "Trade", "Union", "Congress", "of",
                                 "and", "Workers", "A", "the", " ", "  ", "\n", ",", "'", "’", "9", "É"]), max_size=14))
@example(["PNG's", " ", "Trade", " ", "Union", " ", "Congress"])
def test_a_possessive_before_a_name_found_as_by_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.groups()) for match in _PLAIN_GENERIC_NAME_AFTER_A_POSSESSIVE.finditer(text)]
    assert [(match.span(), match.groups()) for match in _GENERIC_NAME_AFTER_A_POSSESSIVE.finditer(text)] == expected


@given(st.lists(st.sampled_from(["МПРО", "(МПРЗ)", "ПАО", "первичной", "профсоюзной", "организации", "профорганизации",
                                 "первичка", "Профсоюз", "«Учитель»", "«Действие»", "\"Захист праці\"", "“Дія”", "«",
                                 "»", "x", "-", " ", "  ", "\n"]), max_size=12))
@example(["первичной", " ", "профсоюзной", " ", "организации", " ", "«Действие»"])
@example(["(МПРЗ)", " ", "«Действие»"])
def test_a_quoted_union_after_its_kind_found_as_by_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.groups()) for match in _PLAIN_CYRILLIC_QUOTED_UNION_AFTER_KIND.finditer(text)]
    assert [(match.span(), match.groups()) for match in _CYRILLIC_QUOTED_UNION_AFTER_KIND.finditer(text)] == expected
    assert bool(expected) <= bool(_QUOTED_KIND_LETTER.search(text))


def _plain_case_folded(text: str) -> str:
    for letter, plain_letter in _IGNORECASE_LETTERS:
        text = text.replace(letter, plain_letter)
    return text.lower()


# Stems and their near misses, in other cases and with letters re.IGNORECASE matches beyond their lower case
_STEM_PIECES = [*_CAUSE_STEMS[:6], "SOLİDARİ", "ſupport", "Strike", *_OWNER_STEMS[:4], *_HOME_BASE_STEMS[:3], "WAR",
                "war", "toward", "ВОЙН", "ᲂoрлог", "kriEg", "ı", "İ", " ", "  ", "x", "é", "\n"]


@given(st.lists(st.sampled_from(_STEM_PIECES), max_size=14), st.integers(0, 120),
       st.sampled_from([_CAUSE_STEMS, _OWNER_STEMS, _HOME_BASE_STEMS, _WAR_STEMS]))
@example(["SOLİDARİ"], 8, _CAUSE_STEMS)
@example(["x", "war"], 2, _WAR_STEMS)
def test_stems_held_in_one_automaton_pass_as_by_substring_tests(pieces: list[str], start: int,
                                                                 stems: tuple[str, ...]) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    window = _plain_case_folded(text[max(0, start - 45):start])
    assert _case_folded(text[max(0, start - 45):start]) == window
    assert _holds_stem_before(text, start, stems) is any(stem in window for stem in stems)


@given(st.lists(st.sampled_from(["PNG", "PNG's", "Fiji’s", "x's", "'s", "’s", "'", "’", "s", "Trade", "Union", "Congress",
                                 "of", "and", "Workers", "A", "B", "the", "é", "É", "_", "9", " ", "  ", "\n", ","]),
                max_size=16))
@example(["PNG's", " ", "Trade", " ", "Union", " ", "Congress"])
@example(["é", "PNG's", " ", "Trade", " ", "Union", " ", "Congress"])
@example(["A", "PNG's", " ", "Trade", " ", "Union", "'s", " ", "Congress", " ", "Workers"])
def test_names_after_a_possessive_tried_at_each_possessive_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.groups()) for match in _GENERIC_NAME_AFTER_A_POSSESSIVE.finditer(text)]
    assert [(match.span(), match.groups()) for match in _names_after_a_possessive(text)] == expected


@given(st.lists(st.sampled_from(["the", "The", "THE", "he", "t", "T", "'", "’", "x", "Trade", "Union", "Congress", "of",
                                 "and", "for", "Workers", " ", "  ", "\n", "\xa0", "\u2003", "\x1c", ",", "é", "_"]),
                max_size=16))
@example(["The", " ", "Trade", " ", "Union", " ", "Congress"])
@example(["x", "the", "\xa0", "Trade", " ", "Union"])
def test_names_after_the_tried_at_each_the_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [(match.span(), match.groups()) for match in _GENERIC_NAME_AFTER_THE.finditer(text)]
    assert [(match.span(), match.groups()) for match in _names_after_the(text)] == expected


@given(st.lists(st.sampled_from(["the", "The", "THE", "he", "t", "T", "théâtre", " ", "  ", "\n", "\xa0", "\u2003", "\x1c",
                                 "Trade", "union", "Élan", "x", "'", "_"]), max_size=16))
@example(["The", " ", "Trade"])
@example(["the", "\xa0", "\n", "Trade"])
@example(["the", " ", "union", " ", "Trade"])
def test_the_before_a_capital_as_a_plain_look_at_each_t(pieces: list[str]) -> None:
    """_names_after_the's starts: each "the"/"The" with spaces and an ASCII capital after it, and every start where
    _GENERIC_NAME_AFTER_THE matches among them."""
    text = "".join(pieces)
    plain = [position for position in range(len(text)) if text[position] in "Tt" and text.startswith("he", position + 1)
             and re.match(r"\s+[A-Z]", text[position + 3:]) is not None]
    assert [found.start() - 1 for found in _THE_BEFORE_A_CAPITAL.finditer(text)] == plain
    assert {position for position in range(len(text)) if _GENERIC_NAME_AFTER_THE.match(text, position)} <= set(plain)


def test_government_seat_stems_case_folded_as_the_pattern_reads_them() -> None:
    letters = sorted({letter for stem in _GOVERNMENT_SEAT_STEMS for letter in stem if letter.isalpha()})
    pattern = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    every_character = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    replaced = dict(_IGNORECASE_LETTERS)
    for found in set(pattern.findall(every_character)):
        if found.lower() not in letters:
            assert replaced.get(found) in letters, found


_SEAT_PHRASES = ["under pressure from ", "PRESSURES by the ", "orders from ", "instructions of ", "interference by ",
                 "dictates of ", "directives from ", "presión de ", "PRESIONES desde ", "órdenes de ", "injerencia de ",
                 "pressão de ", "pressões da ", "ordens de ", "ingerência de ", "pressions de ", "ordres de ",
                 "ingérence de ", "pressione di ", "ordini da ", "ingerenza di ", "Druck aus ", "Anweisungen von ",
                 "Einmischung seitens ", "давление со стороны ", "указания ", "тиском ", "tekanan dari ",
                 "perintah dari ", "campur tangan ", "baskısıyla ", "BASKI ", "ORDERS FROM ", "ſtrong preſſure from "]


@given(st.lists(st.sampled_from([*_SEAT_PHRASES, "the ", "x", " ", "é", "İ", "ſ", "\n"]), max_size=6))
@example(["under pressure from "])
def test_government_seat_stems_held_wherever_the_pattern_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start in range(len(text) + 1):
        if _GOVERNMENT_SEAT_BEFORE.search(text, max(0, start - 40), start):
            assert _holds_stem_before(text, start, _GOVERNMENT_SEAT_STEMS), (text, start)


def test_every_government_seat_phrase_holds_a_stem() -> None:
    for phrase in _SEAT_PHRASES:
        assert _GOVERNMENT_SEAT_BEFORE.search(phrase), phrase
        assert _holds_stem_before(phrase, len(phrase), _GOVERNMENT_SEAT_STEMS), phrase


@given(st.lists(st.sampled_from(["the war in ", "la guerre en ", "Russia", "Ukraine", "Russia's invasion", "ロシアの",
                                 "ウクライナ侵攻", "toward ", "award in ", "WAR IN ", "strike in ", "France", " ", ". "]),
                max_size=8))
@example(["the war in ", "Ukraine"])
def test_war_party_asked_of_the_mention_first_as_of_the_text_first(pieces: list[str]) -> None:
    text = "".join(pieces)
    for match in default_tagger()._scan("text", text).countries:
        original, start = match.original, match.start
        plain = _speaks_of_war(original) and (
            _WAR_AFTER.match(original, match.end, match.end + 20) is not None
            or _holds_stem_before(original, start, _WAR_STEMS)
            and _WAR_BEFORE.search(original, max(0, start - 30), start) is not None)
        assert _is_war_party(match) is plain
