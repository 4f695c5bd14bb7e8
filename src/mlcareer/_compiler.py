"""
The compiler: a rulebook turned into Python functions.

Every condition writes its truth as a Python expression (`Condition.expression`)
over a few local names read from the candidate's `Facts` (``levels``,
``traits``, ``kinds``, ...), the one index that the plain interpretation
reads too. The compiler puts those expressions in one function that reads
just the parts of the index the rulebook needs, runs each topic's rules
until the first that holds, and returns the report positions of the rules
that fired. For each rule it also writes the expression of its evidence
(`Condition.evidence_expression`), which the engine calls for the rules that
fired; those are written and compiled a batch at a time, when one of the
batch's rules first gives advice, so a caller that only asks which rules
fire, or a rulebook only checked, never pays for them. A rulebook's
situations become one more function, which gives the place of the first
that holds. A very large rulebook is split into several such functions.

The generated source is plain and readable (`Engine.source` shows it), and
safe: skill ids, enum values, numbers and helper functions reach it only as
constants named ``k0``, ``k1``, ... in the function's namespace, never as
code. The only words of a rulebook in the source are rule ids, in
comments, and those are checked against a strict pattern when the rulebook
is loaded.
"""

from __future__ import annotations

import marshal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from mlcareer._facts import FACT_NAMES, Facts

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterator, Sequence
    from types import CodeType

    from mlcareer._conditions import Condition

    #: Rules grouped by topic: for each topic, its rules in order as (report position, rule id, condition).
    Batch = Sequence[Sequence[tuple[int, str, Condition]]]

__all__ = ["Code", "Compiled", "compile_condition", "compile_evidence", "compile_rules"]

T = TypeVar("T")
R = TypeVar("R")

#: The most rules one ``if``/``elif`` chain holds: Python's compiler nests each ``elif``.
_CHAIN = 32

#: About how many rules one generated function holds: Python compiles long functions in more than linear time.
_FUNCTION = 256


#: How many sentences of evidence each condition keeps, by reading (see `Condition.read`).
_REMEMBERED = 2048


class Code:
    """
    What the conditions of one rulebook need in their generated source.

    Conditions call `constant` for every value they compare with, `need`
    for every part of the index they read, `shared` for a named condition
    that several rules use (so the function computes its truth once), and
    `state` for the sentence of evidence a condition gives.

    Args:
        facts: Whether the code is an expression over a `Facts` (named
            ``facts``, read by attribute) rather than a function that
            first reads the parts of the `Facts` it needs into locals.
    """

    def __init__(self, *, facts: bool = False) -> None:
        self.namespace: dict[str, object] = {}
        self.facts = facts
        self._constants: dict[tuple[type, object], str] = {}
        self._needs: dict[str, None] = {}
        self._shared: dict[object, str] = {}
        self._states: dict[Condition, str] = {}

    def constant(self, value: object) -> str:
        """
        Return the name under which the generated code reads *value*.
        """
        try:
            key: tuple[type, object] = (type(value), value)
            hash(key)
        except TypeError:  # unhashable values are never shared
            key = (type(value), id(value))
        name = self._constants.get(key)
        if name is None:
            name = self._constants[key] = f"k{len(self._constants)}"
            self.namespace[name] = value
        return name

    def need(self, name: str) -> str:
        """
        Ask for *name*, one of the index's names; return the expression that reads it.
        """
        if name not in FACT_NAMES:
            msg = f"{name!r} is not a name of the candidate index (Facts)"
            raise ValueError(msg)
        if self.facts:
            return f"facts.{name}"
        self._needs[name] = None
        return name

    def shared(self, key: object, expression: Callable[[], str]) -> str:
        """
        An expression computing *expression* at most once per candidate.

        *key* identifies the condition; *expression* writes its source.
        An expression over `Facts` computes it where it is used.
        """
        if self.facts:
            return expression()
        name = self._shared.get(key)
        if name is None:
            name = self._shared[key] = f"shared{len(self._shared)}"
        return f"({name} if {name} is not None else ({name} := {expression()}))"

    def state(self, condition: Condition) -> str:
        """
        An expression for the sentence `Condition.state` gives (a function that reads `Facts` only).
        """
        name = self._states.get(condition)
        if name is None:
            name = self._states[condition] = self.constant(_Remembered(condition))
        return f"{name}(facts)"

    def prologue(self) -> list[str]:
        """
        The statements that read the locals asked for.
        """
        lines = [f"{name} = facts.{name}" for name in self._needs]
        lines.extend(f"{name} = None" for name in self._shared.values())
        return lines


