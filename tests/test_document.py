"""Tests for mlcareer._document: safe YAML and JSON loading with positions."""

from __future__ import annotations

import gc
import json
from typing import TYPE_CHECKING

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import LimitError, Limits, Problem, ProfileError, RuleError
from mlcareer._document import Document, _Loader, _Walker, collector_paused, format_path, load_document

if TYPE_CHECKING:
    from pathlib import Path


def messages(error: pytest.ExceptionInfo[ProfileError]) -> list[str]:
    """The problems of a raised error, as text."""
    return [str(problem) for problem in error.value.problems]


class TestYaml:
    def test_plain_data_and_positions(self) -> None:
        """YAML loads to plain data, and every value's line and column are known."""
        document = load_document("name: Ada\nskills:\n  - python\n  - {name: r, level: 2}\n")
        assert document.data == {"name": "Ada", "skills": ["python", {"name": "r", "level": 2}]}
        assert document.locate(("skills", 1, "level")) == (4, 22)
        assert document.locate(("skills", 1, "level"), key=True) == (4, 15)
        assert document.locate(("name",)) == (1, 7)

    def test_duplicate_keys_are_errors(self) -> None:
        """A repeated key is an error at the repeat, not a silent overwrite."""
        with pytest.raises(ProfileError) as error:
            load_document("name: a\nstage: student\nname: b\n", file="p.yaml")
        assert str(error.value) == "invalid profile: p.yaml:3:1: name: duplicate key 'name'"

    def test_syntax_error_has_position(self) -> None:
        """YAML syntax errors give the line and column of the problem."""
        with pytest.raises(ProfileError) as error:
            load_document("skills: [python\nname: x\n", file="p.yaml")
        assert messages(error) == ["p.yaml:2:5: not valid YAML: did not find expected ',' or ']'"]

    def test_json_has_no_nan_or_infinity(self) -> None:
        """NaN and Infinity, which Python's json reads, are not JSON: an error at their place, not in a string."""
        with pytest.raises(ProfileError) as error:
            load_document('{"name": "NaN \\" Infinity",\n "years": -Infinity}', kind="json", file="p.json")
        assert messages(error) == ["p.json:2:11: not valid JSON: -Infinity is not a JSON number"]

    def test_tabs_are_reported(self) -> None:
        """Tabs for indentation are a clear YAML error."""
        with pytest.raises(ProfileError) as error:
            load_document("skills:\n\t- python\n")
        assert messages(error) == ["2:1: not valid YAML: a tab character; YAML is indented with spaces"]

    @pytest.mark.parametrize(
        ("text", "tag"),
        [
            (
                "!!python/object/apply:os.system ['echo hi']",
                "tag:yaml.org,2002:python/object/apply:os.system",
            ),
            ("x: !!binary aGVsbG8=", "tag:yaml.org,2002:binary"),
            ("x: !custom 1", "!custom"),
            ("x: !!set {a, b}", "tag:yaml.org,2002:set"),
        ],
    )
    def test_tags_that_construct_objects_are_refused(self, text: str, tag: str) -> None:
        """Tags beyond plain data are errors, never constructed."""
        with pytest.raises(ProfileError) as error:
            load_document(text)
        assert f"the YAML tag {tag!r} is not allowed" in str(error.value)

    def test_timestamps_stay_text(self) -> None:
        """A date stays the text it was written as."""
        assert load_document("when: 2026-01-02").data == {"when": "2026-01-02"}

    def test_alias_bomb_hits_the_value_limit(self) -> None:
        """Aliases count every time they are expanded, so a bomb stops at the limit."""
        bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in "bcdefgh":
            previous = chr(ord(level) - 1)
            bomb += f"{level}: &{level} [" + ", ".join([f"*{previous}"] * 10) + "]\n"
        with pytest.raises(LimitError) as error:
            load_document(bomb)
        assert str(error.value) == (
            "document too large: the document has more than 100000 values (YAML aliases count each time they are used)"
        )

    def test_depth_limit(self) -> None:
        """Nesting deeper than the limit is refused."""
        with pytest.raises(LimitError) as error:
            load_document("x: " + "[" * 40 + "]" * 40, limits=Limits(max_depth=10))
        assert str(error.value) == "document too large: the document nests deeper than the limit of 10"

    def test_merge_keys_are_refused(self) -> None:
        """YAML merge keys are not plain data."""
        with pytest.raises(ProfileError) as error:
            load_document("base: &b {x: 1}\nother:\n  <<: *b\n")
        assert "mapping keys must be plain words" in str(error.value)


