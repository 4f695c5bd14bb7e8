"""
Hostile and broken input: only documented errors escape, nothing hangs, nothing is lost.

The fuzz tests feed random and mutated documents (profiles and rule files, as data,
YAML, JSON and raw bytes) to the loaders and the engine; the only exceptions allowed
out are subclasses of MlcareerError.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import LimitError, Limits, MlcareerError, ProfileError, strategies
from mlcareer._cli import main
from mlcareer._model import CANDIDATE_SHAPE
from mlcareer._shapes import Issues, Rejected

ENGINE = mlcareer.default_engine()


def _nested_tuple(depth: int) -> object:
    """A tuple nested *depth* deep."""
    value: object = ()
    for _ in range(depth):
        value = (value,)
    return value


#: Values that broke something once: lone surrogates, integers past Python's conversion limit,
#: terminal controls and bidirectional overrides, keys YAML cannot re-read, deep tuples.
HOSTILE = (
    st.sampled_from(["\ud800", "a\udfffb", "x\x1b]0;owned\x07\r\n# y", "\u202eevil", "k" * 1100, -0.0])
    | st.builds(lambda: 10**5000)  # built, not shown: hypothesis cannot print such a number
    | st.integers(1, 60).map(_nested_tuple)
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20) | HOSTILE,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
PROFILE_KEYS = ["name", "stage", "skills", "traits", "portfolio", "goals", "interview_prep", "growth", "extensions",
                "level", "kind", "sector", "company", "values", "evidence", "mentor", "learning", "year"]  # fmt: skip


def only_documented_errors(load: Any, document: Any) -> None:
    """Load *document*; if it is valid, evaluate and render it; any error must be documented."""
    try:
        result = load(document)
    except MlcareerError as error:
        result = error
    if isinstance(result, MlcareerError):
        assert "\x1b" not in str(result)
    elif isinstance(result, mlcareer.Candidate):
        report = ENGINE.evaluate(result)
        report.to_json().encode("utf-8")
        for text in (report.to_text(), report.to_markdown()):
            assert not any(char in text for char in "\x1b\x07\r\u202e")
    elif isinstance(result, mlcareer.Rulebook):
        # A rulebook that loads compiles, and its engine advises.
        engine = mlcareer.Engine(result)
        engine.evaluate(mlcareer.Candidate()).to_text()
        engine.check_examples()


def _json_line(document: Any) -> str:
    """*document* as one JSON line, or the nearest JSON text for what JSON cannot write (huge integers)."""
    try:
        return json.dumps(document)
    except ValueError:
        return '{"name": ' + "9" * 5000 + "}"


def run_command(argv: list[str]) -> tuple[int, str, str]:
    """Run the command in this process; return its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exited:  # usage errors
            code = int(exited.code or 0)
    return code, out.getvalue(), err.getvalue()


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """*value* with one part deleted, retyped, duplicated, nested or replaced by junk."""
    if isinstance(value, dict) and value:
        key = draw(st.sampled_from(sorted(value)))
        action = draw(st.sampled_from(["delete", "retype", "nest", "recurse", "unknown"]))
        changed = dict(value)
        if action == "delete":
            del changed[key]
        elif action == "retype":
            changed[key] = draw(JSON_VALUES)
        elif action == "nest":
            changed[key] = draw(st.sampled_from([[changed[key]], {"value": changed[key]}, [[changed[key]]]]))
        elif action == "recurse":
            changed[key] = draw(mutated(changed[key]))
        else:
            changed[draw(st.sampled_from(PROFILE_KEYS))] = draw(JSON_VALUES)
        return changed
    if isinstance(value, list) and value:
        index = draw(st.integers(0, len(value) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "recurse", "retype"]))
        items = list(value)
        if action == "delete":
            del items[index]
        elif action == "duplicate":
            items.insert(index, items[index])
        elif action == "recurse":
            items[index] = draw(mutated(items[index]))
        else:
            items[index] = draw(JSON_VALUES)
        return items
    return draw(JSON_VALUES)


