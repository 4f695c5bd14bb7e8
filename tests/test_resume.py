"""Tests for mlcareer._resume: JSON Resume documents as profiles, with nothing lost silently."""

from __future__ import annotations

import datetime as dt
import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Level, PortfolioKind, ProfileError, ResumeError, Sector, Stage
from mlcareer._facts import Facts
from mlcareer._resume import profile_from_resume, resume_date

RESUMES = Path(__file__).parent / "data" / "resumes"
AS_OF = dt.date(2026, 11, 25)
ENGINE = mlcareer.default_engine()


def imported(name: str) -> tuple[mlcareer.ResumeImport, mlcareer.Candidate]:
    """A fixture's import, and the candidate its profile loads as."""
    result = mlcareer.import_resume(RESUMES / f"{name}.json")
    return result, mlcareer.load_candidate(result.profile)


@pytest.mark.parametrize(
    "path", sorted(RESUMES.glob("*.expected.json")), ids=lambda path: path.name.split(".")[0]
)
def test_fixture_imports_in_full(path: Path) -> None:
    """Each fixture imports to exactly its reviewed profile and notes; the profile loads and round-trips."""
    expected = json.loads(path.read_text())
    result = mlcareer.import_resume(path.with_name(path.name.replace(".expected", "")))
    assert result.to_dict() == expected
    candidate = mlcareer.load_candidate(result.profile)
    assert mlcareer.load_candidate(candidate.to_dict()) == candidate


def test_current_engineer_is_employed_and_not_told_the_basics() -> None:
    """A computer-vision engineer with a current position and PyTorch at 'Master' is employed, specialised, and gets no beginner advice."""
    result, candidate = imported("cv-engineer")
    assert candidate.stage is None
    assert candidate.stage_on(AS_OF) is Stage.EMPLOYED
    assert candidate.level("pytorch") is Level.EXPERT
    assert candidate.level("python") is Level.ADVANCED
    assert [(job.title, job.end) for job in candidate.experience] == [
        ("Computer Vision Engineer", None),
        ("Software Engineer", "2022-02"),
    ]
    assert [item.kind for item in candidate.portfolio] == [PortfolioKind.OPEN_SOURCE]
    assert "work[0].endDate 'Present': read as a current position" in result.notes
    topics = {advice.topic for advice in ENGINE.evaluate(candidate, as_of=AS_OF).advice}
    assert topics.isdisjoint(
        {"skills.python", "skills.algorithms", "portfolio.personal-projects", "growth.specialization"}
    )


def test_professor_is_not_told_to_learn_python_first() -> None:
    """An assistant professor of AI with deep-learning papers and no skills section gets no critical Python advice."""
    _, candidate = imported("professor")
    assert candidate.stage_on(AS_OF) is Stage.EMPLOYED
    assert [item.kind for item in candidate.portfolio] == [PortfolioKind.CASE_STUDY] * 3
    assert [study.level for study in candidate.education] == ["phd"]
    report = ENGINE.evaluate(candidate, as_of=AS_OF)
    assert "skills.python.missing" not in report.rules
    assert "portfolio.personal-projects" not in {advice.topic for advice in report.advice}


def test_a_hospital_data_scientist_new_to_python_idioms() -> None:
    """A data scientist at a hospital works in healthcare; an expert Kotlin engineer is told Python's idioms, not basics."""
    resume = {
        "work": [{"name": "Mercy Hospital", "position": "Data Scientist", "startDate": "2023-01"}],
        "skills": [{"name": "Languages", "level": "Expert", "keywords": ["Kotlin", "C#"]},
                   {"name": "ML", "level": "Beginner", "keywords": ["Python"]}],
    }  # fmt: skip
    candidate = mlcareer.load_candidate(mlcareer.import_resume(resume).profile)
    assert [job.sector for job in candidate.experience] == [Sector.HEALTHCARE]
    report = ENGINE.evaluate(candidate, as_of=AS_OF)
    assert {"skills.python.beginner-programmer", "industry.data-ethics.healthcare"} <= set(report.rules)
    (python,) = [advice for advice in report.advice if advice.topic == "skills.python"]
    assert python.title == "Bring your Python up to the level of your Kotlin and C#"


def test_phd_in_progress_is_a_student() -> None:
    """A PhD ending after the as-of date, with a research assistantship, makes a student; degree courses are not continuing education."""
    result, candidate = imported("phd-student")
    assert candidate.stage_on(AS_OF) is Stage.STUDENT
    assert candidate.growth.learning == ()
    assert [(study.degree, study.in_progress(AS_OF)) for study in candidate.education] == [
        ("PhD", True),
        ("MSc", False),
    ]
    assert "education[0].courses 1 kept as part of the degree" in result.notes


def test_plain_string_skills_and_phrases() -> None:
    """Skills as plain strings are read, phrases are read for the names in them, unknown names are kept and said."""
    result, candidate = imported("string-skills")
    assert [skill.name for skill in candidate.skills] == [
        "python", "sql", "alteryx", "machine-learning", "numpy", "pandas", "communication",
    ]  # fmt: skip
    assert candidate.stage_on(AS_OF) is Stage.JOB_SEEKING
    assert result.notes[:3] == (
        "skills[2] 'Alteryx': kept as an unknown skill",
        "skills[4] 'Python (NumPy, pandas)': read as Python, NumPy, pandas",
        "skills[5] 'Strong communication skills': read as communication",
    )


def test_an_interview_the_summary_names_sets_the_stage_and_the_company() -> None:
    """An interview at Spotify the summary names makes the stage interviewing and Spotify the company; the role is an aim."""
    summary = "Data scientist at Wayfair. Interviewing for an ML engineer role at Spotify next week."
    result = profile_from_resume({"basics": {"summary": summary}, "skills": ["Python"]})
    assert result.profile["stage"] == "interviewing"
    assert result.profile["goals"] == {"company": {"name": "Spotify"}}
    assert "machine-learning" not in str(result.profile["skills"])
    assert result.notes[:3] == (
        "basics.summary names data science; listed at intermediate",
        "basics.summary names 'Spotify' as the company of an interview: set as goals.company",
        "basics.summary names machine learning as an aim; not listed as a skill",
    )
    assert "basics.summary says an interview is under way: stage interviewing" in result.notes
    stated = profile_from_resume({"basics": {"summary": summary}, "x-mlcareer": {"stage": "employed"}})
    assert stated.profile["stage"] == "employed"


def test_a_projects_words_give_its_sector() -> None:
    """A project whose title or description names one sector is in that sector; one naming two is in none."""
    projects = [
        {"name": "Hospital readmission prediction", "description": "XGBoost on 100k patient records"},
        {"name": "Fraud model for a bank and a grocer"},
    ]
    result = profile_from_resume({"projects": projects})
    assert [item.get("sector") for item in result.profile["portfolio"]] == ["healthcare", None]
    assert (
        result.notes[0] == "projects[0] 'Hospital' in the project's title or description: sector healthcare"
    )


def test_a_subject_taught_is_known_well() -> None:
    """A teaching position lists the subjects its title names at advanced, and so what they show."""
    work = {"position": "Teaching Assistant, Introduction to Machine Learning", "startDate": "2025-09"}
    result = profile_from_resume({"skills": ["Python", "Machine learning (beginner)"], "work": [work]})
    assert result.profile["skills"] == ["python", {"name": "machine-learning", "level": "advanced"}]
    assert result.notes[1] == (
        "work[0] 'Teaching Assistant, Introduction to Machine Learning': teaching shows machine learning"
        " at advanced level"
    )
    facts = Facts(mlcareer.load_candidate(result.profile))
    assert facts.shown_by["logistic-regression"] == "machine learning (advanced)"


def test_known_names_joined_by_slashes_are_each_a_skill() -> None:
    """'R/Python' and 'PyTorch/TensorFlow (basic)' list each name; a slash between unknown names keeps one skill."""
    result = profile_from_resume({"skills": ["R/Python", "PyTorch/TensorFlow (basic)", "HPC/Slurm"]})
    assert result.profile["skills"] == [
        "r",
        "python",
        {"name": "pytorch", "level": "beginner"},
        {"name": "tensorflow", "level": "beginner"},
        "hpc/slurm",
    ]
    assert result.notes[:4] == (
        "skills[0] 'R/Python': read as R, Python",
        "skills[1] 'PyTorch/TensorFlow (basic)': 'PyTorch/TensorFlow' at the level written with it, beginner",
        "skills[1] 'PyTorch/TensorFlow': read as PyTorch, TensorFlow",
        "skills[2] 'HPC/Slurm': kept as an unknown skill",
    )


def test_a_keyword_that_lists_skills_is_each_of_them() -> None:
    """'Sass, Less; Docker, etc.' lists each part; commas inside brackets do not split."""
    result = profile_from_resume(
        {"skills": [{"name": "Web", "keywords": ["Sass, Less; Docker, etc.", "PHP (Cake, Twig)"]}]}
    )
    assert result.profile["skills"] == ["sass", "less", "docker", "php"]
    assert result.notes[1:5] == (
        "skills[0].keywords 'Sass, Less; Docker, etc.': a list, each part read as a skill",
        "skills[0].keywords 'Sass': kept as an unknown skill",
        "skills[0].keywords 'Less': kept as an unknown skill",
        "skills[0].keywords 'PHP (Cake, Twig)': read as PHP",
    )


def test_a_projects_keyword_with_a_note_is_its_skill() -> None:
    """A project's keyword with what it was used for in brackets is the skill; commas inside do not split it."""
    result = profile_from_resume(
        {"projects": [{"name": "LegiChat", "keywords": ["HackTJ, Python (for scraping, search), Git"]}]}
    )
    (item,) = result.profile["portfolio"]
    assert (item["skills"], item["topics"]) == (["python", "git"], ["HackTJ"])


def test_levels_in_group_names_and_duplicates() -> None:
    """Group names that are levels give their skills that level; an unknown group is kept; a duplicate keeps its highest level, and says so."""
    result, candidate = imported("grouped-skills")
    assert [(skill.name, skill.level.word) for skill in candidate.skills] == [
        ("python", "expert"),
        ("pandas", "advanced"),
        ("scikit-learn", "advanced"),
        ("tensorflow", "beginner"),
        ("docker", "beginner"),
        ("sql", "advanced"),
        ("statistics", "advanced"),
        ("elixir", "intermediate"),
        ("r", "intermediate"),
    ]
    assert "skills[3] 'Elixir': kept as an unknown skill" in result.notes
    assert "skills[4] 'Python': also at advanced in skills[0].keywords; kept expert" in result.notes