class TestJson:
    def test_json_semantics(self) -> None:
        """JSON is read with JSON's own rules (1e3 is a number)."""
        assert load_document('{"years": 1e3}').data == {"years": 1000.0}

    def test_json_syntax_error(self) -> None:
        """A JSON syntax error gives line and column."""
        with pytest.raises(ProfileError) as error:
            load_document('{"name": "x",\n "stage" "student"}', kind="json", file="p.json")
        assert messages(error) == ["p.json:2:10: not valid JSON: Expecting ':' delimiter"]

    def test_json_duplicate_keys_located(self) -> None:
        """A duplicate key in JSON is found with its position."""
        with pytest.raises(ProfileError) as error:
            load_document('{"name": "a", "name": "b"}', file="p.json")
        assert messages(error) == ["p.json:1:15: name: duplicate key 'name'"]

    def test_positions_found_on_demand(self) -> None:
        """JSON documents locate values when asked."""
        document = load_document('{\n  "skills": [\n    "python"\n  ]\n}')
        assert document.locate(("skills", 0)) == (3, 5)

    def test_positions_in_any_json(self) -> None:
        """JSON that YAML cannot re-read (escaped emoji, keys over 1,024 characters) is located too, in one pass."""
        text = json.dumps(
            {"name": "😀", "extensions": {"k" * 1100: 1}, "skills": [{"name": "r", "level": "guru"}]}
        )
        with pytest.raises(ProfileError) as error:
            mlcareer.load_candidate(text)
        assert messages(error) == [
            "1:1183: skills[0].level: 'guru' is not one of novice, beginner, intermediate, advanced, expert (or 1-5)"
        ]
        document = load_document('{"a": [1, {"b": [[], {}, "x"]}],\n "c": null}')
        assert [document.locate(path) for path in [("a", 1, "b", 2), ("c",)]] == [(1, 26), (2, 7)]
        assert document.locate(("c",), key=True) == (2, 2)

    def test_deep_json(self) -> None:
        """Deep JSON is a limit error, not a RecursionError."""
        with pytest.raises(LimitError):
            load_document("[" * 100_000 + "]" * 100_000, kind="json", limits=Limits(max_bytes=10**6))


