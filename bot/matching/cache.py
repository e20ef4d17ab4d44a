"""The matcher's build kept on disk between starts: building it costs 1.5-2.7 s of CPU at every start of
`solidarity-bot` (issue 14 item 3, issue 9); a start that reads it back takes ~0.35 s (bench_tagger.py --startup).

What is kept is exactly what the build computes from inputs the key covers (a `MatcherBuild`): the tagger's two tries
and its towns (tagger._Automata), the gazetteer's country-word tables the union directory reads (unions.BuildTable),
and the directory's lookups by name, variant, near variant and misspelling (unions.DirectoryLookups). The key is a
SHA-256 over this package's source files, every file of bot/data, the union directory's records in their order (the
bundled ones and any an admin added from the chat: the database feeds the build only through them), the Python build,
and the versions of pyahocorasick (whose automaton is pickled) and pycountry (whose ISO names the gazetteer reads).
Nothing else feeds the build: it reads no environment variable, and unions discovered in stories are found per story,
not built in.

The cache lives in one directory per user (`use_cache_dir`, which the bot's commands call from `[matching]`:
by default under $XDG_CACHE_HOME or ~/.cache; a library caller keeps none unless it calls it), made
0700, a file per key written atomically (a temporary file, then os.replace), at most KEPT_FILES of them. A file is
read only from that directory, only under its key's name, only when its header repeats the key and a SHA-256 of
the rest matches. Any failure (no file yet, unreadable, truncated, corrupt, another format, a directory others may
write to, a disk that refuses the write) means the matcher is built as without a cache, with one log line; nothing
stale is ever used, and nothing here raises.

Pickle is used because the tries are pyahocorasick automata, which pickle themselves (and it reads the rest, the
values of ~87,000 keys, at C speed); unpickling runs code named in the file it reads. That is safe enough here: a
file is read only from a directory owned by this user that no one else may write to (checked before each read, as is
the file's owner), so whoever could plant a file there could run code as this user anyway; the header's key and
digest keep out truncated, corrupt and other versions' files; and the unpickler accepts only the classes a build
holds (`_BuildUnpickler`), so even a planted file cannot call a function.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import platform
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import fields
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TypeVar

from bot.matching.unions import (
    DirectoryLookups,
    UnionDirectory,
    UnionRecord,
    country_acronym_words,
    country_words,
    cyrillic_country_words,
)

logger = logging.getLogger(__name__)

CACHE_FORMAT = 1  # raised when the file's layout (not the build's content: the key covers that) changes
APP_FOLDER = "solidarity-alerts"
KEPT_FILES = 4  # the newest files kept: the bundled directory's and the bot's (with admins' unions), and a spare
STALE_TEMPORARY_SECONDS = 3600  # a temporary file this old is a writer's that died
PICKLE_PROTOCOL = 5
_MAGIC = b"solidarity-alerts matcher build\n"
_HEADER_LENGTH = len(_MAGIC) + 2 * (64 + 1)  # then the key's and the contents' SHA-256 in hex, a line each
_CHUNK = 1 << 20
_PREFIX, _SUFFIX, _TEMPORARY_SUFFIX = "matcher-", ".pickle", ".tmp"
_DISTRIBUTIONS = ("pyahocorasick", "pycountry")
_COUNTRY_TABLES = (country_words, country_acronym_words, cyrillic_country_words)
_RECORD_FIELDS = tuple(field.name for field in fields(UnionRecord))

Automata = TypeVar("Automata")


class MatcherBuild(NamedTuple):
    """What a tagger's build computes from the inputs `matcher_key` covers."""

    automata: Any                                           # tagger._Automata (this module does not import it)
    country_tables: tuple[dict[str, str], dict[str, str], dict[str, str]]  # _COUNTRY_TABLES' tables, in order
    lookups: DirectoryLookups


def default_cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/solidarity-alerts, or ~/.cache/solidarity-alerts where XDG_CACHE_HOME is unset or not an
    absolute path (the XDG base directory rule); None (logged) for a user without a home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):
        return Path(base) / APP_FOLDER
    try:
        return Path.home() / ".cache" / APP_FOLDER
    except (RuntimeError, KeyError):  # no HOME and no home folder in the password database
        logger.warning("no home folder to keep the matcher's cache in: set matching.cache_dir to keep it")
        return None


_folder: Path | None = None


def use_cache_dir(folder: str | os.PathLike[str] | None) -> None:
    """Keep the matcher's build in `folder` (made 0700 at the first write), or in none (None: build at every start).
    Until this is called the build is kept nowhere: the bot's commands call it from `[matching]`; a library caller
    (a benchmark, the tests, bench/eval_matching.py) writes nothing to disk unless it asks to."""
    global _folder
    _folder = None if folder is None else Path(folder).expanduser()


def cache_dir() -> Path | None:
    """The directory the matcher's build is kept in, or None when it is kept nowhere."""
    return _folder


