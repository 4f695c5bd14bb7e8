"""
The rule language's grammar: how a ``when`` in a rule file is read.

`PREDICATES` is the one table from a predicate's word to the function that
reads its arguments; `ConditionParser` reads a condition through it,
collecting every problem (with a "did you mean" for misspelled words) and
resolving named conditions, with cycles reported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from mlcareer._conditions import (
    _COMPARISONS,
    _COUNTABLE,
    AllOf,
    AnyOf,
    AtLeastOf,
    AtStage,
    Condition,
    CountActivities,
    CountNetworking,
    CountOf,
    CountPortfolio,
    CountTraits,
    ExtensionValue,
    HasMentor,
    HasSkill,
    HasSpecialization,
    HasTrait,
    InterviewSoon,
    KnowsSkills,
    Named,
    Not,
    Prepared,
    Range,
    SkillGaps,
    SkillYears,
    Studies,
    TargetCompany,
    TargetsSector,
    TraitGaps,
    WorkHistory,
    _range_schema,
)
from mlcareer._model import (
    KIND_SHAPE,
    LEVEL_SHAPE,
    PREP_SHAPE,
    SECTOR_SHAPE,
    STAGE_SHAPE,
    LearningKind,
    Level,
    NetworkingKind,
    _enum_shape,
)
from mlcareer._shapes import INVALID, Issues, JSONSchema, Words, _Invalid, describe_value, suggest
from mlcareer._taxonomy import SkillId, SkillTable, TraitId, skill_key

if TYPE_CHECKING:
    from mlcareer._document import Path

__all__ = ["PREDICATES", "ConditionParser", "Predicate", "condition_schema"]

E = TypeVar("E")

_LEARNING_SHAPE = _enum_shape(LearningKind)
_NETWORKING_SHAPE = _enum_shape(NetworkingKind)
_NAME = r"^[a-z][a-z0-9_-]*$"


class ConditionParser:
    """
    Read conditions of one rule file, with its named conditions.

    Args:
        issues: Where problems are recorded.
        table: The skill table that skill and trait names resolve through.
        named: The file's named conditions, unparsed, with their paths.
    """

    def __init__(
        self,
        issues: Issues,
        table: SkillTable,
        named: Mapping[str, tuple[object, Path]] | None = None,
    ) -> None:
        self.issues = issues
        self.table = table
        self.raw_named = dict(named or {})
        self.named: dict[str, Condition | _Invalid] = {}
        self._resolving: list[str] = []

    # --- conditions

    def parse(self, value: object, path: Path) -> Condition | _Invalid:
        """
        Read the condition *value* written at *path*.
        """
        if not isinstance(value, Mapping) or len(value) != 1:
            if isinstance(value, Mapping) and len(value) > 1:
                keys = ", ".join(repr(str(key)) for key in value)
                self.issues.add(
                    path, f"a condition has one predicate, found {keys}; combine them with 'all' or 'any'"
                )
            else:
                self.issues.add(
                    path, f"expected a condition (a mapping with one predicate), got {describe_value(value)}"
                )
            return INVALID
        ((word, args),) = value.items()
        reader = PREDICATES.get(str(word))
        if reader is None:
            self.issues.add(
                path,
                f"unknown predicate {word!r}",
                suggestion=suggest(str(word), PREDICATES),
                at_key=(*path, word),
            )
            return INVALID
        return reader.read(self, args, (*path, word))

    def resolve(self, name: str, path: Path) -> Condition | _Invalid:
        """
        Return the named condition *name*, reading it on first use.
        """
        if name in self.named:
            return self.named[name]
        if name in self._resolving:
            cycle = " -> ".join([*self._resolving[self._resolving.index(name) :], name])
            self.issues.add(path, f"named conditions refer to each other in a cycle: {cycle}")
            return INVALID
        if name not in self.raw_named:
            self.issues.add(path, f"no named condition {name!r}", suggestion=suggest(name, self.raw_named))
            return INVALID
        raw, where = self.raw_named[name]
        self._resolving.append(name)
        try:
            condition = self.parse(raw, where)
        finally:
            self._resolving.pop()
        self.named[name] = condition
        return condition

    # --- argument helpers, shared by the predicate readers

    def arguments(
        self,
        value: object,
        path: Path,
        allowed: Mapping[str, bool],
        what: str,
    ) -> dict[str, Any] | None:
        """
        Check a mapping of arguments: only *allowed* keys, required ones present.

        Unknown keys are recorded and left out, so the known ones are still
        read and checked; None when *value* is not a mapping or misses a
        required key.
        """
        if not isinstance(value, Mapping):
            self.issues.add(path, f"expected {what}, got {describe_value(value)}")
            return None
        known = {}
        for key, item in value.items():
            if key in allowed:
                known[key] = item
            else:
                self.issues.add(
                    path,
                    f"unknown argument {key!r}",
                    suggestion=suggest(str(key), allowed),
                    at_key=(*path, key),
                )
        ok = True
        for key, required in allowed.items():
            if required and key not in value:
                self.issues.add(path, f"missing the argument {key!r}")
                ok = False
        return known if ok else None

    def skill(self, value: object, path: Path) -> tuple[SkillId, str] | _Invalid:
        """
        Resolve a skill name through the skill table; unknown names are errors.
        """
        if not isinstance(value, str):
            self.issues.add(path, f"expected a skill name, got {describe_value(value)}")
            return INVALID
        info = self.table.known_skill(value)
        if info is None:
            suggestion = suggest(value.casefold(), self.table.names())
            hint = "" if suggestion else "; a rule file declares new skills under 'skills'"
            self.issues.add(path, f"unknown skill {value!r}{hint}", suggestion=suggestion)
            return INVALID
        return SkillId(info.id), info.name

    def trait(self, value: object, path: Path) -> tuple[TraitId, str] | _Invalid:
        """
        Resolve a trait name through the skill table (other traits are kept).
        """
        if not isinstance(value, str) or not value.strip():
            self.issues.add(path, f"expected a trait name, got {describe_value(value)}")
            return INVALID
        trait = self.table.trait_id(value)
        return trait, self.table.trait_name(trait)

    def words(self, shape: Words[E], value: object, path: Path) -> frozenset[E] | _Invalid:
        """
        Read one word or a list of words of *shape*.
        """
        values = value if isinstance(value, list) else [value]
        if not values:
            self.issues.add(path, "expected at least one word, got an empty list")
            return INVALID
        found = [
            shape.parse(item, path if value is not values else (*path, i), self.issues)
            for i, item in enumerate(values)
        ]
        if any(isinstance(item, _Invalid) for item in found):
            return INVALID
        return frozenset(found)  # type: ignore[arg-type] # invalid items were returned above

    def flag(self, value: object, path: Path) -> bool | _Invalid:
        """
        Read ``true`` or ``false``.
        """
        if not isinstance(value, bool):
            self.issues.add(path, f"expected true or false, got {describe_value(value)}")
            return INVALID
        return value

    def count(self, value: object, path: Path, minimum: int = 0) -> int | _Invalid:
        """
        Read a whole number of at least *minimum*.
        """
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.issues.add(
                path, f"expected a whole number of at least {minimum}, got {describe_value(value)}"
            )
            return INVALID
        return value

    def range(self, args: Mapping[str, object], path: Path) -> Range | _Invalid:
        """
        Read the comparisons among *args* (at least one by default).
        """
        bounds = []
        for name in _COMPARISONS:
            if name in args:
                bound = args[name]
                if isinstance(bound, bool) or not isinstance(bound, int | float) or bound < 0:
                    self.issues.add(
                        (*path, name), f"expected a number of at least 0, got {describe_value(bound)}"
                    )
                    return INVALID
                bounds.append((name, bound))
        return Range(tuple(bounds) or (("at_least", 1),))

    def binding(self, args: Mapping[str, object], path: Path, default: str) -> str | _Invalid:
        """
        Read the ``as`` name a predicate binds its list to.
        """
        name = args.get("as", default)
        if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
            self.issues.add(
                (*path, "as"), f"expected a name of letters, digits and _, got {describe_value(name)}"
            )
            return INVALID
        return name


def _invalid(*values: object) -> bool:
    return any(isinstance(value, _Invalid) for value in values)


# --- one reader per predicate


def _read_skill(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if isinstance(value, str):
        skill = p.skill(value, path)
        return INVALID if isinstance(skill, _Invalid) else HasSkill(skill[0], skill[1])
    args = p.arguments(
        value, path, {"name": True, "at_least": False, "at_most": False}, "a skill name or a mapping"
    )
    if args is None:
        return INVALID
    skill = p.skill(args["name"], (*path, "name"))
    low = LEVEL_SHAPE.parse(args["at_least"], (*path, "at_least"), p.issues) if "at_least" in args else None
    high = LEVEL_SHAPE.parse(args["at_most"], (*path, "at_most"), p.issues) if "at_most" in args else None
    if _invalid(skill, low, high):
        return INVALID
    assert not isinstance(skill, _Invalid)  # noqa: S101 - checked above
    if low is not None and high is not None and low > high:  # type: ignore[operator] # both levels
        p.issues.add(path, f"at_least ({low.word}) is above at_most ({high.word})")  # type: ignore[union-attr]
        return INVALID
    return HasSkill(skill[0], skill[1], at_least=low, at_most=high)  # type: ignore[arg-type]


def _read_skill_list(
    p: ConditionParser, value: object, path: Path, key: str, level: str
) -> tuple[tuple[SkillId, ...], tuple[str, ...], Level | None, int, str] | _Invalid:
    """
    Read the arguments that `gaps` and `skills` share.

    They are a list of skills under *key*, a level under *level*, a `count`
    and an `as` name.
    """
    allowed = {key: True, level: False, "count": False, "as": False}
    args = p.arguments(value, path, allowed, f"a mapping with {key!r}")
    if args is None:
        return INVALID
    raw = args[key]
    if not isinstance(raw, list) or not raw:
        p.issues.add((*path, key), f"expected a list of skill names, got {describe_value(raw)}")
        return INVALID
    skills = [p.skill(item, (*path, key, i)) for i, item in enumerate(raw)]
    bound = LEVEL_SHAPE.parse(args[level], (*path, level), p.issues) if level in args else None
    count = p.count(args.get("count", 1), (*path, "count"), minimum=1)
    binding = p.binding(args, path, "gaps" if key == "skills" else "skills")
    if _invalid(*skills, bound, count, binding):
        return INVALID
    ids = tuple(skill[0] for skill in skills)  # type: ignore[index] # invalid items were returned above
    if len(set(ids)) != len(ids):
        p.issues.add((*path, key), "lists a skill more than once")
        return INVALID
    if count > len(ids):  # type: ignore[operator] # a valid int
        p.issues.add((*path, "count"), f"is {count}, but only {len(ids)} skills are listed")
        return INVALID
    names = tuple(skill[1] for skill in skills)  # type: ignore[index]
    return ids, names, bound, count, binding  # type: ignore[return-value] # all valid here


def _read_gaps(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    read = _read_skill_list(p, value, path, "skills", "below")
    if isinstance(read, _Invalid):
        return INVALID
    ids, names, below, count, binding = read
    return SkillGaps(ids, names, below=below, count=count, binding=binding)


def _read_skills(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    read = _read_skill_list(p, value, path, "of", "at_least")
    if isinstance(read, _Invalid):
        return INVALID
    ids, names, at_least, count, binding = read
    return KnowsSkills(ids, names, at_least=at_least, count=count, binding=binding)


def _read_trait(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if isinstance(value, str):
        trait = p.trait(value, path)
        return INVALID if isinstance(trait, _Invalid) else HasTrait(trait[0], trait[1])
    args = p.arguments(value, path, {"name": True, "evidence": False}, "a trait name or a mapping")
    if args is None:
        return INVALID
    trait = p.trait(args["name"], (*path, "name"))
    evidence = p.flag(args["evidence"], (*path, "evidence")) if "evidence" in args else None
    if _invalid(trait, evidence):
        return INVALID
    return HasTrait(trait[0], trait[1], with_example=evidence)  # type: ignore[index,arg-type]


def _comparison_keys() -> dict[str, bool]:
    return dict.fromkeys(_COMPARISONS, False)


def _read_traits(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(value, path, {"evidence": False, "as": False, **_comparison_keys()}, "a mapping")
    if args is None:
        return INVALID
    evidence = p.flag(args["evidence"], (*path, "evidence")) if "evidence" in args else None
    within = p.range(args, path)
    binding = p.binding(args, path, "traits")
    if _invalid(evidence, within, binding):
        return INVALID
    return CountTraits(within, with_example=evidence, binding=binding)  # type: ignore[arg-type]


def _read_trait_gaps(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(value, path, {"traits": True, "count": False, "as": False}, "a mapping with 'traits'")
    if args is None:
        return INVALID
    names = args["traits"]
    traits = (
        [p.trait(name, (*path, "traits", index)) for index, name in enumerate(names)]
        if isinstance(names, list) and names
        else [INVALID]
    )
    if not isinstance(names, list) or not names:
        p.issues.add((*path, "traits"), f"expected a list of trait names, got {describe_value(names)}")
    count = p.count(args.get("count", 1), (*path, "count"), minimum=1)
    binding = p.binding(args, path, "missing")
    if _invalid(*traits, count, binding):
        return INVALID
    return TraitGaps(
        tuple(trait[0] for trait in traits),  # type: ignore[index]
        tuple(trait[1] for trait in traits),  # type: ignore[index]
        count=count,  # type: ignore[arg-type]
        binding=binding,  # type: ignore[arg-type]
    )


def _read_portfolio(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    allowed = {
        "kind": False,
        "sector": False,
        "skill": False,
        "topic": False,
        "ml": False,
        "as": False,
        **_comparison_keys(),
    }
    args = p.arguments(value, path, allowed, "a mapping of filters and counts")
    if args is None:
        return INVALID
    kinds = p.words(KIND_SHAPE, args["kind"], (*path, "kind")) if "kind" in args else None
    sectors: frozenset[Any] | _Invalid | None = None
    company = args.get("sector") == "company"
    if "sector" in args and not company:
        sectors = p.words(SECTOR_SHAPE, args["sector"], (*path, "sector"))
    skills = _skill_filter(p, args, path)
    topic = args.get("topic")
    if topic is not None and (not isinstance(topic, str) or not topic.strip()):
        p.issues.add((*path, "topic"), f"expected a topic word, got {describe_value(topic)}")
        topic = INVALID
    within = p.range(args, path)
    binding = p.binding(args, path, "items") if "as" in args else None
    ml = p.flag(args["ml"], (*path, "ml")) if "ml" in args else None
    if _invalid(kinds, sectors, *(skills or ()), topic, within, binding, ml):
        return INVALID
    return CountPortfolio(
        within,  # type: ignore[arg-type]
        kinds=kinds,  # type: ignore[arg-type]
        sectors=sectors,  # type: ignore[arg-type]
        company_sector=company,
        skills=None if skills is None else tuple(skill[0] for skill in skills),  # type: ignore[index]
        skill_names=() if skills is None else tuple(skill[1] for skill in skills),  # type: ignore[index]
        topic=None if topic is None else skill_key(str(topic)),
        binding=binding,  # type: ignore[arg-type]
        ml=ml,  # type: ignore[arg-type]
    )


def _read_stage(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    stages = p.words(STAGE_SHAPE, value, path)
    return INVALID if isinstance(stages, _Invalid) else AtStage(stages)


def _read_target_sector(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if value == "any":
        return TargetsSector(None)
    sectors = p.words(SECTOR_SHAPE, value, path)
    return INVALID if isinstance(sectors, _Invalid) else TargetsSector(sectors)


def _read_company(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if isinstance(value, bool):
        return TargetCompany(known=value)
    allowed = {"name": False, "sector": False, "ml_projects": False, "values": False}
    args = p.arguments(value, path, allowed, "true, false or a mapping of company fields")
    if args is None:
        return INVALID
    name = args.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        p.issues.add((*path, "name"), f"expected a company name, got {describe_value(name)}")
        name = INVALID
    sector = args.get("sector")
    sectors: frozenset[Any] | _Invalid | None = None
    sector_known = None
    if sector in ("any", "none"):
        sector_known = sector == "any"
    elif sector is not None:
        sectors = p.words(SECTOR_SHAPE, sector, (*path, "sector"))
    projects = p.flag(args["ml_projects"], (*path, "ml_projects")) if "ml_projects" in args else None
    values = p.flag(args["values"], (*path, "values")) if "values" in args else None
    if _invalid(name, sectors, projects, values):
        return INVALID
    return TargetCompany(
        sectors=sectors,  # type: ignore[arg-type]
        sector_known=sector_known,
        name=name,  # type: ignore[arg-type]
        ml_projects=projects,  # type: ignore[arg-type]
        values=values,  # type: ignore[arg-type]
    )


def _read_specialization(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if isinstance(value, bool):
        return HasSpecialization(chosen=value)
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(item, str) and item.strip() for item in values):
        p.issues.add(path, f"expected true, false, or specialization names, got {describe_value(value)}")
        return INVALID
    return HasSpecialization(values=frozenset(p.table.niche_id(str(item)) for item in values))


def _read_prepared(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    steps = p.words(PREP_SHAPE, value, path)
    return INVALID if isinstance(steps, _Invalid) else Prepared(steps)


def _read_mentor(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    flag = p.flag(value, path)
    return INVALID if isinstance(flag, _Invalid) else HasMentor(flag)


def _activities_reader(
    cls: type[CountActivities], shape: Words[Any], since: bool
) -> Callable[[ConditionParser, object, Path], Condition | _Invalid]:
    def read(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
        if isinstance(value, bool):
            return cls(Range((("at_least", 1),) if value else (("at_most", 0),)))
        allowed = {"kind": False, **({"since": False} if since else {}), **_comparison_keys()}
        args = p.arguments(value, path, allowed, "true, false or a mapping")
        if args is None:
            return INVALID
        kinds = p.words(shape, args["kind"], (*path, "kind")) if "kind" in args else None
        year = p.count(args["since"], (*path, "since"), minimum=1900) if "since" in args else None
        within = p.range(args, path)
        if _invalid(kinds, year, within):
            return INVALID
        kind_words = None if kinds is None else frozenset(kind.value for kind in kinds)  # type: ignore[union-attr]
        return cls(within, kinds=kind_words, since=year)  # type: ignore[arg-type]

    return read


def _read_count(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(
        value, path, {"of": True, **_comparison_keys()}, "a mapping with 'of' and a comparison"
    )
    if args is None:
        return INVALID
    of = args["of"]
    if of not in _COUNTABLE:
        shown = repr(of) if isinstance(of, str) else describe_value(of)
        p.issues.add(
            (*path, "of"),
            f"{shown} is not one of {', '.join(_COUNTABLE)}",
            suggestion=suggest(str(of), _COUNTABLE),
        )
        return INVALID
    within = p.range(args, path)
    return INVALID if isinstance(within, _Invalid) else CountOf(of, within)


def _read_years(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(
        value, path, {"skill": True, **_comparison_keys()}, "a mapping with 'skill' and a comparison"
    )
    if args is None:
        return INVALID
    skill = p.skill(args["skill"], (*path, "skill"))
    within = p.range(args, path)
    if _invalid(skill, within):
        return INVALID
    return SkillYears(skill[0], skill[1], within)  # type: ignore[index,arg-type]


def _read_experience(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if value is True:
        return WorkHistory()
    args = p.arguments(
        value,
        path,
        {"ml": False, "current": False, "skill": False, **_comparison_keys()},
        "true, or a mapping of filters",
    )
    if args is None:
        return INVALID
    ml = p.flag(args["ml"], (*path, "ml")) if "ml" in args else False
    current = p.flag(args["current"], (*path, "current")) if "current" in args else False
    within = p.range(args, path) if set(args) - {"ml", "current", "skill"} else None
    skills = _skill_filter(p, args, path)
    if _invalid(ml, current, within, *(skills or ())):
        return INVALID
    return WorkHistory(
        ml=ml,  # type: ignore[arg-type]
        current=current,  # type: ignore[arg-type]
        range=within,  # type: ignore[arg-type]
        skills=None if skills is None else tuple(skill[0] for skill in skills),  # type: ignore[index]
        skill_names=() if skills is None else tuple(skill[1] for skill in skills),  # type: ignore[index]
    )


def _skill_filter(
    p: ConditionParser, args: Mapping[str, object], path: Path
) -> list[tuple[SkillId, str] | _Invalid] | None:
    """
    The skills of a ``skill`` filter (one name or a list), or None without one.
    """
    if "skill" not in args:
        return None
    value = args["skill"]
    names = value if isinstance(value, list) else [value]
    where = [(*path, "skill", i) if isinstance(value, list) else (*path, "skill") for i in range(len(names))]
    skills = [p.skill(name, at) for name, at in zip(names, where, strict=True)]
    if not skills:
        p.issues.add((*path, "skill"), "expected at least one skill name, got an empty list")
        skills = [INVALID]
    return skills


#: The degree levels an `education` condition names.
_DEGREE_LEVELS = ("bachelor", "master", "phd", "other")


def _read_education(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if value is True:
        return Studies()
    args = p.arguments(value, path, {"in_progress": False, "degree": False}, "true, or a mapping of filters")
    if args is None:
        return INVALID
    in_progress = p.flag(args["in_progress"], (*path, "in_progress")) if "in_progress" in args else None
    degrees: frozenset[str] | _Invalid | None = None
    if "degree" in args:
        words = args["degree"] if isinstance(args["degree"], list) else [args["degree"]]
        unknown = [word for word in words if word not in _DEGREE_LEVELS]
        if unknown or not words:
            p.issues.add(
                (*path, "degree"),
                f"expected {', '.join(_DEGREE_LEVELS)} (one or a list), got {describe_value(args['degree'])}",
                suggestion=suggest(str(unknown[0]), _DEGREE_LEVELS) if unknown else None,
            )
            degrees = INVALID
        else:
            degrees = frozenset(words)
    if _invalid(in_progress, degrees):
        return INVALID
    return Studies(in_progress=in_progress, degrees=degrees)  # type: ignore[arg-type]


def _read_interview(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if value is True:
        return InterviewSoon()
    args = p.arguments(value, path, {"within_days": True}, "true, or a mapping with 'within_days'")
    if args is None:
        return INVALID
    days = p.count(args["within_days"], (*path, "within_days"))
    return INVALID if isinstance(days, _Invalid) else InterviewSoon(days)


def _read_extension(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(value, path, {"key": True, "equals": False, "present": False}, "a mapping with 'key'")
    if args is None:
        return INVALID
    key = args["key"]
    if not isinstance(key, str) or not all(key.split(".")):
        p.issues.add((*path, "key"), f"expected a dotted key such as 'plan.tier', got {describe_value(key)}")
        return INVALID
    if "equals" in args and "present" in args:
        p.issues.add(path, "give either 'equals' or 'present', not both")
        return INVALID
    if "equals" in args:
        equals = args["equals"]
        if not isinstance(equals, str | int | float | bool):
            p.issues.add(
                (*path, "equals"), f"expected text, a number or a boolean, got {describe_value(equals)}"
            )
            return INVALID
        return ExtensionValue(tuple(key.split(".")), equals=equals)
    present = p.flag(args.get("present", True), (*path, "present"))
    return (
        INVALID if isinstance(present, _Invalid) else ExtensionValue(tuple(key.split(".")), present=present)
    )


def _read_parts(p: ConditionParser, value: object, path: Path) -> tuple[Condition, ...] | _Invalid:
    if not isinstance(value, list) or not value:
        p.issues.add(path, f"expected a non-empty list of conditions, got {describe_value(value)}")
        return INVALID
    parts = [p.parse(item, (*path, index)) for index, item in enumerate(value)]
    if _invalid(*parts):
        return INVALID
    return tuple(parts)  # type: ignore[arg-type] # invalid parts were returned above


def _read_all(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    parts = _read_parts(p, value, path)
    return INVALID if isinstance(parts, _Invalid) else AllOf(parts)


def _read_any(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    parts = _read_parts(p, value, path)
    return INVALID if isinstance(parts, _Invalid) else AnyOf(parts)


def _read_not(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    part = p.parse(value, path)
    return INVALID if isinstance(part, _Invalid) else Not(part)


def _read_at_least(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    args = p.arguments(value, path, {"count": True, "of": True}, "a mapping with 'count' and 'of'")
    if args is None:
        return INVALID
    count = p.count(args["count"], (*path, "count"), minimum=1)
    parts = _read_parts(p, args["of"], (*path, "of"))
    if _invalid(count, parts):
        return INVALID
    if count > len(parts):  # type: ignore[operator,arg-type] # valid values
        p.issues.add((*path, "count"), f"is {count}, but only {len(parts)} conditions are listed")  # type: ignore[arg-type]
        return INVALID
    return AtLeastOf(count, parts)  # type: ignore[arg-type]


def _read_use(p: ConditionParser, value: object, path: Path) -> Condition | _Invalid:
    if not isinstance(value, str):
        p.issues.add(path, f"expected the name of a named condition, got {describe_value(value)}")
        return INVALID
    part = p.resolve(value, path)
    return INVALID if isinstance(part, _Invalid) else Named(value, part)


@attrs.frozen
class Predicate:
    """
    One entry of the predicate table: how a predicate is read and described.

    Attributes:
        read: Reads the predicate's arguments into a condition.
        summary: What the predicate tests, in a sentence.
        schema: The JSON Schema of its arguments.
    """

    read: Callable[[ConditionParser, object, Path], Condition | _Invalid]
    summary: str
    schema: JSONSchema


_STRING = {"type": "string"}
_WORDS = {"anyOf": [_STRING, {"type": "array", "items": _STRING, "minItems": 1}]}
_FLAG = {"type": "boolean"}
_REF = {"$ref": "#/$defs/condition"}
_PARTS = {"type": "array", "items": _REF, "minItems": 1}


def _object(properties: Mapping[str, JSONSchema], required: tuple[str, ...] = ()) -> JSONSchema:
    result: JSONSchema = {"type": "object", "properties": dict(properties), "additionalProperties": False}
    if required:
        result["required"] = list(required)
    return result


_LEVEL = LEVEL_SHAPE.schema()
_COUNTS = _range_schema()

#: The predicates of the rule language, by the word that names them.
PREDICATES: dict[str, Predicate] = {
    "skill": Predicate(
        _read_skill,
        "The candidate lists a skill, optionally at_least and/or at_most a level.",
        {"anyOf": [_STRING, _object({"name": _STRING, "at_least": _LEVEL, "at_most": _LEVEL}, ("name",))]},
    ),
    "gaps": Predicate(
        _read_gaps,
        "At least `count` (1) of the skills are missing, or below a level; binds them to `as` (gaps).",
        _object(
            {
                "skills": {"type": "array", "items": _STRING, "minItems": 1},
                "below": _LEVEL,
                "count": {"type": "integer", "minimum": 1},
                "as": _STRING,
            },
            ("skills",),
        ),
    ),
    "skills": Predicate(
        _read_skills,
        "At least `count` (1) of the skills are listed, at_least a level;"
        " binds those listed to `as` (skills).",
        _object(
            {
                "of": {"type": "array", "items": _STRING, "minItems": 1},
                "at_least": _LEVEL,
                "count": {"type": "integer", "minimum": 1},
                "as": _STRING,
            },
            ("of",),
        ),
    ),
    "trait": Predicate(
        _read_trait,
        "The candidate lists a trait, optionally with (evidence: true) or without an example.",
        {"anyOf": [_STRING, _object({"name": _STRING, "evidence": _FLAG}, ("name",))]},
    ),
    "traits": Predicate(
        _read_traits,
        "The number of traits (with or without examples) compares; binds their names to `as` (traits).",
        _object({"evidence": _FLAG, "as": _STRING, **_COUNTS}),
    ),
    "trait_gaps": Predicate(
        _read_trait_gaps,
        "At least `count` (1) of some traits are not listed; binds the missing ones to `as` (missing).",
        _object(
            {
                "traits": {"type": "array", "items": _STRING, "minItems": 1},
                "count": {"type": "integer", "minimum": 1},
                "as": _STRING,
            },
            ("traits",),
        ),
    ),
    "portfolio": Predicate(
        _read_portfolio,
        "The number of portfolio items with a kind, sector ('company': the target company's), skill,"
        " ML work or topic compares; `as` binds their titles.",
        _object(
            {
                "kind": _WORDS,
                "sector": _WORDS,
                "skill": _WORDS,
                "ml": _FLAG,
                "topic": _STRING,
                "as": _STRING,
                **_COUNTS,
            }
        ),
    ),
    "stage": Predicate(_read_stage, "The candidate is at one of the stages.", _WORDS),
    "target_sector": Predicate(
        _read_target_sector, "The candidate aims at one of the sectors ('any': at some sector).", _WORDS
    ),
    "company": Predicate(
        _read_company,
        "A target company is given (true) or not (false), optionally with a name, sector ('any', 'none'), "
        "known ML projects or values.",
        {
            "anyOf": [
                _FLAG,
                _object({"name": _STRING, "sector": _WORDS, "ml_projects": _FLAG, "values": _FLAG}),
            ]
        },
    ),
    "specialization": Predicate(
        _read_specialization,
        "A specialization is chosen (true), not chosen (false), or is one of the names.",
        {"anyOf": [_FLAG, _WORDS]},
    ),
    "prepared": Predicate(_read_prepared, "Every one of the interview preparation steps is done.", _WORDS),
    "mentor": Predicate(_read_mentor, "The candidate has a mentor (true) or not (false).", _FLAG),
    "learning": Predicate(
        _activities_reader(CountActivities, _LEARNING_SHAPE, since=True),
        "The number of learning activities (of a kind, since a year) compares; true: at least one.",
        {"anyOf": [_FLAG, _object({"kind": _WORDS, "since": {"type": "integer"}, **_COUNTS})]},
    ),
    "networking": Predicate(
        _activities_reader(CountNetworking, _NETWORKING_SHAPE, since=False),
        "The number of networking activities (of a kind) compares; true: at least one.",
        {"anyOf": [_FLAG, _object({"kind": _WORDS, **_COUNTS})]},
    ),
    "count": Predicate(
        _read_count,
        "The number of skills, traits, portfolio items, ... in the profile compares.",
        _object({"of": {"enum": list(_COUNTABLE)}, **_COUNTS}, ("of",)),
    ),
    "years": Predicate(
        _read_years,
        "The years of use given for a skill compare (0 when not given).",
        _object({"skill": _STRING, **_COUNTS}, ("skill",)),
    ),
    "experience": Predicate(
        _read_experience,
        "A position (current, ML, naming a skill) is in the work history, or years in them compare.",
        {"anyOf": [{"const": True}, _object({"ml": _FLAG, "current": _FLAG, "skill": _WORDS, **_COUNTS})]},
    ),
    "education": Predicate(
        _read_education,
        "The education lists a degree (in progress, of a level).",
        {
            "anyOf": [
                {"const": True},
                _object(
                    {
                        "in_progress": _FLAG,
                        "degree": {"anyOf": [_STRING, {"type": "array", "items": _STRING}]},
                    }
                ),
            ]
        },
    ),
    "interview": Predicate(
        _read_interview,
        "The interview with the target company is today or later (within some days).",
        {
            "anyOf": [
                {"const": True},
                _object({"within_days": {"type": "integer", "minimum": 0}}, ("within_days",)),
            ]
        },
    ),
    "extension": Predicate(
        _read_extension,
        "A value under the profile's extensions is present, absent, or equals a value.",
        _object(
            {"key": _STRING, "equals": {"type": ["string", "number", "boolean"]}, "present": _FLAG}, ("key",)
        ),
    ),
    "all": Predicate(_read_all, "Every condition in the list holds.", _PARTS),
    "any": Predicate(_read_any, "At least one condition in the list holds.", _PARTS),
    "not": Predicate(_read_not, "The condition does not hold.", _REF),
    "at_least": Predicate(
        _read_at_least,
        "At least `count` of the conditions hold.",
        _object({"count": {"type": "integer", "minimum": 1}, "of": _PARTS}, ("count", "of")),
    ),
    "use": Predicate(_read_use, "The named condition of this rule file holds.", _STRING),
}


def condition_schema() -> JSONSchema:
    """
    The JSON Schema of one condition (for the rules' schema ``$defs``).
    """
    return {
        "oneOf": [
            _object({word: predicate.schema}, (word,)) | {"description": predicate.summary}
            for word, predicate in PREDICATES.items()
        ]
    }
