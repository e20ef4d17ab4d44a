"""Shortcuts taken for speed by speed43 give exactly what the plain code gave (issue 14 item 3, issue 9)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from bot.matching import unions
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