def test_ratings_read_as_levels() -> None:
    """A score, a percentage (a bare number past 5 too), stars, years of use, praise or a misspelt level word gives a level."""
    ratings = ["4/5", "90%", "★★☆☆☆", "3 years", "Excellent", "often", "beginer", 40]
    names = ["Python", "SQL", "R", "Spark", "Docker", "Git", "Rust", "Bash"]
    resume = {
        "skills": [{"name": name, "level": rating} for name, rating in zip(names, ratings, strict=True)]
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [
        {"name": "python", "level": "advanced"},
        {"name": "sql", "level": "expert"},
        {"name": "r", "level": "beginner"},
        {"name": "spark", "level": "advanced"},
        {"name": "docker", "level": "advanced"},
        "git",
        {"name": "rust", "level": "beginner"},
        {"name": "bash", "level": "beginner"},
    ]
    assert [note for note in result.notes if note.startswith("skills")] == [
        "skills[0] 'Python': level '4/5' read as advanced",
        "skills[1] 'SQL': level '90%' read as expert",
        "skills[2] 'R': level '★★☆☆☆' read as beginner",
        "skills[3] 'Spark': level '3 years' read as advanced",
        "skills[4] 'Docker': level 'Excellent' read as advanced",
        "skills[5] 'Git': level 'often' is not a known level; used intermediate",
        "skills[6] 'Rust': level 'beginer' read as beginner",
        "skills[7] 'Bash': level 40 read as beginner",
    ]


def test_a_level_for_each_keyword() -> None:
    """A group's level written as a list, one for each keyword, gives each its own; bare numbers past 5 are percent."""
    groups = [
        {"name": "ML", "keywords": ["MATLAB", "R", "scikit"], "level": ["100", "80", "60"]},
        {"name": "Web", "keywords": ["JavaScript", "SQL"], "level": ["Advanced", "2"]},
    ]
    result = profile_from_resume({"basics": {}, "skills": groups})
    assert result.profile["skills"] == [
        {"name": "matlab", "level": "expert"},
        {"name": "r", "level": "advanced"},
        "scikit-learn",
        {"name": "javascript", "level": "advanced"},
        {"name": "sql", "level": "beginner"},
    ]
    assert result.notes[:2] == (
        "skills[0] 'ML': a level for each keyword",
        "skills[0].keywords 'MATLAB': level '100%' read as expert",
    )


def test_a_level_written_after_a_name_is_its_level() -> None:
    """A level after a name gives it ("R (beginner)", "SQL: 4/5"); "SQL (PostgreSQL)" and "scikit-learn" name skills."""
    result = profile_from_resume(
        {"skills": ["R (beginner)", "C++ - Advanced", "SQL: 4/5", "SQL (PostgreSQL)", "scikit-learn"]}
    )
    assert result.profile["skills"] == [
        {"name": "r", "level": "beginner"},
        {"name": "c++", "level": "advanced"},
        {"name": "sql", "level": "advanced"},
        "postgresql",
        "scikit-learn",
    ]
    assert result.notes[:3] == (
        "skills[0] 'R (beginner)': 'R' at the level written with it, beginner",
        "skills[1] 'C++ - Advanced': 'C++' at the level written with it, advanced",
        "skills[2] 'SQL: 4/5': 'SQL' at the level written with it, advanced",
    )


def test_words_before_a_name_give_its_level() -> None:
    """Words before known names give their level, over the group's ("Familiar with JavaScript"); before others, none."""
    group = {
        "name": "Languages",
        "level": "Master",
        "keywords": ["Familiar with JavaScript", "Proficient in SQL, Swift"],
    }
    result = profile_from_resume({"skills": [group, "Basic Income"]})
    assert result.profile["skills"] == [
        {"name": "javascript", "level": "beginner"},
        {"name": "sql", "level": "advanced"},
        {"name": "swift", "level": "advanced"},
        "basic-income",
    ]
    assert result.notes[1:3] == (
        "skills[0].keywords 'Familiar with JavaScript': 'JavaScript' at the level its words give, beginner",
        "skills[0].keywords 'Proficient in SQL, Swift': 'SQL, Swift' at the level its words give, advanced",
    )


def test_a_project_keyword_may_list_several() -> None:
    """A project keyword written as a list ("Python, OpenCV, MediaPipe") gives each skill, and the rest as topics."""
    project = {"name": "Finger counter", "keywords": ["Python, OpenCV, MediaPipe", "Webcam"]}
    result = profile_from_resume({"basics": {}, "projects": [project]})
    (item,) = result.profile["portfolio"]
    assert (item["skills"], item["topics"]) == (["python", "opencv"], ["MediaPipe", "Webcam"])
    assert "projects[0] keywords 'MediaPipe', 'Webcam': kept as topics, not skills" in result.notes


def test_other_names_of_a_title_and_a_link() -> None:
    """A publication or project's name may be written as title, and its address as link."""
    resume = {
        "basics": {},
        "publications": [
            {"title": "Tabular baselines", "link": "https://example.org/p", "description": "A study."}
        ],
        "projects": [{"title": "Finger counter", "link": "https://example.org/f"}],
    }
    result = profile_from_resume(resume)
    assert [(item["title"], item["url"]) for item in result.profile["portfolio"]] == [
        ("Finger counter", "https://example.org/f"),
        ("Tabular baselines", "https://example.org/p"),
    ]
    assert result.profile["portfolio"][1]["description"] == "A study."
    empty = profile_from_resume(
        {"basics": {}, "publications": [{"title": "", "link": ""}], "awards": [{"title": ""}]}
    )
    assert "portfolio" not in empty.profile
    assert empty.notes[:2] == ("awards[0] is empty; not placed", "publications[0] is empty; not placed")


def test_open_source_from_positions_and_ml_from_titles() -> None:
    """A Google Summer of Code position is open-source work; a project titled with an ML method is ML work."""
    _, candidate = imported("open-source")
    assert [(item.kind, item.title) for item in candidate.portfolio] == [
        (PortfolioKind.PROJECT, "Logistic Regression Classifier for Movie Reviews"),
        (PortfolioKind.PROJECT, "Budget tracker"),
        (PortfolioKind.OPEN_SOURCE, "Google Summer of Code Contributor at Python Software Foundation"),
    ]
    report = ENGINE.evaluate(candidate, as_of=AS_OF)
    assert not {"portfolio.personal-projects", "portfolio.open-source"} & {a.topic for a in report.advice}


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        (
            "A curious and persistent staff ML engineer.",
            {"curious": "curiosity", "persistent": "persistence"},
        ),
        (
            "Curious about why models fail; a fast learner.",
            {"Curious": "curiosity", "fast learner": "adaptability"},
        ),
        ("Adaptable engineer with grit.", {"Adaptable": "adaptability", "grit": "persistence"}),
        ("I build resilient data pipelines and flexible APIs.", {}),
    ],
)
def test_the_qualities_a_summary_claims_are_traits(summary: str, said: dict[str, str]) -> None:
    """The qualities a summary says the person has are traits with no example; a system's are not."""
    result = profile_from_resume({"basics": {"summary": summary}})
    assert result.profile.get("traits", []) == list(said.values())
    assert [note for note in result.notes if "listed with no example" in note] == [
        f"basics.summary {word!r}: the trait {trait.replace('-', ' ')}, listed with no example"
        for word, trait in said.items()
    ]


def test_taking_part_in_the_community_is_networking() -> None:
    """Meetups, user groups of the field, talks and papers at ML conferences, forum answers and communities are networking."""
    resume = {
        "basics": {"summary": "Analyst in Leeds. I co-organise the PyData Leeds meetup."},
        "work": [
            {
                "name": "Northwind",
                "position": "Data Analyst",
                "highlights": [
                    "Gave a talk at PyCon UK 2025 on testing pandas pipelines",
                    "Presented quarterly results to the board",
                    "Among the top answerers on Stack Overflow for pandas",
                    "Segmented sales data to find the key user groups of the app",
                    "Spoke twice at the Leeds Python user group",
                ],
            }
        ],
        "volunteer": [
            {"organization": "WiDS Leeds", "position": "Ambassador"},
            {"organization": "Leeds Community Food Bank", "position": "Driver"},
            {"organization": "Leeds ML Meetup", "position": "Organiser", "summary": "Talks on NLP"},
            {"organization": "International Conference on Aerospace Engineering", "position": "Manager"},
        ],
        "publications": [
            {"name": "Tabular baselines", "publisher": "NeurIPS 2025 Workshop"},
            {
                "name": "Sketching with robots",
                "publisher": "Conference on Human Factors in Computing Systems",
            },
            {
                "name": "Entity linking at scale",
                "publisher": "Conference on Knowledge Discovery and Data Mining",
            },
            {"name": "Grading celiac disease from biopsies", "publisher": "Submitted: MICCAI'26"},
        ],
    }
    result = profile_from_resume(resume)
    # Running a meetup is no project: the paper is the only portfolio item.
    assert [item["title"] for item in result.profile["portfolio"]] == [
        "Tabular baselines",
        "Sketching with robots",
        "Entity linking at scale",
        "Grading celiac disease from biopsies",
    ]
    # A paper's words give its sector.
    assert result.profile["portfolio"][-1]["sector"] == "healthcare"
    # Conferences of other fields are not the ML community, nor one a paper is only submitted to.
    assert result.profile["growth"]["networking"] == [
        {"kind": "community", "name": "WiDS Leeds"},
        {"kind": "meetup", "name": "Leeds ML Meetup"},
        {"kind": "conference", "name": "NeurIPS 2025 Workshop"},
        {"kind": "conference", "name": "Conference on Knowledge Discovery and Data Mining"},
        {"kind": "conference", "name": "Gave a talk at PyCon UK 2025 on testing pandas pipelines"},
        {"kind": "forum", "name": "Among the top answerers on Stack Overflow for pandas"},
        {"kind": "meetup", "name": "Spoke twice at the Leeds Python user group"},
        {"kind": "meetup", "name": "I co-organise the PyData Leeds meetup"},
    ]
    listed = "taking part in the ML community, listed as a community in growth.networking"
    assert f"volunteer[0] 'Ambassador at WiDS Leeds': {listed}" in result.notes
    assert (
        "volunteer[1] 'Driver at Leeds Community Food Bank': volunteering is not part of a profile; not placed"
        in (result.notes)
    )
    assert result.notes[-1] == (
        "growth: the resume does not say whether there is a mentor or continuing education;"
        " add x-mlcareer.growth to set it"
    )


def test_talks_given_are_networking() -> None:
    """A talk (FRESH's speaking, or a section of talks) at a gathering of the field or on ML is networking."""
    resume = {
        "basics": {"name": "Ana Silva"},
        "skills": [{"name": "Python"}],
        "talks": [
            {"title": "Testing pandas pipelines", "event": "Leeds Python User Group", "date": "2025"},
            {"name": "Keynote", "venue": "NeurIPS 2024"},
            {"title": "Fraud models with gradient boosting", "event": "Leeds Fintech Week"},
            {"title": "Growing tomatoes", "event": "Leeds Garden Club"},
        ],
    }
    result = profile_from_resume(resume)
    assert result.profile["growth"]["networking"] == [
        {"kind": "meetup", "name": "Leeds Python User Group"},
        {"kind": "conference", "name": "NeurIPS 2024"},
        {"kind": "other", "name": "Leeds Fintech Week"},
    ]
    assert (
        "speaking[3] 'Growing tomatoes at Leeds Garden Club': a talk not known to be on ML; not placed"
        in result.notes
    )


@pytest.mark.parametrize(
    ("employer", "sector", "note"),
    [
        ({"name": "St. Olav Regional Hospital"}, "healthcare", "'Hospital' in the employer's name or description: sector healthcare"),
        ({"name": "Northwind", "description": "An online grocery and e-commerce company"}, "retail",
         "'grocery' in the employer's name or description: sector retail"),
        ({"name": "Ledgerly", "description": "Payments for small businesses"}, "finance",
         "'Payments' in the employer's name or description: sector finance"),
        ({"name": "PayFlow", "summary": "Built the settlement service of a payments platform"}, "finance",
         "'payments' in the employer's name or description: sector finance"),
        ({"name": "Northwind", "summary": "Risk models for patients after cardiac surgery"}, "healthcare",
         "'patients' in the employer's name or description: sector healthcare"),
        ({"name": "HealthTechly"}, None, None),
        ({"name": "Mercy Hospital Credit Union"}, None, None),
        ({"name": "Aviation Hub", "summary": "Mechanical diagnostics of aircraft systems"}, None, None),
        ({"name": "Bell", "summary": "Asset tracking with application health monitoring and health checks"}, None, None),
        ({"name": "Studio 9", "summary": "Designed health and weapon systems for a VR game"}, None, None),
        ({"name": "UC San Diego Health"}, "healthcare", "'Health' in the employer's name or description: sector healthcare"),
        ({"name": "Lumen", "summary": "Models for the diagnosis of skin cancer"}, "healthcare",
         "'diagnosis' in the employer's name or description: sector healthcare"),
        ({"name": "Banco Sol"}, "finance", "'Banco' in the employer's name or description: sector finance"),
        ({"name": "Lumen", "summary": "Tumour segmentation in MRI scans"}, "healthcare",
         "'Tumour' in the employer's name or description: sector healthcare"),
        ({"name": "AgriSense", "summary": "Detects plant disease from leaf photos"}, None, None),
        ({"name": "HiveLab", "summary": "Classified honeybee health from hive images"}, None, None),
        ({"name": "Voltaic", "summary": "Predicted battery health of electric buses"}, None, None),
        ({"name": "Northwind", "summary": "Built credit-risk dashboards"}, "finance",
         "'credit-risk' in the employer's name or description: sector finance"),
    ],
)  # fmt: skip
def test_employer_words_give_the_sector(
    employer: dict[str, str], sector: str | None, note: str | None
) -> None:
    """An employer's name or description, or the role's summary, gives the sector when its words name one only."""
    result = mlcareer.import_resume(
        {"work": [{**employer, "position": "Data Scientist", "startDate": "2022"}]}
    )
    (position,) = result.profile["experience"]
    assert position.get("sector") == sector
    assert [n for n in result.notes if n.startswith("work[0]")] == ([f"work[0] {note}"] if note else [])


def test_competitions_languages_and_summaries() -> None:
    """A Kaggle award is a project, a programming language under languages is a skill, a summary's skills are listed."""
    result, candidate = imported("awards")
    assert [skill.name for skill in candidate.skills] == ["python", "gradient-boosting", "time-series"]
    assert candidate.level("python") is Level.ADVANCED
    assert [item.kind for item in candidate.portfolio] == [PortfolioKind.PROJECT, PortfolioKind.CERTIFICATION]
    assert "awards[1] 'Employee of the month': awards are not part of a profile; not placed" in result.notes
    assert "languages Yoruba: spoken languages are not part of a profile; not placed" in result.notes


def test_languages_spoken_in_a_skills_group_are_not_skills() -> None:
    """A group of spoken languages, or one written with its fluency, is not placed; programming languages are."""
    result = mlcareer.import_resume(
        {
            "basics": {"name": "Li Wei"},
            "skills": [
                {"name": "Languages", "keywords": ["Python, SQL", "English", "Python, R (basic)"]},
                {"name": "Other", "keywords": ["Mandarin (Native), German B2"]},
            ],
        }
    )
    assert result.profile["skills"] == ["python", "sql", {"name": "r", "level": "beginner"}]
    assert [note for note in result.notes if "spoken" in note] == [
        "skills[0] English: spoken languages are not part of a profile; not placed",
        "skills[1] Mandarin (Native), German B2: spoken languages are not part of a profile; not placed",
    ]
    # A group of programming languages keeps those the table does not know.
    group = {"name": "Languages", "keywords": ["Python, SQL, KQL, Hindi"]}
    result = mlcareer.import_resume({"skills": [group]})
    assert result.profile["skills"] == ["python", "sql", "kql"]
    assert "skills[0] Hindi: spoken languages are not part of a profile; not placed" in result.notes


def test_a_degree_written_with_its_field_and_an_award_of_certificates() -> None:
    """A degree written with its field in one text is both; an award for certificates is a certification."""
    result = mlcareer.import_resume(
        {
            "basics": {"name": "Ana Silva"},
            "education": [
                {"studyType": "Bachelor of Science in Computer Science", "institution": "TU Hamburg"},
                {"area": "PhD Astrophysics", "institution": "Uppsala University"},
            ],
            "awards": [
                {"title": "Kaggle Learn certificates", "awarder": "Kaggle"},
                {"title": "Certificate of merit, National Physics Olympiad"},
            ],
        }
    )
    assert result.profile["education"] == [
        {"degree": "Bachelor of Science", "field": "Computer Science", "institution": "TU Hamburg"},
        {"degree": "PhD", "field": "Astrophysics", "institution": "Uppsala University"},
    ]
    assert result.profile["portfolio"] == [
        {"kind": "certification", "title": "Kaggle Learn certificates", "issuer": "Kaggle"}
    ]
    assert "awards[0] 'Kaggle Learn certificates': a certificate, counted as a certification" in result.notes
    assert (
        "awards[1] 'Certificate of merit, National Physics Olympiad': awards are not part of a profile; not placed"
        in result.notes
    )


