"""
Hypothesis strategies for mlcareer's values, profile documents and rules.

Use them to property-test a program that embeds mlcareer, or a rule pack of
your own. They need the ``testing`` extra (``pip install mlcareer[testing]``).

Example:
    >>> from hypothesis import given
    >>> import mlcareer
    >>> from mlcareer import strategies
    >>> @given(strategies.candidates(stage="student"))
    ... def test_students_get_advice_as_students(candidate):
    ...     assert candidate.stage is mlcareer.Stage.STUDENT
    ...     mlcareer.default_engine().evaluate(candidate)
    >>> test_students_get_advice_as_students()
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

from mlcareer._arguments import (
    FLAT,
    ChoiceKind,
    ConditionKind,
    DottedKind,
    FlagKind,
    Kind,
    ListKind,
    NameKind,
    RangeKind,
    ScalarKind,
    ShapeKind,
    SkillKind,
    TextKind,
    TraitKind,
    WholeKind,
    WordsKind,
)
from mlcareer._conditions import PREDICATES, Condition, Named, NicheKind
from mlcareer._language import ConditionParser
from mlcareer._model import (
    LEVEL_SHAPE,
    Candidate,
    Company,
    DateShape,
    Education,
    Goals,
    Growth,
    Job,
    LearningActivity,
    LearningKind,
    Level,
    NetworkingActivity,
    NetworkingKind,
    PortfolioItem,
    PortfolioKind,
    Position,
    PrepStep,
    Sector,
    Skill,
    Stage,
    Trait,
)
from mlcareer._ranks import Priority
from mlcareer._shapes import (
    AnyData,
    Converted,
    Flag,
    Issues,
    Items,
    Number,
    Record,
    Rejected,
    Shape,
    Text,
    Words,
)
from mlcareer._taxonomy import skill_table

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "candidates",
    "companies",
    "conditions",
    "dates",
    "education",
    "goals",
    "growth",
    "jobs",
    "levels",
    "portfolio_items",
    "positions",
    "profile_documents",
    "rulebooks",
    "skill_names",
    "skills",
    "spell_profile",
    "texts",
    "traits",
    "values",
]

_TABLE = skill_table()
_SKILL_IDS = sorted(_TABLE.skills)
_TRAIT_IDS = sorted(_TABLE.traits)
_SPECIALIZATIONS = [
    "nlp",
    "computer_vision",
    "reinforcement_learning",
    "mlops",
    "time_series",
    "recommender_systems",
]


def texts(max_size: int = 24) -> st.SearchStrategy[str]:
    """
    Short, non-empty text without surrounding white space, as profiles hold it.
    """
    alphabet = string.ascii_letters + string.digits + " -'.éø{}"
    return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


def _unknown_names() -> st.SearchStrategy[str]:
    words = st.text(string.ascii_lowercase, min_size=4, max_size=10)
    return (
        st.lists(words, min_size=1, max_size=2)
        .map("-".join)
        .filter(lambda name: _TABLE.known_skill(name) is None and _TABLE.trait_id(name) not in _TABLE.traits)
    )


def skill_names(*, known_only: bool = True) -> st.SearchStrategy[str]:
    """
    Canonical skill ids of the skill table (and, unless *known_only*, unknown names).
    """
    known = st.sampled_from(_SKILL_IDS)
    return known if known_only else st.one_of(known, known, known, _unknown_names())


def levels() -> st.SearchStrategy[Level]:
    """
    Any level.
    """
    return st.sampled_from(list(Level))


def skills(
    *,
    names: st.SearchStrategy[str] | None = None,
    levels: st.SearchStrategy[Level] | None = None,
) -> st.SearchStrategy[Skill]:
    """
    A skill with a level and, sometimes, years of use.
    """
    return st.builds(
        Skill,
        names if names is not None else skill_names(known_only=False),
        levels if levels is not None else st.sampled_from(list(Level)),
        st.none() | st.floats(0, 40, allow_nan=False).map(lambda years: round(years, 1)),
    )


_skills = skills


def traits() -> st.SearchStrategy[Trait]:
    """
    A trait the guide names (or another), with or without an example.
    """
    names = st.one_of(st.sampled_from(_TRAIT_IDS), st.sampled_from(_TRAIT_IDS), _unknown_names())
    return st.builds(Trait, names, st.none() | texts(60))


def portfolio_items(
    *, kinds: Sequence[PortfolioKind | str] | None = None
) -> st.SearchStrategy[PortfolioItem]:
    """
    A portfolio item, of one of *kinds* if given.
    """
    kind = st.sampled_from([PortfolioKind(k) for k in kinds] if kinds else list(PortfolioKind))
    return st.builds(
        PortfolioItem,
        kind=kind,
        title=st.none() | texts(),
        skills=st.lists(skill_names(), max_size=4, unique=True),
        topics=st.lists(texts(12), max_size=2),
        sector=st.none() | st.sampled_from(list(Sector)),
        url=st.none() | st.just("https://example.org/work"),
        issuer=st.none() | texts(),
        description=st.none() | st.sampled_from(_WORK_WORDS) | texts(60),
    )


#: Words that work is described with: some name skills, some do not.
_WORK_WORDS = [
    "Built a churn model with XGBoost",
    "Shipped a PyTorch detector to production",
    "Led the data platform migration",
    "NLP triage of support tickets",
    "Logistic regression baseline",
    "Ran the weekly sales report in Excel",
    "Open-source contributor",
    "Mentored two interns",
    "Titanic survival model with scikit-learn",
    "Fashion-MNIST classifier in Keras",
]
#: The exercises generated rule files declare, which generated work sometimes names.
_EXERCISES = ("Titanic", "MNIST")
_TITLES = [
    "Data Scientist",
    "Machine Learning Engineer",
    "Software Engineer",
    "Research Intern",
    "Postdoctoral Researcher",
    "Teaching Assistant",
    "Data Analyst",
    "Computer Vision Engineer",
]
_DEGREES = ["PhD", "MSc", "Master of Science", "BSc", "Bachelor of Arts", "Bootcamp"]


def dates(*, full: bool = False) -> st.SearchStrategy[str]:
    """
    Dates as profiles write them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (only the last when *full*).

    They span the model's own bounds, 1000 to 2999, with most near today.
    """
    near = st.dates(dt.date(2005, 1, 1), dt.date(2032, 12, 31))
    day = st.one_of(near, near, near, st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)))
    if full:
        return day.map(dt.date.isoformat)
    return st.one_of(
        day.map(lambda d: f"{d.year:04d}"), day.map(lambda d: f"{d:%Y-%m}"), day.map(dt.date.isoformat)
    )


def positions() -> st.SearchStrategy[Position]:
    """
    A position in a work history: current (no end) or past, with skills and highlights.
    """
    return st.builds(
        Position,
        title=st.none() | st.sampled_from(_TITLES) | texts(),
        organization=st.none() | texts(),
        sector=st.none() | st.sampled_from(list(Sector)),
        start=st.none() | dates(),
        end=st.none() | dates(),
        skills=st.lists(skill_names(), max_size=3, unique=True),
        highlights=st.lists(st.sampled_from(_WORK_WORDS) | texts(40), max_size=2),
    )


def education() -> st.SearchStrategy[Education]:
    """
    A degree or course of study, finished or in progress.
    """
    return st.builds(
        Education,
        degree=st.none() | st.sampled_from(_DEGREES) | texts(),
        field=st.none() | texts(),
        institution=st.none() | texts(),
        start=st.none() | dates(),
        end=st.none() | dates(),
    )


def companies() -> st.SearchStrategy[Company]:
    """
    A target company, with or without its sector, ML projects, values and an interview date.
    """
    return st.builds(
        Company,
        name=texts(),
        sector=st.none() | st.sampled_from(list(Sector)),
        ml_projects=st.lists(texts(), max_size=2),
        values=st.lists(texts(), max_size=2),
        interview_on=st.none() | dates(full=True),
    )


def jobs() -> st.SearchStrategy[Job]:
    """
    A target job: its skills, the groups of them it takes in place of each other, years, a degree.

    It requires, prefers or mentions skills (known or not), and asks for
    years of experience and of ML work; each may be absent.

    Years reach the bound a posting may ask (0 to 80).
    """
    names = st.lists(skill_names(known_only=False), max_size=4, unique=True)
    years = st.none() | st.integers(0, 80) | st.floats(0, 80, allow_nan=False)
    # Groups mostly of the skills the job requires, as a posting's "PyTorch or TensorFlow" are.
    groups = st.lists(st.lists(skill_names(), min_size=2, max_size=3, unique=True), max_size=2)
    own: st.SearchStrategy[list[list[str]]] = st.just([]) | groups
    return st.tuples(names, names, names).flatmap(
        lambda lists: st.builds(
            Job,
            title=st.none() | st.sampled_from(_TITLES) | texts(),
            company=st.none() | texts(),
            sector=st.none() | st.sampled_from(list(Sector)),
            required=st.just(lists[0]),
            preferred=st.just(lists[1]),
            mentioned=st.just(lists[2]),
            alternatives=(st.just([lists[0][:2]]) | st.just([lists[0]]) | own) if len(lists[0]) > 1 else own,
            years=years,
            ml_years=years,
            degree=st.none() | st.sampled_from(_DEGREES) | texts(),
        )
    )


def goals() -> st.SearchStrategy[Goals]:
    """
    Target sectors, specialization, company and job, each sometimes absent.
    """
    return st.builds(
        Goals,
        st.lists(st.sampled_from(list(Sector)), max_size=2, unique=True),
        st.none() | st.sampled_from(_SPECIALIZATIONS),
        st.none() | companies(),
        st.none() | jobs(),
    )


def growth() -> st.SearchStrategy[Growth]:
    """
    Mentorship, learning and networking, each sometimes absent.
    """
    learning = st.builds(
        LearningActivity,
        st.sampled_from(list(LearningKind)),
        st.none() | texts(),
        st.none() | st.integers(1900, 2200),
    )
    networking = st.builds(NetworkingActivity, st.sampled_from(list(NetworkingKind)), st.none() | texts())
    return st.builds(Growth, st.booleans(), st.lists(learning, max_size=2), st.lists(networking, max_size=2))


def _unique_by_name(items: Sequence[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(item.name, item)
    return list(seen.values())


def candidates(
    *,
    stage: Stage | str | None = None,
    skills: st.SearchStrategy[Sequence[Skill]] | None = None,
    max_skills: int = 14,
    max_items: int = 4,
) -> st.SearchStrategy[Candidate]:
    """
    A candidate, at any stage (stated, or left to derive) or at *stage*.

    Skills come from *skills* when given (repeated names are dropped);
    traits, portfolio, goals, interview preparation, growth, work history
    and education vary freely.
    """
    skill_lists = skills if skills is not None else st.lists(_skills(), max_size=max_skills)
    return st.builds(
        Candidate,
        name=st.none() | texts(),
        stage=st.just(Stage(stage)) if stage is not None else st.none() | st.sampled_from(list(Stage)),
        skills=skill_lists.map(_unique_by_name),
        traits=st.lists(traits(), max_size=4).map(_unique_by_name),
        portfolio=st.lists(portfolio_items(), max_size=max_items),
        goals=goals(),
        interview_prep=st.lists(st.sampled_from(list(PrepStep)), max_size=4, unique=True),
        growth=growth(),
        experience=st.lists(positions(), max_size=3),
        education=st.lists(education(), max_size=2),
        extensions=st.dictionaries(
            st.sampled_from(["plan", "cohort"]), st.integers(0, 3) | texts(8), max_size=2
        ),
    )


_candidates = candidates


# --- any value a class's fields accept, derived from the fields' shapes


def values(cls: type[Any]) -> st.SearchStrategy[Any]:
    """
    Any value of a profile class (`mlcareer.Candidate`, `mlcareer.Skill`, ...) that its fields accept.

    Derived from the fields' own shapes, so it reaches their bounds: text
    up to its longest, in any script; numbers to their limits; every word;
    dates from 1000 to 2999; free-form extensions. Values too odd for
    realistic profiles (`candidates` gives those), right for properties
    every value must have, such as ``Candidate.from_dict(c.to_dict()) == c``.

    Example:
        >>> from hypothesis import given
        >>> @given(values(Skill))
        ... def test_skills_have_levels(skill):
        ...     assert 1 <= skill.level <= 5
        >>> test_skills_have_levels()
    """
    return _of_shape(_record_of(cls))


def _record_of(cls: type[Any]) -> Record[Any]:
    from mlcareer import _model  # noqa: PLC0415 - the records are the model's own

    found = next(
        (value for value in vars(_model).values() if isinstance(value, Record) and value.build is cls), None
    )
    if found is None:
        msg = f"{cls.__name__} is not a profile class"
        raise TypeError(msg)
    return found


def _text(max_length: int) -> st.SearchStrategy[str]:
    edge = st.characters(exclude_categories=["Cs", "Zs", "Zl", "Zp", "Cc"])  # not stripped away
    short = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=min(max_length, 40))
    longest = st.text(edge, min_size=1, max_size=4).map(lambda part: (part * max_length)[:max_length])
    return st.one_of(short, short, short, longest).map(str.strip).filter(bool)


def _of_shape(shape: Shape[Any]) -> st.SearchStrategy[Any]:  # noqa: C901, PLR0911 - one strategy a kind of shape
    if isinstance(shape, Record):
        return st.builds(
            shape.build,
            **{
                name: _of_shape(field.shape)
                if field.required
                else st.just(field.default) | _of_shape(field.shape)
                for name, field in shape.fields.items()
            },
        )
    if isinstance(shape, Converted):
        return _of_shape(shape.shape).filter(lambda value: _converts(shape, value))
    if isinstance(shape, DateShape):
        return dates(full=shape.full)
    if isinstance(shape, Text):
        return _text(shape.max_length)
    if isinstance(shape, Number):
        if shape.integer:
            return st.integers(int(shape.minimum or 0), int(shape.maximum or 10**6))
        return st.floats(shape.minimum, shape.maximum, allow_nan=False, allow_infinity=False)
    if isinstance(shape, Words):
        return st.sampled_from(list(shape.names))
    if isinstance(shape, Flag):
        return st.booleans()
    if isinstance(shape, Items):
        return st.lists(_of_shape(shape.item), max_size=3).filter(lambda items: _converts(shape, items))
    if isinstance(shape, AnyData):
        plain = st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=8),
            lambda inner: (
                st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
            ),
            max_leaves=6,
        )
        return st.dictionaries(st.text(max_size=8), plain, max_size=2)
    msg = f"no strategy for {type(shape).__name__}"  # pragma: no cover - every shape of the model is above
    raise TypeError(msg)  # pragma: no cover


def _converts(shape: Shape[Any], value: object) -> bool:
    """
    Whether *shape* takes *value* (a unique list without repeats; text that names something).
    """
    try:
        shape.convert(value)
    except ValueError:
        return False
    return True


# --- profile documents: the same candidate, written as people write it


def _spellings(name: str) -> list[str]:
    info = _TABLE.known_skill(name)
    return [name] if info is None else [info.id, info.name, *info.aliases]


def _case(draw: st.DrawFn, word: str) -> str:
    style = draw(st.sampled_from(["same", "upper", "lower", "title", "separators"]))
    if style == "upper":
        return word.upper()
    if style == "lower":
        return word.lower()
    if style == "title":
        return word.title()
    if style == "separators":
        return word.replace("-", " ").replace("_", " ")
    return word


def _level_spelling(draw: st.DrawFn, level: Level) -> object:
    words = [word for word, value in LEVEL_SHAPE.table.items() if value is level]
    return draw(st.sampled_from([*words, int(level)]))


def _spell_skill(draw: st.DrawFn, skill: Skill) -> object:
    name = _case(draw, draw(st.sampled_from(_spellings(skill.name))))
    if skill.level is Level.INTERMEDIATE and skill.years is None and draw(st.booleans()):
        return name
    entry: dict[str, Any] = {"name": name, "level": _level_spelling(draw, skill.level)}
    if skill.years is not None:
        entry["years"] = skill.years
    return entry


@st.composite
def spell_profile(draw: st.DrawFn, candidate: Candidate, *, shuffle: bool = True) -> dict[str, Any]:
    """
    Write *candidate* as a profile document the way people do.

    Skills get aliases, other cases and separators, level words and numbers,
    and bare names when intermediate; with *shuffle*, lists come in another
    order. The document loads to a candidate that gives the same report.
    """
    data = candidate.to_dict()
    if candidate.skills:
        data["skills"] = [_spell_skill(draw, skill) for skill in candidate.skills]
    if candidate.traits:
        trait_entries = []
        for trait in candidate.traits:
            info = _TABLE.traits.get(trait.name)
            name = _case(draw, draw(st.sampled_from([trait.name, *(info.aliases if info else ())])))
            trait_entries.append({"name": name, "evidence": trait.evidence} if trait.evidence else name)
        data["traits"] = trait_entries
    if "stage" in data:
        data["stage"] = _case(draw, data["stage"])
    if shuffle:
        for key in ("skills", "traits", "portfolio", "interview_prep"):
            if key in data:
                data[key] = draw(st.permutations(data[key]))
    return data


def profile_documents(
    candidates: st.SearchStrategy[Candidate] | None = None,
) -> st.SearchStrategy[dict[str, Any]]:
    """
    Profiles as plain data, written with aliases, level words and shuffled lists.
    """
    source = candidates if candidates is not None else _candidates()
    return source.flatmap(spell_profile)


# --- rules


def _kind_values(kind: Kind[Any]) -> st.SearchStrategy[Any]:  # noqa: PLR0911 - one strategy a kind
    """
    Values a rule file writes for an argument of *kind*, chosen among those profiles can meet.
    """
    if isinstance(kind, SkillKind):
        return st.sampled_from(_SKILL_IDS)
    if isinstance(kind, TraitKind):
        return st.sampled_from(_TRAIT_IDS)
    if isinstance(kind, ListKind):
        item = _kind_values(kind.item)
        items = st.lists(item, min_size=1, max_size=4, unique=kind.unique)
        return item | items if kind.single else items
    if isinstance(kind, WordsKind):
        word = st.sampled_from(list(kind.shape.names.values()))
        return word | st.lists(word, min_size=1, max_size=2, unique=True)
    if isinstance(kind, ShapeKind):
        return st.sampled_from(list(kind.shape.names.values()))
    if isinstance(kind, ChoiceKind):
        words = st.sampled_from(list(kind.choices))
        return words if kind.then is None else words | _kind_values(kind.then)
    if isinstance(kind, RangeKind):
        return st.fixed_dictionaries(
            {}, optional={"at_least": st.integers(0, 3), "at_most": st.integers(0, 3)}
        )
    values: dict[type[Kind[Any]], st.SearchStrategy[Any]] = {
        FlagKind: st.booleans(),
        NameKind: st.sampled_from(["found", "listed"]),
        TextKind: st.sampled_from(["nlp", "vision", "Acme Pay"]),
        ScalarKind: st.integers(0, 2) | st.sampled_from(["basic", "premium"]) | st.booleans(),
        DottedKind: st.sampled_from(["plan", "cohort", "plan.tier"]),
        NicheKind: st.sampled_from(_SPECIALIZATIONS),
    }
    if isinstance(kind, WholeKind):
        low = kind.minimum or 0
        return st.integers(2015, 2027) if low >= 1900 else st.integers(low, low + (2 if low else 30))
    return values[type(kind)]


def _predicate_values(predicate: type[Condition]) -> st.SearchStrategy[Any]:
    """
    The values a rule file writes for *predicate*, in each of its forms, from its declared arguments.
    """
    arguments = predicate.arguments
    if arguments.single:
        (argument,) = arguments.fields.values()
        return _kind_values(argument.kind)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    flat: list[st.SearchStrategy[dict[str, int]]] = []
    for name, argument in arguments.fields.items():
        if argument.short_only:
            continue
        if argument.key is FLAT:
            flat.append(_kind_values(argument.kind))
        else:
            key = str(argument.key or name)
            (required if argument.required else optional)[key] = _kind_values(argument.kind)
    mapping: st.SearchStrategy[Any] = st.fixed_dictionaries(required, optional=optional)
    for comparisons in flat:
        mapping = st.builds(lambda args, bounds: {**args, **bounds}, mapping, comparisons)
    forms: list[st.SearchStrategy[Any]] = [mapping]
    if arguments.shorthand is not None:
        short = arguments.fields[arguments.shorthand]
        forms.append(st.booleans() if short.key is FLAT else _kind_values(short.kind))
    if arguments.bare:
        forms.append(st.just(value=True))
    return st.one_of(forms)


def _valid(condition: dict[str, Any]) -> bool:
    """
    Whether *condition* loads without a problem (arguments can contradict each other).
    """
    issues = Issues()
    try:
        ConditionParser(issues, _TABLE, exercises=_EXERCISES).parse(condition, ("when",))
    except Rejected:
        return False
    return not issues.problems


def _nests(predicate: type[Condition]) -> bool:
    """
    Whether *predicate* combines or names other conditions, rather than reading the profile.
    """
    kinds = [argument.kind for argument in predicate.arguments.fields.values()]
    kinds += [kind.item for kind in kinds if isinstance(kind, ListKind)]
    return predicate is Named or any(isinstance(kind, ConditionKind) for kind in kinds)


@functools.cache
def _leaf() -> st.SearchStrategy[dict[str, Any]]:
    """
    A condition of one predicate that reads the profile, any of them, derived from their declarations.
    """
    return st.one_of(
        [
            _predicate_values(predicate).map(functools.partial(_written, word)).filter(_valid)
            for word, predicate in PREDICATES.items()
            if not _nests(predicate)
        ]
    )


def _written(word: str, value: object) -> dict[str, Any]:
    """
    A condition of the predicate *word* with *value*, as a rule file writes it.
    """
    return {word: value}


def conditions(max_leaves: int = 8, names: Sequence[str] = ()) -> st.SearchStrategy[dict[str, Any]]:
    """
    A random valid condition over the whole rule language, as plain data.

    A portfolio filter on exercises is valid in a rule file that declares
    ``exercises: [Titanic, MNIST]``, as `rulebooks` do.

    Args:
        max_leaves: Roughly the most predicates in one condition.
        names: Named conditions it may ``use``.
    """
    return _conditions(max_leaves, tuple(names))


@functools.cache
def _conditions(max_leaves: int, names: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    """
    `conditions`, built once for each set of arguments (building a recursive strategy is costly).
    """
    leaves = (
        _leaf() if not names else st.one_of(_leaf(), st.sampled_from(list(names)).map(lambda n: {"use": n}))
    )

    def extend(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        parts = st.lists(children, min_size=1, max_size=3)
        return st.one_of(
            parts.map(lambda p: {"all": p}),
            parts.map(lambda p: {"any": p}),
            children.map(lambda c: {"not": c}),
            st.tuples(children, parts).map(lambda q: {"all": [{"quiet": q[0]}, *q[1]]}),
            parts.flatmap(
                lambda p: st.integers(1, len(p)).map(lambda k: {"at_least": {"count": k, "of": p}})
            ),
        )

    return st.recursive(leaves, extend, max_leaves=max_leaves)


@st.composite
def rulebooks(draw: st.DrawFn, min_rules: int = 1, max_rules: int = 12) -> dict[str, Any]:
    """
    A complete, valid rule file as plain data.

    It has its own section, topics, lists of skills, exercises, named
    conditions and rules, with several rules sharing a topic; a named
    condition names each list.
    """
    topic_count = draw(st.integers(1, 4))
    topics = [
        {"id": f"generated.topic-{i}", "section": "generated", "summary": f"Topic {i}."}
        for i in range(topic_count)
    ]
    skill_lists = {
        f"skills-{i}": draw(st.lists(st.sampled_from(_SKILL_IDS), min_size=1, max_size=6, unique=True))
        for i in range(draw(st.integers(0, 2)))
    }
    named_count = draw(st.integers(0, 2))
    named = {f"named-{i}": draw(conditions(max_leaves=3)) for i in range(named_count)}
    for name in skill_lists:
        predicate = draw(
            st.sampled_from(
                [
                    {"gaps": {"skills": name}},
                    {"gaps": {"skills": name, "below": "intermediate"}},
                    {"skills": {"of": name}},
                    {"skills": {"of": name, "at_least": "advanced"}},
                ]
            )
        )
        named[f"from-{name}"] = predicate
    rules = [
        {
            "id": f"generated.rule-{index}",
            "topic": draw(st.sampled_from(topics))["id"],
            "priority": draw(st.sampled_from([p.value for p in Priority])),
            "when": draw(conditions(names=list(named))),
            "title": f"Advice {index} for {{name}}",
            "message": "A message about {company}.",
            "actions": ["Do the next thing."],
            "source": "generated",
        }
        for index in range(draw(st.integers(min_rules, max_rules)))
    ]
    situations = [
        {
            "situation": f"situation-{index}",
            **({"when": draw(conditions(max_leaves=2))} if index < count - 1 or draw(st.booleans()) else {}),
            "now": draw(st.lists(st.sampled_from([t["id"] for t in topics] + ["generated.*"]), max_size=2)),
            "later": draw(st.lists(st.sampled_from([t["id"] for t in topics]), max_size=2)),
            "drop": draw(st.lists(st.sampled_from([t["id"] for t in topics]), max_size=1)),
        }
        for count in [draw(st.integers(0, 2))]
        for index in range(count)
    ]
    return {
        "rulebook": "generated",
        "version": "1",
        "sections": {"generated": "Generated"},
        "topics": topics,
        **({"skill_lists": skill_lists} if skill_lists else {}),
        "exercises": list(_EXERCISES),
        "conditions": named,
        **({"horizons": situations} if situations else {}),
        "rules": rules,
    }
