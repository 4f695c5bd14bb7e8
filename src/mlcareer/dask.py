"""
Advice for many profiles on a Dask cluster (``pip install mlcareer[dask]``).

Each partition of a `dask.bag.Bag` of profiles (JSON lines, as
``dask.bag.read_text`` gives them, or plain data) is advised with
`mlcareer.advise_partition`, the unit ``mlcareer advise --jsonl`` runs
on. The engine goes into the task graph once, as one key, so each worker
receives it once, whatever the number of partitions.

Example:
    >>> import datetime as dt
    >>> import dask.bag
    >>> import mlcareer.dask
    >>> profiles = dask.bag.from_sequence(['{"name": "A", "skills": ["r"]}', '{"skills": 7}'], npartitions=2)
    >>> lines = mlcareer.dask.advise_bag(profiles, as_of=dt.date(2026, 11, 25)).compute(scheduler="sync")
    >>> [line[:40] for line in lines]
    ['{"report":1,"as_of":"2026-11-25","candid', '{"partition": 1, "line": 1, "error": "in']
    >>> mlcareer.dask.rule_counts(profiles, as_of=dt.date(2026, 11, 25), scheduler="sync")[:2]
    [('industry.deep-learning.none', 1), ('portfolio.personal-projects.none', 1)]
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag
    import dask.dataframe
    import pandas as pd
except ImportError as error:  # pragma: no cover - the extra is not installed
    msg = "mlcareer.dask needs Dask: pip install 'mlcareer[dask]'"
    raise ImportError(msg) from error

from mlcareer._batch import advise_partition, is_error_record
from mlcareer._default import default_engine

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from mlcareer._engine import Engine

__all__ = ["ADVICE_COLUMNS", "advice_frame", "advise_bag", "rule_counts"]

#: The columns of `advice_frame`, one row per piece of advice.
ADVICE_COLUMNS = ("partition", "line", "candidate", "rule", "topic", "category", "priority", "horizon")


def _advise_part(
    items: Sequence[str | Mapping[str, Any]], engine: Engine, as_of: dt.date, partition: int
) -> list[str]:
    lines = []
    for line in advise_partition(items, engine, as_of=as_of):
        if is_error_record(line):  # placed in its partition too
            record = json.loads(line)
            line = json.dumps({"partition": partition, **record}, ensure_ascii=False)  # noqa: PLW2901
        lines.append(line)
    return lines


def _rows_part(
    items: Sequence[str | Mapping[str, Any]], engine: Engine, as_of: dt.date, partition: int
) -> pd.DataFrame:
    rows = [
        (partition, number, report.get("candidate"), *(advice[key] for key in ADVICE_COLUMNS[3:]))
        for number, report in enumerate(advise_partition(items, engine, as_of=as_of, plain=True), 1)
        for advice in report.get("advice", ())
    ]
    return pd.DataFrame(rows, columns=list(ADVICE_COLUMNS)).astype(_META.dtypes.to_dict())


_META = pd.DataFrame(
    {
        "partition": pd.Series(dtype="int64"),
        "line": pd.Series(dtype="int64"),
        "candidate": pd.Series(dtype="object"),
        **{column: pd.Series(dtype="object") for column in ADVICE_COLUMNS[3:]},
    }
)


def _parts(bag: dask.bag.Bag, engine: Engine | None, as_of: dt.date | None) -> tuple[list[Any], Any, dt.date]:
    """
    The bag's partitions as delayed values, the engine as one key of the graph, and the day.
    """
    shipped = dask.delayed(engine or default_engine(), pure=True, traverse=False)
    day = as_of or dt.date.today()  # noqa: DTZ011 - the caller's day, fixed for the whole run
    return list(bag.to_delayed()), shipped, day


def advise_bag(
    bag: dask.bag.Bag, engine: Engine | None = None, *, as_of: dt.date | None = None
) -> dask.bag.Bag:
    """
    Advise every profile of *bag*: a bag of report lines (JSON text), one for each profile, in order.

    A profile that cannot be advised gives ``{"partition": P, "line": N,
    "error": "..."}``: its partition and its line in it, from 1. Write the
    lines back with ``Bag.to_textfiles``.

    Args:
        bag: JSON lines (from ``dask.bag.read_text``) or profiles as plain data.
        engine: The engine (the default engine when None), sent to each worker once.
        as_of: The date every profile is judged on (today, once for the whole run, by default).
    """
    parts, shipped, day = _parts(bag, engine, as_of)
    advise = dask.delayed(_advise_part, pure=True)
    return dask.bag.from_delayed([advise(part, shipped, day, index) for index, part in enumerate(parts)])


def advice_frame(
    bag: dask.bag.Bag, engine: Engine | None = None, *, as_of: dt.date | None = None
) -> dask.dataframe.DataFrame:
    """
    The advice for every profile of *bag* as a Dask DataFrame, one row per piece of advice.

    The columns are `ADVICE_COLUMNS`: the profile's partition and line (from
    1), its name (``candidate``, when it has one), then the advice's rule,
    topic, category, priority and horizon. Profiles that cannot be advised
    have no rows (`advise_bag` gives their errors).
    """
    parts, shipped, day = _parts(bag, engine, as_of)
    rows = dask.delayed(_rows_part, pure=True)
    frames = [rows(part, shipped, day, index) for index, part in enumerate(parts)]
    return dask.dataframe.from_delayed(frames, meta=_META, verify_meta=False)


def rule_counts(
    bag: dask.bag.Bag,
    engine: Engine | None = None,
    *,
    as_of: dt.date | None = None,
    **compute: Any,  # noqa: ANN401 - passed on to Dask's compute as they are
) -> list[tuple[str, int]]:
    """
    How many profiles of *bag* each rule advised, most first (ties by rule id), counted on the cluster.

    Keyword arguments beyond *as_of* go to ``compute`` (a ``scheduler``, say).
    """
    counts = advice_frame(bag, engine, as_of=as_of)["rule"].value_counts().compute(**compute)
    return sorted(
        ((str(rule), int(count)) for rule, count in counts.items()), key=lambda item: (-item[1], item[0])
    )
