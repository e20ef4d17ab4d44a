"""The matcher's build kept on disk (bot.matching.cache): a tagger read from the cache tags as a built one; the key
follows the code, the data, the directory's records and the versions; anything unreadable, foreign or unwritable
means building, never a crash. Every cache here is a tmp_path (conftest.py turns the cache off for other tests)."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import shutil
import stat
import sys
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.bench_tagger import synthetic_stories
from bot.cli import use_matcher_cache
from bot.config import ConfigError, MatchingConfig, parse_config
from bot.matching import Tagger, UnionDirectory, UnionRecord, default_directory, default_tagger
from bot.matching import cache as matcher_cache
from bot.matching.unions import country_words
from tests.realnews import load_realnews

ROOT = Path(__file__).resolve().parent.parent
SMALL_RECORDS = [UnionRecord(id="labor-desk", name="Labour Desk Workers Union", acronyms=("LDWU",), country="AZ"),
                 UnionRecord(id="dock-union", name="Dock Workers Union of Kenya", country="KE")]


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test (not yet made), in use until the test ends."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(matcher_cache, "_folder", folder)
    return folder


def _records_of(directory: UnionDirectory) -> list[UnionRecord]:
    return list(directory)


class _Builds:
    """A stand-in for the tagger's build: a UnionRecord (a class a build may hold), counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, directory: UnionDirectory) -> UnionRecord:
        self.calls += 1
        return UnionRecord(id="built", name=f"built for {len(directory)} records")


def _cached(build: Callable[[UnionDirectory], UnionRecord]) -> UnionRecord:
    return matcher_cache.cached_automata(UnionDirectory(SMALL_RECORDS), build, UnionRecord)


def _only_file(folder: Path) -> Path:
    files = sorted(folder.glob("matcher-*.pickle"))
    assert len(files) == 1, files
    return files[0]


def test_the_suite_keeps_no_build_on_disk() -> None:
    assert matcher_cache.cache_dir() is None
    assert os.environ["XDG_CACHE_HOME"] != str(Path.home() / ".cache")


def _stories() -> Iterator[tuple[str, str, str | None]]:
    """(title, text, language) of the real-news tune half (with and without the language) and 150 bench stories."""
    for story in load_realnews("tune"):
        yield story["title"], story["text"], story["lang"]
        yield story["title"], story["text"], None
    for title, text in synthetic_stories(150):
        yield title, text, None


def test_a_cached_tagger_tags_as_a_built_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    built = default_tagger()  # built without the cache (conftest.py)
    assert matcher_cache.cache_dir() is None
    folder = tmp_path / "cache"
    monkeypatch.setattr(matcher_cache, "_folder", folder)
    caplog.set_level(logging.INFO, logger=matcher_cache.__name__)
    Tagger(UnionDirectory(_records_of(default_directory())))  # built, and written to the cache
    assert "cached in" in caplog.text
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(_only_file(folder).stat().st_mode) == 0o600
    caplog.clear()
    loaded = Tagger(UnionDirectory(_records_of(default_directory())))
    assert "matcher loaded from" in caplog.text and "cached in" not in caplog.text
    assert loaded._automata is not built._automata  # noqa: SLF001
    stories = list(_stories())
    assert len(stories) >= 400
    for title, text, language in stories:
        assert loaded.tag(title, text, language) == built.tag(title, text, language), title
    # the directory's lookups came from the file too, and answer as the built ones
    assert loaded.unions.built_lookups() == built.unions.built_lookups()
    # and, as a built one (bot/service/roles.py freezes the start's tagger), it is freed by reference counting alone
    tagger, directory = weakref.ref(loaded), weakref.ref(loaded.unions)
    gc.disable()
    try:
        del loaded
        assert tagger() is None and directory() is None
    finally:
        gc.enable()


def _package_copy(tmp_path: Path) -> Path:
    """A copy of the files the key reads: bot/matching's sources and bot/data."""
    package = tmp_path / "package"
    shutil.copytree(ROOT / "bot" / "matching", package / "matching", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "bot" / "data", package / "data")
    return package


