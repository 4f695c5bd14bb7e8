"""End-to-end tests of the mlcareer command, run as a separate process through its console script."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
import yaml

import mlcareer
from mlcareer._cli import main

from .conftest import EXAMPLES, RULES

SCRIPT = Path(sys.executable).with_name("mlcareer")
STUDENT = EXAMPLES / "student.yaml"
DATA = Path(__file__).parent / "data"


def main_exit(argv: list[str]) -> tuple[object, str]:
    """Run the command in this process until it exits; return its exit code and what it wrote to stderr."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exited:
        main(argv)
    return exited.value.code, err.getvalue()


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the console script with *args*, piped, and return what it did."""
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    environment.update(env or {})
    return subprocess.run(  # noqa: S603 - our own console script
        [str(SCRIPT), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )


def run_on_terminal(*args: str, env: dict[str, str] | None = None) -> str:
    """Run the console script with a terminal as its output, and return what it printed."""
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    environment.update(env or {})
    leader, follower = pty.openpty()
    process = subprocess.Popen(  # noqa: S603 - our own console script
        [str(SCRIPT), *args], stdout=follower, stderr=follower, env=environment
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode()


def expected_report(path: Path) -> dict[str, object]:
    """The report the library gives for the profile at *path*."""
    return mlcareer.default_engine().evaluate(mlcareer.load_candidate(path)).to_dict()


@pytest.fixture(scope="module")
def script_exists() -> None:
    """The console script is installed beside the interpreter."""
    assert SCRIPT.exists(), f"no console script at {SCRIPT}"


pytestmark = pytest.mark.usefixtures("script_exists")


class TestAdvise:
    def test_json_is_the_contracts_report(self) -> None:
        """--format json prints exactly the report of the data contract, and is the default when piped."""
        explicit = run("advise", str(STUDENT), "--format", "json")
        default = run("advise", str(STUDENT))
        assert explicit.returncode == default.returncode == 0
        assert json.loads(explicit.stdout) == expected_report(STUDENT)
        assert default.stdout == explicit.stdout

    def test_text_without_colour_when_piped(self) -> None:
        """Text output is grouped by horizon with priorities, and has no colour when piped."""
        result = run("advise", str(STUDENT), "--format", "text")
        assert result.stdout.splitlines()[:4] == [
            "Career advice for Lena Fischer (rulebook mlcareer-guide 1.0.0)",
            "",
            "NOW: THIS WEEK",
            "  [high] Take your Python past the basics",
        ]
        assert "\033[" not in result.stdout

    def test_text_colour_on_a_terminal_unless_no_color(self) -> None:
        """On a terminal, text is the default and coloured; NO_COLOR turns colour off."""
        coloured = run_on_terminal("advise", str(STUDENT))
        assert "\033[1;33m[high]\033[0m Take your Python past the basics" in coloured
        plain = run_on_terminal("advise", str(STUDENT), env={"NO_COLOR": "1"})
        assert "[high] Take your Python past the basics" in plain
        assert "\033[1;33m" not in plain

    def test_markdown(self) -> None:
        """--format markdown prints a report a person can read or paste."""
        result = run("advise", str(STUDENT), "--format", "markdown")
        assert result.stdout.startswith(
            "# Career advice for Lena Fischer (rulebook mlcareer-guide 1.0.0)\n\n## Now: this week\n"
        )

    def test_standard_input(self) -> None:
        """A profile can come on standard input, as YAML or JSON."""
        yaml_result = run("advise", "-", stdin=STUDENT.read_text())
        json_result = run("advise", "-", stdin=json.dumps(yaml.safe_load(STUDENT.read_text())))
        assert json.loads(yaml_result.stdout) == json.loads(json_result.stdout) == expected_report(STUDENT)

    def test_filters_and_plan(self) -> None:
        """--category and --min-priority filter the advice; --plan orders it as a learning plan."""
        result = run(
            "advise", str(STUDENT), "--format", "json", "--category", "skills", "--min-priority", "high"
        )
        rules = [advice["rule"] for advice in json.loads(result.stdout)["advice"]]
        assert rules == ["skills.python.beginner", "skills.python-data-stack.gaps"]
        plan = run("advise", str(STUDENT), "--format", "text", "--plan")
        assert "Learning plan, in order:" in plan.stdout
        assert " 1. [high] Take your Python past the basics" in plan.stdout
        refused = run("advise", str(STUDENT), "--format", "json", "--plan")
        assert (refused.returncode, refused.stderr) == (
            2,
            "mlcareer: error: --plan orders advice for people: use it with --format text or markdown\n",
        )

    def test_rule_packs_and_disable(self, tmp_path: Path) -> None:
        """--rules adds a pack, --replace-rules replaces built-in rules, and --disable removes rules."""
        pack = tmp_path / "pack.yaml"
        pack.write_text(
            "rules:\n"
            "  - id: skills.python.bootcamp\n"
            "    topic: skills.python\n"
            "    priority: low\n"
            "    when: {extension: {key: bootcamp}}\n"
            "    title: Use your bootcamp's Python track\n"
            "    message: Your bootcamp has a Python track.\n"
            "    actions: [Enrol.]\n"
            "    source: non-negotiable-skills\n"
        )
        added = run(
            "advise",
            "-",
            "--rules",
            str(pack),
            "--disable",
            "skills.python.missing",
            stdin='{"extensions": {"bootcamp": 1}}',
        )
        rules = [advice["rule"] for advice in json.loads(added.stdout)["advice"]]
        assert "skills.python.bootcamp" in rules
        assert "skills.python.missing" not in rules
        assert json.loads(added.stdout)["ruleset"]["name"] == "mlcareer-guide"

    def test_bad_profile_is_one_clear_error(self, tmp_path: Path) -> None:
        """A bad profile prints every problem, no traceback, and exits 2."""
        bad = tmp_path / "bad.yaml"
        bad.write_text("stage: retired\nskills: [{name: python, level: guru}]\n")
        result = run("advise", str(bad))
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == (
            "mlcareer: invalid profile (2 problems):\n"
            f"- {bad}:1:8: stage: 'retired' is not one of student, job_seeking, interviewing, employed\n"
            f"- {bad}:2:32: skills[0].level: 'guru' is not one of novice, beginner, intermediate, advanced, expert (or 1-5)\n"
        )

    def test_standard_input_is_named_in_problems(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Problems of a profile read from standard input say so."""
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"skills": [1]}')))
        assert main(["advise", "-"]) == 2
        assert capsys.readouterr().err == (
            "mlcareer: invalid profile: <stdin>:1:13: skills[0]: expected a skill"
            " (a name, or a mapping with name and level), got the number 1\n"
        )

    def test_missing_file_and_usage(self) -> None:
        """A missing file and bad usage are one line each and exit 2."""
        missing = run("advise", "nowhere.yaml")
        assert (missing.returncode, missing.stderr) == (
            2,
            "mlcareer: invalid profile: nowhere.yaml: cannot read the file: No such file or directory\n",
        )
        usage = run("advise", str(STUDENT), "--format", "pdf")
        assert usage.returncode == 2
        # argparse words the list of choices differently from one Python to the next.
        assert usage.stderr.splitlines()[-1].startswith(
            "mlcareer advise: error: argument --format: invalid choice: 'pdf' (choose from "
        )
        assert main_exit(["advise", str(STUDENT), "out.jsonl"]) == (
            2,
            "mlcareer: error: advise takes one PROFILE; OUT is for --jsonl\n",
        )


