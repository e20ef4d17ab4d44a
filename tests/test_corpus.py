"""The corpus splitter finds exactly the hand-labeled seed stories, and bad documents get clear messages."""

import datetime as dt
from pathlib import Path

import pytest

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
    assert decode_document("plain".encode()) == ("plain", None)


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
