"""Tests for mlcareer._compiler: rulebooks compiled into Python source."""

from __future__ import annotations

import itertools
import pickle
from typing import Any

import pytest

import mlcareer
from mlcareer import Candidate, Engine, _compiler, _engine, load_candidate, load_rulebook

from . import reference

BUILT_IN = mlcareer.load_rulebook()
PROFILES: list[dict[str, Any]] = [
    {},
    {"skills": ["r", "sql"], "stage": "student"},
    {"skills": [{"name": "python", "level": "beginner"}], "goals": {"sectors": ["finance"]}},
    {
        "skills": ["python", "numpy", "pandas", "scikit-learn", "pytorch"],
        "traits": [{"name": "curiosity", "evidence": "Read papers weekly."}],
        "portfolio": [{"kind": "project", "title": "Fraud model", "sector": "finance"}],
        "goals": {"company": {"name": "Acme Bank", "sector": "finance"}},
        "stage": "interviewing",
    },
]
CANDIDATES = [load_candidate(profile) for profile in PROFILES]


def rulebook(rules: list[dict[str, Any]], topics: list[str] | None = None) -> mlcareer.Rulebook:
    """A rulebook of *rules* (title, message and the rest filled in) over *topics*."""
    topics = topics or sorted({rule["topic"] for rule in rules})
    return load_rulebook(
        {
            "rulebook": "test",
            "version": "1",
            "sections": {"s": "Section"},
            "topics": [{"id": topic, "section": "s", "summary": "A topic."} for topic in topics],
            "rules": [
                {
                    "priority": "medium",
                    "title": "T",
                    "message": "M.",
                    "actions": ["A."],
                    "source": "s",
                    **rule,
                }
                for rule in rules
            ],
        }
    )


def test_rule_data_reaches_the_source_only_as_constants() -> None:
    """Values written in rules (a company name with code in it) are constants, never source text."""
    name = "Acme'); __import__('os').system('echo hacked'); ('"
    book = rulebook([{"id": "t.company", "topic": "t.company", "when": {"company": {"name": name}}}])
    engine = Engine(book)
    assert "__import__" not in engine.source
    assert "Acme" not in engine.source
    assert engine.fired(load_candidate({"goals": {"company": {"name": name}}})) == ("t.company",)
    assert engine.fired(load_candidate({"goals": {"company": {"name": "Acme"}}})) == ()


def test_source_is_readable() -> None:
    """The source names each rule in a comment and reads the index by plain names."""
    source = Engine().source
    assert source.startswith("def fired(facts):")
    assert "# skills.python.missing\n" in source
    assert "    levels = facts.levels\n" in source
    assert "evidence = (" in source


def test_long_topics_and_large_rulebooks_keep_first_match() -> None:
    """A topic longer than one if/elif chain, in a rulebook of several functions, fires its first rule that holds."""
    count = 3 * _compiler._CHAIN + 5
    rules = [
        {
            "id": f"long.r{i}",
            "topic": "long.topic",
            "when": {"count": {"of": "skills", "at_least": count - i}},
        }
        for i in range(count)
    ]
    rules += [
        {"id": f"many.r{i}", "topic": f"many.t{i}", "when": {"count": {"of": "skills", "equals": i % 7}}}
        for i in range(_compiler._FUNCTION + 10)
    ]
    engine = Engine(rulebook(rules))
    assert engine.source.count("def fired(facts):") >= 2
    for size in (0, 1, 6, 40, count):
        candidate = Candidate(skills=[mlcareer.Skill(f"skill-{i}") for i in range(size)])
        fired = engine.fired(candidate)
        long = [rule for rule in fired if rule.startswith("long.")]
        assert long == ([f"long.r{count - size}"] if size else [])
        many = sorted(rule for rule in fired if rule.startswith("many."))
        assert many == sorted(f"many.r{i}" for i in range(_compiler._FUNCTION + 10) if i % 7 == size)


def _compiled_evidence(compiled: _compiler.Compiled) -> list[bool]:
    """For each batch of *compiled*, whether its evidence functions are compiled yet."""
    return [
        not isinstance(later, _compiler._Later) or later._unit is not None for _, later, _ in compiled._parts
    ]


