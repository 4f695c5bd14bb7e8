"""
mlcareer: career advice for machine-learning candidates, from a declarative rulebook.

Load a profile, evaluate it with an engine, read the report::

    >>> import mlcareer
    >>> candidate = mlcareer.load_candidate({"stage": "student", "skills": ["statistics"]})
    >>> report = mlcareer.default_engine().evaluate(candidate)
    >>> report.advice[0].title
    'Learn Python first'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from mlcareer._batch import advise_partition
from mlcareer._conditions import Condition, Explanation
from mlcareer._default import default_engine
from mlcareer._document import Limits
from mlcareer._engine import Engine, ExampleFailure, RuleExplanation
from mlcareer._horizon import Situation
from mlcareer._linkedin import import_linkedin
from mlcareer._match import Match, Requirement, match, match_schema
from mlcareer._model import (
    Candidate,
    Company,
    Education,
    Goals,
    Growth,
    Job,
    LearningActivity,
    LearningKind,
    Level,
    NetworkingActivity,
    NetworkingKind,
    PortfolioItem,
    PortfolioKind,
    Position,
    PrepStep,
    Sector,
    Skill,
    Stage,
    Trait,
    load_candidate,
    profile_schema,
)
from mlcareer._posting import PostingImport, read_posting
from mlcareer._ranks import Horizon, Priority, RuleId, TopicId
from mlcareer._report import Advice, Report, RulesetInfo, Source, report_schema
from mlcareer._resume import ResumeImport, import_resume
from mlcareer._rulebook import Examples, Rule, Rulebook, Topic, load_rulebook
from mlcareer._schema import rules_schema
from mlcareer._taxonomy import SkillCategory, SkillId, SkillInfo, SkillTable, TraitId, skill_table
from mlcareer.exceptions import (
    LimitError,
    MlcareerError,
    PostingError,
    Problem,
    ProfileError,
    ReportError,
    ResumeError,
    RuleError,
    UnknownRuleError,
)

try:
    __version__ = _version("mlcareer")
except PackageNotFoundError:  # pragma: no cover - running from a tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "Advice",
    "Candidate",
    "Company",
    "Condition",
    "Education",
    "Engine",
    "ExampleFailure",
    "Examples",
    "Explanation",
    "Goals",
    "Growth",
    "Horizon",
    "Job",
    "LearningActivity",
    "LearningKind",
    "Level",
    "LimitError",
    "Limits",
    "Match",
    "MlcareerError",
    "NetworkingActivity",
    "NetworkingKind",
    "PortfolioItem",
    "PortfolioKind",
    "Position",
    "PostingError",
    "PostingImport",
    "PrepStep",
    "Priority",
    "Problem",
    "ProfileError",
    "Report",
    "ReportError",
    "Requirement",
    "ResumeError",
    "ResumeImport",
    "Rule",
    "RuleError",
    "RuleExplanation",
    "RuleId",
    "Rulebook",
    "RulesetInfo",
    "Sector",
    "Situation",
    "Skill",
    "SkillCategory",
    "SkillId",
    "SkillInfo",
    "SkillTable",
    "Source",
    "Stage",
    "Topic",
    "TopicId",
    "Trait",
    "TraitId",
    "UnknownRuleError",
    "advise_partition",
    "default_engine",
    "import_linkedin",
    "import_resume",
    "load_candidate",
    "load_rulebook",
    "match",
    "match_schema",
    "profile_schema",
    "read_posting",
    "report_schema",
    "rules_schema",
    "skill_table",
]


def __dir__() -> list[str]:
    return __all__
