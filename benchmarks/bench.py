"""
Benchmarks of mlcareer: import, engine build, compile scaling, evaluation and JSON Lines batches.

Run with ``python -m nox -s bench`` (or ``python benchmarks/bench.py``); ``--write`` records the
results in benchmarks/RESULTS.md with the date, machine and versions. Each timing is the median
of several repetitions after a warm-up. Timings are measured, never asserted in tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import peers
from profiles import generate
from timing import interleaved_times, median_time

import mlcareer
from mlcareer._batch import advise_lines

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
SCALING = "### Scaling out"


def default_engine_time(cache: str) -> float:
    """
    Seconds to the built-in rulebook's engine in a fresh interpreter, mlcareer imported (median of 5).

    *cache* is the cache directory (``MLCAREER_CACHE_DIR``); empty for none.
    """
    code = (
        "import time, mlcareer; t = time.perf_counter(); mlcareer.default_engine();"
        "print(time.perf_counter() - t)"
    )
    environment = {**os.environ, "MLCAREER_CACHE_DIR": cache}
    runs = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True, env=environment))
        for _ in range(5)
    ]
    return statistics.median(runs)


def json_lines_side_by_side(lines: list[str]) -> list[tuple[str, str]]:
    """
    The JSON Lines path beside its floor, on the same lines in one run: µs a line, and the ratio.

    The floor is what any program pays to read each line and write a report of the same size:
    ``json.loads(line)`` and ``json.dumps`` of the report as plain data.
    """
    engine = mlcareer.Engine()
    as_of = dt.date(2026, 11, 26)
    reports = [engine.evaluate(mlcareer.load_candidate(json.loads(line)), as_of=as_of) for line in lines]
    plain = [report.to_dict() for report in reports]
    candidates = [mlcareer.load_candidate(json.loads(line)) for line in lines]
    count = len(lines)
    times = interleaved_times(
        {
            "floor": lambda: [
                (json.loads(line), json.dumps(data)) for line, data in zip(lines, plain, strict=True)
            ],
            "path": lambda: advise_lines(engine, lines, io.StringIO(), as_of=as_of),
            "loads": lambda: [mlcareer.load_candidate(json.loads(line)) for line in lines],
            "evaluate": lambda: [engine.evaluate(candidate, as_of=as_of) for candidate in candidates],
            "to_dict": lambda: [report.to_dict() for report in reports],
        }
    )
    floor, path, loads, evaluate, to_dict = (
        times[name] for name in ("floor", "path", "loads", "evaluate", "to_dict")
    )
    micros = 1e6 / count
    return [
        (
            "JSON Lines floor: `json.loads(line)` + `json.dumps(report.to_dict())`, a line",
            f"{floor * micros:.0f} µs",
        ),
        (
            "JSON Lines in process (`advise_lines`): read, check, evaluate, write, a line",
            f"{path * micros:.0f} µs ({path / floor:.1f}x the floor)",
        ),
        ("of which `load_candidate(json.loads(line))`", f"{loads * micros:.0f} µs"),
        ("of which `engine.evaluate(candidate)`", f"{evaluate * micros:.0f} µs"),
        ("`report.to_dict()`", f"{to_dict * micros:.1f} µs ({to_dict / evaluate:.2f}x `evaluate`)"),
    ]


def import_time() -> float:
    """Seconds to import mlcareer in a fresh interpreter (median of 5)."""
    code = "import time; t = time.perf_counter(); import mlcareer; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    return statistics.median(runs)


def many_rules(count: int) -> dict[str, object]:
    """A rulebook of *count* rules: the built-in rules, repeated under new ids."""
    data = mlcareer.load_rulebook().to_data()
    rules = data["rules"]
    data["rules"] = [
        {**rule, "id": f"{rule['id']}-{n}"} for n in range(count // len(rules) + 1) for rule in rules
    ][:count]
    return data


def reports_per_second(candidates: list[mlcareer.Candidate], repeat: int = 3) -> float:
    """Reports per second from a new engine over *candidates* (median of *repeat* runs, a new engine each)."""
    times = []
    for _ in range(repeat):
        engine = mlcareer.Engine()
        gc.collect()
        start = time.perf_counter()
        for candidate in candidates:
            engine.evaluate(candidate)
        times.append(time.perf_counter() - start)
    return len(candidates) / statistics.median(times)


def jsonl_throughput(lines: list[str], workers: int) -> tuple[float, int]:
    """Profiles per second through the command, end to end, and its peak resident memory in kB."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("\n".join(lines) + "\n")
        # VmHWM is this process's own peak; ru_maxrss would include the forking parent's.
        code = (
            "import sys; from mlcareer._cli import main; code = main(sys.argv[1:]);"
            "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
            "print(peak, file=sys.stderr); sys.exit(code)"
        )
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, "advise", "--jsonl", str(source), str(Path(tmp) / "out.jsonl"),
             "--workers", str(workers)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    return len(lines) / seconds, int(done.stderr.splitlines()[-1])


