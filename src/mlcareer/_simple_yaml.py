"""
A quick reader for the YAML people write in rule files and profiles.

PyYAML builds a node for every value, with two marks each, before any
value is made; that is most of the time a large rule file takes to load.
This reader makes plain data straight from the text for the common block
style: mappings and lists by indentation, flow lists and mappings, plain,
quoted and folded text, and comments. On anything else (anchors, tags,
escapes it does not know, several documents, text it is not sure of, a
document past its limits) it gives up with `NotSimple`, and the document
is read by PyYAML, which reads it in full and places every problem. Every
value it gives is the one PyYAML's reading (`mlcareer._document`) gives;
the tests hold the two readers to that on generated documents.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

__all__ = ["NotSimple", "read_simple_yaml"]


class NotSimple(Exception):  # noqa: N818 - a signal, not an error
    """
    The text is outside what this reader reads: read it with PyYAML.
    """


#: A plain mapping key: words of letters, digits and ``_.-/+#``, a comment's ``#`` never after a space.
_WORDS = r"[A-Za-z0-9_][A-Za-z0-9_.\-/+#]*(?: +[A-Za-z0-9_.\-/+][A-Za-z0-9_.\-/+#]*)*"
#: A plain key inside a flow mapping, up to its colon.
_FLOW_KEY = re.compile(rf"({_WORDS}) *:(?=[ \n])")
#: Plain text inside a flow collection: up to a flow indicator, a comment or the line's end.
_FLOW_PLAIN = re.compile(r"[^,\[\]{}\n#: ](?:[^,\[\]{}\n: ]| (?!#)|:(?=[^ ,\[\]{}\n]))*")
#: Characters that cannot start plain text, or start something this reader leaves to PyYAML.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: A block scalar's header: literal or folded, with an optional strip indicator.
_BLOCK = re.compile(r"([|>])(-?)(?: +#.*)?")
#: The escapes a YAML double-quoted string shares with JSON (no surrogates, which JSON would pair).
_JSON_ESCAPES = re.compile(r'\\(?:["\\/bfnrt]|u(?![dD][89abAB])[0-9A-Fa-f]{4})')
#: Plain text that reads as text whatever the resolver: a letter, then no digit-led reading.
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_ .,'()/-]*")
#: The words the resolver reads as something other than text.
_RESOLVED_WORDS = frozenset(
    word
    for words in ("yes no on off y n true false null", "Yes No On Off Y N True False Null")
    for word in words.split()
) | frozenset({"YES", "NO", "ON", "OFF", "TRUE", "FALSE", "NULL", "NaN", "NAN", "nan"})
#: YAML 1.2's integers, as the full reader keeps them.
_INTEGER = re.compile(r"[-+]?[0-9]+")
#: A plain float YAML 1.1 and 1.2 agree on.
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]+")

#: Characters left to PyYAML: tabs, other line breaks, and what YAML does not allow in a document.
_UNREAD = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")

_RESOLVER = yaml.resolver.Resolver()
_TAG = "tag:yaml.org,2002:"


def _plain_value(text: str, cache: dict[str, object]) -> object:
    """
    The value of the plain scalar *text*, as the full reader gives it; `NotSimple` when unsure.
    """
    if text in cache:
        return cache[text]
    if _WORD.fullmatch(text) and text not in _RESOLVED_WORDS:
        value: object = text
    else:
        tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call] # untyped in PyYAML's stubs
        if tag == _TAG + "str":
            value = text
        elif tag == _TAG + "null":
            value = None
        elif tag == _TAG + "bool":
            value = text in {"true", "True", "TRUE"} if text.lower() in {"true", "false"} else text
        elif tag == _TAG + "int" and _INTEGER.fullmatch(text):
            value = int(text, 10)
        elif tag == _TAG + "float" and _FLOAT.fullmatch(text):
            value = float(text)
        elif tag == _TAG + "timestamp":
            value = text
        else:
            raise NotSimple
    cache[text] = value
    return value


def _quoted(text: str) -> str:
    """
    The value of the quoted scalar *text*, quotes included; `NotSimple` for escapes JSON does not share.
    """
    inner = text[1:-1]
    if text[0] == "'":
        return inner.replace("''", "'")
    if "\\" not in inner:
        return inner
    if _JSON_ESCAPES.sub("", inner).count("\\"):
        raise NotSimple
    return str(json.loads(text))


#: A quoted scalar at the start of a text: single quotes doubled inside, or double quotes escaped.
_QUOTED = re.compile(r"'(?:[^'\n]|'')*'|\"(?:[^\"\\\n]|\\[^\n])*\"")
#: What may follow a value on its line: nothing, or a comment.
_END = re.compile(r"(?: +#.*| *)")


#: A line of block YAML: its indentation, a list item's dash, a plain mapping key, and the rest.
_LINE = re.compile(rf"^( *)(-(?: +|$))?(?:({_WORDS}) *:(?: +|$))?(.*)$", re.MULTILINE)
#: What starts a value other than plain text on one line.
_NOT_PLAIN = frozenset("[{'\"|>") | _INDICATORS


class _Reader:
    """
    One document, read line by line into the mappings and lists its indentation opens.
    """

    def __init__(self, text: str, max_values: int, max_depth: int) -> None:
        self.text = text
        self.lines = text.split("\n")
        self._starts: list[int] = []
        self.flow = _Flow(text, self)
        self.max_values = max_values
        self.max_depth = max_depth
        self.count = 0
        self.cache: dict[str, object] = {}
        #: The (line, column) where each block mapping and list starts, by the container's id.
        self.places: dict[int, tuple[int, int]] = {}

    def counted(self, depth: int) -> None:
        """Count one more value at *depth*; past the limits, the full reader raises the error."""
        self.count += 1
        if self.count > self.max_values or depth > self.max_depth:
            raise NotSimple

    def start(self, index: int) -> int:
        """Where line *index* starts in the text."""
        if not self._starts:
            position = 0
            for line in self.lines:
                self._starts.append(position)
                position += len(line) + 1
        return self._starts[index]

    def document(self) -> object:  # noqa: C901, PLR0912, PLR0915 - one loop over the lines, every case inlined
        """
        The document's mapping or list.

        Each frame of the stack is an open mapping or list: its indentation,
        the container, whether it is a list, and its depth. A key or item
        with nothing after it is pending until the next line shows whether
        a block opens below it.
        """
        lines, tokens = self.lines, _LINE.findall(self.text)
        if len(tokens) != len(lines):
            raise NotSimple
        cache, max_depth, places = self.cache, self.max_depth, self.places
        stack: list[tuple[int, Any, bool, int]] = []
        pending: tuple[Any, object, int, bool, int] | None = None
        root: object = None
        index, count, values = 0, len(lines), 1
        while index < count:
            spaces, dash, key, rest = tokens[index]
            if not dash and not key and (not rest or rest[0] == "#"):
                index += 1
                continue
            column = len(spaces)
            if pending is not None:
                target, slot, parent, in_mapping, depth = pending
                pending = None
                if column > parent or (in_mapping and dash and column == parent):
                    opened: Any = [] if dash else {}
                    target[slot] = opened
                    places[id(opened)] = (index + 1, column + 1)
                    stack.append((column, opened, bool(dash), depth))
            elif not stack:
                if column or root is not None:
                    raise NotSimple
                root = [] if dash else {}
                places[id(root)] = (index + 1, 1)
                stack.append((0, root, bool(dash), 1))
            while stack and (stack[-1][0] > column or (stack[-1][0] == column and stack[-1][2] and not dash)):
                stack.pop()
            if not stack or stack[-1][0] != column:
                raise NotSimple
            indent, container, is_list, depth = stack[-1]
            depth += 1
            values += 1
            if depth > max_depth:
                raise NotSimple
            if dash:
                if not is_list:
                    raise NotSimple
                if key:
                    # A mapping begun on the item's line, indented as far as its first key.
                    item: dict[str, object] = {}
                    container.append(item)
                    indent = column + len(dash)
                    places[id(item)] = (index + 1, indent + 1)
                    stack.append((indent, item, False, depth))
                    container, depth, values = item, depth + 1, values + 1
                elif not rest or rest[0] == "#":
                    container.append(None)
                    pending = (container, len(container) - 1, indent, False, depth)
                    index += 1
                    continue
            elif is_list or not key:
                raise NotSimple
            if depth > max_depth:  # the values of a mapping begun on an item's line
                raise NotSimple
            if key:
                if key in container or key == "<<":
                    raise NotSimple
                if not rest or rest[0] == "#":
                    container[key] = None
                    pending = (container, key, indent, True, depth)
                    index += 1
                    continue
            # Most values: plain text on one line, the next line no more indented than its mapping or list.
            following = tokens[index + 1] if index + 1 < count else ("", "-", "", "")
            if (
                rest[0] not in _NOT_PLAIN
                and len(following[0]) <= indent
                and (following[1] or following[2] or following[3][:1] not in {"", "#"})
                and " #" not in rest
                and ": " not in rest
                and rest[-1] != ":"
            ):
                words = rest.rstrip(" ")
                value = cache[words] if words in cache else _plain_value(words, cache)
                index += 1
            else:
                value, index = self.inline(index, len(lines[index]) - len(rest), indent, depth, rest)
            if key:
                container[key] = value
            else:
                container.append(value)
        if root is None or values + self.count > self.max_values:
            raise NotSimple
        return root

    def inline(self, index: int, column: int, parent: int, depth: int, rest: str) -> tuple[object, int]:
        """
        The value written from *column* of line *index*, continued on lines more indented than *parent*.

        Returns the value and the next line to read.
        """
        first = rest[0]
        if first not in _NOT_PLAIN or (first in "-?:" and rest[1:2] not in {"", " "}):
            return self.plain(index, parent, rest)
        line = self.lines[index]
        if first in "[{":
            start = self.start(index) + column
            self.count -= 1  # counted as a value of the block already
            value, end = self.flow.value(start, depth)
            stop = self.text.find("\n", end)
            if not _END.fullmatch(self.text, end, len(self.text) if stop < 0 else stop):
                raise NotSimple
            return value, index + 1 + self.text.count("\n", start, end)
        if first in "'\"":
            match = _QUOTED.match(line, column)
            if match is None or not _END.fullmatch(line, match.end()):
                raise NotSimple
            return _quoted(match.group()), index + 1
        if first in "|>":
            return self.block_scalar(index, column, parent)
        raise NotSimple

    def plain(self, index: int, parent: int, rest: str) -> tuple[object, int]:
        """Plain text, folded over the more indented lines that follow."""
        comment = rest.find(" #")
        words = (rest if comment < 0 else rest[:comment]).rstrip(" ")
        if ": " in words or words[-1] == ":":
            raise NotSimple
        index += 1
        lines = self.lines
        if comment >= 0 or index == len(lines):
            return _plain_value(words, self.cache), index
        following = lines[index]
        stripped = following.lstrip(" ")
        if not stripped or len(following) - len(stripped) <= parent:
            if not stripped:
                self.no_folded_break(index, parent)
            return _plain_value(words, self.cache), index
        parts = [words]
        while index < len(lines):
            following = lines[index]
            stripped = following.lstrip(" ")
            if not stripped or len(following) - len(stripped) <= parent:
                break
            if stripped[0] in _INDICATORS or ": " in stripped or " #" in stripped or stripped.endswith(":"):
                raise NotSimple
            parts.append(stripped.rstrip(" "))
            index += 1
        self.no_folded_break(index, parent)
        return _plain_value(" ".join(parts), self.cache), index

    def no_folded_break(self, index: int, parent: int) -> None:
        """`NotSimple` if blank lines at *index* are followed by more of the text, which folds to a break."""
        lines = self.lines
        while index < len(lines) and not lines[index].strip(" "):
            index += 1
        if index < len(lines):
            line = lines[index]
            stripped = line.lstrip(" ")
            if stripped[0] != "#" and len(line) - len(stripped) > parent:
                raise NotSimple

    def block_scalar(self, index: int, column: int, parent: int) -> tuple[object, int]:  # noqa: C901 - one loop, a case a kind of line
        """A literal (``|``) or folded (``>``) block of text, its final line break clipped or stripped."""
        header = _BLOCK.fullmatch(self.lines[index], column)
        if header is None:
            raise NotSimple
        folded = header.group(1) == ">"
        lines = self.lines
        index += 1
        body: list[str] = []
        indent = last = -1
        while index < len(lines):
            line = lines[index]
            stripped = line.lstrip(" ")
            here = len(line) - len(stripped)
            if not stripped:
                if indent < 0 or here > indent:
                    raise NotSimple  # blank lines that lead, or hold spaces of their own
                body.append("")
            elif indent < 0:
                if here <= parent:
                    break
                indent = here
                body.append(stripped)
            elif here < indent:
                break
            elif here > indent and folded:
                raise NotSimple  # more-indented lines keep their breaks in folded text
            else:
                body.append(line[indent:])
            if stripped:
                last = index
            index += 1
        while body and not body[-1]:
            body.pop()
        if not body:
            raise NotSimple
        text = _folded(body) if folded else "\n".join(body)
        # Clipped, the text keeps the line break after its last line, if the document has one.
        ends = last == len(lines) - 1
        return (text if header.group(2) or ends else text + "\n"), index


def _folded(lines: list[str]) -> str:
    """Folded text: lines joined by a space, each run of blank lines kept as that many line breaks."""
    text, empties = lines[0], 0
    for line in lines[1:]:
        if not line:
            empties += 1
            continue
        text += ("\n" * empties if empties else " ") + line
        empties = 0
    return text


class _Flow:
    """
    A flow collection (``[...]`` or ``{...}``), read from a position in the whole text.
    """

    def __init__(self, text: str, reader: _Reader) -> None:
        self.text = text
        self.reader = reader

    def skip(self, position: int) -> int:
        """The position of the next character past blanks, line breaks and comments."""
        text = self.text
        while position < len(text):
            char = text[position]
            if char in " \n":
                position += 1
            elif char == "#" and text[position - 1] in " \n":
                end = text.find("\n", position)
                position = len(text) if end < 0 else end
            else:
                return position
        raise NotSimple

    def value(self, position: int, depth: int) -> tuple[object, int]:
        """The value that starts at *position*, and the position after it."""
        text = self.text
        first = text[position]
        if first == "[":
            return self.collection(position, depth, "]")
        if first == "{":
            return self.collection(position, depth, "}")
        self.reader.counted(depth)
        if first in "'\"":
            match = _QUOTED.match(text, position)
            if match is None:
                raise NotSimple
            return _quoted(match.group()), match.end()
        if first in _INDICATORS:
            raise NotSimple
        match = _FLOW_PLAIN.match(text, position)
        if match is None:
            raise NotSimple
        words = match.group().rstrip(" ")
        if " #" in words:
            raise NotSimple
        return _plain_value(words, self.reader.cache), match.end()

    def collection(self, position: int, depth: int, close: str) -> tuple[object, int]:
        self.reader.counted(depth)
        text = self.text
        items: list[object] = []
        pairs: dict[str, object] = {}
        position = self.skip(position + 1)
        while text[position] != close:
            if close == "}":
                match = _FLOW_KEY.match(text, position)
                if match is None or match.group(1) in pairs or match.group(1) == "<<":
                    raise NotSimple
                position = self.skip(match.end() + 1)
                pairs[match.group(1)], position = self.value(position, depth + 1)
            else:
                value, position = self.value(position, depth + 1)
                items.append(value)
            position = self.skip(position)
            if text[position] == ",":
                position = self.skip(position + 1)
            elif text[position] != close:
                raise NotSimple
        return (pairs if close == "}" else items), position + 1


def read_simple_yaml(
    text: str, *, max_values: int, max_depth: int
) -> tuple[object, dict[int, tuple[int, int]]]:
    r"""
    The plain data of the YAML *text*, read quickly; `NotSimple` when PyYAML must read it.

    Returns the data and the 1-based (line, column) where each of its block
    mappings and lists starts, by the container's `id`.

    Example:
        >>> data, places = read_simple_yaml("skills:\n  - {name: python}\n", max_values=10, max_depth=5)
        >>> data, places[id(data["skills"])]
        ({'skills': [{'name': 'python'}]}, (2, 3))
    """
    if _UNREAD.search(text) or "\n---" in text or text.startswith(("---", "%")) or "\n..." in text:
        raise NotSimple
    reader = _Reader(text, max_values, max_depth)
    try:
        return reader.document(), reader.places
    except (IndexError, ValueError):
        raise NotSimple from None
