"""
The rule language's grammar: how a ``when`` in a rule file is read.

`PREDICATES` (derived from the predicate classes) maps each word to its
class, whose `Arguments` declare how its value is read; `ConditionParser`
reads a condition through it, collecting every problem (with a "did you
mean" for misspelled words), resolving skill names through the rulebook's
skill table and named conditions, with cycles reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from mlcareer._arguments import Ref
from mlcareer._conditions import PREDICATES, Condition
from mlcareer._shapes import Issues, JSONSchema, Rejected, Shape, describe_value, suggest

if TYPE_CHECKING:
    from mlcareer._document import Path
    from mlcareer._taxonomy import SkillTable

__all__ = ["PREDICATES", "ConditionParser", "ConditionShape", "condition_schema"]


class ConditionParser:
    """
    Read conditions of one rule file, with its named conditions.

    Args:
        issues: Where problems are recorded.
        table: The skill table that skill and trait names resolve through.
        named: The file's named conditions, unparsed, with their paths.
        skill_lists: The rulebook's named lists of skills, which conditions
            may name in place of a list.
        exercises: The rulebook's exercises: datasets every course uses,
            which portfolio filters tell apart.
    """

    def __init__(
        self,
        issues: Issues,
        table: SkillTable,
        named: Mapping[str, tuple[object, Path]] | None = None,
        skill_lists: Mapping[str, tuple[Ref, ...]] | None = None,
        exercises: tuple[str, ...] = (),
    ) -> None:
        self.issues = issues
        self.table = table
        self.skill_lists: Mapping[str, tuple[Ref, ...]] = skill_lists or {}
        self.exercises = exercises
        self.raw_named = dict(named or {})
        #: The named conditions read so far, with how deep each nests; None for those rejected.
        self.named: dict[str, tuple[Condition, int] | None] = {}
        self._resolving: list[str] = []
        self._level = 0

    def recording(self, issues: Issues) -> ConditionParser:
        """
        A parser of the same file that records its problems in *issues* (one rule's, say).

        It shares this parser's named conditions, read or not yet read.
        """
        parser = ConditionParser(issues, self.table, skill_lists=self.skill_lists, exercises=self.exercises)
        parser.raw_named, parser.named, parser._resolving = self.raw_named, self.named, self._resolving
        return parser

    # --- conditions

    def parse(self, value: object, path: Path) -> Condition:
        """
        Read the condition *value* written at *path*.
        """
        self._level += 1
        try:
            if self._level > MAX_DEPTH:
                raise self.issues.reject(path, _TOO_DEEP)
            return self._parse(value, path)
        finally:
            self._level -= 1

    def _parse(self, value: object, path: Path) -> Condition:
        if not isinstance(value, Mapping) or len(value) != 1:
            if isinstance(value, Mapping) and len(value) > 1:
                keys = ", ".join(repr(str(key)) for key in value)
                raise self.issues.reject(
                    path, f"a condition has one predicate, found {keys}; combine them with 'all' or 'any'"
                )
            raise self.issues.reject(
                path, f"expected a condition (a mapping with one predicate), got {describe_value(value)}"
            )
        ((word, args),) = value.items()
        predicate = PREDICATES.get(str(word))
        if predicate is None:
            raise self.issues.reject(
                path,
                f"unknown predicate {word!r}",
                suggestion=suggest(str(word), PREDICATES),
                at_key=(*path, word),
            )
        where = (*path, word)
        return predicate.build(self, predicate.arguments.read(self, args, where), where)

    def resolve(self, name: str, path: Path) -> Condition:
        """
        Return the named condition *name*, reading it on first use.
        """
        if name in self.named:
            known = self.named[name]
            if known is None:  # its problems are recorded where it is written
                raise Rejected
            condition, depth = known
            if self._level + depth > MAX_DEPTH:
                raise self.issues.reject(path, _TOO_DEEP)
            return condition
        if name in self._resolving:
            cycle = " -> ".join([*self._resolving[self._resolving.index(name) :], name])
            raise self.issues.reject(path, f"named conditions refer to each other in a cycle: {cycle}")
        if name not in self.raw_named:
            raise self.issues.reject(
                path, f"no named condition {name!r}", suggestion=suggest(name, self.raw_named)
            )
        raw, where = self.raw_named[name]
        if len(self._resolving) >= MAX_DEPTH:
            raise self.issues.reject(path, _TOO_DEEP)
        self._resolving.append(name)
        level, self._level = self._level, 0  # its own depth, where it is written
        try:
            condition = self.parse(raw, where)
        except Rejected:
            self.named[name] = None
            raise
        finally:
            self._resolving.pop()
            self._level = level
        depth = _depth(condition)
        self.named[name] = condition, depth
        if self._level + depth > MAX_DEPTH:
            raise self.issues.reject(path, _TOO_DEEP)
        return condition

    # --- argument helpers, shared by the predicate readers

    def arguments(
        self,
        value: object,
        path: Path,
        allowed: Mapping[str, bool],
        what: str,
    ) -> dict[str, Any]:
        """
        Check a mapping of arguments: only *allowed* keys, required ones present.

        Unknown keys are recorded and left out, so the known ones are still
        read and checked.

        Raises:
            Rejected: when *value* is not a mapping or misses a required key.
        """
        if not isinstance(value, Mapping):
            raise self.issues.reject(path, f"expected {what}, got {describe_value(value)}")
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
        if not ok:
            raise Rejected
        return known

    def skill(self, value: object, path: Path) -> Ref:
        """
        Resolve a skill name through the skill table; unknown names are errors.
        """
        if not isinstance(value, str):
            raise self.issues.reject(path, f"expected a skill name, got {describe_value(value)}")
        info = self.table.known_skill(value)
        if info is None:
            suggestion = suggest(value.casefold(), self.table.names())
            hint = "" if suggestion else "; a rule file declares new skills under 'skills'"
            raise self.issues.reject(path, f"unknown skill {value!r}{hint}", suggestion=suggestion)
        return Ref(info.id, info.name)

    def skill_list(self, name: str, path: Path) -> tuple[Ref, ...]:
        """
        The skills of the list the rulebook declares as *name*; an unknown name is an error.
        """
        found = self.skill_lists.get(name)
        if found is None:
            raise self.issues.reject(
                path,
                f"{name!r} is not a list of skills the rulebook declares under 'skill_lists'",
                suggestion=suggest(name, self.skill_lists),
            )
        return found

    def trait(self, value: object, path: Path) -> Ref:
        """
        Resolve a trait name through the skill table (other traits are kept).
        """
        if not isinstance(value, str) or not value.strip():
            raise self.issues.reject(path, f"expected a trait name, got {describe_value(value)}")
        trait = self.table.trait_id(value)
        return Ref(trait, self.table.trait_name(trait))


#: The deepest a condition may nest, named conditions counted where they are used. A rule that
#: nests deeper could not be compiled, and no sensible rule comes near.
MAX_DEPTH = 32

_TOO_DEEP = f"the condition nests more than {MAX_DEPTH} levels deep (named conditions count where used)"


def _depth(condition: Condition) -> int:
    """
    How many levels *condition* nests (1 for a predicate on its own), without recursion.
    """
    deepest = 0
    pending = [(condition, 1)]
    while pending:
        node, level = pending.pop()
        deepest = max(deepest, level)
        pending.extend((child, level + 1) for child in node.children())
    return deepest


class ConditionShape(Shape[Condition]):
    """
    A condition as a rule file writes it, read by a parser of that file.

    Args:
        parser: The file's parser; None for a shape that only writes
            conditions back and describes them.
    """

    what = "a condition"

    def __init__(self, parser: ConditionParser | None) -> None:
        self.parser = parser

    def parse(self, value: object, path: Path, issues: Issues) -> Condition:
        assert self.parser is not None  # noqa: S101 - only a file's shape reads
        return self.parser.recording(issues).parse(value, path)

    def dump(self, value: Condition) -> object:
        return value.to_data()

    def schema(self) -> JSONSchema:
        return {"$ref": "#/$defs/condition"}


def condition_schema() -> JSONSchema:
    """
    The JSON Schema of one condition (for the rules' schema ``$defs``), from each predicate's arguments.
    """
    return {
        "oneOf": [
            {
                "type": "object",
                "properties": {word: predicate.arguments.schema()},
                "required": [word],
                "additionalProperties": False,
                "description": predicate.summary,
            }
            for word, predicate in PREDICATES.items()
        ]
    }
