"""
The condition language: what a rule's ``when`` can say about a profile.

Each predicate is a small class with a readable ``repr``, a sentence that
describes it (`Condition.describe`), a plain interpretation (`Condition.test`,
used by `explain`) and its source as a Python expression
(`Condition.source`, which the engine compiles). `PREDICATES` is the one
table from the words written in rule files to these classes;
`parse_condition` reads a ``when`` through it.

Conditions read the profile and nothing else: there are no loops, no
recursion and no Python in rules.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from mlcareer._compiler import compile_condition, compile_evidence
from mlcareer._facts import KIND_NOUNS, position_words, skill_phrase
from mlcareer._model import (
    Level,
    PortfolioItem,
    PortfolioKind,
    PrepStep,
    Sector,
    Stage,
)
from mlcareer._taxonomy import SkillId, TraitId, skill_key, skill_table

if TYPE_CHECKING:
    from mlcareer._compiler import Code
    from mlcareer._facts import Facts
    from mlcareer._model import Company, Education, Position
    from mlcareer._shapes import JSONSchema

__all__ = [
    "Condition",
    "Explanation",
    "Range",
]


Reading = Any
"""
What a condition reads of a profile (`Condition.read`): a plain value whose type is the condition's own.
"""


def _join(words: Sequence[str], conjunction: str = "and") -> str:
    """
    Join words as a sentence does: ``a, b and c``.
    """
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _using(names: Sequence[str]) -> str:
    """
    "using A, B or C" for a filter of skills; past three, the first two "or a related skill".
    """
    shown = names if len(names) <= 3 else (*names[:2], "a related skill")
    return f"using {_join(shown, 'or')}"


#: The most skills a sentence of evidence names one by one.
_NAMED = 5

#: Kinds of activity whose plural is not the word with an s.
_ACTIVITY_NOUNS = {"degree": "degrees or other study"}


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
        yield text
        for child in self.children:
            yield from child.lines(indent + "  ")

    def __str__(self) -> str:
        return "\n".join(self.lines())


# --- comparisons: the one table of operators on numbers

_COMPARISONS: dict[str, tuple[Callable[[float, float], bool], str, str]] = {
    "at_least": (operator.ge, "at least", ">="),
    "at_most": (operator.le, "at most", "<="),
    "more_than": (operator.gt, "more than", ">"),
    "less_than": (operator.lt, "less than", "<"),
    "equals": (operator.eq, "exactly", "=="),
}


@attrs.frozen
class Range:
    """
    Comparisons on a number, all of which must hold.

    Example:
        >>> Range((("at_least", 1), ("at_most", 3))).describe()
        'at least 1 and at most 3'
        >>> Range((("at_least", 1),)).contains(0)
        False
    """

    bounds: tuple[tuple[str, float], ...]

    def contains(self, value: float) -> bool:
        """
        Tell whether *value* satisfies every comparison.
        """
        return all(_COMPARISONS[name][0](value, bound) for name, bound in self.bounds)

    def source(self, value: str, code: Code) -> str:
        """
        A Python expression comparing the expression *value* with the bounds.
        """
        bounds = [(_COMPARISONS[name][2], _number(bound, code)) for name, bound in self.bounds]
        if len(bounds) == 1:
            (symbol, bound), *_ = bounds
            return f"{value} {symbol} {bound}"
        lower = [(_FLIPPED[symbol], bound) for symbol, bound in bounds if symbol in _FLIPPED]
        upper = [(symbol, bound) for symbol, bound in bounds if symbol in ("<=", "<")]
        if len(lower) == len(upper) == 1:
            return f"{lower[0][1]} {lower[0][0]} {value} {upper[0][0]} {upper[0][1]}"
        return f"{code.constant(self.contains)}({value})"

    def describe(self) -> str:
        """
        The comparisons in words.
        """
        return " and ".join(f"{_COMPARISONS[name][1]} {bound:g}" for name, bound in self.bounds)

    def to_data(self) -> dict[str, float]:
        """
        The comparisons as written in a rule file.
        """
        return dict(self.bounds)

    @property
    def is_none(self) -> bool:
        """
        Whether the range says "none" (at most zero).
        """
        return self.bounds in ((("at_most", 0),), (("equals", 0),), (("less_than", 1),))


_FLIPPED = {">=": "<=", ">": "<"}


def _number(value: float, code: Code) -> str:
    """
    A number in generated source: integers as written, anything else as a constant.
    """
    return str(value) if type(value) is int else code.constant(value)


def _range_schema() -> dict[str, JSONSchema]:
    return {name: {"type": "number", "minimum": 0} for name in _COMPARISONS}


# --- the condition classes


class Condition:
    """
    A condition on a candidate's profile.
    """

    #: The word that names the predicate in rule files.
    key: ClassVar[str] = ""

    def source(self, code: Code) -> str:
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
        Tell whether the condition holds for *facts* (its `source`, compiled once).
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

    def evidence_source(self, code: Code, holds: bool) -> str:  # noqa: ARG002 - leaves state what they read
        """
        The facts that decide the condition when its truth is *holds*, as a Python expression of a tuple.

        The one definition of the evidence: a leaf states what it reads, a
        combination chooses the parts that decide it. The expression reads a
        `Facts` named ``facts``.
        """
        return f"({code.state(self)},)"

    def evidence(self, facts: Facts, holds: bool | None = None) -> list[str]:
        """
        The facts of the profile that decide this condition, in words (its `evidence_source`, compiled once).

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
        return {self.key: self._args()}

    def _args(self) -> object:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{self.key} {self.describe()}>"


