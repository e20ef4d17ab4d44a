"""Canonical URLs and fingerprints."""

import hashlib
import re
import string
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest import dedup
from bot.ingest.corpus import split_document
from tests.conftest import SEED_DIR
from tests.realnews import load_realnews


def test_canonical_url_drops_tracking_and_noise() -> None:
    assert dedup.canonical_url("HTTPS://Example.org:443/news/item/?utm_source=x&id=3&fbclid=abc#top") == (
        "https://example.org/news/item?id=3"
    )
    assert dedup.canonical_url("http://example.org:8080/a") == "http://example.org:8080/a"
    assert dedup.canonical_url(None) is None


def test_copies_differing_in_formatting_share_a_content_hash() -> None:
    assert dedup.content_hash("Strike!", "Workers  walk out.") == dedup.content_hash("strike", "Workers walk\nout")


def test_simhash_near_duplicates_and_distinct_stories() -> None:
    first, second = split_document((SEED_DIR / "000_d5ff907e01da617d.txt").read_text(encoding="utf-8"))
    edited = first.text.replace("Afiaddin Mammadov", "Afiyyaddin Mammadov").replace("In 2022,", "In 2022")
    original = dedup.simhash(first.text)
    assert dedup.is_near_duplicate(original, dedup.simhash(edited))
    assert not dedup.is_near_duplicate(original, dedup.simhash(second.text))


def test_near_duplicates_share_a_band() -> None:
    value = dedup.simhash("a b c d e f g h")
    flipped = value ^ (1 << 3) ^ (1 << 20) ^ (1 << 50)
    assert any(a == b for a, b in zip(dedup.fingerprint_bands(value), dedup.fingerprint_bands(flipped), strict=True))


def test_signed_round_trip() -> None:
    for value in (0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1):
        signed = dedup.to_signed64(value)
        assert -(1 << 63) <= signed < (1 << 63)
        assert dedup.to_unsigned64(signed) == value


def reference_simhash(text: str) -> int:
    """SimHash as first defined, bit by bit: stored fingerprints were computed this way, so the fast
    version must give the very same bits."""
    normalised = dedup.normalise_for_comparison(text)
    words = [word for word in normalised.split() if not re.search(r"\d", word)] or normalised.split()
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))] if words else []
    counts = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            counts[bit] += (value >> bit) & 1
    return sum(1 << bit for bit in range(64) if 2 * counts[bit] > len(shingles))


def test_simhash_keeps_the_fingerprints_already_stored() -> None:
    assert dedup.simhash("a b c d e f g h") == 0x3ACC82068503F8B2
    assert dedup.simhash("Strike at the port: 300 dockers walk out") == 0xC4063B274FDF9E85
    assert dedup.simhash("Huelga en el puerto: los estibadores paran") == 0x5F6FB452BB2F144E
    assert dedup.simhash("x") == 0x4ADF4367F96E584F
    assert dedup.simhash("") == 0


def test_simhash_matches_the_reference_on_real_news() -> None:
    for story in load_realnews():
        text = f"{story['title']} {story['text']}"
        assert dedup.simhash(text) == reference_simhash(text), story["id"]


def test_simhash_matches_the_reference_around_the_tally_chunks() -> None:
    # 255 digests are summed at a time: counts at and across that edge. One shingle repeated sets every
    # count to 0 or all; two alternating ones give exact ties; varied words give everything between.
    # Over 65,535 shingles the tally goes bit by bit.
    for count in (1, 2, 3, 4, 5, 254, 255, 256, 257, 258, 510, 511, 512, 1000, 65_535, 65_536):
        words = range(count + 2)
        for text in (
            " ".join("strike" for _ in words),
            " ".join("ab"[index % 2] for index in words),
            " ".join(chr(97 + index % 26) + chr(97 + index // 26 % 3) for index in words),
        ):
            assert dedup.simhash(text) == reference_simhash(text), (count, text[:20])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c1 é_²٣ ÅⅫ中\n"), max_size=400))
def test_simhash_matches_the_reference_on_random_text(text: str) -> None:
    assert dedup.simhash(text) == reference_simhash(text)


def test_story_fingerprints_keep_the_values_already_stored() -> None:
    # computed before ASCII text was split without the regular expression
    assert dedup.story_fingerprints("Strike!", "Workers  walk out at 10:31, ref 9f86d081.") == (
        "62cc6ac84006dd90ddcf8b8529676c7b893e594329780df2c987829c9b7581f9", 73219925124143440
    )
    assert dedup.story_fingerprints("Huelga en el puerto", "Los estibadores paran: Straße ٣ ÅⅫ") == (
        "97214aa51b2a7d4fcd416862e2ffe1d3a6543a0bb822804edde6978e55eba67b", 6809429797622453358
    )
    assert dedup.story_fingerprints(None, "")[1] == 0


def reference_normalised(text: str) -> str:
    """normalise_for_comparison by regular expression alone, as first written."""
    folded = text.casefold()
    if not folded.isascii():
        folded = dedup.COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded))
    return " ".join(re.findall(r"\w+", folded))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*string.printable, "\x00", "\x7f", "\x1f", "ß", "é", "٣", "K"]), max_size=300))
def test_normalised_text_matches_the_regular_expression(text: str) -> None:
    assert dedup.normalise_for_comparison(text) == reference_normalised(text)
    assert dedup.simhash(text) == reference_simhash(text)
