"""Tests for mlcareer._batch: JSON Lines in, reports out, in constant memory."""

from __future__ import annotations

import datetime as dt
import io
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Candidate, Engine, Report, strategies
from mlcareer._batch import BatchCounts, LineAdviser, _end_broken, advise_lines, advise_partition
from mlcareer.exceptions import MlcareerError

from .conftest import ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

ENGINE = mlcareer.default_engine()


def test_advise_line() -> None:
    """One line gives a report, or an error record placed at its line."""
    advise_line = LineAdviser(ENGINE)
    ok, text = advise_line('{"name": "A"}', 1)
    assert ok
    assert json.loads(text)["candidate"] == "A"
    ok, text = advise_line('{"skills": [{"name": "py", "level": 9}]}', 7)
    assert not ok
    assert json.loads(text) == {
        "line": 7,
        "error": "invalid profile: 7:37: skills[0].level: 9 is not one of novice, beginner, intermediate, advanced,"
        " expert (or 1-5)",
    }


def test_a_bad_line_is_its_own_error_and_the_batch_goes_on() -> None:
    """A line holding a lone surrogate or an integer past Python's limit is that line's error record; the rest is advised."""
    lines = [
        '{"name": "A"}',
        '{"name": "\\ud800"}',
        '{"skills": [{"name": "r", "years": ' + "9" * 5000 + "}]}",
        '{"name": "C"}',
    ]
    out = io.StringIO()
    counts = advise_lines(ENGINE, lines, out)
    assert (counts.read, counts.advised, counts.failed) == (4, 2, 2)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [record.get("candidate") for record in records] == ["A", None, None, "C"]
    assert records[1] == {
        "line": 2,
        "error": "invalid profile: 2:10: name: is not valid Unicode text (it holds a lone surrogate)",
    }
    assert records[2] == {"line": 3, "error": "invalid profile: 3: a number has more digits than can be read"}
    out.getvalue().encode("utf-8")  # every line written can be written to a UTF-8 file


