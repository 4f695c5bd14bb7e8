"""Tests for mlcareer._rulebook: loading, checking and changing rulebooks."""

from __future__ import annotations

import json
import textwrap
from typing import TYPE_CHECKING

import jsonschema
import pytest
import yaml

from mlcareer import Engine, Priority, RuleError, UnknownRuleError, _rulebook, load_rulebook, rules_schema
from mlcareer._conditions import AllOf
from mlcareer._taxonomy import SkillCategory, SkillInfo, skill_table

from .conftest import RULES

if TYPE_CHECKING:
    from pathlib import Path

HEADER = """\
rulebook: pack
version: "1"
sections:
  basics: Basics
topics:
  - {id: basics.python, section: basics, summary: Python first.}
  - {id: basics.data, section: basics, summary: Data next., after: [basics.python]}
"""

RULE = """\
  - id: basics.python.missing
    topic: basics.python
    priority: high
    when: {not: {skill: python}}
    title: Learn Python
    message: Python matters, {name}.
    actions: [Start a course.]
    source: basics
"""


def write(folder: Path, name: str, text: str) -> Path:
    """Write a rule file into *folder*."""
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


def problems(source: Path | str) -> list[str]:
    """Load *source*, which must fail, and return its problems as text."""
    with pytest.raises(RuleError) as error:
        load_rulebook(source)
    return [str(problem) for problem in error.value.problems]


