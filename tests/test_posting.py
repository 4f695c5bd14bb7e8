"""Tests for mlcareer._posting: job postings in the shapes job boards publish, read into a job."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import Job, Limits, PostingError, Sector, read_posting
from mlcareer._posting import alternatives_in, text_lines
from mlcareer.exceptions import LimitError

POSTINGS = Path(__file__).parent / "data" / "postings"

#: What each posting of tests/data/postings reads as: its job and every note.
READ: dict[str, dict[str, Any]] = {
    "analyst-text-skills.json": {
        "job": {
            "title": "Data Scientist, Merchandising",
            "company": "Harbor & Pine Retail",
            "sector": "retail",
            "required": ["python", "sql", "statistics", "experiment-design", "tableau"],
            "preferred": ["time-series"],
            "years": 2.0,
            "degree": "master",
        },
        "notes": [],
    },
    "fintech-ml-engineer.json": {
        "job": {
            "title": "Machine Learning Engineer, Fraud",
            "company": "Northwind Pay",
            "sector": "finance",
            "required": ["python", "sql", "scikit-learn", "xgboost"],
            "preferred": ["docker", "kubernetes", "pytorch"],
            "mentioned": ["gradient-boosting", "anomaly-detection", "spark", "experiment-design"],
            "alternatives": [["scikit-learn", "xgboost"]],
            "years": 3.0,
            "ml_years": 3.0,
            "degree": "bachelor",
        },
        "notes": [
            "skills: the posting has none; requirements were read from its description",
            "datePosted, employmentType, jobLocation, validThrough: not used for the match",
        ],
    },
    "job-board-page.html": {
        "job": {
            "title": "MLOps Engineer",
            "company": "Cloudberry",
            "sector": "tech",
            "required": ["docker", "kubernetes", "aws", "python"],
            "preferred": ["terraform", "airflow"],
            "mentioned": ["kafka"],
            "years": 4.0,
        },
        "notes": ["skills: the posting has none; requirements were read from its description"],
    },
    "json-resume-job.json": {
        "job": {
            "title": "Research Scientist, Speech",
            "company": "Vocalis",
            "required": [
                "deep-learning",
                "transformer-models",
                "self-supervised-learning",
                "signal-processing",
                "pytorch",
                "jax",
            ],
            "mentioned": ["speech-recognition"],
            "alternatives": [["pytorch", "jax"]],
            "years": 5.0,
            "degree": "phd",
        },
        "notes": [
            "skills[1] 'Signal processing': not a skill mlcareer knows; matched by its name only",
            "date, location, remote, salary, type: not used for the match",
        ],
    },
    "no-skills-field.json": {
        "job": {
            "title": "Junior NLP Engineer",
            "company": "Lexica Health",
            "sector": "healthcare",
            "required": ["python", "pytorch", "natural-language-processing", "hugging-face-transformers"],
            "preferred": ["mlops", "mlflow"],
            "mentioned": ["sql", "cloud-computing"],
            "alternatives": [["mlops", "mlflow"]],
        },
        "notes": [
            "skills: the posting has none; requirements were read from its description",
            "datePosted: not used for the match",
        ],
    },
    "nurse-non-ml.json": {
        "job": {
            "title": "Registered Nurse, Night Shift",
            "company": "St. Elsewhere Hospital",
            "sector": "healthcare",
            "required": ["communication", "teamwork"],
            "degree": "bachelor",
        },
        "notes": [
            "skills: the posting has none; requirements were read from its description",
            "employmentType: not used for the match",
        ],
    },
    "short-form.yaml": {
        "job": {
            "title": "ML Engineer",
            "company": "Acme Pay",
            "sector": "finance",
            "required": ["python", "pytorch", "sql"],
            "preferred": ["docker"],
            "years": 3,
            "degree": "bachelor",
        },
        "notes": [],
    },
    "vision-defined-terms.json": {
        "job": {
            "title": "Computer Vision Engineer",
            "company": "Orbital Robotics",
            "sector": "tech",
            "required": ["pytorch", "opencv", "convolutional-neural-networks", "ros"],
            "preferred": ["c++", "cuda"],
            "mentioned": ["computer-vision"],
            "degree": "master",
        },
        "notes": [
            "occupationalCategory: not used for the match",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(READ))
def test_postings_read_in_full(name: str) -> None:
    """Each posting's job and notes, in full, from a file and from its text alike."""
    path = POSTINGS / name
    assert read_posting(path).to_dict() == READ[name]
    assert read_posting(path.read_text()).to_dict() == READ[name]