def test_certifications_among_awards_are_certifications_and_courses_of_their_year() -> None:
    """An award naming a certification is one, its issuer (as an award's) after a bar; Bahasa Malaysia is spoken."""
    result = mlcareer.import_resume(
        {
            "basics": {"name": "Amir Hamzah"},
            "awards": [
                {"title": "Certified Network Associate (CCNA) | Cisco", "date": "October 2024"},
                {"title": "Goethe-Zertifikat B2", "awarder": "Goethe Institut"},
                {"title": "CSI Hackathon 8.0 | University of Petroleum and Energy Studies"},
            ],
            "skills": [
                {"name": "Verbal Languages", "keywords": ["English (Native), Bahasa Malaysia (Casual)"]}
            ],
        }
    )
    assert result.profile["portfolio"] == [
        {"kind": "certification", "title": "Certified Network Associate (CCNA)", "issuer": "Cisco"},
        {"kind": "certification", "title": "Goethe-Zertifikat B2", "issuer": "Goethe Institut"},
        {"kind": "project", "title": "CSI Hackathon 8.0"},
    ]
    assert result.profile["growth"] == {
        "learning": [{"kind": "course", "title": "Certified Network Associate (CCNA)", "year": 2024}]
    }
    assert "skills" not in result.profile


def test_prizes_among_certificates_are_awards() -> None:
    """A certificate naming a prize or a contest is an award; its summary, or a sentence after a bar, describes it."""
    result = mlcareer.import_resume(
        {
            "basics": {"name": "Juled Zaganjori"},
            "certificates": [
                {"name": "Computer Science Olympiad", "summary": "2nd place (2020), 1st place (2022)"},
                {"name": "Purple Comet Math Competition", "summary": "1st place Albania (2019)"},
                {"name": "Upshift Young Startups Competition", "summary": "Won a grant in a 3-day workshop"},
                {"name": "IELTS English Assessment Test", "summary": "Achieved overall band 7.5 score"},
                {"name": "Certificate of Merit in Machine Learning", "issuer": "Coursera"},
                "CUDA Python | Learnt parallel computing with CUDA",
                "Machine Learning Specialty | Amazon Web Services",
            ],
        }
    )
    assert result.profile["portfolio"] == [
        {
            "kind": "project",
            "title": "Upshift Young Startups Competition",
            "description": "Won a grant in a 3-day workshop",
        },
        {
            "kind": "certification",
            "title": "IELTS English Assessment Test",
            "description": "Achieved overall band 7.5 score",
        },
        {"kind": "certification", "title": "Certificate of Merit in Machine Learning", "issuer": "Coursera"},
        {
            "kind": "certification",
            "title": "CUDA Python",
            "description": "Learnt parallel computing with CUDA",
        },
        {"kind": "certification", "title": "Machine Learning Specialty", "issuer": "Amazon Web Services"},
    ]
    assert (
        "certificates[0] 'Computer Science Olympiad': awards are not part of a profile; not placed"
        in result.notes
    )
    assert (
        "certificates[1] 'Purple Comet Math Competition': awards are not part of a profile; not placed"
        in result.notes
    )


def test_a_scholarship_for_a_school_certificate_is_no_certificate() -> None:
    """A scholarship that names the school exam it was won for is an award, among awards or certificates."""
    title = "Government Scholarship, Higher Secondary Certificate (HSC): 4-year stipend."
    result = mlcareer.import_resume(
        {"basics": {"name": "Hasan Ali"}, "awards": [{"title": title}], "certificates": [{"name": title}]}
    )
    assert "portfolio" not in result.profile
    assert f"awards[0] {title!r}: awards are not part of a profile; not placed" in result.notes


def test_an_authors_page_is_read_by_its_front_matter(tmp_path: Path) -> None:
    """A Markdown page whose front matter holds a résumé (Hugo's academic themes) is read by it."""
    page = tmp_path / "_index.md"
    page.write_text(
        "---\n"
        "title: Maya Lindqvist\n"
        "role: Postdoctoral Researcher\n"
        "work:\n"
        "  - position: Postdoctoral Researcher\n"
        "    company_name: Stockholm University\n"
        "    date_start: 2022-09-01\n"
        "    date_end: ''\n"
        "    summary: |\n"
        "      - Built classifiers in scikit-learn and XGBoost.\n"
        "      - Wrote pipelines with pandas over 40 million sources.\n"
        "education:\n"
        "  - area: PhD Astrophysics\n"
        "    institution: Uppsala University\n"
        "    date_end: 2022-06-01\n"
        "skills:\n"
        "  - name: Technical\n"
        "    items:\n"
        "      - {name: Python, percent: 90}\n"
        "  - name: Hobbies\n"
        "    items:\n"
        "      - {name: Climbing, percent: 60}\n"
        "---\n"
        "## About Me\n\nMaya studies *stellar streams* and wants to work on robot learning.\n",
        encoding="utf-8",
    )
    result = mlcareer.import_resume(page)
    assert result.profile["name"] == "Maya Lindqvist"
    assert result.profile["skills"] == [{"name": "python", "level": "expert"}]
    assert result.profile["experience"] == [
        {
            "title": "Postdoctoral Researcher",
            "organization": "Stockholm University",
            "start": "2022-09-01",
            "skills": ["scikit-learn", "xgboost", "pandas"],
            "highlights": [
                "Built classifiers in scikit-learn and XGBoost.",
                "Wrote pipelines with pandas over 40 million sources.",
            ],
        }
    ]
    assert result.profile["education"] == [
        {"degree": "PhD", "field": "Astrophysics", "institution": "Uppsala University", "end": "2022-06-01"}
    ]
    assert result.notes[0] == (
        "the page's front matter holds the résumé, as an author's page writes it; the page's text is the summary"
    )
    assert "interests Climbing: interests are not part of a profile; not placed" in result.notes


def test_a_placing_is_titled_by_its_competition() -> None:
    """An award titled with a placing alone becomes a project named after the competition that gave it."""
    award = {"title": "2nd place", "awarder": "City Youth Hackathon 2025", "summary": "A recycling sorter"}
    result = profile_from_resume({"awards": [award]})
    assert result.profile["portfolio"] == [
        {
            "kind": "project",
            "title": "City Youth Hackathon 2025 (2nd place)",
            "description": "A recycling sorter",
        }
    ]
    assert result.notes[0] == (
        "awards[0] '2nd place': a competition, counted as the project 'City Youth Hackathon 2025 (2nd place)'"
    )


def test_a_thesis_is_a_case_study() -> None:
    """A thesis an education entry names, in its own key or a sentence of its summary, is a case study."""
    resume = {
        "education": [
            {
                "institution": "A university",
                "studyType": "MSc",
                "area": "Statistical Science",
                "summary": "Dissertation on conditional diffusion models for drug design. Supervisor: Dr. Lee.",
            },
            {
                "institution": "A college",
                "studyType": "BSc",
                "thesis": "Graph networks for traffic (97%)",
                "thesisUrl": "https://example.org/thesis.pdf",
            },
            {
                "institution": "A school",
                "studyType": "BSc",
                "summary": "Thesis advisor: Dr. Kim. Best Thesis Award.",
            },
            {
                "institution": "A faculty",
                "studyType": "MSc",
                "summary": "Thesis-based; research in AI for systems.",
            },
        ]
    }
    result = profile_from_resume(resume)
    assert result.profile["portfolio"] == [
        {
            "kind": "case_study",
            "title": "Conditional diffusion models for drug design",
            "description": "Dissertation on conditional diffusion models for drug design.",
        },
        {
            "kind": "case_study",
            "title": "Graph networks for traffic",
            "description": "Graph networks for traffic (97%)",
            "url": "https://example.org/thesis.pdf",
        },
    ]
    assert [note for note in result.notes if "thesis" in note] == [
        "education[0] thesis 'Conditional diffusion models for drug design': counted as a case study",
        "education[1] thesis 'Graph networks for traffic': counted as a case study",
    ]


def test_a_long_thesis_title_is_its_title_before_the_subtitle() -> None:
    """A thesis title too long to quote is its part before the colon; "Undergrad thesis:" leads no title."""
    resume = {
        "education": [
            {
                "institution": "A university",
                "studyType": "PhD",
                "summary": "Dissertation Title: Towards Enhanced Human-AI Interaction: A Holistic Approach to "
                "Personalization in Natural Language Processing for Assistants.",
            },
            {
                "institution": "A college",
                "studyType": "BSc",
                "summary": "Undergrad thesis: A sentient smart home.",
            },
        ]
    }
    result = profile_from_resume(resume)
    assert [item["title"] for item in result.profile["portfolio"]] == [
        "Towards Enhanced Human-AI Interaction",
        "A sentient smart home",
    ]


def test_a_papers_venue_names_the_skills_it_shows() -> None:
    """A venue that names a field ("EMNLP Findings", "... on Computer Vision") gives the paper's skills."""
    resume = {
        "publications": [
            {"name": "Character nets for stories", "publisher": "EMNLP Findings"},
            {"name": "Depth from one image", "publisher": "Proceedings of the Conference on Computer Vision"},
            {"name": "Graph knowledge", "publisher": "arXiv preprint 2024"},
            {"name": "Fair rankings", "publisher": "Submitted to ICML"},
        ]
    }
    result = profile_from_resume(resume)
    assert [item.get("skills") for item in result.profile["portfolio"]] == [
        ["natural-language-processing"],
        ["computer-vision"],
        None,
        None,
    ]
    assert [note for note in result.notes if "which names" in note] == [
        "publications[0] published at 'EMNLP Findings', which names natural language processing: skills the"
        " paper shows",
        "publications[1] published at 'Proceedings of the Conference on Computer Vision', which names computer"
        " vision: skills the paper shows",
    ]


def test_a_prize_for_presenting_is_no_project() -> None:
    """A prize in a poster, essay or pitch competition is an award, not work built."""
    award = {"title": "Third Prize, Undergraduate Poster Presentation Competition", "awarder": "A conference"}
    result = profile_from_resume({"awards": [award]})
    assert "portfolio" not in result.profile
    assert result.notes[0] == (
        "awards[0] 'Third Prize, Undergraduate Poster Presentation Competition': awards are not part of a"
        " profile; not placed"
    )


