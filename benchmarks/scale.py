"""
Scaling out: profiles per second for many generated profiles, on one machine's three ways.

One process (``mlcareer advise --jsonl``), two worker processes (``--workers 2``), and a Dask
``LocalCluster`` of two worker processes (``mlcareer.dask.advise_bag`` over ``read_text``,
written back with ``to_textfiles``), each with its peak resident memory per process. Needs the
dask extra. Run with ``python benchmarks/scale.py`` (``--profiles`` to change the count,
``--write`` to record the results in benchmarks/RESULTS.md, under "Scaling out").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from profiles import generate

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
HEADING = "### Scaling out"
FILES = 20
AS_OF = "2026-11-25"


def write_input(folder: Path, count: int) -> list[Path]:
    """*count* JSON lines (50,000 distinct generated profiles, repeated) in FILES files."""
    raw = [json.dumps(profile) for profile in generate(50_000, seed=11)]
    paths = []
    per_file = -(-count // FILES)
    for part in range(FILES):
        lines = [raw[index % len(raw)] for index in range(part * per_file, min(count, (part + 1) * per_file))]
        path = folder / f"part-{part:02d}.jsonl"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        paths.append(path)
    return paths


def command(paths: list[Path], folder: Path, workers: int) -> tuple[float, int, int]:
    """Seconds for the command over all the lines, its own peak RSS and its largest worker's, in kB."""
    joined = folder / "all.jsonl"
    with joined.open("w", encoding="utf-8") as out:
        for path in paths:
            out.write(path.read_text(encoding="utf-8"))
    code = (
        "import resource, sys; from mlcareer._cli import main; code = main(sys.argv[1:]);"
        "own = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
        "children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
        "print(own, children, file=sys.stderr); sys.exit(code)"
    )
    argv = [sys.executable, "-c", code, "advise", "--jsonl", str(joined), str(folder / "out.jsonl")]
    start = time.perf_counter()
    done = subprocess.run(
        [*argv, "--workers", str(workers), "--as-of", AS_OF], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    own, children = done.stderr.split("\n")[-2].split()
    return seconds, int(own), int(children) if workers > 1 else 0


def peak_kb() -> int:
    """This process's peak resident memory, in kB."""
    status = Path("/proc/self/status").read_text(encoding="utf-8").splitlines()
    return int(next(line for line in status if line.startswith("VmHWM")).split()[1])


def cluster(paths: list[Path], folder: Path) -> tuple[float, list[int]]:
    """Seconds on a two-worker LocalCluster, from the files to report files; each worker's peak RSS."""
    import dask.bag  # noqa: PLC0415 - the extra, only here
    from distributed import Client, LocalCluster  # noqa: PLC0415

    import mlcareer.dask  # noqa: PLC0415

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
        Client(local) as client,
    ):
        start = time.perf_counter()
        bag = dask.bag.read_text([str(path) for path in paths]).map(str.rstrip)
        reports = mlcareer.dask.advise_bag(bag, as_of=dt.date.fromisoformat(AS_OF))
        reports.map(lambda line: line + "\n").to_textfiles(str(folder / "reports-*.jsonl"), compute=True)
        seconds = time.perf_counter() - start
        peaks = client.run(peak_kb)
    return seconds, sorted(peaks.values())


def run(count: int) -> list[tuple[str, str]]:
    """Measure the three ways; return (what, result) rows."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_input(folder, count)
        for workers in (1, 2):
            seconds, own, child = command(paths, folder, workers)
            memory = f"peak RSS {own / 1024:.0f} MB" + (
                f", largest worker {child / 1024:.0f} MB" if child else ""
            )
            what = f"`mlcareer advise --jsonl`, {count:,} profiles, {workers} worker(s)"
            rows.append((what, f"{count / seconds:,.0f}/s, {memory}"))
        seconds, peaks = cluster(paths, folder)
        memory = ", ".join(f"{peak / 1024:.0f} MB" for peak in peaks)
        what = f"`mlcareer.dask.advise_bag`, {count:,} profiles in {FILES} files, a LocalCluster of 2 workers"
        rows.append((what, f"{count / seconds:,.0f}/s, peak RSS per worker {memory}"))
    return rows


def main() -> None:
    """Run, print, and with --write record the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profiles", type=int, default=1_000_000, help="how many profiles")
    parser.add_argument("--write", action="store_true", help="record the results in benchmarks/RESULTS.md")
    args = parser.parse_args()
    rows = run(args.profiles)
    table = "\n".join(
        ["| Way | Result |", "| --- | --- |", *(f"| {what} | {result} |" for what, result in rows)]
    )
    section = f"{HEADING}\n\nMeasured on {dt.date.today().isoformat()}.\n\n{table}\n"  # noqa: DTZ011
    print(section)
    if args.write:
        text = RESULTS.read_text(encoding="utf-8")
        head = text.split(HEADING)[0].rstrip("\n")
        RESULTS.write_text(f"{head}\n\n{section}", encoding="utf-8")


if __name__ == "__main__":
    main()
