"""
The condition language: what a rule's ``when`` can say about a profile.

Each predicate is one small class, its one definition: the word that names
it, a summary, its `Arguments` (read from rule files, written back and
described as JSON Schema from that declaration), its truth as a Python
expression (`Condition.expression`, which the engine compiles with the
whole rulebook and `Condition.test` compiles on its own), what it reads of
a profile and the sentence for it (`read`, `state_of`), and its sentence
(`describe`). `PREDICATES`, the table from words to classes, is derived
from the classes.

Conditions read the profile and nothing else: there are no loops, no
recursion and no Python in rules.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from mlcareer._arguments import (
    FLAT,
    Argument,
    Arguments,
    ChoiceKind,
    ConditionKind,
    DottedKind,
    FlagKind,
    Kind,
    ListKind,
    NameKind,
    Range,
    RangeKind,
    Ref,
    ScalarKind,
    ShapeKind,
    SkillKind,
    SkillListKind,
    TextKind,
    TraitKind,
    WholeKind,
    WordsKind,
)
from mlcareer._compiler import compile_condition, compile_evidence
from mlcareer._facts import KIND_NOUNS, job_words, position_words, skill_phrase
from mlcareer._model import (
    KIND_SHAPE,
    LEVEL_SHAPE,
    PREP_SHAPE,
    SECTOR_SHAPE,
    STAGE_SHAPE,
    LearningKind,
    Level,
    NetworkingKind,
    PortfolioItem,
    PortfolioKind,
    PrepStep,
    Sector,
    Stage,
    _enum_shape,
    years_held,
)
from mlcareer._printable import printable
from mlcareer._shapes import Rejected, Words, describe_value, shown
from mlcareer._taxonomy import SkillCategory, skill_key

if TYPE_CHECKING:
    import datetime as dt

    from mlcareer._compiler import Code
    from mlcareer._document import Path
    from mlcareer._facts import Facts
    from mlcareer._language import ConditionParser
    from mlcareer._model import Company, Education, Position
    from mlcareer._shapes import JSONSchema
    from mlcareer._taxonomy import SkillTable

__all__ = [
    "PREDICATES",
    "Condition",
    "Explanation",
]


Reading = Any
"""
What a condition reads of a profile (`Condition.read`): a plain value whose type is the condition's own.
"""


def _words(text: str) -> list[str]:
    """
    The words of *text*, folded: "B.Sc. in Computer Science" is b, sc, in, computer, science.
    """
    return re.findall(r"\w+", text.casefold())


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """
    Whether *part* is a run of *words*.
    """
    size = len(part)
    return any(list(words[start : start + size]) == list(part) for start in range(len(words) - size + 1))


def _join(words: Sequence[str], conjunction: str = "and") -> str:
    """
    Join words as a sentence does: ``a, b and c``.
    """
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _shown_phrases(shown: Iterable[tuple[str, int, str | None]]) -> list[str]:
    """
    What a profile shows of skills ``(name, level, via)``, in phrases: listed skills first, in one.

    Then the skills other things show, skills at one level and from one
    source sharing a phrase.

    Example:
        >>> _shown_phrases([("NumPy", 2, "pandas (beginner)"), ("pandas", 2, None), ("SQL", 2, None)])
        ['you list pandas and SQL at a beginner level', 'pandas (beginner) shows NumPy at a beginner level']
        >>> _shown_phrases([("JavaScript", 5, None), ("SQL", 3, None)])
        ['you list JavaScript (expert) and SQL (intermediate)']
    """
    listed: list[tuple[str, int]] = []
    shown_by: dict[tuple[int, str], list[str]] = {}
    for name, level, via in shown:
        if via is None:
            listed.append((name, level))
        else:
            shown_by.setdefault((level, via), []).append(name)
    phrases = []
    if len({level for _, level in listed}) > 1:
        phrases.append("you list " + _join([f"{name} ({Level(level).word})" for name, level in listed]))
    elif listed:
        phrases.append(skill_phrase(_join([name for name, _ in listed]), listed[0][1], None))
    phrases += [skill_phrase(_join(names), level, via) for (level, via), names in shown_by.items()]
    return phrases


def _using(names: Sequence[str]) -> str:
    """
    "using A, B or C" for a filter of skills; past three, the first two "or a related skill".
    """
    shown = names if len(names) <= 3 else (*names[:2], "a related skill")
    return f"using {_join(shown, 'or')}"


#: The most skills a sentence of evidence names one by one.
_NAMED = 5

#: The words for kinds of learning and networking activity not made from the kind's own: one,
#: several, and one with no title ("your studies"); otherwise the kind, with an s for several.
_ACTIVITY_WORDS = {
    "degree": ("degree or other study", "degrees or other study", "studies"),
    "book": ("book", "books", "reading"),
    "other": ("other activity", "other activities", "learning"),
    "community": ("community", "communities", "community"),
}


def _activity_words(kind: str) -> tuple[str, str, str]:
    """
    One, several, and an untitled one of the activities of *kind*: ("course", "courses", "course").
    """
    return _ACTIVITY_WORDS.get(kind, (kind, f"{kind}s", kind))


def _within(years: int | None) -> str:
    """
    The words for a time of *years* years before the year of advice: " in the last 2 years" ("" for None).
    """
    if years is None:
        return ""
    return " this year" if years == 0 else f" in the last {years} year{'s' if years != 1 else ''}"


def _names(refs: Sequence[Ref]) -> list[str]:
    """
    The names people read of the skills or traits a rule names.
    """
    return [ref.name for ref in refs]


def _count_problems(count: int, listed: int, noun: str) -> list[tuple[str | None, str]]:
    """
    The problem of a `count` above the number of things listed.
    """
    return [("count", f"is {count}, but only {listed} {noun} are listed")] if count > listed else []


class NicheKind(Kind[frozenset[str]]):
    """
    One specialization or a list of them, as canonical niche ids (`SkillTable.niche_id`).
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> frozenset[str]:
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(item, str) and item.strip() for item in values):
            raise parser.issues.reject(
                path, f"expected true, false, or specialization names, got {describe_value(value)}"
            )
        return frozenset(parser.table.niche_id(str(item)) for item in values)

    def dump(self, value: frozenset[str]) -> object:
        names = sorted(value)
        return names[0] if len(names) == 1 else names

    def schema(self) -> JSONSchema:
        name = {"type": "string", "minLength": 1}
        return {"anyOf": [name, {"type": "array", "items": name, "minItems": 1}]}


#: The predicates of the rule language, by the word that names them (each class enters itself).
PREDICATES: dict[str, type[Condition]] = {}

# The kinds of argument the predicates share.
_LEVEL: ShapeKind[Level] = ShapeKind(LEVEL_SHAPE)
_SKILLS = SkillListKind()
_SKILL_FILTER = SkillListKind(single=True)
_COUNT = WholeKind(1)
_FIELDS = ListKind(
    TextKind("a field of study", fold=lambda text: " ".join(_words(text))), "fields of study", single=True
)
_NAME = NameKind()
_FLAG = FlagKind()
_PARTS: ListKind[Condition] = ListKind(ConditionKind(), "conditions", unique=False)
_DEGREES: Words[str] = Words(
    {level: level for level in ("bachelor", "master", "phd", "other")}, what="a degree"
)

#: The portfolio sector that stands for the target company's.
COMPANY = "company"

#: The sectors of the work history that stand for those the candidate aims at.
TARGET = "target"

#: The portfolio "sector" of items that give none.
NO_SECTOR = "none"


@attrs.frozen
class Explanation:
    """
    Why one condition holds or not for a candidate: a tree of checks.

    Attributes:
        condition: The condition, in words.
        holds: Whether it holds.
        reads: What the profile shows that decided it (leaves only).
        children: The explanations of the parts of a combined condition.
    """

    condition: str
    holds: bool
    reads: str | None = None
    children: tuple[Explanation, ...] = ()

    def lines(self, indent: str = "") -> Iterator[str]:
        """
        Render the tree, one line a condition.
        """
        mark = "✓" if self.holds else "✗"
        text = f"{indent}{mark} {self.condition}"
        if self.reads is not None:
            text += f"  [{self.reads}]"
        yield printable(text)
        for child in self.children:
            yield from child.lines(indent + "  ")

    def __str__(self) -> str:
        return "\n".join(self.lines())


# --- the condition classes