@attrs.frozen(repr=False)
class HasSkill(Condition):
    """
    The candidate lists a skill, optionally within a range of levels.
    """

    key = "skill"
    skill: SkillId
    name: str
    at_least: Level | None = None
    at_most: Level | None = None

    def source(self, code: Code) -> str:
        levels, skill = code.need("levels"), code.constant(self.skill)
        low, high = int(self.at_least or 1), int(self.at_most or 5)
        if high == Level.EXPERT:
            return f"{skill} in {levels}" if low == 1 else f"{levels}.get({skill}, 0) >= {low}"
        return f"{low} <= {levels}.get({skill}, 0) <= {high}"

    def describe(self) -> str:
        text = f"{self.name} is listed"
        if self.at_least and self.at_most:
            return f"{text} between {self.at_least.word} and {self.at_most.word}"
        if self.at_least:
            return f"{text} at {self.at_least.word} or above"
        if self.at_most:
            return f"{text} at {self.at_most.word} or below"
        return text

    def read(self, facts: Facts) -> tuple[int | None, str | None]:
        return facts.levels.get(self.skill), facts.shown_by.get(self.skill)

    def state_of(self, reading: Reading) -> str:
        return skill_phrase(self.name, *reading)

    def _args(self) -> object:
        if not self.at_least and not self.at_most:
            return self.skill
        args: dict[str, object] = {"name": self.skill}
        if self.at_least:
            args["at_least"] = self.at_least.word
        if self.at_most:
            args["at_most"] = self.at_most.word
        return args


def _count_source(code: Code, skills: Sequence[SkillId], threshold: int, count: int, *, missing: bool) -> str:
    """
    The source of "at least *count* of *skills* are below (or at) *threshold*".
    """
    levels = code.need("levels")
    names = [code.constant(skill) for skill in skills]
    if threshold == 1:
        tests = [f"{name} {'not in' if missing else 'in'} {levels}" for name in names]
    else:
        tests = [f"{levels}.get({name}, 0) {'<' if missing else '>='} {threshold}" for name in names]
    if count == 1:
        return f"({' or '.join(tests)})"
    return f"({' + '.join(f'({test})' for test in tests)}) >= {count}"


@attrs.frozen(repr=False)
class SkillGaps(Condition):
    """
    At least *count* of some skills are missing (or below a level).

    The skills that are missing or weak are bound to a name, so a message
    can list them.
    """

    key = "gaps"
    skills: tuple[SkillId, ...]
    names: tuple[str, ...]
    below: Level | None = None
    count: int = 1
    binding: str = "gaps"

    def _threshold(self) -> int:
        return int(self.below or 1)

    def gaps(self, facts: Facts) -> list[str]:
        """
        The display names of the skills that are missing or weak.
        """
        threshold = self._threshold()
        return [
            name
            for skill, name in zip(self.skills, self.names, strict=True)
            if facts.levels.get(skill, 0) < threshold
        ]

    def source(self, code: Code) -> str:
        return _count_source(code, self.skills, self._threshold(), self.count, missing=True)

    def describe(self) -> str:
        weak = "missing" if self.below is None else f"missing or below {self.below.word}"
        which = "any" if self.count == 1 else f"at least {self.count}"
        return f"{which} of {_join(self.names)} {'is' if self.count == 1 else 'are'} {weak}"

    def read(self, facts: Facts) -> tuple[tuple[int | None, str | None], ...]:
        levels, shown_by = facts.levels, facts.shown_by
        return tuple([(levels.get(skill), shown_by.get(skill)) for skill in self.skills])

    def state_of(self, reading: Reading) -> str:
        threshold = self._threshold()
        pairs = list(zip(self.names, reading, strict=True))
        missing = [name for name, (level, _) in pairs if level is None]
        if len(missing) > _NAMED:
            missing = [*missing[: _NAMED - 1], f"{len(missing) - _NAMED + 1} related skills"]
        parts = [skill_phrase(_join(missing, "or"), None, None)] if missing else []
        parts += [
            skill_phrase(name, level, via)
            for name, (level, via) in pairs
            if level is not None and level < threshold
        ]
        if not parts:
            strong = "" if self.below is None else f" at {self.below.word} level or above"
            return f"your profile shows {_join(self.names)}{strong}"
        return "; ".join(parts)

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.gaps}

    def _args(self) -> object:
        args: dict[str, object] = {"skills": list(self.skills)}
        if self.below is not None:
            args["below"] = self.below.word
        if self.count != 1:
            args["count"] = self.count
        if self.binding != "gaps":
            args["as"] = self.binding
        return args


