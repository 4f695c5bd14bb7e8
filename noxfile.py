"""
The check suite: lint, type check, tests on every supported Python, and a wheel smoke test.

Run it all with ``python -m nox``; one part with ``python -m nox -s lint``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "tests", "dask", "smoke", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = "CI" in os.environ

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = Path(__file__).parent


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and its tests with mypy --strict."""
    session.install("-e", ".[typecheck]", "nox")
    session.run("mypy")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """
    Run the test suite against the installed (not the source) package.

    Under the ``ci`` profile, property tests search widely on the newest
    Python and run the same derandomized search, shorter, on the others.
    """
    session.install(".[tests]")
    profile = os.environ.get("HYPOTHESIS_PROFILE", "dev")
    if profile == "ci" and session.python != PYTHONS[-1]:
        profile = "ci-short"
    session.run("pytest", *session.posargs, env={"HYPOTHESIS_PROFILE": profile})


@nox.session
def dask(session: nox.Session) -> None:
    """Run mlcareer.dask's tests on a LocalCluster of two worker processes, with the dask extra installed."""
    session.install(".[dask,tests]")
    session.run(
        "pytest",
        "tests/test_dask.py",
        "tests/test_docstrings.py",
        "-k",
        "dask",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": os.environ.get("HYPOTHESIS_PROFILE", "dev")},
    )


@nox.session
def recipes(session: nox.Session) -> None:
    """Run the Spark and Ray recipes of docs/scaling-out.md (opt in, not in the suite: Spark needs Java)."""
    session.install(".", "pyspark[pandas_on_spark]>=3.5", "ray[data]>=2.9")
    for recipe in sorted((ROOT / "examples" / "scale").glob("*.py")):
        session.run("python", str(recipe), str(ROOT / "examples" / "scale" / "profiles.jsonl"))


@nox.session
def smoke(session: nox.Session) -> None:
    """Build the wheel, install it in a new virtual environment outside the tree, and use it."""
    session.install("build")
    with tempfile.TemporaryDirectory() as tmp:
        dist = Path(tmp) / "dist"
        session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT))
        (wheel,) = dist.glob("*.whl")
        venv = Path(tmp) / "venv"
        session.run("python", "-m", "venv", str(venv))
        python = str(venv / "bin" / "python")
        session.run(python, "-m", "pip", "install", "--quiet", str(wheel), external=True)
        profile = ROOT / "examples" / "profiles" / "student.yaml"
        check = (
            "import pathlib, sys, mlcareer;"
            "c = mlcareer.load_candidate(pathlib.Path(sys.argv[1]));"
            "r = mlcareer.default_engine().evaluate(c);"
            "assert r.advice and not mlcareer.default_engine().check_examples();"
            "print(c.name, '->', len(r.advice), 'pieces of advice')"
        )
        session.run(python, "-c", check, str(profile), external=True, env={"PYTHONSAFEPATH": "1"})
        session.run(str(venv / "bin" / "mlcareer"), "advise", str(profile), external=True)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation offline with warnings as errors, and run its examples as doctests."""
    session.install(".[docs]")
    build = ROOT / "docs" / "_build"
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", str(build / "html"))
    session.run("sphinx-build", "-W", "--keep-going", "-b", "doctest", "docs", str(build / "doctest"))
    session.log(f"The documentation is in {build / 'html' / 'index.html'}")


@nox.session
def bench(session: nox.Session) -> None:
    """Run the benchmarks; pass -- --write to record the results in benchmarks/RESULTS.md."""
    session.install(".", *nox.project.dependency_groups(nox.project.load_toml("pyproject.toml"), "bench"))
    session.run("python", "benchmarks/bench.py", *session.posargs)
