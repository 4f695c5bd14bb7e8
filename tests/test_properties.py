"""
Properties of the engine: the laws every rulebook and every candidate obey.

Each test states its law in its docstring. They run under the hypothesis
profile chosen by HYPOTHESIS_PROFILE (``ci`` in CI: more examples, derandomized).
"""

from __future__ import annotations

import math
import pickle
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import yaml
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Advice, Candidate, Engine, Horizon, Level, Priority, Skill, load_rulebook, strategies
from mlcareer._conditions import SkillGaps
from mlcareer._horizon import placements

from . import reference

ENGINE = mlcareer.default_engine()
RULEBOOK = ENGINE.rulebook
RULEBOOK_DATA = RULEBOOK.to_data()
AS_OF = reference.AS_OF

# For each skill, the highest level any rule of the built-in rulebook asks for.
REQUIRED: dict[str, Level] = {}
for _rule in RULEBOOK.rules:
    for _node in _rule.when.walk():
        if isinstance(_node, SkillGaps):
            for _skill in _node.skills:
                REQUIRED[_skill.id] = max(REQUIRED.get(_skill.id, Level.NOVICE), _node.below or Level.NOVICE)


@given(strategies.candidates())
def test_evaluation_is_total_and_deterministic(candidate: Candidate) -> None:
    """Every candidate evaluates without error, and the same candidate always gives the same report."""
    first = ENGINE.evaluate(candidate, as_of=AS_OF)
    assert ENGINE.evaluate(candidate, as_of=AS_OF) == first
    assert ENGINE.evaluate(attrs.evolve(candidate), as_of=AS_OF).to_json() == first.to_json()


@given(strategies.candidates().flatmap(lambda c: st.tuples(st.just(c), strategies.spell_profile(c))))
def test_order_and_spelling_do_not_matter(pair: tuple[Candidate, dict[str, Any]]) -> None:
    """Shuffling a profile's lists, or writing skills by alias, in another case or with level words, changes no report."""
    candidate, document = pair
    assert ENGINE.evaluate(mlcareer.load_candidate(document), as_of=AS_OF) == ENGINE.evaluate(
        candidate, as_of=AS_OF
    )


@given(strategies.candidates())
def test_one_advice_per_topic_in_horizon_priority_urgency_then_rulebook_order(candidate: Candidate) -> None:
    """A report has at most one advice per topic, at most three for now, ordered by horizon, priority, urgency, rulebook order.

    Urgency is the place of the situation's first `now` pattern that names the advice (of priority
    medium or above), whatever its horizon; advice no pattern names comes after.
    """
    report = ENGINE.evaluate(candidate, as_of=AS_OF)
    topics = [advice.topic for advice in report.advice]
    assert len(topics) == len(set(topics))
    positions = {rule.id: index for index, rule in enumerate(RULEBOOK.rules)}
    situations = RULEBOOK.situations
    facts = ENGINE.facts(
        candidate, as_of=AS_OF
    )  # the situation by each condition's interpretation, not compiled
    found = next((i for i, s in enumerate(situations) if s.when is None or s.when.test(facts)), None)
    assert found is not None  # the built-in rulebook's last situation holds for everyone

    def urgency(advice: Advice) -> float:
        now = placements(situations[found], [(advice.topic, advice.rule)])[0].now
        return now if now is not None and advice.priority.rank <= Priority.MEDIUM.rank else math.inf

    keys = [
        (advice.horizon.rank, advice.priority.rank, urgency(advice), positions[advice.rule])
        for advice in report.advice
    ]
    assert keys == sorted(keys)
    now = [advice for advice in report.advice if advice.horizon is Horizon.NOW]
    assert len(now) <= 3
    assert all(advice.priority.rank <= Priority.MEDIUM.rank for advice in now)


@given(strategies.candidates(stage="interviewing"))
def test_interview_preparation_comes_first_for_people_interviewing(candidate: Candidate) -> None:
    """For someone interviewing, preparing for it comes first (after Python, if they have none), long-term items last.

    Preparing includes what a regulated company's interviewers will ask about fairness and privacy.
    """
    report = ENGINE.evaluate(candidate, as_of=AS_OF)
    preparing = [
        advice.category == "interview" or advice.rule == "industry.data-ethics.regulated-company"
        for advice in report.advice
        if advice.topic != "skills.python"
    ]
    if any(preparing):
        assert preparing[0]
    long_term = {"skills.r", "portfolio.open-source", "portfolio.certifications", "portfolio.blogging"}
    assert all(advice.horizon is Horizon.LATER for advice in report.advice if advice.topic in long_term)