@given(st.lists(strategies.candidates(max_skills=8), min_size=1, max_size=8))
def test_report_lines_are_json_dumps(candidates: list[Candidate]) -> None:
    """A report line is exactly the compact JSON of the report's plain data, for new and repeated advice."""
    adviser = LineAdviser(ENGINE)
    for candidate in candidates * 2:
        report = ENGINE.evaluate(candidate)
        expected = json.dumps(report.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert adviser.report_line(report) == expected


def test_input_is_read_lazily() -> None:
    """Lines are read as the run goes, a chunk at a time, never all at once."""
    pulled = 0

    def lines() -> Iterator[str]:
        nonlocal pulled
        for _ in range(5000):
            pulled += 1
            yield '{"skills": ["python"]}\n'

    seen: list[int] = []

    def progress(counts: BatchCounts) -> None:
        seen.append(pulled - counts.read)

    out = io.StringIO()
    counts = advise_lines(ENGINE, lines(), out, progress=progress)
    assert (counts.read, counts.advised, counts.failed) == (5000, 5000, 0)
    assert max(seen) <= 512
    assert len(out.getvalue().splitlines()) == 5000


def test_an_interrupt_while_writing_waits_for_the_chunk() -> None:
    """An interrupt that arrives while a chunk is written stops the run after it: output and counts agree."""

    class Interrupting(io.StringIO):
        def write(self, text: str) -> int:
            written = super().write(text)
            signal.raise_signal(signal.SIGINT)
            return written

    found = signal.getsignal(signal.SIGINT)  # whatever this process started with (ignored, say)
    out = Interrupting()
    counts = advise_lines(ENGINE, ['{"skills": ["python"]}\n'] * 2000, out)
    assert counts.interrupted
    assert (counts.read, counts.advised) == (512, 512)
    assert len(out.getvalue().splitlines()) == 512
    assert signal.getsignal(signal.SIGINT) is found


def test_a_terminate_signal_stops_like_an_interrupt() -> None:
    """SIGTERM during a run stops it after the chunk being written, as Ctrl-C does, and restores the handler."""

    class Terminating(io.StringIO):
        def write(self, text: str) -> int:
            written = super().write(text)
            signal.raise_signal(signal.SIGTERM)
            return written

    found = signal.getsignal(signal.SIGTERM)
    out = Terminating()
    counts = advise_lines(ENGINE, ['{"skills": ["r"]}\n'] * 1000, out)
    assert counts.interrupted
    assert (counts.read, len(out.getvalue().splitlines())) == (512, 512)
    assert signal.getsignal(signal.SIGTERM) is found


@pytest.fixture
def importable_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let worker processes import this module by name, to unpickle the engine class it defines."""
    monkeypatch.syspath_prepend(str(ROOT))


class DyingEngine(Engine):
    """
    An engine whose worker process exits while it advises one profile: once (the first to create the marker file), or always.
    """

    def __init__(self, marker: Path, *, always: bool = False) -> None:
        super().__init__(ENGINE.rulebook)
        self.marker = marker
        self.always = always

    def __getstate__(self) -> dict[str, Any]:
        return {**super().__getstate__(), "marker": self.marker, "always": self.always}

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self.marker, self.always = state["marker"], state["always"]

    def evaluate(self, candidate: Candidate, *, as_of: dt.date | None = None) -> Report:
        """Exit this process at P700 (once, or always); advise every other profile."""
        if candidate.name == "P700":
            try:
                self.marker.touch(exist_ok=self.always)
            except FileExistsError:
                pass
            else:
                os._exit(1)
        return super().evaluate(candidate, as_of=as_of)


@pytest.mark.usefixtures("importable_tests")
def test_a_dead_workers_chunks_are_redone(tmp_path: Path) -> None:
    """When a worker process dies mid-run, the chunks in flight are redone: every line once, in order."""
    lines = [json.dumps({"name": f"P{i}", "skills": ["python"]}) for i in range(3000)]
    out = io.StringIO()
    counts = advise_lines(DyingEngine(tmp_path / "died"), lines, out, workers=2)
    assert (tmp_path / "died").exists()
    assert (counts.read, counts.advised, counts.failed) == (3000, 3000, 0)
    assert [json.loads(line)["candidate"] for line in out.getvalue().splitlines()] == [
        f"P{i}" for i in range(3000)
    ]


@pytest.mark.usefixtures("importable_tests")
def test_workers_that_keep_dying_stop_the_run(tmp_path: Path) -> None:
    """A line that kills every worker that advises it stops the run with an error after a few new pools."""
    lines = [json.dumps({"name": f"P{i}", "skills": ["python"]}) for i in range(1000)]
    with pytest.raises(MlcareerError) as raised:
        advise_lines(DyingEngine(tmp_path / "died", always=True), lines, io.StringIO(), workers=2)
    assert str(raised.value) == "worker processes stopped 4 times while advising lines 513-1000"


def test_a_finished_run_leaves_no_pool_behind() -> None:
    """When a run with workers returns, its pool's thread and worker processes have ended."""
    before = set(threading.enumerate())
    lines = [json.dumps({"name": f"P{i}", "skills": ["python"]}) for i in range(600)]
    counts = advise_lines(ENGINE, lines, io.StringIO(), workers=2)
    assert counts.advised == 600
    assert set(threading.enumerate()) - before == set()
    assert multiprocessing.active_children() == []


def test_a_broken_pools_workers_are_ended() -> None:
    """Ending a broken pool ends its workers, even one still busy, so none is left for the interpreter to wait for."""
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    executor.submit(time.sleep, 0).result()  # the worker is up
    busy = executor.submit(time.sleep, 600)
    while not busy.running():  # handed to the worker: shutting down leaves it running
        time.sleep(0.01)
    (worker,) = executor._processes.values()  # the worker, to see it end
    _end_broken(executor)
    # Its sentinel is ready once it has exited, whichever thread reaps it (the pool's may, first).
    assert multiprocessing.connection.wait([worker.sentinel], timeout=60) == [worker.sentinel]
    assert isinstance(busy.exception(timeout=60), BrokenProcessPool)


def test_workers_need_sigchld_at_its_default() -> None:
    """With SIGCHLD ignored, worker processes could never be waited for: the run refuses to start them."""
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        with pytest.raises(MlcareerError) as raised:
            advise_lines(ENGINE, ['{"skills": ["r"]}'], io.StringIO(), workers=2)
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert str(raised.value) == (
        "worker processes need SIGCHLD at its default, and this process ignores it;"
        " restore it with signal.signal(signal.SIGCHLD, signal.SIG_DFL), or advise with one worker"
    )


def test_workers_end_quietly_with_a_killed_parent() -> None:
    """When the process running a pool is killed, its workers end at once, without a traceback."""
    code = (
        "import itertools, sys\n"
        "import mlcareer\n"
        "from mlcareer._batch import advise_lines\n"
        "def started(counts):\n"
        "    sys.stderr.write('started\\n')\n"
        "    sys.stderr.flush()\n"
        'lines = itertools.repeat(\'{"skills": ["python"]}\')\n'
        "advise_lines(mlcareer.default_engine(), lines, open('/dev/null', 'w'), workers=2, progress=started)\n"
    )
    with subprocess.Popen(  # noqa: S603 - this interpreter, with the code above
        [sys.executable, "-c", code],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as parent:
        assert parent.stderr is not None
        assert parent.stderr.readline() == b"started\n"
        parent.kill()
        # The workers share the parent's standard error: it ends when the last of them has ended.
        rest = parent.communicate(timeout=60)[1]
    # (multiprocessing's resource tracker may warn of the semaphores the killed parent left.)
    assert b"Traceback" not in rest


def test_a_partition_of_lines_or_data() -> None:
    """The partition function gives one output per item, in order, from JSON lines or plain data alike."""
    day = dt.date(2026, 11, 25)
    profiles: list[Any] = [{"name": "A", "skills": ["python"]}, {"skills": 7}, {"name": "C"}]
    lines = [json.dumps(profile) for profile in profiles]
    from_lines = list(advise_partition(lines, ENGINE, as_of=day, start=10))
    from_data = list(advise_partition(profiles, ENGINE, as_of=day, start=10))
    assert (
        from_lines[0]
        == from_data[0]
        == json.dumps(
            ENGINE.evaluate(mlcareer.load_candidate(profiles[0]), as_of=day).to_dict(),
            ensure_ascii=False,
            separators=(",", ":"),
        )
    )
    assert json.loads(from_lines[1]) == {
        "line": 11,
        "error": "invalid profile: 11:12: skills: expected a list, got the number 7",
    }
    assert json.loads(from_data[1]) == {
        "line": 11,
        "error": "invalid profile: skills: expected a list, got the number 7",
    }
    plain = list(advise_partition(profiles, ENGINE, as_of=day, plain=True))
    assert [record.get("candidate", record.get("line")) for record in plain] == ["A", 2, "C"]
    out = io.StringIO()
    advise_lines(ENGINE, lines, out, as_of=day)
    assert out.getvalue().splitlines() == list(advise_partition(lines, ENGINE, as_of=day))
