"""
A transparent match between a profile and a job: every requirement, found or missing, and why.

A requirement is a skill the job names (required, preferred or only
mentioned), the years of experience it asks for, or its degree. A skill is
found when the profile shows it: listed, named by a project or a position,
or implied by another skill it shows (the same reading the rules use,
`Facts`). The coverage is the weight of what is found over the weight of
all requirements, with the weights of `WEIGHTS`, skills the job takes in
place of each other counting once; the missing requirements are ordered
by how much the job asks for each, then by how much each would raise it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Literal

import attrs

from mlcareer._facts import Facts, position_words
from mlcareer._model import DEGREE_LEVELS, JOB_SHAPE, Job, Skill
from mlcareer._shapes import Flag, Items, Number, Record, Text, Words, shape
from mlcareer._taxonomy import skill_table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mlcareer._model import Candidate
    from mlcareer._shapes import JSONSchema
    from mlcareer._taxonomy import SkillTable

__all__ = ["WEIGHTS", "Match", "Requirement", "match", "match_schema"]

#: The format version of a match's plain data.
MATCH_VERSION = 1

#: What each requirement counts for in the coverage, by how much the job asks for it.
WEIGHTS: dict[str, float] = {"required": 2.0, "preferred": 1.0, "mentioned": 0.5}

_DEGREE_WORDS = {
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "phd": "a PhD",
    "other": "a degree",
}

Kind = Literal["skill", "experience", "degree"]
Via = Literal["listed", "position", "portfolio", "implied", "alternative"]

_KIND = Words({"skill": "skill", "experience": "experience", "degree": "degree"})
_WEIGHT = Words({name: name for name in WEIGHTS})
_VIA = Words({name: name for name in ("listed", "position", "portfolio", "implied", "alternative")})
_SHARE = Number(minimum=0, maximum=1)


@attrs.frozen(kw_only=True)
class Requirement:
    """
    One thing a job asks for, and whether (and how) the profile shows it.

    Attributes:
        kind: ``skill``, ``experience`` (years) or ``degree``.
        name: The skill's id; ``experience``, ``ml-experience`` or ``degree`` for the others.
        label: What it is, in words ("PyTorch", "3 years of experience").
        weight: ``required``, ``preferred`` or ``mentioned``.
        found: Whether the profile shows it.
        via: How a found skill is shown: ``listed``; named by a ``position``
            or by the ``portfolio``; or ``implied`` (by another skill it
            shows, or by the nature of a role or piece of work, as a role of
            a year shows teamwork); ``alternative`` when the profile shows
            another skill the job takes in its place; None otherwise.
        evidence: The profile's fact, in words, found or not.
        gain: For a missing requirement, how much the coverage would rise
            with it (0 for one that is found).
    """

    kind: Kind = attrs.field(metadata=shape(_KIND))
    name: str = attrs.field(metadata=shape(Text(), "The skill's id; experience, ml-experience or degree."))
    label: str = attrs.field(metadata=shape(Text(), "The requirement in words."))
    weight: str = attrs.field(metadata=shape(_WEIGHT))
    found: bool = attrs.field(metadata=shape(Flag()))
    via: Via | None = attrs.field(default=None, metadata=shape(_VIA, "How a found skill is shown."))
    evidence: str = attrs.field(metadata=shape(Text(), "The profile's fact, in words."))
    gain: float = attrs.field(default=0.0, metadata=shape(_SHARE, "How much finding it would add."))


_REQUIREMENT_SHAPE: Record[Requirement] = Record.of(Requirement, what="a requirement (a mapping)")


@attrs.frozen(kw_only=True)
class Match:
    """
    How a profile meets a job.

    Attributes:
        job: The job.
        requirements: Every requirement, in the job's order (skills, then years, then degree).
        coverage: The weight found over the weight asked for (0 to 1);
            None when the job names no requirement.
        missing: The requirements not found: required before preferred
            before mentioned, and of each weight the one that would raise
            the coverage most first (ties in the job's order).
    """

    job: Job = attrs.field(metadata=shape(JOB_SHAPE))
    requirements: tuple[Requirement, ...] = attrs.field(metadata=shape(Items(_REQUIREMENT_SHAPE)))
    coverage: float | None = attrs.field(
        default=None,
        metadata=shape(
            _SHARE,
            "Weight found over weight asked for (required 2, preferred 1, mentioned 0.5);"
            " absent when the job names no requirement.",
        ),
    )
    missing: tuple[Requirement, ...] = attrs.field(
        metadata=shape(Items(_REQUIREMENT_SHAPE), "What to add first, first.")
    )

    def to_dict(self) -> dict[str, Any]:
        """
        The match as plain data (see `match_schema`).
        """
        data = MATCH_SHAPE.dump(self)
        assert isinstance(data, dict)  # noqa: S101 - a record dumps to a mapping
        return {"match": MATCH_VERSION, **data}

    @property
    def counted(self) -> tuple[Requirement, ...]:
        """
        The requirements the coverage counts, each group of skills the job takes in place of each other once.
        """
        return tuple(_counted(self.job, self.requirements))

    def to_json(self, *, indent: int | None = 2) -> str:
        """
        The match as JSON text.
        """
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_text(self) -> str:
        """
        The match as plain text for a terminal.
        """
        from mlcareer._render import match_text  # noqa: PLC0415 - the renderers import this module

        return match_text(self)

    def to_markdown(self) -> str:
        """
        The match as Markdown.
        """
        from mlcareer._render import match_markdown  # noqa: PLC0415 - the renderers import this module

        return match_markdown(self)


class _Reading:
    """
    What one profile shows of a job's requirements.
    """

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        candidate = facts.candidate
        canonical = facts.table.skill_id
        self.listed = frozenset(canonical(skill.name) for skill in candidate.skills)

    def skill(self, skill: str) -> tuple[bool, Via | None, str]:
        facts = self.facts
        evidence = facts.skill_words(skill)
        if skill not in facts.levels:
            return False, None, evidence
        source = facts.shown_by.get(skill)
        if source is None:
            return True, "listed", evidence
        positions = {
            position_words(position)
            for position, skills in zip(facts.positions, facts.position_skills, strict=True)
            if skill in skills
        }
        if source in positions:
            return True, "position", evidence
        named = any(skill in skills for skills in facts.item_skills)
        return True, "portfolio" if named else "implied", evidence

    def alternative(self, job: Job, skill: str, evidence: str) -> tuple[bool, Via | None, str]:
        """
        Whether the profile shows a skill *job* takes in place of *skill*, the first it shows.

        *evidence* is what the profile says of *skill* itself, kept when it shows none of them.
        """
        for other in job.alternatives_of(skill):
            key = self.facts.table.skill_id(other)
            found, _, shown = self.skill(key)
            if found:
                name = self.facts.table.skill_name(key)
                return True, "alternative", f"{shown}; the job takes {name} in its place"
        return False, None, evidence

    def experience(self, years: float) -> tuple[bool, str]:
        facts = self.facts
        if not facts.positions:
            return False, "your profile has no work history"
        have = facts.work_years
        return have >= years, f"your work history adds up to {_years(have)}"

    def ml_experience(self, years: float) -> tuple[bool, str]:
        facts = self.facts
        if not facts.ml_years:
            return False, "your work history shows no ML work"
        return facts.ml_years >= years, f"your ML work adds up to {_years(facts.ml_years)}"

    def degree(self, level: str) -> tuple[bool, str]:
        degrees = self.facts.degrees - {None}
        if not degrees:
            return False, "your profile lists no degree"
        best = max(degrees, key=lambda found: DEGREE_LEVELS.index(found) if found in DEGREE_LEVELS else -1)
        if level in DEGREE_LEVELS:
            enough = best in DEGREE_LEVELS and DEGREE_LEVELS.index(best) >= DEGREE_LEVELS.index(level)
        else:
            enough = True
        return enough, f"the highest degree in your education is {_DEGREE_WORDS[best]}"


def _years(years: float) -> str:
    rounded = round(years, 1)
    whole = int(rounded) if rounded == int(rounded) else rounded
    return f"{whole} year" if whole == 1 else f"{whole} years"


def _rows(job: Job, facts: Facts) -> list[Requirement]:
    reading = _Reading(facts)
    table = facts.table
    rows = []
    for weight, skills in (
        ("required", job.required),
        ("preferred", job.preferred),
        ("mentioned", job.mentioned),
    ):
        for skill in skills:
            key = table.skill_id(skill)
            found, via, evidence = reading.skill(key)
            if not found:
                found, via, evidence = reading.alternative(job, key, evidence)
            rows.append(
                Requirement(
                    kind="skill",
                    name=key,
                    label=table.skill_name(key),
                    weight=weight,
                    found=found,
                    via=via,
                    evidence=evidence,
                )
            )
    if job.years is not None and job.years > 0:
        found, evidence = reading.experience(job.years)
        label = f"{_years(job.years)} of experience"
        rows.append(
            Requirement(
                kind="experience",
                name="experience",
                label=label,
                weight="required",
                found=found,
                evidence=evidence,
            )
        )
    if job.ml_years is not None and job.ml_years > 0:
        found, evidence = reading.ml_experience(job.ml_years)
        rows.append(
            Requirement(
                kind="experience",
                name="ml-experience",
                label=f"{_years(job.ml_years)} of ML experience",
                weight="required",
                found=found,
                evidence=evidence,
            )
        )
    if job.degree is not None:
        found, evidence = reading.degree(job.degree)
        label = _DEGREE_WORDS[job.degree]
        rows.append(
            Requirement(
                kind="degree", name="degree", label=label, weight="required", found=found, evidence=evidence
            )
        )
    return _unique(rows)


def _unique(rows: list[Requirement]) -> list[Requirement]:
    """
    Each requirement once, at its highest weight (a job may name a skill twice).
    """
    seen: set[tuple[str, str]] = set()
    unique = []
    for row in rows:
        key = (row.kind, row.name)
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def _counted(job: Job, rows: Sequence[Requirement]) -> list[Requirement]:
    """
    The requirements *rows* that count: of skills the job takes in place of each other, the first.

    "PyTorch or TensorFlow" is one requirement, found when either is.
    """
    seen: set[str] = set()
    kept = []
    for row in rows:
        if row.kind == "skill":
            if seen.intersection(job.alternatives_of(row.name)):
                continue
            seen.add(row.name)
        kept.append(row)
    return kept


def _coverage(job: Job, rows: list[Requirement]) -> float:
    """
    The weight of the requirements found over the weight of all of them (1 with none).
    """
    rows = _counted(job, rows)
    total = sum(WEIGHTS[row.weight] for row in rows)
    return sum(WEIGHTS[row.weight] for row in rows if row.found) / total if total else 1.0


def match(
    candidate: Candidate,
    job: Job,
    *,
    table: SkillTable | None = None,
    as_of: dt.date | None = None,
) -> Match:
    """
    Match a candidate with a job: each requirement found or missing, the coverage, and what to add first.

    Args:
        candidate: The profile.
        job: The job (`read_posting` reads one from a posting).
        table: The skill table that names skills (the built-in one by default).
        as_of: The date the profile's dates are judged on (today by default).

    Example:
        >>> import datetime as dt
        >>> import mlcareer
        >>> candidate = mlcareer.load_candidate({"skills": [{"name": "pytorch", "level": "advanced"}]})
        >>> job = mlcareer.Job(title="ML Engineer", required=["sql", "deep learning"], preferred=["docker"])
        >>> result = mlcareer.match(candidate, job, as_of=dt.date(2026, 11, 25))
        >>> [(row.label, row.found, row.via) for row in result.requirements]
        [('SQL', False, None), ('deep learning', True, 'implied'), ('Docker', False, None)]
        >>> result.coverage, [(row.label, row.gain) for row in result.missing]
        (0.4, [('SQL', 0.4), ('Docker', 0.2)])
    """
    table = table or skill_table()
    as_of = as_of or dt.date.today()  # noqa: DTZ011 - the caller's day
    rows = _rows(job, Facts(candidate, table, as_of))
    coverage = _coverage(job, rows)
    total = sum(WEIGHTS[row.weight] for row in _counted(job, rows))
    missing = []
    for position, row in enumerate(rows):
        if row.found:
            continue
        if row.kind == "skill":
            # Showing a skill may show others it implies: the gain is measured, not assumed.
            added = attrs.evolve(candidate, skills=(*candidate.skills, Skill(name=row.name)))
            gain = _coverage(job, _rows(job, Facts(added, table, as_of))) - coverage
        else:
            gain = WEIGHTS[row.weight] / total
        # What a job requires comes first, as screeners read it: a preferred skill that raises the
        # coverage more (it stands in for another) never goes before a required one.
        rank = -WEIGHTS[row.weight]
        missing.append((rank, -round(gain, 4), position, attrs.evolve(row, gain=round(gain, 4))))
    every = [row for *_, row in sorted(missing, key=lambda entry: entry[:3])]
    # Of skills the job takes in place of each other, the first to add stands for them all.
    ordered = tuple(_first_of_each(job, every))
    gains = {(row.kind, row.name): row for row in every}
    requirements = tuple(gains.get((row.kind, row.name), row) for row in rows)
    return Match(
        job=job, requirements=requirements, coverage=round(coverage, 4) if rows else None, missing=ordered
    )


def _first_of_each(job: Job, rows: list[Requirement]) -> list[Requirement]:
    """
    *rows* without a skill that the job takes in place of one before it.
    """
    asked = set(job.unmet([row.name for row in rows if row.kind == "skill"]))
    return [row for row in rows if row.kind != "skill" or row.name in asked]


MATCH_SHAPE: Record[Match] = Record.of(Match, what="a match (a mapping)")


def match_schema() -> JSONSchema:
    """
    Return the JSON Schema of a match's plain data (`Match.to_dict`).
    """
    schema = MATCH_SHAPE.schema()
    version = {"const": MATCH_VERSION, "description": "The format's version."}
    schema["properties"] = {"match": version, **schema["properties"]}
    schema["required"] = ["match", *schema.get("required", [])]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "mlcareer match", **schema}
