"""
The ``mlcareer`` command.

Exit codes: 0 success; 1 the check found problems (``lint``, ``test``), or
some ``--jsonl`` lines failed; 2 bad input or usage (a profile or rule file
that is not valid, an unknown rule id); 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs
import yaml

from mlcareer._batch import BatchCounts, Progress, advise_lines
from mlcareer._engine import Engine
from mlcareer._linkedin import import_linkedin
from mlcareer._match import match, match_schema
from mlcareer._model import Candidate, load_candidate, profile_schema
from mlcareer._posting import read_posting
from mlcareer._printable import printable
from mlcareer._ranks import Priority
from mlcareer._report import report_schema
from mlcareer._resume import ResumeImport, import_resume
from mlcareer._rulebook import Rulebook, load_rulebook
from mlcareer._schema import rules_schema
from mlcareer.exceptions import MlcareerError, Problem, ProfileError, RuleError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from mlcareer._conditions import Condition
    from mlcareer._rulebook import Rule
    from mlcareer._taxonomy import SkillTable

__all__ = ["main"]

EXIT_OK, EXIT_FOUND, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130

_EPILOG = """\
exit codes:
  0    success
  1    lint or test found problems, or some --jsonl lines could not be advised
  2    bad input: a profile or rule file that is not valid, an unknown rule, bad usage
  130  interrupted
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # noqa: ANN401 - never returns
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: error: {message}\n")


def _load_profile(path: str) -> Candidate:
    if path != "-":
        return load_candidate(Path(path))
    try:
        return load_candidate(sys.stdin.buffer.read())
    except ProfileError as error:  # the problems of standard input, named as such
        problems = [attrs.evolve(problem, file=problem.file or "<stdin>") for problem in error.problems]
        raise type(error)(problems) from None


def _targeting(candidate: Candidate, args: argparse.Namespace, table: SkillTable) -> Candidate:
    """
    The candidate with the job of ``--job POSTING`` as their target (the posting's notes on standard error).
    """
    if getattr(args, "job", None) is None:
        return candidate
    posting = read_posting(Path(args.job), table=table)
    for note in posting.notes:
        sys.stderr.write(f"mlcareer: {args.job}: {printable(note)}\n")
    return attrs.evolve(candidate, goals=attrs.evolve(candidate.goals, job=posting.job))


def _base(args: argparse.Namespace) -> Rulebook | None:
    """
    The rulebook packs extend: ``--base PATH``, none with ``--base none``, else the built-in one.
    """
    base = getattr(args, "base", None)
    if base is None:
        return load_rulebook()
    if base == "none":
        return None
    return load_rulebook(Path(base))


def _rulebook(args: argparse.Namespace) -> Rulebook:
    rulebook = _base(args)
    for path in getattr(args, "rules", None) or ():
        rulebook = load_rulebook(Path(path)) if rulebook is None else rulebook.extend(Path(path))
    rulebook = rulebook or load_rulebook()
    for path in getattr(args, "replace_rules", None) or ():
        rulebook = rulebook.extend(Path(path), replace=True)
    if getattr(args, "disable", None):
        rulebook = rulebook.disable(*args.disable)
    return rulebook