class _Remembered:
    """
    `condition.state`, keeping the sentences of the first readings it sees; it pickles as its condition.
    """

    __slots__ = ("_condition", "_read", "_seen", "_state_of")

    def __init__(self, condition: Condition) -> None:
        self._condition = condition
        self._read, self._state_of = condition.read, condition.state_of
        self._seen: dict[Hashable, str] = {}

    def __call__(self, facts: Facts) -> str:
        reading = self._read(facts)
        try:
            return self._seen[reading]
        except KeyError:
            sentence = self._seen[reading] = self._state_of(reading)
            if len(self._seen) > _REMEMBERED:
                self._seen.clear()
            return sentence
        except TypeError:  # an unhashable reading, from extensions
            return self._state_of(reading)

    def __reduce__(self) -> tuple[object, ...]:
        return (_Remembered, (self._condition,))


@attrs.frozen
class _Unit:
    """
    One generated definition: its source, compiled code, the constants it reads and the name it defines.

    It pickles as marshalled code, so it loads back only into the Python that wrote it.
    """

    source: str
    code: CodeType
    namespace: dict[str, object]
    name: str

    def define(self) -> Any:  # noqa: ANN401 - a function or a tuple of functions, as the source says
        namespace = dict(self.namespace)
        exec(self.code, namespace)  # noqa: S102 - our own source; rule data reach it as constants only
        return namespace[self.name]

    def __reduce__(self) -> tuple[object, ...]:
        return (_unit, (self.source, marshal.dumps(self.code), self.namespace, self.name))


def _unit(source: str, code: bytes, namespace: dict[str, object], name: str) -> _Unit:
    return _Unit(source, marshal.loads(code), namespace, name)  # noqa: S302 - written by `_Unit.__reduce__`


class _Later:
    """
    The evidence functions of a batch of rules, written and compiled when first needed.

    It pickles compiled, as a `_Unit`. Writing it twice (from two threads
    at once) writes the same.
    """

    __slots__ = ("_batch", "_unit")

    def __init__(self, batch: Batch) -> None:
        self._batch = batch
        self._unit: _Unit | None = None

    @property
    def unit(self) -> _Unit:
        unit = self._unit
        if unit is None:
            code = Code(facts=True)
            rules = [(rule, _evidence(when, code)) for group in self._batch for _, rule, when in group]
            lines = [f"lambda facts: {sentences},  # {rule}" for rule, sentences in rules]
            unit = self._unit = _define(code, "evidence", "evidence = (", [*lines, ")"])
        return unit

    @property
    def source(self) -> str:
        return self.unit.source

    def __reduce__(self) -> tuple[object, ...]:
        return self.unit.__reduce__()


#: One batch of rules compiled: the function of the rules that fire, the tuple of their evidence
#: functions (compiled when first needed), and the report positions of those.
_Part = tuple[_Unit, _Unit | _Later, tuple[int, ...]]


class _Evidence:
    """
    The evidence function of each report position, each batch's compiled when one of them is first read.

    Reading from several threads at once is safe: a batch compiled twice
    gives the same functions.
    """

    __slots__ = ("_batch", "_functions", "_parts")

    def __init__(self, parts: tuple[_Part, ...]) -> None:
        self._parts = parts
        self._batch = {place: number for number, (_, _, places) in enumerate(parts) for place in places}
        self._functions: list[Callable[[Facts], tuple[str, ...]] | None] = [None] * len(self._batch)

    def __len__(self) -> int:
        return len(self._functions)

    def __getitem__(self, place: int) -> Callable[[Facts], tuple[str, ...]]:
        function = self._functions[place]
        if function is None:
            _, later, places = self._parts[self._batch[place]]
            unit = later.unit if isinstance(later, _Later) else later
            for other, defined in zip(places, unit.define(), strict=True):
                self._functions[other] = defined
            function = self._functions[place]
        return function  # type: ignore[return-value] # set just above


@attrs.frozen
class Compiled:
    """
    A rulebook compiled: the rules that fire, and the evidence of each.

    It pickles as its generated code, for a cache of compiled engines.

    Attributes:
        fired: From a candidate's `Facts` to the report positions of the
            rules that fire, sorted.
        evidence: For each report position, a function from a candidate's
            `Facts` to the evidence of that rule, when it holds (indexed
            by position; each batch compiled when first read).
        situation: From a candidate's `Facts` to the place of the first
            situation whose condition holds, or None.
        source: The source of the functions.
    """

    fired: Callable[[Facts], list[int]]
    evidence: _Evidence
    situation: Callable[[Facts], int | None]
    _parts: tuple[_Part, ...] = attrs.field(repr=False, eq=False, alias="parts")
    _situations: _Unit = attrs.field(repr=False, eq=False, alias="situations")

    @property
    def source(self) -> str:
        """
        The source of the functions (the evidence functions' is written when first asked for).
        """
        parts = [unit.source for fired, evidence, _ in self._parts for unit in (fired, evidence)]
        return "\n".join([*parts, self._situations.source])

    def __reduce__(self) -> tuple[object, ...]:
        return (_defined, (self._parts, self._situations))


def _defined(parts: tuple[_Part, ...], situations: _Unit) -> Compiled:
    """
    The functions that *parts* and *situations* define, as one `Compiled`.
    """
    fired = _joined([unit.define() for unit, _, _ in parts])
    return Compiled(fired, _Evidence(parts), situations.define(), parts=parts, situations=situations)


