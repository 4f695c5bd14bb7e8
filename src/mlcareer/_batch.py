"""
Batch advice over JSON Lines: one profile a line in, one report a line out.

The input is read in bounded chunks, so memory stays flat whatever its
size; with several workers, chunks are evaluated in worker processes and
written back in input order. A line that cannot be advised becomes an
error record with its line number, and the run goes on.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import itertools
import json
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, TYPE_CHECKING, Any, Literal, overload

import attrs

from mlcareer._document import Document, Limits, load_document
from mlcareer._model import parse_candidate
from mlcareer.exceptions import MlcareerError, ProfileError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from mlcareer._engine import Engine
    from mlcareer._report import Advice, Report

__all__ = ["BatchCounts", "LineAdviser", "advise_lines", "advise_partition", "is_error_record"]

_CHUNK = 512

#: How many times worker processes may die in one run before it stops with an error.
_LOSSES = 3

#: Numbered input lines, advised together.
_Chunk = list[tuple[int, str]]


@attrs.define
class BatchCounts:
    """
    How many lines a batch run read, advised and failed.
    """

    read: int = 0
    advised: int = 0
    failed: int = 0
    interrupted: bool = False


#: How many pieces of advice a `LineAdviser` keeps the JSON of.
_REMEMBERED = 16_384

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class LineAdviser:
    """
    Advises the profile on one JSON line at a time, with one engine.

    Calling it with a line and its number returns (ok, the output line). A
    bad line gives ``{"line": N, "error": "..."}`` instead of a report.

    An engine gives the same `Advice` object again for equal facts, so the
    adviser keeps the JSON it wrote for the advice it has seen (a bounded
    number) and writes each report as exactly ``json.dumps`` would.
    """

    def __init__(self, engine: Engine, limits: Limits | None = None, as_of: dt.date | None = None) -> None:
        self.engine = engine
        self.limits = limits
        self.as_of = as_of or dt.date.today()  # noqa: DTZ011 - the caller's day, fixed for the whole batch
        self._written: dict[int, tuple[Advice, str]] = {}

    def __call__(self, line: str | Mapping[str, Any], number: int) -> tuple[bool, str]:
        result = self.report(line, number)
        if isinstance(result, str):
            return False, _error(number, result)
        return True, self.report_line(result)

    def report(self, item: str | Mapping[str, Any], number: int) -> Report | str:
        """
        The report of one profile (a JSON line, or plain data), or what is wrong with it.
        """
        try:
            if isinstance(item, str):
                document = load_document(item, kind="json", limits=self.limits)
            else:
                document = Document.from_data(item, self.limits)
            return self.engine.evaluate(parse_candidate(document), as_of=self.as_of)
        except ProfileError as error:
            # A line is one JSON document: its problems are placed at this line of the input.
            placed = [
                attrs.evolve(problem, line=number) if isinstance(item, str) else problem
                for problem in error.problems
            ]
            return str(type(error)(placed))
        except MlcareerError as error:  # pragma: no cover - loading raises only profile errors
            return str(error)
        except RecursionError:
            return "the document nests too deeply"

    def report_line(self, report: Report) -> str:
        """
        The report as one line of JSON, the same text as ``json.dumps(report.to_dict())`` gives.
        """
        written = self._written
        parts = []
        for advice in report.advice:
            # Keyed by identity, with the advice kept alive, so a key is never reused for another.
            entry = written.get(id(advice))
            if entry is None or entry[0] is not advice:
                if len(written) >= _REMEMBERED:
                    written.clear()
                entry = written[id(advice)] = (advice, _dumps(advice.to_dict()))
            parts.append(entry[1])
        head = report.head([])
        return f"{_dumps(head)[:-3]}[{','.join(parts)}]}}"


def _error(number: int, message: str) -> str:
    return json.dumps({"line": number, "error": message}, ensure_ascii=False)


def is_error_record(line: str) -> bool:
    """
    Whether an output line of `advise_partition` is an error record rather than a report.
    """
    return line.startswith('{"line":')


@overload
def advise_partition(
    items: Iterable[str | Mapping[str, Any]],
    engine: Engine | None = None,
    *,
    as_of: dt.date | None = None,
    start: int = 1,
    plain: Literal[False] = False,
) -> Iterator[str]: ...
@overload
def advise_partition(
    items: Iterable[str | Mapping[str, Any]],
    engine: Engine | None = None,
    *,
    as_of: dt.date | None = None,
    start: int = 1,
    plain: Literal[True],
) -> Iterator[dict[str, Any]]: ...
def advise_partition(
    items: Iterable[str | Mapping[str, Any]],
    engine: Engine | None = None,
    *,
    as_of: dt.date | None = None,
    start: int = 1,
    plain: bool = False,
) -> Iterator[str] | Iterator[dict[str, Any]]:
    """
    Advise a partition of profiles: one output for each, in order, a bad one an error record.

    This is the unit a batch runs on one machine or many (``--jsonl``
    advises its chunks with it; `mlcareer.dask` its partitions).

    Args:
        items: JSON lines (``str``) or profiles as plain data (mappings).
        engine: The engine; the default engine when None.
        as_of: The date every profile is judged on (today, once for the partition, by default).
        start: The position of the first item (1 for the first line of a file).
        plain: Give plain reports (``report.to_dict()``) instead of JSON lines.

    Yields:
        For each item, its report, or ``{"line": N, "error": "..."}`` with its position N.

    Example:
        >>> import datetime as dt
        >>> lines = advise_partition(['{"skills": ["python"]}', '{"skills": 7}'], as_of=dt.date(2026, 11, 25))
        >>> [line[:30] for line in lines]
        ['{"report":1,"as_of":"2026-11-2', '{"line": 2, "error": "invalid ']
    """
    if engine is None:
        from mlcareer._default import default_engine  # noqa: PLC0415 - the engine module imports this one

        engine = default_engine()
    adviser = LineAdviser(engine, as_of=as_of)
    for number, item in enumerate(items, start):
        if plain:
            result = adviser.report(item, number)
            yield {"line": number, "error": result} if isinstance(result, str) else result.to_dict()
        else:
            yield adviser(item, number)[1]


_WORKER: LineAdviser | None = None


def _init_worker(engine: Engine, as_of: dt.date) -> None:
    global _WORKER  # noqa: PLW0603 - one adviser per worker process, set once at its start
    _WORKER = LineAdviser(engine, as_of=as_of)
    # An interrupt is the parent's to handle: it stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    """
    Wait until the parent process ends, then end this worker at once, quietly.

    A parent that is killed cannot stop its pool; without this, its
    workers would go on until they failed to send a result, each printing
    a traceback.
    """
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


class _Writing:
    """
    Holds back an interrupt (SIGINT or SIGTERM) while a chunk's output is written and counted.

    Outside a write, an interrupt raises KeyboardInterrupt at once; inside
    one, it is raised when the write is done, so the output and the counts
    always agree. Only the main thread can install it; elsewhere it does
    nothing.
    """

    def __init__(self) -> None:
        self.active = False
        self.pending = False

    def __enter__(self) -> None:
        self.active = True

    def __exit__(self, *_: object) -> None:
        self.active = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def handle(self, _signal: int, _frame: object) -> None:
        if not self.active:
            raise KeyboardInterrupt
        self.pending = True

    @contextlib.contextmanager
    def installed(self) -> Iterator[_Writing]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {number: signal.signal(number, self.handle) for number in _STOPS}
        try:
            yield self
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)


#: The signals that stop a batch run after the chunk being written: Ctrl-C, and a polite kill.
_STOPS = (signal.SIGINT, signal.SIGTERM)


def _advise_chunk(chunk: _Chunk) -> list[tuple[bool, str]]:
    assert _WORKER is not None  # noqa: S101 - set by the pool initializer
    return [_WORKER(line, number) for number, line in chunk]


def _chunks(lines: Iterable[str], size: int) -> Iterator[_Chunk]:
    chunk: _Chunk = []
    for number, line in enumerate(lines, 1):
        chunk.append((number, line.rstrip("\r\n")))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(
    engine: Engine, chunks: Iterator[list[tuple[int, str]]], workers: int, as_of: dt.date
) -> Iterator[list[tuple[bool, str]]]:
    """
    Advise chunk after chunk, in input order, in this process or in *workers* processes.
    """
    if workers <= 1:
        adviser = LineAdviser(engine, as_of=as_of)  # one for the run: it keeps the advice it wrote
        for chunk in chunks:
            yield [adviser(line, number) for number, line in chunk]
        return
    yield from _pooled(engine, chunks, workers, as_of)


def _pooled(
    engine: Engine, chunks: Iterator[list[tuple[int, str]]], workers: int, as_of: dt.date
) -> Iterator[list[tuple[bool, str]]]:
    """
    Advise chunk after chunk in *workers* processes, in input order; a dead worker's chunks are redone.
    """
    if signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN:
        # Ignored, a child's exit leaves nothing to wait for: the pool would wait for its workers forever.
        msg = (
            "worker processes need SIGCHLD at its default, and this process ignores it;"
            " restore it with signal.signal(signal.SIGCHLD, signal.SIG_DFL), or advise with one worker"
        )
        raise MlcareerError(msg)
    context = multiprocessing.get_context("spawn")

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(engine, as_of)
        )

    executor = pool()
    # Each chunk in flight, in input order, with its future (None until it is submitted).
    pending: collections.deque[tuple[_Chunk, Future[list[tuple[bool, str]]] | None]] = collections.deque()
    losses = 0
    done = False
    try:
        while True:
            try:
                for index, (chunk, future) in enumerate(pending):
                    if future is None:
                        pending[index] = (chunk, executor.submit(_advise_chunk, chunk))
                for chunk in itertools.islice(chunks, 2 * workers - len(pending)):
                    pending.append((chunk, None))
                    pending[-1] = (chunk, executor.submit(_advise_chunk, chunk))
                if not pending:
                    done = True
                    return
                first = pending[0][1]
                assert first is not None  # noqa: S101 - submitted above
                results = first.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): the chunks in flight are redone by a new pool.
                losses += 1
                if losses > _LOSSES:
                    start, end = pending[0][0][0][0], pending[-1][0][-1][0]
                    msg = f"worker processes stopped {losses} times while advising lines {start}-{end}"
                    raise MlcareerError(msg) from None
                _end_broken(executor)
                executor = pool()
                pending = collections.deque((chunk, None) for chunk, _ in pending)
                continue
            pending.popleft()
            yield results
    finally:
        # Once every chunk is in, waiting costs nothing and ends the pool's thread here: left to
        # the interpreter's exit, a thread closing as exit wakes it can print "Bad file descriptor"
        # (Python 3.12 before 3.12.8). A run stopped early does not wait for the chunks in flight.
        executor.shutdown(wait=done, cancel_futures=True)


def _end_broken(executor: ProcessPoolExecutor) -> None:
    """
    Shut down a pool that a dead worker broke, and end its other workers.

    Such a pool can keep a worker it started as the other died waiting for
    work that never comes, and the interpreter waits for every worker at
    exit. Python ends them itself from 3.14 (``terminate_workers``); before,
    only the pool's own table knows them.
    """
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


def advise_lines(  # noqa: PLR0913 - the options after the streams are keyword-only
    engine: Engine,
    lines: Iterable[str],
    out: IO[str],
    *,
    workers: int = 1,
    progress: Callable[[BatchCounts], None] | None = None,
    as_of: dt.date | None = None,
) -> BatchCounts:
    """
    Advise every line of *lines*, writing one output line each to *out*, in order.

    Args:
        engine: The engine to advise with.
        lines: JSON Lines input, one profile a line.
        out: Where the reports (and error records) go.
        workers: Worker processes; 1 advises in this process.
        progress: Called with the counts after every chunk.
        as_of: The date every profile is judged on (today, once for the whole run, by default).

    Returns:
        The counts. On KeyboardInterrupt the run stops, the output up to
        there is written and flushed, and the counts say how far it got.

    Raises:
        MlcareerError: With several workers, when they keep dying (three
            new pools are tried), or when this process ignores SIGCHLD.
    """
    counts = BatchCounts()
    writing = _Writing()
    try:
        with writing.installed():
            day = as_of or dt.date.today()  # noqa: DTZ011 - the caller's day
            for results in _results(engine, _chunks(lines, _CHUNK), workers, day):
                with writing:
                    out.write("".join([text + "\n" for _, text in results]))
                    out.flush()
                    advised = sum(ok for ok, _ in results)
                    counts.read += len(results)
                    counts.advised += advised
                    counts.failed += len(results) - advised
                if progress is not None:
                    progress(counts)
    except KeyboardInterrupt:
        counts.interrupted = True
        out.flush()
    return counts


class Progress:
    """
    A progress line with rate and, when the size is known, an ETA, on a terminal.
    """

    def __init__(self, stream: IO[str], total_bytes: int | None = None) -> None:
        self.stream = stream
        self.total = total_bytes
        self.start = time.monotonic()
        self.bytes = 0

    def __call__(self, counts: BatchCounts) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = counts.read / elapsed
        text = f"\r{counts.read:,} profiles, {counts.failed:,} failed, {rate:,.0f}/s"
        if self.total:
            done = min(self.bytes / self.total, 1.0)
            if done > 0:
                eta = elapsed * (1 - done) / done
                text += f", {done:.0%}, about {eta:,.0f} s left"
        self.stream.write(text + "\033[K")
        self.stream.flush()

    def count(self, lines: Iterable[str]) -> Iterator[str]:
        """
        Pass *lines* through, counting their bytes for the ETA.
        """
        for line in lines:
            self.bytes += len(line.encode("utf-8", "replace"))
            yield line
