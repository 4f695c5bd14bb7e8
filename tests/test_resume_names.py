"""Tests for mlcareer._resume_names: other names of JSON Resume's sections and fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Level, PortfolioKind
from mlcareer._resume import profile_from_resume
from mlcareer._resume_names import cv_sections, json_resume_names, section_of, titled_sections

if TYPE_CHECKING:
    from pathlib import Path


def test_a_parsed_resume_is_renamed_with_notes() -> None:
    """Sections, the person's fields and entries' fields are renamed, each change said once."""
    document = {
        "fullName": "Priya Raman",
        "professionalSummary": "Data analyst moving into ML.",
        "Work Experience": [
            {"jobTitle": "Data Analyst", "companyName": "Northwind", "technologies": ["SQL"]},
            {"jobTitle": "Intern", "companyName": "Contoso"},
        ],
        "education": [
            {"schoolName": "University of Leeds", "field_of_study": "Economics", "graduationYear": 2021}
        ],
        "licenses-and-certifications": [{"certificationName": "ML Specialization", "issueDate": "2025-03"}],
    }
    named, notes = json_resume_names(document)
    assert named == {
        "name": "Priya Raman",
        "summary": "Data analyst moving into ML.",
        "work": [
            {"position": "Data Analyst", "name": "Northwind", "keywords": ["SQL"]},
            {"position": "Intern", "name": "Contoso"},
        ],
        "education": [{"institution": "University of Leeds", "area": "Economics", "endDate": 2021}],
        "certificates": [{"name": "ML Specialization", "date": "2025-03"}],
    }
    assert notes == [
        ("fullName", "read as name"),
        ("professionalSummary", "read as summary"),
        ("Work Experience", "read as the work section (JSON Resume calls it work)"),
        (
            "licenses-and-certifications",
            "read as the certificates section (JSON Resume calls it certificates)",
        ),
        ("work[].jobTitle", "read as position"),
        ("work[].companyName", "read as name"),
        ("work[].technologies", "read as keywords"),
        ("education[].schoolName", "read as institution"),
        ("education[].field_of_study", "read as area"),
        ("education[].graduationYear", "read as endDate"),
        ("certificates[].certificationName", "read as name"),
        ("certificates[].issueDate", "read as date"),
    ]


def test_a_field_json_resume_names_is_never_replaced() -> None:
    """Where JSON Resume's own name is there, another name of it is left as it is, as is a second other name."""
    document = {
        "work": [{"position": "Analyst", "jobTitle": "Data Analyst", "designation": "Senior"}],
        "basics": {"name": "Ada", "fullName": "Ada Lovelace", "tagline": "Engineer"},
        "skills": {"Languages": ["Python"]},
        "technologies": {"Tools": ["Docker"]},
    }
    named, notes = json_resume_names(document)
    assert named == {
        "work": [{"position": "Analyst", "jobTitle": "Data Analyst", "designation": "Senior"}],
        "basics": {"name": "Ada", "fullName": "Ada Lovelace", "label": "Engineer"},
        "skills": {"Languages": ["Python"]},
        "technologies": {"Tools": ["Docker"]},
    }
    assert notes == [("basics.tagline", "read as label")]


def test_work_in_several_sections_is_all_work() -> None:
    """Entries of a section written under several names, as lists, are all the section's, in order."""
    document = {
        "Teaching Experience": [{"title": "Teaching Assistant"}],
        "work": [{"position": "Analyst"}],
        "Research Experience": [{"title": "Research Assistant"}],
        "academia": [{"position": "Graduate Student Researcher"}],
    }
    named, notes = json_resume_names(document)
    assert named == {
        "work": [
            {"position": "Analyst"},
            {"title": "Teaching Assistant"},
            {"title": "Research Assistant"},
            {"position": "Graduate Student Researcher"},
        ]
    }
    assert notes == [
        ("Teaching Experience", "read as part of the work section"),
        ("Research Experience", "read as part of the work section"),
        ("academia", "read as part of the work section"),
    ]


