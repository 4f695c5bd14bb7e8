"""
The engine: a rulebook compiled once, evaluated for any number of candidates.

Compiling turns the rulebook into one Python function (see `_compiler`):
aliases, levels and enum values are resolved when the rulebook is loaded,
and the function indexes the candidate once, runs each topic's rules until
the first that holds, and returns the rules that fired in report order.
Evaluating then renders the advice of those rules.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import attrs

from mlcareer._compiler import compile_rules
from mlcareer._conditions import Explanation, _join, niche_words, sector_words
from mlcareer._document import collector_paused
from mlcareer._facts import Facts, job_words, role_words
from mlcareer._horizon import arrange, placements
from mlcareer._model import Sector
from mlcareer._ranks import Horizon
from mlcareer._report import Advice, Report, RulesetInfo, Source
from mlcareer._rulebook import PROFILE_VARIABLES, Rule, Rulebook, load_rulebook
from mlcareer._shapes import suggest
from mlcareer.exceptions import UnknownRuleError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence

    from mlcareer._conditions import Condition
    from mlcareer._model import Candidate
    from mlcareer._ranks import RuleId, TopicId

__all__ = ["Engine", "ExampleFailure", "RuleExplanation"]

#: How many pieces of advice an engine keeps for reuse before it starts afresh.
_REMEMBERED = 16_384


@attrs.frozen(kw_only=True)
class RuleExplanation:
    """
    Why a rule gave its advice to a candidate, or why not.

    Attributes:
        rule: The rule's id.
        topic: The topic it serves.
        holds: Whether its condition holds.
        fired: Whether it gave advice (it holds, and no earlier rule of its
            topic did).
        shadowed_by: The earlier rule of the same topic that fired instead.
        tree: The condition, part by part, with what the profile shows.
    """

    rule: RuleId
    topic: TopicId
    holds: bool
    fired: bool
    shadowed_by: RuleId | None
    tree: Explanation

    def __str__(self) -> str:
        if self.fired:
            head = f"{self.rule} fires: its condition holds"
        elif self.shadowed_by is not None:
            head = (
                f"{self.rule} does not fire: its condition holds, but {self.shadowed_by}"
                f" fired first for the topic {self.topic}"
            )
        else:
            head = f"{self.rule} does not fire: its condition does not hold"
        return f"{head}\n{self.tree}"


@attrs.frozen(kw_only=True)
class ExampleFailure:
    """
    A rule example whose outcome is not the one the rule file promises.

    Attributes:
        rule: The rule's id.
        expected: ``"fires"`` or ``"silent"``.
        index: The example's place in its list.
        explanation: Why the rule did or did not fire.
    """

    rule: RuleId
    expected: str
    index: int
    explanation: RuleExplanation

    def __str__(self) -> str:
        verb = "fire" if self.expected == "fires" else "stay silent"
        return f"{self.rule}: examples.{self.expected}[{self.index}] should {verb}\n{self.explanation}"


def possessive(name: str) -> str:
    """
    The possessive of a name: ``Acme Pay's``, ``Northwind Grocers'``.
    """
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


def _when(days: int | None) -> str | None:
    if days is None or days < 0:
        return None
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


#: How long a list bound into a sentence may grow before the rest is counted ("and 9 more").
_LIST_CHARACTERS = 120


def _listed(items: Sequence[str]) -> str:
    """
    A bound list in a sentence: all of it, or as much as reads well and how many more.

    Example:
        >>> _listed(["pandas", "scikit-learn"])
        'pandas and scikit-learn'
        >>> _listed([f"“A long title of a paper, number {n}”" for n in range(1, 9)])[-38:]
        'title of a paper, number 3” and 5 more'
    """
    if len(items) <= 2 or sum(map(len, items)) + 2 * len(items) <= _LIST_CHARACTERS:
        return _join(items)
    kept: list[str] = []
    length = 0
    for item in items[:-2]:
        if kept and length + len(item) > _LIST_CHARACTERS:
            break
        kept.append(item)
        length += len(item) + 2
    return f"{', '.join(kept)} and {len(items) - len(kept)} more"


def _counts(facts: Facts) -> dict[str, int]:
    """
    How many things the profile values that are lists name, for agreement in number.
    """
    company = facts.company
    return {
        "sectors": len(facts.sectors),
        "company_projects": len(company.ml_projects) if company else 1,
        "company_values": len(company.values) if company else 1,
    }


def _variables(facts: Facts) -> dict[str, str]:
    """
    The profile values a message can name, with their fallbacks.
    """
    candidate = facts.candidate
    goals = candidate.goals
    company = facts.company
    role = next((position.title for position in facts.current if position.title), None)
    sector = company.sector if company and company.sector is not Sector.OTHER else None  # "its sector"
    values = {
        "name": candidate.name,
        "stage": facts.stage.value.replace("_", " "),
        "company": company.name if company else None,
        "company_possessive": possessive(company.name) if company else None,
        "company_sector": sector.value if sector else None,
        "company_projects": _join(company.ml_projects) if company and company.ml_projects else None,
        "company_values": _join(company.values) if company and company.values else None,
        "sectors": sector_words(goals.sectors) if goals.sectors else None,
        "specialization": niche_words(facts.specialization, facts.table) if facts.specialization else None,
        "interview_when": _when(facts.interview_days),
        "role": role_words(role) if role else None,
        "job": job_words(goals.job) if goals.job else None,
    }
    return {key: value or PROFILE_VARIABLES[key] for key, value in values.items()}


class Engine:
    """
    Evaluates candidates against a compiled rulebook.

    Build an engine once and use it for every candidate: compiling is done
    here, and `evaluate` is pure, deterministic and thread-safe. Engines
    pickle (the rulebook is pickled and compiled again), so they can be
    sent to worker processes.

    An engine keeps a bounded number of the evidence sentences and pieces
    of advice it has rendered, by the facts they depend on, and gives the
    same objects again for equal facts: a batch of profiles renders
    quickly once common situations have been seen.

    Args:
        rulebook: The rules; the built-in guide rulebook by default.

    Example:
        >>> import mlcareer
        >>> engine = Engine()
        >>> report = engine.evaluate(mlcareer.load_candidate({"skills": ["r"]}))
        >>> report.advice[0].rule
        'skills.python.missing-programmer'
    """

    def __init__(self, rulebook: Rulebook | None = None) -> None:
        self._rulebook = rulebook if rulebook is not None else load_rulebook()
        with collector_paused():
            self._compile()

    def _compile(self) -> None:
        rulebook = self._rulebook
        self._table = rulebook.table
        self._exercises = rulebook.exercises
        rules = rulebook.rules
        self._by_position = tuple(sorted(range(len(rules)), key=lambda i: (rules[i].priority.rank, i)))
        position = {index: place for place, index in enumerate(self._by_position)}
        self._ids = tuple(rules[index].id for index in self._by_position)
        groups: dict[str, list[tuple[int, str, Condition]]] = {}
        for index, rule in enumerate(rules):
            groups.setdefault(rule.topic, []).append((position[index], rule.id, rule.when))
        self._compiled = compile_rules(
            list(groups.values()), [situation.when for situation in rulebook.situations]
        )
        self._index: dict[str, int] = {rule.id: index for index, rule in enumerate(rulebook.rules)}
        self._bindings: tuple[dict[str, Callable[[Facts], list[str]]], ...] = tuple(
            {name: bound for name, bound in rule.when.bindings().items() if name in _names(rule)}
            for rule in rulebook.rules
        )
        self._variables = tuple(
            tuple(sorted(_names(rule) - self._bindings[index].keys())) for index, rule in enumerate(rules)
        )
        self._seen: dict[tuple[object, ...], Advice] = {}
        self._sources = tuple(Source(rule.source, rulebook.sections[rule.source]) for rule in rulebook.rules)
        self._categories = tuple(rulebook.topics[rule.topic].category for rule in rulebook.rules)
        self._ranks = tuple(rules[index].priority.rank for index in self._by_position)
        # Where each situation puts each rule's advice, by report position, worked out once.
        keys = [(rules[index].topic, rules[index].id) for index in self._by_position]
        self._placements = tuple(tuple(placements(situation, keys)) for situation in rulebook.situations)

    @functools.cached_property
    def _info(self) -> RulesetInfo:
        """
        What reports say of the rulebook; its digest is worked out for the first report.
        """
        rulebook = self._rulebook
        return RulesetInfo(rulebook.name, rulebook.version, rulebook.digest)

    @property
    def rulebook(self) -> Rulebook:
        """
        The rulebook this engine evaluates.
        """
        return self._rulebook

    @property
    def source(self) -> str:
        """
        The Python source the rulebook was compiled to, for reading.
        """
        return self._compiled.source

    def facts(self, candidate: Candidate, as_of: dt.date | None = None) -> Facts:
        """
        What *candidate*'s profile shows on *as_of* (today by default), as the rules read it.
        """
        return Facts(candidate, self._table, as_of, self._exercises)

    def _arranged(self, facts: Facts) -> list[tuple[int, Horizon]]:
        """
        The report positions of the advice for *facts*, with their horizons, in report order.
        """
        found = self._compiled.fired(facts)
        situation = self._compiled.situation(facts) if found else None
        if situation is None:  # all advice is for next, in the order it fired
            return [(place, Horizon.NEXT) for place in found]
        ranks, placements = self._ranks, self._placements[situation]
        return arrange([(place, ranks[place], placements[place]) for place in found], situated=True)

    def fired(self, candidate: Candidate, *, as_of: dt.date | None = None) -> tuple[RuleId, ...]:
        """
        The ids of the rules that give advice to *candidate*, in report order.

        The same as ``evaluate(candidate, as_of=as_of).rules``, without rendering advice.
        """
        ids = self._ids
        facts = Facts(candidate, self._table, as_of, self._exercises)
        if not self._rulebook.situations:  # the order they fired in
            return tuple([ids[place] for place in self._compiled.fired(facts)])
        return tuple([ids[place] for place, _ in self._arranged(facts)])

    def evaluate(self, candidate: Candidate, *, as_of: dt.date | None = None) -> Report:
        """
        Return the report of advice for *candidate*.

        Args:
            candidate: The candidate.
            as_of: The date to judge the profile's dates against (the
                interview date, current positions, studies in progress);
                today by default. The report records it.
        """
        facts = self.facts(candidate, as_of)
        found = self._arranged(facts)
        advice = []
        if found:
            variables, counts = _variables(facts), _counts(facts)
            by_position, evidence = self._by_position, self._compiled.evidence
            advice = [
                self._advice(by_position[place], facts, (variables, counts), evidence[place](facts), horizon)
                for place, horizon in found
            ]
        return Report(candidate=candidate.name, ruleset=self._info, advice=advice, as_of=facts.as_of)

    def _advice(
        self,
        index: int,
        facts: Facts,
        profile: tuple[dict[str, str], dict[str, int]],
        evidence: tuple[str, ...],
        horizon: Horizon,
    ) -> Advice:
        # Advice is a value: the same rule, evidence, texts and horizon give an equal advice, so one is kept.
        lists = [bound(facts) for bound in self._bindings[index].values()]
        bound = tuple([_listed(items) for items in lists])
        sizes = tuple([len(items) for items in lists])
        variables, counts = profile
        named = tuple([variables[name] for name in self._variables[index]])
        key = (index, evidence, bound, sizes, named, horizon)
        advice = self._seen.get(key)
        if advice is None:
            values = dict(zip(self._variables[index], named, strict=True))
            values.update(zip(self._bindings[index], bound, strict=True))
            number = {name: counts[name] for name in self._variables[index] if name in counts}
            number.update(zip(self._bindings[index], sizes, strict=True))
            advice = self._render(index, values, number, evidence, horizon)
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            self._seen[key] = advice
        return advice

    def _render(
        self,
        index: int,
        values: dict[str, str],
        counts: dict[str, int],
        evidence: tuple[str, ...],
        horizon: Horizon,
    ) -> Advice:
        rule = self._rulebook.rules[index]
        return Advice(
            rule=rule.id,
            topic=rule.topic,
            category=self._categories[index],
            priority=rule.priority,
            horizon=horizon,
            title=rule.title.render(values, counts),
            message=rule.message.render(values, counts),
            actions=tuple([action.render(values, counts) for action in rule.actions]),
            source=self._sources[index],
            evidence=evidence,
        )

    def explain(self, candidate: Candidate, rule_id: str, *, as_of: dt.date | None = None) -> RuleExplanation:
        """
        Explain why rule *rule_id* gives its advice to *candidate*, or why not.

        Raises:
            UnknownRuleError: if the rulebook has no such rule.
        """
        index = self._index.get(rule_id)
        if index is None:
            raise UnknownRuleError(rule_id, suggest(rule_id, self._index))
        rule = self._rulebook.rules[index]
        facts = self.facts(candidate, as_of)
        tree = rule.when.explain(facts)
        shadowed_by = None
        for other in self._rulebook.rules[:index]:
            if other.topic == rule.topic and other.when.test(facts):
                shadowed_by = other.id
                break
        return RuleExplanation(
            rule=rule.id,
            topic=rule.topic,
            holds=tree.holds,
            fired=tree.holds and shadowed_by is None,
            shadowed_by=shadowed_by if tree.holds else None,
            tree=tree,
        )

    def check_examples(self) -> tuple[ExampleFailure, ...]:
        """
        Evaluate every rule's examples; return those with the wrong outcome.

        An example "fires" when the rule gives advice to the candidate, so
        an earlier rule of the same topic can keep it silent. (The
        candidate's situation may still leave the advice out of a report.)
        """
        failures = []
        ids = self._ids
        for rule in self._rulebook.rules:
            for expected, candidates in (("fires", rule.examples.fires), ("silent", rule.examples.silent)):
                for index, candidate in enumerate(candidates):
                    fired = rule.id in {ids[place] for place in self._compiled.fired(self.facts(candidate))}
                    if fired != (expected == "fires"):
                        failures.append(
                            ExampleFailure(
                                rule=rule.id,
                                expected=expected,
                                index=index,
                                explanation=self.explain(candidate, rule.id),
                            )
                        )
        return tuple(failures)

    def plan(self, report: Report) -> tuple[Advice, ...]:
        """
        Order a report's advice as a learning plan.

        Advice on a topic comes after advice on the topics it builds on
        (the topics' ``after``, followed through topics without advice);
        otherwise report order is kept.
        """
        topics = self._rulebook.topics
        present = {advice.topic for advice in report.advice}

        @functools.cache
        def before(topic: str) -> frozenset[str]:
            found: set[str] = set()
            stack = list(topics[topic].after) if topic in topics else []
            while stack:
                prerequisite = stack.pop()
                if prerequisite not in found:
                    found.add(prerequisite)
                    stack.extend(topics[prerequisite].after if prerequisite in topics else ())
            return frozenset(found)

        placed: set[str] = set()
        remaining = list(report.advice)
        ordered: list[Advice] = []
        while remaining:
            position = next(
                (i for i, advice in enumerate(remaining) if (before(advice.topic) & present) <= placed),
                0,  # only reached with a cycle, which loading rejects
            )
            advice = remaining.pop(position)
            ordered.append(advice)
            placed.add(advice.topic)
        return tuple(ordered)

    def __getstate__(self) -> dict[str, Any]:
        return {"rulebook": self._rulebook}

    def _compiled_state(self) -> dict[str, Any]:
        """
        What compiling made, for a cache of compiled engines (it loads back only into the same Python).
        """
        return {name: value for name, value in vars(self).items() if name != "_seen"}

    @classmethod
    def _from_compiled_state(cls, state: dict[str, Any]) -> Engine:
        """
        The engine whose `_compiled_state` *state* is.
        """
        engine = cls.__new__(cls)
        vars(engine).update(state)
        engine._seen = {}  # noqa: SLF001 - its own class
        return engine

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._rulebook = state["rulebook"]
        self._compile()

    def __repr__(self) -> str:
        return f"<Engine {self._rulebook.name} {self._rulebook.version}: {len(self._rulebook.rules)} rules>"


def _names(rule: Rule) -> frozenset[str]:
    """
    The placeholders a rule's texts use.
    """
    return frozenset().union(*(template.names for template in (rule.title, rule.message, *rule.actions)))
