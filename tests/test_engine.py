"""Tests for mlcareer._engine: evaluation, explanation, examples and plans."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import mlcareer
from mlcareer import Engine, Priority, UnknownRuleError, load_candidate, load_rulebook

BOOK: dict[str, Any] = {
    "rulebook": "small",
    "version": "1",
    "sections": {"s": "Section S"},
    "topics": [
        {"id": "a.first", "section": "s", "summary": "First."},
        {"id": "a.second", "section": "s", "summary": "Second.", "after": ["a.first"]},
        {"id": "b.third", "section": "s", "summary": "Third.", "after": ["a.second"]},
    ],
    "rules": [
        {
            "id": "a.second.low",
            "topic": "a.second",
            "priority": "low",
            "when": {"not": {"skill": "r"}},
            "title": "Learn R, {name}",
            "message": "R is missing.",
            "actions": ["Start R."],
            "source": "s",
        },
        {
            "id": "a.first.specific",
            "topic": "a.first",
            "priority": "high",
            "when": {"gaps": {"skills": ["python", "numpy"], "as": "gaps"}},
            "title": "Fill {gaps}",
            "message": "You miss {gaps} for {company}.",
            "actions": ["Learn {gaps}."],
            "source": "s",
            "examples": {"fires": [{}], "silent": [{"skills": ["python", "numpy"]}]},
        },
        {
            "id": "a.first.general",
            "topic": "a.first",
            "priority": "critical",
            "when": {"stage": ["job_seeking", "student"]},
            "title": "General",
            "message": "General advice.",
            "actions": ["Do it."],
            "source": "s",
            "examples": {"fires": [{"skills": ["python", "numpy"]}], "silent": [{}]},
        },
        {
            "id": "b.third.any",
            "topic": "b.third",
            "priority": "high",
            "when": {"count": {"of": "skills", "at_least": 0}},
            "title": "Third",
            "message": "Always.",
            "actions": ["Go."],
            "source": "s",
        },
    ],
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    """An engine over the small rulebook."""
    return Engine(load_rulebook(BOOK))


def test_first_rule_of_a_topic_wins(engine: Engine) -> None:
    """Within a topic the first rule that holds gives the advice; later ones stay silent."""
    assert engine.fired(load_candidate({})) == ("a.first.specific", "b.third.any", "a.second.low")
    assert engine.fired(load_candidate({"skills": ["python", "numpy"]})) == (
        "a.first.general",
        "b.third.any",
        "a.second.low",
    )


def test_order_is_priority_then_rulebook_order(engine: Engine) -> None:
    """Report order is priority first, then the rulebook's order."""
    report = engine.evaluate(load_candidate({"skills": ["r"], "stage": "employed"}))
    assert report.rules == ("a.first.specific", "b.third.any")
    assert [advice.priority for advice in report.advice] == [Priority.HIGH, Priority.HIGH]


def test_advice_is_rendered_with_bindings_and_evidence(engine: Engine) -> None:
    """Advice carries rendered text, the rule's topic, category and source, and its evidence."""
    candidate = load_candidate({"name": "Ada", "skills": ["python"], "goals": {"company": {"name": "Acme"}}})
    advice = engine.evaluate(candidate).advice[0]
    assert advice == mlcareer.Advice(
        rule=mlcareer.RuleId("a.first.specific"),
        topic=mlcareer.TopicId("a.first"),
        category="a",
        priority=Priority.HIGH,
        title="Fill NumPy",
        message="You miss NumPy for Acme.",
        actions=("Learn NumPy.",),
        source=mlcareer.Source("s", "Section S"),
        evidence=("nothing in your profile shows NumPy",),
        horizon=mlcareer.Horizon.NEXT,
    )


def test_a_long_bound_list_ends_in_a_count() -> None:
    """A bound list too long for a sentence names its first items and counts the rest."""
    rule = {
        "id": "a.first.projects",
        "topic": "a.first",
        "priority": "high",
        "when": {"portfolio": {"kind": "project", "as": "projects"}},
        "title": "Projects",
        "message": "You have {projects}.",
        "actions": ["Pick one of {projects|it|them}."],
        "source": "s",
    }
    engine = Engine(load_rulebook({**BOOK, "rules": [rule]}))
    titles = [f"A study of speech perception in context, part {n}" for n in range(1, 6)]
    candidate = load_candidate({"portfolio": [{"kind": "project", "title": title} for title in titles]})
    (advice,) = engine.evaluate(candidate).advice
    assert advice.message == (
        "You have “A study of speech perception in context, part 1”,"
        " “A study of speech perception in context, part 2” and 3 more."
    )
    assert advice.actions == ("Pick one of them.",)
    short = load_candidate({"portfolio": [{"kind": "project", "title": title} for title in "ABCDE"]})
    assert engine.evaluate(short).advice[0].message == "You have “A”, “B”, “C”, “D” and “E”."


