"""
Horizons: when a person should act on each piece of advice, for their situation.

A rulebook describes situations (``horizons:`` in a rule file): each has a
condition on the profile, in the rule language, and says which advice
matters now, which can wait until later, and which is noise in that
situation and is left out, by patterns of topic or rule ids
(``interview.*``, ``industry.data-ethics.regulated-company``). For a
report, the first situation whose condition holds decides; the advice it
does not name is for next.

At most `NOW` pieces of advice are for now: those the situation names
first, then the weightiest. Only advice of priority medium or above is
ever for now; when the situation names none that fired, the first piece
of advice for next is for now instead, so a report starts with what to do
this week. Advice the situation names for now that does not fit there
leads what is for next, in the situation's order. A report stays short:
beyond `NEXT` pieces for next, the least weighty move to later, and at
most `LATER` pieces are kept for later, the weightiest. When no situation
applies (a rulebook without horizons), all advice is for next and none is
left out.
"""

from __future__ import annotations

import fnmatch
import functools
import re
import sys
from typing import TYPE_CHECKING, Any

import attrs

from mlcareer._language import ConditionShape
from mlcareer._ranks import Horizon
from mlcareer._shapes import Field, Issues, Items, Record, Rejected, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from mlcareer._conditions import Condition
    from mlcareer._language import ConditionParser

__all__ = [
    "LATER",
    "NEXT",
    "NOW",
    "UNPLACED",
    "Placement",
    "Situation",
    "arrange",
    "placements",
    "read_situations",
]

#: The most pieces of advice a report puts under `Horizon.NOW`.
NOW = 3

#: The most pieces of advice a report puts under `Horizon.NEXT`; the others go to `Horizon.LATER`.
NEXT = 4

#: The most pieces of advice a report keeps under `Horizon.LATER`.
LATER = 2


@attrs.frozen(kw_only=True)
class Situation:
    """
    A situation a person can be in, and what it makes urgent, what it defers and what it drops.

    Attributes:
        name: The situation's name (``interview-this-week``).
        when: Who is in it; None for everyone (a last, default situation).
        now: Patterns of topic or rule ids for now, most urgent first (``interview.*``); the
            weightiest advice they name goes first, urgency decides between equal priorities.
        later: Patterns for advice that can wait.
        drop: Patterns for advice left out of the report in this situation.
    """

    name: str
    when: Condition | None = None
    now: tuple[str, ...] = ()
    later: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()

    def to_data(self) -> dict[str, Any]:
        """
        The situation as written in a rule file.
        """
        return SITUATION_SHAPE.dump(self)  # type: ignore[return-value] # a record dumps to a mapping


def situation_shape(parser: ConditionParser | None) -> Record[Situation]:
    """
    How a rule file writes a situation: its one definition, read with a parser of the file.
    """
    patterns = Items(Text(max_length=200), what="a list of topic or rule ids, or patterns")
    return Record(
        Situation,
        {
            "situation": Field(Text(max_length=200), required=True, attr="name", description="Its name."),
            "when": Field(ConditionShape(parser), description="Who is in it; everyone without one."),
            "now": Field(patterns, default=(), description="Ids or patterns of advice for now, in order."),
            "later": Field(patterns, default=(), description="Ids or patterns of advice that can wait."),
            "drop": Field(patterns, default=(), description="Ids or patterns of advice left out."),
        },
        what="a situation (a mapping)",
    )


#: The characters that make a pattern more than an id.
_WILDCARD = re.compile(r"[*?\[]")


@functools.lru_cache(maxsize=256)
def _first_of(patterns: tuple[str, ...]) -> Callable[[str], int]:
    """
    A function from a topic or rule id to the index of the first of *patterns* it matches, or `_NONE`.

    Patterns without wildcards are looked up, the others are alternatives of
    one regular expression, each matching as `fnmatch.fnmatchcase` does, so
    an engine places each rule in a few lookups and matches.
    """
    exact: dict[str, int] = {}
    wild: list[str] = []
    for index, pattern in enumerate(patterns):
        if _WILDCARD.search(pattern):
            # An alternative named by the pattern's index: the first that matches is the first pattern.
            wild.append(f"(?P<p{index}>{fnmatch.translate(pattern)})")
        else:
            exact.setdefault(pattern, index)
    match = re.compile("|".join(wild)).match if wild else None

    def first(name: str) -> int:
        found = exact.get(name, _NONE)
        if match is not None and (matched := match(name)) is not None:
            return min(found, int(matched.lastgroup[1:]))  # type: ignore[index] # every alternative is named
        return found

    return first


