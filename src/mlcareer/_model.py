"""
The candidate model: who a person is, as the rules see them.

Every class here is a frozen attrs class: an immutable, hashable value.
Change one with `attrs.evolve`. Each class also knows how it is written as
plain data (its *shape*), which is what `Candidate.from_dict`,
`Candidate.to_dict` and the published profile schema are made of.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path as FilePath
from typing import Any

import attrs

from mlcareer._document import Document, Limits, load_document
from mlcareer._shapes import (
    MAX_ITEMS,
    AnyData,
    Converted,
    Flag,
    Issues,
    Items,
    JSONSchema,
    Number,
    Record,
    Rejected,
    Text,
    Words,
    by_shape,
    shape,
    shown,
    with_shapes,
)
from mlcareer._taxonomy import SkillId, TraitId, skill_table
from mlcareer.exceptions import ProfileError

__all__ = [
    "MAX_YEARS",
    "Candidate",
    "Company",
    "DateShape",
    "Education",
    "Goals",
    "Growth",
    "Job",
    "LearningActivity",
    "LearningKind",
    "Level",
    "NetworkingActivity",
    "NetworkingKind",
    "PortfolioItem",
    "PortfolioKind",
    "Position",
    "PrepStep",
    "Sector",
    "Skill",
    "Stage",
    "Trait",
    "load_candidate",
    "profile_schema",
]

PROFILE_VERSION = 1


class Level(enum.IntEnum):
    """
    How well someone knows a skill, on a five-step scale.

    Levels compare as numbers: ``Level.ADVANCED > Level.BEGINNER``.
    `Level.parse` reads the words people write and the numbers 1 to 5.

    Example:
        >>> Level.parse("proficient")
        <Level.ADVANCED: 4>
        >>> Level.parse(2) < Level.INTERMEDIATE
        True
    """

    NOVICE = 1
    BEGINNER = 2
    INTERMEDIATE = 3
    ADVANCED = 4
    EXPERT = 5

    @property
    def word(self) -> str:
        """
        The level's canonical word, as the profile format writes it.
        """
        return self.name.lower()

    @classmethod
    def parse(cls, value: object) -> Level:
        """
        Return the level that *value* (a word or a number 1-5) names.

        Raises:
            ValueError: if *value* names no level.
        """
        found = LEVEL_SHAPE.lookup(value)
        if found is None:
            issues = Issues()
            with contextlib.suppress(Rejected):
                LEVEL_SHAPE.parse(value, (), issues)
            raise ValueError(issues.problems[0].message)
        return found


class Stage(str, enum.Enum):
    """
    Where someone is in their career.
    """

    STUDENT = "student"
    JOB_SEEKING = "job_seeking"
    INTERVIEWING = "interviewing"
    EMPLOYED = "employed"


class Sector(str, enum.Enum):
    """
    An industry sector that hires ML talent.
    """

    TECH = "tech"
    FINANCE = "finance"
    HEALTHCARE = "healthcare"
    RETAIL = "retail"
    OTHER = "other"


class PortfolioKind(str, enum.Enum):
    """
    What kind of work a portfolio item is.
    """

    PROJECT = "project"
    OPEN_SOURCE = "open_source"
    CERTIFICATION = "certification"
    BLOG_POST = "blog_post"
    CASE_STUDY = "case_study"


class PrepStep(str, enum.Enum):
    """
    One thing a candidate can do to prepare for an interview.
    """

    COMPANY_RESEARCH = "company_research"
    ALGORITHM_REVIEW = "algorithm_review"
    PROJECT_STORIES = "project_stories"
    THINK_ALOUD_PRACTICE = "think_aloud_practice"
    MOTIVATION = "motivation"
    CULTURE_EXAMPLES = "culture_examples"
    COMPANY_MINI_PROJECT = "company_mini_project"


class LearningKind(str, enum.Enum):
    """
    A kind of continuing education.
    """

    COURSE = "course"
    WORKSHOP = "workshop"
    DEGREE = "degree"
    BOOK = "book"
    OTHER = "other"


class NetworkingKind(str, enum.Enum):
    """
    A kind of networking activity.
    """

    CONFERENCE = "conference"
    MEETUP = "meetup"
    FORUM = "forum"
    COMMUNITY = "community"
    OTHER = "other"


def _enum_shape(cls: type[enum.Enum], synonyms: Mapping[str, Any] | None = None) -> Words[Any]:
    return Words({member: member.value for member in cls}, synonyms=synonyms, what=f"a {cls.__name__} word")


LEVEL_SHAPE: Words[Level] = Words(
    {level: level.word for level in Level},
    synonyms={
        "new": Level.NOVICE,
        "newbie": Level.NOVICE,
        "learning": Level.NOVICE,
        "somewhat familiar": Level.NOVICE,
        "basic": Level.BEGINNER,
        "basics": Level.BEGINNER,
        "elementary": Level.BEGINNER,
        "familiar": Level.BEGINNER,
        "exposure": Level.BEGINNER,
        "advanced beginner": Level.BEGINNER,
        "junior": Level.BEGINNER,
        "competent": Level.INTERMEDIATE,
        "working": Level.INTERMEDIATE,
        "moderate": Level.INTERMEDIATE,
        "medium": Level.INTERMEDIATE,
        "proficient": Level.ADVANCED,
        "professional": Level.ADVANCED,
        "strong": Level.ADVANCED,
        "experienced": Level.ADVANCED,
        "fluent": Level.ADVANCED,
        "master": Level.EXPERT,
        "mastery": Level.EXPERT,
        "native": Level.EXPERT,
    },
    numbers={int(level): level for level in Level},
    hint="or 1-5",
    what="a level",
)
STAGE_SHAPE: Words[Stage] = _enum_shape(Stage, {"job seeker": Stage.JOB_SEEKING, "working": Stage.EMPLOYED})
SECTOR_SHAPE: Words[Sector] = _enum_shape(
    Sector,
    {
        "fintech": Sector.FINANCE,
        "banking": Sector.FINANCE,
        "financial services": Sector.FINANCE,
        "health": Sector.HEALTHCARE,
        "health care": Sector.HEALTHCARE,
        "medical": Sector.HEALTHCARE,
        "ecommerce": Sector.RETAIL,
        "e-commerce": Sector.RETAIL,
        "technology": Sector.TECH,
        "software": Sector.TECH,
    },
)
KIND_SHAPE: Words[PortfolioKind] = _enum_shape(
    PortfolioKind, {"opensource": PortfolioKind.OPEN_SOURCE, "blog": PortfolioKind.BLOG_POST}
)
PREP_SHAPE: Words[PrepStep] = _enum_shape(PrepStep)


#: Words in an employer's name or description, or a project's title or description, that give
#: its sector, as whole words in any case: the kind of employer, or the problems its models
#: work on (patients, loans). None give tech: the word is too common in employers' names to tell.
SECTOR_WORDS: dict[Sector, re.Pattern[str]] = {
    Sector.HEALTHCARE: re.compile(
        r"\b(?:hospitals?|clinics?|healthcare|healthtech|medtech|medical|medicine|pharma"
        r"|pharmaceuticals?|biotech|biomedical|life sciences|drug discovery|clinical|genomics|patients?"
        r"|cancers?|tumou?rs?|oncolog\w*|radiolog\w*|(?:histo)?patholog(?:y|ical)|mri|epidemiolog\w*"
        r"|electronic health records?|(?<!plant )(?<!crop )(?<!leaf )diseases?"
        # The health of people, not of systems ("application health monitoring", "health checks"),
        # of a game's players ("health and ammo display"), of plants, animals or things ("honeybee
        # health", "battery health", "financial health").
        r"|"
        + "".join(
            f"(?<!{word} )"
            for word in (
                "application",
                "system",
                "service",
                "cluster",
                "server",
                "pipeline",
                "player",
                "node",
                "network",
                "device",
                "machine",
                "equipment",
                "asset",
                "battery",
                "code",
                "financial",
                "credit",
                "plant",
                "crop",
                "soil",
                "forest",
                "bee",
                "honeybee",
                "hive",
                "colony",
                "animal",
                "livestock",
                "herd",
            )
        )
        + r"health(?! checks?\b| bars?\b| points?\b| and (?:ammo|weapons?|mana|armou?r)\b)"
        # A diagnosis of people, not of machines ("mechanical diagnostics", "fault diagnosis").
        r"|"
        + "".join(
            f"(?<!{word} )"
            for word in (
                "mechanical",
                "engine",
                "vehicle",
                "aircraft",
                "system",
                "fault",
                "network",
                "machine",
            )
        )
        + r"diagnos(?:is|es|tics?))\b",
        re.IGNORECASE,
    ),
    Sector.FINANCE: re.compile(
        r"\b(?:banks?|banking|banco|banca|banque|insurance|insurers?|insurtech|financial|finance|fintech"
        r"|payments|investments|investment (?:bank\w*|management|firms?|funds?|portfolios?|advice|research)"
        r"|asset management|wealth management|credit union|capital markets|loans?"
        r"|mortgages?|credit[- ](?:scor\w*|risk|cards?)|stock (?:markets?|prices?)|trading)\b",
        re.IGNORECASE,
    ),
    Sector.RETAIL: re.compile(
        r"\b(?:retail|retailers?|grocers?|grocery|supermarkets?|e-?commerce|department stores?)\b",
        re.IGNORECASE,
    ),
}


def _skill_id(value: str) -> SkillId:
    return skill_table().skill_id(value)


def _skill_ids(values: Iterable[str]) -> tuple[SkillId, ...]:
    """
    The ids of the skills *values* name, each once ("sklearn" and "scikit-learn" give it once).
    """
    table = skill_table()
    return tuple(dict.fromkeys(table.skill_id(value) for value in values))


def _stronger(first: Skill, other: Skill) -> Skill:
    """
    One skill from two entries that name it: the higher level, and the more years.
    """
    kept = other if other.level > first.level else first
    years = max((y for y in (first.years, other.years) if y is not None), default=None)
    return kept if kept.years == years else attrs.evolve(kept, years=years)


def _shown(first: Trait, other: Trait) -> Trait:
    """
    One trait from two entries that name it: the first with evidence.
    """
    return first if first.evidence or not other.evidence else other


def _trait_id(value: str) -> TraitId:
    return skill_table().trait_id(value)


def _level(value: Level | int | str) -> Level:
    return value if isinstance(value, Level) else Level.parse(value)


def _specialization(value: str | None) -> str | None:
    return None if value is None else "_".join(value.casefold().replace("-", " ").split())


_DATE = re.compile(r"^([12][0-9]{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?)?$")

#: Words that mean "until now" for an end date.
_PRESENT = frozenset({"present", "current", "now", "ongoing", "today"})

#: Words in a job title that make a position part of someone's studies.
#: Titles of research jobs: reading and trying the field's new work is the job itself.
_RESEARCH_JOB = re.compile(
    r"\b(?:research|researcher|postdoc|postdoctoral|post-doc|post-doctoral)\b", re.IGNORECASE
)
#: Titles of jobs that lead others: what the team works on is the team's to choose.
_MANAGEMENT_JOB = re.compile(
    r"\b(?:head of|director|vice president|vp|chief|(?:engineering|data|science|analytics|ml|machine learning"
    r"|ai|research|team|development) manager|managing director)\b",
    re.IGNORECASE,
)

#: Titles of teaching jobs: explaining to others is the job itself.
_TEACHING_JOB = re.compile(
    r"\b(?:teachers?|lecturer|instructor|tutor|professor|teaching (?:assistant|fellow))\b|^teaching:",
    re.IGNORECASE,
)

#: Titles of teaching without research: the courses taught are the job, not models of one's own.
_COURSE_TEACHING = re.compile(
    r"\b(?:teachers?|instructor|tutor|teaching (?:assistant|fellow)|course assistant)\b|^teaching:",
    re.IGNORECASE,
)

#: Words of a student society, in a role's title or its organization's name.
_STUDENT_SOCIETY = re.compile(
    r"\b(?:club|society|chapter|hackerspace|students?|council|committee|fest|developer groups?)\b",
    re.IGNORECASE,
)
#: Words many universities' names share, which do not tell one from another.
_UNIVERSITY_WORDS = frozenset(
    {"university", "college", "institute", "school", "of", "the", "and", "at", "for", "technology", "state"}
)


def _at_university(employer: str, university: str) -> bool:
    """
    Whether the (casefolded) *employer* is part of the *university*, or names it by its own words.

    Example:
        >>> _at_university("mcmaster solar car project", "mcmaster university")
        True
        >>> _at_university("acme analytics", "university of toronto")
        False
    """
    if not university:
        return False
    if employer in university or university in employer:
        return True
    own = [word for word in re.findall(r"\w+", university) if word not in _UNIVERSITY_WORDS]
    words = set(re.findall(r"\w+", employer))
    return bool(own) and all(word in words for word in own)


_STUDENT_JOB = re.compile(
    r"\b(?:intern|internship|student|undergraduate|trainee|apprentice|teaching assistant|research assistant"
    r"|graduate assistant|working student)\b",
    re.IGNORECASE,
)

#: The levels of degree, lowest first.
DEGREE_LEVELS = ("bachelor", "master", "phd")
#: How many years a degree of a level takes at most, part-time included: one with no end written is
#: in progress for this long after its start.
_USUAL_YEARS: dict[str | None, int] = {"phd": 8, "master": 4, None: 6}

#: Words of a degree, by the level they name (checked in this order).
_DEGREES = (
    ("phd", re.compile(r"\b(?:ph\.? ?d|doctor(?:ate|al)?|dphil|doctor of philosophy)\b", re.IGNORECASE)),
    (
        "master",
        re.compile(
            r"\b(?:master'?s?|m\.? ?sc?|mba|mca|m\.? ?e(?:ng)?|m\.? ?a|mres|mphil|m\.? ?tech)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(?:bachelor'?s?|b\.? ?sc?|b\.? ?a(?:\.? ?sc)?|b\.? ?e(?:ng)?|b\.? ?tech|b\.? ?com|bba|bca"
            r"|undergraduate|licence)\b",
            re.IGNORECASE,
        ),
    ),
)


#: The name of a school's diploma or year, which is no degree: "HSC", "Class XII", "High school",
#: "Baccalauréat", "Abitur".
_SCHOOLING = re.compile(
    r"\b(?:matric(?:ulation)?|intermediate|(?<!post-)(?<!post )(?:higher |senior )?secondary|high ?school"
    r"|hsc|ssc|sslc|puc|icse|isc|cbse|aissc?e|a-levels?|gcse|o-levels?|10th|12th|baccalaur[ée]at|abitur|matura"
    r"|(?:class|std\.?|standard|grade)\s*(?:xi?i?|x|1[0-2]|[1-9])(?:\s*\+\s*2)?)\b|^\s*(?:x|xii)\s*$",
    re.IGNORECASE,
)


def is_schooling(text: str) -> bool:
    """
    Whether *text* names a school's diploma or year rather than a degree.

    Example:
        >>> (
        ...     is_schooling("Senior Secondary School Degree (Class 10+2)"),
        ...     is_schooling("HSC"),
        ...     is_schooling("XII"),
        ...     is_schooling("Highschool Diploma"),
        ...     is_schooling("Scientific Baccalauréat"),
        ... )
        (True, True, True, True, True)
        >>> is_schooling("BSc, Class of 2020"), is_schooling("Post-secondary diploma")
        (False, False)
    """
    return _SCHOOLING.search(text) is not None


def parse_date(value: object) -> str:
    """
    Return *value* (a year, ``YYYY-MM``, ``YYYY-MM-DD`` or a date) as canonical text.

    Raises:
        ValueError: if *value* is no such date.

    Example:
        >>> parse_date(2023), parse_date("2023-05"), parse_date(dt.date(2024, 2, 29))
        ('2023', '2023-05', '2024-02-29')
    """
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    text = str(value).strip() if isinstance(value, int | str) and not isinstance(value, bool) else ""
    match = _DATE.match(text)
    if match is None:
        msg = f"{shown(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        raise ValueError(msg)
    if match.group(3):
        dt.date.fromisoformat(text)  # the day exists in its month, or ValueError
    return text


def period_start(text: str) -> dt.date:
    """
    The first day of the period a date names (``2023`` is 2023-01-01).
    """
    parts = [int(part) for part in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def period_end(text: str) -> dt.date:
    """
    The last day of the period a date names (``2023-02`` is 2023-02-28).
    """
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:
        return dt.date(parts[0], parts[1], parts[2])
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _years_between(start: dt.date, end: dt.date) -> float:
    return max(0.0, (end - start).days / 365.25)


def _value(number: float | None) -> float | None:
    """
    A number as its value: -0.0 (equal to 0, but printed "-0") becomes 0.0.
    """
    return 0.0 if number == 0 and isinstance(number, float) else number


_NAMES = Items(Text(max_length=200))
_SKILL_NAMES = Converted(_NAMES, _skill_ids)
_REQUIREMENTS = Converted(Items(Text(max_length=200), unique=True), _skill_ids)
_WORDS = Text(max_length=500)
#: The most years of experience a job can ask for.
MAX_YEARS = 80
_YEARS = Converted(Number(minimum=0, maximum=MAX_YEARS), _value)


class DateShape(Text):
    """
    A date: a year, ``YYYY-MM`` or ``YYYY-MM-DD`` (text or a YAML date), or a full date only.
    """

    null = True

    def __init__(self, *, full: bool = False, present: bool = False) -> None:
        super().__init__(max_length=10)
        self.full = full
        self.present = present
        self.what = "a date (YYYY-MM-DD)" if full else "a date (YYYY, YYYY-MM or YYYY-MM-DD)"

    def parse(self, value: object, path: tuple[str | int, ...], issues: Issues) -> str:
        if value is None or (
            self.present and isinstance(value, str) and value.strip().casefold() in _PRESENT
        ):
            return None  # type: ignore[return-value] # null, or "present": no date
        try:
            text = parse_date(value)
        except ValueError:
            raise self.wrong(value, path, issues) from None
        if self.full and len(text) != 10:
            raise self.wrong(value, path, issues)
        return text

    def schema(self) -> JSONSchema:
        pattern = (
            r"^[12][0-9]{3}-[01][0-9]-[0-3][0-9]$"
            if self.full
            else r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$"
        )
        text = {"type": "string", "pattern": pattern}
        year = {"type": "integer", "minimum": 1000, "maximum": 2999}
        present = [{"type": "string", "enum": sorted(_PRESENT)}] if self.present else []
        return {"anyOf": [text, *([] if self.full else [year]), *present, {"type": "null"}]}


@attrs.frozen(field_transformer=with_shapes)
class Skill:
    """
    A skill and how well the candidate knows it.

    The name goes through the skill table's aliases, so ``Skill("sklearn")``
    is the skill ``scikit-learn``; a level may be given as a word or 1-5.

    Attributes:
        name: The canonical skill id.
        level: How well the candidate knows it; intermediate by default.
        years: Years of use, if the candidate says.

    Example:
        >>> Skill("Torch", "basic")
        Skill(name='pytorch', level=<Level.BEGINNER: 2>, years=None)
    """

    name: SkillId = attrs.field(
        converter=by_shape,
        metadata=shape(Converted(Text(max_length=200), _skill_id), "A skill, by name or alias."),
    )
    level: Level = attrs.field(
        default=Level.INTERMEDIATE,
        converter=by_shape,
        metadata=shape(LEVEL_SHAPE, "Intermediate when absent."),
    )
    years: float | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(_YEARS, "Years of use.")
    )

    @property
    def display_name(self) -> str:
        """
        The skill's name as people write it (``scikit-learn``, ``PyTorch``).
        """
        return skill_table().skill_name(self.name)


#: How many skills and traits loading keeps to give again: profiles name the same few hundred.
_REMEMBERED = 4096

_SKILL_SHAPE = Record.of(
    Skill,
    shorthand="name",
    what="a skill (a name, or a mapping with name and level)",
    remember=_REMEMBERED,
)


@attrs.frozen(field_transformer=with_shapes)
class Trait:
    """
    A personal quality, with the example that shows it, if given.

    Attributes:
        name: The canonical trait id (``curiosity``, ``persistence``, ...).
        evidence: A concrete example that backs the claim.

    Example:
        >>> Trait("Perseverance").name
        'persistence'
    """

    name: TraitId = attrs.field(
        converter=by_shape, metadata=shape(Converted(Text(max_length=200), _trait_id))
    )
    evidence: str | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(Text(), "A concrete example that shows the trait.")
    )

    @property
    def display_name(self) -> str:
        """
        The trait's name as people write it.
        """
        return skill_table().trait_name(self.name)


_TRAIT_SHAPE = Record.of(
    Trait,
    shorthand="name",
    what="a trait (a name, or a mapping with name and evidence)",
    remember=_REMEMBERED,
)


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class PortfolioItem:
    """
    A piece of work that shows what the candidate can do.

    Attributes:
        kind: Project, open-source contribution, certification, blog post
            or case study.
        title: What it is called.
        skills: The skills it uses, as canonical ids.
        topics: Free tags (``recommendation``, ``fraud``).
        sector: The industry sector it is about, if any.
        url: Where to see it.
        issuer: Who issued it (for certifications).
        description: What it is about, in a few sentences.
    """

    kind: PortfolioKind = attrs.field(converter=by_shape, metadata=shape(KIND_SHAPE))
    title: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    skills: tuple[SkillId, ...] = attrs.field(default=(), converter=by_shape, metadata=shape(_SKILL_NAMES))
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(_NAMES, "Free tags.")
    )
    sector: Sector | None = attrs.field(default=None, converter=by_shape, metadata=shape(SECTOR_SHAPE))
    url: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(Text(max_length=2000)))
    issuer: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    description: str | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(Text(max_length=5000), "What it is about.")
    )


_PORTFOLIO_SHAPE = Record.of(PortfolioItem, what="a portfolio item (a mapping)")


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class Position:
    """
    A job in the candidate's work history.

    Attributes:
        title: The job title.
        organization: Where.
        sector: The organisation's sector, if known.
        start: When it started (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
        end: When it ended; None for the current position.
        skills: The skills used in the role, as canonical ids.
        highlights: What the candidate did there.

    Example:
        >>> import datetime as dt
        >>> job = Position(title="Data Scientist", start="2021-03", end=None)
        >>> job.is_current(dt.date(2026, 1, 1)), round(job.years(dt.date(2026, 3, 1)), 1)
        (True, 5.0)
    """

    title: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    organization: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    sector: Sector | None = attrs.field(default=None, converter=by_shape, metadata=shape(SECTOR_SHAPE))
    start: str | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(DateShape(), "YYYY, YYYY-MM or YYYY-MM-DD.")
    )
    end: str | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(DateShape(present=True), "Absent, null or 'present': the current position."),
    )
    skills: tuple[SkillId, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(_SKILL_NAMES, "Skills used in the role.")
    )
    highlights: tuple[str, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(Text(max_length=5000)))
    )

    def is_current(self, as_of: dt.date) -> bool:
        """
        Whether the candidate holds the position on *as_of*.
        """
        started = self.start is None or period_start(self.start) <= as_of
        return started and (self.end is None or period_end(self.end) >= as_of)

    def held_since(self, year: int) -> bool:
        """
        Whether the candidate held the position in *year* or later (a position with no end: always).

        Example:
            >>> Position(title="Analyst", start="2015-02", end="2022-06").held_since(2024)
            False
        """
        return self.end is None or period_end(self.end).year >= year

    def years(self, as_of: dt.date) -> float:
        """
        How long the candidate held the position until *as_of*, in years (0 without a start).
        """
        if self.start is None:
            return 0.0
        end = as_of if self.end is None else min(period_end(self.end), as_of)
        return _years_between(period_start(self.start), end)

    def _titled(self, words: re.Pattern[str]) -> bool:
        """
        Whether the title says one of *words*.
        """
        return self.title is not None and words.search(self.title) is not None

    @property
    def is_student_job(self) -> bool:
        """
        Whether the title says the job is part of someone's studies (an internship, an assistantship).
        """
        return self._titled(_STUDENT_JOB)

    @property
    def is_research(self) -> bool:
        """
        Whether the title says the job is research (a researcher, a research scientist, a postdoc).

        Example:
            >>> (
            ...     Position(title="Postdoctoral Fellow").is_research,
            ...     Position(title="Data Scientist").is_research,
            ... )
            (True, False)
        """
        return self._titled(_RESEARCH_JOB)

    @property
    def is_teaching(self) -> bool:
        """
        Whether the title says the job is teaching (a teacher, lecturer, instructor, tutor or professor).

        Example:
            >>> Position(title="Mathematics Teacher").is_teaching, Position(title="Analyst").is_teaching
            (True, False)
        """
        return self._titled(_TEACHING_JOB)

    @property
    def is_course_teaching(self) -> bool:
        """
        Whether the title says the job is teaching courses, without research (a teaching assistant, a tutor).

        Example:
            >>> (
            ...     Position(title="Teaching Assistant").is_course_teaching,
            ...     Position(title="Professor").is_course_teaching,
            ... )
            (True, False)
        """
        return self._titled(_COURSE_TEACHING)

    @property
    def is_management(self) -> bool:
        """
        Whether the title says the job leads others (a head, director, VP or chief, a team's manager).

        Example:
            >>> (
            ...     Position(title="Head of Data Science").is_management,
            ...     Position(title="Machine Learning Manager").is_management,
            ...     Position(title="Tech Lead").is_management,
            ... )
            (True, True, False)
        """
        return self._titled(_MANAGEMENT_JOB)


_POSITION_SHAPE = Record.of(Position, what="a position (a mapping)")


def years_held(positions: Iterable[Position], as_of: dt.date) -> float:
    """
    The years the *positions* cover until *as_of*: time in two positions held at once counts once.

    Example:
        >>> both = [
        ...     Position(title="Engineer", start="2020", end="2023"),
        ...     Position(title="Founder", start="2022", end="2023"),
        ... ]
        >>> round(years_held(both, dt.date(2026, 1, 1)), 1)
        4.0
    """
    periods = sorted(
        (period_start(start), as_of if end is None else min(period_end(end), as_of))
        for start, end in ((position.start, position.end) for position in positions)
        if start is not None
    )
    days = 0
    reached: dt.date | None = None  # the end of the time counted so far
    for start, end in periods:
        begin = start if reached is None else max(start, reached)
        if end > begin:
            days += (end - begin).days
            reached = end
    return days / 365.25


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class Education:
    """
    A degree or course of study.

    Attributes:
        degree: The degree, as written (``PhD``, ``MSc``, ``Bachelor of Science``).
        field: The field of study.
        institution: Where.
        start: When it started.
        end: When it ended or will end; absent while it goes on.

    Example:
        >>> import datetime as dt
        >>> phd = Education(degree="PhD", field="Machine Learning", start="2023-09", end="2027-06")
        >>> phd.level, phd.in_progress(dt.date(2026, 11, 25))
        ('phd', True)
    """

    degree: str | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(_WORDS, "bachelor, master, phd, or any other words.")
    )
    field: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    institution: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    start: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(DateShape()))
    end: str | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(
            DateShape(),
            "After the as-of date: in progress; absent: in progress for as long as such a degree"
            " takes from its start (8 years for a PhD, 4 for a master's, 6 for others).",
        ),
    )

    @property
    def level(self) -> str | None:
        """
        The level of the degree (``phd``, ``master``, ``bachelor`` or ``other``), None without a degree.
        """
        return degree_level(self.degree)

    def in_progress(self, as_of: dt.date) -> bool:
        """
        Whether the candidate is studying for it on *as_of* (it has started and not ended).

        Without an end, a degree is in progress for as long as one of its
        level takes from its start: a bachelor's begun eight years ago with
        no end written was finished, or left, long since.

        Example:
            >>> import datetime as dt
            >>> day = dt.date(2026, 11, 25)
            >>> Education(degree="BSc", start="2024-09").in_progress(day)
            True
            >>> Education(degree="BSc", start="2018-08").in_progress(day)
            False
        """
        if self.start is None:
            return False if self.end is None else period_end(self.end) > as_of
        start = period_start(self.start)
        if start > as_of:
            return False
        if self.end is not None:
            return period_end(self.end) > as_of
        years = _USUAL_YEARS.get(self.level, _USUAL_YEARS[None])
        return (as_of.year - years, as_of.month, as_of.day) < (start.year, start.month, start.day)

    def studied_since(self, year: int, as_of: dt.date) -> bool:
        """
        Whether the candidate studied for it in *year* or later: in progress on *as_of*, or ended since.

        Example:
            >>> import datetime as dt
            >>> Education(degree="MSc", start="2023", end="2025").studied_since(2024, dt.date(2026, 11, 25))
            True
        """
        return self.in_progress(as_of) or (self.end is not None and period_end(self.end).year >= year)


_EDUCATION_SHAPE = Record.of(Education, what="education (a mapping)")


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class Company:
    """
    The employer a candidate is interviewing with or aims at.

    Attributes:
        name: The company's name.
        sector: Its industry sector, if known.
        ml_projects: ML projects it runs or plans, as far as known.
        values: Its stated core values.
        interview_on: The date of the next interview there (``YYYY-MM-DD``), if known.
    """

    name: str = attrs.field(converter=by_shape, metadata=shape(_WORDS))
    sector: Sector | None = attrs.field(default=None, converter=by_shape, metadata=shape(SECTOR_SHAPE))
    ml_projects: tuple[str, ...] = attrs.field(default=(), converter=by_shape, metadata=shape(_NAMES))
    values: tuple[str, ...] = attrs.field(default=(), converter=by_shape, metadata=shape(_NAMES))
    interview_on: str | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(DateShape(full=True), "The date of the next interview."),
    )

    def days_to_interview(self, as_of: dt.date) -> int | None:
        """
        Days from *as_of* to the interview (negative once it is past), or None if no date is known.
        """
        return None if self.interview_on is None else (period_start(self.interview_on) - as_of).days


_COMPANY_SHAPE = Record.of(Company, what="a company (a mapping)")


def degree_level(text: str | None) -> str | None:
    """
    The level of degree *text* names (``phd``, ``master``, ``bachelor`` or ``other``), None for no text.

    Example:
        >>> degree_level("MSc in Statistics"), degree_level("Bootcamp")
        ('master', 'other')
    """
    return None if text is None else next((level for level, words in _DEGREES if words.search(text)), "other")


def lowest_degree(text: str) -> str | None:
    """
    The lowest degree level *text* names, if it names one ("a bachelor's or master's": ``bachelor``).
    """
    found = {level for level, words in _DEGREES if words.search(text)}
    return next((level for level in DEGREE_LEVELS if level in found), None)


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class Job:
    """
    A job the candidate targets, as its posting describes it.

    `mlcareer.read_posting` reads one from a job ad; `mlcareer.match`
    compares a profile with it.

    Attributes:
        title: The job's title.
        company: The employer.
        sector: The employer's sector, if known.
        required: The skills the posting requires, in its order.
        preferred: The skills it names as preferred (a plus, nice to have).
        mentioned: Skills it only mentions (in its description, not as requirements).
        alternatives: Groups of its skills of which any one meets the posting
            ("PyTorch or TensorFlow", "Python, C++ or Java").
        years: The years of experience it asks for.
        ml_years: The years of ML work it asks for ("3+ years building ML systems").
        degree: The degree it asks for (``bachelor``, ``master``, ``phd`` or ``other``).

    Example:
        >>> job = Job(title="ML Engineer", required=["python", "pytorch"], degree="MSc")
        >>> job.required, job.degree
        (('python', 'pytorch'), 'master')
    """

    title: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    company: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    sector: Sector | None = attrs.field(default=None, converter=by_shape, metadata=shape(SECTOR_SHAPE))
    required: tuple[SkillId, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(_REQUIREMENTS, "Required skills.")
    )
    preferred: tuple[SkillId, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(_REQUIREMENTS, "Preferred skills.")
    )
    mentioned: tuple[SkillId, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(_REQUIREMENTS, "Skills only mentioned.")
    )
    alternatives: tuple[tuple[SkillId, ...], ...] = attrs.field(
        default=(),
        converter=by_shape,
        metadata=shape(
            Items(
                Converted(
                    Items(Text(max_length=200), unique=True, min_items=2, what="a list of skills"), _skill_ids
                )
            ),
            'Groups of skills of which any one meets the posting ("PyTorch or TensorFlow").',
        ),
    )
    years: float | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(_YEARS, "Years of experience asked for.")
    )
    ml_years: float | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(_YEARS, "Years of ML work asked for.")
    )
    degree: str | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(Converted(_WORDS, degree_level), "bachelor, master, phd, or any other words."),
    )

    @property
    def skills(self) -> tuple[SkillId, ...]:
        """
        Every skill the posting names, required first, each once.
        """
        return tuple(dict.fromkeys((*self.required, *self.preferred, *self.mentioned)))

    def alternatives_of(self, skill: str) -> tuple[SkillId, ...]:
        """
        The other skills the posting takes in place of *skill*, in its order.

        Example:
            >>> Job(
            ...     required=["pytorch", "tensorflow"], alternatives=[["pytorch", "tensorflow"]]
            ... ).alternatives_of("tensorflow")
            ('pytorch',)
        """
        found = (other for group in self.alternatives if skill in group for other in group if other != skill)
        return tuple(dict.fromkeys(found))

    def unmet(self, skills: Iterable[str], met: Collection[str] = ()) -> list[str]:
        """
        Of *skills* the profile lacks, in order, those the job still asks for.

        A skill is not asked for when the job takes a *met* skill in its
        place, and of several it takes in place of each other, the first
        stands for them all.

        Example:
            >>> job = Job(required=["java", "c++", "go"], alternatives=[["java", "c++"]])
            >>> job.unmet(["java", "c++", "go"]), job.unmet(["c++", "go"], met={"java"})
            (['java', 'go'], ['go'])
        """
        asked: list[str] = []
        for skill in skills:
            others = self.alternatives_of(skill)
            if not any(other in met or other in asked for other in others):
                asked.append(skill)
        return asked


JOB_SHAPE = Record.of(
    Job, what="a job (a mapping)", description="A job the candidate targets, as its posting describes it."
)


@attrs.frozen(field_transformer=with_shapes)
class Goals:
    """
    What the candidate aims at.

    Attributes:
        sectors: The sectors they want to work in.
        specialization: The niche they chose (``nlp``, ``computer_vision``).
        company: The employer they interview with or target.
        job: The job they target, from its posting.
    """

    sectors: tuple[Sector, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(SECTOR_SHAPE, unique=True))
    )
    specialization: str | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(
            Converted(Text(max_length=200), _specialization), "A niche: nlp, computer_vision, ..."
        ),
    )
    company: Company | None = attrs.field(default=None, converter=by_shape, metadata=shape(_COMPANY_SHAPE))
    job: Job | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(JOB_SHAPE, "A job the candidate targets (mlcareer.read_posting reads one)."),
    )


_GOALS_SHAPE = Record.of(Goals, what="goals (a mapping)")


@attrs.frozen(field_transformer=with_shapes)
class LearningActivity:
    """
    A course, workshop, degree or book the candidate is doing or did.
    """

    kind: LearningKind = attrs.field(converter=by_shape, metadata=shape(_enum_shape(LearningKind)))
    title: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    year: int | None = attrs.field(
        default=None, converter=by_shape, metadata=shape(Number(integer=True, minimum=1900, maximum=2200))
    )


_LEARNING_SHAPE = Record.of(LearningActivity, what="a learning activity (a mapping)")


@attrs.frozen(field_transformer=with_shapes)
class NetworkingActivity:
    """
    A conference, meetup, forum or community the candidate takes part in.
    """

    kind: NetworkingKind = attrs.field(converter=by_shape, metadata=shape(_enum_shape(NetworkingKind)))
    name: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))


_NETWORKING_SHAPE = Record.of(NetworkingActivity, what="a networking activity (a mapping)")


@attrs.frozen(field_transformer=with_shapes)
class Growth:
    """
    What the candidate does to keep growing.

    Attributes:
        mentor: Whether they have a mentor.
        learning: Continuing education.
        networking: Networking activities.
    """

    mentor: bool = attrs.field(default=False, converter=by_shape, metadata=shape(Flag()))
    learning: tuple[LearningActivity, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(_LEARNING_SHAPE))
    )
    networking: tuple[NetworkingActivity, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(_NETWORKING_SHAPE))
    )


_GROWTH_SHAPE = Record.of(Growth, what="growth (a mapping)")


@attrs.frozen(kw_only=True, field_transformer=with_shapes)
class Candidate:
    """
    Everything the rules know about a person: the profile, as typed values.

    Build one from a profile document with `mlcareer.load_candidate` or
    `Candidate.from_dict`, or directly. Candidates are immutable, hashable
    values; `attrs.evolve` makes a changed copy.

    Attributes:
        name: Display name, free text.
        stage: Where they are in their career, as stated; when None, `stage_on`
            derives it from the work history and education.
        skills: Technical and soft skills, each listed once.
        traits: Qualities beyond technical skill, each listed once.
        portfolio: Work that shows their skills.
        goals: Target sectors, specialization and company.
        interview_prep: Interview preparation already done.
        growth: Mentorship, continuing education and networking.
        experience: The work history.
        education: Degrees and studies.
        extensions: Free-form data for an embedding program's own rules.

    Example:
        >>> candidate = Candidate.from_dict({"skills": ["python", {"name": "sklearn", "level": 2}]})
        >>> candidate.level("scikit learn")
        <Level.BEGINNER: 2>
        >>> candidate.has_skill("py", at_least="intermediate")
        True
    """

    name: str | None = attrs.field(default=None, converter=by_shape, metadata=shape(_WORDS))
    stage: Stage | None = attrs.field(
        default=None,
        converter=by_shape,
        metadata=shape(STAGE_SHAPE, "Derived from experience and education when absent."),
    )
    skills: tuple[Skill, ...] = attrs.field(
        default=(),
        converter=by_shape,
        metadata=shape(
            Items(_SKILL_SHAPE, unique=True, merge=_stronger),
            "Two names of one skill give it once, at the higher level.",
        ),
    )
    traits: tuple[Trait, ...] = attrs.field(
        default=(),
        converter=by_shape,
        metadata=shape(
            Items(_TRAIT_SHAPE, unique=True, merge=_shown),
            "Two names of one trait give it once, with the evidence given.",
        ),
    )
    portfolio: tuple[PortfolioItem, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(_PORTFOLIO_SHAPE))
    )
    goals: Goals = attrs.field(default=Goals(), converter=by_shape, metadata=shape(_GOALS_SHAPE))
    interview_prep: tuple[PrepStep, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(PREP_SHAPE, unique=True))
    )
    growth: Growth = attrs.field(default=Growth(), converter=by_shape, metadata=shape(_GROWTH_SHAPE))
    experience: tuple[Position, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(_POSITION_SHAPE), "The work history.")
    )
    education: tuple[Education, ...] = attrs.field(
        default=(), converter=by_shape, metadata=shape(Items(_EDUCATION_SHAPE), "Degrees and studies.")
    )
    extensions: dict[str, Any] = attrs.field(
        factory=dict,
        hash=False,
        converter=by_shape,
        metadata=shape(AnyData(), "Free-form data for a program's own rules."),
    )

    def stage_on(self, as_of: dt.date) -> Stage:
        """
        The candidate's stage on *as_of*: the stated one, or one derived from the profile.

        Without a stated stage, a current position means employed, unless
        it is held alongside studies: an internship or assistantship, or a
        role begun after a bachelor's degree in progress began, in a student
        society, at its university or at no named employer; otherwise a
        degree in progress means student; otherwise a current student job
        means employed; and anything else job seeking.

        Example:
            >>> import datetime as dt
            >>> phd = Candidate(education=[Education(degree="PhD", start="2024-09")])
            >>> phd.stage_on(dt.date(2026, 11, 25))
            <Stage.STUDENT: 'student'>
            >>> club = Position(title="Core Team Member, Coding Club", start="2024-01")
            >>> undergraduate = Candidate(
            ...     education=[Education(degree="BTech", start="2023-08")], experience=[club]
            ... )
            >>> undergraduate.stage_on(dt.date(2026, 11, 25))
            <Stage.STUDENT: 'student'>
            >>> team = Position(title="Developer", organization="McMaster Solar Car Project", start="2025-09")
            >>> Candidate(
            ...     education=[Education(degree="B. Eng", institution="McMaster University", end="2029-05")],
            ...     experience=[team],
            ... ).stage_on(dt.date(2026, 11, 25))
            <Stage.STUDENT: 'student'>
        """
        if self.stage is not None:
            return self.stage
        current = [position for position in self.experience if position.is_current(as_of)]
        studying = [study for study in self.education if study.in_progress(as_of)]
        # A degree with no start began before any position held alongside it.
        undergraduate = [
            (period_start(study.start) if study.start else dt.date.min, (study.institution or "").casefold())
            for study in studying
            if study.level == "bachelor"
        ]

        def alongside(position: Position) -> bool:
            if position.is_student_job:
                return True
            if position.start is None:
                return False
            begun, employer = period_start(position.start), (position.organization or "").casefold()
            society = _STUDENT_SOCIETY.search(f"{position.title or ''} {employer}") is not None
            return any(
                begun >= since and (not employer or society or _at_university(employer, university))
                for since, university in undergraduate
            )

        if any(not alongside(position) for position in current):
            return Stage.EMPLOYED
        if studying:
            return Stage.STUDENT
        return Stage.EMPLOYED if current else Stage.JOB_SEEKING

    def skill(self, name: str) -> Skill | None:
        """
        Return the candidate's skill *name* (any alias, any case), if listed.
        """
        skill_id = skill_table().skill_id(name)
        for skill in self.skills:
            if skill.name == skill_id:
                return skill
        return None

    def level(self, name: str) -> Level | None:
        """
        Return the level of the skill *name*, or None if it is not listed.
        """
        skill = self.skill(name)
        return None if skill is None else skill.level

    def has_skill(self, name: str, at_least: Level | int | str = Level.NOVICE) -> bool:
        """
        Tell whether the candidate lists *name* at level *at_least* or above.
        """
        level = self.level(name)
        return level is not None and level >= _level(at_least)

    def trait(self, name: str) -> Trait | None:
        """
        Return the candidate's trait *name* (any alias, any case), if listed.
        """
        trait_id = skill_table().trait_id(name)
        for trait in self.traits:
            if trait.name == trait_id:
                return trait
        return None

    def items(
        self,
        kind: PortfolioKind | str | None = None,
        sector: Sector | str | None = None,
    ) -> tuple[PortfolioItem, ...]:
        """
        Return the portfolio items of *kind* and in *sector* (None: any).

        Example:
            >>> Candidate(portfolio=[PortfolioItem(kind="project")]).items("project")[0].kind
            <PortfolioKind.PROJECT: 'project'>
        """
        kind = None if kind is None else PortfolioKind(kind)
        sector = None if sector is None else Sector(sector)
        return tuple(
            item
            for item in self.portfolio
            if (kind is None or item.kind is kind) and (sector is None or item.sector is sector)
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Candidate:
        """
        Build a candidate from a profile as plain data.

        Raises:
            ProfileError: listing every problem in *data*.
        """
        return parse_candidate(Document.from_data(data))

    def to_dict(self) -> dict[str, Any]:
        """
        Return the profile as plain data, which loads back to an equal candidate.

        Keys that hold their default are left out.

        Example:
            >>> Candidate(name="Ada", skills=[Skill("py", "advanced")]).to_dict()
            {'profile': 1, 'name': 'Ada', 'skills': [{'name': 'python', 'level': 'advanced'}]}
        """
        data = CANDIDATE_SHAPE.dump(self)
        assert isinstance(data, dict)  # noqa: S101 - a Record dumps a dict
        return {"profile": PROFILE_VERSION, **data}


CANDIDATE_SHAPE = Record.of(
    Candidate, what="a profile (a mapping)", description="A candidate profile, as read by mlcareer."
)


def load_candidate(
    source: Mapping[str, object] | str | bytes | FilePath,
    *,
    limits: Limits | None = None,
) -> Candidate:
    r"""
    Load a candidate from a profile document.

    Args:
        source: The profile as plain data (a mapping), as YAML or JSON text
            (`str` or `bytes`), or a `pathlib.Path` to a ``.yaml``,
            ``.yml`` or ``.json`` file.
        limits: Bounds on the document, for profiles from untrusted people.

    Raises:
        ProfileError: listing every problem, with line and column for text.
        LimitError: for a document beyond *limits*.

    Example:
        >>> load_candidate("stage: student\nskills: [python, {name: sklearn, level: basic}]").skills[1]
        Skill(name='scikit-learn', level=<Level.BEGINNER: 2>, years=None)
    """
    if isinstance(source, str | bytes | FilePath):
        return parse_candidate(load_document(source, limits=limits))
    return parse_candidate(Document.from_data(source, limits))


def parse_candidate(document: Document) -> Candidate:
    """
    Build a candidate from a loaded *document*, or raise `ProfileError`.
    """
    data = document.data
    if type(data) is dict and document.limits.max_items >= MAX_ITEMS:
        # The fast way: the fields convert the data themselves. Only a problem needs the slow way,
        # which reads every value with its place to say where each problem is.
        version = data.get("profile", PROFILE_VERSION)
        if version == PROFILE_VERSION and not isinstance(version, bool):
            with contextlib.suppress(ValueError, TypeError):
                return CANDIDATE_SHAPE.convert(data if "profile" not in data else _without_version(data))
    issues = Issues(document)
    if isinstance(data, Mapping) and "profile" in data:
        version = data["profile"]
        if version != PROFILE_VERSION or isinstance(version, bool):
            supported = f"this version reads format {PROFILE_VERSION}"
            issues.add(("profile",), f"profile format {shown(version)} is not supported ({supported})")
        data = _without_version(data)
    try:
        candidate = CANDIDATE_SHAPE.parse(data, (), issues)
    except Rejected:
        candidate = None
    issues.raise_for(ProfileError)
    assert candidate is not None  # noqa: S101 - problems were raised
    return candidate


def _without_version(data: Mapping[str, object]) -> dict[str, object]:
    return {key: value for key, value in data.items() if key != "profile"}


def profile_schema() -> JSONSchema:
    """
    Return the JSON Schema of profile documents.

    It is generated from the same definition the loader uses, so it
    describes exactly what loads.
    """
    schema = CANDIDATE_SHAPE.schema()
    version = {"const": PROFILE_VERSION, "description": "The format's version; 1 when absent."}
    schema["properties"] = {"profile": version, **schema["properties"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mlcareer profile",
        **schema,
    }