def _color(stream: IO[str], choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


# --- commands


def _advise(args: argparse.Namespace) -> int:
    engine = Engine(_rulebook(args))
    if args.jsonl:
        return _advise_jsonl(engine, args)
    if args.out is not None:
        raise _UsageError("advise takes one PROFILE; OUT is for --jsonl")
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    if args.plan and fmt == "json":
        raise _UsageError("--plan orders advice for people: use it with --format text or markdown")
    candidate = _targeting(_load_profile(args.profile), args, engine.rulebook.table)
    report = engine.evaluate(candidate, as_of=args.as_of)
    report = report.filtered(categories=args.category or None, min_priority=args.min_priority)
    plan = engine.plan(report) if args.plan else None
    if fmt == "json":
        sys.stdout.write(report.to_json() + "\n")
    elif fmt == "markdown":
        from mlcareer._render import render_markdown  # noqa: PLC0415 - only this format needs it

        sys.stdout.write(render_markdown(report, plan=plan))
    else:
        from mlcareer._render import render_text  # noqa: PLC0415 - only this format needs it

        sys.stdout.write(render_text(report, color=_color(sys.stdout, args.color), plan=plan))
    return EXIT_OK


def _match(args: argparse.Namespace) -> int:
    table = _rulebook(args).table
    posting = read_posting(Path(args.posting), table=table)
    for note in posting.notes:
        sys.stderr.write(f"mlcareer: {args.posting}: {printable(note)}\n")
    fmt = args.format or ("text" if sys.stdout.isatty() else "json")
    result = match(_load_profile(args.profile), posting.job, table=table, as_of=args.as_of)
    if fmt == "json":
        sys.stdout.write(result.to_json() + "\n")
    elif fmt == "markdown":
        sys.stdout.write(result.to_markdown())
    else:
        sys.stdout.write(result.to_text())
    return EXIT_OK


def _output_error(error: OSError, target: str, done: int) -> OSError:
    """
    A failure to write the output of a batch (a full disk), naming the output and how far it got.
    """
    if error.filename is not None:  # not a write: reading the input
        return error
    where = "standard output" if target == "-" else target
    return OSError(error.errno, f"{error.strerror}; the output is complete up to input line {done}", where)


def _wait_for_children() -> None:
    """
    Restore SIGCHLD's default if the parent that started this command ignored it: worker pools need it.
    """
    if signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)


def _advise_jsonl(engine: Engine, args: argparse.Namespace) -> int:
    source = args.profile
    target = args.out or "-"
    inp = sys.stdin if source == "-" else Path(source).open(encoding="utf-8", errors="replace")  # noqa: SIM115
    out = sys.stdout if target == "-" else Path(target).open("w", encoding="utf-8")  # noqa: SIM115
    if args.workers > 1:
        _wait_for_children()
    progress = None
    lines = iter(inp)
    if sys.stderr.isatty():
        size = Path(source).stat().st_size if source != "-" else None
        progress = Progress(sys.stderr, size)
        lines = progress.count(lines)
    written = BatchCounts()  # as of the last chunk written in full

    def record(counts: BatchCounts) -> None:
        written.read = counts.read
        if progress is not None:
            progress(counts)

    try:
        counts = advise_lines(engine, lines, out, workers=args.workers, progress=record, as_of=args.as_of)
    except OSError as error:
        raise _output_error(error, target, written.read) from None
    finally:
        with contextlib.suppress(OSError):  # a full disk fails again here: the error above says it
            out.flush()
            if out is not sys.stdout:
                out.close()
        if inp is not sys.stdin:
            inp.close()
    if progress is not None:
        sys.stderr.write("\n")
    summary = f"read {counts.read}, advised {counts.advised}, failed {counts.failed}"
    if counts.interrupted:
        sys.stderr.write(f"mlcareer: interrupted; the output is complete up to input line {counts.read}\n")
        sys.stderr.write(summary + "\n")
        return EXIT_INTERRUPTED
    sys.stderr.write(summary + "\n")
    return EXIT_FOUND if counts.failed else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    engine = Engine(_rulebook(args))
    explanation = engine.explain(_load_profile(args.profile), args.rule_id, as_of=args.as_of)
    sys.stdout.write(f"{explanation}\n")
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    rulebook = _rulebook(args)
    if args.action == "show":
        if not args.rule_id:
            raise _UsageError("rules show needs a RULE_ID")
        rule = rulebook.rule(args.rule_id)
        topic = rulebook.topics[rule.topic]
        lines = [
            f"{rule.id}",
            f"  topic:    {rule.topic} ({topic.summary})",
            f"  priority: {rule.priority.value}",
            f"  source:   {rulebook.sections[rule.source]} ({rule.source})",
            f"  title:    {rule.title.text}",
            "  when:",
            *_condition_lines(rule.when, "    "),
            f"  examples: {len(rule.examples.fires)} that fire, {len(rule.examples.silent)} that stay silent",
        ]
        sys.stdout.write("\n".join(printable(line) for line in lines) + "\n")
        return EXIT_OK
    for rule in rulebook.rules:
        category = rulebook.topics[rule.topic].category
        if args.category and category not in args.category:
            continue
        if args.topic and rule.topic not in args.topic:
            continue
        if args.priority and rule.priority.value not in args.priority:
            continue
        sys.stdout.write(printable(f"{rule.id:<48} {rule.priority.value:<8} {rule.title.text}") + "\n")
    return EXIT_OK


