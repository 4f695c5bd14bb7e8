"""Tests of mlcareer._horizon: where a situation places each rule's advice."""

from __future__ import annotations

import fnmatch

from hypothesis import given
from hypothesis import strategies as st

from mlcareer import Horizon
from mlcareer._horizon import Placement, Situation, arrange, placements

#: Ids and patterns over a small alphabet, so that they often match.
_IDS = st.text(alphabet="ab.-", min_size=1, max_size=6)
_PATTERNS = st.lists(st.text(alphabet="ab.-*?[]!", min_size=1, max_size=6), max_size=6).map(tuple)


def _first(names: tuple[str, str], patterns: tuple[str, ...]) -> int | None:
    return next(
        (i for i, p in enumerate(patterns) if any(fnmatch.fnmatchcase(name, p) for name in names)),
        None,
    )


@given(rules=st.lists(st.tuples(_IDS, _IDS), max_size=4), now=_PATTERNS, later=_PATTERNS, drop=_PATTERNS)
def test_placement_is_the_first_pattern_either_id_matches(
    rules: list[tuple[str, str]], now: tuple[str, ...], later: tuple[str, ...], drop: tuple[str, ...]
) -> None:
    """Looking ids up and matching wildcard patterns at once places advice as `fnmatch` over every pattern does."""
    situation = Situation(name="s", now=now, later=later, drop=drop)
    assert placements(situation, rules) == [
        Placement(
            drop=_first(names, drop) is not None,
            now=_first(names, now),
            later=_first(names, later) is not None,
        )
        for names in rules
    ]


def test_now_goes_to_the_weightiest_then_the_most_urgent() -> None:
    """Of the advice a situation names for now, priority chooses first, then the order of its patterns."""
    high_but_named_last = [(0, 1, Placement(now=4)), *((n, 2, Placement(now=n - 1)) for n in (1, 2, 3))]
    assert arrange(high_but_named_last, situated=True) == [
        (0, Horizon.NOW),
        (1, Horizon.NOW),
        (2, Horizon.NOW),
        (3, Horizon.NEXT),
    ]
    equal = [(0, 2, Placement(now=3)), *((n, 2, Placement(now=n - 1)) for n in (1, 2, 3))]
    assert arrange(equal, situated=True) == [
        (1, Horizon.NOW),
        (2, Horizon.NOW),
        (3, Horizon.NOW),
        (0, Horizon.NEXT),
    ]


def test_advice_for_now_is_in_the_situations_order() -> None:
    """At equal priority, advice for now is listed as the situation orders it; other advice keeps rulebook order."""
    advice = [(0, 2, Placement(now=2)), (1, 2, Placement()), (2, 2, Placement(now=0)), (3, 2, Placement())]
    assert arrange(advice, situated=True) == [
        (2, Horizon.NOW),
        (0, Horizon.NOW),
        (1, Horizon.NEXT),
        (3, Horizon.NEXT),
    ]


def test_advice_named_for_now_that_does_not_fit_leads_next() -> None:
    """Advice the situation names for now beyond the first three comes before next's other advice, in its order."""
    advice = [(0, 2, Placement()), *((n, 2, Placement(now=5 - n)) for n in (1, 2, 3, 4, 5))]
    assert arrange(advice, situated=True) == [
        (5, Horizon.NOW),
        (4, Horizon.NOW),
        (3, Horizon.NOW),
        (2, Horizon.NEXT),
        (1, Horizon.NEXT),
        (0, Horizon.NEXT),
    ]