def test_a_summary_is_read_a_sentence_at_a_time() -> None:
    """A sentence about learning lists its skills at beginner; one about an aim lists none and gives its goals."""
    resume = {
        "basics": {
            "label": "Aspiring data scientist | SQL",
            "summary": (
                "Analyst who knows pandas. Learning PyTorch in the evenings, as a machine learning beginner; "
                "looking for a first computer vision role at a hospital or a bank."
            ),
        }
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [
        "sql",
        "pandas",
        {"name": "pytorch", "level": "beginner"},
        {"name": "machine-learning", "level": "beginner"},
    ]
    assert result.profile["goals"] == {
        "specialization": "computer_vision",
        "sectors": ["healthcare", "finance"],
    }
    assert [note for note in result.notes if note.startswith("basics")] == [
        "basics.label names data science as an aim; not listed as a skill",
        "basics.label names SQL; listed at intermediate",
        "basics.summary names pandas; listed at intermediate",
        "basics.summary names PyTorch, machine learning as being learned; listed at beginner",
        "basics.summary names computer vision as the niche aimed at: set as goals.specialization",
        "basics.summary aims at healthcare, finance: added to goals.sectors",
        "basics.summary names computer vision as an aim; not listed as a skill",
    ]


def test_a_summarys_focus_on_one_niche_is_the_specialization() -> None:
    """A sentence about someone's focus that names one niche sets it; one naming two, or an aim naming no sector, sets no goals."""
    focused = profile_from_resume({"basics": {"summary": "Engineer focused on NLP for search."}})
    assert focused.profile["goals"] == {"specialization": "natural_language_processing"}
    assert [note for note in focused.notes if note.startswith("basics")] == [
        "basics.summary names natural language processing as the focus: set as goals.specialization",
        "basics.summary names natural language processing; listed at intermediate",
    ]
    both = profile_from_resume(
        {"basics": {"summary": "Specialised in NLP and computer vision. Open to offers."}}
    )
    assert "goals" not in both.profile
    assert (
        "goals: the resume does not say the goals (target sectors, specialization, company);"
        " add x-mlcareer.goals to set it"
    ) in both.notes


def test_a_headline_written_as_a_list_names_its_focus() -> None:
    """A headline whose parts name one niche sets it; one naming two sets none."""
    listed = profile_from_resume({"basics": {"label": "ML Engineer | Computer Vision | Edge AI"}})
    assert listed.profile["goals"] == {"specialization": "computer_vision"}
    assert "basics.label names computer vision as the focus: set as goals.specialization" in listed.notes
    both = profile_from_resume({"basics": {"label": "Data Scientist \u00b7 NLP \u00b7 Recommender Systems"}})
    assert "goals" not in both.profile


def test_a_move_from_one_field_to_another_is_an_aim() -> None:
    """Where someone moves from is what they do; where they move to, an aim; a course they are taking, learning."""
    resume = {
        "basics": {
            "summary": (
                "Moving from data analysis with SQL into NLP engineering; currently taking a machine learning course."
            )
        }
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [
        "data-analysis",
        "sql",
        {"name": "machine-learning", "level": "beginner"},
    ]
    assert result.profile["goals"] == {"specialization": "natural_language_processing"}
    assert [note for note in result.notes if note.startswith("basics")] == [
        "basics.summary names data analysis, SQL; listed at intermediate",
        "basics.summary names natural language processing as the niche aimed at: set as goals.specialization",
        "basics.summary names natural language processing as an aim; not listed as a skill",
        "basics.summary names machine learning as being learned; listed at beginner",
    ]


def test_an_interest_is_an_aim_unless_ml_is_the_work_already() -> None:
    """What a data engineer is interested in is the niche aimed at; what an ML engineer is passionate about, a liking."""
    summary = {"summary": "Passionate about ML infrastructure and healthcare."}
    engineer = {"position": "Data Engineer", "name": "ShopNow", "startDate": "2021-01"}
    newcomer = profile_from_resume({"basics": summary, "work": [engineer]})
    assert newcomer.profile["goals"] == {"specialization": "mlops", "sectors": ["healthcare"]}
    practitioner = profile_from_resume(
        {"basics": summary, "work": [{**engineer, "position": "Senior Machine Learning Engineer"}]}
    )
    assert practitioner.profile["goals"] == {"sectors": ["healthcare"]}
    assert [note for note in practitioner.notes if note.startswith("basics")] == [
        "basics.summary aims at healthcare: added to goals.sectors",
        "basics.summary names MLOps as an interest of someone working in ML; not listed as a skill or specialization",
    ]


def test_another_teams_name_names_no_skill() -> None:
    """A skill in the name of a team someone works for ("the data science team's models") is not theirs."""
    result = profile_from_resume(
        {"basics": {"summary": "Data engineer with Spark who feeds the data science team's models."}}
    )
    assert result.profile["skills"] == ["spark"]


def test_an_aim_at_tech_is_a_target_sector() -> None:
    """The tech sector, which employers' names do not give, is a target sector when an aim names it."""
    result = profile_from_resume({"basics": {"summary": "Looking for ML roles at startups or in fintech."}})
    assert result.profile["goals"] == {"sectors": ["tech", "finance"]}
    result = profile_from_resume({"basics": {"summary": "Looking to bring ML to edtech or healthtech."}})
    assert result.profile["goals"] == {"sectors": ["tech", "healthcare"]}
    result = profile_from_resume({"basics": {"summary": "Looking for research roles in industry labs."}})
    assert result.profile["goals"] == {"sectors": ["tech"]}


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Seeking a machine learning engineer role at Spotify.", "Spotify"),
        ("Looking for my first ML role at Ada Health in Berlin.", "Ada Health"),
        ("Hoping to join Zalando as an ML engineer, or to work at Spotify as one.", "Spotify"),
        ("Looking for a research role at Google DeepMind's London office.", "Google DeepMind"),
        ("Looking for ML roles at FAANG companies.", None),
        ("Aiming for a data scientist position at Series-A startups.", None),
        ("Looking for roles at Google or Meta.", None),
        ("Hoping to grow into a manager role at Northbank.", None),
        ("Looking for new challenges at Northbank Group.", None),
        ("Looking to apply ML at scale.", None),
        ("Hoping to join the ML team at J.P. Morgan.", None),
    ],
)
def test_an_aim_names_the_company(summary: str, company: str | None) -> None:
    """An aim at one named employer, not the current one nor a kind of employer, gives the target company."""
    work = [{"name": "Northbank", "position": "Data Scientist", "startDate": "2020-04"}]
    result = profile_from_resume({"basics": {"summary": summary}, "work": work})
    assert result.profile.get("goals", {}).get("company", {}).get("name") == company
    said = f"basics.summary names {company!r} as the company aimed at: set as goals.company"
    assert any(note.startswith(said) for note in result.notes) is (company is not None)


def test_the_sector_an_aim_names_is_its_companys() -> None:
    """The one sector an aim at a company names is the company's sector."""
    result = profile_from_resume({"basics": {"summary": "Looking for my first ML role at Ada Health."}})
    assert result.profile["goals"]["company"] == {"name": "Ada Health", "sector": "healthcare"}
    assert result.notes[0] == (
        "basics.summary names 'Ada Health' as the company aimed at: set as goals.company, in healthcare"
    )


def test_a_summarys_sector_is_the_current_positions() -> None:
    """The one sector a summary says someone works in is the sector of their current positions that have none."""
    work = [
        {"name": "Northbank", "position": "Data Scientist", "startDate": "2020-04"},
        {"name": "Acme", "position": "Analyst", "startDate": "2016-01", "endDate": "2020-03"},
    ]
    result = profile_from_resume(
        {"basics": {"summary": "Data scientist with 8 years of experience in banking."}, "work": work}
    )
    assert [position.get("sector") for position in result.profile["experience"]] == ["finance", None]
    assert (
        "basics.summary 'banking' gives the sector of the current position 'Data Scientist at Northbank': finance"
        in result.notes
    )
    both = profile_from_resume(
        {"basics": {"summary": "Ten years across insurance and healthcare."}, "work": work}
    )
    assert [position.get("sector") for position in both.profile["experience"]] == [None, None]