def _condition_lines(condition: Condition, indent: str) -> list[str]:
    lines = [f"{indent}{condition.describe()}"]
    for child in condition.children():
        lines += _condition_lines(child, indent + "  ")
    return lines


def _pack(path: Path, base: Rulebook | None) -> tuple[Rulebook, list[Rule]]:
    """
    The rulebook *path* makes on *base*, and the rules it brings.

    Files that are the base itself (a copy of the built-in rulebook, say) are read on their own.
    """
    if base is None or _is_base(path, base):
        rulebook = load_rulebook(path)
        return rulebook, list(rulebook.rules)
    rulebook = base.extend(path)
    kept = {id(rule) for rule in base.rules}
    return rulebook, [rule for rule in rulebook.rules if id(rule) not in kept]


def _packs_base(args: argparse.Namespace) -> Rulebook | None:
    """
    The rulebook that ``lint`` and ``test`` read their files on: the base with the ``--rules`` packs.
    """
    base = _base(args)
    for path in args.rules or ():
        base = load_rulebook(Path(path)) if base is None else base.extend(Path(path))
    return base


def _is_base(path: Path, base: Rulebook) -> bool:
    """
    Whether the rule files at *path* make, on their own, the rulebook *base*.
    """
    try:
        return load_rulebook(path).digest == base.digest
    except RuleError:
        return False


def _lint(args: argparse.Namespace) -> int:
    failed = False
    base = _packs_base(args)
    for name in args.paths:
        try:
            _, own = _pack(Path(name), base)
        except RuleError as error:
            failed = True
            for problem in error.problems:
                sys.stdout.write(f"{problem}\n")
            continue
        sys.stdout.write(f"{name}: ok ({len(own)} rules)\n")
    return EXIT_FOUND if failed else EXIT_OK


def _test(args: argparse.Namespace) -> int:
    failed = passed = 0
    base = _packs_base(args)
    untested: list[str] = []
    for name in args.paths:
        rulebook, rules = _pack(Path(name), base)
        own = {rule.id for rule in rules}
        failures = [f for f in Engine(rulebook).check_examples() if f.rule in own]
        total = sum(len(r.examples.fires) + len(r.examples.silent) for r in rules)
        for failure in failures:
            sys.stdout.write(f"FAIL {failure}\n\n")
        failed += len(failures)
        passed += total - len(failures)
        untested += [rule.id for rule in rules if not (rule.examples.fires or rule.examples.silent)]
    if untested:
        sys.stdout.write(f"{len(untested)} rules without examples: {', '.join(untested)}\n")
    sys.stdout.write(f"{passed} passed, {failed} failed\n")
    return EXIT_FOUND if failed else EXIT_OK


_SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "profile": profile_schema,
    "rules": rules_schema,
    "report": report_schema,
    "match": match_schema,
}


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(_SCHEMAS[args.which](), indent=2) + "\n")
    return EXIT_OK


def _import_resume(args: argparse.Namespace) -> int:
    source = sys.stdin.buffer.read() if args.resume == "-" else Path(args.resume)
    return _write_import(import_resume(source), args)


def _import_linkedin(args: argparse.Namespace) -> int:
    source = sys.stdin.buffer.read() if args.export == "-" else Path(args.export)
    return _write_import(import_linkedin(source), args)


def _write_import(result: ResumeImport, args: argparse.Namespace) -> int:
    if args.format == "json":
        text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    else:
        text = yaml.safe_dump(result.profile, sort_keys=False, allow_unicode=True)
    if args.output:
        Path(args.output).write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    if args.format != "json":
        for note in result.notes:
            sys.stderr.write(f"note: {note}\n")
    return EXIT_OK