def test_an_employers_grouped_positions_are_each_a_position() -> None:
    """Positions grouped under their employer, with fields named with a prefix, are read one by one."""
    document = {
        "workExperience": [
            {
                "companyName": "Sparrow",
                "companyBlurb": "Leave management for employers.",
                "positions": [
                    {
                        "title": "Senior Software Engineer",
                        "startDate": "April 2024",
                        "bulletPoints": ["Led 4"],
                    },
                    {"title": "Software Engineer", "startDate": "Sept. 2022", "endDate": "April 2024"},
                ],
            }
        ],
        "education": [
            {"eduInstitution": "University of Pennsylvania", "eduLevel": "Master's Degree", "eduName": "CIT"},
            {"name": "Northeastern University", "degree": "BSc"},
        ],
        "technicalCompetencies": [{"skill": "Languages", "examples": ["Python", "SQL"]}],
    }
    candidate = mlcareer.load_candidate(mlcareer.import_resume(document).profile)
    assert [(job.title, job.organization, job.start, job.end) for job in candidate.experience] == [
        ("Senior Software Engineer", "Sparrow", "2024-04", None),
        ("Software Engineer", "Sparrow", "2022-09", "2024-04"),
    ]
    assert [(study.degree, study.field, study.institution) for study in candidate.education] == [
        ("Master's Degree", "CIT", "University of Pennsylvania"),
        ("BSc", None, "Northeastern University"),
    ]
    assert [skill.name for skill in candidate.skills] == ["python", "sql"]
    _, notes = json_resume_names(document)
    assert ("work[0].positions", "2 positions at one employer, each read as a work entry") in notes
    assert ("education[].eduInstitution", "read as institution") in notes


def test_a_mapping_at_the_top_is_a_holder_and_text_a_field() -> None:
    """Fields in a mapping that holds the person's are renamed there; `profile` as text is the summary."""
    held, _ = json_resume_names({"profile": {"fullName": "Ada"}, "projects": []})
    assert held == {"profile": {"name": "Ada"}, "projects": []}
    said, _ = json_resume_names({"profile": "An engineer.", "projects": []})
    assert said == {"summary": "An engineer.", "projects": []}


def test_a_parsed_resume_makes_a_profile() -> None:
    """A résumé in a parser's names, with no `basics`, is read as the person it describes."""
    document = {
        "fullName": "Priya Raman",
        "contactInformation": {"email": "priya@example.org"},
        "workExperience": [
            {
                "jobTitle": "Data Analyst",
                "companyName": "Northwind Retail",
                "startDate": "2023-02",
                "technologies": ["SQL", "pandas"],
            }
        ],
        "education": [{"degree": "BSc", "fieldOfStudy": "Economics", "schoolName": "University of Leeds"}],
        "projects": [{"projectName": "Demand forecast", "techStack": ["scikit-learn"]}],
    }
    candidate = mlcareer.load_candidate(profile_from_resume(document).profile)
    assert candidate.name == "Priya Raman"
    assert [(job.title, job.organization, job.skills) for job in candidate.experience] == [
        ("Data Analyst", "Northwind Retail", ("sql", "pandas"))
    ]
    assert [(study.degree, study.field, study.institution) for study in candidate.education] == [
        ("BSc", "Economics", "University of Leeds")
    ]
    assert [(item.title, item.skills) for item in candidate.portfolio] == [
        ("Demand forecast", ("scikit-learn",))
    ]


def test_a_description_written_as_a_list_is_highlights() -> None:
    """A position's description or summary written as a list, JSON's or Markdown's, is its highlights."""
    document: dict[str, Any] = {
        "name": "Lena Hofmann",
        "jobs": [
            {
                "title": "Software Engineer",
                "company": "Tech Solutions",
                "start_date": "2022-01",
                "description": ["Built Django services.", "Added a churn model in scikit-learn."],
            }
        ],
        "education": [{"degree": "BSc", "school": "TU Hamburg"}],
    }
    named, notes = json_resume_names(document)
    assert named["work"] == [
        {
            "title": "Software Engineer",
            "company": "Tech Solutions",
            "startDate": "2022-01",
            "highlights": ["Built Django services.", "Added a churn model in scikit-learn."],
        }
    ]
    assert ("work[].description", "a list: read as highlights") in notes
    candidate = mlcareer.load_candidate(profile_from_resume(document).profile)
    assert candidate.experience[0].skills == ("django", "scikit-learn")
    job_text = {
        **document["jobs"][0],
        "description": "Billing team.\n- Built Django services.\n- Added a churn model.",
    }
    (job,) = mlcareer.load_candidate(profile_from_resume({**document, "jobs": [job_text]}).profile).experience
    assert job.highlights == ("Billing team.", "Built Django services.", "Added a churn model.")


