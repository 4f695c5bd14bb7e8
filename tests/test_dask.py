"""Tests for mlcareer.dask on a real cluster: two worker processes, as in production, on this machine."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("distributed")

import dask.bag
from distributed import Client, LocalCluster

import mlcareer
import mlcareer.dask

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

AS_OF = dt.date(2026, 11, 25)
ENGINE = mlcareer.default_engine()


def profiles(count: int) -> list[str]:
    """*count* JSON lines, every 97th of them a profile that cannot be advised."""
    skills = [["python"], ["r", "sql"], ["pytorch"], [], ["numpy", "pandas", "scikit-learn"]]
    return [
        '{"skills": "all of them"}'
        if number % 97 == 0
        else json.dumps({"name": f"P{number}", "skills": skills[number % 5]})
        for number in range(1, count + 1)
    ]


def assert_one_process_output(out: list[str], lines: list[str], size: int) -> None:
    """*out* is what one process writes for *lines*, error records placed in partitions of *size*."""
    expected = list(mlcareer.advise_partition(lines, ENGINE, as_of=AS_OF))
    assert len(out) == len(expected)
    for index, (got, want) in enumerate(zip(out, expected, strict=True)):
        if want.startswith('{"line":'):
            record = json.loads(got)
            assert (record["partition"], record["line"]) == (index // size, index % size + 1)
            line = record["line"]
            assert (
                record["error"]
                == f"invalid profile: {line}:12: skills: expected a list, got the text 'all of them'"
            )
        else:
            assert got == want


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A cluster of two worker processes, one thread each, on this machine."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_every_profile_once_in_order(client: Client, tmp_path: Path) -> None:
    """N profiles in, N report lines out, in order, errors in place: the lines one process writes."""
    lines = profiles(2_000)
    files = []
    for part in range(4):
        path = tmp_path / f"part-{part}.jsonl"
        path.write_text("\n".join(lines[part * 500 : (part + 1) * 500]) + "\n")
        files.append(str(path))
    bag = dask.bag.read_text(files).map(str.rstrip)
    out = client.compute(mlcareer.dask.advise_bag(bag, as_of=AS_OF)).result()
    assert_one_process_output(out, lines, 500)


def test_the_advice_table_and_rule_counts(client: Client) -> None:
    """One row per piece of advice, and counts by rule, agree with the reports of one process."""
    lines = profiles(600)
    bag = dask.bag.from_sequence(lines, npartitions=6)
    frame = client.compute(mlcareer.dask.advice_frame(bag, as_of=AS_OF)).result()
    reports = [json.loads(line) for line in mlcareer.advise_partition(lines, ENGINE, as_of=AS_OF)]
    assert list(frame.columns) == list(mlcareer.dask.ADVICE_COLUMNS)
    assert len(frame) == sum(len(report.get("advice", ())) for report in reports)
    counts: dict[str, int] = {}
    for report in reports:
        for advice in report.get("advice", ()):
            counts[advice["rule"]] = counts.get(advice["rule"], 0) + 1
    expected = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    assert mlcareer.dask.rule_counts(bag, as_of=AS_OF) == expected


def test_a_killed_worker_loses_nothing(client: Client) -> None:
    """A worker process that dies mid-run is replaced, its partitions are redone, and nothing is lost or doubled."""
    lines = profiles(3_000)
    bag = dask.bag.from_sequence(lines, npartitions=30)
    future = client.compute(mlcareer.dask.advise_bag(bag, as_of=AS_OF))
    pids = client.run(os.getpid)  # every worker's address and process id, asked of the workers themselves
    os.kill(pids[min(pids)], signal.SIGKILL)  # this cluster's own worker process, by the pid it gave
    assert_one_process_output(future.result(), lines, 100)
    client.wait_for_workers(2)