def run(lines_count: int) -> list[tuple[str, str]]:
    """Measure everything; return (what, result) rows."""
    rows = []
    rows.append(("`import mlcareer`", f"{import_time() * 1000:.0f} ms"))
    builtin = mlcareer._rulebook.builtin_rules_path()
    build = median_time(lambda: mlcareer.Engine(mlcareer.load_rulebook(builtin)))
    rows.append(("load, check and compile the built-in rulebook", f"{build * 1000:.1f} ms"))
    cold = default_engine_time("")
    with tempfile.TemporaryDirectory() as cache:
        warm = default_engine_time(cache)  # the first run writes the entry the others read
    rows.append(("`mlcareer.default_engine()`, first call in a process, no cache", f"{cold * 1000:.1f} ms"))
    rows.append(
        ("`mlcareer.default_engine()`, first call in a process, from the cache", f"{warm * 1000:.1f} ms")
    )
    candidates = [mlcareer.load_candidate(p) for p in generate(2000)]
    for count in (1000, 2000, 4000):
        data = many_rules(count)
        limits = mlcareer.Limits(
            max_values=10_000_000, max_bytes=100_000_000
        )  # a rulebook far past the defaults
        seconds = median_time(
            lambda data=data, limits=limits: mlcareer.Engine(mlcareer.load_rulebook(data, limits=limits)),
            repeat=3,
        )
        rows.append((f"load and compile {count:,} rules", f"{seconds * 1000:.0f} ms"))
        big_engine = mlcareer.Engine(mlcareer.load_rulebook(data, limits=limits))
        sample = candidates[:200]
        per = median_time(lambda e=big_engine, s=sample: [e.fired(c) for c in s], repeat=3) / len(sample)
        rows.append((f"rules fired, per profile, with {count:,} rules", f"{per * 1e6:.0f} µs"))
        del big_engine
    engine = mlcareer.default_engine()
    fired = median_time(lambda: [engine.fired(c) for c in candidates]) / len(candidates)
    rows.append(("rules fired, per profile (built-in rulebook)", f"{fired * 1e6:.1f} µs"))
    # A new engine each time and profiles it has never seen: what it keeps is built up as it goes.
    fresh = [mlcareer.load_candidate(p) for p in generate(20_000, seed=5)]
    advice = statistics.mean(len(engine.evaluate(c).advice) for c in fresh)
    what = f"complete reports per second, one core; a new engine and {len(fresh):,} new profiles"
    rows.append((what, f"{reports_per_second(fresh):,.0f}"))
    rows.append(("advice per generated profile, on average", f"{advice:.1f}"))
    for size in (10, 1_000, 10_000):  # up to the most skills a profile may list
        big = mlcareer.Candidate(skills=[mlcareer.Skill(f"skill-{i}") for i in range(size)])
        times = max(1, 10_000 // size)  # enough reports for each run to take a while
        seconds = (
            median_time(lambda big=big, n=times: [engine.evaluate(big) for _ in range(n)], repeat=3) / times
        )
        rows.append((f"one report for a profile of {size:,} skills", f"{seconds * 1e3:.2f} ms"))
    raw = [json.dumps(p) for p in generate(50_000, seed=11)]
    rows.extend(json_lines_side_by_side(raw[:5000]))
    # Memory is flat in the input size: compare a tenth of the lines with all of them.
    for count, workers in ((lines_count // 10, 1), (lines_count, 1), (lines_count, 2)):
        rate, rss = jsonl_throughput([raw[i % len(raw)] for i in range(count)], workers)
        what = f"`mlcareer advise --jsonl`, {count:,} lines ({len(raw):,} distinct), {workers} worker(s)"
        rows.append((what, f"{rate:,.0f}/s, peak RSS {rss / 1024:.0f} MB"))
    return rows


def main() -> None:
    """Run the benchmarks and print (and with --write, record) the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000, help="lines for the JSON Lines runs")
    parser.add_argument("--write", action="store_true", help="record the results in benchmarks/RESULTS.md")
    args = parser.parse_args()
    comparison = peers.table()
    rows = run(args.lines)
    table = ["| Measure | Result |", "| --- | --- |", *(f"| {what} | {result} |" for what, result in rows)]
    header = (
        f"Measured on {dt.date.today().isoformat()} on {platform.machine()} ({processor()}) with "  # noqa: DTZ011
        f"{os.cpu_count()} cores, Python {platform.python_version()}, mlcareer {mlcareer_version()}."
    )
    text = (
        "\n".join([header, "", "### Beside other engines", "", comparison, "", "### mlcareer", "", *table])
        + "\n"
    )
    print(text)
    if args.write:
        # The scaling-out section is recorded by scale.py; keep it.
        kept = RESULTS.read_text("utf-8").partition(SCALING)[2] if RESULTS.exists() else ""
        RESULTS.write_text(text + (f"\n{SCALING}{kept}" if kept else ""), "utf-8")


def processor() -> str:
    """The processor's model name, where Linux tells it."""
    try:
        lines = Path("/proc/cpuinfo").read_text("utf-8").splitlines()
    except OSError:
        return platform.processor() or "unknown processor"
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "unknown")


def mlcareer_version() -> str:
    """The installed mlcareer's version."""
    from importlib.metadata import version  # noqa: PLC0415

    return version("mlcareer")


if __name__ == "__main__":
    main()
