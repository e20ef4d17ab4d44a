"""Duplicate detection: canonical URLs, exact content hashes and 64-bit SimHash fingerprints (pure)."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "ref", "ref_src", "_hsenc", "_hsmi"}
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
SHINGLE_WORDS = 3
NEAR_DUPLICATE_BITS = 3
"""Fingerprints this many bits apart or fewer are the same story. With 4 bands of 16 bits, two such
fingerprints always share at least one band exactly, which is what makes the lookup indexable."""
BAND_BITS = 16
WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
COMBINING_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def canonical_url(url: str | None) -> str | None:
    """The URL without tracking parameters, fragment, default port or letter-case noise in the host."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (key, value)
        for key, value in (parse_qsl(parts.query, keep_blank_values=True) if parts.query else ())
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)) if query else "", ""))


def normalise_for_comparison(text: str) -> str:
    """Case, accents, punctuation and spacing removed: what two copies of one text share."""
    return b" ".join(_comparison_words(text)[0]).decode()


# On ASCII text \w is [A-Za-z0-9_]: every other byte becomes a space, and splitting on spaces gives what
# the regular expression finds, in one C pass instead of a match per word.
_ASCII_NON_WORD_TO_SPACE = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or byte == ord("_")) else ord(" ") for byte in range(256)
)
_ASCII_DIGIT = re.compile(rb"[0-9]")


def _comparison_words(text: str) -> tuple[list[bytes], list[bytes]]:
    """The words of normalise_for_comparison in UTF-8, and those of them that hold no digit (SimHash's)."""
    folded = text.casefold()
    if folded.isascii():
        words = folded.encode().translate(_ASCII_NON_WORD_TO_SPACE).split()
        return words, [word for word in words if word.isalpha() or not _ASCII_DIGIT.search(word)]
    unicode_words = WORD.findall(COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", folded)))
    # Words hold no space, and no UTF-8 sequence holds byte 0x20: the joined bytes split into the words' own.
    words = " ".join(unicode_words).encode().split(b" ") if unicode_words else []
    # A word of letters only (isalpha: no decimal digit) skips the regex.
    return words, [
        encoded for word, encoded in zip(unicode_words, words, strict=True) if word.isalpha() or not DIGIT.search(word)
    ]


def content_hash(title: str | None, text: str) -> str:
    """SHA-256 of the normalised title and text: equal for copies that differ only in formatting."""
    return story_fingerprints(title, text)[0]


def story_fingerprints(title: str | None, text: str) -> tuple[str, int]:
    """A story's content hash and SimHash, normalising its text once for both."""
    words, without_digits = _comparison_words(f"{title or ''} {text}")
    return hashlib.sha256(b" ".join(words)).hexdigest(), _simhash_of_words(without_digits or words)


# BIT_IN_BYTE[i] maps a byte to 1 when its bit i is set, else 0: with bytes.translate the per-bit tallies
# over all shingles run in C instead of a Python loop over 64 bits per shingle.
BIT_IN_BYTE = tuple(bytes((value >> bit) & 1 for value in range(256)) for bit in range(8))
_SHINGLE_HASH = hashlib.blake2b(digest_size=8)
"""Copied for each shingle: a copy skips the constructor's parameter handling (about a third of the cost)."""
_LANES_PER_SUM = 255  # 8-byte words summed at once: each byte lane then holds a count of at most 255
_EVEN_LANES = 0x00FF_00FF_00FF_00FF
_LOW_BIT_OF_PAIRS = 0x0001_0001_0001_0001
_MAX_LANE_COUNT = 0xFFFF  # the most shingles the 16-bit lanes of _majority_bits can count and compare


def simhash(text: str) -> int:
    """A 64-bit SimHash over word shingles (unsigned), ignoring words that contain digits."""
    words, without_digits = _comparison_words(text)
    return _simhash_of_words(without_digits or words)


def _simhash_of_words(words: list[bytes]) -> int:
    """The SimHash of the shingles of normalised words (UTF-8). Words with digits (times, dates, counters,
    tracking ids) are left out by the caller unless every word has one: a feed that stamps each poll's copy
    with "updated 10:31, ref 9f86d081" under a new guid still shows the same story."""
    if len(words) < SHINGLE_WORDS:
        shingles = [b" ".join(words)] if words else []
    else:
        shingles = list(map(b" ".join, zip(words, words[1:], words[2:], strict=False)))  # stops at the last full shingle
    digests = []
    for shingle in shingles:
        shingle_hash = _SHINGLE_HASH.copy()
        shingle_hash.update(shingle)
        digests.append(shingle_hash.digest())
    return _majority_bits(b"".join(digests), len(shingles))


def _majority_bits(digests: bytes, count: int) -> int:
    """The 64 bits set in more than half of `count` 8-byte digests (big-endian: byte 0 holds bits 63..56)."""
    if count > _MAX_LANE_COUNT:
        return _majority_bits_by_column(digests, count)
    # For each bit i of a byte, translate keeps that bit as a 0/1 byte; summing the digests as native
    # 8-byte integers (255 at a time, so no byte lane carries) counts it for all 8 byte positions at
    # once. The counts are split into 16-bit lanes, where adding 0x8000 - (count // 2 + 1) sets a lane's
    # bit 15 exactly when its count is over half.
    threshold = (0x8000 - (count // 2 + 1)) * _LOW_BIT_OF_PAIRS
    lanes_bits = 0  # bit i of native byte lane j at 8 * j + i
    for bit in range(8):
        ones = memoryview(digests.translate(BIT_IN_BYTE[bit])).cast("Q")
        even = odd = 0
        for start in range(0, len(ones), _LANES_PER_SUM):
            lanes = sum(ones[start : start + _LANES_PER_SUM])
            even += lanes & _EVEN_LANES
            odd += (lanes >> 8) & _EVEN_LANES
        lanes_bits |= (((even + threshold) >> 15) & _LOW_BIT_OF_PAIRS) << bit
        lanes_bits |= (((odd + threshold) >> 15) & _LOW_BIT_OF_PAIRS) << (bit + 8)
    # Native lane j is the digests' byte j: on a little-endian machine it must move to bits 8 * (7 - j).
    return int.from_bytes(lanes_bits.to_bytes(8, sys.byteorder), "big")


def _majority_bits_by_column(digests: bytes, count: int) -> int:
    """_majority_bits for any count (a story of over 65,535 shingles), one tally per bit."""
    fingerprint = 0
    for byte_index in range(8):
        column = digests[byte_index::8]
        for bit in range(8):
            if 2 * column.translate(BIT_IN_BYTE[bit]).count(1) > count:
                fingerprint |= 1 << ((7 - byte_index) * 8 + bit)
    return fingerprint


def hamming_distance(first: int, second: int) -> int:
    """How many bits two fingerprints differ in."""
    return ((first ^ second) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def is_near_duplicate(first: int, second: int) -> bool:
    """Whether two fingerprints are close enough to be the same story."""
    return hamming_distance(first, second) <= NEAR_DUPLICATE_BITS


def fingerprint_bands(fingerprint: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands of an unsigned fingerprint."""
    mask = (1 << BAND_BITS) - 1
    first, second, third, fourth = ((fingerprint >> (BAND_BITS * band)) & mask for band in range(4))
    return first, second, third, fourth


def to_signed64(value: int) -> int:
    """An unsigned 64-bit value as the signed integer a BIGINT column holds."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned64(value: int) -> int:
    """The inverse of to_signed64."""
    return value + (1 << 64) if value < 0 else value
