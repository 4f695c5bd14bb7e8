"""
Safe loading of YAML and JSON documents, with the place of every value.

This is the first step of the data path: text (or a file) becomes plain
data (dicts, lists, strings, numbers, booleans, None) and a way to find
where each value was written. Only plain data can come out: YAML tags that
would construct objects, anchors that expand without bound, duplicate keys
and documents past the `Limits` are errors.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs
import yaml

from mlcareer._simple_yaml import NotSimple, read_simple_yaml
from mlcareer.exceptions import LimitError, Problem, ProfileError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from mlcareer.exceptions import _ProblemsError

__all__ = [
    "DEFAULT_LIMITS",
    "Document",
    "Limits",
    "Path",
    "collector_paused",
    "format_path",
    "load_document",
    "too_large",
]

#: A place inside a document: keys and list indices from the root.
Path = tuple[str | int, ...]

#: A 1-based (line, column) position in a file.
Mark = tuple[int, int]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc] # the C loader when PyYAML has it
    """
    PyYAML's safe loader, resolving each plain scalar's tag once a document.

    The safe loader resolves tags by the value alone (it has no path
    resolvers), so a document's repeated keys and words need not be matched
    against the resolvers' patterns again, nor the resolver's path followed.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._tags: dict[str, str] = {}

    def descend_resolver(self, current_node: yaml.Node | None, current_index: object) -> None:
        """Nothing to follow: the safe loader has no path resolvers."""

    def ascend_resolver(self) -> None:
        """Nothing to follow: the safe loader has no path resolvers."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:  # noqa: ANN401 - a scalar's text, or a collection's nodes
        """The tag of a node with none written: the patterns' once for each plain scalar's text."""
        if kind is not yaml.ScalarNode:
            return _SEQ if kind is yaml.SequenceNode else _MAP
        if not implicit[0]:  # quoted, or a block: text
            return _STR
        tag = self._tags.get(value)
        if tag is None:
            tag = self._tags[value] = cast("str", super().resolve(kind, value, implicit))
        return tag


_YAML = "tag:yaml.org,2002:"
_MAP, _SEQ, _STR, _MERGE = (_YAML + name for name in ("map", "seq", "str", "merge"))
_SCALAR_TAGS = frozenset(_YAML + name for name in ("str", "int", "float", "bool", "null", "timestamp"))

#: The plain scalars YAML 1.2's core schema reads as booleans, integers and numbers. PyYAML reads
#: YAML 1.1, which also takes yes/no/on/off/y/n as booleans, 03720 as octal and 1:20 as 80; those
#: readings change what a person wrote (a country "NO", a year), so documents get YAML 1.2's.
_YAML_12 = {
    _YAML + "bool": re.compile(r"true|True|TRUE|false|False|FALSE"),
    _YAML + "int": re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9][0-9_]*"),
    _YAML + "float": re.compile(
        r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
    ),
}
#: A YAML 1.1 octal integer, which YAML 1.2 reads as decimal.
_LEADING_ZEROS = re.compile(r"[-+]?0[0-9_]+")


@attrs.frozen(kw_only=True)
class Limits:
    """
    Bounds on the documents a loader accepts.

    Profiles and rule packs may come from people a program does not trust;
    these limits keep one document from taking unbounded time or memory.
    The defaults are far above any real profile or rule file; raise them
    for unusual data.

    Attributes:
        max_bytes: The largest document, in bytes of its text.
        max_depth: The deepest nesting of mappings and lists.
        max_values: The most values (mappings, lists and scalars) in one
            document, counting every expansion of a YAML alias.
        max_items: The longest list in a profile.

    Example:
        >>> Limits(max_bytes=2_000_000).max_bytes
        2000000
    """

    max_bytes: int = attrs.field(default=1_000_000, validator=attrs.validators.ge(1))
    max_depth: int = attrs.field(default=32, validator=attrs.validators.ge(1))
    max_values: int = attrs.field(default=100_000, validator=attrs.validators.ge(1))
    max_items: int = attrs.field(default=10_000, validator=attrs.validators.ge(1))


#: The default limits, made once: loading a line of JSON Lines need not make them again.
DEFAULT_LIMITS = Limits()


@attrs.frozen(kw_only=True, eq=False)
class Document:
    """
    Plain data loaded from a document, and where each value came from.

    Attributes:
        data: The plain data.
        file: The file's name, when the document came from a file.
        text: The document's text, when it came from text.
        limits: The limits it was loaded under.
    """

    data: object
    file: str | None = None
    text: str | None = None
    limits: Limits = DEFAULT_LIMITS
    _marks: dict[Path, Mark] | None = None
    _key_marks: dict[Path, Mark] | None = None
    _root: yaml.Node | None = None
    _keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = attrs.field(factory=dict)
    #: False once plain data is known to hold no lone surrogate.
    _surrogates: bool = True
    #: False for YAML read without its node tree, which is then made when a place is asked for.
    _composed: bool = True
    #: Where the block mappings and lists of YAML read without its node tree start, by id.
    _places: dict[int, Mark] = attrs.field(factory=dict)

    @classmethod
    def from_data(cls, data: object, limits: Limits | None = None) -> Document:
        """
        Wrap plain data given directly, checking it against the depth and size *limits*.

        Raises:
            LimitError: for data beyond *limits*.
        """
        limits = limits or DEFAULT_LIMITS
        return cls(data=data, limits=limits, surrogates=_check_size(data, limits, None))

    def surrogate_paths(self) -> Iterator[Path]:
        """
        The places whose text (a value or a key) holds a lone surrogate, which no file can write.

        Text was checked whole when it was read: only an escape of a
        surrogate code point can still make one there. Plain data was looked
        through as its size was checked.
        """
        text = self.text
        if not self._surrogates or (text is not None and "\\u" not in text and "\\U" not in text):
            return iter(())
        return _surrogate_paths(self.data)

    def locate(self, path: Path, *, key: bool = False) -> Mark | None:
        """
        Return the (line, column) where the value at *path* was written.

        With *key*, the position of the mapping key that names *path*.
        JSON documents are parsed by the `json` module for exact JSON
        semantics; their positions are found only when asked for. A YAML
        document read in the common style knows where its block mappings and
        lists start, and reads its text again for its node tree when asked
        for another place; one read by PyYAML keeps its node tree and finds a
        position in it.
        """
        if self._marks is None and not self._composed:
            if not key and (place := self._places.get(id(_at(self.data, path)))):
                return place
            self._compose()
        if self._marks is None:
            if self._root is not None:
                return self._node_mark(path, key=key)
            if self.text is None:
                return None
            values, keys = _json_marks(self.text)
            object.__setattr__(self, "_marks", values)
            object.__setattr__(self, "_key_marks", keys)
        marks = self._key_marks if key else self._marks
        assert marks is not None  # noqa: S101 - set together with _marks
        return marks.get(path) or (self._marks or {}).get(path)

    def _compose(self) -> None:
        """Read the YAML text again for its node tree, or its places if it has no tree."""
        assert self.text is not None  # noqa: S101 - only YAML read from text is not composed
        walker = _Walker(self.text, self.limits, self.file, ProfileError)
        walker.load()
        object.__setattr__(self, "_root", walker.root)
        if walker.root is None:
            object.__setattr__(self, "_marks", walker.marks)
            object.__setattr__(self, "_key_marks", walker.key_marks)
        object.__setattr__(self, "_composed", True)

    def _node_mark(self, path: Path, *, key: bool) -> Mark | None:
        """
        The position of the node at *path* (with *key*, of the key that names it, if any).
        """
        node, key_node = self._root, None
        for part in path:
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                keys = self._keys.get(id(node))
                if keys is None:  # the first in a document wins, as in reading
                    pairs = reversed(node.value)
                    keys = self._keys[id(node)] = {str(pair[0].value): pair for pair in pairs}
                if part not in keys:
                    return None
                key_node, node = keys[part]
            elif (
                isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value)
            ):
                key_node, node = None, node.value[part]
            else:
                return None
        if key and key_node is not None:
            return _mark(key_node)
        return _mark(node) if node is not None else None


_BLANK = re.compile(r"[ \t\r\n]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_ATOM = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null")


def _at(data: object, path: Path) -> object:
    """The value at *path* in plain *data*, or None where the path leads nowhere."""
    for part in path:
        if isinstance(data, dict) and part in data:  # noqa: SIM114 - a key here, an index below
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _surrogate_paths(data: object) -> Iterator[Path]:
    """
    The places in plain *data* whose text (a value or a key) holds a lone surrogate, without recursion.
    """
    pending: list[tuple[object, Path]] = [(data, ())]
    while pending:
        value, path = pending.pop()
        if isinstance(value, str):
            if not value.isascii() and _SURROGATE.search(value):
                yield path
        elif isinstance(value, Mapping):
            for key in value:
                if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                    yield (*path, key)
            pending.extend((value[key], (*path, key)) for key in reversed(list(value)))  # in document order
        elif isinstance(value, list | tuple):
            pending.extend((item, (*path, index)) for index, item in reversed(list(enumerate(value))))


def _json_marks(text: str) -> tuple[dict[Path, Mark], dict[Path, Mark]]:
    """
    The position of every value and key of the JSON *text* (which `json` has read), in one pass.

    A walk of its own, without recursion: the `json` module gives no positions, and YAML
    cannot re-read every JSON text (keys over 1,024 characters, escaped surrogate pairs).
    """
    starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def mark(index: int) -> Mark:
        line = bisect.bisect_right(starts, index)
        return line, index - starts[line - 1] + 1

    def blank(index: int) -> int:
        return _BLANK.match(text, index).end()  # type: ignore[union-attr] # always matches

    marks: dict[Path, Mark] = {}
    key_marks: dict[Path, Mark] = {}
    frames: list[tuple[bool, Path, list[int]]] = []  # is a mapping, its path, how many items so far

    def key(index: int, frame: tuple[bool, Path, list[int]]) -> tuple[int, Path]:
        found = _STRING.match(text, index)
        assert found is not None  # noqa: S101 - the text is JSON
        where = (*frame[1], json.loads(found.group()))
        key_marks[where] = mark(index)
        return blank(blank(found.end()) + 1), where  # past the key and its colon

    index = blank(0)
    path: Path = ()
    while True:
        marks.setdefault(path, mark(index))
        char = text[index]
        if char in "{[":
            frame: tuple[bool, Path, list[int]] = (char == "{", path, [0])
            index = blank(index + 1)
            if text[index] not in "}]":
                frames.append(frame)
                index, path = key(index, frame) if frame[0] else (index, (*path, 0))
                continue
            index = blank(index + 1)
        else:
            found = (_STRING if char == '"' else _ATOM).match(text, index)
            assert found is not None  # noqa: S101 - the text is JSON
            index = blank(found.end())
        while frames and text[index] in "}]":  # the containers this value ends
            frames.pop()
            index = blank(index + 1)
        if not frames:
            return marks, key_marks
        frame = frames[-1]  # a comma: the next item of the innermost container
        frame[2][0] += 1
        index = blank(index + 1)
        index, path = key(index, frame) if frame[0] else (index, (*frame[1], frame[2][0]))


def format_path(path: Path) -> str:
    """
    Write *path* as the profile format names it, like ``skills[2].level``.

    Example:
        >>> format_path(("skills", 2, "level"))
        'skills[2].level'
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def load_document(  # noqa: PLR0913 - each option is a separate, documented choice
    source: str | bytes | FilePath,
    *,
    kind: Literal["yaml", "json"] | None = None,
    file: str | None = None,
    limits: Limits | None = None,
    error: type[_ProblemsError] = ProfileError,
    allow_empty: bool = False,
) -> Document:
    """
    Load one YAML or JSON document into plain data.

    Args:
        source: The document's text (`str` or UTF-8 `bytes`) or a
            `pathlib.Path` to read it from.
        kind: ``"yaml"`` or ``"json"``; by default JSON for ``.json`` and
            ``.jsonl`` files and text that starts with ``{``, YAML otherwise.
            YAML also reads JSON, but JSON is parsed with JSON's own rules.
        file: The name to report in errors, when *source* is text.
        limits: Bounds on the document; `Limits()` by default.
        error: The exception class for problems.
        allow_empty: Accept an empty document (as None) instead of raising.

    Raises:
        ProfileError: (or *error*) for text that is not valid, with its
            line and column.
        LimitError: for a document beyond *limits*.
    """
    limits = limits or DEFAULT_LIMITS
    if isinstance(source, FilePath):
        file = str(source) if file is None else file
        if kind is None and source.suffix.lower() in {".json", ".jsonl"}:
            kind = "json"
        source = _read_file(source, file, limits, error)
    if isinstance(source, bytes):
        source = _decode(source, file, limits, error)
    text = source.removeprefix("\ufeff")
    if len(text) > limits.max_bytes:
        raise too_large(len(text.encode("utf-8", "surrogatepass")), limits, file)
    if not text.isascii() and (surrogate := _SURROGATE.search(text)):
        line = text.count("\n", 0, surrogate.start()) + 1
        column = surrogate.start() - text.rfind("\n", 0, surrogate.start())
        message = "the document is not valid Unicode text (it holds a lone surrogate)"
        raise error([Problem(message=message, file=file, line=line, column=column)])
    if not text.strip():
        if allow_empty:
            return Document(data=None, file=file, text=text, limits=limits)
        raise error([Problem(message="the document is empty", file=file)])
    if kind is None:
        kind = "json" if text.lstrip().startswith("{") else "yaml"
    if kind == "json":
        return _load_json(text, file, limits, error)
    return _load_yaml(text, file, limits, error)


