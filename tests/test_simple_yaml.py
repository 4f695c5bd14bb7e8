"""Tests for mlcareer._simple_yaml: the quick reader gives PyYAML's reading, or leaves the text to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mlcareer import LimitError, Limits, ProfileError
from mlcareer._document import _Loader, _Walker, load_document
from mlcareer._simple_yaml import NotSimple, read_simple_yaml

from .conftest import EXAMPLES, RULES

if TYPE_CHECKING:
    from pathlib import Path

_LIMITS = Limits()


def _typed(value: object) -> object:
    """*value* with the type of every scalar beside it: True and 1, 1 and 1.0 differ."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


def _full(
    text: str, limits: Limits = _LIMITS
) -> tuple[object, dict[tuple[str | int, ...], tuple[int, int]]] | None:
    """PyYAML's reading of *text* and the place of every value, or None for text it refuses."""
    walker = _Walker(text, limits, None, ProfileError)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        data = walker._value(loader, node, (), 1)
    except (yaml.YAMLError, ProfileError, LimitError, RecursionError):
        return None
    finally:
        loader.dispose()
    return (None, {}) if walker.problems else (data, walker.marks)


def _containers(data: object, path: tuple[str | int, ...] = ()) -> dict[int, tuple[str | int, ...]]:
    """The path of every mapping and list in *data*, by id."""
    found: dict[int, tuple[str | int, ...]] = {}
    if isinstance(data, dict | list):
        found[id(data)] = path
        items = data.items() if isinstance(data, dict) else enumerate(data)
        for key, item in items:
            found.update(_containers(item, (*path, key)))
    return found


def _agree(text: str, limits: Limits = _LIMITS) -> bool:
    """
    Assert the quick reader gives PyYAML's data and places for *text*, or leaves it; whether it read it.
    """
    full = _full(text, limits)
    try:
        data, places = read_simple_yaml(text, max_values=limits.max_values, max_depth=limits.max_depth)
    except NotSimple:
        return False
    assert full is not None, f"read text PyYAML refuses: {text!r}"
    expected, marks = full
    assert _typed(data) == _typed(expected), text
    paths = _containers(data)
    for identity, place in places.items():
        assert marks[paths[identity]] == place, (text, paths[identity])
    return True


#: Values people write, and values that read as something other than text or that PyYAML refuses.
_SCALARS = st.sampled_from(
    [
        "python",
        "Deep learning, at work",
        "3",
        "2.5",
        "true",
        "null",
        "c++",
        "[a, b]",
        "{name: r, level: 2}",
        "'it''s'",
    ]
) | st.sampled_from(
    [
        "python",
        "Deep learning, at work",
        "12",
        "-3",
        "+4",
        "0123",
        "1.5",
        "1e3",
        ".5",
        "0x1F",
        "1_000",
        "1:20",
        "yes",
        "No",
        "on",
        "true",
        "FALSE",
        "null",
        "~",
        "Null",
        "2026-11-26",
        "2026-11",
        "2001-12-14 21:59:43.10",
        "c#",
        "c++",
        "a: b",
        "a:b",
        "https://example.com/a#b",
        "text # a comment",
        "text#hash",
        "ends with colon:",
        "-",
        "- x",
        "-1x",
        "? x",
        ":x",
        "'single ''quoted'''",
        "'a: # b'",
        '"double \\"quoted\\""',
        '"tab\\tand \\u00e9"',
        '"\\x41 and \\N"',
        '"\\ud83d\\ude00"',
        '"a \\/ b"',
        "[a, b]",
        "[c#, 'x y', {k: v}, [1, 2.5]]",
        "[a, b,]",
        "[]",
        "{}",
        "{a: 1, b: [x, y], c: {d: null}}",
        "{a: }",
        "{a:1}",
        "[a: b]",
        "[a #b]",
        "{a: b} trailing",
        "[a, b] # comment",
        "&anchor x",
        "*alias",
        "!!str 12",
        "!tag x",
        "%x",
        "@x",
        "`x",
        "é and ü",
        "text   ",
        "|",
        ">",
        "<<",
        "=",
        ".inf",
        ".NaN",
    ]
)

#: Text written over several lines: a folded or literal block, or plain text continued.
_BLOCKS = st.sampled_from(
    [
        (">-", ["first line", "second line"]),
        (">", ["one", "", "two", "", "", "three"]),
        ("|", ["line one", "  indented", "", "line three"]),
        ("|-", ["kept", "as is"]),
        ("|+", ["kept"]),
        (">2", ["explicit"]),
        (">- # comment", ["after a comment"]),
        ("long plain text", ["continued here", "and here"]),
        ("plain", ["", "after a blank"]),
        ("plain", ["- dash", "x"]),
        ("plain", ["with: colon"]),
        ("'quoted", ["over lines'"]),
        ("[a,", ["b]"]),
        ("{a: 1,", ["  b: 2}"]),
    ]
)

_KEYS = st.sampled_from(["a", "b", "name", "level", "skills"]) | st.sampled_from(
    ["c++", "c#", "two words", "1", "true", "<<", "'q'", '"d"', "? k", "x y ", "a #b", "a"]
)


