"""Shortcuts taken for speed by speed43 give exactly what the plain code gave (issue 14 item 3, issue 9)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching import tagger, unions
from bot.matching.unions import default_directory

# The union-name form makers as they were written before their substring guards (the patterns alone decided).


def _plain_dash_joined_forms(name: str) -> tuple[str, ...]:
    joined = unions._SPACED_DASH_BEFORE_ACRONYM.sub("-", name)
    return (joined,) if joined != name else ()


def _plain_reduplicated_forms(name: str) -> tuple[str, ...]:
    short = unions._REDUPLICATED.sub(r"\g<1>2", name)
    return (short,) if short != name else ()


def _plain_turkish_spaced_suffix_forms(name: str) -> tuple[str, ...]:
    if not unions._TURKISH_SUFFIX_NAME.search(name):
        return ()
    return (unions._TURKISH_SUFFIX_NAME.sub(r" – \1", name), unions._TURKISH_SUFFIX_NAME.sub(r" - \1", name))


def _plain_ccoo_written_forms(name: str) -> tuple[str, ...]:
    if " " not in name.strip() or unions._CCOO_WORD.search(name) is None:
        return ()
    return tuple(unions._CCOO_WORD.sub(written, name) for written in ("CC OO", "CC.OO.", "CC. OO.", "Comisiones Obreras"))


_FORM_MAKERS = (
    (unions._dash_joined_forms, _plain_dash_joined_forms),
    (unions._reduplicated_forms, _plain_reduplicated_forms),
    (unions._turkish_spaced_suffix_forms, _plain_turkish_spaced_suffix_forms),
    (unions._ccoo_written_forms, _plain_ccoo_written_forms),
)

_NAME_PIECES = ["Intersindical", "CSC", "CGT", "Pekerja", "pekerja", "PEKERJA", "Kesatuan", "KTMB", "Sağlık", "Memur",
                "Sen", "SEN", "İş", "İŞ", "Petrol", "CCOO", "CC", "OO", "de", "Federación", " ", "  ", "-", "–", "—",
                "‐", "‑", " - ", " – ", " — ", "2", "x", "é", "_", ".", ","]


def _same_forms(name: str) -> None:
    for guarded, plain in _FORM_MAKERS:
        assert guarded(name) == plain(name), (guarded.__name__, name)


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=10))
@example(["Intersindical", " – ", "CSC"])
@example(["Intersindical", " — ", "CSC"])
@example(["Kesatuan", " ", "Pekerja", "-", "pekerja", " ", "KTMB"])
@example(["Sağlık", "-", "Sen"])
@example(["Petrol", "-", "İş"])
@example(["Federación", " ", "de", " ", "CCOO"])
def test_union_name_forms_as_the_plain_patterns_give_them(pieces: list[str]) -> None:
    _same_forms("".join(pieces))


def test_union_name_forms_of_every_directory_name() -> None:
    for record in default_directory():
        for name in record.all_names:
            _same_forms(name)


# The place lookups as they were written before speed43 (three keys, whatever the name's script).


def _plain_is_country_name(automata: tagger._Automata, folded: str) -> bool:
    if not folded or folded[0] == " " or folded[-1] == " ":
        return False
    return any(automata._is_country_key(key) for key in (f" {folded} ", f" {folded}", folded))


def _plain_countries_named(automata: tagger._Automata, folded: str, surface: str | None = None) -> frozenset[str]:
    codes: set[str] = set()
    for key in (f" {folded} ", f" {folded}", folded):
        info = tagger.stored_info(automata.latin if key.isascii() else automata.other_scripts, key)
        entries = info.entries if info is not None else () if key.isascii() else automata.arabic_joined_entries(key)
        codes.update(code for entry in entries if entry.kind == "country" and entry.form in unions.NAME_COUNTRY_FORMS
                     and (surface is None or tagger._case_ok(entry, surface))
                     for code in (entry.alternatives or (entry.target,)))
    return frozenset(codes)


def _town_keys(automata: tagger._Automata) -> list[str]:
    return [part.split("\t")[0] for bucket in automata.towns._buckets for part in bucket.split("\n")[1:]]


def test_every_ascii_place_key_is_padded_at_both_ends() -> None:
    """What lets is_country_name and countries_named look up an ASCII name only as " name "."""
    automata = tagger._automata_for(default_directory())
    for stored, info in automata.latin.items():
        if any(entry.kind == "country" for entry in info.entries):
            assert stored.startswith(" ") and info.closed, stored
    assert all(key.isascii() is False for key in automata.other_scripts.keys())
    assert all(key.startswith(" ") and key.endswith(" ") for key in _town_keys(automata))


def test_country_name_lookups_as_the_plain_code_gives_them() -> None:
    automata = tagger._automata_for(default_directory())
    # every place's key, every 10th of the others (unions' names, heads), the towns'
    words = {stored.strip() for at, (stored, info) in enumerate(automata.latin.items())
             if at % 10 == 0 or any(entry.kind == "country" for entry in info.entries)}
    words |= {key.strip() for key in _town_keys(automata)}
    words |= {"", " ", "x", " france", "france ", "union", "unions", "sindicato", "france", "France", "uk", "congo"}
    words |= set(tagger._SIGNALS)
    words |= {stored.strip() for at, stored in enumerate(automata.other_scripts.keys()) if at % 7 == 0}
    for folded in sorted(words):
        assert automata.is_country_name(folded) == _plain_is_country_name(automata, folded), folded
        assert automata.countries_named(folded) == _plain_countries_named(automata, folded), folded
        surface = folded.title()
        assert automata.countries_named(folded, surface) == _plain_countries_named(automata, folded, surface), folded