def cached_automata(directory: UnionDirectory, build: Callable[[UnionDirectory], Automata],
                    kind: type[Automata]) -> Automata:
    """`build(directory)`, read from the cache when it holds the build for this code, data and directory (the
    country tables and the directory's lookups are taken over too), else built and written there."""
    folder = cache_dir()
    if folder is None:
        return build(directory)
    try:
        inputs = _inputs_digest()
        problem = _changed_since_start(inputs) or _folder_problem(folder)
        key = matcher_key(directory, inputs)
    except Exception as error:  # noqa: BLE001 - the cache only ever saves time: never a crash
        problem = f"cannot key it ({error})"
    if problem:
        logger.warning("not using the matcher's cache: %s; building the matcher", problem)
        return build(directory)
    path = folder / f"{_PREFIX}{key}{_SUFFIX}"
    kept = _read(folder, path, key, kind)
    if kept is not None:
        for table, values in zip(_COUNTRY_TABLES, kept.country_tables, strict=True):
            table.prime(values)
        directory.adopt_lookups(kept.lookups)
        return kept.automata  # type: ignore[no-any-return]  # checked against `kind` by _read
    started = time.process_time()
    automata = build(directory)
    made = MatcherBuild(automata, (country_words(), country_acronym_words(), cyrillic_country_words()),
                        directory.built_lookups())
    built = time.process_time() - started
    try:
        unchanged = _inputs_digest() == inputs
    except Exception:  # noqa: BLE001 - as above
        unchanged = False
    if unchanged:
        _write(folder, path, key, made, built)
    else:
        logger.warning("the matcher's source or data files changed while it was built: not cached")
    return automata


def matcher_key(directory: UnionDirectory, inputs: bytes | None = None) -> str:
    """The cache key of a build over `directory`: its records, in order, and `_inputs_digest()` (hex SHA-256)."""
    digest = hashlib.sha256(inputs if inputs is not None else _inputs_digest())
    for record in directory:
        digest.update(repr([getattr(record, name) for name in _RECORD_FIELDS]).encode("utf-8", "backslashreplace"))
        digest.update(b"\n")
    return digest.hexdigest()


def _inputs_digest() -> bytes:
    """SHA-256 of what, besides the directory's records, the build reads or runs: the package's source files, every
    file of bot/data, the cache format, the Python build and the versions of the libraries the build uses."""
    digest = hashlib.sha256()
    versions = [f"cache format {CACHE_FORMAT}, pickle {PICKLE_PROTOCOL}", sys.version, sys.implementation.cache_tag,
                platform.machine()]
    for distribution in _DISTRIBUTIONS:
        try:
            versions.append(f"{distribution} {metadata.version(distribution)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{distribution} not installed as a distribution")
    digest.update("\n".join(versions).encode())
    package = _package()
    for name, item in (*_files(package.joinpath("matching"), "matching", ".py"), *_files(package.joinpath("data"), "data")):
        content = item.read_bytes()
        digest.update(f"\n{name} {len(content)}\n".encode("utf-8", "backslashreplace"))
        digest.update(content)
    return digest.digest()


def _package() -> Traversable:
    """The bot package's files (a test points it at a copy)."""
    return resources.files("bot")


def _files(folder: Traversable, name: str, suffix: str = "") -> Iterator[tuple[str, Traversable]]:
    """(path under the package, file) for every file in `folder` and its subfolders ending with `suffix`, by name."""
    for item in sorted(folder.iterdir(), key=lambda item: item.name):
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _files(item, f"{name}/{item.name}", suffix)
        elif item.name.endswith(suffix):
            yield f"{name}/{item.name}", item


_started_with: list[bytes] = []


def _changed_since_start(inputs: bytes) -> str | None:
    """Why the process's code may differ from the files now (`inputs`), or None: its first build's digest is kept
    (the code it runs was read then), and a later build (an admin's new union) must find the same files."""
    if not _started_with:
        _started_with.append(inputs)
    if inputs == _started_with[0]:
        return None
    return "its source or data files changed since this process started (restart to use the cache again)"


def _read(folder: Path, path: Path, key: str, kind: type[Any]) -> MatcherBuild | None:
    """The build kept at `path` for `key`, or None (logged) when there is none that can be trusted."""
    started = time.process_time()
    try:
        with path.open("rb") as file:
            problem = _not_private(path, os.fstat(file.fileno()))
            if problem:
                logger.warning("not reading the cached matcher: %s; building it", problem)
                return None
            kept = _unpickled(file, key)
        if not (isinstance(kept, MatcherBuild) and isinstance(kept.automata, kind)
                and isinstance(kept.lookups, DirectoryLookups) and len(kept.country_tables) == len(_COUNTRY_TABLES)):
            raise pickle.UnpicklingError("it holds something else than a matcher build")
    except (FileNotFoundError, NotADirectoryError):
        logger.info("no cached matcher for this code, data and union directory in %s: building it", folder)
        return None
    except OSError as error:
        logger.warning("cannot read the cached matcher %s (%s): building it", path, error.strerror or error)
        return None
    except Exception as error:  # noqa: BLE001 - any failure to read a cache means building, never a crash
        logger.warning("cannot use the cached matcher %s (%s): building it", path, error)
        return None
    with suppress(OSError):
        os.utime(path)  # used now: the newest files are the ones kept
    logger.info("matcher loaded from %s in %.2f s CPU", path, time.process_time() - started)
    return kept