class Condition:
    """
    A condition on a candidate's profile.
    """

    #: The word that names the predicate in rule files.
    word: ClassVar[str] = ""
    #: What the predicate tests, in a sentence (for the schema and the docs).
    summary: ClassVar[str] = ""
    #: The predicate's arguments, which say how its value in a rule file is read, written and described.
    arguments: ClassVar[Arguments]
    #: Whether working out its truth costs more than a lookup (rules that share it as a named
    #: condition then compute it once per candidate).
    costly: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        """
        Enter a predicate class in `PREDICATES` under its word: the table derives from the classes.
        """
        super().__init_subclass__(**kwargs)
        if "word" in cls.__dict__:
            PREDICATES[cls.word] = cls

    @classmethod
    def build(cls, parser: ConditionParser, fields: dict[str, Any], path: Path) -> Condition:
        """
        The condition of the *fields* its arguments gave.

        Raises:
            Rejected: with its `problems` recorded.
        """
        condition = cls(**fields)
        problems = [*condition.problems(), *_quiet_problems(condition)]
        for key, message in problems:
            parser.issues.add(path if key is None else (*path, key), message)
        if problems:
            raise Rejected
        return condition

    def problems(self) -> list[tuple[str | None, str]]:
        """
        What is wrong with the arguments together, each with the key it is about (None: all of them).
        """
        return []

    def expression(self, code: Code) -> str:
        """
        The condition's truth, as a Python expression: the one definition of it.

        The expression reads the local names it asks *code* for, and every
        value it compares with through `Code.constant`. The engine compiles
        it with the rest of the rulebook, and `test` on its own, so the two
        cannot disagree.
        """
        raise NotImplementedError

    def test(self, facts: Facts) -> bool:
        """
        Tell whether the condition holds for *facts* (its `expression`, compiled once).
        """
        truth = self.__dict__.get("_truth")
        if truth is None:
            truth = self.__dict__["_truth"] = compile_condition(self)
        return truth(facts)

    def describe(self) -> str:
        """
        The condition as a sentence.
        """
        raise NotImplementedError

    def read(self, facts: Facts) -> Reading:
        """
        What the profile shows that this condition reads, as a plain value.

        Equal readings mean equal truths and equal `state` sentences, so the
        engine keeps the sentences of the readings it has seen.
        """
        raise NotImplementedError

    def state_of(self, reading: Reading) -> str:
        """
        The sentence for a reading (see `read`).
        """
        raise NotImplementedError

    def state(self, facts: Facts) -> str:
        """
        What the profile shows about the things this condition reads.
        """
        return self.state_of(self.read(facts))

    def children(self) -> tuple[Condition, ...]:
        """
        The parts of a combined condition.
        """
        return ()

    def evidence_expression(self, code: Code, holds: bool) -> str:  # noqa: ARG002 - leaves state what they read
        """
        The facts that decide the condition when its truth is *holds*, as a Python expression of a tuple.

        The one definition of the evidence: a leaf states what it reads, a
        combination chooses the parts that decide it. The expression reads a
        `Facts` named ``facts``.
        """
        return f"({code.state(self)},)"

    def evidence(self, facts: Facts, holds: bool | None = None) -> list[str]:
        """
        The facts of the profile that decide this condition, in words (`evidence_expression`, compiled).

        *holds* is the condition's truth, when the caller knows it already.
        """
        if holds is None:
            holds = self.test(facts)
        key = "_evidence_holds" if holds else "_evidence_fails"
        evidence = self.__dict__.get(key)
        if evidence is None:
            evidence = self.__dict__[key] = compile_evidence(self, holds=holds)
        return list(evidence(facts))

    def explain(self, facts: Facts) -> Explanation:
        """
        Explain the condition's truth for *facts*, as a tree of its parts.
        """
        children = tuple(child.explain(facts) for child in self.children())
        reads = None if children else self.state(facts)
        return Explanation(self.describe(), self.test(facts), reads=reads, children=children)

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        """
        The names this condition gives to lists for messages, with their values.
        """
        result: dict[str, Callable[[Facts], list[str]]] = {}
        for child in self.children():
            result.update(child.bindings())
        return result

    def walk(self) -> Iterator[Condition]:
        """
        This condition and all its parts, depth first.
        """
        yield self
        for child in self.children():
            yield from child.walk()

    def to_data(self) -> object:
        """
        The condition as written in a rule file.
        """
        return {self.word: self.arguments.dump(self)}

    def __repr__(self) -> str:
        return f"<{self.word} {self.describe()}>"


@attrs.frozen(repr=False)
class HasSkill(Condition):
    """
    The candidate lists a skill, optionally within a range of levels.
    """

    word = "skill"
    summary = "The candidate lists a skill, optionally at_least and/or at_most a level."
    arguments = Arguments(
        {
            "skill": Argument(SkillKind(), key="name", required=True),
            "at_least": Argument(_LEVEL),
            "at_most": Argument(_LEVEL),
        },
        shorthand="skill",
        what="a skill name or a mapping",
    )
    skill: Ref
    at_least: Level | None = None
    at_most: Level | None = None

    def problems(self) -> list[tuple[str | None, str]]:
        if self.at_least is not None and self.at_most is not None and self.at_least > self.at_most:
            return [(None, f"at_least ({self.at_least.word}) is above at_most ({self.at_most.word})")]
        return []

    def expression(self, code: Code) -> str:
        levels, skill = code.need("levels"), code.constant(self.skill.id)
        low, high = int(self.at_least or 1), int(self.at_most or 5)
        if high == Level.EXPERT:
            return f"{skill} in {levels}" if low == 1 else f"{levels}.get({skill}, 0) >= {low}"
        return f"{low} <= {levels}.get({skill}, 0) <= {high}"

    def describe(self) -> str:
        text = f"{self.skill.name} is listed"
        if self.at_least and self.at_most:
            return f"{text} between {self.at_least.word} and {self.at_most.word}"
        if self.at_least:
            return f"{text} at {self.at_least.word} or above"
        if self.at_most:
            return f"{text} at {self.at_most.word} or below"
        return text

    def read(self, facts: Facts) -> tuple[int | None, str | None]:
        return facts.levels.get(self.skill.id), facts.shown_by.get(self.skill.id)

    def state_of(self, reading: Reading) -> str:
        return skill_phrase(self.skill.name, *reading)


def _count_expression(code: Code, skills: Sequence[Ref], threshold: int, count: int, *, missing: bool) -> str:
    """
    The expression of "at least *count* of *skills* are below (or at) *threshold*".
    """
    levels = code.need("levels")
    if count == 1 and threshold == 1 and len(skills) > _SPELLED:
        # Whether any is missing (or listed) is one test of a set: a shorter source, and a test in C.
        ids = code.constant(frozenset(skill.id for skill in skills))
        return f"(not {levels}.keys() >= {ids})" if missing else f"(not {ids}.isdisjoint({levels}))"
    names = [code.constant(skill.id) for skill in skills]
    if threshold == 1:
        tests = [f"{name} {'not in' if missing else 'in'} {levels}" for name in names]
    else:
        tests = [f"{levels}.get({name}, 0) {'<' if missing else '>='} {threshold}" for name in names]
    if count == 1:
        return f"({' or '.join(tests)})"
    return f"{_sum(tests)} >= {count}"


@attrs.frozen(repr=False)
class SkillGaps(Condition):
    """
    At least *count* of some skills are missing (or below a level).

    The skills that are missing or weak are bound to a name, so a message
    can list them.
    """

    word = "gaps"
    costly = True
    summary = "At least `count` (1) of the skills are missing, or below a level; binds them to `as` (gaps)."
    arguments = Arguments(
        {
            "skills": Argument(_SKILLS, required=True),
            "below": Argument(_LEVEL),
            "count": Argument(_COUNT, default=1),
            "binding": Argument(_NAME, key="as", default="gaps"),
        },
        what="a mapping with 'skills'",
    )
    skills: tuple[Ref, ...]
    below: Level | None = None
    count: int = 1
    binding: str = "gaps"

    def problems(self) -> list[tuple[str | None, str]]:
        return _count_problems(self.count, len(self.skills), "skills")

    def _threshold(self) -> int:
        return int(self.below or 1)

    def gaps(self, facts: Facts) -> list[str]:
        """
        The display names of the skills that are missing or weak.
        """
        threshold = self._threshold()
        return [skill.name for skill in self.skills if facts.levels.get(skill.id, 0) < threshold]

    def expression(self, code: Code) -> str:
        return _count_expression(code, self.skills, self._threshold(), self.count, missing=True)

    def describe(self) -> str:
        weak = "missing" if self.below is None else f"missing or below {self.below.word}"
        which = "any" if self.count == 1 else f"at least {self.count}"
        return f"{which} of {_join(_names(self.skills))} {'is' if self.count == 1 else 'are'} {weak}"

    def read(self, facts: Facts) -> tuple[tuple[int | None, str | None], ...]:
        levels, shown_by = facts.levels, facts.shown_by
        return tuple([(levels.get(skill.id), shown_by.get(skill.id)) for skill in self.skills])

    def state_of(self, reading: Reading) -> str:
        threshold = self._threshold()
        pairs = list(zip(_names(self.skills), reading, strict=True))
        missing = [name for name, (level, _) in pairs if level is None]
        if len(missing) > _NAMED:
            missing = [*missing[: _NAMED - 1], f"{len(missing) - _NAMED + 1} related skills"]
        parts = [skill_phrase(_join(missing, "or"), None, None)] if missing else []
        parts += _shown_phrases(
            (name, level, via) for name, (level, via) in pairs if level is not None and level < threshold
        )
        if not parts:
            strong = "" if self.below is None else f" at {self.below.word} level or above"
            return f"your profile shows {_join(_names(self.skills))}{strong}"
        return "; ".join(parts)

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.gaps}


@attrs.frozen(repr=False)
class KnowsSkills(Condition):
    """
    At least *count* of some skills are listed (at or above a level).

    The skills listed are bound to a name, so a message can name them.
    """

    word = "skills"
    costly = True
    summary = (
        "At least `count` (1) of the skills are listed, at_least a level;"
        " binds those listed to `as` (skills)."
    )
    arguments = Arguments(
        {
            "skills": Argument(_SKILLS, key="of", required=True),
            "at_least": Argument(_LEVEL),
            "count": Argument(_COUNT, default=1),
            "binding": Argument(_NAME, key="as", default="skills"),
        },
        what="a mapping with 'of'",
    )
    skills: tuple[Ref, ...]
    at_least: Level | None = None
    count: int = 1
    binding: str = "skills"

    def problems(self) -> list[tuple[str | None, str]]:
        return _count_problems(self.count, len(self.skills), "skills")

    def known(self, facts: Facts) -> list[str]:
        """
        The display names of the skills listed at the level.
        """
        threshold = int(self.at_least or 1)
        return [skill.name for skill in self.skills if facts.levels.get(skill.id, 0) >= threshold]

    def expression(self, code: Code) -> str:
        return _count_expression(code, self.skills, int(self.at_least or 1), self.count, missing=False)

    def describe(self) -> str:
        which = "any" if self.count == 1 else f"at least {self.count}"
        level = "" if self.at_least is None else f" at {self.at_least.word} or above"
        names = _names(self.skills)
        return f"{which} of {_join(names, 'or')} {'is' if self.count == 1 else 'are'} listed{level}"

    def read(self, facts: Facts) -> tuple[tuple[int | None, str | None], ...]:
        levels, shown_by = facts.levels, facts.shown_by
        return tuple([(levels.get(skill.id), shown_by.get(skill.id)) for skill in self.skills])

    def state_of(self, reading: Reading) -> str:
        listed = [
            (name, level, via)
            for name, (level, via) in zip(_names(self.skills), reading, strict=True)
            if level is not None
        ]
        enough = [skill for skill in listed if skill[1] >= int(self.at_least or 1)]
        if len(enough) >= self.count:  # it holds: the skills that make it hold
            listed = enough
        shown = _shown_phrases(listed)
        return "; ".join(shown) if shown else skill_phrase(_join(_names(self.skills), "or"), None, None)

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.known}


