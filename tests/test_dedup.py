"""Canonical URLs and fingerprints."""

from bot.ingest import dedup
from bot.ingest.corpus import split_document
from tests.conftest import SEED_DIR


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