def test_a_degrees_field_and_the_summary_fill_in_the_work() -> None:
    """A degree's field lists its skills; a current position that names none takes those of the role the summary names."""
    resume = {
        "basics": {"summary": "Machine learning researcher working on neural network training."},
        "work": [{"name": "Institute", "position": "Postdoctoral Researcher", "startDate": "2023-10"}],
        "education": [
            {"area": "Computer Science (Machine Learning)", "studyType": "PhD", "endDate": "2023-09"}
        ],
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [{"name": "machine-learning", "level": "advanced"}, "neural-networks"]
    assert result.profile["experience"][0]["skills"] == ["machine-learning"]
    assert [note for note in result.notes if note.startswith(("basics", "education"))] == [
        "education[0].area 'Computer Science (Machine Learning)' names machine learning; listed at advanced,"
        " the field of a degree",
        "basics.summary names neural networks; listed at intermediate",
        "basics.summary names machine learning: the skills of the current position"
        " 'Postdoctoral Researcher at Institute', which names none",
    ]
    # An ML researcher is told to say how well they know Python, not to learn it first.
    fired = ENGINE.fired(mlcareer.load_candidate(result.profile), as_of=AS_OF)
    assert "skills.python.unlisted" in fired
    assert "skills.python.missing" not in fired


def test_a_current_position_with_a_role_of_its_own_keeps_its_skills() -> None:
    """The role a summary names is not a current position's whose title names another ("... Executive")."""
    resume = {
        "basics": {"summary": "I am an accomplished data scientist. Currently, I lead a security team."},
        "work": [
            {"name": "PETRONAS", "position": "Vulnerability Management Executive", "startDate": "2021-08"},
            {"name": "Acme", "position": "Senior Data Scientist", "startDate": "2022-01"},
        ],
    }
    result = profile_from_resume(resume)
    assert [position.get("skills") for position in result.profile["experience"]] == [None, ["data-science"]]


def test_a_course_lists_no_skill_that_work_shows() -> None:
    """A course lists its skills at beginner, but not one a project uses, or implies: the work shows it higher."""
    resume = {
        "education": [
            {"studyType": "MSc", "courses": ["Machine Learning", "Deep Learning", "SQL for analysts"]}
        ],
        "projects": [{"name": "Churn model", "description": "A PyTorch model of customer churn"}],
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [{"name": "sql", "level": "beginner"}]
    assert (
        "education[0].courses 3 kept as part of the degree; they show SQL at beginner level" in result.notes
    )


def test_a_certificate_in_progress_is_a_course_being_taken() -> None:
    """A certificate whose name or date says it is not earned yet is a course, not a certificate; one earned is both."""
    result = profile_from_resume(
        {
            "basics": {"summary": "Currently completing a machine learning course."},
            "certificates": [
                {"name": "Machine Learning Specialization (in progress)", "issuer": "Coursera"},
                {"name": "AWS Machine Learning Specialty", "date": "Expected 2027"},
                {"name": "Deep Learning Specialization", "date": "2024"},
            ],
        }
    )
    assert result.profile["portfolio"] == [{"kind": "certification", "title": "Deep Learning Specialization"}]
    assert result.profile["growth"] == {
        "learning": [
            {"kind": "course", "title": "Machine Learning Specialization"},
            {"kind": "course", "title": "AWS Machine Learning Specialty"},
            {"kind": "course", "title": "Deep Learning Specialization", "year": 2024},
        ]
    }
    assert result.profile["skills"] == [{"name": "machine-learning", "level": "beginner"}]
    assert "certificates[1] 'AWS Machine Learning Specialty': in progress, listed as a course" in result.notes
    assert "certificates[2] 'Deep Learning Specialization': also a course taken in 2024" in result.notes


def test_work_without_dates_is_said_to_be_current() -> None:
    """A position with no dates is current, of unknown length, and a note says how to change that."""
    result = profile_from_resume({"work": [{"name": "Telco One", "position": "Data Scientist"}]})
    assert result.profile["experience"] == [
        {"title": "Data Scientist", "organization": "Telco One", "skills": ["data-science"]}
    ]
    assert result.notes[0] == (
        "work[0] no dates: read as a current position of unknown length (add startDate and endDate)"
    )


def test_volunteering_with_ml_is_a_project() -> None:
    """A volunteer role that names ML work is a project of one's own; other volunteering is not placed."""
    result = profile_from_resume(
        {
            "volunteer": [
                {
                    "organization": "DataKind",
                    "position": "Volunteer Data Scientist",
                    "highlights": ["Built a random forest to predict food-bank demand"],
                },
                {"organization": "City Marathon", "position": "Steward"},
            ]
        }
    )
    assert result.profile["portfolio"] == [
        {
            "kind": "project",
            "title": "Volunteer Data Scientist at DataKind",
            "description": "Built a random forest to predict food-bank demand",
        }
    ]
    assert result.notes[:2] == (
        "volunteer[0] 'Volunteer Data Scientist at DataKind': volunteering that names ML work, counted as a project",
        "volunteer[1] 'Steward at City Marathon': volunteering is not part of a profile; not placed",
    )


def test_freelance_work_has_no_employer() -> None:
    """Work for "Freelance" or "Self-employed" names no employer; the title says the work was one's own."""
    work = [
        {"name": "Freelance", "position": "Data Scientist", "startDate": "2022-03"},
        {
            "name": "Self-employed",
            "position": "Independent ML Consultant",
            "startDate": "2020-01",
            "endDate": "2022-02",
        },
    ]
    result = profile_from_resume({"work": work})
    assert [(p["title"], p.get("organization")) for p in result.profile["experience"]] == [
        ("Freelance Data Scientist", None),
        ("Independent ML Consultant", None),
    ]
    assert result.notes[:2] == (
        "work[0] 'Freelance': work of one's own, with no employer; the role is 'Freelance Data Scientist'",
        "work[1] 'Self-employed': work of one's own, with no employer; the role is 'Independent ML Consultant'",
    )


def test_a_degrees_field_lists_no_soft_skill() -> None:
    """A field of study shows knowledge, not qualities: "Electronics and Communication" lists no communication."""
    resume = {
        "education": [
            {"area": "Electronics and Communication", "studyType": "B.Tech"},
            {"area": "Statistics"},
        ]
    }
    assert profile_from_resume(resume).profile["skills"] == [{"name": "statistics", "level": "beginner"}]


def test_what_a_summary_explores_is_not_the_current_work() -> None:
    """Skills someone is exploring, or names in other people's roles, give their current position nothing."""
    resume = {
        "basics": {
            "summary": "Full stack developer. Lately I have been exploring machine learning with TensorFlow.js."
        },
        "work": [{"name": "Brightly", "position": "Full Stack Developer", "startDate": "2022-05"}],
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [
        {"name": "machine-learning", "level": "beginner"},
        {"name": "tensorflow-js", "level": "beginner"},
    ]
    assert "skills" not in result.profile["experience"][0]
    # Roles in the plural are other people's: "tools for ML engineers" says nothing of one's own work.
    resume["basics"] = {"summary": "Backend engineer. I build tools for data scientists and ML engineers."}
    assert "skills" not in profile_from_resume(resume).profile["experience"][0]


def test_a_bootcamp_listed_as_work_is_education() -> None:
    """A bootcamp in the work history is a course of study: placed in education, its skills at beginner."""
    resume = {
        "work": [
            {
                "name": "Springboard",
                "position": "Data Science Bootcamp Fellow",
                "startDate": "2023-09",
                "endDate": "2024-01",
                "summary": "Python, pandas and scikit-learn.",
            }
        ],
        "skills": [{"name": "Python", "level": "Advanced"}],
    }
    result = profile_from_resume(resume)
    assert "experience" not in result.profile
    assert result.profile["education"] == [
        {
            "degree": "Data Science Bootcamp Fellow",
            "institution": "Springboard",
            "start": "2023-09",
            "end": "2024-01",
        }
    ]
    assert result.profile["skills"] == [
        {"name": "python", "level": "advanced"},
        {"name": "data-science", "level": "beginner"},
        {"name": "pandas", "level": "beginner"},
        {"name": "scikit-learn", "level": "beginner"},
    ]
    assert result.notes[0] == (
        "work[0] 'Data Science Bootcamp Fellow at Springboard': a course of study, not a job; placed in education;"
        " it shows data science, pandas, scikit-learn at beginner level"
    )


def test_stated_goals_win_over_a_summarys_aims() -> None:
    """Goals given under x-mlcareer are kept whole: the summary's aims and focus add nothing to them."""
    resume = {
        "basics": {"summary": "Focused on MLOps. Seeking a role in retail."},
        "x-mlcareer": {"goals": {"sectors": ["tech"]}},
    }
    result = profile_from_resume(resume)
    assert result.profile["goals"] == {"sectors": ["tech"]}
    assert [note for note in result.notes if note.startswith("basics")] == [
        "basics.summary names MLOps; listed at intermediate"
    ]


def test_comments_are_read_and_said() -> None:
    """JSON with // and /* */ comments is read (comment marks inside strings stay), and a note says so."""
    result, candidate = imported("with-comments")
    assert result.notes[0] == "the document has comments; they were skipped"
    assert candidate.experience[0].organization == "Shop // Co"
    assert candidate.experience[0].start == "2022-05"


def test_trailing_commas_are_read_and_said() -> None:
    """A comma before a closing bracket is skipped (one inside a string stays), and a note says so."""
    text = '{"basics": {"name": "Ana", "label": "Data Analyst, SQL]",},\n "skills": ["Python", "SQL",],}'
    result = mlcareer.import_resume(text)
    assert result.notes[0] == "the document has commas before a closing bracket; they were skipped"
    assert result.profile["skills"] == ["python", "sql"]
    # A block commented out before a closing bracket closes nothing: the comma before it stays.
    text = (
        '{"basics": {"name": "Ana"},\n // "work": [\n //   {"name": "Acme"}\n // ],\n "skills": ["Python"]}'
    )
    assert mlcareer.import_resume(text).profile["skills"] == ["python"]
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume('{"basics": {"name": "Ana"},, "skills": []}')
    assert (
        str(error.value)
        == "invalid resume: 1:28: not valid JSON: Expecting property name enclosed in double quotes"
    )


def test_keys_with_no_value_are_skipped_and_said() -> None:
    """A key written with no value (``"endDate":,``) is skipped, wherever it stands, and a note says so."""
    text = (
        '{"basics": {"name": "Ana", "label": "Analyst: SQL",},\n "work": [{"name": "Acme", "position": "Analyst",'
        ' "startDate": "2020-01", "endDate":, "summary": "Reports"}, {"name": "Beta", "endDate": }]}'
    )
    result = mlcareer.import_resume(text)
    assert result.notes[:2] == (
        "the document has keys with no value; they were skipped",
        "the document has commas before a closing bracket; they were skipped",
    )
    assert [(job["organization"], job.get("start")) for job in result.profile["experience"]] == [
        ("Acme", "2020-01"),
        ("Beta", None),
    ]


def test_an_experience_section_is_the_work_history() -> None:
    """A résumé that names its work section experience has it read as work, with a note; a profile is no résumé."""
    resume = {
        "basics": {"name": "Li"},
        "experience": [{"name": "Acme", "position": "Data Analyst", "startDate": "2021"}],
    }
    result = profile_from_resume(resume)
    assert result.profile["experience"] == [
        {"title": "Data Analyst", "organization": "Acme", "start": "2021"}
    ]
    assert result.notes[0] == "experience read as the work section (JSON Resume calls it work)"
    with pytest.raises(ResumeError):
        profile_from_resume({"name": "Li", "experience": [{"title": "Data Analyst"}]})


def test_a_resume_in_yaml_is_read(tmp_path: Path) -> None:
    """A JSON Resume document written in YAML, as a file or as text, is read like its JSON."""
    text = "# kept by a site generator\nbasics:\n  name: Ana\n  url: https://ana.example\nskills:\n  - name: Python\n"
    (tmp_path / "resume.yml").write_text(text)
    for source in (tmp_path / "resume.yml", text):
        assert mlcareer.import_resume(source).profile == {"profile": 1, "name": "Ana", "skills": ["python"]}
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume("basics: [a\n")
    assert error.value.line == 2
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume("- basics\n")
    assert str(error.value) == "invalid resume: a JSON Resume document is a mapping (a JSON object)"
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        for prev, name in zip("abcdefg", "bcdefgh", strict=True)
    )
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume(laughs)
    assert str(error.value) == (
        "invalid resume: the document has more than 100000 values (YAML aliases count each time they are used)"
    )


def test_not_a_resume_names_what_is_missing() -> None:
    """A profile handed to the importer is an error that says what a resume needs and what it looks like."""
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume(RESUMES / "not-a-resume.json")
    assert str(error.value) == (
        "invalid resume: not a JSON Resume document: it needs 'basics' and sections such as work,"
        " education, skills or projects (it has name, skills); it looks like an mlcareer profile:"
        " advise it directly"
    )


def test_a_resume_without_the_persons_fields_is_read_by_its_sections() -> None:
    """Three of the main sections and no name or contacts are a résumé, read with a note; periods in one field too."""
    result = mlcareer.import_resume(
        {
            "last_updated": "2025-05-28",
            "experience": [{"company": "Myriad", "role": "Intern", "date": "July 2024-Sept 2024"}],
            "education": [{"institution": "BYU", "degree": "BSc", "date": "Completion by June 2025"}],
            "skills": ["Python"],
        }
    )
    assert result.profile["experience"] == [
        {"title": "Intern", "organization": "Myriad", "start": "2024-07", "end": "2024-09"}
    ]
    assert result.profile["education"] == [{"degree": "BSc", "institution": "BYU", "end": "2025-06"}]
    assert "basics missing: the résumé is read without the person's name and contacts" in result.notes
    assert "last_updated is not a JSON Resume section; not placed" in result.notes


def test_bad_json_is_placed() -> None:
    """JSON that is not valid is an error with its file, line and column."""
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume('{"basics": {"name": "Ana"},\n  "skills": [1,,2]}')
    assert (error.value.line, error.value.column) == (2, 16)


def test_bad_extension_is_a_profile_error() -> None:
    """An x-mlcareer key with bad values is reported like any profile problem."""
    with pytest.raises(ProfileError) as error:
        profile_from_resume({"basics": {}, "x-mlcareer": {"stage": "retired"}})
    assert (
        str(error.value)
        == "invalid profile: stage: 'retired' is not one of student, job_seeking, interviewing, employed"
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023-10", "2023-10"),
        ("2023-1", "2023-01"),
        ("2023/09", "2023-09"),
        ("2018-12-31", "2018-12-31"),
        ("2023-10-05T09:00:00Z", "2023-10-05"),
        ("Sept 2021", "2021-09"),
        ("Fall 24", "2024-09"),
        ("06/2021", "2021-06"),
        ("15.03.2020", "2020-03-15"),
        ("12/31/2019", "2019-12-31"),
        ("03/04/2020", "2020"),
        ("13/2021", False),
        ("31/02/2020", False),
        (2019, "2019"),
        ("Present", None),
        ("", None),
        ("2023-02-30", False),
        ("2023-13", False),
        ("yesterday", False),
        ("Expected May 2026", "2026-05"),
        ("since 2021", "2021"),
        ("Oct-2017", "2017-10"),
        ("Oct '17", "2017-10"),
        ("Q3 2021", "2021-07"),
        ("Q5 2021", False),
        ("Dec 2026 (expected)", "2026-12"),
        ("2016 (Nov - Dec)", "2016"),
        ("2019-2021", False),
    ],
)
def test_resume_dates(text: object, date: str | bool | None) -> None:
    """Résumé dates are read in the forms people write, 'Present' is no end, and anything else is said to be unreadable."""
    assert resume_date(text) == date


def test_a_period_written_in_the_start_field() -> None:
    """A start field that holds a whole period ("Jan 2020 - Mar 2022", "2019 to Present") gives the start and the end."""
    work = [
        {"name": "Acme", "position": "Data Analyst", "startDate": "Jan 2020 - Mar 2022"},
        {"name": "Globex", "position": "Data Scientist", "startDate": "2022 \u2013 Present"},
        {"name": "Initech", "position": "Intern", "startDate": "2019-05", "endDate": "2019-08"},
    ]
    result = profile_from_resume(
        {"basics": {}, "work": work, "education": [{"studyType": "BSc", "startDate": "2015-2019"}]}
    )
    assert [(job.get("start"), job.get("end")) for job in result.profile["experience"]] == [
        ("2020-01", "2022-03"),
        ("2022", None),
        ("2019-05", "2019-08"),
    ]
    assert result.profile["education"] == [{"degree": "BSc", "start": "2015", "end": "2019"}]
    assert "work[0].startDate 'Jan 2020 - Mar 2022': read as the start and the end" in result.notes
    assert "work[1].endDate 'Present': read as a current position" in result.notes


def test_an_export_with_the_title_in_the_summary_and_periods_in_its_own_words() -> None:
    """A summary that opens with a job title gives the position; periods in keys like ``duration_years`` are read."""
    document = {
        "personal_details": {"name": "Ravi"},
        "education": [
            {"school/university": "Stony Brook University", "duration_years": "August 2022 - December 2023"},
            {"GPA": "3.8/4"},
            {"courses": ["Bayesian Statistics"]},
        ],
        "experience": [
            {"company_name": "Initech", "duration": "May 2023 - Present",
             "summary": "Full Stack Developer Intern\nBuilt an LLM tool for internal workflows."},
            {"company_name": "Globex", "duration": "2021 - 2022",
             "summary": "Shipped the billing service.\nCut its latency in half."},
        ],
        "projects": [{"title": "Shadow removal", "summary": "A diffusion model that removes shadows from photos."}],
    }  # fmt: skip
    result = profile_from_resume(document)
    assert [(job.get("title"), job.get("start"), job.get("end")) for job in result.profile["experience"]] == [
        ("Full Stack Developer Intern", "2023-05", None),
        (None, "2021", "2022"),
    ]
    assert result.profile["experience"][0]["highlights"] == ["Built an LLM tool for internal workflows."]
    assert result.profile["education"] == [
        {"institution": "Stony Brook University", "start": "2022-08", "end": "2023-12"}
    ]
    assert (
        result.profile["portfolio"][0]["description"] == "A diffusion model that removes shadows from photos."
    )
    for note in (
        "work[0].summary first line 'Full Stack Developer Intern': read as the position",
        "education[0].duration_years 'August 2022 - December 2023': read as the start and the end",
        "education[1] names no institution, degree, field or dates; not placed",
        "education[2].courses 1 kept as part of the degree; they show Bayesian statistics at beginner level",
        "projects[].summary read as description",
    ):
        assert note in result.notes


def test_a_title_that_ends_in_the_employers_name() -> None:
    """A job title written with the employer's name after it is read without it; other titles are kept."""
    result = profile_from_resume(
        {
            "work": [
                {"name": "SlashDB", "position": "Full Stack Developer - SlashDB"},
                {"name": "Acme Pay", "position": "Data Scientist at acme pay"},
                {"name": "Globex", "position": "Engineer - Search"},
                {"name": "Initech", "position": "Initech"},
            ]
        }
    )
    assert [job.get("title") for job in result.profile["experience"]] == [
        "Full Stack Developer",
        "Data Scientist",
        "Engineer - Search",
        "Initech",
    ]
    assert [note for note in result.notes if "employer's name" in note] == [
        "work[0].position 'Full Stack Developer - SlashDB': read as 'Full Stack Developer', "
        "without the employer's name",
        "work[1].position 'Data Scientist at acme pay': read as 'Data Scientist', without the employer's name",
    ]


def test_an_employer_written_with_its_place() -> None:
    """An employer's name with the entry's location (or its city) after it is read without it."""
    result = profile_from_resume(
        {
            "work": [
                {
                    "name": "Telecom SudParis | Paris, France ",
                    "location": "Paris, France",
                    "position": "Engineer",
                },
                {"name": "Globex, Lyon", "location": "Lyon, France", "position": "Analyst"},
                {"name": "Paris Saint-Germain", "location": "Paris", "position": "Analyst"},
            ]
        }
    )
    assert [job["organization"] for job in result.profile["experience"]] == [
        "Telecom SudParis",
        "Globex",
        "Paris Saint-Germain",
    ]
    assert [note for note in result.notes if "without the place" in note] == [
        "work[0] 'Telecom SudParis | Paris, France': read as 'Telecom SudParis', without the place",
        "work[1] 'Globex, Lyon': read as 'Globex', without the place",
    ]


def test_a_blog_the_profiles_link_is_writing() -> None:
    """A blog among the person's profiles is a blog post of theirs, unless posts are listed; other networks are not."""
    basics = {
        "name": "Ada",
        "profiles": [
            {"network": "GitHub", "url": "https://github.com/ada"},
            {"network": "Medium", "username": "ada", "url": "https://medium.com/@ada"},
            {"network": "Blog", "url": "https://ada.example.org"},
        ],
    }
    result = profile_from_resume({"basics": basics})
    assert result.profile["portfolio"] == [
        {"kind": "blog_post", "title": "Posts on Medium", "url": "https://medium.com/@ada"},
        {"kind": "blog_post", "title": "Posts on ada.example.org", "url": "https://ada.example.org"},
    ]
    assert (
        "basics.profiles[1] 'Medium': a blog, counted as a blog post titled 'Posts on Medium'" in result.notes
    )
    listed = {"name": "Tuning XGBoost", "url": "https://medium.com/@ada/tuning"}
    with_posts = profile_from_resume({"basics": basics, "publications": [listed]})
    assert [item["title"] for item in with_posts.profile["portfolio"]] == ["Tuning XGBoost"]


def test_highlights_written_as_a_name_and_a_description_are_read() -> None:
    """A highlight written as {name, description} is read as its text: its skills are the position's."""
    result = profile_from_resume(
        {
            "work": [
                {
                    "name": "Amazon",
                    "position": "Operations Specialist",
                    "startDate": "2024-08",
                    "highlights": [
                        {"name": "Andon cord", "description": "An assistant built on RAG and PyTorch."}
                    ],
                }
            ]
        }
    )
    (position,) = result.profile["experience"]
    assert position["highlights"] == ["Andon cord: An assistant built on RAG and PyTorch."]
    assert "pytorch" in position["skills"]


def test_an_unfilled_entry_is_left_out() -> None:
    """A template's entry with only empty texts is no position, current or otherwise, and no portfolio item."""
    empty = {"company": "", "position": "", "startDate": "", "endDate": "", "highlights": [""]}
    result = profile_from_resume(
        {
            "basics": {"name": "Ada"},
            "work": [empty, {"name": "Acme", "position": "Analyst"}],
            "projects": [{"name": "", "description": "", "keywords": [""]}],
            "certificates": [{"name": "", "issuer": ""}],
        }
    )
    assert [job.get("organization") for job in result.profile["experience"]] == ["Acme"]
    assert "portfolio" not in result.profile
    for note in (
        "work[0] names no position, employer, dates or work; not placed",
        "projects[0] is empty; not placed",
        "certificates[0] is empty; not placed",
    ):
        assert note in result.notes


def test_an_entry_with_a_templates_sample_text_is_left_out() -> None:
    """An entry holding only a template's sample texts, dates and addresses is left out; real text is kept."""
    result = profile_from_resume(
        {
            "work": [{"name": "Company", "position": "Position", "startDate": "2019-01", "summary": "Lorem ipsum"}],
            "projects": [{"name": "Project Name", "description": "Description...", "url": "https://example.com"}],
            "publications": [
                {"name": "Publication", "publisher": "Company", "releaseDate": "2018-10-01",
                 "website": "http://publication.com", "summary": "Description..."},
                {"name": "Sparse attention for long documents", "publisher": "Company"},
            ],
        }
    )  # fmt: skip
    assert "experience" not in result.profile
    assert [item["title"] for item in result.profile["portfolio"]] == ["Sparse attention for long documents"]
    assert [note for note in result.notes if "sample text" in note] == [
        "work[0] holds only a template's sample text ('Company'); not placed",
        "projects[0] holds only a template's sample text ('Project Name'); not placed",
        "publications[0] holds only a template's sample text ('Publication'); not placed",
    ]


def test_a_placeholder_is_no_text() -> None:
    """Fields a template fills with "-", "N/A" or "TBD" are read as empty, not as a link, an issuer or a text."""
    result = profile_from_resume(
        {
            "basics": {"name": "Ada", "website": "-"},
            "projects": [{"name": "Churn model", "url": "-", "description": "N/A", "keywords": ["Python"]}],
            "certificates": [{"name": "TensorFlow Developer", "issuer": "\u2013", "date": "TBD"}],
        }
    )
    assert result.profile["portfolio"] == [
        {"kind": "project", "title": "Churn model", "skills": ["python"]},
        {"kind": "certification", "title": "TensorFlow Developer"},
    ]


def test_a_resume_by_sections_of_items() -> None:
    """A résumé whose sections hold ``items`` (Reactive Resume's) is read: HTML as text, links, hidden items noted."""
    link = {"label": "", "href": ""}
    document = {
        "basics": {"name": "Mina", "headline": "Data Scientist", "url": link},
        "sections": {
            "summary": {"id": "summary", "content": "<p>I build demand forecasts.</p>"},
            "experience": {"items": [
                {"id": "a", "visible": True, "company": "Acme", "position": "Data Scientist", "url": link,
                 "date": "March 2022 - Present",
                 "summary": "<ul><li><p>Built forecasts with LightGBM &amp; pandas.</p></li><li><p>Shipped them.</p></li></ul>"},
                {"id": "b", "visible": False, "company": "Hidden Co", "position": "Intern", "date": "2020"},
            ]},
            "skills": {"items": [
                {"id": "c", "visible": True, "name": "Python", "description": "", "level": 5, "keywords": []},
                {"id": "d", "visible": True, "name": "SQL", "description": "", "level": 0, "keywords": []},
            ]},
            "projects": {"items": [
                {"id": "e", "visible": True, "name": "Traffic forecaster", "description": "A side project",
                 "summary": "<p>Forecasts store visits with Prophet.</p>", "url": {"label": "", "href": "https://example.org/t"}},
            ]},
        },
        "metadata": {"template": "rhyhorn"},
    }  # fmt: skip
    result = profile_from_resume(document)
    (job,) = result.profile["experience"]
    assert (job["title"], job["organization"], job["start"], job["highlights"]) == (
        "Data Scientist",
        "Acme",
        "2022-03",
        ["Built forecasts with LightGBM & pandas.\nShipped them."],
    )
    assert result.profile["skills"][:2] == [{"name": "python", "level": "expert"}, "sql"]
    (project,) = result.profile["portfolio"]
    assert (project["url"], project["description"]) == (
        "https://example.org/t",
        "A side project. Forecasts store visits with Prophet.",
    )
    for note in (
        "sections each section's items read as its entries (a résumé as Reactive Resume writes one)",
        "sections.experience 1 hidden item; not placed",
        "experience read as the work section (JSON Resume calls it work)",
    ):
        assert note in result.notes


def test_a_period_written_in_a_field_of_another_name() -> None:
    """Entries without the schema's dates may give their period as ``dates``: a range, an end, or 'Present'."""
    work = [
        {"organization": "UConn", "role": "Research Assistant", "dates": "2022 \u2013 Present"},
        {"organization": "Tata", "role": "Intern", "dates": "2016 (Nov \u2013 Dec)"},
        {"organization": "Acme", "role": "Developer", "period": "Present"},
        {"organization": "Globex", "role": "Analyst", "dates": "some years"},
        {"organization": "Alibaba", "role": "Intern", "date": "06/2019-08/2019"},
    ]
    education = [{"degree": "PhD", "institution": "UConn", "dates": "Expected 2026"}]
    result = profile_from_resume({"basics": {}, "work": work, "education": education})
    assert [(job["title"], job.get("start"), job.get("end")) for job in result.profile["experience"]] == [
        ("Research Assistant", "2022", None),
        ("Intern", None, "2016"),
        ("Developer", None, None),
        ("Analyst", None, None),
        ("Intern", "2019-06", "2019-08"),
    ]
    assert result.profile["education"] == [{"degree": "PhD", "institution": "UConn", "end": "2026"}]
    assert [note for note in result.notes if "dates" in note or "period" in note] == [
        "work[0].dates '2022 \u2013 Present': read as the start and the end",
        "work[1].dates '2016 (Nov \u2013 Dec)': read as the end",
        "work[2].period 'Present': read as under way, from an unknown start",
        "work[3].dates 'some years': not a date; left out",
        "education[0].dates 'Expected 2026': read as the end",
    ]
    assert mlcareer.load_candidate(result.profile).education[0].in_progress(AS_OF)


def test_basics_under_info_and_what_was_done_as_bullets() -> None:
    """A document may keep the person under ``info`` and what a job did under ``bullets``."""
    result = profile_from_resume(
        {
            "info": {"name": "Yue Wu", "email": "yw@example.org"},
            "work": [
                {"company": "Lab", "position": "Research Assistant", "bullets": ["Trained models in PyTorch"]}
            ],
            "education": [{"institution": "UCSD", "studyType": "BS", "area": "Computer Science"}],
        }
    )
    assert result.notes[0] == "info.name, info.email read as basics (JSON Resume keeps them there)"
    assert result.profile["experience"][0]["highlights"] == ["Trained models in PyTorch"]
    assert result.profile["experience"][0]["skills"] == ["pytorch"]


def test_sections_written_as_named_groups() -> None:
    """Skills written as ``{group: [names]}`` are skills groups; other sections' groups are joined in order."""
    result = profile_from_resume(
        {
            "basics": {},
            "skills": {
                "Languages": ["Python", "SQL"],
                "ML": ["PyTorch", {"name": "XGBoost", "level": "Expert"}],
            },
            "publications": {"Journals": [{"name": "Deep charging"}], "Talks": [{"name": "RL on drones"}]},
        }
    )
    candidate = mlcareer.load_candidate(result.profile)
    assert (candidate.level("python"), candidate.level("pytorch"), candidate.level("xgboost")) == (
        Level.INTERMEDIATE,
        Level.INTERMEDIATE,
        Level.EXPERT,
    )
    assert [item.title for item in candidate.portfolio] == ["Deep charging", "RL on drones"]
    assert result.notes[:2] == (
        "skills 'Languages', 'ML': groups of entries, each read as one",
        "publications 'Journals', 'Talks': groups of entries, each read as one",
    )


@pytest.mark.parametrize(
    ("highlight", "open_source"),
    [
        ("Contributed to open-source biofilm modeling software.", True),
        ("Released the labelling tool as open source.", True),
        ("Open-sourced the training code.", True),
        ("Researched and deployed open-source 5G stacks on Jetson boards.", False),
        ("Built dashboards on open source tools.", False),
    ],
)
def test_open_source_is_work_given_not_software_used(highlight: str, open_source: bool) -> None:
    """A position is open-source work when it contributed to or released open source, not when it used it."""
    work = [{"name": "Lab", "position": "Engineer", "startDate": "2022", "highlights": [highlight]}]
    kinds = [item["kind"] for item in profile_from_resume({"work": work}).profile.get("portfolio", [])]
    assert kinds == (["open_source"] if open_source else [])


def test_open_source_work_in_a_job_is_titled_by_what_it_says() -> None:
    """A job's open-source work is the item, titled by its sentence when short; the job's own title names it when it says so."""
    work = [
        {"name": "Cinch", "position": "Senior Engineer", "startDate": "2016",
         "highlights": ["Built the web app. Contributions to open-source projects: Ember, Homebrew."]},
        {"name": "Acme", "position": "Open Source Maintainer", "startDate": "2014", "summary": "Kept the lights on."},
        {"name": "Initech", "position": "Engineer", "startDate": "2012",
         "highlights": ["Contributed to open-source projects " + "and more " * 12]},
    ]  # fmt: skip
    result = profile_from_resume({"work": work})
    assert result.profile["portfolio"] == [
        {
            "kind": "open_source",
            "title": "Contributions to open-source projects: Ember, Homebrew",
            "description": "Contributions to open-source projects: Ember, Homebrew.",
        },
        {
            "kind": "open_source",
            "title": "Open Source Maintainer at Acme",
            "description": "Kept the lights on.",
        },
        {
            "kind": "open_source",
            "title": "Open-source work at Initech",
            "description": "Contributed to open-source projects " + "and more " * 11 + "and more",
        },
    ]
    assert result.notes[:3] == (
        "work[0] 'Contributions to open-source projects: Ember, Homebrew': counted as open-source work",
        "work[1] 'Open Source Maintainer at Acme': counted as open-source work",
        "work[2] 'Open-source work at Initech': counted as open-source work",
    )


def test_a_summary_that_describes_the_employer_is_not_the_work() -> None:
    """Opening sentences about the employer give its sector, and skills only to ML work there; the rest is the work."""
    work = [
        {"name": "Nara Logics, Inc", "position": "Developer", "startDate": "2016",
         "summary": "Nara Logics is a pioneer in neuroscience-based AI. Built the Django admin."},
        {"name": "HP", "position": "Engineer", "startDate": "2003", "endDate": "2007",
         "summary": "The Advanced Technology Group is an R&D unit for natural-language processing."},
        {"name": "Acme Bank", "position": "Analyst", "startDate": "2010", "endDate": "2012",
         "summary": "Acme Bank is a mortgage lender. Built credit scoring models with scikit-learn."},
        {"name": "Octo", "position": "Lead", "startDate": "2020",
         "summary": "Octo is building a platform driven by computer vision. I train its models in PyTorch."},
    ]  # fmt: skip
    result = profile_from_resume({"work": work})
    assert [
        (job.get("skills"), job.get("highlights"), job.get("sector")) for job in result.profile["experience"]
    ] == [
        (["django"], ["Built the Django admin."], None),
        (None, None, None),
        (["scikit-learn"], ["Built credit scoring models with scikit-learn."], "finance"),
        (["pytorch", "computer-vision"], ["I train its models in PyTorch."], None),
    ]
    assert [note for note in result.notes if "describes the employer" in note] == [
        "work[0] 'Nara Logics is a pioneer in neuroscience'...: describes the employer; not read as the work done",
        "work[1] 'The Advanced Technology Group is an R&D '...: describes the employer; not read as the work done",
        "work[2] 'Acme Bank is a mortgage lender.': describes the employer; not read as the work done",
        "work[3] 'Octo is building a platform driven by co'...: describes the employer; not read as the work done",
    ]


def test_a_project_that_says_it_is_open_source() -> None:
    """A project whose description starts by saying it is open source is open-source work; one that uses it is a project."""
    projects = [
        {"name": "vidssl", "description": "Open-source PyTorch library for video pretraining"},
        {"name": "uav-link", "description": "An implementation of an open source protocol for drones"},
    ]
    portfolio = profile_from_resume({"projects": projects}).profile["portfolio"]
    assert [item["kind"] for item in portfolio] == ["open_source", "project"]


def test_a_student_by_their_words_when_the_degree_has_no_dates() -> None:
    """Words that say the person is a student make the stage student when no dates place the degree and no job says otherwise."""
    undated = [{"institution": "UC Berkeley", "studyType": "Bachelor's", "area": "EECS"}]
    result = profile_from_resume(
        {"basics": {"summary": "EECS student building AI systems."}, "education": undated}
    )
    assert result.profile["stage"] == "student"
    assert (
        "basics.summary says a degree is under way, and the degree has no dates: stage student"
        in result.notes
    )
    dated = [{**undated[0], "startDate": "2017", "endDate": "2021"}]
    result = profile_from_resume({"basics": {"label": "Undergraduate student"}, "education": dated})
    assert "stage" not in result.profile
    working = [{"name": "Acme", "position": "Software Engineer", "startDate": "2024-01"}]
    result = profile_from_resume(
        {"basics": {"label": "Part-time MSc student"}, "education": undated, "work": working}
    )
    assert "stage" not in result.profile


def test_a_degree_about_to_begin_makes_a_student() -> None:
    """A headline that says a degree is about to begin makes the stage student, past degrees' dates whatever."""
    dated = [{"institution": "National Central University", "studyType": "BSc", "endDate": "2024-06"}]
    result = profile_from_resume(
        {"basics": {"label": "Incoming CS Graduate Student at USC."}, "education": dated}
    )
    assert result.profile["stage"] == "student"
    assert "basics.label says a degree is about to begin: stage student" in result.notes


def test_a_course_listed_in_education_is_continuing_education() -> None:
    """An online course, a short training, a program of no degree or a course platform's entry is learning."""
    education = [
        {
            "institution": "Coursera",
            "studyType": "Online course",
            "area": "Machine Learning",
            "startDate": "2026-09",
        },
        {
            "institution": "Orsys",
            "studyType": "Formation React",
            "startDate": "2024-11-18",
            "endDate": "2024-11-21",
        },
        {"institution": "Udacity", "studyType": "Nanodegree", "area": "Deep Learning", "endDate": "2023-05"},
        {
            "institution": "EdYoda",
            "studyType": "6-Month Certification",
            "area": "Data Scientist",
            "endDate": "2022",
        },
        {
            "institution": "University of Texas",
            "studyType": "Post Graduate Program in AI & ML (McCombs School of Business)",
            "endDate": "2021-11",
        },
        {
            "institution": "University of Oslo",
            "studyType": "Master's",
            "area": "Informatics",
            "startDate": "2025-08",
        },
    ]
    result = profile_from_resume({"basics": {}, "education": education})
    assert result.profile["growth"]["learning"] == [
        {"kind": "course", "title": "Online course: Machine Learning", "year": 2026},
        {"kind": "course", "title": "Formation React", "year": 2024},
        {"kind": "course", "title": "Nanodegree: Deep Learning", "year": 2023},
        {"kind": "course", "title": "6-Month Certification: Data Scientist", "year": 2022},
        {"kind": "course", "title": "Post Graduate Program in AI & ML", "year": 2021},
    ]
    assert result.profile["education"] == [
        {
            "degree": "Master's",
            "field": "Informatics",
            "institution": "University of Oslo",
            "start": "2025-08",
        }
    ]
    assert result.notes[0] == (
        "education[0] 'Online course: Machine Learning': a course, not a degree; listed as continuing education;"
        " it shows machine learning at beginner level"
    )
    only_a_course = profile_from_resume({"basics": {}, "education": education[:1]}).profile
    assert mlcareer.load_candidate(only_a_course).stage_on(AS_OF) is Stage.JOB_SEEKING


def test_a_document_that_keeps_basics_at_its_top() -> None:
    """Basics at the top, or under another name, beside JSON Resume's sections are read, as are common names of sections and fields."""
    document = {
        "name": "Amal Haddad",
        "title": "Data Scientist",
        "summary": ["Four years of ML work.", "Focused on forecasting."],
        "contact": {"email": "amal@example.org"},
        "experience": [
            {
                "role": "Data Scientist",
                "company": "Acme",
                "date": "Dec 2024 - Present",
                "details": ["Forecasting with XGBoost"],
            }
        ],
        "education": [
            {"degree": "MSc Data Science", "university": "UT Arlington", "date": "Jan 2023 - May 2024"}
        ],
        "projects": [{"name": "Churn model", "technologies": "Python, scikit-learn"}],
        "certifications": ["Azure Fundamentals"],
        "honors": [{"title": "Hackathon", "awarder": "IBM", "summary": "3rd place"}],
    }
    result = profile_from_resume(document)
    assert result.notes[:7] == (
        "experience read as the work section (JSON Resume calls it work)",
        "certifications read as the certificates section (JSON Resume calls it certificates)",
        "honors read as the awards section (JSON Resume calls it awards)",
        "education[].degree read as studyType",
        "education[].university read as institution",
        "name, title, summary read as basics (JSON Resume keeps them there)",
        "contact is not a JSON Resume section; not placed",
    )
    candidate = mlcareer.load_candidate(result.profile)
    assert (candidate.name, candidate.goals.specialization) == ("Amal Haddad", "time_series")
    (job,) = candidate.experience
    assert (job.title, job.organization, job.start, job.highlights) == (
        "Data Scientist",
        "Acme",
        "2024-12",
        ("Forecasting with XGBoost",),
    )
    assert [(study.degree, study.field, study.institution) for study in candidate.education] == [
        ("MSc", "Data Science", "UT Arlington")
    ]
    assert [(item.kind, item.title, item.skills) for item in candidate.portfolio] == [
        (PortfolioKind.PROJECT, "Churn model", ("python", "scikit-learn")),
        (PortfolioKind.PROJECT, "Hackathon", ()),
        (PortfolioKind.CERTIFICATION, "Azure Fundamentals", ()),
    ]
    held = {
        "personal_info": {"name": "Ibrahim Ahmed", "email": "ia@example.org"},
        "experience": [
            {"title": "Research Assistant", "workplace": "Physics Dept.", "time": "Sep '15 - Apr '16",
             "achievements": ["Simulated detectors in Python"]}
        ],
        "education": [{"school": "Vanderbilt University", "year": "2012-16", "degree": "BE", "major": "EE"}],
    }  # fmt: skip
    result = profile_from_resume(held)
    assert result.notes[:5] == (
        "experience read as the work section (JSON Resume calls it work)",
        "education[].school read as institution",
        "education[].degree read as studyType",
        "education[].major read as area",
        "personal_info.name, personal_info.email read as basics (JSON Resume keeps them there)",
    )
    assert result.profile["experience"] == [
        {
            "title": "Research Assistant",
            "organization": "Physics Dept.",
            "start": "2015-09",
            "end": "2016-04",
            "skills": ["python"],
            "highlights": ["Simulated detectors in Python"],
        }
    ]
    assert result.profile["education"] == [
        {
            "degree": "BE",
            "field": "EE",
            "institution": "Vanderbilt University",
            "start": "2012",
            "end": "2016",
        }
    ]
    with pytest.raises(ResumeError):  # a profile's own keys: advised directly, not read as a résumé
        profile_from_resume({"name": "Amal", "skills": ["python"], "experience": []})


# --- properties: any document of the schema's shapes


_TABLE = mlcareer.skill_table()
_NAMES = st.one_of(
    st.sampled_from(sorted({info.name for info in _TABLE.skills.values()})),
    st.text(string.ascii_letters + " #+-", min_size=1, max_size=20).map(str.strip).filter(bool),
    # Words the importer reads for what they say of the work: its own, a course, a role, a sector.
    st.sampled_from(
        ["Freelance", "Data Science Bootcamp", "Machine learning researcher", "Head of Data", "Bank"]
    ),
)
_LEVELS = st.sampled_from(
    [
        "Master",
        "Proficient",
        "Basic",
        "Expert",
        "Fluent",
        "Beginner",
        "4",
        "guru",
        "",
        "4/5",
        "90%",
        "★★☆☆☆",
        "3 years",
    ]
)
_SKILL_ENTRIES = st.one_of(
    _NAMES,
    st.fixed_dictionaries(
        {"name": _NAMES}, optional={"level": _LEVELS, "keywords": st.lists(_NAMES, max_size=3)}
    ),
    st.fixed_dictionaries({"category": _NAMES | _LEVELS, "items": st.lists(_NAMES, max_size=3)}),
)
_DATES = st.sampled_from(
    ["2019", "2021-03", "2024-07-01", "Present", "Summer 2022", "soon", "", "06/2021", "03/04/2020"]
)
_RESUMES = st.fixed_dictionaries(
    {"basics": st.fixed_dictionaries({}, optional={"name": _NAMES, "summary": _NAMES, "label": _NAMES})},
    optional={
        "skills": st.lists(_SKILL_ENTRIES, max_size=6),
        "work": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": _NAMES,
                    "position": _NAMES,
                    "startDate": _DATES,
                    "endDate": _DATES,
                    "summary": _NAMES,
                    "highlights": st.lists(_NAMES, max_size=2),
                },
            ),
            max_size=3,
        ),
        "education": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "studyType": _NAMES,
                    "area": _NAMES,
                    "startDate": _DATES,
                    "endDate": _DATES,
                    "courses": st.lists(_NAMES, max_size=2),
                },
            ),
            max_size=2,
        ),
        "projects": st.lists(
            st.fixed_dictionaries(
                {}, optional={"name": _NAMES, "description": _NAMES, "keywords": st.lists(_NAMES, max_size=3)}
            ),
            max_size=3,
        ),
        "languages": st.lists(st.fixed_dictionaries({"language": _NAMES}), max_size=2),
        "awards": st.lists(st.fixed_dictionaries({"title": _NAMES}), max_size=2),
        "publications": st.lists(st.fixed_dictionaries({"name": _NAMES}), max_size=2),
        "certificates": st.lists(st.fixed_dictionaries({"name": _NAMES}), max_size=2),
        "volunteer": st.lists(st.fixed_dictionaries({"organization": _NAMES}), max_size=2),
        "interests": st.lists(st.fixed_dictionaries({"name": _NAMES}), max_size=2),
    },
)


