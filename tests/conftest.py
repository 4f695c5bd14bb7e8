"""
Shared test set-up: hypothesis profiles and paths.

Profiles (choose with HYPOTHESIS_PROFILE): ``dev`` for local runs, ``ci``
with more examples and derandomized so CI cannot flake, ``ci-short`` the
same with fewer examples, ``deep`` for an occasional long run, ``soak`` for the long fuzz run of tests/test_hostile.py.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import shutil
import signal
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from collections.abc import Iterator

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# The same, with fewer examples: for CI's runs on the older Pythons, where what differs between
# versions shows on any input.
settings.register_profile("ci-short", settings.get_profile("ci"), max_examples=50)
settings.register_profile(
    "deep", max_examples=5_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# Every document within a second, or the run fails.
settings.register_profile(
    "soak", max_examples=20_000, deadline=1_000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The tests start commands and worker processes, read their exit codes and send this process
# signals: whatever a process that starts the tests ignores or blocks, they run with the defaults.
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_SETMASK, set())

# The default engine's compiled cache lives in a directory of this run, never in the user's cache.
# The commands and worker processes the tests start inherit it through the environment: a worker
# imports this module too, and may end without running its exit functions.
_CACHE = os.environ.get("_MLCAREER_TEST_RUN_CACHE")
if _CACHE is None:
    _CACHE = os.environ["_MLCAREER_TEST_RUN_CACHE"] = tempfile.mkdtemp(prefix="mlcareer-cache-")
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["MLCAREER_CACHE_DIR"] = _CACHE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "profiles"
RULES = ROOT / "rules"
GUIDE = ROOT.parent / "shared" / "guide"


@pytest.fixture(scope="session", autouse=True)
def _no_worker_outlives_the_run() -> Iterator[None]:
    """
    End any worker process still alive when the tests are done, so that a test that leaves one cannot hang the run.
    """
    yield
    for child in multiprocessing.active_children():
        child.terminate()
        child.join(timeout=10)


@pytest.fixture
def tmp_rules(tmp_path: Path) -> Path:
    """A folder for rule files written by a test."""
    folder = tmp_path / "rules"
    folder.mkdir()
    return folder
