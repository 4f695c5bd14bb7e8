"""
Reports as text people read: a terminal view and Markdown.

JSON is the report's plain data (`Report.to_json`); this module is for
people. Both renderings group advice by horizon in report order (now, next,
later), mark each piece with its priority and end each with the facts
behind it; advice for later is one line each, so the report stays short.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from mlcareer._printable import printable
from mlcareer._ranks import Horizon
from mlcareer._taxonomy import SkillCategory, skill_table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from mlcareer._match import Match, Requirement
    from mlcareer._report import Advice, Report

__all__ = ["HORIZON_TITLES", "match_markdown", "match_text", "render_markdown", "render_text"]

#: Headings for the horizons.
HORIZON_TITLES = {
    Horizon.NOW: "Now: this week",
    Horizon.NEXT: "Next",
    Horizon.LATER: "Later",
}

#: The kinds of skill whose names are names of things, written in their own case at a sentence's start.
_NAMES_KEEP_CASE = frozenset({SkillCategory.LIBRARY, SkillCategory.FRAMEWORK, SkillCategory.LANGUAGE})

_COLORS = {"critical": "1;31", "high": "1;33", "medium": "36", "low": "2"}
_WIDTH = 88


def _why(advice: Advice) -> str:
    """
    The evidence as one sentence, such as "Why: you list Python at a beginner level.".
    """
    text = printable("; ".join(advice.evidence))
    info = skill_table().known_skill(text.split(" (", 1)[0])
    # A library's name keeps its case (scikit-learn, pandas); a field's opens the sentence (Generative AI).
    if info is None or info.category not in _NAMES_KEEP_CASE:
        text = text[:1].upper() + text[1:]
    return f"Why: {text}{'' if text.endswith('.') else '.'}"


def _header(report: Report) -> str:
    who = report.candidate or "this profile"
    ruleset = report.ruleset
    return printable(f"Career advice for {who} (rulebook {ruleset.name} {ruleset.version})")


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def render_text(report: Report, *, color: bool = False, plan: Sequence[Advice] | None = None) -> str:
    """
    Render *report* for a terminal.

    Args:
        report: The report.
        color: Mark priorities with ANSI colours.
        plan: The advice as an ordered learning plan (`Engine.plan`), to
            print as numbered steps instead of grouping by horizon.
    """

    def badge(advice: Advice) -> str:
        label = f"[{advice.priority.value}]"
        return f"\033[{_COLORS[advice.priority.value]}m{label}\033[0m" if color else label

    def block(advice: Advice, head: str) -> list[str]:
        lines = [f"{head}{badge(advice)} {printable(advice.title)}"]
        lines += _wrap(printable(advice.message), "    ")
        lines.append("    Next steps:")
        for action in advice.actions:
            lines += textwrap.wrap(
                printable(action), _WIDTH, initial_indent="      - ", subsequent_indent="        "
            )
        lines += _wrap(_why(advice), "    ")
        lines += _wrap(f"Source: {printable(advice.source.title)}", "    ")
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
        for horizon, items in report.by_horizon().items():
            heading = HORIZON_TITLES[horizon].upper()
            lines.append(f"\033[1m{heading}\033[0m" if color else heading)
            if horizon is Horizon.LATER:
                lines += [
                    line
                    for advice in items
                    for line in _wrap(f"{badge(advice)} {printable(advice.title)}", "  ")
                ]
                lines.append("")
            else:
                lines += [line for advice in items for line in (*block(advice, "  "), "")]
    return "\n".join(lines).rstrip("\n") + "\n"


def _md(text: str) -> str:
    """
    Escape the characters Markdown would read as markup in plain text, on one line.
    """
    text = printable(text)
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def render_markdown(report: Report, *, plan: Sequence[Advice] | None = None) -> str:
    """
    Render *report* as Markdown a person can read or paste.

    Args:
        report: The report.
        plan: The advice as an ordered learning plan, to render as numbered
            steps instead of grouping by horizon.
    """

    def block(advice: Advice, heading: str) -> list[str]:
        lines = [f"{heading} {_md(advice.title)}", "", f"**Priority:** {advice.priority.value}", ""]
        lines += [_md(advice.message), "", "**Next steps:**", ""]
        lines += [f"- {_md(action)}" for action in advice.actions]
        lines += ["", f"*Why:* {_md(_why(advice).removeprefix('Why: '))}", ""]
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
        for horizon, items in report.by_horizon().items():
            lines += [f"## {HORIZON_TITLES[horizon]}", ""]
            if horizon is Horizon.LATER:
                lines += [*(f"- **{advice.priority.value}:** {_md(advice.title)}" for advice in items), ""]
                continue
            for advice in items:
                lines += block(advice, "###")
    return "\n".join(lines).rstrip("\n") + "\n"


def _job_words(match: Match) -> str:
    job = match.job
    title = job.title or "the job"
    return printable(f"{title} at {job.company}" if job.company else title)


def _coverage_words(match: Match) -> str:
    if match.coverage is None:
        return "The posting names no requirement to match."
    counted = match.counted  # "PyTorch or TensorFlow" is one requirement
    found = sum(row.found for row in counted)
    return f"Coverage {match.coverage:.0%}: {found} of {len(counted)} requirements found."


def _step_words(match: Match, row: Requirement) -> str:
    """
    What to add, in words: a skill, with those the job takes in its place ("Java or C++").
    """
    labels = {other.name: other.label for other in match.requirements if other.kind == "skill"}
    names = (
        [row.label]
        if row.kind != "skill"
        else [row.label, *(labels[other] for other in match.job.alternatives_of(row.name) if other in labels)]
    )
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def match_text(match: Match) -> str:
    """
    Render *match* for a terminal: each requirement, found or not and why, then what to add first.
    """
    lines = [f"Match with {_job_words(match)}", "", _coverage_words(match), ""]
    for row in match.requirements:
        mark = "+" if row.found else "-"
        text = printable(f"{mark} {row.label} ({row.weight}): {row.evidence}")
        lines += textwrap.wrap(text, _WIDTH, initial_indent="  ", subsequent_indent="    ")
    if match.missing:
        lines += ["", "Add first:"]
        for step, row in enumerate(match.missing, 1):
            lines.append(
                printable(f"  {step}. {_step_words(match, row)} ({row.weight}, +{row.gain:.0%} coverage)")
            )
    return "\n".join(lines) + "\n"


def match_markdown(match: Match) -> str:
    """
    Render *match* as Markdown: a table of requirements, then what to add first.
    """
    lines = [f"# Match with {_md(_job_words(match))}", "", _md(_coverage_words(match)), ""]
    if match.requirements:
        lines += ["| Requirement | Weight | Found | Why |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {_md(row.label)} | {row.weight} | {'yes' if row.found else 'no'} | {_md(row.evidence)} |"
            for row in match.requirements
        ]
        lines.append("")
    if match.missing:
        lines += ["## Add first", ""]
        lines += [
            f"{step}. {_md(_step_words(match, row))} ({row.weight}, +{row.gain:.0%} coverage)"
            for step, row in enumerate(match.missing, 1)
        ]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