def test_a_fresh_resume_makes_a_profile() -> None:
    """A FRESH résumé (HackMyResume's format) is read as the person it describes, with a note."""
    document = {
        "name": "Jane Lee",
        "meta": {"format": "FRESH@1.0.0"},
        "info": {"label": "Data Scientist", "brief": "Forecasts demand for grocery retail."},
        "employment": {
            "history": [
                {
                    "employer": "Loblaw Digital",
                    "position": "Data Scientist",
                    "start": "2021-05",
                    "highlights": ["Built LightGBM forecasts that cut waste by 8%"],
                }
            ]
        },
        "education": {
            "level": "graduate",
            "history": [
                {"institution": "University of Toronto", "studyType": "Master", "area": "Statistics"}
            ],
        },
        "skills": {"sets": [{"name": "Modelling", "level": "advanced", "skills": ["Time series"]}]},
        "writing": [{"title": "Forecasting perishables", "publisher": {"name": "Medium"}}],
        "recognition": [{"title": "Kaggle M5 Forecasting silver medal", "from": "Kaggle"}],
    }
    result = profile_from_resume(document)
    candidate = mlcareer.load_candidate(result.profile)
    assert result.notes[0] == "meta.format a FRESH résumé: its sections read as JSON Resume's"
    assert (candidate.name, candidate.level("time-series")) == ("Jane Lee", Level.ADVANCED)
    assert [(job.title, job.organization, job.start) for job in candidate.experience] == [
        ("Data Scientist", "Loblaw Digital", "2021-05")
    ]
    assert [(study.degree, study.field) for study in candidate.education] == [("Master", "Statistics")]
    assert [(item.kind, item.title) for item in candidate.portfolio] == [
        (PortfolioKind.PROJECT, "Kaggle M5 Forecasting silver medal"),
        (PortfolioKind.BLOG_POST, "Forecasting perishables"),
    ]


def test_groups_beside_fields_about_the_section_are_its_entries() -> None:
    """A section written as its entries' groups beside fields about it reads the groups; the fields are a note."""
    result = profile_from_resume(
        {"basics": {"name": "A"}, "education": {"level": "graduate", "history": [{"institution": "MIT"}]}}
    )
    assert result.profile["education"] == [{"institution": "MIT"}]
    assert "education 'level': not entries; not placed" in result.notes


_NAMES = st.sampled_from(
    [
        "work",
        "workExperience",
        "Work History",
        "jobTitle",
        "position",
        "companyName",
        "name",
        "fullName",
        "profile",
        "description",
        "highlights",
    ]
)
_DOCUMENTS: st.SearchStrategy[dict[str, Any]] = st.dictionaries(
    _NAMES,
    st.text(max_size=3)
    | st.dictionaries(_NAMES, st.text(max_size=3), max_size=3)
    | st.lists(st.dictionaries(_NAMES, st.text(max_size=3), max_size=3), max_size=2),
    max_size=5,
)


def _texts(value: object) -> list[str]:
    """Every text *value* holds, whatever its keys, in order."""
    if isinstance(value, dict):
        return sorted(text for item in value.values() for text in _texts(item))
    if isinstance(value, list):
        return sorted(text for item in value for text in _texts(item))
    return [str(value)]


@given(_DOCUMENTS)
def test_renaming_keeps_every_value_and_is_done_once(document: dict[str, Any]) -> None:
    """Renaming keeps every value (under one name or another), and a renamed document has nothing left to rename."""
    named, _ = json_resume_names(document)
    assert _texts(named) == _texts(document)
    again, notes = json_resume_names(named)
    assert again == named
    assert notes == []


