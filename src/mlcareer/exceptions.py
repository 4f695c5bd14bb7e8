"""
Exceptions raised by mlcareer.

Every exception the library raises on purpose derives from `MlcareerError`.
Errors about input also derive from the builtin they resemble, so callers
that only know Python's builtins still catch them (`ProfileError` is a
`ValueError`, `UnknownRuleError` a `LookupError`).

Input errors collect every problem before they are raised: one
`ProfileError` lists all that is wrong with a profile, each `Problem` with
its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from mlcareer._printable import printable

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LimitError",
    "MlcareerError",
    "PostingError",
    "Problem",
    "ProfileError",
    "ReportError",
    "ResumeError",
    "RuleError",
    "UnknownRuleError",
]


class MlcareerError(Exception):
    """
    Base class of every error mlcareer raises on purpose.
    """


@attrs.frozen(kw_only=True)
class Problem:
    """
    One thing wrong with a document, and where it is.

    Attributes:
        message: What is wrong, in words.
        path: Where in the document, as written in the profile format
            (``skills[2].level``); empty for the document as a whole.
        file: The file the document came from, if it came from one.
        line: The 1-based line in that file, when known.
        column: The 1-based column in that file, when known.
        rule_id: The rule the problem is in, for rule files.
        suggestion: A close, valid spelling of a misspelled word.

    Example:
        >>> print(
        ...     Problem(
        ...         message="'guru' is not a level",
        ...         path="skills[2].level",
        ...         file="me.yaml",
        ...         line=7,
        ...         column=12,
        ...         suggestion="expert",
        ...     )
        ... )
        me.yaml:7:12: skills[2].level: 'guru' is not a level; did you mean 'expert'?
    """

    message: str
    path: str = ""
    file: str | None = None
    line: int | None = None
    column: int | None = None
    rule_id: str | None = None
    suggestion: str | None = None

    def __str__(self) -> str:
        place = []
        if self.file is not None:
            place.append(self.file)
        if self.line is not None:
            place.append(str(self.line))
            if self.column is not None:
                place.append(str(self.column))
        text = ":".join(place) + ": " if place else ""
        if self.rule_id is not None:
            text += f"rule {self.rule_id}: "
        if self.path:
            text += f"{self.path}: "
        text += self.message
        if self.suggestion is not None:
            text += f"; did you mean {self.suggestion!r}?"
        return printable(text)


class _ProblemsError(MlcareerError):
    """
    An error that carries one or more `Problem`.
    """

    #: What the error is about, as it starts the message.
    subject = "invalid input"

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            msg = "an error needs at least one problem"
            raise ValueError(msg)
        self.problems = tuple(problems)
        super().__init__(self._render())

    def _render(self) -> str:
        if len(self.problems) == 1:
            return f"{self.subject}: {self.problems[0]}"
        lines = [f"{self.subject} ({len(self.problems)} problems):"]
        lines.extend(f"- {problem}" for problem in self.problems)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))

    @property
    def path(self) -> str:
        """
        The place of the first problem in the document.
        """
        return self.problems[0].path

    @property
    def line(self) -> int | None:
        """
        The line of the first problem, when known.
        """
        return self.problems[0].line

    @property
    def column(self) -> int | None:
        """
        The column of the first problem, when known.
        """
        return self.problems[0].column

    @property
    def suggestion(self) -> str | None:
        """
        The "did you mean" of the first problem, if any.
        """
        return self.problems[0].suggestion


class ProfileError(_ProblemsError, ValueError):
    """
    A profile document is not valid; its *problems* list everything wrong with it.

    Example:
        >>> import mlcareer
        >>> try:
        ...     mlcareer.load_candidate({"skills": [{"name": "python", "level": "guru"}]})
        ... except mlcareer.ProfileError as error:
        ...     print(error)
        invalid profile: skills[0].level: 'guru' is not one of novice, beginner, ... (or 1-5)
    """

    subject = "invalid profile"


class ResumeError(_ProblemsError, ValueError):
    """
    A document handed to a résumé importer is not a résumé, or not readable.

    Example:
        >>> import mlcareer
        >>> try:
        ...     mlcareer.import_resume({"name": "Ana", "skills": ["python"]})
        ... except mlcareer.ResumeError as error:
        ...     print(error)
        invalid resume: not a JSON Resume document: ... (it has name, skills); it looks like ...
    """

    subject = "invalid resume"


class PostingError(_ProblemsError, ValueError):
    """
    A document handed to `mlcareer.read_posting` is not a job posting, or not readable.

    Example:
        >>> import mlcareer
        >>> try:
        ...     mlcareer.read_posting({"required": ["python"], "years": "many"})
        ... except mlcareer.PostingError as error:
        ...     print(error)
        invalid posting: years: expected a number, got the text 'many'
    """

    subject = "invalid posting"


class RuleError(_ProblemsError, ValueError):
    """
    A rule file or rulebook is not valid; its *problems* list everything wrong.
    """

    subject = "invalid rules"

    @property
    def rule_id(self) -> str | None:
        """
        The rule of the first problem, if the problem is inside a rule.
        """
        return self.problems[0].rule_id


class ReportError(_ProblemsError, ValueError):
    """
    Plain data given as a report is not a valid report.
    """

    subject = "invalid report"


class LimitError(ProfileError):
    """
    A document goes beyond one of the loader's documented limits.

    The limits (size, nesting depth, number of values) protect a program
    that reads documents from untrusted people; `mlcareer.Limits` sets them.
    """

    subject = "document too large"


class UnknownRuleError(MlcareerError, LookupError):
    """
    A rule id names no rule of the engine's rulebook.

    Attributes:
        rule_id: The id that was asked for.
        suggestion: The closest existing id, if one is close.
    """

    def __init__(self, rule_id: str, suggestion: str | None = None) -> None:
        self.rule_id = rule_id
        self.suggestion = suggestion
        message = f"no rule with id {rule_id!r}"
        if suggestion is not None:
            message += f"; did you mean {suggestion!r}?"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.rule_id, self.suggestion))

    def __str__(self) -> str:
        return str(self.args[0])
