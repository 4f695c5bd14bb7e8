"""
Reports: the advice an engine gives one candidate, as values and as plain data.

`Report.to_dict` gives exactly the report of the data contract, and
`Report.from_dict` reads it back; `report_schema` describes it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import attrs

from mlcareer._document import Document
from mlcareer._ranks import HORIZON_SHAPE, PRIORITY_SHAPE, Horizon, Priority, RuleId, TopicId
from mlcareer._render import render_markdown, render_text
from mlcareer._shapes import Issues, Items, JSONSchema, Number, Record, Rejected, Text, shape, shown
from mlcareer.exceptions import LimitError, ReportError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["REPORT_VERSION", "Advice", "Report", "RulesetInfo", "Source", "report_schema"]

REPORT_VERSION = 1


class _OptionalText(Text):
    """
    Text or null (the candidate's name).
    """

    def parse(self, value: object, path: tuple[str | int, ...], issues: Issues) -> str:
        return None if value is None else super().parse(value, path, issues)  # type: ignore[return-value] # None is allowed here

    def schema(self) -> JSONSchema:
        return {"anyOf": [super().schema(), {"type": "null"}]}


class _AsOf(Text):
    """
    A date, ``YYYY-MM-DD``.
    """

    what = "a date (YYYY-MM-DD)"

    def parse(self, value: object, path: tuple[str | int, ...], issues: Issues) -> str:
        try:
            if not isinstance(value, str):
                raise self.wrong(value, path, issues)
            return dt.date.fromisoformat(value)  # type: ignore[return-value] # a date
        except ValueError:
            raise self.wrong(value, path, issues) from None

    def dump(self, value: object) -> object:
        return value.isoformat() if isinstance(value, dt.date) else value

    def schema(self) -> JSONSchema:
        return {"type": "string", "format": "date"}


_TEXT = Text(max_length=100_000)
_TEXTS = Items(_TEXT)


def _advice_tuple(values: Iterable[Advice]) -> tuple[Advice, ...]:
    return tuple(values)


@attrs.frozen
class Source:
    """
    The section of the guide a piece of advice rests on.

    Attributes:
        section: The section's id.
        title: The section's title.
    """

    section: str = attrs.field(metadata=shape(_TEXT))
    title: str = attrs.field(metadata=shape(_TEXT))


_SOURCE_SHAPE: Record[Source] = Record.of(Source, what="a source")


@attrs.frozen
class RulesetInfo:
    """
    Which rulebook gave a report.

    Attributes:
        name: The rulebook's name.
        version: Its version.
        digest: A hash of its content, its skill table included: the same digest, the same rules.
    """

    name: str = attrs.field(metadata=shape(_TEXT))
    version: str = attrs.field(metadata=shape(_TEXT))
    digest: str = attrs.field(metadata=shape(_TEXT))


_RULESET_SHAPE: Record[RulesetInfo] = Record.of(RulesetInfo, what="a ruleset")


@attrs.frozen(kw_only=True)
class Advice:
    """
    One piece of advice: what to do, why, and which facts of the profile led to it.

    Attributes:
        rule: The id of the rule that gave it.
        topic: The topic it serves.
        category: The topic's category (``skills``, ``interview``, ...).
        priority: How much it matters: the weight the rulebook gives it.
        horizon: When to act on it, for this person's situation.
        title: The headline.
        message: The advice.
        actions: Concrete next steps.
        source: The guide section it rests on.
        evidence: The facts of the profile that made the rule fire.
    """

    rule: RuleId = attrs.field(metadata=shape(_TEXT))
    topic: TopicId = attrs.field(metadata=shape(_TEXT))
    category: str = attrs.field(metadata=shape(_TEXT))
    priority: Priority = attrs.field(metadata=shape(PRIORITY_SHAPE))
    # Reports written before horizons existed read as "next"; written reports always carry one.
    horizon: Horizon = attrs.field(
        default=Horizon.NEXT,
        metadata=shape(HORIZON_SHAPE, "now, next or later (next when absent).", written=True),
    )
    title: str = attrs.field(metadata=shape(_TEXT))
    message: str = attrs.field(metadata=shape(_TEXT))
    actions: tuple[str, ...] = attrs.field(metadata=shape(_TEXTS))
    source: Source = attrs.field(metadata=shape(_SOURCE_SHAPE))
    evidence: tuple[str, ...] = attrs.field(metadata=shape(_TEXTS))

    def to_dict(self) -> dict[str, Any]:
        """
        The advice as the plain data of the data contract.
        """
        # Written out rather than dumped through ADVICE_SHAPE: reports are serialized by the million.
        # The tests check both give the same data.
        return {
            "rule": self.rule,
            "topic": self.topic,
            "category": self.category,
            "priority": self.priority.value,
            "horizon": self.horizon.value,
            "title": self.title,
            "message": self.message,
            "actions": list(self.actions),
            "source": {"section": self.source.section, "title": self.source.title},
            "evidence": list(self.evidence),
        }


_ADVICE_SHAPE: Record[Advice] = Record.of(Advice, what="advice")


@attrs.frozen(kw_only=True)
class Report:
    """
    The advice for one candidate, in the order to act on it.

    Advice is ordered by horizon, then priority, then the order of urgency
    the person's situation gives it, then rulebook order, so one profile,
    one rulebook and one as-of date always give the same report.

    Attributes:
        candidate: The candidate's name, if the profile gives one.
        ruleset: The rulebook that gave the report.
        advice: The advice, in order.
        as_of: The date the profile's dates were judged against.
    """

    as_of: dt.date | None = attrs.field(
        default=None, metadata=shape(_AsOf(), "The date the profile's dates were judged against.")
    )
    candidate: str | None = attrs.field(metadata=shape(_OptionalText(), "The candidate's name, or null."))
    ruleset: RulesetInfo = attrs.field(metadata=shape(_RULESET_SHAPE))
    advice: tuple[Advice, ...] = attrs.field(converter=_advice_tuple, metadata=shape(Items(_ADVICE_SHAPE)))

    def __len__(self) -> int:
        return len(self.advice)

    @property
    def rules(self) -> tuple[RuleId, ...]:
        """
        The ids of the rules that gave advice, in report order.
        """
        return tuple(advice.rule for advice in self.advice)

    def by_horizon(self) -> dict[Horizon, tuple[Advice, ...]]:
        """
        The advice grouped by horizon (now, next, later), leaving out empty ones.
        """
        groups: dict[Horizon, list[Advice]] = {horizon: [] for horizon in Horizon}
        for advice in self.advice:
            groups[advice.horizon].append(advice)
        return {horizon: tuple(items) for horizon, items in groups.items() if items}

    def by_category(self) -> dict[str, tuple[Advice, ...]]:
        """
        The advice grouped by category, categories in order of first advice.
        """
        groups: dict[str, list[Advice]] = {}
        for advice in self.advice:
            groups.setdefault(advice.category, []).append(advice)
        return {category: tuple(items) for category, items in groups.items()}

    def filtered(
        self,
        *,
        categories: Iterable[str] | None = None,
        min_priority: Priority | str | None = None,
    ) -> Report:
        """
        Return the report with only the advice in *categories* and at *min_priority* or above.

        Example:
            >>> import mlcareer
            >>> report = mlcareer.default_engine().evaluate(mlcareer.Candidate())
            >>> sorted({a.priority.value for a in report.filtered(min_priority="high").advice})
            ['critical', 'high']
        """
        wanted = None if categories is None else set(categories)
        rank = Priority(min_priority).rank if min_priority is not None else len(Priority)
        advice = [
            item
            for item in self.advice
            if (wanted is None or item.category in wanted) and item.priority.rank <= rank
        ]
        return attrs.evolve(self, advice=advice)

    def to_text(self, *, color: bool = False) -> str:
        """
        The report as text for a terminal, by horizon; advice for later in one line each.
        """
        return render_text(self, color=color)

    def to_markdown(self) -> str:
        """
        The report as Markdown, by horizon; advice for later in one line each.
        """
        return render_markdown(self)

    def to_dict(self) -> dict[str, Any]:
        """
        The report as the plain data of the data contract.
        """
        return self.head([advice.to_dict() for advice in self.advice])

    def head(self, advice: list[Any]) -> dict[str, Any]:
        """
        The report as plain data with *advice* in place of its own, for writers that write advice themselves.
        """
        ruleset = self.ruleset
        return {
            "report": REPORT_VERSION,
            **({"as_of": self.as_of.isoformat()} if self.as_of is not None else {}),
            "candidate": self.candidate,
            "ruleset": {"name": ruleset.name, "version": ruleset.version, "digest": ruleset.digest},
            "advice": advice,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """
        The report as JSON text (``ensure_ascii`` off, keys in contract order).
        """
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Report:
        """
        Read a report from plain data.

        Raises:
            ReportError: listing every problem.
        """
        try:
            document = Document.from_data(data)
        except LimitError as error:
            raise ReportError(error.problems) from None
        issues = Issues(document)
        body = dict(data)
        version = body.pop("report", REPORT_VERSION)
        if version != REPORT_VERSION or isinstance(version, bool):
            issues.add(("report",), f"report format {shown(version)} is not supported")
        try:
            report = REPORT_SHAPE.parse(body, (), issues)
        except Rejected:
            report = None
        issues.raise_for(ReportError)
        assert report is not None  # noqa: S101 - problems were raised
        return report


REPORT_SHAPE: Record[Report] = Record.of(Report, what="a report")


def report_schema() -> JSONSchema:
    """
    Return the JSON Schema of reports as plain data.
    """
    schema = REPORT_SHAPE.schema()
    version = Number(integer=True, minimum=REPORT_VERSION, maximum=REPORT_VERSION).schema()
    schema["properties"] = {"report": version, **schema["properties"]}
    schema["required"] = ["report", *schema["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mlcareer report",
        **schema,
    }