class TestJsonLines:
    def lines(self) -> list[str]:
        """Good profiles with broken lines in the middle."""
        return [
            json.dumps({"name": "A", "skills": ["python"]}),
            "{not json",
            json.dumps({"name": "B", "stage": "retired"}),
            "",
            json.dumps({"name": "C", "stage": "employed"}),
            "[1, 2]",
        ]

    def test_broken_lines_become_error_records(self, tmp_path: Path) -> None:
        """Every input line gives one output line in order; bad lines give error records; counts add up."""
        source = tmp_path / "in.jsonl"
        source.write_text("\n".join(self.lines()) + "\n")
        target = tmp_path / "out.jsonl"
        result = run("advise", "--jsonl", str(source), str(target))
        assert result.returncode == 1
        assert result.stderr == "read 6, advised 2, failed 4\n"
        records = [json.loads(line) for line in target.read_text().splitlines()]
        assert [record.get("candidate") for record in records] == ["A", None, None, None, "C", None]
        assert records[1] == {
            "line": 2,
            "error": "invalid profile: 2:2: not valid JSON: Expecting property name enclosed in double quotes",
        }
        assert records[2] == {
            "line": 3,
            "error": "invalid profile: 3:24: stage: 'retired' is not one of student, job_seeking, interviewing, employed",
        }
        assert records[3] == {"line": 4, "error": "invalid profile: 4: the document is empty"}
        assert records[5] == {
            "line": 6,
            "error": "invalid profile: 6:1: expected a profile (a mapping), got a list",
        }
        assert (
            records[0]
            == mlcareer.default_engine()
            .evaluate(mlcareer.load_candidate({"name": "A", "skills": ["python"]}))
            .to_dict()
        )

    def test_standard_streams_and_workers(self) -> None:
        """--jsonl reads standard input and writes standard output; workers keep the input order."""
        profiles = [
            json.dumps({"name": f"p{i}", "skills": ["python", "numpy", "r"][: i % 4]}) for i in range(1500)
        ]
        text = "\n".join([*profiles[:700], "oops", *profiles[700:]]) + "\n"
        one = run("advise", "--jsonl", "-", "-", stdin=text)
        two = run("advise", "--jsonl", "-", "--workers", "2", stdin=text)
        assert one.returncode == two.returncode == 1
        assert one.stdout == two.stdout
        assert one.stderr == two.stderr == "read 1501, advised 1500, failed 1\n"
        names = [json.loads(line).get("candidate") for line in one.stdout.splitlines()]
        assert names == [f"p{i}" for i in range(700)] + [None] + [f"p{i}" for i in range(700, 1500)]

    def test_all_good_exits_zero(self) -> None:
        """A run with no failed line exits 0."""
        result = run("advise", "--jsonl", "-", stdin='{"name": "x"}\n')
        assert (result.returncode, result.stderr) == (0, "read 1, advised 1, failed 0\n")

    def test_interrupt_flushes_and_reports(self, tmp_path: Path) -> None:
        """SIGINT stops the run; what was finished is written, and the run says how far it got."""
        source = tmp_path / "big.jsonl"
        source.write_text('{"skills": ["python"]}\n' * 200_000)
        target = tmp_path / "out.jsonl"
        process = subprocess.Popen(  # noqa: S603 - our own console script
            [str(SCRIPT), "advise", "--jsonl", str(source), str(target)], stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 60
        while (not target.exists() or target.stat().st_size < 100_000) and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 130
        written = target.read_text().splitlines()
        assert all(json.loads(line)["report"] == 1 for line in written)
        assert stderr.splitlines() == [
            f"mlcareer: interrupted; the output is complete up to input line {len(written)}",
            f"read {len(written)}, advised {len(written)}, failed 0",
        ]

    def test_progress_on_a_terminal(self, tmp_path: Path) -> None:
        """On a terminal, standard error shows progress with a rate."""
        source = tmp_path / "in.jsonl"
        source.write_text('{"skills": ["python"]}\n' * 2000)
        output = run_on_terminal("advise", "--jsonl", str(source), str(tmp_path / "out.jsonl"))
        assert "2,000 profiles, 0 failed" in output
        assert "/s" in output


class TestJob:
    DANA = str(DATA / "dana.yaml")
    POSTINGS = DATA / "postings"

    def test_match_in_each_format(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Match prints the match as JSON (valid by its schema), text or Markdown; the posting's notes go to stderr."""
        posting = str(self.POSTINGS / "nurse-non-ml.json")
        assert main(["match", self.DANA, posting, "--format", "json", "--as-of", "2026-11-25"]) == 0
        out, err = capsys.readouterr()
        data = json.loads(out)
        jsonschema.validate(data, mlcareer.match_schema())
        assert (data["coverage"], [row["name"] for row in data["missing"]]) == (0.6667, ["communication"])
        assert err == (
            f"mlcareer: {posting}: skills: the posting has none; requirements were read from its description\n"
            f"mlcareer: {posting}: employmentType: not used for the match\n"
        )
        assert main(["match", self.DANA, posting, "--format", "text", "--as-of", "2026-11-25"]) == 0
        assert capsys.readouterr().out.startswith(
            "Match with Registered Nurse, Night Shift at St. Elsewhere Hospital\n\n"
            "Coverage 67%: 2 of 3 requirements found.\n"
        )
        assert main(["match", self.DANA, posting, "--format", "markdown", "--as-of", "2026-11-25"]) == 0
        assert "| communication | required | no | nothing in your profile shows communication |" in (
            capsys.readouterr().out
        )

    def test_advise_for_a_job(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Advise --job makes the posting the profile's target: its requirements lead the advice."""
        posting = str(self.POSTINGS / "short-form.yaml")
        assert main(["advise", self.DANA, "--job", posting, "--format", "json", "--as-of", "2026-11-25"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["advice"][0]["rule"] == "interview.job-requirements.required"
        assert report["advice"][0]["evidence"] == [
            "nothing in your profile shows PyTorch, which the ML Engineer job at Acme Pay requires"
        ]

    def test_a_bad_posting_is_one_clear_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A posting that is not one exits 2 with its problem and place."""
        bad = tmp_path / "job.yaml"
        bad.write_text("title: ML Engineer\nyears: many\n")
        assert main(["match", self.DANA, str(bad)]) == 2
        assert capsys.readouterr().err == (
            f"mlcareer: invalid posting: {bad}:2:8: years: expected a number, got the text 'many'\n"
        )


class TestFullDisk:
    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_a_full_disk_names_the_output_and_how_far_it_got(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Writing a batch to a full disk ends with exit 2, the output's name and the last line written."""
        lines = tmp_path / "in.jsonl"
        lines.write_text('{"skills": ["python"]}\n' * 3)
        assert main(["advise", "--jsonl", str(lines), "/dev/full", "--as-of", "2026-11-25"]) == 2
        assert capsys.readouterr().err == (
            "mlcareer: /dev/full: No space left on device; the output is complete up to input line 0\n"
        )


class TestExplainAndRules:
    def test_explain(self) -> None:
        """Explain prints why a rule fires or not, as a tree."""
        result = run("explain", str(STUDENT), "skills.python.missing")
        assert result.stdout == (
            "skills.python.missing does not fire: its condition does not hold\n"
            "✗ this does not hold\n"
            "  ✓ Python is listed  [you list Python at a beginner level]\n"
        )

    def test_explain_unknown_rule(self) -> None:
        """An unknown rule id is one line with a suggestion, exit 2."""
        result = run("explain", str(STUDENT), "skills.pyhton.missing")
        assert (result.returncode, result.stderr) == (
            2,
            "mlcareer: no rule with id 'skills.pyhton.missing'; did you mean 'skills.python.missing'?\n",
        )

    def test_rules_list_and_show(self) -> None:
        """Rules lists rules with filters; rules show prints one in words."""
        listed = run("rules", "--category", "portfolio", "--priority", "low").stdout.splitlines()
        assert listed == [
            f"{'portfolio.open-source.none':<48} {'low':<8} Make a first open-source contribution",
            f"{'portfolio.certifications.none':<48} {'low':<8} Consider a professional ML certificate",
            f"{'portfolio.blogging.several':<48} {'low':<8} Write up one of your ML projects",
            f"{'portfolio.blogging.none':<48} {'low':<8} Write about {{work}}",
        ]
        shown = run("rules", "show", "skills.python.beginner").stdout
        assert shown.splitlines() == [
            "skills.python.beginner",
            "  topic:    skills.python (Python is the language ML work is done in.)",
            "  priority: high",
            "  source:   What Skills Are Non-Negotiable in ML? (non-negotiable-skills)",
            "  title:    Take your Python past the basics",
            "  when:",
            "    Python is listed at beginner or below",
            "  examples: 2 that fire, 2 that stay silent",
        ]


class TestAuthoring:
    def test_lint_ok_and_errors(self, tmp_path: Path) -> None:
        """Lint passes good rule files and prints every problem of bad ones as file:line:column."""
        good = run("lint", str(RULES))
        assert (good.returncode, good.stdout) == (
            0,
            f"{RULES}: ok ({len(mlcareer.load_rulebook().rules)} rules)\n",
        )
        bad = tmp_path / "bad.yaml"
        bad.write_text(
            "rules:\n  - id: x.y\n    topic: skills.pyhton\n    priority: high\n    when: {skil: python}\n"
        )
        result = run("lint", str(bad))
        assert result.returncode == 1
        assert result.stdout.splitlines() == [
            f"{bad}:2:5: rule x.y: rules[0]: missing the key 'title'",
            f"{bad}:2:5: rule x.y: rules[0]: missing the key 'message'",
            f"{bad}:2:5: rule x.y: rules[0]: missing the key 'actions'",
            f"{bad}:2:5: rule x.y: rules[0]: missing the key 'source'",
            f"{bad}:3:5: rule x.y: rules[0].topic: unknown topic 'skills.pyhton'; did you mean 'skills.python'?",
            f"{bad}:5:12: rule x.y: rules[0].when: unknown predicate 'skil'; did you mean 'skill'?",
        ]

    def test_test_runs_examples(self, tmp_path: Path) -> None:
        """Test runs the examples of rule files and explains each failure."""
        ok = run("test", str(RULES))
        assert ok.returncode == 0
        examples = sum(len(r.examples.fires) + len(r.examples.silent) for r in mlcareer.load_rulebook().rules)
        assert ok.stdout == f"{examples} passed, 0 failed\n"
        pack = tmp_path / "pack.yaml"
        pack.write_text(
            "rules:\n"
            "  - id: skills.python.custom\n"
            "    topic: skills.python\n"
            "    priority: low\n"
            "    when: {mentor: true}\n"
            "    title: T\n    message: M\n    actions: [A]\n    source: career-growth\n"
            "    examples:\n      fires: [{growth: {mentor: true}}]\n      silent: [{}]\n"
        )
        failed = run("test", str(pack))
        assert failed.returncode == 1
        assert failed.stdout == (
            "FAIL skills.python.custom: examples.fires[0] should fire\n"
            "skills.python.custom does not fire: its condition holds, but skills.python.missing fired first"
            " for the topic skills.python\n"
            "✓ a mentor is listed  [you have a mentor]\n\n"
            "1 passed, 1 failed\n"
        )

    def test_packs_are_checked_against_their_base(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Lint, test and advise read a pack on the built-in rulebook, or on none with --base none."""
        pack = tmp_path / "ops.yaml"
        pack.write_text(
            "rulebook: ops\nversion: '1'\n"
            "skills:\n  kubernetes: {name: Kubernetes, category: practice, aliases: [k8s]}\n"
            "replaces: [skills.python.missing]\n"
            "disables: [skills.r.missing]\n"
            "rules:\n"
            "  - id: skills.python.missing\n    topic: skills.python\n    priority: critical\n"
            "    when: {gaps: {skills: [python]}}\n    title: Python first\n    message: Python comes first.\n"
            "    actions: [Take the Python track.]\n    source: non-negotiable-skills\n"
            "    examples: {fires: [{}], silent: [{skills: [python]}]}\n"
            "  - id: skills.python.kubernetes\n    topic: skills.python\n    priority: high\n"
            "    when: {gaps: {skills: [kubernetes]}}\n    title: Serve models\n    message: Learn {gaps}.\n"
            "    actions: [Deploy a model.]\n    source: non-negotiable-skills\n"
            "    examples: {fires: [{skills: [python]}], silent: [{skills: [python, k8s]}]}\n"
        )
        assert main(["lint", str(pack)]) == 0
        assert main(["test", str(pack)]) == 0
        assert main(["lint", "--base", "none", str(pack)]) == 1
        assert capsys.readouterr().out == (
            f"{pack}: ok (2 rules)\n"
            "4 passed, 0 failed\n"
            f"{pack}:5:12: replaces[0]: 'replaces' needs a rulebook to extend, and this one extends none\n"
            f"{pack}:6:12: disables[0]: 'disables' needs a rulebook to extend, and this one extends none\n"
            f"{pack}:9:5: rule skills.python.missing: rules[0].topic: unknown topic 'skills.python'\n"
            f"{pack}:15:5: rule skills.python.missing: rules[0].source: unknown section 'non-negotiable-skills'\n"
            f"{pack}:18:5: rule skills.python.kubernetes: rules[1].topic: unknown topic 'skills.python'\n"
            f"{pack}:24:5: rule skills.python.kubernetes: rules[1].source: unknown section"
            " 'non-negotiable-skills'\n"
        )
        profile = tmp_path / "me.yaml"
        profile.write_text("skills: [python, r]\n")
        assert main(["advise", str(profile), "--rules", str(pack), "--format", "json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["ruleset"]["name"] == "mlcareer-guide+ops"
        assert "skills.python.kubernetes" in [advice["rule"] for advice in report["advice"]]

    def test_test_names_rules_without_examples(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Test says which of a file's rules have no examples to run."""
        pack = tmp_path / "pack.yaml"
        pack.write_text(
            "rules:\n  - id: skills.python.untested\n    topic: skills.python\n    priority: low\n"
            "    when: {mentor: true}\n    title: T\n    message: M\n    actions: [A]\n    source: career-growth\n"
        )
        assert main(["test", str(pack)]) == 0
        assert (
            capsys.readouterr().out
            == "1 rules without examples: skills.python.untested\n0 passed, 0 failed\n"
        )

    def test_lint_reads_every_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A rule file past a limit is that file's problem: lint reports it and reads the next file."""
        bomb = tmp_path / "bomb.yaml"
        levels = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
        levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(5)]
        bomb.write_text("\n".join(levels) + "\n")
        good = tmp_path / "good.yaml"
        good.write_text("rules: []\n")
        assert main(["lint", str(bomb), str(good)]) == 1
        assert capsys.readouterr().out == (
            f"{bomb}: the document has more than 100000 values (YAML aliases count each time they are used)\n"
            f"{good}: ok (0 rules)\n"
        )

    def test_lint_lists_every_problem_at_once(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One lint run reports every problem of a file with many faults, in the order they are written."""
        faults = tmp_path / "faults.yaml"
        faults.write_text(
            "rulebook: faulty\nversion: '1'\nsections: {camp: Camp guidance}\n"
            "topics:\n  - {id: camp.capstone, section: camps, summary: A capstone., after: [skills.pyhton]}\n"
            "rules:\n"
            "  - id: camp.capstone.missing\n    topic: camp.capstone\n    priority: urgent\n"
            "    when:\n      all:\n"
            "        - skill: {name: kubernets, at_leest: advanced}\n"
            "        - portfolio: {kind: projects, at_most: -1}\n"
            "        - stage: unemployed\n"
            "    title: Start your capstone\n    message: Capstones help.\n    source: camp\n    colour: red\n"
            "  - id: camp.capstone.missing\n    topic: camp.capstonne\n    priority: high\n"
            "    when: {skil: python}\n    title: Hi\n    message: Hi.\n    actions: []\n    source: cmp\n"
        )
        assert main(["lint", str(faults)]) == 1
        rule = "rule camp.capstone.missing"
        assert capsys.readouterr().out.splitlines() == [
            f"{faults}:5:10: topics[0].id: topic 'camp.capstone': unknown section 'camps'; did you mean 'camp'?",
            f"{faults}:5:10: topics[0].id: topic 'camp.capstone': unknown topic 'skills.pyhton' in after;"
            " did you mean 'skills.python'?",
            f"{faults}:7:5: {rule}: rules[0]: missing the key 'actions'",
            f"{faults}:9:15: {rule}: rules[0].priority: 'urgent' is not one of critical, high, medium, low",
            f"{faults}:12:25: {rule}: rules[0].when.all[0].skill.name: unknown skill 'kubernets';"
            " did you mean 'kubernetes'?",
            f"{faults}:12:36: {rule}: rules[0].when.all[0].skill: unknown argument 'at_leest';"
            " did you mean 'at_least'?",
            f"{faults}:13:29: {rule}: rules[0].when.all[1].portfolio.kind: 'projects' is not one of project,"
            " open_source, certification, blog_post, case_study; did you mean 'project'?",
            f"{faults}:13:48: {rule}: rules[0].when.all[1].portfolio.at_most: expected a number of at least 0,"
            " got the number -1",
            f"{faults}:14:18: {rule}: rules[0].when.all[2].stage: 'unemployed' is not one of student,"
            " job_seeking, interviewing, employed",
            f"{faults}:18:5: {rule}: rules[0]: unknown key 'colour'",
            f"{faults}:19:5: {rule}: rules[1].id: duplicate rule id 'camp.capstone.missing' (first at {faults}:7)",
            f"{faults}:20:5: {rule}: rules[1].topic: unknown topic 'camp.capstonne'; did you mean 'camp.capstone'?",
            f"{faults}:22:12: {rule}: rules[1].when: unknown predicate 'skil'; did you mean 'skill'?",
            f"{faults}:25:14: {rule}: rules[1].actions: expected a list of next steps, got an empty list",
            f"{faults}:26:5: {rule}: rules[1].source: unknown section 'cmp'; did you mean 'camp'?",
        ]

    @pytest.mark.parametrize("which", ["profile", "rules", "report", "match"])
    def test_schema(self, which: str) -> None:
        """Schema prints each JSON Schema."""
        result = run("schema", which)
        jsonschema.Draft202012Validator.check_schema(json.loads(result.stdout))

    def test_import_resume(self, tmp_path: Path) -> None:
        """import-resume writes a profile that loads, and says on standard error what it inferred."""
        target = tmp_path / "mina.yaml"
        result = run("import-resume", str(DATA / "resumes" / "new-grad.json"), "-o", str(target))
        assert result.returncode == 0
        candidate = mlcareer.load_candidate(target)
        assert candidate.name == "Mina Park"
        assert "note: projects[0] 'gradient-viz': counted as open-source work" in result.stderr.splitlines()
        as_json = run("import-resume", str(DATA / "resumes" / "new-grad.json"), "--format", "json")
        data = json.loads(as_json.stdout)
        assert list(data) == ["profile", "notes"]
        assert "projects[0] 'gradient-viz': counted as open-source work" in data["notes"]
        assert as_json.stderr == ""
        advised = run("advise", str(target))
        assert advised.returncode == 0

    def test_import_linkedin(self, tmp_path: Path) -> None:
        """import-linkedin reads an unpacked export, writes a profile that loads, and notes by file and line."""
        target = tmp_path / "nadia.yaml"
        result = run("import-linkedin", str(DATA / "linkedin"), "-o", str(target))
        assert result.returncode == 0
        assert mlcareer.load_candidate(target).name == "Nadia Karimi"
        assert (
            "note: Profile.csv line 2: industry 'Software Development' is not a goal; not placed"
            in result.stderr.splitlines()
        )
        missing = run("import-linkedin", str(tmp_path / "nowhere"))
        assert missing.returncode == 2

    def test_import_resume_bad_json(self, tmp_path: Path) -> None:
        """A resume that is not JSON is one clear error."""
        bad = tmp_path / "r.json"
        bad.write_text("{")
        result = run("import-resume", str(bad))
        assert (result.returncode, result.stderr) == (
            2,
            f"mlcareer: invalid resume: {bad}:1:2: not valid JSON: Expecting property name enclosed in double quotes\n",
        )


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["advise"],
        ["explain"],
        ["rules"],
        ["lint"],
        ["test"],
        ["schema"],
        ["import-resume"],
        ["import-linkedin"],
    ],
)
def test_help(command: list[str]) -> None:
    """Every command has --help, which documents the exit codes at the top level and for advise."""
    result = run(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: mlcareer")
    if command in ([], ["advise"]):
        assert "2    bad input" in result.stdout


def test_a_closed_pipe_is_a_normal_end() -> None:
    """When the reader stops early (mlcareer rules | head -1), the command ends quietly with 0."""
    with subprocess.Popen(  # noqa: S603 - our own console script
        [str(SCRIPT), "rules"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        process.stdout.close()  # before the command has written anything
        assert process.wait(timeout=60) == 0
        assert process.stderr is not None
        assert process.stderr.read() == ""


def test_version() -> None:
    """--version prints the package's version."""
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"mlcareer {mlcareer.__version__}\n")


def test_python_dash_m() -> None:
    """Python -m mlcareer runs the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "mlcareer", "rules", "--topic", "skills.r"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[0].startswith("skills.r.health-sector")
