"""
Facts: a candidate indexed once for the rules to read.

The engine builds one `Facts` per evaluation; every compiled condition
reads it with a dictionary lookup or two instead of searching the
candidate's lists.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from mlcareer._taxonomy import SkillTable, skill_table

if TYPE_CHECKING:
    from mlcareer._model import Candidate, PortfolioItem, PrepStep, Sector, Stage

__all__ = ["Facts"]


class Facts:
    """
    One candidate's profile, indexed for evaluation.

    Attributes:
        candidate: The candidate.
        table: The skill table, for display names.
        levels: Skill id to level (1-5); a skill that is not listed is absent.
        years: Skill id to years of use, where given.
        traits: Trait id to whether an example backs it.
        items: The portfolio.
        kinds: How many portfolio items of each kind.
        stage: The career stage.
        sectors: The target sectors.
        company_sector: The target company's sector, if known.
        prep: The interview preparation done.
        memo: Truths of named conditions, shared by the rules that use them.
    """

    __slots__ = (
        "candidate",
        "company_sector",
        "items",
        "kinds",
        "levels",
        "memo",
        "prep",
        "sectors",
        "stage",
        "table",
        "traits",
        "years",
    )

    def __init__(self, candidate: Candidate, table: SkillTable | None = None) -> None:
        self.candidate = candidate
        self.table = table or skill_table()
        self.levels: dict[str, int] = {skill.name: skill.level.value for skill in candidate.skills}
        self.years: dict[str, float] = {
            skill.name: skill.years for skill in candidate.skills if skill.years is not None
        }
        self.traits: dict[str, bool] = {trait.name: trait.evidence is not None for trait in candidate.traits}
        self.items: tuple[PortfolioItem, ...] = candidate.portfolio
        self.kinds: Counter[str] = Counter(item.kind.value for item in candidate.portfolio)
        self.stage: Stage = candidate.stage
        self.sectors: frozenset[Sector] = frozenset(candidate.goals.sectors)
        company = candidate.goals.company
        self.company_sector: Sector | None = company.sector if company is not None else None
        self.prep: frozenset[PrepStep] = frozenset(candidate.interview_prep)
        self.memo: dict[object, bool] = {}