def _skill_names(resume: dict[str, Any]) -> list[tuple[str, str]]:
    """Every skill name a résumé's skills section gives, with where."""
    found = []
    for index, entry in enumerate(resume.get("skills", [])):
        if isinstance(entry, str):
            found.append((f"skills[{index}]", entry))
            continue
        name = entry.get("name") or entry.get("category")
        if name and not entry.get("keywords") and not entry.get("items"):
            found.append((f"skills[{index}]", name))
        found += [
            (f"skills[{index}].keywords", item)
            for item in [*entry.get("keywords", []), *entry.get("items", [])]
        ]
    return found


@given(_RESUMES)
def test_any_resume_imports_and_loses_no_skill_silently(resume: dict[str, Any]) -> None:
    """Any document of the schema's shapes imports, its profile loads and advises, and every skill it names is placed or noted."""
    result = profile_from_resume(resume)
    candidate = mlcareer.load_candidate(result.profile)
    ENGINE.evaluate(candidate, as_of=AS_OF)
    placed = {skill.name for skill in candidate.skills}
    notes = "\n".join(result.notes)
    for where, name in _skill_names(resume):
        if name.strip():
            assert _TABLE.skill_id(name.strip()) in placed or repr(name.strip()) in notes, (where, name)


def test_a_group_of_interests_among_skills_is_no_skills() -> None:
    """A group named "Interests" in the skills lists no skills of the person's."""
    result = profile_from_resume(
        {
            "basics": {"name": "Aldrin"},
            "skills": [
                {"name": "Languages", "keywords": ["Python, Java"]},
                {"name": "Interests", "keywords": ["Tennis, Soccer, Anime"]},
            ],
        }
    )
    assert result.profile["skills"] == ["python", "java"]
    assert "skills[1] 'Interests': interests are not part of a profile; not placed" in result.notes


