"""Tests for mlcareer._resume: JSON Resume documents as profiles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mlcareer
from mlcareer import Level, PortfolioKind, ProfileError, Stage
from mlcareer._resume import profile_from_resume

DATA = Path(__file__).parent / "data"


def load(name: str) -> dict[str, object]:
    """A résumé fixture."""
    data: dict[str, object] = json.loads((DATA / name).read_text())
    return data


def test_new_grad_resume() -> None:
    """Keywords take their group's level, projects and publications get kinds, x-mlcareer fills the rest."""
    result = profile_from_resume(load("resume-new-grad.json"))
    candidate = mlcareer.load_candidate(result.profile)
    assert candidate.name == "Mina Park"
    assert candidate.level("python") is Level.INTERMEDIATE
    assert candidate.level("torch") is Level.BEGINNER
    assert candidate.level("communication") is Level.ADVANCED
    assert candidate.skill("airflow") is not None
    assert [item.kind for item in candidate.portfolio] == [
        PortfolioKind.OPEN_SOURCE, PortfolioKind.PROJECT, PortfolioKind.CERTIFICATION, PortfolioKind.BLOG_POST,
    ]  # fmt: skip
    assert candidate.portfolio[0].skills == ("python", "numpy", "matplotlib")
    assert candidate.traits[0].evidence == "Built gradient-viz to understand optimisers"
    assert [sector.value for sector in candidate.goals.sectors] == ["tech", "healthcare"]
    assert [(a.kind.value, a.title, a.year) for a in candidate.growth.learning] == [
        ("degree", "BSc Computer Science", 2025),
        ("course", "Machine Learning", 2025),
        ("course", "Statistical Inference", 2025),
    ]
    assert "note: " not in " ".join(result.notes)
    assert "'Python' takes the level of its group 'Programming Languages' (intermediate)" in result.notes
    assert (
        "the resume does not say the interview preparation; add x-mlcareer.interview_prep to set it"
        in result.notes
    )


def test_legacy_resume() -> None:
    """Legacy field names are read; free-text levels map to the scale; unknown levels are said."""
    result = profile_from_resume(load("resume-legacy.json"))
    candidate = mlcareer.load_candidate(result.profile)
    assert candidate.name == "Karl Jensen"
    assert candidate.level("r") is Level.EXPERT
    assert candidate.level("time series") is Level.EXPERT
    assert candidate.level("excel") is Level.INTERMEDIATE
    assert candidate.portfolio[0].url == "https://karl.example.org/loans"
    assert candidate.portfolio[1].kind is PortfolioKind.CASE_STUDY
    assert candidate.stage is Stage.JOB_SEEKING
    assert "skill level 'guru' of 'Excel' is not a known level; used intermediate" in result.notes
    assert (
        "the resume does not say the career stage (job_seeking assumed); add x-mlcareer.stage to set it"
        in result.notes
    )


def test_bad_extension_is_a_profile_error() -> None:
    """An x-mlcareer key with bad values is reported like any profile problem."""
    with pytest.raises(ProfileError) as error:
        profile_from_resume({"x-mlcareer": {"stage": "retired"}})
    assert (
        str(error.value)
        == "invalid profile: stage: 'retired' is not one of student, job_seeking, interviewing, employed"
    )


def test_odd_shapes_are_skipped() -> None:
    """Entries of the wrong shape are skipped, not fatal."""
    result = profile_from_resume({"skills": ["python", {"name": 3}], "projects": "none", "x-mlcareer": [1]})
    assert result.profile == {"profile": 1}
    assert "ignored x-mlcareer: it is not a mapping" in result.notes