def test_every_posting_file_is_asserted() -> None:
    """The postings in the test data are the ones asserted above."""
    assert sorted(path.name for path in POSTINGS.iterdir()) == sorted(READ)


def test_plain_data_and_the_profile_form_agree() -> None:
    """A job read from a posting is the job a profile's goals.job holds, and dumps back to the same data."""
    job = read_posting(POSTINGS / "short-form.yaml").job
    profile = {"goals": {"job": READ["short-form.yaml"]["job"]}}
    assert mlcareer.load_candidate(profile).goals.job == job
    assert mlcareer.load_candidate(mlcareer.load_candidate(profile).to_dict()).goals.job == job


def test_postings_in_a_list_or_a_graph() -> None:
    """JSON-LD with several postings reads the first, and says so; a graph without one is not a posting."""
    posting = json.loads((POSTINGS / "vision-defined-terms.json").read_text())
    other = {**posting, "title": "Second"}
    result = read_posting(json.dumps([{"@type": "Organization", "name": "X"}, posting, other]))
    assert result.job.title == "Computer Vision Engineer"
    assert result.notes[0] == "the document has 2 JobPostings; read the first"
    with pytest.raises(PostingError) as raised:
        read_posting({"@graph": [{"@type": "Organization", "name": "X"}]})
    assert str(raised.value) == (
        "invalid posting: not a job posting: it has @graph; expected a schema.org JobPosting (with @type),"
        " a JSON Resume job, or mlcareer's job form (title, company, required, preferred, ...)"
    )


def test_a_posting_without_its_type_is_read_by_its_properties() -> None:
    """schema.org properties that no other shape has make a posting without @type a JobPosting."""
    result = read_posting({"title": "Analyst", "hiringOrganization": "Acme", "description": "Required: SQL."})
    assert result.job == Job(title="Analyst", company="Acme", required=["sql"])
    assert result.notes[0] == "the posting has no @type; read as a schema.org JobPosting"


def test_an_employers_name_gives_its_sector_and_years_of_ml_work_are_their_own() -> None:
    """Without an industry, an employer's name that names one sector gives it; years whose clause names ML are ML years."""
    posting = {
        "@type": "JobPosting",
        "title": "ML Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Lexica Health"},
        "description": "<h3>Requirements</h3><ul><li>5+ years of experience, 2 of them in machine learning</li>"
        "<li>3 years of experience in machine learning</li></ul>",
    }
    result = read_posting(posting)
    assert (result.job.sector, result.job.years, result.job.ml_years) == (Sector.HEALTHCARE, 5.0, 3.0)
    assert (
        "hiringOrganization 'Lexica Health': 'Health' in the employer's name: sector healthcare"
        in result.notes
    )
    assert read_posting({**posting, "industry": "Software"}).job.sector is Sector.TECH


@pytest.mark.parametrize(
    "heading", ["What we\u2019re looking for", "What we're looking for", "The ideal candidate"]
)
def test_a_heading_that_says_whom_they_seek_heads_requirements(heading: str) -> None:
    """The lines under "What we're looking for" are required; those under "Bonus points" preferred.

    Data science is the field of the years of experience asked for, not a skill asked for besides them.
    """
    posting = {
        "@type": "JobPosting",
        "title": "Data Scientist",
        "description": f"<p><strong>{heading}</strong></p><ul><li>Python and SQL</li>"
        "<li>2+ years of experience in data science</li></ul>"
        "<p><strong>Bonus points</strong></p><ul><li>Spark</li></ul>",
    }
    job = read_posting(posting).job
    assert (job.required, job.preferred, job.ml_years) == (("python", "sql"), ("spark",), 2.0)


def test_a_page_without_json_ld_is_read_from_its_text() -> None:
    """A page's <h1> is the title, and the lines under its headings are requirements or preferences."""
    page = (
        "<html><head><title>Jobs - ML Engineer</title></head><body><h1>ML Engineer, Ads</h1>"
        "<h3>Minimum qualifications:</h3><ul><li>2 years of experience with Python</li></ul>"
        "<h3>Preferred qualifications:</h3><ul><li>Experience with Spark</li></ul></body></html>"
    )
    result = read_posting(page)
    assert (result.job.title, result.job.required, result.job.preferred, result.job.years) == (
        "ML Engineer, Ads",
        ("python",),
        ("spark",),
        2.0,
    )
    assert result.notes[0] == (
        "the posting is an HTML page without JSON-LD; read from its text, titled 'ML Engineer, Ads'"
    )


