"""
Shapes: how plain data turns into typed values, and back.

A shape parses one value of a document, collecting every problem with its
place instead of stopping at the first; it dumps the typed value back to
plain data; and it describes itself as JSON Schema. The profile format and
the rule format are both written as shapes, so their parsers, their
serializers and their published schemas come from one definition.
"""

from __future__ import annotations

import collections
import difflib
import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from mlcareer._document import Document, Path, format_path
from mlcareer.exceptions import Problem

if TYPE_CHECKING:
    from mlcareer.exceptions import _ProblemsError

T = TypeVar("T")

JSONSchema = dict[str, Any]


class Rejected(Exception):  # noqa: N818 - what happened to the value, as packaging's errors say
    """
    A value was wrong; its problems are recorded in the `Issues` it was read with.

    A reader records a problem where it finds it and raises this
    (``raise issues.reject(...)``). Whatever reads a collection (the fields of a record,
    the items of a list, the parts of a condition) catches it for each value
    and goes on, so one pass records every problem of a document, and the
    document's reader raises them together at its boundary.
    """


#: The longest list a shape reads when neither it nor the document's limits say.
MAX_ITEMS = 10_000


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """
    Return the choice closest to *word*, if one is close enough.

    A choice that *word* negates ("unemployed" and "employed") is never
    suggested: it is close in letters and opposite in meaning.

    Example:
        >>> suggest("levl", ["name", "level", "years"])
        'level'
        >>> suggest("unemployed", ["student", "employed"]) is None
        True
    """
    negated = {word[len(prefix) :].lstrip(" _-") for prefix in _NEGATIONS if word.startswith(prefix)}
    matches = difflib.get_close_matches(word, [c for c in choices if c not in negated], n=1, cutoff=0.6)
    return matches[0] if matches else None


#: Prefixes that turn a word into its opposite.
_NEGATIONS = ("un", "non", "not", "no", "in", "dis")


SEPARATORS = re.compile(r"[\s_\-]+")
"""
Runs of white space, hyphens and underscores: what folding treats as one separator.
"""


def remember_short(fold: Callable[[str], str]) -> Callable[[str], str]:
    """
    Remember *fold* for short texts (64 characters or fewer): profiles repeat the same few words.
    """
    remembered = functools.lru_cache(maxsize=4096)(fold)

    def folded(text: str) -> str:
        return remembered(text) if len(text) <= 64 else fold(text)

    return functools.wraps(fold)(folded)


@remember_short
def normal_word(text: str) -> str:
    """
    Fold case and separators, so ``Job-Seeking`` and ``job_seeking`` match.

    Example:
        >>> normal_word(" Job-Seeking ")
        'job_seeking'
    """
    return SEPARATORS.sub("_", text.strip().casefold())


def shown(value: object) -> str:
    """
    *value* as Python writes it, or in words when it cannot be written (an integer of thousands of digits).

    Example:
        >>> shown("guru"), shown(10**5000)
        ("'guru'", 'a number of thousands of digits')
    """
    try:
        return repr(value)
    except ValueError:  # past Python's limit on converting integers to text
        return (
            describe_value(value)
            if isinstance(value, int)
            else "a value with a number of thousands of digits"
        )


def describe_value(value: object) -> str:  # noqa: PLR0911 - one answer a type
    """
    Name a plain value's type for an error message.

    Example:
        >>> describe_value([1, 2])
        'a list'
    """
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**4000:
        return "a number of thousands of digits"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__  # pragma: no cover - documents hold only plain data


def read_each(read: Callable[[int, Any], T], values: Iterable[Any]) -> list[T]:
    """
    Read every one of *values* (``read(index, value)``), also after one is rejected.

    Raises:
        Rejected: once all are read, if any was.
    """
    found: list[T] = []
    rejected = False
    for index, value in enumerate(values):
        try:
            found.append(read(index, value))
        except Rejected:  # noqa: PERF203 - every value is read, so every problem is recorded
            rejected = True
    if rejected:
        raise Rejected
    return found


