"""Tests of mlcareer._horizon: where a situation places each rule's advice."""

from __future__ import annotations

import fnmatch

from hypothesis import given
from hypothesis import strategies as st

from mlcareer._horizon import Placement, Situation, placement

#: Ids and patterns over a small alphabet, so that they often match.
_IDS = st.text(alphabet="ab.-", min_size=1, max_size=6)
_PATTERNS = st.lists(st.text(alphabet="ab.-*?[]!", min_size=1, max_size=6), max_size=6).map(tuple)


def _first(names: tuple[str, str], patterns: tuple[str, ...]) -> int | None:
    return next(
        (i for i, p in enumerate(patterns) if any(fnmatch.fnmatchcase(name, p) for name in names)),
        None,
    )


@given(topic=_IDS, rule_id=_IDS, now=_PATTERNS, later=_PATTERNS, drop=_PATTERNS)
def test_placement_is_the_first_pattern_either_id_matches(
    topic: str, rule_id: str, now: tuple[str, ...], later: tuple[str, ...], drop: tuple[str, ...]
) -> None:
    """Looking ids up and matching only wildcard patterns places advice as `fnmatch` over every pattern does."""
    situation = Situation(name="s", now=now, later=later, drop=drop)
    assert placement(situation, topic, rule_id) == Placement(
        drop=_first((topic, rule_id), drop) is not None,
        now=_first((topic, rule_id), now),
        later=_first((topic, rule_id), later) is not None,
    )
