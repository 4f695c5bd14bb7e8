"""
What predicates take: kinds of argument, and a predicate's arguments declared once.

A predicate declares its arguments as an `Arguments` of `Argument` entries,
one for each field of its class, each with a `Kind`. From that one
declaration come reading a rule file's value (every problem recorded, with
the parser's "did you mean"), writing the condition back as plain data
(`Arguments.dump`) and the JSON Schema of the value (`Arguments.schema`).
The reading is done by a `ConditionParser`, which resolves skill names
through the rulebook's table and reads nested conditions.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from mlcareer._shapes import describe_value, flag_of, read_each, suggest

if TYPE_CHECKING:
    from mlcareer._compiler import Code
    from mlcareer._conditions import Condition
    from mlcareer._document import Path
    from mlcareer._language import ConditionParser
    from mlcareer._shapes import JSONSchema, Words

__all__ = [
    "COMPARISONS",
    "Argument",
    "Arguments",
    "Kind",
    "Range",
    "Ref",
    "SkillListKind",
]

T = TypeVar("T")


@attrs.frozen
class Ref:
    """
    A skill or trait a rule names: its canonical id and the name people read.
    """

    id: str
    name: str = attrs.field(eq=False, hash=False)


#: The comparisons of numbers: each word, its operator, its words and its Python symbol.
COMPARISONS: dict[str, tuple[Callable[[float, float], bool], str, str]] = {
    "at_least": (operator.ge, "at least", ">="),
    "at_most": (operator.le, "at most", "<="),
    "more_than": (operator.gt, "more than", ">"),
    "less_than": (operator.lt, "less than", "<"),
    "equals": (operator.eq, "exactly", "=="),
}

_FLIPPED = {">=": "<=", ">": "<"}


@attrs.frozen
class Range:
    """
    Comparisons a number must satisfy, such as ``at_least: 1, at_most: 3``.

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
        return all(COMPARISONS[name][0](value, bound) for name, bound in self.bounds)

    def expression(self, value: str, code: Code) -> str:
        """
        A Python expression comparing the expression *value* with the bounds.
        """
        bounds = [(COMPARISONS[name][2], _number(bound, code)) for name, bound in self.bounds]
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
        return " and ".join(f"{COMPARISONS[name][1]} {bound:g}" for name, bound in self.bounds)

    @property
    def is_none(self) -> bool:
        """
        Whether the range says "none" (at most zero).
        """
        return self.bounds in ((("at_most", 0),), (("equals", 0),), (("less_than", 1),))


#: A range given no comparison: at least one.
AT_LEAST_ONE = Range((("at_least", 1),))

#: The range of none.
NONE = Range((("at_most", 0),))


def _number(value: float, code: Code) -> str:
    """
    A number in generated source: integers as written, anything else as a constant.
    """
    return str(value) if type(value) is int else code.constant(value)


# --- kinds of argument


class Kind(Generic[T]):
    """
    One kind of argument: how it is read, written back and described.
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> T:
        """
        Read *value*, written at *path*, or record why not.
        """
        raise NotImplementedError

    def accepts(self, value: object) -> bool:  # noqa: ARG002 - most kinds read any value
        """
        Whether *value* is of a type this kind reads (a short form written for a mapping is not).
        """
        return True

    def dump(self, value: T) -> object:
        """
        Write *value* back as plain data.
        """
        return value

    def schema(self) -> JSONSchema:
        """
        Describe the plain data as JSON Schema.
        """
        raise NotImplementedError


class SkillKind(Kind[Ref]):
    """
    A skill the rulebook's skill table knows, by any of its names.
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> Ref:
        return parser.skill(value, path)

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)

    def dump(self, value: Ref) -> object:
        return value.id

    def schema(self) -> JSONSchema:
        return {"type": "string", "description": "A skill's id or one of its names."}


