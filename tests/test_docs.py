"""The examples in the documentation pages are real: each one loads, and rule examples pass."""

from __future__ import annotations

import re

import pytest
import yaml

import mlcareer
from mlcareer._language import PREDICATES, ConditionParser
from mlcareer._shapes import Issues

from .conftest import ROOT

DOCS = ROOT / "docs"


def yaml_blocks(page: str) -> list[str]:
    """The YAML code blocks of a documentation page."""
    return re.findall(r"```yaml\n(.*?)```", (DOCS / page).read_text(), flags=re.DOTALL)


def test_every_rule_language_example_loads() -> None:
    """Every condition, rule and rule file in the rule-language reference loads without a problem."""
    blocks = yaml_blocks("rule-language.md")
    conditions = [yaml.safe_load(block)["when"] for block in blocks if block.startswith("when:")]
    used = set()
    for when in conditions:
        issues = Issues()
        ConditionParser(issues, mlcareer.skill_table()).parse(when, ("when",))
        assert [str(p) for p in issues.problems] == []
        used |= {word for word in re.findall(r"([a-z_]+):", yaml.safe_dump(when)) if word in PREDICATES}
    assert used == set(PREDICATES) - {"use"}
    packs = [block for block in blocks if not block.startswith("when:")]
    assert len(packs) == 3
    for pack in packs:
        rulebook = mlcareer.load_rulebook().extend(pack, replace="skills.python.beginner" in pack)
        assert mlcareer.Engine(rulebook).check_examples() == ()
    horizons = mlcareer.load_rulebook().extend(packs[2])
    assert [s.name for s in horizons.situations[:2]] == ["interview-this-week", "everyone-else"]


def test_writing_rules_walk_through() -> None:
    """The walk-through's rule pack loads on the built-in rulebook, and its examples pass."""
    (pack,) = yaml_blocks("writing-rules.md")
    rulebook = mlcareer.load_rulebook().extend(pack)
    assert rulebook.rule("bootcamp.capstone.missing").topic == "bootcamp.capstone"
    assert mlcareer.Engine(rulebook).check_examples() == ()


def test_profile_format_example() -> None:
    """The profile on the profile-format page loads."""
    (profile,) = yaml_blocks("profile-format.md")
    assert mlcareer.load_candidate(profile).name == "Priya Raman"


@pytest.mark.parametrize("page", sorted(path.name for path in DOCS.glob("*.md")))
def test_pages_link_to_existing_pages(page: str) -> None:
    """Links between pages point at pages that exist."""
    for target in re.findall(r"\{doc\}`([^`]+)`", (DOCS / page).read_text()):
        assert (DOCS / f"{target}.md").exists(), target


def test_readme_links_exist() -> None:
    """The README's links to files in the repository resolve."""
    for target in re.findall(r"\]\(((?!https?:)[^)#]+)\)", (ROOT / "README.md").read_text()):
        assert (ROOT / target).exists(), target
