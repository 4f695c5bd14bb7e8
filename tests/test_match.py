"""Tests for mlcareer._match: a profile matched with a job, requirement by requirement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Candidate, Job, Skill, match, match_schema, read_posting, strategies
from mlcareer._facts import Facts

DATA = Path(__file__).parent / "data"
AS_OF = dt.date(2026, 11, 25)
DANA = mlcareer.load_candidate(DATA / "dana.yaml")

#: Dana's match with each posting: coverage, (requirement, weight, found, via) in order, what to add first.
MATCHES: dict[str, tuple[float, list[tuple[str, str, bool, str | None]], list[str]]] = {
    "analyst-text-skills.json": (
        0.5333,
        [
            ("python", "required", True, "listed"),
            ("sql", "required", True, "listed"),
            ("statistics", "required", False, None),
            ("experiment-design", "required", False, None),
            ("tableau", "required", True, "position"),
            ("time-series", "preferred", False, None),
            ("experience", "required", True, None),
            ("degree", "required", False, None),
        ],
        ["statistics", "experiment-design", "degree", "time-series"],
    ),
    "fintech-ml-engineer.json": (
        0.6765,
        [
            ("python", "required", True, "listed"),
            ("sql", "required", True, "listed"),
            ("scikit-learn", "required", True, "listed"),
            ("xgboost", "required", True, "portfolio"),
            ("docker", "preferred", True, "listed"),
            ("kubernetes", "preferred", False, None),
            ("pytorch", "preferred", False, None),
            ("gradient-boosting", "mentioned", True, "implied"),
            ("anomaly-detection", "mentioned", False, None),
            ("spark", "mentioned", False, None),
            ("experiment-design", "mentioned", False, None),
            ("experience", "required", True, None),
            ("ml-experience", "required", False, None),
            ("degree", "required", True, None),
        ],
        ["ml-experience", "kubernetes", "pytorch", "anomaly-detection", "spark", "experiment-design"],
    ),
    "job-board-page.html": (
        0.32,
        [
            ("docker", "required", True, "listed"),
            ("kubernetes", "required", False, None),
            ("aws", "required", False, None),
            ("python", "required", True, "listed"),
            ("terraform", "preferred", False, None),
            ("airflow", "preferred", False, None),
            ("kafka", "mentioned", False, None),
            ("experience", "required", False, None),
        ],
        ["kubernetes", "aws", "experience", "terraform", "airflow", "kafka"],
    ),
    "json-resume-job.json": (
        0.0,
        [
            ("deep-learning", "required", False, None),
            ("transformer-models", "required", False, None),
            ("self-supervised-learning", "required", False, None),
            ("signal-processing", "required", False, None),
            ("pytorch", "required", False, None),
            ("jax", "required", False, None),
            ("speech-recognition", "mentioned", False, None),
            ("experience", "required", False, None),
            ("degree", "required", False, None),
        ],
        [
            "transformer-models",  # it shows deep learning: as much as PyTorch, which the job takes JAX for
            "pytorch",
            "deep-learning",
            "self-supervised-learning",
            "signal-processing",
            "experience",
            "degree",
            "speech-recognition",
        ],
    ),
    "no-skills-field.json": (
        0.25,
        [
            ("python", "required", True, "listed"),
            ("pytorch", "required", False, None),
            ("natural-language-processing", "required", False, None),
            ("hugging-face-transformers", "required", False, None),
            ("mlops", "preferred", False, None),
            ("mlflow", "preferred", False, None),
            ("sql", "mentioned", True, "listed"),
            ("cloud-computing", "mentioned", False, None),
        ],
        [
            "hugging-face-transformers",
            "pytorch",
            "natural-language-processing",
            "mlops",  # it finds MLflow too: the posting takes "MLOps tooling such as MLflow"
            "cloud-computing",
        ],
    ),
    "nurse-non-ml.json": (
        0.6667,
        [
            ("communication", "required", False, None),
            ("teamwork", "required", True, "implied"),
            ("degree", "required", True, None),
        ],
        ["communication"],
    ),
    "short-form.yaml": (
        0.8182,
        [
            ("python", "required", True, "listed"),
            ("pytorch", "required", False, None),
            ("sql", "required", True, "listed"),
            ("docker", "preferred", True, "listed"),
            ("experience", "required", True, None),
            ("degree", "required", True, None),
        ],
        ["pytorch"],
    ),
    "vision-defined-terms.json": (
        0.0,
        [
            ("pytorch", "required", False, None),
            ("opencv", "required", False, None),
            ("convolutional-neural-networks", "required", False, None),
            ("ros", "required", False, None),
            ("c++", "preferred", False, None),
            ("cuda", "preferred", False, None),
            ("computer-vision", "mentioned", False, None),
            ("degree", "required", False, None),
        ],
        [
            "opencv",
            "convolutional-neural-networks",
            "pytorch",
            "ros",
            "degree",
            "c++",
            "cuda",
            "computer-vision",
        ],
    ),
}


def test_matches_in_full() -> None:
    """Dana's match with each of the postings, every requirement and the order of what to add."""
    for name, (coverage, rows, missing) in MATCHES.items():
        result = match(DANA, read_posting(DATA / "postings" / name).job, as_of=AS_OF)
        assert result.coverage == coverage, name
        assert [(r.name, r.weight, r.found, r.via) for r in result.requirements] == rows, name
        assert [r.name for r in result.missing] == missing, name


