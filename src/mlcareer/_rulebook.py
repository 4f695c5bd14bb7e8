"""
Rulebooks: rules, the topics they serve and the sections they cite.

A rulebook is read from YAML (a directory with a ``rulebook.yaml``
manifest, or one file), checked as a whole, and kept as an immutable value.
Every problem in the files is reported at once, each with its file, line,
column and rule id. Programs build on a rulebook explicitly: `Rulebook.extend`
adds a pack of their own rules, `Rulebook.disable` removes rules, and
`Rulebook.with_priority` changes one rule's priority.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path as FilePath
from typing import Any

import attrs

from mlcareer._arguments import ListKind, Ref, SkillKind
from mlcareer._conditions import Condition, Named, Quiet
from mlcareer._document import (
    Document,
    Limits,
    Path,
    collector_paused,
    format_path,
    load_document,
)
from mlcareer._horizon import SITUATION_SHAPE, Situation, read_situations
from mlcareer._language import ConditionParser, ConditionShape
from mlcareer._model import Candidate, parse_candidate
from mlcareer._ranks import PRIORITY_SHAPE, Priority, RuleId, TopicId
from mlcareer._shapes import (
    Field,
    Issues,
    Items,
    JSONSchema,
    Pattern,
    Record,
    Rejected,
    Shape,
    Table,
    Text,
    describe_value,
    suggest,
)
from mlcareer._taxonomy import SkillInfo, SkillTable, skill_table
from mlcareer._template import TEMPLATE_SHAPE, Template
from mlcareer._vocabulary import SKILLS_SHAPE, declare_skills
from mlcareer.exceptions import LimitError, Problem, ProfileError, RuleError, UnknownRuleError

__all__ = [
    "PROFILE_VARIABLES",
    "Examples",
    "Rule",
    "Rulebook",
    "Topic",
    "load_rulebook",
]

#: Where rules come from: a file or directory, a rule file's text, or its plain data.
Source = FilePath | str | Mapping[str, Any]

_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+$")
_SECTION = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CONDITION_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")

#: The skills a named list of skills holds.
_SKILL_LIST = ListKind(SkillKind(), "skill names")

#: The profile values every message can use, with what they say when absent.
PROFILE_VARIABLES: dict[str, str] = {
    "name": "you",
    "stage": "",
    "company": "your target company",
    "company_possessive": "your target company's",
    "company_sector": "its sector",
    "company_projects": "its ML work",
    "company_values": "its stated values",
    "sectors": "the sectors you aim at",
    "specialization": "your niche",
    "interview_when": "soon",
    "role": "your current role",
    "job": "the job you are aiming at",
}


def _check_topic_id(_instance: object, _attribute: object, value: TopicId) -> None:
    if not _ID.match(value):
        msg = f"{value!r} is not a topic id (category.name, in lowercase words)"
        raise ValueError(msg)


def _topic_ids(values: Iterable[str]) -> tuple[TopicId, ...]:
    return tuple(TopicId(value) for value in values)


@attrs.frozen(kw_only=True)
class Topic:
    """
    One recommendation of the guide that rules serve.

    Attributes:
        id: The topic id; its first part is the category.
        section: The id of the section it comes from.
        summary: What the topic is about, in a sentence.
        after: Topics to work on before this one, for learning plans.
    """

    id: TopicId = attrs.field(validator=_check_topic_id)
    section: str
    summary: str
    after: tuple[TopicId, ...] = attrs.field(default=(), converter=_topic_ids)

    @property
    def category(self) -> str:
        """
        The first part of the topic's id, which names its category.
        """
        return self.id.split(".", 1)[0]


@attrs.frozen
class Examples:
    """
    Profiles for which a rule must give its advice, and must not.

    Attributes:
        fires: Candidates whose report must contain the rule's advice.
        silent: Candidates whose report must not.
    """

    fires: tuple[Candidate, ...] = ()
    silent: tuple[Candidate, ...] = ()


@attrs.frozen(kw_only=True)
class Origin:
    """
    Where a rule was written: file and position.
    """

    file: str | None
    line: int | None
    column: int | None


@attrs.frozen(kw_only=True)
class Rule:
    """
    One piece of advice and the condition for giving it.

    Attributes:
        id: The stable id.
        topic: The topic it serves; within a topic, the first rule that
            holds gives the advice.
        priority: How much the advice matters.
        when: The condition on the profile.
        title: The advice's headline (a template).
        message: The advice itself (a template).
        actions: Concrete next steps (templates).
        source: The id of the guide section it rests on.
        examples: Profiles it must and must not fire for.
        origin: Where it was written.
    """

    id: RuleId
    topic: TopicId
    priority: Priority
    when: Condition
    title: Template
    message: Template
    actions: tuple[Template, ...]
    source: str
    examples: Examples = Examples()
    origin: Origin | None = attrs.field(default=None, eq=False, hash=False, repr=False)

    def to_data(self) -> dict[str, Any]:
        """
        The rule as written in a rule file.
        """
        return RULE_SHAPE.dump(self)  # type: ignore[return-value] # a record dumps to a mapping


TOPIC_SHAPE: Record[Topic] = Record(
    Topic,
    {
        "id": Field(Text(max_length=200), required=True),
        "section": Field(Text(max_length=200), required=True),
        "summary": Field(Text(), required=True),
        "after": Field(Items(Text(max_length=200)), default=()),
    },
    what="a topic (a mapping)",
)


def _example_data(candidate: Candidate) -> dict[str, Any]:
    data = candidate.to_dict()
    del data["profile"]
    return data


class _ExamplesShape(Shape[Examples]):
    """
    A rule's examples: profiles under ``fires`` and ``silent``, each checked like any profile.
    """

    what = "a mapping with 'fires' and 'silent'"

    def parse(self, value: object, path: Path, issues: Issues) -> Examples:
        if not isinstance(value, Mapping):
            raise self.wrong(value, path, issues)
        ok = True
        found: dict[str, list[Candidate]] = {"fires": [], "silent": []}
        for key in value:
            if key not in found:
                issues.add(
                    path, f"unknown key {key!r}", suggestion=suggest(str(key), found), at_key=(*path, key)
                )
                ok = False
        for key, candidates in found.items():
            profiles = value.get(key, [])
            if not isinstance(profiles, list):
                issues.add((*path, key), f"expected a list of profiles, got {describe_value(profiles)}")
                ok = False
                continue
            for index, profile in enumerate(profiles):
                candidate = _example((*path, key, index), profile, issues)
                if candidate is None:
                    ok = False
                else:
                    candidates.append(candidate)
        if not ok:
            raise Rejected
        return Examples(tuple(found["fires"]), tuple(found["silent"]))

    def dump(self, value: Examples) -> object:
        return {
            "fires": [_example_data(c) for c in value.fires],
            "silent": [_example_data(c) for c in value.silent],
        }

    def schema(self) -> JSONSchema:
        profiles = {"type": "array", "items": {"$ref": "#/$defs/profile"}}
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {"fires": profiles, "silent": profiles},
        }


def _example(where: Path, profile: object, issues: Issues) -> Candidate | None:
    """
    The candidate of one example profile, or None with its problems recorded where the rule file holds them.
    """
    document = issues.document
    try:
        # The rule file was checked against the limits as a whole, examples included.
        return parse_candidate(Document(data=profile, limits=document.limits if document else Limits()))
    except ProfileError as error:
        mark = document.locate(where) if document else None
        for problem in error.problems:
            inner = format_path(where) + (
                "." + problem.path if problem.path and not problem.path.startswith("[") else problem.path
            )
            issues.problems.append(
                attrs.evolve(
                    problem,
                    path=inner,
                    file=document.file if document else None,
                    line=mark[0] if mark else None,
                    column=mark[1] if mark else None,
                    rule_id=issues.rule_id,
                )
            )
        return None


def _rule_shape(parser: ConditionParser | None) -> Record[Rule]:
    """
    How a rule file writes a rule: its one definition, read with a parser of the file.
    """
    return Record(
        Rule,
        {
            "id": Field(
                Pattern(_ID.pattern, "a rule id (dotted lowercase words, such as skills.python.missing)"),
                required=True,
            ),
            "topic": Field(Text(max_length=200), required=True, description="The topic it serves."),
            "priority": Field(PRIORITY_SHAPE, required=True),
            "when": Field(ConditionShape(parser), required=True),
            "title": Field(TEMPLATE_SHAPE, required=True),
            "message": Field(TEMPLATE_SHAPE, required=True),
            "actions": Field(Items(TEMPLATE_SHAPE, min_items=1, what="a list of next steps"), required=True),
            "source": Field(Text(max_length=200), required=True, description="The section it cites."),
            "examples": Field(
                _ExamplesShape(), default=Examples(), description="Profiles it must fire for, and not."
            ),
        },
        what="a rule (a mapping)",
    )


class _Label(Shape[str]):
    """
    A name or version: text or a number, kept as text.
    """

    what = "text"

    def parse(self, value: object, path: Path, issues: Issues) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.wrong(value, path, issues)
        try:
            text = str(value).strip()
        except ValueError:  # an integer past Python's limit on converting it to text
            raise self.wrong(value, path, issues) from None
        if not text:
            raise self.wrong(value, path, issues)
        return text

    def schema(self) -> JSONSchema:
        return {"type": ["string", "number"]}


#: A rule's shape for writing rules back and describing them.
RULE_SHAPE = _rule_shape(None)


_IDS = Items(Text(max_length=200), what="a list of rule ids or patterns")

#: The keys of a rule file, declared once: the reader reads them, `Rulebook.to_data` writes them
#: and `mlcareer.rules_schema` describes them.
RULE_FILE: dict[str, Field[Any]] = {
    "rulebook": Field(_Label(), description="The rulebook's name; a pack's joins the one it extends."),
    "version": Field(_Label(), description="Its version."),
    "description": Field(Text(), description="What the rulebook is for."),
    "sections": Field(
        Table(Text(max_length=500)), description="Section ids and their titles; rules cite them."
    ),
    "topics": Field(Items(TOPIC_SHAPE), description="What advice is about; one piece of advice a topic."),
    "files": Field(
        Items(Text(max_length=500)), description="More rule files to read, in order, beside this one."
    ),
    "skills": Field(SKILLS_SHAPE, description="New skills, or more names and implications for known ones."),
    "replaces": Field(_IDS, description="Rules of the extended rulebook that this file rewrites."),
    "disables": Field(_IDS, description="Rules of the extended rulebook to leave out."),
    "skill_lists": Field(
        Table(Items(Text(max_length=200))),
        description="Named lists of skills, which conditions name in place of a list of skills.",
    ),
    "exercises": Field(
        Items(Text(max_length=200)),
        description=(
            "Datasets every course uses (Titanic, MNIST): work on one is an exercise,"
            " which portfolio filters tell apart (`exercise`)."
        ),
    ),
    "conditions": Field(Table(ConditionShape(None)), description="Named conditions, which rules `use`."),
    "horizons": Field(Items(SITUATION_SHAPE), description="Situations, which decide when to act on advice."),
    "rules": Field(Items(RULE_SHAPE), description="The rules."),
}


def _placeholders_known(fields: Mapping[str, object], when: Condition, path: Path, issues: Issues) -> bool:
    """
    Check that a rule's texts use only the profile's values and its condition's bindings, each bound once.
    """
    bound = when.bindings()
    known = set(PROFILE_VARIABLES) | set(bound)
    placed: list[tuple[Path, object]] = [((*path, key), fields.get(key)) for key in ("title", "message")]
    actions = fields.get("actions")
    if isinstance(actions, tuple):
        placed += [((*path, "actions", index), action) for index, action in enumerate(actions)]
    ok = True
    used: set[str] = set()
    for where, template in placed:
        if isinstance(template, Template):
            used |= template.names
            for name in sorted(template.names - known):
                issues.add(where, f"unknown placeholder {{{name}}}", suggestion=suggest(name, known))
                ok = False
    return _bound_once(when, used & bound.keys(), path, issues) and ok


def _bound_once(when: Condition, names: set[str], path: Path, issues: Issues) -> bool:
    """
    Check that one condition of *when* binds each of *names*: with two, the name would take either's list.
    """
    binders: dict[str, list[Condition]] = {name: [] for name in names}
    for part in when.walk() if names else ():
        if not part.children():
            for name in part.bindings().keys() & names:
                if part not in binders[name]:
                    binders[name].append(part)
    twice = sorted(name for name, parts in binders.items() if len(parts) > 1)
    for name in twice:
        message = (
            f"{{{name}}} is bound by {len(binders[name])} different conditions of the rule;"
            " give all but one another name with 'as'"
        )
        issues.add((*path, "when"), message)
    return not twice


@attrs.frozen(kw_only=True)
class Rulebook:
    """
    A checked set of rules, with the topics they serve and the sections they cite.

    Load one with `load_rulebook`; the built-in rulebook is
    ``load_rulebook()``. A rulebook is an immutable value: `extend`,
    `disable` and `with_priority` return new rulebooks.

    Attributes:
        name: The rulebook's name.
        version: Its version.
        sections: Section ids and their titles.
        topics: Topics by id, in order.
        rules: The rules, in rulebook order.
        situations: The situations that decide each advice's horizon, the
            first that holds winning (see `mlcareer.Horizon`).
        skills: The skills its files declare beyond the skill table that
            ships with mlcareer (new skills, and known ones with the names
            and implications added); see `table`.
        skill_lists: The named lists of skills (by id) its files declare,
            which conditions name in place of a list; a pack that extends
            the rulebook uses them too.
        exercises: The datasets every course uses (Titanic, MNIST) that its
            files declare: a portfolio item that names one is an exercise
            (the ``exercise`` filter of ``portfolio``); a pack adds to them.
    """

    name: str
    version: str
    sections: Mapping[str, str] = attrs.field(hash=False)
    topics: Mapping[str, Topic] = attrs.field(hash=False)
    rules: tuple[Rule, ...]
    situations: tuple[Situation, ...] = ()
    skills: tuple[SkillInfo, ...] = ()
    skill_lists: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, hash=False)
    exercises: tuple[str, ...] = ()
    _digest: str | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @property
    def digest(self) -> str:
        """
        ``sha256:`` and a hash of the rulebook's content, worked out when first asked for.

        The content is its rule files' and the skill table its rules read, the built-in one
        included: a change to either changes what reports say.
        """
        digest = self._digest
        if digest is None:
            table = self.table
            content = {
                "rulebook": self.to_data(),
                "table": RULE_FILE["skills"].shape.dump((*table.skills.values(), *table.traits.values())),
            }
            text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            digest = "sha256:" + hashlib.sha256(text.encode()).hexdigest()
            object.__setattr__(self, "_digest", digest)
        return digest

    @property
    def table(self) -> SkillTable:
        """
        The skill table that the rulebook's rules and engines use, the built-in one with `skills` added.
        """
        return _table(self.skills)

    def rule(self, rule_id: str) -> Rule:
        """
        Return the rule *rule_id*.

        Raises:
            UnknownRuleError: if there is none, with the closest id.
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise UnknownRuleError(rule_id, suggest(rule_id, [rule.id for rule in self.rules]))

    def extend(
        self,
        source: Source,
        *,
        replace: bool = False,
        limits: Limits | None = None,
    ) -> Rulebook:
        """
        Return this rulebook with a pack of rules added.

        Args:
            source: A rule file or a directory with a ``rulebook.yaml``
                (a `pathlib.Path`), a rule file's text, or its plain data.
            replace: Rules whose id is already in the rulebook replace
                the rule (in its place); otherwise such a clash is an error,
                and with *replace* every rule of the pack must replace one.
            limits: Limits for the pack's files.

        The pack may add sections and topics of its own, and use this
        rulebook's topics and sections.

        Raises:
            RuleError: listing every problem of the pack.
        """
        return _Reader(limits).read(source, base=self, replace=replace)

    def disable(self, *patterns: str) -> Rulebook:
        """
        Return this rulebook without the rules whose ids match *patterns*.

        Patterns are rule ids, or shell-style patterns such as ``growth.*``.

        Raises:
            UnknownRuleError: if a pattern matches no rule.
        """
        ids = [rule.id for rule in self.rules]
        for pattern in patterns:
            if not fnmatch.filter(ids, pattern):
                raise UnknownRuleError(pattern, _suggest_rules(pattern, ids))
        kept = tuple(
            rule for rule in self.rules if not any(fnmatch.fnmatchcase(rule.id, p) for p in patterns)
        )
        return attrs.evolve(self, rules=kept)

    def with_priority(self, rule_id: str, priority: Priority | str) -> Rulebook:
        """
        Return this rulebook with rule *rule_id* at *priority*.
        """
        target = self.rule(rule_id)
        new = attrs.evolve(target, priority=Priority(priority))
        return attrs.evolve(self, rules=tuple(new if rule is target else rule for rule in self.rules))

    def to_data(self) -> dict[str, Any]:
        """
        The whole rulebook as one rule file's plain data; it loads back equal.

        Named conditions of all its files are gathered under ``conditions``.
        """
        named, clashes = _named_conditions(self.rules, self.situations)
        if clashes:
            msg = f"two rule files define the named condition {clashes[0][0]!r} differently"
            raise ValueError(msg)
        values: dict[str, object] = {
            "rulebook": self.name,
            "version": self.version,
            "sections": dict(self.sections),
            "topics": tuple(self.topics.values()),
            "skills": self.skills,
            "skill_lists": dict(self.skill_lists),
            "exercises": self.exercises,
            "conditions": {name: part for name, (_, part) in named.items()},
            "horizons": self.situations,
            "rules": self.rules,
        }
        always = ("rulebook", "version", "sections", "topics", "rules")
        return {
            key: RULE_FILE[key].shape.dump(value) for key, value in values.items() if value or key in always
        }