def _problem(message: str, file: str, line: int | None = None, column: int | None = None) -> Problem:
    return Problem(message=message, file=None if file == "-" else file, line=line, column=column)


class _UsageError(Exception):
    pass


def _add_rules_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules", action="append", metavar="PATH", help="add a rule pack (a file or directory); repeatable"
    )
    parser.add_argument(
        "--replace-rules",
        action="append",
        metavar="PATH",
        help="a rule pack whose rules replace built-in rules of the same id; repeatable",
    )
    parser.add_argument(
        "--disable",
        action="append",
        metavar="ID",
        help="leave out rules by id or pattern (growth.*); repeatable",
    )
    _add_base_option(parser)


def _add_pack_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        metavar="PATH",
        help="a pack to add to the base before reading the files (a file or directory); repeatable",
    )
    _add_base_option(parser)


def _add_base_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base",
        metavar="PATH",
        help="the rulebook that packs extend (default: the built-in one; 'none': packs stand alone)",
    )


def _version() -> str:
    from mlcareer import __version__  # noqa: PLC0415 - the package imports this module

    return __version__


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _add_as_of(parser: argparse.ArgumentParser, *, job: bool = False) -> None:
    """
    The options that set what a profile is judged against: --as-of, and with *job* --job.
    """
    if job:
        parser.add_argument(
            "--job",
            metavar="POSTING",
            help="a job posting to target (schema.org JobPosting, JSON Resume job, or the YAML job form)",
        )
    parser.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="judge the dates in the profile (interviews, jobs, studies) on DATE, YYYY-MM-DD; default: today",
    )