def test_the_key_follows_sources_data_records_and_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package_copy(tmp_path)
    monkeypatch.setattr(matcher_cache, "_package", lambda: package)
    directory = UnionDirectory(SMALL_RECORDS)
    first = matcher_cache.matcher_key(directory)
    assert matcher_cache.matcher_key(UnionDirectory(SMALL_RECORDS)) == first  # the same records, another object
    keys = {first}

    def changed_key() -> str:
        key = matcher_cache.matcher_key(directory)
        assert key not in keys
        keys.add(key)
        return key

    with (package / "data" / "places.tsv").open("a", encoding="utf-8") as places:
        places.write("\n")
    changed_key()
    source = package / "matching" / "recognise.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    changed_key()
    (package / "data" / "new_table.tsv").write_text("a\tb\n", encoding="utf-8")
    changed_key()
    directory = directory.with_extra([{"id": "added-by-admin", "name": "Added Union", "country": "FR"}])
    changed_key()
    directory = UnionDirectory([*SMALL_RECORDS[1:], SMALL_RECORDS[0], *list(directory)[2:]])  # the records' order
    changed_key()
    versions = matcher_cache.metadata.version
    monkeypatch.setattr(matcher_cache.metadata, "version",
                        lambda name: "99.0" if name == "pyahocorasick" else versions(name))
    changed_key()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    changed_key()
    # what the key does not read leaves it alone
    (package / "matching" / "__pycache__").mkdir()
    (package / "matching" / "__pycache__" / "tagger.cpython-311.pyc").write_bytes(b"\0")
    assert matcher_cache.matcher_key(directory) in keys


def test_a_build_is_written_once_then_read(cache_in: Path) -> None:
    builds = _Builds()
    assert _cached(builds).id == "built" and builds.calls == 1
    assert _cached(builds).name == "built for 2 records" and builds.calls == 1
    assert _only_file(cache_in).name == f"matcher-{matcher_cache.matcher_key(UnionDirectory(SMALL_RECORDS))}.pickle"