class TraitKind(Kind[Ref]):
    """
    A trait, by any of its names (traits the table does not know are kept).
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> Ref:
        return parser.trait(value, path)

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)

    def dump(self, value: Ref) -> object:
        return value.id

    def schema(self) -> JSONSchema:
        return {"type": "string"}


class ListKind(Kind[tuple[T, ...]]):
    """
    A list of values of one kind; with *single*, one value stands for a list of one.

    Args:
        item: The kind of each value.
        what: The values, as an error message names them ("skill names").
        single: Whether one value may be written without a list.
        unique: Whether a value may be listed once only.
    """

    def __init__(self, item: Kind[T], what: str, *, single: bool = False, unique: bool = True) -> None:
        self.item = item
        self.what = what
        self.single = single
        self.unique = unique

    def read(self, parser: ConditionParser, value: object, path: Path) -> tuple[T, ...]:
        if self.single and not isinstance(value, list):
            return (self.item.read(parser, value, path),)
        if not isinstance(value, list) or not value:
            shown = "an empty list" if value == [] else describe_value(value)
            raise parser.issues.reject(path, f"expected a list of {self.what}, got {shown}")
        items = read_each(lambda index, item: self.item.read(parser, item, (*path, index)), value)
        if self.unique and len(set(items)) != len(items):
            raise parser.issues.reject(path, f"lists one of the {self.what} more than once")
        return tuple(items)

    def dump(self, value: tuple[T, ...]) -> object:
        return [self.item.dump(item) for item in value]

    def schema(self) -> JSONSchema:
        items: JSONSchema = {"type": "array", "items": self.item.schema(), "minItems": 1}
        return {"anyOf": [self.item.schema(), items]} if self.single else items


class SkillListKind(ListKind[Ref]):
    """
    A list of skills, or the name of a list the rulebook declares under ``skill_lists``.

    With *single*, a name that is no declared list is one skill.
    """

    def __init__(self, *, single: bool = False) -> None:
        super().__init__(SkillKind(), "skill names", single=single)

    def read(self, parser: ConditionParser, value: object, path: Path) -> tuple[Ref, ...]:
        if isinstance(value, str) and (value in parser.skill_lists or not self.single):
            return parser.skill_list(value, path)
        return super().read(parser, value, path)

    def schema(self) -> JSONSchema:
        named: JSONSchema = {"type": "string", "description": "A skill, or a list the rulebook declares."}
        return {"anyOf": [named, {"type": "array", "items": self.item.schema(), "minItems": 1}]}


class WordsKind(Kind[frozenset[Any]]):
    """
    One word or a list of words of a fixed set, as a set.

    Args:
        shape: The words.
        bare: Whether one word is written back without a list.
    """

    def __init__(self, shape: Words[Any], *, bare: bool = False) -> None:
        self.shape = shape
        self.bare = bare

    def read(self, parser: ConditionParser, value: object, path: Path) -> frozenset[Any]:
        values = value if isinstance(value, list) else [value]
        if not values:
            raise parser.issues.reject(path, "expected at least one word, got an empty list")
        at = (lambda index: (*path, index)) if value is values else (lambda _: path)
        return frozenset(
            read_each(lambda index, item: self.shape.parse(item, at(index), parser.issues), values)
        )

    def dump(self, value: frozenset[Any]) -> object:
        words = sorted(str(self.shape.dump(item)) for item in value)
        return words[0] if self.bare and len(words) == 1 else words

    def schema(self) -> JSONSchema:
        word = self.shape.schema()
        return {"anyOf": [word, {"type": "array", "items": word, "minItems": 1}]}


class ShapeKind(Kind[T]):
    """
    A value of one of the profile format's shapes (a level, say).
    """

    def __init__(self, shape: Any) -> None:  # noqa: ANN401 - any `Shape`
        self.shape = shape

    def read(self, parser: ConditionParser, value: object, path: Path) -> T:
        return self.shape.parse(value, path, parser.issues)  # type: ignore[no-any-return]

    def dump(self, value: T) -> object:
        return self.shape.dump(value)

    def schema(self) -> JSONSchema:
        return self.shape.schema()  # type: ignore[no-any-return]


class FlagKind(Kind[bool]):
    """
    ``true`` or ``false``.
    """

    def accepts(self, value: object) -> bool:
        return flag_of(value) is not None

    def read(self, parser: ConditionParser, value: object, path: Path) -> bool:
        flag = flag_of(value)
        if flag is None:
            raise parser.issues.reject(path, f"expected true or false, got {describe_value(value)}")
        return flag

    def schema(self) -> JSONSchema:
        return {"type": "boolean"}


class WholeKind(Kind[int]):
    """
    A whole number of at least *minimum*.
    """

    def __init__(self, minimum: int | None = 0) -> None:
        self.minimum = minimum

    def read(self, parser: ConditionParser, value: object, path: Path) -> int:
        low = self.minimum
        if isinstance(value, bool) or not isinstance(value, int) or (low is not None and value < low):
            at_least = "" if low is None else f" of at least {low}"
            raise parser.issues.reject(
                path, f"expected a whole number{at_least}, got {describe_value(value)}"
            )
        return value

    def schema(self) -> JSONSchema:
        return {"type": "integer"} if self.minimum is None else {"type": "integer", "minimum": self.minimum}


class TextKind(Kind[str]):
    """
    A non-empty line of text, folded by *fold* (kept as written without one).
    """

    def __init__(self, what: str, fold: Callable[[str], str] | None = None) -> None:
        self.what = what
        self.fold = fold

    def read(self, parser: ConditionParser, value: object, path: Path) -> str:
        if not isinstance(value, str) or not value.strip():
            raise parser.issues.reject(path, f"expected {self.what}, got {describe_value(value)}")
        return self.fold(value) if self.fold else value

    def schema(self) -> JSONSchema:
        return {"type": "string", "minLength": 1}


class NameKind(Kind[str]):
    """
    The name a message reads a predicate's list by: letters, digits and ``_``.
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> str:
        if not isinstance(value, str) or not value.isidentifier() or value.startswith("_"):
            raise parser.issues.reject(
                path, f"expected a name of letters, digits and _, got {describe_value(value)}"
            )
        return value

    def schema(self) -> JSONSchema:
        return {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$"}


class ChoiceKind(Kind[T]):
    """
    One of a few words, each standing for a value.

    Args:
        choices: Each word and its value.
        then: The kind of any other value (None: only the words).
    """

    def __init__(self, choices: Mapping[object, T], then: Kind[T] | None = None) -> None:
        self.choices = dict(choices)
        self.then = then

    def read(self, parser: ConditionParser, value: object, path: Path) -> T:
        for word, meaning in self.choices.items():
            if type(value) is type(word) and value == word:
                return meaning
        if self.then is not None:
            return self.then.read(parser, value, path)
        words = ", ".join(repr(word) for word in self.choices)
        suggestion = suggest(value, [str(word) for word in self.choices]) if isinstance(value, str) else None
        raise parser.issues.reject(
            path, f"expected one of {words}, got {describe_value(value)}", suggestion=suggestion
        )

    def dump(self, value: T) -> object:
        for word, meaning in self.choices.items():
            if type(meaning) is type(value) and meaning == value:
                return word
        assert self.then is not None  # noqa: S101 - a value read by `then`
        return self.then.dump(value)

    def schema(self) -> JSONSchema:
        words: list[JSONSchema] = [{"const": word} for word in self.choices]
        return {"anyOf": [*words, self.then.schema()]} if self.then is not None else {"anyOf": words}


class ScalarKind(Kind[object]):
    """
    Text, a number or a boolean, compared with its type.
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> object:
        huge = isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**4000
        if huge or not isinstance(value, str | int | float | bool):
            raise parser.issues.reject(
                path, f"expected text, a number or a boolean, got {describe_value(value)}"
            )
        return value

    def schema(self) -> JSONSchema:
        return {"type": ["string", "number", "boolean"]}


class DottedKind(Kind[tuple[str, ...]]):
    """
    A dotted key into the profile's extensions, such as ``plan.tier``.
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> tuple[str, ...]:
        if not isinstance(value, str) or not all(value.split(".")):
            raise parser.issues.reject(
                path, f"expected a dotted key such as 'plan.tier', got {describe_value(value)}"
            )
        return tuple(value.split("."))

    def dump(self, value: tuple[str, ...]) -> object:
        return ".".join(value)

    def schema(self) -> JSONSchema:
        return {"type": "string", "minLength": 1}


class RangeKind(Kind[Range | None]):
    """
    The comparisons among a predicate's arguments (``at_least``, ``at_most``, ...), as one `Range`.

    Without a comparison the range is at least one, or None when *optional*.
    """

    def __init__(self, *, optional: bool = False) -> None:
        self.optional = optional

    def read(self, parser: ConditionParser, value: object, path: Path) -> Range | None:
        if isinstance(value, bool):  # the short form: true is at least one, false none
            return AT_LEAST_ONE if value else NONE
        if not isinstance(value, Mapping):
            raise parser.issues.reject(
                path, f"expected true, false or a mapping, got {describe_value(value)}"
            )
        args = value
        bounds = []
        for name in COMPARISONS:
            if name in args:
                bound = args[name]
                if isinstance(bound, bool) or not isinstance(bound, int | float) or bound < 0:
                    raise parser.issues.reject(
                        (*path, name), f"expected a number of at least 0, got {describe_value(bound)}"
                    )
                bounds.append((name, bound))
        if not bounds:
            return None if self.optional else AT_LEAST_ONE
        return Range(tuple(bounds))

    def dump(self, value: Range | None) -> object:
        return {} if value is None else dict(value.bounds)

    def schema(self) -> JSONSchema:
        return {name: {"type": "number", "minimum": 0} for name in COMPARISONS}


class ConditionKind(Kind["Condition"]):
    """
    A condition, read by the parser (so named conditions resolve).
    """

    def read(self, parser: ConditionParser, value: object, path: Path) -> Condition:
        return parser.parse(value, path)

    def dump(self, value: Condition) -> object:
        return value.to_data()

    def schema(self) -> JSONSchema:
        return {"$ref": "#/$defs/condition"}


# --- a predicate's arguments


class _Rest(enum.Enum):
    """
    Where an argument is written: `FLAT` reads the whole mapping (the comparisons of a range).
    """

    FLAT = 0


#: The key of an argument read from the whole mapping of arguments.
FLAT = _Rest.FLAT


@attrs.frozen
class Argument:
    """
    One argument of a predicate: the field it fills, the key it is written under and its kind.

    Attributes:
        kind: How it is read, written back and described.
        key: The key in a rule file (the field's name by default); `FLAT`
            for a range, read from the comparisons among the arguments.
        required: Whether the key must be written.
        default: The field's value when the key is absent; omitted on dump.
        short_only: Whether only the short form fills the field (``company: false``),
            so a mapping has no key for it.
    """

    kind: Kind[Any]
    key: str | _Rest | None = None
    required: bool = False
    default: object = None
    short_only: bool = False


@attrs.frozen
class Arguments:
    """
    A predicate's arguments, declared once: reading, dumping and the schema derive from it.

    Attributes:
        fields: Each field of the predicate's class and its argument, in the order written.
        shorthand: A field that a value other than a mapping fills on its
            own (``skill: python`` for ``skill: {name: python}``); such
            conditions dump back to the short form when every other field
            has its default.
        bare: Whether ``true`` stands for every field at its default
            (``experience: true``).
        what: The value, as an error message names it.
    """

    fields: Mapping[str, Argument]
    shorthand: str | None = None
    bare: bool = False
    what: str = "a mapping of arguments"

    def keys(self) -> dict[str, bool]:
        """
        The keys a rule file may write, and whether each is required.
        """
        keys: dict[str, bool] = {}
        for name, argument in self.fields.items():
            if argument.short_only:
                continue
            if argument.key is FLAT:
                keys.update(dict.fromkeys(COMPARISONS, False))
            else:
                keys[str(argument.key or name)] = argument.required
        return keys

    @property
    def single(self) -> bool:
        """
        Whether the predicate's value is its one argument itself, never a mapping (``stage: student``).
        """
        return self.shorthand is not None and len(self.fields) == 1

    def read(self, parser: ConditionParser, value: object, path: Path) -> dict[str, Any]:
        """
        The fields written in *value*, every problem recorded.
        """
        if self.bare and value is True:
            return {}
        if self.shorthand is not None and (self.single or not isinstance(value, Mapping)):
            kind = self.fields[self.shorthand].kind
            if not self.single and not kind.accepts(value):
                raise parser.issues.reject(path, f"expected {self.what}, got {describe_value(value)}")
            return {self.shorthand: kind.read(parser, value, path)}
        args = parser.arguments(value, path, self.keys(), self.what)
        written = [
            (name, argument)
            for name, argument in self.fields.items()
            if not argument.short_only and (argument.key is FLAT or (argument.key or name) in args)
        ]

        def read(_: int, entry: tuple[str, Argument]) -> tuple[str, Any]:
            name, argument = entry
            key = argument.key or name
            if key is FLAT:
                return name, argument.kind.read(parser, args, path)
            return name, argument.kind.read(parser, args[key], (*path, key))

        return dict(read_each(read, written))

    def dump(self, condition: object) -> object:
        """
        The arguments of *condition* as a rule file writes them.
        """
        if self.single:
            assert self.shorthand is not None  # noqa: S101 - single means a shorthand
            return self.fields[self.shorthand].kind.dump(getattr(condition, self.shorthand))
        data: dict[str, object] = {}
        for name, argument in self.fields.items():
            value = getattr(condition, name)
            if argument.short_only:
                continue
            if argument.key is FLAT:
                data.update(argument.kind.dump(value))  # type: ignore[call-overload] # a range dumps to a mapping
            elif value != argument.default:
                data[str(argument.key or name)] = argument.kind.dump(value)
        if self.shorthand is not None:
            short = self.fields[self.shorthand]
            if list(data) == [short.key or self.shorthand]:
                return data.popitem()[1]
            if not data:
                return short.kind.dump(getattr(condition, self.shorthand))
        if self.bare and not data:
            return True
        return data

    def schema(self) -> JSONSchema:
        """
        The JSON Schema of the predicate's value.
        """
        if self.single:
            assert self.shorthand is not None  # noqa: S101 - single means a shorthand
            return self.fields[self.shorthand].kind.schema()
        properties: dict[str, JSONSchema] = {}
        for name, argument in self.fields.items():
            if argument.short_only:
                continue
            if argument.key is FLAT:
                properties.update(argument.kind.schema())
            else:
                properties[str(argument.key or name)] = argument.kind.schema()
        mapping: JSONSchema = {"type": "object", "properties": properties, "additionalProperties": False}
        required = [key for key, needed in self.keys().items() if needed]
        if required:
            mapping["required"] = required
        forms = [mapping]
        if self.shorthand is not None:
            short = self.fields[self.shorthand]
            forms.insert(0, {"type": "boolean"} if short.key is FLAT else short.kind.schema())
        if self.bare:
            forms.insert(0, {"const": True})
        return forms[0] if len(forms) == 1 else {"anyOf": forms}