@attrs.frozen(repr=False)
class HasTrait(Condition):
    """
    The candidate lists a trait, optionally with (or without) an example.
    """

    word = "trait"
    summary = "The candidate lists a trait, optionally with (evidence: true) or without an example."
    arguments = Arguments(
        {
            "trait": Argument(TraitKind(), key="name", required=True),
            "with_example": Argument(_FLAG, key="evidence"),
        },
        shorthand="trait",
        what="a trait name or a mapping",
    )
    trait: Ref
    with_example: bool | None = None

    def expression(self, code: Code) -> str:
        traits, trait = code.need("traits"), code.constant(self.trait.id)
        if self.with_example is None:
            return f"{trait} in {traits}"
        return f"{traits}.get({trait}) is {self.with_example}"

    def describe(self) -> str:
        name = self.trait.name
        if self.with_example is None:
            return f"{name} is listed"
        return f"{name} is listed {'with' if self.with_example else 'without'} an example"

    def read(self, facts: Facts) -> bool | None:
        return facts.traits.get(self.trait.id)

    def state_of(self, reading: Reading) -> str:
        if reading is None:
            return f"you do not list {self.trait.name} among your qualities"
        return f"you list {self.trait.name} {'with' if reading else 'without'} an example"


@attrs.frozen(repr=False)
class CountTraits(Condition):
    """
    The number of listed traits (with or without examples) is within a range.

    The traits counted are bound to a name for messages.
    """

    word = "traits"
    costly = True
    summary = "The number of traits (with or without examples) compares; binds their names to `as` (traits)."
    arguments = Arguments(
        {
            "range": Argument(RangeKind(), key=FLAT),
            "with_example": Argument(_FLAG, key="evidence"),
            "binding": Argument(_NAME, key="as", default="traits"),
        },
    )
    range: Range
    with_example: bool | None = None
    binding: str = "traits"

    def matching(self, facts: Facts) -> list[str]:
        """
        The display names of the traits counted.
        """
        return sorted(
            facts.table.trait_name(trait)
            for trait, shown in facts.traits.items()
            if self.with_example is None or shown is self.with_example
        )

    def expression(self, code: Code) -> str:
        traits = code.need("traits")
        if self.with_example is None:
            return self.range.expression(f"len({traits})", code)
        return self.range.expression(f"list({traits}.values()).count({self.with_example})", code)

    def _noun(self) -> str:
        if self.with_example is None:
            return "traits"
        return f"traits {'with' if self.with_example else 'without'} an example"

    def describe(self) -> str:
        return f"{self.range.describe()} {self._noun()} are listed"

    def read(self, facts: Facts) -> tuple[str, ...]:
        return tuple(self.matching(facts))

    def state_of(self, reading: Reading) -> str:
        if self.with_example is None:
            return (
                f"you list {_join(reading)} among your qualities"
                if reading
                else "you list no personal qualities"
            )
        example = "with" if self.with_example else "without"
        if not reading:
            return f"you list no quality {example} an example"
        return f"you list {_join(reading)} {example} an example"

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.matching}


@attrs.frozen(repr=False)
class TraitGaps(Condition):
    """
    At least *count* of some traits are not listed.

    The traits that are missing are bound to a name, so one message can name
    them all.
    """

    word = "trait_gaps"
    costly = True
    summary = "At least `count` (1) of some traits are not listed; binds the missing ones to `as` (missing)."
    arguments = Arguments(
        {
            "traits": Argument(ListKind(TraitKind(), "trait names"), required=True),
            "count": Argument(_COUNT, default=1),
            "binding": Argument(_NAME, key="as", default="missing"),
        },
        what="a mapping with 'traits'",
    )
    traits: tuple[Ref, ...]
    count: int = 1
    binding: str = "missing"

    def problems(self) -> list[tuple[str | None, str]]:
        return _count_problems(self.count, len(self.traits), "traits")

    def missing(self, facts: Facts) -> list[str]:
        """
        The display names of the traits that are not listed, in the order given.
        """
        listed = facts.traits
        return [trait.name for trait in self.traits if trait.id not in listed]

    def expression(self, code: Code) -> str:
        traits = code.need("traits")
        tests = [f"({code.constant(trait.id)} not in {traits})" for trait in self.traits]
        return f"{_sum(tests)} >= {self.count}"

    def describe(self) -> str:
        which = "any" if self.count == 1 else f"at least {self.count}"
        names = _join(_names(self.traits))
        return f"{which} of the traits {names} {'is' if self.count == 1 else 'are'} not listed"

    def read(self, facts: Facts) -> tuple[str, ...]:
        return tuple(self.missing(facts))

    def state_of(self, reading: Reading) -> str:
        if not reading:
            return f"you list {_join(_names(self.traits))} among your qualities"
        return f"your profile does not show {_join(list(reading))} among your qualities"

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.missing}


def target_sectors(facts: Facts) -> frozenset[Sector]:
    """
    The sectors the candidate aims at, the target company's included, but not "other".

    "Other" says only that a sector is none of those named: two places in it need not be alike.
    """
    company = {facts.company_sector} if facts.company_sector is not None else set()
    return (facts.sectors | company) - {Sector.OTHER}


@attrs.frozen(repr=False)
class CountPortfolio(Condition):
    """
    The number of portfolio items that match some filters is within a range.

    Filters: kinds, sectors (``company`` means the target company's sector,
    ``target`` one the candidate aims at), skills the item names (any of
    them, in its skills or its texts; ``company`` means those the target
    company's ML projects name), whether it is ML work (it names a skill the
    table marks as ML), whether it is an exercise (its title, topics or
    description name one of the rulebook's ``exercises``, datasets every
    course uses), and a topic tag.
    """

    word = "portfolio"
    costly = True
    summary = (
        "The number of portfolio items with a kind, sector ('company': the target company's; 'target': one"
        " aimed at; 'none': none given), skill"
        " ('company': one its ML projects name), ML work, exercise (on a dataset of the rulebook's"
        " `exercises`) or topic compares; `as` binds their titles."
    )
    arguments = Arguments(
        {
            "kinds": Argument(WordsKind(KIND_SHAPE), key="kind"),
            "sector": Argument(
                ChoiceKind(
                    {"company": COMPANY, "target": TARGET, "none": NO_SECTOR}, then=WordsKind(SECTOR_SHAPE)
                )
            ),
            "skills": Argument(ChoiceKind({"company": COMPANY}, then=_SKILL_FILTER), key="skill"),
            "ml": Argument(_FLAG),
            "exercise": Argument(_FLAG),
            "topic": Argument(TextKind("a topic word", fold=skill_key)),
            "binding": Argument(_NAME, key="as"),
            "range": Argument(RangeKind(), key=FLAT),
        },
        what="a mapping of filters and counts",
    )
    range: Range
    kinds: frozenset[PortfolioKind] | None = None
    #: The sectors of the items counted; `COMPANY` for the target company's, `TARGET` for those aimed at,
    #: `NO_SECTOR` for none given.
    sector: frozenset[Sector] | str | None = None
    #: The skills an item shows one of; `COMPANY` for those the target company's ML projects name.
    skills: tuple[Ref, ...] | str | None = None
    topic: str | None = None
    binding: str | None = None
    ml: bool | None = None
    exercise: bool | None = None

    @classmethod
    def build(cls, parser: ConditionParser, fields: dict[str, Any], path: Path) -> Condition:
        # The exercises are the rulebook's, read from the facts; a filter on them needs some.
        if fields.get("exercise") is not None and not parser.exercises:
            message = "the rulebook declares no 'exercises' (datasets every course uses)"
            raise parser.issues.reject((*path, "exercise"), message)
        return super().build(parser, fields, path)

    def skill_ids(self, facts: Facts) -> tuple[str, ...]:
        """
        The ids of the skills an item names, one of which it must show.
        """
        if isinstance(self.skills, str):
            return facts.company_skills
        return tuple(skill.id for skill in self.skills or ())

    def _matches(self, item: PortfolioItem, named: frozenset[str], facts: Facts) -> bool:
        if self.kinds is not None and item.kind not in self.kinds:
            return False
        if self.sector is not None and not self._in_sector(item, facts):
            return False
        if self.skills is not None and named.isdisjoint(facts.table.showing(self.skill_ids(facts))):
            return False
        if self.ml is not None and named.isdisjoint(facts.table.ml_skills) is self.ml:
            return False
        if self.exercise is not None and _exercise(item, facts.exercises) is not self.exercise:
            return False
        return self.topic is None or any(skill_key(tag) == self.topic for tag in item.topics)

    def _in_sector(self, item: PortfolioItem, facts: Facts) -> bool:
        if isinstance(self.sector, frozenset):
            return item.sector in self.sector
        if self.sector == COMPANY:
            return item.sector is not None and item.sector is facts.company_sector
        if self.sector == NO_SECTOR:
            return item.sector is None
        return item.sector in target_sectors(facts)

    def matching(self, facts: Facts) -> list[PortfolioItem]:
        """
        The portfolio items that match the filters, in profile order.
        """
        return [
            item
            for item, named in zip(facts.items, facts.item_skills, strict=True)
            if self._matches(item, named, facts)
        ]

    def count(self, facts: Facts) -> int:
        """
        How many portfolio items match the filters.
        """
        return len(self.matching(facts))

    def titles(self, facts: Facts) -> list[str]:
        """
        The titles of the matching items, quoted (their kind, for untitled items), sorted.
        """
        return _titles(self.matching(facts))

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {} if self.binding is None else {self.binding: self.titles}

    def expression(self, code: Code) -> str:
        only_kinds = (
            self.sector is None
            and self.skills is None
            and self.topic is None
            and self.ml is None
            and self.exercise is None
        )
        if only_kinds and self.kinds is None:
            return self.range.expression(f"len({code.need('items')})", code)
        if only_kinds:
            kinds = code.need("kinds")
            counts = [f"{kinds}.get({code.constant(kind)}, 0)" for kind in sorted(self.kinds or ())]
            total = counts[0] if len(counts) == 1 else f"({' + '.join(counts)})"
            return self.range.expression(total, code)
        return self.range.expression(f"{code.constant(self.count)}(facts)", code)

    def _noun(
        self,
        plural: bool,
        company_sector: Sector | None = None,
        kinds: Iterable[PortfolioKind] | None = None,
    ) -> str:
        kinds = sorted(self.kinds or () if kinds is None else kinds, key=list(PortfolioKind).index)
        nouns = [KIND_NOUNS[kind][plural] for kind in kinds] or ["items" if plural else "item"]
        words = [_join(nouns, "or")]
        if self.ml is not None:
            words.append(
                ("that show ML work" if plural else "that shows ML work") if self.ml else "without ML"
            )
        if self.exercise is not None:
            dataset = "well-known teaching datasets" if plural else "a well-known teaching dataset"
            words.append(f"on {dataset}" if self.exercise else "beyond a well-known teaching dataset")
        if self.sector is not None:
            words.append(self._sector_words(company_sector))
        if isinstance(self.skills, str):
            words.append("on the company's ML work")
        elif self.skills is not None:
            words.append(_using(_names(self.skills)))
        if self.topic is not None:
            words.append(f"on {self.topic}")
        return " ".join(words)

    def _sector_words(self, company_sector: Sector | None) -> str:
        """
        The sector filter in words: "in finance", "in a sector you aim at", "with no sector given".
        """
        if isinstance(self.sector, frozenset):
            return "in " + _join(sorted(sector.value for sector in self.sector), "or")
        if self.sector == TARGET:
            return "in a sector you aim at"
        if self.sector == NO_SECTOR:
            return "with no sector given"
        known = ""
        if company_sector is not None and company_sector is not Sector.OTHER:
            known = f"{company_sector.value}, "
        return f"in {known}the company's sector"

    def describe(self) -> str:
        if self.range.is_none:
            return f"no {self._noun(plural=False)} in the portfolio"
        return f"{self.range.describe()} {self._noun(plural=True)} in the portfolio"

    def read(self, facts: Facts) -> tuple[tuple[str, ...], frozenset[PortfolioKind], Sector | None]:
        items = self.matching(facts)
        kinds = frozenset(item.kind for item in items)
        return tuple(_titles(items)), kinds, facts.company_sector if self.sector == COMPANY else None

    def state_of(self, reading: Reading) -> str:
        titles, kinds, company_sector = reading
        if not titles:
            return f"your portfolio has no {self._noun(plural=False, company_sector=company_sector)}"
        shown = list(titles[:3])
        if len(titles) > 3:
            shown.append(f"{len(titles) - 3} more")
        # Items of one kind are called by it ("one project"), not by every kind the condition counts.
        noun = self._noun(
            plural=len(titles) > 1, company_sector=company_sector, kinds=kinds if len(kinds) == 1 else None
        )
        return f"your portfolio has {_plural_words(len(titles), noun)}: {_join(shown)}"