def test_awards_written_as_titles_and_keywords_as_one_text() -> None:
    """An award may be its title alone (running a contest is none), and a position's keywords one text listing them."""
    result = profile_from_resume(
        {
            "basics": {"name": "Ada"},
            "awards": [
                "2nd place, City Hackathon",
                "Dean's list",
                "Part of the organizer team of SoccerNet Challenges",
            ],
            "work": [
                {"name": "Acme", "position": "Analyst", "startDate": "2024-01", "keywords": "Python, pandas"}
            ],
        }
    )
    assert result.profile["portfolio"] == [{"kind": "project", "title": "City Hackathon (2nd place)"}]
    assert result.profile["experience"][0]["skills"] == ["python", "pandas"]
    assert 'awards[1] "Dean\'s list": awards are not part of a profile; not placed' in result.notes


def test_sections_written_as_entries_by_name() -> None:
    """A section written as a mapping of entries by their name gives each entry that name, and its fields renamed."""
    result = profile_from_resume(
        {
            "basics": {"name": "Ada"},
            "education": {"Imperial College London": {"degree": "MSc", "fieldOfStudy": "Statistics"}},
            "work": {"DeepMind": {"jobTitle": "Research Engineer", "start": "2024-09"}},
        }
    )
    assert result.profile["experience"] == [
        {"title": "Research Engineer", "organization": "DeepMind", "start": "2024-09"}
    ]
    assert result.profile["education"] == [
        {"degree": "MSc", "field": "Statistics", "institution": "Imperial College London"}
    ]
    assert result.notes[:6] == (
        "education 'Imperial College London': entries written under their institution",
        "work 'DeepMind': entries written under their employer",
        "education[].degree read as studyType",
        "education[].fieldOfStudy read as area",
        "work[].jobTitle read as position",
        "work[].start read as startDate",
    )


def test_skills_written_as_texts_that_list_them() -> None:
    """The skills section may be one text, or groups each written as one text, that list the skills."""
    grouped = profile_from_resume(
        {"basics": {}, "skills": {"Languages": "Python, C++", "Tools": "Docker; Git"}}
    )
    assert grouped.profile["skills"] == ["python", "c++", "docker", "git"]
    assert grouped.notes[0] == "skills 'Languages', 'Tools': groups of entries, each read as one"
    listed = profile_from_resume({"basics": {}, "skills": "Python, SQL, pandas"})
    assert listed.profile["skills"] == ["python", "sql", "pandas"]
    assert listed.notes[0] == "skills[0] 'Python, SQL, pandas': a list, each part read as a skill"


