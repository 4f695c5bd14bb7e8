"""Tests of mlcareer._default: the default engine and its compiled cache on disk."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from typing import TYPE_CHECKING, NoReturn

import pytest

if sys.platform != "win32":
    import pwd

import mlcareer
from mlcareer._default import _code_digest, cache_directory, cached_engine

from .conftest import EXAMPLES, RULES

if TYPE_CHECKING:
    from pathlib import Path

AS_OF = dt.date(2026, 11, 26)


def _reports(engine: mlcareer.Engine) -> list[dict[str, object]]:
    return [
        engine.evaluate(mlcareer.load_candidate(path), as_of=AS_OF).to_dict()
        for path in sorted(EXAMPLES.glob("*.yaml"))
    ]


def _entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("engine-*.pickle"))


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A copy of the built-in rule files that a test may change."""
    return shutil.copytree(RULES, tmp_path / "rules")


def test_a_cached_engine_is_the_engine_compiled_afresh(rules: Path, tmp_path: Path) -> None:
    """The engine read from the cache has the same rulebook, source and reports as one compiled from the files."""
    cache = tmp_path / "cache"
    written = cached_engine(rules, cache)
    assert len(_entries(cache)) == 1
    read = cached_engine(rules, cache)
    fresh = mlcareer.Engine(mlcareer.load_rulebook(rules))
    assert read is not written
    assert read.rulebook == fresh.rulebook
    assert read.source == fresh.source
    assert _reports(read) == _reports(fresh)
    assert [read.explain(mlcareer.Candidate(), rule.id).tree for rule in read.rulebook.rules] == [
        fresh.explain(mlcareer.Candidate(), rule.id).tree for rule in fresh.rulebook.rules
    ]


def test_a_changed_rule_file_is_read_again(rules: Path, tmp_path: Path) -> None:
    """An entry whose rule files changed is not used; the engine is built from the files and the entry replaced."""
    cache = tmp_path / "cache"
    cached_engine(rules, cache)
    file = rules / "non-negotiable-skills.yaml"
    file.write_text(file.read_text("utf-8").replace("title: Add Python", "title: Now add Python", 1), "utf-8")
    engine = cached_engine(rules, cache)
    assert engine.rulebook == mlcareer.load_rulebook(rules)
    assert (
        engine.rulebook.rule("skills.python.missing-programmer").title.text
        == "Now add Python to the languages you know"
    )
    assert len(_entries(cache)) == 1
    assert cached_engine(rules, cache).rulebook == engine.rulebook


def test_the_code_hash_changes_with_any_file_of_the_package(tmp_path: Path) -> None:
    """Editing, adding or touching a package file changes the hash that names entries; compiled bytecode does not."""
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    module = package / "module.py"
    module.write_text("A = 1\n")
    (package / "data" / "skills.yaml").write_text("skills: []\n")
    hashes = [_code_digest(str(package))]
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "module.cpython.pyc").write_bytes(b"compiled")
    hashes.append(_code_digest.__wrapped__(str(package)))
    module.write_text("A = 2\n")  # the same size
    os.utime(module, ns=(0, 10**18))
    hashes.append(_code_digest.__wrapped__(str(package)))
    (package / "data" / "more.yaml").write_text("")
    hashes.append(_code_digest.__wrapped__(str(package)))
    assert hashes[0] == hashes[1]
    assert len(set(hashes[1:])) == len(hashes[1:])


@pytest.mark.parametrize(
    "damage", [b"", b"mlcareer compiled engine 1\n{}\n", b"mlcareer compiled engine 0\n"]
)
def test_a_damaged_entry_is_built_again(rules: Path, tmp_path: Path, damage: bytes) -> None:
    """An empty, truncated or foreign entry gives the engine of the files and is written anew."""
    cache = tmp_path / "cache"
    cached_engine(rules, cache)
    (entry,) = _entries(cache)
    entry.write_bytes(damage)
    assert cached_engine(rules, cache).rulebook == mlcareer.load_rulebook(rules)
    assert entry.read_bytes().startswith(b"mlcareer compiled engine 1\n{")