def test_a_posting_in_a_text_file_is_read_from_its_words(tmp_path: Path) -> None:
    """A .txt file's first line is the title, and the lines under its headings are read; no requirement is an error."""
    (tmp_path / "ad.txt").write_text(
        "Data Scientist\n\nRequirements:\nSQL and pandas\n\nNice to have:\nAirflow\n"
    )
    result = read_posting(tmp_path / "ad.txt")
    assert (result.job.title, result.job.required, result.job.preferred) == (
        "Data Scientist",
        ("sql", "pandas"),
        ("airflow",),
    )
    assert result.notes[0] == "the posting is plain text; its first line, 'Data Scientist', read as the title"
    (tmp_path / "note.md").write_text("Hello\nworld\n")
    with pytest.raises(PostingError) as raised:
        read_posting(tmp_path / "note.md")
    assert str(raised.value) == (
        f"invalid posting: {tmp_path / 'note.md'}: not a job posting: plain text that names no skill,"
        " experience or degree"
    )


def test_a_first_line_that_is_a_heading_is_no_title(tmp_path: Path) -> None:
    """A text copied from a job board opens with "About the job": the title is the role its text names, if any."""
    body = (
        "Helio Health builds clinical AI for 300 hospitals. As a Machine Learning Engineer on the Imaging"
        " team, you will train models.\n\nRequirements:\nPyTorch\n"
    )
    (tmp_path / "ad.txt").write_text(f"About the job\n\n{body}")
    result = read_posting(tmp_path / "ad.txt")
    # The field named in passing ("clinical AI") is what the job is about, not a skill it asks for.
    assert (result.job.title, result.job.required, result.job.mentioned) == (
        "Machine Learning Engineer",
        ("pytorch",),
        (),
    )
    assert result.notes[0] == (
        "the posting is plain text; its first line, 'About the job', is a heading; the title read from"
        " 'As a Machine Learning Engineer'"
    )
    (tmp_path / "ad.txt").write_text("Job description\n\nWe build models.\n\nRequirements:\nSQL\n")
    result = read_posting(tmp_path / "ad.txt")
    assert result.job.title is None
    assert result.notes[0] == (
        "the posting is plain text; its first line, 'Job description', is a heading, and it names no title"
    )


def test_a_text_names_its_employer_after_at_in_its_first_line(tmp_path: Path) -> None:
    """A text's first line "Data Scientist at Spotify (Berlin)" gives the title and the company Spotify."""
    (tmp_path / "ad.txt").write_text("Data Scientist at Spotify (Berlin)\n\nRequirements:\nSQL\n")
    result = read_posting(tmp_path / "ad.txt")
    assert (result.job.title, result.job.company, result.job.required) == (
        "Data Scientist",
        "Spotify",
        ("sql",),
    )
    assert result.notes[0] == (
        "the posting is plain text; its first line, 'Data Scientist at Spotify (Berlin)', read as the title"
        " 'Data Scientist' at 'Spotify'"
    )
    (tmp_path / "ad.txt").write_text("Engineer working at scale\n\nRequirements:\nSQL\n")
    assert read_posting(tmp_path / "ad.txt").job.company is None


@pytest.mark.parametrize(
    ("second", "company"),
    [
        ("Zalando SE \u00b7 Berlin, Germany \u00b7 Hybrid", "Zalando SE"),
        ("Northwind Market | Seattle, WA", "Northwind Market"),
        ("Full-time | Remote", None),
        ("Python \u00b7 SQL, Spark", None),
        ("We are a team of twelve in Berlin, Germany.", None),
    ],
)
def test_a_job_boards_second_line_names_the_employer(
    tmp_path: Path, second: str, company: str | None
) -> None:
    """The line under the title that names an employer, then a place or a way of working, gives the employer."""
    (tmp_path / "ad.txt").write_text(f"Junior Data Scientist\n{second}\n\nRequirements:\nSQL\n")
    result = read_posting(tmp_path / "ad.txt")
    assert result.job.company == company
    said = f", and its second line names the employer, {company!r}" if company else ""
    assert (
        result.notes[0]
        == f"the posting is plain text; its first line, 'Junior Data Scientist', read as the title{said}"
    )


