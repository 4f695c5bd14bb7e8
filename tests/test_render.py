"""Tests for mlcareer._render: reports for people, as text and Markdown."""

from __future__ import annotations

import datetime as dt
from typing import Any

import mlcareer
from mlcareer._render import render_markdown, render_text

#: A small rulebook of its own, so these tests read rendering, not the guide's text.
BOOK: dict[str, Any] = {
    "rulebook": "render",
    "version": "2",
    "sections": {"basics": "The Basics"},
    "topics": [
        {"id": "skills.python", "section": "basics", "summary": "Python."},
        {"id": "skills.stack", "section": "basics", "summary": "The stack.", "after": ["skills.python"]},
        {"id": "growth.network", "section": "basics", "summary": "People."},
    ],
    "horizons": [{"situation": "everyone", "now": ["skills.*"], "later": ["growth.*"]}],
    "rules": [
        {
            "id": "skills.python.weak",
            "topic": "skills.python",
            "priority": "high",
            "when": {"skill": {"name": "python", "at_most": "beginner"}},
            "title": "Practise *Python*",
            "message": "Your Python is new.",
            "actions": ["Write a script a day."],
            "source": "basics",
        },
        {
            "id": "skills.stack.gaps",
            "topic": "skills.stack",
            "priority": "medium",
            "when": {"gaps": {"skills": ["numpy", "pandas"]}},
            "title": "Learn {gaps}",
            "message": "{gaps} {gaps|is|are} missing.",
            "actions": ["Start with {gaps}."],
            "source": "basics",
        },
        {
            "id": "growth.network.none",
            "topic": "growth.network",
            "priority": "low",
            "when": {"networking": False},
            "title": "Meet people",
            "message": "Go to a meetup.",
            "actions": ["Find one."],
            "source": "basics",
        },
    ],
}
ENGINE = mlcareer.Engine(mlcareer.load_rulebook(BOOK))
REPORT = ENGINE.evaluate(
    mlcareer.load_candidate({"name": "Ada", "skills": [{"name": "python", "level": "beginner"}, "numpy"]}),
    as_of=dt.date(2026, 11, 25),
)


def test_text_groups_by_horizon_with_priorities() -> None:
    """Text output has a header, horizon headings, priority marks, steps, evidence and source; later is one line."""
    assert render_text(REPORT) == (
        "Career advice for Ada (rulebook render 2)\n"
        "\n"
        "NOW: THIS WEEK\n"
        "  [high] Practise *Python*\n"
        "    Your Python is new.\n"
        "    Next steps:\n"
        "      - Write a script a day.\n"
        "    Why: You list Python at a beginner level.\n"
        "    Source: The Basics\n"
        "\n"
        "  [medium] Learn pandas\n"
        "    pandas is missing.\n"
        "    Next steps:\n"
        "      - Start with pandas.\n"
        "    Why: Nothing in your profile shows pandas.\n"
        "    Source: The Basics\n"
        "\n"
        "LATER\n"
        "  [low] Meet people\n"
    )


def test_text_colour_only_when_asked() -> None:
    """Colour codes appear only with color=True."""
    assert "\033[1;33m[high]\033[0m" in render_text(REPORT, color=True)
    assert "\033[" not in render_text(REPORT)


def test_plan_numbers_steps() -> None:
    """A plan is printed as numbered steps in plan order."""
    text = render_text(REPORT, plan=ENGINE.plan(REPORT))
    assert "Learning plan, in order:" in text
    assert " 1. [high] Practise *Python*" in text
    assert " 2. [medium] Learn pandas" in text


def test_markdown() -> None:
    """Markdown has headings per horizon and per advice, later as a short list, and escapes markup in text."""
    markdown = render_markdown(REPORT)
    assert markdown.startswith("# Career advice for Ada (rulebook render 2)\n\n## Now: this week\n\n")
    assert "### Practise \\*Python\\*\n\n**Priority:** high\n" in markdown
    assert "*Why:* You list Python at a beginner level.\n" in markdown
    assert "*Source:* The Basics (`skills.python.weak`)" in markdown
    assert markdown.endswith("## Later\n\n- **low:** Meet people\n")
    odd = ENGINE.evaluate(mlcareer.load_candidate({"name": "*Bold* <b>", "stage": "student"}))
    assert render_markdown(odd).startswith("# Career advice for \\*Bold\\* \\<b\\>")