def test_evidence_is_compiled_a_batch_at_a_time_when_first_read() -> None:
    """Evidence compiles only for the batch whose advice is asked for; a pickled engine holds it all compiled."""
    rules = [
        {"id": f"many.r{i}", "topic": f"many.t{i}", "when": {"count": {"of": "skills", "equals": i % 7}}}
        for i in range(_compiler._FUNCTION + 10)
    ]
    engine = Engine(rulebook(rules))
    assert _compiled_evidence(engine._compiled) == [False, False]
    report = engine.evaluate(Candidate())  # no skills: every seventh rule of each batch
    assert report.advice[0].evidence == ("you list no skills",)
    assert _compiled_evidence(engine._compiled) == [True, True]
    fresh = Engine(rulebook(rules))
    fresh._compiled.evidence[len(rules) - 1]  # a rule of the last batch
    assert _compiled_evidence(fresh._compiled) == [False, True]
    loaded = pickle.loads(pickle.dumps(fresh._compiled))  # noqa: S301 - its own pickle
    assert [type(later) for _, later, _ in loaded._parts] == [_compiler._Unit, _compiler._Unit]
    facts = engine.facts(Candidate())
    evidence = engine._compiled.evidence
    assert len(loaded.evidence) == len(evidence) == len(rules)
    assert [loaded.evidence[i](facts) for i in range(len(rules))] == [
        evidence[i](facts) for i in range(len(rules))
    ]


def test_repeated_rulebook_fires_the_first_copies() -> None:
    """The built-in rules repeated under new ids (as the benchmarks do) fire exactly the first copies."""
    data = BUILT_IN.to_data()
    del data["horizons"]  # some situations name rule ids, which the copies change
    base = Engine(load_rulebook(data))
    data["rules"] = [{**rule, "id": f"{rule['id']}-{n}"} for n in range(8) for rule in data["rules"]]
    engine = Engine(load_rulebook(data, limits=mlcareer.Limits(max_values=1_000_000)))
    for candidate in CANDIDATES:
        assert engine.fired(candidate) == tuple(f"{rule}-0" for rule in base.fired(candidate))


def test_what_an_engine_remembers_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """With memories of two entries, always full and cleared, reports are those of a new engine."""
    monkeypatch.setattr(_compiler, "_REMEMBERED", 2)
    monkeypatch.setattr(_engine, "_REMEMBERED", 2)
    engine = Engine()
    for _ in range(3):
        for candidate in CANDIDATES:
            assert engine.evaluate(candidate) == Engine().evaluate(candidate)


def test_evidence_of_unhashable_readings() -> None:
    """A condition that reads an unhashable value (from extensions) still gives its evidence."""
    book = rulebook([{"id": "t.ext", "topic": "t.ext", "when": {"extension": {"key": "a"}}}])
    engine = Engine(book)
    candidate = load_candidate({"extensions": {"a": {"b": [1, 2]}}})
    (advice,) = engine.evaluate(candidate).advice
    assert advice.evidence == ("extensions.a is {'b': [1, 2]}",)


def test_equal_values_of_other_types_stay_apart() -> None:
    """1 and true are equal in Python but not in rules: no shared truth, no shared sentence."""
    book = load_rulebook(
        {
            "rulebook": "test",
            "version": "1",
            "sections": {"s": "Section"},
            "topics": [{"id": topic, "section": "s", "summary": "A topic."} for topic in ("t.a", "t.b", "t.c")],
            "conditions": {
                "one": {"all": [{"extension": {"key": "a", "equals": 1}}]},
                "yes": {"all": [{"extension": {"key": "a", "equals": True}}]},
            },
            "rules": [
                {"id": f"{topic}.r", "topic": topic, "priority": "medium", "title": "T", "message": "M.",
                 "actions": ["A."], "source": "s", "when": when}
                for topic, when in (
                    ("t.a", {"use": "one"}),
                    ("t.b", {"use": "yes"}),
                    ("t.c", {"extension": {"key": "a"}}),
                )
            ],
        }
    )  # fmt: skip
    engine = Engine(book)
    one, yes = load_candidate({"extensions": {"a": 1}}), load_candidate({"extensions": {"a": True}})
    assert engine.fired(one) == ("t.a.r", "t.c.r")
    assert engine.fired(yes) == ("t.b.r", "t.c.r")
    assert engine.evaluate(one).advice[-1].evidence == ("extensions.a is 1",)
    assert engine.evaluate(yes).advice[-1].evidence == ("extensions.a is True",)