def truncated(text: str) -> st.SearchStrategy[str]:
    """*text* cut short somewhere."""
    return st.integers(0, len(text)).map(lambda end: text[:end])


class TestProfiles:
    @given(JSON_VALUES)
    def test_random_data(self, document: Any) -> None:
        """Random plain data gives a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, document)

    @given(strategies.profile_documents().flatmap(mutated))
    def test_mutated_profiles(self, document: Any) -> None:
        """Valid profiles with parts deleted, retyped, duplicated or nested give a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, document)

    @given(st.one_of(strategies.profile_documents(), strategies.profile_documents().flatmap(mutated)))
    def test_the_fast_way_reads_as_the_placing_way(self, document: Any) -> None:
        """Converting a profile without placing problems accepts and builds exactly what placed reading does."""
        if not isinstance(document, dict):
            return
        body = {key: value for key, value in document.items() if key != "profile"}
        issues = Issues()
        try:
            placed = CANDIDATE_SHAPE.parse(body, (), issues)
        except Rejected:
            placed = None
        try:
            fast = CANDIDATE_SHAPE.convert(body)
        except (ValueError, TypeError):
            fast = None
        assert fast == placed
        assert (fast is None) == bool(issues.problems)

    @given(strategies.profile_documents().flatmap(lambda d: truncated(yaml.safe_dump(d))))
    def test_truncated_yaml(self, text: str) -> None:
        """Profiles as YAML, cut short anywhere, give a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, text)

    @given(strategies.profile_documents().flatmap(lambda d: truncated(json.dumps(d))))
    def test_truncated_json(self, text: str) -> None:
        """Profiles as JSON, cut short anywhere, give a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, text)

    @given(st.binary(max_size=200))
    def test_random_bytes(self, data: bytes) -> None:
        """Random bytes give a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, data)

    @given(st.text(max_size=200))
    def test_random_text(self, text: str) -> None:
        """Random text gives a candidate or a documented error."""
        only_documented_errors(mlcareer.load_candidate, text)


class TestCommand:
    @given(st.lists(strategies.profile_documents().flatmap(mutated), min_size=1, max_size=6))
    def test_batches_give_a_line_for_every_line(self, documents: list[Any]) -> None:
        """A JSON Lines batch of mutated profiles writes a report or an error record for every line, in order."""
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "in.jsonl"
            source.write_text(
                "".join(_json_line(document) + "\n" for document in documents), encoding="utf-8"
            )
            code, out, err = run_command(["advise", "--jsonl", str(source), "--as-of", "2026-11-25"])
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == len(documents)
        for number, line in enumerate(lines, 1):
            assert "report" in line or line == {"line": number, "error": line["error"]}
        assert code == (0 if all("report" in line for line in lines) else 1)
        assert "Traceback" not in err

    @given(strategies.profile_documents().flatmap(mutated), st.sampled_from(["text", "markdown", "json"]))
    def test_advise_prints_a_report_or_the_problems(self, document: Any, fmt: str) -> None:
        """Advise on a mutated profile prints a report, or the problems and exit code 2, never a traceback."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "me.json"
            path.write_text(_json_line(document), encoding="utf-8")
            code, out, err = run_command(["advise", str(path), "--format", fmt, "--as-of", "2026-11-25"])
        assert (code, bool(out), err.startswith("mlcareer: ")) in {(0, True, False), (2, False, True)}
        assert not any(char in out + err for char in "\x1b\x07\u202e")

    @given(strategies.rulebooks(max_rules=3).flatmap(mutated))
    def test_lint_and_test_report_problems(self, data: Any) -> None:
        """Lint and test on a mutated rule file print its problems or pass, never a traceback."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "pack.yaml"
            try:
                text = yaml.safe_dump(data, allow_unicode=False)
            except (ValueError, yaml.YAMLError, RecursionError):
                return  # not writable as YAML (hypothesis made a value YAML cannot write)
            path.write_text(text, encoding="utf-8")
            for command in ("lint", "test"):
                code, out, err = run_command([command, "--base", "none", str(path)])
                assert code in {0, 1, 2}
                assert "Traceback" not in err
                assert not any(char in out + err for char in "\x1b\x07\u202e")


class TestRuleFiles:
    @given(strategies.rulebooks(max_rules=4).flatmap(mutated))
    def test_mutated_rule_files(self, data: Any) -> None:
        """Valid rule files with parts deleted, retyped, duplicated or nested give a rulebook or a RuleError."""
        only_documented_errors(mlcareer.load_rulebook, data)

    @given(strategies.rulebooks(max_rules=3).flatmap(lambda d: truncated(yaml.safe_dump(d))))
    def test_truncated_rule_files(self, text: str) -> None:
        """Rule files cut short anywhere give a rulebook or a documented error."""
        only_documented_errors(mlcareer.load_rulebook, text)

    @given(JSON_VALUES)
    def test_random_rule_data(self, data: Any) -> None:
        """Random data as a rule file gives a documented error."""
        only_documented_errors(mlcareer.load_rulebook, data)


class TestHazards:
    def test_huge_scalar(self) -> None:
        """A huge scalar is refused by the size limit before it is parsed."""
        with pytest.raises(LimitError, match="more than the limit of 1000000"):
            mlcareer.load_candidate("name: " + "x" * 2_000_000)

    def test_text_amplified_through_aliases_or_sharing(self) -> None:
        """Text repeated through YAML aliases, or one string shared many times in plain data, counts each time."""
        message = (
            "document too large: the document's text comes to more than 1000000 bytes"
            " (text reached through YAML aliases, or shared in plain data, counts each time)"
        )
        aliased = "big: &b " + "x" * 2000 + "\nextensions:\n  a: [" + ", ".join(["*b"] * 1000) + "]\n"
        with pytest.raises(LimitError) as error:
            mlcareer.load_candidate(aliased)
        assert str(error.value) == message
        with pytest.raises(LimitError) as error:
            mlcareer.load_candidate({"extensions": {"a": ["x" * 100_000] * 20}})
        assert str(error.value) == message
        assert (
            mlcareer.load_candidate({"extensions": {"a": ["x" * 100_000] * 9}}).extensions["a"][8][:1] == "x"
        )

    def test_deep_yaml(self) -> None:
        """Deeply nested YAML is a clear error, never a crash."""
        with pytest.raises(ProfileError, match="exceeded maximum nesting depth"):
            mlcareer.load_candidate("x: " + "[" * 5000 + "]" * 5000)
        with pytest.raises(LimitError, match="nests deeper than the limit of 32"):
            mlcareer.load_candidate("x: " + "[" * 40 + "]" * 40)

    def test_deep_data(self) -> None:
        """Deeply nested plain data is refused by the depth limit."""
        data: Any = "leaf"
        for _ in range(5000):
            data = [data]
        with pytest.raises(ProfileError):
            mlcareer.load_candidate({"extensions": {"deep": data}})

    def test_wrong_document_type(self) -> None:
        """A list where a profile belongs is a clear error."""
        with pytest.raises(ProfileError, match=r"expected a profile \(a mapping\), got a list"):
            mlcareer.load_candidate("- python\n- r\n")

    def test_limits_can_be_raised(self) -> None:
        """A caller can raise the limits for unusual data."""
        text = "x: " + "[" * 40 + "]" * 40
        with pytest.raises(ProfileError, match="unknown key 'x'"):
            mlcareer.load_candidate(text, limits=Limits(max_depth=64))

    def test_braces_in_values_are_printed_as_they_are(self) -> None:
        """A profile value with braces or format syntax appears in advice as written."""
        name = "{0.__class__} {company} {{x}}"
        profile = {"name": name, "stage": "interviewing", "goals": {"company": {"name": "{name.__dict__}"}}}
        report = ENGINE.evaluate(mlcareer.load_candidate(profile))
        titles = [advice.title for advice in report.advice]
        assert "Research the ML work at {name.__dict__}" in titles
        assert report.candidate == name