def _named_conditions(
    rules: Iterable[Rule], situations: Iterable[Situation]
) -> tuple[
    dict[str, tuple[Rule | Situation, Condition]], list[tuple[str, Rule | Situation, Rule | Situation]]
]:
    """
    The named conditions that *rules* and *situations* use, and the names they use with two definitions.

    Returns:
        For each name, the first rule or situation that uses it and its
        definition there; and for each use of a name defined otherwise
        than at its first use, the name, the first user and this one.
    """
    named: dict[str, tuple[Rule | Situation, Condition]] = {}
    clashes: list[tuple[str, Rule | Situation, Rule | Situation]] = []
    owners: list[Rule | Situation] = [*rules, *situations]
    for owner in owners:
        for node in owner.when.walk() if owner.when is not None else ():
            if isinstance(node, Named):
                first, part = named.setdefault(node.name, (owner, node.part))
                if part is not node.part and part.to_data() != node.part.to_data():
                    clashes.append((node.name, first, owner))
    return named, clashes


@functools.lru_cache(maxsize=16)
def _table(skills: tuple[SkillInfo, ...]) -> SkillTable:
    return skill_table().extended(skills)


def builtin_rules_path() -> FilePath:
    """
    Return the directory of the built-in rulebook.

    An installed package carries it as ``mlcareer/rules``; a source checkout
    keeps it at the top of the repository.
    """
    packaged = resources.files("mlcareer").joinpath("rules")
    if packaged.is_dir():
        return FilePath(str(packaged))
    return FilePath(__file__).resolve().parents[2] / "rules"


