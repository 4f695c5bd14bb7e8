"""Tests for mlcareer._docx: résumés kept as Word documents, written out as Markdown."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import TYPE_CHECKING

import pytest

import mlcareer
from mlcareer import ResumeError
from mlcareer._docx import MAX_BYTES, docx_text

if TYPE_CHECKING:
    from pathlib import Path

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)

STYLES = (
    f"<w:styles {_NAMESPACES}>"
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section Title"/>'
    '<w:basedOn w:val="Heading1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Bullet"><w:name w:val="List Bullet"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Role"><w:name w:val="Role"/><w:rPr><w:b/></w:rPr></w:style>'
    "</w:styles>"
)


def docx_of(body: str, *, styles: str | None = STYLES, headers: tuple[str, ...] = ()) -> bytes:
    """A Word document whose body is the XML *body*, with *styles* and page *headers*, as Word zips one."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f"<w:document {_NAMESPACES}><w:body>{body}</w:body></w:document>"
        )
        if styles is not None:
            archive.writestr("word/styles.xml", styles)
        for number, header in enumerate(headers, 1):
            archive.writestr(f"word/header{number}.xml", f"<w:hdr {_NAMESPACES}>{header}</w:hdr>")
    return data.getvalue()


def paragraph(*runs: str, style: str | None = None, numbered: bool = False) -> str:
    """A paragraph of *runs* (each a run's XML, or plain text), in *style*, numbered as a list item."""
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        '<w:numPr><w:numId w:val="1"/></w:numPr>' if numbered else ""
    )
    inner = "".join(run if run.startswith("<") else f"<w:r><w:t>{run}</w:t></w:r>" for run in runs)
    return f"<w:p><w:pPr>{properties}</w:pPr>{inner}</w:p>"


def cell(*paragraphs: str) -> str:
    """A table's cell holding *paragraphs*."""
    return f"<w:tc>{''.join(paragraphs)}</w:tc>"


def row(*cells: str) -> str:
    """A table's row of *cells*."""
    return f"<w:tr>{''.join(cells)}</w:tr>"


TAB = "<w:r><w:tab/></w:r>"
BOLD = "<w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r>"

RESUME = "".join(
    [
        paragraph("Lena Berg", style="Title"),
        paragraph("Machine Learning Engineer"),
        paragraph("Experience", style="Section"),
        # (A hyphen that does not break, as Word writes one, between the dates.)
        paragraph("Data Scientist, Northwind", TAB, "Mar 2021 \u2011 Present", style="Role"),
        paragraph("Built churn models with XGBoost", style="Bullet"),
        paragraph("Served them with Docker", numbered=True),
        paragraph("Education", style="Heading1"),
        paragraph(BOLD.format("MSc Statistics, University of Oslo"), TAB, "2017 \u2013 2019"),
        paragraph("Skills", style="Section"),
        paragraph("Languages: Python, SQL"),
    ]
)


def test_paragraphs_are_written_as_markdown() -> None:
    """Heading styles (by name, id or inheritance) are headings, lists items, bold lines heads, tabs bars."""
    assert docx_text(docx_of(RESUME)).split("\n") == [
        "# Lena Berg",
        "Machine Learning Engineer",
        "# Experience",
        "**Data Scientist, Northwind | Mar 2021 \u2011 Present**",
        "- Built churn models with XGBoost",
        "- Served them with Docker",
        "# Education",
        "MSc Statistics, University of Oslo | 2017 \u2013 2019",
        "# Skills",
        "Languages: Python, SQL",
    ]


def test_a_rule_drawn_in_a_heading_parts_it_from_the_text_after() -> None:
    """A picture or rule drawn inside a paragraph ("EDUCATION", a line, a table's head) ends a line."""
    rule = "<w:r><w:drawing/></w:r>"
    body = paragraph("EDUCATION", rule, "Institute", TAB, "Degree", style="Heading1")
    assert docx_text(docx_of(body)).split("\n") == ["# EDUCATION", "Institute | Degree"]