@given(strategies.candidates(), st.data())
def test_filling_a_gap_removes_the_advice_about_it(candidate: Candidate, data: st.DataObject) -> None:
    """Giving a candidate a skill at the level the rules ask for removes advice naming it as a gap, and adds none."""
    facts = ENGINE.facts(candidate, as_of=AS_OF)
    named = sorted(
        {skill.id for rule in RULEBOOK.rules if rule.id in ENGINE.fired(candidate, as_of=AS_OF)
         for node in rule.when.walk() if isinstance(node, SkillGaps)
         for skill in node.skills if skill.name in node.gaps(facts)}
    )  # fmt: skip
    if not named:
        return
    skill = data.draw(st.sampled_from(named))
    better = [s for s in candidate.skills if s.name != skill] + [Skill(skill, REQUIRED[skill])]
    improved = attrs.evolve(candidate, skills=better)
    improved_facts = ENGINE.facts(improved, as_of=AS_OF)
    for rule_id in ENGINE.fired(improved, as_of=AS_OF):
        for node in RULEBOOK.rule(rule_id).when.walk():
            if isinstance(node, SkillGaps):
                assert skill not in [s.id for s in node.skills if s.name in node.gaps(improved_facts)]


@given(strategies.candidates(), st.sampled_from([rule.id for rule in RULEBOOK.rules]))
def test_explain_agrees_with_evaluate(candidate: Candidate, rule_id: str) -> None:
    """Explain says a rule fired exactly when evaluate gives its advice."""
    explanation = ENGINE.explain(candidate, rule_id, as_of=AS_OF)
    holds = RULEBOOK.rule(rule_id).when.test(ENGINE.facts(candidate, as_of=AS_OF))
    assert explanation.holds == holds
    if rule_id in ENGINE.fired(candidate, as_of=AS_OF):
        assert explanation.fired


@given(strategies.rulebooks(), st.lists(strategies.candidates(max_skills=8), min_size=1, max_size=5))
def test_compiled_engine_agrees_with_the_reference(
    rulebook: dict[str, Any], candidates: list[Candidate]
) -> None:
    """The compiled engine fires exactly the rules a plain reading of the language fires, on random rulebooks."""
    engine = Engine(load_rulebook(rulebook))
    for candidate in candidates:
        assert list(engine.fired(candidate, as_of=AS_OF)) == reference.fired(rulebook, candidate)
        assert_evidence_is_interpreted(engine, candidate)


@given(strategies.candidates(max_skills=20))
def test_built_in_rulebook_agrees_with_the_reference(candidate: Candidate) -> None:
    """On the built-in rulebook too, the engine and the reference fire the same rules."""
    assert list(ENGINE.fired(candidate, as_of=AS_OF)) == reference.fired(RULEBOOK_DATA, candidate)
    assert_evidence_is_interpreted(ENGINE, candidate)


def assert_evidence_is_interpreted(engine: Engine, candidate: Candidate) -> None:
    """Check a report has the rules of `fired` and, for each, the evidence the reference composes."""
    report = engine.evaluate(candidate, as_of=AS_OF)
    assert report.rules == engine.fired(candidate, as_of=AS_OF)
    assert [(a.rule, a.horizon.value) for a in report.advice] == reference.horizons(
        engine.rulebook.to_data(), candidate
    )
    facts = engine.facts(candidate, as_of=AS_OF)
    for advice in report.advice:
        assert list(advice.evidence) == reference.evidence(
            engine.rulebook.rule(advice.rule).when, facts, truth=True
        )


@given(strategies.rulebooks())
def test_rule_files_round_trip(rulebook: dict[str, Any]) -> None:
    """A rule file loaded, written back and loaded again (as data and as YAML) is the same rulebook."""
    loaded = load_rulebook(rulebook)
    assert load_rulebook(loaded.to_data()) == loaded
    assert load_rulebook(yaml.safe_dump(loaded.to_data())) == loaded


@given(st.lists(strategies.candidates(max_skills=8), min_size=1, max_size=6))
def test_pickled_engine_and_threads_agree(candidates: list[Candidate]) -> None:
    """A pickled and restored engine, and many threads sharing one engine, give the same reports."""
    expected = [ENGINE.evaluate(candidate, as_of=AS_OF) for candidate in candidates]
    restored = pickle.loads(pickle.dumps(ENGINE))  # noqa: S301 - our own data
    assert [restored.evaluate(candidate, as_of=AS_OF) for candidate in candidates] == expected
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda c: ENGINE.evaluate(c, as_of=AS_OF), candidates * 4)) == expected * 4


def test_every_rule_example_passes() -> None:
    """Every rule's examples give the promised outcome."""
    assert ENGINE.check_examples() == ()