def test_no_advice() -> None:
    """A report without advice says so."""
    empty = mlcareer.Report(candidate=None, ruleset=REPORT.ruleset, advice=[])
    assert render_text(empty).splitlines()[-1] == (
        "No advice: the profile already shows everything this rulebook looks for."
    )
    assert empty.to_markdown().startswith("# Career advice for this profile")


def test_text_from_documents_cannot_drive_a_terminal() -> None:
    """Control characters and bidirectional overrides in a profile are printed as escapes, line breaks as spaces."""
    hostile = "Ada\x1b]0;owned\x07\r\nLovelace\u202e"
    report = ENGINE.evaluate(
        mlcareer.load_candidate({"name": hostile, "skills": [{"name": "python", "level": "beginner"}]}),
        as_of=dt.date(2026, 11, 25),
    )
    text = render_text(report)
    assert text.splitlines()[0] == (
        "Career advice for Ada\\x1b]0;owned\\x07  Lovelace\\u202e (rulebook render 2)"
    )
    assert "\x1b" not in text
    assert "\u202e" not in text
    markdown = render_markdown(report)
    assert markdown.splitlines()[0] == (
        "# Career advice for Ada\\\\x1b\\]0;owned\\\\x07  Lovelace\\\\u202e (rulebook render 2)"
    )


def test_problems_print_safely() -> None:
    """A problem quoting a document's text shows its control characters as escapes."""
    problem = mlcareer.Problem(message="unknown key", rule_id="x\x1b[2J.y", path="rules[0]")
    assert str(problem) == "rule x\\x1b[2J.y: rules[0]: unknown key"


def test_a_value_that_ends_a_sentence_keeps_one_stop() -> None:
    """A company named with its own stop ends the message and the reasons without a second one."""
    book = {
        **BOOK,
        "rules": [
            {
                "id": "skills.python.company",
                "topic": "skills.python",
                "priority": "low",
                "when": {"company": True},
                "title": "Meet people at {company}",
                "message": "Find the ML team of {company}.",
                "actions": ["Write to one of them."],
                "source": "basics",
            }
        ],
    }
    report = mlcareer.Engine(mlcareer.load_rulebook(book)).evaluate(
        mlcareer.load_candidate({"goals": {"company": {"name": "Acme Inc."}}}), as_of=dt.date(2026, 11, 25)
    )
    text = render_text(report)
    assert "    Find the ML team of Acme Inc.\n" in text
    assert "    Why: You are aiming at Acme Inc.\n" in text


def test_a_reason_opens_with_a_field_capitalised_and_a_library_as_written() -> None:
    """A reason that opens with a field's name capitalises it; one that opens with a library's keeps its case."""
    book = {
        **BOOK,
        "rules": [
            {
                "id": f"skills.python.{skill}",
                "topic": "skills.python",
                "priority": "low",
                "when": {"skill": skill},
                "title": "Shown",
                "message": "Shown.",
                "actions": ["None."],
                "source": "basics",
            }
            for skill in ("deep-learning", "python")
        ],
    }
    engine = mlcareer.Engine(mlcareer.load_rulebook(book))
    report = engine.evaluate(
        mlcareer.load_candidate({"skills": ["generative ai"]}), as_of=dt.date(2026, 11, 25)
    )
    assert "Why: Generative AI (intermediate) shows deep learning at a beginner level." in render_text(report)
    report = engine.evaluate(mlcareer.load_candidate({"skills": ["pandas"]}), as_of=dt.date(2026, 11, 25))
    assert "Why: pandas (intermediate) shows Python at an intermediate level." in render_text(report)