def test_a_cv_of_titled_sections_is_read_by_its_titles(tmp_path: Path) -> None:
    """A CV written as a list of titled sections gives the person, positions, studies and awards its titles name."""
    cv = tmp_path / "cv.yml"
    cv.write_text(
        """
- title: General Information
  type: map
  contents:
    - {name: Full Name, value: Lena Okafor}
    - {name: Role, value: Machine Learning Researcher}
- title: Research Experience
  type: time_table
  contents:
    - title: Research Assistant
      institution: Vision Lab, University of Lagos
      year: 2022 - Present
      description:
        - Trained segmentation models in PyTorch
        - title: Teaching
          contents: [Tutored the deep learning course]
- title: Education
  type: time_table
  contents:
    - {title: MSc Computer Science, institution: University of Lagos, year: 2020 - 2022}
- title: Honors and Awards
  type: time_table
  contents:
    - {year: 2023, items: [Best Poster, Travel Grant]}
- title: Other Interests
  type: list
  contents: [Chess]
""",
        encoding="utf-8",
    )
    result = mlcareer.import_resume(cv)
    assert result.notes[:3] == (
        "the document is a list of titled sections: each read as the section its title names",
        "Research Experience read as the work section (JSON Resume calls it work)",
        "Education read as the education section (JSON Resume calls it education)",
    )
    candidate = mlcareer.load_candidate(result.profile)
    assert candidate.name == "Lena Okafor"
    assert [(job.title, job.organization, job.start, job.highlights) for job in candidate.experience] == [
        (
            "Research Assistant",
            "Vision Lab, University of Lagos",
            "2022",
            ("Trained segmentation models in PyTorch", "Teaching", "Tutored the deep learning course"),
        )
    ]
    assert [(study.degree, study.field, study.institution, study.end) for study in candidate.education] == [
        ("MSc", "Computer Science", "University of Lagos", "2022")
    ]


def test_html_in_titled_sections_is_read_as_its_text() -> None:
    """The HTML a theme's CV writes in its texts (links, emphasis) is read as the text it shows."""
    sections = titled_sections(
        [
            {
                "title": "Open Source Projects",
                "contents": [{"title": '<a href="https://github.com/x/tagger">tagger</a>', "year": "2020"}],
            },
            {
                "title": "Experience",
                "contents": [{"title": "Engineer", "description": ["Cut <em>p99</em> by half"]}],
            },
        ]
    )
    assert sections == {
        "basics": {},
        "Open Source Projects": [{"title": "tagger", "year": "2020"}],
        "Experience": [{"title": "Engineer", "highlights": ["Cut p99 by half"]}],
    }


def test_other_lists_are_not_titled_sections() -> None:
    """A list whose entries are not all titled sections is left as it is, and refused as a résumé."""
    assert titled_sections([]) is None
    assert titled_sections([{"title": "Experience"}]) is None
    assert titled_sections([{"title": "Experience", "contents": []}, "text"]) is None
    with pytest.raises(mlcareer.ResumeError, match="a JSON Resume document is a mapping"):
        mlcareer.import_resume('[{"name": "Ada"}]')


def test_a_rendercv_document_is_read_as_its_person_and_sections() -> None:
    """RenderCV's person, its sections (Markdown read as text), a summary section and skills by label are read."""
    document = {
        "cv": {
            "name": "Sam Ito",
            "headline": "Data Scientist",
            "social_networks": [{"network": "GitHub", "username": "samito"}],
            "sections": {
                "About Me": ["Builds **forecasting** models.", "Likes maps."],
                "experience": [
                    {
                        "company": "[Acme](https://acme.example)",
                        "position": "Data Scientist",
                        "start_date": "2023-04",
                        "end_date": "present",
                        "highlights": ["Trained *XGBoost* demand models"],
                    }
                ],
                "skills": [{"label": "Libraries", "details": "pandas, scikit-learn"}],
            },
        },
        "design": {"theme": "classic"},
    }
    result = profile_from_resume(document)
    assert result.notes[:3] == (
        "cv a RenderCV document: the person and the sections under it read as the résumé",
        "experience read as the work section (JSON Resume calls it work)",
        "basics.headline read as label",
    )
    candidate = mlcareer.load_candidate(result.profile)
    assert [(job.organization, job.start, job.end, job.highlights) for job in candidate.experience] == [
        ("Acme", "2023-04", None, ("Trained XGBoost demand models",))
    ]
    assert {skill.name for skill in candidate.skills} >= {"pandas", "scikit-learn"}
    assert cv_sections({"cv": {"name": "Sam"}}) is None
    assert cv_sections({"basics": {}, "cv": {"sections": {}}}) is None


def test_headings_of_education_and_activities_name_their_sections() -> None:
    """Headings of education, leadership, activities, tools, talks and virtual internships name their sections."""
    assert [
        section_of(title)
        for title in (
            "Educational Background",
            "LEADERSHIP",
            "Extracurricular Activities",
            "TOOLS/TECH STACK",
            "Conference Contributions",
            "Poster Presentations",
            "Virtual Internships & Certification",
            "Internships",
        )
    ] == ["education", "volunteer", "volunteer", "skills", "speaking", "speaking", "certificates", "work"]
