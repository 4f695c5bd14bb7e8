"""
Write the expected report of every example profile beside it.

The test suite compares each profile's report with its committed
``.report.json``; after a deliberate change to the rulebook, run
``python examples/update_reports.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import mlcareer

PROFILES = Path(__file__).parent / "profiles"

#: The date the example profiles are judged on (their interview dates and current positions).
AS_OF = dt.date(2026, 11, 25)


def main() -> None:
    """Evaluate each example profile and write its report as JSON."""
    engine = mlcareer.default_engine()
    for profile in sorted(PROFILES.glob("*.yaml")):
        report = engine.evaluate(mlcareer.load_candidate(profile), as_of=AS_OF)
        profile.with_suffix(".report.json").write_text(report.to_json() + "\n", "utf-8")
        print(f"{profile.name}: {len(report.advice)} pieces of advice")


if __name__ == "__main__":
    main()