def test_a_match_as_data_text_and_markdown() -> None:
    """The short-form job's match, whole, in its three renderings."""
    result = match(DANA, read_posting(DATA / "postings" / "short-form.yaml").job, as_of=AS_OF)
    pytorch = {
        "kind": "skill",
        "name": "pytorch",
        "label": "PyTorch",
        "weight": "required",
        "found": False,
        "evidence": "nothing in your profile shows PyTorch",
        "gain": 0.1818,
    }
    assert result.to_dict() == {
        "match": 1,
        "job": {
            "title": "ML Engineer",
            "company": "Acme Pay",
            "sector": "finance",
            "required": ["python", "pytorch", "sql"],
            "preferred": ["docker"],
            "years": 3,
            "degree": "bachelor",
        },
        "requirements": [
            {
                "kind": "skill",
                "name": "python",
                "label": "Python",
                "weight": "required",
                "found": True,
                "via": "listed",
                "evidence": "you list Python at an advanced level",
            },
            pytorch,
            {
                "kind": "skill",
                "name": "sql",
                "label": "SQL",
                "weight": "required",
                "found": True,
                "via": "listed",
                "evidence": "you list SQL at an intermediate level",
            },
            {
                "kind": "skill",
                "name": "docker",
                "label": "Docker",
                "weight": "preferred",
                "found": True,
                "via": "listed",
                "evidence": "you list Docker at an intermediate level",
            },
            {
                "kind": "experience",
                "name": "experience",
                "label": "3 years of experience",
                "weight": "required",
                "found": True,
                "evidence": "your work history adds up to 3.5 years",
            },
            {
                "kind": "degree",
                "name": "degree",
                "label": "a bachelor's degree",
                "weight": "required",
                "found": True,
                "evidence": "the highest degree in your education is a bachelor's degree",
            },
        ],
        "coverage": 0.8182,
        "missing": [pytorch],
    }
    assert result.to_text() == (
        "Match with ML Engineer at Acme Pay\n\n"
        "Coverage 82%: 5 of 6 requirements found.\n\n"
        "  + Python (required): you list Python at an advanced level\n"
        "  - PyTorch (required): nothing in your profile shows PyTorch\n"
        "  + SQL (required): you list SQL at an intermediate level\n"
        "  + Docker (preferred): you list Docker at an intermediate level\n"
        "  + 3 years of experience (required): your work history adds up to 3.5 years\n"
        "  + a bachelor's degree (required): the highest degree in your education is a bachelor's\n"
        "    degree\n\n"
        "Add first:\n"
        "  1. PyTorch (required, +18% coverage)\n"
    )
    markdown = result.to_markdown()
    assert markdown.startswith(
        "# Match with ML Engineer at Acme Pay\n\nCoverage 82%: 5 of 6 requirements found.\n"
    )
    assert "| PyTorch | required | no | nothing in your profile shows PyTorch |" in markdown
    assert markdown.endswith("## Add first\n\n1. PyTorch (required, +18% coverage)\n")


def test_a_job_without_requirements() -> None:
    """A job that names nothing has no coverage and nothing to add."""
    result = match(DANA, Job(title="Anything"), as_of=AS_OF)
    assert result.to_dict() == {"match": 1, "job": {"title": "Anything"}, "requirements": [], "missing": []}