class Issues:
    """
    The problems found while parsing one document.

    Args:
        document: The document being parsed, to locate problems in it.
        rule_id: The rule being parsed, for rule files.
    """

    def __init__(self, document: Document | None = None, rule_id: str | None = None) -> None:
        self.document = document
        self.rule_id = rule_id
        self.max_items = document.limits.max_items if document is not None else None
        self.problems: list[Problem] = []

    def add(
        self,
        path: Path,
        message: str,
        *,
        suggestion: str | None = None,
        at_key: Path | None = None,
    ) -> None:
        """
        Record a problem at *path* (located at the key *at_key*, if given).
        """
        line = column = None
        file = None
        if self.document is not None:
            file = self.document.file
            mark = (
                self.document.locate(at_key, key=True) if at_key is not None else self.document.locate(path)
            )
            if mark is not None:
                line, column = mark
        self.problems.append(
            Problem(
                message=message,
                path=format_path(path),
                file=file,
                line=line,
                column=column,
                rule_id=self.rule_id,
                suggestion=suggestion,
            )
        )

    def reject(
        self,
        path: Path,
        message: str,
        *,
        suggestion: str | None = None,
        at_key: Path | None = None,
    ) -> Rejected:
        """
        Record a problem at *path*, as `add` does, and return the `Rejected` to raise there.
        """
        self.add(path, message, suggestion=suggestion, at_key=at_key)
        return Rejected()

    def raise_for(self, error: type[_ProblemsError]) -> None:
        """
        Raise *error* with every problem, if there are any.
        """
        if self.problems:
            raise error(sorted(self.problems, key=_position))


class _Raising(Issues):
    """
    Issues that raise the first problem as a `ValueError`: for values with no document to place them in.
    """

    def add(
        self,
        path: Path,  # noqa: ARG002 - there is no place to name
        message: str,
        *,
        suggestion: str | None = None,
        at_key: Path | None = None,  # noqa: ARG002 - there is no place to name
    ) -> None:
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        raise ValueError(message + hint)


_RAISING = _Raising()