def _exercise(item: PortfolioItem, exercises: tuple[str, ...]) -> bool:
    """
    Whether *item* is an exercise: its title, topics or description name one of *exercises*.
    """
    named = _exercises(exercises).search
    return any(named(text) for text in (item.title, *item.topics, item.description) if text)


@functools.lru_cache(maxsize=16)
def _exercises(exercises: tuple[str, ...]) -> re.Pattern[str]:
    """
    A pattern that finds any of *exercises* as words, in any case, spaces and hyphens alike.

    "MNIST" is in "Fashion-MNIST", "house prices" in "House-Prices".
    """
    names = sorted(exercises, key=len, reverse=True)
    spelled = [r"[\s_-]+".join(map(re.escape, re.split(r"[\s_-]+", name))) for name in names]
    return re.compile(rf"(?<!\w)(?:{'|'.join(spelled)})(?!\w)", re.IGNORECASE)


def _titles(items: Sequence[PortfolioItem]) -> list[str]:
    """
    The titles of *items*, quoted (their kind, for untitled items), sorted.
    """
    titled = sorted({item.title for item in items if item.title})
    untitled = sorted({f"your {KIND_NOUNS[item.kind][0]}" for item in items if not item.title})
    return [f"“{title}”" for title in titled] + untitled


def _plural_words(count: int, noun: str) -> str:
    """
    "one project", "2 projects": a count with its noun (already in the right number).
    """
    return f"{'one' if count == 1 else count} {noun}"


@attrs.frozen(repr=False)
class AtStage(Condition):
    """
    The candidate is at one of some career stages.
    """

    word = "stage"
    summary = "The candidate is at one of the stages."
    arguments = Arguments({"stages": Argument(WordsKind(STAGE_SHAPE, bare=True))}, shorthand="stages")
    stages: frozenset[Stage]

    def expression(self, code: Code) -> str:
        return f"{code.need('stage')} in {code.constant(self.stages)}"

    def describe(self) -> str:
        return "stage is " + _join(sorted(stage.value for stage in self.stages), "or")

    def read(self, facts: Facts) -> tuple[Stage, bool]:
        return facts.stage, facts.candidate.stage is None

    def state_of(self, reading: Reading) -> str:
        stage, derived = reading
        return (_DERIVED_STAGES if derived else _STAGES)[stage]


#: Each stage in words, as the profile states it.
_STAGES = {
    Stage.STUDENT: "you are a student",
    Stage.JOB_SEEKING: "you are looking for a job",
    Stage.INTERVIEWING: "you are interviewing",
    Stage.EMPLOYED: "you are employed",
}

#: Each stage in words, as the work history and education show it.
_DERIVED_STAGES = {
    Stage.STUDENT: "you are studying for a degree",
    Stage.JOB_SEEKING: "you hold no position and are not studying now",
    Stage.INTERVIEWING: "you are interviewing",
    Stage.EMPLOYED: "you hold a position now",
}


def sector_words(sectors: Iterable[Sector]) -> str:
    """
    Target sectors in words, in their order, with ``other`` as "another sector" at the end.

    Example:
        >>> sector_words([Sector.OTHER, Sector.FINANCE]), sector_words([Sector.OTHER])
        ('finance and another sector', 'another sector')
    """
    sectors = list(sectors)
    named = [sector.value for sector in sectors if sector is not Sector.OTHER]
    return _join(named + ["another sector"] * (Sector.OTHER in sectors))


@attrs.frozen(repr=False)
class TargetsSector(Condition):
    """
    The candidate aims at one of some sectors (or, with ``any``, at any sector).
    """

    word = "target_sector"
    summary = "The candidate aims at one of the sectors ('any': at some sector)."
    arguments = Arguments(
        {"sectors": Argument(ChoiceKind({"any": None}, then=WordsKind(SECTOR_SHAPE, bare=True)))},
        shorthand="sectors",
    )
    sectors: frozenset[Sector] | None

    def expression(self, code: Code) -> str:
        sectors = code.need("sectors")
        if self.sectors is None:
            return f"len({sectors}) > 0"
        return f"not {code.constant(self.sectors)}.isdisjoint({sectors})"

    def describe(self) -> str:
        if self.sectors is None:
            return "a target sector is chosen"
        return "the target sectors include " + _join(sorted(s.value for s in self.sectors), "or")

    def read(self, facts: Facts) -> frozenset[Sector]:
        return facts.sectors

    def state_of(self, reading: Reading) -> str:
        if not reading:
            return "you name no sector to aim at"
        return "you aim at " + sector_words(sorted(reading, key=lambda sector: sector.value))


@attrs.frozen(repr=False)
class TargetCompany(Condition):
    """
    A target company is given (or not), optionally with some of its fields.
    """

    word = "company"
    summary = (
        "A target company is given (true) or not (false), optionally with a name, sector ('any', 'none'),"
        " known ML projects or values."
    )
    arguments = Arguments(
        {
            "known": Argument(_FLAG, default=True, short_only=True),
            "name": Argument(TextKind("a company name")),
            "sector": Argument(ChoiceKind({"any": True, "none": False}, then=WordsKind(SECTOR_SHAPE))),
            "ml_projects": Argument(_FLAG),
            "values": Argument(_FLAG),
        },
        shorthand="known",
        what="true, false or a mapping of company fields",
    )
    known: bool = True
    name: str | None = None
    #: Its sectors, or whether its sector is known at all (True: any, False: none).
    sector: frozenset[Sector] | bool | None = None
    ml_projects: bool | None = None
    values: bool | None = None

    def problems(self) -> list[tuple[str | None, str]]:
        given = (self.name, self.sector, self.ml_projects, self.values)
        if not self.known and any(value is not None for value in given):
            return [(None, "a company that is not given has no fields to check")]
        return []

    def expression(self, code: Code) -> str:
        company = code.need("company")
        if not self.known:
            return f"{company} is None"
        if (self.sector, self.name, self.ml_projects, self.values) == (None,) * 4:
            return f"{company} is not None"
        return f"{code.constant(self.holds_for)}({company})"

    def holds_for(self, company: Company | None) -> bool:
        """
        Tell whether the condition holds for a candidate with this target company.
        """
        if company is None:
            return not self.known
        if not self.known:
            return False
        sector = self.sector
        checks = (
            not isinstance(sector, frozenset) or company.sector in sector,
            not isinstance(sector, bool) or (company.sector is not None) is sector,
            self.name is None or company.name.casefold() == self.name.casefold(),
            self.ml_projects is None or bool(company.ml_projects) is self.ml_projects,
            self.values is None or bool(company.values) is self.values,
        )
        return all(checks)

    def describe(self) -> str:
        if not self.known:
            return "no target company is given"
        parts = []
        if self.name is not None:
            parts.append(f"named {self.name!r}")
        if isinstance(self.sector, frozenset):
            parts.append("in " + _join(sorted(s.value for s in self.sector), "or"))
        elif self.sector is not None:
            parts.append("with a known sector" if self.sector else "with no known sector")
        for flag, noun in ((self.ml_projects, "ML projects"), (self.values, "values")):
            if flag is not None:
                parts.append(f"with its {noun} known" if flag else f"with no {noun} known")
        return "a target company is given" + (" " + ", ".join(parts) if parts else "")

    def read(self, facts: Facts) -> tuple[str, Sector | None, bool, bool] | None:
        company = facts.company
        if company is None:
            return None
        return company.name, company.sector, bool(company.ml_projects), bool(company.values)

    def state_of(self, reading: Reading) -> str:
        if reading is None:
            return "you have not named a company you are aiming at"
        name, sector, projects, values = reading
        named = sector is not None and sector is not Sector.OTHER
        text = f"you are aiming at {name}" + (f", a {sector.value} company" if named else "")
        asked = ((self.ml_projects, projects, "ML work"), (self.values, values, "values"))
        unknown = [noun for flag, known, noun in asked if flag is not None and not known]
        return text + (f", and have not noted its {_join(unknown)}" if unknown else "")