def _load_yaml(text: str, file: str | None, limits: Limits, error: type[_ProblemsError]) -> Document:
    """
    Read YAML text: quickly for the common style, with PyYAML for the rest and every problem.
    """
    with collector_paused(pause=len(text) > _LARGE):
        try:
            data, places = read_simple_yaml(text, max_values=limits.max_values, max_depth=limits.max_depth)
        except NotSimple:
            pass
        else:  # read without nodes: the node tree is made if another place is asked for
            return Document(data=data, file=file, text=text, limits=limits, composed=False, places=places)
        walker = _Walker(text, limits, file, error)
        data = walker.load()
    return Document(
        data=data,
        file=file,
        text=text,
        limits=limits,
        # Read without places, a document finds them in its node tree when asked for.
        marks=walker.marks if walker.root is None else None,
        key_marks=walker.key_marks if walker.root is None else None,
        root=walker.root,
    )


#: The text length from which a document is read with the cyclic garbage collector paused.
_LARGE = 64 * 1024


@contextlib.contextmanager
def collector_paused(*, pause: bool = True) -> Iterator[None]:
    """
    Pause Python's cyclic garbage collector while a large document is read or compiled, if *pause*.

    Reading makes many containers and no cycles; each collection the
    allocations set off walks every container made so far, so a large
    rule file took time growing faster than its size. The collector is
    restarted as it was, whatever happens.
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read_file(path: FilePath, file: str, limits: Limits, error: type[_ProblemsError]) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise too_large(size, limits, file)
        return path.read_bytes()
    except OSError as exc:
        raise error([Problem(message=f"cannot read the file: {exc.strerror}", file=file)]) from None


def _decode(data: bytes, file: str | None, limits: Limits, error: type[_ProblemsError]) -> str:
    if len(data) > limits.max_bytes:
        raise too_large(len(data), limits, file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"the document is not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})"
        raise error([Problem(message=message, file=file)]) from None


def too_large(size: int, limits: Limits, file: str | None) -> LimitError:
    """The error for a document of *size* bytes past *limits*."""
    message = f"the document has {size} bytes, more than the limit of {limits.max_bytes}"
    return LimitError([Problem(message=message, file=file)])


class _DuplicateKeyError(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


class _ConstantError(ValueError):
    """
    NaN or Infinity, which Python's `json` reads and JSON does not have.
    """


def _no_constants(name: str) -> object:
    raise _ConstantError(name)


#: JSON's own reading, refusing duplicate keys and the constants JSON does not have (made once:
#: `json.loads` with options makes a decoder each call).
_JSON = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)

#: A JSON string, or NaN or Infinity outside one.
_CONSTANT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?(?:NaN|Infinity))', re.DOTALL)


def _load_json(text: str, file: str | None, limits: Limits, error: type[_ProblemsError]) -> Document:
    try:
        data = _JSON.decode(text)
    except json.JSONDecodeError as exc:
        problem = Problem(message=f"not valid JSON: {exc.msg}", file=file, line=exc.lineno, column=exc.colno)
        raise error([problem]) from None
    except RecursionError:
        message = f"the document nests deeper than the limit of {limits.max_depth}"
        raise LimitError([Problem(message=message, file=file)]) from None
    except _DuplicateKeyError:
        # YAML reads JSON too, and knows where the duplicate key is.
        _Walker(text, limits, file, error).load()
        raise error([Problem(message="a mapping has a duplicate key", file=file)]) from None
    except _ConstantError as exc:
        found = next(match for match in _CONSTANT.finditer(text) if match.group(1))
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        message = f"not valid JSON: {exc} is not a JSON number"
        raise error([Problem(message=message, file=file, line=line, column=column)]) from None
    except ValueError:  # an integer past Python's conversion limit (its message differs between versions)
        raise error([Problem(message="a number has more digits than can be read", file=file)]) from None
    # JSON has no aliases: its text (already within max_bytes) bounds the text it holds, it holds
    # fewer values than characters, and it nests no deeper than it has brackets. Only a text that
    # could pass a limit is walked.
    if len(text) > limits.max_values or text.count("[") + text.count("{") >= limits.max_depth:
        _check_size(data, limits, file)
    return Document(data=data, file=file, text=text, limits=limits)


def _expands(limits: Limits) -> str:
    return (
        f"the document's text comes to more than {limits.max_bytes} bytes"
        " (text reached through YAML aliases, or shared in plain data, counts each time)"
    )


def _check_size(data: object, limits: Limits, file: str | None) -> bool:
    """
    Enforce the depth, value and size limits on plain data (shared text counts each time it is held).

    Returns whether some text of *data* holds a lone surrogate.
    """
    count = 1
    size = len(data) if isinstance(data, str) else 0
    surrogates = isinstance(data, str) and _has_surrogate(data)
    max_values, max_depth = limits.max_values, limits.max_depth
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack and size <= limits.max_bytes:
        value, depth = stack.pop()
        # Lists and dicts first: a check against Mapping alone is slow.
        if isinstance(value, list):
            children: list[object] = value
        elif isinstance(value, dict | Mapping):
            children = list(value.values())
            keys = "".join([key for key in value if isinstance(key, str)])
            size += len(keys)
            surrogates = surrogates or _has_surrogate(keys)
        else:
            continue
        count += len(children)
        if count > max_values:
            message = f"the document has more than {max_values} values"
            raise LimitError([Problem(message=message, file=file)])
        if children and depth >= max_depth:
            message = f"the document nests deeper than the limit of {max_depth}"
            raise LimitError([Problem(message=message, file=file)])
        for child in children:
            if isinstance(child, str):
                size += len(child)
                surrogates = surrogates or _has_surrogate(child)
            elif type(child) not in _NUMBERS:
                stack.append((child, depth + 1))
    if size > limits.max_bytes:
        raise LimitError([Problem(message=_expands(limits), file=file)])
    return surrogates


def _has_surrogate(text: str) -> bool:
    return not text.isascii() and _SURROGATE.search(text) is not None


#: The types of plain data that hold no other values and no text.
_NUMBERS = frozenset({int, float, bool, type(None)})


def _mark(node: yaml.Node) -> Mark:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Unplaced(Exception):  # noqa: N818 - a signal, not an error
    """
    A problem found while reading without places: read again, placing every problem.
    """


class _NotAValue(Exception):  # noqa: N818 - a signal, not an error
    """
    A scalar that gives no value, with the problem's message.
    """


class _Walker:
    """
    Turn a YAML node tree into plain data, recording every value's position.
    """

    def __init__(self, text: str, limits: Limits, file: str | None, error: type[_ProblemsError]) -> None:
        self.text = text
        self.limits = limits
        self.file = file
        self.error = error
        self.marks: dict[Path, Mark] = {}
        self.key_marks: dict[Path, Mark] = {}
        self.count = 0
        self.size = 0
        self.problems: list[Problem] = []
        #: The node tree, when the document was read without problems (and without places).
        self.root: yaml.Node | None = None

    def load(self) -> object:
        loader = _Loader(self.text)
        try:
            try:
                node = loader.get_single_node()
            except yaml.MarkedYAMLError as exc:
                mark = exc.problem_mark or exc.context_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                what = exc.problem or exc.context or "syntax error"
                if mark is not None and self._char_at(mark.line, mark.column) == "\t":
                    what = "a tab character; YAML is indented with spaces"
                raise self.error(
                    [Problem(message=f"not valid YAML: {what}", file=self.file, line=line, column=column)]
                ) from None
            except yaml.YAMLError as exc:
                raise self.error([Problem(message=f"not valid YAML: {exc}", file=self.file)]) from None
            except RecursionError:
                msg = f"the document nests deeper than the limit of {self.limits.max_depth}"
                raise self._limit(msg) from None
            if node is None:
                return None
            try:
                self.root = node
                return self._plain(loader, node, 1)
            except _Unplaced:
                self.root, self.count, self.size = None, 0, 0
                data = self._value(loader, node, (), 1)
        finally:
            loader.dispose()
        if self.problems:
            raise self.error(self.problems)
        return data

    def _counted(self, depth: int) -> None:
        """
        Count one more value at *depth*, raising LimitError past the limits.
        """
        self.count += 1
        self._check_limits(depth)

    def _check_limits(self, depth: int) -> None:
        """
        Raise LimitError if the values counted so far, or *depth*, are past the limits.
        """
        if self.count > self.limits.max_values:
            msg = (
                f"the document has more than {self.limits.max_values} values"
                " (YAML aliases count each time they are used)"
            )
            raise self._limit(msg)
        if depth > self.limits.max_depth:
            msg = f"the document nests deeper than the limit of {self.limits.max_depth}"
            raise self._limit(msg)

    def _plain(self, loader: yaml.SafeLoader, node: yaml.Node, depth: int) -> object:  # noqa: C901 - a document's every value: inlined
        """
        The value of *node*, without recording places; `_Unplaced` at the first problem.
        """
        self.count += 1
        if self.count > self.limits.max_values or depth > self.limits.max_depth:
            self._check_limits(depth)
        kind = type(node)
        if kind is yaml.ScalarNode:
            if node.tag == _STR:  # most values: text, counted as _scalar_value counts it
                self.size += len(node.value)
                if self.size > self.limits.max_bytes:
                    raise self._limit(_expands(self.limits))
                return node.value
            try:
                return self._scalar_value(loader, cast("yaml.ScalarNode", node))
            except _NotAValue:
                raise _Unplaced from None
        if kind is yaml.MappingNode and node.tag == _MAP:
            result: dict[str, object] = {}
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode or key_node.tag == _MERGE:
                    raise _Unplaced
                key = str(key_node.value)
                if key in result:
                    raise _Unplaced
                result[key] = self._plain(loader, value_node, depth + 1)
            return result
        if kind is yaml.SequenceNode and node.tag == _SEQ:
            return [self._plain(loader, item, depth + 1) for item in node.value]
        raise _Unplaced

    def _char_at(self, line: int, column: int) -> str:
        lines = self.text.splitlines()
        return lines[line][column : column + 1] if line < len(lines) else ""

    def _limit(self, message: str) -> LimitError:
        return LimitError([Problem(message=message, file=self.file)])

    def _problem(self, node: yaml.Node, path: Path, message: str) -> None:
        line, column = _mark(node)
        self.problems.append(
            Problem(message=message, path=format_path(path), file=self.file, line=line, column=column)
        )

    def _value(self, loader: yaml.SafeLoader, node: yaml.Node, path: Path, depth: int) -> object:
        self._counted(depth)
        self.marks.setdefault(path, _mark(node))
        handler = _NODE_HANDLERS.get(type(node))
        if handler is None:  # pragma: no cover - PyYAML makes only these three
            self._problem(node, path, "unsupported YAML node")
            return None
        return handler(self, loader, node, path, depth)

    def _mapping(self, loader: yaml.SafeLoader, node: yaml.Node, path: Path, depth: int) -> object:
        if node.tag != _MAP:
            self._problem(node, path, f"the YAML tag {node.tag!r} is not allowed")
            return None
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                self._problem(key_node, path, "mapping keys must be plain words")
                continue
            key = str(key_node.value)
            if key in result:
                self._problem(key_node, (*path, key), f"duplicate key {key!r}")
                continue
            where = (*path, key)
            self.key_marks[where] = _mark(key_node)
            result[key] = self._value(loader, value_node, where, depth + 1)
        return result

    def _sequence(self, loader: yaml.SafeLoader, node: yaml.Node, path: Path, depth: int) -> object:
        if node.tag != _SEQ:
            self._problem(node, path, f"the YAML tag {node.tag!r} is not allowed")
            return None
        return [self._value(loader, item, (*path, index), depth + 1) for index, item in enumerate(node.value)]

    def _scalar(self, loader: yaml.SafeLoader, node: yaml.Node, path: Path, _depth: int) -> object:
        try:
            return self._scalar_value(loader, cast("yaml.ScalarNode", node))
        except _NotAValue as problem:
            self._problem(node, path, str(problem))
            return None

    def _scalar_value(self, loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
        """
        The value of the scalar *node*; `_NotAValue` with the problem if it gives none.
        """
        tag = node.tag
        self.size += len(node.value)
        if self.size > self.limits.max_bytes:
            raise self._limit(_expands(self.limits))
        if tag == _STR:
            return node.value
        if tag not in _SCALAR_TAGS:
            msg = f"the YAML tag {tag!r} is not allowed"
            raise _NotAValue(msg)
        if tag == _YAML + "timestamp":
            return str(node.value)
        if not node.style and tag in _YAML_12:  # a plain scalar: not quoted, not a block
            # The readings of YAML 1.1 that YAML 1.2 dropped: "no" and "on" are words, 03720 is 3720.
            if tag == _YAML + "int" and _LEADING_ZEROS.fullmatch(node.value):
                return int(node.value.replace("_", ""), 10)
            if not _YAML_12[tag].fullmatch(node.value):
                return str(node.value)
        try:
            return loader.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:
            msg = f"not a valid value: {exc}"
            raise _NotAValue(msg) from None


_NODE_HANDLERS: dict[type[yaml.Node], Callable[[_Walker, yaml.SafeLoader, yaml.Node, Path, int], object]] = {
    yaml.MappingNode: _Walker._mapping,  # noqa: SLF001 - the walker's own table
    yaml.SequenceNode: _Walker._sequence,  # noqa: SLF001
    yaml.ScalarNode: _Walker._scalar,  # noqa: SLF001
}