def _position(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


class Shape(Generic[T]):
    """
    How one kind of value is written as plain data.
    """

    #: The value's kind, as error messages and schemas name it.
    what = "a value"

    #: Whether null is a value of this shape (as an absent date is); otherwise it is refused.
    null = False

    def parse(self, value: object, path: Path, issues: Issues) -> T:
        """
        Turn plain *value* into the typed value, or record why not.
        """
        raise NotImplementedError

    def convert(self, value: object) -> T:
        """
        Turn *value* into the typed value, as `parse` does, without recording where a problem is.

        This is the fast way for values that are right; it is also what the
        fields of the value classes convert with, so building a value in
        Python accepts exactly what a document may hold.

        Raises:
            ValueError: at the first problem, saying what it is.
        """
        return self.parse(value, (), _RAISING)

    def dump(self, value: T) -> object:
        """
        Turn the typed *value* back into plain data.
        """
        return value

    def schema(self) -> JSONSchema:
        """
        Describe the plain data as JSON Schema.
        """
        raise NotImplementedError

    def wrong(self, value: object, path: Path, issues: Issues) -> Rejected:
        """
        Record that *value* is not of this shape; return the `Rejected` to raise.
        """
        raise issues.reject(path, f"expected {self.what}, got {describe_value(value)}")


class Text(Shape[str]):
    """
    A non-empty line of text, stripped of surrounding white space.
    """

    what = "text"

    def __init__(self, *, max_length: int = 10_000, description: str = "") -> None:
        self.max_length = max_length
        self.description = description

    def parse(self, value: object, path: Path, issues: Issues) -> str:
        if not isinstance(value, str):
            raise self.wrong(value, path, issues)
        text = value.strip()
        if not text:
            raise issues.reject(path, "must not be empty")
        if len(text) > self.max_length:
            raise issues.reject(path, f"is longer than {self.max_length} characters")
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise issues.reject(path, "is not valid Unicode text (it holds a lone surrogate)") from None
        return text

    def convert(self, value: object) -> str:
        if type(self) is Text and type(value) is str:  # the common case, checked as parse does
            text = value.strip()
            if text and len(text) <= self.max_length and text.isascii():
                return text
        return self.parse(value, (), _RAISING)

    def schema(self) -> JSONSchema:
        return {"type": "string", "minLength": 1, "maxLength": self.max_length}


class Pattern(Text):
    """
    A line of text that matches a pattern, such as a rule id.

    Args:
        pattern: The pattern the whole text matches.
        what: What such a text is, for the error message ("a rule id (...)").
    """

    def __init__(self, pattern: str, what: str, *, max_length: int = 200) -> None:
        super().__init__(max_length=max_length)
        self.pattern = re.compile(pattern)
        self.named = what

    def parse(self, value: object, path: Path, issues: Issues) -> str:
        text = super().parse(value, path, issues)
        if not self.pattern.fullmatch(text):
            raise issues.reject(path, f"{text!r} is not {self.named}")
        return text

    def schema(self) -> JSONSchema:
        return {**super().schema(), "pattern": self.pattern.pattern}


class Number(Shape[float]):
    """
    A number, optionally whole and bounded.
    """

    def __init__(
        self,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        integer: bool = False,
    ) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.integer = integer
        self.what = "a whole number" if integer else "a number"

    def parse(self, value: object, path: Path, issues: Issues) -> float:
        kinds: tuple[type, ...] = (int,) if self.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or value != value:  # noqa: PLR0124 - NaN
            raise self.wrong(value, path, issues)
        assert isinstance(value, int | float)  # noqa: S101 - checked above
        if self.minimum is not None and value < self.minimum:
            raise issues.reject(path, f"must be at least {self.minimum:g}, got {shown(value)}")
        if self.maximum is not None and value > self.maximum:
            raise issues.reject(path, f"must be at most {self.maximum:g}, got {shown(value)}")
        return value

    def schema(self) -> JSONSchema:
        result: JSONSchema = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            result["minimum"] = self.minimum
        if self.maximum is not None:
            result["maximum"] = self.maximum
        return result


#: The words YAML 1.1 read as booleans. Documents are read as YAML 1.2, where they are words,
#: but where a flag is expected they keep the meaning they had.
_FLAG_WORDS = {"yes": True, "y": True, "on": True, "no": False, "n": False, "off": False}


def flag_of(value: object) -> bool | None:
    """
    The flag *value* gives: a boolean, or a word YAML 1.1 read as one (``yes``, ``off``); else None.

    Example:
        >>> flag_of(True), flag_of("Yes"), flag_of("off"), flag_of("maybe")
        (True, True, False, None)
    """
    if isinstance(value, bool):
        return value
    return _FLAG_WORDS.get(value.casefold()) if isinstance(value, str) else None


class Flag(Shape[bool]):
    """
    ``true`` or ``false`` (or ``yes``, ``no``, ``on``, ``off``).
    """

    what = "true or false"

    def parse(self, value: object, path: Path, issues: Issues) -> bool:
        flag = flag_of(value)
        if flag is None:
            raise self.wrong(value, path, issues)
        return flag

    def schema(self) -> JSONSchema:
        return {"type": "boolean"}


class Words(Shape[T]):
    """
    One of a fixed set of words, matched without regard to case or separators.

    Args:
        names: The canonical word of each value, in the order to list them.
        synonyms: Other words people write for a value.
        numbers: Whole numbers accepted for a value.
        hint: Added to the list of words in an error message.
    """

    def __init__(
        self,
        names: Mapping[T, str],
        *,
        synonyms: Mapping[str, T] | None = None,
        numbers: Mapping[int, T] | None = None,
        hint: str = "",
        what: str = "one of these words",
    ) -> None:
        self.names = dict(names)
        self._types = frozenset(type(value) for value in self.names) - {str}
        self.table: dict[str, T] = {normal_word(name): value for value, name in names.items()}
        for word, value in (synonyms or {}).items():
            self.table[normal_word(word)] = value
        self.numbers = dict(numbers or {})
        self.hint = hint
        self.what = what

    def lookup(self, value: object) -> T | None:
        """
        Return the value *value* names, or None.
        """
        if type(value) in self._types and value in self.names:  # a value itself
            return value
        if isinstance(value, str):
            found = self.table.get(value)  # written as the table has it
            return self.table.get(normal_word(value)) if found is None else found
        if isinstance(value, int) and not isinstance(value, bool):
            return self.numbers.get(value)
        return None

    def parse(self, value: object, path: Path, issues: Issues) -> T:
        found = self.lookup(value)
        if found is not None:
            return found
        choices = ", ".join(self.names.values()) + (f" ({self.hint})" if self.hint else "")
        plain = isinstance(value, str | int) and not isinstance(value, bool)
        written = shown(value) if plain else describe_value(value)
        suggestion = None
        if isinstance(value, str):
            close = suggest(normal_word(value), self.table)
            suggestion = self.names[self.table[close]] if close else None
        raise issues.reject(path, f"{written} is not one of {choices}", suggestion=suggestion)

    def convert(self, value: object) -> T:
        found = self.lookup(value)
        return self.parse(value, (), _RAISING) if found is None else found

    def dump(self, value: T) -> object:
        return self.names[value]

    def schema(self) -> JSONSchema:
        words: JSONSchema = {"type": "string", "enum": list(self.names.values())}
        if not self.numbers:
            return words
        numbers = {"type": "integer", "enum": sorted(self.numbers)}
        return {"anyOf": [words, numbers]}


class Items(Shape[tuple[T, ...]]):
    """
    A list of values of one shape, as a tuple.

    With *unique*, no two items may be the same (by name); with *merge* as
    well, two items written differently that are the same (two names of one
    skill) become ``merge(first, other)``, and only one written twice is a
    problem.
    """

    def __init__(  # noqa: PLR0913 - the options after the item are keyword-only
        self,
        item: Shape[T],
        *,
        max_items: int | None = None,
        unique: bool = False,
        merge: Callable[[T, T], T] | None = None,
        min_items: int = 0,
        what: str = "a list",
    ) -> None:
        self.item = item
        self.max_items = max_items
        self.unique = unique
        self.merge = merge
        self.min_items = min_items
        self.what = what

    def parse(self, value: object, path: Path, issues: Issues) -> tuple[T, ...]:
        if not isinstance(value, list | tuple) or (not value and self.min_items):
            shown = "an empty list" if isinstance(value, list | tuple) else describe_value(value)
            raise issues.reject(path, f"expected {self.what}, got {shown}")
        if len(value) < self.min_items:
            noun = "item" if len(value) == 1 else "items"
            raise issues.reject(path, f"has {len(value)} {noun}, fewer than the {self.min_items} it needs")
        limit = self.max_items or issues.max_items or MAX_ITEMS
        if len(value) > limit:
            raise issues.reject(path, f"has {len(value)} items, more than the limit of {limit}")
        items: list[T] = []
        seen: dict[object, tuple[int, int]] = {}  # an item's key: its index in value and in items
        ok = True
        for index, raw in enumerate(value):
            try:
                item = self.item.parse(raw, (*path, index), issues)
            except Rejected:
                ok = False
                continue
            if self.unique:
                key = _identity(item)
                if key in seen:
                    at, kept = seen[key]
                    if self.merge is not None and _written(raw) != _written(value[at]):
                        items[kept] = self.merge(items[kept], item)
                        continue
                    issues.add((*path, index), f"repeats {format_path((*path, at))} ({key})")
                    ok = False
                    continue
                seen[key] = (index, len(items))
            items.append(item)
        if not ok:
            raise Rejected
        return tuple(items)

    def convert(self, value: object) -> tuple[T, ...]:
        if not isinstance(value, list | tuple) or len(value) < self.min_items:
            return self.parse(value, (), _RAISING)  # says what was expected
        if len(value) > (self.max_items or MAX_ITEMS):
            return self.parse(value, (), _RAISING)  # says what the limit is
        convert = self.item.convert
        items = tuple([convert(item) for item in value])
        if self.unique:
            keys = [_identity(item) for item in items]
            if len(set(keys)) < len(keys):
                if self.merge is not None and _two_names(value, keys):
                    return self.parse(value, (), _RAISING)  # merges the names of one item
                counts = collections.Counter(keys)
                repeated = ", ".join(sorted(str(key) for key, count in counts.items() if count > 1))
                msg = f"lists {repeated} more than once"
                raise ValueError(msg)
        return items

    def dump(self, value: tuple[T, ...]) -> object:
        return [self.item.dump(item) for item in value]

    def schema(self) -> JSONSchema:
        result: JSONSchema = {"type": "array", "items": self.item.schema()}
        if self.min_items:
            result["minItems"] = self.min_items
        if self.max_items is not None:
            result["maxItems"] = self.max_items
        if self.unique:
            result["uniqueItems"] = True
        return result


class Converted(Shape[T]):
    """
    A value of another shape, turned into another value once read (a skill's name into its id).

    Args:
        shape: The shape of the value as written.
        into: What turns it into the value kept; given a kept value, it gives it back.
    """

    def __init__(self, shape: Shape[Any], into: Callable[[Any], T]) -> None:
        self.shape = shape
        self.into = into
        self.what = shape.what
        self.null = shape.null

    def parse(self, value: object, path: Path, issues: Issues) -> T:
        read = self.shape.parse(value, path, issues)
        try:
            return self._kept(read)
        except ValueError as error:
            raise issues.reject(path, str(error)) from None

    def convert(self, value: object) -> T:
        return self._kept(self.shape.convert(value))

    def _kept(self, read: object) -> T:
        """
        The value kept for *read*, which must itself read back as written (``"---"`` names no skill).
        """
        kept = self.into(read)
        if kept != read:
            try:
                self.shape.convert(self.shape.dump(kept))
            except ValueError as error:
                msg = f"{shown(read)} gives {shown(kept)}, which {error}"
                raise ValueError(msg) from None
        return kept

    def dump(self, value: T) -> object:
        return self.shape.dump(value)

    def schema(self) -> JSONSchema:
        return self.shape.schema()


def _written(raw: object) -> object:
    """
    How an item of a list is written, to tell one written twice from two names of one thing.
    """
    if isinstance(raw, Mapping):
        raw = raw.get("name")
    return " ".join(raw.casefold().split()) if isinstance(raw, str) else _identity(raw)


def _two_names(values: Sequence[object], keys: Sequence[object]) -> bool:
    """
    Whether two of *values* with the same key (the item they give) are written differently.
    """
    first: dict[object, object] = {}
    for raw, key in zip(values, keys, strict=True):
        written = _written(raw)
        if first.setdefault(key, written) != written:
            return True
    return False


def _identity(item: object) -> object:
    """
    What makes an item of a list of unique items the same as another: its name, or a word's value.
    """
    if isinstance(item, enum.Enum):
        return item.value
    return getattr(item, "name", item)


class Table(Shape[dict[str, T]]):
    """
    A mapping from names to values of one shape.

    Args:
        value: The shape of each value.
        what: The mapping's kind, for error messages.
    """

    def __init__(self, value: Shape[T], *, what: str = "a mapping") -> None:
        self.value = value
        self.what = what

    def parse(self, value: object, path: Path, issues: Issues) -> dict[str, T]:
        if not isinstance(value, Mapping):
            raise self.wrong(value, path, issues)
        result: dict[str, T] = {}
        ok = True
        for key, raw in value.items():
            if not isinstance(key, str) or not key.strip():
                issues.add(path, f"expected a name as a key, got {describe_value(key)}", at_key=(*path, key))
                ok = False
                continue
            try:
                result[key] = self.value.parse(raw, (*path, key), issues)
            except Rejected:
                ok = False
        if not ok:
            raise Rejected
        return result

    def dump(self, value: dict[str, T]) -> object:
        return {key: self.value.dump(item) for key, item in value.items()}

    def schema(self) -> JSONSchema:
        return {"type": "object", "additionalProperties": self.value.schema()}


class AnyData(Shape[dict[str, object]]):
    """
    A mapping of free-form plain data, copied as plain data (tuples become lists).

    Args:
        max_depth: The deepest it may nest: as deep as a document may, so
            that reading it cannot exhaust the stack.
    """

    what = "a mapping"

    def __init__(self, *, max_depth: int = 32) -> None:
        self.max_depth = max_depth

    def parse(self, value: object, path: Path, issues: Issues) -> dict[str, object]:
        if not isinstance(value, Mapping):
            raise self.wrong(value, path, issues)
        pending: list[tuple[object, int]] = [(value, 1)]
        while pending:
            item, depth = pending.pop()
            children = _children(item)
            if children and depth >= self.max_depth:
                raise issues.reject(path, f"nests deeper than {self.max_depth} levels")
            pending.extend([(child, depth + 1) for child in children])
        return _copy_plain(value)  # type: ignore[return-value] # a mapping copies to a dict

    def dump(self, value: dict[str, object]) -> object:
        return _copy_plain(value)

    def schema(self) -> JSONSchema:
        return {"type": "object"}


def _children(value: object) -> Iterable[object]:
    if isinstance(value, Mapping):
        return value.values()
    return value if isinstance(value, list | tuple) else ()


def _copy_plain(value: object) -> object:
    if isinstance(value, Mapping):
        return {str(key): _copy_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_copy_plain(item) for item in value]
    return value


#: The metadata keys of a field with a `shape`: the shape, and what the field means.
SHAPE = "mlcareer.shape"
DESCRIPTION = "mlcareer.description"
WRITTEN = "mlcareer.written"


def shape(value_shape: Shape[Any], description: str = "", *, written: bool = False) -> dict[str, object]:
    """
    The metadata of an attrs field whose value has *value_shape*, with what the field means.

    `Record.of` reads and writes such a field; *written* keeps it in dumped
    data when it holds its default. A field whose class converts it
    declares ``converter=by_shape``, and the class is decorated with
    ``field_transformer=with_shapes``.
    """
    return {SHAPE: value_shape, DESCRIPTION: description, WRITTEN: written}


def by_shape(value: Any) -> Any:  # noqa: ANN401 - a field converted by its shape takes any value
    """
    The converter of a field that its shape converts; `with_shapes` puts the shape's own in its place.

    Type checkers read a field's arguments from its converter, so the field
    names this one; the class's field transformer replaces it.

    Raises:
        TypeError: always, for a class that is not decorated with ``field_transformer=with_shapes``.
    """
    msg = f"a field converted by its shape needs field_transformer=with_shapes, given {shown(value)}"
    raise TypeError(msg)


def with_shapes(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """
    An attrs field transformer: each field with a `shape` converts its value with that shape.

    A field whose default is None also takes None; a wrong value raises
    `ValueError` naming the field.
    """
    return [
        field.evolve(converter=_converter(field.name, field.metadata[SHAPE], null=field.default is None))
        if SHAPE in field.metadata
        else field
        for field in fields
    ]


def _converter(name: str, shape: Shape[Any], *, null: bool) -> Callable[[object], object]:
    convert = shape.convert

    def converter(value: object) -> object:
        if value is None and null:
            return None
        try:
            return convert(value)
        except ValueError as error:
            msg = f"{name}: {error}"
            raise ValueError(msg) from None

    converter.__doc__ = f"Convert {name} to its shape."
    return converter


@attrs.frozen
class Field(Generic[T]):
    """
    One key of a `Record`.

    Attributes:
        shape: The shape of the key's value.
        required: Whether the key must be present.
        default: The value of an absent, optional key; omitted on dump.
        attr: The attribute it fills, when it differs from the key.
        description: What the key means, for the schema.
        written: Dumped even when it holds its default.
    """

    shape: Shape[T]
    required: bool = False
    default: object = None
    attr: str | None = None
    description: str = ""
    written: bool = False


class Record(Shape[T]):
    """
    A mapping with known keys that builds one object.

    Args:
        build: Called with the parsed fields as keyword arguments.
        fields: The keys, in the order they are written.
        shorthand: A key that a bare string fills (``- python`` for
            ``- name: python``); such values dump back to the bare string
            when every other key has its default.
        what: The object's name in error messages.
        remember: How many objects `convert` keeps, each by the keys and
            values it was built from, to give again for the same keys and
            values (of the same types); for small immutable objects that
            profiles repeat, such as a skill. None are kept by default.
    """

    def __init__(  # noqa: PLR0913 - each option is a separate, documented choice
        self,
        build: Callable[..., T],
        fields: Mapping[str, Field[Any]],
        *,
        shorthand: str | None = None,
        what: str = "a mapping",
        description: str = "",
        remember: int = 0,
    ) -> None:
        self.build = build
        self.fields = dict(fields)
        self._names = frozenset(self.fields)
        self._keys = tuple((name, field, field.attr or name) for name, field in self.fields.items())
        self._required = frozenset(name for name, field in self.fields.items() if field.required)
        # A class whose fields all convert themselves by their shapes (`with_shapes`), and that does
        # nothing more when built, is built by one generated function.
        self._class = build if isinstance(build, type) else None
        self._converts = (
            self._class is not None
            and attrs.has(self._class)
            and not hasattr(self._class, "__attrs_post_init__")
            and all(
                SHAPE in attribute.metadata
                and attribute.converter is not None
                and attribute.validator is None
                and attribute.init
                for attribute in attrs.fields(self._class)
            )
        )
        self._builder: Callable[[Mapping[str, object]], T] | None = None
        self.remember = remember if self._converts else 0
        self._remembered: dict[tuple[object, ...], T] = {}
        self.shorthand = shorthand
        self.what = what
        self.description = description

    @classmethod
    def of(
        cls,
        value_class: type[T],
        *,
        shorthand: str | None = None,
        what: str = "a mapping",
        description: str = "",
        remember: int = 0,
    ) -> Record[T]:
        """
        The record of an attrs class whose fields all have a `shape`: one key per field, in their order.

        A field without a default is required; the others are left out of
        the dumped data while they hold their default, unless `shape` says
        they are always *written*.
        """
        fields = {}
        for attribute in attrs.fields(value_class):  # type: ignore[arg-type] # an attrs class
            default = attribute.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type] # attrs.Factory is a class
                default = default.factory()
            fields[attribute.name] = Field(
                attribute.metadata[SHAPE],
                required=default is attrs.NOTHING,
                default=None if default is attrs.NOTHING else default,
                description=attribute.metadata.get(DESCRIPTION, ""),
                written=attribute.metadata.get(WRITTEN, False),
            )
        return cls(
            value_class, fields, shorthand=shorthand, what=what, description=description, remember=remember
        )

    def convert(self, value: object) -> T:
        if type(value) is not dict:
            if self._class is not None and isinstance(value, self._class):
                return value  # type: ignore[return-value] # built already
            if isinstance(value, str) and self.shorthand is not None:
                value = {self.shorthand: value}
        if (
            self._converts
            and isinstance(value, dict | Mapping)
            and self._names.issuperset(value)
            and self._required.issubset(value)
        ):
            if self._builder is None:
                self._builder = self._compile()
            if not self.remember or type(value) is not dict:
                return self._builder(value)
            return self._remembering(value, self._builder)
        return self.parse(value, (), _RAISING)  # says what is wrong

    def _remembering(self, value: dict[str, object], build: Callable[[Mapping[str, object]], T]) -> T:
        """
        The object built from *value*, built once for the same keys and values of the same types.

        The types are part of the key: ``1``, ``1.0`` and ``True`` are equal
        in Python, and only some shapes take each.
        """
        try:
            key = (*value.items(), *map(type, value.values()))
            found = self._remembered.get(key)
        except TypeError:  # a value that is not hashable (a list): built each time
            return build(value)
        if found is None:
            found = build(value)
            if len(self._remembered) >= self.remember:
                self._remembered.clear()
            self._remembered[key] = found
        return found

    def _compile(self) -> Callable[[Mapping[str, object]], T]:
        """
        One function that builds the class from a mapping of known keys, each converted by its shape.

        The fields' shapes convert the values, so it sets them on a new
        object without going through the class's converters again.
        """
        assert self._class is not None  # noqa: S101 - only for records of attrs classes
        namespace: dict[str, object] = {"new": object.__new__, "put": object.__setattr__, "cls": self._class}
        lines = ["def build(value):", "    get = value.get", "    made = new(cls)"]
        for index, attribute in enumerate(attrs.fields(self._class)):
            name = attribute.name
            namespace[f"convert{index}"] = self.fields[name].shape.convert
            converted = f"convert{index}(value[{name!r}])"
            if name not in self._required:
                default = attribute.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type] # attrs.Factory is a class
                    namespace[f"default{index}"] = default.factory
                    absent = f"default{index}()"
                else:
                    namespace[f"default{index}"] = default
                    absent = f"default{index}"
                lines.append(f"    item = get({name!r}, put)")  # put: a value no document holds
                converted = f"{absent} if item is put else convert{index}(item)"
            lines.append(f"    put(made, {name!r}, {converted})")
        lines.append("    return made")
        exec("\n".join(lines), namespace)  # noqa: S102 - code written here from the class's own fields
        return namespace["build"]  # type: ignore[return-value] # the function just defined

    def fields_of(self, value: object, path: Path, issues: Issues) -> tuple[dict[str, object], bool]:
        """
        The fields *value* gives, each read on its own, and whether all of them are right.

        Every problem is recorded; `Rejected` when *value* is not a mapping at all.
        """
        if self.shorthand is not None and isinstance(value, str):
            value = {self.shorthand: value}
        if type(value) is not dict and not isinstance(value, Mapping):
            raise self.wrong(value, path, issues)
        misspelled = {} if self._names.issuperset(value) else self._unknown_keys(value, path, issues)
        ok = not misspelled
        kwargs: dict[str, object] = {}
        for name, field, attr in self._keys:
            if name in value:
                try:
                    kwargs[attr] = field.shape.parse(value[name], (*path, name), issues)
                except Rejected:
                    ok = False
            elif field.required and name not in misspelled.values():
                issues.add(path, f"missing the key {name!r}")
                ok = False
        return kwargs, ok

    def parse(self, value: object, path: Path, issues: Issues) -> T:
        if self._class is not None and isinstance(value, self._class):
            return value  # type: ignore[return-value] # built already
        kwargs, ok = self.fields_of(value, path, issues)
        if not ok:
            raise Rejected
        try:
            return self.build(**kwargs)
        except (ValueError, TypeError) as exc:
            raise issues.reject(path, str(exc)) from None

    def _unknown_keys(
        self, value: Mapping[object, object], path: Path, issues: Issues
    ) -> dict[object, str | None]:
        """
        Record every key that is not a field; return them with their suggestions.
        """
        unknown = {}
        for key in value:
            if key not in self.fields:
                suggestion = suggest(str(key), self.fields) or self._nested(str(key))
                unknown[key] = suggestion
                issues.add(path, f"unknown key {key!r}", suggestion=suggestion, at_key=(*path, key))  # type: ignore[arg-type] # document keys are str
        return unknown

    def _nested(self, key: str) -> str | None:
        """
        Where *key* belongs when it is a key of a record one of the fields holds ("company.interview_on").
        """
        return next(
            (
                f"{name}.{key}"
                for name, field in self.fields.items()
                if isinstance(field.shape, Record) and key in field.shape.fields
            ),
            None,
        )

    def dump(self, value: T) -> object:
        result: dict[str, object] = {}
        for name, field, attr in self._keys:
            item = getattr(value, attr)
            if not field.required and not field.written and item == field.default:
                continue
            result[name] = field.shape.dump(item)
        if self.shorthand is not None and list(result) == [self.shorthand]:
            return result[self.shorthand]
        return result

    def schema(self) -> JSONSchema:
        properties = {}
        for name, field in self.fields.items():
            prop = field.shape.schema()
            if field.description:
                prop = {**prop, "description": field.description}
            properties[name] = prop
        result: JSONSchema = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        required = [name for name, field in self.fields.items() if field.required]
        if required:
            result["required"] = required
        if self.description:
            result["description"] = self.description
        if self.shorthand is not None:
            short = self.fields[self.shorthand].shape.schema()
            return {"anyOf": [short, result]}
        return result
