"""The corpus splitter finds exactly the hand-labeled seed stories, and bad documents get clear messages."""

import codecs
import datetime as dt
import re
from pathlib import Path

import pytest

from bot.ingest import corpus
from bot.ingest.corpus import CorpusReadError, decode_document, list_corpus_files, read_document, split_document
from tests.conftest import SEED_DIR


def test_seed_documents_split_into_the_labeled_stories(eval_stories: list[dict]) -> None:
    found = {
        (path.name, story.index): story
        for path in sorted(SEED_DIR.glob("*.txt"))
        for story in split_document(path.read_text(encoding="utf-8"))
    }
    assert len(found) == len(eval_stories) == 11
    for expected in eval_stories:
        story = found[(expected["file"], expected["index"])]
        assert story.title == expected["title"]
        assert (story.published.isoformat() if story.published else None) == expected["date"]
        assert len(story.text) > 500


def test_subheadings_and_captions_do_not_split_a_story() -> None:
    stories = split_document((SEED_DIR / "002_ffc5cb674be006d1.txt").read_text(encoding="utf-8"))
    assert len(stories) == 1
    assert "Who are the arrested activists?" in stories[0].text
    assert stories[0].text.rstrip().endswith("protection for the targeted activists.")
    pakistan = split_document((SEED_DIR / "001_ab2b13407a4f9a53.txt").read_text(encoding="utf-8"))[1]
    assert "PHOTO: Zehra Khan" in pakistan.text and "By LabourStart correspondent" in pakistan.text


def test_date_header_without_a_headline_keeps_the_lead_as_text() -> None:
    story = split_document((SEED_DIR / "004_2388312c0739207a.txt").read_text(encoding="utf-8"))[0]
    assert story.title is None
    assert story.text.startswith("BAKU, Azerbaijan, January 19.")
    assert story.published == dt.date(2025, 1, 19)


def test_empty_and_blank_documents_have_no_stories() -> None:
    assert split_document("") == []
    assert split_document("\n  \n\t\n") == []


def test_single_paragraph_document_is_one_untitled_story() -> None:
    stories = split_document("Workers at the port walked out on Monday demanding safety equipment.")
    assert [(story.title, story.text[:7]) for story in stories] == [(None, "Workers")]


def test_non_utf8_text_is_decoded_with_a_warning() -> None:
    text, warning = decode_document("Grève générale à Niamey".encode("cp1252"))
    assert text == "Grève générale à Niamey"
    assert warning and "not UTF-8" in warning
    assert decode_document(b"plain") == ("plain", None)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x00\xff\xfe\x00")
    with pytest.raises(CorpusReadError, match="binary file"):
        read_document(path)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CorpusReadError, match="no such file or folder"):
        list_corpus_files(tmp_path / "missing")


def test_folder_listing_takes_text_documents_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [path.name for path in list_corpus_files(tmp_path)] == ["a.txt", "b.md"]


# --- hostile documents (issue 15) ---


class CountingPattern:
    """A stand-in for a compiled regex that counts the characters its finditer is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        self.scanned += len(text)
        return self.pattern.finditer(text)


def test_splitting_reads_each_paragraph_for_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long story whose subheadings all share its names: the old splitter rescanned the whole story
    so far at every subheading (2,000 paragraphs: 23 s on the event loop; 12,000: over 330 s)."""
    paragraph = ("The dock workers of Baku met Azerbaijan's port authority and the Caspian Shipping Company, "
                 "said Elnur Mammadov, while SOCAR and the ministry talked in Baku. ") * 2
    text = "\n\n".join("Port Workers Meet In Baku" if number % 2 else paragraph for number in range(300))
    counting = CountingPattern(corpus.NAME_TOKEN)
    monkeypatch.setattr(corpus, "NAME_TOKEN", counting)

    stories = split_document(text)

    assert len(stories) == 1
    assert counting.scanned <= len(text)  # linear: each paragraph once


def test_odd_length_utf16_is_decoded_with_a_note() -> None:
    data = codecs.BOM_UTF16_LE + "Dockers strike".encode("utf-16-le") + b"x"
    text, warning = decode_document(data)
    assert text == "Dockers strike\ufffd"
    assert warning == "not valid UTF-16-LE (bad bytes at position 30); replaced"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF16_BE + "Grève".encode("utf-16-be"), "Grève"),
        (codecs.BOM_UTF32_LE + "Grève".encode("utf-32-le"), "Grève"),
        (codecs.BOM_UTF8 + "Grève".encode(), "Grève"),
        (("Grève générale. " * 10 + "\x00").encode(), "Grève générale. " * 10),  # a stray NUL is dropped
    ],
)
def test_byte_order_marks_and_nuls(data: bytes, text: str) -> None:
    assert decode_document(data) == (text, None)


def test_shift_jis_is_detected_not_read_as_mojibake() -> None:
    japanese = "東京の港湾労働者が賃上げを求めてストライキを行った。"
    text, warning = decode_document(japanese.encode("shift_jis"))
    assert text == japanese
    assert warning == "not UTF-8 (bad byte at position 0); read as Shift-JIS (cp932)"


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(1000), b"text\x01\x02\x03\x04" * 50])
def test_binary_files_are_refused_not_stored(data: bytes) -> None:
    with pytest.raises(CorpusReadError, match="binary file"):
        decode_document(data)