def test_a_word_resume_imports_as_the_person_it_describes(tmp_path: Path) -> None:
    """A .docx file, or its bytes, imports through import_resume, with a note that says how it was read."""
    path = tmp_path / "lena.docx"
    path.write_bytes(docx_of(RESUME))
    result = mlcareer.import_resume(path)
    assert result.notes[0] == (
        "the document is a Word document (.docx): its paragraphs written out as Markdown, then read as text"
    )
    profile = result.profile
    assert profile["name"] == "Lena Berg"
    assert profile["experience"][0] == {
        "title": "Data Scientist",
        "organization": "Northwind",
        "start": "2021-03",
        "skills": ["data-science", "xgboost", "docker"],
        "highlights": ["Built churn models with XGBoost", "Served them with Docker"],
    }
    assert profile["education"] == [
        {
            "degree": "MSc",
            "field": "Statistics",
            "institution": "University of Oslo",
            "start": "2017",
            "end": "2019",
        }
    ]
    assert mlcareer.import_resume(path.read_bytes()).profile == profile
    candidate = mlcareer.load_candidate(profile)
    assert mlcareer.Engine().facts(candidate, dt.date(2026, 11, 25)).stage is mlcareer.Stage.EMPLOYED


def test_tables_text_boxes_controls_and_headers() -> None:
    """Data tables are rows, layout tables their paragraphs; boxes, controls and headers are read once."""
    box = (
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        f"{paragraph('Contact: lena@example.com')}</w:txbxContent></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><w:txbxContent>{paragraph('Contact: lena@example.com')}"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = "".join(
        [
            paragraph("Profile", box),
            f"<w:sdt><w:sdtContent>{paragraph('Projects', style='Heading1')}</w:sdtContent></w:sdt>",
            f"<w:tbl>{row(cell(paragraph('Churn model')), cell(paragraph('2022')))}</w:tbl>",
            f"<w:tbl>{row(cell(paragraph('Skills'), paragraph('Python')), cell(paragraph('Summary')))}</w:tbl>",
            "<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>Gone</w:delText></w:r></w:del>"
            '<w:hyperlink><w:r><w:t xml:space="preserve"> linked</w:t></w:r></w:hyperlink>'
            "<w:r><w:br/><w:t>below</w:t></w:r></w:p>",
        ]
    )
    header = paragraph("Lena Berg")
    text = docx_text(docx_of(body, styles=None, headers=(header, header)))
    assert text.split("\n") == [
        "Lena Berg",
        "Profile",
        "Contact: lena@example.com",
        "# Projects",
        "| Churn model | 2022 |",
        "Skills",
        "Python",
        "Summary",
        "Kept linked",
        "below",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 broken", "not a readable Word document: File is not a zip file"),
        (
            docx_of(paragraph(), styles=None),
            "the Word document holds no text (its pages are pictures): save the résumé with its text",
        ),
    ],
)
def test_documents_that_cannot_be_read(data: bytes, message: str) -> None:
    """A broken archive or a document with no text is refused with the reason."""
    with pytest.raises(ResumeError) as raised:
        docx_text(data, "cv.docx")
    assert str(raised.value) == f"invalid resume: cv.docx: {message}"


def test_archives_that_are_no_word_document_or_unsafe() -> None:
    """An archive with no document, a part with a DOCTYPE, or one too large is refused with the reason."""
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("Profile.csv", "First Name\n")
    doctype = io.BytesIO()
    with zipfile.ZipFile(doctype, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')
    utf16 = io.BytesIO()
    with zipfile.ZipFile(utf16, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'.encode("utf-16"))
    for data, message in (
        (other.getvalue(), "a zip archive, but not a Word document (.docx): it has no word/document.xml"),
        (utf16.getvalue(), "the Word document's word/document.xml is not UTF-8, as Word writes it"),
        (
            doctype.getvalue(),
            "the Word document's word/document.xml declares a DOCTYPE, which Word never writes",
        ),
        (
            b"PK\x03\x04" + b"0" * MAX_BYTES,
            f"the Word document has {MAX_BYTES + 4:,} bytes, more than a résumé's 20,000,000",
        ),
    ):
        with pytest.raises(ResumeError) as raised:
            mlcareer.import_resume(data)
        assert str(raised.value) == f"invalid resume: {message}"


def test_an_old_word_document_is_named() -> None:
    """A .doc file, Word's format before .docx, is refused with what to save it as."""
    with pytest.raises(ResumeError) as raised:
        mlcareer.import_resume(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert (
        str(raised.value) == "invalid resume: a Word document in the old .doc format: save it as .docx or PDF"
    )
