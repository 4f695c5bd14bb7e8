"""Tests for mlcareer._linkedin: LinkedIn data exports as profiles, row by row."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

import mlcareer
from mlcareer import Level, PortfolioKind, ResumeError, Stage

EXPORT = Path(__file__).parent / "data" / "linkedin"
AS_OF = dt.date(2026, 11, 25)

#: The fixture's import, reviewed: the export's facts, placed or noted by file and line.
EXPECTED_PROFILE = {
    "profile": 1,
    "name": "Nadia Karimi",
    "skills": [
        "python",
        "pytorch",
        "natural-language-processing",
        "sql",
        "communication",
        "machine-learning",
        "learning-to-rank",
    ],
    "portfolio": [{"kind": "certification", "title": "Deep Learning Specialization", "issuer": "Coursera"}],
    "experience": [
        {
            "title": "Machine Learning Engineer",
            "organization": "Klarwerk",
            "start": "2023-03",
            "skills": ["machine-learning", "learning-to-rank", "pytorch", "transformer-models"],
            "highlights": [
                "Ranking models for product search with PyTorch.\nShipped a transformer reranker."
            ],
        },
        {
            "title": "Data Analyst",
            "organization": "Datenhaus",
            "start": "2019",
            "end": "2023-02",
            "skills": ["sql"],
            "highlights": ['SQL reporting, "churn" dashboards'],
        },
    ],
    "education": [
        {
            "degree": "BSc",
            "field": "Computer Science",
            "institution": "Universität Hamburg",
            "start": "2015",
            "end": "2019",
        }
    ],
    "growth": {"learning": [{"kind": "course", "title": "Deep Learning Specialization", "year": 2021}]},
    "goals": {"specialization": "natural_language_processing"},
}
EXPECTED_NOTES = (
    "Publications.csv: empty",
    "Profile.csv line 2: industry 'Software Development' is not a goal; not placed",
    "Connections.csv, Email Addresses.csv: not part of a profile; not read",
    "Skills.csv line 4 'Natural Language Processing (NLP)': read as natural language processing",
    "Languages.csv German, English: spoken languages are not part of a profile; not placed",
    "Education.csv line 2 'BSc' in 'Computer Science': read as the degree and its field",
    "Profile.csv line 2 (Headline) names machine learning; listed at intermediate",
    "Profile.csv line 2 (Headline) names natural language processing as the focus: set as goals.specialization",
    "Profile.csv line 2 (Summary) names learning to rank; listed at intermediate",
    "Certifications.csv line 2 'Deep Learning Specialization': also a course taken in 2021",
)


def zipped(folder: Path) -> bytes:
    """The folder as a .zip, the way LinkedIn sends it."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder))
    return data.getvalue()


@pytest.mark.parametrize("form", ["folder", "zip bytes", "zip file"])
def test_export_imports_in_full(form: str, tmp_path: Path) -> None:
    """The export imports the same from its folder, its .zip bytes and a .zip file: BOM, CRLF, quoted newlines, empty and missing files."""
    source: Path | bytes = EXPORT
    if form != "folder":
        source = zipped(EXPORT)
    if form == "zip file":
        assert isinstance(source, bytes)
        (tmp_path / "export.zip").write_bytes(source)
        source = tmp_path / "export.zip"
    result = mlcareer.import_linkedin(source)
    assert result.profile == EXPECTED_PROFILE
    assert result.notes[: len(EXPECTED_NOTES)] == EXPECTED_NOTES
    assert result.notes[-1] == (  # an export has no x-mlcareer key: what is missing goes in the profile
        "growth: the LinkedIn export does not say whether there is a mentor or networking;"
        " set growth in the profile made from it"
    )
    candidate = mlcareer.load_candidate(result.profile)
    assert candidate.stage_on(AS_OF) is Stage.EMPLOYED
    assert candidate.level("python") is Level.INTERMEDIATE
    assert [item.kind for item in candidate.portfolio] == [PortfolioKind.CERTIFICATION]
    assert mlcareer.load_candidate(candidate.to_dict()) == candidate


def test_a_bad_row_is_a_note(tmp_path: Path) -> None:
    """A row with more cells than the header, and a row that breaks off, are notes; the rest of the export is read."""
    (tmp_path / "Skills.csv").write_text("Name\nPython\nSQL,extra\n", encoding="utf-8")
    (tmp_path / "Positions.csv").write_text(
        'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Data Scientist,"open\n',
        encoding="utf-8",
    )
    result = mlcareer.import_linkedin(tmp_path)
    assert result.profile["skills"] == ["python", "sql"]
    assert "Skills.csv line 3: more cells than the header names; the extra ones were skipped" in result.notes
    assert "Positions.csv line 2: not readable as CSV (unexpected end of data); skipped" in result.notes
    assert "experience" not in result.profile


def test_not_an_export(tmp_path: Path) -> None:
    """A folder or archive without any file of an export, or bytes that are no archive, are clear errors."""
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ResumeError) as error:
        mlcareer.import_linkedin(tmp_path)
    assert str(error.value) == (
        f"invalid resume: {tmp_path}: not a LinkedIn data export: it has none of Profile.csv, Positions.csv,"
        " Education.csv, Skills.csv, Certifications.csv, Projects.csv, Languages.csv, Honors.csv, Publications.csv"
    )
    with pytest.raises(ResumeError) as error:
        mlcareer.import_linkedin(b"not a zip")
    assert (
        str(error.value)
        == "invalid resume: the export: not a LinkedIn data export (a .zip): File is not a zip file"
    )
