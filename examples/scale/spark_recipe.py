"""
Advise a JSON Lines file of profiles with Apache Spark: each partition goes through mlcareer.advise_partition.

Usage: python spark_recipe.py PROFILES.jsonl (needs pyspark and Java). The engine is built once per
Python worker process (default_engine is cached there), not once per row.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

import pandas as pd
from pyspark.sql import SparkSession

import mlcareer

if TYPE_CHECKING:
    from collections.abc import Iterator


def advise(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Each batch of profile lines, as a batch of report lines: one for one, in order."""
    engine = mlcareer.default_engine()
    for batch in batches:
        yield pd.DataFrame({"report": list(mlcareer.advise_partition(batch["value"], engine))})


if __name__ == "__main__":
    # Spark's Python workers run this interpreter (where mlcareer is installed) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("mlcareer").getOrCreate()
    profiles = spark.read.text(sys.argv[1])
    reports = profiles.mapInPandas(advise, schema="report string")
    rows = reports.collect()
    errors = sum(json.loads(row.report).get("error") is not None for row in rows)
    print(f"{len(rows)} reports, {errors} error records")
    if len(rows) != profiles.count():
        raise SystemExit("not one report for every profile")
    spark.stop()
