"""
Facts: a candidate indexed once, as what the profile shows.

The engine builds one `Facts` per evaluation; the compiled rulebook and the
plain interpretation (`explain`) both read it, so they read the same index.
A profile shows more than it lists: a skill the person lists keeps the
level they give it; a skill named by their work (a portfolio item or a
position, in its skills or in its title, topics, description or highlights)
is shown at a level that depends on the work; and every skill shown shows
what the skill table says it implies. `Facts.shown_by` keeps, for each skill
that is shown but not listed, where it was seen, so evidence can say so.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, ClassVar

from mlcareer._model import Company, Level, PortfolioKind, Stage, years_held
from mlcareer._taxonomy import SkillTable, skill_table

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from mlcareer._model import (
        Candidate,
        Education,
        Goals,
        Growth,
        Job,
        LearningActivity,
        NetworkingActivity,
        PortfolioItem,
        Position,
        PrepStep,
        Sector,
    )
    from mlcareer._taxonomy import SkillId

__all__ = [
    "FACT_NAMES",
    "KIND_NOUNS",
    "KIND_SHOWS",
    "WORK_LEVELS",
    "Facts",
    "job_words",
    "position_words",
    "skill_phrase",
]

#: The level at which work shows the skills it names (see docs/profile-format.md).
WORK_LEVELS: dict[str, Level] = {
    "certification": Level.BEGINNER,
    "learning": Level.BEGINNER,
    "portfolio": Level.INTERMEDIATE,
    "position": Level.INTERMEDIATE,
    "position, 3 years or more": Level.ADVANCED,
}

#: Years of use in positions from which a skill counts as advanced.
_SENIOR_YEARS = 3.0

#: Soft skills that kinds of work show by their nature, at a level.
KIND_SHOWS: dict[PortfolioKind, dict[str, Level]] = {
    PortfolioKind.BLOG_POST: {"communication": Level.INTERMEDIATE},
    PortfolioKind.CASE_STUDY: {"communication": Level.INTERMEDIATE},
    PortfolioKind.OPEN_SOURCE: {"teamwork": Level.BEGINNER},
}

#: The work levels as numbers, as `SkillTable.shown` reads them.
_CERTIFICATE, _LEARNING, _PORTFOLIO, _POSITION, _SENIOR = (
    int(WORK_LEVELS[work])
    for work in ("certification", "learning", "portfolio", "position", "position, 3 years or more")
)

#: How many years back from the year of advice a position still shows a specialization.
_RECENT_YEARS = 5

#: Years in one position from which it shows teamwork.
_TEAM_YEARS = 1.0


#: Each kind of portfolio item in words, singular and plural.
KIND_NOUNS: dict[PortfolioKind, tuple[str, str]] = {
    PortfolioKind.PROJECT: ("project", "projects"),
    PortfolioKind.OPEN_SOURCE: ("open-source contribution", "open-source contributions"),
    PortfolioKind.CERTIFICATION: ("certificate", "certificates"),
    PortfolioKind.BLOG_POST: ("blog post", "blog posts"),
    PortfolioKind.CASE_STUDY: ("case study", "case studies"),
}


#: Each kind of learning activity in words, before its title: 'course “Deep Learning”'.
_LEARNING_NOUNS: dict[str, str] = {"degree": "study", "other": "learning"}


def _item_words(item: PortfolioItem) -> str:
    what = KIND_NOUNS[item.kind][0]
    return f"{what} “{item.title}”" if item.title else f"an untitled {what}"


def job_words(job: Job) -> str:
    """
    A job in words: "the ML Engineer job at Acme".
    """
    if job.title and job.company:
        return f"the {job.title} job at {job.company}"
    if job.title:
        return f"the {job.title} job"
    return f"the job at {job.company}" if job.company else "the job you are aiming at"


def _employer(job: Job | None) -> Company | None:
    """
    The company a target job is at, as a target company (its name and sector), when the job names one.
    """
    if job is None or job.company is None:
        return None
    return Company(name=job.company, sector=job.sector)


#: Titles that name a kind of engagement, not a role: "your internship", not "your role as Internship".
_ENGAGEMENT = re.compile(
    r"\b(?:internship|apprenticeship|fellowship|residency|traineeship|externship)$", re.IGNORECASE
)


def role_words(title: str) -> str:
    """
    A position's title as the person's role: "your role as Data Scientist", "your summer internship".

    Example:
        >>> role_words("Data Scientist"), role_words("Summer Internship"), role_words("ML Residency")
        ('your role as Data Scientist', 'your summer internship', 'your ML Residency')
    """
    if _ENGAGEMENT.search(title) is None:
        return f"your role as {title}"
    # One or two capitalised words ("Summer Internship") are lowercased, as a sentence writes them;
    # a longer title or one with an acronym ("ML Residency") keeps its case.
    words = title.split()
    plain = len(words) <= 2 and all(word[:1].isupper() and word[1:].islower() for word in words)
    return f"your {title.lower() if plain else title}"


#: An organization named by what it is, which a sentence names with "the": "the University of Oslo".
_NAMED_BY_KIND = re.compile(
    r"(?:department|university|institute|school|faculty|office|ministry|centre|center|college|laboratory|lab)"
    r"\s+(?:of|for)\b",
    re.IGNORECASE,
)


def organization_words(organization: str) -> str:
    """
    An organization as a sentence names it after "at": "Acme", "the University of Oslo".

    Example:
        >>> organization_words("Acme"), organization_words("University of Oslo")
        ('Acme', 'the University of Oslo')
    """
    return f"the {organization}" if _NAMED_BY_KIND.match(organization) else organization


def position_words(position: Position) -> str:
    """
    A position in words: "your role as Data Scientist at Acme", "your internship at Acme".
    """
    if position.title and position.organization:
        return f"{role_words(position.title)} at {organization_words(position.organization)}"
    if position.title:
        return role_words(position.title)
    if position.organization:
        return f"your role at {organization_words(position.organization)}"
    return "a role in your work history"


class Facts:
    """
    One candidate's profile, indexed for evaluation on a date.

    Attributes:
        candidate: The candidate.
        table: The skill table.
        exercises: The rulebook's exercises (datasets every course uses), which
            portfolio filters tell work on apart.
        as_of: The date the profile's dates are judged against.
        levels: Skill id to the level (1-5) the profile shows; absent when not shown.
        shown_by: For a skill shown but not listed, what shows it, in words.
        years: Skill id to years of use, where given.
        traits: Trait id to whether an example backs it.
        items: The portfolio.
        item_skills: For each portfolio item, the skills it names.
        kinds: How many portfolio items of each kind.
        stage: The career stage (stated, or derived on `as_of`).
        goals: The candidate's goals.
        sectors: The target sectors.
        company: The target company, if any: the one the goals name, or else the target job's employer.
        job: The target job, if any.
        company_sector: The target company's sector, if known.
        company_skills: The skills the target company's ML projects name.
        interview_days: Days until the interview with the target company, if its date is known.
        prep: The interview preparation done.
        growth: Mentorship, learning and networking.
        learning: The learning activities.
        networking: The networking activities.
        positions: The work history.
        position_skills: For each position, the skills it names.
        ml_positions: For each position, whether it is ML work: its title names an ML skill
            ("Machine Learning Engineer", "Data Scientist"), ML skills are at least half of
            the skills it names, or at least two of its highlights, and a third of them, name
            one (not a data analyst's one logistic-regression pilot).
        current: The positions held on `as_of`.
        work_years: Years in all positions.
        ml_years: Years in positions that are ML work.
        studying: The degrees in progress on `as_of`.
        degrees: The levels of the degrees finished or in progress.
        specialization: The niche, as a canonical id (`SkillTable.niche_id`): the one
            the goals state, or else the niche a current position names.
        specialized_by: What shows the niche, in words, when the goals state none and the
            profile does not list it: a position, or the skill that implies it.
        worked: The skills the portfolio and the work history show, with what they imply, without
            the listed skills.
    """

    # The facts read from the candidate at once; those worked out when first read (see `_Lazy`) are
    # kept in the instance's dictionary, where reading them again costs a plain lookup.
    __slots__ = (
        "__dict__",
        "_canonical",
        "candidate",
        "exercises",
        "goals",
        "growth",
        "items",
        "positions",
        "table",
    )

    candidate: Candidate
    table: SkillTable
    exercises: tuple[str, ...]
    as_of: dt.date
    levels: dict[str, int]
    shown_by: dict[str, str]
    years: dict[str, float]
    traits: dict[str, bool]
    items: tuple[PortfolioItem, ...]
    item_skills: tuple[frozenset[str], ...]
    kinds: dict[PortfolioKind, int]
    stage: Stage
    goals: Goals
    sectors: frozenset[Sector]
    company: Company | None
    job: Job | None
    company_sector: Sector | None
    company_skills: tuple[str, ...]
    interview_days: int | None
    prep: frozenset[PrepStep]
    growth: Growth
    learning: tuple[LearningActivity, ...]
    networking: tuple[NetworkingActivity, ...]
    positions: tuple[Position, ...]
    position_skills: tuple[frozenset[str], ...]
    ml_positions: tuple[bool, ...]
    current: tuple[Position, ...]
    work_years: float
    ml_years: float
    studying: tuple[Education, ...]
    degrees: frozenset[str]
    specialization: str | None
    specialized_by: str | None
    worked: frozenset[str]

    def __init__(
        self,
        candidate: Candidate,
        table: SkillTable | None = None,
        as_of: dt.date | None = None,
        exercises: tuple[str, ...] = (),
    ) -> None:
        self.candidate = candidate
        self.table = table = table or skill_table()
        self.exercises = exercises
        if as_of is not None:  # else today, when first read
            self.as_of = as_of
        # A profile names skills through the built-in table; a rulebook's own table may know more of them.
        self._canonical = None if table is skill_table() else table.skill_id
        self.items = candidate.portfolio
        self.positions = candidate.experience
        self.goals = candidate.goals
        self.growth = candidate.growth

    def _work_worked(self) -> None:
        self.worked = frozenset(self.table.shown({}, self._shown_by_work())[0])

    def _work_years(self) -> None:
        canonical = self._canonical
        self.years = {
            (canonical(skill.name) if canonical else skill.name): skill.years
            for skill in self.candidate.skills
            if skill.years is not None
        }

    def _work_traits(self) -> None:
        self.traits = {trait.name: trait.evidence is not None for trait in self.candidate.traits}

    def _work_item_skills(self) -> None:
        table, canonical = self.table, self._canonical
        self.item_skills = tuple(
            _named(table, item.skills, (item.title, *item.topics, item.description), canonical)
            for item in self.items
        )

    def _work_kinds(self) -> None:
        kinds: dict[PortfolioKind, int] = {}
        for item in self.items:
            kinds[item.kind] = kinds.get(item.kind, 0) + 1
        self.kinds = kinds

    def _work_position_skills(self) -> None:
        table, canonical, ml = self.table, self._canonical, self.table.ml_skills
        self.position_skills = named = tuple(
            _named(table, position.skills, (position.title, *position.highlights), canonical)
            for position in self.positions
        )
        # Teaching courses is ML work when the title says so; an ML course named among others is not.
        self.ml_positions = tuple(
            bool(skills & ml)
            and (
                not ml.isdisjoint(table.find(position.title or ""))
                or (
                    not position.is_course_teaching
                    and (_mostly_ml_skills(table, ml, skills) or _mostly_ml(table, ml, position.highlights))
                )
            )
            for position, skills in zip(self.positions, named, strict=True)
        )

    def _work_current(self) -> None:
        as_of = self.as_of
        self.current = tuple(position for position in self.positions if position.is_current(as_of))

    def _work_work_years(self) -> None:
        as_of = self.as_of
        self.work_years = years_held(self.positions, as_of)
        self.ml_years = years_held(
            [position for position, ml in zip(self.positions, self.ml_positions, strict=True) if ml], as_of
        )

    def _work_studies(self) -> None:
        education = self.candidate.education
        self.studying = tuple(study for study in education if study.in_progress(self.as_of))
        self.degrees = frozenset(study.level for study in education if study.level is not None)

    def _work_levels(self) -> None:
        self.levels, self.shown_by = self._shown()

    def _work_as_of(self) -> None:
        self.as_of = dt.date.today()  # noqa: DTZ011 - the day where the caller is

    def _work_stage(self) -> None:
        stage = self.candidate.stage  # a stated stage needs no date
        self.stage = stage if stage is not None else self.candidate.stage_on(self.as_of)

    def _work_goals(self) -> None:
        goals = self.goals
        self.sectors = frozenset(goals.sectors)
        self.job = goals.job
        self.company = company = goals.company or _employer(goals.job)
        self.company_sector = company.sector if company is not None else None
        self.interview_days = company.days_to_interview(self.as_of) if company is not None else None

    def _work_company_skills(self) -> None:
        company = self.company
        projects = company.ml_projects if company is not None else ()
        self.company_skills = tuple(
            dict.fromkeys(skill for text in projects for skill in self.table.find(text))
        )

    def _work_growth(self) -> None:
        self.prep = frozenset(self.candidate.interview_prep)
        self.learning = self.growth.learning
        self.networking = self.growth.networking

    def _work_specialization(self) -> None:
        self.specialization, self.specialized_by = self._specialization()

    #: What works out each attribute read lazily (some work out several).
    _WORK: ClassVar[dict[str, Callable[[Facts], None]]] = {
        name: work
        for work, names in (
            (_work_as_of, ("as_of",)),
            (_work_worked, ("worked",)),
            (_work_years, ("years",)),
            (_work_traits, ("traits",)),
            (_work_item_skills, ("item_skills",)),
            (_work_kinds, ("kinds",)),
            (_work_position_skills, ("position_skills", "ml_positions")),
            (_work_current, ("current",)),
            (_work_work_years, ("work_years", "ml_years")),
            (_work_studies, ("studying", "degrees")),
            (_work_levels, ("levels", "shown_by")),
            (_work_stage, ("stage",)),
            (_work_goals, ("sectors", "job", "company", "company_sector", "interview_days")),
            (_work_company_skills, ("company_skills",)),
            (_work_growth, ("prep", "learning", "networking")),
            (_work_specialization, ("specialization", "specialized_by")),
        )
        for name in names
    }

    def _specialization(self) -> tuple[str | None, str | None]:
        """
        The niche and, when the goals state none, what shows it.

        The stated niche; or else the niche a current position names (of
        several, the one shown at the highest level, then the one the most
        of the listed skills show, then the one it names first); or else the
        one niche skill shown at a higher level than every other, from
        advanced, when it is above what a current position shows through what
        it names (retrieval-augmented generation shows generative AI) and is
        shown as high without positions that ended more than five years
        before the year of advice, or else the first of those.
        """
        stated = self.goals.specialization
        if stated is not None:
            return self.table.niche_id(stated), None
        table = self.table
        current = [
            (skills, position_words(position))
            for position, skills in zip(self.positions, self.position_skills, strict=True)
            if position in self.current
        ]
        found = self._niches(current, lambda skills: skills)
        if len({niche for niche, _ in found}) > 1:
            named = [
                table.skill_id(skill)
                for position in self.current
                for skill in (
                    *position.skills,
                    *table.find(" ".join(filter(None, (position.title, *position.highlights)))),
                )
            ]
            first: dict[str, int] = {skill: index for index, skill in reversed(list(enumerate(named)))}
            canonical = self._canonical
            listed = [
                table.shown({canonical(skill.name) if canonical else skill.name: skill.level})[0]
                for skill in self.candidate.skills
            ]

            def breadth(niche: str) -> int:
                return sum(1 for shown in listed if niche in shown)

            found.sort(
                key=lambda pair: (
                    -self.levels.get(pair[0], 0),
                    -breadth(pair[0]),
                    first.get(pair[0], len(named)),
                    pair[0],
                )
            )
        if found:
            return found[0]
        implied = self._niches(current, lambda skills: table.shown(dict.fromkeys(skills, _POSITION))[0])
        levels = sorted(
            (
                (level, skill)
                for skill, level in self.levels.items()
                if (info := table.skills.get(skill)) and info.niche
            ),
            reverse=True,
        )
        if levels and levels[0][0] >= Level.ADVANCED and (len(levels) == 1 or levels[1][0] < levels[0][0]):
            level, skill = levels[0]
            # Work of long ago ("NLP research, 2003-2007") is no specialization today.
            since = self.as_of.year - _RECENT_YEARS
            recent = (
                self.table.shown(
                    self._listed_levels(), [*self._shown_by_work(since=since), *self._shown_by_learning()]
                )[0]
                if any(not position.held_since(since) for position in self.positions)
                else self.levels
            )
            if recent.get(skill, 0) >= level and (
                not implied or level > max(self.levels.get(niche, 0) for niche, _ in implied)
            ):
                # A niche the profile lists needs no reason beyond itself ("you specialise in ...").
                return skill, self.shown_by.get(skill)
        return implied[0] if implied else (None, None)

    def _niches(
        self, current: list[tuple[frozenset[str], str]], shows: Callable[[frozenset[str]], Iterable[str]]
    ) -> list[tuple[str, str]]:
        """
        The niches the *current* positions' skills show by *shows*, each with the position's words, by id.
        """
        table = self.table
        return sorted(
            (skill, words)
            for skills, words in current
            for skill in shows(skills)
            if (info := table.skills.get(skill)) is not None and info.niche
        )

    def _shown(self) -> tuple[dict[str, int], dict[str, str]]:
        """
        The level (1-5) of every skill the profile shows, and what shows those it does not list.
        """
        return self.table.shown(self._listed_levels(), [*self._shown_by_work(), *self._shown_by_learning()])

    def _listed_levels(self) -> dict[str, int]:
        """
        The level (1-5) of every skill the profile lists, by canonical id.
        """
        canonical = self._canonical
        if canonical is None:  # names are canonical and listed once
            return {skill.name: int(skill.level) for skill in self.candidate.skills}
        listed: dict[str, int] = {}
        for skill in self.candidate.skills:
            key = canonical(skill.name)
            listed[key] = max(listed.get(key, 0), int(skill.level))
        return listed

    def _shown_by_learning(self) -> list[tuple[str, int, str]]:
        """
        The skills the titles of learning activities name, at beginner, each with the activity in words.
        """
        found: list[tuple[str, int, str]] = []
        for activity in self.learning:
            if activity.title and (named := self.table.find(activity.title)):
                kind = activity.kind.value
                words = f"{_LEARNING_NOUNS.get(kind, kind)} “{activity.title}”"
                found.extend([(skill, _LEARNING, words) for skill in named])
        return found

    def _shown_by_work(self, since: int | None = None) -> list[tuple[str, int, str]]:
        """
        The skills the portfolio and the work history show, each with a level (1-5) and where it was seen.

        With *since*, only positions held in that year or later count.
        """
        found: list[tuple[str, int, str]] = []
        for item, skills in zip(self.items, self.item_skills, strict=True):
            by_kind = KIND_SHOWS.get(item.kind)
            if not skills and not by_kind:
                continue
            words = _item_words(item)
            level = _CERTIFICATE if item.kind is PortfolioKind.CERTIFICATION else _PORTFOLIO
            found.extend([(skill, level, words) for skill in skills])
            if by_kind:
                found.extend([(skill, int(shown), words) for skill, shown in by_kind.items()])
        if not self.positions:
            return found
        as_of = self.as_of
        held = [
            (position, skills)
            for position, skills in zip(self.positions, self.position_skills, strict=True)
            if since is None or position.held_since(since)
        ]
        using: dict[str, list[Position]] = {}
        for position, skills in held:
            for skill in skills:
                using.setdefault(skill, []).append(position)
        use = {skill: years_held(positions, as_of) for skill, positions in using.items()}
        for position, skills in held:
            words = position_words(position)
            found.extend(
                [(skill, _SENIOR if use[skill] >= _SENIOR_YEARS else _POSITION, words) for skill in skills]
            )
            found.extend([(skill, int(Level.INTERMEDIATE), words) for skill in _role_shows(position, as_of)])
        return found

    def skill_words(self, skill: str) -> str:
        """
        What the profile says of *skill*, in words a person recognises.

        Example:
            >>> from mlcareer import load_candidate
            >>> facts = Facts(load_candidate({"skills": [{"name": "sklearn", "level": "advanced"}]}))
            >>> facts.skill_words("linear-regression")
            'scikit-learn (advanced) shows linear regression at a beginner level'
            >>> facts.skill_words("r")
            'nothing in your profile shows R'
        """
        return skill_phrase(self.table.skill_name(skill), self.levels.get(skill), self.shown_by.get(skill))


class _Lazy:
    """
    An attribute of `Facts` worked out when first read, so an evaluation pays only for what its rules read.

    The work sets the attribute (and any it works out with it) in the instance's dictionary, which
    then answers every later read without calling this descriptor again.
    """

    __slots__ = ("name", "work")

    def __init__(self, name: str, work: Callable[[Facts], None]) -> None:
        self.name = name
        self.work = work

    def __get__(self, facts: Facts | None, owner: type[Facts]) -> object:
        if facts is None:
            return self
        self.work(facts)
        return facts.__dict__[self.name]


for _name, _work in Facts._WORK.items():  # noqa: SLF001 - the class's own table, read once
    setattr(Facts, _name, _Lazy(_name, _work))
del _name, _work

#: The names of the candidate index that conditions read: the attributes of `Facts`.
FACT_NAMES = frozenset(
    [*(name for name in Facts.__slots__ if not name.startswith("_")), *Facts._WORK]  # noqa: SLF001
)


def _role_shows(position: Position, as_of: dt.date) -> list[str]:
    """
    The soft skills a position shows by its nature, at intermediate.

    Teamwork once held for a year, communication when it is teaching,
    leadership when it leads others.
    """
    shows = ["teamwork"] if position.years(as_of) >= _TEAM_YEARS else []
    if position.is_teaching:
        shows.append("communication")
    if position.is_management:
        shows.append("leadership")
    return shows


def skill_phrase(name: str, level: int | None, via: str | None) -> str:
    """
    What a profile shows of a skill *name*, at *level* (None: not at all), shown by *via* (None: listed).

    Example:
        >>> skill_phrase("NumPy or pandas", None, None)
        'nothing in your profile shows NumPy or pandas'
        >>> skill_phrase("pandas", 2, None)
        'you list pandas at a beginner level'
    """
    if level is None:
        return f"nothing in your profile shows {name}"
    word = Level(level).word
    article = "an" if word[0] in "aeiou" else "a"
    if via is None:
        return f"you list {name} at {article} {word} level"
    return f"{via} shows {name} at {article} {word} level"


def _mostly_ml_skills(table: SkillTable, ml: frozenset[str], skills: frozenset[str]) -> bool:
    """
    Whether ML skills are at least half of the *skills* a position names, beside those they imply.

    What an ML skill implies is part of the ML work: Python and NumPy beside scikit-learn.
    """
    used = skills & ml
    if 2 * len(used) >= len(skills):
        return True
    implied = table.shown(dict.fromkeys(used, _POSITION))[0].keys() - used
    return 2 * len(used) >= len(skills - implied)


def _mostly_ml(table: SkillTable, ml: frozenset[str], highlights: Sequence[str]) -> bool:
    """
    Whether at least two of a position's *highlights*, and a third of them, name an ML skill.
    """
    naming = sum(1 for text in highlights if not ml.isdisjoint(table.find(text)))
    return naming >= 2 and 3 * naming >= len(highlights)


def _named(
    table: SkillTable,
    skills: Iterable[SkillId],
    texts: Iterable[str | None],
    canonical: Callable[[str], SkillId] | None,
) -> frozenset[str]:
    """
    The skills a piece of work names: those it lists and those its texts mention.
    """
    found: set[str] = set(map(canonical, skills) if canonical else skills)
    for text in texts:
        if text:
            found.update(table.find(text))
    return frozenset(found)