@attrs.frozen(repr=False)
class HasSpecialization(Condition):
    """
    The candidate has a specialization (or one of some): stated, or shown by a current position.

    Values are canonical niche ids (`SkillTable.niche_id`), so ``nlp`` and
    ``natural language processing`` are the same niche.
    """

    word = "specialization"
    summary = "A specialization is chosen (true), not chosen (false), or is one of the names."
    arguments = Arguments(
        {"niches": Argument(ChoiceKind({True: True, False: False}, then=NicheKind()))}, shorthand="niches"
    )
    #: Whether one is chosen, or the niche ids it is one of.
    niches: frozenset[str] | bool

    def expression(self, code: Code) -> str:
        value = code.need("specialization")
        if self.niches is False:
            return f"{value} is None"
        if self.niches is True:
            return f"{value} is not None"
        return f"{value} in {code.constant(self.niches)}"

    def describe(self) -> str:
        if self.niches is False:
            return "no specialization is chosen"
        if self.niches is True:
            return "a specialization is chosen"
        return "the specialization is " + _join(sorted(self.niches), "or")

    def read(self, facts: Facts) -> tuple[str | None, str | None]:
        niche = facts.specialization
        return (None if niche is None else niche_words(niche, facts.table)), facts.specialized_by

    def state_of(self, reading: Reading) -> str:
        niche, shown_by = reading
        if niche is None:
            return "you name no niche"
        if shown_by is not None:
            return f"{shown_by} shows a specialization in {niche}"
        return f"you specialise in {niche}"


@attrs.frozen(repr=False)
class Prepared(Condition):
    """
    The candidate has done every one of some interview preparation steps.
    """

    word = "prepared"
    summary = "Every one of the interview preparation steps is done."
    arguments = Arguments({"steps": Argument(WordsKind(PREP_SHAPE, bare=True))}, shorthand="steps")
    steps: frozenset[PrepStep]

    def expression(self, code: Code) -> str:
        prep = code.need("prep")
        if len(self.steps) == 1:
            (step,) = self.steps
            return f"{code.constant(step)} in {prep}"
        return f"{code.constant(self.steps)}.issubset({prep})"

    def describe(self) -> str:
        words = sorted(step.value.replace("_", " ") for step in self.steps)
        return f"{_join(words)} {'is' if len(words) == 1 else 'are'} done"

    def read(self, facts: Facts) -> frozenset[PrepStep]:
        return facts.prep & self.steps

    def state_of(self, reading: Reading) -> str:
        order = list(PrepStep)
        done = [_PREP_WORDS[step] for step in sorted(self.steps & reading, key=order.index)]
        todo = [_PREP_WORDS[step] for step in sorted(self.steps - reading, key=order.index)]
        parts = []
        if done:
            parts.append(f"you have {_join(done)}")
        if todo:
            parts.append(f"you have not {_join(todo, 'or')} yet")
        return "; ".join(parts)


#: Each preparation step as the past participle of what was done.
_PREP_WORDS = {
    PrepStep.COMPANY_RESEARCH: "researched the company's ML work",
    PrepStep.ALGORITHM_REVIEW: "reviewed the algorithms you use",
    PrepStep.PROJECT_STORIES: "prepared the stories of your projects",
    PrepStep.THINK_ALOUD_PRACTICE: "practised solving problems aloud",
    PrepStep.MOTIVATION: "put into words what draws you to ML",
    PrepStep.CULTURE_EXAMPLES: "prepared examples of the company's values",
    PrepStep.COMPANY_MINI_PROJECT: "built a mini-project for the company",
}


def niche_words(niche: str, table: SkillTable) -> str:
    """
    A specialization in words: its skill's name when *table* knows it.

    Otherwise its words, a short name of a field in capitals ("ML", "AI").

    Example:
        >>> from mlcareer._taxonomy import skill_table
        >>> table = skill_table()
        >>> niche_words("computer-vision", table), niche_words("nlp", table)
        ('computer vision', 'natural language processing')
        >>> niche_words("quantum_ml", table), niche_words("ml-engineering", table)
        ('quantum ML', 'ML engineering')
    """
    info = table.known_skill(niche)
    if info is not None:
        return info.name
    return " ".join(_field_acronym(word, table) for word in re.split(r"[_\s-]+", niche) if word)


def _field_acronym(word: str, table: SkillTable) -> str:
    """
    *word*, in capitals when it is the short name of a field the table knows ("ml" for machine learning).
    """
    info = table.known_skill(word) if len(word) <= 3 else None
    return word.upper() if info is not None and info.category is SkillCategory.DOMAIN else word


@attrs.frozen(repr=False)
class HasMentor(Condition):
    """
    The candidate has a mentor (or, with ``false``, has none).
    """

    word = "mentor"
    summary = "The candidate has a mentor (true) or not (false)."
    arguments = Arguments({"value": Argument(_FLAG)}, shorthand="value")
    value: bool

    def expression(self, code: Code) -> str:
        return f"{code.need('growth')}.mentor is {self.value}"

    def describe(self) -> str:
        return "a mentor is listed" if self.value else "no mentor is listed"

    def read(self, facts: Facts) -> bool:
        return facts.growth.mentor

    def state_of(self, reading: Reading) -> str:
        return "you have a mentor" if reading else "you list no mentor"


@attrs.frozen(repr=False)
class CountActivities(Condition):
    """
    The number of learning (or networking) activities is within a range.
    """

    word = "learning"
    summary = (
        "The number of learning activities (of a kind, since a year, or of the last years) compares;"
        " true: at least one. `as` binds their titles."
    )
    arguments = Arguments(
        {
            "range": Argument(RangeKind(), key=FLAT),
            "kinds": Argument(WordsKind(_enum_shape(LearningKind)), key="kind"),
            "since": Argument(WholeKind(1900)),
            "within_years": Argument(WholeKind(0)),
            "binding": Argument(_NAME, key="as"),
        },
        shorthand="range",
        what="true, false or a mapping",
    )
    #: The index entry of the activities it counts.
    activities: ClassVar[str] = "learning"
    range: Range
    kinds: frozenset[enum.Enum] | None = None
    since: int | None = None
    #: Only activities of this many years before the year of advice, or later, or with no year
    #: (listed, so under way).
    within_years: int | None = None
    binding: str | None = None

    def matching_in(self, activities: Sequence[Any], year: int) -> list[Any]:
        """
        The activities of *activities* that match, advised in *year*, in profile order.
        """
        recent = None if self.within_years is None else year - self.within_years
        return [
            activity
            for activity in activities
            if (self.kinds is None or activity.kind in self.kinds)
            and (self.since is None or (getattr(activity, "year", None) or 0) >= self.since)
            and (recent is None or (getattr(activity, "year", None) or recent) >= recent)
        ]

    def count_in(self, activities: Sequence[Any], year: int) -> int:
        """
        How many of *activities* match, advised in *year*.
        """
        return len(self.matching_in(activities, year))

    def titles(self, facts: Facts) -> list[str]:
        """
        The titles (or names) of the activities that match, quoted, in profile order.

        An untitled one is named by its kind: "your course", "your studies".
        """
        found = self.matching_in(getattr(facts, self.activities), facts.as_of.year)
        words = []
        for activity in found:
            name = getattr(activity, "title", None) or getattr(activity, "name", None)
            kind = str(activity.kind.value)
            words.append(f"“{name}”" if name else f"your {_activity_words(kind)[2]}")
        return list(dict.fromkeys(words))

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {} if self.binding is None else {self.binding: self.titles}

    def count(self, facts: Facts) -> int:
        """
        How many activities match.
        """
        return self.count_in(getattr(facts, self.activities), facts.as_of.year)

    def expression(self, code: Code) -> str:
        activities = code.need(self.activities)
        if self.kinds is None and self.since is None and self.within_years is None:
            return self.range.expression(f"len({activities})", code)
        year = f"{code.need('as_of')}.year" if self.within_years is not None else "0"
        return self.range.expression(f"{code.constant(self.count_in)}({activities}, {year})", code)

    def _noun(self, *, one: bool = False) -> str:
        if self.kinds is None:
            noun = f"{self.activities} {'activity' if one else 'activities'}"
        else:
            words = sorted(str(kind.value) for kind in self.kinds)
            noun = _join([_activity_words(word)[0 if one else 1] for word in words], "or")
        if self.since is not None:
            noun += f" since {self.since}"
        return noun + _within(self.within_years)

    def describe(self) -> str:
        if self.range.is_none:
            return f"no {self._noun()}"
        return f"{self.range.describe()} {self._noun()}"

    def read(self, facts: Facts) -> int:
        return self.count(facts)

    def state_of(self, reading: Reading) -> str:
        if reading == 1:
            return f"you list one {self._noun(one=True)}"
        return f"you list {reading or 'no'} {self._noun()}"


@attrs.frozen(repr=False)
class CountNetworking(CountActivities):
    """
    The number of networking activities is within a range.
    """

    word = "networking"
    summary = "The number of networking activities (of a kind) compares; true: at least one."
    arguments = Arguments(
        {
            "range": Argument(RangeKind(), key=FLAT),
            "kinds": Argument(WordsKind(_enum_shape(NetworkingKind)), key="kind"),
        },
        shorthand="range",
        what="true, false or a mapping",
    )
    activities = "networking"


#: What `count` can count: how to count it in facts and in generated source, and its noun.
_COUNTABLE: dict[str, tuple[Callable[[Facts], int], tuple[str, str], str]] = {
    "skills": (lambda facts: len(facts.candidate.skills), ("candidate", "len({}.skills)"), "skills"),
    "traits": (lambda facts: len(facts.traits), ("traits", "len({})"), "traits"),
    "portfolio": (lambda facts: len(facts.items), ("items", "len({})"), "portfolio items"),
    "target_sectors": (lambda facts: len(facts.sectors), ("sectors", "len(frozenset({}))"), "target sectors"),
    "interview_prep": (
        lambda facts: len(facts.prep),
        ("prep", "len(frozenset({}))"),
        "interview preparation steps",
    ),
    "learning": (
        lambda facts: len(facts.candidate.growth.learning),
        ("growth", "len({}.learning)"),
        "learning activities",
    ),
    "networking": (
        lambda facts: len(facts.candidate.growth.networking),
        ("growth", "len({}.networking)"),
        "networking activities",
    ),
}