@attrs.frozen(repr=False)
class KnowsSkills(Condition):
    """
    At least *count* of some skills are listed (at or above a level).

    The skills listed are bound to a name, so a message can name them.
    """

    key = "skills"
    skills: tuple[SkillId, ...]
    names: tuple[str, ...]
    at_least: Level | None = None
    count: int = 1
    binding: str = "skills"

    def known(self, facts: Facts) -> list[str]:
        """
        The display names of the skills listed at the level.
        """
        threshold = int(self.at_least or 1)
        return [
            name
            for skill, name in zip(self.skills, self.names, strict=True)
            if facts.levels.get(skill, 0) >= threshold
        ]

    def source(self, code: Code) -> str:
        return _count_source(code, self.skills, int(self.at_least or 1), self.count, missing=False)

    def describe(self) -> str:
        which = "any" if self.count == 1 else f"at least {self.count}"
        level = "" if self.at_least is None else f" at {self.at_least.word} or above"
        return f"{which} of {_join(self.names, 'or')} {'is' if self.count == 1 else 'are'} listed{level}"

    def read(self, facts: Facts) -> tuple[tuple[int | None, str | None], ...]:
        levels, shown_by = facts.levels, facts.shown_by
        return tuple([(levels.get(skill), shown_by.get(skill)) for skill in self.skills])

    def state_of(self, reading: Reading) -> str:
        pairs = zip(self.names, reading, strict=True)
        shown = [skill_phrase(name, level, via) for name, (level, via) in pairs if level is not None]
        return "; ".join(shown) if shown else skill_phrase(_join(self.names, "or"), None, None)

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.known}

    def _args(self) -> object:
        args: dict[str, object] = {"of": list(self.skills)}
        if self.at_least is not None:
            args["at_least"] = self.at_least.word
        if self.count != 1:
            args["count"] = self.count
        if self.binding != "skills":
            args["as"] = self.binding
        return args


@attrs.frozen(repr=False)
class HasTrait(Condition):
    """
    The candidate lists a trait, optionally with (or without) an example.
    """

    key = "trait"
    trait: TraitId
    name: str
    with_example: bool | None = None

    def source(self, code: Code) -> str:
        traits, trait = code.need("traits"), code.constant(self.trait)
        if self.with_example is None:
            return f"{trait} in {traits}"
        return f"{traits}.get({trait}) is {self.with_example}"

    def describe(self) -> str:
        if self.with_example is None:
            return f"{self.name} is listed"
        return f"{self.name} is listed {'with' if self.with_example else 'without'} an example"

    def read(self, facts: Facts) -> bool | None:
        return facts.traits.get(self.trait)

    def state_of(self, reading: Reading) -> str:
        if reading is None:
            return f"you do not list {self.name} among your qualities"
        return f"you list {self.name} {'with' if reading else 'without'} an example"

    def _args(self) -> object:
        if self.with_example is None:
            return self.trait
        return {"name": self.trait, "evidence": self.with_example}


@attrs.frozen(repr=False)
class CountTraits(Condition):
    """
    The number of listed traits (with or without examples) is within a range.

    The traits counted are bound to a name for messages.
    """

    key = "traits"
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

    def source(self, code: Code) -> str:
        traits = code.need("traits")
        if self.with_example is None:
            return self.range.source(f"len({traits})", code)
        return self.range.source(f"list({traits}.values()).count({self.with_example})", code)

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

    def _args(self) -> object:
        args: dict[str, object] = dict(self.range.to_data())
        if self.with_example is not None:
            args["evidence"] = self.with_example
        if self.binding != "traits":
            args["as"] = self.binding
        return args


@attrs.frozen(repr=False)
class TraitGaps(Condition):
    """
    At least *count* of some traits are not listed.

    The traits that are missing are bound to a name, so one message can name
    them all.
    """

    key = "trait_gaps"
    traits: tuple[TraitId, ...]
    names: tuple[str, ...]
    count: int = 1
    binding: str = "missing"

    def missing(self, facts: Facts) -> list[str]:
        """
        The display names of the traits that are not listed, in the order given.
        """
        listed = facts.traits
        return [name for trait, name in zip(self.traits, self.names, strict=True) if trait not in listed]

    def source(self, code: Code) -> str:
        traits = code.need("traits")
        tests = [f"({code.constant(trait)} not in {traits})" for trait in self.traits]
        return f"({' + '.join(tests)}) >= {self.count}"

    def describe(self) -> str:
        which = "any" if self.count == 1 else f"at least {self.count}"
        return f"{which} of the traits {_join(self.names)} {'is' if self.count == 1 else 'are'} not listed"

    def read(self, facts: Facts) -> tuple[str, ...]:
        return tuple(self.missing(facts))

    def state_of(self, reading: Reading) -> str:
        if not reading:
            return f"you list {_join(self.names)} among your qualities"
        return f"your profile does not show {_join(list(reading))} among your qualities"

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {self.binding: self.missing}

    def _args(self) -> object:
        args: dict[str, object] = {"traits": list(self.traits)}
        if self.count != 1:
            args["count"] = self.count
        if self.binding != "missing":
            args["as"] = self.binding
        return args