def _damaged(change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        path.write_bytes(change(path.read_bytes()))
    return damage


def _flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


def _planted(path: Path) -> None:
    """A file with a correct header whose pickle calls a function (os.system): written by someone else."""
    payload = pickle.dumps(_Planted(), protocol=5)
    key = path.name.removeprefix("matcher-").removesuffix(".pickle")
    path.write_bytes(b"solidarity-alerts matcher build\n" + f"{key}\n{hashlib.sha256(payload).hexdigest()}\n".encode()
                     + payload)


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, ("touch planted-file-ran",)


@pytest.mark.parametrize("damage", [
    pytest.param(_damaged(lambda data: data[: len(data) // 2]), id="truncated"),
    pytest.param(_damaged(lambda data: b""), id="empty"),
    pytest.param(_damaged(_flip_last_byte), id="corrupt"),
    pytest.param(_damaged(lambda data: b"not a cache\n" + data), id="foreign"),
    pytest.param(_damaged(lambda data: data.replace(data[32:40], b"00000000", 1)), id="another key"),
    pytest.param(_planted, id="planted"),
])
def test_a_damaged_or_foreign_file_is_rebuilt(cache_in: Path, damage: Callable[[Path], None],
                                              caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    builds = _Builds()
    _cached(builds)
    damage(_only_file(cache_in))
    caplog.clear()
    assert _cached(builds).id == "built" and builds.calls == 2
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and "cannot use the cached matcher" in warnings[0].getMessage()
    assert not (tmp_path / "planted-file-ran").exists()
    assert _cached(builds).id == "built" and builds.calls == 2  # written anew, read again


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_folder_others_may_write_to_is_neither_read_nor_written(cache_in: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    builds = _Builds()
    _cached(builds)
    cache_in.chmod(0o777)
    assert _cached(builds).id == "built" and builds.calls == 2
    assert "others may write to" in caplog.text
    cache_in.chmod(0o700)
    _only_file(cache_in).chmod(0o666)
    assert _cached(builds).id == "built" and builds.calls == 3


def test_an_unwritable_folder_means_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a file").write_text("")
    monkeypatch.setattr(matcher_cache, "_folder", tmp_path / "a file" / "cache")  # its parent is a file
    builds = _Builds()
    assert _cached(builds).id == "built" and _cached(builds).id == "built" and builds.calls == 2
    assert caplog.text.count("cannot cache the matcher") == 2


def test_a_read_only_disk_means_building(cache_in: Path, monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(matcher_cache.tempfile, "mkstemp", read_only)
    builds = _Builds()
    assert _cached(builds).id == "built" and builds.calls == 1
    assert "cannot cache the matcher" in caplog.text and "Read-only file system" in caplog.text
    assert not list(cache_in.iterdir())


def test_an_unreadable_file_means_building(cache_in: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    builds = _Builds()
    _cached(builds)
    real_open = Path.open

    def refused(path: Path, *args: object, **kwargs: object) -> object:
        if path.name.startswith("matcher-"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refused)
    assert _cached(builds).id == "built" and builds.calls == 2
    assert "cannot read the cached matcher" in caplog.text


def test_source_files_changed_since_the_start_mean_building_without_the_cache(
        cache_in: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(matcher_cache, "_started_with", [b"digest of the code this process started with"])
    builds = _Builds()
    assert _cached(builds).id == "built" and builds.calls == 1
    assert "changed since this process started" in caplog.text and "not using the matcher's cache" in caplog.text
    assert not cache_in.exists()


def test_only_the_newest_files_are_kept(cache_in: Path) -> None:
    builds = _Builds()
    for number in range(matcher_cache.KEPT_FILES + 2):
        matcher_cache.cached_automata(UnionDirectory([*SMALL_RECORDS, UnionRecord(id=f"u{number}", name=f"U {number}")]),
                                      builds, UnionRecord)
        newest = max(cache_in.glob("matcher-*.pickle"), key=lambda path: path.stat().st_mtime_ns)
        os.utime(newest, ns=(number * 10**9, number * 10**9))  # file times a second apart
    (cache_in / "matcher-dead.tmp").write_bytes(b"left by a writer that died")
    os.utime(cache_in / "matcher-dead.tmp", (0, 0))
    matcher_cache.cached_automata(UnionDirectory(SMALL_RECORDS), builds, UnionRecord)
    assert len(list(cache_in.glob("matcher-*.pickle"))) == matcher_cache.KEPT_FILES
    assert not (cache_in / "matcher-dead.tmp").exists()


def test_country_tables_come_from_the_file(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _Builds()
    _cached(builds)
    words = dict(country_words())
    country_words.cache_clear()
    monkeypatch.setattr(matcher_cache.country_words, "_compute", lambda: pytest.fail("the gazetteer was read"))
    _cached(builds)
    assert country_words() == words and builds.calls == 1


def test_the_config_keys(tmp_path: Path) -> None:
    assert parse_config({}, environ={}).matching == MatchingConfig(cache=True, cache_dir=None)
    config = parse_config({"matching": {"cache": False, "cache_dir": "~/bot-cache"}}, environ={})
    assert config.matching == MatchingConfig(cache=False, cache_dir=Path.home() / "bot-cache")
    from_environment = parse_config({}, environ={"SOLIDARITY_MATCHING_CACHE_DIR": str(tmp_path)})
    assert from_environment.matching.cache_dir == tmp_path
    for bad, message in (({"cache": "yes"}, "matching.cache: expected true or false"),
                         ({"cache_dir": ""}, "matching.cache_dir: must not be empty"),
                         ({"cache_dir": 3}, "matching.cache_dir: expected a string")):
        with pytest.raises(ConfigError, match=message):
            parse_config({"matching": bad}, environ={})


def test_the_cli_uses_the_configured_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher_cache, "_folder", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    use_matcher_cache(parse_config({"matching": {"cache_dir": str(tmp_path / "mine")}}, environ={}))
    assert matcher_cache.cache_dir() == tmp_path / "mine"
    use_matcher_cache(parse_config({}, environ={}))
    assert matcher_cache.cache_dir() == tmp_path / "xdg" / "solidarity-alerts"
    use_matcher_cache(parse_config({"matching": {"cache": False}}, environ={}))
    assert matcher_cache.cache_dir() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as the XDG rule says
    assert matcher_cache.default_cache_dir() == Path.home() / ".cache" / "solidarity-alerts"

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    use_matcher_cache(parse_config({}, environ={}))
    assert matcher_cache.cache_dir() is None  # built at every start, never a crash


def test_a_key_that_cannot_be_made_means_building(cache_in: Path, monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    def unreadable() -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(matcher_cache, "_package", unreadable)
    builds = _Builds()
    assert _cached(builds).id == "built" and builds.calls == 1
    assert "not using the matcher's cache: cannot key it" in caplog.text
