"""
Reports as text people read: a terminal view and Markdown.

JSON is the report's plain data (`Report.to_json`); this module is for
people. Both renderings group advice by category in report order, mark
each piece with its priority, and end each with the facts behind it.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from mlcareer._report import Advice, Report

__all__ = ["CATEGORY_TITLES", "render_markdown", "render_text"]

#: Headings for the built-in categories; other categories are capitalised.
CATEGORY_TITLES = {
    "skills": "Skills",
    "industry": "Industry demand",
    "portfolio": "Portfolio",
    "traits": "Qualities beyond technique",
    "interview": "Interview preparation",
    "growth": "Career growth",
}

_COLORS = {"critical": "1;31", "high": "1;33", "medium": "36", "low": "2"}
_WIDTH = 88


def _title(category: str) -> str:
    return CATEGORY_TITLES.get(category, category.replace("-", " ").replace("_", " ").capitalize())


def _groups(advice: Iterable[Advice]) -> dict[str, list[Advice]]:
    groups: dict[str, list[Advice]] = {}
    for item in advice:
        groups.setdefault(item.category, []).append(item)
    return groups


def _header(report: Report) -> str:
    who = report.candidate or "this profile"
    ruleset = report.ruleset
    return f"Career advice for {who} (rulebook {ruleset.name} {ruleset.version})"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def render_text(report: Report, *, color: bool = False, plan: Sequence[Advice] | None = None) -> str:
    """
    Render *report* for a terminal.

    Args:
        report: The report.
        color: Mark priorities with ANSI colours.
        plan: The advice as an ordered learning plan (`Engine.plan`), to
            print as numbered steps instead of grouping by category.
    """

    def badge(advice: Advice) -> str:
        label = f"[{advice.priority.value}]"
        return f"\033[{_COLORS[advice.priority.value]}m{label}\033[0m" if color else label

    def block(advice: Advice, head: str) -> list[str]:
        lines = [f"{head}{badge(advice)} {advice.title}"]
        lines += _wrap(advice.message, "    ")
        lines.append("    Next steps:")
        for action in advice.actions:
            lines += textwrap.wrap(action, _WIDTH, initial_indent="      - ", subsequent_indent="        ")
        lines += _wrap(f"Why: {'; '.join(advice.evidence)}.", "    ")
        lines += _wrap(f"Source: {advice.source.title}", "    ")
        return lines

    lines = [_header(report), ""]
    if not report.advice:
        lines.append("No advice: the profile already shows everything this rulebook looks for.")
        return "\n".join(lines) + "\n"
    if plan is not None:
        lines.append("Learning plan, in order:")
        lines.append("")
        for step, advice in enumerate(plan, 1):
            lines += block(advice, f"{step:>2}. ")
            lines.append("")
    else:
        for category, items in _groups(report.advice).items():
            heading = _title(category).upper()
            lines.append(f"\033[1m{heading}\033[0m" if color else heading)
            for advice in items:
                lines += block(advice, "  ")
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _md(text: str) -> str:
    """
    Escape the characters Markdown would read as markup in plain text.
    """
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def render_markdown(report: Report, *, plan: Sequence[Advice] | None = None) -> str:
    """
    Render *report* as Markdown a person can read or paste.

    Args:
        report: The report.
        plan: The advice as an ordered learning plan, to render as numbered
            steps instead of grouping by category.
    """

    def block(advice: Advice, heading: str) -> list[str]:
        lines = [f"{heading} {_md(advice.title)}", "", f"**Priority:** {advice.priority.value}", ""]
        lines += [_md(advice.message), "", "**Next steps:**", ""]
        lines += [f"- {_md(action)}" for action in advice.actions]
        lines += ["", f"*Why:* {_md('; '.join(advice.evidence))}.", ""]
        lines += [f"*Source:* {_md(advice.source.title)} (`{advice.rule}`)", ""]
        return lines

    lines = [f"# {_md(_header(report))}", ""]
    if not report.advice:
        lines.append("No advice: the profile already shows everything this rulebook looks for.")
        return "\n".join(lines) + "\n"
    if plan is not None:
        lines += ["## Learning plan", ""]
        for step, advice in enumerate(plan, 1):
            lines += block(advice, f"### {step}.")
    else:
        for category, items in _groups(report.advice).items():
            lines += [f"## {_md(_title(category))}", ""]
            for advice in items:
                lines += block(advice, "###")
    return "\n".join(lines).rstrip("\n") + "\n"