def test_a_skill_the_job_takes_instead_meets_the_requirement() -> None:
    """PyTorch meets "PyTorch or TensorFlow"; of Java or C++, missing both, one is the step to take."""
    candidate = mlcareer.load_candidate({"skills": [{"name": "pytorch", "level": "advanced"}]})
    job = Job(
        title="ML Engineer",
        required=["pytorch", "tensorflow", "java", "c++"],
        alternatives=[["pytorch", "tensorflow"], ["java", "c++"]],
    )
    result = match(candidate, job, as_of=AS_OF)
    tensorflow = result.requirements[1]
    assert (tensorflow.found, tensorflow.via, tensorflow.evidence) == (
        True,
        "alternative",
        "you list PyTorch at an advanced level; the job takes PyTorch in its place",
    )
    assert [(row.name, row.gain) for row in result.requirements[2:]] == [("java", 0.5), ("c++", 0.5)]
    assert [row.name for row in result.missing] == ["java"]
    assert result.to_text().endswith("Add first:\n  1. Java or C++ (required, +50% coverage)\n")


def test_what_the_job_requires_comes_first() -> None:
    """A required skill is added before a preferred one that would raise the coverage more (it shows the first)."""
    job = Job(title="Data Scientist", required=["python", "statistics"], preferred=["causal inference"])
    result = match(mlcareer.load_candidate({"skills": ["python"]}), job, as_of=AS_OF)
    assert [(row.name, row.weight, row.gain) for row in result.missing] == [
        ("statistics", "required", 0.4),
        ("causal-inference", "preferred", 0.6),
    ]


def test_skills_taken_in_place_of_each_other_count_once() -> None:
    """Skills a job takes in place of each other are one requirement: found when one is, counted once."""
    job = Job(
        title="ML Engineer",
        required=["python"],
        preferred=["docker", "kubernetes", "terraform"],
        alternatives=[["docker", "kubernetes", "terraform"]],
    )
    result = match(mlcareer.load_candidate({"skills": ["python", "kubernetes"]}), job, as_of=AS_OF)
    assert result.coverage == 1.0
    assert [row.name for row in result.counted] == ["python", "docker"]
    assert result.to_text().startswith(
        "Match with ML Engineer\n\nCoverage 100%: 2 of 2 requirements found.\n"
    )


jobs_and_candidates = st.tuples(strategies.candidates(max_skills=8), strategies.jobs())


@given(jobs_and_candidates)
def test_matches_are_valid_and_deterministic(pair: tuple[Candidate, Job]) -> None:
    """A match's data follows its schema, and the same inputs give the same JSON, byte for byte."""
    candidate, job = pair
    result = match(candidate, job, as_of=AS_OF)
    jsonschema.validate(result.to_dict(), match_schema())
    assert match(candidate, job, as_of=AS_OF).to_json() == result.to_json()


@given(jobs_and_candidates)
def test_a_skill_is_found_if_and_only_if_the_profile_shows_it(pair: tuple[Candidate, Job]) -> None:
    """Found means shown (listed, by work, or by a documented implication), or a skill the job takes instead shown."""
    candidate, job = pair
    levels = Facts(candidate, as_of=AS_OF).levels
    result = match(candidate, job, as_of=AS_OF)
    for row in result.requirements:
        if row.kind == "skill":
            instead = any(other in levels for other in job.alternatives_of(row.name))
            assert row.found is (row.name in levels or instead), row
            assert (row.via == "alternative") is (row.name not in levels and instead), row
            assert (row.via is None) is not row.found
    steps = [row.name for row in result.missing]
    assert not [name for name in steps if set(job.alternatives_of(name)) & set(steps)], steps


@given(jobs_and_candidates, st.data())
def test_adding_a_required_skill_never_lowers_coverage(
    pair: tuple[Candidate, Job], data: st.DataObject
) -> None:
    """Listing one of the job's required skills leaves the coverage where it was or raises it, by its gain."""
    candidate, job = pair
    if not job.required:
        return
    skill = data.draw(st.sampled_from(job.required))
    before = match(candidate, job, as_of=AS_OF)
    if any(s.name == skill for s in candidate.skills):
        return
    added = attrs.evolve(candidate, skills=(*candidate.skills, Skill(name=skill)))
    after = match(added, job, as_of=AS_OF)
    assert after.coverage is not None
    assert before.coverage is not None
    assert after.coverage >= before.coverage
    gains = {row.name: row.gain for row in before.missing}
    if skill in gains:
        assert abs(after.coverage - before.coverage - gains[skill]) < 1e-3