def test_a_text_longer_than_a_profile_holds_is_cut() -> None:
    """A title past a profile's bound (a whole citation) is cut to the words that fit, with a note."""
    name = "Senior, A.M. " + "word " * 150
    result = profile_from_resume({"basics": {"name": "Ana"}, "projects": [{"name": name}, {"name": "Short"}]})
    title = result.profile["portfolio"][0]["title"]
    assert len(title) <= 500
    assert title.endswith("word\u2026")
    assert result.profile["portfolio"][1]["title"] == "Short"
    assert "portfolio[0].title longer than 500 characters; cut to its first words" in result.notes


def test_a_trait_listed_with_the_skills_is_a_trait() -> None:
    """A trait's name among the skills ("Inquisitive") is that trait, with no example; other words stay skills."""
    result = profile_from_resume(
        {
            "basics": {"name": "Tyler"},
            "skills": [{"name": "Personal", "keywords": ["Inquisitive", "Tenacious", "Analytical"]}],
        }
    )
    assert result.profile["traits"] == ["curiosity", "persistence"]
    assert result.profile["skills"] == ["analytical"]
    assert "skills[0].keywords 'Inquisitive': the trait curiosity, listed with no example" in result.notes


def test_a_schools_diploma_is_no_degree() -> None:
    """A school's diploma or year (HSC, Class XII, a high school) is left out of education, with a note."""
    result = profile_from_resume(
        {
            "basics": {"name": "Ana"},
            "education": [
                {
                    "studyType": "BSc",
                    "area": "Physics",
                    "institution": "University of Dhaka",
                    "endDate": "2024",
                },
                {"studyType": "HSC", "institution": "Rajshahi College", "endDate": "2019"},
                {"studyType": "Diploma", "institution": "Seroil Government High School"},
            ],
        }
    )
    assert result.profile["education"] == [
        {"degree": "BSc", "field": "Physics", "institution": "University of Dhaka", "end": "2024"}
    ]
    assert "education[1] 'HSC': a school's diploma, not a degree; not placed" in result.notes
    assert (
        "education[2] 'Seroil Government High School': a school's diploma, not a degree; not placed"
        in result.notes
    )


def test_a_sentence_among_the_skills_is_no_skill() -> None:
    """A phrase that says something ("Experience working in agile teams") is not kept as an unknown skill."""
    resume = {"skills": [{"name": "Team Collaboration", "keywords": ["Experience working in agile teams"]}]}
    result = profile_from_resume(resume)
    assert result.profile["skills"] == ["teamwork"]
    assert (
        "skills[0].keywords 'Experience working in agile teams': no skill recognised in it; not placed"
        in result.notes
    )


def test_a_known_skill_with_a_note_in_brackets_is_that_skill() -> None:
    """A known name with a note in brackets that names no skill is that skill ("C (Programming Language)")."""
    result = mlcareer.import_resume({"skills": ["C (Programming Language)", "Flask (REST APIs)"]})
    assert result.profile["skills"] == ["c", "flask"]
    assert "skills[0] 'C (Programming Language)': read as C" in result.notes


def test_an_unknown_name_with_skills_in_brackets_is_each_of_them() -> None:
    """An unknown name with names in brackets is a skill and so is each of them, but the name's initials."""
    result = mlcareer.import_resume(
        {
            "skills": [
                "CI/CD (Jenkins, Git)",
                "Object-Oriented Programming (OOP)",
                "Courses (for the next term)",
            ]
        }
    )
    assert result.profile["skills"] == ["ci/cd", "jenkins", "git", "object-oriented-programming"]
    assert "skills[0] 'CI/CD (Jenkins, Git)': read as 'CI/CD' and the skills in its brackets" in result.notes
    assert "skills[2] 'Courses (for the next term)': no skill recognised in it; not placed" in result.notes


def test_known_names_joined_by_and_are_each_a_skill() -> None:
    """Known names joined by "and" or "&" ("R and Python") are each a skill; other names joined so are one."""
    result = mlcareer.import_resume({"skills": ["R and Python", "C & C++", "Research and Development"]})
    assert result.profile["skills"] == ["r", "python", "c", "c++", "research-and-development"]


def test_a_sentence_with_commas_among_the_skills_lists_no_skills() -> None:
    """A sentence with commas ("concerts at the Giant Egg, Beijing, China") gives only the known skills it names."""
    resume = {
        "skills": [
            {"name": "Music", "keywords": ["4 public concerts at the Giant Egg, Beijing, China."]},
            {"name": "Tools", "keywords": ["5 years of work with pandas, Paris, Python"]},
        ]
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == ["pandas", "python"]
    assert (
        "skills[0].keywords '4 public concerts at the Giant Egg, Beijing, China.': a sentence; only the skills"
        " it names read from it" in result.notes
    )


def test_an_adviser_named_under_way_is_a_mentor() -> None:
    """A degree or a position under way that names an adviser or supervisor gives the person a mentor."""
    resume = {
        "education": [
            {
                "studyType": "PhD",
                "area": "CS",
                "startDate": "2023-08",
                "endDate": "Present",
                "summary": "Advisor: Li Wei.",
            }
        ],
        "work": [
            {
                "position": "Engineer",
                "startDate": "2019-01",
                "endDate": "2020-01",
                "summary": "Supervisor: Ana Rao",
            }
        ],
    }
    result = profile_from_resume(resume)
    assert result.profile["growth"] == {"mentor": True}
    assert "education[0] 'Advisor: Li Wei', under way: a mentor (growth.mentor)" in result.notes
    ended = profile_from_resume({"work": resume["work"]})
    assert "growth" not in ended.profile


def test_a_position_held_under_a_professor_under_way_is_a_mentor() -> None:
    """A position under way at an employer "under Prof." someone has a mentor, and the employer is the name."""
    result = profile_from_resume(
        {
            "work": [
                {
                    "position": "Research Assistant",
                    "name": "UIC under Prof. Ana Silva",
                    "startDate": "2023-06",
                    "endDate": "Ongoing",
                }
            ]
        }
    )
    assert result.profile["experience"][0]["organization"] == "UIC"
    assert result.profile["growth"] == {"mentor": True}
    assert "work[0] 'under Prof. Ana Silva', under way: a mentor (growth.mentor)" in result.notes


def test_a_period_by_year_and_month_with_a_bare_dash_is_a_range() -> None:
    """A period by year and month joined by a bare dash is a start and an end, not a day of the month."""
    result = profile_from_resume(
        {"work": [{"name": "Acme", "position": "Engineer", "dates": "2022/10-2024/07"}]}
    )
    assert result.profile["experience"] == [
        {"title": "Engineer", "organization": "Acme", "start": "2022-10", "end": "2024-07"}
    ]


def test_a_mentee_under_way_has_a_mentor() -> None:
    """A position under way as a mentee (a mentorship programme) gives the person a mentor."""
    work = [{"name": "Crossplane", "position": "LFX Mentee", "startDate": "2026-03"}]
    result = profile_from_resume({"work": work})
    assert result.profile["growth"] == {"mentor": True}
    assert "work[0] 'LFX Mentee', under way: a mentor (growth.mentor)" in result.notes


def test_what_a_study_says_it_covered_is_studied() -> None:
    """Skills a study's summary or a field-less degree name are listed at beginner, as courses are."""
    resume = {
        "education": [
            {
                "studyType": "Graduate Diploma in AI & ML",
                "institution": "UT Austin",
                "endDate": "2024-11",
                "summary": "Learned deep learning, including computer vision.",
            }
        ]
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == [
        {"name": "deep-learning", "level": "beginner"},
        {"name": "computer-vision", "level": "beginner"},
        {"name": "artificial-intelligence", "level": "beginner"},
        {"name": "machine-learning", "level": "beginner"},
    ]
    assert (
        "education[0] what the study covered; it shows deep learning, computer vision, artificial intelligence,"
        " machine learning at beginner level" in result.notes
    )


def test_a_thesis_listed_as_a_position_is_a_case_study() -> None:
    """A thesis written as a position's title is a case study titled by its first highlight, not a role."""
    resume = {
        "work": [
            {
                "position": "Master\u2019s Thesis",
                "name": "Siemens AG",
                "startDate": "2026-05",
                "highlights": ["Beyond the Agent: A Review of Agentic AI.", "Asks how agents are evaluated."],
            }
        ]
    }
    result = profile_from_resume(resume)
    assert "experience" not in result.profile
    assert result.profile["portfolio"] == [
        {
            "kind": "case_study",
            "title": "Beyond the Agent: A Review of Agentic AI",
            "description": "Asks how agents are evaluated.",
        }
    ]
    assert (
        "work[0] 'Master\u2019s Thesis': a thesis, counted as the case study 'Beyond the Agent: A Review of"
        " Agentic AI'" in result.notes
    )


def test_a_list_ending_with_and_and_dates_with_commas_are_read() -> None:
    """A list ending "and C." lists C; "Feb, 2018 - December, 2020" is a period."""
    resume = {
        "skills": [{"name": "Languages", "keywords": ["C++, C#, and C."]}],
        "work": [{"position": "Developer", "name": "Acme", "dates": "Feb, 2018 - December, 2020"}],
    }
    result = profile_from_resume(resume)
    assert result.profile["skills"] == ["c++", "c#", "c"]
    assert result.profile["experience"] == [
        {"title": "Developer", "organization": "Acme", "start": "2018-02", "end": "2020-12"}
    ]


def test_a_keyword_of_punctuation_names_no_skill_of_a_position() -> None:
    """A position's keyword of punctuation only ("-") names no skill; the profile it gives still loads."""
    result = profile_from_resume(
        {"work": [{"position": "Engineer", "name": "Acme", "keywords": ["Python", "-"]}]}
    )
    assert result.profile["experience"][0]["skills"] == ["python"]
    mlcareer.load_candidate(result.profile)


def test_a_certification_program_in_education_is_a_course_that_covered_skills() -> None:
    """A certification program among the degrees is a course, and its courses show skills at beginner."""
    study = {
        "institution": "EdYoda",
        "studyType": "6-Month Certification",
        "area": "Data Scientist",
        "endDate": "2022-05",
        "courses": ["Data Analysis", "Machine Learning"],
    }
    result = profile_from_resume({"basics": {}, "education": [study]})
    assert result.profile["skills"] == [
        {"name": "data-science", "level": "beginner"},
        {"name": "data-analysis", "level": "beginner"},
        {"name": "machine-learning", "level": "beginner"},
    ]
    assert (
        "education[0].courses 2 kept as part of the course; they show data analysis, machine learning at beginner level"
        in result.notes
    )


def test_a_group_of_courses_among_the_skills_shows_what_they_covered() -> None:
    """A group of courses among the skills is no list of skills: what the courses cover is shown at beginner."""
    resume = {
        "skills": [{"name": "Courses", "keywords": ["Machine Learning (CS F464)", "Operating Systems"]}]
    }
    result = mlcareer.import_resume(resume)
    assert result.profile["skills"] == [{"name": "machine-learning", "level": "beginner"}]
    assert (
        "skills[0] 'Courses': courses taken, not skills; they show machine learning at beginner level"
        in result.notes
    )


def test_an_unknown_name_with_a_note_in_brackets_is_the_name() -> None:
    """An unknown skill with a note of one or two words in brackets ("Verilog (Rusty)") is the name alone."""
    result = mlcareer.import_resume({"skills": ["Verilog (Rusty)", "Hibernate (Currently Learning)"]})
    assert result.profile["skills"] == ["verilog", "hibernate"]
    assert "skills[0] 'Verilog (Rusty)': read as 'Verilog', the words in brackets a note" in result.notes


def test_a_conference_is_named_without_its_proceedings_date_and_pages() -> None:
    """A paper's conference is named as people name it: no "Proceedings of the", date, pages or publisher."""
    result = profile_from_resume(
        {
            "publications": [
                {
                    "name": "Cell detection with deep priors (2023)",
                    "publisher": "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern"
                    " Recognition (CVPR), Jun. 2023, pp. 23 913-23 923",
                },
                {
                    "name": "Domain adaptation for NIR images",
                    "publisher": "European Conference on Computer Vision (ECCV), Springer, 2020, pp. 413-429",
                },
            ]
        }
    )
    assert [item["title"] for item in result.profile["portfolio"]] == [
        "Cell detection with deep priors",
        "Domain adaptation for NIR images",
    ]
    assert result.profile["growth"]["networking"] == [
        {
            "kind": "conference",
            "name": "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
        },
        {"kind": "conference", "name": "European Conference on Computer Vision (ECCV)"},
    ]


def test_volunteering_that_mentors_others_is_no_project() -> None:
    """A volunteer role of mentoring, teaching or outreach that names ML is no project of the person's own."""
    result = profile_from_resume(
        {
            "volunteer": [
                {
                    "organization": "Undergraduate Mentorship",
                    "highlights": ["Mentoring an undergraduate student on NLP for moral inference."],
                },
                {
                    "organization": "DataKind",
                    "summary": "Built a machine learning model of demand for a food bank.",
                },
            ]
        }
    )
    assert [item["title"] for item in result.profile["portfolio"]] == ["DataKind"]
    assert (
        "volunteer[0] 'Undergraduate Mentorship': mentoring or teaching others, no project; not placed"
        in result.notes
    )


def test_an_ml_paper_at_a_gathering_of_another_field_is_networking() -> None:
    """An ML paper at a forum or conference of another field, named so, is taking part in the community."""
    result = profile_from_resume(
        {
            "publications": [
                {
                    "name": "Detection of Compromised UAVs using Graph Machine Learning",
                    "publisher": "AIAA SciTech Forum, Orlando, FL, 2026",
                },
                {"name": "Remote ID Spoofing Attacks and Defenses", "publisher": "AIAA SciTech Forum, 2026"},
            ]
        }
    )
    assert result.profile["growth"]["networking"] == [{"kind": "conference", "name": "AIAA SciTech Forum"}]