@attrs.frozen(repr=False)
class CountPortfolio(Condition):
    """
    The number of portfolio items that match some filters is within a range.

    Filters: kinds, sectors (``company`` means the target company's sector),
    skills the item names (any of them, in its skills or its texts), whether
    it is ML work (it names a skill the table marks as ML), and a topic tag.
    """

    key = "portfolio"
    range: Range
    kinds: frozenset[PortfolioKind] | None = None
    sectors: frozenset[Sector] | None = None
    company_sector: bool = False
    skills: tuple[SkillId, ...] | None = None
    skill_names: tuple[str, ...] = ()
    topic: str | None = None
    binding: str | None = None
    ml: bool | None = None

    def _matches(self, item: PortfolioItem, named: frozenset[str], facts: Facts) -> bool:
        if self.kinds is not None and item.kind not in self.kinds:
            return False
        if self.sectors is not None and item.sector not in self.sectors:
            return False
        if self.company_sector and (item.sector is None or item.sector is not facts.company_sector):
            return False
        if self.skills is not None and named.isdisjoint(self.skills):
            return False
        if self.ml is not None and named.isdisjoint(facts.table.ml_skills) is self.ml:
            return False
        return self.topic is None or any(skill_key(tag) == self.topic for tag in item.topics)

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
        titles = sorted({item.title for item in self.matching(facts) if item.title})
        untitled = sorted(
            {f"your {KIND_NOUNS[item.kind][0]}" for item in self.matching(facts) if not item.title}
        )
        return [f"“{title}”" for title in titles] + untitled

    def bindings(self) -> dict[str, Callable[[Facts], list[str]]]:
        return {} if self.binding is None else {self.binding: self.titles}

    def source(self, code: Code) -> str:
        only_kinds = (
            self.sectors is None
            and not self.company_sector
            and self.skills is None
            and self.topic is None
            and self.ml is None
        )
        if only_kinds and self.kinds is None:
            return self.range.source(f"len({code.need('items')})", code)
        if only_kinds:
            kinds = code.need("kinds")
            counts = [f"{kinds}.get({code.constant(kind)}, 0)" for kind in sorted(self.kinds or ())]
            total = counts[0] if len(counts) == 1 else f"({' + '.join(counts)})"
            return self.range.source(total, code)
        return self.range.source(f"{code.constant(self.count)}(facts)", code)

    def _noun(self, plural: bool, company_sector: Sector | None = None) -> str:
        kinds = sorted(self.kinds or (), key=list(PortfolioKind).index)
        nouns = [KIND_NOUNS[kind][plural] for kind in kinds] or ["items" if plural else "item"]
        words = [_join(nouns, "or")]
        if self.ml is not None:
            words.append("that shows ML work" if self.ml else "without ML")
        if self.sectors is not None:
            words.append("in " + _join(sorted(sector.value for sector in self.sectors), "or"))
        if self.company_sector:
            known = f"{company_sector.value}, " if company_sector is not None else ""
            words.append(f"in {known}the company's sector")
        if self.skills is not None:
            words.append(_using(self.skill_names))
        if self.topic is not None:
            words.append(f"on {self.topic}")
        return " ".join(words)

    def describe(self) -> str:
        if self.range.is_none:
            return f"no {self._noun(plural=False)} in the portfolio"
        return f"{self.range.describe()} {self._noun(plural=True)} in the portfolio"

    def read(self, facts: Facts) -> tuple[tuple[str, ...], Sector | None]:
        return tuple(self.titles(facts)), facts.company_sector if self.company_sector else None

    def state_of(self, reading: Reading) -> str:
        titles, company_sector = reading
        if not titles:
            return f"your portfolio has no {self._noun(plural=False, company_sector=company_sector)}"
        shown = list(titles[:3])
        if len(titles) > 3:
            shown.append(f"{len(titles) - 3} more")
        noun = self._noun(plural=len(titles) > 1, company_sector=company_sector)
        return f"your portfolio has {_plural_words(len(titles), noun)}: {_join(shown)}"

    def _args(self) -> object:
        args: dict[str, object] = {}
        if self.kinds is not None:
            args["kind"] = sorted(kind.value for kind in self.kinds)
        if self.sectors is not None:
            args["sector"] = sorted(sector.value for sector in self.sectors)
        if self.company_sector:
            args["sector"] = "company"
        if self.skills is not None:
            args["skill"] = list(self.skills)
        if self.ml is not None:
            args["ml"] = self.ml
        if self.topic is not None:
            args["topic"] = self.topic
        if self.binding is not None:
            args["as"] = self.binding
        args.update(self.range.to_data())
        return args


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

    key = "stage"
    stages: frozenset[Stage]

    def source(self, code: Code) -> str:
        return f"{code.need('stage')} in {code.constant(self.stages)}"

    def describe(self) -> str:
        return "stage is " + _join(sorted(stage.value for stage in self.stages), "or")

    def read(self, facts: Facts) -> tuple[Stage, bool]:
        return facts.stage, facts.candidate.stage is None

    def state_of(self, reading: Reading) -> str:
        stage, derived = reading
        return (_DERIVED_STAGES if derived else _STAGES)[stage]

    def _args(self) -> object:
        values = sorted(stage.value for stage in self.stages)
        return values[0] if len(values) == 1 else values


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
    Stage.JOB_SEEKING: "your profile shows no current position or studies",
    Stage.INTERVIEWING: "you are interviewing",
    Stage.EMPLOYED: "you hold a position now",
}