def _builtin() -> Rulebook:
    from mlcareer._default import default_engine  # noqa: PLC0415 - that module builds on this one

    return default_engine().rulebook


def load_rulebook(source: Source | None = None, *, limits: Limits | None = None) -> Rulebook:
    """
    Load and check a rulebook.

    Args:
        source: A directory with a ``rulebook.yaml`` manifest or a single
            rule file (a `pathlib.Path`), a rule file's text, or its plain
            data (a mapping, as `Rulebook.to_data` gives); None for the
            built-in rulebook of the guide, the one `default_engine`
            evaluates (loaded once, then shared: rulebooks are immutable).
        limits: Limits for the files.

    Raises:
        RuleError: listing every problem in the files.

    Example:
        >>> rulebook = load_rulebook()
        >>> rulebook.name, rulebook.rule("skills.python.missing").priority
        ('mlcareer-guide', <Priority.CRITICAL: 'critical'>)
    """
    if source is None and limits is None:
        return _builtin()
    return _Reader(limits).read(source if source is not None else builtin_rules_path())


@attrs.frozen
class _Draft:
    """
    What a rule says of its id, topic and source, and the rule if the rest of it is valid.

    Checks across files (duplicate ids, unknown topics and sections) read
    drafts, so one run reports them for invalid rules too.
    """

    id: str | None
    topic: str | None
    source: str | None
    origin: Origin
    path: Path
    document: Document
    rule: Rule | None