def compile_rules(topics: Batch, situations: Sequence[Condition | None] = ()) -> Compiled:
    """
    Compile the rules of *topics*, and the conditions of *situations* (None for one that always holds).

    A large rulebook becomes several functions of whole topics, about
    `_FUNCTION` rules each.
    """
    parts = tuple(
        (_fired(batch), _Later(batch), tuple(position for group in batch for position, _, _ in group))
        for batch in _batches(topics)
    )
    return _defined(parts, _situation(situations))


def _situation(conditions: Sequence[Condition | None]) -> _Unit:
    """
    The definition of the function from a candidate to the place of the first of *conditions* that holds.
    """
    code = Code()
    body = []
    for place, when in enumerate(conditions):
        if when is None:  # holds for everyone: the situations after it are never reached
            body.append(f"return {place}")
            break
        body.extend([f"if {when.expression(code)}:", f"    return {place}"])
    else:
        body.append("return None")
    doc = '"""The place of the situation that applies, or None."""'
    return _define(code, "situation", "def situation(facts):", [doc, *code.prologue(), *body])


def _fired(batch: Batch) -> _Unit:
    """
    The definition of the function from a candidate to the positions of the rules of *batch* that fire.
    """
    code = Code()
    body = [
        line
        for group in batch
        for line in _first_match([(position, rule, when.expression(code)) for position, rule, when in group])
    ]
    doc = '"""The report positions of the rules that fire, in order."""'
    lines = [doc, *code.prologue(), "found = []", *body, "found.sort()", "return found"]
    return _define(code, "fired", "def fired(facts):", lines)


def _batches(topics: Batch) -> Iterator[Batch]:
    """
    Whole topics, in batches of about `_FUNCTION` rules (at least one topic each, at least one batch).
    """
    batch: list[Sequence[tuple[int, str, Condition]]] = []
    size = 0
    for group in topics:
        if batch and size + len(group) > _FUNCTION:
            yield batch
            batch, size = [], 0
        batch.append(group)
        size += len(group)
    yield batch


def _joined(parts: list[Callable[[T], list[R]]]) -> Callable[[T], list[R]]:
    """
    One function that runs every part and merges their sorted results.
    """
    if len(parts) == 1:
        return parts[0]

    def joined(argument: T) -> list[R]:
        found: list[R] = []
        for part in parts:
            found += part(argument)
        found.sort()
        return found

    return joined


def _evidence(condition: Condition, code: Code, *, holds: bool = True) -> str:
    """
    The source of the evidence of a condition whose truth is *holds*: its sentences, each once.
    """
    sentences = condition.evidence_expression(code, holds=holds)
    leaves = sum(1 for part in condition.walk() if not part.children())
    return sentences if leaves == 1 else f"tuple(dict.fromkeys({sentences}))"


def compile_condition(condition: Condition) -> Callable[[Facts], bool]:
    """
    Compile the truth of one condition into a function of a candidate's `Facts`.
    """
    code = Code()
    test = condition.expression(code)
    holds: Callable[[Facts], bool] = _define(
        code, "holds", "def holds(facts):", [*code.prologue(), f"return {test}"]
    ).define()
    return holds


def compile_evidence(condition: Condition, *, holds: bool) -> Callable[[Facts], tuple[str, ...]]:
    """
    Compile the evidence of one condition whose truth is *holds* into a function of a candidate's `Facts`.
    """
    code = Code(facts=True)
    lines = [f"lambda facts: {_evidence(condition, code, holds=holds)},", ")"]
    functions: tuple[Callable[[Facts], tuple[str, ...]]] = _define(
        code, "evidence", "evidence = (", lines
    ).define()
    return functions[0]


def _define(code: Code, name: str, head: str, body: list[str]) -> _Unit:
    """
    The definition of *name* by *head* and the indented *body*, over the constants of *code*, compiled.
    """
    source = "\n".join([head, *(f"    {line}" for line in body), ""])
    return _Unit(source, compile(source, "<mlcareer rulebook>", "exec"), code.namespace, name)


def _first_match(tests: list[tuple[int, str, str]]) -> list[str]:
    """
    The statements that record the position of a topic's first rule that holds.
    """
    lines = [f"# topic of {tests[0][1]}"]
    chains = [tests[start : start + _CHAIN] for start in range(0, len(tests), _CHAIN)]
    if len(chains) > 1:
        lines.append("left = False")
    for number, chain in enumerate(chains):
        indent = "" if number == 0 else "    "
        if number:
            lines += ["if left:", "    left = False"]
        for index, (position, rule, test) in enumerate(chain):
            keyword = "if" if index == 0 else "elif"
            lines += [f"{indent}{keyword} {test}:  # {rule}", f"{indent}    found.append({position})"]
        if number < len(chains) - 1:
            lines += [f"{indent}else:", f"{indent}    left = True"]
    return lines