@pytest.mark.parametrize(
    ("first", "body", "title", "company"),
    [
        ("# ML Engineer \u2014 Intercom (Dublin)", "At Intercom, we build Fin.", "ML Engineer", "Intercom"),
        ("Data Scientist - Zalando", "Zalando's data teams ship weekly.", "Data Scientist", "Zalando"),
        ("ML Engineer \u2014 Routewise", "About us\nRoutewise plans deliveries.", "ML Engineer", "Routewise"),
        ("Data Scientist - London (Hybrid)", "Our team works from London.", "Data Scientist - London", None),
        ("Data Scientist - NLP", "At NLP we mean language.", "Data Scientist - NLP", None),
        ("**Data Scientist**", "We are growing.", "Data Scientist", None),
        ("ML Engineer (m/f/d)", "We are growing.", "ML Engineer", None),
        ("Research Scientist (NLP)", "We are growing.", "Research Scientist (NLP)", None),
    ],
)
def test_a_name_after_a_dash_is_the_employer_when_the_text_speaks_of_it(
    tmp_path: Path, first: str, body: str, title: str, company: str | None
) -> None:
    """After a dash may come an employer, a place or a field: an employer when the ad speaks of it as one; where-and-whom remarks go."""
    (tmp_path / "ad.md").write_text(f"{first}\n\n{body}\n\n## Requirements\n- SQL\n")
    job = read_posting(tmp_path / "ad.md").job
    assert (job.title, job.company) == (title, company)


@pytest.mark.parametrize(
    "ad",
    [
        "About the role\nYou build our models.\nRequirements\n- Python and SQL\n- Experience with Spark\n"
        "Nice to have\n- Docker\nBenefits\n- Airflow training",
        "## About the role\nYou build our models.\n## Requirements\n- Python and SQL\n- Experience with Spark\n"
        "**Nice to have**\n- Docker\n### Benefits\n- Airflow training",
    ],
    ids=["plain", "markdown"],
)
def test_headings_without_a_colon_head_their_sections(ad: str, tmp_path: Path) -> None:
    """Short lines that name a section ("Requirements", "## Nice to have") head it; list items never do."""
    (tmp_path / "ad.md").write_text(f"ML Engineer\n\n{ad}\n")
    job = read_posting(tmp_path / "ad.md").job
    assert (job.required, job.preferred, job.mentioned) == (
        ("python", "sql", "spark"),
        ("docker",),
        ("airflow",),
    )


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Hands-on experience with scikit-learn or XGBoost", [("scikit-learn", "xgboost")]),
        ("Python, C++ or Java", [("python", "c++", "java")]),
        ("PyTorch / TensorFlow", [("pytorch", "tensorflow")]),
        ("Python and/or SQL", [("python", "sql")]),
        ("PyTorch or TensorFlow, and Docker", [("pytorch", "tensorflow")]),
        ("PyTorch or TensorFlow, Docker", [("pytorch", "tensorflow")]),
        ("Python, SQL and Spark", []),
        ("a framework, e.g. PyTorch, TensorFlow", []),
        ("Spark, experience with Airflow or Kubeflow", [("airflow", "kubeflow")]),
        ("MLOps tools such as MLflow or Kubeflow, and SQL", [("mlops", "mlflow", "kubeflow")]),
        (
            "a deep learning framework (e.g. PyTorch, TensorFlow)",
            [("deep-learning", "pytorch", "tensorflow")],
        ),
        ("cloud platforms like AWS or GCP", [("cloud-computing", "aws", "gcp")]),
        ("SQL and Python, such as pandas", []),
    ],
)
def test_skills_joined_by_or_are_alternatives(text: str, groups: list[tuple[str, ...]]) -> None:
    """A list joined by "or" or slashes offers its skills in place of each other, as a field and its examples do; "and" and bare commas ask for each."""
    assert alternatives_in(text, mlcareer.skill_table()) == groups


def test_html_is_read_as_text() -> None:
    """Headings, list items and entities are read; scripts, styles and comments are not."""
    html = (
        "<h3>Requirements</h3><ul><li>Python &amp; SQL</li></ul><!-- R -->"
        "<style>p {}</style><script>pandas()</script><p><b>Note:</b> we use Spark.</p>"
    )
    assert text_lines(html) == [
        ("Requirements", True),
        ("Python & SQL", False),
        ("Note: we use Spark.", False),
    ]


def test_names_are_whole_words_never_substrings() -> None:
    """'Rusty', 'Gorilla' and 'Spark plugs' name no Rust, R, Go or Spark skill; acronyms count in capitals only."""
    job = read_posting(
        {"title": "T", "required": [], "@type": "JobPosting", "description": "Rusty, Gorilla, NLP, nlp"}
    ).job
    assert job.mentioned == ("natural-language-processing",)