@attrs.frozen(repr=False)
class CountOf(Condition):
    """
    The number of things of one kind in the profile is within a range.
    """

    word = "count"
    summary = "The number of skills, traits, portfolio items, ... in the profile compares."
    arguments = Arguments(
        {
            "of": Argument(
                ShapeKind(Words({name: name for name in _COUNTABLE}, what="a countable")), required=True
            ),
            "range": Argument(RangeKind(), key=FLAT),
        },
        what="a mapping with 'of' and a comparison",
    )
    of: str
    range: Range

    def expression(self, code: Code) -> str:
        local, template = _COUNTABLE[self.of][1]
        return self.range.expression(template.format(code.need(local)), code)

    def describe(self) -> str:
        return f"{self.range.describe()} {_COUNTABLE[self.of][2]} are listed"

    def read(self, facts: Facts) -> int:
        return _COUNTABLE[self.of][0](facts)

    def state_of(self, reading: Reading) -> str:
        return f"you list {reading or 'no'} {_COUNTABLE[self.of][2]}"


@attrs.frozen(repr=False)
class SkillYears(Condition):
    """
    The years of use given for a skill are within a range (0 when not given).
    """

    word = "years"
    summary = "The years of use given for a skill compare (0 when not given)."
    arguments = Arguments(
        {"skill": Argument(SkillKind(), required=True), "range": Argument(RangeKind(), key=FLAT)},
        what="a mapping with 'skill' and a comparison",
    )
    skill: Ref
    range: Range

    def expression(self, code: Code) -> str:
        return self.range.expression(f"{code.need('years')}.get({code.constant(self.skill.id)}, 0)", code)

    def describe(self) -> str:
        return f"{self.range.describe()} years of {self.skill.name}"

    def read(self, facts: Facts) -> float | None:
        return facts.years.get(self.skill.id)

    def state_of(self, reading: Reading) -> str:
        name = self.skill.name
        return f"years of {name} not given" if reading is None else f"{reading:g} years of {name}"


@attrs.frozen(repr=False)
class WorkHistory(Condition):
    """
    The work history has positions (current, ML, research, management, naming skills), or years in them.

    Without a range, it holds when some position matches; with one, it
    compares the years the matching positions cover, time in two held at once counted once.
    """

    word = "experience"
    costly = True
    summary = (
        "A position (current, ML, research, management, naming a skill, of the last years) is in the"
        " work history, or years in them compare; `as` binds those positions in words."
    )
    arguments = Arguments(
        {
            "ml": Argument(_FLAG, default=False),
            "current": Argument(_FLAG, default=False),
            "research": Argument(_FLAG, default=False),
            "management": Argument(_FLAG, default=False),
            "skills": Argument(_SKILL_FILTER, key="skill"),
            "within_years": Argument(WholeKind(0)),
            "binding": Argument(_NAME, key="as"),
            "range": Argument(RangeKind(optional=True), key=FLAT),
        },
        bare=True,
        what="true, or a mapping of filters",
    )
    ml: bool = False
    current: bool = False
    research: bool = False
    management: bool = False
    skills: tuple[Ref, ...] | None = None
    #: Only positions held in the year of advice or this many years before it.
    within_years: int | None = None
    binding: str | None = None
    range: Range | None = None

    @property
    def skill_ids(self) -> tuple[str, ...]:
        """
        The ids of the skills a position names, one of which it must show.
        """
        return tuple(skill.id for skill in self.skills or ())

    def matching(self, facts: Facts) -> list[Position]:
        """
        The positions that match, in profile order.
        """
        since = None if self.within_years is None else facts.as_of.year - self.within_years
        return [
            position
            for position, named, ml in zip(
                facts.positions, facts.position_skills, facts.ml_positions, strict=True
            )
            if (not self.ml or ml)
            and (not self.current or position in facts.current)
            and (since is None or position.held_since(since))
            and (not self.research or position.is_research)
            and (not self.management or position.is_management)
            and (self.skills is None or not named.isdisjoint(facts.table.showing(self.skill_ids)))
        ]

    def roles(self, facts: Facts) -> list[str]:
        """
        The positions that match, in words ("your role as Data Scientist at Acme"), in profile order.
        """
        return [position_words(position) for position in self.matching(facts)]

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {} if self.binding is None else {self.binding: self.roles}

    def holds_in(self, facts: Facts) -> bool:
        """
        Tell whether some position matches or, with a range, whether their years are within it.
        """
        return _positions_hold(self.matching(facts), self.range, facts.as_of)

    def expression(self, code: Code) -> str:
        return f"{code.constant(self.holds_in)}(facts)"

    def _noun(self) -> str:
        words = (
            "current" if self.current else "",
            "ML" if self.ml else "",
            "research" if self.research else "",
            "management" if self.management else "",
        )
        return " ".join(word for word in words if word)

    def _using(self) -> str:
        using = "" if self.skills is None else f" {_using(_names(self.skills))}"
        return using + _within(self.within_years)

    def describe(self) -> str:
        noun = f"{self._noun()} position".strip()
        if self.range is None:
            article = "an" if noun.startswith("ML") else "a"
            return f"the work history has {article} {noun}{self._using()}"
        return f"{self.range.describe()} years in {noun}s{self._using()}"

    def read(self, facts: Facts) -> tuple[tuple[str, ...], float]:
        found = self.matching(facts)
        return tuple(position_words(position) for position in found), years_held(found, facts.as_of)

    def state_of(self, reading: Reading) -> str:
        roles, years = reading
        noun = self._noun()
        if not roles:
            return f"your work history shows no {noun + ' ' if noun else ''}role{self._using()}"
        shown = _join([*roles[:2], *([f"{len(roles) - 2} more"] if len(roles) > 2 else [])])
        if self.range is None:
            return f"your work history shows {shown}"
        return f"your work history shows {_years_words(years)} in {shown}"


def _positions_hold(found: Sequence[Position], within: Range | None, as_of: dt.date) -> bool:
    """
    Whether some of *found* positions are there or, with a range, whether the years they cover are within it.
    """
    if within is None:
        return bool(found)
    return within.contains(years_held(found, as_of))


@attrs.frozen(repr=False)
class WorkedIn(Condition):
    """
    A position of the work history (a current one, if asked) is in some sectors, or in one aimed at.

    The sectors of the positions that match are bound to a name, so a
    message can say where the person has worked. With a range, the years
    those positions cover compare with it (a short internship is no time
    in a sector).
    """

    word = "worked_in"
    costly = True
    summary = (
        "A position of the work history (a current one, with `current`) is in one of the sectors"
        " ('target': one the candidate aims at, the target company's included, but not 'other'), or the"
        " years such positions cover compare; binds those sectors to `as` (industries)."
    )
    arguments = Arguments(
        {
            "sectors": Argument(
                ChoiceKind({"target": TARGET}, then=WordsKind(SECTOR_SHAPE, bare=True)),
                key="sector",
                required=True,
            ),
            "current": Argument(_FLAG, default=False),
            "within_years": Argument(WholeKind(0)),
            "binding": Argument(_NAME, key="as", default="industries"),
            "range": Argument(RangeKind(optional=True), key=FLAT),
        },
        shorthand="sectors",
        what="sectors, 'target' or a mapping with 'sector'",
    )
    #: The sectors, or `TARGET` for those the candidate aims at.
    sectors: frozenset[Sector] | str
    current: bool = False
    #: Only positions held in the year of advice or this many years before it.
    within_years: int | None = None
    binding: str = "industries"
    range: Range | None = None

    def _wanted(self, facts: Facts) -> frozenset[Sector]:
        return self.sectors if isinstance(self.sectors, frozenset) else target_sectors(facts)

    def matching(self, facts: Facts) -> list[Position]:
        """
        The positions in the sectors, in profile order.
        """
        wanted = self._wanted(facts)
        positions = facts.current if self.current else facts.positions
        since = None if self.within_years is None else facts.as_of.year - self.within_years
        return [
            position
            for position in positions
            if position.sector in wanted and (since is None or position.held_since(since))
        ]

    def industries(self, facts: Facts) -> list[str]:
        """
        The sectors of the positions that match, sorted.
        """
        return sorted({position.sector.value for position in self.matching(facts) if position.sector})

    def holds_in(self, facts: Facts) -> bool:
        """
        Tell whether some position matches or, with a range, whether their years are within it.
        """
        return _positions_hold(self.matching(facts), self.range, facts.as_of)

    def expression(self, code: Code) -> str:
        if self.range is None:
            return f"bool({code.constant(self.matching)}(facts))"
        return f"{code.constant(self.holds_in)}(facts)"

    def _sectors_words(self) -> str:
        if isinstance(self.sectors, frozenset):
            return _join(sorted(sector.value for sector in self.sectors), "or")
        return "a sector you aim at"

    def describe(self) -> str:
        current = "current " if self.current else ""
        where = f"{self._sectors_words()}{_within(self.within_years)}"
        if self.range is not None:
            return f"{self.range.describe()} years in {current}positions in {where}"
        return f"the work history has a {current}position in {where}"

    def read(self, facts: Facts) -> tuple[tuple[tuple[str, str], ...], float]:
        found = self.matching(facts)
        roles = tuple(
            (
                position_words(position) if position.title or position.organization else "a role",
                position.sector.value,
            )
            for position in found
            if position.sector is not None
        )
        return roles, years_held(found, facts.as_of)

    def state_of(self, reading: Reading) -> str:
        roles, years = reading
        if not roles:
            current = "current " if self.current else ""
            where = f"{self._sectors_words()}{_within(self.within_years)}"
            return f"your work history shows no {current}role in {where}"
        shown = [f"{role} in {sector_words([Sector(sector)])}" for role, sector in roles[:2]]
        if len(roles) > 2:
            shown.append(f"{len(roles) - 2} more")
        if self.range is None:
            return f"your work history shows {_join(shown)}"
        return f"your work history shows {_years_words(years)} in {_join(shown)}"

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.industries}


#: What of a target job's skills a `job` condition looks for.
_JOB_MISSING: Words[str] = Words(
    {"required": "required", "preferred": "preferred", "work": "work", "experience": "experience"},
    hint=(
        "required or preferred: not shown; work: shown, but by no project or position;"
        " experience: fewer years of work than asked for"
    ),
)


