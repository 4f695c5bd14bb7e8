"""
Advise a JSON Lines file of profiles with Ray Data: each batch goes through mlcareer.advise_partition.

Usage: python ray_recipe.py PROFILES.jsonl (needs ray[data]).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import ray

import mlcareer


def advise(batch: dict[str, Any]) -> dict[str, list[str]]:
    """A batch of profile lines, as a batch of report lines: one for one, in order."""
    return {"report": list(mlcareer.advise_partition(batch["text"], mlcareer.default_engine()))}


if __name__ == "__main__":
    ray.init(num_cpus=2)
    profiles = ray.data.read_text(sys.argv[1])
    reports = profiles.map_batches(advise, batch_format="numpy")
    rows = reports.take_all()
    errors = sum(json.loads(row["report"]).get("error") is not None for row in rows)
    print(f"{len(rows)} reports, {errors} error records")
    if len(rows) != profiles.count():
        raise SystemExit("not one report for every profile")
    ray.shutdown()