def _add_match_command(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    matching = commands.add_parser(
        "match",
        help="match a profile with a job posting: each requirement found or missing, and what to add first",
        description=(
            "Match a profile with a job posting (a schema.org JobPosting in JSON-LD or an HTML page,"
            " a JSON Resume job, mlcareer's YAML job form, or the ad as a .txt or .md file)."
            " Notes on the posting go to standard error."
        ),
    )
    matching.add_argument("profile", metavar="PROFILE")
    matching.add_argument("posting", metavar="POSTING")
    matching.add_argument(
        "--format",
        choices=["text", "markdown", "json"],
        help="text (default on a terminal), markdown, or json",
    )
    _add_as_of(matching)
    _add_rules_options(matching)
    matching.set_defaults(run=_match)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mlcareer",
        description="Career advice for ML candidates, from the rules of 'Building a Career in ML'.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mlcareer {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    advise = commands.add_parser(
        "advise",
        help="advise a profile (YAML or JSON), or a JSON Lines stream of profiles",
        description="Advise a profile. PROFILE is a YAML or JSON file, or - for standard input.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    advise.add_argument("profile", metavar="PROFILE", help="the profile; with --jsonl, the lines to read")
    advise.add_argument(
        "out", nargs="?", metavar="OUT", help="with --jsonl, where report lines go (default: standard output)"
    )
    advise.add_argument(
        "--format",
        choices=["text", "markdown", "json"],
        help="text (default on a terminal), markdown, or json (the contract's report; default when piped)",
    )
    advise.add_argument(
        "--color", choices=["auto", "always", "never"], default="auto", help="colour in text output"
    )
    advise.add_argument("--category", action="append", help="only advice of this category; repeatable")
    advise.add_argument(
        "--min-priority", choices=[p.value for p in Priority], help="only advice at this priority or above"
    )
    advise.add_argument("--plan", action="store_true", help="print the advice as an ordered learning plan")
    advise.add_argument(
        "--jsonl",
        action="store_true",
        help="read one JSON profile a line from IN, write one JSON report a line",
    )
    advise.add_argument("--workers", type=int, default=1, metavar="N", help="with --jsonl: worker processes")
    _add_as_of(advise, job=True)
    _add_rules_options(advise)
    advise.set_defaults(run=_advise)

    _add_match_command(commands)
    explain = commands.add_parser(
        "explain",
        help="explain why a rule fires for a profile, or why not",
        description="Show a rule's condition, part by part, with what the profile shows.",
    )
    explain.add_argument("profile", metavar="PROFILE")
    explain.add_argument("rule_id", metavar="RULE_ID")
    _add_as_of(explain)
    _add_rules_options(explain)
    explain.set_defaults(run=_explain)

    rules = commands.add_parser(
        "rules",
        help="list the rulebook's rules, or show one",
        description="List rules (with filters), or 'rules show RULE_ID' for one rule in words.",
    )
    rules.add_argument("action", nargs="?", choices=["list", "show"], default="list")
    rules.add_argument("rule_id", nargs="?", metavar="RULE_ID")
    rules.add_argument("--category", action="append", help="only rules of this category; repeatable")
    rules.add_argument("--topic", action="append", help="only rules of this topic; repeatable")
    rules.add_argument("--priority", action="append", help="only rules of this priority; repeatable")
    _add_rules_options(rules)
    rules.set_defaults(run=_rules)

    lint = commands.add_parser(
        "lint",
        help="check rule files",
        description=(
            "Check rule files, each as a pack on the built-in rulebook (or on --base,"
            " with the --rules packs); every problem is printed as file:line:column. Exit 1 on any problem."
        ),
    )
    lint.add_argument("paths", nargs="+", metavar="PATH")
    _add_pack_options(lint)
    lint.set_defaults(run=_lint)

    test = commands.add_parser(
        "test",
        help="run the examples of rule files",
        description=(
            "Evaluate the examples of the rules each file brings, read as for lint;"
            " print each failure, explained. Exit 1 on any failure."
        ),
    )
    test.add_argument("paths", nargs="+", metavar="PATH")
    _add_pack_options(test)
    test.set_defaults(run=_test)

    schema = commands.add_parser("schema", help="print a JSON Schema", description="Print a JSON Schema.")
    schema.add_argument("which", choices=list(_SCHEMAS))
    schema.set_defaults(run=_schema)

    resume = commands.add_parser(
        "import-resume",
        help="make a profile from a résumé (JSON Resume, Markdown, plain text, PDF or Word)",
        description=(
            "Convert a résumé (or - for standard input) into a profile in YAML: a JSON Resume document"
            " in JSON or YAML, or a résumé written as Markdown or plain text (.md, .txt), read by its"
            " headings, or kept as a PDF (read by its text; needs the pdf extra) or a Word document"
            " (.docx)."
            " What was inferred, and what the resume could not place, is written to standard error;"
            " with --format json, the profile and its notes are written together as JSON."
        ),
    )
    resume.add_argument("resume", metavar="RESUME")
    _add_import_options(resume)
    resume.set_defaults(run=_import_resume)

    linkedin = commands.add_parser(
        "import-linkedin",
        help="make a profile from a LinkedIn data export",
        description=(
            "Convert a LinkedIn data export (its .zip, its unpacked folder, or - for a .zip on standard"
            " input) into a profile in YAML. Notes name the file and line of what could not be placed."
        ),
    )
    linkedin.add_argument("export", metavar="EXPORT")
    _add_import_options(linkedin)
    linkedin.set_defaults(run=_import_linkedin)
    return parser


def _add_import_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--format",
        choices=["yaml", "json"],
        default="yaml",
        help="yaml: the profile (notes on standard error); json: {profile, notes}",
    )
    command.add_argument(
        "-o", "--output", metavar="FILE", help="write the profile here instead of standard output"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``mlcareer`` command; return its exit code.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except _UsageError as error:
        parser.exit(EXIT_INPUT, f"mlcareer: error: {error}\n")
    except MlcareerError as error:
        sys.stderr.write(f"mlcareer: {error}\n")
        return EXIT_INPUT
    except BrokenPipeError:  # the reader went away (| head): what it read was written in full
        _quiet_stdout()
        return EXIT_OK
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        sys.stderr.write(printable(f"mlcareer: {where}{error.strerror or error}") + "\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("mlcareer: interrupted\n")
        return EXIT_INTERRUPTED
    return code


def _quiet_stdout() -> None:
    """
    Point standard output at the null device, so flushing it at exit cannot fail on a closed pipe.
    """
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's captured stream)
        pass
    finally:
        os.close(null)