@attrs.frozen(repr=False)
class TargetsSector(Condition):
    """
    The candidate aims at one of some sectors (or, with ``any``, at any sector).
    """

    key = "target_sector"
    sectors: frozenset[Sector] | None

    def source(self, code: Code) -> str:
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
            return "you have not chosen a sector to aim at"
        return "you aim at " + _join(sorted(sector.value for sector in reading))

    def _args(self) -> object:
        if self.sectors is None:
            return "any"
        values = sorted(sector.value for sector in self.sectors)
        return values[0] if len(values) == 1 else values


@attrs.frozen(repr=False)
class TargetCompany(Condition):
    """
    A target company is given (or not), optionally with some of its fields.
    """

    key = "company"
    known: bool = True
    sectors: frozenset[Sector] | None = None
    sector_known: bool | None = None
    name: str | None = None
    ml_projects: bool | None = None
    values: bool | None = None

    def source(self, code: Code) -> str:
        company = code.need("company")
        if not self.known:
            return f"{company} is None"
        if (self.sectors, self.sector_known, self.name, self.ml_projects, self.values) == (None,) * 5:
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
        checks = (
            self.sectors is None or company.sector in self.sectors,
            self.sector_known is None or (company.sector is not None) is self.sector_known,
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
        if self.sectors is not None:
            parts.append("in " + _join(sorted(s.value for s in self.sectors), "or"))
        if self.sector_known is not None:
            parts.append("with a known sector" if self.sector_known else "with no known sector")
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
        text = f"you are aiming at {name}" + (f", a {sector.value} company" if sector else "")
        unknown = [noun for known, noun in ((projects, "ML work"), (values, "values")) if not known]
        return text + (f", and have not noted its {_join(unknown)}" if unknown else "")

    def _args(self) -> object:
        args: dict[str, object] = {}
        if self.name is not None:
            args["name"] = self.name
        if self.sectors is not None:
            args["sector"] = sorted(sector.value for sector in self.sectors)
        if self.sector_known is not None:
            args["sector"] = "any" if self.sector_known else "none"
        if self.ml_projects is not None:
            args["ml_projects"] = self.ml_projects
        if self.values is not None:
            args["values"] = self.values
        if not args:
            return self.known
        return args


@attrs.frozen(repr=False)
class HasSpecialization(Condition):
    """
    The candidate has a specialization (or one of some): stated, or shown by a current position.

    Values are canonical niche ids (`SkillTable.niche_id`), so ``nlp`` and
    ``natural language processing`` are the same niche.
    """

    key = "specialization"
    chosen: bool = True
    values: frozenset[str] | None = None

    def source(self, code: Code) -> str:
        value = code.need("specialization")
        if not self.chosen:
            return f"{value} is None"
        if self.values is None:
            return f"{value} is not None"
        return f"{value} in {code.constant(self.values)}"

    def describe(self) -> str:
        if not self.chosen:
            return "no specialization is chosen"
        if self.values is None:
            return "a specialization is chosen"
        return "the specialization is " + _join(sorted(self.values), "or")

    def read(self, facts: Facts) -> tuple[str | None, str | None]:
        return facts.specialization, facts.specialized_by

    def state_of(self, reading: Reading) -> str:
        niche, shown_by = reading
        if niche is None:
            return "you have not chosen a niche"
        if shown_by is not None:
            return f"{shown_by} shows a specialization in {niche_words(niche)}"
        return f"you specialise in {niche_words(niche)}"

    def _args(self) -> object:
        if self.values is None:
            return self.chosen
        values = sorted(self.values)
        return values[0] if len(values) == 1 else values


@attrs.frozen(repr=False)
class Prepared(Condition):
    """
    The candidate has done every one of some interview preparation steps.
    """

    key = "prepared"
    steps: frozenset[PrepStep]

    def source(self, code: Code) -> str:
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

    def _args(self) -> object:
        values = sorted(step.value for step in self.steps)
        return values[0] if len(values) == 1 else values


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


def niche_words(niche: str) -> str:
    """
    A specialization in words: its skill's name when the skill table knows it.

    Example:
        >>> niche_words("computer-vision"), niche_words("nlp"), niche_words("quantum_ml")
        ('computer vision', 'natural language processing', 'quantum ml')
    """
    info = skill_table().known_skill(niche)
    return niche.replace("_", " ") if info is None else info.name


@attrs.frozen(repr=False)
class HasMentor(Condition):
    """
    The candidate has a mentor (or, with ``false``, has none).
    """

    key = "mentor"
    value: bool

    def source(self, code: Code) -> str:
        return f"{code.need('growth')}.mentor is {self.value}"

    def describe(self) -> str:
        return "a mentor is listed" if self.value else "no mentor is listed"

    def read(self, facts: Facts) -> bool:
        return facts.growth.mentor

    def state_of(self, reading: Reading) -> str:
        return "you have a mentor" if reading else "you list no mentor"

    def _args(self) -> object:
        return self.value


@attrs.frozen(repr=False)
class CountActivities(Condition):
    """
    The number of learning (or networking) activities is within a range.
    """

    key = "learning"
    range: Range
    kinds: frozenset[str] | None = None
    since: int | None = None

    def count_in(self, activities: Sequence[Any]) -> int:
        """
        How many of *activities* match.
        """
        return sum(
            1
            for activity in activities
            if (self.kinds is None or activity.kind.value in self.kinds)
            and (self.since is None or (getattr(activity, "year", None) or 0) >= self.since)
        )

    def count(self, facts: Facts) -> int:
        """
        How many activities match.
        """
        return self.count_in(getattr(facts.growth, self.key))

    def source(self, code: Code) -> str:
        activities = f"{code.need('growth')}.{self.key}"
        if self.kinds is None and self.since is None:
            return self.range.source(f"len({activities})", code)
        return self.range.source(f"{code.constant(self.count_in)}({activities})", code)

    def _noun(self) -> str:
        plural = {"other": "other activities", "community": "communities", **_ACTIVITY_NOUNS}
        if self.kinds is None:
            noun = "learning activities" if self.key == "learning" else "networking activities"
        else:
            noun = _join([plural.get(kind, f"{kind}s") for kind in sorted(self.kinds)], "or")
        if self.since is not None:
            noun += f" since {self.since}"
        return noun

    def describe(self) -> str:
        if self.range.is_none:
            return f"no {self._noun()}"
        return f"{self.range.describe()} {self._noun()}"

    def read(self, facts: Facts) -> int:
        return self.count(facts)

    def state_of(self, reading: Reading) -> str:
        return f"you list {reading or 'no'} {self._noun()}"

    def _args(self) -> object:
        args: dict[str, object] = {}
        if self.kinds is not None:
            args["kind"] = sorted(self.kinds)
        if self.since is not None:
            args["since"] = self.since
        args.update(self.range.to_data())
        return args


@attrs.frozen(repr=False)
class CountNetworking(CountActivities):
    """
    The number of networking activities is within a range.
    """

    key = "networking"


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

    key = "count"
    of: str
    range: Range

    def source(self, code: Code) -> str:
        local, template = _COUNTABLE[self.of][1]
        return self.range.source(template.format(code.need(local)), code)

    def describe(self) -> str:
        return f"{self.range.describe()} {_COUNTABLE[self.of][2]} are listed"

    def read(self, facts: Facts) -> int:
        return _COUNTABLE[self.of][0](facts)

    def state_of(self, reading: Reading) -> str:
        return f"you list {reading or 'no'} {_COUNTABLE[self.of][2]}"

    def _args(self) -> object:
        return {"of": self.of, **self.range.to_data()}


@attrs.frozen(repr=False)
class SkillYears(Condition):
    """
    The years of use given for a skill are within a range (0 when not given).
    """

    key = "years"
    skill: SkillId
    name: str
    range: Range

    def source(self, code: Code) -> str:
        return self.range.source(f"{code.need('years')}.get({code.constant(self.skill)}, 0)", code)

    def describe(self) -> str:
        return f"{self.range.describe()} years of {self.name}"

    def read(self, facts: Facts) -> float | None:
        return facts.years.get(self.skill)

    def state_of(self, reading: Reading) -> str:
        return f"years of {self.name} not given" if reading is None else f"{reading:g} years of {self.name}"

    def _args(self) -> object:
        return {"skill": self.skill, **self.range.to_data()}


@attrs.frozen(repr=False)
class WorkHistory(Condition):
    """
    The work history has positions (current, ML, naming some skills), or years in them within a range.

    Without a range, it holds when some position matches; with one, it
    compares the years spent in the matching positions.
    """

    key = "experience"
    ml: bool = False
    current: bool = False
    range: Range | None = None
    skills: tuple[SkillId, ...] | None = None
    skill_names: tuple[str, ...] = ()

    def matching(self, facts: Facts) -> list[tuple[Position, float]]:
        """
        The positions that match, with the years spent in each.
        """
        ml = facts.table.ml_skills
        return [
            (position, position.years(facts.as_of))
            for position, named in zip(facts.positions, facts.position_skills, strict=True)
            if (not self.ml or not named.isdisjoint(ml))
            and (not self.current or position in facts.current)
            and (self.skills is None or not named.isdisjoint(self.skills))
        ]

    def holds_in(self, facts: Facts) -> bool:
        """
        Tell whether some position matches or, with a range, whether their years are within it.
        """
        found = self.matching(facts)
        if self.range is None:
            return bool(found)
        return self.range.contains(sum(years for _, years in found))

    def source(self, code: Code) -> str:
        return f"{code.constant(self.holds_in)}(facts)"

    def _noun(self) -> str:
        return " ".join(word for word in ("current" if self.current else "", "ML" if self.ml else "") if word)

    def _using(self) -> str:
        return "" if self.skills is None else f" {_using(self.skill_names)}"

    def describe(self) -> str:
        noun = f"{self._noun()} position".strip()
        if self.range is None:
            return f"the work history has a {noun}{self._using()}"
        return f"{self.range.describe()} years in {noun}s{self._using()}"

    def read(self, facts: Facts) -> tuple[tuple[str, ...], float]:
        found = self.matching(facts)
        return tuple(position_words(position) for position, _ in found), sum(years for _, years in found)

    def state_of(self, reading: Reading) -> str:
        roles, years = reading
        noun = self._noun()
        if not roles:
            return f"your work history shows no {noun + ' ' if noun else ''}role{self._using()}"
        shown = _join([*roles[:2], *([f"{len(roles) - 2} more"] if len(roles) > 2 else [])])
        if self.range is None:
            return f"your work history shows {shown}"
        return f"{_years_words(years)} in {shown}"

    def _args(self) -> object:
        args: dict[str, object] = {}
        if self.ml:
            args["ml"] = True
        if self.current:
            args["current"] = True
        if self.skills is not None:
            args["skill"] = list(self.skills)
        if self.range is not None:
            args.update(self.range.to_data())
        return args or True


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
    The education lists a degree (in progress, or of some levels).
    """

    key = "education"
    in_progress: bool | None = None
    degrees: frozenset[str] | None = None

    def matching(self, facts: Facts) -> list[Education]:
        """
        The studies that match, in profile order.
        """
        return [
            study
            for study in facts.candidate.education
            if (self.degrees is None or study.level in self.degrees)
            and (self.in_progress is None or (study in facts.studying) is self.in_progress)
        ]

    def source(self, code: Code) -> str:
        return f"bool({code.constant(self.matching)}(facts))"

    def _noun(self) -> str:
        degrees = "degree" if self.degrees is None else _join(sorted(self.degrees), "or") + " degree"
        if self.in_progress is None:
            return degrees
        return f"{degrees} {'in progress' if self.in_progress else 'finished'}"

    def describe(self) -> str:
        return f"the education lists a {self._noun()}"

    def read(self, facts: Facts) -> tuple[str, ...]:
        return tuple(_study_words(study, study in facts.studying) for study in self.matching(facts))

    def state_of(self, reading: Reading) -> str:
        return _join(list(reading)) if reading else f"your education lists no {self._noun()}"

    def _args(self) -> object:
        args: dict[str, object] = {}
        if self.in_progress is not None:
            args["in_progress"] = self.in_progress
        if self.degrees is not None:
            args["degree"] = sorted(self.degrees)
        return args or True


def _study_words(study: Education, in_progress: bool) -> str:
    what = " ".join(part for part in (study.degree, f"in {study.field}" if study.field else None) if part)
    what = what or "a course of study"
    return f"you are studying for {what}" if in_progress else f"you hold {what}"


@attrs.frozen(repr=False)
class InterviewSoon(Condition):
    """
    The interview with the target company is on a known date, today or within some days.
    """

    key = "interview"
    within_days: int | None = None

    def source(self, code: Code) -> str:
        days = code.need("interview_days")
        if self.within_days is None:
            return f"({days} is not None and {days} >= 0)"
        return f"({days} is not None and 0 <= {days} <= {self.within_days})"

    def describe(self) -> str:
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

    def _args(self) -> object:
        return True if self.within_days is None else {"within_days": self.within_days}


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

    key = "extension"
    path: tuple[str, ...]
    #: Compared with its type: ``equals: 1`` and ``equals: true`` are different conditions.
    equals: object = attrs.field(default=_MISSING, eq=_typed)
    present: bool = True

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
        return (value is not _MISSING) is self.present

    def source(self, code: Code) -> str:
        return f"{code.constant(self.holds_in)}({code.need('candidate')}.extensions)"

    def describe(self) -> str:
        where = "extensions." + ".".join(self.path)
        if self.equals is not _MISSING:
            return f"{where} is {self.equals!r}"
        return f"{where} is {'present' if self.present else 'absent'}"

    def read(self, facts: Facts) -> Reading:
        value = self._value(facts)
        # With its type, since 1, 1.0 and true are equal but read differently; a list is unhashable,
        # which the engine allows for.
        return type(value), value

    def state_of(self, reading: Reading) -> str:
        _, value = reading
        where = "extensions." + ".".join(self.path)
        return f"{where} is absent" if value is _MISSING else f"{where} is {value!r}"

    def _args(self) -> object:
        args: dict[str, object] = {"key": ".".join(self.path)}
        if self.equals is not _MISSING:
            args["equals"] = self.equals
        elif not self.present:
            args["present"] = False
        return args


# --- combinators


def _concatenation(tuples: Iterable[str]) -> str:
    """
    The source of the concatenation of tuple expressions.
    """
    return f"({' + '.join(tuples)})"


def _first(code: Code, parts: Sequence[Condition], *, holds: bool) -> str:
    """
    The source of the evidence of the first part whose truth is *holds* (the last part, if none before it).
    """
    negation = "" if holds else "not "
    expression = parts[-1].evidence_source(code, holds=holds)
    for part in reversed(parts[:-1]):
        evidence = part.evidence_source(code, holds=holds)
        expression = f"({evidence} if {negation}({part.source(code)}) else {expression})"
    return expression


@attrs.frozen(repr=False)
class AllOf(Condition):
    """
    Every part holds.
    """

    key = "all"
    parts: tuple[Condition, ...]

    def source(self, code: Code) -> str:
        return f"({' and '.join(part.source(code) for part in self.parts)})"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return "all of these hold"

    def evidence_source(self, code: Code, holds: bool) -> str:
        if holds:
            return _concatenation(part.evidence_source(code, holds=True) for part in self.parts)
        return _first(code, self.parts, holds=False)

    def to_data(self) -> object:
        return {self.key: [part.to_data() for part in self.parts]}

    def __repr__(self) -> str:
        return f"<all {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class AnyOf(Condition):
    """
    At least one part holds.
    """

    key = "any"
    parts: tuple[Condition, ...]

    def source(self, code: Code) -> str:
        return f"({' or '.join(part.source(code) for part in self.parts)})"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return "any of these holds"

    def evidence_source(self, code: Code, holds: bool) -> str:
        if holds:
            return _first(code, self.parts, holds=True)
        return _concatenation(part.evidence_source(code, holds=False) for part in self.parts)

    def to_data(self) -> object:
        return {self.key: [part.to_data() for part in self.parts]}

    def __repr__(self) -> str:
        return f"<any {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class Not(Condition):
    """
    The part does not hold.
    """

    key = "not"
    part: Condition

    def source(self, code: Code) -> str:
        return f"not ({self.part.source(code)})"

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def describe(self) -> str:
        return "this does not hold"

    def evidence_source(self, code: Code, holds: bool) -> str:
        return self.part.evidence_source(code, holds=not holds)

    def to_data(self) -> object:
        return {self.key: self.part.to_data()}

    def __repr__(self) -> str:
        return f"<not {self.part!r}>"


@attrs.frozen(repr=False)
class AtLeastOf(Condition):
    """
    At least *count* of the parts hold.
    """

    key = "at_least"
    count: int
    parts: tuple[Condition, ...]

    def source(self, code: Code) -> str:
        return f"({' + '.join(f'({part.source(code)})' for part in self.parts)}) >= {self.count}"

    def children(self) -> tuple[Condition, ...]:
        return self.parts

    def describe(self) -> str:
        return f"at least {self.count} of these hold"

    def evidence_source(self, code: Code, holds: bool) -> str:
        negation = "" if holds else "not "
        return _concatenation(
            f"({part.evidence_source(code, holds=holds)} if {negation}({part.source(code)}) else ())"
            for part in self.parts
        )

    def to_data(self) -> object:
        return {self.key: {"count": self.count, "of": [part.to_data() for part in self.parts]}}

    def __repr__(self) -> str:
        return f"<at_least {self.count} of {list(self.parts)!r}>"


@attrs.frozen(repr=False)
class Named(Condition):
    """
    A named condition defined once in a rule file, used by reference.
    """

    key = "use"
    name: str
    part: Condition

    def source(self, code: Code) -> str:
        if not isinstance(self.part, _SHARED):
            return self.part.source(code)
        # Rules often share a named condition: one that costs more than a lookup is computed once.
        return code.shared(self.part, lambda: self.part.source(code))

    def children(self) -> tuple[Condition, ...]:
        return (self.part,)

    def describe(self) -> str:
        return f"{self.name}"

    def evidence_source(self, code: Code, holds: bool) -> str:
        return self.part.evidence_source(code, holds=holds)

    def explain(self, facts: Facts) -> Explanation:
        return attrs.evolve(super().explain(facts), condition=f"{self.name}:")

    def to_data(self) -> object:
        return {self.key: self.name}

    def __repr__(self) -> str:
        return f"<use {self.name}>"


#: Named conditions of these kinds cost more than a lookup: their truth is shared per candidate.
_SHARED = (
    AllOf,
    AnyOf,
    AtLeastOf,
    CountPortfolio,
    CountTraits,
    SkillGaps,
    KnowsSkills,
    TraitGaps,
    WorkHistory,
    Studies,
)