@attrs.frozen(repr=False)
class TargetJob(Condition):
    """
    A target job is given (or not), optionally missing some of the skills it names.

    With ``missing: required`` (or ``preferred``), the profile does not show
    some of the skills the job requires (or prefers), of those ``of`` names
    when it names some; with ``missing: work``,
    it shows required skills that no project or position of the person
    shows, directly or by what they imply. A skill the job takes another in
    place of ("PyTorch or TensorFlow") is not missing when that one is
    shown, and of several it takes in place of each other only the first is
    named. Those skills are bound to a name, so a message can list them.
    With ``missing: experience``, the work history adds up to fewer years
    than the job asks for.
    """

    word = "job"
    costly = True
    summary = (
        "A target job is given (true) or not (false); with `missing`, at least `count` (1) of its"
        " required or preferred skills (of those `of` names) are not shown, or ('work') its required"
        " skills are shown by no project or position; binds them to `as` (job_skills); or ('experience')"
        " the work history is shorter than the years it asks for."
    )
    arguments = Arguments(
        {
            "known": Argument(_FLAG, default=True, short_only=True),
            "missing": Argument(ShapeKind(_JOB_MISSING)),
            "skills": Argument(_SKILLS, key="of"),
            "count": Argument(_COUNT, default=1),
            "binding": Argument(_NAME, key="as", default="job_skills"),
        },
        shorthand="known",
        what="true, false or a mapping with 'missing'",
    )
    known: bool = True
    missing: str | None = None
    #: Only these of the job's skills are looked for (all of them when None).
    skills: tuple[Ref, ...] | None = None
    count: int = 1
    binding: str = "job_skills"

    def problems(self) -> list[tuple[str | None, str]]:
        if not self.known and self.missing is not None:
            return [(None, "a job that is not given has no skills to miss")]
        if self.skills is not None and self.missing not in {"required", "preferred", "work"}:
            return [(None, "'of' names skills, which only a job's missing skills are looked among")]
        return []

    def missed(self, facts: Facts) -> list[str]:
        """
        The display names of the job's skills this condition looks for, in the job's order.
        """
        job = facts.job
        if job is None or self.missing in {None, "experience"}:
            return []
        table = facts.table
        levels = facts.levels
        if self.missing == "work":
            worked = facts.worked
            wanted = [table.skill_id(skill) for skill in job.required]
            lacking = [skill for skill in wanted if skill in levels and skill not in worked]
            met: Collection[str] = worked
        else:
            named = job.required if self.missing == "required" else job.preferred
            lacking = [skill for skill in map(table.skill_id, named) if skill not in levels]
            met = levels.keys()
        unmet = job.unmet(lacking, met)
        if self.skills is not None:
            among = {skill.id for skill in self.skills}
            unmet = [skill for skill in unmet if skill in among]
        return [table.skill_name(skill) for skill in unmet]

    def expression(self, code: Code) -> str:
        job = code.need("job")
        if self.missing is None:
            return f"{job} is {'not ' if self.known else ''}None"
        if self.missing == "experience":
            years = code.need("work_years")
            return f"{job} is not None and {job}.years is not None and {years} < {job}.years"
        return f"len({code.constant(self.missed)}(facts)) >= {self.count}"

    def describe(self) -> str:
        if not self.known:
            return "no target job is given"
        if self.missing is None:
            return "a target job is given"
        which = "any" if self.count == 1 else f"at least {self.count}"
        if self.missing == "experience":
            return "the work history is shorter than the target job asks for"
        among = "" if self.skills is None else f" among {_join(_names(self.skills), 'and')}"
        if self.missing == "work":
            return f"{which} of the target job's required skills{among} are shown by no project or position"
        return f"{which} of the target job's {self.missing} skills{among} are not shown"

    def read(self, facts: Facts) -> tuple[str, tuple[str, ...] | tuple[float, float | None]] | None:
        job = facts.job
        if job is None:
            return None
        if self.missing == "experience":
            return job_words(job), (round(facts.work_years, 1), job.years)
        return job_words(job), tuple(self.missed(facts))

    def state_of(self, reading: Reading) -> str:
        if reading is None:
            return "you have not named a job you are aiming at"
        job, read = reading
        if self.missing is None:
            return f"you are aiming at {job}"
        if self.missing == "experience":
            return _years_state(job, *read)
        return self._skills_state(job, read)

    def _skills_state(self, job: str, skills: tuple[str, ...]) -> str:
        if not skills:
            if self.missing == "work":
                return f"your projects or roles show every skill {job} requires"
            return f"your profile shows every skill {job} names as {self.missing}"
        named = list(skills[:_NAMED])
        if len(skills) > _NAMED:
            named[-1] = f"{len(skills) - _NAMED + 1} more"
        if self.missing == "work":
            return f"no project or role of yours shows {_join(named)}, which {job} requires"
        verb = "requires" if self.missing == "required" else "prefers"
        return f"nothing in your profile shows {_join(named, 'or')}, which {job} {verb}"

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.missed}


def _years_state(job: str, have: float, want: float | None) -> str:
    """
    The years of a work history beside the years a job asks for, in words.
    """
    if want is None:
        return f"{job} asks for no number of years"
    unit = "year" if want == 1 else "years"
    return f"your work history adds up to {_years_words(have)}; {job} asks for {want:g} {unit}"


def _years_words(years: float) -> str:
    """
    A length of time in words: "under a year", "about one year", "about 3.5 years".
    """
    rounded = round(years * 2) / 2
    if rounded < 1:
        return "under a year"
    return "about one year" if rounded == 1 else f"about {rounded:g} years"


@attrs.frozen(repr=False)
class Studies(Condition):
    """
    The education lists a degree (in progress, of some levels, or of the last years).
    """

    word = "education"
    costly = True
    summary = (
        "The education lists a degree (in progress, of a level, in a field or an ML field, studied for in"
        " the last years)."
    )
    arguments = Arguments(
        {
            "in_progress": Argument(_FLAG),
            "degrees": Argument(WordsKind(_DEGREES), key="degree"),
            "fields": Argument(_FIELDS, key="field"),
            "ml": Argument(_FLAG, default=False),
            "within_years": Argument(WholeKind(0)),
        },
        bare=True,
        what="true, or a mapping of filters",
    )
    in_progress: bool | None = None
    degrees: frozenset[str] | None = None
    #: Fields of study: a study matches when its field, or its degree's words, name one.
    fields: tuple[str, ...] | None = None
    #: Only studies whose field, or degree, names a skill the skill table marks as ML work.
    ml: bool = False
    #: Only studies in progress, or ended in the year of advice or this many years before it.
    within_years: int | None = None

    def matching(self, facts: Facts) -> list[Education]:
        """
        The studies that match, in profile order.
        """
        since = None if self.within_years is None else facts.as_of.year - self.within_years
        return [
            study
            for study in facts.candidate.education
            if (self.degrees is None or study.level in self.degrees)
            and (self.fields is None or self._in_field(study))
            and (not self.ml or _in_ml_field(study, facts))
            and (self.in_progress is None or (study in facts.studying) is self.in_progress)
            and (since is None or study.studied_since(since, facts.as_of))
        ]

    def _in_field(self, study: Education) -> bool:
        said = _words(" ".join(filter(None, (study.degree, study.field))))
        return any(_contains(said, field.split()) for field in self.fields or ())

    def expression(self, code: Code) -> str:
        return f"bool({code.constant(self.matching)}(facts))"

    def _noun(self) -> str:
        degrees = "degree" if self.degrees is None else _join(sorted(self.degrees), "or") + " degree"
        if self.fields is not None:
            degrees += " in " + _join(list(self.fields), "or")
        if self.ml:
            degrees += " in an ML field"
        if self.in_progress is not None:
            degrees += " in progress" if self.in_progress else " finished"
        return degrees + _within(self.within_years)

    def describe(self) -> str:
        return f"the education lists a {self._noun()}"

    def read(self, facts: Facts) -> tuple[str, ...]:
        return tuple(_study_words(study, study in facts.studying) for study in self.matching(facts))

    def state_of(self, reading: Reading) -> str:
        return _join(list(reading)) if reading else f"your education lists no {self._noun()}"


#: Letters whose names, said alone as in "MSc" or "S.M.", begin with a vowel sound.
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def _article(noun: str) -> str:
    """
    The indefinite article before *noun*: by the sound of its first letter in an abbreviation.

    Example:
        >>> [_article(degree) for degree in ("PhD", "MSc", "M.Tech", "Master", "undergraduate", "university")]
        ['a', 'an', 'an', 'a', 'an', 'a']
    """
    first = noun.split(maxsplit=1)[0] if noun.strip() else noun
    letters = first.replace(".", "")
    # An abbreviation: a short word of two capitals or more ("PhD", "MEng").
    if len(letters) <= 5 and sum(1 for char in letters if char.isupper()) >= 2:
        return "an" if letters[0] in _VOWEL_LETTERS else "a"
    word = first.casefold()
    return "an" if word[:1] in {"a", "e", "i", "o", "u"} and not word.startswith(("uni", "us")) else "a"


def _in_ml_field(study: Education, facts: Facts) -> bool:
    """
    Whether *study*'s field, or its degree, names a skill of ML work ("PhD in Reinforcement Learning").
    """
    said = " ".join(filter(None, (study.degree, study.field)))
    return not facts.table.ml_skills.isdisjoint(facts.table.find(said))


def _study_words(study: Education, in_progress: bool) -> str:
    """
    A study in words: "you hold an MSc in Machine Learning", "you are studying for a degree in Physics".
    """
    degree = f"{_article(study.degree)} {study.degree}" if study.degree else "a degree"
    what = f"{degree} in {study.field}" if study.field else degree if study.degree else "a course of study"
    return f"you are studying for {what}" if in_progress else f"you hold {what}"


@attrs.frozen(repr=False)
class InterviewSoon(Condition):
    """
    The interview with the target company is on a known date, today or within some days; or it has passed.
    """

    word = "interview"
    summary = (
        "The interview with the target company is today or later (within some days), or, with 'passed',"
        " its date is past."
    )
    arguments = Arguments(
        {"within_days": Argument(WholeKind(0)), "passed": Argument(_FLAG, default=False)},
        bare=True,
        what="true, or a mapping with 'within_days' or 'passed'",
    )
    within_days: int | None = None
    passed: bool = False

    def problems(self) -> list[tuple[str | None, str]]:
        if self.passed and self.within_days is not None:
            return [(None, "an interview whose date has passed is not within days: give one of the two")]
        return []

    def expression(self, code: Code) -> str:
        days = code.need("interview_days")
        if self.passed:
            return f"({days} is not None and {days} < 0)"
        if self.within_days is None:
            return f"({days} is not None and {days} >= 0)"
        return f"({days} is not None and 0 <= {days} <= {self.within_days})"

    def describe(self) -> str:
        if self.passed:
            return "the interview date has passed"
        if self.within_days is None:
            return "an interview date is set, today or later"
        return f"the interview is within {self.within_days} days"

    def read(self, facts: Facts) -> tuple[str | None, int | None]:
        return (facts.company.name if facts.company else None), facts.interview_days

    def state_of(self, reading: Reading) -> str:
        company, days = reading
        if days is None:
            return "you have not set a date for your interview"
        at = f"at {company} " if company else ""
        if days < 0:
            return f"your interview {at}was {-days} day{'s' if days < -1 else ''} ago"
        when = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
        return f"your interview {at}is {when}"