def test_the_own_form_is_checked_with_its_place() -> None:
    """Mistakes in the YAML job form are reported with their line and column, all at once."""
    with pytest.raises(PostingError) as raised:
        read_posting("title: ML Engineer\nyears: many\nrequired: python\nsalary: 100\n")
    assert str(raised.value) == (
        "invalid posting (3 problems):\n"
        "- 2:8: years: expected a number, got the text 'many'\n"
        "- 3:11: required: expected a list, got the text 'python'\n"
        "- 4:1: unknown key 'salary'"
    )


def test_unreadable_postings() -> None:
    """Text that is not JSON or YAML, an HTML page without JSON-LD, and a document of another kind are errors."""
    with pytest.raises(PostingError) as raised:
        read_posting('{"@type": "JobPosting",')
    assert str(raised.value).startswith("invalid posting: 1:24: ")
    with pytest.raises(PostingError) as raised:
        read_posting("<html><body>Apply now</body></html>")
    assert str(raised.value) == (
        "invalid posting: not a job posting: an HTML page with no JSON-LD that names no skill, experience or degree"
    )
    with pytest.raises(PostingError) as raised:
        read_posting("- a\n- b\n")
    assert str(raised.value) == "invalid posting: not a job posting: a posting is a mapping"


def test_hostile_postings_meet_the_limits() -> None:
    """Huge HTML, deep JSON-LD and many values stop at the documented limits, as profiles do."""
    with pytest.raises(LimitError):
        read_posting("<html>" + "<p>x</p>" * 200_000 + "</html>")
    deep = "[" * 100 + "]" * 100
    with pytest.raises(LimitError):
        read_posting(f'<script type="application/ld+json">{deep}</script>')
    with pytest.raises(LimitError):
        read_posting({"@type": "JobPosting", "skills": ["python"] * 50}, limits=Limits(max_values=20))
    # A page of titles that never close is read once, not once for each of them.
    with pytest.raises(PostingError):
        read_posting("<h1>" * 200_000)


_KEYS = st.sampled_from(
    [
        "@type",
        "@graph",
        "title",
        "description",
        "skills",
        "qualifications",
        "experienceRequirements",
        "educationRequirements",
        "industry",
        "hiringOrganization",
        "name",
        "monthsOfExperience",
        "credentialCategory",
        "required",
        "preferred",
        "years",
        "degree",
        "company",
        "keywords",
    ]
)
_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.sampled_from(
        ["JobPosting", "Python", "<h3>Requirements</h3><li>SQL, 3+ years of experience</li>", "-"]
    )
    | st.text(max_size=40)
)
_POSTINGS = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(_KEYS | st.text(max_size=8), inner, max_size=5)
    ),
)


@given(_POSTINGS)
def test_any_document_reads_or_is_refused_clearly(data: object) -> None:
    """Any JSON document is read into a job that matches and renders, or refused with a PostingError."""
    try:
        result = read_posting(json.dumps(data))
    except PostingError as error:
        refused = str(error)
    else:
        refused = ""
    if refused:
        assert refused.startswith(("invalid posting", "document too large"))
        return
    found = mlcareer.match(mlcareer.Candidate(), result.job)
    assert found.to_text().endswith("\n")
    assert found.to_markdown().endswith("\n")
    json.dumps(result.to_dict())


def test_a_remark_in_brackets_prefers_only_what_it_names(tmp_path: Path) -> None:
    """'Deep learning (PyTorch preferred)' asks for deep learning and prefers PyTorch; other remarks change nothing."""
    (tmp_path / "ad.md").write_text(
        "# Data Scientist\n\n## Requirements\n- Experience with deep learning (PyTorch preferred)\n"
        "- SQL (PostgreSQL or BigQuery)\n"
    )
    job = read_posting(tmp_path / "ad.md").job
    assert (job.required, job.preferred) == (("deep-learning", "sql", "postgresql", "bigquery"), ("pytorch",))


def test_more_years_than_a_working_life_are_no_requirement() -> None:
    """A posting asking for more months of experience than a job can ask for reads with the years left out."""
    imported = read_posting(
        {"@type": "JobPosting", "title": "ML Engineer", "experienceRequirements": {"monthsOfExperience": 961}}
    )
    assert imported.job.years is None
    assert "experience: 80.0833 years: more than any job asks for; left out" in imported.notes