def _folder_problem(folder: Path) -> str | None:
    """Why the cache folder may not be used, or None (also when it is missing: it is made at the first write)."""
    try:
        return _not_private(folder, os.stat(folder))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        return f"cannot read {folder} ({error.strerror or error})"


def _not_private(path: Path, status: os.stat_result) -> str | None:
    """Why a cache directory or file with this status may hold what someone else wrote, or None."""
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        return f"{path} belongs to another user"
    if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"others may write to {path} (make it 0700, or set matching.cache_dir to a folder of your own)"
    return None


def _unpickled(file: BinaryIO, key: str) -> object:
    """The object pickled in a cache file; ValueError when its header is not this key's or its contents'."""
    header = file.read(_HEADER_LENGTH)
    if not header.startswith(_MAGIC):
        raise ValueError("not a matcher cache file")
    saved = header[len(_MAGIC):].decode("ascii", "replace").split("\n")
    if len(header) < _HEADER_LENGTH or len(saved) < 2:
        raise ValueError("truncated: its header is cut short")
    if saved[0] != key:
        raise ValueError("written for another key")
    # The contents are hashed as they are read, then read again by the unpickler: 13 MB held at once, and a copy for
    # an in-memory stream, made the start's peak memory ~30 MB higher than the build's.
    digest = hashlib.sha256()
    while chunk := file.read(_CHUNK):
        digest.update(chunk)
    if digest.hexdigest() != saved[1]:
        raise ValueError("truncated or corrupt: its contents do not match their digest")
    file.seek(_HEADER_LENGTH)
    collecting = gc.isenabled()
    gc.disable()  # millions of new objects, none garbage: the collector's passes took half the load's time
    try:
        return _BuildUnpickler(file).load()
    finally:
        if collecting:
            gc.enable()


class _BuildUnpickler(pickle.Unpickler):
    """An unpickler that makes only the objects a matcher build holds: the classes of this package's modules, the
    automaton and arrays; no function (a planted file's way to run code) is ever called."""

    _LIBRARY_CLASSES = frozenset({("ahocorasick", "Automaton"), ("array", "array"), ("array", "_array_reconstructor")})

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._LIBRARY_CLASSES:
            return super().find_class(module, name)
        if module.startswith("bot.matching.") and module in sys.modules:
            found = getattr(sys.modules[module], name, None)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a matcher build")


def _write(folder: Path, path: Path, key: str, made: MatcherBuild, built: float) -> None:
    """Write `made` for `key` to `path` atomically (logged, never raised, when it cannot be)."""
    temporary: str | None = None
    try:
        _private_folder(folder)
        file, temporary = tempfile.mkstemp(prefix=_PREFIX, suffix=_TEMPORARY_SUFFIX, dir=folder)  # made 0600
        with os.fdopen(file, "wb") as stream:
            # pickled straight into the file (pickle.dumps held the 13 MB and its growing buffer), the header last
            stream.write(bytes(_HEADER_LENGTH))
            hashing = _HashingWriter(stream)
            pickle.dump(made, hashing, protocol=PICKLE_PROTOCOL)
            stream.seek(0)
            stream.write(_MAGIC + f"{key}\n{hashing.digest.hexdigest()}\n".encode("ascii"))
        os.replace(temporary, path)
        temporary = None
    except Exception as error:  # noqa: BLE001 - a cache that cannot be written is only slower starts
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        logger.warning("cannot cache the matcher in %s (%s): it is built at every start until it can be", folder, reason)
        return
    finally:
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)
    logger.info("matcher built in %.2f s CPU and cached in %s", built, path)
    _prune(folder, path)


class _HashingWriter:
    """A binary stream's write(), hashing what passes through it."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.stream.write(data)


def _private_folder(folder: Path) -> None:
    """Make `folder` (0700) if it is missing; OSError when it cannot be made or others may write to it."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
        folder.chmod(0o700)  # mkdir's mode passes through the umask
    except FileExistsError:
        pass
    problem = _not_private(folder, os.stat(folder))
    if problem:
        raise PermissionError(0, problem)


def _prune(folder: Path, kept: Path) -> None:
    """Remove all but the KEPT_FILES newest cache files (by last use) and temporary files writers left."""
    with suppress(OSError):
        now = time.time()
        caches: list[tuple[float, Path]] = []
        for entry in os.scandir(folder):
            if not (entry.name.startswith(_PREFIX) and entry.is_file(follow_symlinks=False)):
                continue
            if entry.name.endswith(_TEMPORARY_SUFFIX) and now - entry.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                os.unlink(entry.path)
            elif entry.name.endswith(_SUFFIX) and entry.path != str(kept):
                caches.append((entry.stat().st_mtime, Path(entry.path)))
        for _, old in sorted(caches, reverse=True)[KEPT_FILES - 1:]:
            os.unlink(old)
