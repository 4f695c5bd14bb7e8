"""Tests for mlcareer._text_resume: résumés written as Markdown or plain text, read by their headings."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import ResumeError, Stage
from mlcareer._facts import Facts
from mlcareer._text_resume import resume_from_text

if TYPE_CHECKING:
    from pathlib import Path

AS_OF = dt.date(2026, 11, 25)

MARKDOWN = """\
---
layout: page
title: Resume
---

# Jordan Reyes

jordan@example.com | +1 555 010 2000

Data scientist with six years of experience building forecasting models for retail.

## Skills

- **Languages:** Python, SQL | R
- Tools: Airflow, Docker

## Experience

### Senior Data Scientist — Northwind Market, Seattle
*March 2021 \u2013 Present*
- Built the demand forecast for 40,000 products with LightGBM
- Led a team of three analysts

### Data Analyst | Contoso Retail
2018 - 2021
- Weekly sales dashboards in Tableau

## Education

* M.Sc. Statistics, University of Washington, 2016-18
  * Thesis on hierarchical forecasting
* B.A. in Economics, Oregon State University, 2012 - 2016

## Coursework
- Machine learning

## Projects

**Grocery basket recommender**
- Matrix factorisation on public data, in PyTorch

## Certifications
- AWS Certified Machine Learning \u2013 Specialty (2023)
"""

PLAIN = """\
PRIYA NAIR
Bangalore, India | priya@example.com

SUMMARY
Machine learning engineer working on ranking for e-commerce.

EXPERIENCE
Machine Learning Engineer, Flipkart                    Jun 2022 \u2013 Present
• Ranking models with LightGBM and PyTorch
Data Analyst, Mu Sigma                                 Jul 2020 \u2013 May 2022
• SQL reports for retail clients

EDUCATION
B.Tech in Computer Science, NIT Calicut                2016 \u2013 2020

SKILLS
Python, SQL, PyTorch
"""


def test_markdown_is_read_by_its_headings() -> None:
    """A Markdown CV's sections, entries, heads, periods, highlights and skill groups become JSON Resume's."""
    read = resume_from_text(MARKDOWN)
    assert read is not None
    resume, notes = read
    assert resume == {
        "basics": {
            "name": "Jordan Reyes",
            "summary": "Data scientist with six years of experience building forecasting models for retail.",
        },
        "skills": [
            {"name": "Languages", "keywords": ["Python, SQL, R"]},
            {"name": "Tools", "keywords": ["Airflow, Docker"]},
        ],
        "work": [
            {
                "name": "Northwind Market",
                "position": "Senior Data Scientist",
                "dates": "March 2021 \u2013 Present",
                "highlights": [
                    "Built the demand forecast for 40,000 products with LightGBM",
                    "Led a team of three analysts",
                ],
            },
            {
                "name": "Contoso Retail",
                "position": "Data Analyst",
                "dates": "2018 - 2021",
                "highlights": ["Weekly sales dashboards in Tableau"],
            },
        ],
        "education": [
            {
                "studyType": "M.Sc.",
                "area": "Statistics",
                "institution": "University of Washington",
                "dates": "2016-18",
                "summary": "Thesis on hierarchical forecasting.",
                "courses": ["Machine learning"],
            },
            {
                "studyType": "B.A.",
                "area": "Economics",
                "institution": "Oregon State University",
                "dates": "2012 - 2016",
            },
        ],
        "projects": [
            {
                "name": "Grocery basket recommender",
                "highlights": ["Matrix factorisation on public data, in PyTorch"],
            }
        ],
        "certificates": [{"name": "AWS Certified Machine Learning \u2013 Specialty", "date": "2023"}],
    }
    assert notes == (
        "the document is text: read by its headings, as 5 sections (skills: 2 entries, work: 2 entries,"
        " education: 2 entries, projects: 1 entry, certificates: 1 entry)",
    )


def test_plain_text_is_read_by_capitals_and_periods() -> None:
    """Headings in capitals, a period on the head's line and bullets read a CV copied from a PDF."""
    read = resume_from_text(PLAIN)
    assert read is not None
    resume, _ = read
    assert resume["basics"] == {
        "name": "Priya Nair",
        "summary": "Machine learning engineer working on ranking for e-commerce.",
    }
    assert resume["work"] == [
        {
            "name": "Flipkart",
            "position": "Machine Learning Engineer",
            "dates": "Jun 2022 \u2013 Present",
            "highlights": ["Ranking models with LightGBM and PyTorch"],
        },
        {
            "name": "Mu Sigma",
            "position": "Data Analyst",
            "dates": "Jul 2020 \u2013 May 2022",
            "highlights": ["SQL reports for retail clients"],
        },
    ]
    assert resume["education"] == [
        {
            "studyType": "B.Tech",
            "area": "Computer Science",
            "institution": "NIT Calicut",
            "dates": "2016 \u2013 2020",
        }
    ]
    assert resume["skills"] == ["Python, SQL, PyTorch"]


