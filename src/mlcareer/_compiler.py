"""
The compiler: a rulebook turned into one Python function.

Every condition writes itself as a Python expression (`Condition.source`)
over a few local names that index the candidate (``levels``, ``traits``,
``kinds``, ...). The compiler puts those expressions in one function that
builds just the index the rulebook reads, runs each topic's rules until
the first that holds, and returns the positions of the rules that fired,
in report order.

The generated source is plain and readable (`Engine.source` shows it), and
safe: skill ids, enum values, numbers and helper functions reach it only as
constants named ``k0``, ``k1``, ... in the function's namespace, never as
code; the only words of a rulebook in the source are rule ids and topic
ids, in comments, and both are checked against a strict pattern when the
rulebook is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from mlcareer._conditions import Condition
    from mlcareer._model import Candidate

__all__ = ["Code", "compile_condition", "compile_rules"]

#: The most rules one ``if``/``elif`` chain holds: Python's compiler nests each ``elif``.
_CHAIN = 32

#: What each local name of the generated function holds, and what it needs first.
_LOCALS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "levels": ((), ("levels = {skill.name: skill.level for skill in candidate.skills}",)),
    "years": (
        (),
        ("years = {skill.name: skill.years for skill in candidate.skills if skill.years is not None}",),
    ),
    "traits": ((), ("traits = {trait.name: trait.evidence is not None for trait in candidate.traits}",)),
    "items": ((), ("items = candidate.portfolio",)),
    "kinds": (
        ("items",),
        ("kinds = {}", "for item in items:", "    kinds[item.kind] = kinds.get(item.kind, 0) + 1"),
    ),
    "stage": ((), ("stage = candidate.stage",)),
    "goals": ((), ("goals = candidate.goals",)),
    "sectors": (("goals",), ("sectors = goals.sectors",)),
    "company": (("goals",), ("company = goals.company",)),
    "company_sector": (
        ("company",),
        ("company_sector = company.sector if company is not None else None",),
    ),
    "prep": ((), ("prep = candidate.interview_prep",)),
    "growth": ((), ("growth = candidate.growth",)),
}


class Code:
    """
    What the conditions of one rulebook need in their generated source.

    Conditions call `constant` for every value they compare with, `need`
    for every local name they read, and `shared` for a named condition
    that several rules use, so the function computes its truth once.
    """

    def __init__(self) -> None:
        self.namespace: dict[str, object] = {}
        self._constants: dict[tuple[type, object], str] = {}
        self._needs: dict[str, None] = {}
        self._shared: dict[object, str] = {}

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
        Ask for the local *name* (one of the index's names); return it.
        """
        for required in _LOCALS[name][0]:
            self.need(required)
        self._needs[name] = None
        return name

    def shared(self, key: object, expression: Callable[[], str]) -> str:
        """
        An expression computing *expression* at most once per candidate.

        *key* identifies the condition; *expression* writes its source.
        """
        name = self._shared.get(key)
        if name is None:
            name = self._shared[key] = f"shared{len(self._shared)}"
        return f"({name} if {name} is not None else ({name} := {expression()}))"

    def prologue(self) -> list[str]:
        """
        The statements that build the locals asked for.
        """
        lines = [line for name in self._needs for line in _LOCALS[name][1]]
        lines.extend(f"{name} = None" for name in self._shared.values())
        return lines


def compile_rules(
    topics: Sequence[Sequence[tuple[int, str, Condition]]],
) -> tuple[Callable[[Candidate], list[int]], str]:
    """
    Compile rules grouped by topic into one function, and return it with its source.

    *topics* holds, for each topic, its rules in order as (position in the
    report order, rule id, condition). The function returns the positions
    of the rules that fire, sorted.
    """
    code = Code()
    body: list[str] = []
    for group in topics:
        tests = [(position, rule, condition.source(code)) for position, rule, condition in group]
        body.extend(_first_match(tests))
    head = '"""The report positions of the rules that fire, in order."""'
    return _define(
        code, "fired", [head, *code.prologue(), "found = []", *body, "found.sort()", "return found"]
    )


def compile_condition(condition: Condition) -> tuple[Callable[[Candidate], bool], str]:
    """
    Compile one condition into a function of a candidate, and return it with its source.
    """
    code = Code()
    test = condition.source(code)
    return _define(code, "holds", [*code.prologue(), f"return {test}"])


def _define(code: Code, name: str, body: list[str]) -> tuple[Any, str]:
    """
    Define the function *name* of a candidate with *body*, over the constants of *code*.
    """
    source = "\n".join([f"def {name}(candidate):", *(f"    {line}" for line in body), ""])
    namespace = dict(code.namespace)
    exec(compile(source, "<mlcareer rulebook>", "exec"), namespace)  # noqa: S102 - our own source; rule data reach it as constants only
    return namespace[name], source


def _first_match(tests: list[tuple[int, str, str]]) -> list[str]:
    """
    The statements that append the position of a topic's first rule that holds.
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
