"""Tests for mlcareer._report: reports as values and as the contract's plain data."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from hypothesis import given

import mlcareer
from mlcareer import Candidate, Report, ReportError, report_schema, strategies
from mlcareer._report import REPORT_SHAPE

ENGINE = mlcareer.default_engine()


def test_contract_shape() -> None:
    """to_dict gives exactly the report of the data contract, keys in its order."""
    report = ENGINE.evaluate(
        mlcareer.load_candidate({"name": "Priya", "skills": ["r"]}), as_of=dt.date(2026, 11, 25)
    )
    data = report.to_dict()
    assert list(data) == ["report", "as_of", "candidate", "ruleset", "advice"]
    assert data["as_of"] == "2026-11-25"
    assert data["report"] == 1
    assert data["candidate"] == "Priya"
    assert list(data["ruleset"]) == ["name", "version", "digest"]
    first = data["advice"][0]
    assert list(first) == [
        "rule", "topic", "category", "priority", "horizon", "title", "message", "actions", "source", "evidence",
    ]  # fmt: skip
    assert first["rule"] == "skills.python.missing-programmer"
    assert first["source"] == {
        "section": "non-negotiable-skills",
        "title": "What Skills Are Non-Negotiable in ML?",
    }
    assert first["horizon"] == "now"
    assert first["evidence"] == [
        "nothing in your profile shows Python",
        "you list R at an intermediate level",
    ]


@given(strategies.candidates())
def test_plain_data_round_trip(candidate: Candidate) -> None:
    """A report turned into plain data (and JSON) reads back equal."""
    report = ENGINE.evaluate(candidate)
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_dict(json.loads(report.to_json())) == report


@given(strategies.candidates())
def test_plain_data_is_the_shapes_dump(candidate: Candidate) -> None:
    """The written-out to_dict gives exactly what the report's shape dumps."""
    report = ENGINE.evaluate(candidate)
    assert report.to_dict() == {"report": 1, "candidate": report.candidate, **REPORT_SHAPE.dump(report)}  # type: ignore[dict-item] # a Record dumps a mapping


@given(strategies.candidates())
def test_reports_validate_against_the_schema(candidate: Candidate) -> None:
    """Every report is valid under the published report schema."""
    jsonschema.validate(ENGINE.evaluate(candidate).to_dict(), report_schema())


def test_schema_is_valid() -> None:
    """The report schema is a valid JSON Schema."""
    jsonschema.Draft202012Validator.check_schema(report_schema())


def test_bad_report_data() -> None:
    """Plain data that is not a report is an error listing every problem."""
    with pytest.raises(ReportError) as error:
        Report.from_dict(
            {"report": 2, "candidate": 3, "ruleset": {"name": "x"}, "advice": [{"priority": "urgent"}]}
        )
    assert [str(problem) for problem in error.value.problems] == [
        "report: report format 2 is not supported",
        "candidate: expected text, got the number 3",
        "ruleset: missing the key 'version'",
        "ruleset: missing the key 'digest'",
        "advice[0]: missing the key 'rule'",
        "advice[0]: missing the key 'topic'",
        "advice[0]: missing the key 'category'",
        "advice[0].priority: 'urgent' is not one of critical, high, medium, low",
        "advice[0]: missing the key 'title'",
        "advice[0]: missing the key 'message'",
        "advice[0]: missing the key 'actions'",
        "advice[0]: missing the key 'source'",
        "advice[0]: missing the key 'evidence'",
    ]


def test_filtered() -> None:
    """Reports filter by category and by minimum priority."""
    report = ENGINE.evaluate(Candidate())
    skills = report.filtered(categories=["skills"])
    assert {advice.category for advice in skills.advice} == {"skills"}
    assert report.filtered(min_priority="critical").rules == ("skills.python.missing",)
    assert report.filtered() == report


def test_by_category_and_len() -> None:
    """Advice groups by category in report order."""
    report = ENGINE.evaluate(Candidate())
    groups = report.by_category()
    assert next(iter(groups)) == "skills"
    assert sum(len(items) for items in groups.values()) == len(report)