@pytest.mark.skipif(os.name != "posix", reason="file modes and owners are POSIX's")
def test_an_entry_others_may_write_is_not_read(rules: Path, tmp_path: Path) -> None:
    """An entry that another user could have written is never unpickled."""
    cache = tmp_path / "cache"
    other = tmp_path / "other"
    shutil.copytree(rules, other)
    (other / "rulebook.yaml").write_text(
        (rules / "rulebook.yaml").read_text("utf-8").replace("rulebook: mlcareer-guide", "rulebook: other"),
        "utf-8",
    )
    cached_engine(rules, cache)
    (entry,) = _entries(cache)
    cached_engine(other, tmp_path / "elsewhere")
    (planted,) = _entries(tmp_path / "elsewhere")
    shutil.copyfile(planted, entry)  # an entry for these files, holding another rulebook's engine
    entry.chmod(0o644)
    assert cached_engine(rules, cache).rulebook.name == "other"  # what reading it would give
    entry.chmod(0o666)
    assert cached_engine(rules, cache).rulebook.name == "mlcareer-guide"


def test_a_directory_that_cannot_be_written_means_no_cache(rules: Path, tmp_path: Path) -> None:
    """A cache place that is a file, or no place at all, gives the engine and writes nothing."""
    blocked = tmp_path / "file"
    blocked.write_text("", "utf-8")
    assert cached_engine(rules, blocked / "cache").rulebook == mlcareer.load_rulebook(rules)
    assert cached_engine(rules, None).rulebook == mlcareer.load_rulebook(rules)
    assert [path.name for path in tmp_path.iterdir()] == sorted(["file", "rules"])


def test_a_rulebook_with_problems_is_an_error_and_never_cached(rules: Path, tmp_path: Path) -> None:
    """The cache keeps only rulebooks that load: a broken one raises its RuleError every time."""
    (rules / "career-growth.yaml").write_text("rules: 3\n", "utf-8")
    for _ in range(2):
        with pytest.raises(mlcareer.RuleError) as raised:
            cached_engine(rules, tmp_path / "cache")
        assert str(raised.value) == (
            f"invalid rules: {rules / 'career-growth.yaml'}:1:8: rules: expected a list of rules, got the number 3"
        )
    assert _entries(tmp_path / "cache") == []


def test_the_cache_directory_is_chosen_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """MLCAREER_CACHE_DIR names the directory or, empty, turns the cache off; XDG_CACHE_HOME is the default."""
    monkeypatch.setenv("MLCAREER_CACHE_DIR", str(tmp_path))
    assert cache_directory() == tmp_path
    monkeypatch.setenv("MLCAREER_CACHE_DIR", "")
    assert cache_directory() is None
    monkeypatch.delenv("MLCAREER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform == "linux":
        assert cache_directory() == tmp_path / "xdg" / "mlcareer"
        monkeypatch.delenv("XDG_CACHE_HOME")
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        assert cache_directory() == tmp_path / "home" / ".cache" / "mlcareer"
        monkeypatch.delenv("HOME")
        monkeypatch.setattr(pwd, "getpwuid", _no_user)
        assert cache_directory() is None


def _no_user(uid: int) -> NoReturn:
    raise KeyError(uid)


def test_the_default_engine_is_the_guide_and_shared() -> None:
    """`default_engine` is the built-in rulebook's engine, one a process; `load_rulebook()` is its rulebook."""
    engine = mlcareer.default_engine()
    assert engine is mlcareer.default_engine()
    assert engine.rulebook is mlcareer.load_rulebook()
    assert engine.rulebook == mlcareer.load_rulebook(RULES)
    assert mlcareer.Engine().rulebook is engine.rulebook
