"""Tests for mlcareer._render: reports for people, as text and Markdown."""

from __future__ import annotations

import mlcareer
from mlcareer._render import render_markdown, render_text

ENGINE = mlcareer.default_engine()
REPORT = ENGINE.evaluate(mlcareer.load_candidate({"name": "Ada", "skills": ["python", "numpy", "pandas"]}))


def test_text_groups_by_category_with_priorities() -> None:
    """Text output has a header, category headings, priority marks, steps, evidence and source."""
    text = render_text(REPORT)
    lines = text.splitlines()
    assert lines[0] == "Career advice for Ada (rulebook mlcareer-guide 1.0.0)"
    assert lines[2] == "SKILLS"
    assert lines[3] == "  [high] Fill the gaps in your data stack"
    assert "    Next steps:" in lines
    assert "    Why: scikit-learn is not listed." in lines
    assert "\033[" not in text


def test_text_colour_only_when_asked() -> None:
    """Colour codes appear only with color=True."""
    assert "\033[1;33m[high]\033[0m" in render_text(REPORT, color=True)


def test_plan_numbers_steps() -> None:
    """A plan is printed as numbered steps in plan order."""
    text = render_text(REPORT, plan=ENGINE.plan(REPORT))
    assert "Learning plan, in order:" in text
    assert " 1. [high] Fill the gaps in your data stack" in text


def test_markdown() -> None:
    """Markdown has headings per category and per advice, and escapes markup in text."""
    markdown = render_markdown(REPORT)
    assert markdown.startswith("# Career advice for Ada (rulebook mlcareer-guide 1.0.0)\n\n## Skills\n\n")
    assert "### Fill the gaps in your data stack\n\n**Priority:** high\n" in markdown
    assert "*Source:* What Skills Are Non-Negotiable in ML? (`skills.python-data-stack.gaps`)" in markdown
    odd = ENGINE.evaluate(mlcareer.load_candidate({"name": "*Bold* <b>", "stage": "student"}))
    assert render_markdown(odd).startswith("# Career advice for \\*Bold\\* \\<b\\>")


def test_no_advice() -> None:
    """A report without advice says so."""
    empty = mlcareer.Report(candidate=None, ruleset=REPORT.ruleset, advice=[])
    assert render_text(empty).splitlines()[-1] == (
        "No advice: the profile already shows everything this rulebook looks for."
    )
    assert empty.to_markdown().startswith("# Career advice for this profile")