class TestLoading:
    def test_single_file(self, tmp_rules: Path) -> None:
        """A single file with its sections, topics and rules is a rulebook."""
        rulebook = load_rulebook(write(tmp_rules, "pack.yaml", HEADER + "rules:\n" + RULE))
        assert (rulebook.name, rulebook.version) == ("pack", "1")
        assert [rule.id for rule in rulebook.rules] == ["basics.python.missing"]
        assert rulebook.topics["basics.data"].after == ("basics.python",)
        assert rulebook.topics["basics.data"].category == "basics"

    def test_manifest_directory(self, tmp_rules: Path) -> None:
        """A directory's rulebook.yaml lists the files, read in order."""
        write(tmp_rules, "rulebook.yaml", HEADER + "files: [a.yaml]\n")
        write(tmp_rules, "a.yaml", "rules:\n" + RULE)
        assert load_rulebook(tmp_rules).rules[0].id == "basics.python.missing"

    def test_a_manifests_named_conditions_are_seen_by_its_files(self, tmp_rules: Path) -> None:
        """Files a manifest lists use its named conditions; a name they define themselves is theirs."""
        write(
            tmp_rules,
            "rulebook.yaml",
            HEADER + "conditions:\n  no-python: {not: {skill: python}}\nfiles: [a.yaml, b.yaml]\n",
        )
        write(tmp_rules, "a.yaml", "rules:\n" + RULE.replace("{not: {skill: python}}", "{use: no-python}"))
        own = RULE.replace("basics.python.missing", "basics.python.other").replace(
            "{not: {skill: python}}", "{use: no-python}"
        )
        write(tmp_rules, "b.yaml", "conditions:\n  no-python: {stage: student}\nrules:\n" + own)
        with pytest.raises(RuleError) as error:
            load_rulebook(tmp_rules)
        # Both files use the name: b.yaml's own definition is its own, and differs from the manifest's.
        assert [str(problem) for problem in error.value.problems] == [
            f"{tmp_rules / 'b.yaml'}:4:5: rule basics.python.other: the named condition 'no-python' is defined"
            f" otherwise than in {tmp_rules / 'a.yaml'}:2 (rule 'basics.python.missing'); the files of a rulebook"
            " define each name alike"
        ]
        write(
            tmp_rules,
            "rulebook.yaml",
            HEADER + "conditions:\n  no-python: {not: {skill: python}}\nfiles: [a.yaml]\n",
        )
        rulebook = load_rulebook(tmp_rules)
        assert rulebook.rules[0].when.to_data() == {"use": "no-python"}
        assert load_rulebook(rulebook.to_data()) == rulebook

    def test_text_and_data(self) -> None:
        """Rule files load from text and from plain data alike."""
        text = HEADER + "rules:\n" + RULE
        assert load_rulebook(text) == load_rulebook(yaml.safe_load(text))

    def test_round_trip(self) -> None:
        """The built-in rulebook written as data loads back equal, with the same digest."""
        rulebook = load_rulebook()
        again = load_rulebook(rulebook.to_data())
        assert again == rulebook
        assert again.digest == rulebook.digest

    def test_digest_follows_content(self) -> None:
        """The digest changes with the rules and only with them."""
        rulebook = load_rulebook()
        assert rulebook.digest.startswith("sha256:")
        assert rulebook.disable("growth.*").digest != rulebook.digest
        assert load_rulebook(RULES).digest == rulebook.digest

    def test_digest_follows_the_built_in_skill_table(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A built-in skill table that names one more skill gives the same rule files another digest."""
        digest = load_rulebook(RULES).digest
        kubernetes = SkillInfo(
            id="kubernetes-operators", name="Kubernetes operators", category=SkillCategory.PRACTICE
        )
        monkeypatch.setattr(_rulebook, "skill_table", lambda: skill_table().extended([kubernetes]))
        _rulebook._table.cache_clear()
        try:
            assert load_rulebook(RULES).digest != digest
        finally:
            _rulebook._table.cache_clear()


class TestProblems:
    def test_all_problems_with_places(self, tmp_rules: Path) -> None:
        """Every problem of a file is reported at once, with file, line, column and rule id."""
        path = write(
            tmp_rules,
            "bad.yaml",
            HEADER
            + """\
            rules:
              - id: basics.python.missing
                topic: basics.pyton
                priority: hihg
                when: {skil: python}
                title: Learn {lang}
                message: Hello {0.__class__}
                actions: []
                source: basic
            """.replace("            ", ""),
        )
        assert problems(path) == [
            f"{path}:10:5: rule basics.python.missing: rules[0].topic: unknown topic 'basics.pyton';"
            " did you mean 'basics.python'?",
            f"{path}:11:15: rule basics.python.missing: rules[0].priority: 'hihg' is not one of critical, high,"
            " medium, low; did you mean 'high'?",
            f"{path}:12:12: rule basics.python.missing: rules[0].when: unknown predicate 'skil'; did you mean 'skill'?",
            f"{path}:14:14: rule basics.python.missing: rules[0].message: '{{0.__class__}}' at character 7 is not"
            " a placeholder like {name}; write '{{' for a brace",
            f"{path}:15:14: rule basics.python.missing: rules[0].actions: expected a list of next steps,"
            " got an empty list",
            f"{path}:16:5: rule basics.python.missing: rules[0].source: unknown section 'basic'; did you mean 'basics'?",
        ]

    def test_references_across_the_rulebook(self, tmp_rules: Path) -> None:
        """Unknown topics and sections, and unknown placeholders, are errors with suggestions."""
        rule = RULE.replace("topic: basics.python", "topic: basics.pyton").replace(
            "source: basics", "source: basic"
        )
        path = write(tmp_rules, "refs.yaml", HEADER + "rules:\n" + rule.replace("{name}", "{nmae}"))
        assert problems(path) == [
            f"{path}:10:5: rule basics.python.missing: rules[0].topic: unknown topic 'basics.pyton';"
            " did you mean 'basics.python'?",
            f"{path}:14:14: rule basics.python.missing: rules[0].message: unknown placeholder {{nmae}};"
            " did you mean 'name'?",
            f"{path}:16:5: rule basics.python.missing: rules[0].source: unknown section 'basic'; did you mean 'basics'?",
        ]

    def test_a_name_is_bound_by_one_condition(self, tmp_rules: Path) -> None:
        """A placeholder two different conditions bind would name either one's list: an error at the condition."""
        rule = RULE.replace(
            "when: {not: {skill: python}}",
            "when: {all: [{gaps: {skills: [numpy, pandas]}}, {quiet: {gaps: {skills: [python, r], count: 2}}}]}",
        ).replace("message: Python matters, {name}.", "message: Learn {gaps}.")
        path = write(tmp_rules, "bound.yaml", HEADER + "rules:\n" + rule)
        assert problems(path) == [
            f"{path}:12:11: rule basics.python.missing: rules[0].when: {{gaps}} is bound by 2 different conditions"
            " of the rule; give all but one another name with 'as'"
        ]
        fixed = rule.replace("count: 2}", "count: 2, as: languages}")
        assert load_rulebook(write(tmp_rules, "bound.yaml", HEADER + "rules:\n" + fixed)).rules[0].id == (
            "basics.python.missing"
        )

    def test_a_rule_is_never_quiet_as_a_whole(self, tmp_rules: Path) -> None:
        """A rule whose whole condition is quiet would advise without a reason: an error at its place."""
        rule = RULE.replace("when: {not: {skill: python}}", "when: {quiet: {not: {skill: python}}}")
        path = write(tmp_rules, "quiet.yaml", HEADER + "rules:\n" + rule)
        assert problems(path) == [
            f"{path}:12:12: rule basics.python.missing: rules[0].when: a rule's whole condition cannot be 'quiet':"
            " its advice needs a reason"
        ]

    def test_duplicate_ids_and_keys(self, tmp_rules: Path) -> None:
        """A rule id used twice, and a key written twice, are errors."""
        path = write(tmp_rules, "dup.yaml", HEADER + "rules:\n" + RULE + RULE)
        assert problems(path) == [
            f"{path}:17:5: rule basics.python.missing: rules[1].id: duplicate rule id 'basics.python.missing'"
            f" (first at {path}:9)"
        ]
        path = write(
            tmp_rules,
            "keys.yaml",
            HEADER
            + "rules:\n"
            + RULE.replace("    source: basics\n", "    title: Again\n    source: basics\n"),
        )
        assert problems(path) == [f"{path}:16:5: rules[0].title: duplicate key 'title'"]

    def test_topic_problems(self, tmp_rules: Path) -> None:
        """Unknown sections, unknown prerequisites and prerequisite cycles are errors."""
        path = write(
            tmp_rules,
            "topics.yaml",
            """\
            rulebook: t
            version: "1"
            sections: {basics: Basics}
            topics:
              - {id: a.one, section: basis, summary: One., after: [a.two]}
              - {id: a.two, section: basics, summary: Two., after: [a.one, a.three]}
              - {id: Bad, section: basics, summary: Bad.}
            """,
        )
        assert problems(path) == [
            f"{path}:5:10: topics[0].id: topic 'a.one': unknown section 'basis'; did you mean 'basics'?",
            f"{path}:6:10: topics[1].id: topic 'a.two': unknown topic 'a.three' in after",
            f"{path}:6:10: topics[1].id: topic prerequisites form a cycle: a.one -> a.two -> a.one",
            f"{path}:7:5: topics[2]: 'Bad' is not a topic id (category.name, in lowercase words)",
        ]

    def test_long_prerequisite_chains(self) -> None:
        """Thousands of topics in one chain of prerequisites load, and a cycle through them is one problem."""
        topics = [
            {"id": f"a.t{i}", "section": "s", "summary": "T.", "after": [f"a.t{i + 1}"]} for i in range(3000)
        ] + [{"id": "a.t3000", "section": "s", "summary": "T."}]
        data = {"rulebook": "chain", "version": "1", "sections": {"s": "S"}, "topics": topics, "rules": []}
        assert len(load_rulebook(data).topics) == 3001
        topics[-1]["after"] = ["a.t0"]
        with pytest.raises(RuleError) as error:
            load_rulebook(data)
        (problem,) = error.value.problems
        assert problem.message.startswith("topic prerequisites form a cycle: a.t0 -> a.t1 -> ")
        assert problem.message.endswith(" -> a.t3000 -> a.t0")

    def test_text_that_is_not_unicode(self) -> None:
        """Rule text with a lone surrogate (it could not be written or hashed) is a problem at its place."""
        data = yaml.safe_load(HEADER + "rules:\n" + RULE)
        data["rulebook"] = "pack\ud800"
        data["rules"][0]["when"] = {"company": {"name": "Acme\udfff"}}
        assert problems(data) == [
            "rulebook: is not valid Unicode text (it holds a lone surrogate)",
            "rules[0].when.company.name: is not valid Unicode text (it holds a lone surrogate)",
        ]
        text = json.dumps(yaml.safe_load(HEADER + "rules:\n" + RULE) | {"rulebook": "pack\ud800"})
        assert text.startswith('{"rulebook": "pack\\ud800"')  # a JSON escape, the one way text can hold it
        assert problems(text) == ["1:14: rulebook: is not valid Unicode text (it holds a lone surrogate)"]

    def test_situation_problems(self) -> None:
        """Situations under horizons are read like rules: every problem at once, in place."""
        with pytest.raises(RuleError) as error:
            load_rulebook().extend("horizons:\n  - {when: {skil: python}, now: x}\n  - 3\n")
        assert [str(problem) for problem in error.value.problems] == [
            "2:5: horizons[0]: missing the key 'situation'",
            "2:13: horizons[0].when: unknown predicate 'skil'; did you mean 'skill'?",
            "2:33: horizons[0].now: expected a list of topic or rule ids, or patterns, got the text 'x'",
            "3:5: horizons[1]: expected a situation (a mapping), got the number 3",
        ]

    def test_example_profiles_are_checked(self, tmp_rules: Path) -> None:
        """Example profiles in a rule are validated like any profile, and located in the rule file."""
        rule = RULE + "    examples:\n      fires:\n        - {skills: [{name: r, level: guru}]}\n"
        path = write(tmp_rules, "ex.yaml", HEADER + "rules:\n" + rule)
        assert problems(path) == [
            f"{path}:19:11: rule basics.python.missing: rules[0].examples.fires[0].skills[0].level: 'guru' is not"
            " one of novice, beginner, intermediate, advanced, expert (or 1-5)"
        ]

    def test_file_level_problems(self, tmp_rules: Path) -> None:
        """Unknown top-level keys and missing files are reported."""
        path = write(tmp_rules, "top.yaml", HEADER + "rule: []\nfiles: [nowhere.yaml]\n")
        assert problems(path) == [
            f"{path}:8:1: unknown key 'rule'; did you mean 'rules'?",
            f"{path}:9:9: files[0]: no such rule file: nowhere.yaml",
        ]
        assert problems("rules: []\n") == ["a rulebook needs a 'rulebook' name and a 'version'"]

    def test_directory_without_manifest(self, tmp_rules: Path) -> None:
        """A directory needs a manifest."""
        assert problems(tmp_rules) == [f"{tmp_rules}: a rulebook directory needs a rulebook.yaml"]


class TestPacks:
    PACK = """\
    rulebook: acme
    version: "2"
    sections: {acme: Acme's own advice}
    topics:
      - {id: acme.onboarding, section: acme, summary: Join the Acme cohort.}
    rules:
      - id: acme.onboarding.join
        topic: acme.onboarding
        priority: low
        when: {extension: {key: acme.member, present: false}}
        title: Join the Acme ML cohort
        message: Cohort members get mentoring.
        actions: [Sign up on the Acme site.]
        source: acme
      - id: acme.python
        topic: skills.python
        priority: low
        when: {skill: {name: python, at_most: novice}}
        title: Python at Acme
        message: Use our Python track.
        actions: [Take the Acme Python track.]
        source: non-negotiable-skills
    """

    def test_extend_adds_topics_and_rules(self, tmp_rules: Path) -> None:
        """A pack adds its own sections, topics and rules, and may use the built-in ones."""
        rulebook = load_rulebook().extend(write(tmp_rules, "acme.yaml", self.PACK))
        assert rulebook.rules[-2].id == "acme.onboarding.join"
        assert rulebook.topics["acme.onboarding"].category == "acme"
        assert (rulebook.name, rulebook.version) == ("mlcareer-guide+acme", "1.0.0+2")

    def test_clash_is_an_error(self) -> None:
        """A pack's rule id that is already in the rulebook is an error unless replacing."""
        clash = self.PACK.replace("id: acme.python", "id: skills.python.missing")
        with pytest.raises(RuleError) as error:
            load_rulebook().extend(textwrap.dedent(clash))
        assert str(error.value) == (
            "invalid rules: 15:5: rule skills.python.missing: rules[1].id: rule id 'skills.python.missing' is"
            " already in the rulebook this pack extends; list it under 'replaces' to replace it"
        )

    def test_a_named_condition_is_defined_alike_in_every_file(self) -> None:
        """A pack that uses a name the rulebook's files define otherwise is an error at the pack's use."""
        pack = """\
        conditions:
          employed: {stage: student}
        rules:
          - id: acme.employed
            topic: skills.python
            priority: low
            when: {use: employed}
            title: Python at Acme
            message: Use our Python track.
            actions: [Take the Acme Python track.]
            source: non-negotiable-skills
        """
        base = load_rulebook()
        first = next(
            rule
            for rule in base.rules
            if any(getattr(node, "name", None) == "employed" for node in rule.when.walk())
        )
        assert first.origin is not None
        with pytest.raises(RuleError) as error:
            base.extend(textwrap.dedent(pack))
        assert str(error.value) == (
            "invalid rules: 4:5: rule acme.employed: the named condition 'employed' is defined otherwise than in"
            f" {first.origin.file}:{first.origin.line} (rule {first.id!r}); the files of a rulebook define each"
            " name alike"
        )

    def test_replace(self) -> None:
        """With replace, a pack's rules take the place of the rules they name."""
        text = textwrap.dedent(self.PACK).split("  - id: acme.python")[1]
        pack = "rules:\n  - id: skills.python.beginner" + text
        base = load_rulebook()
        replaced = base.extend(pack, replace=True)
        index = [str(rule.id) for rule in base.rules].index("skills.python.beginner")
        assert replaced.rules[index].title.text == "Python at Acme"
        assert len(replaced.rules) == len(base.rules)
        with pytest.raises(RuleError, match=r"rule 'acme\.python' replaces no rule of the rulebook"):
            base.extend("rules:\n  - id: acme.python" + text, replace=True)

    OPS = """\
    rulebook: ops
    version: "1"
    skills:
      helm:
        name: Helm
        category: practice
        aliases: [helm charts]
        implies: [{at_least: intermediate, shows: {docker: beginner}}]
      docker: {name: Docker, category: practice}
      pytorch: {aliases: [torchy]}
    replaces: [skills.python.missing]
    disables: ["traits.curiosity.*"]
    rules:
      - id: skills.python.missing
        topic: skills.python
        priority: critical
        when: {gaps: {skills: [python]}}
        title: Python comes first
        message: Every course here starts from Python.
        actions: [Take the Python track.]
        source: non-negotiable-skills
      - id: ops.helm
        topic: skills.dl-frameworks
        priority: low
        when: {all: [{skill: pytorch}, {gaps: {skills: [helm, docker]}}]}
        title: Serve your models
        message: "Not in your profile yet: {gaps}."
        actions: ["Deploy one model with {gaps}."]
        source: non-negotiable-skills
        examples:
          fires: [{skills: [torchy]}]
          silent: [{skills: [pytorch, {name: helm charts, level: advanced}]}]
    """

    def test_a_pack_declares_skills_replaces_and_disables(self) -> None:
        """A pack adds a skill (with an alias and an implication), rewrites one rule and leaves others out."""
        base = load_rulebook()
        rulebook = base.extend(textwrap.dedent(self.OPS))
        index = [str(rule.id) for rule in base.rules].index("skills.python.missing")
        assert rulebook.rules[index].title.text == "Python comes first"
        assert not [rule for rule in rulebook.rules if rule.id.startswith("traits.curiosity.")]
        assert rulebook.rules[-1].id == "ops.helm"
        assert [info.id for info in rulebook.skills] == ["helm", "docker", "pytorch"]
        assert rulebook.table.skill_id("Helm charts") == "helm"
        assert base.table.skill_id("Helm charts") == "helm-charts"
        assert rulebook.table.skills["pytorch"].aliases[-1] == "torchy"
        assert Engine(rulebook).check_examples() == ()
        again = load_rulebook(rulebook.to_data())
        assert (again, again.digest) == (rulebook, rulebook.digest)
        assert base.digest != rulebook.digest

    def test_a_pack_marks_a_skill_an_everyday_word(self) -> None:
        """A skill a pack marks everyday is named in free text beside software only, and writes back so."""
        rulebook = load_rulebook().extend(
            "skills:\n  crystal: {name: Crystal, category: language, everyday: true}\n"
        )
        assert (rulebook.table.find("A crystal vase"), rulebook.table.find("A Crystal web server")) == (
            (),
            ("crystal",),
        )
        assert rulebook.to_data()["skills"]["crystal"]["everyday"] is True
        assert load_rulebook(rulebook.to_data()) == rulebook

    def test_pack_declarations_are_checked(self) -> None:
        """Declared skills, replaced and disabled rules are checked against the rulebook extended."""
        pack = """\
        skills:
          Kube Ctl: {name: kubectl, category: practice}
          helm: {aliases: [charts]}
          argo: {name: Argo, category: practice, aliases: [sklearn], implies: [{shows: {dokcer: beginner}}]}
        replaces: [skills.python.mising]
        disables: [growht.*]
        """
        with pytest.raises(RuleError) as error:
            load_rulebook().extend(textwrap.dedent(pack))
        assert [str(problem) for problem in error.value.problems] == [
            "2:3: skills.Kube Ctl: 'Kube Ctl' is not a skill id (lowercase words joined by -, such as"
            " 'scikit-learn')",
            "3:9: skills.helm: skill 'helm' is new to the skill table: give it a 'name' and a 'category'",
            "4:52: skills.argo.aliases[0]: 'sklearn' already names the skill 'scikit-learn'",
            "5:12: replaces[0]: 'skills.python.mising' under 'replaces' matches no rule of the pack;"
            " did you mean 'skills.python.missing'?",
            "6:12: disables[0]: 'growht.*' under 'disables' matches no rule of the rulebook it extends;"
            " did you mean 'growth.*'?",
        ]
        with pytest.raises(RuleError) as error:
            load_rulebook().extend(
                "skills:\n  argo: {name: Argo, category: practice, implies: [{shows: {dokcer: beginner}}]}\n"
            )
        assert [str(problem) for problem in error.value.problems] == [
            "2:61: skills.argo.implies[0].shows.dokcer: unknown skill 'dokcer'; did you mean 'docker'?"
        ]

    def test_a_pack_uses_and_adds_lists_of_skills(self) -> None:
        """A condition names a declared list of skills in place of a list; a pack uses the rulebook's and adds its own."""
        base = load_rulebook()
        assert base.skill_lists["dl-frameworks"] == ("tensorflow", "pytorch", "keras", "jax", "fastai")
        pack = """\
        skill_lists:
          cloud-ml: [vertex ai, sagemaker]
        rules:
          - id: skills.dl-frameworks.cloud
            topic: skills.dl-frameworks
            priority: low
            when: {all: [{skills: {of: dl-frameworks, as: frameworks}}, {gaps: {skills: cloud-ml, count: 2}}]}
            title: Train your {frameworks} models in the cloud
            message: Cloud platforms run the training.
            actions: [Train one model on a cloud platform.]
            source: non-negotiable-skills
            examples: {fires: [{skills: [keras]}], silent: [{skills: [keras, sagemaker]}]}
        """
        rulebook = base.extend(textwrap.dedent(pack))
        assert rulebook.skill_lists["cloud-ml"] == ("vertex-ai", "sagemaker")
        when = rulebook.rule("skills.dl-frameworks.cloud").when
        assert isinstance(when, AllOf)
        assert [part.describe() for part in when.parts] == [
            "any of TensorFlow, PyTorch, Keras, JAX or fastai is listed",
            "at least 2 of Vertex AI and Amazon SageMaker are missing",
        ]
        assert Engine(rulebook).check_examples() == ()
        again = load_rulebook(rulebook.to_data())
        assert (again, again.digest, again.skill_lists) == (rulebook, rulebook.digest, rulebook.skill_lists)

    def test_a_pack_adds_exercises(self) -> None:
        """A rule file declares exercises once; a pack adds to the rulebook's, and a filter needs some."""
        base = load_rulebook()
        assert base.exercises[:2] == ("Titanic", "MNIST")
        rulebook = base.extend("exercises: [mnist, Digits]\n")
        assert rulebook.exercises == (*base.exercises, "Digits")
        again = load_rulebook(rulebook.to_data())
        assert (again, again.exercises) == (rulebook, rulebook.exercises)
        alone = """\
        rulebook: r
        version: '1'
        sections: {s: S}
        topics: [{id: t.a, section: s, summary: A.}]
        rules:
          - {id: t.a.b, topic: t.a, priority: low, title: T, message: M., actions: [A.], source: s,
             when: {portfolio: {exercise: true}}}
        """
        with pytest.raises(RuleError) as error:
            load_rulebook(textwrap.dedent(alone))
        assert [str(problem) for problem in error.value.problems] == [
            "7:35: rule t.a.b: rules[0].when.portfolio.exercise: the rulebook declares no 'exercises'"
            " (datasets every course uses)"
        ]

    def test_lists_of_skills_are_checked(self) -> None:
        """A list's name, its skills and each use of a name are checked, with suggestions."""
        pack = """\
        skill_lists:
          dl-frameworks: [pytorch]
          python: [numpy]
          Big Data: [spark]
          tools: [dokcer]
        rules:
          - id: skills.python.tools
            topic: skills.python
            priority: low
            when: {gaps: {skills: dl-framework}}
            title: Learn the tools
            message: Tools matter.
            actions: [Learn one.]
            source: non-negotiable-skills
        """
        with pytest.raises(RuleError) as error:
            load_rulebook().extend(textwrap.dedent(pack))
        assert [str(problem) for problem in error.value.problems] == [
            "2:3: skill_lists: the list of skills 'dl-frameworks' is declared twice",
            "3:3: skill_lists: the list of skills 'python' has the name of a skill",
            "4:3: skill_lists: 'Big Data' is not a list name (lowercase words joined by - or _)",
            "5:11: skill_lists.tools[0]: unknown skill 'dokcer'; did you mean 'docker'?",
            "10:27: rule skills.python.tools: rules[0].when.gaps.skills: 'dl-framework' is not a list of"
            " skills the rulebook declares under 'skill_lists'; did you mean 'dl-frameworks'?",
        ]

    def test_a_rule_cannot_be_both_disabled_and_rewritten(self) -> None:
        """A pack that disables a rule and defines it again is told to replace it instead."""
        pack = textwrap.dedent(self.OPS).replace(
            'disables: ["traits.curiosity.*"]', "disables: [skills.python.*]"
        )
        with pytest.raises(RuleError) as error:
            load_rulebook().extend(pack.replace("replaces: [skills.python.missing]\n", ""))
        assert [str(problem) for problem in error.value.problems] == [
            "13:5: rule skills.python.missing: rules[0].id: rule 'skills.python.missing' is under 'disables';"
            " list it under 'replaces' to rewrite it"
        ]

    def test_disable_and_priorities(self) -> None:
        """Rules are disabled by id or pattern, and priorities changed, explicitly."""
        base = load_rulebook()
        fewer = base.disable("growth.*", "skills.r.missing")
        assert not [
            rule for rule in fewer.rules if rule.id.startswith("growth.") or rule.id == "skills.r.missing"
        ]
        with pytest.raises(UnknownRuleError) as error:
            base.disable("growht.*")
        assert str(error.value) == "no rule with id 'growht.*'; did you mean 'growth.*'?"
        assert (
            base.with_priority("skills.r.missing", "high").rule("skills.r.missing").priority is Priority.HIGH
        )
        with pytest.raises(UnknownRuleError, match=r"no rule with id 'skills\.r'"):
            base.with_priority("skills.r", Priority.LOW)


class TestSchema:
    def test_schema_is_valid(self) -> None:
        """The rules' JSON Schema is a valid JSON Schema."""
        jsonschema.Draft202012Validator.check_schema(rules_schema())

    def test_rule_files_validate(self) -> None:
        """Every built-in rule file, and the whole rulebook as one file, is valid under the schema."""
        validator = jsonschema.Draft202012Validator(rules_schema())
        for path in sorted(RULES.glob("*.yaml")):
            validator.validate(yaml.safe_load(path.read_text()))
        validator.validate(load_rulebook().to_data())

    def test_schema_catches_mistakes(self) -> None:
        """The schema refuses what the loader refuses, so editors flag it early."""
        validator = jsonschema.Draft202012Validator(rules_schema())
        bad = yaml.safe_load(HEADER + "rules:\n" + RULE.replace("priority: high", "priority: urgent"))
        assert not validator.is_valid(bad)
        bad = yaml.safe_load(HEADER + "rules:\n" + RULE.replace("{not: {skill: python}}", "{nope: 1}"))
        assert not validator.is_valid(bad)