@st.composite
def _yaml_texts(draw: st.DrawFn) -> str:  # noqa: C901, PLR0915 - one grammar, a nested function a rule
    """YAML as people write it: nested blocks, flows, comments, blank lines, and some text PyYAML refuses."""
    lines: list[str] = []

    def value(indent: int, depth: int, *, in_list: bool) -> None:
        """Append a value that starts on the current (last) line, written at *indent*."""
        choice = draw(st.integers(0, 9))
        if choice < 4 or depth > 3:
            lines[-1] += " " + draw(_SCALARS)
        elif choice < 6:
            header, body = draw(_BLOCKS)
            lines[-1] += " " + header
            extra = draw(st.sampled_from([2, 2, 3, 0]))
            lines.extend(" " * (indent + extra) + part if part else "" for part in body)
        elif choice < 8:
            nested = indent + draw(st.sampled_from([2, 2, 4, 1]))
            if not in_list and draw(st.booleans()):
                nested = indent  # a list at its key's indentation
                sequence(nested, depth + 1)
            else:
                block(nested, depth + 1)
        else:
            lines[-1] += draw(st.sampled_from(["", " # nothing"]))

    def mapping(indent: int, depth: int, *, first: str | None = None) -> None:
        for number in range(draw(st.integers(1, 4))):
            key = draw(_KEYS)
            if number == 0 and first is not None:
                lines[-1] = first + key + ":"
            else:
                lines.append(" " * indent + key + ":")
            value(indent, depth, in_list=False)
            decoration(indent)

    def sequence(indent: int, depth: int) -> None:
        for _ in range(draw(st.integers(1, 3))):
            if draw(st.integers(0, 2)) == 0:
                lines.append(" " * indent + "-")
                mapping(indent + 2, depth + 1, first=" " * indent + "- ")
            else:
                lines.append(" " * indent + "-")
                value(indent, depth, in_list=True)
            decoration(indent)

    def block(indent: int, depth: int) -> None:
        if draw(st.booleans()):
            mapping(indent, depth)
        else:
            sequence(indent, depth)

    def decoration(indent: int) -> None:
        choice = draw(st.integers(0, 7))
        if choice == 0:
            lines.append("")
        elif choice == 1:
            lines.append(" " * draw(st.integers(0, indent + 2)) + "# a comment")

    if draw(st.integers(0, 9)) == 0:
        lines.append(draw(st.sampled_from(["---", "# a heading", "%YAML 1.2\n---", "\t"])))
    lines.append("")
    del lines[-1]
    block(0, 1)
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n", "\n# end\n"]))


@given(_yaml_texts())
def test_reads_as_pyyaml_reads(text: str) -> None:
    """Text the quick reader reads gives PyYAML's data and places; text PyYAML refuses is left to it."""
    _agree(text)


@given(_yaml_texts(), st.integers(1, 6), st.integers(1, 40))
def test_reads_within_the_limits_pyyaml_reads_within(text: str, depth: int, values: int) -> None:
    """Under any limits, the quick reader reads only what PyYAML reads within them."""
    _agree(text, Limits(max_depth=depth, max_values=values))


#: Text as profiles and rules hold it, and now and then any text at all.
_TEXT = st.text(st.sampled_from("abcXYZ019 .,:#-'\"é/+_[]{}!&*?"), max_size=30) | st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=10
)
#: Keys as documents name them.
_WORDS = st.from_regex(r"[a-z][a-z0-9_]{0,8}( [a-z]{1,5})?", fullmatch=True)
_PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_WORDS, children, max_size=4),
    max_leaves=20,
)


@given(
    st.dictionaries(_WORDS, _PLAIN, min_size=1, max_size=5),
    st.sampled_from([False, None]),
    st.integers(10, 120),
    st.booleans(),
    st.sampled_from([2, 4]),
)
def test_reads_what_pyyaml_writes(
    data: dict[str, object], flow: bool | None, width: int, unicode: bool, indent: int
) -> None:
    """Data PyYAML writes, in any of its styles, reads back the same through both readers."""
    text = yaml.safe_dump(data, default_flow_style=flow, width=width, allow_unicode=unicode, indent=indent)
    if _agree(text):
        assert _typed(load_document(text, kind="yaml").data) == _typed(data)


@pytest.mark.parametrize(
    "path",
    sorted(RULES.glob("*.yaml")) + sorted(p for p in EXAMPLES.glob("*.yaml") if p.stem != "empty"),
    ids=str,
)
def test_reads_the_rule_files_and_profiles(path: Path) -> None:
    """The rulebook's files and the example profiles are read quickly, as PyYAML reads them."""
    assert _agree(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("a:\n  b:\n    c: 1\n", Limits(max_depth=2)),
        ("a:\n  -\n", Limits(max_depth=2)),
        ("- - 1\n", Limits(max_depth=2)),
        ("a: [[[1]]]\n", Limits(max_depth=3)),
        ("- 1\n- 2\n- 3\n", Limits(max_values=3)),
        ("a: {b: 1, c: 2}\n", Limits(max_values=3)),
    ],
)
def test_leaves_documents_past_the_limits(text: str, limits: Limits) -> None:
    """A document past its limits is left to PyYAML's reader, which says which limit."""
    with pytest.raises(NotSimple):
        read_simple_yaml(text, max_values=limits.max_values, max_depth=limits.max_depth)
    with pytest.raises(LimitError):
        load_document(text, limits=limits)


def test_places_of_values_it_does_not_record_come_from_pyyaml() -> None:
    """A document read quickly still places a scalar, a key and a flow list, by reading the text again."""
    document = load_document("name: Ada\nskills: [python, r]\nwork:\n  - title: Analyst\n")
    assert document.locate(("work",)) == (4, 3)
    assert document.locate(("work", 0)) == (4, 5)
    assert document.locate(("skills", 1)) == (2, 18)
    assert document.locate(("work", 0, "title"), key=True) == (4, 5)
    assert document.locate(("name",)) == (1, 7)
