"""
A coverage-guided fuzzer (atheris) for the profile and rule loaders, for long runs.

    python -m pip install atheris
    python benchmarks/fuzz/fuzz_load.py -max_total_time=600

Any exception other than MlcareerError is a bug; atheris stops and saves the input.
The same guarantee is checked on every commit by tests/test_hostile.py (hypothesis).
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    import mlcareer

ENGINE = mlcareer.default_engine()


def one_input(data: bytes) -> None:
    """Load the bytes as a profile (and as a rule file); evaluate valid profiles."""
    with contextlib.suppress(mlcareer.MlcareerError):
        ENGINE.evaluate(mlcareer.load_candidate(data)).to_json()
    with contextlib.suppress(mlcareer.MlcareerError):
        mlcareer.load_rulebook(data.decode("utf-8", "replace"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