def test_wrapped_lines_and_heads_in_capitals() -> None:
    """A line wrapped under a bullet or after a comma goes on with it; a head in capitals is read as words."""
    text = "\n".join(
        [
            "SAM OKAFOR",
            "",
            "SKILLS",
            "\u2500" * 20,
            "NLP:          spaCy, NLTK,",
            "              named entity recognition",
            "",
            "EXPERIENCE",
            "\u2500" * 20,
            "SENIOR ML ENGINEER | Acme Insurance | Leeds",
            "March 2022 - Present",
            "\u2022 Trained a claims classifier that routes",
            "  40,000 claims a month",
            "\u2022 Served it with FastAPI",
            "",
            "PROJECTS",
            "CLAUSE SEARCH | Python, FAISS",
            "\u2022 Search over policy clauses with sentence",
            "  embeddings",
        ]
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["skills"] == [{"name": "NLP", "keywords": ["spaCy, NLTK, named entity recognition"]}]
    assert resume["work"] == [
        {
            "name": "Acme Insurance",
            "position": "Senior ML Engineer",
            "dates": "March 2022 - Present",
            "highlights": [
                "Trained a claims classifier that routes 40,000 claims a month",
                "Served it with FastAPI",
            ],
        }
    ]
    assert resume["projects"] == [
        {
            "name": "Clause Search",
            "keywords": ["Python", "FAISS"],
            "highlights": ["Search over policy clauses with sentence embeddings"],
        }
    ]


def test_text_from_a_pdf_with_sub_headings_and_circles() -> None:
    """Unmarked titles name sections; a word over items heads no position; circles mark items; no city, no state."""
    text = (
        "Lena Berg\n"
        "Work Experience\n"
        "Machine Learning Intern May 2019 \u2013 Aug. 2019\n"
        "Progressive Insurance Mountain View, CA\n"
        "2020 \u2013 2022 Data Scientist, Acme, Oslo\n"
        "\u25cb Built churn models\n"
        "Supervision\n"
        "\u25cb Two master's theses on ranking\n"
        "Scholarships and Awards\n"
        "\u25cb Best paper award, 2021\n"
        "EXTRACURRICULAR ACTIVITIES\n"
        "\u25cb Chess club captain\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["work"] == [
        {
            "position": "Machine Learning Intern",
            "dates": "May 2019 \u2013 Aug. 2019",
            "name": "Progressive Insurance",
        },
        {
            "name": "Acme",
            "position": "Data Scientist",
            "dates": "2020 \u2013 2022",
            "highlights": ["Built churn models"],
        },
    ]
    assert resume["awards"] == [{"title": "Best paper award", "date": "2021"}]
    assert resume["volunteer"] == [{"position": "Chess club captain"}]
    assert notes[-1:] == (
        "work 'Supervision': a word over items, with no role and no period, heads no position; not placed",
    )


def test_a_table_of_education_one_cell_a_line() -> None:
    """A table of education written cell by cell is read by the layout its years fit; its head is the CV's top."""
    table = ["Examination", "Institute", "Year", "CPI / %"]
    cells = ["Graduation", "Intermediate", "IIT Bombay", "KV Indore", "2027", "2023", "9.22", "98.00%"]
    text = "\n".join(
        [
            "PROJECTS",
            "Score Model | Analytics Club (Dec 2023 - Jan 2024)",
            "\u2022 Predicted cricket scores with a random forest",
            "Aditya Rao",
            "Mathematics",
            "Indian Institute of Technology Bombay",
            "B.S.",
            "Gender: Male",
            *table,
            *cells,
            "Group Theory | Summer of Science (May 2024 - July 2024)",
            "\u2022 Wrote a report on group theory",
            "TECHNICAL SKILLS",
            "Languages C++, Python, HTML/CSS",
            "Software Blender, MS Office",
            "Software Engineering, Agile",
        ]
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["basics"] == {"name": "Aditya Rao"}
    assert resume["education"] == [
        {"studyType": "B.S.", "institution": "IIT Bombay", "endDate": "2027", "area": "Mathematics"}
    ]
    assert [project["name"] for project in resume["projects"]] == ["Score Model", "Group Theory"]
    assert resume["skills"] == [
        {"name": "Languages", "keywords": ["C++, Python, HTML/CSS"]},
        {"name": "Software", "keywords": ["Blender, MS Office"]},
        "Software Engineering, Agile",
    ]
    assert (
        notes[1] == "a table of education (Examination, Institute, Year, CPI / %): 2 rows, 1 of them a degree"
    )
    # The same table row by row, under the education heading, with no head: a degree of its own words.
    rows = [
        "Post Graduation",
        "IIT Delhi",
        "2019 - 2021",
        "8.1",
        "Graduation",
        "NIT Trichy",
        "Pursuing",
        "7.9",
    ]
    read = resume_from_text("\n".join(["Ana Silva", "Education", *table, *rows, "Skills", "Python"]))
    assert read is not None
    assert read[0]["education"] == [
        {"studyType": "Post Graduation", "institution": "IIT Delhi", "dates": "2019 - 2021"},
        {"studyType": "Graduation", "institution": "NIT Trichy", "dates": "Pursuing"},
    ]


def test_service_a_country_and_a_thesis_in_a_head() -> None:
    """Reviewing is service, by a reviewer; a country ends a place; a thesis in an education head is its summary."""
    text = (
        "Ana Silva\n"
        "Education\n"
        "Indian Institute of Technology (IIT-D) New Delhi, India\n"
        "Thesis: Automatic Grading of Celiac Disease July 2022\u2013Aug 2027\n"
        "Advisors: Dr. Rao\n"
        "Experience\n"
        "Innefu Labs New Delhi, India\n"
        "Data Scientist - Video Analytics Aug 2018 \u2013 Sept 2019\n"
        "Professional Services\n"
        "\u2022 Reviewer - Medical Image Computing and Computer Assisted Intervention (MICCAI) 2023, 2024\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["education"] == [
        {
            "institution": "Indian Institute of Technology (IIT-D)",
            "dates": "July 2022\u2013Aug 2027",
            "summary": "Thesis: Automatic Grading of Celiac Disease.",
        }
    ]
    assert resume["work"] == [
        {"name": "Innefu Labs", "position": "Data Scientist", "dates": "Aug 2018 \u2013 Sept 2019"}
    ]
    assert resume["volunteer"] == [
        {
            "organization": "Medical Image Computing and Computer Assisted Intervention (MICCAI)",
            "position": "Reviewer",
            "dates": "2023",
        }
    ]


def test_heads_set_in_tables_as_word_templates_write_them() -> None:
    """A name in a table's first cell, a school and its place over a degree and its period, a hackathon."""
    text = (
        "| Nadia Rahman | Email: nadia@example.com |\n"
        "**EDUCATION**\n"
        "| Indian Institute of Technology, Madras | Chennai, India |\n"
        "| Bachelor of Science (BS) - Data Science | Pursuing |\n"
        "Relevant coursework: Machine Learning, Statistics.\n"
        "| Sam Higginbottom University of Agriculture, Technology and Sciences (SHUATS) | Prayagraj, India |\n"
        "| Bachelor of Technology - Mechanical Engineering; CGPA: 8.88 | Sep 2016 |\n"
        "**EXPERIENCE**\n"
        "| Amazon | Bengaluru, India (On-site) |\n"
        "| Transportation Specialist (Full-time) | Aug 2024 - Present |\n"
        "**HACKATHONS**\n"
        "| Resolve-It: a RAG assistant | GenAI Hackathon 2026 |\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["basics"] == {"name": "Nadia Rahman"}
    assert resume["education"] == [
        {
            "studyType": "Bachelor of Science (BS)",
            "area": "Data Science",
            "institution": "Indian Institute of Technology, Madras",
            "dates": "Pursuing",
            "summary": "Relevant coursework: Machine Learning, Statistics.",
        },
        {
            "studyType": "Bachelor of Technology",
            "area": "Mechanical Engineering",
            "institution": "Sam Higginbottom University of Agriculture, Technology and Sciences (SHUATS)",
            "dates": "Sep 2016",
        },
    ]
    assert [project["name"] for project in resume["projects"]] == ["Resolve-It: a RAG assistant"]
    profile = mlcareer.import_resume(text).profile
    assert profile["experience"][0]["title"] == "Transportation Specialist"
    # A degree under way with no start says the person studies now, unless a job says otherwise.
    alone = mlcareer.import_resume(
        text.split("**EXPERIENCE**", maxsplit=1)[0] + "## Skills\nPython\n"
    ).profile
    assert alone["stage"] == "student"
    assert profile.get("stage") is None


def test_items_typed_with_a_hyphen_and_no_space() -> None:
    """A hand-typed list ("-Led a team", "-C++") is a list; a hyphen before small letters is not a mark."""
    read = resume_from_text(
        "Ana Silva\n## Work Experience\n**Quiz Team Leader, DAV School (2019-2021)**\n"
        "-Led a quiz team\n## Skills\n-C++\n-Matlab\n-based on nothing\n"
    )
    assert read is not None
    resume, _ = read
    assert resume["work"][0]["highlights"] == ["Led a quiz team"]
    assert resume["skills"] == ["C++", "Matlab", "-based on nothing"]


def test_a_citation_is_titled_after_its_authors() -> None:
    """A citation with no quotes is titled by the words after its authors' initials; the journal publishes it."""
    read = resume_from_text(
        "Ana Silva\n## Publications\n"
        "1. Norris, D.M., Senior, A.M. & Burchfield, J.G. Signalling heterogeneity in single cells. iScience."
        " 24: 202118. (IF 4.4)\n"
        "2. Jarvie, S., Senior, A.M. & Cree, A. 2015. Captive rearing affects growth. Journal of Zoology, 297: 184.\n"
    )
    assert read is not None
    assert read[0]["publications"] == [
        {"name": "Signalling heterogeneity in single cells", "publisher": "iScience"},
        {
            "name": "Captive rearing affects growth",
            "releaseDate": "2015",
            "publisher": "Journal of Zoology, 297: 184",
        },
    ]


def test_a_period_over_a_degree_in_bold_and_a_grade_in_bold() -> None:
    """A period above a head in bold begins its entry; a grade in bold heads nothing; "Reg. No. 2044" is no date."""
    read = resume_from_text(
        "Ana Silva\n### Education\nAugust 2019 - June 2023\n**Bachelor of Technology**\n"
        "Computer Science and Engineering\n**CGPA: 9.44/10**\nMarch 2017\n**Secondary School (Class 10)**\n"
        "### Experience\n**NTPC**\nIndustrial Training, Reg. No. 2044\n"
    )
    assert read is not None
    resume, _ = read
    assert resume["education"] == [
        {
            "studyType": "Bachelor of Technology",
            "area": "Computer Science and Engineering",
            "dates": "August 2019 - June 2023",
            "summary": "CGPA: 9.44/10",
        },
        {"institution": "Secondary School (Class 10)", "dates": "March 2017"},
    ]
    assert "dates" not in resume["work"][0]


def test_groups_of_skills_named_on_their_own_line() -> None:
    """A group name on its own line ("Programming Languages:") over skills names them, not spoken languages."""
    read = resume_from_text(
        "Ana Silva\n## Skills\nProgramming Languages:\nPython, R\nML and Data Science:\nPyTorch\n"
        "## Languages\nBengali\n"
    )
    assert read is not None
    resume, _ = read
    assert resume["skills"] == [
        {"name": "Programming Languages", "keywords": ["Python, R"]},
        {"name": "ML and Data Science", "keywords": ["PyTorch"]},
    ]
    assert resume["languages"] == [{"language": "Bengali"}]


def test_academic_heads_grades_and_labelled_items() -> None:
    """Grades and honours, a note after the degree, a field by its label and labelled items under a role."""
    text = (
        "Aleksei Liu\n"
        "Education\n"
        "\u2022 Bielefeld University Bielefeld, Germany\n"
        "PhD (ongoing) in Machine Learning 2020 \u2013 Present\n"
        "\u2022 Bilkent University Sept. 2019 \u2013 June 2023\n"
        "B.S. in Electrical Engineering, Summa Cum Laude (GPA: 3.82/4.0)\n"
        "\u2022 University of Cincinnati, Class of 2016\n"
        "Major: Computer Science\n"
        "Experience\n"
        "\u2022 Bielefeld University Bielefeld, Germany\n"
        "PhD Candidate \u2014 Machine Learning 2020 \u2013 Present\n"
        "\u2022 Research: Anomaly detection with AutoML and graph networks.\n"
        "\u2022 Publications: International conferences and journals.\n"
        "Publications\n"
        "2025 M. Mistretta, A. Baldrati, M. Bertini. Cross the Gap: Exposing the Misalignment in CLIP. International\n"
        "Conference on Learning Representations (ICLR).\n"
        "2024 B. Guler, H. Jafarkhani, \u201dAdaFortiTran: An Adaptive Transformer Model\u201d, IEEE Transactions.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["education"] == [
        {
            "studyType": "PhD",
            "area": "Machine Learning",
            "institution": "Bielefeld University",
            "dates": "2020 \u2013 Present",
        },
        {
            "studyType": "B.S.",
            "area": "Electrical Engineering",
            "institution": "Bilkent University",
            "dates": "Sept. 2019 \u2013 June 2023",
        },
        {"area": "Computer Science", "institution": "University of Cincinnati", "dates": "2016"},
    ]
    assert resume["work"] == [
        {
            "position": "PhD Candidate",
            "name": "Bielefeld University",
            "dates": "2020 \u2013 Present",
            "highlights": [
                "Research: Anomaly detection with AutoML and graph networks.",
                "Publications: International conferences and journals.",
            ],
        }
    ]
    assert resume["publications"] == [
        {
            "name": "Cross the Gap: Exposing the Misalignment in CLIP",
            "releaseDate": "2025",
            "publisher": "International Conference on Learning Representations (ICLR)",
        },
        {
            "name": "AdaFortiTran: An Adaptive Transformer Model",
            "releaseDate": "2024",
            "publisher": "IEEE Transactions",
        },
    ]


def test_a_short_cv_with_apostrophe_years_and_contacts_first() -> None:
    """Dates like "May\u201924" and "\u201921" are read; the name follows contact lines; a title ends with no city."""
    text = (
        "(+91) 96912 96639\n"
        "Hostel 18, IIT Bombay, Mumbai\n"
        "Atishay Jain\n"
        "Education\n"
        "\u2022 B.Tech., Computer Science and Engineering, Indian Institute of Technology Bombay (\u201921 - \u201925)\n"
        "\u2022 MSc in Artificial Intelligence - Highest honours 2019 - 2020\n"
        "Experience\n"
        "Strats and Quant Intern | Morgan Stanley (May\u201924 - Jul\u201924)\n"
        "\u2022 Developed a score prediction model of T20 Cricket Matches based on T20I games from 2005-2021\n"
        "Applied Scientist Cambridge, UK\n"
        "Amazon Dec. 2023 \u2013 May 2024\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["basics"] == {"name": "Atishay Jain"}
    assert [study.get("dates") for study in resume["education"]] == ["\u201921 - \u201925", "2019 - 2020"]
    assert resume["education"][1] == {
        "studyType": "MSc",
        "area": "Artificial Intelligence",
        "dates": "2019 - 2020",
    }
    assert [(job.get("position"), job.get("name"), job["dates"]) for job in resume["work"]] == [
        ("Strats and Quant Intern", "Morgan Stanley", "May\u201924 - Jul\u201924"),
        ("Applied Scientist", "Amazon", "Dec. 2023 \u2013 May 2024"),
    ]
    profile = mlcareer.import_resume(text).profile
    assert profile["experience"][0]["start"] == "2024-05"
    assert profile["education"][0]["start"] == "2021"


def test_grades_and_the_people_worked_with_are_no_part_of_a_head() -> None:
    """A CPI, "with Honours" and "- with" the people a degree or a role was done with leave the head."""
    read = resume_from_text(
        "Ana Silva\nEducation\nIndian Institute of Technology Bombay, Mumbai, India Nov 2020 \u2013 Mar 2024\n"
        "Bachelor of Technology in Computer Science and Engineering with Honours CPI - 9.44/10\n"
        "CentraleSupelec Paris Saclay\n"
        "PhD in Graph Machine Learning \u2013 with Fragkiskos Malliaros and Hugues Talbot 2021 - 2023\n"
        "Experience\nVisiting researcher\n"
        "Mila \u2013 with David Rolnick and Yoshua Bengio Feb. 2022 \u2013 Nov 2023\n"
    )
    assert read is not None
    resume, _ = read
    assert [(study.get("studyType"), study.get("area")) for study in resume["education"]] == [
        ("Bachelor of Technology", "Computer Science and Engineering"),
        ("PhD", "Graph Machine Learning"),
    ]
    assert resume["work"] == [
        {"position": "Visiting researcher", "name": "Mila", "dates": "Feb. 2022 \u2013 Nov 2023"}
    ]


def test_titles_set_with_their_letters_spaced() -> None:
    """Titles set with their letters spaced ("E X P E R I E N C E", "E D U C AT I O N") name sections."""
    read = resume_from_text(
        "Florian Bastin\nE X P E R I E N C E\nChanel via Octo Technology Jun \u2013 Nov 2023\n"
        "Deep Learning Engineer\nE D U C AT I O N\nM2 MASH, Dauphine & Ecole Normale Superieure, 2018\n"
    )
    assert read is not None
    resume, _ = read
    assert resume["work"] == [
        {
            "position": "Deep Learning Engineer",
            "name": "Chanel via Octo Technology",
            "dates": "Jun \u2013 Nov 2023",
        }
    ]
    assert resume["education"][0]["institution"] == "Dauphine & Ecole Normale Superieure"


def test_a_paper_is_titled_apart_from_where_it_went() -> None:
    """A paper's line names its title, then where it was submitted, accepted or presented: the publisher."""
    read = resume_from_text(
        "Ana Silva\n## Publications\n"
        "- Prompting for Relation Extraction, Accepted as full paper at SAC 2024\n"
        "- A Survey of Pipelines, Submitted to NLDB\n"
        "- Notes on Ranking, under review\n"
    )
    assert read is not None
    assert read[0]["publications"] == [
        {
            "name": "Prompting for Relation Extraction",
            "releaseDate": "2024",
            "summary": "Accepted as full paper at SAC",
            "publisher": "SAC",
        },
        {"name": "A Survey of Pipelines", "summary": "Submitted to NLDB", "publisher": "NLDB"},
        {"name": "Notes on Ranking", "summary": "under review"},
    ]
    # An ML paper taken to a conference of computing is networking; one only submitted is not.
    profile = mlcareer.import_resume(
        "Ana Silva\n## Skills\nPython\n## Publications\n"
        "- Prompting for Relation Extraction, Accepted as full paper at SAC 2024\n"
        "- Prompting for Entity Linking, Submitted to NLDB\n"
        "- Notes on Ledgers, Presented at COMPSAC 2023\n"
    ).profile
    assert profile["growth"] == {"networking": [{"kind": "conference", "name": "SAC"}]}


def test_papers_split_at_their_authors_and_talks_as_gatherings() -> None:
    """Papers written as title, authors and venue lines split at their authors; talks and awards at their dates."""
    text = (
        "Ana Silva\nSKILLS\nPython, PyTorch\nPUBLICATIONS\n"
        "Sample Efficient Control\nfrom Pixels September 2019\nA. Silva and B. Okafor\nSubmitted to ICLR 2020\n"
        "Planning with Language June 2019\nB. Okafor, A. Silva and\nC. Diaz\nNEURIPS 2019\n"
        "Sequence Models March 2017\nA. Silva and C. Diaz\n"
        "TALKS\n"
        "Planning with Language October 2019\nICML 2019 Stockholm, Sweden\n"
        "Gardening at Scale July 2018\nCity Library Porto, Portugal\n"
        "AWARDS\nICPC World Final 2011\nParticipant Orlando, FL\nCode Jam Final 2008\nFinalist\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["publications"] == [
        {
            "name": "Sample Efficient Control from Pixels",
            "releaseDate": "September 2019",
            "publisher": "Submitted to ICLR 2020",
        },
        {"name": "Planning with Language", "releaseDate": "June 2019", "publisher": "NEURIPS 2019"},
        {"name": "Sequence Models", "releaseDate": "March 2017"},
    ]
    assert read[0]["speaking"] == [
        {"title": "Planning with Language", "event": "ICML 2019", "date": "October 2019"},
        {"title": "Gardening at Scale", "event": "City Library", "date": "July 2018"},
    ]
    assert read[0]["awards"] == [
        {"title": "ICPC World Final", "date": "2011", "summary": "Participant Orlando, FL"},
        {"title": "Code Jam Final", "date": "2008", "summary": "Finalist"},
    ]
    imported = mlcareer.import_resume(text)
    # A paper only submitted is no gathering; a talk on a subject with no ML is not placed.
    assert imported.profile["growth"] == {
        "networking": [
            {"kind": "conference", "name": "NEURIPS 2019"},
            {"kind": "conference", "name": "ICML 2019"},
        ]
    }
    assert (
        "speaking[1] 'Gardening at Scale at City Library': a talk not known to be on ML; not placed"
        in imported.notes
    )


def test_a_student_cv_with_its_place_beside_the_name_and_open_periods() -> None:
    """A place after the name, an open period at a line's start, joined headings and unplaced sections are read."""
    text = (
        "AKI TANAKA Tokyo, Japan\nEDUCATION\n4/2021 - Waseda University Tokyo, Japan\nMajor : Computer Science.\n"
        "TEACHING\nIntroduction to Deep Learning October 2024\nTeaching assistant, Waseda University Tokyo, Japan\n"
        "USC PROJECTS EXPERIENCE\nSentiment Crawler May 2023\n"
        "- Built a crawler that draws word clouds of posts for\nEnglish and Chinese.\n"
        "PUBLICATIONS AND TALKS\n"
        "Paper (Japanese) Gesture Authentication for Smartwatches\nAki Tanaka, Ren Mori, ICSS 2023, 2023.\n"
        "[pdf] [code]\nArticle Motion Priors for Animation\nAki Tanaka and Ren Mori, 2024.\n"
        "Awards, Honors, and Activities\nDean's List 2022\nTop of the class\nChess Open 2021\nFinalist\n"
        "Miscellaneous\nCitizenship: Japan\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["basics"] == {"name": "Aki Tanaka"}
    assert resume["education"] == [
        {"area": "Computer Science", "institution": "Waseda University", "dates": "4/2021 -"}
    ]
    assert resume["work"] == [
        {
            "position": "Teaching assistant, Introduction to Deep Learning",
            "name": "Waseda University",
            "dates": "October 2024",
        }
    ]
    assert resume["projects"] == [
        {
            "name": "Sentiment Crawler",
            "dates": "May 2023",
            "highlights": ["Built a crawler that draws word clouds of posts for English and Chinese."],
        }
    ]
    assert resume["publications"] == [
        {
            "name": "Gesture Authentication for Smartwatches",
            "releaseDate": "2023",
            "publisher": "ICSS 2023, 2023",
        },
        {"name": "Motion Priors for Animation", "releaseDate": "2024"},
    ]
    assert resume["awards"] == [
        {"title": "Dean's List", "date": "2022", "summary": "Top of the class"},
        {"title": "Chess Open", "date": "2021", "summary": "Finalist"},
    ]
    assert notes[-1] == "'Miscellaneous': a section a résumé does not have; not placed"


def test_an_employer_above_its_title_and_a_headline() -> None:
    """An employer's line above the title and period, a school above its degree, a role under the name."""
    text = (
        "John Smith\nMachine Learning Engineer\nSan Francisco • john@example.com\n\n"
        "PROFESSIONAL EXPERIENCE\nAcme Corp, San Francisco, CA\nMachine Learning Engineer    Jan 2021 \u2013 Present\n"
        "\u25cf Fraud models with XGBoost\nBeta Inc\nData Scientist    Jun 2018 \u2013 Dec 2020\n\n"
        "EDUCATION\nStanford University    2014 \u2013 2018\nB.S. in Computer Science\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0] == {
        "basics": {"name": "John Smith", "label": "Machine Learning Engineer"},
        "work": [
            {
                "name": "Acme Corp",
                "position": "Machine Learning Engineer",
                "dates": "Jan 2021 \u2013 Present",
                "highlights": ["Fraud models with XGBoost"],
            },
            {"name": "Beta Inc", "position": "Data Scientist", "dates": "Jun 2018 \u2013 Dec 2020"},
        ],
        "education": [
            {
                "studyType": "B.S.",
                "area": "Computer Science",
                "institution": "Stanford University",
                "dates": "2014 \u2013 2018",
            }
        ],
    }


def test_entries_are_split_by_periods_and_headings_by_underlines() -> None:
    """Setext headings open sections; an entry without list items ends where a new period begins."""
    text = (
        "Resume\n======\n\nExperience\n----------\n\nNov. 2018 - Jul. 2019\n"
        ":   **Research Assistant**; Technical University of Madrid\n\n"
        "    Built anomaly detection models with scikit-learn.\n\n"
        "Jun. 2020 - Present\n:   **Data Scientist**; Vantage Energy\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume == {
        "basics": {},
        "work": [
            {
                "name": "Technical University of Madrid",
                "position": "Research Assistant",
                "dates": "Nov. 2018 - Jul. 2019",
                "summary": "Built anomaly detection models with scikit-learn.",
            },
            {"name": "Vantage Energy", "position": "Data Scientist", "dates": "Jun. 2020 - Present"},
        ],
    }


def test_entries_written_as_list_items() -> None:
    """Each top-level item is an entry; an employer in brackets or on the first nested item is the employer."""
    text = (
        "Work experience\n======\n"
        "* 2015-2016: Machine Learning Consultant (Psymark)\n"
        "* 2018-: Software Engineer (ZyBooks)\n"
        "* May 2019 - Present: Data Scientist\n  * Cisco Systems - Security Organization\n"
        "  * Built phishing classifiers\n"
        "* Monash University, Australia\n\n"
        "Skills\n======\n| Skills |   |\n| --- | --- |\n| Languages | Python, R |\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {"name": "Psymark", "position": "Machine Learning Consultant", "dates": "2015-2016"},
        {"name": "ZyBooks", "position": "Software Engineer", "dates": "2018-"},
        {
            "name": "Cisco Systems - Security Organization",
            "position": "Data Scientist",
            "dates": "May 2019 - Present",
            "highlights": ["Built phishing classifiers"],
        },
        {"name": "Monash University"},
    ]
    assert read[0]["skills"] == [{"name": "Languages", "keywords": ["Python, R"]}]


def test_sections_named_in_bold_with_their_content() -> None:
    """A bold label opens its section with the rest of its line; TOML front matter and labelled fields are left out."""
    text = (
        '+++\ntitle="CV"\n+++\n\n**Dr. Olena Petrenko**\n\n**Contact:** olena at example dot com today\n\n'
        "**Education:**\n- Master in Applied Economics 09.2006-01.2009, Kharkiv National University\n\n"
        "**Skills:** Python, SQL\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0] == {
        "basics": {"name": "Dr. Olena Petrenko"},
        "education": [
            {
                "studyType": "Master",
                "area": "Applied Economics",
                "institution": "Kharkiv National University",
                "dates": "09.2006-01.2009",
            }
        ],
        "skills": ["Python, SQL"],
    }


def test_a_head_that_runs_into_sentences() -> None:
    """A list item that writes a period, a role and an employer, then sentences, is one position."""
    text = "### Work Experience\n* *2018-2020* **Data Scientist** at **Acme**. I built churn models in R.\n"
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {
            "name": "Acme",
            "position": "Data Scientist",
            "dates": "2018-2020",
            "summary": "I built churn models in R.",
        }
    ]


def test_a_heading_over_a_line_in_bold_is_one_head() -> None:
    """A title's heading over its employer in bold, or a company's over a role's, heads one entry; so do small letters."""
    text = (
        "## Experience\n### Data Scientist\n**Acme Corp**\n*Jan 2021 - Present*\n- Churn model\n"
        "### Analyst\n**Beta Inc**\n2018 - 2020\n"
        "### Gamma Labs\n#### ML Engineer\n2015 - 2017\n- Ranking\n"
        "* ML Engineer, eghed, 2025-\n"
        "## Education\n* Ph.D Student (2nd year) in Data Science, HKUST, 2023-now\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {
            "name": "Acme Corp",
            "position": "Data Scientist",
            "dates": "Jan 2021 - Present",
            "highlights": ["Churn model"],
        },
        {"name": "Beta Inc", "position": "Analyst", "dates": "2018 - 2020"},
        {"name": "Gamma Labs", "position": "ML Engineer", "dates": "2015 - 2017", "highlights": ["Ranking"]},
        {"name": "eghed", "position": "ML Engineer", "dates": "2025-"},
    ]
    assert read[0]["education"] == [
        {"studyType": "Ph.D", "area": "Data Science", "institution": "HKUST", "dates": "2023-now"}
    ]


def test_admonitions_pictures_code_and_papers() -> None:
    """MkDocs admonitions head entries; a picture before a heading, skills as inline code and a list of papers read."""
    text = (
        "## **WORK EXPERIENCE**\n\n"
        '???+ quote "Research Engineer"\n    **Vision Lab, Padua**\n    *Feb 2021 \u2013 May 2023*\n\n'
        "    - Built a defect detector\n\n"
        '!!! note "Data Analyst"\n    **Contoso**\n    *2018 - 2020*\n\n'
        "## **EDUCATION BACKGROUND**\n\n"
        '???+ quote "Master of Technology in Intelligent Systems"\n    **National University of Singapore**\n\n'
        "## Selected Research\n\n- [Grasping with words](https://arxiv.org/abs/2501.00001)\n"
        "- [Scene graphs for robots](https://arxiv.org/abs/2502.00002)\n\n"
        "## Press\n\n- Interview in Wired\n\n"
        "### \U0001f4a1 SKILLS\n\n**Languages**\n`Python` `SQL`\n\n**Libraries**\n`PyTorch`, `OpenCV`\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["work"] == [
        {
            "name": "Vision Lab",
            "position": "Research Engineer",
            "dates": "Feb 2021 \u2013 May 2023",
            "highlights": ["Built a defect detector"],
        },
        {"name": "Contoso", "position": "Data Analyst", "dates": "2018 - 2020"},
    ]
    assert resume["education"] == [
        {
            "studyType": "Master of Technology",
            "area": "Intelligent Systems",
            "institution": "National University of Singapore",
        }
    ]
    assert resume["publications"] == [{"name": "Grasping with words"}, {"name": "Scene graphs for robots"}]
    assert resume["skills"] == [
        {"name": "Languages", "keywords": ["Python, SQL"]},
        {"name": "Libraries", "keywords": ["PyTorch, OpenCV"]},
    ]
    assert notes[1:] == ("'Press': a section a résumé does not have; not placed",)


def test_a_project_head_names_the_skills_it_uses() -> None:
    """A project's head after its name lists the skills it uses; a name in capitals is written as a name."""
    text = (
        "PRIYA NAIR\n\nPROJECTS\nHouse Price Prediction \u2013 Python, scikit-learn, XGBoost\n"
        "• Gradient boosting on city listings\nCustomer Churn Analysis \u2013 Python, pandas, logistic regression\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["basics"] == {"name": "Priya Nair"}
    assert read[0]["projects"] == [
        {
            "keywords": ["Python, scikit-learn", "XGBoost"],
            "name": "House Price Prediction",
            "highlights": ["Gradient boosting on city listings"],
        },
        {"keywords": ["Python, pandas, logistic regression"], "name": "Customer Churn Analysis"},
    ]


LINKEDIN = """\
Contact
www.linkedin.com/in/ravik (LinkedIn)
Top Skills
PyTorch
Languages
Hindi (Native or Bilingual)
Ravi Kumar
Machine Learning Engineer | Computer Vision | Edge AI
Bengaluru, Karnataka, India
Experience
Qualcomm
5 years 3 months
Senior Machine Learning Engineer
April 2023 - Present (1 year 8 months)
Bengaluru, Karnataka, India
Quantised detection models for phone NPUs.
Machine Learning Engineer
September 2019 - March 2023 (3 years 7 months)
Hyderabad, Telangana, India
Trained a face detection model.
Tata Consultancy Services
Software Engineer
July 2017 - August 2019 (2 years 2 months)
Chennai
Education
Indian Institute of Technology, Madras
Bachelor of Technology - BTech, Electrical Engineering \u00b7 (2013 - 2017)
"""


def test_a_linkedin_profile_saved_as_pdf() -> None:
    """Its sidebar comes first and its name after; companies head their roles; places and durations are left out."""
    read = resume_from_text(LINKEDIN)
    assert read is not None
    resume = read[0]
    assert resume["basics"] == {
        "name": "Ravi Kumar",
        "label": "Machine Learning Engineer | Computer Vision | Edge AI",
    }
    assert resume["skills"] == ["PyTorch"]
    assert [
        (job.get("name"), job.get("position"), job["dates"], job.get("summary")) for job in resume["work"]
    ] == [
        (
            "Qualcomm",
            "Senior Machine Learning Engineer",
            "April 2023 - Present",
            "Quantised detection models for phone NPUs.",
        ),
        (
            "Qualcomm",
            "Machine Learning Engineer",
            "September 2019 - March 2023",
            "Trained a face detection model.",
        ),
        ("Tata Consultancy Services", "Software Engineer", "July 2017 - August 2019", None),
    ]
    assert resume["education"] == [
        {
            "studyType": "Bachelor of Technology",
            "area": "Electrical Engineering",
            "institution": "Indian Institute of Technology, Madras",
            "dates": "2013 - 2017",
        }
    ]
    profile = mlcareer.import_resume(LINKEDIN).profile
    assert profile["goals"] == {"specialization": "computer_vision"}


def test_positions_in_a_table() -> None:
    """A table's rows are entries; its head, which names the columns, is none."""
    text = (
        "## Experience\n\n| Period | Role | Organisation |\n|---|---|---|\n"
        "| 2021 \u2013 present | Data Scientist | Acme Analytics |\n| 2018 \u2013 2021 | Data Analyst | Beta Bank |\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {"name": "Acme Analytics", "position": "Data Scientist", "dates": "2021 \u2013 present"},
        {"name": "Beta Bank", "position": "Data Analyst", "dates": "2018 \u2013 2021"},
    ]


def test_text_without_sections_is_no_resume(tmp_path: Path) -> None:
    """Text that names no section of a résumé is none; importing it says what is missing."""
    assert resume_from_text("Hello world.\nSee you soon.") is None
    assert resume_from_text("## About me\nI like data.") is None
    path = tmp_path / "notes.txt"
    path.write_text("Hello world.\n")
    with pytest.raises(ResumeError) as error:
        mlcareer.import_resume(path)
    assert str(error.value) == (
        f"invalid resume: {path}: the text names no section of a résumé (experience, education, skills,"
        " projects ...)"
    )


def test_a_markdown_file_imports_as_the_person_it_describes(tmp_path: Path) -> None:
    """A .md résumé gives the positions, studies and skills of its text, with the reading's notes first."""
    path = tmp_path / "cv.md"
    path.write_text(MARKDOWN)
    result = mlcareer.import_resume(path)
    assert result.notes[0].startswith("the document is text: read by its headings, as 5 sections")
    candidate = mlcareer.load_candidate(result.profile)
    facts = Facts(candidate, as_of=AS_OF)
    assert facts.stage is Stage.EMPLOYED
    assert [(position.title, position.organization, position.start) for position in candidate.experience] == [
        ("Senior Data Scientist", "Northwind Market", "2021-03"),
        ("Data Analyst", "Contoso Retail", "2018"),
    ]
    assert {"python", "sql", "r", "lightgbm", "pytorch"} <= set(facts.levels)
    # Text that is not YAML, with no file name to say what it is, is read as text too.
    assert mlcareer.import_resume(PLAIN).profile["name"] == "Priya Nair"


@given(
    st.lists(
        st.sampled_from(["## Experience", "EDUCATION", "Skills:", "* 2019 - 2021", "**Acme**", ""])
        | st.text()
    )
)
def test_any_text_reads_or_is_no_resume(lines: list[str] | str) -> None:
    """Any text gives a JSON Resume document with basics, or None; never another exception."""
    text = lines if isinstance(lines, str) else "\n".join(lines)
    read = resume_from_text(text)
    assert read is None or "basics" in read[0]


def test_a_template_half_filled_in_reads_as_what_it_fills() -> None:
    """Unfilled fields ("[Company Name]") are left out; "Technologies:" under a project lists its skills."""
    text = (
        "# RESUME\n\n## Personal Information\n**Name:** [Your Name]\n**Email:** ana@example.com\n\n---\n\n"
        "## Professional Summary\nAspiring data scientist with hands-on experience in fraud detection.\n\n---\n\n"
        "## Projects\n\n### Fraud Detection in Payments | 2025\n**Technologies:** Python, XGBoost | pandas\n"
        "- Built a model that flags fraudulent payments\n\n### [Additional Project 1] | [Year]\n"
        "**Technologies:** [Tech Stack]\n- [Key technical accomplishments]\n\n"
        "## Experience\n\n### Data Science Intern | [Company Name] | [Duration]\n- Built churn models\n\n"
        "*References available upon request*\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["basics"] == {
        "summary": "Aspiring data scientist with hands-on experience in fraud detection."
    }
    assert resume["projects"] == [
        {
            "name": "Fraud Detection in Payments",
            "dates": "2025",
            "highlights": ["Built a model that flags fraudulent payments"],
            "keywords": ["Python", "XGBoost", "pandas"],
        }
    ]
    assert resume["work"] == [{"position": "Data Science Intern", "highlights": ["Built churn models"]}]


def test_a_labelled_name_is_the_name() -> None:
    """A line labelled "Name:" names the person, whatever line comes first."""
    read = resume_from_text(
        "## Personal Details\nName: Ana Silva\nPhone: +44 20 7946 0000\n## Skills\nPython\n"
    )
    assert read is not None
    assert read[0]["basics"] == {"name": "Ana Silva"}


def test_parts_of_a_position_ligatures_and_a_rule_under_a_paragraph() -> None:
    """A name over items within a position is part of its work; ligatures read as letters; a rule is no underline."""
    text = (
        "Summary\nBuilt data tools.\n\n---\n\nExperience\nSta\ufb00 Engineer\nAcme\nJan 2023 \u2013 Present\n"
        "\u25e6 Led the platform team\nPower BI\n\u25e6 Built sales dashboards\nS360\n\u25e6 Secured the portal\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["basics"] == {"summary": "Built data tools."}
    assert resume["work"] == [
        {
            "name": "Acme",
            "position": "Staff Engineer",
            "dates": "Jan 2023 \u2013 Present",
            "highlights": [
                "Led the platform team",
                "Power BI: Built sales dashboards",
                "S360: Secured the portal",
            ],
        }
    ]
    assert (
        "work 'Power BI': a heading over items within the position above, with no role and no period;"
        " its items are the position's"
    ) in notes


def test_a_generated_student_cv_with_days_glued_years_and_key_skills() -> None:
    """Days in dates, a year run into a name, "Key Skills" set apart by wide spaces, and labelled parts read."""
    text = (
        "Ravi Kumar\nEDUCATION\n2020  -  2024MIT Academy of Engineering, Pune\nB.Tech. - Information Technology\n"
        "PROJECTS\n01 Aug, 2022  -  31 May, 2024Chat Sentiment Analysis\nMentor: Mrs. Rao |  Team Size: 4\n"
        "Key Skills: HTML  CSS  Python\nA sentiment analyser for chat messages.\n"
        "CERTIFICATIONS\nAWS Academy Cloud Foundations\nKey Skills: Cloud-Computing  AWS\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"] == [
        {
            "studyType": "B.Tech.",
            "area": "Information Technology",
            "institution": "MIT Academy of Engineering, Pune",
            "dates": "2020 - 2024",
        }
    ]
    assert resume["projects"] == [
        {
            "name": "Chat Sentiment Analysis",
            "dates": "01 Aug, 2022 - 31 May, 2024",
            "description": "A sentiment analyser for chat messages.",
            "keywords": ["HTML", "CSS", "Python"],
        }
    ]
    assert resume["certificates"] == [{"name": "AWS Academy Cloud Foundations"}]


def test_publications_under_a_noted_heading_by_authors_named_in_full() -> None:
    """A heading with a note in brackets names its section; authors named in full come before the title."""
    text = (
        "Mike Chen\nEducation\nPrinceton University 2022 \u2013 Est. 2027\nPh.D. in Computer Science\n"
        "Selected Publications (By Topic)\n"
        "\u2022 Mike Chen, Ana Silva, and Li Wei. Ranking specifications with language models. In LMPL, 2025\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"][0]["dates"] == "2022 \u2013 Est. 2027"
    assert [paper["name"] for paper in resume["publications"]] == [
        "Ranking specifications with language models"
    ]


def test_a_heading_run_into_a_line_a_page_footer_and_a_certificate_number() -> None:
    """A bold heading at a line's end starts its section; "Name - page 1" and a certificate's number are no entries."""
    text = (
        "Ana Silva\n\n**Licenses & Certifications**\n\n**Python Programming** - Udemy\n\n"
        "UC-ec252189-0d31-49f5 **Skills**\n\nJava  \u2022  Linux\n\nAna Silva - page 1\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["certificates"] == [{"name": "Python Programming - Udemy"}]
    assert resume["skills"] == ["Java, Linux"]


def test_an_academic_cv_with_terms_topics_and_noted_lines() -> None:
    """Terms as dates, notes in brackets as a head's parts, topics over papers and an honour's line are read."""
    text = (
        "Mike Chen\nEducation\nPrinceton University, Princeton, NJ 2022 \u2013 Est. 2027\nPh.D. in Computer Science\n"
        "M.A. in Computer Science (conferred in May. 2024)\n"
        "University of Washington, Seattle, WA 2018 \u2013 2022\nB.S. in Computer Science (Cum Laude)\n"
        "Selected Honor: Outstanding Undergraduate Researcher Award, Honorable Mention (2022)\n"
        "Selected Publications\nFormal Methods for Systems\n"
        "\u2022 Mike Chen, Deyuan (Dan) Li, and Ana Silva. Specy:\n"
        "Learning specifications of distributed systems. In International Conference on\n"
        "Learning Representations (ICLR\u201921) [Paper]\nAI for Formal Methods\n"
        "\u2022 Mike Chen, Ana Silva, and Li Wei. Application-\nlevel validation of accelerators. Nature, 2026 [Paper]\n"
        "Teaching\n"
        "\u2022 COS 516: Automated Reasoning about Software (TA, Princeton University, Fall 23 & 24)\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert [(study["studyType"], study["institution"], study["dates"]) for study in resume["education"]] == [
        ("Ph.D.", "Princeton University", "2022 \u2013 Est. 2027"),
        ("M.A.", "Princeton University", "May. 2024"),
        ("B.S.", "University of Washington, Seattle", "2018 \u2013 2022"),
    ]
    assert resume["education"][2]["area"] == "Computer Science"
    assert [(paper["name"], paper.get("publisher")) for paper in resume["publications"]] == [
        (
            "Specy: Learning specifications of distributed systems",
            "International Conference on Learning Representations (ICLR\u201921)",
        ),
        ("Application-level validation of accelerators", "Nature"),
    ]
    assert resume["work"] == [
        {
            "position": "Teaching Assistant, COS 516: Automated Reasoning about Software",
            "name": "Princeton University",
            "dates": "Fall 23 & 24",
        }
    ]


def test_a_pdf_with_titles_in_its_margin_and_marks_that_nest_lists() -> None:
    """Titles run into their sections' first lines, marks that nest lists, and a campus after "at" are read."""
    text = (
        "Ana Silva Website : https://ana.example.org\n"
        "Education Ph.D., Computer Science Aug 2021 - May 2026\n"
        "University of Illinois at Urbana Champaign (expected)\n"
        "\u2022 Advisor: Li Wei\n"
        "Professional Research Intern May 2024 - Oct 2025\n"
        "Experience ByteDance Inc.\n"
        "Rice Imaging Lab Houston, USA Graduate Research Student August 2023 - Present\n"
        "\u25e6 Built a sensing stack for remote vital signs and a dataset of cognitive load,\n"
        "Thermal and RGB cameras.\n"
        "\u2013 Description: Tracking of players in soccer videos.\n"
        "Teaching\nTeaching Assistant\n"
        "Sharif University of Technology\n"
        "\u2013 Machine Learning (Supervisor: Prof. Hamid Beigy) Spring 2023\n"
        "\u2013 Algorithms (Supervisor: Dr. Ana Rao) Fall 2019, Spring 2023\n"
        "Awards Best Poster, ICDE March 2023\n"
        "Publications\n"
        "1. Ana Silva, Li Wei, Sam Lee\n"
        "Kishu: Time-traveling for Computational Notebooks\n"
        "VLDB 2025 (research): Very Large Databases, London, 2025\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["basics"] == {"name": "Ana Silva"}
    assert resume["education"] == [
        {
            "studyType": "Ph.D.",
            "area": "Computer Science",
            "institution": "University of Illinois at Urbana Champaign",
            "dates": "Aug 2021 - May 2026",
            "summary": "Advisor: Li Wei.",
        }
    ]
    assert resume["work"] == [
        {"position": "Research Intern", "name": "ByteDance Inc.", "dates": "May 2024 - Oct 2025"},
        {
            "position": "Graduate Research Student",
            "name": "Rice Imaging Lab",
            "dates": "August 2023 - Present",
            "highlights": [
                "Built a sensing stack for remote vital signs and a dataset of cognitive load, Thermal and"
                " RGB cameras.",
                "Description: Tracking of players in soccer videos.",
            ],
        },
        {
            "position": "Teaching Assistant, Machine Learning",
            "name": "Sharif University of Technology",
            "dates": "Spring 2023",
        },
        {
            "position": "Teaching Assistant, Algorithms",
            "name": "Sharif University of Technology",
            "dates": "Fall 2019, Spring 2023",
        },
    ]
    assert resume["awards"] == [{"title": "Best Poster, ICDE", "date": "March 2023"}]
    assert resume["publications"] == [
        {
            "name": "Kishu: Time-traveling for Computational Notebooks",
            "releaseDate": "2025",
            "publisher": "VLDB 2025 (research): Very Large Databases, London",
        }
    ]


def test_a_pdf_with_braces_for_bullets_and_projects_among_experience() -> None:
    """Braces as bullets, a degree run into its school, projects under experience and joined titles are read."""
    text = (
        "Alex Quinn\nSummary\nMachine learning researcher in reinforcement learning and robotics.\n"
        "Education\nPhD University of Bristol\n2020-2024\n"
        "MEng Aerospace Engineering University of Bristol\n2015-2019\n"
        "Work Experience\nDeepWell\nResearch Scientist 2025-Present\n{ Built time-series models for markets.\n"
        "Technical Experience and Projects\n"
        "{ FlyerEnv: Open-source flight simulator with a Gymnasium API for RL research. Published in IMAV 2023.\n"
        "Languages and Technologies\n{ Machine Learning Frameworks: PyTorch (primary), TensorFlow, JAX.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert [
        (study["studyType"], study.get("area"), study["institution"]) for study in resume["education"]
    ] == [
        ("PhD", None, "University of Bristol"),
        ("MEng", "Aerospace Engineering", "University of Bristol"),
    ]
    assert resume["work"] == [
        {
            "name": "DeepWell",
            "position": "Research Scientist",
            "dates": "2025-Present",
            "highlights": ["Built time-series models for markets."],
        }
    ]
    assert resume["projects"] == [
        {
            "name": "FlyerEnv",
            "description": "Open-source flight simulator with a Gymnasium API for RL research. Published in IMAV.",
            "dates": "2023",
        }
    ]
    assert resume["skills"] == [
        {"name": "Machine Learning Frameworks", "keywords": ["PyTorch (primary), TensorFlow, JAX."]}
    ]


def test_papers_over_what_was_done_and_an_education_head_with_notes() -> None:
    """Citations over items, authors after a title, a tentative end, a grade's line and a department are read."""
    text = (
        "Sam Seth\nEDUCATION\nPhD in Electrical and Computer Engineering August 2023 \u2013 2028 (tentative)\n"
        "Advisor: Dr. Jo Baker; The University of Texas at Austin Austin, Texas\nGPA: 3.88/4\n"
        "Bachelor of Technology | Dept. of Computer Science and Engineering July 2019 \u2013 May 2023\n"
        "Indian Institute of Technology, Delhi Delhi, India\n"
        "PUBLICATIONS\nLOQUS: Logical Qubit Mapping on Bicycle Codes S. Seth*, S. Khan*, et al.\nUnder review\n"
        "\u2022 Designed a logical qubit mapper for gross code modules and mapped the modules onto chips\n"
        "\u2022 Cut inter-module errors by 36%, the most expensive operation in the tour de gross\n"
        "ISA, and error rates by 13%.\n"
        "Cyclic Qubit Mappings M. Poster, S. Seth, and J. Baker\n2024 IEEE Quantum Week (QCE)\n"
        "\u2022 Studied variable error rates in a surface code grid\n"
        "INTERNSHIPS\nIBM Research Summer 2024 and Summer 2025\nQuantum Research Scientist Intern\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"] == [
        {
            "studyType": "PhD",
            "area": "Electrical and Computer Engineering",
            "institution": "The University of Texas at Austin",
            "dates": "August 2023 \u2013 2028",
            "summary": "Advisor: Dr. Jo Baker; The University of Texas at Austin Austin, Texas GPA: 3.88/4",
        },
        {
            "studyType": "Bachelor of Technology",
            "area": "Computer Science and Engineering",
            "institution": "Indian Institute of Technology, Delhi",
            "dates": "July 2019 \u2013 May 2023",
        },
    ]
    assert [(paper["name"], paper.get("publisher")) for paper in resume["publications"]] == [
        ("LOQUS: Logical Qubit Mapping on Bicycle Codes", "Under review"),
        ("Cyclic Qubit Mappings", "IEEE Quantum Week (QCE)"),
    ]
    assert resume["publications"][0]["summary"] == (
        "Designed a logical qubit mapper for gross code modules and mapped the modules onto chips. Cut"
        " inter-module errors by 36%, the most expensive operation in the tour de gross ISA, and error rates"
        " by 13%."
    )
    assert resume["work"][0]["dates"] == "Summer 2024 and Summer 2025"


def test_a_cv_with_its_role_beside_the_name_and_papers_titled_before_their_authors() -> None:
    """A role after the name, places and notes under heads, titles in small letters and titled papers are read."""
    text = (
        "Tanya Gold, AI researcher\nLondon, United Kingdom\n"
        "Education\n2022 \u2014 now Ph.D., Queen Mary University of London\nLondon, United Kingdom\n"
        "DeepMind studentship\n2017 \u2014 2019 M.Sc., Moscow Institute of Physics and Technology\n"
        "Moscow, Russian Federation\nSpecialized in machine learning and data analysis.\n"
        "Public talks and posts\n2022 Inductive bias in neural networks, article on habr.com\n"
        "Publications Google Scholar\nFirst-author papers:\n"
        "[1] Case-Based or Rule-Based: How Do Transformers Do the Math? ICML 2024\n"
        "Tanya Gold*, Li Wei, Muhan Zhang\u2020.\n"
        "[2] Code prompting for complex reasoning in language models\nTanya Gold, Li Wei preprint 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["basics"] == {"name": "Tanya Gold", "label": "AI researcher"}
    assert resume["education"] == [
        {
            "studyType": "Ph.D.",
            "institution": "Queen Mary University of London",
            "dates": "2022 \u2014 now",
            "summary": "DeepMind studentship",
        },
        {
            "studyType": "M.Sc.",
            "area": "machine learning and data analysis",
            "institution": "Moscow Institute of Physics and Technology",
            "dates": "2017 \u2014 2019",
        },
    ]
    assert [talk["title"] for talk in resume["speaking"]] == [
        "Inductive bias in neural networks, article on habr.com"
    ]
    assert resume["publications"] == [
        {
            "name": "Case-Based or Rule-Based: How Do Transformers Do the Math?",
            "publisher": "ICML 2024",
            "releaseDate": "2024",
        },
        {"name": "Code prompting for complex reasoning in language models"},
    ]


def test_a_one_column_pdf_with_items_wrapped_in_capitals() -> None:
    """Items a PDF wraps before a capital go on, "SDE-2" is a role, "Remote" no name, a field no campus."""
    long_item = "\u2022 Implemented real-time charts with streaming market data, indicators, and timeframes using Web-"
    text = (
        "Apu Jha\nSKILLS\nSoft Skills Teamwork, Time management\nEXPERIENCE\n"
        "SDE-2 (Flutter) June 2024 - Present\nBlazpay Remote, India\n"
        f"{long_item}\nSockets, ensuring low-latency price updates.\n"
        "\u2022 Developed a score prediction model of cricket matches based on international games from 2005-2021\n"
        "Applied Scientist Cambridge, UK\nAmazon Dec. 2023 \u2013 May 2024\n"
        "EDUCATION\nBachelor Of Engineering, BMS Institute of Technology 2019 - 2023\nInformation Science 7.2 CGPA\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["skills"] == [{"name": "Soft Skills", "keywords": ["Teamwork, Time management"]}]
    assert [(job.get("position"), job.get("name")) for job in resume["work"]] == [
        ("SDE-2 (Flutter)", "Blazpay"),
        ("Applied Scientist", "Amazon"),
    ]
    assert resume["work"][0]["highlights"][0].endswith(
        "using WebSockets, ensuring low-latency price updates."
    )
    assert resume["education"] == [
        {
            "studyType": "Bachelor Of Engineering",
            "area": "Information Science",
            "institution": "BMS Institute of Technology",
            "dates": "2019 - 2023",
        }
    ]


def test_a_short_item_whose_sentence_is_open_goes_on() -> None:
    """An item ending on a word no sentence ends with ("by applying") goes on, however short its line."""
    text = (
        "Utkarsh Pandey\nPROJECTS\n\u25aa AttendX\n\u2022 An attendance manager using facial recognition.\n"
        "\u2022 It is made using Python and OpenCV2 by applying\nLBPH algorithm with Haar Cascade.\n"
        "\u25aa Screecher\n\u2022 A social website.\nEDUCATION\nSTCET, Kolkata\nB.Tech in CSE 2016 - 2020\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "AttendX",
            "highlights": [
                "An attendance manager using facial recognition.",
                "It is made using Python and OpenCV2 by applying LBPH algorithm with Haar Cascade.",
            ],
        },
        {"name": "Screecher", "highlights": ["A social website."]},
    ]


def test_schools_named_in_french_are_places_of_study() -> None:
    """A "Collège" or "Lycée" is the institution, not a degree with its city as the field."""
    text = (
        "# Ana Silva\n\n## Education\n\n**Columbia University**, *New York City* \u2014 2018 - 2019\n"
        "Master of Science - MS, Data Science\n\n"
        "**Coll\u00e8ge Stanislas Paris**, *Paris, France* \u2014 2013 - 2015\n"
        "Top Classes pr\u00e9paratoires scientifique in France\n\n"
        "**Lyc\u00e9e Henri IV**, *Paris, France* \u2014 2008 - 2013\nScientific Baccalaur\u00e9at\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(school.get("institution"), school.get("studyType")) for school in read[0]["education"]] == [
        ("Columbia University", "Master of Science"),
        ("Coll\u00e8ge Stanislas Paris", "Top Classes pr\u00e9paratoires scientifique in France"),
        ("Lyc\u00e9e Henri IV", "Scientific Baccalaur\u00e9at"),
    ]


def test_groups_of_skills_side_by_side_and_a_place_in_the_periods_brackets() -> None:
    """Named groups on one line ("Languages: ... | Backend: ...") are groups; "(2024 - Present, Pune)" leaves no bracket."""
    text = (
        "# Ana Silva\n\n## Skills\n\n**Languages:** Python, Go &nbsp;|&nbsp; **Backend:** FastAPI, Gin\n\n"
        "## Experience\n\n### **Data Scientist \u2013 [CentoCode](https://example.org)** *(Oct 2024 \u2013 Present"
        " \u00b7 Pune)*\n\n- Built RAG pipelines.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["skills"] == [
        {"name": "Languages", "keywords": ["Python, Go"]},
        {"name": "Backend", "keywords": ["FastAPI, Gin"]},
    ]
    assert read[0]["work"] == [
        {
            "name": "CentoCode",
            "position": "Data Scientist",
            "dates": "Oct 2024 \u2013 Present",
            "highlights": ["Built RAG pipelines."],
        }
    ]


def test_wiki_links_a_bold_item_over_groups_and_an_entry_in_bold_with_its_period() -> None:
    """Wiki links read as their labels; a bold item over indented groups names them; a bold head with a period is an entry."""
    text = (
        "# Ana Silva\n\n## Technical Skills\n\n- **Programming Languages**\n"
        "  - *Proficient:* [[Python]], [[C++]]\n  - *Familiar:* [[Rust]]\n"
        "- **Libraries:** [[PyTorch]], [[NVIDIA NeMo|NeMo]]\n\n"
        "## Experience\n\n### Projects\n\n**Hackathons** \u2014 *2020 \u2013 Present*\n\n- Built tools.\n\n"
        "## Additional Information\n\n- **Interests:** Chess\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["skills"] == [
        {"name": "Proficient", "keywords": ["Python, C++"]},
        {"name": "Familiar", "keywords": ["Rust"]},
        {"name": "Libraries", "keywords": ["PyTorch, NeMo"]},
    ]
    assert resume["projects"] == [
        {"name": "Hackathons", "dates": "2020 \u2013 Present", "highlights": ["Built tools."]}
    ]
    assert notes[1:] == (
        "'Additional Information': a section a r\u00e9sum\u00e9 does not have; its lines labelled as sections"
        " read as interests",
    )


def test_an_executive_is_a_role_before_its_employer() -> None:
    """A title ending "Executive" ("Vulnerability Management Executive | PETRONAS Digital") is a role."""
    text = (
        "Amir Hamzah\nExperience\nVulnerability Management Executive | PETRONAS Digital August 2021 \u2013Present\n"
        "\u2013 Led a penetration testing team.\nEducation\nMonash University BCS in Data Science 2020 \u2013 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(job.get("position"), job.get("name")) for job in read[0]["work"]] == [
        ("Vulnerability Management Executive", "PETRONAS Digital")
    ]


def test_a_narrow_columns_line_ending_on_a_word_no_sentence_ends_with_goes_on() -> None:
    """In a narrow column, "... food systems using" over "AHP ..." and "Computer Science with" over the rest are one."""
    text = (
        "Yi Wang\nEducation\nB.Tech in Computer Science with\nSpecialization in Machine Learning\n"
        "SRM University 2023 - 2027\nAwards\nMathematical Contest in Modeling, Finalist 2021\n"
        "Optimized complex food systems using\nAHP and multi-objective modeling.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["education"][0]["area"] == "Computer Science with Specialization in Machine Learning"
    assert (
        read[0]["awards"][0]["summary"]
        == "Optimized complex food systems using AHP and multi-objective modeling."
    )


@pytest.mark.parametrize(
    ("head", "basics"),
    [
        ("# Ana Silva | Data Scientist | ana@example.com", {"name": "Ana Silva", "label": "Data Scientist"}),
        ("# ABHISHEK|ME19B069| Indian Institute of Technology, Madras", {"name": "Abhishek"}),
        ("Ana Silva | ana@example.com | +1 555 0100", {"name": "Ana Silva"}),
    ],
)
def test_a_name_set_apart_by_bars_from_what_follows(head: str, basics: dict[str, str]) -> None:
    """The first part of a head set apart by bars is the name; a role after it is the headline."""
    read = resume_from_text(f"{head}\n## Skills\nPython, SQL\n")
    assert read is not None
    assert read[0]["basics"] == basics


def test_a_pdf_whose_side_column_with_the_name_comes_last() -> None:
    """The name over contacts below the sections, bullets with no space and a note in square brackets are read."""
    text = (
        "TECHNICAL SKILLS\nTypeScript JavaScript\nPROFESSIONAL EXPERIENCE\n"
        "Frontend Developer, BR Tech Geeks Pvt Ltd\n03/2021 \u2013 07/2022 | Noida, India\n"
        "\u2022Designed and developed secure & scalable\napplications from scratch.\n"
        "\u2022Took part in project meetings.\n"
        "PROJECTS [OPEN SOURCE]\nRobominds, a chat bot\n"
        "SARTHAK AHUJA\nFull Stack Web Developer\nsarthak@example.com\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["basics"] == {"name": "Sarthak Ahuja", "label": "Full Stack Web Developer"}
    assert resume["work"][0]["highlights"] == [
        "Designed and developed secure & scalable applications from scratch.",
        "Took part in project meetings.",
    ]
    assert resume["projects"] == [{"name": "Robominds, a chat bot"}]
    assert not any("SARTHAK AHUJA" in note for note in notes)


def test_a_word_processor_text_in_columns_with_talks_cited() -> None:
    """Columns set by tabs, "Graduated" before a date, a slash between titles and talks cited as papers are read."""
    text = (
        "Hamza Iqbal\nWORK EXPERIENCE\nDATA ENGINEER\t\t\tJanuary 2021- January 2022\n"
        "Stark Lab, Washington University in St. Louis\nManaged the data of the lab.\n"
        "TOOLS/TECH STACK\nLanguages: Python, SQL\n"
        "EDUCATION\nUniversity of Missouri-Columbia\t\t\tGraduated December 2020 Bachelor of Science in Mathematics\n"
        "PRESENTATIONS\n"
        "Iqbal, Hamza, (2019, November). A Low-cost Timing System. Poster presented at the SfN Conference, Chicago\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["work"][0]["dates"] == "January 2021- January 2022"
    assert resume["skills"] == [{"name": "Languages", "keywords": ["Python, SQL"]}]
    assert resume["education"] == [
        {
            "studyType": "Bachelor of Science",
            "area": "Mathematics",
            "institution": "University of Missouri-Columbia",
            "dates": "December 2020",
        }
    ]
    assert resume["speaking"] == [
        {"title": "A Low-cost Timing System", "event": "SfN Conference, Chicago", "date": "2019, November"}
    ]


def test_notes_under_a_degree_are_its_summary() -> None:
    """A coursework line under a degree, or a column of one, is said of the degree, no part of its head."""
    text = (
        "Ana Silva\nEducation\n"
        "University of Missouri\t\t\tGraduated December 2020 Bachelor of Science in Mathematics\t\t\t"
        "Relevant Coursework: Probability Theory, Machine Learning\n"
        "B.Sc. Physics, MIT 2016\nRelevant Coursework: Deep Learning, Statistics\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [study.get("summary") for study in read[0]["education"]] == [
        "Relevant Coursework: Probability Theory, Machine Learning",
        "Relevant Coursework: Deep Learning, Statistics",
    ]


def test_a_word_document_with_roles_over_projects_and_leadership() -> None:
    """A role over a project's name is no name, an open period's "~" is read, leadership is volunteering."""
    text = (
        "Chris Koh\nEDUCATION\nMSc Electromobility (2024~) \u2013 1.3 Grade\nFriedrich-Alexander-Universit\u00e4t (FAU)\n"
        "PROJECTS\n**Software Engineer**\nJanuary - June 2017\nDash Camera Footage Platform\n"
        "Implemented a micropayment API.\nLEADERSHIP\n**Organizer**\nJanuary 2019 - Present\n5@4 Lightning Talks\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"] == [
        {
            "studyType": "MSc",
            "area": "Electromobility",
            "institution": "Friedrich-Alexander-Universit\u00e4t (FAU)",
            "dates": "2024~",
        }
    ]
    assert resume["projects"][0]["name"] == "Dash Camera Footage Platform"
    assert resume["volunteer"] == [
        {"position": "Organizer", "organization": "5@4 Lightning Talks", "dates": "January 2019 - Present"}
    ]


def test_a_long_degree_line_is_the_degree() -> None:
    """A degree and its field past the words of a heading are still the head; a sentence naming one is not."""
    text = (
        "Ana Silva\nEDUCATION\nVellore Institute of Technology\n"
        "B.Tech in Computer Science and Engineering with spec. in AI / ML - 9.28 CGPA October 2022 \u2013 July 2026\n"
        "EXPERIENCE\nAI Research Intern, Yandex 2017\n"
        "Applied reinforcement learning to speech models. This work was a part\nof a bachelor's diploma\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"][0]["studyType"] == "B.Tech"
    assert resume["education"][0]["area"] == "Computer Science and Engineering with spec. in AI / ML"
    assert resume["work"][0]["position"] == "AI Research Intern"
    assert "bachelor's diploma" in resume["work"][0]["summary"]


def test_a_name_over_items_right_under_a_period_heads_them() -> None:
    """The first name over items within a position, right under its period, heads them as the later ones do."""
    text = (
        "Ana Silva\nExperience\nSoftware Trainee\nQuadrant Technologies\nWarangal, TS\nNov 2024 \u2013 Present\n"
        "Kusto Query Language (KQL)\n\u2022 Created reusable functions for Logic Apps.\n"
        "Power BI\n\u2022 Refreshed dashboards.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"][0]["highlights"] == [
        "Kusto Query Language (KQL): Created reusable functions for Logic Apps.",
        "Power BI: Refreshed dashboards.",
    ]


def test_a_line_of_tools_after_a_projects_items_lists_its_skills() -> None:
    """A line of tools after a project's long item is its skills, neither the item's text nor a project."""
    text = (
        "Ana Silva\n## Projects\n### Recommender\n"
        "- Built a recommendation engine serving 2M users with collaborative filtering and learned item embeddings\n"
        "Tools: Python, Spark\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "Recommender",
            "highlights": [
                "Built a recommendation engine serving 2M users with collaborative filtering and learned item"
                " embeddings"
            ],
            "keywords": ["Python", "Spark"],
        }
    ]


def test_an_employer_under_a_long_item_heads_the_next_position() -> None:
    """A short line with no stop under an item that fills its line is the next position's employer."""
    text = (
        "Ana Silva\nEXPERIENCE\nData Scientist, Beta 2021 - 2023\n"
        "\u2022 Built a recommendation engine serving two million users with collaborative filtering and embeddings\n"
        "Acme Corp\nData Scientist 2019 - 2021\n\u2022 Built churn models.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(job["name"], job["dates"]) for job in read[0]["work"]] == [
        ("Beta", "2021 - 2023"),
        ("Acme Corp", "2019 - 2021"),
    ]


def test_a_school_named_only_past_a_note_among_several_reads() -> None:
    """Of the schools a line past a note names, the one that names no degree is the school."""
    text = (
        "Ana Silva\nEducation\nPhD 2022\n"
        "Advisor: Dr. Li Wei and Dr. Sam Lee of the lab; PhD School of Law; University of X\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["education"][0]["institution"] == "University of X"


#: A résumé in two columns whose entries' heads are in capitals as its sections' titles are.
CAPITAL_HEADS = """\
Ana Silva
ana@example.com
EDUCATION
INDIAN INSTITUTE OF
TECHNOLOGY PATNA
B.TECH IN COMPUTER SCIENCE &
ENGINEERING
2017 - 2021 | Bihar, India
SKILLS
PROGRAMMING
Over 5000 lines:
C++ \u2022 Python
Familiar:
Docker \u2022 Git
EXPERIENCE
GOLDMAN SACHS | SUMMER ANALYST
June 2020 \u2013 July 2020 | Bengaluru, India
\u2022 Developed a Microservice using Spring framework to perform Corporate
Actions under Asset Servicing writing maintainable code with Junits.
\u2022 Made feature improvements to a Monolith Internal Service.
SHIPSY | DATA SCIENCE INTERN
May 2019 \u2013 July 2019 | Gurugram, India
\u2022 Used Data Analysis to propose a delivery model.
PROFILE LINKS
Github:// anasilva
PROJECTS
QUORA QUESTION PAIRS SEMANTIC MATCHING
Jan 2019 \u2013 April 2019 | Innovation Lab
\u2022 Built a model to find questions asked twice.
"""


def test_heads_in_capitals_are_entries_not_sections() -> None:
    """Lines in capitals over a period are entries' heads, a school's and degree's wrapped names whole."""
    read = resume_from_text(CAPITAL_HEADS)
    assert read is not None
    resume, notes = read
    assert [(job["name"], job["position"], job["dates"]) for job in resume["work"]] == [
        ("Goldman Sachs", "Summer Analyst", "June 2020 \u2013 July 2020"),
        ("SHIPSY", "Data Science Intern", "May 2019 \u2013 July 2019"),
    ]
    assert resume["work"][0]["highlights"] == [
        "Developed a Microservice using Spring framework to perform Corporate Actions under Asset Servicing"
        " writing maintainable code with Junits.",
        "Made feature improvements to a Monolith Internal Service.",
    ]
    assert [project["name"] for project in resume["projects"]] == ["Quora Question Pairs Semantic Matching"]
    assert resume["education"] == [
        {
            "institution": "Indian Institute of Technology Patna",
            "studyType": "B.Tech",
            "area": "Computer Science & Engineering",
            "dates": "2017 - 2021",
        }
    ]
    assert resume["skills"] == [
        {"name": "Over 5000 lines", "keywords": ["C++, Python"]},
        {"name": "Familiar", "keywords": ["Docker, Git"]},
    ]
    assert "'PROFILE LINKS': a section a résumé does not have; not placed" in notes


def test_a_project_named_over_what_it_is_keeps_its_name() -> None:
    """A project's name ending in a role's word over a phrase is its name; a label over items is no text."""
    text = (
        "Ana Silva\nPROJECTS\nGITHUB PROFILE MANAGER,\nOne Dashboard for all your Git-hub Stats\n"
        "Tech Stack: REACT | Auth0 |\nAPI | JSON\nFeatures:\n\u2022 Login\n"
        "CERTIFICATES\nMERN-STACK\n(Advance)\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "Github Profile Manager \u2014 One Dashboard for all your Git-hub Stats",
            "highlights": ["Login"],
            "keywords": ["REACT", "Auth0", "API", "JSON"],
        }
    ]
    assert read[0]["certificates"] == [{"name": "MERN-STACK (Advance)"}]


def test_a_list_whose_first_mark_is_an_inner_ones_nests_the_others() -> None:
    """Items under "▪" projects marked "•" are the projects' text; a title run into a sentence starts a section."""
    text = (
        "Ana Silva\nPROJECTS\n\u25aa E-Pariksha\n\u2022 A web application for tests.\n"
        "\u2022 It is made using PHP.\n\u25aa Screecher\n\u2022 A social website.\n\u25aa AttendX\n"
        "\u2022 Marks attendance with Haar Cascade.SKILLS\nPython, PHP\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(project["name"], project["highlights"]) for project in read[0]["projects"]] == [
        ("E-Pariksha", ["A web application for tests.", "It is made using PHP."]),
        ("Screecher", ["A social website."]),
        ("AttendX", ["Marks attendance with Haar Cascade."]),
    ]
    assert read[0]["skills"] == ["Python, PHP"]


def test_roles_one_after_another_at_one_employer_keep_it() -> None:
    """A role that ends as the one above starts is at its employer; the place after a period is no employer."""
    text = (
        "Ana Silva ana@example.com\nEXPERIENCE\nJP MORGAN CHASE & CO.\nAssociate Software Engineer\n"
        "Jan 2021 - Present | Mumbai\n\u2022 Built an analytics framework.\nSoftware Engineer II\n"
        "Jan 2020 - Jan 2021 | Mumbai\n\u2022 Built a chatbot.\nAUV-IITB\nElectrical Engineer\n"
        "Jan 2015 - Dec 2016 | Mumbai\n\u2022 Built a vehicle.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["basics"] == {"name": "Ana Silva"}
    assert [(job.get("name"), job["position"], job["dates"]) for job in read[0]["work"]] == [
        ("JP Morgan Chase & CO.", "Associate Software Engineer", "Jan 2021 - Present"),
        ("JP Morgan Chase & CO.", "Software Engineer II", "Jan 2020 - Jan 2021"),
        ("AUV-IITB", "Electrical Engineer", "Jan 2015 - Dec 2016"),
    ]


def test_certificates_over_their_dates_are_one_entry_each() -> None:
    """A certificate, its issuer and a line that starts with its date are one certificate; a link's label no part."""
    text = (
        "Ana Silva\nCERTIFICATIONS\nSOLUTIONS ARCHITECT\nAmazon Web Services (AWS)\nOct 2020 | Credentials\n"
        "HYBRID CLOUD NANODEGREE\nNutanix\nJan 2021 | Credentials\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["certificates"] == [
        {"name": "Solutions Architect", "date": "Oct 2020", "issuer": "Amazon Web Services (AWS)"},
        {"name": "Hybrid Cloud Nanodegree", "date": "Jan 2021", "issuer": "Nutanix"},
    ]


def test_acronyms_and_periods_among_skills_are_no_sections_and_no_skills() -> None:
    """An acronym in capitals among skills is a skill, no section; a period set apart is neither."""
    text = "Ana Silva\nSKILLS\nPython, Java\nSQL\nApril 2026\nJune 2022 - October 2022\n"
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["skills"] == ["Python, Java", "SQL"]


def test_a_further_sentence_under_an_item_goes_on_with_it() -> None:
    """A long sentence in small letters under an item is more of it; a school's diploma is the degree."""
    text = (
        "Ana Silva\nPROJECTS\nSolar Tracker Sep 2020 - Dec 2020\n"
        "\u2022 This project has a tracker that turns to follow the sun all day.\n"
        "The system detects the light with sensors and sends the data to the controller\n"
        "Attendance System Mar 2019 - Jun 2019\n\u2022 Takes attendance online.\n"
        "EDUCATION\nBharatiya Vidya Bhavan, Mysore Mar 2015 - May 2016\nSSLC\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [project["name"] for project in read[0]["projects"]] == ["Solar Tracker", "Attendance System"]
    assert read[0]["projects"][0]["highlights"] == [
        "This project has a tracker that turns to follow the sun all day. The system detects the light with"
        " sensors and sends the data to the controller"
    ]
    assert read[0]["education"][0]["studyType"] == "SSLC"


def test_a_projects_links_and_roles_are_no_part_of_its_name_or_skills() -> None:
    """Links' labels after a project's name say where it is; the role beside it is no skill."""
    text = (
        "Ana Silva\nSelected Projects\nLisp interpreter Github Code | Docs\n"
        "Compiler Engineer Oct. 2023 - Jan. 2024\n- Crafted a Lisp interpreter in C.\n"
        "Awards\n- Second Place, 2023 Weather Hackathon May. 2023 - Aug. 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "Lisp interpreter",
            "dates": "Oct. 2023 - Jan. 2024",
            "highlights": ["Crafted a Lisp interpreter in C."],
        }
    ]
    assert read[0]["awards"] == [
        {"title": "Second Place, 2023 Weather Hackathon", "date": "May. 2023 - Aug. 2023"}
    ]


def test_a_list_of_tools_that_fills_its_line_goes_on_below() -> None:
    """A short line under a list of tools that fills its line is the rest of the list, no new entry."""
    text = (
        "Ana Silva\nProjects\n\u2022 Incident Response June 2019 - August 2019\n"
        "\u2013 Developed a MongoDB and Vue.js web stack for a trouble-ticketing system, as an intern\n"
        "\u2013 Technologies used: Golang (including Gin server), MongoDB, Bootstrap, Vue.js, Node-RED, Visual\n"
        "Studio Code\n"
    )
    read = resume_from_text(text)
    assert read is not None
    (project,) = read[0]["projects"]
    assert project["keywords"] == [
        "Golang (including Gin server)",
        "MongoDB",
        "Bootstrap",
        "Vue.js",
        "Node-RED",
        "Visual Studio Code",
    ]


def test_a_plain_text_resume_in_a_code_block_with_leaders_and_double_hyphens() -> None:
    """A fence's line is no name; "--" is a dash; a run of hyphens sets columns; two schools are two studies."""
    text = (
        "```text\nRon Adams\n\nEXPERIENCE\n\n2018 -- 2023    SALSIFY, Staff Engineer ---------------- Boston MA\n"
        "     Led the design of catalog sites.\n\nEDUCATION\n\n"
        "MAS.S65 Blockchain Technologies -------------------- MIT Media Lab\n"
        "BSCS Computer Science -------------------- Northeastern University\n```\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert resume["basics"] == {"name": "Ron Adams"}
    assert [(job["name"], job["position"], job["dates"]) for job in resume["work"]] == [
        ("SALSIFY", "Staff Engineer", "2018 \u2013 2023")
    ]
    assert [(study["studyType"], study["institution"]) for study in resume["education"]] == [
        ("MAS.S65 Blockchain Technologies", "MIT Media Lab"),
        ("BSCS Computer Science", "Northeastern University"),
    ]


def test_honours_bullets_and_roles_by_initials_of_a_word_processors_pdf() -> None:
    """Items marked "o"; "TA: course" is the role and what it served; a dean's list is no degree."""
    text = (
        "Edgar Xi\nEDUCATION\nCarnegie Mellon University, Pittsburgh, PA    Expected May 2019\n"
        "B.S. in Statistics\nDean\u2019s List (4.0 GPA, Fall 2017)\nTEACHING\n"
        "TA: Practical Data Science (15-388)     Spring 2018\n"
        "o Data processing and analysis, machine learning\no 20x speedup over hand labelling\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert [study["institution"] for study in resume["education"]] == ["Carnegie Mellon University"]
    (job,) = resume["work"]
    assert job["position"] == "Teaching Assistant: Practical Data Science"
    assert job["highlights"] == [
        "Data processing and analysis, machine learning",
        "20x speedup over hand labelling",
    ]


def test_code_is_left_out_and_headings_typed_without_a_space_are_headings() -> None:
    """A block of code says nothing of the person; "##Skills" is a heading; a site with its code is a project."""
    text = (
        "#Ana Silva\n##Skills\n*Python\n*Django\n##Code example\n```javascript\nvar re = /^[1-4]$/;\n```\n"
        "# Work experience\n* Web-site - Blog\n    * Python, Django\n    * **code:** https://github.com/ana/blog.git\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["basics"] == {"name": "Ana Silva"}
    assert resume["skills"] == ["Python", "Django"]
    assert resume["projects"] == [
        {
            "name": "Web-site \u2014 Blog",
            "url": "https://github.com/ana/blog.git",
            "highlights": ["Python, Django"],
        }
    ]
    assert "'Code example': a section a résumé does not have; not placed" in notes


def test_positions_under_the_skills_with_no_heading_are_the_work_history() -> None:
    """A role over its employer and period, then items, under the skills, begins the work history."""
    text = (
        "Ana Silva\nSkills\nMachine Learning: Regression, Classification\nSoft Skills\nTeamwork, Leadership\n"
        "Senior Technical Lead\nCoforge 06/2025 \u2013 Present\n"
        "\u25cf Led development of an AI-enabled platform with cross-functional teams.\n"
        "Data Scientist\nGenpact 01/2022 \u2013 04/2025\n\u25cf Built forecasting models with XGBoost and Prophet.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert [(job["position"], job["name"], job["dates"]) for job in resume["work"]] == [
        ("Senior Technical Lead", "Coforge", "06/2025 \u2013 Present"),
        ("Data Scientist", "Genpact", "01/2022 \u2013 04/2025"),
    ]
    assert resume["skills"][-1] == "Teamwork, Leadership"


def test_lines_indented_under_a_flush_head_are_what_the_work_was() -> None:
    """In plain text, lines indented under a head set flush say what the work was; none of them is a title."""
    text = (
        "Ron Adams\n\nEXPERIENCE\n\n2011-2012    BOSTON INTERACTIVE, Senior Engineer\n"
        "     Software implementation, client services, systems design, mentor. Awarded SiteCore\n"
        "     ASP.NET C# Developer Certification.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    (job,) = read[0]["work"]
    assert (job["name"], job["position"]) == ("Boston Interactive", "Senior Engineer")
    assert job["summary"].startswith("Software implementation, client services")


def test_a_title_after_the_name_on_its_line_is_the_headline() -> None:
    """A job's title written after the name with no comma is the headline, no part of the name."""
    read = resume_from_text("Dmitry Safonov Kernel Engineer\nSkills\nC, Linux\n")
    assert read is not None
    assert read[0]["basics"] == {"name": "Dmitry Safonov", "label": "Kernel Engineer"}


def test_labels_over_a_positions_items_keep_them_in_the_position() -> None:
    """Labels over items ("Responsibilities:", "Accomplishments:") keep the items in the position."""
    text = (
        "Ana Silva\nWork Experience\nPingCAP Inc. - Database Engineer July 2021 \u2013 Present\n"
        "Responsibilities:\n\u2022 Maintained the Sink module.\nAccomplishments:\n"
        "\u2022 Improved throughput by 30%.\n\u2022 Cut CI time from 40 to 20 minutes.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    (job,) = read[0]["work"]
    assert job["highlights"] == [
        "Maintained the Sink module.",
        "Improved throughput by 30%.",
        "Cut CI time from 40 to 20 minutes.",
    ]


def test_a_project_that_is_only_a_period_reads() -> None:
    """A project entry with no head but its period is read, with no name."""
    read = resume_from_text("Ana Silva\nProjects\n2019 - 2021\n")
    assert read is not None
    assert read[0]["projects"] == [{"dates": "2019 - 2021"}]


def test_dotted_leaders_to_a_lines_end_and_letter_bullets() -> None:
    """Spaced dots that lead to a line's end are no part of its name; "f" as a symbol font gives a bullet marks an item."""
    text = (
        "Arash Eslami\nExperience\nMahsan Co.. . . . . . . . . . . .\nSenior Software Engineer 2022/10-2024/07\n"
        "f Contributed to a data loss prevention service in C++.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {
            "name": "Mahsan Co",
            "position": "Senior Software Engineer",
            "dates": "2022/10-2024/07",
            "highlights": ["Contributed to a data loss prevention service in C++."],
        }
    ]


def test_groups_of_skills_named_in_capitals_stay_skills() -> None:
    """Names in capitals over lists of skills name groups of the skills, not sections; "HTML" over a list is a skill."""
    text = (
        "Ana Silva\nSKILLS\n\u2022 Machine Learning \u2022 Deep Learning\nLANGUAGES\n\u2022 Python \u2022 Java\n"
        "FRAMEWORK\n\u2022 Tensorflow \u2022 Keras\nHTML\n\u2022 CSS\nEXPERIENCE\nAcme | Engineer 2021 - 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["skills"] == [
        "Machine Learning, Deep Learning",
        {"name": "LANGUAGES", "keywords": ["Python, Java"]},
        {"name": "FRAMEWORK", "keywords": ["Tensorflow, Keras"]},
        {"name": "FRAMEWORK", "keywords": ["HTML"]},
        {"name": "FRAMEWORK", "keywords": ["CSS"]},
    ]
    assert not [note for note in read[1] if "a section a résumé does not have" in note]


def test_prizes_under_a_dated_project_are_said_of_it() -> None:
    """Lines that name prizes under a project's head and period, one year each, tell of that project."""
    text = (
        "Ana Silva\nPROJECTS\niPlant\n (07/2020 - 09/2022)\n"
        "1st place in Albania and global nominee at NASA SpaceApps 2020\n1000 EUR grant winner at Upshift, 2022\n"
        "An app that makes planting trees a game.\nSindiAI\n (10/2021 - 05/2022)\n"
        "1st place in the national science fair\nAn assistant that answers requests in natural language.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "iPlant",
            "dates": "07/2020 - 09/2022",
            "description": "1st place in Albania and global nominee at NASA SpaceApps 2020 1000 EUR grant winner"
            " at Upshift, 2022 An app that makes planting trees a game.",
        },
        {
            "name": "SindiAI",
            "dates": "10/2021 - 05/2022",
            "description": "1st place in the national science fair An assistant that answers requests in natural"
            " language.",
        },
    ]


def test_results_under_a_dated_achievement_are_its_details() -> None:
    """Under a head dated to the month, a line of results in its years is said of it; an issuer is a name."""
    text = (
        "Ana Silva\nCERTIFICATES & ACHIEVEMENTS\nComputer Science Olympiad\n (02/2020 - 02/2022)\n"
        "2nd place (2020), 2nd place (2021), 1st place (2022)\nYoung Entrepreneurs\n (03/2022 - 04/2022)\n"
        "IELTS English Assessment Test\n (01/2022 - 01/2022)\nAchieved overall band 7.5 score\n"
        "TensorFlow Developer Certificate (05/2023 - 05/2023)\nGoogle\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["certificates"] == [
        {
            "name": "Computer Science Olympiad",
            "date": "02/2020 - 02/2022",
            "summary": "2nd place (2020), 2nd place (2021), 1st place (2022)",
        },
        {"name": "Young Entrepreneurs", "date": "03/2022 - 04/2022"},
        {
            "name": "IELTS English Assessment Test",
            "date": "01/2022 - 01/2022",
            "summary": "Achieved overall band 7.5 score",
        },
        {"name": "TensorFlow Developer Certificate", "date": "05/2023 - 05/2023", "issuer": "Google"},
    ]


def test_a_date_column_wrapped_over_lines_is_one_period() -> None:
    """A period a narrow column breaks over lines, or a line's end before its year, is whole again."""
    text = (
        "Chris Doe\nExperience\nJune 2022\u2013\nSeptember\n2022\nResearch Scientist Intern, Safety Team, DeepMind,"
        " London, UK\n\u25cb Studied delusions in autoregressive models.\nOctober\n2017\u2013January\n2018\n"
        "Visiting Scholar, Future of Humanity Institute, Oxford, UK\n\u25cb Predicted human judgments.\n"
        "Acme Labs - Engineer June 2016 \u2013 July\n2017\n\u25cb Wrote dashboards.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(entry.get("position"), entry.get("name"), entry.get("dates")) for entry in read[0]["work"]] == [
        ("Research Scientist Intern", "DeepMind", "June 2022\u2013September 2022"),
        ("Visiting Scholar", "Future of Humanity Institute", "October 2017\u2013January 2018"),
        ("Engineer", "Acme Labs", "June 2016 \u2013 July 2017"),
    ]


def test_a_sentence_after_items_stays_where_entries_start_with_periods() -> None:
    """Where entries start with their periods, a sentence after an entry's items is of it; a role's line is not."""
    text = (
        "Chris Doe\nEducation\n2016-2017 MEng - Computer Science, University of Cambridge, UK\n"
        "\u25cb Thesis: Gaussian process state-space models.\nSupervised by Carl E. Rasmussen.\n"
        "2013-2016 BA - Natural Sciences (Physics), University of Cambridge, UK\n"
        "Service\nMay 2022 - Jun 2023 Mentor, Student Mentorship Program\n\u25cb Mentored six students.\n"
        "Teaching Assistant\n"
        "\u25cb Ran the labs of CS101 (2024)\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(study.get("studyType"), study.get("institution")) for study in read[0]["education"]] == [
        ("MEng", "University of Cambridge"),
        ("BA", "University of Cambridge"),
    ]
    assert [entry.get("position") for entry in read[0]["volunteer"]] == ["Mentor", "Teaching Assistant"]


def test_a_papers_authors_in_full_end_its_title() -> None:
    """A paper after its year, its authors named in full with the person among them, is titled by what comes before."""
    text = (
        "Chris Cundy\nPublications\n2025 Preference Learning with Lie Detectors,\nChris Cundy, Adam Gleave,"
        " NeurIPS 2025\n2018 Parallelizing Linear Recurrent Neural Nets over Sequence Length,\n"
        "Eric Martin, Chris Cundy, ICLR 2018\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["publications"] == [
        {"name": "Preference Learning with Lie Detectors", "releaseDate": "2025", "publisher": "NeurIPS"},
        {
            "name": "Parallelizing Linear Recurrent Neural Nets over Sequence Length",
            "releaseDate": "2018",
            "publisher": "ICLR",
        },
    ]


def test_lines_labelled_as_sections_under_an_unknown_heading_are_read() -> None:
    """Under "Additional", "Programming Languages:" lists skills and "Relevant Coursework:" courses; the rest is left."""
    text = (
        "Axel Silva\nEDUCATION\nConcordia University\nHonours BSc in Computer Science - Project Supervisor: Leila"
        " Kosseim - GPA: 4.02/4.3 2018-2021\nADDITIONAL\n\u25cb Relevant Coursework: Deep Learning, Data Analytics\n"
        "\u25cb Dean's List (2018, 2019)\n\u25cb Programming Languages: Python, Java\n"
        "\u25cb Work/Research Interests: Interpretability, Systems\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert resume["skills"] == ["Python, Java"]
    assert resume["education"] == [
        {
            "studyType": "Honours BSc",
            "area": "Computer Science",
            "institution": "Concordia University",
            "dates": "2018-2021",
            "courses": ["Deep Learning, Data Analytics"],
        }
    ]
    assert "work" not in resume
    assert (
        "'ADDITIONAL': a section a résumé does not have; its lines labelled as sections read as courses, skills"
        in notes
    )


def test_an_employer_in_two_capitals_and_a_schools_city_are_no_place_or_field() -> None:
    """Two capitals after a role ("HP") are its employer, not a state; a school's city after a degree is no field."""
    text = (
        "Ana Silva\nEXPERIENCE\nSenior Data Scientist - HP 02/2023 - Present\n\u2022 Defined metrics.\n"
        "Education\nIndian Institute of Technology - Roorkee 2017 - 2019\nMaster of Science (CGPA 7.9/10) Roorkee\n"
        "University of Delhi 2013 - 2016\nBachelor of Science (CGPA 9/10) New Delhi\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(job.get("position"), job.get("name")) for job in read[0]["work"]] == [
        ("Senior Data Scientist", "HP")
    ]
    assert [(study.get("studyType"), study.get("area")) for study in read[0]["education"]] == [
        ("Master of Science", None),
        ("Bachelor of Science", None),
    ]


def test_a_specialization_after_a_degree_and_its_field_joins_the_field() -> None:
    """A "Specialization in" part after a degree that names its field is said within it, its date's words left out."""
    text = (
        "Axel Silva\nEDUCATION\nUniversité de Montréal Montreal, QC\n"
        "MSc in Computer Science - Specialization in Machine Learning Expected Graduation: May 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(study.get("studyType"), study.get("area")) for study in read[0]["education"]] == [
        ("MSc", "Computer Science (Machine Learning)")
    ]


def test_awards_after_their_years_under_a_word_in_capitals_are_one_each() -> None:
    """Awards each after its year, a word in capitals over some, are one each; "Patents" is a section of its own."""
    text = (
        "Wei Zhang\nHonors & Awards\nINTERNATIONAL\n2025 Recipient, Global Citizens Scholarship, Adelaide\n"
        "DOMESTIC\n2023 Second Prize, Challenge Cup Invention Track\n2023 First Prize, Data Analysis Competition\n"
        "Patents\nA drone rescue system\nCO-INVENTOR Nov. 2024 - Present\n"
        "Education\nBSc in Physics, Adelaide University - Concentration in Optics, minor in Music 2022\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert [award["title"] for award in resume["awards"]] == [
        "Recipient, Global Citizens Scholarship, Adelaide",
        "Second Prize, Challenge Cup Invention Track",
        "First Prize, Data Analysis Competition",
    ]
    assert resume["education"][0]["area"] == "Physics (Optics)"
    assert "'Patents': a section a résumé does not have; not placed" in notes


def test_a_headline_after_the_name_and_a_links_label_after_items() -> None:
    """A line's name before "Seeking ..." is the name; "Publication." after an entry's items is no entry or heading."""
    text = (
        "Avinash Rao Seeking SWE internship opportunities for Summer 2023\navinash@example.com\n"
        "Experience\nRobotics Research Center, IIIT-Hyderabad | Computer Vision\n"
        "Research Assistant Sept. 2019 - Jul. 2022\n\u2022 Built a network to reconstruct scenes in 3D.\n"
        "Publication.\nRobert Bosch | Computer Vision\nComputer Vision Intern May 2021 - Aug. 2021\n"
        "\u2022 Augmented LiDAR datasets with synthetic models.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert (resume["basics"]["name"], resume["basics"]["label"]) == (
        "Avinash Rao",
        "Seeking SWE internship opportunities for Summer 2023",
    )
    assert [(job.get("position"), job.get("name")) for job in resume["work"]] == [
        ("Research Assistant", "Robotics Research Center"),
        ("Computer Vision Intern", "Robert Bosch"),
    ]


def test_a_quoted_title_wrapped_over_lines_and_a_later_paper_under_a_role() -> None:
    """A paper's title in quotes goes on over its line's end; a sentence after a role of a later year is of it."""
    text = (
        "Ana Xu\nWork Experience\nMeta Reality Lab May 2024 - Aug 2024\nResearch Scientist Intern, Meta\n"
        "Conducted research on keyword spotting.\nPaper accepted to ICASSP 2025.\n"
        "Publications\n[Interspeech\u201925] A Xu, T Feng. \u201cLarge Language Models based ASR Error\n"
        "Correction for Child Conversations.\u201d\n[ICASSP\u201925] A Xu, B Zhang. \u201cKAN for Keyword Spotting.\u201d\n"
    )
    profile = mlcareer.import_resume(text).profile
    assert len(profile["experience"]) == 1
    assert [item["title"] for item in profile["portfolio"]] == [
        "Large Language Models based ASR Error Correction for Child Conversations",
        "KAN for Keyword Spotting",
    ]


def test_a_word_tables_rows_of_skills_are_groups() -> None:
    """A row "Programming | Python (pandas, NumPy. etc.), Dart", as a Word table gives it, is a group of skills."""
    text = (
        "Abhinav Saxena\n# Skills\nProgramming | Python (Pandas, PyTorch, NumPy, Scikit-learn. etc.), Dart, C++.\n"
        "Soft Skills | Time Management, Teamwork, Problem-solving.\n"
    )
    profile = mlcareer.import_resume(text).profile
    assert profile["skills"] == [
        "python",
        "pandas",
        "pytorch",
        "numpy",
        "scikit-learn",
        "dart",
        "c++",
        "time-management",
        "teamwork",
        "problem-solving",
    ]


def test_an_indented_title_in_capitals_and_dates_with_a_spaced_apostrophe() -> None:
    """A title in capitals indented after a long item starts its section; "Jun\u2019 25" is a date; "Link" names nothing."""
    text = (
        "Vinay Singh\nSKILLS\n\u2022 Soft Skills: Communication, Critical Thinking, Innovative Mindset, Adaptability,"
        " Compassion, Attention to Details.\n PROJECTS \n"
        "MindDaily \u2013 Mood Tracker | Link        Jun\u2019 25 \u2013 Jul\u2019 25\n"
        "Developed a mood-tracking app in Flutter.\n"
        "CERTIFICATES\n\u2022 Ethical Hacking \u2013 by NPTEL | Certificate        Jul\u2019 25 \u2013 Oct\u2019 25\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert [(project["name"], project["dates"]) for project in resume["projects"]] == [
        ("MindDaily", "Jun\u2019 25 \u2013 Jul\u2019 25")
    ]
    assert resume["certificates"] == [
        {"name": "Ethical Hacking \u2013 by NPTEL", "date": "Jul\u2019 25 \u2013 Oct\u2019 25"}
    ]


def test_a_hackathon_in_the_work_history_is_a_project() -> None:
    """A hackathon with no role, under experience, is a project of what was built there; its organizers held a role."""
    text = (
        "Priya Mahobia\nExperience\nGoogle GenAI Exchange Hackathon | GitHub Link   Pune, Maharashtra\n"
        "Semi-Finalist Sept 2025\n\u2022 Developed a marketplace with RAG-based search.\n"
        "Organizer, SoccerNet Challenges   2023\n\u2022 Ran the action-spotting track.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert [project["name"] for project in resume["projects"]] == ["Google GenAI Exchange Hackathon"]
    assert [(job.get("position"), job.get("name")) for job in resume["work"]] == [
        ("Organizer", "SoccerNet Challenges")
    ]


def test_a_role_run_into_its_school_under_teaching() -> None:
    """Under teaching, "Course,Role University" is the role for the course, at the university."""
    text = (
        "Chris Clarke\nTeaching\nFall 2024 EECS 449: Conversational AI,Graduate Student Instructor University of"
        " Michigan\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(job.get("position"), job.get("name")) for job in read[0]["work"]] == [
        ("Graduate Student Instructor, EECS 449: Conversational AI", "University of Michigan")
    ]


def test_a_demonstrator_is_a_teaching_role_and_a_lists_end_no_employer() -> None:
    """A "Demonstrator for ..." position is a teaching role; "..., and Evolutionary Ecology" ends its list."""
    text = (
        "Alistair Senior\nExperience\nDemonstrator for 2 courses including Biological Data Analysis & Computing,"
        " and Evolutionary Ecology 2010 - 2012\n"
    )
    profile = mlcareer.import_resume(text).profile
    assert profile["experience"] == [
        {
            "title": "Demonstrator for 2 courses including Biological Data Analysis & Computing, and Evolutionary"
            " Ecology",
            "start": "2010",
            "end": "2012",
            "skills": ["data-analysis"],
        }
    ]


def test_an_item_cut_in_a_names_words_and_a_brands_city() -> None:
    """A long item's last word alone on a line ends it; a sentence's words go on; a brand's city is no name."""
    long_item = (
        "\u2022 Architected and executed a Deep Learning model pipeline for precise car part identification"
        " and damage classification, leveraging YOLO Object"
    )
    text = (
        "Aditi Rao\nWork Experience\nTaskHuman Jaipur, India\nDATA SCIENTIST Feb. 2021 - June. 2022\n"
        "\u2022 Partnered with an academic team to build the software application, integrating the Minimum\n"
        "Convex Polygon algorithm using Python\n"
        "Celebal Technologies Jaipur, India\nASSOCIATE DATA SCIENTIST Sep. 2018 - Jan. 2020\n"
        f"{long_item}\nDetection\n\u2022 Developed an HR dashboard to find likely attrition.\n"
        "Skills\nProgramming Languages\nC, Python, SQL\nTools & Platforms\nGit, Docker, Linux\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, notes = read
    assert [(job.get("position"), job.get("name"), job["highlights"]) for job in resume["work"]] == [
        (
            "Data Scientist",
            "TaskHuman",
            [
                "Partnered with an academic team to build the software application, integrating the Minimum"
                " Convex Polygon algorithm using Python"
            ],
        ),
        (
            "Associate Data Scientist",
            "Celebal Technologies",
            [f"{long_item[2:]} Detection", "Developed an HR dashboard to find likely attrition."],
        ),
    ]
    assert resume["skills"] == [
        {"name": "Programming Languages", "keywords": ["C, Python, SQL"]},
        {"name": "Tools & Platforms", "keywords": ["Git, Docker, Linux"]},
    ]
    assert (
        "work 'Detection': the last word of the position's item above it, cut off by the line's end;"
        " the items under it are the position's"
    ) in notes


def test_a_links_label_after_the_tools_and_a_schools_place_after_it() -> None:
    """A link's label after a project's tools is no tool; brackets name more; a place past the school no field."""
    text = (
        "Abhi Kumar\nPROJECT EXPERIENCE:\nBank Loan Data Analysis\nTools: Excel, SQL View Project |\n"
        "\u2022 Built a dashboard of loan data.\n"
        "Chat Analysis\nTools: Python (Streamlit) | Render  View Project\n\u2022 Analysed chat messages.\n"
        "EDUCATION:\nBachelor of Computer Application (BCA)\nKLE College, Haveri - (Karnatak University, Dharwad)\n"
    )
    profile = mlcareer.import_resume(text).profile
    assert [(item["title"], item.get("skills"), item.get("topics")) for item in profile["portfolio"]] == [
        ("Bank Loan Data Analysis", ["excel", "sql"], None),
        ("Chat Analysis", ["python", "streamlit"], ["Render"]),
    ]
    assert profile["education"] == [
        {"degree": "Bachelor of Computer Application (BCA)", "institution": "KLE College"}
    ]


def test_roles_said_after_the_place_in_an_item_or_a_label_and_a_ranged_period_first() -> None:
    """A role as a head's first item or before a colon is the title; a period from date to date wins over a season."""
    text = (
        "Hasan Ali\nWORK / RESEARCH EXPERIENCE\n"
        "Summer 2025 Internship at AIISC Lab, University of South Carolina (Onsite) May 2025 \u2013 July 2025\n"
        "\u2022 Topic: Encoder free Vision Language Model.\n"
        "Collaborator at IDRT Jan 2025 - Aug 2025\n\u2022 PI: Dr. Jooho Kim\n"
        "Computer Science & Engineering Department, TAMU Jan 2024 \u2013 May 2025\n"
        "\u2022 Graduate Teaching Assistant.\n\u2022 Courses Managed: Artificial Intelligence, Database Systems.\n"
        "Contractual Lecturer: BRAC University Aug 2021 \u2013 Dec 2022\n\u2022 Courses: Programming Language I.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [(job.get("position"), job.get("name"), job["dates"]) for job in read[0]["work"]] == [
        ("Summer 2025 Internship", "AIISC Lab", "May 2025 \u2013 July 2025"),
        ("Collaborator", "IDRT", "Jan 2025 - Aug 2025"),
        ("Graduate Teaching Assistant", "TAMU", "Jan 2024 \u2013 May 2025"),
        ("Contractual Lecturer", "BRAC University", "Aug 2021 \u2013 Dec 2022"),
    ]


def test_a_list_that_names_each_project_over_what_was_done_and_a_member() -> None:
    """Items that name projects head the items under them in one list; a member is a role."""
    text = (
        "Abhi Kumar\nProjects\n\u2022 Reverse-Chain\n"
        "\u2022 Developed and implemented the Reverse Chain algorithm for multi-API planning.\n"
        "\u2022 Leveraged langchain and FAISS for retrieval.\n"
        "\u2022 SoreTrek\n\u2022 Innovated an inventory and sales management system.\n"
        "Experience\n\u2022 Member at Meshery Community, CNCF Jan 2024 - Present\nDelivered 4+ pull requests.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume, _ = read
    assert [(project["name"], project["highlights"]) for project in resume["projects"]] == [
        (
            "Reverse-Chain",
            [
                "Developed and implemented the Reverse Chain algorithm for multi-API planning.",
                "Leveraged langchain and FAISS for retrieval.",
            ],
        ),
        ("SoreTrek", ["Innovated an inventory and sales management system."]),
    ]
    assert [(job.get("position"), job.get("name")) for job in resume["work"]] == [
        ("Member", "Meshery Community")
    ]


def test_a_line_that_names_the_kind_of_project_is_no_title() -> None:
    """A line that names the kind of project ("Research Paper") is no title; "Paper Link" is a link's label."""
    text = (
        "Sumit Pandey\nProjects\nResearch Paper\n"
        "Text Summarisation | ML, NLP, NLTK | GitHub | Paper Link May 2023\n"
        "\u2022 Delivers concise summaries of lengthy texts.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["projects"] == [
        {
            "name": "Text Summarisation",
            "keywords": ["ML", "NLP", "NLTK"],
            "dates": "May 2023",
            "highlights": ["Delivers concise summaries of lengthy texts."],
        }
    ]


def test_a_city_of_two_words_after_the_employers_own_and_a_word_divided_at_a_lines_end() -> None:
    """A city of two words ends an employer named by a city ("... Delhi New Delhi"); a divided word is whole."""
    text = (
        "Ana Silva\nExperience\n"
        "Indian Statistical Institute Delhi New Delhi, India\n"
        "Data Science Intern August 2018 - April 2019\n"
        "Skills\n"
        "AI & ML: PyTorch, LangChain, Lang-\nGraph, RAG\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["work"] == [
        {
            "name": "Indian Statistical Institute Delhi",
            "position": "Data Science Intern",
            "dates": "August 2018 - April 2019",
        }
    ]
    assert read[0]["skills"] == [{"name": "AI & ML", "keywords": ["PyTorch, LangChain, LangGraph, RAG"]}]


def test_citations_each_from_its_authors_and_entries_parted_by_bullets() -> None:
    """A citation wrapped over lines starts at its authors; bullets part a line's certificates, its label left out."""
    text = (
        "Ana Silva\nPublications\n"
        "A. Silva, B. Lee. TraceSynth: Kernel Traces with\n"
        "Diffusion Models. FSE Companion, ACM, 2026.\n"
        "doi.org/10.1145/3803437.3805222\n"
        "K. Rao, A. Silva. LMAT: Adaptive Tracing Based on System Behavior Analysis\n"
        "Using Language Models. Journal of Systems and Software, 2026.\n"
        "Certifications & Additional\n"
        "Certifications: OAuth2 & OpenID Connect \u2022 Maven Fundamentals \u2022\n"
        "Unit Testing with Jasmine\n"
        "Awards: Mitacs Fellowship \u2022 Golden Key (top 15%)\n"
        "Also: TA \u2014 COSC 3P97 Mobile Computing \u2022\n"
        "English, Hindi.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert [entry["name"] for entry in read[0]["publications"]] == [
        "TraceSynth: Kernel Traces with Diffusion Models",
        "LMAT: Adaptive Tracing Based on System Behavior Analysis Using Language Models",
    ]
    assert [entry["name"] for entry in read[0]["certificates"]] == [
        "OAuth2 & OpenID Connect",
        "Maven Fundamentals",
        "Unit Testing with Jasmine",
        "Awards: Mitacs Fellowship",
        "Awards: Golden Key (top 15%)",
    ]


def test_a_name_a_word_a_line_skills_in_capitals_and_numbered_items_without_a_space() -> None:
    """A name set a word a line is whole; a skill in capitals is no title; "3.Status" is an item; a day's date."""
    text = (
        "Owen\nHunter\nSoftware Developer\n"
        "SKILLS\nMainframe\nCOBOL\nC++\nPython\n"
        "EXPERIENCE\nCognizant | 30/07/2021 -\nProgrammer Analyst\n1. Wrote SQL reports.\n3.Status updates in COBOL.\n"
        "EDUCATION\nVeer Surendra Sai University of Technology 2017-2021\nBachelor of Technology\n8.69 CGPA\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["basics"] == {"name": "Owen Hunter", "label": "Software Developer"}
    assert resume["skills"] == ["Mainframe", "COBOL", "C++", "Python"]
    assert resume["work"] == [
        {
            "name": "Cognizant",
            "dates": "30/07/2021 -",
            "position": "Programmer Analyst",
            "highlights": ["Wrote SQL reports.", "Status updates in COBOL."],
        }
    ]
    assert resume["education"] == [
        {
            "studyType": "Bachelor of Technology",
            "institution": "Veer Surendra Sai University of Technology",
            "dates": "2017-2021",
            "summary": "8.69 CGPA",
        }
    ]


def test_what_is_said_of_a_paper_and_a_citation_by_one_author_and_others() -> None:
    """A sentence or a link under a paper says of it; "Luhar Ayush, et al." are authors; a venue goes on."""
    text = (
        "Ana Silva\nPublications\n"
        "Evolutionary optimization of machine learning algorithm\n"
        "hyperparameters for strength prediction of concrete\n"
        "This paper focused on design and development of machine learning applications.\n"
        "Publication link: https://link.springer.com/article/10.1007/s42107\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["publications"] == [
        {
            "name": "Evolutionary optimization of machine learning algorithm hyperparameters for strength"
            " prediction of concrete",
            "summary": "This paper focused on design and development of machine learning applications."
            " Publication link: https://link.springer.com/article/10.1007/s42107.",
        }
    ]
    cited = resume_from_text(
        "Ana Silva\nPublications\n[C.1] Luhar Ayush, et al. (2024). Smart Trends in Computing.\n"
        "In Smart Trends in Computing and Communications, pp 387-404. Springer.\nDOI:10.1007/978-981-97\n"
    )
    assert cited is not None
    assert [entry["name"] for entry in cited[0]["publications"]] == ["Smart Trends in Computing"]


def test_a_major_exams_a_supervisor_projects_done_and_a_year_in_a_title() -> None:
    """A degree's major is its field; exams are certificates; a supervisor a role; a year among a title's words no date."""
    text = (
        "Lina Meng\nEDUCATION\nUniversity of Toronto | Toronto, ON\n"
        "Honor\u2019s Bachelor of Science, Major in Actuarial Science and Statistics | Expected Graduation: June 2023\n"
        "PROFESSIONAL EXAMS\nPassed Society of Actuaries Exam P (Probability). | July 2022\n"
        "EXPERIENCE\nPlaza Grocery | Halifax, NS\nRetail Supervisor | June \u2013 August 2021\n"
        "\u2022 Trained new employees.\n"
        "DATA ANALYSIS PROJECTS DONE:\n1. Predicting 2025 Canadian Federal Election Results.\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert resume["education"] == [
        {
            "studyType": "Honor\u2019s Bachelor of Science",
            "area": "Actuarial Science and Statistics",
            "institution": "University of Toronto",
            "dates": "June 2023",
        }
    ]
    assert resume["certificates"] == [
        {"name": "Passed Society of Actuaries Exam P (Probability).", "date": "July 2022"}
    ]
    assert resume["work"][0]["position"] == "Retail Supervisor"
    assert resume["projects"] == [{"name": "Predicting 2025 Canadian Federal Election Results."}]


def test_a_table_of_studies_under_academic_qualifications() -> None:
    """A section of academic qualifications is education; a table's head no study; "BCA" before a school its degree."""
    text = (
        "Amandeep Singh\nAcademic Qualification :\nCourse College / School CGPA Status\n"
        "BCA Sunderdeep Group of Institute, Ghaziabad 6.9 Expected Graduation : (oct, 2023)\n"
        "Technical Skills :\nLanguage : JavaScript\n"
    )
    read = resume_from_text(text)
    assert read is not None
    assert read[0]["education"] == [
        {"studyType": "BCA", "institution": "Sunderdeep Group of Institute", "dates": "oct, 2023"}
    ]


def test_titles_in_capitals_in_the_margin_of_a_cv() -> None:
    """Titles in capitals run into their first lines are apart; a university is the school, not its unit."""
    text = (
        "Luca Yu\n"
        "EDUCATION Ph.D. in Computer Science Sept 2023 - Present\n"
        "The University of Hong Kong, Hong Kong\n"
        "B.Eng. in Information Engineering Sept 2019 - Jul 2023\n"
        "School of Info. & Comm. Engineering\n"
        "Beijing University of Posts and Telecommunications, China\n"
        "EXPERIENCE Research Assistant Nov 2021 - Sept 2023\n"
        "MARS Lab, Tsinghua University\n"
        "\u2022 Research on wireless perception.\n"
        "PUBLICATIONS \u2022 Running Zhao, Luca Yu. \u201dRadio2Text: Streaming Speech Recognition\u201d."
        " Accepted by Ubicomp 2023. [paper]\n"
        "SKILLS Library: Python, PyTorch\n"
        "ACADEMIC\nSERVICE\nReviewer: MobiSys 2023\n"
    )
    read = resume_from_text(text)
    assert read is not None
    resume = read[0]
    assert [study["institution"] for study in resume["education"]] == [
        "The University of Hong Kong",
        "Beijing University of Posts and Telecommunications",
    ]
    assert resume["work"][0]["position"] == "Research Assistant"
    assert resume["publications"] == [
        {
            "name": "Radio2Text: Streaming Speech Recognition",
            "releaseDate": "2023",
            "publisher": "Ubicomp 2023",
        }
    ]
    assert resume["skills"] == [{"name": "Library", "keywords": ["Python, PyTorch"]}]


def test_a_links_label_a_pdf_sets_after_an_awards_name() -> None:
    """A "Link" a PDF sets after an award's name is a link's label, no part of the name."""
    read = resume_from_text(
        "Ana Silva\nAchievements\nContributor level on Kaggle Link\nMissing Link Award 2021\n"
    )
    assert read is not None
    assert read[0]["awards"] == [
        {"title": "Contributor level on Kaggle"},
        {"title": "Missing Link Award", "date": "2021"},
    ]


def test_a_summary_of_skills_is_the_skills() -> None:
    """A section titled as a summary of skills ("Technical Skills Summary") lists skills, no summary of the person."""
    read = resume_from_text(
        "Ana Silva\nTECHNICAL SKILLS SUMMARY\nLanguages: Python, SQL\nEXPERIENCE\nAcme 2020\n"
    )
    assert read is not None
    assert read[0]["skills"] == [{"name": "Languages", "keywords": ["Python, SQL"]}]
    assert "summary" not in read[0]["basics"]


def test_a_degree_listed_as_an_item_under_its_schools_line() -> None:
    """A degree written as an item under a school's line that names none is that school's degree, dated."""
    read = resume_from_text(
        "Ana Silva\nEDUCATION\nUniversity of Illinois Chicago, Chicago, Illinois\n"
        "\u25a0 MS in Computer Science 2021\u2013 2023\n"
        "Shiv Nadar University, Uttar Pradesh, India 201314\n"
        "\u25a0 B.Tech in Computer Science and Engineering 2015\u2013 2019\n\u25cf With a Minor in Economics\n"
        "EXPERIENCE\nIntern at Acme Jan 2019 \u2013 Jan 2020\n"
    )
    assert read is not None
    assert [
        (study["studyType"], study["area"], study["institution"], study["dates"])
        for study in read[0]["education"]
    ] == [
        ("MS", "Computer Science", "University of Illinois Chicago", "2021\u2013 2023"),
        ("B.Tech", "Computer Science and Engineering", "Shiv Nadar University", "2015\u2013 2019"),
    ]


def test_titles_a_margin_wraps_at_and_and_an_open_bracket_closed_by_a_link() -> None:
    """A title in capitals wrapped at "AND" is one title; a link that closes an item's bracket is of the item."""
    read = resume_from_text(
        "Ana Silva\nRESEARCH\nAND WORK\nEXPERIENCE\nResearch Assistant at UIC Jun 2023 \u2013 Ongoing\n"
        "\u25a0 Explaining graph neural networks with game theory.\n"
        "PROJECTS\nAND SEMINARS\nUnity Game for Quest Nov 2021\n"
        "\u25a0 Designed a game where the player changes size. (Page here:\nhttps://ana.dev/game.html)\n"
        "Augmented Reality App Oct 2021\n\u25a0 Turned paper cubes into souvenirs.\n"
    )
    assert read is not None
    resume = read[0]
    assert [job["position"] for job in resume["work"]] == ["Research Assistant"]
    assert [(project["name"], project["highlights"]) for project in resume["projects"]] == [
        (
            "Unity Game for Quest",
            ["Designed a game where the player changes size. (Page here: https://ana.dev/game.html)"],
        ),
        ("Augmented Reality App", ["Turned paper cubes into souvenirs."]),
    ]


def test_a_projects_name_then_what_was_done_and_open_source_work() -> None:
    """A project's name, a colon and a sentence are its name and description; under open source, open-source work."""
    read = resume_from_text(
        "Ana Silva\nOpen-Source Contributions\nBenSim\n\u2022 Built a package for sentence similarity.\n"
        "Experimental Projects\n"
        "\u2022 News Classification using Transformers: Implemented the transformer from scratch for text.\n"
        "\u2022 ContrastNER: Contrastive Prompt Tuning for Few-shot NER\n"
    )
    assert read is not None
    assert read[0]["projects"] == [
        {"name": "BenSim", "highlights": ["Built a package for sentence similarity."], "type": "open source"},
        {
            "name": "News Classification using Transformers",
            "description": "Implemented the transformer from scratch for text.",
        },
        {"name": "ContrastNER: Contrastive Prompt Tuning for Few-shot NER"},
    ]


def test_a_citation_parted_by_commas_and_academic_credentials() -> None:
    """Authors, title and venue parted by commas are read; "Academic Credentials" are the studies."""
    read = resume_from_text(
        "Ana Silva\nAcademic Credentials\nBachelor of Science in Physics, University of Dhaka 2017 \u2013 2022\n"
        "Publications\n\u2022 Ana Silva, Li Wei, Dr. Sam Lee,\nHeadline Generation using Auxiliary Information,\n"
        "In Proceedings of the European Chapter of the ACL: EACL 2023.\n[accepted] [PDF] [code]\n"
    )
    assert read is not None
    resume = read[0]
    assert [study["institution"] for study in resume["education"]] == ["University of Dhaka"]
    assert resume["publications"] == [
        {
            "name": "Headline Generation using Auxiliary Information",
            "releaseDate": "2023",
            "publisher": "Proceedings of the European Chapter of the ACL: EACL",
        }
    ]


def test_papers_cited_in_the_apa_style_under_topics() -> None:
    """Papers cited in the APA style over lines, under topics of their kind, are each a paper with its year."""
    read = resume_from_text(
        "Ana Silva\nPublications\nJournal Articles\n"
        "Silva, A., Stellar, J. E., & Wei, L. (in press). Historical reconstruction of moral\n"
        "change with text corpora. Nature Communications.\n"
        "Silva, A., & Wei, L. (2024). Evolution of the moral lexicon. Open Mind, 8, 1153-1169.\n"
        "Conference Papers\n"
        "Zhu, W., Silva, A., & Wei, L. (2025). Visual moral inference and communication.\n"
        "In Proceedings of the 47th Annual Meeting of the Cognitive Science Society. [Disciplinary\n"
        "Diversity and Integration Award]\n"
    )
    assert read is not None
    assert read[0]["publications"] == [
        {
            "name": "Historical reconstruction of moral change with text corpora",
            "publisher": "Nature Communications",
        },
        {
            "name": "Evolution of the moral lexicon",
            "releaseDate": "2024",
            "publisher": "Open Mind, 8, 1153-1169",
        },
        {
            "name": "Visual moral inference and communication",
            "releaseDate": "2025",
            "publisher": "Proceedings of the 47th Annual Meeting of the Cognitive Science Society",
        },
    ]


def test_talks_written_as_titles_over_their_events() -> None:
    """Talks written as a title over a line of how, where and when are each a talk at that event."""
    read = resume_from_text(
        "Ana Silva\nPresentations\nThe discordance between ethics and inference in large language\nmodels.\n"
        "Poster, EMNLP 2025\nMoral reconstruction\nNLP Reading Group, University of Melbourne, September 2025\n"
    )
    assert read is not None
    assert read[0]["speaking"] == [
        {
            "title": "The discordance between ethics and inference in large language models",
            "event": "EMNLP",
            "date": "2025",
        },
        {
            "title": "Moral reconstruction",
            "event": "NLP Reading Group",
            "date": "September 2025",
            "summary": "University of Melbourne",
        },
    ]


def test_numbered_citations_wrapped_under_topics() -> None:
    """Numbered citations a PDF wraps after an author's initial, under topics and notes, are each a paper."""
    read = resume_from_text(
        "Ana Silva\nPUBLICATIONS\nConference Publications\nPublished, in press, accepted\n"
        "1. J. Webb, B. Bjorkman, A. Diaz Gonzalez, B. C. Ward, A.\n"
        "Silva, \u201cRemote ID Spoofing-Aware Trajectory Planning for Small Unmanned Aerial Systems,\u201d to appear in\n"
        "AIAA/IEEE Digital Avionics Systems Conference, Orlando, FL, 2026.\n"
        "2. N. Dahle, R. Canady, A. Silva, G.\n"
        "Biswas \u201cDetection of Compromised UAVs using Graph Machine Learning,\u201d AIAA SciTech Forum,\n"
        "Orlando, FL, 2026.\n"
    )
    assert read is not None
    assert [paper["name"] for paper in read[0]["publications"]] == [
        "Remote ID Spoofing-Aware Trajectory Planning for Small Unmanned Aerial Systems",
        "Detection of Compromised UAVs using Graph Machine Learning",
    ]


def test_a_role_then_what_it_served_its_terms_and_its_school() -> None:
    """A role, the course it served, its terms and its school in one item are a position at that school."""
    read = resume_from_text(
        "Ana Silva\nTeaching and Mentoring Experience\n"
        "\u2022 Mentoring an undergraduate student at the University of Kentucky (May 2025-Present)\n"
        "\u2022 Teaching Assistant. CS 275: Discrete Mathematics, Fall 2023, Spring 2023, Fall 2021,\n"
        "University of Kentucky.\n"
    )
    assert read is not None
    assert read[0]["work"] == [
        {
            "name": "University of Kentucky",
            "position": "Mentoring an undergraduate student",
            "dates": "May 2025-Present",
        },
        {
            "name": "University of Kentucky",
            "position": "Teaching Assistant",
            "dates": "Fall 2023, Spring 2023, Fall 2021",
            "summary": "CS 275: Discrete Mathematics",
        },
    ]
    profile = mlcareer.import_resume(read[0]).profile
    assert (profile["experience"][1]["start"], profile["experience"][1]["end"]) == ("2021-09", "2023-09")


def test_a_pointer_to_more_over_projects_named_before_a_colon() -> None:
    """A line that points to a website over projects is no project; each item's name before its colon is."""
    read = resume_from_text(
        "Ana Silva\nSELECTED PROJECTS\nFor detailed projects and demos, visit my GitHub page and website.\n"
        "\u2022 Fine-Tuning Diffusion Models using RL: Fine-tuned Diffuser to perform better on RL tasks.\n"
        "\u2022 Automated Vacuum Cleaner: Built with PID motion control.\n"
        "\u2022 Video Encryption: Implemented using MATLAB.\n"
    )
    assert read is not None
    assert [(project["name"], project["description"]) for project in read[0]["projects"]] == [
        ("Fine-Tuning Diffusion Models using RL", "Fine-tuned Diffuser to perform better on RL tasks."),
        ("Automated Vacuum Cleaner", "Built with PID motion control."),
        ("Video Encryption", "Implemented using MATLAB."),
    ]


def test_collaborators_under_a_projects_name_are_no_part_of_it() -> None:
    """A line naming who a project was done with ("With Ana Silva, Li Wei (Yale)") is no part of its name."""
    read = resume_from_text(
        "Ana Silva\nHIGHLIGHTED PROJECTS\n"
        "THROUGHPUT VS CENSORSHIP WITH CONCURRENT PROPOSERS September 2025\u2013current\n"
        "With Fatima Elsheimy, Giannis Kaklamanis, and Sarisht Wadhwa (Yale)\n"
        "\u2022 Studied the censorship resistance of consensus algorithms\n"
    )
    assert read is not None
    assert [project["name"] for project in read[0]["projects"]] == [
        "Throughput VS Censorship With Concurrent Proposers"
    ]


def test_a_title_run_into_its_employer_and_a_name_beside_an_icons_label() -> None:
    """A role a PDF runs into its employer's name is the two; an icon's label beside the name is none of it."""
    read = resume_from_text(
        "AI Developer with 3+ years of experience.\nWork Experience\n"
        "AI Engineer RoleHounds  Nov 2022 - Present\n\u25cf Built a job search with RAG.\n"
        "Software Engineer II  Acme  Jan 2020 - Oct 2022\n\u25cf Wrote services.\n"
        "Skills\nLanguages: Python, SQL\nLinkedIn\nGitHub Juan Reyes\njuan@example.com\n"
    )
    assert read is not None
    resume = read[0]
    assert resume["basics"]["name"] == "Juan Reyes"
    assert [(job["position"], job.get("name")) for job in resume["work"]] == [
        ("AI Engineer", "RoleHounds"),
        ("Software Engineer II", "Acme"),
    ]


def test_a_city_and_its_state_by_name_after_a_degree() -> None:
    """A city and a state named in full after a degree ("... Applications Patiala, Punjab") are no field."""
    read = resume_from_text(
        "Ana Silva\nEducation\nThapar Institute Of Engineering & Technology 2024 \u2013 2026\n"
        "Master of Computer Applications Patiala, Punjab\n"
        "Shiv Nadar University, Uttar Pradesh, India 2015 \u2013 2019\nB.Tech in Computer Science\n"
    )
    assert read is not None
    assert [
        (study["studyType"], study.get("area"), study["institution"]) for study in read[0]["education"]
    ] == [
        ("Master of Computer Applications", None, "Thapar Institute Of Engineering & Technology"),
        ("B.Tech", "Computer Science", "Shiv Nadar University"),
    ]


def test_papers_cited_by_full_names_then_the_year_between_stops() -> None:
    """Papers cited as ACL's are (authors in full over lines, the year between stops) are each a paper."""
    read = resume_from_text(
        "Ana Silva\nPublications\nPUBLISHED\n"
        "LiWei,AnaSilva,JoBaker,\nMaria Costa. 2024. Sparse Nets: Pruning at Scale. arXiv preprint 2024(PDF,Code)\n"
        "Ana Silva, Li Wei and Jo Baker. 2023. Label Free Pre-\ntraining for Text. Findings of the Association for Computa-\n"
        "tional Linguistics: ACL 2023 (PDF,\nCode)\n"
    )
    assert read is not None
    assert read[0]["publications"] == [
        {"name": "Sparse Nets: Pruning at Scale", "releaseDate": "2024", "publisher": "arXiv preprint 2024"},
        {
            "name": "Label Free Pretraining for Text",
            "releaseDate": "2023",
            "publisher": "Findings of the Association for Computational Linguistics: ACL 2023",
        },
    ]


def test_a_papers_venue_at_the_end_of_its_authors_line() -> None:
    """A venue after the authors on their line is the paper's; a sentence below says what it did."""
    read = resume_from_text(
        "Ana Silva\nPublications\nCharacter Nets for Long Stories\nAna Silva, Jo Baker EMNLP Findings, 2024\n"
        "We design a character representation for story tasks and analysis.\n"
        "Graph Knowledge for Reasoning\nAna Silva, Li Wei, Jo Baker 2023\n"
        "Improved LLM performance on text games by training on synthetic graph data.\n"
    )
    assert read is not None
    assert read[0]["publications"] == [
        {
            "name": "Character Nets for Long Stories",
            "releaseDate": "2024",
            "publisher": "EMNLP Findings, 2024",
            "summary": "We design a character representation for story tasks and analysis.",
        },
        {
            "name": "Graph Knowledge for Reasoning",
            "releaseDate": "2023",
            "summary": "Improved LLM performance on text games by training on synthetic graph data.",
        },
    ]


def test_an_item_that_ends_with_a_colon_goes_on_over_the_next_line() -> None:
    """An item ending with a colon goes on over the next line, which starts no entry of its own."""
    read = resume_from_text(
        "Ana Silva\nEducation\nUniversity of Michigan Ann Arbor, MI, USA\nPHD COMPUTER SCIENCE Sept 2019 - Dec 2024\n"
        "\u2022 Dissertation Title: Towards Better Dialogue:\nA Study of Personal Assistants\n"
        "University of Michigan Ann Arbor, MI, USA\nMSC. COMPUTER SCIENCE Sept 2019 - Apr 2021\n"
    )
    assert read is not None
    assert [(study["studyType"], study.get("summary")) for study in read[0]["education"]] == [
        (
            "PHD Computer Science",
            "Dissertation Title: Towards Better Dialogue: A Study of Personal Assistants.",
        ),
        ("MSC. Computer Science", None),
    ]


def test_projects_under_a_schools_name_and_an_employer_after_a_long_item() -> None:
    """A school's name over projects names none of them; a head ending with its state starts an entry."""
    read = resume_from_text(
        "Ana Silva\nExperience\nUniversity of Edinburgh Edinburgh, UK\nPhD Candidate Aug. 2023 \u2013 Present\n"
        "\u2022 Designed an improved character representation, CHIRON, to ensure consistency (EMNLP 2024)\n"
        "Language Technologies Group @ Georgia Tech Atlanta, GA\nResearcher Jan. 2020 \u2013 May 2023\n"
        "\u2022 Studied how online content spreads\n"
        "Independent projects\nUC IRVINE 2016 - 2017\n\u2022 Used text mining to predict the author.\n"
        "\u2022 Built periodograms to find exoplanets in public data.\n"
    )
    assert read is not None
    resume = read[0]
    assert [(job["position"], job["name"]) for job in resume["work"]] == [
        ("PhD Candidate", "University of Edinburgh"),
        ("Researcher", "Language Technologies Group"),
    ]
    assert [(project.get("name"), project.get("entity")) for project in resume["projects"]] == [
        (None, "UC Irvine")
    ]