def test_wide_conditions_compile_flat() -> None:
    """Combinations of hundreds of parts compile (no nesting per part), with the evidence of the reference."""
    skills = [*sorted(mlcareer.skill_table().skills)[:99], "python"] * 3
    candidate = load_candidate({"skills": ["python"]})
    wide = [
        {"id": "t.any", "topic": "t.any", "when": {"any": [{"skill": name} for name in skills]}},
        {
            "id": "t.all",
            "topic": "t.all",
            "when": {"not": {"all": [{"not": {"skill": name}} for name in skills]}},
        },
        {
            "id": "t.count",
            "topic": "t.count",
            "when": {"at_least": {"count": 1, "of": [{"skill": s} for s in skills]}},
        },
    ]
    book = rulebook(wide)
    report = Engine(book).evaluate(candidate)
    assert report.rules == ("t.any", "t.all", "t.count")
    facts = mlcareer.Engine(book).facts(candidate)
    for advice in report.advice:
        assert list(advice.evidence) == reference.evidence(book.rule(advice.rule).when, facts, truth=True)


@pytest.mark.parametrize(
    ("when", "spelled"),
    [
        ({"gaps": {"skills": ["numpy", "pandas", "sql", "r"]}}, False),
        ({"gaps": {"skills": ["numpy", "pandas", "sql", "r"], "below": "advanced"}}, True),
        ({"skills": {"of": ["numpy", "pandas", "sql", "r"]}}, False),
        ({"skills": {"of": ["numpy", "pandas", "sql", "r"], "at_least": "advanced"}}, True),
    ],
)
def test_any_of_many_skills_listed_is_one_test_of_a_set(when: dict[str, Any], *, spelled: bool) -> None:
    """Whether any of more than three skills is missing (or listed) is a set test; at a level, skill by skill."""
    book = rulebook([{"id": "t.r.r", "topic": "t.r", "when": when}])
    compiled = _compiler.compile_condition(book.rule("t.r.r").when)
    truths = set()
    for levels in itertools.product([None, 1, 3, 4], repeat=4):
        named = zip(["numpy", "pandas", "sql", "r"], levels, strict=True)
        candidate = load_candidate({"skills": [{"name": n, "level": v} for n, v in named if v is not None]})
        truths.add(compiled(Engine(book).facts(candidate)))
        assert compiled(Engine(book).facts(candidate)) is reference.holds(when, candidate, {})
    assert truths == {True, False}
    assert ("levels.get(" in Engine(book).source) is spelled


def test_deep_conditions_are_refused_when_loaded() -> None:
    """A condition nested deeper than the compiler can take is a problem of the rule file, not a crash later."""
    chain = {f"c{i}": {"not": {"use": f"c{i + 1}"}} for i in range(5000)} | {"c5000": {"skill": "python"}}
    data = {
        "rulebook": "deep",
        "version": "1",
        "sections": {"s": "Section"},
        "topics": [{"id": "t.deep", "section": "s", "summary": "A topic."}],
        "conditions": chain,
        "rules": [
            {
                "id": "t.deep.rule",
                "topic": "t.deep",
                "priority": "low",
                "when": {"use": "c0"},
                "title": "T",
                "message": "M",
                "actions": ["A"],
                "source": "s",
            }
        ],
    }
    with pytest.raises(mlcareer.RuleError) as error:
        load_rulebook(data)
    assert str(error.value.problems[0]) == (
        "conditions.c31.not.use: the condition nests more than 32 levels deep (named conditions count where used)"
    )
