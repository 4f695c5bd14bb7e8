"""The examples in the documentation pages are real: each one loads, and rule examples pass."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
import yaml

import mlcareer
from mlcareer._cli import main
from mlcareer._language import PREDICATES, ConditionParser
from mlcareer._shapes import Issues

from .conftest import ROOT

if TYPE_CHECKING:
    from pathlib import Path

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
        exercises = mlcareer.load_rulebook().exercises
        ConditionParser(issues, mlcareer.skill_table(), exercises=exercises).parse(when, ("when",))
        assert [str(p) for p in issues.problems] == []
        used |= {word for word in re.findall(r"([a-z_]+):", yaml.safe_dump(when)) if word in PREDICATES}
    assert used == set(PREDICATES) - {"use"}
    packs = [block for block in blocks if not block.startswith("when:")]
    assert len(packs) == 5
    for pack in packs:
        rulebook = mlcareer.load_rulebook().extend(pack, replace="skills.python.beginner" in pack)
        assert mlcareer.Engine(rulebook).check_examples() == ()
    (horizons_pack,) = [pack for pack in packs if pack.startswith("horizons:")]
    horizons = mlcareer.load_rulebook().extend(horizons_pack)
    assert [s.name for s in horizons.situations[:2]] == ["interview-this-week", "everyone-else"]


def test_writing_rules_walk_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The walk-through runs as written: its packs, its commands and its Python."""
    page = (DOCS / "writing-rules.md").read_text()
    for name, text in re.findall(r"`([a-z-]+\.yaml)`:\n\n```yaml\n(.*?)```", page, flags=re.DOTALL):
        (tmp_path / name).write_text(text)
    (tmp_path / "me.yaml").write_text("extensions: {bootcamp: {enrolled: true}}\n")
    monkeypatch.chdir(tmp_path)
    commands = re.findall(r"^mlcareer (.*?)(?:\s+#.*)?$", page, flags=re.MULTILINE)
    assert len(commands) == 5
    for command in commands:
        assert main(command.split()) == 0, command
    out = capsys.readouterr().out
    assert "bootcamp.yaml: ok (1 rules)" in out
    assert "bootcamp-wording.yaml: ok (2 rules)" in out
    namespace: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL):
        exec(block, namespace)  # noqa: S102 - the documentation's own code
    assert namespace["report"].rules[:1] == ("skills.python.missing",)  # type: ignore[attr-defined]
    namespace["test_examples"]()  # type: ignore[operator]
    namespace["test_capstone_advice_only_for_students_without_a_project"]()  # type: ignore[operator]


def test_profile_format_example() -> None:
    """The profile on the profile-format page loads."""
    (profile,) = yaml_blocks("profile-format.md")
    assert mlcareer.load_candidate(profile).name == "Priya Raman"


@pytest.mark.parametrize("page", sorted(path.name for path in DOCS.glob("*.md")))
def test_pages_link_to_existing_pages(page: str) -> None:
    """Links between pages point at pages that exist."""
    generator = (DOCS / "_ext" / "mlcareer_docs.py").read_text()
    for target in re.findall(r"\{doc\}`([^`]+)`", (DOCS / page).read_text()):
        if target.startswith("_generated/"):  # written when the pages are built
            assert f'GENERATED / "{target.removeprefix("_generated/")}.md"' in generator, target
        else:
            assert (DOCS / f"{target}.md").exists(), target


def test_readme_links_exist() -> None:
    """The README's links to files in the repository resolve."""
    for target in re.findall(r"\]\(((?!https?:)[^)#]+)\)", (ROOT / "README.md").read_text()):
        assert (ROOT / target).exists(), target
