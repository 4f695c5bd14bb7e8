"""
The default engine: the built-in rulebook's, built once a process and kept compiled on disk between processes.

A new process gets it without reading, checking and compiling rules. An
entry holds an engine's compiled state (its rulebook, skill table and
generated code, pickled and marshalled) and the SHA-256 of every rule file
it was read from. It is used only when those files hash the same, and its
name holds a hash of the installed mlcareer (the path, size and modification
time of every file of the package, which is how Python tells that a module's
bytecode is stale) and of the Python that wrote it, so an entry is never
used for other rules, other code or another interpreter. Anything wrong with an
entry (missing, truncated, from another version, not readable) means the
engine is built again and the entry written anew; a directory that cannot
be written means no cache, never an error.

Entries are pickles, so they are read only from a file that the current
user owns and that nobody else may write to.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path as FilePath

from mlcareer._engine import Engine
from mlcareer._rulebook import _Reader, builtin_rules_path

__all__ = ["cache_directory", "cached_engine", "default_engine"]

#: The first line of every entry; a new layout gets a new number.
_MAGIC = b"mlcareer compiled engine 1\n"

#: The variable that moves the cache (a directory) or turns it off (empty).
_VARIABLE = "MLCAREER_CACHE_DIR"


@functools.cache
def default_engine() -> Engine:
    """
    Return the engine of the built-in guide rulebook (built once a process, then shared).

    Engines are immutable, so sharing one is safe; build your own `Engine`
    for any other rulebook.

    The compiled engine is also kept on disk, so that the next process
    loads it in milliseconds instead of reading and compiling the rule
    files: in ``$MLCAREER_CACHE_DIR`` if it is set (set and empty turns the
    cache off), otherwise in ``mlcareer`` under the user's cache directory
    (``$XDG_CACHE_HOME`` or ``~/.cache``; ``~/Library/Caches`` on macOS;
    ``%LOCALAPPDATA%`` on Windows). An entry is used only for the same rule
    files (by their SHA-256), the same installed mlcareer and the same
    Python, and only from a file of the current user that nobody else may
    write; any other entry is built again, and a directory that cannot be
    written means no cache, never an error.

    Example:
        >>> engine = default_engine()
        >>> engine is default_engine(), engine.rulebook.name
        (True, 'mlcareer-guide')
    """
    return cached_engine(builtin_rules_path(), cache_directory())


def cache_directory() -> FilePath | None:
    """
    The directory `mlcareer.default_engine` keeps its compiled engine in, or None for no cache.

    ``MLCAREER_CACHE_DIR`` names it (empty turns the cache off); by default it
    is ``mlcareer`` in the user's cache directory (``$XDG_CACHE_HOME`` or
    ``~/.cache``; ``~/Library/Caches`` on macOS; ``%LOCALAPPDATA%`` on Windows).
    """
    chosen = os.environ.get(_VARIABLE)
    if chosen is not None:
        return FilePath(chosen) if chosen else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return FilePath(base) / "mlcareer" / "Cache" if base else None
    if sys.platform != "darwin" and os.environ.get("XDG_CACHE_HOME"):
        return FilePath(os.environ["XDG_CACHE_HOME"]) / "mlcareer"
    try:
        home = FilePath.home()
    except RuntimeError:  # no home directory: no cache
        return None
    return home / ("Library/Caches" if sys.platform == "darwin" else ".cache") / "mlcareer"


@functools.cache
def _code_digest(package: str = os.path.dirname(__file__)) -> str:  # noqa: PTH120 - os.walk's strings, below
    """
    A hash of this Python and of the path, size and modification time of every file of *package*.

    These are what Python compares to tell that a module's cached bytecode is
    stale: any edit or reinstall changes them, and they cost a ``stat`` a file
    where hashing the package's content would read it all.
    """
    files = []
    for folder, folders, names in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in names:
            path = os.path.join(folder, name)  # noqa: PTH118 - os.walk's strings: pathlib takes as long again
            status = os.stat(path)  # noqa: PTH116 - as above
            files.append(f"{os.path.relpath(path, package)}\0{status.st_size}\0{status.st_mtime_ns}\0")
    text = "".join([f"{sys.version}\0{sys.implementation.cache_tag}\0", *sorted(files)])
    return hashlib.sha256(text.encode(errors="surrogateescape")).hexdigest()


def _hash(path: FilePath) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_engine(rules: FilePath, directory: FilePath | None) -> Engine:
    """
    The engine of the rulebook at *rules* (a directory or a rule file), from the cache in *directory*.

    Without a *directory*, or when an entry cannot be used, the rulebook is
    read, checked and compiled, and the entry written for the next process.

    Raises:
        RuleError: for a rulebook with problems (which is never cached).
    """
    if directory is None:
        return Engine(_Reader(None).read(rules))
    place = hashlib.sha256(str(rules.resolve()).encode()).hexdigest()[:16]
    entry = directory / f"engine-{place}-{_code_digest()[:32]}.pickle"
    engine = _read(entry)
    if engine is None:
        reader = _Reader(None)
        engine = Engine(reader.read(rules))
        _write(entry, engine, reader.files, stale=f"engine-{place}-*.pickle")
    return engine


def _read(entry: FilePath) -> Engine | None:
    """
    The engine *entry* holds, if it can be trusted and its rule files have not changed.
    """
    try:
        with entry.open("rb") as file:
            status = os.fstat(file.fileno())
            if os.name == "posix" and (status.st_uid != os.getuid() or status.st_mode & 0o022):
                return None  # a file another user could have written
            if file.readline() != _MAGIC:
                return None
            files: dict[str, str] = json.loads(file.readline())
            if any(_hash(FilePath(path)) != digest for path, digest in files.items()):
                return None
            return Engine._from_compiled_state(pickle.load(file))  # noqa: S301, SLF001 - our own file, checked above
    except Exception:  # noqa: BLE001 - any unusable entry is built again
        return None


def _write(entry: FilePath, engine: Engine, files: list[FilePath], *, stale: str) -> None:
    """
    Write *engine* to *entry*, with the hashes of the *files* it was read from, replacing *stale* entries.
    """
    try:
        state = pickle.dumps(engine._compiled_state(), protocol=pickle.HIGHEST_PROTOCOL)  # noqa: SLF001
        hashes = json.dumps({str(path.resolve()): _hash(path) for path in files}).encode() + b"\n"
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for old in entry.parent.glob(stale):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".engine-", delete=False) as file:
            try:
                file.write(_MAGIC + hashes + state)
                file.close()
                FilePath(file.name).replace(entry)
            finally:
                FilePath(file.name).unlink(missing_ok=True)
    except Exception:  # noqa: BLE001, S110 - a cache that cannot be written is no cache
        pass