def _typed(value: object) -> tuple[type, object]:
    return type(value), value


class _Unset(enum.Enum):
    """
    The absence of a value (an enum, so it keeps its identity through pickle).
    """

    MISSING = 0


_MISSING = _Unset.MISSING


@attrs.frozen(repr=False)
class ExtensionValue(Condition):
    """
    A value under the profile's ``extensions`` is present, or equals a value.
    """

    word = "extension"
    summary = "A value under the profile's extensions is present, absent, or equals a value."
    arguments = Arguments(
        {
            "path": Argument(DottedKind(), key="key", required=True),
            "equals": Argument(ScalarKind(), default=_MISSING),
            "present": Argument(_FLAG),
        },
        what="a mapping with 'key'",
    )
    path: tuple[str, ...]
    #: Compared with its type: ``equals: 1`` and ``equals: true`` are different conditions.
    equals: object = attrs.field(default=_MISSING, eq=_typed)
    #: Whether the value must be present (true when neither this nor `equals` is given).
    present: bool | None = None

    def problems(self) -> list[tuple[str | None, str]]:
        if self.equals is not _MISSING and self.present is not None:
            return [(None, "give either 'equals' or 'present', not both")]
        return []

    def _value(self, facts: Facts) -> object:
        return self._lookup(facts.candidate.extensions)

    def _lookup(self, extensions: Mapping[str, object]) -> object:
        value: object = extensions
        for part in self.path:
            if not isinstance(value, Mapping) or part not in value:
                return _MISSING
            value = value[part]
        return value

    def holds_in(self, extensions: Mapping[str, object]) -> bool:
        """
        Tell whether the condition holds for a profile with these extensions.
        """
        value = self._lookup(extensions)
        if self.equals is not _MISSING:
            return value is not _MISSING and type(value) is type(self.equals) and value == self.equals
        return (value is not _MISSING) is (self.present is not False)

    def expression(self, code: Code) -> str:
        return f"{code.constant(self.holds_in)}({code.need('candidate')}.extensions)"

    def describe(self) -> str:
        where = "extensions." + ".".join(self.path)
        if self.equals is not _MISSING:
            return f"{where} is {self.equals!r}"
        return f"{where} is {'absent' if self.present is False else 'present'}"

    def read(self, facts: Facts) -> Reading:
        value = self._value(facts)
        # With its type, since 1, 1.0 and true are equal but read differently; a list is unhashable,
        # which the engine allows for.
        return type(value), value

    def state_of(self, reading: Reading) -> str:
        _, value = reading
        where = "extensions." + ".".join(self.path)
        return f"{where} is absent" if value is _MISSING else f"{where} is {shown(value)}"


# --- combinators


def _sum(terms: Sequence[str]) -> str:
    """
    The expression of the sum of *terms* (truths count as 0 or 1), flat however many there are.
    """
    if len(terms) <= _ADDED:
        return f"({' + '.join(f'({term})' for term in terms)})"
    return f"sum(({', '.join(f'({term})' for term in terms)},))"


#: The most skills a test whether any is listed (or missing) spells out one by one; past it, a test of a set.
_SPELLED = 3

#: The most terms written nested (a sum with ``+``, a choice with ``if``); past it, a flat form.
_ADDED = 8


def _concatenation(tuples: Iterable[str]) -> str:
    """
    The expression of the concatenation of tuple expressions (flat, however many there are).
    """
    return f"({', '.join(f'*{item}' for item in tuples)},)"


def _first(code: Code, parts: Sequence[Condition], *, holds: bool) -> str:
    """
    The evidence of the first part whose truth is *holds* (the last part, if none before it).

    Written flat, so a combination of many parts nests no deeper than one of two.
    """
    negation = "" if holds else "not "
    *before, last = parts
    if len(before) <= _ADDED:
        expression = last.evidence_expression(code, holds=holds)
        for part in reversed(before):
            evidence = part.evidence_expression(code, holds=holds)
            expression = f"({evidence} if {negation}({part.expression(code)}) else {expression})"
        return expression
    candidates = ", ".join(
        f"(lambda: {negation}({part.expression(code)}),"
        f" lambda: {part.evidence_expression(code, holds=holds)})"
        for part in before
    )
    fallback = f"lambda: {last.evidence_expression(code, holds=holds)}"
    return f"next((evidence for decides, evidence in ({candidates},) if decides()), {fallback})()"


@attrs.frozen(repr=False)
class AllOf(Condition):
    """
    Every part holds.
    """

    word = "all"
    costly = True
    summary = "Every condition in the list holds."
    arguments = Arguments({"parts": Argument(_PARTS)}, shorthand="parts")
    parts: tuple[Condition, ...]

    def expression(self, code: Code) -> str:
        return f"({' and '.join(part.expression(code) for part in self.parts)})"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return "all of these hold"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        if holds:
            return _concatenation(part.evidence_expression(code, holds=True) for part in self.parts)
        return _first(code, self.parts, holds=False)

    def __repr__(self) -> str:
        return f"<all {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class AnyOf(Condition):
    """
    At least one part holds.
    """

    word = "any"
    costly = True
    summary = "At least one condition in the list holds."
    arguments = Arguments({"parts": Argument(_PARTS)}, shorthand="parts")
    parts: tuple[Condition, ...]

    def expression(self, code: Code) -> str:
        return f"({' or '.join(part.expression(code) for part in self.parts)})"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return "any of these holds"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        if holds:
            return _first(code, self.parts, holds=True)
        return _concatenation(part.evidence_expression(code, holds=False) for part in self.parts)

    def __repr__(self) -> str:
        return f"<any {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class Not(Condition):
    """
    The part does not hold.
    """

    word = "not"
    summary = "The condition does not hold."
    arguments = Arguments({"part": Argument(ConditionKind())}, shorthand="part")
    part: Condition

    def expression(self, code: Code) -> str:
        return f"not ({self.part.expression(code)})"

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def describe(self) -> str:
        return "this does not hold"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        return self.part.evidence_expression(code, holds=not holds)

    def __repr__(self) -> str:
        return f"<not {self.part!r}>"


@attrs.frozen(repr=False)
class Quiet(Condition):
    """
    The part holds; it says whom the advice is for, so its facts are not given as reasons.

    A part of `all` beside at least one part that is not quiet, so every
    advice keeps a reason. When it does not hold, its facts are evidence
    as any part's are.
    """

    word = "quiet"
    summary = (
        "The condition holds; a part of `all` that says whom the advice is for, left out of the evidence"
        " while it holds."
    )
    arguments = Arguments({"part": Argument(ConditionKind())}, shorthand="part")
    part: Condition

    def expression(self, code: Code) -> str:
        return self.part.expression(code)

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def describe(self) -> str:
        return "whom the advice is for (not given as a reason)"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        return "()" if holds else self.part.evidence_expression(code, holds=False)

    def __repr__(self) -> str:
        return f"<quiet {self.part!r}>"


def _quiet_problems(condition: Condition) -> list[tuple[str | None, str]]:
    """
    The problems of *condition*'s quiet parts: one may only be a part of `all` that has other parts.
    """
    quiet = [part for part in condition.children() if isinstance(part, Quiet)]
    if not quiet:
        return []
    if not isinstance(condition, AllOf):
        return [(None, f"'quiet' is a part of 'all' only, not of {condition.word!r}")]
    if len(quiet) == len(condition.parts):
        return [(None, "every part is 'quiet'; at least one part must give the advice its reasons")]
    return []


@attrs.frozen(repr=False)
class AtLeastOf(Condition):
    """
    At least *count* of the parts hold.
    """

    word = "at_least"
    costly = True
    summary = "At least `count` of the conditions hold."
    arguments = Arguments(
        {"count": Argument(_COUNT, required=True), "parts": Argument(_PARTS, key="of", required=True)},
        what="a mapping with 'count' and 'of'",
    )
    count: int
    parts: tuple[Condition, ...]

    def problems(self) -> list[tuple[str | None, str]]:
        return _count_problems(self.count, len(self.parts), "conditions")

    def expression(self, code: Code) -> str:
        return f"{_sum([part.expression(code) for part in self.parts])} >= {self.count}"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return f"at least {self.count} of these hold"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        negation = "" if holds else "not "
        return _concatenation(
            f"({part.evidence_expression(code, holds=holds)} if {negation}({part.expression(code)}) else ())"
            for part in self.parts
        )

    def __repr__(self) -> str:
        return f"<at_least {self.count} of {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class Named(Condition):
    """
    A named condition defined once in a rule file, used by reference.
    """

    word = "use"
    summary = "The named condition of this rule file holds."
    arguments = Arguments({"name": Argument(TextKind("the name of a named condition"))}, shorthand="name")
    name: str
    part: Condition

    @classmethod
    def build(cls, parser: ConditionParser, fields: dict[str, Any], path: Path) -> Condition:
        condition = cls(fields["name"], parser.resolve(fields["name"], path))
        for _, message in _quiet_problems(condition):
            raise parser.issues.reject(path, message)
        return condition

    def expression(self, code: Code) -> str:
        if not self.part.costly:
            return self.part.expression(code)
        # Rules often share a named condition: one that costs more than a lookup is computed once.
        return code.shared(self.part, lambda: self.part.expression(code))

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def describe(self) -> str:
        return f"{self.name}"

    def evidence_expression(self, code: Code, holds: bool) -> str:
        return self.part.evidence_expression(code, holds=holds)

    def explain(self, facts: Facts) -> Explanation:
        return attrs.evolve(super().explain(facts), condition=f"{self.name}:")

    def __repr__(self) -> str:
        return f"<use {self.name}>"
