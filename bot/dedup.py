"""Duplicate detection: canonical URLs, exact content hashes and 64-bit SimHash fingerprints (pure)."""

from __future__ import annotations

import hashlib
import re
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
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMETERS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def normalise_for_comparison(text: str) -> str:
    """Case, accents, punctuation and spacing removed: what two copies of one text share."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(WORD.findall(without_marks))


def content_hash(title: str | None, text: str) -> str:
    """SHA-256 of the normalised title and text: equal for copies that differ only in formatting."""
    return hashlib.sha256(normalise_for_comparison(f"{title or ''}\n{text}").encode()).hexdigest()


def simhash(text: str) -> int:
    """A 64-bit SimHash over word shingles (unsigned)."""
    words = normalise_for_comparison(text).split()
    if len(words) < SHINGLE_WORDS:
        shingles = [" ".join(words)] if words else []
    else:
        shingles = [" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]
    weights = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def hamming_distance(first: int, second: int) -> int:
    """How many bits two fingerprints differ in."""
    return ((first ^ second) & 0xFFFF_FFFF_FFFF_FFFF).bit_count()


def is_near_duplicate(first: int, second: int) -> bool:
    """Whether two fingerprints are close enough to be the same story."""
    return hamming_distance(first, second) <= NEAR_DUPLICATE_BITS


def fingerprint_bands(fingerprint: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands of an unsigned fingerprint."""
    mask = (1 << BAND_BITS) - 1
    return tuple((fingerprint >> (BAND_BITS * band)) & mask for band in range(4))  # type: ignore[return-value]


def to_signed64(value: int) -> int:
    """An unsigned 64-bit value as the signed integer a BIGINT column holds."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned64(value: int) -> int:
    """The inverse of to_signed64."""
    return value + (1 << 64) if value < 0 else value