def test_profile_values_have_fallbacks(engine: Engine) -> None:
    """A message naming a profile value that is absent reads naturally."""
    advice = engine.evaluate(load_candidate({})).advice[0]
    assert advice.message == "You miss Python and NumPy for your target company."


def test_report_names_the_rulebook(engine: Engine) -> None:
    """The report names the rulebook and its digest."""
    report = engine.evaluate(load_candidate({"name": "Ada"}))
    assert report.candidate == "Ada"
    assert report.ruleset == mlcareer.RulesetInfo("small", "1", engine.rulebook.digest)


def test_evaluate_is_deterministic(engine: Engine) -> None:
    """The same candidate gives the same report, byte for byte."""
    candidate = load_candidate({"skills": ["numpy"]})
    assert engine.evaluate(candidate).to_json() == engine.evaluate(candidate).to_json()


class TestExplain:
    def test_why(self, engine: Engine) -> None:
        """Explain says why a rule fired, part by part."""
        explanation = engine.explain(load_candidate({}), "a.first.specific")
        assert (explanation.holds, explanation.fired, explanation.shadowed_by) == (True, True, None)
        assert str(explanation) == (
            "a.first.specific fires: its condition holds\n"
            "✓ any of Python and NumPy is missing  [nothing in your profile shows Python or NumPy]"
        )

    def test_why_not_shadowed(self, engine: Engine) -> None:
        """A rule whose condition holds but that an earlier rule of its topic beat is shown as shadowed."""
        explanation = engine.explain(load_candidate({}), "a.first.general")
        assert (explanation.holds, explanation.fired, explanation.shadowed_by) == (
            True,
            False,
            "a.first.specific",
        )
        assert str(explanation).splitlines()[0] == (
            "a.first.general does not fire: its condition holds, but a.first.specific fired first for the topic a.first"
        )

    def test_why_not(self, engine: Engine) -> None:
        """A rule whose condition fails says so, with the profile's values."""
        explanation = engine.explain(load_candidate({"skills": ["r"]}), "a.second.low")
        assert str(explanation) == (
            "a.second.low does not fire: its condition does not hold\n"
            "✗ this does not hold\n"
            "  ✓ R is listed  [you list R at an intermediate level]"
        )

    def test_unknown_rule(self, engine: Engine) -> None:
        """Explaining an unknown rule suggests the closest id."""
        with pytest.raises(UnknownRuleError) as error:
            engine.explain(load_candidate({}), "a.first.specifc")
        assert str(error.value) == "no rule with id 'a.first.specifc'; did you mean 'a.first.specific'?"
        assert isinstance(error.value, LookupError)


def test_check_examples(engine: Engine) -> None:
    """Rule examples are checked against real reports, and failures explained."""
    assert engine.check_examples() == ()
    book = {**BOOK, "rules": [dict(rule) for rule in BOOK["rules"]]}
    book["rules"][1]["examples"] = {"fires": [{"skills": ["python", "numpy"]}], "silent": []}
    (failure,) = Engine(load_rulebook(book)).check_examples()
    assert str(failure) == (
        "a.first.specific: examples.fires[0] should fire\n"
        "a.first.specific does not fire: its condition does not hold\n"
        "✗ any of Python and NumPy is missing  [your profile shows Python and NumPy]"
    )


def test_plan_follows_prerequisites(engine: Engine) -> None:
    """A learning plan puts advice after the advice it builds on, even through absent topics."""
    report = engine.evaluate(load_candidate({}))
    assert [advice.topic for advice in engine.plan(report)] == ["a.first", "a.second", "b.third"]
    partial = report.filtered(categories=["b", "a"])
    without_second = mlcareer.Report(
        candidate=None, ruleset=report.ruleset, advice=[a for a in partial.advice if a.topic != "a.second"]
    )
    assert [advice.topic for advice in engine.plan(without_second)] == ["a.first", "b.third"]


def test_engine_pickles(engine: Engine) -> None:
    """A pickled engine, restored, gives the same reports."""
    restored = pickle.loads(pickle.dumps(engine))  # noqa: S301 - our own data
    candidate = load_candidate({"skills": ["numpy"]})
    assert restored.evaluate(candidate) == engine.evaluate(candidate)
    assert repr(restored) == "<Engine small 1: 4 rules>"


def test_threads_share_an_engine() -> None:
    """Many threads evaluating with one engine get the same reports as one thread."""
    engine = mlcareer.default_engine()
    profiles = [{"skills": [f"x{i}", "python"][: i % 3]} for i in range(200)]
    candidates = [load_candidate(profile) for profile in profiles]
    expected = [engine.evaluate(candidate) for candidate in candidates]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(engine.evaluate, candidates)) == expected