#: The index `_first_of` gives a name no pattern matches.
_NONE = sys.maxsize


@attrs.frozen
class Placement:
    """
    What a situation says of one rule's advice: whether it is dropped, for now (and how urgent), or for later.

    Attributes:
        drop: Left out of the report.
        now: The place of the first `now` pattern that names it (lower is more urgent), if any.
        later: Named by a `later` pattern.
    """

    drop: bool = False
    now: int | None = None
    later: bool = False


#: Where advice goes when no situation names it: next.
UNPLACED = Placement()


def placements(situation: Situation, rules: Iterable[tuple[str, str]]) -> list[Placement]:
    """
    Where *situation* puts the advice of each of *rules*, given as (topic, rule id).

    An engine works these out once; placements that are alike are one object.
    """
    drop, now, later = _first_of(situation.drop), _first_of(situation.now), _first_of(situation.later)
    alike: dict[tuple[bool, int | None, bool], Placement] = {}
    # Rules share topics: each topic is matched once, each rule id on its own.
    of_topics: dict[str, tuple[int, int, int]] = {}
    found = []
    for topic, rule_id in rules:
        of_topic = of_topics.get(topic)
        if of_topic is None:
            of_topic = of_topics[topic] = (drop(topic), now(topic), later(topic))
        first_now = min(of_topic[1], now(rule_id))
        key = (
            min(of_topic[0], drop(rule_id)) != _NONE,
            None if first_now == _NONE else first_now,
            min(of_topic[2], later(rule_id)) != _NONE,
        )
        kept = alike.get(key)
        if kept is None:
            kept = alike[key] = Placement(drop=key[0], now=key[1], later=key[2])
        found.append(kept)
    return found


def arrange(advice: Sequence[tuple[int, int, Placement]], *, situated: bool) -> list[tuple[int, Horizon]]:
    """
    Give each piece of advice its horizon, and order them as a report does.

    Args:
        advice: For each piece of advice, in priority then rulebook order:
            its position (returned as is), its priority's rank (0 for
            critical) and where the person's situation places it.
        situated: Whether a situation applies; without one, all advice is
            for next and none is left out.

    Returns:
        The positions kept, with their horizons, by horizon, then
        priority, then the order of urgency the situation gives (advice
        it names for now that is not for now comes before the rest of its
        horizon), then rulebook order.
    """
    # Horizon, priority, urgency (the place the situation gives advice for now), rulebook order.
    placed: list[tuple[int, int, int, int, int, Horizon]] = []
    urgent: list[tuple[int, int, int, int]] = []
    for order, (position, rank, where) in enumerate(advice):
        if where.drop:
            continue
        if where.now is not None and rank <= _MEDIUM:
            urgent.append((rank, where.now, order, position))
            continue
        horizon = Horizon.LATER if where.later else Horizon.NEXT
        placed.append((horizon.rank, rank, _UNNAMED, order, position, horizon))
    urgent.sort()
    for number, (rank, now, order, position) in enumerate(urgent):
        horizon = Horizon.NOW if number < NOW else Horizon.NEXT
        placed.append((horizon.rank, rank, now, order, position, horizon))
    placed.sort()
    if not situated:
        return [(position, horizon) for *_, position, horizon in placed]
    if placed and placed[0][5] is Horizon.NEXT and placed[0][1] <= _MEDIUM:
        placed[0] = (*placed[0][:5], Horizon.NOW)
    nexts = [entry for entry in placed if entry[5] is Horizon.NEXT]
    later = [entry for entry in placed if entry[5] is Horizon.LATER]
    later = sorted(later + [(Horizon.LATER.rank, *entry[1:5], Horizon.LATER) for entry in nexts[NEXT:]])
    kept = [entry for entry in placed if entry[5] is Horizon.NOW] + nexts[:NEXT] + later[:LATER]
    return [(position, horizon) for *_, position, horizon in kept]


#: The rank of priority medium: advice below it is never for now.
_MEDIUM = 2

#: The urgency of advice a situation does not name for now: after all it names.
_UNNAMED = sys.maxsize


def read_situations(value: object, parser: ConditionParser, issues: Issues) -> list[Situation]:
    """
    Read a rule file's ``horizons``: a list of situations. Problems go to *issues*.
    """
    try:
        return list(
            Items(situation_shape(parser), what="a list of situations").parse(value, ("horizons",), issues)
        )
    except Rejected:
        return []


#: A situation's shape for writing situations back and describing them.
SITUATION_SHAPE = situation_shape(None)
