"""
Facts: a candidate indexed once for the rules to read.

The engine builds one `Facts` per evaluation; every compiled condition
reads it with a dictionary lookup or two instead of searching the
candidate's lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlcareer._taxonomy import SkillTable, skill_table

if TYPE_CHECKING:
    from mlcareer._model import (
        Candidate,
        Company,
        Goals,
        Growth,
        Level,
        PortfolioItem,
        PortfolioKind,
        PrepStep,
        Sector,
        Stage,
    )

__all__ = ["Facts"]


class Facts:
    """
    One candidate's profile, indexed for evaluation.

    The attributes carry the names the compiled rulebook reads (see
    `mlcareer._compiler`), so the generated code and the plain
    interpretation read the same index.

    Attributes:
        candidate: The candidate.
        table: The skill table, for display names.
        levels: Skill id to level; a skill that is not listed is absent.
        years: Skill id to years of use, where given.
        traits: Trait id to whether an example backs it.
        items: The portfolio.
        kinds: How many portfolio items of each kind.
        stage: The career stage.
        goals: The candidate's goals.
        sectors: The target sectors.
        company: The target company, if any.
        company_sector: The target company's sector, if known.
        prep: The interview preparation done.
        growth: Mentorship, learning and networking.
    """

    __slots__ = (
        "candidate",
        "company",
        "company_sector",
        "goals",
        "growth",
        "items",
        "kinds",
        "levels",
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
        skills = candidate.skills
        self.levels: dict[str, Level] = {skill.name: skill.level for skill in skills}
        self.years: dict[str, float] = {
            skill.name: skill.years for skill in skills if skill.years is not None
        }
        self.traits: dict[str, bool] = {trait.name: trait.evidence is not None for trait in candidate.traits}
        self.items: tuple[PortfolioItem, ...] = candidate.portfolio
        kinds: dict[PortfolioKind, int] = {}
        for item in self.items:
            kinds[item.kind] = kinds.get(item.kind, 0) + 1
        self.kinds = kinds
        self.stage: Stage = candidate.stage
        self.goals: Goals = candidate.goals
        self.sectors: frozenset[Sector] = frozenset(self.goals.sectors)
        self.company: Company | None = self.goals.company
        self.company_sector: Sector | None = self.company.sector if self.company is not None else None
        self.prep: frozenset[PrepStep] = frozenset(candidate.interview_prep)
        self.growth: Growth = candidate.growth