#: Named conditions as a file's parser holds them once read: the condition and how deep it nests,
#: or None for one with problems (recorded where it is written).
_Named = dict[str, tuple[Condition, int] | None]


@attrs.define
class _Parsed:
    """
    What the reader collected from the files, before the checks across them.
    """

    name: str | None = None
    version: str | None = None
    sections: dict[str, str] = attrs.Factory(dict)
    topics: dict[str, Topic] = attrs.Factory(dict)
    topic_marks: dict[str, _Place] = attrs.Factory(dict)
    rules: list[_Draft] = attrs.Factory(list)
    situations: list[Situation] = attrs.Factory(list)
    skills: dict[str, SkillInfo] = attrs.Factory(dict)
    skill_lists: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    exercises: list[str] = attrs.Factory(list)
    replaces: list[tuple[str, _Place]] = attrs.Factory(list)
    disables: list[tuple[str, _Place]] = attrs.Factory(list)


class _Reader:
    """
    Read rule files into a checked rulebook.
    """

    def __init__(self, limits: Limits | None) -> None:
        self.limits = limits or Limits()
        self.problems: list[Problem] = []
        self.table = skill_table()
        #: The named lists of skills declared so far, the extended rulebook's first.
        self.skill_lists: dict[str, tuple[Ref, ...]] = {}
        #: The exercises declared so far, the extended rulebook's first.
        self.exercises: tuple[str, ...] = ()
        #: The files read, in order.
        self.files: list[FilePath] = []

    def read(self, source: Source, base: Rulebook | None = None, *, replace: bool = False) -> Rulebook:
        parsed = _Parsed()
        self.table = base.table if base is not None else skill_table()
        self.skill_lists = {
            name: tuple(Ref(skill, self.table.skill_name(skill)) for skill in skills)
            for name, skills in (base.skill_lists.items() if base is not None else ())
        }
        self.exercises = base.exercises if base is not None else ()
        if isinstance(source, FilePath) and source.is_dir():
            manifest = source / "rulebook.yaml"
            if not manifest.is_file():
                raise RuleError(
                    [Problem(message="a rulebook directory needs a rulebook.yaml", file=str(source))]
                )
            source = manifest
        with collector_paused():
            self._file(source, parsed, set())
            rulebook = self._combine(parsed, base, replace=replace)
            del parsed  # the documents' node trees go before the collector restarts, so it never walks them
        return rulebook

    # --- one file

    def _document(self, source: Source) -> tuple[Document, Issues]:
        """
        The document of one rule file, and its issues so far (text that is not Unicode).
        """
        if isinstance(source, FilePath):
            self.files.append(source)
        try:
            if isinstance(source, str | bytes | FilePath):
                document = load_document(source, limits=self.limits, error=RuleError)
            else:
                document = Document.from_data(source, self.limits)
        except LimitError as error:  # a rule file past a limit is a problem of the rule file
            raise RuleError(error.problems) from None
        issues = Issues(document)
        # Rule text ends in the rulebook's digest and in reports.
        for where in document.surrogate_paths():
            issues.add(where, "is not valid Unicode text (it holds a lone surrogate)")
        return document, issues

    def _file(
        self, source: Source, parsed: _Parsed, seen: set[FilePath], inherited: _Named | None = None
    ) -> None:
        """
        Read one rule file, then the files it lists, which see its named conditions and those it sees.
        """
        document, issues = self._document(source)
        data = document.data
        named: _Named = dict(inherited or {})
        if not isinstance(data, Mapping):
            issues.add((), f"expected a rule file (a mapping), got {describe_value(data)}")
        else:
            self._header(data, issues, parsed)
            self._declarations(data, issues, parsed)
            self._sections(data.get("sections", {}), issues, parsed)
            self._topics(data.get("topics", []), issues, parsed)
            parser = self._named_conditions(data.get("conditions", {}), issues, named)
            named.update(parser.named)
            if "horizons" in data:
                parsed.situations += read_situations(data["horizons"], parser, issues)
            self._rules(data.get("rules", []), document, parser, parsed)
            files = self._files(data.get("files", []), source, issues)
        self.problems.extend(issues.problems)
        if isinstance(data, Mapping):
            for path in files:
                if path not in seen:
                    seen.add(path)
                    self._file(path, parsed, seen, named)

    def _header(self, data: Mapping[str, Any], issues: Issues, parsed: _Parsed) -> None:
        for key in data:
            if key not in RULE_FILE:
                issues.add((), f"unknown key {key!r}", suggestion=suggest(str(key), RULE_FILE), at_key=(key,))
        for key, attr in (("rulebook", "name"), ("version", "version"), ("description", None)):
            if key in data:
                try:
                    value = RULE_FILE[key].shape.parse(data[key], (key,), issues)
                except Rejected:
                    continue
                if attr is not None:
                    setattr(parsed, attr, value)

    def _named_conditions(self, named: object, issues: Issues, inherited: _Named) -> ConditionParser:
        if not isinstance(named, Mapping):
            issues.add(
                ("conditions",), f"expected a mapping of named conditions, got {describe_value(named)}"
            )
            named = {}
        parser = ConditionParser(
            issues,
            self.table,
            {str(k): (v, ("conditions", k)) for k, v in named.items()},
            skill_lists=self.skill_lists,
            exercises=self.exercises,
        )
        # The named conditions of the files that list this one, read there, unless this one defines the name.
        parser.named.update((name, known) for name, known in inherited.items() if name not in named)
        for name in named:
            if not _CONDITION_NAME.match(str(name)):
                issues.add(
                    ("conditions",),
                    f"{name!r} is not a condition name (lowercase words joined by - or _)",
                    at_key=("conditions", name),
                )
            with contextlib.suppress(Rejected):  # recorded where the condition is written
                parser.resolve(str(name), ("conditions", name))
        return parser

    def _rules(self, rules: object, document: Document, parser: ConditionParser, parsed: _Parsed) -> None:
        if not isinstance(rules, list):
            parser.issues.add(("rules",), f"expected a list of rules, got {describe_value(rules)}")
            return
        shape = _rule_shape(parser)
        for index, raw in enumerate(rules):
            draft = self._rule(raw, ("rules", index), document, shape)
            if draft is not None:
                parsed.rules.append(draft)

    def _files(self, value: object, source: Source, issues: Issues) -> list[FilePath]:
        try:
            files = RULE_FILE["files"].shape.parse(value, ("files",), issues)
        except Rejected:
            return []
        if not isinstance(source, FilePath):
            if files:
                issues.add(("files",), "only a rule file on disk can list other files")
            return []
        found = []
        for index, name in enumerate(files):
            path = (source.parent / name).resolve()
            if not path.is_file():
                issues.add(("files", index), f"no such rule file: {name}")
                continue
            found.append(path)
        return found

    def _declarations(self, data: Mapping[str, Any], issues: Issues, parsed: _Parsed) -> None:
        """
        Read what a file declares about the rulebook it extends: skills, and rules it replaces or disables.
        """
        if "skills" in data:
            self.table, declared = declare_skills(data["skills"], ("skills",), issues, self.table)
            parsed.skills.update((info.id, info) for info in declared)
        if "skill_lists" in data:
            self._skill_lists(data["skill_lists"], issues, parsed)
        if "exercises" in data:
            with contextlib.suppress(Rejected):
                declared = RULE_FILE["exercises"].shape.parse(data["exercises"], ("exercises",), issues)
                known = {name.casefold() for name in self.exercises}
                new = []
                for name in declared:
                    if name.casefold() not in known:
                        known.add(name.casefold())
                        new.append(name)
                self.exercises = (*self.exercises, *new)
                parsed.exercises.extend(new)
        for key in ("replaces", "disables"):
            if key in data:
                getattr(parsed, key).extend(self._patterns(data[key], key, issues))

    def _skill_lists(self, value: object, issues: Issues, parsed: _Parsed) -> None:
        """
        Read the named lists of skills a file declares, for its conditions and those of the files after it.
        """
        try:
            lists = RULE_FILE["skill_lists"].shape.parse(value, ("skill_lists",), issues)
        except Rejected:
            return
        parser = ConditionParser(issues, self.table)
        for name, names in lists.items():
            at: Path = ("skill_lists", name)
            if not _CONDITION_NAME.match(name):
                problem = f"{name!r} is not a list name (lowercase words joined by - or _)"
            elif name in self.skill_lists:
                problem = f"the list of skills {name!r} is declared twice"
            elif self.table.known_skill(name) is not None:
                problem = f"the list of skills {name!r} has the name of a skill"
            else:
                try:
                    skills = _SKILL_LIST.read(parser, list(names), at)
                except Rejected:
                    continue
                self.skill_lists[name] = skills
                parsed.skill_lists[name] = tuple(skill.id for skill in skills)
                continue
            issues.add(("skill_lists",), problem, at_key=at)

    def _patterns(self, value: object, key: str, issues: Issues) -> list[tuple[str, _Place]]:
        try:
            patterns = RULE_FILE[key].shape.parse(value, (key,), issues)
        except Rejected:
            return []
        return [(pattern, _Place(issues.document, (key, index))) for index, pattern in enumerate(patterns)]

    def _sections(self, value: object, issues: Issues, parsed: _Parsed) -> None:
        try:
            sections = RULE_FILE["sections"].shape.parse(value, ("sections",), issues)
        except Rejected:
            return
        for key, title in sections.items():
            if not _SECTION.match(key):
                issues.add(
                    ("sections",),
                    f"{key!r} is not a section id (lowercase words joined by -)",
                    at_key=("sections", key),
                )
            elif key in parsed.sections:
                issues.add(("sections",), f"section {key!r} is defined twice", at_key=("sections", key))
            else:
                parsed.sections[key] = title

    def _topics(self, value: object, issues: Issues, parsed: _Parsed) -> None:
        if not isinstance(value, list):
            issues.add(("topics",), f"expected a list, got {describe_value(value)}")
            return
        for index, raw in enumerate(value):
            path: Path = ("topics", index)
            try:
                topic = TOPIC_SHAPE.parse(raw, path, issues)
            except Rejected:
                continue
            if topic.id in parsed.topics:
                issues.add((*path, "id"), f"topic {topic.id!r} is defined twice")
                continue
            parsed.topics[topic.id] = topic
            parsed.topic_marks[topic.id] = _Place(issues.document, (*path, "id"))

    # --- one rule

    def _rule(self, raw: object, path: Path, document: Document, shape: Record[Rule]) -> _Draft | None:
        rule_id = raw.get("id") if isinstance(raw, Mapping) else None
        issues = Issues(document, rule_id=rule_id if isinstance(rule_id, str) else None)
        try:
            try:
                fields, ok = shape.fields_of(raw, path, issues)
            except Rejected:
                return None
            line_column = document.locate(path)
            origin = Origin(
                file=document.file,
                line=line_column[0] if line_column else None,
                column=line_column[1] if line_column else None,
            )
            texts = {
                key: value for key in ("id", "topic", "source") if isinstance(value := fields.get(key), str)
            }
            draft = _Draft(
                texts.get("id"), texts.get("topic"), texts.get("source"), origin, path, document, None
            )
            when = fields.get("when")
            if isinstance(when, Quiet):
                issues.add(
                    (*path, "when"),
                    "a rule's whole condition cannot be 'quiet': its advice needs a reason",
                    at_key=(*path, "when", "quiet"),
                )
                ok = False
            if isinstance(when, Condition):
                ok = _placeholders_known(fields, when, path, issues) and ok
            if not ok:
                return draft
            return attrs.evolve(draft, rule=Rule(**fields, origin=origin))  # type: ignore[arg-type] # read by the rule's shape
        finally:
            self.problems.extend(issues.problems)

    # --- checks across files

    def _combine(self, parsed: _Parsed, base: Rulebook | None, *, replace: bool) -> Rulebook:
        sections = self._merge_sections(parsed, base)
        topics = self._merge_topics(parsed, base, sections)
        rules = self._merge_rules(parsed, base, topics, sections, replace=replace)
        # A pack's situations come first: they are more specific than those of the rulebook it extends.
        situations = (*parsed.situations, *(base.situations if base else ()))
        self._check_named(rules, situations)
        if self.problems:
            files = {problem.file: index for index, problem in reversed(list(enumerate(self.problems)))}
            raise RuleError(sorted(self.problems, key=lambda p: (files[p.file], p.line or 0, p.column or 0)))
        if base is None:
            name, version = parsed.name, parsed.version
        elif parsed.name:
            name, version = f"{base.name}+{parsed.name}", f"{base.version}+{parsed.version or '0'}"
        else:
            name, version = base.name, base.version
        if name is None or version is None:
            raise RuleError([Problem(message="a rulebook needs a 'rulebook' name and a 'version'")])
        skills = {info.id: info for info in base.skills} if base else {}
        return Rulebook(
            name=name,
            version=version,
            sections=sections,
            topics=topics,
            rules=tuple(rules),
            situations=situations,
            skills=tuple({**skills, **parsed.skills}.values()),
            skill_lists={**(base.skill_lists if base else {}), **parsed.skill_lists},
            exercises=(*(base.exercises if base else ()), *parsed.exercises),
        )

    def _check_named(self, rules: list[Rule], situations: tuple[Situation, ...]) -> None:
        """
        Record each use of a named condition that its files define otherwise than the first use's file.
        """
        for name, first, owner in _named_conditions(rules, situations)[1]:
            if isinstance(first, Situation):
                where = f"the horizon situation {first.name!r}"
            else:
                where = (f"{_where(first.origin)} " if first.origin else "") + f"(rule {first.id!r})"
            origin = owner.origin if isinstance(owner, Rule) else None
            self.problems.append(
                Problem(
                    message=(
                        f"the named condition {name!r} is defined otherwise than in {where};"
                        " the files of a rulebook define each name alike"
                    ),
                    file=origin.file if origin else None,
                    line=origin.line if origin else None,
                    column=origin.column if origin else None,
                    rule_id=owner.id if isinstance(owner, Rule) else None,
                )
            )

    def _merge_sections(self, parsed: _Parsed, base: Rulebook | None) -> dict[str, str]:
        sections = dict(base.sections) if base else {}
        for key, title in parsed.sections.items():
            if key in sections and sections[key] != title:
                self.problems.append(
                    Problem(message=f"section {key!r} is already defined as {sections[key]!r}")
                )
            sections[key] = title
        return sections

    def _merge_topics(
        self, parsed: _Parsed, base: Rulebook | None, sections: Mapping[str, str]
    ) -> dict[str, Topic]:
        topics = dict(base.topics) if base else {}
        for key, topic in parsed.topics.items():
            if key in topics:
                self._at(parsed.topic_marks[key], f"topic {key!r} is already defined")
            topics[key] = topic
        for key, topic in parsed.topics.items():
            mark = parsed.topic_marks[key]
            if topic.section not in sections:
                message = f"topic {key!r}: unknown section {topic.section!r}"
                self._at(mark, message, suggest(topic.section, sections))
            for after in topic.after:
                if after not in topics:
                    self._at(mark, f"topic {key!r}: unknown topic {after!r} in after", suggest(after, topics))
        self._cycles(topics, parsed)
        return topics

    def _merge_rules(
        self,
        parsed: _Parsed,
        base: Rulebook | None,
        topics: Mapping[str, Topic],
        sections: Mapping[str, str],
        *,
        replace: bool,
    ) -> list[Rule]:
        rules = list(base.rules) if base else []
        positions: dict[str, int] = {rule.id: index for index, rule in enumerate(rules)}
        own = {draft.id for draft in parsed.rules if draft.id is not None}
        disabled = self._matching(parsed.disables, positions, base, "disables", set(positions))
        replaceable = self._matching(parsed.replaces, positions, base, "replaces", own)
        seen: dict[str, _Draft] = {}
        for draft in parsed.rules:
            self._references(draft, topics, sections)
            if draft.id is None:
                continue
            if draft.id in seen:
                message = f"duplicate rule id {draft.id!r} (first at {_where(seen[draft.id].origin)})"
                self._rule_problem(draft, "id", message)
                continue
            seen[draft.id] = draft
            if draft.id in disabled:
                message = f"rule {draft.id!r} is under 'disables'; list it under 'replaces' to rewrite it"
                self._rule_problem(draft, "id", message)
            elif draft.id in positions and not (replace or draft.id in replaceable):
                message = (
                    f"rule id {draft.id!r} is already in the rulebook this pack extends;"
                    " list it under 'replaces' to replace it"
                )
                self._rule_problem(draft, "id", message)
            elif draft.id not in positions and replace:
                self._rule_problem(draft, "id", f"rule {draft.id!r} replaces no rule of the rulebook")
            elif draft.rule is not None and draft.id in positions:
                rules[positions[draft.id]] = draft.rule
            elif draft.rule is not None:
                rules.append(draft.rule)
        return [rule for rule in rules if rule.id not in disabled]

    def _references(self, draft: _Draft, topics: Mapping[str, Topic], sections: Mapping[str, str]) -> None:
        """
        Check that the topic and section a rule names exist.
        """
        if draft.topic is not None and draft.topic not in topics:
            message = f"unknown topic {draft.topic!r}"
            self._rule_problem(draft, "topic", message, suggest(draft.topic, topics))
        if draft.source is not None and draft.source not in sections:
            message = f"unknown section {draft.source!r}"
            self._rule_problem(draft, "source", message, suggest(draft.source, sections))

    def _matching(
        self,
        patterns: list[tuple[str, _Place]],
        positions: Mapping[str, int],
        base: Rulebook | None,
        key: str,
        among: set[str],
    ) -> set[str]:
        """
        The ids of the extended rulebook's rules, among *among*, that the patterns under *key* match.
        """
        found: set[str] = set()
        for pattern, mark in patterns:
            if base is None:
                self._at(mark, f"'{key}' needs a rulebook to extend, and this one extends none")
                continue
            matched = [
                rule_id for rule_id in positions if rule_id in among and fnmatch.fnmatchcase(rule_id, pattern)
            ]
            if not matched:
                what = "no rule of the rulebook it extends" if key == "disables" else "no rule of the pack"
                self._at(
                    mark, f"{pattern!r} under '{key}' matches {what}", _suggest_rules(pattern, positions)
                )
            found.update(matched)
        return found

    def _cycles(self, topics: Mapping[str, Topic], parsed: _Parsed) -> None:
        """
        Report every cycle among the topics' prerequisites (a depth-first walk, without recursion).
        """
        state: dict[str, int] = {}  # 1: on the current trail; 2: done
        for start in topics:
            if start in state:
                continue
            state[start] = 1
            trail = [start]
            pending = [iter(topics[start].after)]
            while pending:
                after = next(pending[-1], None)
                if after is None:
                    state[trail.pop()] = 2
                    pending.pop()
                elif after in topics and state.get(after) == 1:
                    cycle = " -> ".join([*trail[trail.index(after) :], after])
                    mark = parsed.topic_marks.get(trail[-1]) or _Place(None, ())
                    self._at(mark, f"topic prerequisites form a cycle: {cycle}")
                elif after in topics and after not in state:
                    state[after] = 1
                    trail.append(after)
                    pending.append(iter(topics[after].after))

    def _at(self, place: _Place, message: str, suggestion: str | None = None) -> None:
        self.problems.append(attrs.evolve(place.problem(), message=message, suggestion=suggestion))

    def _rule_problem(self, draft: _Draft, key: str, message: str, suggestion: str | None = None) -> None:
        origin = draft.origin
        mark = draft.document.locate((*draft.path, key), key=True)
        self.problems.append(
            Problem(
                message=message,
                path=format_path((*draft.path, key)),
                file=origin.file,
                line=mark[0] if mark else origin.line,
                column=mark[1] if mark else origin.column,
                rule_id=draft.id,
                suggestion=suggestion,
            )
        )


def _suggest_rules(pattern: str, ids: Iterable[str]) -> str | None:
    """
    The rule id closest to *pattern*, or for a pattern with wildcards the closest ``prefix.*``.
    """
    if not any(char in pattern for char in "*?["):
        return suggest(pattern, ids)
    prefixes = {
        ".".join(parts[:end]) + ".*" for parts in (i.split(".") for i in ids) for end in range(1, len(parts))
    }
    return suggest(pattern, prefixes)


@attrs.frozen
class _Place:
    """
    A place in a rule file, kept to report a problem found there later: located only then.
    """

    document: Document | None
    path: Path

    def problem(self) -> Problem:
        """
        An empty problem that points at the place.
        """
        document = self.document
        mark = document.locate(self.path) if document else None
        return Problem(
            message="",
            path=format_path(self.path),
            file=document.file if document else None,
            line=mark[0] if mark else None,
            column=mark[1] if mark else None,
        )


def _where(origin: Origin) -> str:
    return ":".join(str(part) for part in (origin.file, origin.line) if part is not None) or "an earlier rule"
