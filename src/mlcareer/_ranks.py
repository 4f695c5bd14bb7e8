"""
How advice is named and ranked: the words reports share with rulebooks.

Rule and topic ids, priorities (the weight a rulebook gives a piece of
advice) and horizons (when to act on it). Reports depend on these and on
nothing of the rule language.
"""

from __future__ import annotations

import enum
from typing import NewType

from mlcareer._shapes import Words

__all__ = ["HORIZON_SHAPE", "PRIORITY_SHAPE", "Horizon", "Priority", "RuleId", "TopicId"]

RuleId = NewType("RuleId", str)
"""
A rule's stable id: dotted lowercase words, such as ``skills.python.missing``.
"""

TopicId = NewType("TopicId", str)
"""
A topic's id: its category, a dot and a name, such as ``skills.python``.
"""


class Priority(enum.Enum):
    """
    How much a piece of advice matters; reports list critical advice first.

    Example:
        >>> Priority.CRITICAL.rank < Priority.LOW.rank
        True
    """

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """
        The priority's place in report order, 0 for critical.
        """
        return _PRIORITY_RANKS[self]


class Horizon(str, enum.Enum):
    """
    When to act on a piece of advice: now (this week), next (what follows) or later.
    """

    NOW = "now"
    NEXT = "next"
    LATER = "later"

    @property
    def rank(self) -> int:
        """
        The horizon's place in a report's order, counting from 0 for now.
        """
        return _HORIZON_RANKS[self]


_PRIORITY_RANKS = {priority: rank for rank, priority in enumerate(Priority)}
_HORIZON_RANKS = {horizon: rank for rank, horizon in enumerate(Horizon)}
PRIORITY_SHAPE: Words[Priority] = Words({p: p.value for p in Priority}, what="a priority")
HORIZON_SHAPE: Words[Horizon] = Words({horizon: horizon.value for horizon in Horizon}, what="a horizon")