class TestFiles:
    def test_bom_and_suffix(self, tmp_path: Path) -> None:
        """A byte-order mark is dropped, and .json files are read as JSON."""
        path = tmp_path / "p.json"
        path.write_bytes(b'\xef\xbb\xbf{"name": "Ada"}')
        document = load_document(path)
        assert (document.data, document.file) == ({"name": "Ada"}, str(path))

    def test_not_utf8(self, tmp_path: Path) -> None:
        """Bytes that are not UTF-8 are a clear error."""
        path = tmp_path / "p.yaml"
        path.write_bytes(b"name: \xff\xfe")
        with pytest.raises(ProfileError) as error:
            load_document(path)
        assert messages(error) == [f"{path}: the document is not UTF-8 text (byte 6 is 0xff)"]

    def test_empty(self) -> None:
        """An empty document is an error unless allowed."""
        with pytest.raises(ProfileError) as error:
            load_document("  \n")
        assert str(error.value) == "invalid profile: the document is empty"
        assert load_document("", allow_empty=True).data is None

    def test_comments_only(self) -> None:
        """A YAML document of comments alone is null, and places nothing (it is no JSON to walk)."""
        document = load_document("# nothing yet\n")
        assert document.data is None
        assert document.locate(()) is None
        with pytest.raises(ProfileError) as error:
            mlcareer.load_candidate("#")
        assert str(error.value) == "invalid profile: expected a profile (a mapping), got nothing (null)"

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read is an input error of the requested class."""
        with pytest.raises(RuleError) as error:
            load_document(tmp_path / "none.yaml", error=RuleError)
        assert (
            str(error.value)
            == f"invalid rules: {tmp_path / 'none.yaml'}: cannot read the file: No such file or directory"
        )

    def test_size_limit(self, tmp_path: Path) -> None:
        """Files beyond max_bytes are refused before they are read."""
        path = tmp_path / "big.yaml"
        path.write_text("x: " + "a" * 100)
        with pytest.raises(LimitError) as error:
            load_document(path, limits=Limits(max_bytes=50))
        assert (
            str(error.value)
            == f"document too large: {path}: the document has 103 bytes, more than the limit of 50"
        )


def test_format_path() -> None:
    """Paths are written as the profile format names places."""
    assert format_path(()) == ""
    assert format_path(("goals", "company", "values", 0)) == "goals.company.values[0]"


def test_limits_validate() -> None:
    """Limits must be positive."""
    with pytest.raises(ValueError, match="'max_depth' must be >= 1: 0"):
        Limits(max_depth=0)


class TestYamlReadings:
    def test_documents_are_read_as_yaml_1_2(self) -> None:
        """Words stay words and numbers with leading zeros stay decimal: a country NO, a year 03720."""
        text = "a: NO\nb: on\nc: 03720\nd: 1:20\ne: true\nf: 0x1F\ng: 1_000\nh: 'yes'\n"
        assert load_document(text).data == {
            "a": "NO",
            "b": "on",
            "c": 3720,
            "d": "1:20",
            "e": True,
            "f": 31,
            "g": 1000,
            "h": "yes",
        }

    def test_flags_keep_the_words_yaml_1_1_read_as_booleans(self) -> None:
        """Where a profile expects true or false, yes/no/on/off keep the meaning they always had."""
        candidate = mlcareer.load_candidate("growth: {mentor: Yes}\nextensions: {country: NO}\n")
        assert (candidate.growth.mentor, candidate.extensions) == (True, {"country": "NO"})


def test_the_collector_is_paused_only_while_reading() -> None:
    """The garbage collector is paused inside collector_paused and restored as it was, also after an error."""
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), collector_paused():
        raise KeyError
    assert gc.isenabled()
    with collector_paused(pause=False):
        assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("text", "limits", "message"),
    [
        ('{"a": {"b": {"c": [1]}}}', Limits(max_depth=4), "the document nests deeper than the limit of 4"),
        ("[1, 2, 3, 4, 5, 6]", Limits(max_values=6), "the document has more than 6 values"),
        ('{"a": {"b": [1]}}', Limits(max_depth=4), None),
        ('{"a": "[[[[[[[[", "b": [[1]]}', Limits(max_depth=4), None),
    ],
)
def test_json_text_meets_the_limits(text: str, limits: Limits, message: str | None) -> None:
    """JSON text is held to the depth and value limits, whether or not its length says it must be walked."""
    if message is None:
        assert load_document(text, kind="json", limits=limits).data == json.loads(text)
    else:
        with pytest.raises(LimitError) as error:
            load_document(text, kind="json", limits=limits)
        assert str(error.value) == f"document too large: {message}"


#: Pieces of YAML documents: values of every reading, the problems a walk places, aliases.
_SCALARS = st.sampled_from(
    [
        "x",
        "yes",
        "NO",
        "on",
        "03720",
        "1_000",
        "0x1F",
        "1:20",
        "1.5e3",
        ".inf",
        ".NaN",
        "~",
        "null",
        "true",
        "2026-11-26",
        '"quoted"',
        "'single'",
        "!!str 12",
        "!!int x",
        "!!binary aGk=",
        "!custom 1",
        "|\n  block\n",
        "[]",
        "{}",
        "&a 1",
        "*a",
        "!!set {a}",
    ]
)


@st.composite
def _yaml_texts(draw: st.DrawFn) -> str:
    """Small YAML documents: nested mappings and lists of the scalars above, keys sometimes repeated."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        key = draw(st.sampled_from(["a", "b", "c", "<<", "? [k]", "1"]))
        if draw(st.booleans()):
            items = draw(st.lists(_SCALARS, max_size=3))
            lines.append(f"{key}:" + "".join(f"\n  - {item}" for item in items) if items else f"{key}: []")
        else:
            lines.append(f"{key}: {draw(_SCALARS)}")
    return "\n".join(lines) + "\n"


@given(_yaml_texts())
def test_reading_without_places_agrees_with_placing(text: str) -> None:
    """YAML read without places gives the placing walk's data, or the same problems; positions agree."""
    placed = _placed(text)
    if placed is None:  # not valid YAML
        with pytest.raises(ProfileError):
            load_document(text, kind="yaml")
    elif isinstance(placed, list):
        with pytest.raises(ProfileError) as error:
            load_document(text, kind="yaml")
        assert list(error.value.problems) == placed
    else:
        document = load_document(text, kind="yaml")
        assert document.data == placed.data
        for path in {*(placed._marks or {}), *(placed._key_marks or {})}:
            assert document.locate(path) == placed.locate(path)
            assert document.locate(path, key=True) == placed.locate(path, key=True)


def _placed(text: str) -> Document | list[Problem] | None:
    """What the placing walk reads (the walk of a document with a problem): a document, its problems, or None."""
    walker = _Walker(text, Limits(), None, ProfileError)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        assert node is not None  # every text has a key
        data = walker._value(loader, node, (), 1)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    if walker.problems:
        return walker.problems
    return Document(data=data, text=text, marks=walker.marks, key_marks=walker.key_marks)
