"""
Pages generated from the code and the rules at build time, so they cannot drift.

- ``_generated/catalogue.md``: every rule of the built-in rulebook (rules/).
- ``_generated/skills.md``: the skill table that ships with mlcareer.
- ``_generated/*.schema.json``: the published JSON Schemas.
- ``_generated/cli.txt``: the command's help, every command.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

import mlcareer
from mlcareer._cli import _parser

if TYPE_CHECKING:
    from mlcareer._conditions import Condition

ROOT = Path(__file__).resolve().parents[2]
GENERATED = Path(__file__).resolve().parents[1] / "_generated"


def _condition(condition: Condition, indent: str = "") -> list[str]:
    lines = [f"{indent}- {condition.describe()}"]
    for child in condition.children():
        lines += _condition(child, indent + "  ")
    return lines


def catalogue() -> str:
    """The rule catalogue, as MyST Markdown."""
    rulebook = mlcareer.load_rulebook(ROOT / "rules")
    lines = [
        "# Rule catalogue",
        "",
        (
            f"Every rule of the built-in rulebook **{rulebook.name} {rulebook.version}**"
            f" ({len(rulebook.rules)} rules), generated from `rules/` when these pages are built."
            " Within a topic the first rule that holds gives the advice."
        ),
        "",
        f"Digest: `{rulebook.digest}`",
        "",
    ]
    for section, title in rulebook.sections.items():
        topics = [topic for topic in rulebook.topics.values() if topic.section == section]
        if not topics:
            continue
        lines += [f"## {title}", ""]
        for topic in topics:
            lines += [f"### {topic.id}", "", topic.summary, ""]
            if topic.after:
                lines += ["After: " + ", ".join(f"`{after}`" for after in topic.after), ""]
            for rule in rulebook.rules:
                if rule.topic != topic.id:
                    continue
                lines += [
                    f"#### `{rule.id}`",
                    "",
                    (
                        f"**{rule.title.text}** · priority *{rule.priority.value}*"
                        f" · source: {rulebook.sections[rule.source]}"
                    ),
                    "",
                    "When:",
                    "",
                    *_condition(rule.when),
                    "",
                    "Examples (must fire / must stay silent):",
                    "",
                    "```yaml",
                    yaml.safe_dump(
                        {
                            "fires": [_example(c) for c in rule.examples.fires],
                            "silent": [_example(c) for c in rule.examples.silent],
                        },
                        sort_keys=False,
                        default_flow_style=None,
                    ).rstrip(),
                    "```",
                    "",
                ]
    return "\n".join(lines) + "\n"


def skills() -> str:
    """The skill table, as MyST Markdown."""
    table = mlcareer.skill_table()
    lines = [
        "# Known skills",
        "",
        (
            "The skill table that ships with mlcareer, generated from `mlcareer/data/skills.yaml` when these"
            " pages are built. Rules and profiles may name a skill by its id, its name or any of its other"
            " names; matching ignores case, spaces, hyphens and underscores. A rule pack adds skills under"
            " `skills` (see {doc}`../rule-language`)."
        ),
        "",
    ]
    for category in mlcareer.SkillCategory:
        entries = [info for info in table.skills.values() if info.category is category]
        lines += [
            f"## {category.value.capitalize()}",
            "",
            "| Id | Name | Other names |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| `{info.id}` | {info.name} | {', '.join(info.aliases)} |"
            for info in sorted(entries, key=lambda info: info.id)
        ]
        lines.append("")
    lines += ["## Traits", "", "| Id | Name | Other names |", "| --- | --- | --- |"]
    lines += [
        f"| `{info.id}` | {info.name} | {', '.join(info.aliases)} |"
        for info in sorted(table.traits.values(), key=lambda info: info.id)
    ]
    return "\n".join(lines) + "\n"


def _example(candidate: mlcareer.Candidate) -> dict[str, Any]:
    data = candidate.to_dict()
    del data["profile"]
    return data


def cli_help() -> str:
    """The --help of the command and of each subcommand."""
    parser = _parser()
    out = [parser.format_help()]
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")  # noqa: SLF001
    for name, sub in subparsers.choices.items():  # type: ignore[attr-defined]
        with contextlib.redirect_stdout(io.StringIO()):
            out.append(f"$ mlcareer {name} --help\n{sub.format_help()}")
    return "\n".join(out)


def generate(_app: object = None) -> None:
    """Write the generated pages."""
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "catalogue.md").write_text(catalogue(), "utf-8")
    (GENERATED / "skills.md").write_text(skills(), "utf-8")
    for name, schema in (
        ("profile", mlcareer.profile_schema()),
        ("rules", mlcareer.rules_schema()),
        ("report", mlcareer.report_schema()),
    ):
        (GENERATED / f"{name}.schema.json").write_text(json.dumps(schema, indent=2) + "\n", "utf-8")
    (GENERATED / "cli.txt").write_text(cli_help(), "utf-8")


def setup(app: Any) -> dict[str, object]:  # noqa: ANN401 - Sphinx's application
    """Register the generator with Sphinx."""
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
